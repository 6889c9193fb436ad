/**
 * What the streaming ERMS reader keeps of a CITS ERMS document: exactly what the SAMARKIV-ERMS
 * checks need (identifiers, parent references, file references, Schematron failures), never a DOM,
 * so a case-management export of several hundred megabytes is read in bounded memory per record.
 */
import type { Message } from '../validation/rule.ts';

/** The one namespace of CITS ERMS 2.1 and 3.0 (standards.md §8). */
export const ERMS_NS = 'https://DILCIS.eu/XML/ERMS';

export type ErmsVersion = '2.1' | '3.0';
export const ERMS_VERSIONS: readonly ErmsVersion[] = ['2.1', '3.0'];
/** The version of a file none is given for: FGS Ärendehantering 2.0 is CITS ERMS 2.1. */
export const DEFAULT_ERMS_VERSION: ErmsVersion = '2.1';

/** aggregation (a case, a file) or record (a document entry): the two things with an objectId. */
export type ErmsObjectKind = 'aggregation' | 'record';

export interface ObjectIdOccurrence {
  readonly value: string;
  readonly kind: ErmsObjectKind;
  readonly line: number;
}

export interface DuplicateObjectId extends ObjectIdOccurrence {
  /** Line of the first occurrence of the same value. */
  readonly firstLine: number;
}

/** A parentAggregationId of an aggregation or record. */
export interface ParentReference {
  readonly value: string;
  readonly kind: ErmsObjectKind;
  /** objectId of the aggregation or record that carries the reference, when it had one. */
  readonly owner: string | null;
  readonly line: number;
}

/** An appendix or agentExtendingAppendix with its @path, as written. */
export interface FileReference {
  readonly path: string;
  readonly element: 'appendix' | 'agentExtendingAppendix';
  readonly line: number;
}

export interface SchematronFailure {
  /** Names the Schematron rule it implements, e.g. `erms_v3.sch#addressContactInformation`. */
  readonly ruleId: string;
  /** Local name of the element the assertion failed on. */
  readonly element: string;
  readonly line: number;
  readonly message: Message;
}

export interface SchematronOutcome {
  /** The first failures (capped so a broken export keeps the report bounded). */
  readonly failures: readonly SchematronFailure[];
  /** All failures, also those not kept. */
  readonly total: number;
}

export interface ErmsFacts {
  readonly rootNamespace: string;
  readonly rootLocalName: string;
  /** First occurrence of each objectId value. */
  readonly objectIds: ReadonlyMap<string, ObjectIdOccurrence>;
  readonly duplicateObjectIds: readonly DuplicateObjectId[];
  readonly parentReferences: readonly ParentReference[];
  readonly fileReferences: readonly FileReference[];
  /** Both rule sets run in the same pass; the analyzer picks the version the document is checked as. */
  readonly schematron: Readonly<Record<ErmsVersion, SchematronOutcome>>;
  readonly aggregations: number;
  readonly records: number;
}
