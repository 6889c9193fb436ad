/**
 * erms_v3.sch (CITS ERMS 3.0.0, pattern `co-occurrence-constraints`) as TypeScript. Each check is
 * named `erms_v3.sch#<the attribute or element its context tests>`; the comment above each quotes
 * the rule context and assert test verbatim. Read literally, with one documented exception
 * (classificationSchemaStatus, below).
 */
import { ERMS_NS } from './erms-facts.ts';
import {
  ADDRESS,
  AGENT,
  AGGREGATION,
  coOccurrence,
  CONTACT,
  DATE,
  DIRECTION,
  DISPOSAL_DATE,
  m,
  present,
  RELATION,
  RESTRICTION,
  type SchematronRule,
} from './schematron-rule.ts';

/** erms_v3.sch, "E-ARK ERMS Schematron rules version 3.0.0". */
export const ERMS_3_0_RULES: readonly SchematronRule[] = [
  // <rule context="*[@aggregationType = 'own_aggregation_definition']"><assert test="normalize-space(@otherAggregationType)">
  coOccurrence(
    'erms_v3.sch#aggregationType',
    'aggregationType',
    'own_aggregation_definition',
    'otherAggregationType',
    AGGREGATION,
  ),
  // <rule context="*[@dateType = 'other']"><assert test="normalize-space(@otherDateType)">
  coOccurrence('erms_v3.sch#dateType', 'dateType', 'other', 'otherDateType', DATE),
  // <rule context="*[@directionDefinition = 'other']"><assert test="normalize-space(@otherDirectionDefinition)">
  coOccurrence(
    'erms_v3.sch#directionDefinition',
    'directionDefinition',
    'other',
    'otherDirectionDefinition',
    DIRECTION,
  ),
  // <rule context="*[@addressType = 'other']"><assert test="normalize-space(@otherAddressLineType)">
  coOccurrence('erms_v3.sch#addressType', 'addressType', 'other', 'otherAddressLineType', ADDRESS),
  // <rule context="*[@contactType = 'other']"><assert test="normalize-space(@otherContactLineType)">
  coOccurrence('erms_v3.sch#contactType', 'contactType', 'other', 'otherContactLineType', CONTACT),
  // <rule context="*[@agentType = 'other']"><assert test="normalize-space(@otherAgentType)">
  coOccurrence('erms_v3.sch#agentType', 'agentType', 'other', 'otherAgentType', AGENT),
  // <rule context="erms:disposalDate[@dateType = 'other_date']"><assert test="normalize-space(@otherDisposalDateType)">
  {
    id: 'erms_v3.sch#disposalDate',
    contextAttribute: 'dateType',
    matches: (uri, local, attrs) =>
      uri === ERMS_NS && local === 'disposalDate' && attrs['dateType'] === 'other_date',
    on: 'attributes',
    holds: (attrs) => present(attrs, 'otherDisposalDateType'),
    message: DISPOSAL_DATE,
  },
  // <rule context="*[@restrictionType = 'other_type']"><assert test="normalize-space(@otherRestrictionType)">
  coOccurrence(
    'erms_v3.sch#restrictionType',
    'restrictionType',
    'other_type',
    'otherRestrictionType',
    RESTRICTION,
  ),
  // <rule context="*[@relationType = 'own_relation_definition']"><assert test="normalize-space(@otherRelationType)">
  coOccurrence(
    'erms_v3.sch#relationType',
    'relationType',
    'own_relation_definition',
    'otherRelationType',
    RELATION,
  ),
  // <rule context="erms:addressContactInformation"><assert test="count(erms:*) >=1">
  {
    id: 'erms_v3.sch#addressContactInformation',
    contextAttribute: null,
    matches: (uri, local) => uri === ERMS_NS && local === 'addressContactInformation',
    on: 'ermsChildren',
    holds: (_attrs, ermsChildren) => ermsChildren >= 1,
    message: m(
      'addressContactInformation must hold at least one addressLine or contactLine',
      'addressContactInformation måste innehålla minst en addressLine eller contactLine',
    ),
  },
  // <rule context="*[@classificationSchemaStatus = 'other']"><assert test="normalize-space(@otherclassificationSchemaStatus)">
  // Deliberate deviation: the assert names `otherclassificationSchemaStatus` (lower-case c), an
  // attribute the 3.0 XSD does not allow, so read literally no schema-valid document could use
  // "other". Its own message and the XSD say otherClassificationSchemaStatus; both spellings pass.
  {
    id: 'erms_v3.sch#classificationSchemaStatus',
    contextAttribute: 'classificationSchemaStatus',
    matches: (_uri, _local, attrs) => attrs['classificationSchemaStatus'] === 'other',
    on: 'attributes',
    holds: (attrs) =>
      present(attrs, 'otherClassificationSchemaStatus') || present(attrs, 'otherclassificationSchemaStatus'),
    message: m(
      'classificationSchemaStatus is "other", so the otherClassificationSchemaStatus attribute must be used',
      'classificationSchemaStatus är "other", så attributet otherClassificationSchemaStatus måste användas',
    ),
  },
];
