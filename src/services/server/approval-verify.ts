/**
 * Checks an approval later, without the archive's database: the detached JWS against the public key
 * (given, or fetched from the archive by its kid), and — when given — that the control report and
 * the package's files are the ones whose digests were signed. Every check says what it found, in
 * English and Swedish; the verdict is `valid` only when every check that ran passed.
 */
import {
  isApprovalPayload,
  manifestBytes,
  payloadBytes,
  type ApprovalPayload,
} from '../../core/approval/payload.ts';
import { isArchiveError } from '../../core/errors.ts';
import type { PackageSource } from '../../ports/package-source.ts';
import type { PublicJwk, SignatureVerifier } from '../../ports/signer.ts';
import { compareManifests, fileDigest, manifestFromSource, sha256Hex } from './approval-manifest.ts';

export type CheckOutcome = 'ok' | 'failed' | 'unchecked';

export interface VerifyCheck {
  readonly id: 'input' | 'key' | 'signature' | 'report' | 'package' | 'manifest';
  readonly outcome: CheckOutcome;
  readonly en: string;
  readonly sv: string;
}

export interface VerifyResult {
  readonly verdict: 'valid' | 'invalid' | 'unverifiable';
  readonly payload: ApprovalPayload | null;
  readonly checks: readonly VerifyCheck[];
}

export type KeySource =
  | { readonly kind: 'jwk'; readonly json: unknown }
  | { readonly kind: 'server'; readonly url: string }
  | { readonly kind: 'none' };

export interface VerifyInput {
  /** The approval bundle (JSON with jws and payload) or a compact JWS with its payload attached. */
  readonly approvalText: string;
  readonly key: KeySource;
  readonly reportBytes?: Uint8Array;
  readonly packagePath?: string;
}

export interface VerifyDeps {
  readonly verifier: SignatureVerifier;
  readonly openSource: (path: string) => Promise<PackageSource>;
  readonly fetch: typeof fetch;
}

class Checks {
  readonly list: VerifyCheck[] = [];
  add(id: VerifyCheck['id'], outcome: CheckOutcome, en: string, sv: string): void {
    this.list.push({ id, outcome, en, sv });
  }
  result(payload: ApprovalPayload | null): VerifyResult {
    const verdict = this.list.some((c) => c.outcome === 'failed')
      ? 'invalid'
      : this.list.some((c) => c.outcome === 'unchecked')
        ? 'unverifiable'
        : 'valid';
    return { verdict, payload, checks: this.list };
  }
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The JWS and the exact signed bytes from the input file. */
function parseApproval(text: string): { jws: string; payload: ApprovalPayload; bytes: Uint8Array } | string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let json: { jws?: unknown; payload?: unknown };
    try {
      json = JSON.parse(trimmed) as typeof json;
    } catch (e) {
      return `not JSON: ${message(e)}`;
    }
    if (typeof json.jws !== 'string' || !isApprovalPayload(json.payload))
      return 'the JSON file has no approval (expected "jws" and "payload")';
    return { jws: json.jws, payload: json.payload, bytes: payloadBytes(json.payload) };
  }
  const parts = trimmed.split('.');
  if (parts.length !== 3) return 'neither an approval JSON file nor a compact JWS';
  if (!parts[1])
    return 'the JWS has a detached payload: give the approval JSON file (…/approval/bundle) instead';
  const bytes = Buffer.from(parts[1], 'base64url');
  let payload: unknown;
  try {
    payload = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    return `the JWS payload is not JSON: ${message(e)}`;
  }
  if (!isApprovalPayload(payload)) return 'the JWS payload is not a samarkiv approval';
  return { jws: `${parts[0]}..${parts[2]}`, payload, bytes };
}

function pickKey(json: unknown, kid: string | null): PublicJwk | null {
  const set = json as { keys?: unknown[] } | null;
  const keys = (Array.isArray(set?.keys) ? set.keys : [json]) as PublicJwk[];
  return keys.find((k) => k && k.kid === kid) ?? (keys.length === 1 ? (keys[0] ?? null) : null);
}

async function resolveKey(
  input: VerifyInput,
  deps: VerifyDeps,
  kid: string | null,
  checks: Checks,
): Promise<PublicJwk | null> {
  if (input.key.kind === 'none') {
    checks.add(
      'key',
      'unchecked',
      'no public key: give --key <jwk.json> or --server <archive URL> (a key inside the file itself proves nothing)',
      'ingen publik nyckel: ange --key <jwk.json> eller --server <arkivets adress> (en nyckel i själva filen bevisar ingenting)',
    );
    return null;
  }
  let key: PublicJwk | null;
  let from = { en: 'the key file', sv: 'nyckelfilen' };
  if (input.key.kind === 'jwk') {
    key = pickKey(input.key.json, kid);
  } else {
    const url = `${input.key.url.replace(/\/$/, '')}/api/signing-keys/${encodeURIComponent(kid ?? '')}`;
    from = { en: url, sv: url };
    let res: Response;
    try {
      res = await deps.fetch(url, { headers: { accept: 'application/json' } });
    } catch (e) {
      checks.add(
        'key',
        'unchecked',
        `could not fetch ${url}: ${message(e)}`,
        `kunde inte hämta ${url}: ${message(e)}`,
      );
      return null;
    }
    if (res.status === 404) {
      checks.add(
        'key',
        'failed',
        `the archive has no signing key ${kid} (${url})`,
        `arkivet har ingen signeringsnyckel ${kid} (${url})`,
      );
      return null;
    }
    if (!res.ok) {
      checks.add('key', 'unchecked', `${url} answered ${res.status}`, `${url} svarade ${res.status}`);
      return null;
    }
    key = (await res.json()) as PublicJwk;
  }
  if (!key) {
    checks.add('key', 'failed', `${from.en} has no key ${kid}`, `${from.sv} har ingen nyckel ${kid}`);
    return null;
  }
  const thumbprint = await deps.verifier.thumbprint(key);
  if (thumbprint !== kid) {
    checks.add(
      'key',
      'failed',
      `wrong key: the signature names key ${kid}, the key given is ${thumbprint}`,
      `fel nyckel: signaturen anger nyckel ${kid}, den angivna nyckeln är ${thumbprint}`,
    );
    return null;
  }
  checks.add(
    'key',
    'ok',
    `public key ${kid} (${String(key.alg)})`,
    `publik nyckel ${kid} (${String(key.alg)})`,
  );
  return key;
}

