// The OCI distribution client (src/registry): pure parsing (refs, WWW-Authenticate challenges,
// platform picking) without network; the Bearer token flow against a local server that demands a
// token; and compressed sizes of two tiny images pushed to a real registry (127.0.0.1:5000), checked
// against the registry's own manifest JSON read independently. The registry part is skipped when no
// registry answers, unless MONOPIN_E2E=1.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseChallenge, parseChallenges } from '../../src/registry/challenge.js';
import { createRegistryClient, MEDIA_TYPES } from '../../src/registry/client.js';
import { registryClientFromConfig } from '../../src/registry/from-config.js';
import { RegistryError } from '../../src/registry/errors.js';
import { pickPlatform, type IndexEntry } from '../../src/registry/platform.js';
import { parseImageRef } from '../../src/registry/ref.js';

const MIB = 1024 * 1024;
const D = (c: string) => `sha256:${c.repeat(64)}`;

describe('parseImageRef', () => {
  it.each([
    ['python', { registry: 'registry-1.docker.io', repository: 'library/python', tag: 'latest', reference: 'latest' }],
    ['python:3.12-slim', { registry: 'registry-1.docker.io', repository: 'library/python', tag: '3.12-slim', reference: '3.12-slim' }],
    ['org/img', { registry: 'registry-1.docker.io', repository: 'org/img', tag: 'latest', reference: 'latest' }],
    ['docker.io/library/redis:7', { registry: 'registry-1.docker.io', repository: 'library/redis', tag: '7', reference: '7' }],
    ['docker.io/redis', { registry: 'registry-1.docker.io', repository: 'library/redis', tag: 'latest', reference: 'latest' }],
    ['ghcr.io/org/img:tag', { registry: 'ghcr.io', repository: 'org/img', tag: 'tag', reference: 'tag' }],
    ['ghcr.io/org/team/img', { registry: 'ghcr.io', repository: 'org/team/img', tag: 'latest', reference: 'latest' }],
    ['127.0.0.1:5000/x:1', { registry: '127.0.0.1:5000', repository: 'x', tag: '1', reference: '1' }],
    ['localhost/x/y:dev', { registry: 'localhost', repository: 'x/y', tag: 'dev', reference: 'dev' }],
    ['localhost:5000/x', { registry: 'localhost:5000', repository: 'x', tag: 'latest', reference: 'latest' }],
    [`ghcr.io/org/img@${D('a')}`, { registry: 'ghcr.io', repository: 'org/img', digest: D('a'), reference: D('a') }],
    [`org/img:1.0@${D('b')}`, { registry: 'registry-1.docker.io', repository: 'org/img', tag: '1.0', digest: D('b'), reference: D('b') }],
  ])('%s', (input, expected) => {
    expect(parseImageRef(input)).toEqual(expected);
  });

  it.each(['', 'UPPER/img', 'ghcr.io/org/img:bad tag', 'img@sha256:short', 'ghcr.io/'])('rejects %j', (input) => {
    expect(() => parseImageRef(input)).toThrow();
  });
});

describe('parseChallenge', () => {
  it('reads GHCR and Docker Hub Bearer challenges', () => {
    expect(parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/img:pull"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:org/img:pull' },
    });
    expect(
      parseChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/python:pull"'),
    ).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/python:pull' },
    });
  });
  it('keeps commas and escapes inside quoted values, allows spaces and unquoted tokens', () => {
    expect(parseChallenge('bearer Realm = "http://h/t" , scope="repository:a/b:pull,push", service=reg, error="x\\"y"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'http://h/t', scope: 'repository:a/b:pull,push', service: 'reg', error: 'x"y' },
    });
  });
  it('reads Basic and several challenges in one header (Bearer preferred)', () => {
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic', params: { realm: 'Registry Realm' } });
    expect(parseChallenges('Basic realm="r", Bearer realm="https://t/x",service="s"')).toEqual([
      { scheme: 'basic', params: { realm: 'r' } },
      { scheme: 'bearer', params: { realm: 'https://t/x', service: 's' } },
    ]);
    expect(parseChallenge('Basic realm="r", Bearer realm="https://t/x"')?.scheme).toBe('bearer');
    expect(parseChallenge('')).toBeUndefined();
  });
});

