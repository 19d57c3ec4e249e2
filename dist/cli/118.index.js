export const id = 118;
export const ids = [118];
export const modules = {

/***/ 1118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rebuildAndMeasure: () => (/* binding */ rebuildAndMeasure)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/rebuild/buildkit-output.ts
// BuildKit's `--progress=plain` output read back as steps: which Dockerfile instructions ran and
// which came from cache. Pure: text in, counts out.
//
// Each vertex prints as `#N [stage x/y] INSTRUCTION` (`[x/y]` in a single-stage build), its
// progress as `#N …` lines and its end as `#N DONE 1.2s`, `#N CACHED` or `#N ERROR …`. The same
// vertex may be announced more than once (docker 20.10 repeats it around its output), so steps are
// keyed by N. `[internal]` vertices (context transfer, Dockerfile, metadata) are no steps.
const STEP = /^#(\d+) \[(?:(\S+) )?(\d+)\/(\d+)\] (.*)$/;
const CACHED = /^#(\d+) CACHED\s*$/;
const DONE = /^#(\d+) DONE (\d+(?:\.\d+)?)s\s*$/;
const ERROR = /^#(\d+) ERROR\b/;
function parseBuildkitProgress(output) {
    const byId = new Map();
    const cached = new Set();
    const done = new Map();
    const failed = new Set();
    for (const raw of output.split(/\r?\n/)) {
        // buildx may prefix a timestamp-free plain line with the builder's own prefix; only `#N` lines count.
        const line = raw.trimEnd();
        let m = STEP.exec(line);
        if (m) {
            const id = Number(m[1]);
            if (!byId.has(id)) {
                const instruction = m[5];
                byId.set(id, {
                    id,
                    ...(m[2] !== undefined && { stage: m[2] }),
                    index: Number(m[3]),
                    of: Number(m[4]),
                    instruction,
                    kind: (/^(\S+)/.exec(instruction)?.[1] ?? '').toUpperCase(),
                    cached: false,
                    error: false,
                });
            }
            continue;
        }
        if ((m = CACHED.exec(line)))
            cached.add(Number(m[1]));
        else if ((m = DONE.exec(line)))
            done.set(Number(m[1]), Number(m[2]));
        else if ((m = ERROR.exec(line)))
            failed.add(Number(m[1]));
    }
    const steps = [...byId.values()].map((step) => {
        const seconds = done.get(step.id);
        return { ...step, cached: cached.has(step.id), error: failed.has(step.id), ...(seconds !== undefined && { seconds }) };
    });
    const counted = steps.filter((s) => s.kind !== 'FROM');
    return { steps, totalSteps: counted.length, cachedSteps: counted.filter((s) => s.cached).length };
}

// EXTERNAL MODULE: ./src/registry/client.ts + 3 modules
var client = __webpack_require__(2059);
// EXTERNAL MODULE: ./src/registry/ref.ts
var registry_ref = __webpack_require__(7026);
;// CONCATENATED MODULE: ./src/rebuild/cache-check.ts
// Before an inline-cache build: does each --cache-from image exist, and does it carry BuildKit's
// inline cache metadata? An image pushed without BUILDKIT_INLINE_CACHE=1 (docker import, a plain
// `docker build`, another tool) is pulled for nothing: BuildKit finds no cache records in it and
// silently rebuilds every step. Reads the registry only; never throws.


/** The image-config key BuildKit's image exporter writes the inline cache under (base64 JSON). */
const INLINE_CACHE_KEY = 'moby.buildkit.cache.v0';
/** True when an image config carries BuildKit inline cache metadata. Pure. */
function inlineCacheOf(config) {
    const value = config[INLINE_CACHE_KEY];
    if (typeof value === 'string')
        return value.trim() !== '';
    return typeof value === 'object' && value !== null;
}
/**
 * Notes on an entry's inline-cache sources: info when a source does not exist yet (cold build),
 * warning when it exists without inline cache metadata or could not be read. Registry-cache
 * entries (`cacheTo` set) read a dedicated cache manifest instead and get no notes.
 */
async function checkCacheSources(entry, registry) {
    if (entry.cacheTo !== undefined)
        return [];
    const notes = [];
    for (const ref of entry.cacheFrom) {
        if (!(0,registry_ref/* isRemoteImage */.Y5)(ref))
            continue;
        let config;
        try {
            config = await registry.imageConfig(ref, entry.platform);
        }
        catch (err) {
            if (err instanceof client/* ManifestUnknownError */._s) {
                notes.push({ level: 'info', ref, message: `no previous image ${ref}: cold build` });
            }
            else {
                notes.push({ level: 'warning', ref, message: `could not check the inline cache of ${ref}: ${reasonOf(err)}` });
            }
            continue;
        }
        if (!inlineCacheOf(config)) {
            notes.push({
                level: 'warning',
                ref,
                message: `${ref} has no inline cache metadata (built without BUILDKIT_INLINE_CACHE=1): BuildKit will cache nothing from it; rebuild it once with monopin rebuild, or push it with --build-arg BUILDKIT_INLINE_CACHE=1`,
            });
        }
    }
    return notes;
}
/** The error without the ref RegistryError already starts its message with. */
function reasonOf(err) {
    if (!(err instanceof Error))
        return String(err);
    if (err instanceof client/* RegistryError */.gl && err.message.startsWith(`${err.ref}: `))
        return err.message.slice(err.ref.length + 2);
    return err.message;
}

;// CONCATENATED MODULE: ./src/rebuild/commands.ts
class BuildCommandError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BuildCommandError';
    }
}
/**
 * The commands that build (and, with `push`, publish) one image.
 * Inline cache: `--cache-from <repo>:latest` and `BUILDKIT_INLINE_CACHE=1` (min mode: no
 * intermediate stages). Registry cache (buildx only): read `<repo>:buildcache`, and write it in max
 * mode when pushing; a local build writes nothing to the registry.
 */
