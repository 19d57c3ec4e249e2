// Image references as docker reads them: [host[:port]/]path[:tag][@digest]. A first component is a
// host when it has a '.' or ':' or is 'localhost'; otherwise the image is on Docker Hub, where
// single-component names live under 'library/'.
export interface ImageRef {
  /** Registry host (with port), e.g. 'ghcr.io', '127.0.0.1:5000', 'registry-1.docker.io'. */
  registry: string;
  /** Repository path, e.g. 'org/img', 'library/python'. */
  repository: string;
  tag?: string;
  digest?: string;
  /** Tag or digest to ask the manifests endpoint for (digest wins; default tag 'latest'). */
  reference: string;
}

export const DOCKER_HUB = 'registry-1.docker.io';
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;

export function parseImageRef(input: string): ImageRef {
  const raw = input.trim();
  if (!raw) throw new Error('empty image reference');
  let rest = raw;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new Error(`invalid digest in image reference "${raw}"`);
  }
  let tag: string | undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new Error(`invalid tag "${tag}" in image reference "${raw}"`);
  }
  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  const first = parts[0] ?? '';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = HUB_ALIASES.has(first) ? DOCKER_HUB : first;
    parts.shift();
  }
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library');
  if (parts.length === 0 || parts.some((p) => !COMPONENT.test(p))) {
    throw new Error(`invalid repository name in image reference "${raw}"`);
  }
  const repository = parts.join('/');
  const ref: ImageRef = { registry, repository, reference: digest ?? tag ?? 'latest' };
  if (tag === undefined && digest === undefined) ref.tag = 'latest';
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ref;
}

/** 'localhost:*' style patterns: '*' matches any port (or any run of characters). */
export function hostMatches(host: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => {
    if (!p.includes('*')) return p === host;
    const re = new RegExp(`^${p.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return re.test(host);
  });
}

/**
 * An image (repository or ref) monopin reads from a registry: one with a path (`ghcr.io/org/x`,
 * `127.0.0.1:5000/x`, Docker Hub's `user/name`). A bare name (`python-base:latest`, what the matrix
 * falls back to when an image has no repository configured) is a local image: Docker Hub's
 * `library/` is never ours to push to.
 */
export function isRemoteImage(refOrRepository: string): boolean {
  return refOrRepository.includes('/');
}