describe('pickPlatform', () => {
  // Shaped like a buildx-pushed OCI index (python:3.12-slim style) with attestation manifests.
  const index: { manifests: IndexEntry[] } = {
    manifests: [
      { mediaType: MEDIA_TYPES.ociManifest, digest: D('1'), size: 1613, platform: { architecture: 'amd64', os: 'linux' } },
      { mediaType: MEDIA_TYPES.ociManifest, digest: D('2'), size: 1613, platform: { architecture: 'arm', os: 'linux', variant: 'v5' } },
      { mediaType: MEDIA_TYPES.ociManifest, digest: D('3'), size: 1613, platform: { architecture: 'arm', os: 'linux', variant: 'v7' } },
      { mediaType: MEDIA_TYPES.ociManifest, digest: D('4'), size: 1613, platform: { architecture: 'arm64', os: 'linux', variant: 'v8' } },
      { mediaType: MEDIA_TYPES.ociManifest, digest: D('5'), size: 1613, platform: { architecture: '386', os: 'linux' } },
      {
        mediaType: MEDIA_TYPES.ociManifest,
        digest: D('6'),
        size: 839,
        platform: { architecture: 'unknown', os: 'unknown' },
        annotations: { 'vnd.docker.reference.digest': D('1'), 'vnd.docker.reference.type': 'attestation-manifest' },
      },
      { mediaType: MEDIA_TYPES.ociManifest, digest: D('7'), size: 1613, platform: { architecture: 'amd64', os: 'windows', 'os.version': '10.0.20348.2227' } },
    ],
  };
  it.each([
    ['linux/amd64', D('1')],
    ['linux/arm64', D('4')],
    ['linux/arm64/v8', D('4')],
    ['linux/arm/v7', D('3')],
    ['linux/arm/v5', D('2')],
    ['linux/386', D('5')],
    ['windows/amd64', D('7')],
  ])('%s', (platform, digest) => {
    expect(pickPlatform(index.manifests, platform)?.digest).toBe(digest);
  });
  it('finds nothing for a platform the index lacks, and never picks an attestation', () => {
    expect(pickPlatform(index.manifests, 'linux/s390x')).toBeUndefined();
    expect(pickPlatform(index.manifests, 'linux/arm/v6')).toBeUndefined();
    expect(pickPlatform(index.manifests, 'unknown/unknown')).toBeUndefined();
  });
  it('prefers the entry without a variant (or with the default one) when none is asked', () => {
    const m: IndexEntry[] = [
      { digest: D('a'), size: 1, platform: { os: 'linux', architecture: 'arm64', variant: 'v9' } },
      { digest: D('b'), size: 1, platform: { os: 'linux', architecture: 'arm64' } },
    ];
    expect(pickPlatform(m, 'linux/arm64')?.digest).toBe(D('b'));
    expect(pickPlatform(m, 'linux/arm64/v8')?.digest).toBe(D('b'));
    expect(pickPlatform(m, 'linux/arm64/v9')?.digest).toBe(D('a'));
  });
});

