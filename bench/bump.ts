// The bump at 300 pinned packages behind an index that adds 50 ms to every request:
// wall time, project requests (must equal the distinct pinned packages) and metadata requests.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBump } from '../src/bump-command.js';
import { resolveConfig } from '../src/config.js';
import { buildIndex, type IndexRelease } from '../test/support/package-index/build.js';
import { serveIndex } from '../test/support/package-index/server.js';

export interface BumpBenchRow {
  packages: number;
  latencyMs: number;
  ms: number;
  projectRequests: number;
  metadataRequests: number;
  bumps: number;
}

export async function benchBump(packages = 300, latencyMs = 50): Promise<BumpBenchRow> {
  const dir = await mkdtemp(join(tmpdir(), 'monopin-bench-bump-'));
  try {
    const old = new Date(Date.now() - 90 * 86_400_000).toISOString();
    const releases: IndexRelease[] = [];
    for (let i = 0; i < packages; i++) {
      const name = `pkg-${i}`;
      // Every tenth package needs the next one at its newest version: the planner has co-installability work to do.
      const needs = i % 10 === 0 && i + 1 < packages ? [`pkg-${i + 1}>=2.0`] : [];
      for (const version of ['1.0.0', '1.1.0', '2.0.0']) releases.push({ name, version, uploadTime: old, requiresDist: version === '2.0.0' ? needs : [] });
    }
    const index = await buildIndex(join(dir, 'index'), releases);
    const repo = join(dir, 'repo');
    await mkdir(join(repo, 'docker/base'), { recursive: true });
    await writeFile(join(repo, 'docker/base/requirements-constraints.txt'), Array.from({ length: packages }, (_, i) => `pkg-${i}==1.0.0\n`).join(''));
    for (let s = 0; s < 50; s++) {
      await mkdir(join(repo, `services/s${s}`), { recursive: true });
      const lines = Array.from({ length: 12 }, (_, k) => `pkg-${(s * 7 + k * 13) % packages}${k % 3 === 0 ? '<2' : '>=1'}`);
      await writeFile(join(repo, `services/s${s}/requirements.txt`), `${lines.join('\n')}\n`);
    }
    const server = await serveIndex(index.dir, { latencyMs });
    try {
      const config = resolveConfig({ constraints: 'docker/base/requirements-constraints.txt' });
      config.bump = { ...config.bump, indexUrl: server.url, minReleaseAgeDays: 0 };
      const started = performance.now();
      const { prepared } = await runBump({ root: repo, config, format: 'json', write: false, pythonVersion: '3.12', log: () => {} });
      const ms = performance.now() - started;
      const metadataRequests = server.requests.filter((r) => r.path.endsWith('.metadata')).length;
      return { packages, latencyMs, ms: Math.round(ms), projectRequests: server.requests.length - metadataRequests, metadataRequests, bumps: prepared.plan.bumps.length };
    } finally {
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
