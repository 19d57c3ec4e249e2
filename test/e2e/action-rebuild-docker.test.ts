// The weekly job with `rebuild: true` and `push: true`, run as the bundled action against the GitHub
// emulator, a built package index, a real dockerd/BuildKit and a registry. The images were built
// and pushed once before (bigpkg 1.0, a 5 MB payload); the action bumps bigpkg to 2.0 (15 MB),
// rebuilds the three images in FROM order from the registry's inline cache, pushes them and
// writes build times, cached steps and the measured sizes beside the estimate into the PR body.
// The estimate must come within 10% of what docker and the registry measure.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFsReader } from '../../src/adapters/fs-reader.js';
import { runRebuildWaves, spawnExec } from '../../src/rebuild/runner.js';
import { loadConfig } from '../../src/load-config.js';
import { planRebuild } from '../../src/rebuild-command.js';
import { scanRepository } from '../../src/scan.js';
import { ensureBaseImage } from '../support/docker/base-image.js';
import { DOCKER_ENV, REGISTRY, dockerSuiteRuns, requireDockerAndRegistry } from '../support/docker/daemon.js';
import { BIGPKG_PAYLOAD, docker, imageSize, removeLocalImages, threeImageRepo, writeTree } from '../support/docker/images.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { git, makeRepo } from '../support/git-repo.js';
import { buildIndex } from '../support/package-index/build.js';
import { runAction } from '../support/run-action.js';

const RUNS = dockerSuiteRuns('action-rebuild-docker');

/** "+10.5 MB" → 10.5e6 bytes (the size section prints decimal megabytes). */
function megabytes(text: string): number {
  return Number(text.replace('−', '-').replace('+', '').replace(' MB', '')) * 1_000_000;
}


