/**
 * Verifies the audit log's hash chain from the first entry to the head: every entry's hash must
 * match its content, link to the previous entry's hash, and the sequence must have no gap. The
 * head row must name the last entry — so a removed last entry is detected too.
 */
import { auditHash, auditHead, auditPage } from '../../repositories/audit.ts';
import type { ServiceContext } from './context.ts';

export interface AuditVerdict {
  readonly ok: boolean;
  readonly entries: number;
  readonly problems: readonly { readonly seq: number; readonly problem: string }[];
}

const GENESIS = '0'.repeat(64);

export async function verifyAuditLog(ctx: ServiceContext, pageSize = 5000): Promise<AuditVerdict> {
  const problems: { seq: number; problem: string }[] = [];
  let prevHash = GENESIS;
  let expectedSeq = 1;
  let entries = 0;
  for (;;) {
    const page = await auditPage(ctx.db, expectedSeq - 1, pageSize);
    if (page.length === 0) break;
    for (const row of page) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq)
        problems.push({ seq, problem: `entries ${expectedSeq}–${seq - 1} are missing` });
      if (row.prev_hash !== prevHash) problems.push({ seq, problem: 'does not link to the previous entry' });
      const { hash, ...rest } = row;
      if (auditHash({ ...rest, seq }) !== hash)
        problems.push({ seq, problem: 'content changed after it was written' });
      prevHash = hash;
      expectedSeq = seq + 1;
      entries++;
    }
  }
  const head = await auditHead(ctx.db);
  if (Number(head.seq) !== expectedSeq - 1 || head.hash !== prevHash) {
    problems.push({
      seq: Number(head.seq),
      problem: `the chain ends at ${expectedSeq - 1} but the head names ${head.seq}`,
    });
  }
  return { ok: problems.length === 0, entries, problems };
}
