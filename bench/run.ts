/** npm run bench [-- --quick]: runs every benchmark in turn; each prints its own JSON lines. */
import { spawnSync } from 'node:child_process';

const extra = process.argv.slice(2);
const benches = [
  'bench/validate.bench.ts',
  'bench/formats.bench.ts',
  'bench/siard-check.bench.ts',
  'bench/erms-package.bench.ts',
  'bench/api-load.bench.ts',
  'bench/ingest.bench.ts',
];
let failed = 0;
for (const file of benches) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...extra], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
