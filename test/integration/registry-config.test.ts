// imageConfig and the cache-source check against a local registry that wants a Bearer token (like
// GHCR) and sends some config blobs to a second "storage" server with a 307 (like S3-backed
// registries): the storage host must never see the registry's Authorization header.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkCacheSources, INLINE_CACHE_KEY } from '../../src/rebuild/cache-check.js';
import type { MatrixEntry } from '../../src/rebuild/matrix.js';
import { createRegistryClient, ManifestUnknownError, MEDIA_TYPES, RegistryError } from '../../src/registry/client.js';

const sha256 = (b: string | Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const D = (c: string) => `sha256:${c.repeat(64)}`;

// Config blobs as BuildKit and `docker import` write them (trimmed).
const CACHED_CONFIG = JSON.stringify({
  architecture: 'amd64',
  os: 'linux',
  config: { Cmd: ['python3'] },
  rootfs: { type: 'layers', diff_ids: [D('1')] },
  [INLINE_CACHE_KEY]: Buffer.from(JSON.stringify([{ digest: D('2') }])).toString('base64'),
});
const PLAIN_CONFIG = JSON.stringify({ architecture: 'amd64', os: 'linux', config: { Cmd: ['python3'] }, rootfs: { type: 'layers', diff_ids: [D('1')] } });
const MOVED_CONFIG = JSON.stringify({ architecture: 'amd64', os: 'linux', [INLINE_CACHE_KEY]: 'W3siZGlnZXN0IjoieCJ9XQ==', moved: true });
const MOVED2_CONFIG = JSON.stringify({ architecture: 'amd64', os: 'linux', moved: 'twice' });
const ARRAY_CONFIG = '[1,2]';
const NOT_JSON = 'not json {';

function manifestFor(config: string | { digest: string; size: number }): string {
  const desc = typeof config === 'string' ? { digest: sha256(config), size: Buffer.byteLength(config) } : config;
  return JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.dockerManifest,
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', ...desc },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: D('9'), size: 1000 }],
  });
}

const cachedManifest = manifestFor(CACHED_CONFIG);
const MANIFESTS: Record<string, string> = {
  cached: cachedManifest,
  [sha256(cachedManifest)]: cachedManifest,
  plain: manifestFor(PLAIN_CONFIG),
  moved: manifestFor(MOVED_CONFIG),
  'moved-twice': manifestFor(MOVED2_CONFIG),
  'redirect-loop': manifestFor({ digest: D('8'), size: 10 }),
  corrupt: manifestFor({ digest: sha256('something else'), size: 14 }),
  noblob: manifestFor({ digest: D('a'), size: 10 }),
  notjson: manifestFor(NOT_JSON),
  array: manifestFor(ARRAY_CONFIG),
  md5: manifestFor({ digest: `md5:${'a'.repeat(32)}`, size: 10 }),
  index: JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [{ mediaType: MEDIA_TYPES.dockerManifest, digest: sha256(cachedManifest), size: cachedManifest.length, platform: { os: 'linux', architecture: 'amd64' } }],
  }),
  dangling: JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [{ mediaType: MEDIA_TYPES.dockerManifest, digest: D('b'), size: 100, platform: { os: 'linux', architecture: 'amd64' } }],
  }),
};
const BLOBS: Record<string, string> = {
  [sha256(CACHED_CONFIG)]: CACHED_CONFIG,
  [sha256(PLAIN_CONFIG)]: PLAIN_CONFIG,
  [sha256('something else')]: 'tampered bytes',
  [sha256(NOT_JSON)]: NOT_JSON,
  [sha256(ARRAY_CONFIG)]: ARRAY_CONFIG,
};

interface Seen {
  server: 'registry' | 'storage';
  path: string;
  auth?: string;
}

