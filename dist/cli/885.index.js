export const id = 885;
export const ids = [885];
export const modules = {

/***/ 977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ acceptsPin),
/* harmony export */   y: () => (/* binding */ exactVersion)
/* harmony export */ });
/* harmony import */ var _pep_pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8466);
/* harmony import */ var _pep_specifier_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6821);
// PEP 440 questions the rules ask about a central pin.


/** `==1.2.3` or `===1.2.3` → the version; ranges and wildcards → undefined. */
function exactVersion(specifier) {
    const m = /^(===?)([^,*]+)$/.exec(specifier);
    if (!m)
        return undefined;
    return m[1] === '===' || (0,_pep_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidVersion */ .ri)(m[2]) ? m[2] : undefined;
}
/**
 * Does `specifier` accept what the pin allows? For an exact pin, pip's own question: an explicitly
 * pinned pre-release is accepted by ranges (the `==` clause opts the combined set into pre-releases).
 * For a ranged pin, whether any version is in both, tested on the versions they mention and their
 * neighbours — exact for the specifiers people write, a heuristic for exotic ones.
 */
function acceptsPin(specifier, pin) {
    if (specifier === '')
        return true;
    const exact = exactVersion(pin);
    if (exact !== undefined)
        return accepts(exact, specifier);
    return candidateVersions(`${specifier},${pin}`).some((v) => accepts(v, specifier) && accepts(v, pin));
}
// Memoized: a monorepo asks the same (version, specifier) question once per consumer.
const acceptsMemo = new Map();
function accepts(version, specifier) {
    const key = `${version} ${specifier}`;
    let answer = acceptsMemo.get(key);
    if (answer === undefined) {
        answer = computeAccepts(version, specifier);
        if (acceptsMemo.size > 100_000)
            acceptsMemo.clear();
        acceptsMemo.set(key, answer);
    }
    return answer;
}
function computeAccepts(version, specifier) {
    return (0,_pep_specifier_js__WEBPACK_IMPORTED_MODULE_1__/* .specifierContains */ .IK)(specifier, version, { prereleases: true });
}
function candidateVersions(specifiers) {
    const out = new Set();
    for (const clause of specifiers.split(',')) {
        const v = clause.replace(/^[~=!<>]+/, '').replace(/\.\*$/, '');
        if (!(0,_pep_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidVersion */ .ri)(v))
            continue;
        const parts = v.split(/[.+]/).map((p) => Number.parseInt(p, 10)).filter((n) => !Number.isNaN(n));
        out.add(v);
        out.add(`${v}.1`);
        out.add(`${v}.post1`);
        for (let i = 0; i < parts.length; i++) {
            const up = parts.slice(0, i + 1);
            up[i] += 1;
            out.add(up.join('.'));
            if (parts[i] > 0) {
                const down = parts.slice(0, i + 1);
                down[i] -= 1;
                out.add(`${down.join('.')}.999`);
            }
        }
    }
    out.add('0');
    return [...out];
}


/***/ }),

/***/ 3351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ resolveIncludePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Where a -r/-c include points, relative to the including file as pip resolves it.

function resolveIncludePath(fromFile, target) {
    if (/^[A-Za-z][A-Za-z0-9+.-]+:\/\//.test(target) && !target.startsWith('file:'))
        return { kind: 'url', url: target };
    // Absolute paths and file:// URLs name places outside the checkout: never read them.
    if (target.startsWith('/') || target.startsWith('file:') || /^[A-Za-z]:[\\/]/.test(target))
        return { kind: 'escapes' };
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(fromFile), target.replace(/\\/g, '/')));
    if (joined === '..' || joined.startsWith('../'))
        return { kind: 'escapes' };
    return { kind: 'path', path: joined.replace(/^\.\//, '') };
}


/***/ }),

/***/ 3492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _$: () => (/* binding */ lineStarts),
/* harmony export */   cL: () => (/* binding */ lineIndexOf),
/* harmony export */   sZ: () => (/* binding */ toLineColumn)
/* harmony export */ });
// 0-based index of the line holding `offset`, given each line's start offset (sorted).
function lineIndexOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** Where each line starts: 0, then after every line feed. */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** 1-based line and column of `offset`. */
function toLineColumn(starts, offset) {
    const index = lineIndexOf(starts, offset);
    return { line: index + 1, column: offset - starts[index] + 1 };
}


/***/ }),

/***/ 2426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ buildWorkspace),
  D: () => (/* binding */ pinKey)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/include-path.ts
var include_path = __webpack_require__(3351);
// EXTERNAL MODULE: ./src/sources/discover.ts
var discover = __webpack_require__(2051);
// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
;// CONCATENATED MODULE: ./src/model/central.ts
// Which file is the central constraints file: the configured one, else, among the constraints files
// (never a file named as requirements, whoever -c includes it), the one most used through -c, then the
// shallowest, then the first by path.




function findCentralConstraints(files, installs, configured) {
    if (configured)
        return configured;
    const candidates = files.filter((f) => f.kind === 'constraints' && (0,discover/* classifyFile */.TX)(f.path) !== 'requirements').map((f) => f.path);
    if (candidates.length === 0)
        return undefined;
    const uses = new Map(candidates.map((c) => [c, 0]));
    for (const file of files) {
        if (file.kind !== 'requirements' && file.kind !== 'constraints')
            continue;
        for (const include of file.parsed.includes) {
            const target = (0,include_path/* resolveIncludePath */.K)(file.path, include.target);
            if (include.kind === 'constraint' && target.kind === 'path' && uses.has(target.path))
                uses.set(target.path, uses.get(target.path) + 1);
        }
    }
    // A Dockerfile's -c names a path in the image; its base name is the best link we have to the repo file.
    // Counted by base name first: thousands of services may each keep a constraints file of their own.
    const byBase = new Map();
    for (const site of installs) {
        for (const c of site.install.constraintFiles) {
            const base = external_node_path_.posix.basename(c.path);
            byBase.set(base, (byBase.get(base) ?? 0) + 1);
        }
    }
    for (const candidate of candidates)
        uses.set(candidate, uses.get(candidate) + (byBase.get(external_node_path_.posix.basename(candidate)) ?? 0));
    return candidates.sort((a, b) => uses.get(b) - uses.get(a) || (0,paths/* depth */.yr)(a) - (0,paths/* depth */.yr)(b) || a.localeCompare(b))[0];
}

// EXTERNAL MODULE: ./src/model/compose-projects.ts + 1 modules
var compose_projects = __webpack_require__(9633);
;// CONCATENATED MODULE: ./src/model/dockerfile-name.ts
// The name a Dockerfile gives its image when nothing else does. Pure.


/** `python-base.Dockerfile`, `Dockerfile.python-base` → python-base; `svc/Dockerfile` → svc; a root Dockerfile → root. */
function imageNameOf(dockerfile) {
    const base = external_node_path_.posix.basename(dockerfile);
    const m = /^(?:Dockerfile|Containerfile)[.-](.+)$/i.exec(base) ?? /^(.+)\.(?:Dockerfile|dockerfile|Containerfile)$/.exec(base);
    if (m)
        return m[1].toLowerCase();
    const dir = (0,paths/* dirOf */.Rw)(dockerfile);
    return dir === '' ? 'root' : external_node_path_.posix.basename(dir).toLowerCase();
}

