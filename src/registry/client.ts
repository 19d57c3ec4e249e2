// A small OCI distribution (registry v2) client that reads just enough to size an image: the
// manifest for one platform (through an index / manifest list when the tag is multi-platform),
// whose layer and config descriptors carry their compressed sizes. No layer is downloaded; only
// imageConfig fetches a blob, the small config JSON.
//
// Auth follows what GHCR and Docker Hub do: an anonymous request gets 401 with
// `WWW-Authenticate: Bearer realm=…,service=…,scope=…`; a token is fetched from the realm (with
// basic auth when credentials are configured) and the request retried once. A `Basic` challenge
// is answered with basic auth directly.
//
// Redirects are followed by hand: registries send blobs to storage (S3, a CDN) with a 307 to a
// signed URL, and the registry's Authorization header must not travel to that other host.
import { createHash } from 'node:crypto';
import { parseChallenge, type Challenge } from './challenge.js';
import { RegistryError } from './errors.js';
import { formatPlatform, pickPlatform, type IndexEntry } from './platform.js';
import { hostMatches, parseImageRef, type ImageRef } from './ref.js';

export { RegistryError } from './errors.js';
export { parseImageRef, type ImageRef } from './ref.js';
export { parseChallenge, parseChallenges, type Challenge } from './challenge.js';
export { pickPlatform, type IndexEntry } from './platform.js';

export const MEDIA_TYPES = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;
const ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest].join(', ');

export interface RegistryClientOptions {
  fetch?: typeof fetch;
  /** Basic-auth credentials: one pair for every registry, or per registry host (`ghcr.io`, `127.0.0.1:5000`). */
  auth?: Credentials | ((registry: string) => Credentials | undefined);
  /** Hosts reached over plain http:// ('127.0.0.1:5000', 'localhost:*'). */
  insecureHosts?: string[];
}

export interface Credentials {
  username: string;
  password: string;
}

export interface LayerSize {
  digest: string;
  size: number;
}

export interface ImageSize {
  ref: string;
  /** Digest of the platform's image manifest (not of the index). */
  digest: string;
  platform: string;
  layers: LayerSize[];
  configSize: number;
  /** Sum of compressed layer sizes plus the config blob: the bytes a pull of this platform fetches (manifest aside). */
  compressedBytes: number;
}

export interface RegistryClient {
  imageSize(ref: string, platform?: string): Promise<ImageSize>;
  /**
   * The platform's image config (the JSON `docker image inspect` shows under `Config`, with
   * `history`, `rootfs` and BuildKit's own top-level keys), its digest checked.
   * @throws ManifestUnknownError when the tag or digest does not exist; RegistryError otherwise
   */
  imageConfig(ref: string, platform?: string): Promise<Record<string, unknown>>;
}

/** The asked tag or digest has no manifest (404): for a cache source, "no previous image". */
export class ManifestUnknownError extends RegistryError {}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
}
interface ManifestJson {
  mediaType?: string;
  schemaVersion?: number;
  manifests?: IndexEntry[];
  config?: Descriptor;
  layers?: Descriptor[];
}

