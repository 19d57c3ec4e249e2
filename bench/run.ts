// npm run bench: scan+check time, files/s and peak memory at 100, 1,000 and 10,000 services,
// compared with the previous run recorded in bench/results.jsonl.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAdvisories } from './advisories.js';
import { benchBump, type BumpBenchRow } from './bump.js';
import { generateMonorepo } from './generate.js';
import { benchPeer } from './peer.js';
import { benchStartup } from './startup.js';
import { benchWheelMetadata } from './wheel-metadata.js';
import { benchWheelSize } from './wheel-size.js';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const RESULTS = 'bench/results.jsonl';

interface Row {
  services: number;
  files: number;
  ms: number;
  filesPerSec: number;
  maxRssMb: number;
  requirements: number;
  cliMs?: number;
  /** What the model made of the generated repository: compose projects and services, images, requirement files. */
  model?: { projects: number; services: number; images: number; requirementFiles: number };
}

// What a user waits for: the bundled CLI (dist/cli.js, as the action ships it), startup and JSON output included.
const CLI = 'dist/cli.js';
function cliWallMs(dir: string): number | undefined {
  if (!existsSync(CLI)) return undefined;
  const started = performance.now();
  execFileSync(process.execPath, [CLI, 'check', '--root', dir, '--constraints', 'docker/base/requirements-constraints.txt', '--format', 'json', '--fail-on', 'never'], { maxBuffer: 1024 * 1024 * 1024, stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - started;
}

const previous = new Map<number, Row>();
let previousBump: BumpBenchRow | undefined;
try {
  const lines = (await readFile(RESULTS, 'utf8')).trim().split('\n');
  const last = JSON.parse(lines[lines.length - 1]!) as { rows: Row[]; bump?: BumpBenchRow };
  for (const row of last.rows) previous.set(row.services, row);
  previousBump = last.bump;
} catch {
  // first run
}

const rows: Row[] = [];
for (const services of SIZES) {
  const dir = await mkdtemp(join(tmpdir(), `monopin-bench-${services}-`));
  try {
    await generateMonorepo(dir, services);
    const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'bench/scan-once.ts', dir], { encoding: 'utf8' })));
    const best = runs.sort((a, b) => a.ms - b.ms)[0];
    const cli = [0, 1, 2].map(() => cliWallMs(dir)).filter((ms): ms is number => ms !== undefined);
    rows.push({
      services,
      files: best.files,
      ms: Math.round(best.ms),
      filesPerSec: Math.round((best.files / best.ms) * 1000),
      maxRssMb: Math.round(best.maxRssMb),
      requirements: best.requirements,
      model: best.model,
      ...(cli.length > 0 && { cliMs: Math.round(Math.min(...cli)) }),
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const delta = (now: number, before?: number): string => (before ? ` (${now >= before ? '+' : ''}${Math.round(((now - before) / before) * 100)}%)` : '');
console.log('scan+check (best of 3, fresh process each; the source under tsx, and the bundled CLI wall time with startup and JSON output)');
console.log('services   files   requirements   time ms          files/s    peak RSS MB   dist CLI ms');
for (const row of rows) {
  const p = previous.get(row.services);
  console.log(
    `${String(row.services).padStart(8)} ${String(row.files).padStart(7)} ${String(row.requirements).padStart(14)}   ${`${row.ms}${delta(row.ms, p?.ms)}`.padEnd(15)} ${String(row.filesPerSec).padStart(8)}    ${`${row.maxRssMb}${delta(row.maxRssMb, p?.maxRssMb)}`.padEnd(13)} ${row.cliMs === undefined ? 'no dist/cli.js (npm run build)' : `${row.cliMs}${delta(row.cliMs, p?.cliMs)}`}`,
  );
}
for (const row of rows) {
  const m = row.model;
  if (m) console.log(`  model at ${row.services}: ${m.services} compose services in ${m.projects} projects, ${m.images} images, ${m.requirementFiles} requirement files`);
}
const startup = benchStartup();
console.log('');
console.log(startup === undefined ? 'startup: no dist/cli.js (npm run build)' : `startup (median of ${startup.runs}, interleaved): node -e 0 ${startup.nodeMs} ms · monopin --version ${startup.versionMs} ms (${startup.ratio}×; target ≤ 1.5×)`);

if (process.argv.includes('--peer')) {
  const peer = await benchPeer(Number(process.env.BENCH_PEER_SERVICES ?? 46));
  console.log('');
  console.log(`peer (${peer.services} services, ${peer.files} files, median of 5 interleaved): monopin check ${peer.monopinMs} ms · Renovate 39 extract ${peer.renovateMs} ms → ${peer.ratio}× faster`);
  console.log(`  peak RSS: monopin ${peer.monopinRssMb ?? '?'} MB · Renovate ${peer.renovateRssMb ?? '?'} MB`);
}

const bump = await benchBump(300, 50);
console.log('');
console.log(`bump: ${bump.packages} pinned packages, index latency ${bump.latencyMs} ms per request`);
console.log(`  ${bump.ms} ms${delta(bump.ms, previousBump?.ms)} · ${bump.projectRequests} project requests (distinct packages: ${bump.packages}) · ${bump.metadataRequests} metadata requests · ${bump.bumps} bumps`);
if (bump.projectRequests !== bump.packages) console.log('  WARNING: project requests differ from the number of distinct packages');

const advisories = await benchAdvisories(300, 50);
console.log('');
console.log(`advisories: ${advisories.pins} pins, OSV API latency ${advisories.latencyMs} ms per request`);
console.log(`  ${advisories.ms} ms · ${advisories.batchRequests} querybatch request · ${advisories.recordRequests} record requests (distinct advisories: ${advisories.distinctAdvisories}) · ${advisories.vulnerablePins} vulnerable pins`);
if (advisories.batchRequests !== 1 || advisories.recordRequests !== advisories.distinctAdvisories) console.log('  WARNING: expected one querybatch and one record request per distinct advisory');

const wheels = await benchWheelSize();
console.log('');
console.log('sizing a wheel (range reads of the zip directory)');
for (const w of wheels) {
  console.log(`  wheel ${w.wheelBytes} bytes → fetched ${w.bytesFetched} bytes (${((w.bytesFetched / w.wheelBytes) * 100).toFixed(2)}%), installed ${w.installedBytes} bytes`);
}

const metadataReads = await benchWheelMetadata();
console.log('');
console.log('metadata lookup without PEP 658 files (METADATA read out of the wheel by range requests)');
for (const m of metadataReads) {
  console.log(`  wheel ${m.wheelBytes} bytes → ${m.bytesRead} bytes read per lookup in ${m.requests} range requests (${((m.bytesRead / m.wheelBytes) * 100).toFixed(2)}% of the wheel)`);
}

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
await appendFile(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), commit, node: process.version, rows, startup, bump, advisories, wheels, metadataReads })}
`);
