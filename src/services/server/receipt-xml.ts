/**
 * The receipt as XML, namespace urn:samarkiv:receipt:1 (schema: schemas/samarkiv/receipt-1.xsd,
 * documented in docs/approval.md). Element names are English like the rest of samarkiv's
 * identifiers; values are as approved (the municipality's name in Swedish).
 */
import type { ReceiptData } from './receipt.ts';

export const RECEIPT_NAMESPACE = 'urn:samarkiv:receipt:1';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function element(name: string, value: string | number | null, attrs: Record<string, string> = {}): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  // An unknown value is left out, not written empty: the schema makes those elements optional.
  return value === null ? '' : `<${name}${a}>${esc(String(value))}</${name}>`;
}

export function receiptXml(r: ReceiptData): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<receipt xmlns="${RECEIPT_NAMESPACE}" version="1">`,
    `  ${element('issued', r.issuedAt)}`,
    `  ${element('municipality', r.municipality.name, { id: r.municipality.id })}`,
    `  ${r.recordsCreator ? element('recordsCreator', r.recordsCreator.name, { id: r.recordsCreator.id }) : ''}`,
    `  ${element('agreementRef', r.agreementRef)}`,
    `  <deliveryProject id="${esc(r.project.id)}">`,
    `    ${element('title', r.project.title)}`,
    `    ${element('system', r.project.systemName)}`,
    '  </deliveryProject>',
    `  <submission id="${esc(r.submission.id)}" version="${r.submission.version}">`,
    `    ${element('fileName', r.package.fileName)}`,
    `    ${element('packageId', r.package.objid)}`,
    `    ${element('packageSize', r.package.size)}`,
    `    ${element('packageSha256', r.package.sha256)}`,
    `    ${element('fileCount', r.fileCount)}`,
    `    ${element('contentSize', r.contentBytes)}`,
    `    ${element('manifestSha256', r.manifestSha256)}`,
    `    ${element('controlReportSha256', r.reportSha256)}`,
    '  </submission>',
    `  <approval id="${esc(r.approvalId)}">`,
    `    ${element('approvedBy', r.signer.name, { userId: r.signer.userId, role: r.signer.role })}`,
    `    ${element('approvedAt', r.issuedAt)}`,
    `    ${element('keyId', r.keyId)}`,
    `    ${element('algorithm', r.algorithm)}`,
    `    ${element('jws', r.jws)}`,
    '  </approval>',
    '</receipt>',
  ];
  return lines.filter((l) => l.trim() !== '').join('\n') + '\n';
}
