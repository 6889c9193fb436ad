/** Validates an XML document against the schemas samarkiv ships, chosen by its root namespace. */
export interface XmlSchemaIssue {
  readonly message: string;
  readonly line?: number;
}

/** A validation fed chunk by chunk while the document is read. */
export interface XmlSchemaStream {
  /** The stream may use `chunk` until the promise settles: the caller must not change it before. */
  write(chunk: Uint8Array): Promise<void>;
  end(): Promise<readonly XmlSchemaIssue[]>;
}

export interface XmlSchemaValidator {
  /**
   * Returns the schema errors (empty = valid), or null when no shipped schema covers the
   * document's namespace (nothing was checked).
   */
  validate(bytes: Uint8Array, name: string): Promise<readonly XmlSchemaIssue[] | null>;
  /**
   * Starts a streaming validation of a document whose first bytes are `head` (the schema is chosen
   * from its root namespace), when the validator can stream: the caller then never holds the whole
   * document. Undefined: use validate() with the whole bytes.
   */
  startStream?(head: Uint8Array): XmlSchemaStream | undefined;
}