;// CONCATENATED MODULE: ./src/model/image-ref.ts
// Image references as FROM and compose `image:` write them, reduced to what identifies a repository:
// tag and digest dropped, Docker Hub's implicit `docker.io/library/` made explicit. Pure.
// The same few references (base images, compose names) are parsed once per image that names them.
const parsed = new Map();
/** `ghcr.io/acme/python-base:latest@sha256:…` → its repository; undefined for `scratch` and unexpanded variables. */
function parseRepository(reference) {
    if (parsed.has(reference))
        return parsed.get(reference);
    const ref = parseReference(reference);
    if (parsed.size > 100_000)
        parsed.clear();
    parsed.set(reference, ref);
    return ref;
}
function parseReference(reference) {
    const ref = reference.trim();
    if (ref === '' || /\$/.test(ref) || ref.toLowerCase() === 'scratch')
        return undefined;
    const parts = stripTag(ref).split('/');
    const first = parts[0];
    const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first.toLowerCase() : 'docker.io';
    let rest = (hasRegistry ? parts.slice(1) : parts).map((p) => p.toLowerCase());
    const bare = rest.length === 1;
    if (registry === 'docker.io' && rest.length === 1)
        rest = ['library', ...rest];
    const path = rest.join('/');
    return { full: `${registry}/${path}`, path, last: rest[rest.length - 1], implicitRegistry: !hasRegistry, bare };
}
/** `ghcr.io/acme/python-base:latest` → `ghcr.io/acme/python-base` (as written, without tag or digest). */
function stripTag(reference) {
    const withoutDigest = reference.split('@')[0];
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
function referenceProblem(reference) {
    if (reference === '')
        return 'it is empty';
    if (/\s/.test(reference))
        return 'it contains white space';
    if (/\$/.test(reference))
        return 'it contains an unexpanded variable';
    if (!REFERENCE.test(reference)) {
        const name = stripTag(reference);
        if (/[A-Z]/.test(name.slice(name.indexOf('/') + 1)))
            return 'a repository name must be lowercase';
        if (reference.split('@')[0].endsWith(':'))
            return 'its tag is empty';
        return 'it does not match Docker’s reference format [registry/]name[:tag][@digest]';
    }
    if (stripTag(reference).length > MAX_NAME_LENGTH)
        return `its name is longer than ${MAX_NAME_LENGTH} characters`;
    return undefined;
}

// EXTERNAL MODULE: ./src/model/copy-glob.ts
var copy_glob = __webpack_require__(4099);
;// CONCATENATED MODULE: ./src/model/image-paths.ts
// Maps a path inside an image (`pip install -r /app/requirements.txt`) back to the repository file
// that a COPY/ADD before that RUN put there: in the same stage or a stage it is built FROM, and
// through `COPY --from=<stage>` to what that stage copied from the context. Pure.



// `COPY --from` chains longer than this are not real builds.
const MAX_STAGE_HOPS = 16;
function imageAbsolute(path, workdir) {
    return external_node_path_.posix.normalize(path.startsWith('/') ? path : external_node_path_.posix.join(workdir || '/', path));
}
// Each Dockerfile's stages are asked for once per install and per FROM: worked out once.
const stageCache = new WeakMap();
const reachableCache = new WeakMap();
function stagesOf(info) {
    let stages = stageCache.get(info);
    if (!stages)
        stageCache.set(info, (stages = computeStages(info)));
    return stages;
}
function computeStages(info) {
    const byName = new Map();
    const parent = info.froms.map((from, i) => {
        const p = from.isStage ? byName.get(from.image.toLowerCase()) : undefined;
        if (from.stageName)
            byName.set(from.stageName, i);
        return p;
    });
    return { parent, byName };
}
/** The stage a `--from` value names (a name or an index), undefined for an image. */
function stageIndex(stages, from) {
    if (/^\d+$/.test(from)) {
        const i = Number(from);
        return i < stages.parent.length ? i : undefined;
    }
    return stages.byName.get(from.toLowerCase());
}
/** The stages a build of `target` runs: the target, the stages it is built FROM, and those it copies from. */
function reachableStages(info, target) {
    let byTarget = reachableCache.get(info);
    if (!byTarget)
        reachableCache.set(info, (byTarget = new Map()));
    const key = target ?? '';
    let found = byTarget.get(key);
    if (!found)
        byTarget.set(key, (found = computeReachable(info, target)));
    return found;
}
function computeReachable(info, target) {
    const stages = stagesOf(info);
    const last = info.froms.length - 1;
    const start = target === undefined ? last : (stages.byName.get(target.toLowerCase()) ?? last);
    const seen = new Set();
    const queue = start >= 0 ? [start] : [];
    while (queue.length > 0) {
        const s = queue.pop();
        if (seen.has(s))
            continue;
        seen.add(s);
        const p = stages.parent[s];
        if (p !== undefined)
            queue.push(p);
        for (const c of info.stageCopies) {
            if (c.stage !== s)
                continue;
            const from = stageIndex(stages, c.from);
            if (from !== undefined)
                queue.push(from);
        }
    }
    return seen;
}
/**
 * @param stage the stage of the RUN; only copies above `beforeLine` in it (and every copy of the stages it is built FROM) count
 * @param context repo-relative build context ('' = root)
 * @param known repo-relative paths of files that exist (folders end in `/`)
 */
function mapImagePath(options) {
    const stages = stagesOf(options.info);
    const target = imageAbsolute(options.imagePath, options.workdir);
    return resolve(options, stages, options.stage, options.beforeLine, target, 0);
}
function resolve(options, stages, stage, beforeLine, target, hops) {
    if (hops > MAX_STAGE_HOPS)
        return undefined;
    const chain = new Set();
    for (let s = stage; s !== undefined && !chain.has(s); s = stages.parent[s])
        chain.add(s);
    const inScope = (c) => chain.has(c.stage) && (c.stage !== stage || c.location.line < beforeLine);
    // The last copy that wrote the path wins: walk them from the bottom up.
    const copies = [...options.info.copies.filter(inScope), ...options.info.stageCopies.filter(inScope)];
    copies.sort((a, b) => b.location.line - a.location.line);
    for (const copy of copies) {
        if ('from' in copy) {
            const source = stageSource(copy, target);
            const from = source === undefined ? undefined : stageIndex(stages, copy.from);
            if (source !== undefined && from !== undefined)
                return resolve(options, stages, from, Number.POSITIVE_INFINITY, source, hops + 1);
            if (source !== undefined)
                return undefined; // copied from an image: not a repository file
            continue;
        }
        const found = contextSource(copy, target, options.context, options.known);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** For `COPY --from=x src dest`: the path in stage x that became `target`, if this copy wrote it. */
function stageSource(copy, target) {
    const dest = imageAbsolute(copy.destination, copy.workdir);
    const destIsDir = copy.destination.endsWith('/') || copy.destination === '.' || copy.sources.length > 1;
    for (const written of copy.sources) {
        // Sources of --from are paths in that stage's filesystem, from its root.
        const source = external_node_path_.posix.normalize(external_node_path_.posix.join('/', written));
        if (!destIsDir && target === dest)
            return source;
        if (target === external_node_path_.posix.join(dest, external_node_path_.posix.basename(source)))
            return source;
        const prefix = dest === '/' ? '/' : `${dest}/`;
        if (target.startsWith(prefix))
            return external_node_path_.posix.join(source, target.slice(prefix.length));
    }
    return undefined;
}
/** For a context COPY: the repository file that became `target`, if this copy wrote it. */
function contextSource(copy, target, context, known) {
    const dest = imageAbsolute(copy.destination, copy.workdir);
    const destIsDir = copy.destination.endsWith('/') || copy.destination === '.' || copy.sources.length > 1;
    for (const source of copy.sources) {
        // Sources cannot leave the context; a leading / means the context root.
        const repoSource = (0,paths/* joinPath */.uJ)(context, source.replace(/^\/+/, ''));
        if (/[*?[]/.test(source)) {
            // COPY requirements*.txt /app/ — the file keeps its base name under dest.
            if (external_node_path_.posix.dirname(target) !== dest)
                continue;
            const candidate = (0,paths/* joinPath */.uJ)(external_node_path_.posix.dirname(repoSource), external_node_path_.posix.basename(target));
            if (known.has(candidate) && (0,copy_glob/* copyGlob */.k)(repoSource)(candidate))
                return candidate;
            continue;
        }
        if (known.has(repoSource)) {
            const asFile = !destIsDir && target === dest;
            const intoDir = target === external_node_path_.posix.join(dest, external_node_path_.posix.basename(source));
            if (asFile || intoDir)
                return repoSource;
            continue;
        }
        // A directory copy: /dest/rest ← context/source/rest.
        const prefix = dest === '/' ? '/' : `${dest}/`;
        if (target.startsWith(prefix)) {
            const candidate = (0,paths/* joinPath */.uJ)(repoSource, target.slice(prefix.length));
            if (known.has(candidate))
                return candidate;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/sources/shell.ts
var shell = __webpack_require__(3844);
// EXTERNAL MODULE: ./src/model/copies.ts
var copies = __webpack_require__(8136);
;// CONCATENATED MODULE: ./src/model/images.ts




function imageId(dockerfile, context, target) {
    let id = dockerfile;
    if (context !== (0,paths/* dirOf */.Rw)(dockerfile))
        id += ` @${(0,paths/* contextLabel */.g8)(context)}`;
    if (target)
        id += ` #${target}`;
    return id;
}
function collectImages(options) {
    const dockerfiles = new Map();
    for (const f of options.files)
        if (f.kind === 'dockerfile')
            dockerfiles.set(f.path, f.parsed);
    const known = options.known;
    const issues = [];
    const warnings = [];
    const byId = new Map();
    const ensure = (dockerfile, context, target, origin) => {
        const id = imageId(dockerfile, context, target);
        let draft = byId.get(id);
        if (!draft) {
            draft = newDraft(id, dockerfile, context, target, origin, dockerfiles.get(dockerfile));
            byId.set(id, draft);
        }
        return draft;
    };
    // 1. Compose services build their Dockerfile in their context.
    for (const s of options.services) {
        if (!s.build)
            continue;
        if (!dockerfiles.has(s.build.dockerfile)) {
            issues.push({
                rule: 'missing-dockerfile',
                location: s.build.location,
                message: `service ${s.id} builds ${s.build.dockerfile} (context ${(0,paths/* contextLabel */.g8)(s.build.context)}), which is not in the repository; fix build.context or build.dockerfile`,
            });
            continue;
        }
        const draft = ensure(s.build.dockerfile, s.build.context, s.build.target, 'compose');
        draft.services.push(s.id);
        if (s.image)
            draft.composeRefs.push({ ...s.image, service: s.id });
        if (s.build.args)
            draft.buildArgs.push(s.build.args);
    }
    // 2. Config images: the compose image of the same Dockerfile (and context), else one of their own.
    const missing = [];
    for (const [name, image] of Object.entries(options.configImages).sort(([a], [b]) => a.localeCompare(b))) {
        const dockerfile = (0,paths/* joinPath */.uJ)(image.dockerfile);
        if (!dockerfiles.has(dockerfile)) {
            missing.push({ name, dockerfile, referencedBy: [] });
            continue;
        }
        const context = image.context !== undefined ? (0,paths/* joinPath */.uJ)(image.context) : undefined;
        const composed = [...byId.values()].filter((d) => d.dockerfile === dockerfile && d.configName === undefined && (context === undefined || d.context === (0,paths/* contextLabel */.g8)(context)));
        const draft = composed[0] ?? ensure(dockerfile, context ?? inferContext(dockerfile, dockerfiles.get(dockerfile), known, warnings), undefined, 'config');
        draft.configName = name;
        draft.origin = 'config';
        if (image.repository)
            draft.configRepository = image.repository;
    }
    // 3. Every other Dockerfile is an image of its own.
    const built = new Set([...byId.values()].map((d) => d.dockerfile));
    for (const [path, info] of [...dockerfiles].sort(([a], [b]) => a.localeCompare(b))) {
        if (!built.has(path))
            ensure(path, inferContext(path, info, known, warnings), undefined, 'inferred');
    }
    const pyprojects = options.files.filter((f) => f.kind === 'pyproject').map((f) => f.path);
    const images = [...byId.values()];
    for (const draft of images)
        mapInstalls(draft, known, pyprojects);
    return { images, missing, issues, warnings };
}
function newDraft(id, dockerfile, context, target, origin, info) {
    const draft = {
        id,
        name: '',
        dockerfile,
        context: (0,paths/* contextLabel */.g8)(context),
        origin,
        services: [],
        tags: [],
        bases: [],
        externalBases: [],
        inferred: false,
        installs: [],
        requirementFiles: [],
        governed: false,
        info,
        composeRefs: [],
        buildArgs: [],
    };
    if (target)
        draft.target = target;
    return draft;
}
/** The image's pip installs in the stages its build runs, with the repository files each reads. */
function mapInstalls(draft, known, pyprojects) {
    const { info } = draft;
    const context = draft.context === '.' ? '' : draft.context;
    const stages = reachableStages(info, draft.target);
    const files = new Set();
    for (const install of info.installs) {
        if (!stages.has(install.stage))
            continue;
        const map = (imagePath) => mapImagePath({ info, stage: install.stage, beforeLine: install.location.line, context, imagePath, workdir: install.workdir, known });
        const requirementFiles = install.requirementFiles.map((r) => map(r.path)).filter((p) => p !== undefined);
        const constraintFiles = install.constraintFiles.map((c) => map(c.path));
        draft.installs.push({ dockerfile: draft.dockerfile, install, requirementFiles, constraintFiles, constrained: constraintFiles.length > 0, central: false });
        for (const f of requirementFiles)
            files.add(f);
    }
    // A pyproject it COPYs is what `pip install .` installs.
    const prefix = context === '' ? '' : `${context}/`;
    const inContext = draft.installs.length > 0 ? pyprojects.filter((path) => path.startsWith(prefix)) : [];
    if (inContext.length > 0) {
        const sources = (0,copies/* copiedSources */.r)(info.copies.filter((c) => stages.has(c.stage)), draft.context);
        for (const path of inContext)
            if (sources.some((s) => s.matches(path)))
                files.add(path);
    }
    draft.requirementFiles = [...files].sort();
}
/**
 * Without compose or config, the context is the deepest folder (the Dockerfile's own, a parent, the
 * root) under which every COPY source exists. Sources found under no candidate (build outputs) do
 * not vote; a source found only under another candidate than the chosen one is reported.
 */
function inferContext(dockerfile, info, known, warnings) {
    const candidates = [];
    for (let d = (0,paths/* dirOf */.Rw)(dockerfile);; d = (0,paths/* dirOf */.Rw)(d)) {
        candidates.push(d);
        if (d === '')
            break;
    }
    const sources = [...new Set(info.copies.flatMap((c) => c.sources).map((s) => s.replace(/^\/+/, '')))].filter((s) => s !== '' && s !== '.' && !s.startsWith('..'));
    if (sources.length === 0)
        return candidates[0];
    const exists = (context, source) => {
        // A glob counts when the folder it starts in exists.
        const literal = /[*?[]/.test(source) ? source.slice(0, source.search(/[*?[]/)).replace(/\/[^/]*$/, '') : source;
        const path = (0,paths/* joinPath */.uJ)(context, literal);
        return path === context || known.has(path) || known.has(`${path}/`);
    };
    const found = candidates.map((c) => sources.filter((s) => exists(c, s)));
    const voting = new Set(found.flat());
    if (voting.size === 0)
        return candidates[0];
    let best = 0;
    for (let i = 1; i < candidates.length; i++)
        if (found[i].length > found[best].length)
            best = i;
    const lost = [...voting].filter((s) => !found[best].includes(s));
    const tied = candidates.filter((c, i) => i !== best && found[i].length === found[best].length && found[i].some(isRequirementSource));
    if (lost.length === 0 && tied.length > 0 && found[best].some(isRequirementSource)) {
        warnings.push(`${dockerfile}: its COPY sources exist under ${[candidates[best], ...tied].map(paths/* contextLabel */.g8).join(' and ')}; took ${(0,paths/* contextLabel */.g8)(candidates[best])} ` +
            `(the Dockerfile's nearest); set images.<name>.context in config or build it from compose if it is built from ${(0,paths/* contextLabel */.g8)(tied[0])}`);
    }
    if (lost.length > 0) {
        warnings.push(`${dockerfile}: no build context holds every COPY source; took ${(0,paths/* contextLabel */.g8)(candidates[best])} (${found[best].length} of ${voting.size} found), ` +
            `where ${lost.slice(0, 3).join(', ')} ${lost.length === 1 ? 'is' : 'are'} missing; set images.<name>.context in config or build it from compose`);
    }
    return candidates[best];
}
function isRequirementSource(source) {
    return /\.(txt|in|toml)$/i.test(source);
}
/** What a FROM names for this image: the parser's expansion, or, with compose build args, each service's. */
function fromReferences(image, from) {
    if (image.buildArgs.length === 0 || !from.raw.includes('$'))
        return [from.image];
    const refs = image.buildArgs.map((args) => {
        const expanded = (0,shell/* expandVariables */.i7)(from.raw, (name) => args[name]);
        return expanded.unresolved ? from.image : expanded.value;
    });
    return [...new Set(refs)];
}

;// CONCATENATED MODULE: ./src/model/image-names.ts
// Names and registry repositories of images. A name is unique; a repository is a valid Docker
// reference, never shared by two images and never the image an image is built FROM. Where that
// cannot hold, a finding says so and the image gets no repository: nothing is pushed under it. Pure.






/** Names and repositories; run `dropCollisions` once FROM edges may have named more repositories. */
function nameImages(images, config) {
    const issues = assignNames(images);
    for (const image of images)
        assignRepository(image, config, issues);
    return issues;
}
/**
 * Config key, else the first compose service's name, else the Dockerfile's; collisions qualified by
 * folder. Two Dockerfiles named alike by their file names: the one that lost the name is reported.
 */
function assignNames(images) {
    const issues = [];
    const wanted = new Map();
    for (const image of images) {
        const name = image.configName ?? serviceName(image) ?? imageNameOf(image.dockerfile);
        wanted.set(name, [...(wanted.get(name) ?? []), image]);
    }
    const taken = new Set();
    const later = [];
    for (const [name, group] of wanted) {
        // One keeps the plain name: the configured one, else the only base image among them.
        const keeper = group.length === 1 ? group[0] : (group.find((i) => i.configName === name) ?? single(group.filter((i) => i.governed)));
        if (keeper) {
            keeper.name = name;
            taken.add(name);
        }
        for (const image of group)
            if (image !== keeper)
                later.push(image);
    }
    for (const image of later.sort((a, b) => a.id.localeCompare(b.id))) {
        image.name = qualifiedName(image, taken);
        taken.add(image.name);
        const wantedName = imageNameOf(image.dockerfile);
        const holder = images.find((i) => i !== image && i.name === wantedName);
        if (image.services.length === 0 && image.configName === undefined && holder) {
            issues.push({
                rule: 'image-tag-collision',
                location: { file: image.dockerfile, line: 1, column: 1 },
                message: `${image.dockerfile} would be the image ${wantedName}, like ${holder.dockerfile}${holder.governed ? ' (the base image, which keeps the name)' : ''}; monopin calls it ${image.name}. Name it in config images, or rename the file`,
            });
        }
    }
    return issues;
}
function serviceName(image) {
    const id = [...image.services].sort((a, b) => (0,paths/* depth */.yr)(a) - (0,paths/* depth */.yr)(b) || a.localeCompare(b))[0];
    return id?.slice(id.lastIndexOf('/') + 1);
}
function single(list) {
    return list.length === 1 ? list[0] : undefined;
}
/** A compose image takes its service id (`deploy/prod/web` → deploy-prod-web); others prefix folders, nearest first, until unique. */
function qualifiedName(image, taken) {
    const candidates = [];
    if (image.services.length > 0)
        candidates.push(slug(image.services[0].replace(/\//g, '-')));
    let name = imageNameOf(image.dockerfile);
    for (const folder of external_node_path_.posix.dirname(image.dockerfile).split('/').reverse()) {
        if (folder === '.' || folder === '' || folder === name || name.startsWith(`${folder}-`))
            continue;
        name = slug(`${folder}-${name}`);
        candidates.push(name);
    }
    const found = candidates.find((c) => !taken.has(c));
    if (found)
        return found;
    const plain = candidates[candidates.length - 1] ?? slug(name);
    let n = 2;
    while (taken.has(`${plain}-${n}`))
        n++;
    return `${plain}-${n}`;
}
function slug(name) {
    return name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|[-._]+$/g, '') || 'image';
}
function assignRepository(image, config, issues) {
    const where = (ref) => ref?.location ?? { file: image.dockerfile, line: 1, column: 1 };
    for (const ref of image.composeRefs) {
        const problem = referenceProblem(ref.value);
        if (problem) {
            const unset = ref.unset.length > 0 ? ` (${ref.unset.join(', ')} not set in the project's .env)` : '';
            issues.push({
                rule: 'invalid-image-tag',
                location: ref.location,
                message: `service ${ref.service}: image '${ref.value}'${unset} is not a valid Docker reference: ${problem}; monopin will not push ${image.name} under it`,
            });
            continue;
        }
        if (!image.tags.includes(ref.value))
            image.tags.push(ref.value);
    }
    const compose = image.tags[0];
    let repository;
    if (image.configRepository)
        repository = image.configRepository;
    else if (compose)
        repository = withRegistry(stripTag(compose), config);
    else if (image.composeRefs.length === 0 || config.registry || config.namespace) {
        repository = defaultRepository(image.name, config);
        image.defaultRepository = true;
    }
    if (repository === undefined)
        return;
    repository = repository.toLowerCase();
    const problem = referenceProblem(repository);
    if (problem) {
        issues.push({ rule: 'invalid-image-tag', location: where(image.composeRefs[0]), message: `image ${image.name}: '${repository}' is not a valid Docker reference: ${problem}` });
        return;
    }
    // Never the image it is built FROM: pushing it would overwrite its own base.
    const own = parseRepository(repository).full;
    const stages = reachableStages(image.info, image.target);
    const from = image.info.froms.find((f, i) => stages.has(i) && !f.isStage && fromReferences(image, f).some((r) => parseRepository(r)?.full === own));
    if (from) {
        issues.push({
            rule: 'image-tag-collision',
            location: from.location,
            message: `image ${image.name} (${image.dockerfile}) would be pushed as ${repository}, the image it is built FROM; name it in config images (repository) or compose image:`,
        });
        return;
    }
    setRepository(image, repository);
}
function setRepository(image, repository) {
    if (image.repository)
        image.tags = image.tags.filter((t) => stripTag(t).toLowerCase() !== image.repository);
    image.repository = repository;
    if (!image.tags.some((t) => stripTag(t).toLowerCase() === repository))
        image.tags.push(repository);
}
/** With `registry`/`namespace` in config, a name without a registry goes there instead of Docker Hub. */
function withRegistry(repository, config) {
    const ref = parseRepository(repository);
    if (!ref || !ref.implicitRegistry || (!config.registry && !config.namespace))
        return repository;
    return defaultRepository(ref.last, config);
}
function defaultRepository(name, config) {
    return [config.registry, config.namespace, name].filter((p) => p !== undefined && p !== '').join('/');
}
/** Two images under one repository: neither is pushed under it. */
function dropCollisions(images, issues) {
    const byRepository = new Map();
    for (const image of images) {
        if (!image.repository)
            continue;
        const key = parseRepository(image.repository).full;
        byRepository.set(key, [...(byRepository.get(key) ?? []), image]);
    }
    for (const group of byRepository.values()) {
        if (group.length < 2)
            continue;
        const names = group.map((i) => `${i.name} (${i.dockerfile})`).join(', ');
        for (const image of group) {
            issues.push({
                rule: 'image-tag-collision',
                location: image.composeRefs[0]?.location ?? { file: image.dockerfile, line: 1, column: 1 },
                message: `${group.length} images would be pushed as ${image.repository}: ${names}; give each its own image: name (compose) or repository (config images); none is pushed under it`,
            });
        }
        for (const image of group) {
            const repository = image.repository;
            image.tags = image.tags.filter((t) => stripTag(t).toLowerCase() !== repository);
            delete image.repository;
        }
    }
}

;// CONCATENATED MODULE: ./src/model/from-edges.ts
// FROM edges: `FROM [registry/][namespace/]name[:tag]` (ARG-expanded) of an image the repository
// builds is an edge to it. Declared names (config, compose image:) match by repository; an image
// known only by its Dockerfile's name matches a bare FROM, one on a registry other than Docker Hub,
// or one in a Docker Hub namespace the repository shows it owns (config, compose, its own FROMs);
// never the upstream image it is itself built FROM. Several candidates: config first, then compose,
// then base images; else an ambiguity. Pure.





function resolveFroms(options) {
    const { images } = options;
    const index = indexTargets(options);
    for (const namespace of namespacesInUse(images, index))
        index.ownNamespaces.add(namespace);
    const ambiguities = [];
    for (const image of images) {
        const bases = new Set();
        const external = new Set();
        const baseFroms = [];
        const stages = reachableStages(image.info, image.target);
        image.info.froms.forEach((from, i) => {
            if (from.isStage || !stages.has(i))
                return;
            for (const reference of fromReferences(image, from)) {
                const ref = parseRepository(reference);
                const found = ref ? lookup(index, ref, image) : undefined;
                if (found === undefined || Array.isArray(found)) {
                    if (Array.isArray(found)) {
                        ambiguities.push({
                            file: image.dockerfile,
                            line: from.location.line,
                            reference,
                            candidates: found.map((t) => t.name).sort(),
                            settle: `name the one it means in config images (images.<name>: { dockerfile, repository: ${ref.implicitRegistry ? ref.path.replace(/^library\//, '') : ref.full} })`,
                        });
                    }
                    external.add(reference);
                    continue;
                }
                if (!bases.has(found.target.name))
                    baseFroms.push({ base: found.target.name, line: from.location.line, image: reference });
                bases.add(found.target.name);
                if (found.target.missing && !found.target.missing.referencedBy.includes(image.name))
                    found.target.missing.referencedBy.push(image.name);
                if (found.target.image && found.byName) {
                    found.target.image.inferred = true;
                    // `FROM ghcr.io/acme/agent-base` in a namespace the repository owns says where agent-base is pushed.
                    if (found.target.image.defaultRepository && !ref.bare && referenceProblem(stripTag(reference).toLowerCase()) === undefined) {
                        setRepository(found.target.image, stripTag(reference).toLowerCase());
                        found.target.image.defaultRepository = false;
                    }
                }
            }
        });
        image.bases = [...bases].sort();
        image.externalBases = [...external].sort();
        if (baseFroms.length > 0)
            image.baseFroms = baseFroms;
    }
    for (const m of options.missing)
        m.referencedBy.sort();
    return ambiguities;
}
function indexTargets(options) {
    const index = { byFull: new Map(), byPath: new Map(), byBareLast: new Map(), byName: new Map(), ownNamespaces: new Set() };
    const put = (map, key, t) => {
        const list = map.get(key);
        if (!list)
            map.set(key, [t]);
        else if (!list.includes(t))
            list.push(t);
    };
    const declare = (t, reference) => {
        const ref = parseRepository(reference);
        if (!ref)
            return;
        put(index.byFull, ref.full, t);
        put(index.byPath, ref.path, t);
        if (ref.bare)
            put(index.byBareLast, ref.last, t);
        else
            index.ownNamespaces.add(namespaceOf(ref));
    };
    if (options.config.namespace)
        index.ownNamespaces.add(options.config.namespace.toLowerCase());
    for (const image of options.images) {
        const upstream = new Set(image.info.froms
            .filter((f) => !f.isStage)
            .flatMap((f) => fromReferences(image, f))
            .map((r) => parseRepository(r)?.full)
            .filter((f) => f !== undefined));
        const t = { name: image.name, image, rank: image.configName ? 0 : image.composeRefs.length > 0 ? 1 : image.governed ? 2 : 3, upstream };
        // The default repository (its own name) declares nothing: only compose image: and config do.
        for (const tag of image.tags)
            if (!(image.defaultRepository && stripTag(tag).toLowerCase() === image.repository))
                declare(t, tag);
        if (image.configRepository)
            declare(t, image.configRepository);
        for (const name of new Set([image.name, imageNameOf(image.dockerfile), image.configName ?? image.name]))
            put(index.byName, name, t);
    }
    for (const m of options.missing) {
        const t = { name: m.name, missing: m, rank: 0 };
        const repository = options.missingRepositories.get(m.name);
        if (repository)
            declare(t, repository);
        put(index.byName, m.name, t);
    }
    return index;
}
/**
 * Namespaces the repository's own FROM lines use for its images (`FROM rayproject/ray-deps`,
 * `FROM sutazai/agent-base` in several Dockerfiles): two or more FROM lines naming an image of the
 * repository by its name, where that image is not itself built FROM the same reference.
 */
function namespacesInUse(images, index) {
    const lines = new Map();
    for (const image of images) {
        const stages = reachableStages(image.info, image.target);
        image.info.froms.forEach((from, i) => {
            if (from.isStage || !stages.has(i))
                return;
            for (const reference of fromReferences(image, from)) {
                const ref = parseRepository(reference);
                if (!ref || ref.bare)
                    continue;
                const hits = (index.byName.get(ref.last) ?? []).filter((t) => t.image !== image && !t.upstream?.has(ref.full));
                if (hits.length > 0)
                    lines.set(namespaceOf(ref), (lines.get(namespaceOf(ref)) ?? 0) + 1);
            }
        });
    }
    return [...lines].filter(([, n]) => n >= 2).map(([namespace]) => namespace);
}
function namespaceOf(ref) {
    return ref.path.slice(0, ref.path.length - ref.last.length - 1);
}
/** The target a FROM names; a list when several tie; undefined when it is no image of the repository. */
function lookup(index, ref, self) {
    const pick = (list) => {
        const others = list.filter((t) => t.image !== self);
        if (others.length <= 1)
            return others[0];
        const best = Math.min(...others.map((t) => t.rank));
        const top = others.filter((t) => t.rank === best);
        return top.length === 1 ? top[0] : top;
    };
    // Declared names: the same repository, the same path on another registry (a mirror), a bare declared name.
    for (const list of [index.byFull.get(ref.full), index.byPath.get(ref.path), index.byBareLast.get(ref.last)]) {
        const hit = pick(list ?? []);
        if (hit !== undefined)
            return Array.isArray(hit) ? hit : { target: hit, byName: false };
    }
    // By name: a bare FROM (`agent-base:latest`), one in a namespace the repository owns, or, while no namespace is
    // known to be its own, one on a registry other than Docker Hub (`ghcr.io/acme/agent-base`).
    const owned = ref.bare || index.ownNamespaces.has(namespaceOf(ref)) || (!ref.implicitRegistry && index.ownNamespaces.size === 0);
    if (!owned)
        return undefined;
    const named = pick((index.byName.get(ref.last) ?? []).filter((t) => !t.upstream?.has(ref.full)));
    if (named === undefined)
        return undefined;
    // Only an image known by nothing but its Dockerfile's name is "inferred".
    return Array.isArray(named) ? named : { target: named, byName: named.rank >= 2 };
}

// EXTERNAL MODULE: ./src/model/includes.ts
var includes = __webpack_require__(1676);
;// CONCATENATED MODULE: ./src/model/build.ts
// The one builder of the model: parsed files → compose projects and services, images and their
// installs, FROM edges, requirement files and every consumer of each. Pure.









function buildWorkspace(loaded, config = {}) {
    const files = loaded.files;
    const compose = (0,compose_projects/* buildComposeModel */.Kt)(files, loaded.env ?? new Map());
    const collected = collectImages({ files, services: compose.services, configImages: config.images ?? {}, known: knownPaths(loaded) });
    const images = collected.images;
    const requirementFiles = requirementFileNodes(files);
    // Installs whose requirement files carry their own -c are constrained too.
    const installs = images.flatMap((i) => i.installs);
    for (const site of installs) {
        if (site.requirementFiles.some((f) => requirementFiles.get(f)?.includes.some((i) => i.kind === 'constraint')))
            site.constrained = true;
    }
    const constraintsFile = findCentralConstraints(files, installs, config.constraints);
    const central = constraintsFile ? (0,includes/* includeClosure */.o)(requirementFiles, [constraintsFile], () => true) : new Set();
    markGoverned(images, requirementFiles, central, constraintsFile);
    const issues = nameImages(images, config);
    const missingRepositories = new Map(Object.entries(config.images ?? {}).flatMap(([name, i]) => (i.repository ? [[name, i.repository]] : [])));
    const ambiguities = resolveFroms({ images, missing: collected.missing, missingRepositories, config });
    dropCollisions(images, issues);
    images.sort((a, b) => a.name.localeCompare(b.name));
    const services = serviceNodes(compose.services, images, requirementFiles);
    const consumers = consumerLabels(files, requirementFiles, images);
    const occurrences = placeOccurrences(files, consumers);
    const pins = new Map();
    for (const o of occurrences) {
        if (!central.has(o.location.file))
            continue;
        const list = pins.get(o.name);
        if (list)
            list.push(o);
        else
            pins.set(o.name, [o]);
    }
    return {
        files,
        projects: compose.projects,
        services,
        images: images.map(toImage),
        missingImages: collected.missing,
        requirementFiles,
        consumers,
        occurrences,
        constraintsFile,
        pins,
        installs,
        governedPins: governedPins(images),
        issues: [...files.flatMap((f) => f.parsed.issues), ...loaded.issues],
        modelIssues: [...collected.issues, ...issues],
        ambiguities,
        warnings: [
            ...collected.warnings,
            ...ambiguities.map((a) => `${a.file}:${a.line}: FROM ${a.reference} could be ${a.candidates.join(' or ')}; treated as external (${a.settle})`),
            ...collected.missing.filter((m) => m.referencedBy.length === 0).map((m) => `config images.${m.name}: ${m.dockerfile} does not exist`),
        ],
        skipped: loaded.skipped,
    };
}
/**
 * Files, and folders with a trailing `/`, that COPY sources may name: the reader's listing, and the
 * loaded files and their folders (an include may reach a file the listing left out). Not copied.
 */
function knownPaths(loaded) {
    const listed = loaded.paths ?? new Set();
    const extra = new Set();
    for (const f of loaded.files) {
        if (!listed.has(f.path))
            extra.add(f.path);
        for (let d = (0,paths/* dirOf */.Rw)(f.path); d !== '' && !listed.has(`${d}/`) && !extra.has(`${d}/`); d = (0,paths/* dirOf */.Rw)(d))
            extra.add(`${d}/`);
    }
    return { has: (path) => listed.has(path) || extra.has(path) };
}
function requirementFileNodes(files) {
    const out = new Map();
    for (const file of files) {
        if (file.kind === 'pyproject')
            out.set(file.path, { path: file.path, kind: 'pyproject', includes: [], images: [], services: [] });
        if (file.kind !== 'requirements' && file.kind !== 'constraints')
            continue;
        const includes = [];
        for (const include of file.parsed.includes) {
            const target = (0,include_path/* resolveIncludePath */.K)(file.path, include.target);
            if (target.kind === 'path')
                includes.push({ path: target.path, kind: include.kind });
        }
        out.set(file.path, { path: file.path, kind: file.kind, includes, images: [], services: [] });
    }
    return out;
}
/** An image is governed by the central file when it installs with it, is named in config, or sits beside it. */
function markGoverned(images, nodes, central, constraintsFile) {
    if (!constraintsFile)
        return;
    const centralBase = external_node_path_.posix.basename(constraintsFile);
    // Whether a requirement file, or one it -r includes, -c includes the central file: once per file.
    const reaches = new Map();
    const reachesCentral = (file) => {
        let found = reaches.get(file);
        if (found === undefined) {
            found = [...(0,includes/* requirementClosure */.T)(nodes, [file])].some((p) => nodes.get(p)?.includes.some((i) => i.kind === 'constraint' && central.has(i.path)));
            reaches.set(file, found);
        }
        return found;
    };
    for (const image of images) {
        for (const site of image.installs) {
            site.central =
                site.constraintFiles.some((path, i) => (path !== undefined ? central.has(path) : external_node_path_.posix.basename(site.install.constraintFiles[i].path) === centralBase)) ||
                    site.requirementFiles.some(reachesCentral);
        }
        image.governed = image.configName !== undefined || image.installs.some((s) => s.central) || (0,paths/* dirOf */.Rw)(image.dockerfile) === (0,paths/* dirOf */.Rw)(constraintsFile);
    }
}
function serviceNodes(drafts, images, nodes) {
    const imagesByService = new Map();
    for (const image of images)
        for (const s of image.services)
            imagesByService.set(s, [...(imagesByService.get(s) ?? []), image]);
    const counts = (0,compose_projects/* dependentCounts */.gr)(drafts);
    return drafts.map((d) => {
        const built = imagesByService.get(d.id) ?? [];
        const files = (0,includes/* requirementClosure */.T)(nodes, built.flatMap((i) => i.requirementFiles));
        const service = {
            id: d.id,
            name: d.name,
            project: d.project,
            location: d.location,
            images: built.map((i) => i.id),
            dependsOn: d.dependsOn,
            dependents: counts.get(d.id).direct,
            transitiveDependents: counts.get(d.id).transitive,
            requirementFiles: [...files].sort(),
        };
        if (d.image)
            service.image = d.image.value;
        if (d.build)
            service.build = { dockerfile: d.build.dockerfile, context: (0,paths/* contextLabel */.g8)(d.build.context), ...(d.build.target ? { target: d.build.target } : {}) };
        return service;
    });
}
/**
 * Every file's consumers as labels, most specific first: the services that build an image installing
 * it, then images no service builds, else (nothing installs it) the file itself. Dockerfiles are
 * consumed by their own images. The file nodes get their image and service lists too.
 */
function consumerLabels(files, nodes, images) {
    const byFile = new Map();
    const add = (path, image) => {
        const list = byFile.get(path);
        if (!list)
            byFile.set(path, [image]);
        else if (!list.includes(image))
            list.push(image);
    };
    for (const image of images) {
        add(image.dockerfile, image);
        for (const path of (0,includes/* requirementClosure */.T)(nodes, image.requirementFiles))
            add(path, image);
    }
    const consumers = new Map();
    for (const file of files) {
        if (file.kind === 'compose' || file.kind === 'constraints')
            continue;
        const users = byFile.get(file.path) ?? [];
        const services = [...new Set(users.flatMap((i) => i.services))].sort();
        const loose = users.filter((i) => i.services.length === 0).map((i) => i.name).sort();
        const node = nodes.get(file.path);
        if (node) {
            node.images = users.map((i) => i.name).sort();
            node.services = services;
        }
        consumers.set(file.path, new Set(services.length + loose.length > 0 ? [...services, ...loose] : [file.path]));
    }
    return consumers;
}
function placeOccurrences(files, consumers) {
    const occurrences = [];
    for (const file of files) {
        const label = first(consumers.get(file.path));
        if (file.kind === 'requirements' || file.kind === 'constraints' || file.kind === 'pyproject') {
            for (const o of file.parsed.occurrences)
                occurrences.push(placed(o, label, file.kind === 'constraints'));
        }
        else if (file.kind === 'dockerfile') {
            for (const install of file.parsed.installs)
                for (const o of install.packages)
                    occurrences.push(placed(o, label, false));
        }
    }
    return occurrences;
}
function first(set) {
    if (!set)
        return undefined;
    for (const value of set)
        return value;
    return undefined;
}
/** Inline pins of governed images: the bump rewrites them with the central file. */
function governedPins(images) {
    const out = new Set();
    for (const image of images) {
        if (!image.governed)
            continue;
        for (const site of image.installs)
            for (const o of site.install.packages)
                out.add(pinKey(o));
    }
    return out;
}
function pinKey(o) {
    return `${o.location.file}:${o.location.line}:${o.location.column}`;
}
function toImage(draft) {
    const { info: _info, configName: _configName, configRepository: _configRepository, composeRefs: _composeRefs, defaultRepository: _default, buildArgs: _args, ...image } = draft;
    return image;
}
/**
 * The occurrence with its consumer label; from a constraints file, with origin 'constraints'. Every key
 * is always present (undefined when absent) so all occurrences share one hidden class: spread copies
 * of the parsers' few shapes made every `o.url`/`o.origin` read in checks and reports megamorphic,
 * ~1.5 s of a 10,000-service scan.
 */
function placed(o, service, fromConstraints) {
    return {
        name: o.name,
        rawName: o.rawName,
        extras: o.extras,
        specifier: o.specifier,
        location: o.location,
        origin: fromConstraints ? 'constraints' : o.origin,
        viaConstraint: fromConstraints || o.viaConstraint,
        text: o.text,
        marker: o.marker,
        url: o.url,
        editable: o.editable,
        hashes: o.hashes,
        service,
    };
}


/***/ }),

/***/ 9633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kt: () => (/* binding */ buildComposeModel),
  Ey: () => (/* binding */ composeDockerfiles),
  gr: () => (/* binding */ dependentCounts)
});

;// CONCATENATED MODULE: ./src/model/interpolate.ts
// Compose variable interpolation (compose-spec "Interpolation"): `$VAR`, `${VAR}`, `${VAR:-default}`,
// `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?message}`, `${VAR?message}`, `$$`, defaults
// nested. Values come from the project's `.env` only: monopin never reads the runner's environment,
// so a report does not depend on where it ran. Pure.
// Nesting deeper than this is not a compose file anyone writes; it stops a crafted one.
const MAX_DEPTH = 16;
const MAX_LENGTH = 4096;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function interpolate(text, env) {
    const out = { value: '', unset: [], errors: [] };
    out.value = expand(text, env, out, 0).slice(0, MAX_LENGTH);
    return out;
}
function expand(text, env, out, depth) {
    if (depth > MAX_DEPTH) {
        out.errors.push('variables nested too deeply');
        return '';
    }
    let result = '';
    let i = 0;
    while (i < text.length && result.length <= MAX_LENGTH) {
        const ch = text[i];
        if (ch !== '$') {
            result += ch;
            i++;
            continue;
        }
        const next = text[i + 1];
        if (next === '$') {
            result += '$';
            i += 2;
            continue;
        }
        if (next === '{') {
            const close = matchingBrace(text, i + 2);
            if (close < 0) {
                out.errors.push(`unclosed \${ in '${text}'`);
                return result + text.slice(i);
            }
            result += braced(text.slice(i + 2, close), env, out, depth);
            i = close + 1;
            continue;
        }
        const name = NAME.exec(text.slice(i + 1))?.[0];
        if (!name) {
            result += '$';
            i++;
            continue;
        }
        result += lookup(name, env, out);
        i += 1 + name.length;
    }
    return result;
}
/** The inside of `${…}`. */
function braced(inner, env, out, depth) {
    const name = NAME.exec(inner)?.[0];
    if (!name) {
        out.errors.push(`invalid interpolation \${${inner}}`);
        return '';
    }
    const rest = inner.slice(name.length);
    if (rest === '')
        return lookup(name, env, out);
    const op = /^(:?[-+?])/.exec(rest)?.[1];
    if (!op) {
        out.errors.push(`invalid interpolation \${${inner}}`);
        return '';
    }
    const word = rest.slice(op.length);
    const value = env[name];
    // With a colon, an empty value counts as unset.
    const set = op.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
    switch (op.replace(':', '')) {
        case '-':
            return set ? value : expand(word, env, out, depth + 1);
        case '+':
            return set ? expand(word, env, out, depth + 1) : '';
        default:
            if (!set)
                out.errors.push(`${name}: ${expand(word, env, out, depth + 1) || 'required variable is missing a value'}`);
            return value ?? '';
    }
}
function lookup(name, env, out) {
    const value = env[name];
    if (value === undefined && !out.unset.includes(name))
        out.unset.push(name);
    return value ?? '';
}
/** Index of the `}` closing a `${` whose body starts at `from`, counting nested `${`. */
function matchingBrace(text, from) {
    let depth = 1;
    for (let i = from; i < text.length; i++) {
        if (text[i] === '$' && text[i + 1] === '{') {
            depth++;
            i++;
        }
        else if (text[i] === '}' && --depth === 0)
            return i;
    }
    return -1;
}

// EXTERNAL MODULE: ./src/model/paths.ts
var paths = __webpack_require__(1933);
;// CONCATENATED MODULE: ./src/model/compose-projects.ts


/** `compose.yaml` before `docker-compose.yml` before others; `*.override.*` after the file it overrides. */
function mergeRank(path) {
    const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    if (/^(docker-)?compose\.ya?ml$/.test(base))
        return 0;
    if (/override/.test(base))
        return 2;
    return 1;
}
function serviceId(project, name) {
    return project === '' ? name : `${project}/${name}`;
}
/**
 * @param env `.env` values by folder (the project's folder is looked up)
 */
function buildComposeModel(files, env) {
    // The loader asks first (for the Dockerfiles to read), the model builder after, with the same compose files.
    const key = files.filter((f) => f.kind === 'compose');
    const cached = composeCache.get(env);
    if (cached && cached.files.size === key.length && key.every((f) => cached.files.has(f)))
        return cached.model;
    const model = composeModelOf(files, env);
    composeCache.set(env, { files: new Set(key), model });
    return model;
}
const composeCache = new WeakMap();
function composeModelOf(files, env) {
    const composeFiles = files.filter((f) => f.kind === 'compose');
    // The files of one folder are one project; its `name:` (the last file's that sets one) may join folders.
    const folders = new Map();
    for (const f of composeFiles)
        folders.set((0,paths/* dirOf */.Rw)(f.path), [...(folders.get((0,paths/* dirOf */.Rw)(f.path)) ?? []), f.parsed]);
    const groups = new Map();
    for (const [dir, list] of folders) {
        list.sort((a, b) => mergeRank(a.path) - mergeRank(b.path) || a.path.localeCompare(b.path));
        const named = list.filter((f) => f.name !== undefined).pop()?.name;
        const name = named === undefined ? undefined : interpolate(named, env.get(dir) ?? {}).value;
        const key = name || dir;
        const group = groups.get(key) ?? { dir, files: [] };
        group.files.push(...list);
        groups.set(key, group);
    }
    const projects = [];
    const services = [];
    for (const [id, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
        const vars = env.get(group.dir) ?? {};
        const merged = new Map();
        for (const file of group.files) {
            for (const service of file.services) {
                const entry = merged.get(service.name) ?? { first: service, parts: [] };
                entry.parts.push({ service, file: file.path });
                merged.set(service.name, entry);
            }
        }
        const ids = [];
        for (const [name, entry] of merged) {
            const draft = mergeService(id, name, entry, vars);
            services.push(draft);
            ids.push(draft.id);
        }
        // depends_on names services of the same project only.
        for (const draft of services.slice(services.length - ids.length)) {
            draft.dependsOn = draft.dependsOn.filter((dep) => merged.has(dep)).map((dep) => serviceId(id, dep));
        }
        projects.push({ id, dir: group.dir, files: group.files.map((f) => f.path), services: ids.sort() });
    }
    return { projects, services: services.sort((a, b) => a.id.localeCompare(b.id)) };
}
function mergeService(project, name, entry, vars) {
    const draft = { id: serviceId(project, name), name, project, location: entry.first.location, dependsOn: [] };
    let context;
    let dockerfile;
    let target;
    let inline = false;
    const args = {};
    let buildLocation;
    const depends = new Set();
    for (const { service, file } of entry.parts) {
        if (service.image !== undefined) {
            const r = interpolate(service.image, vars);
            draft.image = { value: r.value, location: service.imageLocation ?? service.location, unset: r.unset, errors: r.errors };
        }
        if (service.build) {
            buildLocation = service.buildLocation ?? service.location;
            // A build without `context` keeps an earlier one, or defaults to the project's folder.
            if (service.build.context !== undefined)
                context = { value: interpolate(service.build.context, vars).value, dir: (0,paths/* dirOf */.Rw)(file) };
            else
                context ??= { value: '.', dir: (0,paths/* dirOf */.Rw)(file) };
            if (service.build.dockerfile !== undefined)
                dockerfile = interpolate(service.build.dockerfile, vars).value;
            if (service.build.target !== undefined)
                target = interpolate(service.build.target, vars).value;
            if (service.build.inline)
                inline = true;
            // A bare KEY takes its value from the environment: here, the project's .env.
            for (const [key, value] of Object.entries(service.build.args ?? {})) {
                const resolved = value === null ? vars[key] : interpolate(value, vars).value;
                if (resolved === undefined)
                    delete args[key];
                else
                    args[key] = resolved;
            }
        }
        for (const dep of service.dependsOn)
            depends.add(dep);
    }
    draft.dependsOn = [...depends].sort();
    if (context && !inline && !(0,paths/* isRemoteContext */.uN)(context.value)) {
        const contextPath = (0,paths/* joinPath */.uJ)(context.dir, context.value);
        const build = {
            context: contextPath,
            // The Dockerfile is relative to the context; an absolute one names a file outside the checkout.
            dockerfile: (0,paths/* joinPath */.uJ)(contextPath, dockerfile ?? 'Dockerfile'),
            location: buildLocation ?? draft.location,
        };
        if (target)
            build.target = target;
        if (Object.keys(args).length > 0)
            build.args = args;
        draft.build = build;
    }
    return draft;
}
/** Dockerfiles compose files build, for the loader to read even where discovery would not take them. */
function composeDockerfiles(files, env) {
    const out = new Set();
    for (const s of buildComposeModel(files, env).services)
        if (s.build && !s.build.dockerfile.startsWith('../'))
            out.add(s.build.dockerfile);
    return [...out];
}
/** Direct and transitive dependents of every service (depends_on reversed); cycles count each service once. */
function dependentCounts(services) {
    const counts = new Map(services.map((s) => [s.id, { direct: 0, transitive: 0 }]));
    const edges = new Map(services.map((s) => [s.id, s.dependsOn]));
    for (const s of services) {
        for (const dep of s.dependsOn) {
            const c = counts.get(dep);
            if (c)
                c.direct++;
        }
        // Everything s reaches has s as a transitive dependent.
        const seen = new Set([s.id]);
        const stack = [...s.dependsOn];
        while (stack.length > 0) {
            const dep = stack.pop();
            if (seen.has(dep))
                continue;
            seen.add(dep);
            const c = counts.get(dep);
            if (c)
                c.transitive++;
            stack.push(...(edges.get(dep) ?? []));
        }
    }
    return counts;
}


/***/ }),

/***/ 8136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ copiedSources)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _copy_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4099);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1933);
// What a Dockerfile's COPY/ADD instructions take from the repository, as repo-relative matchers. Pure.



/** Each COPY source resolved against the build context (`.` or '' for the repository root). */
function copiedSources(copies, context) {
    const out = [];
    for (const copy of copies) {
        for (const written of copy.sources) {
            // Sources cannot leave the context; a leading / means the context root.
            const source = (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPath */ .uJ)(context === '.' ? '' : context, written.replace(/^\/+/, ''));
            let matches;
            if (/[*?[]/.test(written)) {
                const isMatch = (0,_copy_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .copyGlob */ .k)(source);
                matches = (path) => isMatch(path) || pathPrefixes(path).some((p) => isMatch(p));
            }
            else if (source === '')
                matches = () => true;
            else
                matches = (path) => path === source || path.startsWith(`${source}/`);
            out.push({ copy, source, matches });
        }
    }
    return out;
}
function pathPrefixes(path) {
    const out = [];
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path); d !== '.' && d !== '/'; d = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(d))
        out.push(d);
    return out;
}


/***/ }),

