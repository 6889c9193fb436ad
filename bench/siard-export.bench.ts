/**
 * npm run bench:siard [-- --quick] [-- --rows=N]
 * SIARD export speed and memory against pg_dump in the same run: generates a Procapita-like table
 * set in PostgreSQL (klient, beslut, journalanteckning, insats; 10 million rows in all, --quick
 * 1 million) with generate_series, then times `pg_dump -Fc` (custom format, compressed with its
 * default zlib level: the like-for-like baseline for a deflated .siard) of the same tables, and the
 * export in a child process whose own peak RSS is measured. Prints rows/s, peak RSS, the ratio of
 * the export's time to pg_dump's, and ends with one JSON line {"case":"siard-export",…}.
 * Needs SAMARKIV_BENCH_PG_URL or SAMARKIV_TEST_PG_URL (a superuser URL; a database is created
 * and dropped) and pg_dump on PATH. Goals: ratio ≤ 2.5, peak RSS < 300 MB whatever the size.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { timed } from './support/measure.ts';

const quick = process.argv.includes('--quick');
const rowsArg = process.argv.find((a) => a.startsWith('--rows='));
const TOTAL = rowsArg ? Number(rowsArg.slice(7)) : quick ? 1_000_000 : 10_000_000;
const base = process.env['SAMARKIV_BENCH_PG_URL'] ?? process.env['SAMARKIV_TEST_PG_URL'];
if (!base) {
  console.error(
    'bench:siard needs SAMARKIV_BENCH_PG_URL or SAMARKIV_TEST_PG_URL (scripts/ci/start-postgres.sh prints one)',
  );
  process.exit(2);
}

/** Share of the total rows per table. */
const SHARES = { klient: 0.1, beslut: 0.2, insats: 0.2, journalanteckning: 0.5 };

async function sql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function urlOf(db: string): string {
  const u = new URL(base as string);
  u.pathname = `/${db}`;
  return u.toString();
}

async function generate(url: string): Promise<void> {
  const n = (t: keyof typeof SHARES) => Math.max(1, Math.round(TOTAL * SHARES[t]));
  await sql(
    url,
    `CREATE TABLE klient (id bigint PRIMARY KEY, personnummer char(13) NOT NULL, fornamn varchar(60) NOT NULL,
       efternamn varchar(60) NOT NULL, fodd date NOT NULL, kommun varchar(40), skapad timestamptz NOT NULL);
     CREATE TABLE beslut (id bigint PRIMARY KEY, klient_id bigint NOT NULL REFERENCES klient(id), beslutsdatum date NOT NULL,
       lagrum varchar(40) NOT NULL, beviljad boolean NOT NULL, timmar numeric(8,2), motivering text);
     CREATE TABLE insats (id bigint PRIMARY KEY, beslut_id bigint NOT NULL REFERENCES beslut(id), typ varchar(40) NOT NULL,
       start_tid timestamp NOT NULL, slut_tid timestamp, kostnad numeric(12,2));
     CREATE TABLE journalanteckning (id bigint PRIMARY KEY, klient_id bigint NOT NULL REFERENCES klient(id),
       skriven timestamptz NOT NULL, signerad_av varchar(60) NOT NULL, text text NOT NULL);
     INSERT INTO klient SELECT g, to_char(19300101 + (g % 70) * 10000 + (g % 12) * 100 + (g % 28) + 1, 'FM00000000') || '-' || lpad((g % 10000)::text, 4, '0'),
       (ARRAY['Anna','Erik','Maria','Lars','Karin','Johan','Åsa','Björn'])[1 + g % 8], (ARRAY['Andersson','Johansson','Öberg','Lindqvist','Nyström','Ekström'])[1 + g % 6],
       date '1930-01-01' + (g % 25000), (ARRAY['Lund','Malmö','Eslöv','Höör'])[1 + g % 4], timestamptz '2001-01-01 08:00+01' + g * interval '7 minutes'
       FROM generate_series(1, ${n('klient')}) g;
     INSERT INTO beslut SELECT g, 1 + g % ${n('klient')}, date '2001-01-01' + (g % 6900), (ARRAY['SoL 4 kap. 1 §','LSS 9 § 3','SoL 4 kap. 2 §'])[1 + g % 3],
       g % 5 <> 0, (g % 4000) / 100.0, 'Ansökan om ' || (ARRAY['hemtjänst','särskilt boende','ledsagning','avlösning'])[1 + g % 4] || ' prövad enligt gällande riktlinjer. Ärende ' || g
       FROM generate_series(1, ${n('beslut')}) g;
     INSERT INTO insats SELECT g, 1 + g % ${n('beslut')}, (ARRAY['Hemtjänst','Trygghetslarm','Matdistribution','Dagverksamhet'])[1 + g % 4],
       timestamp '2001-01-01 07:00' + g * interval '13 minutes', CASE WHEN g % 3 = 0 THEN NULL ELSE timestamp '2001-01-01 09:00' + g * interval '13 minutes' END, (g % 100000) / 10.0
       FROM generate_series(1, ${n('insats')}) g;
     INSERT INTO journalanteckning SELECT g, 1 + g % ${n('klient')}, timestamptz '2001-01-01 08:00+01' + g * interval '3 minutes', 'Handläggare ' || (g % 300),
       'Hembesök genomfört. Brukaren uppger att hen mår ' || (ARRAY['bra','sämre än förra veckan','oförändrat'])[1 + g % 3] || '. Planerade insatser fungerar; uppföljning om ' || (g % 8 + 1) || ' veckor.'
       FROM generate_series(1, ${n('journalanteckning')}) g;
     ANALYZE;`,
  );
}