export function createRegistryClient(options: RegistryClientOptions = {}): RegistryClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const insecure = options.insecureHosts ?? [];
  // Authorization header per registry+repository, reused across calls.
  const authCache = new Map<string, string>();

  const credentials = (registry: string) => (typeof options.auth === 'function' ? options.auth(registry) : options.auth);
  const basic = (registry: string) => {
    const c = credentials(registry);
    return c ? `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}` : undefined;
  };

  async function fetchToken(challenge: Challenge, image: ImageRef, display: string): Promise<string> {
    const realm = challenge.params['realm'];
    if (!realm) throw new RegistryError('Bearer challenge without a realm', display, 401);
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new RegistryError(`Bearer realm "${realm}" is not a URL`, display, 401);
    }
    if (challenge.params['service']) url.searchParams.set('service', challenge.params['service']);
    url.searchParams.set('scope', challenge.params['scope'] ?? `repository:${image.repository}:pull`);
    const headers: Record<string, string> = {};
    const b = basic(image.registry);
    if (b) headers['authorization'] = b;
    let res: Response;
    try {
      res = await doFetch(url, { headers });
    } catch (err) {
      throw new RegistryError(`token request to ${url.origin}${url.pathname} failed: ${(err as Error).message}`, display);
    }
    if (!res.ok) {
      const what = b ? 'credentials rejected by the token service' : 'anonymous token refused (no credentials configured)';
      throw new RegistryError(`${what} at ${url.origin}${url.pathname}`, display, res.status);
    }
    const body = (await res.json().catch(() => ({}))) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new RegistryError(`token service at ${url.origin}${url.pathname} returned no token`, display, res.status);
    return `Bearer ${token}`;
  }

  async function get(image: ImageRef, path: string, display: string, accept = ACCEPT): Promise<Response> {
    const scheme = hostMatches(image.registry, insecure) ? 'http' : 'https';
    const url = `${scheme}://${image.registry}/v2/${image.repository}/${path}`;
    const origin = new URL(url).origin;
    const key = `${image.registry}/${image.repository}`;
    const send = async (authorization: string | undefined) => {
      let target = new URL(url);
      for (let hops = 0; ; hops++) {
        const headers: Record<string, string> = { accept };
        // Only the registry itself sees its credentials; a storage host gets a signed URL and nothing else.
        if (authorization && target.origin === origin) headers['authorization'] = authorization;
        let res: Response;
        try {
          res = await doFetch(target.href, { headers, redirect: 'manual' });
        } catch (err) {
          throw new RegistryError(`GET ${redactQuery(target)} failed: ${(err as Error).message}`, display);
        }
        const location = REDIRECTS.has(res.status) ? res.headers.get('location') : null;
        if (location === null) return res;
        await res.body?.cancel();
        if (hops >= MAX_REDIRECTS) throw new RegistryError(`more than ${MAX_REDIRECTS} redirects from ${url}`, display, res.status);
        try {
          target = new URL(location, target);
        } catch {
          throw new RegistryError(`redirect from ${redactQuery(target)} to an invalid location`, display, res.status);
        }
        if (target.protocol !== 'https:' && target.protocol !== 'http:') {
          throw new RegistryError(`redirect from ${redactQuery(target)} to a ${target.protocol} URL`, display, res.status);
        }
      }
    };
    let res = await send(authCache.get(key));
    if (res.status !== 401) return res;
    const header = res.headers.get('www-authenticate');
    const challenge = header ? parseChallenge(header) : undefined;
    let authorization: string | undefined;
    if (challenge?.scheme === 'bearer') {
      authorization = await fetchToken(challenge, image, display);
    } else if (challenge?.scheme === 'basic' || !challenge) {
      authorization = basic(image.registry);
      if (!authorization) {
        throw new RegistryError('authentication required and no credentials configured', display, 401);
      }
    } else {
      throw new RegistryError(`unsupported auth scheme "${challenge.scheme}"`, display, 401);
    }
    await res.body?.cancel();
    res = await send(authorization);
    if (res.status === 401) {
      throw new RegistryError(
        credentials(image.registry) ? 'credentials rejected (401 after authenticating)' : 'authentication required and no credentials configured',
        display,
        401,
      );
    }
    authCache.set(key, authorization);
    return res;
  }

  async function manifest(image: ImageRef, reference: string, display: string): Promise<{ json: ManifestJson; digest: string; mediaType: string }> {
    const res = await get(image, `manifests/${reference}`, display);
    if (res.status === 404) throw new ManifestUnknownError(`manifest unknown (${reference})`, display, 404);
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      throw new RegistryError(`manifest request failed${text ? `: ${text.slice(0, 200).trim()}` : ''}`, display, res.status);
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    let json: ManifestJson;
    try {
      json = JSON.parse(bytes.toString('utf8')) as ManifestJson;
    } catch {
      throw new RegistryError('manifest is not JSON', display, res.status);
    }
    const mediaType = json.mediaType ?? res.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
    if (reference.startsWith('sha256:') && reference !== digest) {
      throw new RegistryError(`manifest digest mismatch: asked ${reference}, got ${digest}`, display, res.status);
    }
    return { json, digest, mediaType };
  }

  /** The image manifest for `platform`, through an index when the reference names one. */
  async function platformManifest(ref: string, platform: string): Promise<{ image: ImageRef; digest: string; config: Descriptor; layers: Descriptor[] }> {
    let image: ImageRef;
    try {
      image = parseImageRef(ref);
    } catch (err) {
      throw new RegistryError((err as Error).message, ref);
    }
    let m = await manifest(image, image.reference, ref);
    if (m.json.manifests || m.mediaType === MEDIA_TYPES.ociIndex || m.mediaType === MEDIA_TYPES.dockerList) {
      const entries = m.json.manifests ?? [];
      const entry = pickPlatform(entries, platform);
      if (!entry) {
        const have = entries.filter((e) => e.platform).map((e) => formatPlatform(e.platform!));
        throw new RegistryError(`no manifest for platform ${platform} (index has: ${have.join(', ') || 'none'})`, ref);
      }
      try {
        m = await manifest(image, entry.digest, ref);
      } catch (err) {
        // The tag exists; a dangling index entry is a broken registry, not a missing image.
        if (err instanceof ManifestUnknownError) throw new RegistryError(`index names ${entry.digest} for ${platform}, which the registry does not have`, ref, 404);
        throw err;
      }
    }
    if (m.json.schemaVersion === 1 || !m.json.config || !Array.isArray(m.json.layers)) {
      throw new RegistryError(`unsupported manifest (${m.mediaType || `schemaVersion ${m.json.schemaVersion ?? '?'}`}): no config/layers`, ref);
    }
    return { image, digest: m.digest, config: m.json.config, layers: m.json.layers };
  }

  return {
    async imageSize(ref: string, platform = 'linux/amd64'): Promise<ImageSize> {
      const m = await platformManifest(ref, platform);
      const layers = m.layers.map((l) => ({ digest: l.digest, size: l.size }));
      const configSize = m.config.size;
      const compressedBytes = layers.reduce((s, l) => s + l.size, configSize);
      return { ref, digest: m.digest, platform, layers, configSize, compressedBytes };
    },

    async imageConfig(ref: string, platform = 'linux/amd64'): Promise<Record<string, unknown>> {
      const { image, config } = await platformManifest(ref, platform);
      const what = `config blob ${config.digest}`;
      const [algorithm, hex] = config.digest.split(':');
      if ((algorithm !== 'sha256' && algorithm !== 'sha512') || !hex) throw new RegistryError(`${what}: unsupported digest algorithm`, ref);
      const res = await get(image, `blobs/${config.digest}`, ref, '*/*');
      if (!res.ok) {
        const text = await res.text().catch(() => '');
        const reason = res.status === 404 ? 'unknown to the registry' : `request failed${text ? `: ${text.slice(0, 200).trim()}` : ''}`;
        throw new RegistryError(`${what} ${reason}`, ref, res.status);
      }
      const bytes = Buffer.from(await res.arrayBuffer());
      const got = createHash(algorithm).update(bytes).digest('hex');
      if (got !== hex) throw new RegistryError(`${what}: digest mismatch (got ${algorithm}:${got}, ${bytes.length} bytes)`, ref);
      let json: unknown;
      try {
        json = JSON.parse(bytes.toString('utf8'));
      } catch {
        throw new RegistryError(`${what} is not JSON`, ref);
      }
      if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new RegistryError(`${what} is not a JSON object`, ref);
      return json as Record<string, unknown>;
    },
  };
}

/** A URL for messages: signed storage URLs carry credentials in their query. */
function redactQuery(url: URL): string {
  return url.search ? `${url.origin}${url.pathname}?…` : url.href;
}