/***/ 4099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ copyGlob)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sources_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5454);
// COPY/ADD sources with wildcards come from the repository: Docker's own syntax only (`*`, `?`,
// `[...]`, `**`), so picomatch's extglobs (`+(a|aa)`, whose backtracking a crafted pattern turns
// into minutes per path) are off, and an over-long pattern matches nothing. Pure.


function copyGlob(pattern) {
    if (pattern.length > _sources_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_GLOB_LENGTH */ .v7)
        return () => false;
    return picomatch__WEBPACK_IMPORTED_MODULE_1___default()(pattern, { dot: true, noextglob: true });
}


/***/ }),

/***/ 1676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ requirementClosure),
/* harmony export */   o: () => (/* binding */ includeClosure)
/* harmony export */ });
/** The files and what they include (`follow` picks the include kinds: `-r` installs, `-c` only constrains). */
function includeClosure(nodes, roots, follow) {
    const seen = new Set();
    const queue = [...roots];
    while (queue.length > 0) {
        const path = queue.pop();
        if (seen.has(path))
            continue;
        seen.add(path);
        for (const include of nodes.get(path)?.includes ?? [])
            if (follow(include.kind))
                queue.push(include.path);
    }
    return seen;
}
/** The files and what they `-r` include (not `-c`: constraints install nothing). */
function requirementClosure(nodes, roots) {
    return includeClosure(nodes, roots, (kind) => kind === 'requirement');
}


/***/ }),

/***/ 1933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rw: () => (/* binding */ dirOf),
/* harmony export */   g8: () => (/* binding */ contextLabel),
/* harmony export */   uJ: () => (/* binding */ joinPath),
/* harmony export */   uN: () => (/* binding */ isRemoteContext),
/* harmony export */   yr: () => (/* binding */ depth)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Repo-relative paths: forward slashes, '' for the root, no `./`. Pure.

function dirOf(path) {
    const d = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path);
    return d === '.' ? '' : d;
}
function joinPath(...parts) {
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(...parts.filter((p) => p !== '')));
    return joined === '.' ? '' : joined.replace(/^\.\//, '').replace(/\/$/, '');
}
/** A compose build context that is a URL (git repository, tarball): nothing in the checkout to read. */
function isRemoteContext(context) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || /^git@/.test(context);
}
/** How many segments a path (or service id `project/name`) has. */
function depth(path) {
    return path.split('/').length;
}
/** `.` for the root, as build contexts are shown and passed to docker. */
function contextLabel(context) {
    return context === '' ? '.' : context;
}


/***/ }),

/***/ 1023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ evaluateMarker),
/* harmony export */   bR: () => (/* binding */ markerMayHold),
/* harmony export */   gY: () => (/* binding */ parseMarker)
/* harmony export */ });
/* unused harmony exports MAX_MARKER_DEPTH, formatMarker, MarkerEvaluationError */
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8466);
/* harmony import */ var _specifier_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6821);
/* harmony import */ var _name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(110);
/* harmony import */ var _requirement_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5358);
// PEP 508 environment markers, parsed and evaluated the way `packaging` 22+ does.
// The tree keeps packaging's shape (a flat list of atoms joined by and/or, parens as
// nested lists) so `formatMarker` prints exactly what `str(packaging.markers.Marker)` prints.




