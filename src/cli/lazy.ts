/**
 * Commands load their modules only when they run: the server, the database drivers and the
 * browser for PDFs stay unloaded for `validate` (start-up time of every CLI call).
 */
export function lazy<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): M[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never {
  const call = async (...args: unknown[]): Promise<unknown> => {
    const fn = (await load())[name] as unknown as (...a: unknown[]) => unknown;
    return fn(...args);
  };
  return call as never;
}