function buildCommands(entry, options) {
    const registry = entry.cacheTo !== undefined;
    if (registry && options.client === 'classic') {
        throw new BuildCommandError(`${entry.image}: cache: registry needs docker buildx (docker build cannot export a cache to a registry); install buildx or set cache: inline`);
    }
    const args = ['--file', entry.dockerfile];
    for (const tag of entry.tags)
        args.push('--tag', tag);
    args.push('--platform', entry.platform);
    if (registry) {
        for (const ref of entry.cacheFrom)
            args.push('--cache-from', `type=registry,ref=${ref}`);
        if (options.push)
            args.push('--cache-to', `type=registry,ref=${entry.cacheTo},mode=max`);
    }
    else {
        for (const ref of entry.cacheFrom)
            args.push('--cache-from', ref);
        args.push('--build-arg', 'BUILDKIT_INLINE_CACHE=1');
    }
    if (options.client === 'buildx') {
        // --load puts the image in the local store, where the next wave's FROM finds it.
        args.push(options.push ? '--push' : '--load', entry.context);
        return [{ argv: ['docker', 'buildx', 'build', ...args], env: {} }];
    }
    const commands = [{ argv: ['docker', 'build', ...args, entry.context], env: { DOCKER_BUILDKIT: '1' } }];
    if (options.push)
        for (const tag of entry.tags)
            commands.push({ argv: ['docker', 'push', tag], env: {} });
    return commands;
}
/** Every image's commands, wave by wave in matrix order. */
function rebuildCommands(include, options) {
    return [...include]
        .sort((a, b) => a.wave - b.wave)
        .map((entry) => ({ image: entry.image, wave: entry.wave, commands: buildCommands(entry, options) }));
}

;// CONCATENATED MODULE: ./src/rebuild/runner.ts
// The built-in rebuild runner: wave after wave, each image's docker commands (buildCommands) run
// without a shell, with BuildKit's plain progress read back for build time and cached steps.
// The process runner is injected (tests record argv); the default spawns docker.