// Old spellings packaging still accepts, mapped the way it maps them.
const ALIASES = {
    'os.name': 'os_name',
    'sys.platform': 'sys_platform',
    'platform.version': 'platform_version',
    'platform.machine': 'platform_machine',
    'platform.python_implementation': 'platform_python_implementation',
    python_implementation: 'platform_python_implementation',
};
// Same alternatives and word boundaries as packaging's tokenizer.
const VARIABLE = /\b(python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extra)\b/y;
const QUOTED = /'([^']*)'|"([^"]*)"/y;
const OP = /===|==|~=|!=|<=|>=|<|>|\bin\b|\bnot[ \t]+in\b/y;
const BOOLOP = /\b(or|and)\b/y;
const WS = /[ \t]*/y;
// packaging recurses once per parenthesis and fails with RecursionError near 1,000 levels; far below
// that, and below V8's stack, a deeper marker is a syntax error instead of a crash that loses the scan.
const MAX_MARKER_DEPTH = 100;
function parseMarker(text) {
    let pos = 0;
    const skipWs = () => {
        WS.lastIndex = pos;
        WS.exec(text);
        pos = WS.lastIndex;
    };
    const match = (re) => {
        re.lastIndex = pos;
        const m = re.exec(text);
        if (m)
            pos = re.lastIndex;
        return m;
    };
    const fail = (message, at = pos) => {
        throw new _requirement_js__WEBPACK_IMPORTED_MODULE_2__/* .RequirementSyntaxError */ .t(message, at);
    };
    const operand = () => {
        const v = match(VARIABLE);
        if (v)
            return { kind: 'variable', name: ALIASES[v[0]] ?? v[0] };
        const q = match(QUOTED);
        if (q)
            return { kind: 'value', value: q[1] ?? q[2] ?? '' };
        if (text[pos] === '"' || text[pos] === "'")
            fail('unterminated quoted string in marker');
        return fail('expected a marker variable or a quoted string');
    };
    let depth = 0;
    const atom = () => {
        skipWs();
        if (text[pos] === '(') {
            if (++depth > MAX_MARKER_DEPTH)
                fail(`marker nested deeper than ${MAX_MARKER_DEPTH} parentheses`);
            pos++;
            const inner = expr();
            depth--;
            skipWs();
            if (text[pos] !== ')')
                fail('expected ) to close the marker group');
            pos++;
            return inner;
        }
        const left = operand();
        skipWs();
        const o = match(OP);
        if (!o)
            fail('expected a marker operator (<, <=, ==, !=, >=, >, ~=, ===, in, not in)');
        const op = o[0].replace(/^not[ \t]+in$/, 'not in');
        skipWs();
        const right = operand();
        return { kind: 'compare', left, op, right };
    };
    const expr = () => {
        const items = [atom()];
        for (;;) {
            skipWs();
            const b = match(BOOLOP);
            if (!b)
                return { kind: 'expr', items };
            items.push(b[0], atom());
        }
    };
    const root = expr();
    skipWs();
    if (pos < text.length)
        fail(`unexpected text '${text.slice(pos)}' in marker`);
    return root;
}
/** The marker as `str(packaging.markers.Marker(text))` prints it. */
function formatMarker(node) {
    return formatItem(node, true, true);
}
// packaging normalizes `extra` values only in the top-level comparisons, so only those are.
function formatItem(item, first, root) {
    if (item.kind === 'compare') {
        const { left, op, right } = root ? normalizeExtra(item) : item;
        return `${formatOperand(left)} ${op} ${formatOperand(right)}`;
    }
    const only = item.items[0];
    // packaging drops the parens around a lone group: `((a))` prints as `a`
    if (item.items.length === 1 && only !== undefined && typeof only !== 'string')
        return formatItem(only, true, root && only.kind === 'compare');
    const inner = item.items.map((i) => (typeof i === 'string' ? i : formatItem(i, false, root && i.kind === 'compare'))).join(' ');
    return first ? inner : `(${inner})`;
}
function formatOperand(o) {
    return o.kind === 'variable' ? o.name : `"${o.value}"`;
}
// packaging compares extra names by their PEP 685 normal form.
function normalizeExtra(c) {
    const isExtra = (o) => o.kind === 'variable' && o.name === 'extra';
    const norm = (o) => (o.kind === 'value' ? { kind: 'value', value: (0,_name_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .P)(o.value) } : o);
    if (isExtra(c.left))
        return { ...c, right: norm(c.right) };
    if (isExtra(c.right))
        return { ...c, left: norm(c.left) };
    return c;
}
class MarkerEvaluationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MarkerEvaluationError';
    }
}
function evaluateMarker(node, env) {
    // 'or' starts a new group; the expression holds when every atom of some group holds
    const groups = [[]];
    for (const item of node.items) {
        if (item === 'or')
            groups.push([]);
        else if (item === 'and')
            continue;
        else
            groups[groups.length - 1].push(item.kind === 'expr' ? evaluateMarker(item, env) : evaluateCompare(item, env));
    }
    return groups.some((g) => g.every(Boolean));
}
function evaluateCompare(c, env) {
    const { left, op, right } = normalizeExtra(c);
    const resolve = (o) => {
        if (o.kind === 'value')
            return o.value;
        const v = env[o.name];
        if (v === undefined && o.name !== 'extra')
            throw new MarkerEvaluationError(`marker variable '${o.name}' is not in the environment`);
        return o.name === 'extra' ? (0,_name_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .P)(v ?? '') : v;
    };
    const lhs = resolve(left);
    const rhs = resolve(right);
    // As packaging: a version comparison when `op rhs` is a valid specifier and lhs a version.
    if (op !== 'in' && op !== 'not in') {
        const spec = `${op}${rhs}`;
        if ((0,_specifier_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidSpecifier */ .J5)(spec) && (op === '===' || (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidVersion */ .ri)(lhs)))
            return (0,_specifier_js__WEBPACK_IMPORTED_MODULE_1__/* .specifierContains */ .IK)(spec, lhs, { prereleases: true });
    }
    switch (op) {
        case 'in':
            return rhs.includes(lhs);
        case 'not in':
            return !rhs.includes(lhs);
        case '==':
            return lhs === rhs;
        case '!=':
            return lhs !== rhs;
        case '<':
            return lhs < rhs;
        case '<=':
            return lhs <= rhs;
        case '>':
            return lhs > rhs;
        case '>=':
            return lhs >= rhs;
        default:
            throw new MarkerEvaluationError(`'${op}' cannot compare '${lhs}' with '${rhs}': they are not versions`);
    }
}
/** Whether a marker may hold in `env`: no marker holds; one that cannot be parsed or evaluated there counts as true. */
function markerMayHold(marker, env) {
    if (!marker)
        return true;
    try {
        return evaluateMarker(parseMarker(marker), env);
    }
    catch {
        return true;
    }
}


/***/ }),

/***/ 127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ memoized)
/* harmony export */ });
// Real files ask the same few hundred version and specifier questions thousands of times.
/** `compute` remembered per key; the memory is dropped whole when it holds `limit` keys. */
function memoized(compute, limit = 50_000) {
    const memory = new Map();
    return (key) => {
        if (memory.has(key))
            return memory.get(key);
        const value = compute(key);
        if (memory.size >= limit)
            memory.clear();
        memory.set(key, value);
        return value;
    };
}


/***/ }),

/***/ 8466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ withoutLocal),
/* harmony export */   Nk: () => (/* binding */ isPrereleaseVersion),
/* harmony export */   QK: () => (/* binding */ compareVersionStrings),
/* harmony export */   dQ: () => (/* binding */ compareParsed),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   ri: () => (/* binding */ isValidVersion)
/* harmony export */ });
/* unused harmony export formatVersion */
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(127);
// PEP 440 versions as `packaging.version.Version` reads and orders them. Pure.
// The specifier evaluator (specifier.ts) needs the parts (pre, post, dev, local, epoch), not only an
// order, so it parses here instead of asking a library that answers yes/no.

// packaging's VERSION_PATTERN, with its case-insensitive letters spelled out: IGNORECASE without
// re.ASCII must not let a non-ASCII letter (U+0130) through, and JavaScript's /i would.
const VERSION = new RegExp('^\\s*[vV]?' +
    '(?:(\\d+)!)?' + // epoch
    '(\\d+(?:\\.\\d+)*)' + // release
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?' + // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?' + // post-release
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?' + // dev release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?' + // local
    '\\s*$', 'i');
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const PRE_LABELS = { a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', rc: 'rc', pre: 'rc', preview: 'rc' };
/** The version, or undefined when `text` is not PEP 440 (packaging's InvalidVersion). */
const parseVersion = (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memoized */ .x)(parseUncached);
function parseUncached(text) {
    if (!ASCII_ONLY.test(text.trim()))
        return undefined;
    const m = VERSION.exec(text);
    if (m === null)
        return undefined;
    const [, epoch, release, preLabel, preNumber, postDash, postLabel, postNumber, devLabel, devNumber, local] = m;
    const version = { epoch: epoch === undefined ? 0n : BigInt(epoch), release: release.split('.').map(BigInt) };
    if (preLabel !== undefined)
        version.pre = { label: PRE_LABELS[preLabel.toLowerCase()], number: BigInt(preNumber ?? 0) };
    if (postDash !== undefined)
        version.post = BigInt(postDash);
    else if (postLabel !== undefined)
        version.post = BigInt(postNumber ?? 0);
    if (devLabel !== undefined)
        version.dev = BigInt(devNumber ?? 0);
    if (local !== undefined)
        version.local = local.toLowerCase().split(/[-_.]/).map((part) => (/^\d+$/.test(part) ? BigInt(part) : part));
    return version;
}
function isValidVersion(text) {
    return parseVersion(text) !== undefined;
}
/** A pre-release or a dev release, as packaging's `is_prerelease`. */
function isPrereleaseVersion(v) {
    return v.pre !== undefined || v.dev !== undefined;
}
function withoutLocal(v) {
    if (v.local === undefined)
        return v;
    const { local: _local, ...rest } = v;
    return rest;
}
/** The normalized string, as `str(Version(...))`. */
function formatVersion(v) {
    let out = v.epoch !== 0n ? `${v.epoch}!` : '';
    out += v.release.join('.');
    if (v.pre !== undefined)
        out += `${v.pre.label}${v.pre.number}`;
    if (v.post !== undefined)
        out += `.post${v.post}`;
    if (v.dev !== undefined)
        out += `.dev${v.dev}`;
    if (v.local !== undefined)
        out += `+${v.local.join('.')}`;
    return out;
}
const PRE_ORDER = { a: 0, b: 1, rc: 2 };
/** packaging's `_cmpkey` order: <0, 0 or >0. Trailing zeros of the release do not count (1.0 == 1.0.0). */
function compareParsed(a, b) {
    if (a.epoch !== b.epoch)
        return sign(a.epoch, b.epoch);
    const length = Math.max(a.release.length, b.release.length);
    for (let i = 0; i < length; i++) {
        const x = a.release[i] ?? 0n;
        const y = b.release[i] ?? 0n;
        if (x !== y)
            return sign(x, y);
    }
    const d = preKey(a) - preKey(b);
    if (d !== 0)
        return d;
    if (a.pre !== undefined && b.pre !== undefined && a.pre.number !== b.pre.number)
        return sign(a.pre.number, b.pre.number);
    const post = sign(a.post ?? -1n, b.post ?? -1n);
    if (post !== 0)
        return post;
    // No dev part sorts after every dev release.
    if (a.dev !== b.dev)
        return a.dev === undefined ? 1 : b.dev === undefined ? -1 : sign(a.dev, b.dev);
    return compareLocal(a.local, b.local);
}
// A dev release without a pre- or post-release sorts before every pre-release of its release;
// a final (or post) release after all of them.
function preKey(v) {
    if (v.pre !== undefined)
        return PRE_ORDER[v.pre.label];
    if (v.post === undefined && v.dev !== undefined)
        return -1;
    return 3;
}
// No local sorts first; numeric parts sort after alphanumeric ones; a longer local wins a tie.
function sign(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
}
function compareLocal(a, b) {
    if (a === undefined || b === undefined)
        return (a === undefined ? 0 : 1) - (b === undefined ? 0 : 1);
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (typeof x === 'bigint' && typeof y === 'bigint') {
            if (x !== y)
                return sign(x, y);
        }
        else if (typeof x === 'bigint')
            return 1;
        else if (typeof y === 'bigint')
            return -1;
        else if (x !== y)
            return x < y ? -1 : 1;
    }
    return a.length - b.length;
}
/** Orders two version strings; undefined when either is not PEP 440. */
function compareVersionStrings(a, b) {
    const x = parseVersion(a);
    const y = parseVersion(b);
    return x === undefined || y === undefined ? undefined : compareParsed(x, y);
}


/***/ }),

/***/ 5358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ parseRequirement),
/* harmony export */   t: () => (/* binding */ RequirementSyntaxError)
/* harmony export */ });
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1023);
/* harmony import */ var _specifier_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6821);
/* harmony import */ var _name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(110);



// Real files repeat the same few specifiers thousands of times; pep440's check builds objects per call.
const clauseValidity = new Map();
function isValidClause(clause) {
    let valid = clauseValidity.get(clause);
    if (valid === undefined) {
        valid = (0,_specifier_js__WEBPACK_IMPORTED_MODULE_1__/* .isValidSpecifier */ .J5)(clause);
        if (clauseValidity.size > 50_000)
            clauseValidity.clear();
        clauseValidity.set(clause, valid);
    }
    return valid;
}
class RequirementSyntaxError extends Error {
    offset;
    constructor(message, 
    /** 0-based offset into the parsed text where the problem starts. */
    offset) {
        super(message);
        this.offset = offset;
        this.name = 'RequirementSyntaxError';
    }
}
const IDENTIFIER = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
const WS = /[ \t]*/y;
// One clause: operator then a version token (packaging's SPECIFIER token, loosely).
const CLAUSE = /(~=|===|==|!=|<=|>=|<|>)[ \t]*([^\s,;)]+)/y;
function parseRequirement(text) {
    let pos = 0;
    const skipWs = () => {
        WS.lastIndex = pos;
        WS.exec(text);
        pos = WS.lastIndex;
    };
    const fail = (message, at = pos) => {
        throw new RequirementSyntaxError(message, at);
    };
    skipWs();
    IDENTIFIER.lastIndex = pos;
    const nameMatch = IDENTIFIER.exec(text);
    if (!nameMatch)
        fail('expected a package name');
    const rawName = nameMatch[0];
    pos = IDENTIFIER.lastIndex;
    if (!(0,_name_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidName */ .u)(rawName))
        fail(`invalid package name '${rawName}'`, pos - rawName.length);
    skipWs();
    const extras = [];
    if (text[pos] === '[') {
        pos++;
        skipWs();
        while (text[pos] !== ']') {
            IDENTIFIER.lastIndex = pos;
            const extra = IDENTIFIER.exec(text);
            if (!extra)
                fail('expected an extra name or ]');
            extras.push((0,_name_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .P)(extra[0]));
            pos = IDENTIFIER.lastIndex;
            skipWs();
            if (text[pos] === ',') {
                pos++;
                skipWs();
                // packaging rejects a trailing comma: `foo[a,]`
                if (text[pos] === ']')
                    fail('expected an extra name after ,');
            }
            else if (text[pos] !== ']')
                fail('expected , or ] after an extra');
        }
        pos++;
        skipWs();
    }
    let url;
    let specifier = '';
    if (text[pos] === '@') {
        pos++;
        skipWs();
        // packaging's URL token stops at spaces and tabs only
        const m = /[^ \t]+/y;
        m.lastIndex = pos;
        const u = m.exec(text);
        if (!u)
            fail('expected a URL after @');
        url = u[0];
        pos = m.lastIndex;
        // Like packaging, a ';' with no space before it is part of the URL, not a marker.
        if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url))
            fail(`expected a URL with a scheme after @, got '${url}'`);
        skipWs();
    }
    else {
        const parenthesized = text[pos] === '(';
        if (parenthesized) {
            pos++;
            skipWs();
        }
        const clauses = [];
        const starts = [];
        for (;;) {
            CLAUSE.lastIndex = pos;
            const c = CLAUSE.exec(text);
            if (!c)
                break;
            clauses.push(`${c[1]}${c[2]}`);
            starts.push(pos);
            pos = CLAUSE.lastIndex;
            skipWs();
            if (text[pos] !== ',')
                break;
            pos++;
            skipWs();
            CLAUSE.lastIndex = pos;
            if (!CLAUSE.test(text))
                fail('expected a version specifier after ,');
        }
        if (parenthesized) {
            if (text[pos] !== ')')
                fail('expected ) after the specifier');
            pos++;
            skipWs();
        }
        specifier = clauses.join(',');
        clauses.forEach((clause, i) => {
            if (!isValidClause(clause))
                fail(`invalid version specifier '${clause}'`, starts[i]);
        });
    }
    let marker;
    if (text[pos] === ';') {
        const raw = text.slice(pos + 1);
        marker = raw.trim();
        if (!marker)
            fail('expected a marker after ;', text.length);
        const start = pos + 1 + (raw.length - raw.trimStart().length);
        try {
            (0,_marker_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMarker */ .gY)(marker);
        }
        catch (e) {
            // report the offset in the whole requirement, not in the marker alone
            if (e instanceof RequirementSyntaxError)
                throw new RequirementSyntaxError(e.message, start + e.offset);
            throw e;
        }
        pos = text.length;
    }
    skipWs();
    if (pos < text.length)
        fail(`unexpected text '${text.slice(pos)}'`);
    return { name: (0,_name_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeName */ .P)(rawName), rawName, extras: [...new Set(extras)].sort(), specifier, marker, url };
}


/***/ }),

/***/ 6821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ specifierContains),
/* harmony export */   J5: () => (/* binding */ isValidSpecifier),
/* harmony export */   xs: () => (/* binding */ isValidSpecifierSet)
/* harmony export */ });
/* unused harmony exports parseSpecifier, parseSpecifierSet */
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(127);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8466);
// PEP 440 version specifiers (`~=`, `==`, `==X.*`, `!=`, `<`, `<=`, `>`, `>=`, `===`), answered as
// `packaging.specifiers.SpecifierSet.contains` does. Pure.
//
// Which `packaging`: the current one (26.x, the generation whose own test tables
// test/unit/pep-specifier.test.ts replays). pip 23.2 vendors packaging 21.3, and pip up to 25.x
// vendors 24.x/25.0; they answer differently in a few corners, all tested against both in
// test/integration/pep-specifier-oracle.test.ts:
// - `>V` / `<V` near V itself: 21.3 compares base versions, so `>1.0a1` rejects `1.0.post0` and
//   `<1.0.post1` rejects `1.0a1`; current packaging reads PEP 440 literally ("a post-release *of V*",
//   "a pre-release *of V*") and accepts both;
// - `==0!2.*` and `==01.*`: current packaging normalizes the prefix, 21.3 compares text;
// - `===v1.0` matches the string `v1.0` as written in current packaging, 21.3 compares the
//   normalized form;
// - `contains(v)` with no prereleases argument: current packaging accepts a lone matching
//   pre-release, 21.3 rejects it unless a clause names one. Nothing here asks that question: every
//   caller asks pip's resolver question, `contains(v, prereleases=True)`, or says `false`.
// We follow the current generation because PEP 440 says what it does, its tables are the reference
// the design holds us to, and the corners where it differs from pip 23.2 are pre-, post- and local
// releases of the very version a specifier names, which a constraints bump never proposes to a pin
// that is not a pre-release itself. Legacy (non-PEP 440) versions are not versions here, as in
// packaging >= 22 and pip >= 24.1: they match nothing but `===`.


const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
const START = 'v?(?:[0-9]+!)?[0-9]+';
// packaging's specifier grammar, per operator: which allow a local segment, a `.*` suffix, one release number.
const CLAUSE_VERSION = {
    '~=': new RegExp(`^${START}(?:\\.[0-9]+)+${PRE}${POST}${DEV}$`, 'i'),
    '==': new RegExp(`^${START}(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})$`, 'i'),
    '!=': new RegExp(`^${START}(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})$`, 'i'),
    '<=': new RegExp(`^${START}(?:\\.[0-9]+)*${PRE}${POST}${DEV}$`, 'i'),
    '>=': new RegExp(`^${START}(?:\\.[0-9]+)*${PRE}${POST}${DEV}$`, 'i'),
    '<': new RegExp(`^${START}(?:\\.[0-9]+)*${PRE}${POST}${DEV}$`, 'i'),
    '>': new RegExp(`^${START}(?:\\.[0-9]+)*${PRE}${POST}${DEV}$`, 'i'),
};
const OPERATOR = /^\s*(===|~=|==|!=|<=|>=|<|>)\s*/;
const WHITE = /^\s*$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** One clause (`>=1.0`), or undefined when packaging would raise InvalidSpecifier. */
const parseSpecifier = (0,_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .memoized */ .x)(parseClauseUncached);
function parseClauseUncached(text) {
    const m = OPERATOR.exec(text);
    if (m === null)
        return undefined;
    const operator = m[1];
    const version = text.slice(m[0].length).trimEnd();
    if (operator === '===')
        return /^[^\s;)]*$/.test(version) ? { operator, version } : undefined;
    if (!ASCII_ONLY.test(version) || !CLAUSE_VERSION[operator].test(version))
        return undefined;
    return { operator, version };
}
/** Comma-separated clauses; empty parts are skipped as packaging's SpecifierSet skips them. */
function parseSpecifierSet(text) {
    const out = [];
    for (const part of text.split(',')) {
        if (WHITE.test(part))
            continue;
        const clause = parseSpecifier(part);
        if (clause === undefined)
            return undefined;
        out.push(clause);
    }
    return out;
}
function isValidSpecifier(text) {
    return parseSpecifier(text) !== undefined;
}
function isValidSpecifierSet(text) {
    return parseSpecifierSet(text) !== undefined;
}
/**
 * Does the specifier set accept `version`? An empty set accepts anything; a version that is not
 * PEP 440 matches only `===`; a set that does not parse accepts nothing.
 */
function specifierContains(specifier, version, options = {}) {
    const set = parseSpecifierSet(specifier);
    if (set === undefined)
        return false;
    const parsed = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(version);
    if (parsed !== undefined && options.prereleases === false && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isPrereleaseVersion */ .Nk)(parsed))
        return false;
    return set.every((clause) => clauseMatches(clause, version, parsed));
}
function clauseMatches(clause, item, parsed) {
    // `===` compares the strings as written, case-insensitively: `===1.0` does not match `1.0.0`.
    if (clause.operator === '===')
        return item.toLowerCase() === clause.version.toLowerCase();
    if (parsed === undefined)
        return false;
    switch (clause.operator) {
        case '==':
            return equalTo(parsed, clause.version);
        case '!=':
            return !equalTo(parsed, clause.version);
        case '~=':
            return compatibleWith(parsed, specVersion(clause.version));
        case '<=':
            return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutLocal */ .EC)(parsed), specVersion(clause.version)) <= 0;
        case '>=':
            return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutLocal */ .EC)(parsed), specVersion(clause.version)) >= 0;
        case '<':
            return lessThan(parsed, specVersion(clause.version));
        case '>':
            return greaterThan(parsed, specVersion(clause.version));
    }
}
function specVersion(text) {
    // the grammar above admits only what parses
    return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(text);
}
function equalTo(item, spec) {
    if (spec.endsWith('.*'))
        return prefixMatches(item, specVersion(spec.slice(0, -2)));
    const version = specVersion(spec);
    // A specifier without a local segment ignores the candidate's: `==1.0` matches `1.0+cpu`.
    return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)(version.local === undefined ? (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutLocal */ .EC)(item) : item, version) === 0;
}
/** `==1.2.*`: same epoch, and the release (zero-padded) starts with 1.2; suffixes and local do not matter. */
function prefixMatches(item, prefix) {
    if (item.epoch !== prefix.epoch)
        return false;
    return prefix.release.every((n, i) => (item.release[i] ?? 0n) === n);
}
/** `~=2.2.post1` is `>=2.2.post1, ==2.*`. */
function compatibleWith(item, spec) {
    if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutLocal */ .EC)(item), spec) < 0)
        return false;
    return prefixMatches(item, { epoch: spec.epoch, release: spec.release.slice(0, -1) });
}
/** `<V` excludes V's own pre-releases (from V.dev0 on) unless V is one. */
function lessThan(item, spec) {
    if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)(item, spec) >= 0)
        return false;
    if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isPrereleaseVersion */ .Nk)(spec) || !(0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isPrereleaseVersion */ .Nk)(item))
        return true;
    const earliest = { ...(0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutLocal */ .EC)(spec), dev: 0n };
    return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)(item, earliest) < 0;
}
/** `>V` excludes V's own post-releases (unless V is one) and V's local versions. */
function greaterThan(item, spec) {
    if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)(item, spec) <= 0)
        return false;
    if (spec.post === undefined && item.post !== undefined) {
        const { post: _post, dev: _dev, local: _local, ...base } = item;
        if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)(base, spec) === 0)
            return false;
    }
    if (item.local !== undefined && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutLocal */ .EC)(item), spec) === 0)
        return false;
    return true;
}


