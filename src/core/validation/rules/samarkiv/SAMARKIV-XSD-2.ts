/**
 * SAMARKIV-XSD-2 — "Metadata files referenced from dmdSec/amdSec in PREMIS 2/3, EAD 2002 or EAD3
 * validate against the shipped schemas."
 *
 * Reports ctx.metadataSchemaErrors, one finding per error. The map holds an entry (possibly empty)
 * for every referenced metadata file that was validated; when it is empty, schema validation did
 * not run or no PREMIS/EAD metadata is referenced: not applicable.
 */
import type { Rule } from '../../rule.ts';
import { metadataSchemaFindings } from '../shared/metadata-schema.ts';

export const SAMARKIV_XSD_2: Rule = { id: 'SAMARKIV-XSD-2', check: metadataSchemaFindings };