class RebuildRunError extends Error {
    image;
    argv;
    code;
    output;
    constructor(image, argv, code, output) {
        super(`${image}: \`${argv.join(' ')}\` exited with ${code}\n${lastLines(output, 30)}`);
        this.image = image;
        this.argv = argv;
        this.code = code;
        this.output = output;
        this.name = 'RebuildRunError';
    }
}
class RebuildPlanError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RebuildPlanError';
    }
}
/** Spawns argv without a shell and collects its output. */
const spawnExec = (argv, env, options = {}) => new Promise((resolveExec, reject) => {
    const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { env: { ...process.env, ...env }, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolveExec({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
});
async function detectDockerClient(exec = spawnExec) {
    try {
        const result = await exec(['docker', 'buildx', 'version'], {});
        return result.code === 0 ? 'buildx' : 'classic';
    }
    catch {
        return 'classic';
    }
}
/** The build command with plain progress and the network mode, both placed before the context (the last argument). */
function withRunnerFlags(command, options) {
    const argv = [...command.argv];
    const context = argv.pop();
    argv.push('--progress=plain');
    if (options.network)
        argv.push(`--network=${options.network}`);
    argv.push(context);
    return { argv, env: command.env };
}
function isBuild(argv) {
    return argv[1] === 'build' || (argv[1] === 'buildx' && argv[2] === 'build');
}
/**
 * Builds every image, wave by wave (one image at a time), so each wave's FROM finds the images the
 * previous wave just built. Stops at the first failing command.
 * @throws RebuildRunError, RebuildPlanError, BuildCommandError
 */
async function runRebuildWaves(options) {
    const exec = options.exec ?? spawnExec;
    const log = typeof options.log === 'function' ? { info: options.log } : options.log;
    const group = log.group ?? ((_name, fn) => fn());
    const warn = log.warning ?? ((line) => log.info(`warning: ${line}`));
    const client = options.client ?? (await detectDockerClient(exec));
    const byImage = new Map(options.include.map((entry) => [entry.image, entry]));
    const results = [];
    for (const [w, wave] of options.waves.entries()) {
        for (const { image } of wave) {
            const entry = byImage.get(image);
            if (!entry)
                throw new RebuildPlanError(`wave ${w + 1} names ${image}, which has no matrix entry`);
            const commands = buildCommands(entry, { client, push: options.push && entry.push !== false });
            const registry = options.registry;
            const result = await group(`Build ${image} (wave ${w + 1})`, async () => {
                const cacheNotes = registry ? await checkCacheSources(entry, registry) : [];
                for (const note of cacheNotes) {
                    if (note.level === 'warning')
                        warn(`${image}: ${note.message}`);
                    else
                        log.info(`${image}: ${note.message}`);
                }
                return { ...(await runImage(entry, commands, { exec, log, network: options.network, root: options.root })), cacheNotes };
            });
            log.info(`${image}: ${result.seconds.toFixed(1)} s, ${result.cachedSteps}/${result.totalSteps} steps cached${!options.push ? '' : entry.push === false ? ', not pushed (no valid name of its own)' : `, pushed in ${result.pushSeconds.toFixed(1)} s`}`);
            results.push(result);
        }
    }
    return results;
}
async function runImage(entry, commands, o) {
    let seconds = 0;
    let pushSeconds = 0;
    let progress = { cachedSteps: 0, totalSteps: 0 };
    for (const original of commands) {
        const build = isBuild(original.argv);
        const command = build ? withRunnerFlags(original, { network: o.network }) : original;
        o.log.info(`$ ${Object.entries(command.env).map(([k, v]) => `${k}=${v} `).join('')}${command.argv.join(' ')}`);
        const started = performance.now();
        const result = await o.exec(command.argv, command.env, o.root !== undefined ? { cwd: o.root } : {});
        const elapsed = (performance.now() - started) / 1000;
        // BuildKit writes its progress to stderr; docker push to stdout.
        const output = `${result.stdout}${result.stderr}`;
        for (const line of output.split('\n'))
            if (line !== '')
                o.log.info(line);
        if (result.code !== 0) {
            // Docker 23+ clients refuse DOCKER_BUILDKIT=1 without the buildx plugin (20.10 did not).
            const hint = /buildx component is missing/.test(output) ? '\nthis docker client (23 or later) needs the buildx plugin for BuildKit: install docker-buildx, or use a 20.10 client' : '';
            throw new RebuildRunError(entry.image, command.argv, result.code, `${output}${hint}`);
        }
        if (build) {
            seconds += elapsed;
            progress = parseBuildkitProgress(result.stderr + result.stdout);
        }
        else
            pushSeconds += elapsed;
    }
    return { image: entry.image, seconds, pushSeconds, cachedSteps: progress.cachedSteps, totalSteps: progress.totalSteps, tags: entry.tags };
}
function lastLines(text, n) {
    return text.trimEnd().split('\n').slice(-n).join('\n');
}

;// CONCATENATED MODULE: ./src/size/measured.ts
// Measured image-size deltas: both images' manifests read from the registry (no blob is pulled),
// compressed sizes per layer and in total, one platform. A layer with the same digest on both sides
// is unchanged; the rest are what the change added or removed.

/** Pure: the layer-level difference of two manifests. */
function compareImages(image, before, after) {
    const beforeDigests = new Set(before?.layers.map((l) => l.digest) ?? []);
    const afterDigests = new Set(after.layers.map((l) => l.digest));
    const addedLayers = after.layers.filter((l) => !beforeDigests.has(l.digest));
    const removedLayers = (before?.layers ?? []).filter((l) => !afterDigests.has(l.digest));
    const unchangedBytes = after.layers.filter((l) => beforeDigests.has(l.digest)).reduce((s, l) => s + l.size, 0);
    return {
        image,
        platform: after.platform,
        ...(before && { before }),
        after,
        deltaCompressedBytes: after.compressedBytes - (before?.compressedBytes ?? 0),
        addedLayers,
        removedLayers,
        unchangedBytes,
    };
}
/** The image's size, or undefined when the registry does not have it (a new image); other errors throw. */
async function imageSizeIfPresent(registry, ref, platform) {
    try {
        return await registry.imageSize(ref, platform);
    }
    catch (error) {
        if (error instanceof client/* ManifestUnknownError */._s)
            return undefined;
        throw error;
    }
}
/**
 * Reads both manifests of every pair. A missing "after" image, or any registry error, is a note and
 * the image is left out (its estimate still stands); a missing "before" image is a new image.
 */
async function measureImages(options) {
    const notes = [];
    const sized = (ref) => imageSizeIfPresent(options.registry, ref, options.platform);
    const results = await Promise.all(options.pairs.map(async (pair) => {
        try {
            const [before, after] = await Promise.all([sized(pair.before), sized(pair.after)]);
            if (!after) {
                notes.push(`${pair.image}: not measured: ${pair.after} is not in the registry`);
                return undefined;
            }
            return compareImages(pair.image, before, after);
        }
        catch (error) {
            notes.push(`${pair.image}: not measured: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
    }));
    return { results: results.filter((r) => r !== undefined), notes };
}

;// CONCATENATED MODULE: ./src/rebuild/rebuild-and-measure.ts
// Build the planned images wave by wave with BuildKit and, with push, measure each pushed image
// against the `latest` it replaces, both read from the registry (before and after the push). Used by
// `monopin rebuild` and by `rebuild: true` in the weekly job (which first applies the bump's edits).





async function rebuildAndMeasure(o) {
    const { log, matrix } = o;
    const edits = o.edits ?? [];
    for (const edit of edits)
        await (0,promises_.writeFile)((0,external_node_path_.join)(o.root, edit.path), edit.after);
    if (edits.length > 0)
        log.info(`applied ${edits.length} edit(s) to the checkout for the build`);
    const measurable = o.push ? matrix.include.filter((e) => e.push !== false && (0,registry_ref/* isRemoteImage */.Y5)(e.repository)) : [];
    // `latest` moves with the push: read what it was before building. null: no image yet (a new one).
    const before = new Map();
    await Promise.all(measurable.map(async (e) => {
        try {
            before.set(e.image, (await imageSizeIfPresent(o.registry, `${e.repository}:latest`, e.platform)) ?? null);
        }
        catch (error) {
            log.warning(`${e.image}: size before the rebuild not read, so not measured: ${error instanceof Error ? error.message : String(error)}`);
        }
    }));
    const results = [];
    let failure;
    try {
        results.push(...(await runRebuildWaves({
            waves: matrix.waves,
            include: matrix.include,
            push: o.push,
            root: o.root,
            network: o.network,
            registry: o.registry,
            log,
            ...(o.exec && { exec: o.exec }),
        })));
    }
    catch (error) {
        failure = error instanceof Error ? error.message : String(error);
    }
    const measured = [];
    if (failure === undefined) {
        for (const e of measurable.filter((m) => before.has(m.image))) {
            try {
                const after = await o.registry.imageSize(e.tags[0], e.platform);
                measured.push(compareImages(e.image, before.get(e.image) ?? undefined, after));
            }
            catch (error) {
                log.warning(`${e.image}: ${e.tags[0]} was pushed but its manifest could not be read, so not measured: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
    }
    return { results, measured, ...(failure !== undefined && { failure }) };
}


/***/ }),

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
