/**
 * What a re-implemented Schematron rule of CITS ERMS is (erms-sch.ts for erms.sch 2.1,
 * erms-v3-sch.ts for erms_v3.sch 3.0), the XPath helpers they share, and their messages (the
 * .sch assert texts, corrected for their stray quotes, in English and Swedish).
 */
import type { Message } from '../validation/rule.ts';

export type NoNsAttrs = Readonly<Record<string, string>>;

export interface SchematronRule {
  readonly id: string;
  /** The attribute the rule's context tests, null when it matches on the element alone. */
  readonly contextAttribute: string | null;
  /** Whether the rule's context matches an element (namespace URI, local name, no-namespace attributes). */
  matches(uri: string, local: string, attrs: NoNsAttrs): boolean;
  /** `attributes`: the assert is decided on the start tag; `ermsChildren`: when the element closes. */
  readonly on: 'attributes' | 'ermsChildren';
  /** The assert test; `ermsChildren` is the number of child elements in the ERMS namespace. */
  holds(attrs: NoNsAttrs, ermsChildren: number): boolean;
  readonly message: Message;
}

/** XPath normalize-space(@a) as a boolean: the attribute exists and holds a non-blank character. */
export function present(attrs: NoNsAttrs, name: string): boolean {
  const v = attrs[name];
  return v !== undefined && /[^\x20\t\r\n]/.test(v);
}

/** `*[@attr = 'value']` with assert `normalize-space(@required)`. */
export function coOccurrence(
  id: string,
  attr: string,
  value: string,
  required: string,
  message: Message,
): SchematronRule {
  return {
    id,
    contextAttribute: attr,
    matches: (_uri, _local, attrs) => attrs[attr] === value,
    on: 'attributes',
    holds: (attrs) => present(attrs, required),
    message,
  };
}

export const m = (en: string, sv: string): Message => ({ en, sv });

export const AGGREGATION = m(
  'aggregationType is "own_aggregation_definition", so the otherAggregationType attribute must be used',
  'aggregationType är "own_aggregation_definition", så attributet otherAggregationType måste användas',
);
export const DATE = m(
  'dateType is "other", so the otherDateType attribute must be used',
  'dateType är "other", så attributet otherDateType måste användas',
);
export const DIRECTION = m(
  'directionDefinition is "other", so the otherDirectionDefinition attribute must be used',
  'directionDefinition är "other", så attributet otherDirectionDefinition måste användas',
);
export const ADDRESS = m(
  'the address line type is "other", so the otherAddressLineType attribute must be used',
  'adressradens typ är "other", så attributet otherAddressLineType måste användas',
);
export const CONTACT = m(
  'the contact line type is "other", so the otherContactLineType attribute must be used',
  'kontaktradens typ är "other", så attributet otherContactLineType måste användas',
);
export const AGENT = m(
  'agentType is "other", so the otherAgentType attribute must be used',
  'agentType är "other", så attributet otherAgentType måste användas',
);
export const DISPOSAL_DATE = m(
  'the disposal date type is "other_date", so the otherDisposalDateType attribute should be used',
  'gallringsdatumets typ är "other_date", så attributet otherDisposalDateType ska användas',
);
export const RESTRICTION = m(
  'restrictionType is "other_type", so the otherRestrictionType attribute should be used',
  'restrictionType är "other_type", så attributet otherRestrictionType ska användas',
);
export const RELATION = m(
  'relationType is "own_relation_definition", so the otherRelationType attribute should be used',
  'relationType är "own_relation_definition", så attributet otherRelationType ska användas',
);