async function child(
  url: string,
  out: string,
): Promise<{ seconds: number; peak_rss_mb: number; rows: number; bytes: number }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'bench/support/siard-export-child.ts', url, out], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  proc.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  const code = await new Promise<number | null>((resolve) => proc.on('close', resolve));
  if (code !== 0) throw new Error(`the export child exited with ${code}`);
  return JSON.parse(stdout.trim().split('\n').pop() as string);
}

const db = `samarkiv_bench_siard_${randomBytes(4).toString('hex')}`;
const dir = await mkdtemp(join(tmpdir(), 'samarkiv-bench-siard-'));
await sql(base, `CREATE DATABASE ${db} TEMPLATE template0 ENCODING 'UTF8'`);
try {
  const url = urlOf(db);
  console.error(`generating ${TOTAL.toLocaleString('en')} rows in ${db} …`);
  const gen = Date.now();
  await generate(url);
  console.error(`  generated in ${((Date.now() - gen) / 1000).toFixed(1)} s`);
  const dump = join(dir, 'dump.pgc');
  const pgDump = await timed('pg_dump', ['-Fc', '-f', dump, '-d', url]);
  const dumpBytes = (await stat(dump)).size;
  console.error(`  pg_dump -Fc: ${pgDump.seconds.toFixed(2)} s, ${(dumpBytes / 1e6).toFixed(1)} MB`);
  const exp = await child(url, join(dir, 'bench.siard'));
  if (exp.rows !== TOTAL) throw new Error(`exported ${exp.rows} rows, expected ${TOTAL}`);
  const ratio = exp.seconds / pgDump.seconds;
  const rowsPerSecond = Math.round(exp.rows / exp.seconds);
  console.error(
    `  siard export: ${exp.seconds.toFixed(2)} s, ${rowsPerSecond.toLocaleString('en')} rows/s, peak RSS ${exp.peak_rss_mb} MB, ${(exp.bytes / 1e6).toFixed(1)} MB; ${ratio.toFixed(2)} × pg_dump`,
  );
  console.log(
    JSON.stringify({
      case: 'siard-export',
      rows: exp.rows,
      seconds: exp.seconds,
      rows_per_second: rowsPerSecond,
      peak_rss_mb: exp.peak_rss_mb,
      siard_mb: Math.round(exp.bytes / 1e5) / 10,
      pg_dump_format: 'custom (-Fc, zlib default level)',
      pg_dump_seconds: Math.round(pgDump.seconds * 100) / 100,
      pg_dump_mb: Math.round(dumpBytes / 1e5) / 10,
      ratio_to_pg_dump: Math.round(ratio * 100) / 100,
      goal_ratio: 2.5,
      goal_peak_rss_mb: 300,
      quick,
    }),
  );
} finally {
  await sql(base, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await rm(dir, { recursive: true, force: true });
}
