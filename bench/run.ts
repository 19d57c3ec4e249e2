// npm run bench: scan+check time, files/s and peak memory on a monorepo shaped like the plan's (46 services,
// 360 files) and at 100, 1,000 and 10,000 services, compared with the previous run recorded in
// bench/results.jsonl and, with BENCH_BEFORE_CLI, with an earlier build timed alongside.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAdvisories } from './advisories.js';
import { benchBump, type BumpBenchRow } from './bump.js';
import { generateMonorepo } from './generate.js';
import { generatePlanShaped } from './generate-plan.js';
import { benchPeer, maxRss, median, timed, type PeerRow, type Timed } from './peer.js';
import { benchStartup } from './startup.js';
import { benchWheelMetadata } from './wheel-metadata.js';
import { benchWheelSize } from './wheel-size.js';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const RESULTS = 'bench/results.jsonl';

interface Row {
  /** 'plan-shaped', or the number of generated services. */
  label?: string;
  services: number;
  files: number;
  ms: number;
  filesPerSec: number;
  maxRssMb: number;
  requirements: number;
  cliMs?: number;
  cliRssMb?: number;
  beforeCliMs?: number;
  beforeCliRssMb?: number;
  /** What the model made of the generated repository: compose projects and services, images, requirement files. */
  model?: { projects: number; services: number; images: number; requirementFiles: number };
}

// What a user waits for: the bundled CLI (dist/cli.js, as the action ships it), startup and JSON output included.
// BENCH_BEFORE_CLI names the dist/cli.js of an earlier build (a worktree of the old commit after `npm run build`):
// both are then timed on the same files, interleaved, so a busy machine slows both alike.
const CLI = 'dist/cli.js';
const BEFORE_CLI = process.env.BENCH_BEFORE_CLI;
const CLI_ROUNDS = 5;

const previous = new Map<string, Row>();
let previousBump: BumpBenchRow | undefined;
let previousCommit: string | undefined;
try {
  const lines = (await readFile(RESULTS, 'utf8')).trim().split('\n');
  const last = JSON.parse(lines[lines.length - 1]!) as { rows: Row[]; bump?: BumpBenchRow; commit?: string };
  for (const row of last.rows) previous.set(row.label ?? String(row.services), row);
  previousBump = last.bump;
  previousCommit = last.commit;
} catch {
  // first run
}

async function measure(label: string, services: number, generate: (dir: string) => Promise<unknown>): Promise<Row> {
  const dir = await mkdtemp(join(tmpdir(), `monopin-bench-${label}-`));
  try {
    await generate(dir);
    const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'bench/scan-once.ts', dir], { encoding: 'utf8' })));
    const best = runs.sort((a, b) => a.ms - b.ms)[0];
    const args = ['check', '--root', dir, '--constraints', 'docker/base/requirements-constraints.txt', '--format', 'json', '--fail-on', 'never'];
    const after: Timed[] = [];
    const before: Timed[] = [];
    if (existsSync(CLI)) {
      for (let i = 0; i < CLI_ROUNDS; i++) {
        after.push(timed(process.execPath, [CLI, ...args], { cwd: process.cwd() }));
        if (BEFORE_CLI) before.push(timed(process.execPath, [BEFORE_CLI, ...args], { cwd: process.cwd() }));
      }
    }
    return {
      label,
      services,
      files: best.files,
      ms: Math.round(best.ms),
      filesPerSec: Math.round((best.files / best.ms) * 1000),
      maxRssMb: Math.round(best.maxRssMb),
      requirements: best.requirements,
      model: best.model,
      ...(after.length > 0 && { cliMs: Math.round(median(after.map((r) => r.ms))), cliRssMb: maxRss(after) }),
      ...(before.length > 0 && { beforeCliMs: Math.round(median(before.map((r) => r.ms))), beforeCliRssMb: maxRss(before) }),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const rows: Row[] = [await measure('plan-shaped', 46, generatePlanShaped)];
for (const services of SIZES) rows.push(await measure(String(services), services, (dir) => generateMonorepo(dir, services)));

const delta = (now: number, before?: number): string => (before ? ` (${now >= before ? '+' : ''}${Math.round(((now - before) / before) * 100)}%)` : '');
console.log(`scan+check: the source under tsx (best of 3, fresh process each), and the bundled CLI's wall time with startup and JSON output (median of ${CLI_ROUNDS})`);
console.log(`(…%) compares with the last recorded run${previousCommit ? ` (commit ${previousCommit})` : ''}${BEFORE_CLI ? `; "before" is ${BEFORE_CLI}, interleaved with this build` : ''}`);
console.log('repository        files  requirements   source ms        peak RSS MB    CLI ms          CLI RSS MB   before CLI ms  speed-up');
for (const row of rows) {
  const p = previous.get(row.label ?? String(row.services));
  const name = row.label === 'plan-shaped' ? 'plan-shaped (46)' : `${row.services} services`;
  const speedup = row.cliMs && row.beforeCliMs ? `${(row.beforeCliMs / row.cliMs).toFixed(2)}×` : '';
  console.log(
    `${name.padEnd(16)} ${String(row.files).padStart(6)} ${String(row.requirements).padStart(13)}   ${`${row.ms}${delta(row.ms, p?.ms)}`.padEnd(15)}  ${`${row.maxRssMb}${delta(row.maxRssMb, p?.maxRssMb)}`.padEnd(13)}  ${row.cliMs === undefined ? 'no dist/cli.js'.padEnd(15) : `${row.cliMs}${delta(row.cliMs, p?.cliMs)}`.padEnd(15)} ${String(row.cliRssMb ?? '').padStart(10)}   ${String(row.beforeCliMs ?? '').padStart(13)}  ${speedup}`,
  );
}
for (const row of rows) {
  const m = row.model;
  if (m) console.log(`  model of ${row.label}: ${m.services} compose services in ${m.projects} projects, ${m.images} images, ${m.requirementFiles} requirement files`);
}
const plan = rows[0]!;
if (plan.cliMs !== undefined) console.log(`targets: plan-shaped ${plan.cliMs} ms (≤ 350 ms) · 10,000 services ${rows.find((r) => r.services === 10000)?.cliMs ?? '-'} ms (≤ 3,000 ms)`);
const startup = benchStartup();
console.log('');
console.log(startup === undefined ? 'startup: no dist/cli.js (npm run build)' : `startup (median of ${startup.runs}, interleaved): node -e 0 ${startup.nodeMs} ms · monopin --version ${startup.versionMs} ms (${startup.ratio}×; target ≤ 1.5×)`);

let peer: PeerRow | undefined;
if (process.argv.includes('--peer')) {
  // The plan-shaped fixture by default (the 10× target is set on it); BENCH_PEER_SERVICES=N for a generated one.
  const n = process.env.BENCH_PEER_SERVICES;
  peer = n ? await benchPeer(`${n} generated services`, (dir) => generateMonorepo(dir, Number(n))) : await benchPeer('plan-shaped, 46 services', generatePlanShaped);
  console.log('');
  console.log(`peer (${peer.label}, ${peer.files} files, median of 5 interleaved): monopin check ${peer.monopinMs} ms · Renovate 39 extract ${peer.renovateMs} ms → ${peer.ratio}× faster`);
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
await appendFile(RESULTS, `${JSON.stringify({ date: new Date().toISOString(), commit, node: process.version, rows, startup, peer, bump, advisories, wheels, metadataReads })}
`);
