// The inline-cache check against a real dockerd and registry: the `docker import`ed base image
// pushed as is (no BuildKit metadata: a warning), a tiny image built FROM it by BuildKit with
// BUILDKIT_INLINE_CACHE=1 (metadata: no note), the same built without it (a warning), and a tag
// that was never pushed (an info note). Also records what the registry's config blob holds under
// moby.buildkit.cache.v0. Skipped when no daemon answers, unless MONOPIN_E2E=1.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCacheSources, INLINE_CACHE_KEY, inlineCacheOf } from '../../src/rebuild/cache-check.js';
import type { MatrixEntry } from '../../src/rebuild/matrix.js';
import { createRegistryClient } from '../../src/registry/client.js';
import { BASE_IMAGE, ensureBaseImage, run } from '../support/docker/base-image.js';
import { DOCKER_ENV as ENV, REGISTRY, dockerSuiteRuns, requireDockerAndRegistry } from '../support/docker/daemon.js';

const RUNS = dockerSuiteRuns('cache-metadata-docker');

async function docker(args: string[], env: Record<string, string> = {}): Promise<string> {
  const r = await run(['docker', ...args], { env: { ...ENV, ...env }, timeoutMs: 300_000 });
  if (r.code !== 0) throw new Error(`docker ${args.join(' ')} exited with ${r.code}: ${r.stderr.slice(-2000)}`);
  return r.stdout;
}

describe.skipIf(!RUNS)('inline cache metadata on a real registry', () => {
  const run_ = `${Date.now().toString(36)}-${process.pid}`;
  const repository = `${REGISTRY}/monopin-e2e-cachemeta-${run_}/python`;
  const ref = { imported: `${repository}:imported`, inline: `${repository}:inline`, plain: `${repository}:plain`, missing: `${repository}:never-pushed` };
  const entry = (cacheFrom: string): MatrixEntry => ({ image: 'python', dockerfile: 'Dockerfile', context: '.', tags: [`${repository}:latest`], cacheFrom: [cacheFrom], platform: 'linux/amd64', wave: 1, repository });
  let dir = '';

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    await run(['docker', 'image', 'rm', '-f', ref.imported, ref.inline, ref.plain], { env: ENV });
  });

  it('warns for an image without BuildKit metadata, says nothing for one built with BUILDKIT_INLINE_CACHE=1, notes a missing tag', async () => {
    requireDockerAndRegistry();
    await ensureBaseImage({ env: ENV, log: (line) => console.log(line) });
    const registry = createRegistryClient({ insecureHosts: [REGISTRY] });

    // The imported base image, pushed as it is.
    await docker(['tag', BASE_IMAGE, ref.imported]);
    await docker(['push', ref.imported]);

    // A tiny image FROM it, built by BuildKit with and without inline cache metadata.
    dir = await mkdtemp(join(tmpdir(), 'monopin-cachemeta-'));
    await writeFile(join(dir, 'Dockerfile'), `FROM ${BASE_IMAGE}\nRUN echo ${run_} > /etc/monopin-cachemeta\n`);
    const build = (tag: string, extra: string[]) => docker(['build', '--progress=plain', '--network=host', ...extra, '--tag', tag, dir], { DOCKER_BUILDKIT: '1' });
    await build(ref.inline, ['--build-arg', 'BUILDKIT_INLINE_CACHE=1']);
    await build(ref.plain, []);
    await docker(['push', ref.inline]);
    await docker(['push', ref.plain]);

    const configs = {
      imported: await registry.imageConfig(ref.imported),
      inline: await registry.imageConfig(ref.inline),
      plain: await registry.imageConfig(ref.plain),
    };
    const value = configs.inline[INLINE_CACHE_KEY];
    const decoded: unknown = typeof value === 'string' ? JSON.parse(Buffer.from(value, 'base64').toString('utf8')) : undefined;
    console.log(
      `cache-metadata-docker: top-level config keys ${JSON.stringify(Object.fromEntries(Object.entries(configs).map(([k, c]) => [k, Object.keys(c).sort()])))}; ` +
        `${INLINE_CACHE_KEY} is ${typeof value} (${typeof value === 'string' ? value.length : 0} chars, base64 of ${Array.isArray(decoded) ? `a JSON array of ${decoded.length} records` : typeof decoded})`,
    );
    // Where BuildKit writes the metadata: a top-level key of the image config, a base64 string.
    expect(typeof value).toBe('string');
    expect(decoded).toBeTypeOf('object');
    expect(Object.keys(configs.imported)).not.toContain(INLINE_CACHE_KEY);
    expect(Object.keys(configs.plain)).not.toContain(INLINE_CACHE_KEY);
    expect(JSON.stringify((configs.inline as { config?: unknown }).config ?? {})).not.toContain(INLINE_CACHE_KEY);
    expect([inlineCacheOf(configs.imported), inlineCacheOf(configs.inline), inlineCacheOf(configs.plain)]).toEqual([false, true, false]);

    const warning = (r: string) => ({
      level: 'warning',
      ref: r,
      message: `${r} has no inline cache metadata (built without BUILDKIT_INLINE_CACHE=1): BuildKit will cache nothing from it; rebuild it once with monopin rebuild, or push it with --build-arg BUILDKIT_INLINE_CACHE=1`,
    });
    expect(await checkCacheSources(entry(ref.imported), registry)).toEqual([warning(ref.imported)]);
    expect(await checkCacheSources(entry(ref.plain), registry)).toEqual([warning(ref.plain)]);
    expect(await checkCacheSources(entry(ref.inline), registry)).toEqual([]);
    expect(await checkCacheSources(entry(ref.missing), registry)).toEqual([{ level: 'info', ref: ref.missing, message: `no previous image ${ref.missing}: cold build` }]);
  }, 300_000);
});
