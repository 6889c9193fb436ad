/**
 * The archive's signing key and detached JWS through jose. The private key lives in one file under
 * `<dataDir>/keys/` (mode 0600, folder 0700), created on first start; its public half goes to the
 * signing_keys table so approvals stay verifiable after the key is rotated (a new file, the old
 * public key kept). Creation is atomic across processes: the file is written under a temporary
 * name and hard-linked into place, so two servers starting at once end up with the same key.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, link, readFile, stat, unlink, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import {
  base64url,
  calculateJwkThumbprint,
  CompactSign,
  decodeProtectedHeader,
  exportJWK,
  flattenedVerify,
  generateKeyPair,
  importJWK,
  type JWK,
} from 'jose';
import { archiveError } from '../../core/errors.ts';
import type {
  DetachedVerdict,
  PublicJwk,
  SignatureVerifier,
  Signer,
  SigningAlgorithm,
} from '../../ports/signer.ts';

export const SIGNING_KEY_FILE = 'approval-signing-key.json';
const JWS_TYPE = 'samarkiv-approval+jws';

interface KeyFile {
  readonly alg: SigningAlgorithm;
  readonly kid: string;
  readonly createdAt: string;
  readonly privateJwk: JWK;
}

const PUBLIC_MEMBERS = ['kty', 'crv', 'x', 'y', 'n', 'e'] as const;

function publicPart(jwk: JWK, alg: string, kid: string): PublicJwk {
  const out: Record<string, unknown> = {};
  for (const k of PUBLIC_MEMBERS) if (jwk[k] !== undefined) out[k] = jwk[k];
  return { ...out, kty: String(jwk.kty), kid, alg, use: 'sig' };
}

async function createKeyFile(path: string, alg: SigningAlgorithm, now: Date): Promise<void> {
  const { privateKey } = await generateKeyPair(
    alg,
    alg === 'EdDSA' ? { extractable: true, crv: 'Ed25519' } : { extractable: true },
  );
  const privateJwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(privateJwk, 'sha256');
  const body: KeyFile = { alg, kid, createdAt: now.toISOString(), privateJwk: { ...privateJwk, kid, alg } };
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, JSON.stringify(body, null, 2) + '\n', { mode: 0o600, flag: 'wx', flush: true });
  try {
    await link(temp, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    await unlink(temp);
  }
}

async function readKeyFile(path: string): Promise<KeyFile> {
  const info = await stat(path);
  if ((info.mode & 0o077) !== 0)
    throw archiveError('ARC_ERR_SIGNING_KEY', `${path} is readable by others (chmod 600 it)`);
  const body = JSON.parse(await readFile(path, 'utf8')) as KeyFile;
  if (body.alg !== 'ES256' && body.alg !== 'EdDSA')
    throw archiveError('ARC_ERR_SIGNING_KEY', `${path}: unsupported alg ${String(body.alg)}`);
  return body;
}

/** The signer over the key in `dir`, creating the key (with `alg`) when there is none. */
export async function loadOrCreateSigner(
  dir: string,
  options: { alg?: SigningAlgorithm; now?: () => Date } = {},
): Promise<Signer> {
  const path = join(dir, SIGNING_KEY_FILE);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
    try {
      await stat(path);
    } catch {
      await createKeyFile(path, options.alg ?? 'ES256', options.now?.() ?? new Date());
    }
    const file = await readKeyFile(path);
    const key = await importJWK(file.privateJwk, file.alg);
    const publicKey = publicPart(file.privateJwk, file.alg, file.kid);
    return {
      publicKey,
      async signDetached(payload) {
        const jws = await new CompactSign(payload)
          .setProtectedHeader({ alg: file.alg, kid: file.kid, typ: JWS_TYPE })
          .sign(key);
        const [header, , signature] = jws.split('.');
        return `${header}..${signature}`;
      },
    };
  } catch (e) {
    if (e instanceof Error && 'code' in e && String(e.code).startsWith('ARC_ERR_')) throw e;
    throw archiveError('ARC_ERR_SIGNING_KEY', e instanceof Error ? e.message : String(e));
  }
}

function splitDetached(jws: string): { header: string; signature: string } {
  const parts = jws.trim().split('.');
  if (parts.length !== 3 || !parts[0] || !parts[2])
    throw archiveError('ARC_ERR_APPROVAL_UNVERIFIABLE', 'not a compact JWS (header.payload.signature)');
  return { header: parts[0], signature: parts[2] };
}

export const joseVerifier: SignatureVerifier = {
  header(jws) {
    splitDetached(jws);
    try {
      const h = decodeProtectedHeader(jws.trim());
      return { alg: String(h.alg ?? ''), kid: typeof h.kid === 'string' ? h.kid : null };
    } catch (e) {
      throw archiveError('ARC_ERR_APPROVAL_UNVERIFIABLE', `JWS header: ${(e as Error).message}`);
    }
  },

  async verifyDetached(jws, payload, publicJwk): Promise<DetachedVerdict> {
    const { header, signature } = splitDetached(jws);
    const { alg } = this.header(jws);
    if (alg !== 'ES256' && alg !== 'EdDSA') return { valid: false, reason: `algorithm ${alg} not accepted` };
    if (publicJwk.alg && publicJwk.alg !== alg)
      return { valid: false, reason: `key is for ${String(publicJwk.alg)}, signature uses ${alg}` };
    let key;
    try {
      key = await importJWK(publicJwk as JWK, alg);
    } catch (e) {
      throw archiveError('ARC_ERR_APPROVAL_UNVERIFIABLE', `public key: ${(e as Error).message}`);
    }
    try {
      const result = await flattenedVerify(
        { protected: header, payload: base64url.encode(payload), signature },
        key,
        { algorithms: [alg] },
      );
      const kid = result.protectedHeader?.kid;
      return { valid: true, kid: typeof kid === 'string' ? kid : null, alg };
    } catch (e) {
      return { valid: false, reason: (e as Error).message };
    }
  },

  async thumbprint(publicJwk) {
    return calculateJwkThumbprint(publicJwk as JWK, 'sha256');
  },
};
