/**
 * FGS1-XSD-2 (SHOULD): PREMIS and EAD files referenced by mdRef are valid against their shipped
 * schemas. The gatherer validates exactly those (ctx.metadataSchemaErrors, an entry per file);
 * not applicable when it validated none.
 */
import type { Rule } from '../../rule.ts';
import { metadataSchemaFindings } from '../shared/metadata-schema.ts';

export const FGS1_XSD_2: Rule = { id: 'FGS1-XSD-2', check: metadataSchemaFindings };