// A registry that wants a Bearer token from its own /token realm (like GHCR), serving an index for
// linux/amd64 + linux/arm64 and one manifest each.
describe('Bearer token flow (local server)', () => {
  let server: Server;
  let host: string;
  const seen: { path: string; auth?: string; accept?: string }[] = [];
  const amd64 = JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociManifest,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: D('c'), size: 1234 },
    layers: [
      { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: D('d'), size: 30_000_000 },
      { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: D('e'), size: 4_567 },
    ],
  });
  const amd64Digest = `sha256:${createHashHex(amd64)}`;
  const index = JSON.stringify({
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.ociIndex,
    manifests: [
      { mediaType: MEDIA_TYPES.ociManifest, digest: D('f'), size: 10, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
      { mediaType: MEDIA_TYPES.ociManifest, digest: amd64Digest, size: amd64.length, platform: { os: 'linux', architecture: 'amd64' } },
    ],
  });
  const GOOD = 'Basic ' + Buffer.from('bot:s3cret').toString('base64');

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      seen.push({ path: url.pathname + url.search, auth: req.headers.authorization, accept: req.headers.accept });
      if (url.pathname === '/token') {
        const scope = url.searchParams.get('scope');
        if (url.searchParams.get('service') !== 'test-registry' || !scope?.startsWith('repository:')) {
          res.writeHead(400).end();
          return;
        }
        const auth = req.headers.authorization;
        if (scope.includes('private/') && auth !== GOOD) {
          res.writeHead(401).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: `tok:${scope}`, expires_in: 300 }));
        return;
      }
      const m = /^\/v2\/(.+)\/manifests\/(.+)$/.exec(url.pathname);
      if (!m) {
        res.writeHead(404).end();
        return;
      }
      const [, name, ref] = m;
      if (req.headers.authorization !== `Bearer tok:repository:${name}:pull`) {
        res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${host}/token",service="test-registry",scope="repository:${name}:pull"`,
            'content-type': 'application/json',
          })
          .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        return;
      }
      if (ref === 'v1') {
        res.writeHead(200, { 'content-type': MEDIA_TYPES.ociIndex }).end(index);
      } else if (ref === amd64Digest) {
        res.writeHead(200, { 'content-type': MEDIA_TYPES.ociManifest }).end(amd64);
      } else {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"MANIFEST_UNKNOWN"}]}');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
  });

  it('gets an anonymous token from the realm, retries, follows the index to the platform manifest', async () => {
    seen.length = 0;
    const client = createRegistryClient({ insecureHosts: ['127.0.0.1:*'] });
    const size = await client.imageSize(`${host}/org/img:v1`);
    expect(size).toEqual({
      ref: `${host}/org/img:v1`,
      digest: amd64Digest,
      platform: 'linux/amd64',
      layers: [
        { digest: D('d'), size: 30_000_000 },
        { digest: D('e'), size: 4_567 },
      ],
      configSize: 1234,
      compressedBytes: 30_000_000 + 4_567 + 1234,
    });
    expect(seen.map((s) => s.path)).toEqual([
      '/v2/org/img/manifests/v1',
      '/token?service=test-registry&scope=repository%3Aorg%2Fimg%3Apull',
      '/v2/org/img/manifests/v1',
      `/v2/org/img/manifests/${amd64Digest}`, // token reused: no second 401
    ]);
    expect(seen[1]!.auth).toBeUndefined();
    expect(seen[0]!.accept).toContain(MEDIA_TYPES.ociIndex);
    expect(seen[0]!.accept).toContain(MEDIA_TYPES.dockerList);
    expect(seen[0]!.accept).toContain(MEDIA_TYPES.ociManifest);
    expect(seen[0]!.accept).toContain(MEDIA_TYPES.dockerManifest);
  });

  it('sends basic auth from options to the token realm', async () => {
    seen.length = 0;
    const size = await createRegistryClient({ insecureHosts: ['127.0.0.1:*'], auth: { username: 'bot', password: 's3cret' } }).imageSize(
      `${host}/private/img:v1`,
    );
    expect(size.compressedBytes).toBe(30_005_801);
    expect(seen[1]!.auth).toBe(GOOD);
  });

  it('takes credentials per host from the config, the password from the named variable, else the fallback', async () => {
    const registries = { [host]: { username: 'bot', passwordEnv: 'MONOPIN_TEST_REGISTRY_TOKEN' } };
    seen.length = 0;
    const fromEnv = registryClientFromConfig({ registries }, { MONOPIN_TEST_REGISTRY_TOKEN: 's3cret' });
    expect((await fromEnv.imageSize(`${host}/private/img:v1`)).compressedBytes).toBe(30_005_801);
    expect(seen[1]!.auth).toBe(GOOD);
    // Variable unset: no password from the config, so the fallback for this host answers.
    const fallback = registryClientFromConfig({ registries }, {}, { [host]: { username: 'bot', password: 's3cret' } });
    expect((await fallback.imageSize(`${host}/private/img:v1`)).compressedBytes).toBe(30_005_801);
    // Neither: anonymous, and the registry says no.
    await expect(registryClientFromConfig({ registries }, {}).imageSize(`${host}/private/img:v1`)).rejects.toMatchObject({ status: 401 });
    // Credentials of another host are never sent here.
    const other = registryClientFromConfig({ registries: { 'ghcr.io': { username: 'bot', passwordEnv: 'T' } } }, { T: 's3cret' });
    await expect(other.imageSize(`${host}/private/img:v1`)).rejects.toMatchObject({ status: 401 });
  });

  it('401 without credentials, rejected credentials, 404, missing platform: RegistryError with ref and status', async () => {
    const anon = createRegistryClient({ insecureHosts: ['127.0.0.1:*'] });
    const err = await anon.imageSize(`${host}/private/img:v1`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RegistryError);
    expect(err).toMatchObject({ ref: `${host}/private/img:v1`, status: 401 });
    expect((err as Error).message).toMatch(/no credentials configured/);

    const bad = createRegistryClient({ insecureHosts: ['127.0.0.1:*'], auth: { username: 'bot', password: 'nope' } });
    await expect(bad.imageSize(`${host}/private/img:v1`)).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/credentials rejected/) });

    const e404 = await anon.imageSize(`${host}/org/img:gone`).catch((e: unknown) => e);
    expect(e404).toMatchObject({ ref: `${host}/org/img:gone`, status: 404, message: expect.stringMatching(/manifest unknown/) });

    await expect(anon.imageSize(`${host}/org/img:v1`, 'linux/s390x')).rejects.toThrow(/no manifest for platform linux\/s390x \(index has: linux\/arm64\/v8, linux\/amd64\)/);
  });
});

