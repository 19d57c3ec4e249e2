export const id = 442;
export const ids = [442];
export const modules = {

/***/ 2059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _s: () => (/* binding */ ManifestUnknownError),
  gl: () => (/* reexport */ RegistryError),
  Hn: () => (/* binding */ createRegistryClient)
});

// UNUSED EXPORTS: MEDIA_TYPES, parseChallenge, parseChallenges, parseImageRef, pickPlatform

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/registry/challenge.ts
function parseChallenges(header) {
    const out = [];
    let i = 0;
    const n = header.length;
    const skipWs = () => {
        while (i < n && /[\s,]/.test(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < n && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    let current;
    while (i < n) {
        skipWs();
        if (i >= n)
            break;
        const save = i;
        const name = token();
        if (!name) {
            i++;
            continue;
        }
        let j = i;
        while (j < n && header[j] === ' ')
            j++;
        if (header[j] === '=' && current && !/^=+\s*(,|$)/.test(header.slice(j))) {
            // auth-param
            i = j + 1;
            while (i < n && header[i] === ' ')
                i++;
            let value;
            if (header[i] === '"') {
                i++;
                value = '';
                while (i < n && header[i] !== '"') {
                    if (header[i] === '\\' && i + 1 < n)
                        i++;
                    value += header[i];
                    i++;
                }
                i++; // closing quote
            }
            else {
                value = token();
            }
            current.params[name.toLowerCase()] = value;
        }
        else if (header[j] === '=' && current) {
            // token68 (e.g. base64 with '=' padding): keep it as a parameter-less value
            i = j;
            while (i < n && header[i] === '=')
                i++;
            current.params['token68'] = header.slice(save, i);
        }
        else {
            current = { scheme: name.toLowerCase(), params: {} };
            out.push(current);
        }
    }
    return out;
}
/** The first challenge, preferring Bearer over Basic when a server offers both. */
function parseChallenge(header) {
    const all = parseChallenges(header);
    return all.find((c) => c.scheme === 'bearer') ?? all[0];
}

;// CONCATENATED MODULE: ./src/registry/errors.ts
// Errors from the OCI distribution client: always name the image ref and, when one came back, the
// HTTP status, so a failing size lookup in a PR check says which image and why.
class RegistryError extends Error {
    ref;
    status;
    name = 'RegistryError';
    constructor(message, ref, status) {
        super(`${ref}: ${message}${status !== undefined ? ` (HTTP ${status})` : ''}`);
        this.ref = ref;
        this.status = status;
    }
}

;// CONCATENATED MODULE: ./src/registry/platform.ts
function parsePlatform(spec) {
    const [os, architecture, variant] = spec.split('/');
    if (!os || !architecture)
        throw new Error(`invalid platform "${spec}" (expected os/arch[/variant])`);
    return variant ? { os, architecture, variant } : { os, architecture };
}
function formatPlatform(p) {
    return [p.os ?? 'unknown', p.architecture ?? 'unknown', ...(p.variant ? [p.variant] : [])].join('/');
}
// Variants a manifest may omit: arm64 means v8, amd64 means v1.
const DEFAULT_VARIANT = { arm64: 'v8', amd64: 'v1' };
/**
 * The entry for `platform`: exact os/architecture; a requested variant must match (treating the
 * architecture's default variant and no variant as equal); without a requested variant, the
 * entry without one (or with the default one) is preferred. Attestation manifests
 * ('unknown/unknown', vnd.docker.reference.type) never match.
 */
function pickPlatform(manifests, platform) {
    const want = parsePlatform(platform);
    const def = DEFAULT_VARIANT[want.architecture];
    const norm = (v) => (v === undefined || v === def ? undefined : v);
    const candidates = manifests.filter((m) => m.platform?.os === want.os &&
        m.platform?.architecture === want.architecture &&
        !m.annotations?.['vnd.docker.reference.type']);
    if (want.variant !== undefined) {
        return candidates.find((m) => norm(m.platform?.variant) === norm(want.variant));
    }
    return candidates.find((m) => norm(m.platform?.variant) === undefined) ?? candidates[0];
}

// EXTERNAL MODULE: ./src/registry/ref.ts
var registry_ref = __webpack_require__(7026);
;// CONCATENATED MODULE: ./src/registry/client.ts
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









const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const ACCEPT = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList, MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest].join(', ');
/** The asked tag or digest has no manifest (404): for a cache source, "no previous image". */
class ManifestUnknownError extends RegistryError {
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
function createRegistryClient(options = {}) {
    const doFetch = options.fetch ?? globalThis.fetch;
    const insecure = options.insecureHosts ?? [];
    // Authorization header per registry+repository, reused across calls.
    const authCache = new Map();
    const credentials = (registry) => (typeof options.auth === 'function' ? options.auth(registry) : options.auth);
    const basic = (registry) => {
        const c = credentials(registry);
        return c ? `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}` : undefined;
    };
    async function fetchToken(challenge, image, display) {
        const realm = challenge.params['realm'];
        if (!realm)
            throw new RegistryError('Bearer challenge without a realm', display, 401);
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new RegistryError(`Bearer realm "${realm}" is not a URL`, display, 401);
        }
        if (challenge.params['service'])
            url.searchParams.set('service', challenge.params['service']);
        url.searchParams.set('scope', challenge.params['scope'] ?? `repository:${image.repository}:pull`);
        const headers = {};
        const b = basic(image.registry);
        if (b)
            headers['authorization'] = b;
        let res;
        try {
            res = await doFetch(url, { headers });
        }
        catch (err) {
            throw new RegistryError(`token request to ${url.origin}${url.pathname} failed: ${err.message}`, display);
        }
        if (!res.ok) {
            const what = b ? 'credentials rejected by the token service' : 'anonymous token refused (no credentials configured)';
            throw new RegistryError(`${what} at ${url.origin}${url.pathname}`, display, res.status);
        }
        const body = (await res.json().catch(() => ({})));
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RegistryError(`token service at ${url.origin}${url.pathname} returned no token`, display, res.status);
        return `Bearer ${token}`;
    }
    async function get(image, path, display, accept = ACCEPT) {
        const scheme = (0,registry_ref/* hostMatches */._y)(image.registry, insecure) ? 'http' : 'https';
        const url = `${scheme}://${image.registry}/v2/${image.repository}/${path}`;
        const origin = new URL(url).origin;
        const key = `${image.registry}/${image.repository}`;
        const send = async (authorization) => {
            let target = new URL(url);
            for (let hops = 0;; hops++) {
                const headers = { accept };
                // Only the registry itself sees its credentials; a storage host gets a signed URL and nothing else.
                if (authorization && target.origin === origin)
                    headers['authorization'] = authorization;
                let res;
                try {
                    res = await doFetch(target.href, { headers, redirect: 'manual' });
                }
                catch (err) {
                    throw new RegistryError(`GET ${redactQuery(target)} failed: ${err.message}`, display);
                }
                const location = REDIRECTS.has(res.status) ? res.headers.get('location') : null;
                if (location === null)
                    return res;
                await res.body?.cancel();
                if (hops >= MAX_REDIRECTS)
                    throw new RegistryError(`more than ${MAX_REDIRECTS} redirects from ${url}`, display, res.status);
                try {
                    target = new URL(location, target);
                }
                catch {
                    throw new RegistryError(`redirect from ${redactQuery(target)} to an invalid location`, display, res.status);
                }
                if (target.protocol !== 'https:' && target.protocol !== 'http:') {
                    throw new RegistryError(`redirect from ${redactQuery(target)} to a ${target.protocol} URL`, display, res.status);
                }
            }
        };
        let res = await send(authCache.get(key));
        if (res.status !== 401)
            return res;
        const header = res.headers.get('www-authenticate');
        const challenge = header ? parseChallenge(header) : undefined;
        let authorization;
        if (challenge?.scheme === 'bearer') {
            authorization = await fetchToken(challenge, image, display);
        }
        else if (challenge?.scheme === 'basic' || !challenge) {
            authorization = basic(image.registry);
            if (!authorization) {
                throw new RegistryError('authentication required and no credentials configured', display, 401);
            }
        }
        else {
            throw new RegistryError(`unsupported auth scheme "${challenge.scheme}"`, display, 401);
        }
        await res.body?.cancel();
        res = await send(authorization);
        if (res.status === 401) {
            throw new RegistryError(credentials(image.registry) ? 'credentials rejected (401 after authenticating)' : 'authentication required and no credentials configured', display, 401);
        }
        authCache.set(key, authorization);
        return res;
    }
    async function manifest(image, reference, display) {
        const res = await get(image, `manifests/${reference}`, display);
        if (res.status === 404)
            throw new ManifestUnknownError(`manifest unknown (${reference})`, display, 404);
        if (!res.ok) {
            const text = await res.text().catch(() => '');
            throw new RegistryError(`manifest request failed${text ? `: ${text.slice(0, 200).trim()}` : ''}`, display, res.status);
        }
        const bytes = Buffer.from(await res.arrayBuffer());
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        let json;
        try {
            json = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new RegistryError('manifest is not JSON', display, res.status);
        }
        const mediaType = json.mediaType ?? res.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
        if (reference.startsWith('sha256:') && reference !== digest) {
            throw new RegistryError(`manifest digest mismatch: asked ${reference}, got ${digest}`, display, res.status);
        }
        return { json, digest, mediaType };
    }
    /** The image manifest for `platform`, through an index when the reference names one. */
    async function platformManifest(ref, platform) {
        let image;
        try {
            image = (0,registry_ref/* parseImageRef */.Q)(ref);
        }
        catch (err) {
            throw new RegistryError(err.message, ref);
        }
        let m = await manifest(image, image.reference, ref);
        if (m.json.manifests || m.mediaType === MEDIA_TYPES.ociIndex || m.mediaType === MEDIA_TYPES.dockerList) {
            const entries = m.json.manifests ?? [];
            const entry = pickPlatform(entries, platform);
            if (!entry) {
                const have = entries.filter((e) => e.platform).map((e) => formatPlatform(e.platform));
                throw new RegistryError(`no manifest for platform ${platform} (index has: ${have.join(', ') || 'none'})`, ref);
            }
            try {
                m = await manifest(image, entry.digest, ref);
            }
            catch (err) {
                // The tag exists; a dangling index entry is a broken registry, not a missing image.
                if (err instanceof ManifestUnknownError)
                    throw new RegistryError(`index names ${entry.digest} for ${platform}, which the registry does not have`, ref, 404);
                throw err;
            }
        }
        if (m.json.schemaVersion === 1 || !m.json.config || !Array.isArray(m.json.layers)) {
            throw new RegistryError(`unsupported manifest (${m.mediaType || `schemaVersion ${m.json.schemaVersion ?? '?'}`}): no config/layers`, ref);
        }
        return { image, digest: m.digest, config: m.json.config, layers: m.json.layers };
    }
    return {
        async imageSize(ref, platform = 'linux/amd64') {
            const m = await platformManifest(ref, platform);
            const layers = m.layers.map((l) => ({ digest: l.digest, size: l.size }));
            const configSize = m.config.size;
            const compressedBytes = layers.reduce((s, l) => s + l.size, configSize);
            return { ref, digest: m.digest, platform, layers, configSize, compressedBytes };
        },
        async imageConfig(ref, platform = 'linux/amd64') {
            const { image, config } = await platformManifest(ref, platform);
            const what = `config blob ${config.digest}`;
            const [algorithm, hex] = config.digest.split(':');
            if ((algorithm !== 'sha256' && algorithm !== 'sha512') || !hex)
                throw new RegistryError(`${what}: unsupported digest algorithm`, ref);
            const res = await get(image, `blobs/${config.digest}`, ref, '*/*');
            if (!res.ok) {
                const text = await res.text().catch(() => '');
                const reason = res.status === 404 ? 'unknown to the registry' : `request failed${text ? `: ${text.slice(0, 200).trim()}` : ''}`;
                throw new RegistryError(`${what} ${reason}`, ref, res.status);
            }
            const bytes = Buffer.from(await res.arrayBuffer());
            const got = (0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex');
            if (got !== hex)
                throw new RegistryError(`${what}: digest mismatch (got ${algorithm}:${got}, ${bytes.length} bytes)`, ref);
            let json;
            try {
                json = JSON.parse(bytes.toString('utf8'));
            }
            catch {
                throw new RegistryError(`${what} is not JSON`, ref);
            }
            if (typeof json !== 'object' || json === null || Array.isArray(json))
                throw new RegistryError(`${what} is not a JSON object`, ref);
            return json;
        },
    };
}
/** A URL for messages: signed storage URLs carry credentials in their query. */
function redactQuery(url) {
    return url.search ? `${url.origin}${url.pathname}?…` : url.href;
}


/***/ }),

/***/ 6442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryClientFromConfig: () => (/* binding */ registryClientFromConfig)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2059);

