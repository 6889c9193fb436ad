/** The shape of one coded error, and the helper every area catalogue uses to define its codes. */

export interface ErrorDefinition {
  readonly code: string;
  /** English message; `%s` placeholders are filled in order. */
  readonly en: string;
  /** Swedish message with the same placeholders. */
  readonly sv: string;
  /** HTTP status the API answers with. */
  readonly httpStatus: number;
  /** CLI exit code: 1 = the package has errors (refused), 2 = it could not be checked. */
  readonly exitCode: 1 | 2;
}

export function define<C extends string>(
  code: C,
  en: string,
  sv: string,
  httpStatus: number,
  exitCode: 1 | 2,
): ErrorDefinition & { code: C } {
  return { code, en, sv, httpStatus, exitCode };
}
