// A small OCI distribution (registry v2) client that reads just enough to size an image: the
// manifest for one platform (through an index / manifest list when the tag is multi-platform),
// whose layer and config descriptors carry their compressed sizes. No blob is downloaded.
//
// Auth follows what GHCR and Docker Hub do: an anonymous request gets 401 with
// `WWW-Authenticate: Bearer realm=…,service=…,scope=…`; a token is fetched from the realm (with
// basic auth when credentials are configured) and the request retried once. A `Basic` challenge
// is answered with basic auth directly.
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
}

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

  async function get(image: ImageRef, path: string, display: string): Promise<Response> {
    const scheme = hostMatches(image.registry, insecure) ? 'http' : 'https';
    const url = `${scheme}://${image.registry}/v2/${image.repository}/${path}`;
    const key = `${image.registry}/${image.repository}`;
    const send = async (authorization: string | undefined) => {
      const headers: Record<string, string> = { accept: ACCEPT };
      if (authorization) headers['authorization'] = authorization;
      try {
        return await doFetch(url, { headers });
      } catch (err) {
        throw new RegistryError(`GET ${url} failed: ${(err as Error).message}`, display);
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
    if (res.status === 404) throw new RegistryError(`manifest unknown (${reference})`, display, 404);
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

  return {
    async imageSize(ref: string, platform = 'linux/amd64'): Promise<ImageSize> {
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
        m = await manifest(image, entry.digest, ref);
      }
      if (m.json.schemaVersion === 1 || !m.json.config || !Array.isArray(m.json.layers)) {
        throw new RegistryError(`unsupported manifest (${m.mediaType || `schemaVersion ${m.json.schemaVersion ?? '?'}`}): no config/layers`, ref);
      }
      const layers = m.json.layers.map((l) => ({ digest: l.digest, size: l.size }));
      const configSize = m.json.config.size;
      const compressedBytes = layers.reduce((s, l) => s + l.size, configSize);
      return { ref, digest: m.digest, platform, layers, configSize, compressedBytes };
    },
  };
}
