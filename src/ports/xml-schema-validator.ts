/** Validates an XML document against the schemas samarkiv ships, chosen by its root namespace. */
export interface XmlSchemaIssue {
  readonly message: string;
  readonly line?: number;
}

export interface XmlSchemaValidator {
  /**
   * Returns the schema errors (empty = valid), or null when no shipped schema covers the
   * document's namespace (nothing was checked).
   */
  validate(bytes: Uint8Array, name: string): Promise<readonly XmlSchemaIssue[] | null>;
}