describe.skipIf(!RUNS)('the weekly job rebuilds and measures with rebuild: true', () => {
  const run = `${Date.now().toString(36)}-${process.pid}`;
  const prefix = `${REGISTRY}/monopin-action-${run}`;
  const { repo, files } = threeImageRepo(prefix, run, ["python-version: '3.11'", 'min-release-age: 0']);
  let root = '';
  let gh: GitHubEmulator | undefined;

  afterAll(async () => {
    await gh?.close();
    if (root) await rm(root, { recursive: true, force: true });
    removeLocalImages(Object.values(repo));
  });

  it('bumps bigpkg, rebuilds python-base → ai-base → agent from the inline cache, pushes, and the estimate meets the measurement', async () => {
    requireDockerAndRegistry();
    await ensureBaseImage({ env: DOCKER_ENV, log: (line) => console.log(line) });

    root = await mkdtemp(join(tmpdir(), 'monopin-action-rebuild-'));
    await writeTree(root, files);
    makeRepo(root);
    const old = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const index = await buildIndex(await mkdtemp(join(tmpdir(), 'monopin-action-rebuild-index-')), [
      { name: 'bigpkg', version: '1.0', payloadBytes: BIGPKG_PAYLOAD['1.0'], uploadTime: old },
      { name: 'bigpkg', version: '2.0', payloadBytes: BIGPKG_PAYLOAD['2.0'], uploadTime: old },
    ]);

    // The week before: built and pushed (date tag + latest) with inline cache.
    const config = await loadConfig({ root });
    const { workspace } = await scanRepository(createFsReader(root), config);
    const before = planRebuild({ workspace, config, now: new Date('2024-01-01T12:00:00Z') });
    await runRebuildWaves({ waves: before.matrix.waves, include: before.matrix.include, push: true, network: 'host', root, exec: (argv, env, o) => spawnExec(argv, { PATH: DOCKER_ENV.PATH ?? '', ...env }, o), log: () => undefined });
    const sizeBefore = imageSize(`${repo.python}:2024-01-01`);
    // A fresh runner: no build cache, no local images; only the registry and its inline cache.
    expect(docker(['builder', 'prune', '-af']).code).toBe(0);
    for (const r of Object.values(repo)) docker(['image', 'rm', '-f', `${r}:latest`, `${r}:2024-01-01`]);

    gh = await startGitHubEmulator();
    gh.addRepo({ owner: 'acme', name: 'mono', files: Object.fromEntries(Object.entries(files).filter((e): e is [string, string] => typeof e[1] === 'string')) });
    const action = await runAction({
      gh,
      workspace: root,
      eventName: 'schedule',
      payload: { schedule: '0 6 * * 1' },
      token: gh.token,
      inputs: { 'index-url': index.fileUrl, rebuild: 'true', push: 'true', 'build-network': 'host' },
      env: { DOCKER_HOST: process.env.DOCKER_HOST ?? '', PATH: DOCKER_ENV.PATH ?? '' },
    });
    expect(action.stdout).not.toMatch(/::error::/);
    expect(action.status, action.stdout.slice(-3000)).toBe(0);
    expect(action.outputs.bumps).toBe('1');
    expect(action.outputs['rebuild-waves']).toBe('3');
    const wave = (n: number) => (JSON.parse(action.outputs[`rebuild-matrix-wave-${n}`]!) as { include: { image: string }[] }).include.map((e) => e.image);
    expect([wave(1), wave(2), wave(3)]).toEqual([['python-base'], ['ai-base'], ['agent']]);

    const pr = [...gh.state.issues.values()].find((i) => i.pull?.head.ref === 'monopin/constraints');
    const body = pr?.body ?? '';
    // Build times and cached steps per image: venv and COPY wheels/ came from the registry's inline cache.
    const row = (image: string) => new RegExp(`\\| \`${image}\` \\| ([\\d.]+) s(?: \\(push [\\d.]+ s\\))? \\| (\\d+)/(\\d+) \\|`).exec(body);
    for (const image of ['python-base', 'ai-base', 'agent']) expect(row(image), body).not.toBeNull();
    expect(Number(row('python-base')![2])).toBeGreaterThanOrEqual(2);
    // The runner checked the cache sources: each latest carried inline cache metadata (no warning).
    expect(action.stdout).not.toMatch(/no inline cache metadata/);

    const today = new Date().toISOString().slice(0, 10);
    expect(docker(['image', 'inspect', `${repo.python}:${today}`]).code).toBe(0);

    // Estimated and measured side by side, in the size section.
    const size = /<!-- monopin:size -->([\s\S]*)<!-- \/monopin:size -->/.exec(body)?.[1] ?? '';
    // Folded, with the totals in its summary line.
    expect(size).toMatch(/<details><summary><b>Image size \(measured and estimated\)<\/b>: 3 images, \+[\d.]+ MB installed in total, \+[\d.]+ MB compressed measured<\/summary>/);
    const estimated = /\*\*python-base\*\*[^\n]*\n\n[^\n]*\nEstimated: ([+−][\d.]+ MB)(?:, [^ ]+)? installed, ([+−][\d.]+ MB) compressed/.exec(size);
    expect(estimated, size).not.toBeNull();
    // The exact figures are in the job log; the body rounds them to 0.1 MB.
    const logged = (re: RegExp): number => Number(re.exec(action.stdout)?.[1] ?? NaN);
    const estimatedInstalled = logged(/python-base: (-?\d+) installed bytes, -?\d+ compressed/);
    const estimatedCompressed = logged(/python-base: -?\d+ installed bytes, (-?\d+) compressed/);
    const measuredCompressed = logged(/python-base: (-?\d+) compressed bytes measured/);
    const inspectDelta = imageSize(`${repo.python}:${today}`) - sizeBefore;
    expect(megabytes(estimated![1]!)).toBeCloseTo(estimatedInstalled, -5);
    const measuredShown = /\*\*python-base\*\*[^\n]*\n\n\*\*Measured\*\*: [\d.]+ MB → [\d.]+ MB compressed: ([+−][\d.]+ MB)/.exec(size);
    expect(measuredShown, size).not.toBeNull();
    expect(megabytes(measuredShown![1]!)).toBeCloseTo(measuredCompressed, -5);
    const figures = { inspectDelta, estimatedInstalled, measuredCompressed, estimatedCompressed, builds: body.match(/^\| `[a-z-]+` \| [\d.]+ s.*$/gm) };
    console.log(`action-rebuild figures: ${JSON.stringify(figures)}`);
    expect(Math.abs(estimatedInstalled - inspectDelta)).toBeLessThanOrEqual(0.1 * inspectDelta);
    expect(Math.abs(estimatedCompressed - measuredCompressed)).toBeLessThanOrEqual(0.1 * measuredCompressed);
    expect(gh.violations).toEqual([]);
  }, 300_000);

  it('mode rebuild on the push that merges it, then on a push that changes one service: only what the push touched is built', async () => {
    requireDockerAndRegistry();
    expect(root, 'runs after the weekly job above').not.toBe('');
    const env = { DOCKER_HOST: process.env.DOCKER_HOST ?? '', PATH: DOCKER_ENV.PATH ?? '' };
    const pushEvent = async (before: string, message: string) => {
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', message);
      const after = git(root, 'rev-parse', 'HEAD');
      return runAction({ gh: gh!, workspace: root, eventName: 'push', payload: { ref: 'refs/heads/main', before, after }, token: gh!.token, inputs: { mode: 'rebuild', push: 'true', 'build-network': 'host' }, env });
    };

    // The merge: the weekly job left its edits in this checkout; committed, bigpkg 2.0 lands on main.
    const beforeMerge = git(root, 'rev-parse', 'HEAD');
    const merged = await pushEvent(beforeMerge, 'Bump 1 pin in constraints.txt');
    expect(merged.status, merged.stdout.slice(-3000)).toBe(0);
    expect(merged.stdout).toMatch(/1 changed pin\(s\): bigpkg; 2 changed file\(s\)/);
    expect(merged.outputs['rebuild-waves']).toBe('3');
    // Everything was built from these very files a moment ago: BuildKit's local cache serves every step.
    expect(merged.summary).toMatch(/\| `python-base` \| [\d.]+ s \(push [\d.]+ s\) \| 4\/4 \|/);

    // A push that only edits the agent's code: the agent alone, from the bases already in the registry.
    const beforeEdit = git(root, 'rev-parse', 'HEAD');
    await writeTree(root, { 'services/agent/app.py': 'import bigpkg\nprint("v2", bigpkg.__version__)\n' });
    const edited = await pushEvent(beforeEdit, 'agent: print v2');
    expect(edited.status, edited.stdout.slice(-3000)).toBe(0);
    expect(edited.stdout).toMatch(/0 changed pin\(s\): none; 1 changed file\(s\)/);
    expect(edited.outputs['rebuild-waves']).toBe('1');
    expect((JSON.parse(edited.outputs['rebuild-matrix']!) as { include: { image: string }[] }).include.map((e) => e.image)).toEqual(['agent']);
    expect(edited.summary).toMatch(/\| `agent` \| [\d.]+ s \(push [\d.]+ s\) \| 0\/1 \|/);
    expect(edited.summary).not.toMatch(/\| `python-base` \|/);
    // Measured against the latest it replaced: one small layer differs, the bases' layers are shared.
    expect(edited.summary).toMatch(/\*\*agent\*\* \(linux\/amd64\)\n\n\*\*Measured\*\*: [\d.]+ MB → [\d.]+ MB compressed: \+0\.00 MB, \+0\.0% \(1 layer new, 1 gone, [\d.]+ MB unchanged\)/);
    expect(docker(['run', '--rm', '--network', 'host', `${repo.agent}:latest`]).stdout).toBe('v2 2.0\n');
  }, 300_000);
});
