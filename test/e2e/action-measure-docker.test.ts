// Measured sizes on a pull request: CI has pushed the base branch's image as `latest` and the PR's as
// `pr-<n>` (config measure); the action reads both manifests from a real registry and puts the
// compressed delta, per layer and in total, in the sticky comment — with no index configured, so
// the measurement stands alone.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REGISTRY, dockerSuiteRuns, requireDockerAndRegistry } from '../support/docker/daemon.js';
import { docker, writeTree } from '../support/docker/images.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { git, makeRepo } from '../support/git-repo.js';
import { pseudoRandomBytes } from '../support/package-index/wheel.js';
import { runAction } from '../support/run-action.js';

const MB = 1024 * 1024;
const RUNS = dockerSuiteRuns('action-measure-docker');

/** A one-layer image of `bytes` incompressible bytes, imported from a tarball and pushed. */
async function pushImage(ref: string, bytes: number, dir: string): Promise<void> {
  const rootfs = await mkdtemp(join(dir, 'rootfs-'));
  await writeFile(join(rootfs, 'payload.bin'), pseudoRandomBytes(bytes, ref));
  const tar = `${rootfs}.tar`;
  expect(spawnSync('tar', ['-C', rootfs, '-cf', tar, '.']).status).toBe(0);
  const imported = docker(['import', tar, ref]);
  expect(imported.code, imported.stderr).toBe(0);
  const pushed = docker(['push', ref]);
  expect(pushed.code, pushed.stderr).toBe(0);
}

describe.skipIf(!RUNS)('measured sizes on a pull request', () => {
  const repository = `${REGISTRY}/monopin-measure-${Date.now().toString(36)}-${process.pid}/python-base`;
  let dir = '';
  let gh: GitHubEmulator | undefined;
  let pr = 0;

  afterAll(async () => {
    await gh?.close();
    docker(['image', 'rm', '-f', `${repository}:latest`, `${repository}:pr-${pr}`]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reads latest and pr-<n> from the registry and shows the compressed delta per layer and in total', async () => {
    requireDockerAndRegistry();
    dir = await mkdtemp(join(tmpdir(), 'monopin-measure-'));
    gh = await startGitHubEmulator();
    gh.addRepo({ owner: 'acme', name: 'mono' });
    pr = gh.addPullRequest({ owner: 'acme', repo: 'mono', head: 'bump', files: { 'constraints.txt': 'bigpkg==2.0\n' } }).number;
    // What CI pushed: the base branch's image as latest (1 MiB payload), the PR's as pr-<n> (3 MiB).
    await pushImage(`${repository}:latest`, 1 * MB, dir);
    await pushImage(`${repository}:pr-${pr}`, 3 * MB, dir);

    const workspace = join(dir, 'repo');
    const files: Record<string, string> = {
      'constraints.txt': 'bigpkg==1.0\n',
      '.github/monopin.yml': `constraints: constraints.txt\nimages:\n  python-base: { dockerfile: docker/python-base.Dockerfile, context: ., repository: ${repository} }\nmeasure: { base: latest, head: 'pr-{pr}' }\n`,
      'docker/python-base.Dockerfile': 'FROM python:3.11-slim\nCOPY constraints.txt /c.txt\nRUN pip install -c /c.txt bigpkg\n',
    };
    await writeTree(workspace, files);
    const base = makeRepo(workspace);
    await writeFile(join(workspace, 'constraints.txt'), 'bigpkg==2.0\n');
    git(workspace, 'commit', '-qam', 'bump bigpkg');
    const head = git(workspace, 'rev-parse', 'HEAD');

    const repo = { full_name: 'acme/mono', name: 'mono', owner: { login: 'acme' } };
    const payload = { action: 'synchronize', number: pr, pull_request: { number: pr, base: { ref: 'main', sha: base, repo }, head: { ref: 'bump', sha: head, repo } }, repository: repo };

    const run = await runAction({ gh, workspace, eventName: 'pull_request', payload, token: gh.token });
    expect(run.stdout).not.toMatch(/::warning::.*measured/);
    const comment = [...gh.state.comments.values()].find((c) => c.issueNumber === pr)?.body ?? '';
    expect(comment).toContain('Image size (measured)');
    const measured = /\*\*Measured\*\*: ([\d.]+) MB → ([\d.]+) MB compressed: \+([\d.]+) MB, \+([\d.]+)% \(1 layer new, 1 gone, 0\.0 MB unchanged\)/.exec(comment);
    expect(measured, comment).not.toBeNull();
    // gzip of random bytes is the bytes plus a little: 1 MiB → 3 MiB is +2.1 MB decimal.
    expect(Number(measured![3])).toBeCloseTo(2.1, 1);
    const logged = Number(/python-base: (\d+) compressed bytes measured/.exec(run.stdout)?.[1]);
    expect(Math.abs(logged - 2 * MB)).toBeLessThan(0.01 * 2 * MB);
    expect(comment).toMatch(/<details><summary>Layers \(compressed, .*python-base:latest → .*python-base:pr-\d+\)<\/summary>/);

    // The same PR, now changing only the Dockerfile (the pin back as on main): nothing to estimate,
    // but the image the Dockerfile builds is still measured.
    await writeTree(workspace, { 'constraints.txt': 'bigpkg==1.0\n', 'docker/python-base.Dockerfile': `${files['docker/python-base.Dockerfile']}RUN echo tuned\n` });
    git(workspace, 'commit', '-qam', 'tune the base image only');
    const head2 = git(workspace, 'rev-parse', 'HEAD');
    const payload2 = { ...payload, pull_request: { ...payload.pull_request, head: { ...payload.pull_request.head, sha: head2 } } };
    const run2 = await runAction({ gh, workspace, eventName: 'pull_request', payload: payload2, token: gh.token });
    expect(run2.stdout).toMatch(/0 changed pin\(s\): none/);
    expect(run2.stdout).toMatch(/python-base: \d+ compressed bytes measured/);
    const comment2 = [...gh.state.comments.values()].find((c) => c.issueNumber === pr)?.body ?? '';
    expect(comment2).toMatch(/\*\*python-base\*\* \(linux\/amd64\)\n\n\*\*Measured\*\*: [\d.]+ MB → [\d.]+ MB compressed: \+2\.1 MB/);
    expect(gh.violations).toEqual([]);
  }, 120_000);
});
