/**
 * `samarkiv verify-approval <approval.json|jws> [--report] [--package] [--key|--server]`: checks a
 * signed approval (leveransgodkännande) and prints a verdict. Exit 0 valid, 1 invalid (changed
 * report or file, bad signature, wrong key), 2 could not check.
 */
import { readFile } from 'node:fs/promises';
import { joseVerifier } from '../../adapters/sign/jose-signer.ts';
import { openPackageSource } from '../../adapters/package/open-package-source.ts';
import { archiveError } from '../../core/errors.ts';
import { verifyApproval, type KeySource, type VerifyResult } from '../../services/server/approval-verify.ts';

export interface VerifyApprovalOptions {
  readonly report?: string;
  readonly package?: string;
  readonly key?: string;
  readonly server?: string;
  readonly lang?: string;
  readonly format?: string;
}

async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    throw archiveError('ARC_ERR_INPUT_NOT_FOUND', `${path}: ${(e as Error).message}`);
  }
}

const MARK = { ok: '✓', failed: '✗', unchecked: '?' } as const;

const VERDICT = {
  valid: {
    sv: 'GILTIGT: godkännandet är äkta och oförändrat',
    en: 'VALID: the approval is authentic and unchanged',
  },
  invalid: {
    sv: 'OGILTIGT: något har ändrats eller signaturen stämmer inte',
    en: 'INVALID: something was changed or the signature does not match',
  },
  unverifiable: { sv: 'KUNDE INTE KONTROLLERAS', en: 'COULD NOT BE CHECKED' },
} as const;

function printText(result: VerifyResult, lang: 'sv' | 'en'): void {
  const p = result.payload;
  const out: string[] = [];
  if (p) {
    out.push(
      lang === 'sv' ? `Leveransgodkännande ${p.approvalId}` : `Delivery approval ${p.approvalId}`,
      `  ${lang === 'sv' ? 'Leverans' : 'Delivery'}: ${p.project.title} (${p.municipality.name}), ${lang === 'sv' ? 'version' : 'version'} ${p.submission.version}`,
      `  ${lang === 'sv' ? 'Paket' : 'Package'}: ${p.package.fileName}${p.package.objid ? ` (${p.package.objid})` : ''}, ${p.manifest.fileCount} ${lang === 'sv' ? 'filer' : 'files'}`,
      `  ${lang === 'sv' ? 'Godkänt av' : 'Approved by'}: ${p.approvedBy.name} (${p.approvedBy.role}), ${p.approvedAt}`,
    );
  }
  for (const c of result.checks) out.push(`  ${MARK[c.outcome]} ${c[lang]}`);
  const v = VERDICT[result.verdict];
  out.push(lang === 'sv' ? `${v.sv} / ${v.en}` : `${v.en} / ${v.sv}`);
  process.stdout.write(out.join('\n') + '\n');
}

export async function verifyApprovalCommand(file: string, opts: VerifyApprovalOptions): Promise<number> {
  if (opts.key && opts.server) throw archiveError('ARC_ERR_USAGE', 'give --key or --server, not both');
  const approvalText = (await readInput(file)).toString('utf8');
  let key: KeySource = { kind: 'none' };
  if (opts.key) {
    try {
      key = { kind: 'jwk', json: JSON.parse((await readInput(opts.key)).toString('utf8')) };
    } catch (e) {
      throw archiveError('ARC_ERR_USAGE', `--key ${opts.key}: ${(e as Error).message}`);
    }
  } else if (opts.server) key = { kind: 'server', url: opts.server };
  const result = await verifyApproval(
    {
      approvalText,
      key,
      ...(opts.report ? { reportBytes: await readInput(opts.report) } : {}),
      ...(opts.package ? { packagePath: opts.package } : {}),
    },
    { verifier: joseVerifier, openSource: (path) => openPackageSource(path), fetch },
  );
  if (opts.format === 'json') process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else printText(result, opts.lang === 'en' ? 'en' : 'sv');
  return result.verdict === 'valid' ? 0 : result.verdict === 'invalid' ? 1 : 2;
}