function createHashHex(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

// ---------------------------------------------------------------------------------------------
// Real registry: two tiny images from `docker import`, the second with 1 MiB of random bytes more.
const REQUIRED = process.env.MONOPIN_E2E === '1';
const REGISTRY = process.env.MONOPIN_E2E_REGISTRY ?? '127.0.0.1:5000';
const DOCKER = process.env.MONOPIN_E2E_DOCKER_DIR
  ? join(process.env.MONOPIN_E2E_DOCKER_DIR, 'docker')
  : existsSync('/usr/bin/docker')
    ? '/usr/bin/docker'
    : 'docker';
const ENV: NodeJS.ProcessEnv = { ...process.env, DOCKER_HOST: process.env.DOCKER_HOST ?? 'unix:///tmp/dockerd.sock' };

function registryAnswers(): boolean {
  const r = spawnSync('curl', ['-fsS', '-o', '/dev/null', '--max-time', '5', `http://${REGISTRY}/v2/`], { timeout: 10_000 });
  return r.status === 0;
}
const AVAILABLE = registryAnswers();
if (!AVAILABLE && !REQUIRED) {
  console.warn(`registry-manifest e2e skipped: no registry answers on http://${REGISTRY}/v2/; run .ci/docker-up and set MONOPIN_E2E=1 to require it`);
}

function sh(cmd: string, args: string[], input?: Buffer): string {
  const r = spawnSync(cmd, args, { env: ENV, timeout: 120_000, maxBuffer: 64 * MIB, ...(input ? { input } : {}) });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr?.toString() ?? r.error?.message}`);
  return r.stdout.toString();
}

describe.runIf(AVAILABLE || REQUIRED)('compressed sizes from a real registry', () => {
  let dir: string;
  const tag = `${Date.now().toString(36)}`;
  const small = `${REGISTRY}/monopin-test/tiny:${tag}`;
  const big = `${REGISTRY}/monopin-test/tiny-1mib:${tag}`;

  beforeAll(async () => {
    expect(registryAnswers(), `MONOPIN_E2E=1 but no registry answers on ${REGISTRY}; run .ci/docker-up`).toBe(true);
    dir = await mkdtemp(join(tmpdir(), 'monopin-registry-'));
    const a = join(dir, 'a');
    await mkdir(join(a, 'etc'), { recursive: true });
    await writeFile(join(a, 'etc', 'hello.txt'), 'hello from monopin\n');
    const b = join(dir, 'b');
    await mkdir(join(b, 'etc'), { recursive: true });
    await mkdir(join(b, 'data'));
    await writeFile(join(b, 'etc', 'hello.txt'), 'hello from monopin\n');
    await writeFile(join(b, 'data', 'random.bin'), randomBytes(MIB));
    for (const [src, ref] of [
      [a, small],
      [b, big],
    ] as const) {
      const tar = spawnSync('tar', ['-c', '--owner=0', '--group=0', '--numeric-owner', '-C', src, '.'], { maxBuffer: 64 * MIB });
      if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr.toString()}`);
      sh(DOCKER, ['import', '-', ref], tar.stdout);
      sh(DOCKER, ['push', ref]);
    }
  }, 180_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    spawnSync(DOCKER, ['image', 'rm', small, big], { env: ENV });
  });

  // The registry's manifest, read without the client: what `docker manifest inspect` shows.
  async function rawManifest(ref: string) {
    const [repoPath, t] = [ref.slice(REGISTRY.length + 1, ref.lastIndexOf(':')), ref.slice(ref.lastIndexOf(':') + 1)];
    const res = await fetch(`http://${REGISTRY}/v2/${repoPath}/manifests/${t}`, {
      headers: { accept: `${MEDIA_TYPES.dockerManifest}, ${MEDIA_TYPES.ociManifest}` },
    });
    expect(res.status).toBe(200);
    return {
      digest: res.headers.get('docker-content-digest'),
      json: (await res.json()) as { config: { size: number }; layers: { digest: string; size: number }[] },
    };
  }

  it('compressedBytes = layers + config from the manifest, and 1 MiB of random data adds ≈ 1 MiB', async () => {
    const client = createRegistryClient({ insecureHosts: [REGISTRY, 'localhost:*'] });
    const sizes = [];
    for (const ref of [small, big]) {
      const got = await client.imageSize(ref);
      const raw = await rawManifest(ref);
      const expected = raw.json.layers.reduce((s, l) => s + l.size, raw.json.config.size);
      expect(got.digest).toBe(raw.digest);
      expect(got.layers).toEqual(raw.json.layers.map((l) => ({ digest: l.digest, size: l.size })));
      expect(got.configSize).toBe(raw.json.config.size);
      expect(got.compressedBytes).toBe(expected);
      sizes.push(got);
      console.log(`registry-manifest: ${ref} layers=${got.layers.map((l) => l.size).join('+')} config=${got.configSize} compressedBytes=${got.compressedBytes}`);
    }
    const delta = sizes[1]!.compressedBytes - sizes[0]!.compressedBytes;
    console.log(`registry-manifest: delta ${delta} bytes for ${MIB} random bytes (${((delta / MIB - 1) * 100).toFixed(3)}% over)`);
    expect(delta).toBeGreaterThanOrEqual(MIB);
    expect(delta).toBeLessThan(MIB + 16 * 1024);

    const byDigest = await client.imageSize(`${small.slice(0, small.lastIndexOf(':'))}@${sizes[0]!.digest}`);
    expect(byDigest.compressedBytes).toBe(sizes[0]!.compressedBytes);
    await expect(client.imageSize(`${REGISTRY}/monopin-test/tiny:no-such-tag`)).rejects.toMatchObject({ status: 404 });
  });
});
