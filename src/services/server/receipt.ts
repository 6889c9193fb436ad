/**
 * The receipt (kvittens) a municipality gets for an approved delivery: what was delivered (package
 * id, file count, size, SHA-256), under which agreement, who approved it and when, and the
 * approval's signature. One data record, rendered as XML (receipt-xml.ts, namespace
 * urn:samarkiv:receipt:1) and as a Swedish PDF (receipt-html.ts through the PdfRenderer).
 */
import type { Principal } from '../../core/access/roles.ts';
import type { PdfRenderer } from '../../ports/pdf-renderer.ts';
import { getApproval } from './approval.ts';
import type { ServiceContext } from './context.ts';
import { receiptHtml } from './receipt-html.ts';
import { receiptXml } from './receipt-xml.ts';
import { ROLE_LABELS, isRole } from '../../core/access/roles.ts';
import { audit, inTransaction } from './context.ts';

export interface ReceiptData {
  readonly approvalId: string;
  readonly issuedAt: string;
  readonly municipality: { readonly id: string; readonly name: string };
  readonly recordsCreator: { readonly id: string; readonly name: string } | null;
  readonly project: { readonly id: string; readonly title: string; readonly systemName: string };
  readonly agreementRef: string | null;
  readonly submission: { readonly id: string; readonly version: number };
  readonly package: {
    readonly fileName: string;
    readonly objid: string | null;
    readonly size: number | null;
    readonly sha256: string | null;
  };
  readonly fileCount: number;
  readonly contentBytes: number;
  readonly manifestSha256: string;
  readonly reportSha256: string;
  readonly signer: {
    readonly userId: string;
    readonly name: string;
    readonly role: string;
    readonly roleLabel: string;
  };
  readonly keyId: string;
  readonly algorithm: string;
  readonly jws: string;
}

export async function receiptData(
  ctx: ServiceContext,
  reader: Principal,
  submissionId: string,
): Promise<ReceiptData> {
  const { approval } = await getApproval(ctx, reader, submissionId);
  const p = approval.payload;
  const header = JSON.parse(Buffer.from(approval.jws.split('.')[0] ?? '', 'base64url').toString('utf8')) as {
    alg?: string;
  };
  return {
    approvalId: approval.id,
    issuedAt: approval.approvedAt,
    municipality: p.municipality,
    recordsCreator: p.recordsCreator,
    project: { id: p.project.id, title: p.project.title, systemName: p.project.systemName },
    agreementRef: p.project.agreementRef,
    submission: p.submission,
    package: p.package,
    fileCount: p.manifest.fileCount,
    contentBytes: p.manifest.bytes,
    manifestSha256: p.manifest.sha256,
    reportSha256: p.report.sha256,
    signer: {
      ...p.approvedBy,
      roleLabel: isRole(p.approvedBy.role) ? ROLE_LABELS[p.approvedBy.role].sv : p.approvedBy.role,
    },
    keyId: approval.keyId,
    algorithm: header.alg ?? '',
    jws: approval.jws,
  };
}

async function audited(
  ctx: ServiceContext,
  reader: Principal,
  data: ReceiptData,
  format: string,
): Promise<void> {
  await inTransaction(ctx, (trx) =>
    audit(trx, ctx, reader, data.municipality.id, 'receipt.read', 'approval', data.approvalId, { format }),
  );
}

export async function receiptXmlFor(
  ctx: ServiceContext,
  reader: Principal,
  submissionId: string,
): Promise<string> {
  const data = await receiptData(ctx, reader, submissionId);
  await audited(ctx, reader, data, 'xml');
  return receiptXml(data);
}

export async function receiptPdfFor(
  ctx: ServiceContext,
  renderer: PdfRenderer,
  reader: Principal,
  submissionId: string,
): Promise<Uint8Array> {
  const data = await receiptData(ctx, reader, submissionId);
  const pdf = await renderer.render(receiptHtml(data), {
    footerText: `Kvittens ${data.approvalId} · ${data.municipality.name}`,
  });
  await audited(ctx, reader, data, 'pdf');
  return pdf;
}