describe('imageConfig and checkCacheSources (local registry + storage)', () => {
  let registry: Server;
  let storage: Server;
  let host = '';
  let storageOrigin = '';
  const seen: Seen[] = [];

  const record = (server: Seen['server'], req: IncomingMessage) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push({ server, path: url.pathname + url.search, ...(req.headers.authorization !== undefined && { auth: req.headers.authorization }) });
    return url;
  };

  beforeAll(async () => {
    registry = createServer((req: IncomingMessage, res: ServerResponse) => {
      const url = record('registry', req);
      if (url.pathname === '/token') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `tok:${url.searchParams.get('scope')}` }));
        return;
      }
      const m = /^\/v2\/(.+)\/(manifests|blobs)\/(.+)$/.exec(url.pathname);
      if (!m) return void res.writeHead(404).end();
      const [, name, kind, ref] = m as unknown as [string, string, string, string];
      if (name === 'private/img' || req.headers.authorization !== `Bearer tok:repository:${name}:pull`) {
        res
          .writeHead(401, { 'www-authenticate': `Bearer realm="http://${host}/token",service="test",scope="repository:${name}:pull"` })
          .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        return;
      }
      if (kind === 'manifests') {
        const body = MANIFESTS[ref];
        if (!body) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
        res.writeHead(200, { 'content-type': JSON.parse(body).mediaType as string }).end(body);
        return;
      }
      if (ref === sha256(MOVED_CONFIG)) {
        res.writeHead(307, { location: `${storageOrigin}/blobs/${ref}?X-Amz-Signature=s3cr3t` }).end();
        return;
      }
      // Same origin first (a mirror path that still wants the token), then storage.
      if (ref === sha256(MOVED2_CONFIG) && !url.searchParams.has('mirror')) return void res.writeHead(302, { location: `${url.pathname}?mirror=1` }).end();
      if (ref === sha256(MOVED2_CONFIG)) return void res.writeHead(307, { location: `${storageOrigin}/blobs/${ref}?X-Amz-Signature=s3cr3t` }).end();
      if (ref === D('8')) return void res.writeHead(307, { location: `/v2/${name}/blobs/${D('8')}` }).end();
      const blob = BLOBS[ref];
      if (!blob) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"BLOB_UNKNOWN"}]}');
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(blob);
    });
    storage = createServer((req, res) => {
      const url = record('storage', req);
      const blob = [MOVED_CONFIG, MOVED2_CONFIG].find((b) => url.pathname === `/blobs/${sha256(b)}`);
      if (url.searchParams.get('X-Amz-Signature') !== 's3cr3t' || !blob) return void res.writeHead(403).end();
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(blob);
    });
    await new Promise<void>((r) => registry.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => storage.listen(0, '127.0.0.1', r));
    host = `127.0.0.1:${(registry.address() as AddressInfo).port}`;
    // Another host name, as a storage bucket is: only the origin decides whether credentials go along.
    storageOrigin = `http://localhost:${(storage.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await Promise.all([new Promise((r) => registry.close(r)), new Promise((r) => storage.close(r))]);
  });
  beforeEach(() => {
    seen.length = 0;
  });

  const client = () => createRegistryClient({ insecureHosts: ['127.0.0.1:*'] });

  it('reads the config blob after the token dance, reusing the token, and checks nothing more', async () => {
    const config = await client().imageConfig(`${host}/org/img:cached`);
    expect(config).toEqual(JSON.parse(CACHED_CONFIG));
    expect(seen.map((s) => s.path)).toEqual([
      '/v2/org/img/manifests/cached',
      '/token?service=test&scope=repository%3Aorg%2Fimg%3Apull',
      '/v2/org/img/manifests/cached',
      `/v2/org/img/blobs/${sha256(CACHED_CONFIG)}`,
    ]);
    expect(seen[3]!.auth).toBe('Bearer tok:repository:org/img:pull');
  });

  it('follows an index to the platform manifest, as imageSize does', async () => {
    const c = client();
    expect(await c.imageConfig(`${host}/org/img:index`, 'linux/amd64')).toEqual(JSON.parse(CACHED_CONFIG));
    expect((await c.imageSize(`${host}/org/img:index`)).digest).toBe(sha256(cachedManifest));
    await expect(c.imageConfig(`${host}/org/img:index`, 'linux/arm64')).rejects.toThrow(/no manifest for platform linux\/arm64/);
  });

  it('follows a 307 to storage without the Authorization header, and a same-origin 302 with it', async () => {
    expect(await client().imageConfig(`${host}/org/img:moved`)).toEqual(JSON.parse(MOVED_CONFIG));
    const toStorage = seen.filter((s) => s.server === 'storage');
    expect(toStorage).toEqual([{ server: 'storage', path: `/blobs/${sha256(MOVED_CONFIG)}?X-Amz-Signature=s3cr3t` }]);

    seen.length = 0;
    expect(await client().imageConfig(`${host}/org/img:moved-twice`)).toEqual(JSON.parse(MOVED2_CONFIG));
    const hops = seen.filter((s) => s.path.includes('/blobs/'));
    expect(hops.map((s) => [s.server, s.path.replace(/sha256:\w+/, 'D'), s.auth])).toEqual([
      ['registry', '/v2/org/img/blobs/D', 'Bearer tok:repository:org/img:pull'],
      ['registry', '/v2/org/img/blobs/D?mirror=1', 'Bearer tok:repository:org/img:pull'],
      ['storage', '/blobs/D?X-Amz-Signature=s3cr3t', undefined],
    ]);
  });

  it('a missing tag is ManifestUnknownError (404); every other failure a plain RegistryError naming the ref', async () => {
    const c = client();
    const missing = await c.imageConfig(`${host}/org/img:gone`).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ManifestUnknownError);
    expect(missing).toMatchObject({ status: 404, ref: `${host}/org/img:gone` });

    const cases: [string, RegExp, number | undefined][] = [
      ['dangling', /index names sha256:b{64} for linux\/amd64, which the registry does not have/, 404],
      ['noblob', /config blob sha256:a{64} unknown to the registry/, 404],
      ['corrupt', /config blob sha256:[0-9a-f]{64}: digest mismatch \(got sha256:[0-9a-f]{64}, 14 bytes\)/, undefined],
      ['notjson', /config blob sha256:[0-9a-f]{64} is not JSON/, undefined],
      ['array', /config blob sha256:[0-9a-f]{64} is not a JSON object/, undefined],
      ['md5', /config blob md5:a{32}: unsupported digest algorithm/, undefined],
      ['redirect-loop', /more than 5 redirects/, 307],
    ];
    for (const [tag, message, status] of cases) {
      const err = await c.imageConfig(`${host}/org/img:${tag}`).catch((e: unknown) => e);
      expect(err, tag).toBeInstanceOf(RegistryError);
      expect(err, tag).not.toBeInstanceOf(ManifestUnknownError);
      expect((err as RegistryError).message, tag).toMatch(message);
      expect((err as RegistryError).message.startsWith(`${host}/org/img:${tag}: `), tag).toBe(true);
      expect((err as RegistryError).status, tag).toBe(status);
    }
  });

  it('checkCacheSources: info for a missing image, warnings for no metadata and for registry errors, nothing for a good source', async () => {
    const entry = (cacheFrom: string[], extra: Partial<MatrixEntry> = {}): MatrixEntry => ({
      image: 'svc',
      dockerfile: 'Dockerfile',
      context: '.',
      tags: [`${host}/org/img:latest`],
      cacheFrom,
      platform: 'linux/amd64',
      wave: 1,
      repository: `${host}/org/img`,
      ...extra,
    });
    const notes = await checkCacheSources(
      entry([`${host}/org/img:cached`, `${host}/org/img:moved`, `${host}/org/img:gone`, `${host}/org/img:plain`, `${host}/private/img:latest`, 'svc:latest']),
      client(),
    );
    expect(notes).toEqual([
      { level: 'info', ref: `${host}/org/img:gone`, message: `no previous image ${host}/org/img:gone: cold build` },
      {
        level: 'warning',
        ref: `${host}/org/img:plain`,
        message: `${host}/org/img:plain has no inline cache metadata (built without BUILDKIT_INLINE_CACHE=1): BuildKit will cache nothing from it; rebuild it once with monopin rebuild, or push it with --build-arg BUILDKIT_INLINE_CACHE=1`,
      },
      {
        level: 'warning',
        ref: `${host}/private/img:latest`,
        message: `could not check the inline cache of ${host}/private/img:latest: authentication required and no credentials configured (HTTP 401)`,
      },
    ]);
    // The local-only ref was never asked for.
    expect(seen.some((s) => s.path.includes('/svc/'))).toBe(false);

    seen.length = 0;
    expect(await checkCacheSources(entry([`${host}/org/img:buildcache`], { cacheTo: `${host}/org/img:buildcache` }), client())).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('an unreachable registry is a warning, not a throw', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const ref = `127.0.0.1:${port}/org/img:latest`;
    const notes = await checkCacheSources(
      { image: 'svc', dockerfile: 'Dockerfile', context: '.', tags: [ref], cacheFrom: [ref], platform: 'linux/amd64', wave: 1, repository: `127.0.0.1:${port}/org/img` },
      client(),
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ level: 'warning', ref });
    expect(notes[0]!.message).toMatch(new RegExp(`^could not check the inline cache of ${ref.replace(/[.]/g, '\\.')}: GET http://127\\.0\\.0\\.1:${port}/v2/org/img/manifests/latest failed: `));
  });
});
