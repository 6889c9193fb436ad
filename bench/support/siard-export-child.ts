/**
 * Child process of bench/siard-export.bench.ts: exports one PostgreSQL database to a SIARD file
 * (no check afterwards, no progress output) and prints {"seconds","peak_rss_mb","rows","bytes"},
 * the peak RSS being this process's own (getrusage maxrss), so it measures the export alone.
 */
import { performance } from 'node:perf_hooks';
import { openSourceDatabase } from '../../src/adapters/siard-db/open-database.ts';
import { createSiardFileWriter } from '../../src/adapters/siard-db/siard-file-writer.ts';
import { parseConnection } from '../../src/core/siard-export/connection.ts';
import { exportSiard } from '../../src/services/siard-export.ts';

const [url, out, level] = process.argv.slice(2) as [string, string, string | undefined];
const t0 = performance.now();
const result = await exportSiard(
  { connection: parseConnection(url), out },
  {
    openSource: openSourceDatabase,
    createWriter: (o) =>
      createSiardFileWriter(o, level !== undefined ? { compressionLevel: Number(level) } : {}),
    software: { name: 'samarkiv', version: 'bench' },
    now: () => new Date(),
  },
);
console.log(
  JSON.stringify({
    seconds: Math.round(((performance.now() - t0) / 1000) * 100) / 100,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    rows: result.rows,
    bytes: result.bytes,
  }),
);
