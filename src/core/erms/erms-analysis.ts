/**
 * What the ERMS content analyzer (src/adapters/erms/) leaves in `ctx.analyses.get('erms')` for the
 * SAMARKIV-ERMS rules. Produced by an adapter (it reads files and runs the XSD validator), read by
 * pure rules: this file is the contract between the two.
 */
import type { PackageContext, XmlSchemaError } from '../validation/package-context.ts';
import type { Location, Message } from '../validation/rule.ts';
import type { ErmsFacts, ErmsVersion, FileReference } from './erms-facts.ts';
import type { ErmsContentType } from './erms-declaration.ts';

export const ERMS_ANALYSIS_ID = 'erms';

export interface ErmsSchemaCheck {
  /** XSD errors against the schema of `version`; empty when valid. */
  readonly errors: readonly XmlSchemaError[];
  /** Why `version` was chosen, e.g. declared citserms_v3_0, or legacy ERMS valid against 2.1. */
  readonly basis: Message;
}

export interface ErmsFileAnalysis {
  /** Package path of the ERMS XML file. */
  readonly path: string;
  /** How it was found: a dmdSec mdRef naming ERMS, its file name, or its document element. */
  readonly foundBy: 'mdRef' | 'name' | 'content';
  /** The CITS ERMS version it is checked as (schema and Schematron). */
  readonly version: ErmsVersion;
  /** The file could not be read as XML (not well-formed, DTD, bad encoding): nothing else was checked. */
  readonly readError?: { readonly code: string; readonly message: Message };
  /** Null when the schema check did not run (readError, or the file is too large to buffer). */
  readonly schema: ErmsSchemaCheck | null;
  /** Why the schema check did not run, when it did not and the file was readable. */
  readonly schemaSkipped?: Message;
  readonly facts: ErmsFacts | null;
}

/** A file reference of an ERMS file that names nothing in the package. */
export interface MissingDocument extends FileReference {
  readonly ermsFile: string;
  /** The package path it should have been at (the data-folder reading), null when it names none. */
  readonly expected: string | null;
}

export interface ErmsUnit {
  /** Representation folder, e.g. `representations/rep1`. */
  readonly representation: string;
  readonly contentType: ErmsContentType;
  readonly declaredAt: Location;
  readonly ermsFiles: readonly ErmsFileAnalysis[];
  /** Every ERMS file of the unit was read, so what it does not reference is known. */
  readonly referencesKnown: boolean;
  /** References of the readable ERMS files that name no file in the package. */
  readonly missingDocuments: readonly MissingDocument[];
  /** Files below `<representation>/data/` that no ERMS file references (ERMS files excluded); empty unless referencesKnown. */
  readonly unreferencedFiles: readonly string[];
  readonly dataFiles: number;
}

export interface ErmsAnalysis {
  readonly units: readonly ErmsUnit[];
  /** The package METS declares CITS ERMS, but the package has no representation to hold it. */
  readonly rootWithoutRepresentation: Location | null;
}

/** The ERMS analysis of a context, or undefined when the analyzer did not run or did not apply. */
export function ermsAnalysisOf(ctx: PackageContext): ErmsAnalysis | undefined {
  return ctx.analyses?.get(ERMS_ANALYSIS_ID) as ErmsAnalysis | undefined;
}
