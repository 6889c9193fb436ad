/**
 * CSIPSTR1: Any Information Package MUST be included within a single physical root folder (known as
 * the "Information Package root folder"). For packages presented in an archive format, see
 * CSIPSTR3, the archive MUST unpack to a single root folder.
 *
 * A folder input is its own root folder. An archive passes when it unpacks to exactly one folder
 * (the package source then names it in ctx.rootName).
 */
import { finding, type Rule } from '../../rule.ts';

export const CSIPSTR1: Rule = {
  id: 'CSIPSTR1',
  check(ctx) {
    if (ctx.rootName !== null) return [];
    const names = ctx.topLevelNames;
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
    const kind = ctx.container.toUpperCase();
    const what =
      ctx.container === 'folder'
        ? { en: 'folder', sv: 'Mappen' }
        : { en: `${kind} file`, sv: `${kind}-filen` };
    return [
      finding(
        `The ${what.en} does not unpack to a single root folder: it has ${names.length} top-level entries (${shown}); the whole package must lie in one folder`,
        `${what.sv} packas inte upp till en enda rotmapp: den har ${names.length} poster på översta nivån (${shown}); hela paketet måste ligga i en mapp`,
        { file: '' },
      ),
    ];
  },
};