/** Loopback registries speak plain http unless told otherwise, as docker assumes. */
const LOOPBACK = ['127.0.0.1:*', 'localhost:*', '[::1]:*'];
/** @param fallback credentials per host for registries the config gives none (the action's token for ghcr.io) */
function registryClientFromConfig(config, env = process.env, fallback = {}, fetchImpl) {
    const entries = Object.entries(config.registries);
    const insecureHosts = [...LOOPBACK, ...entries.filter(([, r]) => r.insecure === true).map(([host]) => host)];
    const auth = (registry) => {
        const entry = config.registries[registry] ?? (registry === 'registry-1.docker.io' ? config.registries['docker.io'] : undefined);
        if (!entry?.passwordEnv)
            return fallback[registry];
        const password = env[entry.passwordEnv];
        if (password === undefined || password === '')
            return fallback[registry];
        return { username: entry.username ?? 'monopin', password };
    };
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createRegistryClient */ .Hn)({ insecureHosts, auth, ...(fetchImpl && { fetch: fetchImpl }) });
}


/***/ }),

/***/ 7026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   Y5: () => (/* binding */ isRemoteImage),
/* harmony export */   _y: () => (/* binding */ hostMatches)
/* harmony export */ });
/* unused harmony export DOCKER_HUB */
const DOCKER_HUB = 'registry-1.docker.io';
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
function parseImageRef(input) {
    const raw = input.trim();
    if (!raw)
        throw new Error('empty image reference');
    let rest = raw;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new Error(`invalid digest in image reference "${raw}"`);
    }
    let tag;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > slash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new Error(`invalid tag "${tag}" in image reference "${raw}"`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    const first = parts[0] ?? '';
    if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = HUB_ALIASES.has(first) ? DOCKER_HUB : first;
        parts.shift();
    }
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    if (parts.length === 0 || parts.some((p) => !COMPONENT.test(p))) {
        throw new Error(`invalid repository name in image reference "${raw}"`);
    }
    const repository = parts.join('/');
    const ref = { registry, repository, reference: digest ?? tag ?? 'latest' };
    if (tag === undefined && digest === undefined)
        ref.tag = 'latest';
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return ref;
}
/** 'localhost:*' style patterns: '*' matches any port (or any run of characters). */
function hostMatches(host, patterns) {
    return patterns.some((p) => {
        if (!p.includes('*'))
            return p === host;
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
function isRemoteImage(refOrRepository) {
    return refOrRepository.includes('/');
}


/***/ })

};
