/**
 * CSIPSTR5: The Information Package root folder SHOULD include a folder named metadata, which
 * SHOULD include metadata relevant to the whole package.
 *
 * Checked: a folder named exactly `metadata` in the root folder.
 */
import { finding, type Rule } from '../../rule.ts';
import { isFolder } from '../shared/package-paths.ts';
import { caseHint } from './listing.ts';

export const CSIPSTR5: Rule = {
  id: 'CSIPSTR5',
  check(ctx) {
    if (isFolder(ctx, 'metadata')) return [];
    const hint = caseHint(ctx, 'metadata');
    return [
      finding(
        `The root folder has no folder named 'metadata'${hint.en}; metadata about the whole package should be there`,
        `Rotmappen saknar en mapp med namnet 'metadata'${hint.sv}; metadata om hela paketet bör ligga där`,
        { file: 'metadata' },
      ),
    ];
  },
};
