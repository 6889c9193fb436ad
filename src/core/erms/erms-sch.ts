/**
 * erms.sch (CITS ERMS 2.1.2, pattern `co-occurrence-constraints`) as TypeScript. The .sch gives its
 * rules and asserts no id, so each is named `erms.sch#<the attribute its context tests>`; the comment
 * above each quotes the rule context and assert test verbatim.
 *
 * Read literally, on purpose: a document passes here exactly when it passes the published
 * Schematron. Some contexts name attributes or values the 2.1 XSD does not have (`dateType =
 * 'Other'` where the XSD enumerates `other`; `addressLineType`, `contactLineType`,
 * `disposalDateType`), so on a schema-valid 2.1 document those rules never fire; erms_v3.sch fixed them.
 */
import {
  ADDRESS,
  AGENT,
  AGGREGATION,
  coOccurrence,
  CONTACT,
  DATE,
  DIRECTION,
  DISPOSAL_DATE,
  RELATION,
  RESTRICTION,
  type SchematronRule,
} from './schematron-rule.ts';

/** erms.sch, "E-ARK ERMS Schematron rules version 2.1.2". */
export const ERMS_2_1_RULES: readonly SchematronRule[] = [
  // <rule context="*[@aggregationType = 'own_aggregation_definition']"><assert test="normalize-space(@otherAggregationType)">
  coOccurrence(
    'erms.sch#aggregationType',
    'aggregationType',
    'own_aggregation_definition',
    'otherAggregationType',
    AGGREGATION,
  ),
  // <rule context="*[@dateType = 'Other']"><assert test="normalize-space(@otherDateType)">
  // (capital O: the 2.1 XSD only allows "other", so this never fires on a schema-valid document)
  coOccurrence('erms.sch#dateType', 'dateType', 'Other', 'otherDateType', DATE),
  // <rule context="*[@directionDefinition = 'other']"><assert test="normalize-space(@otherDirectionDefinition)">
  coOccurrence(
    'erms.sch#directionDefinition',
    'directionDefinition',
    'other',
    'otherDirectionDefinition',
    DIRECTION,
  ),
  // <rule context="*[@addressLineType = 'other']"><assert test="normalize-space(@otherAddressLineType)">
  // (the 2.1 XSD calls the attribute adressType)
  coOccurrence('erms.sch#addressLineType', 'addressLineType', 'other', 'otherAddressLineType', ADDRESS),
  // <rule context="*[@contactLineType = 'other']"><assert test="normalize-space(@otherContactLineType)">
  // (the 2.1 XSD calls the attribute contactType)
  coOccurrence('erms.sch#contactLineType', 'contactLineType', 'other', 'otherContactLineType', CONTACT),
  // <rule context="*[@agentType = 'other']"><assert test="normalize-space(@otherAgentType)">
  coOccurrence('erms.sch#agentType', 'agentType', 'other', 'otherAgentType', AGENT),
  // <rule context="*[@disposalDateType = 'other_date']"><assert test="normalize-space(@otherDisposalDateType)">
  // (the 2.1 XSD puts the value in disposalDate/@dateType)
  coOccurrence(
    'erms.sch#disposalDateType',
    'disposalDateType',
    'other_date',
    'otherDisposalDateType',
    DISPOSAL_DATE,
  ),
  // <rule context="*[@restrictionType = 'other_type']"><assert test="normalize-space(@otherRestrictionType)">
  coOccurrence(
    'erms.sch#restrictionType',
    'restrictionType',
    'other_type',
    'otherRestrictionType',
    RESTRICTION,
  ),
  // <rule context="*[@relationType = 'own_relation_definition']"><assert test="normalize-space(@otherRelationType)">
  coOccurrence(
    'erms.sch#relationType',
    'relationType',
    'own_relation_definition',
    'otherRelationType',
    RELATION,
  ),
];