/***/ }),

/***/ 8561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ sameVersion)
/* harmony export */ });
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8466);
// PEP 440 version equality: `1.0` is `1.0.0`; versions that are not PEP 440 compare as text.
// The order itself (BigInt numbers, as packaging) lives in pep440.ts.

function sameVersion(a, b) {
    if (a === b)
        return true;
    return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersionStrings */ .QK)(a, b) === 0;
}


/***/ }),

/***/ 2051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TX: () => (/* binding */ classifyFile),
/* harmony export */   ZO: () => (/* binding */ discoverFiles)
/* harmony export */ });
/* unused harmony export MAX_FOLDER_DEPTH */
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5454);

const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const CONCURRENCY = 16;
/** Folders deeper than this are not entered: no real repository nests its manifests this deep. */
const MAX_FOLDER_DEPTH = 64;
// Tool and environment folders: they hold third-party metadata, never the repo's own sources.
const SKIP_DIRS = new Set([
    '.git',
    'node_modules',
    '.venv',
    'venv',
    '__pycache__',
    '.tox',
    '.nox',
    '.mypy_cache',
    'site-packages',
    '.terraform',
]);
async function discoverFiles(reader, options = {}) {
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const ignored = options.ignore?.length ? await (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlobs */ .tI)(options.ignore) : () => false;
    const taken = options.paths?.length ? await (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlobs */ .tI)(options.paths) : () => true;
    const files = [];
    const paths = [];
    const skipped = [];
    const visit = async (dir) => {
        let entries;
        try {
            // Only files discovery may take need a size: a checkout holds far more source files than manifests.
            entries = await reader.list(dir, { sizeOf: (path) => classifyFile(path) !== undefined });
        }
        catch (error) {
            // One unreadable folder (EACCES, ENAMETOOLONG) costs its own files, not the scan; an unreadable root is fatal.
            if (dir === '')
                throw error;
            skipped.push({ path: dir, reason: `folder not read: ${error.code ?? error.message}` });
            return [];
        }
        // A virtualenv may have any name; `pyvenv.cfg` at its top is what makes it one.
        if (dir !== '' && entries.some((e) => e.name === 'pyvenv.cfg' && e.kind === 'file'))
            return [];
        const subdirs = [];
        for (const entry of entries) {
            const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
            if (ignored(path))
                continue;
            paths.push(entry.kind === 'dir' ? `${path}/` : path);
            if (entry.kind === 'dir') {
                if (SKIP_DIRS.has(entry.name))
                    continue;
                if (depthOf(path) > MAX_FOLDER_DEPTH)
                    skipped.push({ path, reason: `folder nested deeper than ${MAX_FOLDER_DEPTH} levels, not entered` });
                else
                    subdirs.push(path);
                continue;
            }
            take(entry, path);
        }
        return subdirs;
    };
    const take = (entry, path) => {
        if (entry.kind !== 'file' && entry.kind !== 'symlink')
            return;
        const kind = classifyFile(path);
        if (!kind || !taken(path))
            return;
        if (entry.kind === 'symlink') {
            skipped.push({ path, reason: 'symbolic link, not followed' });
        }
        else if (entry.size !== undefined && entry.size > maxBytes) {
            skipped.push({ path, reason: `larger than the ${maxBytes}-byte limit (${entry.size} bytes)` });
        }
        else {
            files.push(entry.size === undefined ? { path, kind } : { path, kind, size: entry.size });
        }
    };
    await walk('', visit);
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return { files: files.sort(byPath), paths, skipped: skipped.sort(byPath) };
}
/** Breadth-first with at most CONCURRENCY listings in flight; fails with the first failing listing. */
async function walk(root, visit) {
    const queue = [root];
    let active = 0;
    await new Promise((resolve, reject) => {
        let failed = false;
        const pump = () => {
            if (failed)
                return;
            if (queue.length === 0 && active === 0)
                return resolve();
            while (active < CONCURRENCY && queue.length > 0) {
                const dir = queue.shift();
                active++;
                visit(dir).then((subdirs) => {
                    active--;
                    queue.push(...subdirs);
                    pump();
                }, (err) => {
                    failed = true;
                    reject(err);
                });
            }
        };
        pump();
    });
}
function depthOf(path) {
    let depth = 1;
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1))
        depth++;
    return depth;
}
const DOCKERFILE = /^(?:(?:docker|container)file(?:\.[^/]+)?|[^/]+\.(?:docker|container)file)$/i;
const COMPOSE = /^(?:docker-)?compose[^/]*\.ya?ml$/i;
/** The kind of source a repo-relative path is, by name; undefined for anything else. */
function classifyFile(path) {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    const lower = name.toLowerCase();
    const parent = path.slice(0, Math.max(slash, 0)).split('/').pop()?.toLowerCase();
    if (lower === 'pyproject.toml')
        return 'pyproject';
    if (COMPOSE.test(name))
        return 'compose';
    // BuildKit reads `<Dockerfile>.dockerignore` beside a Dockerfile: not a Dockerfile itself.
    if (DOCKERFILE.test(name) && !lower.endsWith('.dockerignore'))
        return 'dockerfile';
    if (lower.endsWith('.txt') && lower.includes('constraints'))
        return 'constraints';
    if (lower.endsWith('.txt') || lower.endsWith('.in')) {
        // pip-tools keeps `requirements/base.in` → `requirements/base.txt`.
        if (lower.includes('requirements') || parent === 'requirements')
            return 'requirements';
    }
    return undefined;
}


/***/ }),

/***/ 1427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ parseDockerfile)
});

// UNUSED EXPORTS: parseDockerfileWithAst

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
// EXTERNAL MODULE: ./src/line-index.ts
var line_index = __webpack_require__(3492);
;// CONCATENATED MODULE: ./src/sources/dockerfile-split.ts
// Where each instruction of a Dockerfile starts and ends, without building dockerfile-ast's objects.
// dockerfile-ast builds two objects per instruction (one only to look for heredocs) and lexes every
// argument list on the way; on a 10,000-service repo that was a quarter of the scan. This is the
// same scan as dockerfile-ast 0.7.1's Parser.parse / processInstruction / processArguments /
// processComment, kept branch for branch so the boundaries are the library's own. It gives up
// (undefined) where the library needs more than a character scan: parser directives (they may
// change the escape character) and instructions that may open a heredoc.

// dockerfile-ast's getParserDirectives finds one when the first line is `#`, then a word, then `=`.
const DIRECTIVE = /^\uFEFF?[ \t]*#[ \t]*[^ \t\r\n=][^\r\n=]*=/;
const ESCAPE = '\\';
const HEREDOC_KEYWORDS = new Set(['ADD', 'COPY', 'RUN', 'ONBUILD']);
/** `lineStarts`: the caller's {@link dockerfileLineStarts} of `content`, when it has them already. */
function splitDockerfile(content, lineStarts = dockerfileLineStarts(content)) {
    if (DIRECTIVE.test(content))
        return undefined;
    return new Splitter(content, lineStarts).split();
}
/** Start offset of each line, with dockerfile-ast's TextDocument line breaks: \r\n, \n and a lone \r. */
function dockerfileLineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))
            starts.push(i + 1);
    }
    return starts;
}
class Splitter {
    text;
    lineStarts;
    steps = [];
    /** Set when an instruction may open a heredoc: only dockerfile-ast knows where it ends. */
    heredoc = false;
    constructor(text, lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
    }
    split() {
        const text = this.text;
        for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length && !this.heredoc; i++) {
            const c = text[i];
            if (c === ' ' || c === '\t' || c === '\r' || c === '\n')
                continue;
            if (c === '#')
                i = this.commentEnd(i);
            else
                i = this.instruction(c, i);
        }
        return this.heredoc ? undefined : this.steps;
    }
    commentEnd(start) {
        const text = this.text;
        for (let i = start + 1; i < text.length; i++)
            if (text[i] === '\r' || text[i] === '\n')
                return i;
        return text.length;
    }
    /** processInstruction: the keyword, then the arguments; returns where the instruction ends. */
    instruction(first, start) {
        const text = this.text;
        let keyword = first;
        let keywordEnd = -1;
        let escapedKeyword = false;
        scan: for (let i = start + 1; i < text.length; i++) {
            let c = text[i];
            if (c === ESCAPE) {
                escapedKeyword = true;
                c = text[i + 1] ?? '';
                if (c === '\r' || c === '\n') {
                    if (keywordEnd === -1)
                        keywordEnd = i;
                    i++;
                }
                else if (c === ' ' || c === '\t') {
                    for (let j = i + 2; j < text.length; j++) {
                        const d = text[j];
                        if (d === ' ' || d === '\t')
                            continue;
                        if (d === '\r' || d === '\n') {
                            i = j;
                            continue scan;
                        }
                        // an argument: the keyword ends at the escape character
                        keywordEnd = i + 1;
                        keyword += ESCAPE;
                        i = j - 2;
                        continue scan;
                    }
                    keywordEnd = i + 1;
                    keyword += ESCAPE;
                    break scan;
                }
                else {
                    keywordEnd = i + 1;
                    keyword += ESCAPE;
                    escapedKeyword = false;
                }
            }
            else if (c === ' ' || c === '\t') {
                if (escapedKeyword) {
                    // after an escaped line break: a line of only blanks keeps the keyword going
                    let blankLine = false;
                    for (let j = i + 1; j < text.length; j++) {
                        const d = text[j];
                        if (d === ' ' || d === '\t')
                            continue;
                        if (d === '\r' || d === '\n') {
                            i = j;
                            blankLine = true;
                        }
                        break;
                    }
                    if (blankLine)
                        continue scan;
                    escapedKeyword = false;
                }
                if (keywordEnd === -1)
                    keywordEnd = i;
                const end = this.argumentsEnd(keyword, keywordEnd, i);
                this.push(keyword, start, keywordEnd, end);
                return end;
            }
            else if (c === '\r' || c === '\n') {
                if (escapedKeyword)
                    continue;
                if (keywordEnd === -1)
                    keywordEnd = i;
                this.push(keyword, start, keywordEnd, i);
                return i;
            }
            else if (c === '#' && escapedKeyword) {
                continue;
            }
            else {
                keywordEnd = i + 1;
                keyword += c;
                escapedKeyword = false;
            }
        }
        if (keywordEnd === -1)
            keywordEnd = text.length;
        this.push(keyword, start, keywordEnd, text.length);
        return text.length;
    }
    /** processArguments: up to the first line break that is not escaped. */
    argumentsEnd(keyword, keywordEnd, offset) {
        const text = this.text;
        let escaped = false;
        scan: for (let i = offset + 1; i < text.length; i++) {
            const c = text[i];
            if (c === '\r' || c === '\n') {
                if (escaped)
                    continue;
                this.checkHeredoc(keyword, keywordEnd, i);
                return i;
            }
            if (c === ESCAPE) {
                const next = text[i + 1];
                if (next === '\n' || next === '\r') {
                    escaped = true;
                    i++;
                }
                else if (next === ' ' || next === '\t') {
                    for (let j = i + 2; j < text.length; j++) {
                        const d = text[j];
                        if (d === ' ' || d === '\t')
                            continue;
                        if (d === '\r' || d === '\n')
                            escaped = true;
                        i = j;
                        continue scan;
                    }
                    return text.length;
                }
                continue;
            }
            if (c === '#') {
                if (escaped) {
                    i = this.commentEnd(i);
                    continue;
                }
            }
            else if (c !== ' ' && c !== '\t') {
                escaped = false;
            }
        }
        return text.length;
    }
    /**
     * processHeredocs looks for arguments starting with `<<`. An argument can only start with `<<`
     * if the text holds `<<`, or `<` then the escape character (an escaped `<` or a continuation).
     */
    checkHeredoc(keyword, argsStart, end) {
        if (!HEREDOC_KEYWORDS.has(keyword.toUpperCase()))
            return;
        const args = this.text.slice(argsStart, end);
        if (args.includes('<<') || args.includes(`<${ESCAPE}`))
            this.heredoc = true;
    }
    push(keyword, start, argsStart, end) {
        this.steps.push({ keyword, start: this.position(start), argsStart: this.position(argsStart), end: this.position(end) });
    }
    /** The offset dockerfile-ast's positionAt/offsetAt round trip gives: never after a line's break. */
    position(offset) {
        const lo = (0,line_index/* lineIndexOf */.cL)(this.lineStarts, offset);
        const lineStart = this.lineStarts[lo];
        let o = offset;
        while (o > lineStart && (this.text.charCodeAt(o - 1) === 10 || this.text.charCodeAt(o - 1) === 13))
            o--;
        return o;
    }
}

// EXTERNAL MODULE: ./src/pep/requirement.ts
var requirement = __webpack_require__(5358);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
;// CONCATENATED MODULE: ./src/sources/pip-args.ts


// pip 24/25 `install` plus its general options. Every option that takes a value must be here,
// or its value would be read as a package.
const PIP_VALUE = [
    '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--platform',
    '--python-version', '--implementation', '--abi', '--trusted-host', '--cache-dir', '--src', '--upgrade-strategy',
    '--progress-bar', '--log', '--log-file', '--timeout', '--retries', '--proxy', '--cert', '--client-cert', '--exists-action',
    '-C', '--config-settings', '--global-option', '--install-option', '--build-option', '--no-binary', '--only-binary', '--report',
    '--root-user-action', '--keyring-provider', '--use-feature', '--use-deprecated', '--python', '--resume-retries', '--group',
    '--local-log', '--build-constraint',
];
const PIP_FLAG = [
    '-U', '--upgrade', '--force-reinstall', '-I', '--ignore-installed', '--ignore-requires-python', '--no-deps', '--pre',
    '--user', '--no-compile', '--compile', '--no-warn-script-location', '--no-warn-conflicts', '--no-build-isolation',
    '--use-pep517', '--no-use-pep517', '--check-build-dependencies', '--break-system-packages', '--dry-run', '--require-hashes',
    '--no-clean', '--no-index', '--prefer-binary', '--no-cache-dir', '--disable-pip-version-check', '--isolated', '-q', '--quiet',
    '-v', '--verbose', '--no-input', '--no-color', '--no-python-version-warning', '--require-virtualenv', '--debug', '-h', '--help',
    '-V', '--version', '--only-deps',
];
const UV_VALUE = [
    '-i', '--index-url', '--extra-index-url', '--index', '--default-index', '-f', '--find-links', '-t', '--target', '--prefix',
    '-p', '--python', '--python-version', '--python-platform', '--index-strategy', '--resolution', '--prerelease', '-P',
    '--upgrade-package', '--reinstall-package', '--link-mode', '--no-binary', '--only-binary', '--no-build-package',
    '--no-binary-package', '--override', '--overrides', '-b', '--build-constraint', '--build-constraints', '--extra', '--group',
    '--cache-dir', '--config-file', '--color', '--torch-backend', '--refresh-package', '--keyring-provider',
    '--allow-insecure-host', '--trusted-host', '-C', '--config-setting', '--config-settings', '--exclude-newer', '--directory',
    '--project', '--fork-strategy', '--excludes', '--exclude',
];
const UV_FLAG = [
    '--system', '--no-system', '-n', '--no-cache', '--no-index', '-U', '--upgrade', '--reinstall', '--force-reinstall', '--no-deps',
    '--compile-bytecode', '--compile', '--no-compile-bytecode', '--no-build-isolation', '--no-build', '--require-hashes',
    '--no-require-hashes', '--verify-hashes', '--no-verify-hashes', '--strict', '--exact', '--all-extras', '-q', '--quiet', '-v',
    '--verbose', '--native-tls', '--offline', '--no-progress', '--no-config', '--dry-run', '--refresh', '--no-sources',
    '--preview', '--break-system-packages', '--no-break-system-packages', '--managed-python', '--no-managed-python',
    '--no-python-downloads', '--user', '--pre', '--prerelease-allow', '-h', '--help',
];
function table(values, flags, files) {
    const t = new Map();
    for (const v of values)
        t.set(v, 'value');
    for (const f of flags)
        t.set(f, 'flag');
    for (const [k, v] of Object.entries(files))
        t.set(k, v);
    return t;
}
const PIP_OPTIONS = table(PIP_VALUE, PIP_FLAG, {
    '-r': 'requirement', '--requirement': 'requirement', '-c': 'constraint', '--constraint': 'constraint', '-e': 'editable', '--editable': 'editable',
});
const UV_OPTIONS = table(UV_VALUE, UV_FLAG, {
    '-r': 'requirement', '--requirement': 'requirement', '--requirements': 'requirement', '-c': 'constraint',
    '--constraint': 'constraint', '--constraints': 'constraint', '-e': 'editable', '--editable': 'editable',
});
/** Parse a command; undefined when it is not a `pip install`. */
function parsePipCommand(words) {
    const env = {};
    let i = skipWrappers(words, env);
    const program = words[i];
    if (!program)
        return undefined;
    const base = program.value.slice(program.value.lastIndexOf('/') + 1);
    let tool;
    if (/^pip(\d+(\.\d+)?)?$/.test(base)) {
        tool = 'pip';
        i++;
    }
    else if (/^(python|pypy)(\d+(\.\d+)*)?$/.test(base)) {
        // python [-u -B -I …] -m pip: only interpreter flags may come before -m
        i++;
        while (words[i] && /^-[bBdEhiIOqsSuvVxR]+$/.test(words[i].value))
            i++;
        if (words[i]?.value === '-m' && words[i + 1]?.value === 'pip')
            i += 2;
        else if (words[i]?.value === '-mpip')
            i++;
        else
            return undefined;
        tool = 'pip';
    }
    else if (base === 'uv') {
        i++;
        while (words[i]?.value.startsWith('-'))
            i += UV_OPTIONS.get(words[i].value) === 'value' ? 2 : 1;
        if (words[i]?.value !== 'pip')
            return undefined;
        i++;
        tool = 'uv';
    }
    else {
        return undefined;
    }
    const options = tool === 'uv' ? UV_OPTIONS : PIP_OPTIONS;
    // pip's general options may precede the subcommand: `pip --no-cache-dir install …`
    while (words[i]?.value.startsWith('-'))
        i += lookupOption(options, words[i].value)?.kind === 'value' && !words[i].value.includes('=') ? 2 : 1;
    if (words[i]?.value !== 'install')
        return undefined;
    return parseInstallArgs(words.slice(i + 1), { tool, location: program.location, options, env });
}
const SUDO_VALUE = new Set(['-u', '-g', '-U', '-C', '-D', '-h', '-p', '-r', '-t', '-T', '--user', '--group']);
/** Skip `sudo …`, `env -i X=1`, `exec`, `command`, `nice`, `gosu user`, leading `X=1` assignments. */
function skipWrappers(words, env) {
    let i = 0;
    for (;;) {
        const w = words[i]?.value;
        if (w === undefined)
            return i;
        const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w);
        if (assignment) {
            env[assignment[1]] = assignment[2];
            i++;
        }
        else if (w === 'sudo' || w === 'env' || w === 'exec' || w === 'command' || w === 'nice' || w === 'nohup' || w === 'time') {
            i++;
            while (words[i]?.value.startsWith('-')) {
                const opt = words[i].value;
                i++;
                if (opt === '--')
                    break;
                if ((w === 'sudo' && SUDO_VALUE.has(opt)) || (w === 'env' && opt === '-u') || (w === 'exec' && opt === '-a') || (w === 'nice' && opt === '-n'))
                    i++;
            }
        }
        else if (w === 'gosu' || w === 'su-exec') {
            i += 2;
        }
        else {
            return i;
        }
    }
}
function lookupOption(options, word) {
    const name = word.startsWith('--') ? word.split('=')[0] : word.slice(0, 2);
    const exact = options.get(name);
    if (exact)
        return { name, kind: exact };
    // optparse accepts any unambiguous prefix of a long option: `--no-cache` is `--no-cache-dir`
    if (!name.startsWith('--') || options === UV_OPTIONS)
        return undefined;
    const matches = [...options.keys()].filter((k) => k.startsWith(name));
    return matches.length === 1 ? { name: matches[0], kind: options.get(matches[0]) } : undefined;
}
function parseInstallArgs(args, ctx) {
    const result = {
        tool: ctx.tool, location: ctx.location, requirementFiles: [], constraintFiles: [], packages: [],
        noCompile: ctx.tool === 'uv', env: ctx.env, issues: [],
    };
    let onlyPositional = false;
    for (let i = 0; i < args.length; i++) {
        const word = args[i];
        const v = word.value;
        if (onlyPositional || !v.startsWith('-') || v === '-') {
            addRequirement(result, word, false);
            continue;
        }
        if (v === '--') {
            onlyPositional = true;
            continue;
        }
        const shortCluster = !v.startsWith('--');
        let name;
        let kind;
        let value;
        if (shortCluster) {
            // -qU, -qqq, -rreq.txt: flags first, then at most one option that takes the rest as value
            let k = 1;
            let found;
            for (; k < v.length; k++) {
                found = lookupOption(ctx.options, `-${v[k]}`);
                if (!found || found.kind !== 'flag')
                    break;
            }
            if (k === v.length) {
                applyFlag(result, v, ctx.tool);
                continue;
            }
            if (!found) {
                unknownOption(result, word, `-${v[k]}`);
                continue;
            }
            name = found.name;
            kind = found.kind;
            const rest = v.slice(k + 1).replace(/^=/, '');
            if (rest)
                value = { ...word, value: rest, text: word.text.slice(word.text.length - rest.length) };
        }
        else {
            const found = lookupOption(ctx.options, v);
            if (!found) {
                unknownOption(result, word, v.split('=')[0]);
                continue;
            }
            name = found.name;
            kind = found.kind;
            const eq = v.indexOf('=');
            if (eq >= 0)
                value = { ...word, value: v.slice(eq + 1), text: word.text.slice(word.text.indexOf('=') + 1) };
            else if (kind === 'flag') {
                applyFlag(result, name, ctx.tool);
                continue;
            }
        }
        if (kind === 'flag') {
            applyFlag(result, name, ctx.tool);
            continue;
        }
        if (!value) {
            value = args[++i];
            if (!value) {
                result.issues.push({ rule: 'parse-error', location: word.location, message: `${name} needs a value` });
                break;
            }
        }
        if (kind === 'requirement')
            result.requirementFiles.push({ path: value.value, location: value.location });
        else if (kind === 'constraint')
            result.constraintFiles.push({ path: value.value, location: value.location });
        else if (kind === 'editable')
            addRequirement(result, value, true);
    }
    return result;
}
function applyFlag(result, flag, tool) {
    if (flag === '--no-compile' || (tool === 'uv' && flag === '--no-compile-bytecode'))
        result.noCompile = true;
    if (flag === '--compile' || flag === '--compile-bytecode')
        result.noCompile = false;
}
function unknownOption(result, word, name) {
    result.issues.push({
        rule: 'parse-error',
        location: word.location,
        message: `unknown ${result.tool === 'uv' ? 'uv pip' : 'pip'} install option ${name}: its value, if it takes one, may be read as a package`,
    });
}
const WHEEL = /(?:^|\/)([A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?)-[^-/]+(?:-[^-/]+)?-[^-/]+-[^-/]+-[^-/]+\.whl$/;
function addRequirement(result, word, editable) {
    const v = word.value;
    if (word.glued?.some((g) => (g.op === '>' || g.op === '<') && /^=?[0-9*$]/.test(g.target))) {
        redirectIssue(result, word);
        return;
    }
    // `pip install $PACKAGES`: a list only known at build time
    if (word.unresolved && /^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)$/.test(word.text))
        return;
    const located = { location: word.location, origin: 'dockerfile', viaConstraint: false, text: word.text, ...(editable ? { editable: true } : {}) };
    const direct = directReference(v);
    if (direct !== undefined) {
        if (direct)
            result.packages.push({ ...direct, ...located });
        return;
    }
    try {
        result.packages.push({ ...(0,requirement/* parseRequirement */.p)(v), ...located });
    }
    catch (e) {
        if (!(e instanceof requirement/* RequirementSyntaxError */.t))
            throw e;
        const unknown = word.unresolved ? ' (it holds a variable with no known value: give the ARG a default or quote a full pin)' : '';
        result.issues.push({ rule: 'parse-error', location: word.location, message: `cannot parse requirement '${word.text}': ${e.message}${unknown}` });
    }
}
/**
 * A URL or local path: a named requirement when it carries a name (`#egg=`, a wheel file name),
 * null when it is an unnamed local project, undefined when it is not a path or URL at all.
 */