async function checkPackage(
  path: string,
  payload: ApprovalPayload,
  deps: VerifyDeps,
  checks: Checks,
): Promise<void> {
  try {
    const whole = await fileDigest(path);
    if (whole && payload.package.sha256) {
      if (whole.sha256 === payload.package.sha256.toLowerCase())
        checks.add(
          'package',
          'ok',
          'the package file has the signed SHA-256',
          'paketfilen har den signerade SHA-256-summan',
        );
      else
        checks.add(
          'package',
          'failed',
          `the package file differs from the approved one (SHA-256 ${whole.sha256}, signed ${payload.package.sha256})`,
          `paketfilen skiljer sig från den godkända (SHA-256 ${whole.sha256}, signerad ${payload.package.sha256})`,
        );
    }
    const source = await deps.openSource(path);
    let actual;
    try {
      actual = await manifestFromSource(source);
    } finally {
      await source.close();
    }
    const diffs = compareManifests(payload.manifest.files, actual);
    if (diffs.length === 0) {
      checks.add(
        'manifest',
        'ok',
        `all ${actual.length} files match the signed manifest`,
        `alla ${actual.length} filer stämmer med det signerade manifestet`,
      );
      return;
    }
    const kinds = {
      missing: ['missing', 'saknas'],
      added: ['not approved', 'inte godkänd'],
      changed: ['changed', 'ändrad'],
    };
    const shown = diffs.slice(0, 20);
    const more = diffs.length > shown.length ? ` (+${diffs.length - shown.length})` : '';
    checks.add(
      'manifest',
      'failed',
      `${diffs.length} files differ from the signed manifest: ${shown.map((d) => `${d.path} (${kinds[d.kind][0]})`).join(', ')}${more}`,
      `${diffs.length} filer skiljer sig från det signerade manifestet: ${shown.map((d) => `${d.path} (${kinds[d.kind][1]})`).join(', ')}${more}`,
    );
  } catch (e) {
    const text = isArchiveError(e) ? `${e.code}: ${e.message}` : message(e);
    checks.add(
      'manifest',
      'unchecked',
      `could not read the package: ${text}`,
      `kunde inte läsa paketet: ${text}`,
    );
  }
}

export async function verifyApproval(input: VerifyInput, deps: VerifyDeps): Promise<VerifyResult> {
  const checks = new Checks();
  const parsed = parseApproval(input.approvalText);
  if (typeof parsed === 'string') {
    checks.add('input', 'unchecked', parsed, `filen kunde inte läsas som ett godkännande: ${parsed}`);
    return checks.result(null);
  }
  const { jws, payload, bytes } = parsed;
  let header: { alg: string; kid: string | null };
  try {
    header = deps.verifier.header(jws);
  } catch (e) {
    checks.add('input', 'unchecked', message(e), message(e));
    return checks.result(payload);
  }
  if (header.kid !== payload.keyId)
    checks.add(
      'signature',
      'failed',
      `the JWS names key ${header.kid}, the payload ${payload.keyId}`,
      `JWS:en anger nyckel ${header.kid}, innehållet ${payload.keyId}`,
    );
  // The manifest digest is part of the signed payload; it must also describe the signed file list.
  if (sha256Hex(manifestBytes(payload.manifest.files)) !== payload.manifest.sha256)
    checks.add(
      'signature',
      'failed',
      'manifest.sha256 does not match manifest.files',
      'manifest.sha256 stämmer inte med manifest.files',
    );

  const key = await resolveKey(input, deps, header.kid, checks);
  if (key) {
    const verdict = await deps.verifier.verifyDetached(jws, bytes, key);
    if (verdict.valid)
      checks.add(
        'signature',
        'ok',
        `signature valid (${verdict.alg}) over the approval ${payload.approvalId}`,
        `signaturen är giltig (${verdict.alg}) för godkännandet ${payload.approvalId}`,
      );
    else
      checks.add(
        'signature',
        'failed',
        `signature INVALID: the approval was changed or signed with another key (${verdict.reason})`,
        `signaturen är OGILTIG: godkännandet har ändrats eller signerats med en annan nyckel (${verdict.reason})`,
      );
  }

  if (input.reportBytes) {
    const digest = sha256Hex(input.reportBytes);
    if (digest === payload.report.sha256)
      checks.add(
        'report',
        'ok',
        'the control report is the approved one',
        'kontrollrapporten är den godkända',
      );
    else
      checks.add(
        'report',
        'failed',
        `the control report differs from the approved one (SHA-256 ${digest}, signed ${payload.report.sha256})`,
        `kontrollrapporten skiljer sig från den godkända (SHA-256 ${digest}, signerad ${payload.report.sha256})`,
      );
  }
  if (input.packagePath) await checkPackage(input.packagePath, payload, deps, checks);
  return checks.result(payload);
}
