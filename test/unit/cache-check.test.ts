// The inline-cache check as data: which image configs carry BuildKit's metadata, which refs are
// local, how registry answers become notes, and how the runner logs and returns them. The
// registry is a fake RegistryClient here; test/integration/registry-config.test.ts runs the real
// client against a local server.
import { describe, expect, it } from 'vitest';
import { checkCacheSources, inlineCacheOf, INLINE_CACHE_KEY } from '../../src/rebuild/cache-check.js';
import { isRemoteImage } from '../../src/registry/ref.js';
import type { MatrixEntry } from '../../src/rebuild/matrix.js';
import { runRebuildWaves, type Exec } from '../../src/rebuild/runner.js';
import { ManifestUnknownError, RegistryError, type RegistryClient } from '../../src/registry/client.js';

describe('inlineCacheOf', () => {
  it.each([
    ['BuildKit with BUILDKIT_INLINE_CACHE=1 (base64 JSON)', { architecture: 'amd64', [INLINE_CACHE_KEY]: 'W3siZGlnZXN0Ijoic2hhMjU2OmFiYyJ9XQ==' }, true],
    ['the key holding an object', { [INLINE_CACHE_KEY]: { records: [] } }, true],
    ['docker import / plain build: no key', { architecture: 'amd64', os: 'linux', config: { Cmd: ['python3'] } }, false],
    ['an empty string', { [INLINE_CACHE_KEY]: '' }, false],
    ['null', { [INLINE_CACHE_KEY]: null }, false],
    ['the key only inside config (not where BuildKit writes it)', { config: { [INLINE_CACHE_KEY]: 'abc' } }, false],
    ['a label of that name', { config: { Labels: { [INLINE_CACHE_KEY]: 'abc' } } }, false],
  ])('%s', (_name, config, expected) => {
    expect(inlineCacheOf(config)).toBe(expected);
  });
});

describe('isRemoteImage', () => {
  it.each([
    ['python-base:latest', true],
    ['agent', true],
    ['agent@sha256:' + 'a'.repeat(64), true],
    ['ghcr.io/org/img:latest', false],
    ['127.0.0.1:5000/img:latest', false],
    ['localhost/img:latest', false],
    ['myuser/app:latest', false],
  ])('%s local: %s', (ref, expected) => {
    expect(isRemoteImage(ref)).toBe(!expected);
  });
});

const REPO = 'ghcr.io/org/svc';
function entry(over: Partial<MatrixEntry> = {}): MatrixEntry {
  return {
    image: 'svc',
    dockerfile: 'svc/Dockerfile',
    context: '.',
    tags: [`${REPO}:latest`],
    cacheFrom: [`${REPO}:latest`],
    platform: 'linux/arm64',
    wave: 1,
    repository: REPO,
    ...over,
  };
}

/** Answers per ref: a config, or something to throw. */
function fakeRegistry(answers: Record<string, Record<string, unknown> | { throws: unknown }>, asked: string[] = []): RegistryClient {
  return {
    imageSize: () => Promise.reject(new Error('not used')),
    imageConfig: async (ref, platform) => {
      asked.push(`${ref} ${platform}`);
      const a = answers[ref];
      if (a === undefined) throw new Error(`unexpected ref ${ref}`);
      if ('throws' in a) throw a.throws;
      return a;
    },
  };
}

