/** `samarkiv validate <package>`: exit 0 = no errors, 1 = the package has errors, 2 = could not check. */
import { ERRORS, type ErrorCode, type Lang } from '../../core/errors.ts';
import { isProfileId, type ProfileId } from '../../core/validation/profiles.ts';
import { renderHtmlReport } from '../../core/validation/render/html-report.ts';
import { renderTextReport } from '../../core/validation/render/text-report.ts';
import type { ValidationReport } from '../../core/validation/report.ts';
import { validatePackage } from '../../services/validate-package.ts';
import { createFullDeps } from '../deps.ts';
import { createProgress } from '../progress.ts';

export interface ValidateCommandOptions {
  readonly profile: string;
  readonly format: string;
  readonly lang: string;
  readonly verbose?: boolean;
  /** commander's --no-content sets this to false. */
  readonly content?: boolean;
  readonly policy?: string;
  readonly policyOverride?: string;
  readonly namingPattern?: string;
  readonly clamd?: string;
}

/** Maps the CLI profile names (csip-2.1 …) and 'auto'. */
function parseProfile(p: string): ProfileId | 'auto' | null {
  if (p === 'auto') return 'auto';
  return isProfileId(p) ? p : null;
}

export function exitCodeOf(report: ValidationReport): number {
  if (report.error && report.results.length === 0)
    return ERRORS[report.error.code as ErrorCode]?.exitCode ?? 2;
  return report.valid ? 0 : 1;
}

export async function validateCommand(input: string, opts: ValidateCommandOptions): Promise<number> {
  const lang: Lang = opts.lang === 'en' ? 'en' : 'sv';
  const profile = parseProfile(opts.profile);
  const format = opts.format;
  if (!profile || !['text', 'json', 'html'].includes(format) || !['sv', 'en'].includes(opts.lang)) {
    const what = !profile
      ? `--profile ${opts.profile}`
      : !['sv', 'en'].includes(opts.lang)
        ? `--lang ${opts.lang}`
        : `--format ${format}`;
    const code: ErrorCode = !profile ? 'ARC_ERR_PROFILE_UNKNOWN' : 'ARC_ERR_USAGE';
    const message = ERRORS[code][lang].replace('%s', what);
    if (format === 'json')
      process.stdout.write(`${JSON.stringify({ valid: false, error: { code, message } }, null, 2)}\n`);
    else process.stderr.write(`${code}: ${message}\n`);
    return 2;
  }
  const progress = createProgress(lang === 'sv' ? 'Kontrollerar' : 'Checking');
  const deps = await createFullDeps({
    ...(opts.content === false ? { content: false } : {}),
    ...(opts.policy ? { policyFile: opts.policy } : {}),
    ...(opts.policyOverride ? { policyOverrideFile: opts.policyOverride } : {}),
    ...(opts.namingPattern ? { namingPattern: opts.namingPattern } : {}),
    ...(opts.clamd ? { clamd: opts.clamd } : {}),
  });
  const report = await validatePackage(deps, input, {
    profile,
    lang,
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.stop();
  if (format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'html') process.stdout.write(renderHtmlReport(report));
  else process.stdout.write(renderTextReport(report, { verbose: opts.verbose ?? false }));
  return exitCodeOf(report);
}
