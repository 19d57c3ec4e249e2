// Image references as FROM and compose `image:` write them, reduced to what identifies a repository:
// tag and digest dropped, Docker Hub's implicit `docker.io/library/` made explicit. Pure.

export interface RepositoryRef {
  /** `ghcr.io/acme/python-base`, `docker.io/library/python` */
  full: string;
  /** Without the registry: `acme/python-base`, `library/python`. */
  path: string;
  /** Last path component: `python-base`. */
  last: string;
  /** The reference named no registry (Docker Hub or a local image). */
  implicitRegistry: boolean;
  /** The reference named no namespace either (`python`, `python-base`). */
  bare: boolean;
}

// The same few references (base images, compose names) are parsed once per image that names them.
const parsed = new Map<string, RepositoryRef | undefined>();

/** `ghcr.io/acme/python-base:latest@sha256:…` → its repository; undefined for `scratch` and unexpanded variables. */
export function parseRepository(reference: string): RepositoryRef | undefined {
  if (parsed.has(reference)) return parsed.get(reference);
  const ref = parseReference(reference);
  if (parsed.size > 100_000) parsed.clear();
  parsed.set(reference, ref);
  return ref;
}

function parseReference(reference: string): RepositoryRef | undefined {
  const ref = reference.trim();
  if (ref === '' || /\$/.test(ref) || ref.toLowerCase() === 'scratch') return undefined;
  const parts = stripTag(ref).split('/');
  const first = parts[0]!;
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first.toLowerCase() : 'docker.io';
  let rest = (hasRegistry ? parts.slice(1) : parts).map((p) => p.toLowerCase());
  const bare = rest.length === 1;
  if (registry === 'docker.io' && rest.length === 1) rest = ['library', ...rest];
  const path = rest.join('/');
  return { full: `${registry}/${path}`, path, last: rest[rest.length - 1]!, implicitRegistry: !hasRegistry, bare };
}

/** `ghcr.io/acme/python-base:latest` → `ghcr.io/acme/python-base` (as written, without tag or digest). */
export function stripTag(reference: string): string {
  const withoutDigest = reference.split('@')[0]!;
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  return colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
}

// Docker's reference grammar (distribution/reference): `[host[:port]/]path[:tag][@digest]`.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(?:${HOST}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);
const MAX_NAME_LENGTH = 255;

/** Why Docker would refuse `reference` as an image name (`docker build -t`, compose `image:`); undefined when valid. */
export function referenceProblem(reference: string): string | undefined {
  if (reference === '') return 'it is empty';
  if (/\s/.test(reference)) return 'it contains white space';
  if (/\$/.test(reference)) return 'it contains an unexpanded variable';
  if (!REFERENCE.test(reference)) {
    const name = stripTag(reference);
    if (/[A-Z]/.test(name.slice(name.indexOf('/') + 1))) return 'a repository name must be lowercase';
    if (reference.split('@')[0]!.endsWith(':')) return 'its tag is empty';
    return 'it does not match Docker’s reference format [registry/]name[:tag][@digest]';
  }
  if (stripTag(reference).length > MAX_NAME_LENGTH) return `its name is longer than ${MAX_NAME_LENGTH} characters`;
  return undefined;
}