function directReference(v) {
    const isUrl = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(v) || /^(git|hg|svn|bzr)\+/.test(v) || v.startsWith('file:');
    const isPath = /^(\.|\/|~)/.test(v) || v.includes('/') || v.includes('\\') || /\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(v);
    if (!isUrl && !isPath)
        return undefined;
    if (/^[A-Za-z0-9][A-Za-z0-9._-]*(\[[^\]]*\])?\s*@/.test(v))
        return undefined; // `name @ url`: PEP 508
    const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(v)?.[1];
    const wheel = WHEEL.exec(v.split(/[#?]/)[0])?.[1];
    const rawName = egg ?? wheel;
    if (!rawName || !(0,pep_name/* isValidName */.u)(rawName))
        return null;
    return { name: (0,pep_name/* normalizeName */.P)(rawName), rawName, extras: [], specifier: '', url: v };
}
function redirectIssue(result, word) {
    const written = word.value + (word.glued ?? []).map((g) => g.op + g.target).join('');
    let name = word.value;
    try {
        name = (0,requirement/* parseRequirement */.p)(word.value).name;
    }
    catch {
        name = (0,pep_name/* normalizeName */.P)(word.value.replace(/\[.*$/, ''));
    }
    result.issues.push({
        rule: 'shell-redirect-in-specifier',
        package: name,
        location: word.location,
        message: `unquoted \`${written}\`: sh reads the > or < as a redirect, so pip installs any version of ${word.value} and writes a file; quote it: "${written}"`,
    });
}

// EXTERNAL MODULE: ./src/sources/shell.ts
var shell = __webpack_require__(3844);
// EXTERNAL MODULE: ./src/sources/issue-text.ts
var issue_text = __webpack_require__(1533);
;// CONCATENATED MODULE: ./src/sources/dockerfile.ts
// Dockerfile → FROM graph, COPY/ADD sources, and every pip install with exact file:line:column.
// dockerfile-split.ts (or dockerfile-ast, where it gives up) finds the instructions and their
// ranges; the words inside them are lexed by shell.ts over the original text, so continuations,
// comments and heredocs keep true positions. dockerfile-ast's objects are built only for the
// FROM/COPY/ADD/RUN instructions whose flags, JSON form or escapes need its argument rules.







const KNOWN = new Set(['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);
const SHELLS = /^(sh|bash|dash|ash|zsh|ksh|mksh)$/;
function parseDockerfile(content, path, buildArgs = {}) {
    return walkDockerfile(content, path, buildArgs, true);
}
/** The reference: every instruction through dockerfile-ast. Tests hold parseDockerfile to it. */
function parseDockerfileWithAst(content, path, buildArgs = {}) {
    return walkDockerfile(content, path, buildArgs, false);
}
function walkDockerfile(content, path, buildArgs, split) {
    const info = { path, froms: [], copies: [], stageCopies: [], installs: [], issues: [] };
    try {
        new Walker(content, info, buildArgs).walk(split);
    }
    catch (e) {
        // A bug of ours or of dockerfile-ast must not cost the other files: report it as this file's problem.
        info.issues.push({ rule: 'parse-error', location: { file: path, line: 1, column: 1 }, message: `cannot parse Dockerfile: ${e instanceof Error ? e.message : String(e)}` });
    }
    return info;
}
class Walker {
    content;
    info;
    buildArgs;
    lineStarts;
    globals = new Map();
    stages = new Map();
    /** Every expansion of this file draws on one budget (see ExpansionBudget). */
    budget = (0,shell/* expansionBudget */.Xm)();
    stage;
    escape = '\\';
    constructor(content, info, buildArgs) {
        this.content = content;
        this.info = info;
        this.buildArgs = buildArgs;
        // the same line breaks as dockerfile-ast's TextDocument: \r\n, \n and a lone \r
        this.lineStarts = dockerfileLineStarts(content);
    }
    walk(split) {
        const steps = (split && this.splitSteps()) || this.astSteps();
        for (const step of steps) {
            const keyword = step.keyword.toUpperCase();
            const at = this.rangeStart(step);
            if (!KNOWN.has(keyword))
                this.issue(at, `unknown instruction ${step.keyword}`);
            else if (keyword === 'FROM')
                this.from(step);
            else if (keyword === 'ARG')
                this.arg(step);
            else if (!this.stage)
                this.issue(at, `${keyword} before the first FROM`);
            else if (keyword === 'ENV')
                this.env(step, this.stage);
            else if (keyword === 'WORKDIR')
                this.workdir(step, this.stage);
            else if (keyword === 'COPY' || keyword === 'ADD')
                this.copy(step, this.stage);
            else if (keyword === 'RUN')
                this.run(step, this.stage);
        }
        if (this.info.froms.length === 0)
            this.issue(this.loc(0), 'no FROM instruction');
    }
    astSteps() {
        const df = main.DockerfileParser.parse(this.content);
        this.escape = df.getEscapeCharacter();
        return df.getInstructions().map((node) => ({
            keyword: node.getInstruction(),
            start: this.offsetOf(node.getRange().start),
            argsStart: this.offsetOf(node.getInstructionRange().end),
            end: this.offsetOf(node.getRange().end),
            node,
        }));
    }
    /**
     * The instructions from the character scan; dockerfile-ast parses only those that need its
     * argument rules, in a copy of the file with every other character blanked (line breaks kept,
     * so its ranges are the ones it would give in the whole file).
     */
    splitSteps() {
        const steps = splitDockerfile(this.content, this.lineStarts);
        if (!steps)
            return undefined;
        this.escape = '\\';
        const wanted = steps.filter((s) => this.needsAst(s));
        if (wanted.length === 0)
            return steps;
        let masked = '';
        let at = 0;
        for (const s of wanted) {
            masked += this.content.slice(at, s.start).replace(/[^\r\n]/g, ' ') + this.content.slice(s.start, s.end);
            at = s.end;
        }
        masked += this.content.slice(at).replace(/[^\r\n]/g, ' ');
        const nodes = new Map(main.DockerfileParser.parse(masked).getInstructions().map((node) => [this.offsetOf(node.getRange().start), node]));
        for (const s of wanted) {
            const node = nodes.get(s.start);
            // cannot happen while the scan is dockerfile-ast's; if it ever does, trust dockerfile-ast
            if (!node || this.offsetOf(node.getRange().end) !== s.end)
                return undefined;
            s.node = node;
        }
        return steps;
    }
    /** FROM with an escape or a flag, COPY/ADD with a flag or JSON, RUN in JSON form. */
    needsAst(s) {
        const keyword = s.keyword.toUpperCase();
        if (keyword !== 'FROM' && keyword !== 'COPY' && keyword !== 'ADD' && keyword !== 'RUN')
            return false;
        const args = this.content.slice(s.argsStart, s.end);
        // a flag's `--` may be written `-\-` or split by a continuation; an escape changes FROM's words
        if (keyword === 'FROM')
            return args.includes('\\') || args.includes('--');
        if (args.includes('['))
            return true;
        return keyword !== 'RUN' && (args.includes('--') || args.includes('-\\'));
    }
    // ── positions ──────────────────────────────────────────────────────────────
    offsetOf(p) {
        return (this.lineStarts[p.line] ?? this.content.length) + p.character;
    }
    loc(offset, end) {
        const line = this.lineOf(offset);
        const column = offset - this.lineStarts[line - 1] + 1;
        if (end === undefined)
            return { file: this.info.path, line, column };
        const endLine = this.lineOf(end);
        return { file: this.info.path, line, column, endLine, endColumn: end - this.lineStarts[endLine - 1] + 1 };
    }
    /** 1-based line of an offset. */
    lineOf(offset) {
        return (0,line_index/* lineIndexOf */.cL)(this.lineStarts, offset) + 1;
    }
    rangeStart(s) {
        return this.loc(s.start);
    }
    issue(location, message) {
        this.info.issues.push({ rule: 'parse-error', location, message: (0,issue_text/* boundMessage */.w)(message) });
    }
    wordLocation(w) {
        return this.loc(w.offsets[0] ?? w.start, Math.max(w.end, (w.offsets[0] ?? w.start) + 1));
    }
    /** The instruction's text after its keyword, continuations joined; `until` cuts heredoc bodies off. */
    argumentText(s, until) {
        return (0,shell/* joinContinuations */.L0)(this.content, s.argsStart, until ?? s.end, this.escape);
    }
    /** Docker's word rules (quotes, escapes, `$VAR`) minus leading `--flag`s. */
    dockerWords(s, lookup, until) {
        const lexed = (0,shell/* lexShell */.I5)(this.argumentText(s, until), { lookup, shell: false, escape: this.escape, budget: this.budget });
        this.expansionIssues(s, lexed.errors);
        const words = lexed.commands[0]?.words ?? [];
        while (words[0]?.value.startsWith('--'))
            words.shift();
        return words;
    }
    /** A variable left unexpanded (too large, too deep) is worth a finding; the instruction is still read. */
    expansionIssues(s, errors) {
        for (const e of errors)
            if (e.expansion)
                this.issue(this.loc(e.offset), `${s.keyword.toUpperCase()}: ${e.message}`);
    }
    // ── stages and variables ───────────────────────────────────────────────────
    // A global `ARG NAME` without a default is '' where Docker expands it (FROM, other global ARGs).
    declaredGlobals = new Set();
    globalLookup = (name) => this.buildArgs[name] ?? this.globals.get(name) ?? (this.declaredGlobals.has(name) ? '' : undefined);
    stageLookup(stage) {
        return (name) => stage.env.get(name)?.value ?? stage.args.get(name);
    }
    from(s) {
        const args = this.fromWords(s);
        const image = args[0];
        if (!image) {
            this.issue(this.rangeStart(s), 'FROM without an image');
            return;
        }
        const raw = image.value;
        const expansion = (0,shell/* expandReporting */.r$)(raw, this.globalLookup, this.escape, { budget: this.budget });
        this.expansionIssues(s, expansion.errors.map((e) => ({ ...e, offset: image.start })));
        const expanded = expansion.value;
        const stageName = args[1]?.value.toLowerCase() === 'as' ? args[2]?.value.toLowerCase() : undefined;
        const parent = this.stages.get(expanded.toLowerCase());
        const platform = s.node ? s.node.getFlags().find((f) => f.getName() === 'platform')?.getValue() : undefined;
        const ref = { image: parent ? expanded.toLowerCase() : expanded, raw, isStage: parent !== undefined, location: this.loc(image.start, image.end) };
        if (stageName)
            ref.stageName = stageName;
        if (platform)
            ref.platform = (0,shell/* expandVariables */.i7)(platform, this.globalLookup, this.escape, this.budget).value;
        this.info.froms.push(ref);
        // ENV and WORKDIR carry over from a parent stage; ARGs never do.
        this.stage = { index: this.info.froms.length - 1, args: new Map(), env: new Map(parent?.env ?? []), workdir: parent?.workdir ?? '/' };
        if (stageName)
            this.stages.set(stageName, this.stage);
    }
    /** dockerfile-ast's arguments of FROM; without escapes or flags they are its blank-separated words. */
    fromWords(s) {
        if (s.node) {
            return s.node.getArguments().map((a) => ({ value: a.getValue(), start: this.offsetOf(a.getRange().start), end: this.offsetOf(a.getRange().end) }));
        }
        const words = [];
        const blank = /[^ \t]+/g;
        const text = this.content.slice(s.argsStart, s.end);
        for (const m of text.matchAll(blank))
            words.push({ value: m[0], start: s.argsStart + m.index, end: s.argsStart + m.index + m[0].length });
        return words;
    }
    arg(s) {
        const stage = this.stage;
        for (const w of this.dockerWords(s, stage ? this.stageLookup(stage) : this.globalLookup)) {
            const eq = w.value.indexOf('=');
            const name = eq < 0 ? w.value : w.value.slice(0, eq);
            // `ARG NAME` in a stage takes the global default; a default holding an unknown variable is unknown
            const fallback = eq < 0 ? (stage ? this.globals.get(name) : undefined) : w.unresolved ? undefined : w.value.slice(eq + 1);
            const value = this.buildArgs[name] ?? fallback;
            if (!stage)
                this.declaredGlobals.add(name);
            const target = stage ? stage.args : this.globals;
            if (value === undefined)
                target.delete(name);
            else
                target.set(name, value);
        }
    }
    env(s, stage) {
        const words = this.dockerWords(s, this.stageLookup(stage));
        const set = (name, value, unresolved, location) => {
            if (unresolved)
                stage.env.delete(name);
            else
                stage.env.set(name, { value, location });
        };
        if (words[0] && !words[0].value.includes('=')) {
            // legacy `ENV NAME value with spaces`
            const rest = words.slice(1);
            if (rest[0])
                set(words[0].value, rest.map((w) => w.value).join(' '), rest.some((w) => w.unresolved), this.wordLocation(rest[0]));
            return;
        }
        for (const w of words) {
            const eq = w.value.indexOf('=');
            if (eq > 0)
                set(w.value.slice(0, eq), w.value.slice(eq + 1), w.unresolved, this.loc(w.offsets[eq + 1] ?? w.start));
        }
    }
    workdir(s, stage) {
        const dir = this.dockerWords(s, this.stageLookup(stage))[0]?.value;
        if (!dir)
            return;
        // `C:\app` on a Windows image is absolute and not a POSIX path: keep it as written
        if (/^[A-Za-z]:[\\/]/.test(dir))
            stage.workdir = dir;
        else
            stage.workdir = external_node_path_.posix.normalize(external_node_path_.posix.isAbsolute(dir) ? dir : external_node_path_.posix.join(stage.workdir, dir));
    }
    copy(s, stage) {
        // without a node: no flag, no JSON form and no heredoc (dockerfile-split gives up on those)
        const i = s.node;
        // files from another stage or image, not the context
        const fromFlag = i?.getFlags().find((f) => f.getName() === 'from');
        const heredocs = i?.getHeredocs?.() ?? [];
        const json = i?.getJSONStrings() ?? [];
        const values = json.length > 0
            ? json.map((j) => j.getJSONValue())
            : this.dockerWords(s, this.stageLookup(stage), this.commandEnd(heredocs)).map((w) => w.value);
        if (values.length < 2) {
            this.issue(this.rangeStart(s), `${s.keyword.toUpperCase()} needs a source and a destination`);
            return;
        }
        const sources = values.slice(0, -1).filter((v) => !v.startsWith('<<') && !/^([a-z]+:\/\/|git@)/i.test(v));
        const copy = { sources, destination: values[values.length - 1], workdir: stage.workdir, location: this.rangeStart(s), stage: stage.index };
        if (fromFlag) {
            const from = (0,shell/* expandVariables */.i7)(fromFlag.getValue() ?? '', this.stageLookup(stage), this.escape).value;
            this.info.stageCopies.push({ ...copy, from: this.stages.has(from.toLowerCase()) ? from.toLowerCase() : from });
        }
        else
            this.info.copies.push(copy);
    }
    /** With heredocs, the command is the text up to the end of the line that opens the last one. */
    commandEnd(heredocs) {
        if (heredocs.length === 0)
            return undefined;
        const line = Math.max(...heredocs.map((h) => h.getStartRange().end.line));
        const lineStart = this.lineStarts[line] ?? this.content.length;
        let end = this.lineStarts[line + 1] ?? this.content.length;
        if (end > lineStart && this.content[end - 1] === '\n')
            end--;
        if (end > lineStart && this.content[end - 1] === '\r')
            end--;
        return end;
    }
    // ── RUN ────────────────────────────────────────────────────────────────────
    run(s, stage) {
        const lookup = this.stageLookup(stage);
        // without a node: not in JSON form and no heredoc (dockerfile-split gives up on those)
        const i = s.node;
        const json = i?.getJSONStrings() ?? [];
        if (json.length > 0) {
            // exec form: no shell, so no quotes, variables or redirects, unless it runs a shell itself
            const words = json.map((j) => {
                const r = j.getRange();
                return mappedWord(decodeJson(this.content, this.offsetOf(r.start) + 1, this.offsetOf(r.end) - 1));
            });
            this.command(words, stage, lookup, 0);
            return;
        }
        const heredocs = i?.getHeredocs() ?? [];
        const lexed = (0,shell/* lexShell */.I5)(this.argumentText(s, this.commandEnd(heredocs)), { lookup, budget: this.budget });
        for (const e of lexed.errors)
            this.issue(this.loc(e.offset), `RUN: ${e.message}`);
        const first = lexed.commands[0];
        while (first?.words[0]?.value.startsWith('--'))
            first.words.shift(); // RUN --mount=… --network=…
        this.commands(lexed.commands, stage, lookup, 0);
        for (const h of heredocs) {
            const owner = lexed.commands.find((c) => [...c.redirects, ...c.words.flatMap((w) => w.glued)].some((r) => r.op.startsWith('<<') && r.target?.value === h.getName()));
            const content = h.getContentRange();
            if (!content || !owner || !this.runsShellOnStdin(owner))
                continue;
            const body = (0,shell/* sliceText */.S$)(this.content, this.offsetOf(content.start), this.offsetOf(content.end));
            if (owner.words.length === 0 && /^#!(?!.*\b(sh|bash|dash|ash|zsh)\b)/.test(body.text))
                continue; // `#!/usr/bin/env python3`
            const inner = (0,shell/* lexShell */.I5)(body, { lookup, budget: this.budget });
            for (const e of inner.errors)
                this.issue(this.loc(e.offset), `RUN heredoc: ${e.message}`);
            this.commands(inner.commands, stage, lookup, 1);
        }
    }
    /** `RUN <<EOF` (Docker runs the body with its shell), `RUN bash <<EOF`, `RUN sh -e <<EOF`; not `python3 <<EOF`. */
    runsShellOnStdin(c) {
        if (c.words.length === 0)
            return true;
        const [program, ...rest] = c.words.map((w) => w.value);
        return SHELLS.test(external_node_path_.posix.basename(program)) && !rest.some((a) => /^-[a-z]*c/.test(a));
    }
    commands(commands, stage, lookup, depth) {
        for (const c of commands)
            this.command(c.words, stage, lookup, depth);
    }
    command(words, stage, lookup, depth) {
        const script = shellScript(words);
        if (script && depth < 3) {
            // `sh -c "pip install …"`: the string is a script of its own, lexed with the same positions
            const lexed = (0,shell/* lexShell */.I5)({ text: script.value, offsets: script.offsets }, { lookup, budget: this.budget });
            this.commands(lexed.commands, stage, lookup, depth + 1);
            return;
        }
        const pipWords = words.map((w) => ({
            value: w.value,
            text: w.text,
            location: this.wordLocation(w),
            unresolved: w.unresolved,
            glued: w.glued.map((g) => ({ op: g.op, target: g.target?.value ?? '' })),
        }));
        const parsed = parsePipCommand(pipWords);
        if (!parsed)
            return;
        for (const issue of parsed.issues)
            this.info.issues.push({ ...issue, message: (0,issue_text/* boundMessage */.w)(issue.message) });
        const install = {
            tool: parsed.tool,
            location: parsed.location,
            requirementFiles: parsed.requirementFiles,
            constraintFiles: parsed.constraintFiles,
            packages: parsed.packages,
            noCompile: parsed.noCompile,
            workdir: stage.workdir,
            stage: stage.index,
        };
        // PIP_CONSTRAINT / UV_CONSTRAINT apply a constraints file as -c does.
        const envName = parsed.tool === 'uv' ? 'UV_CONSTRAINT' : 'PIP_CONSTRAINT';
        const fromEnv = parsed.env[envName] !== undefined ? { value: parsed.env[envName], location: parsed.location } : stage.env.get(envName);
        for (const p of fromEnv?.value.split(/\s+/).filter(Boolean) ?? [])
            install.constraintFiles.push({ path: p, location: fromEnv.location });
        this.info.installs.push(install);
    }
}
/** The script of `sh -c '…'`, `/bin/bash -lc "…"`, `sudo sh -ec …`. */
function shellScript(words) {
    let i = 0;
    while (words[i] && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i].value) || ['sudo', 'exec', 'env', 'command'].includes(words[i].value)))
        i++;
    if (!words[i] || !SHELLS.test(external_node_path_.posix.basename(words[i].value)))
        return undefined;
    let sawC = false;
    for (i++; words[i]?.value.startsWith('-') || words[i]?.value.startsWith('+'); i++) {
        const opt = words[i].value;
        if (/^-[a-z]*c[a-z]*$/.test(opt))
            sawC = true;
        if (/^[-+][a-z]*o$/.test(opt))
            i++; // `-o pipefail`, `-euxo pipefail`
    }
    return sawC ? words[i] : undefined;
}
/** A JSON string's characters mapped to their offsets in the file (escapes decoded). */
function decodeJson(content, start, end) {
    let text = '';
    const offsets = [];
    const simple = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' };
    for (let k = start; k < end; k++) {
        let ch = content[k];
        const at = k;
        if (ch === '\\' && k + 1 < end) {
            const e = content[k + 1];
            if (e === 'u') {
                ch = String.fromCharCode(parseInt(content.slice(k + 2, k + 6), 16));
                k += 5;
            }
            else {
                ch = simple[e] ?? e;
                k += 1;
            }
        }
        text += ch;
        offsets.push(at);
    }
    return { text, offsets };
}
function mappedWord(m) {
    const start = m.offsets[0] ?? 0;
    const end = m.offsets.length > 0 ? m.offsets[m.offsets.length - 1] + 1 : start;
    return { value: m.text, offsets: m.offsets, text: m.text, raw: m.text, start, end, quoted: true, unresolved: false, glued: [] };
}


/***/ }),

/***/ 5454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   tI: () => (/* binding */ compileGlobs),
/* harmony export */   v7: () => (/* binding */ MAX_GLOB_LENGTH)
/* harmony export */ });
/* unused harmony export GlobError */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Repo-relative globs (config `paths:` and `ignore:`) with a matcher whose time is linear in the path.
// picomatch turns a glob into a backtracking RegExp: a pattern from a pull request such as
// `**/+(a|aa)+(a|aa)…b` then takes minutes per path. Here picomatch only translates the glob, and
// RE2 (re2js, no backtracking) runs it. picomatch's lookarounds only keep `*` off `.` and `..`
// segments, which repository paths never hold, so they are dropped; anything else RE2 cannot
// compile is refused with the pattern named.

