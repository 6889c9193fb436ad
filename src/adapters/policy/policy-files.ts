/**
 * Reads format policies and submission-agreement overrides from disk. The default policy ships in
 * data/policies/ (never downloaded); a consortium points at its own copy, and a delivery may add an
 * override whose entries replace the policy's by PUID (core/formats/policy/merge-override.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ArchiveError } from '../../core/errors.ts';
import type { FormatPolicy } from '../../core/formats/format-policy.ts';
import {
  mergePolicyOverride,
  parsePolicy,
  parsePolicyOverride,
  type PolicyOverride,
} from '../../core/formats/policy/index.ts';

export const POLICY_DIR = fileURLToPath(new URL('../../../data/policies/', import.meta.url));

/** Riksarkivet's preservation formats (RA-FS 2009:2), the policy used when none is configured. */
export const DEFAULT_POLICY_FILE = `${POLICY_DIR}riksarkivet-2009-2.yaml`;

/** A policy is a page of YAML; anything this large is the wrong file, not a policy. */
const MAX_POLICY_BYTES = 4 * 1024 * 1024;

async function readText(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ArchiveError('ARC_ERR_POLICY_INVALID', [`${path}: not a file`]);
    if (info.size > MAX_POLICY_BYTES) {
      throw new ArchiveError('ARC_ERR_POLICY_INVALID', [
        `${path}: ${info.size} bytes is too large for a policy (limit ${MAX_POLICY_BYTES})`,
      ]);
    }
    return await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new ArchiveError('ARC_ERR_INPUT_NOT_FOUND', [path], { cause: e });
    throw new ArchiveError('ARC_ERR_INPUT_READ', [`${path}: ${(e as Error).message}`], { cause: e });
  }
}

export async function readPolicyFile(path: string = DEFAULT_POLICY_FILE): Promise<FormatPolicy> {
  return parsePolicy(await readText(path), path);
}

export async function readPolicyOverrideFile(path: string): Promise<PolicyOverride> {
  return parsePolicyOverride(await readText(path), path);
}

/** The policy in force for a delivery: the consortium's (or the default) with the agreement's override. */
export async function loadPolicy(
  options: { readonly policyFile?: string; readonly overrideFile?: string } = {},
): Promise<FormatPolicy> {
  const base = await readPolicyFile(options.policyFile ?? DEFAULT_POLICY_FILE);
  if (options.overrideFile === undefined) return base;
  return mergePolicyOverride(base, await readPolicyOverrideFile(options.overrideFile));
}
