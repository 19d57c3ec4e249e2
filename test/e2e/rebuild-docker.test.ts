// The BuildKit runner against a real dockerd and registry: a temp monorepo of python-base → ai-base →
// a service, built cold with inline cache and pushed; then bigpkg is bumped (5 MB → 15 MB payload)
// and everything rebuilt from the registry's inline cache alone (build cache pruned, local images
// removed, as on a fresh CI runner). Skipped when no daemon answers, unless MONOPIN_E2E=1.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFsReader } from '../../src/adapters/fs-reader.js';
import { rebuildMatrix } from '../../src/rebuild/matrix.js';
import { imageGraph } from '../../src/model/types.js';
import { runRebuildWaves, spawnExec, type ImageBuildResult } from '../../src/rebuild/runner.js';
import { rebuildWaves } from '../../src/rebuild/waves.js';
import { loadConfig } from '../../src/load-config.js';
import { scanRepository } from '../../src/scan.js';
import { ensureBaseImage } from '../support/docker/base-image.js';
import { DOCKER_ENV as ENV, REGISTRY, dockerSuiteRuns, requireDockerAndRegistry } from '../support/docker/daemon.js';
import { docker, imageSize, pythonBaseDockerfile, removeLocalImages, threeImageRepo, writeTree } from '../support/docker/images.js';

const MB = 1024 * 1024;
const RUNS = dockerSuiteRuns('rebuild-docker');

async function registryTags(repository: string): Promise<string[]> {
  const path = repository.slice(REGISTRY.length + 1);
  const response = await fetch(`http://${REGISTRY}/v2/${path}/tags/list`);
  if (!response.ok) return [];
  return ((await response.json()) as { tags: string[] | null }).tags ?? [];
}

describe.skipIf(!RUNS)('monopin rebuild against dockerd, BuildKit and a registry', () => {
  const run = `${Date.now().toString(36)}-${process.pid}`;
  const prefix = `${REGISTRY}/monopin-e2e-${run}`;
  const { repo, files } = threeImageRepo(prefix, run);
  let root = '';

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    removeLocalImages(Object.values(repo));
  });

  it('builds three waves cold and pushes; after a bump the early steps come from the inline cache, tags move and the size grows by the payload', async () => {
    requireDockerAndRegistry();
    await ensureBaseImage({ env: ENV, log: (line) => console.log(line) });

    root = await mkdtemp(join(tmpdir(), 'monopin-rebuild-e2e-'));
    await writeTree(root, files);

    const plan = async (now: string) => {
      const config = await loadConfig({ root });
      const { workspace } = await scanRepository(createFsReader(root), config);
      const waves = rebuildWaves(imageGraph(workspace));
      return rebuildMatrix({ waves, config, now: new Date(now) });
    };
    const output: string[] = [];
    const rebuild = async (now: string): Promise<ImageBuildResult[]> => {
      const matrix = await plan(now);
      expect(matrix.waves.map((w) => w.map((e) => e.image))).toEqual([['python-base'], ['ai-base'], ['agent']]);
      output.length = 0;
      return runRebuildWaves({ waves: matrix.waves, include: matrix.include, push: true, network: 'host', root, exec: (argv, env, o) => spawnExec(argv, { PATH: ENV.PATH ?? '', ...env }, o), log: (line) => output.push(line) });
    };

    // Cold: nothing in BuildKit's cache, nothing in the registry under this run's prefix.
    expect(docker(['builder', 'prune', '-af']).code).toBe(0);
    const cold = await rebuild('2024-01-01T12:00:00Z');
    const coldOutput = output.join('\n');
    expect(cold.map((r) => r.image)).toEqual(['python-base', 'ai-base', 'agent']);
    expect(cold.every((r) => r.totalSteps > 0)).toBe(true);
    expect(cold.find((r) => r.image === 'python-base')!.cachedSteps, coldOutput).toBe(0);
    const sizeBefore = imageSize(`${repo.python}:2024-01-01`);

    // The bump: constraints and the inline pin.
    await writeTree(root, { 'constraints.txt': 'bigpkg==2.0\n', 'docker/python-base.Dockerfile': pythonBaseDockerfile('2.0', run) });
    // A fresh runner: no build cache and no local copies, only the registry's images and their inline cache.
    expect(docker(['builder', 'prune', '-af']).code).toBe(0);
    for (const r of Object.values(repo)) docker(['image', 'rm', '-f', `${r}:latest`, `${r}:2024-01-01`]);
    const warm = await rebuild('2024-01-02T12:00:00Z');
    const warmOutput = output.join('\n');

    const base = warm.find((r) => r.image === 'python-base')!;
    // RUN venv and COPY wheels/ are unchanged: both from the inline cache; COPY constraints and pip ran again.
    expect(base.cachedSteps, warmOutput).toBeGreaterThanOrEqual(2);
    expect(base.cachedSteps).toBeLessThan(base.totalSteps);
    expect(warmOutput).toMatch(/#(\d+) \[2\/5\] RUN python3 -m venv \/opt\/venv[\s\S]*#\1 CACHED/);

    for (const r of Object.values(repo)) {
      expect(docker(['image', 'inspect', `${r}:2024-01-02`]).code).toBe(0);
      expect(docker(['image', 'inspect', `${r}:latest`]).code).toBe(0);
      expect(await registryTags(r)).toEqual(expect.arrayContaining(['2024-01-01', '2024-01-02', 'latest']));
    }
    // latest moved to the new build.
    const id = (ref: string) => docker(['image', 'inspect', '--format', '{{.Id}}', ref]).stdout.trim();
    expect(id(`${repo.python}:latest`)).toBe(id(`${repo.python}:2024-01-02`));
    // The previous dated tag still resolves (rollback = re-tag): pull it back from the registry.
    expect(docker(['pull', `${repo.python}:2024-01-01`]).code).toBe(0);
    expect(id(`${repo.python}:2024-01-01`)).not.toBe(id(`${repo.python}:latest`));

    const delta = imageSize(`${repo.python}:2024-01-02`) - sizeBefore;
    const figures = {
      coldSeconds: Object.fromEntries(cold.map((r) => [r.image, Number(r.seconds.toFixed(1))])),
      warmSeconds: Object.fromEntries(warm.map((r) => [r.image, Number(r.seconds.toFixed(1))])),
      warmCached: Object.fromEntries(warm.map((r) => [r.image, `${r.cachedSteps}/${r.totalSteps}`])),
      pythonBaseDeltaBytes: delta,
    };
    console.log(`rebuild-docker figures: ${JSON.stringify(figures)}`);
    expect(Math.abs(delta - 10 * MB)).toBeLessThanOrEqual(0.1 * 10 * MB);
  }, 240_000);
});