describe('checkCacheSources', () => {
  const WITH = { [INLINE_CACHE_KEY]: 'W10=' };
  const WITHOUT = { architecture: 'amd64' };

  it.each([
    ['metadata present', WITH, []],
    [
      'metadata missing',
      WITHOUT,
      [{ level: 'warning', ref: `${REPO}:latest`, message: `${REPO}:latest has no inline cache metadata (built without BUILDKIT_INLINE_CACHE=1): BuildKit will cache nothing from it; rebuild it once with monopin rebuild, or push it with --build-arg BUILDKIT_INLINE_CACHE=1` }],
    ],
    ['no such tag', { throws: new ManifestUnknownError('manifest unknown (latest)', `${REPO}:latest`, 404) }, [{ level: 'info', ref: `${REPO}:latest`, message: `no previous image ${REPO}:latest: cold build` }]],
    [
      'a 404 that is not the manifest (the config blob)',
      { throws: new RegistryError('config blob sha256:abc unknown to the registry', `${REPO}:latest`, 404) },
      [{ level: 'warning', ref: `${REPO}:latest`, message: `could not check the inline cache of ${REPO}:latest: config blob sha256:abc unknown to the registry (HTTP 404)` }],
    ],
    [
      'auth refused',
      { throws: new RegistryError('authentication required and no credentials configured', `${REPO}:latest`, 401) },
      [{ level: 'warning', ref: `${REPO}:latest`, message: `could not check the inline cache of ${REPO}:latest: authentication required and no credentials configured (HTTP 401)` }],
    ],
    ['something else thrown', { throws: new TypeError('boom') }, [{ level: 'warning', ref: `${REPO}:latest`, message: `could not check the inline cache of ${REPO}:latest: boom` }]],
    ['a non-Error thrown', { throws: 'weird' }, [{ level: 'warning', ref: `${REPO}:latest`, message: `could not check the inline cache of ${REPO}:latest: weird` }]],
  ])('%s', async (_name, answer, expected) => {
    const asked: string[] = [];
    expect(await checkCacheSources(entry(), fakeRegistry({ [`${REPO}:latest`]: answer }, asked))).toEqual(expected);
    expect(asked).toEqual([`${REPO}:latest linux/arm64`]);
  });

  it('skips local-only refs and registry-cache entries without asking', async () => {
    const asked: string[] = [];
    const registry = fakeRegistry({}, asked);
    expect(await checkCacheSources(entry({ cacheFrom: ['svc:latest'], tags: ['svc:latest'], repository: 'svc' }), registry)).toEqual([]);
    expect(await checkCacheSources(entry({ cacheFrom: [`${REPO}:buildcache`], cacheTo: `${REPO}:buildcache` }), registry)).toEqual([]);
    expect(asked).toEqual([]);
  });
});

describe('runRebuildWaves with a registry', () => {
  const exec: Exec = async () => ({ code: 0, stdout: '', stderr: '#5 [2/2] RUN true\n#5 DONE 0.1s\n' });
  const waves = [[{ image: 'svc' }], [{ image: 'app' }]];
  const include = [
    entry(),
    entry({ image: 'app', cacheFrom: ['ghcr.io/org/app:latest'], tags: ['ghcr.io/org/app:latest'], repository: 'ghcr.io/org/app', wave: 2 }),
  ];
  const answers = {
    [`${REPO}:latest`]: { architecture: 'amd64' },
    'ghcr.io/org/app:latest': { throws: new ManifestUnknownError('manifest unknown (latest)', 'ghcr.io/org/app:latest', 404) },
  };

  it('logs warnings through log.warning and info notes through log.info, before the build, and returns them', async () => {
    const lines: string[] = [];
    const results = await runRebuildWaves({
      waves,
      include,
      client: 'classic',
      push: false,
      exec,
      registry: fakeRegistry(answers),
      log: { info: (l) => lines.push(`info ${l}`), warning: (l) => lines.push(`warning ${l}`) },
    });
    expect(results.map((r) => r.cacheNotes.map((n) => n.level))).toEqual([['warning'], ['info']]);
    expect(lines[0]).toBe(`warning svc: ${REPO}:latest has no inline cache metadata (built without BUILDKIT_INLINE_CACHE=1): BuildKit will cache nothing from it; rebuild it once with monopin rebuild, or push it with --build-arg BUILDKIT_INLINE_CACHE=1`);
    expect(lines[1]).toMatch(/^info \$ DOCKER_BUILDKIT=1 docker build /);
    const app = lines.findIndex((l) => l === 'info app: no previous image ghcr.io/org/app:latest: cold build');
    expect(app).toBeGreaterThan(1);
    expect(lines[app + 1]).toMatch(/^info \$ DOCKER_BUILDKIT=1 docker build .* ghcr\.io\/org\/app:latest/);
  });

  it('prefixes warnings with "warning: " when the log has no warning channel', async () => {
    const lines: string[] = [];
    await runRebuildWaves({ waves, include, client: 'classic', push: false, exec, registry: fakeRegistry(answers), log: (l) => lines.push(l) });
    expect(lines).toContain(`warning: svc: ${REPO}:latest has no inline cache metadata (built without BUILDKIT_INLINE_CACHE=1): BuildKit will cache nothing from it; rebuild it once with monopin rebuild, or push it with --build-arg BUILDKIT_INLINE_CACHE=1`);
    expect(lines).toContain('app: no previous image ghcr.io/org/app:latest: cold build');
  });

  it('without a registry: no check, empty cacheNotes, the same log as before', async () => {
    const lines: string[] = [];
    const results = await runRebuildWaves({ waves, include, client: 'classic', push: false, exec, log: (l) => lines.push(l) });
    expect(results.map((r) => r.cacheNotes)).toEqual([[], []]);
    expect(lines.filter((l) => /inline cache metadata|no previous image|^warning/.test(l))).toEqual([]);
    expect(lines[0]).toMatch(/^\$ DOCKER_BUILDKIT=1 docker build /);
  });
});
