/**
 * Wires the adapters into the services' dependency objects (the composition root). Content checks
 * (issue 6) are on by default: format identification with the shipped PRONOM signatures, the
 * default format policy, the Swedish naming rule, PDF and encryption inspection with the Debian
 * tools that are installed, and a virus scan when clamd is configured (SAMARKIV_CLAMD_SOCKET, or
 * SAMARKIV_CLAMD_HOST/PORT, or --clamd).
 */
import { createLocalFiles } from '../adapters/fs/local-files.ts';
import { openLocalFile } from '../adapters/format/local-random-access-file.ts';
import { ermsAnalyzer } from '../adapters/erms/erms-analyzer.ts';
import { loadFormatIdentifier } from '../adapters/format/pronom-format-identifier.ts';
import { PdfInspector } from '../adapters/inspect/pdf-inspector.ts';
import { ZipEncryptionInspector } from '../adapters/inspect/zip-encryption-inspector.ts';
import { openPackageSource } from '../adapters/package/open-package-source.ts';
import { loadPolicy } from '../adapters/policy/policy-files.ts';
import { clamdAddressFromEnv, type ClamdAddress } from '../adapters/scan/clamd-address.ts';
import { ClamdScanner } from '../adapters/scan/clamd-scanner.ts';
import { siardAnalyzer } from '../adapters/siard/siard-analyzer.ts';
import { shippedSchemaValidator } from '../adapters/xml/shipped-schema-validator.ts';
import { namingRule, SWEDISH_NAMING_RULE } from '../core/formats/naming-rule.ts';
import type { ContentInspector } from '../ports/content-inspector.ts';
import type { ValidatePackageDeps } from '../services/validate-package.ts';
import { VERSION } from './version.ts';

export interface DepsOptions {
  /** false: structure checks only. */
  readonly content?: boolean;
  readonly policyFile?: string;
  readonly policyOverrideFile?: string;
  readonly namingPattern?: string;
  /** clamd address: a socket path, or host:port; defaults to the environment. */
  readonly clamd?: string;
}

/** Structure checks only: what the package engine needs, nothing that inspects content. */
export function createDeps(): ValidatePackageDeps {
  return { openSource: openPackageSource, schemaValidator: shippedSchemaValidator, version: VERSION };
}

function parseClamd(value: string | undefined): ClamdAddress | null {
  if (!value) return clamdAddressFromEnv();
  const hostPort = /^([^/:]+):(\d+)$/.exec(value);
  return hostPort ? { host: hostPort[1] as string, port: Number(hostPort[2]) } : { socketPath: value };
}

/** A PDF inspector when qpdf and pdfinfo are installed; otherwise PDFs are not inspected (rules say so). */
async function inspectors(): Promise<ContentInspector[]> {
  const out: ContentInspector[] = [new ZipEncryptionInspector()];
  try {
    out.unshift(await PdfInspector.create());
  } catch {
    // Missing tools: SAMARKIV-PDF-2 reports PDF/A claims as unverifiable instead of failing the run.
  }
  return out;
}

/** The full delivery-control setup: structure plus content checks. */
export async function createFullDeps(options: DepsOptions = {}): Promise<ValidatePackageDeps> {
  const base = createDeps();
  if (options.content === false) return base;
  const clamd = parseClamd(options.clamd);
  return {
    ...base,
    content: {
      identifier: await loadFormatIdentifier(),
      policy: await loadPolicy({
        ...(options.policyFile ? { policyFile: options.policyFile } : {}),
        ...(options.policyOverrideFile ? { overrideFile: options.policyOverrideFile } : {}),
      }),
      namingRule: options.namingPattern ? namingRule(options.namingPattern) : SWEDISH_NAMING_RULE,
      inspectors: await inspectors(),
      ...(clamd ? { scanner: new ClamdScanner({ address: clamd }) } : {}),
      localFiles: () => createLocalFiles(),
      openRandomAccess: openLocalFile,
    },
    analyzers: [ermsAnalyzer, siardAnalyzer],
  };
}
