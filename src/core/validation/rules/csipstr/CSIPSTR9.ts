/**
 * CSIPSTR9: The Information Package folder SHOULD include a folder named representations.
 *
 * Checked: a folder named exactly `representations` in the root folder.
 */
import { finding, type Rule } from '../../rule.ts';
import { isFolder } from '../shared/package-paths.ts';
import { caseHint } from './listing.ts';

export const CSIPSTR9: Rule = {
  id: 'CSIPSTR9',
  check(ctx) {
    if (isFolder(ctx, 'representations')) return [];
    const hint = caseHint(ctx, 'representations');
    return [
      finding(
        `The root folder has no folder named 'representations'${hint.en}; the package content should be there, one sub-folder per representation`,
        `Rotmappen saknar en mapp med namnet 'representations'${hint.sv}; paketets innehåll bör ligga där, en undermapp per representation`,
        { file: 'representations' },
      ),
    ];
  },
};
