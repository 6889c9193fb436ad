/** Commands that work on the archive's database directly: tenants list, audit verify. */
import { verifyAuditLog } from '../../services/server/audit-verify.ts';
import { listTenants } from '../../services/server/tenants.ts';
import type { ServiceContext } from '../../services/server/context.ts';
import { configFromEnv } from '../../server/config.ts';
import { withServiceContext } from '../with-service-context.ts';

const withContext = <T>(database: string | undefined, fn: (ctx: ServiceContext) => Promise<T>): Promise<T> =>
  withServiceContext(database ?? configFromEnv().databaseUrl, fn);

export async function tenantsListCommand(opts: { format: string; database?: string }): Promise<number> {
  const tenants = await withContext(opts.database, listTenants);
  if (opts.format === 'json') {
    process.stdout.write(`${JSON.stringify(tenants, null, 2)}\n`);
  } else {
    for (const t of tenants) {
      const kind = t.kind === 'consortium' ? 'samverkan' : t.isHost ? 'kommun (värd)' : 'kommun';
      process.stdout.write(
        `${t.id.padEnd(14)} ${t.name.padEnd(14)} ${(t.orgNumber ?? '').padEnd(12)} ${kind}\n`,
      );
    }
  }
  return 0;
}

export async function auditVerifyCommand(opts: { format: string; database?: string }): Promise<number> {
  const verdict = await withContext(opts.database, (ctx) => verifyAuditLog(ctx));
  if (opts.format === 'json') process.stdout.write(`${JSON.stringify(verdict, null, 2)}\n`);
  else {
    process.stdout.write(
      verdict.ok
        ? `Granskningsloggen är hel: ${verdict.entries} poster / audit log intact: ${verdict.entries} entries\n`
        : `Granskningsloggen är BRUTEN / audit log BROKEN (${verdict.problems.length} problem):\n`,
    );
    for (const p of verdict.problems) process.stdout.write(`  #${p.seq}: ${p.problem}\n`);
  }
  return verdict.ok ? 0 : 1;
}