class GlobError extends Error {
    pattern;
    constructor(pattern, reason) {
        super(`glob '${pattern}': ${reason}`);
        this.pattern = pattern;
        this.name = 'GlobError';
    }
}
/** Longest pattern accepted: a glob is a path with wildcards, not a program. */
const MAX_GLOB_LENGTH = 1024;
const EXTGLOB = /[@!?*+]\(/;
// picomatch's guards against `.`/`..` segments and empty stars (see above).
const DOT_GUARDS = /\(\?!\\\.\{1,2\}\(\?:\\\/\|\$\)\)|\(\?!\(\?:\^\|\\\/\)\\\.\{1,2\}\(\?:\\\/\|\$\)\)|\(\?=\.\)/g;
/** Why a pattern is refused before compiling it (no dependency needed: config validation uses it). */
function globProblem(pattern) {
    if (pattern.length > MAX_GLOB_LENGTH)
        return `longer than ${MAX_GLOB_LENGTH} characters`;
    if (EXTGLOB.test(pattern))
        return 'extglobs (@(…), !(…), +(…), *(…), ?(…)) are not supported; use *, **, ?, [...] and {a,b}';
    return undefined;
}
/** One predicate true when any pattern matches (a leading `!` negates a pattern, as in picomatch). */
async function compileGlobs(patterns) {
    const { RE2JS } = await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
    const matchers = patterns.map((pattern) => {
        const problem = globProblem(pattern);
        if (problem)
            throw new GlobError(pattern, problem);
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        let source;
        try {
            source = picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(body, { dot: true, noextglob: true }).source.replace(DOT_GUARDS, '');
        }
        catch (error) {
            throw new GlobError(pattern, error.message);
        }
        let re;
        try {
            re = RE2JS.compile(source);
        }
        catch {
            throw new GlobError(pattern, 'cannot be matched in linear time');
        }
        return (path) => re.matcher(path).matches() !== negated;
    });
    return (path) => matchers.some((m) => m(path));
}


/***/ }),

/***/ 1533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ boundMessage)
/* harmony export */ });
/* unused harmony export MAX_MESSAGE_LENGTH */
// Findings quote the text they are about; a 300 KB line quoted whole would be kept, rendered and
// posted once per finding. Past this length the message is cut, with an ellipsis.
const MAX_MESSAGE_LENGTH = 500;
function boundMessage(message) {
    if (message.length <= MAX_MESSAGE_LENGTH)
        return message;
    // Do not cut a surrogate pair in half.
    const end = /[\uD800-\uDBFF]/.test(message[MAX_MESSAGE_LENGTH - 2] ?? '') ? MAX_MESSAGE_LENGTH - 2 : MAX_MESSAGE_LENGTH - 1;
    return `${message.slice(0, end)}…`;
}


/***/ }),

/***/ 3728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ parseRequirementsFile)
});

// EXTERNAL MODULE: ./src/pep/marker.ts
var pep_marker = __webpack_require__(1023);
// EXTERNAL MODULE: ./src/pep/requirement.ts
var requirement = __webpack_require__(5358);
;// CONCATENATED MODULE: ./src/sources/pip-options.ts
class OptionError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'OptionError';
    }
}
const SHLEX_WS = ' \t\r\n';
/** Python's `shlex.split(s)` with token offsets. */
function shlexSplit(s) {
    const tokens = [];
    let cur;
    let start = 0;
    let i = 0;
    const begin = () => {
        if (cur === undefined) {
            cur = '';
            start = i;
        }
    };
    while (i < s.length) {
        const ch = s[i];
        if (SHLEX_WS.includes(ch)) {
            if (cur !== undefined)
                tokens.push({ value: cur, offset: start });
            cur = undefined;
            i++;
        }
        else if (ch === '\\') {
            begin();
            if (i + 1 >= s.length)
                throw new OptionError('No escaped character', i);
            cur = (cur ?? '') + s[i + 1];
            i += 2;
        }
        else if (ch === "'" || ch === '"') {
            begin();
            const close = i;
            i++;
            for (;;) {
                if (i >= s.length)
                    throw new OptionError('No closing quotation', close);
                const c = s[i];
                if (c === ch)
                    break;
                // inside double quotes a backslash escapes only `"` and `\`
                if (ch === '"' && c === '\\' && (s[i + 1] === '"' || s[i + 1] === '\\')) {
                    cur = (cur ?? '') + s[i + 1];
                    i += 2;
                }
                else {
                    cur += c;
                    i++;
                }
            }
            i++;
        }
        else {
            begin();
            cur += ch;
            i++;
        }
    }
    if (cur !== undefined)
        tokens.push({ value: cur, offset: start });
    return tokens;
}
// pip 23.2's req_file SUPPORTED_OPTIONS + SUPPORTED_OPTIONS_REQ. `--install-option` was
// removed in pip 23.1, so pip rejects it as an unknown option and so do we.
const DEFS = [
    { short: '-i', longs: ['--index-url', '--pypi-url'], kind: 'value' },
    { longs: ['--extra-index-url'], kind: 'value' },
    { longs: ['--no-index'], kind: 'flag' },
    { short: '-c', longs: ['--constraint'], kind: 'value' },
    { short: '-r', longs: ['--requirement'], kind: 'value' },
    { short: '-e', longs: ['--editable'], kind: 'value' },
    { short: '-f', longs: ['--find-links'], kind: 'value' },
    { longs: ['--no-binary'], kind: 'value' },
    { longs: ['--only-binary'], kind: 'value' },
    { longs: ['--prefer-binary'], kind: 'flag' },
    { longs: ['--require-hashes'], kind: 'flag' },
    { longs: ['--pre'], kind: 'flag' },
    { longs: ['--trusted-host'], kind: 'value' },
    { longs: ['--use-feature'], kind: 'value' },
    { longs: ['--global-option'], kind: 'value' },
    { longs: ['--hash'], kind: 'value' },
    { short: '-C', longs: ['--config-settings'], kind: 'value' },
];
const ALL_LONGS = DEFS.flatMap((d) => d.longs);
const STRONG_HASHES = ['sha256', 'sha384', 'sha512'];
function findLong(name, offset) {
    const exact = DEFS.find((d) => d.longs.includes(name));
    if (exact)
        return exact;
    // optparse accepts any unambiguous prefix of a long option
    const matches = ALL_LONGS.filter((l) => l.startsWith(name));
    if (matches.length === 0)
        throw new OptionError(`no such option: ${name}`, offset);
    if (matches.length > 1)
        throw new OptionError(`ambiguous option: ${name} (${matches.join(', ')}?)`, offset);
    return DEFS.find((d) => d.longs.includes(matches[0]));
}
/** optparse over pip's options; positional arguments are dropped, as pip drops them. */
function parseOptions(tokens) {
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const { value: tok, offset } = tokens[i];
        if (tok === '--')
            break;
        let def;
        let shown;
        let inline;
        if (tok.startsWith('--')) {
            const eq = tok.indexOf('=');
            shown = eq >= 0 ? tok.slice(0, eq) : tok;
            def = findLong(shown, offset);
            if (eq >= 0)
                inline = { value: tok.slice(eq + 1), offset: offset + eq + 1 };
        }
        else if (tok.startsWith('-') && tok.length > 1) {
            shown = tok.slice(0, 2);
            const found = DEFS.find((d) => d.short === shown);
            if (!found)
                throw new OptionError(`no such option: ${shown}`, offset);
            def = found;
            if (tok.length > 2)
                inline = { value: tok.slice(2), offset: offset + 2 };
        }
        else
            continue;
        const name = def.longs[0];
        if (def.kind === 'flag') {
            if (inline)
                throw new OptionError(`${shown} option does not take a value`, offset);
            out.push({ name, offset });
            continue;
        }
        if (!inline) {
            const next = tokens[i + 1];
            if (!next)
                throw new OptionError(`${shown} option requires 1 argument`, offset);
            inline = next;
            i++;
        }
        checkValue(name, shown, inline.value, inline.offset);
        out.push({ name, value: inline.value, offset, valueOffset: inline.offset });
    }
    return out;
}
// The validation pip's optparse callbacks do.
function checkValue(name, shown, value, offset) {
    if (name === '--hash') {
        const colon = value.indexOf(':');
        if (colon < 0)
            throw new OptionError('Arguments to --hash must be a hash name followed by a value, like --hash=sha256:abcde...', offset);
        if (!STRONG_HASHES.includes(value.slice(0, colon)))
            throw new OptionError(`Allowed hash algorithms for --hash are ${STRONG_HASHES.join(', ')}`, offset);
    }
    else if (name === '--config-settings' && !value.includes('=')) {
        throw new OptionError(`Arguments to ${shown} must be of the form KEY=VAL`, offset);
    }
    else if ((name === '--no-binary' || name === '--only-binary') && value.startsWith('-')) {
        throw new OptionError('--no-binary / --only-binary option requires 1 argument.', offset);
    }
}

// EXTERNAL MODULE: ./src/sources/issue-text.ts
var issue_text = __webpack_require__(1533);
// EXTERNAL MODULE: ./src/pep/memo.ts
var memo = __webpack_require__(127);
;// CONCATENATED MODULE: ./src/sources/requirements.ts





// Python's `\s` and `str.strip()` whitespace (differs from JS: no U+FEFF, adds \x1c-\x1f and \x85).
const PYWS = '[\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
// Python's str.splitlines() boundaries.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
const COMMENT_START = new RegExp(`^${PYWS}*#`);
const COMMENT = new RegExp(`(^|${PYWS}+)#.*$`);
const LEADING_WS = new RegExp(`^${PYWS}+`);
const TRAILING_WS = new RegExp(`${PYWS}+$`);
const ENV_VAR = /\$\{([A-Z0-9_]+)\}/g;
function physical(text, line, from = 0, to = text.length) {
    return { text: text.slice(from, Math.max(from, to)), segs: [{ from: 0, line, col: from + 1, step: 1 }] };
}
function concat(parts) {
    if (parts.length === 1)
        return parts[0];
    const segs = [];
    let base = 0;
    for (const p of parts) {
        if (p.text.length > 0)
            for (const seg of p.segs)
                segs.push({ ...seg, from: seg.from + base });
        base += p.text.length;
    }
    return { text: parts.map((p) => p.text).join(''), segs };
}
function segmentAt(l, offset) {
    let found = l.segs[0];
    for (const seg of l.segs) {
        if (seg.from > offset)
            break;
        found = seg;
    }
    return found;
}
function position(l, offset) {
    const seg = segmentAt(l, offset);
    return { line: seg.line, col: seg.col + (offset - seg.from) * seg.step };
}
function slice(l, from, to = l.text.length) {
    if (from === 0 && to >= l.text.length)
        return l;
    const head = position(l, from);
    const first = segmentAt(l, from);
    const segs = [{ from: 0, line: head.line, col: head.col, step: first.step }];
    for (const seg of l.segs)
        if (seg.from > from && seg.from < to)
            segs.push({ ...seg, from: seg.from - from });
    return { text: l.text.slice(from, to), segs };
}
/** pip's preprocess(): split, join continuations, drop comments and blanks, expand `${VAR}`. */
function preprocess(content, env) {
    const raw = content.split(LINE_BREAK);
    if (raw.length > 0 && raw[raw.length - 1] === '')
        raw.pop(); // splitlines() yields no empty last line
    const joined = [];
    let pending = [];
    let first = 0;
    raw.forEach((text, i) => {
        const no = i + 1;
        const isComment = COMMENT_START.test(text);
        if (!text.endsWith('\\') || isComment) {
            // a comment ends a continuation; pip prefixes it with a space so it is stripped later
            const part = isComment ? concat([{ text: ' ', segs: [{ from: 0, line: no, col: 1, step: 0 }] }, physical(text, no)]) : physical(text, no);
            if (pending.length > 0) {
                joined.push({ first, line: concat([...pending, part]) });
                pending = [];
            }
            else
                joined.push({ first: no, line: part });
        }
        else {
            if (pending.length === 0)
                first = no;
            // pip uses line.strip("\\"): backslashes go from both ends
            const lead = /^\\*/.exec(text)[0].length;
            const trail = /\\*$/.exec(text)[0].length;
            pending.push(physical(text, no, lead, Math.max(lead, text.length - trail)));
        }
    });
    if (pending.length > 0)
        joined.push({ first, line: concat(pending) });
    const out = [];
    for (const { first: no, line } of joined) {
        const comment = COMMENT.exec(line.text);
        let l = comment ? slice(line, 0, comment.index) : line;
        const lead = LEADING_WS.exec(l.text)?.[0].length ?? 0;
        const trail = TRAILING_WS.exec(l.text)?.[0].length ?? 0;
        l = slice(l, lead, Math.max(lead, l.text.length - trail));
        if (l.text)
            out.push({ first: no, line: expandEnv(l, env) });
    }
    return out;
}
// Only `${NAME}`; a variable that is unset or empty stays as written, as in pip.
function expandEnv(l, env) {
    if (!env || !l.text.includes('${'))
        return l;
    const parts = [];
    let last = 0;
    for (const m of l.text.matchAll(ENV_VAR)) {
        const value = env[m[1]];
        if (!value)
            continue;
        const at = m.index;
        parts.push(slice(l, last, at));
        const { line, col } = position(l, at);
        parts.push({ text: value, segs: [{ from: 0, line, col, step: 0 }] });
        last = at + m[0].length;
    }
    parts.push(slice(l, last));
    return concat(parts);
}
function parseRequirementsFile(content, path, env) {
    const result = { path, occurrences: [], unnamed: [], includes: [], options: [], issues: [] };
    const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
    // one context for the file, moved from line to line: no closures per line
    const ctx = { result, path, first: 0, line: { text: '', segs: [] } };
    for (const { first, line } of preprocess(text, env)) {
        ctx.first = first;
        ctx.line = line;
        handleLine(line, ctx);
    }
    return result;
}
/** Where an offset of the current logical line is in the file. */
function locate(ctx, offset) {
    if (ctx.line.text.length === 0)
        return { file: ctx.path, line: ctx.first, column: 1 };
    const p = position(ctx.line, Math.max(0, Math.min(offset, ctx.line.text.length - 1)));
    return { file: ctx.path, line: p.line, column: p.col };
}
function addIssue(ctx, message, offset) {
    ctx.result.issues.push({ rule: 'parse-error', message: (0,issue_text/* boundMessage */.w)(message), location: locate(ctx, offset) });
}
function handleLine(line, ctx) {
    // pip's break_args_options: words up to the first one starting with '-' are the requirement
    const words = line.text.split(' ');
    const firstOption = words.findIndex((w) => w.startsWith('-'));
    const args = (firstOption < 0 ? words : words.slice(0, firstOption)).join(' ');
    const optionsStart = firstOption < 0 ? line.text.length : firstOption === 0 ? 0 : args.length + 1;
    const optionsText = line.text.slice(optionsStart);
    let options = [];
    try {
        // most requirement lines carry no options at all
        if (optionsText !== '')
            options = parseOptions(shlexSplit(optionsText));
    }
    catch (e) {
        if (!(e instanceof OptionError))
            throw e;
        addIssue(ctx, `invalid option in '${line.text}': ${e.message}`, optionsStart + e.offset);
        return;
    }
    if (args) {
        // Global options and -r/-c on a requirement line are ignored by pip; only --hash matters here.
        const hashes = options.filter((o) => o.name === '--hash').map((o) => o.value);
        addRequirement(args, 0, { editable: false, hashes }, ctx);
        return;
    }
    const editable = options.find((o) => o.name === '--editable');
    if (editable) {
        addRequirement(editable.value, optionsStart + (editable.valueOffset ?? editable.offset), { editable: true, hashes: [] }, ctx);
        return;
    }
    // pip follows only the first -r of a line, or else its first -c
    const include = options.find((o) => o.name === '--requirement') ?? options.find((o) => o.name === '--constraint');
    if (include) {
        const ref = {
            kind: include.name === '--requirement' ? 'requirement' : 'constraint',
            target: include.value,
            location: locate(ctx, optionsStart + (include.valueOffset ?? include.offset)),
        };
        ctx.result.includes.push(ref);
    }
    for (const o of options) {
        if (['--requirement', '--constraint', '--hash', '--global-option', '--config-settings'].includes(o.name))
            continue;
        ctx.result.options.push({ name: o.name, ...(o.value !== undefined ? { value: o.value } : {}), location: locate(ctx, optionsStart + o.offset) });
    }
}
const VCS = ['bzr', 'git', 'hg', 'svn'];
const VCS_SCHEMES = [
    ...['http', 'https', 'ssh', 'sftp', 'ftp', 'lp', 'file'].map((s) => `bzr+${s}`),
    ...['http', 'https', 'ssh', 'git', 'file'].map((s) => `git+${s}`),
    ...['file', 'http', 'https', 'ssh', 'static-http'].map((s) => `hg+${s}`),
    ...['ssh', 'http', 'https', 'svn', 'file'].map((s) => `svn+${s}`),
];
const ARCHIVES = ['.zip', '.whl', '.tar.bz2', '.tbz', '.tar.gz', '.tgz', '.tar', '.tar.xz', '.txz', '.tlz', '.tar.lz', '.tar.lzma'];
const WHEEL = /^(?<name>[^\s-]+?)-(?<ver>[^\s-]*?)(?:(?:-\d[^-]*?)?-[^\s-]+?-[^\s-]+?-[^\s-]+?\.whl|\.dist-info)$/;
const EGG = /[#&]egg=([^&]*)/;
const TRAILING_EXTRAS = /^(.+)(\[[^\]]+\])$/;
function fail(message, offset) {
    throw new requirement/* RequirementSyntaxError */.t(message, offset);
}
/** pip's is_url(): a scheme pip can fetch from, judged by the text before the first ':'. */
function isUrl(text) {
    const colon = text.indexOf(':');
    if (colon < 0)
        return false;
    const scheme = text.slice(0, colon).toLowerCase();
    return ['http', 'https', 'file', 'ftp', ...VCS_SCHEMES].includes(scheme);
}
function looksLikePath(text) {
    return text.includes('/') || text.startsWith('.');
}
function isArchive(path) {
    const lower = path.toLowerCase();
    return ARCHIVES.some((ext) => lower.endsWith(ext));
}
/** Parse a PEP 508 string, shifting error offsets to where it sits in the line. */
function requirementAt(text, offset) {
    try {
        return (0,requirement/* parseRequirement */.p)(text);
    }
    catch (e) {
        if (e instanceof requirement/* RequirementSyntaxError */.t)
            fail(e.message, offset + e.offset);
        throw e;
    }
}
// The name (and version) a wheel filename carries, as pip's Wheel model reads it.
function fromWheelName(location, offset) {
    const base = location.replace(/[?#].*$/, '');
    let filename = base.slice(base.lastIndexOf('/') + 1);
    try {
        filename = decodeURIComponent(filename);
    }
    catch {
        // keep the filename as written when it is not valid percent-encoding
    }
    const m = WHEEL.exec(filename);
    if (!m)
        fail(`'${filename}' is not a valid wheel filename`, offset);
    const name = m.groups.name.replace(/_/g, '-');
    const version = m.groups.ver.replace(/_/g, '-');
    try {
        return (0,requirement/* parseRequirement */.p)(`${name}==${version}`);
    }
    catch {
        return fail(`wheel filename '${filename}' has no valid name and version`, offset);
    }
}
function fromUrl(url, offset) {
    const path = url.replace(/[?#].*$/, '');
    if (path.toLowerCase().endsWith('.whl'))
        return { ...fromWheelName(url, offset), url };
    const egg = EGG.exec(url);
    if (!egg)
        return undefined; // unnamed URL: legal for pip, nothing to check
    return { ...requirementAt(egg[1], offset + egg.index + 5), url };
}
/** A non-editable requirement line, as pip's parse_req_from_line() reads it. */
function fromLine(text) {
    // pip cuts the marker off first: at '; ' after a URL (which may hold ';'), else at the first ';'
    const sep = isUrl(text) ? '; ' : ';';
    const cut = text.indexOf(sep);
    const body = cut < 0 ? text : text.slice(0, cut);
    let marker;
    if (cut >= 0) {
        const raw = text.slice(cut + sep.length);
        const start = cut + sep.length + (raw.length - raw.trimStart().length);
        marker = raw.trim() || undefined; // `foo;` has no marker for pip
        if (marker) {
            try {
                (0,pep_marker/* parseMarker */.gY)(marker);
            }
            catch (e) {
                if (e instanceof requirement/* RequirementSyntaxError */.t)
                    fail(e.message, start + e.offset);
                throw e;
            }
        }
    }
    const name = body.trim();
    const at = body.length - body.trimStart().length;
    const req = fromName(name, at);
    if (!req)
        return undefined;
    return marker ? { ...req, marker } : req;
}
function fromName(name, at) {
    if (isUrl(name))
        return fromUrl(name, at);
    const extrasMatch = TRAILING_EXTRAS.exec(name);
    const path = extrasMatch ? extrasMatch[1] : name;
    if (isArchive(path)) {
        const atSign = name.indexOf('@');
        // `name @ https://…/x.tar.gz` is PEP 508; anything else ending like an archive is a local file
        if (atSign < 0 || looksLikePath(name.slice(0, atSign))) {
            if (!path.toLowerCase().endsWith('.whl'))
                return undefined;
            const req = fromWheelName(path, at);
            const extras = extrasMatch ? requirementAt(`x${extrasMatch[2].toLowerCase()}`, at + path.length - 1).extras : [];
            return { ...req, extras, url: name };
        }
    }
    try {
        return requirementAt(name, at);
    }
    catch (e) {
        // A local project directory (`.`, `..[dev]`, `./libs/common`): unnamed, legal for pip.
        // pip asks the disk; we take anything with a '/' and no operator for one. `.hidden`
        // alone is not taken: pip only accepts it when such a folder exists, which is rare.
        if ((path.includes('/') || /^\.\.?$/.test(path)) && /^[^\s=<>!~;@(,]+$/.test(path))
            return undefined;
        if (e instanceof requirement/* RequirementSyntaxError */.t && /^[^<>!~]*=[^=]/.test(name) && !name.includes('=='))
            fail(`${e.message} ('=' is not an operator: did you mean '=='?)`, e.offset);
        throw e;
    }
}
/** An `-e` target, as pip's parse_editable() reads it. */
function fromEditable(text) {
    const extrasMatch = TRAILING_EXTRAS.exec(text);
    const noExtras = extrasMatch ? extrasMatch[1] : text;
    if (noExtras.toLowerCase().startsWith('file:')) {
        const egg = EGG.exec(noExtras);
        if (!egg)
            return undefined;
        const req = requirementAt(egg[1], egg.index + 5);
        const extras = extrasMatch ? requirementAt(`x${extrasMatch[2].toLowerCase()}`, noExtras.length - 1).extras : req.extras;
        return { ...req, extras, url: noExtras };
    }
    // no scheme: a local project directory, unnamed (pip checks it exists; a pure parser cannot)
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text))
        return undefined;
    let url = text;
    const vcs = VCS.find((v) => text.toLowerCase().startsWith(`${v}:`));
    if (vcs)
        url = `${vcs}+${text}`;
    const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
    if (!VCS_SCHEMES.includes(scheme))
        fail(`'${text}' is not a valid editable requirement: use a path to a local project or a VCS URL (git+https://…)`, 0);
    const egg = EGG.exec(text);
    if (!egg)
        fail(`cannot tell the package name of editable '${text}': add #egg=<name> to the URL`, 0);
    return { ...requirementAt(egg[1], egg.index + 5), url };
}
const parsedLine = (0,memo/* memoized */.x)((text) => {
    try {
        return { req: fromLine(text) };
    }
    catch (e) {
        if (!(e instanceof requirement/* RequirementSyntaxError */.t))
            throw e;
        return { message: e.message, offset: e.offset };
    }
}, 20_000);
function parseLine(text) {
    const parsed = parsedLine(text);
    if ('message' in parsed)
        throw new requirement/* RequirementSyntaxError */.t(parsed.message, parsed.offset);
    return parsed.req;
}
function addRequirement(raw, offset, flags, ctx) {
    const text = raw.replace(TRAILING_WS, '');
    let req;
    try {
        req = flags.editable ? fromEditable(text) : parseLine(text);
    }
    catch (e) {
        if (!(e instanceof requirement/* RequirementSyntaxError */.t))
            throw e;
        addIssue(ctx, `invalid requirement '${text}': ${e.message}`, offset + e.offset);
        return;
    }
    const start = locate(ctx, offset);
    if (!req) {
        ctx.result.unnamed.push({ text, location: start, editable: flags.editable });
        return;
    }
    const end = locate(ctx, offset + text.length - 1);
    // Built field by field, never with `delete`: V8 turns objects with deleted keys into slow dictionaries.
    const occurrence = {
        name: req.name,
        rawName: req.rawName,
        extras: req.extras,
        specifier: req.specifier,
        location: { file: start.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column + 1 },
        origin: 'requirements',
        viaConstraint: false,
        text,
    };
    if (req.marker !== undefined)
        occurrence.marker = req.marker;
    if (req.url !== undefined)
        occurrence.url = req.url;
    if (flags.editable)
        occurrence.editable = true;
    if (flags.hashes.length > 0)
        occurrence.hashes = flags.hashes;
    ctx.result.occurrences.push(occurrence);
}


/***/ }),

/***/ 3844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ lexShell),
/* harmony export */   L0: () => (/* binding */ joinContinuations),
/* harmony export */   S$: () => (/* binding */ sliceText),
/* harmony export */   Xm: () => (/* binding */ expansionBudget),
/* harmony export */   i7: () => (/* binding */ expandVariables),
/* harmony export */   r$: () => (/* binding */ expandReporting)
/* harmony export */ });
/* unused harmony exports MAX_EXPANDED_WORD, MAX_EXPANSION_DEPTH, MAX_FILE_EXPANSION */
// A small POSIX-sh lexer for Dockerfile RUN bodies. It does not run anything: it splits a script
// into simple commands of words and redirects, removes quotes, and keeps, for every character of
// every word, the offset it came from in the original file, so findings point at real columns
// even across `\`-newline continuations and substituted variables.
/** One word never grows past this by expansion; a real value (a version, a path, an index URL) is far smaller. */
const MAX_EXPANDED_WORD = 64 * 1024;
/** Nested `${A:-${B:-…}}` defaults expanded at most this deep. */
const MAX_EXPANSION_DEPTH = 8;
/** Expanded characters per file (see ExpansionBudget). */
const MAX_FILE_EXPANSION = 1024 * 1024;
function expansionBudget() {
    return { chars: MAX_FILE_EXPANSION };
}
/** Map a plain slice of the file, e.g. a heredoc body. */
function sliceText(content, start, end) {
    const offsets = [];
    for (let i = start; i < end; i++)
        offsets.push(i);
    return { text: content.slice(start, end), offsets };
}
/**
 * Join an instruction's physical lines the way Docker does: an escape character at the end of a
 * line (trailing blanks allowed) continues it, and blank or `#` comment lines inside the
 * continuation are dropped entirely. No space is inserted at the join.
 */
