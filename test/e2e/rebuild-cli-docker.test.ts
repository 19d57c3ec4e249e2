// `monopin rebuild` as a real process against dockerd, BuildKit and the registry: it builds and
// pushes in FROM order, warns about a --cache-from image without inline cache metadata, measures
// what it pushed against the latest it replaced, and exits 1 (with the failing image) when a build fails.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli-process.js';
import { ensureBaseImage, BASE_IMAGE } from '../support/docker/base-image.js';
import { DOCKER_ENV, REGISTRY, dockerSuiteRuns, requireDockerAndRegistry } from '../support/docker/daemon.js';
import { docker, removeLocalImages, writeTree } from '../support/docker/images.js';

const RUNS = dockerSuiteRuns('rebuild-cli-docker');

describe.skipIf(!RUNS)('monopin rebuild --push (the CLI process)', () => {
  const prefix = `${REGISTRY}/monopin-cli-${Date.now().toString(36)}-${process.pid}`;
  const repo = { base: `${prefix}/base`, app: `${prefix}/app` };
  let root = '';

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    removeLocalImages(Object.values(repo));
  });

  it('builds base then app, warns about a latest without inline cache, measures the push, and fails clearly on a broken build', async () => {
    requireDockerAndRegistry();
    await ensureBaseImage({ env: DOCKER_ENV, log: (line) => console.log(line) });
    // The base's current latest was pushed by hand, without BUILDKIT_INLINE_CACHE=1: nothing to reuse.
    expect(docker(['tag', BASE_IMAGE, `${repo.base}:latest`]).code).toBe(0);
    expect(docker(['push', `${repo.base}:latest`]).code).toBe(0);

    root = await mkdtemp(join(tmpdir(), 'monopin-rebuild-cli-'));
    const files: Record<string, string> = {
      'constraints.txt': 'six==1.16.0\n',
      '.github/monopin.yml': `constraints: constraints.txt\nimages:\n  base: { dockerfile: docker/base.Dockerfile, context: ., repository: ${repo.base} }\n  app: { dockerfile: app/Dockerfile, context: ., repository: ${repo.app} }\n`,
      // The run's prefix in each RUN: no other suite's build cache can serve these steps.
      'docker/base.Dockerfile': `FROM ${BASE_IMAGE}\nRUN echo ${prefix} > /etc/base-marker\n`,
      'app/Dockerfile': `FROM ${repo.base}:latest\nRUN cat /etc/base-marker > /app-marker\n`,
    };
    await writeTree(root, files);
    const env = { DOCKER_HOST: process.env.DOCKER_HOST, PATH: DOCKER_ENV.PATH };
    const run = await runCliProcess(['rebuild', '--root', root, '--push', '--network', 'host'], { env, timeoutMs: 180_000 });
    expect(run.code, run.stderr.slice(-3000)).toBe(0);
    expect(run.stdout).toMatch(/wave 1\n {2}base [\s\S]*wave 2\n {2}app /);
    expect(run.stderr).toMatch(new RegExp(`monopin: warning: base: ${repo.base.replace(/[.]/g, '\\.')}:latest has no inline cache metadata`));
    expect(run.stderr).toMatch(/no previous image .*app:latest: cold build/);
    expect(run.stderr).toMatch(/^base: [\d.]+ s, 0\/1 steps cached, pushed in [\d.]+ s$/m);
    // base replaced a latest of the same root layer plus one small layer; app is new.
    expect(run.stderr).toMatch(/^base: [\d.]+ MB → [\d.]+ MB compressed \(\+0\.00 MB, measured in the registry\)$/m);
    expect(run.stderr).toMatch(/^app: [\d.]+ s, 0\/1 steps cached, pushed in [\d.]+ s$/m);
    expect(run.stderr).toMatch(/^app: new image, [\d.]+ MB compressed/m);

    await writeFile(join(root, 'app/Dockerfile'), `FROM ${repo.base}:latest\nRUN exit 3\n`);
    const broken = await runCliProcess(['rebuild', '--root', root, '--network', 'host'], { env, timeoutMs: 180_000 });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/monopin: rebuild failed: app: `docker build .*` exited with 1/);
  }, 300_000);
});
