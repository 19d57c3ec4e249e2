export const id = 285;
export const ids = [285];
export const modules = {

/***/ 3498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ setRebuildOutputs)
/* harmony export */ });
/* unused harmony export MAX_WAVE_OUTPUTS */
/**
 * Waves with an output of their own, each declared in action.yml (so workflows, and linters such as actionlint, know them).
 * A FROM chain deeper than this is rare; the waves past it are in `rebuild-matrix` (filter on `wave`).
 */
const MAX_WAVE_OUTPUTS = 10;
function setRebuildOutputs(runner, matrix) {
    runner.setOutput('rebuild-matrix', JSON.stringify({ include: matrix.include }));
    const waves = matrix.include.length === 0 ? 0 : matrix.waves.length;
    runner.setOutput('rebuild-waves', waves);
    for (let wave = 1; wave <= Math.min(waves, MAX_WAVE_OUTPUTS); wave++) {
        runner.setOutput(`rebuild-matrix-wave-${wave}`, JSON.stringify({ include: matrix.include.filter((e) => e.wave === wave) }));
    }
    if (waves > MAX_WAVE_OUTPUTS) {
        runner.warning(`monopin: the rebuild has ${waves} waves; outputs rebuild-matrix-wave-1 to -${MAX_WAVE_OUTPUTS} hold the first ${MAX_WAVE_OUTPUTS}, ` +
            `waves ${MAX_WAVE_OUTPUTS + 1} to ${waves} are only in rebuild-matrix (its entries' "wave" field says which)`);
    }
}


/***/ }),

/***/ 6755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ rebuildInAction)
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

// EXTERNAL MODULE: ./src/size/measured.ts
var size_measured = __webpack_require__(2337);
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
            before.set(e.image, (await (0,size_measured/* imageSizeIfPresent */.Vp)(o.registry, `${e.repository}:latest`, e.platform)) ?? null);
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
                measured.push((0,size_measured/* compareImages */.qJ)(e.image, before.get(e.image) ?? undefined, after));
            }
            catch (error) {
                log.warning(`${e.image}: ${e.tags[0]} was pushed but its manifest could not be read, so not measured: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
    }
    return { results, measured, ...(failure !== undefined && { failure }) };
}

// EXTERNAL MODULE: ./src/action/size-log.ts
var size_log = __webpack_require__(6130);
;// CONCATENATED MODULE: ./src/action/rebuild-step.ts
// The builds as both jobs run them: through the runner's log groups and warnings, the exact measured
// figures in the log.


async function rebuildInAction(runner, o) {
    const built = await rebuildAndMeasure({ ...o, log: { info: (l) => runner.info(l), warning: (l) => runner.warning(l), group: (name, fn) => runner.group(name, fn) } });
    (0,size_log/* logSizes */.X)(runner, [], built.measured);
    return built;
}


/***/ }),

/***/ 2761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ renderRebuildSection),
/* harmony export */   e: () => (/* binding */ renderRebuildResults)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6412);
// The rebuild plan as markdown for the bump PR body. Pure; names from the repository are escaped.

function renderRebuildSection(matrix, touch) {
    if (matrix.include.length === 0)
        return '### Base images\n\nNo image installs a bumped package: nothing to rebuild.';
    const direct = new Set(touch.images.filter((i) => i.direct).map((i) => i.name));
    const lines = [`### Images to rebuild (${matrix.include.length}, in ${matrix.waves.length} waves, \`FROM\` order)`, ''];
    matrix.waves.forEach((wave, i) => {
        const names = wave.map((e) => `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(e.image)}${direct.has(e.image) ? '' : ' (base changed)'}`);
        lines.push(`${i + 1}. ${names.join(', ')}`);
    });
    const cascades = touch.cascades.filter((c) => matrix.include.some((e) => e.image === c.name));
    if (cascades.length > 0) {
        lines.push('', '**Cascade:** these base images `COPY` the whole constraints file, so every bump rebuilds them and every image built on them:');
        for (const c of cascades)
            lines.push(`- ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(c.name)} (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.dockerfile)}:${c.line}) — ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.fix.text)}`);
    }
    lines.push('', 'Tags: `<image>:<date>` beside `latest`; the `rebuild-matrix` output drives a `strategy.matrix` per wave.');
    return lines.join('\n');
}
/** What the built-in runner did, per image in build order; `failure` when it stopped early. */
function renderRebuildResults(results, options) {
    const lines = ['#### Rebuild', ''];
    if (results.length > 0) {
        lines.push(`| image | build | cached steps | ${options.pushed ? 'pushed' : 'tags'} |`, '|---|---:|---:|---|');
        for (const r of results) {
            const push = options.pushed && r.pushSeconds > 0 ? ` (push ${r.pushSeconds.toFixed(1)} s)` : '';
            lines.push(`| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.image, { table: true })} | ${r.seconds.toFixed(1)} s${push} | ${r.cachedSteps}/${r.totalSteps} | ${r.tags.map((t) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(t, { table: true })).join(' ')} |`);
        }
    }
    if (options.failure !== undefined)
        lines.push('', `**The rebuild failed:**`, '', '```text', options.failure.replace(/```/g, "'''").replace(/<!--/g, '< !--'), '```');
    return lines.join('\n');
}


/***/ })

};
