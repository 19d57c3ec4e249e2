// The BuildKit runner against a real dockerd and registry: a temp monorepo of python-base → ai-base →
// a service, built cold with inline cache and pushed; then bigpkg is bumped (5 MB → 15 MB payload)
// and everything rebuilt from the registry's inline cache alone (build cache pruned, local images
// removed, as on a fresh CI runner). Skipped when no daemon answers, unless MONOPIN_E2E=1.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFsReader } from '../../src/adapters/fs-reader.js';
import { buildImageGraph } from '../../src/build/images.js';
import { rebuildMatrix } from '../../src/build/matrix.js';
import { runRebuildWaves, spawnExec, type ImageBuildResult } from '../../src/build/runner.js';
import { rebuildWaves } from '../../src/build/waves.js';
import { loadConfig } from '../../src/load-config.js';
import { scanRepository } from '../../src/scan.js';
import { ensureBaseImage, BASE_IMAGE } from '../support/docker/base-image.js';
import { DOCKER_ENV as ENV, dockerAnswers, registryAnswers, REGISTRY, REQUIRED } from '../support/docker/daemon.js';
import { makeWheel, wheelFilename } from '../support/package-index/wheel.js';

const MB = 1024 * 1024;
const AVAILABLE = dockerAnswers() && registryAnswers();
if (!AVAILABLE && !REQUIRED) {
  console.warn(`rebuild-docker e2e skipped: no docker daemon (DOCKER_HOST=${process.env.DOCKER_HOST ?? 'default'}) or registry (${REGISTRY}) answers; run .ci/docker-up and set MONOPIN_E2E=1 to require it`);
}

function docker(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('docker', args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * MB, env: ENV });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
function imageSize(ref: string): number {
  const r = docker(['image', 'inspect', '--format', '{{.Size}}', ref]);
  if (r.code !== 0) throw new Error(`docker image inspect ${ref}: ${r.stderr}`);
  return Number(r.stdout.trim());
}
async function registryTags(repository: string): Promise<string[]> {
  const path = repository.slice(REGISTRY.length + 1);
  const response = await fetch(`http://${REGISTRY}/v2/${path}/tags/list`);
  if (!response.ok) return [];
  return ((await response.json()) as { tags: string[] | null }).tags ?? [];
}

async function writeTree(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/** `salt` (the run's id) keeps other suites' builds out of this one's BuildKit cache. */
function pythonBase(version: string, salt: string): string {
  return [
    `FROM ${BASE_IMAGE}`,
    `RUN python3 -m venv /opt/venv && echo ${salt} > /opt/venv/monopin-run`,
    'ENV PATH=/opt/venv/bin:$PATH',
    'COPY wheels/ /wheels/',
    'COPY constraints.txt /etc/monopin/constraints.txt',
    `RUN pip install --no-index --no-cache-dir --no-compile --find-links /wheels -c /etc/monopin/constraints.txt bigpkg==${version}`,
    '',
  ].join('\n');
}

describe.skipIf(!AVAILABLE && !REQUIRED)('monopin rebuild against dockerd, BuildKit and a registry', () => {
  const run = `${Date.now().toString(36)}-${process.pid}`;
  const prefix = `${REGISTRY}/monopin-e2e-${run}`;
  const repo = { python: `${prefix}/python-base`, ai: `${prefix}/ai-base`, agent: `${prefix}/agent` };
  let root = '';

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    for (const r of Object.values(repo)) {
      const tags = docker(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', r]).stdout.split('\n').filter(Boolean);
      if (tags.length > 0) docker(['image', 'rm', '-f', ...tags]);
    }
  });

  it('builds three waves cold and pushes; after a bump the early steps come from the inline cache, tags move and the size grows by the payload', async () => {
    expect(dockerAnswers(), `MONOPIN_E2E=1 but docker does not answer (DOCKER_HOST=${process.env.DOCKER_HOST ?? 'default'}); run .ci/docker-up`).toBe(true);
    expect(registryAnswers(), `MONOPIN_E2E=1 but no registry answers on ${REGISTRY}; run .ci/docker-up`).toBe(true);
    await ensureBaseImage({ env: ENV, log: (line) => console.log(line) });

    root = await mkdtemp(join(tmpdir(), 'monopin-rebuild-e2e-'));
    await writeTree(root, {
      'constraints.txt': 'bigpkg==1.0\n',
      '.github/monopin.yml': [
        'constraints: constraints.txt',
        'images:',
        `  python-base: { dockerfile: docker/python-base.Dockerfile, context: ., repository: ${repo.python} }`,
        `  ai-base: { dockerfile: docker/ai-base.Dockerfile, context: ., repository: ${repo.ai} }`,
        `  agent: { dockerfile: services/agent/Dockerfile, context: ., repository: ${repo.agent} }`,
        '',
      ].join('\n'),
      'docker/python-base.Dockerfile': pythonBase('1.0', run),
      'docker/ai-base.Dockerfile': `FROM ${repo.python}:latest\nRUN python3 -c "import bigpkg; print(bigpkg.__version__)" > /etc/bigpkg-version\n`,
      'services/agent/Dockerfile': `FROM ${repo.ai}:latest\nCOPY services/agent/app.py /app/app.py\nCMD ["python3", "/app/app.py"]\n`,
      'services/agent/app.py': 'import bigpkg\nprint(bigpkg.__version__)\n',
      [`wheels/${wheelFilename('bigpkg', '1.0')}`]: makeWheel({ name: 'bigpkg', version: '1.0', payloadBytes: 5 * MB }),
      [`wheels/${wheelFilename('bigpkg', '2.0')}`]: makeWheel({ name: 'bigpkg', version: '2.0', payloadBytes: 15 * MB }),
    });

    const plan = async (now: string) => {
      const config = await loadConfig({ root });
      const { workspace } = await scanRepository(createFsReader(root), config);
      const waves = rebuildWaves(buildImageGraph(workspace, config));
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
    await writeTree(root, { 'constraints.txt': 'bigpkg==2.0\n', 'docker/python-base.Dockerfile': pythonBase('2.0', run) });
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