function joinContinuations(content, start, end, escapeChar = '\\') {
    let text = '';
    const offsets = [];
    let lineStart = start;
    let first = true;
    while (lineStart < end) {
        let nl = content.indexOf('\n', lineStart);
        if (nl < 0 || nl > end)
            nl = end;
        let lineEnd = nl > lineStart && content[nl - 1] === '\r' ? nl - 1 : nl;
        const line = content.slice(lineStart, lineEnd);
        const next = nl + 1;
        if (!first && (line.trim() === '' || line.trimStart().startsWith('#'))) {
            lineStart = next;
            continue;
        }
        first = false;
        const trimmed = line.replace(/[ \t]+$/, '');
        const continues = trimmed.endsWith(escapeChar);
        if (continues)
            lineEnd = lineStart + trimmed.length - escapeChar.length;
        for (let i = lineStart; i < lineEnd; i++) {
            text += content[i];
            offsets.push(i);
        }
        if (!continues)
            break;
        lineStart = next;
    }
    return { text, offsets };
}
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const OPERATOR_START = new Set([';', '&', '|', '(', ')', '<', '>', '\n']);
// Reserved words that open or close compound commands: dropped so `if pip install x; then` still counts.
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time']);
/** Lex a script into simple commands. Never throws: problems land in `errors`. */
function lexShell(input, options = {}) {
    return new Lexer(input, options).run();
}
/** Substitute `$VAR`/`${VAR}` in a Dockerfile value (FROM, ENV); unknown ones stay as written. */
function expandVariables(text, lookup, escape = '\\', budget) {
    const { value, unresolved } = expandReporting(text, lookup, escape, { budget });
    return { value, unresolved };
}
/** expandVariables, with the variables it refused to expand (too large, nested too deep). */
function expandReporting(text, lookup, escape, limits) {
    const lexed = lexShell(sliceText(text, 0, text.length), { lookup, shell: false, escape, budget: limits.budget, depth: limits.depth });
    const words = lexed.commands[0]?.words ?? [];
    return { value: words.map((w) => w.value).join(' '), unresolved: words.some((w) => w.unresolved), errors: lexed.errors };
}
class Lexer {
    input;
    options;
    i = 0;
    s;
    commands = [];
    errors = [];
    current = { words: [], redirects: [] };
    pendingHeredocs = [];
    shell;
    esc;
    budget;
    constructor(input, options) {
        this.input = input;
        this.options = options;
        this.s = input.text;
        this.shell = options.shell ?? true;
        this.esc = this.shell ? '\\' : (options.escape ?? '\\');
        this.budget = options.budget ?? expansionBudget();
    }
    run() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === ' ' || c === '\t' || c === '\r' || (c === '\n' && !this.shell)) {
                this.i++;
            }
            else if (this.shell && c === '#') {
                while (this.i < s.length && s[this.i] !== '\n')
                    this.i++;
            }
            else if (this.shell && c === '\\' && isNewlineAt(s, this.i + 1)) {
                this.i += s[this.i + 1] === '\r' ? 3 : 2;
            }
            else if (this.shell && (c === '<' || c === '>' || (c === '&' && s[this.i + 1] === '>'))) {
                this.readRedirect(undefined, undefined);
            }
            else if (this.shell && OPERATOR_START.has(c)) {
                this.readOperator();
            }
            else {
                this.readWordAndGlued();
            }
        }
        this.endCommand();
        return { commands: this.commands, errors: this.errors };
    }
    orig(i) {
        const o = this.input.offsets;
        if (i < o.length)
            return o[i];
        return o.length > 0 ? o[o.length - 1] + 1 : 0;
    }
    endCommand() {
        const words = this.current.words;
        while (words.length > 0 && !words[0].quoted && KEYWORDS.has(words[0].value))
            words.shift();
        if (words.length > 0 || this.current.redirects.length > 0)
            this.commands.push(this.current);
        this.current = { words: [], redirects: [] };
    }
    readOperator() {
        const c = this.s[this.i];
        if (c === '\n') {
            this.i++;
            this.endCommand();
            this.skipHeredocBodies();
            return;
        }
        const two = this.s.slice(this.i, this.i + 2);
        this.i += two === '&&' || two === '||' || two === ';;' || two === '|&' ? 2 : 1;
        this.endCommand();
    }
    // A shell heredoc inside a script (`cat <<EOF > f`): its body is data, not commands.
    skipHeredocBodies() {
        for (const { delimiter, stripTabs } of this.pendingHeredocs) {
            while (this.i < this.s.length) {
                let nl = this.s.indexOf('\n', this.i);
                if (nl < 0)
                    nl = this.s.length;
                let line = this.s.slice(this.i, nl).replace(/\r$/, '');
                if (stripTabs)
                    line = line.replace(/^\t+/, '');
                this.i = nl + 1;
                if (line === delimiter)
                    break;
            }
        }
        this.pendingHeredocs = [];
    }
    /** A word, then any redirects glued to it (`pkg>1,<2`). */
    readWordAndGlued() {
        const word = this.readWord();
        if (!word)
            return;
        const fd = /^[0-9]+$/.test(word.raw) ? word.raw : undefined;
        const next = this.s[this.i];
        if (this.shell && fd !== undefined && (next === '<' || next === '>')) {
            this.readRedirect(fd, undefined);
            return;
        }
        this.current.words.push(word);
        if (this.shell && (next === '<' || next === '>'))
            this.readRedirect(undefined, word);
    }
    readRedirect(fd, gluedTo) {
        const m = /^(?:&>>|&>|<<<|<<-|<<|>>|>&|<&|>\||<>|>|<)/.exec(this.s.slice(this.i, this.i + 3));
        const op = m[0];
        this.i += op.length;
        while (this.s[this.i] === ' ' || this.s[this.i] === '\t')
            this.i++;
        const redirect = { op, fd };
        const target = this.readWord();
        if (target)
            redirect.target = target;
        else
            this.errors.push({ message: `redirect ${op} without a target`, offset: this.orig(this.i) });
        if (gluedTo)
            gluedTo.glued.push(redirect);
        else
            this.current.redirects.push(redirect);
        if ((op === '<<' || op === '<<-') && target)
            this.pendingHeredocs.push({ delimiter: target.value, stripTabs: op === '<<-' });
        const next = this.s[this.i];
        // `pkg>1,<2`: the second redirect still belongs to `pkg` when nothing separates them.
        if (target && (next === '<' || next === '>'))
            this.readRedirect(undefined, gluedTo);
    }
    readWord() {
        const s = this.s;
        const start = this.i;
        const w = { value: '', offsets: [], text: '', raw: '', start: this.orig(start), end: 0, quoted: false, unresolved: false, glued: [] };
        let contentEnd = start;
        const put = (ch, at) => {
            w.value += ch;
            w.offsets.push(this.orig(at));
        };
        while (this.i < s.length) {
            const c = s[this.i];
            if (c === ' ' || c === '\t' || c === '\r' || c === '\n')
                break;
            if (this.shell && OPERATOR_START.has(c))
                break;
            if (c === "'") {
                w.quoted = true;
                const close = s.indexOf("'", this.i + 1);
                const stop = close < 0 ? s.length : close;
                if (close < 0)
                    this.errors.push({ message: 'unterminated single quote', offset: this.orig(this.i) });
                for (let k = this.i + 1; k < stop; k++)
                    put(s[k], k);
                w.text += s.slice(this.i + 1, stop);
                contentEnd = stop;
                this.i = stop + 1;
            }
            else if (c === '"') {
                w.quoted = true;
                this.i++;
                while (this.i < s.length && s[this.i] !== '"') {
                    const d = s[this.i];
                    if (d === '\\' && '$`"\\\n'.includes(s[this.i + 1] ?? '')) {
                        if (s[this.i + 1] !== '\n') {
                            put(s[this.i + 1], this.i + 1);
                            w.text += s[this.i + 1];
                        }
                        this.i += 2;
                    }
                    else if (d === '$' || d === '`') {
                        this.readExpansion(w, put);
                    }
                    else {
                        put(d, this.i);
                        w.text += d;
                        this.i++;
                    }
                }
                if (this.i >= s.length)
                    this.errors.push({ message: 'unterminated double quote', offset: w.start });
                contentEnd = this.i;
                this.i++;
            }
            else if (c === this.esc && this.i + 1 < s.length) {
                if (!isNewlineAt(s, this.i + 1)) {
                    put(s[this.i + 1], this.i + 1);
                    w.text += s[this.i + 1];
                }
                this.i += s[this.i + 1] === '\r' && s[this.i + 2] === '\n' ? 3 : 2;
                contentEnd = this.i;
            }
            else if (c === '$' || (c === '`' && this.shell)) {
                this.readExpansion(w, put);
                contentEnd = this.i;
            }
            else {
                // A run of plain characters (most of every word) is copied in one piece.
                let j = this.i + 1;
                while (j < s.length && !isSpecial(s[j], this.shell, this.esc))
                    j++;
                const run = s.slice(this.i, j);
                w.value += run;
                w.text += run;
                for (let k = this.i; k < j; k++)
                    w.offsets.push(this.orig(k));
                this.i = j;
                contentEnd = j;
            }
        }
        if (this.i === start)
            return undefined;
        w.raw = s.slice(start, Math.min(this.i, s.length));
        w.end = this.orig(Math.max(contentEnd - 1, start)) + 1;
        return w;
    }
    refuse(message, at) {
        // Once per lex: a refused variable repeated on one line says the same thing.
        if (!this.errors.some((e) => e.expansion))
            this.errors.push({ message, offset: this.orig(at), expansion: true });
    }
    /** `$NAME`, `${NAME}`, `${NAME:-default}`, `$(…)`, `` `…` ``: substitute what is known, keep the rest. */
    readExpansion(w, put) {
        const s = this.s;
        const at = this.i;
        let raw;
        let value;
        if (s[at] === '`' || s.startsWith('$(', at)) {
            const end = s[at] === '`' ? s.indexOf('`', at + 1) : matchParen(s, at + 1);
            this.i = end < 0 ? s.length : end + 1;
            raw = s.slice(at, this.i);
        }
        else if (s[at + 1] === '{') {
            const close = s.indexOf('}', at + 2);
            this.i = close < 0 ? s.length : close + 1;
            raw = s.slice(at, this.i);
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+=?])(.*))?$/s.exec(s.slice(at + 2, close < 0 ? s.length : close));
            if (m) {
                const known = this.options.lookup?.(m[1]);
                const op = m[2];
                const empty = known === undefined || (op?.startsWith(':') && known === '');
                const depth = this.options.depth ?? 0;
                if (!op)
                    value = known;
                else if ((op.endsWith('-') || op.endsWith('=')) && !empty)
                    value = known;
                else if (op.endsWith('-') || op.endsWith('=')) {
                    if (depth >= MAX_EXPANSION_DEPTH)
                        this.refuse(`variable defaults nested deeper than ${MAX_EXPANSION_DEPTH} levels; left unexpanded`, at);
                    else {
                        const inner = expandReporting(m[3], this.options.lookup ?? (() => undefined), '\\', { budget: this.budget, depth: depth + 1 });
                        // The innermost refusal is the one to report, once.
                        if (inner.errors.some((e) => e.expansion))
                            this.refuse(inner.errors.find((e) => e.expansion).message, at);
                        else
                            value = inner.value;
                    }
                }
                else if (op.endsWith('+'))
                    value = empty ? (known === undefined ? undefined : '') : m[3];
            }
        }
        else {
            const m = NAME.exec(s.slice(at + 1));
            if (!m) {
                // a lone `$`, or `$1`/`$@`: literal or unknowable
                const special = /^[0-9@*#?$!-]/.test(s[at + 1] ?? '');
                this.i = at + (special ? 2 : 1);
                raw = s.slice(at, this.i);
                if (!special)
                    value = '$';
            }
            else {
                this.i = at + 1 + m[0].length;
                raw = s.slice(at, this.i);
                value = this.options.lookup?.(m[0]);
            }
        }
        w.text += raw;
        if (value !== undefined && value.length > 0 && (w.value.length + value.length > MAX_EXPANDED_WORD || value.length > this.budget.chars)) {
            this.refuse(`variable ${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw} expands past ${Math.min(MAX_EXPANDED_WORD, this.budget.chars)} characters; left unexpanded`, at);
            value = undefined;
        }
        if (value !== undefined)
            this.budget.chars -= value.length;
        if (value === undefined) {
            w.unresolved = true;
            for (let k = 0; k < raw.length; k++)
                put(raw[k], at + k);
        }
        else {
            for (let k = 0; k < value.length; k++)
                put(value[k], at);
        }
    }
}
/** What ends a run of plain word characters: blanks, quotes, the escape, expansions and (in sh) operators. */
function isSpecial(c, shell, esc) {
    return c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === "'" || c === '"' || c === '$' || c === esc || (shell && (c === '`' || OPERATOR_START.has(c)));
}
function isNewlineAt(s, i) {
    return s[i] === '\n' || (s[i] === '\r' && s[i + 1] === '\n');
}
function matchParen(s, open) {
    let depth = 0;
    for (let k = open; k < s.length; k++) {
        if (s[k] === '(')
            depth++;
        else if (s[k] === ')' && --depth === 0)
            return k;
    }
    return -1;
}


/***/ })

};
