// Advisory lookups for 300 pins behind an OSV API that adds 50 ms to every request: one querybatch
// for all pins, then one GET per distinct advisory. The four real packages get the saved public records.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOsvClient } from '../src/advisories/osv-client.js';
import { scanAdvisories } from '../src/advisories/scan-advisories.js';
import { resolveConfig } from '../src/config.js';
import { createFsReader } from '../src/adapters/fs-reader.js';
import { scanRepository } from '../src/scan.js';
import { loadRecords, serveOsv } from '../test/support/osv-emulator.js';

export interface AdvisoryBenchRow {
  pins: number;
  latencyMs: number;
  ms: number;
  batchRequests: number;
  recordRequests: number;
  distinctAdvisories: number;
  vulnerablePins: number;
}

const REAL = ['requests==2.31.0', 'aiohttp==3.9.1', 'jinja2==3.1.2', 'urllib3==2.0.7'];

export async function benchAdvisories(pins = 300, latencyMs = 50): Promise<AdvisoryBenchRow> {
  const dir = await mkdtemp(join(tmpdir(), 'monopin-bench-osv-'));
  try {
    const synthetic = pins - REAL.length;
    // One advisory per tenth package, each also naming the package after it: fewer advisories than vulnerable pins.
    const records: object[] = await loadRecords('test/fixtures/osv');
    for (let i = 0; i < synthetic; i += 10) {
      const affected = [i, i + 1].filter((n) => n < synthetic).map((n) => ({ package: { ecosystem: 'PyPI', name: `pkg-${n}` }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.1.0' }] }] }));
      records.push({ id: `BENCH-${i}`, modified: '2026-01-01T00:00:00Z', summary: `synthetic advisory ${i}`, database_specific: { severity: 'HIGH' }, affected });
    }
    await mkdir(join(dir, 'docker/base'), { recursive: true });
    await writeFile(join(dir, 'docker/base/requirements-constraints.txt'), [...REAL, ...Array.from({ length: synthetic }, (_, i) => `pkg-${i}==1.0.0`)].join('\n') + '\n');
    const server = await serveOsv(records, { latencyMs });
    try {
      const config = resolveConfig({ constraints: 'docker/base/requirements-constraints.txt' });
      const { workspace } = await scanRepository(createFsReader(dir), config);
      const client = createOsvClient({ baseUrl: server.url });
      const started = performance.now();
      const { findings, report } = await scanAdvisories(workspace, config, client);
      const ms = performance.now() - started;
      if (report.warning !== undefined) throw new Error(report.warning);
      const stats = client.stats();
      const distinct = new Set(findings.flatMap((f) => (f.advisories ?? []).flatMap((a) => [a.id, ...a.aliases])));
      const fetched = server.requests.filter((r) => r.method === 'GET').map((r) => r.path.slice('/v1/vulns/'.length));
      return {
        pins: report.queried,
        latencyMs,
        ms: Math.round(ms),
        batchRequests: server.requests.filter((r) => r.path === '/v1/querybatch').length,
        recordRequests: stats.recordRequests,
        distinctAdvisories: new Set(fetched.filter((id) => distinct.has(id))).size,
        vulnerablePins: findings.length,
      };
    } finally {
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
