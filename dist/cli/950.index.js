export const id = 950;
export const ids = [950];
export const modules = {

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

/***/ 440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ imageGraph)
/* harmony export */ });
function imageGraph(workspace) {
    return { nodes: workspace.images, missing: workspace.missingImages, warnings: workspace.warnings };
}


/***/ }),

/***/ 4950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planRebuild: () => (/* binding */ planRebuild),
  rebuildWarnings: () => (/* binding */ rebuildWarnings),
  renderRebuild: () => (/* binding */ renderRebuild),
  runRebuild: () => (/* binding */ runRebuild)
});

;// CONCATENATED MODULE: ./src/rebuild/matrix.ts
class TagFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TagFormatError';
    }
}
/** `{date}` → UTC `yyyy-mm-dd` of `now`; `{sha}` → the first 7 characters of the commit. */
function formatTag(format, values) {
    return format.replace(/\{(date|sha)\}/g, (_, token) => {
        if (token === 'date')
            return values.now.toISOString().slice(0, 10);
        if (!values.sha)
            throw new TagFormatError(`tag-format ${format} uses {sha}, but no commit was given`);
        return values.sha.slice(0, 7);
    });
}
function rebuildMatrix(options) {
    const tag = formatTag(options.config.tagFormat, { now: options.now, sha: options.sha });
    const include = [];
    const waves = options.waves.map((wave, i) => wave.map((node) => {
        const entry = matrixEntry(node, { tag, wave: i + 1, platform: options.config.platform, cache: options.config.cache });
        include.push(entry);
        const printed = { image: entry.image, dockerfile: entry.dockerfile, context: entry.context, tags: entry.tags };
        if (entry.push === false)
            printed.push = false;
        return printed;
    }));
    return { waves, include };
}
function matrixEntry(node, o) {
    const repository = node.repository ?? node.name;
    const tags = o.tag === 'latest' ? [`${repository}:latest`] : [`${repository}:${o.tag}`, `${repository}:latest`];
    const entry = {
        image: node.name,
        dockerfile: node.dockerfile,
        context: node.context,
        tags,
        cacheFrom: o.cache === 'registry' ? [`${repository}:buildcache`] : [`${repository}:latest`],
        platform: o.platform,
        wave: o.wave,
        repository,
    };
    if (o.cache === 'registry')
        entry.cacheTo = `${repository}:buildcache`;
    if (node.repository === undefined)
        entry.push = false;
    return entry;
}

// EXTERNAL MODULE: ./src/rebuild/touched.ts
var touched = __webpack_require__(5241);
;// CONCATENATED MODULE: ./src/rebuild/waves.ts
class ImageCycleError extends Error {
    cycle;
    froms;
    /**
     * @param cycle `[a, b, a]`: each is the base of the next
     * @param froms where each FROM of the cycle is written (`docker/b.Dockerfile:2 FROM acme/a`), in cycle order
     */
    constructor(cycle, froms = []) {
        const where = froms.length > 0 ? `: ${froms.join('; ')} — change one of these FROMs` : '';
        super(`images build FROM each other in a cycle: ${cycle.join(' → ')} (each is the base of the next)${where}`);
        this.cycle = cycle;
        this.froms = froms;
        this.name = 'ImageCycleError';
    }
}
class MissingBaseError extends Error {
    missing;
    constructor(missing) {
        super(missing
            .map((m) => `image ${m.name} (FROM in ${m.referencedBy.join(', ')}) is declared in config images with dockerfile ${m.dockerfile}, which does not exist`)
            .join('; '));
        this.missing = missing;
        this.name = 'MissingBaseError';
    }
}
/**
 * Kahn levels over the FROM graph, sorted by name inside a wave.
 *
 * `late` (the default) peels from the leaves: each image builds in the wave just before the first
 * image built on it, so base images come first and every leaf (the services) builds in the last
 * wave, e.g. `[[python-base], [ai-base, security-base], [agent, api, …]]`. `early` builds each image
 * as soon as its bases are ready (`api` FROM python-base joins ai-base's wave). Both take as many
 * waves as the longest FROM chain.
 *
 * @param only rebuild just these images; bases outside it count as built.
 * @throws ImageCycleError, MissingBaseError
 */
function rebuildWaves(graph, options = {}) {
    const missing = graph.missing.filter((m) => m.referencedBy.length > 0);
    if (missing.length > 0)
        throw new MissingBaseError(missing);
    // Cycles are errors even among images left out of the selection: the graph itself is wrong.
    const byName = new Map(graph.nodes.map((n) => [n.name, n]));
    const cycle = findCycle(graph.nodes);
    if (cycle)
        throw new ImageCycleError(cycle, cycleFroms(cycle, byName));
    const selected = new Set([...(options.only ?? byName.keys())].filter((n) => byName.has(n)));
    const late = (options.order ?? 'late') === 'late';
    // Early: wait for bases. Late: peel images nothing (selected) is built on, then reverse.
    const pending = new Map([...selected].map((name) => [name, new Set()]));
    for (const name of selected) {
        for (const base of byName.get(name).bases) {
            if (!selected.has(base))
                continue;
            if (late)
                pending.get(base).add(name);
            else
                pending.get(name).add(base);
        }
    }
    const waves = [];
    while (pending.size > 0) {
        const ready = [...pending].filter(([, waits]) => waits.size === 0).map(([name]) => name).sort();
        for (const name of ready)
            pending.delete(name);
        for (const waits of pending.values())
            for (const name of ready)
                waits.delete(name);
        waves.push(ready.map((name) => byName.get(name)));
    }
    return late ? waves.reverse() : waves;
}
/** The first cycle found as `[a, b, a]`: each is the base of the next, starting from the smallest name. */
function findCycle(nodes) {
    const byName = new Map(nodes.map((n) => [n.name, n]));
    const state = new Map();
    const stack = [];
    const visit = (name) => {
        state.set(name, 'open');
        stack.push(name);
        for (const base of byName.get(name)?.bases ?? []) {
            if (!byName.has(base))
                continue;
            if (state.get(base) === 'open')
                return baseFirst(stack.slice(stack.indexOf(base)));
            if (!state.has(base)) {
                const found = visit(base);
                if (found)
                    return found;
            }
        }
        stack.pop();
        state.set(name, 'done');
        return undefined;
    };
    for (const name of [...byName.keys()].sort()) {
        if (state.has(name))
            continue;
        const found = visit(name);
        if (found)
            return found;
    }
    return undefined;
}
/** For each step base → image of the cycle: the image's Dockerfile, the FROM line, the reference as written. */
function cycleFroms(cycle, byName) {
    return cycle.slice(1).map((name, i) => {
        const node = byName.get(name);
        const from = node.baseFroms?.find((f) => f.base === cycle[i]);
        return from ? `${node.dockerfile}:${from.line} FROM ${from.image}` : `${node.dockerfile} FROM ${cycle[i]}`;
    });
}
/** `built FROM` order → `base of` order, rotated to start at the smallest name, closed. */
function baseFirst(path) {
    const ring = [...path].reverse();
    const start = ring.indexOf([...ring].sort()[0]);
    const rotated = [...ring.slice(start), ...ring.slice(0, start)];
    return [...rotated, rotated[0]];
}

// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
;// CONCATENATED MODULE: ./src/rebuild-command.ts







/**
 * @param changedPackages rebuild only the images these packages touch (and the cascade); all images when absent
 * @param sha commit for a `{sha}` tag format
 * @throws ImageCycleError, MissingBaseError, TagFormatError
 */
async function runRebuild(options) {
    return renderRebuild(planRebuild(options), options);
}
/** The plan as text, or as the documented JSON. */
function renderRebuild(plan, options) {
    const { config } = options;
    const { graph, touch, waves, matrix } = plan;
    const warnings = rebuildWarnings(plan.workspace);
    if (options.format === 'json')
        return `${JSON.stringify({ waves: matrix.waves, warnings, ambiguities: plan.workspace.ambiguities }, null, 2)}\n`;
    const touched = new Map(touch.images.map((i) => [i.name, i]));
    const inCascade = new Set(touch.cascades.flatMap((c) => c.invalidates));
    const byName = new Map(graph.nodes.map((n) => [n.name, n]));
    const count = matrix.include.length;
    const lines = [
        `Rebuild ${(0,report_text/* plural */.LS)(count, 'image')} in ${(0,report_text/* plural */.LS)(waves.length, 'wave')} · ${config.platform} · ${config.cache} cache`,
    ];
    if (options.changedPackages) {
        const changed = [...new Set(options.changedPackages.map(pep_name/* normalizeName */.P))].sort();
        lines.push(changed.length > 0 ? `Changed packages: ${changed.join(', ')}` : 'Changed packages: none');
    }
    matrix.waves.forEach((wave, i) => {
        lines.push('', `wave ${i + 1}`);
        for (const entry of wave) {
            const node = byName.get(entry.image);
            const marks = [];
            if (node.inferred)
                marks.push('inferred');
            if (entry.push === false)
                marks.push('not pushed');
            const t = touched.get(entry.image);
            if (options.changedPackages ? t?.cascade && !t.direct : inCascade.has(entry.image))
                marks.push('cascade');
            lines.push(`  ${entry.image}  ${entry.dockerfile}  (context ${entry.context})${marks.length > 0 ? `  [${marks.join(', ')}]` : ''}`);
            lines.push(`    tags: ${entry.tags.join(', ')}`);
            if (options.changedPackages && t)
                lines.push(`    why: ${why(t)}`);
        }
    });
    lines.push(...cascadeSection(touch, options.changedPackages !== undefined));
    if (warnings.length > 0)
        lines.push('', 'Warnings:', ...warnings.map((w) => `  ${(0,report_escape/* escapeTerminal */.en)(w)}`));
    return `${lines.join('\n')}\n`;
}
/**
 * The images to rebuild (all, or those `changedPackages` and `changedFiles` touch, plus the cascade),
 * in waves, with their matrix.
 */
function planRebuild(options) {
    const graph = (0,types/* imageGraph */.G)(options.workspace);
    const touch = (0,touched/* touchedImages */.zY)({ workspace: options.workspace, graph, changedPackages: options.changedPackages ?? [], changedFiles: options.changedFiles ?? [] });
    const only = options.changedPackages || options.changedFiles ? touch.images.map((i) => i.name) : undefined;
    const waves = rebuildWaves(graph, { only });
    const matrix = rebuildMatrix({ waves, config: options.config, now: options.now, sha: options.sha });
    return { workspace: options.workspace, graph, touch, waves, matrix };
}
/** What the plan could only guess, and the image names it will not push under: one line each, the same in text and JSON. */
function rebuildWarnings(workspace) {
    const names = workspace.modelIssues.map((i) => `${i.location.file}:${i.location.line}: ${i.rule}: ${i.message}`);
    return [...names, ...workspace.warnings];
}
function why(t) {
    const parts = [];
    for (const r of t.reasons) {
        if (r.kind === 'installs')
            parts.push(`installs ${r.package} (${r.file}:${r.line})`);
        else if (r.kind === 'file-changed')
            parts.push(`${r.file} changed`);
        else if (r.kind === 'base')
            parts.push(`built FROM ${r.base}`);
        else
            parts.push(`COPYs the whole constraints file (${r.file}, line ${r.line})`);
    }
    return parts.join('; ');
}
function cascadeSection(touch, changedOnly) {
    const relevant = changedOnly ? touch.cascades.filter((c) => touch.images.some((i) => i.name === c.name)) : touch.cascades;
    if (relevant.length === 0)
        return [];
    const lines = ['', 'Cascade:'];
    for (const c of relevant) {
        lines.push(`  ${c.reason}.`, `  Fix: ${c.fix.text}`);
        if (c.fix.content !== '')
            lines.push(`  ${c.fix.file}:`, ...c.fix.content.trimEnd().split('\n').map((l) => `    ${l}`));
    }
    return lines;
}


/***/ }),

/***/ 5241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ installedPackages),
/* harmony export */   zY: () => (/* binding */ touchedImages)
/* harmony export */ });
/* unused harmony export detectCascades */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pep_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(110);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5655);
/* harmony import */ var _model_copies_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8136);
/* harmony import */ var _model_includes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1676);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1933);
// Which images a change touches: those that install a changed package (inline pin, a `-r` file
// they COPY, a pyproject they COPY), those whose Dockerfile or COPYed files changed, and every
// image built FROM them. Separately, the cascade: an image that COPYs the whole central
// constraints file is invalidated by every pin change, and so is everything built on it. Pure.






/**
 * @param changedPackages package names (any spelling) that a bump plan or a PR changes
 * @param changedFiles repo-relative paths a PR changes; a changed constraints file counts as a pin change
 */
function touchedImages(options) {
    const { workspace, graph } = options;
    const changed = new Set((options.changedPackages ?? []).map(_pep_name_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .P));
    const changedFiles = [...new Set(options.changedFiles ?? [])];
    const constraintsFile = workspace.constraintsFile;
    const pinsChanged = changed.size > 0 || (constraintsFile !== undefined && changedFiles.includes(constraintsFile));
    const dependents = dependentsOf(graph.nodes);
    const touched = new Map();
    const entry = (name) => {
        let t = touched.get(name);
        if (!t)
            touched.set(name, (t = { name, direct: false, cascade: false, reasons: [] }));
        return t;
    };
    const roots = [];
    for (const node of graph.nodes) {
        const reasons = [];
        for (const [name, at] of installedPackages(workspace, node)) {
            if (changed.has(name))
                reasons.push({ kind: 'installs', package: name, file: at.file, line: at.line });
        }
        // COPY matchers only when there are changed files to match (a bump plan passes none).
        const info = changedFiles.length > 0 ? dockerfileInfo(workspace, node.dockerfile) : undefined;
        const sources = info ? (0,_model_copies_js__WEBPACK_IMPORTED_MODULE_2__/* .copiedSources */ .r)(info.copies, node.context) : [];
        for (const file of changedFiles) {
            // The constraints file is the cascade's business, below.
            if (file === constraintsFile)
                continue;
            if (file === node.dockerfile || sources.some((s) => s.matches(file)))
                reasons.push({ kind: 'file-changed', file });
        }
        if (reasons.length === 0)
            continue;
        const t = entry(node.name);
        t.direct = true;
        t.reasons.push(...reasons);
        roots.push(node.name);
    }
    // An image built on a touched one is touched too, once per base that reaches it.
    const builtOn = (flag) => (name, base) => {
        const t = entry(name);
        t[flag] = true;
        if (!t.reasons.some((r) => r.kind === 'base' && r.base === base))
            t.reasons.push({ kind: 'base', base });
    };
    spread(roots, dependents, builtOn('direct'));
    const cascades = detectCascades(workspace, graph);
    if (pinsChanged) {
        for (const c of cascades) {
            const t = entry(c.name);
            t.cascade = true;
            t.reasons.push({ kind: 'constraints-copy', file: c.constraintsFile, line: c.line });
        }
        spread(cascades.map((c) => c.name), dependents, builtOn('cascade'));
    }
    return { images: [...touched.values()].sort((a, b) => a.name.localeCompare(b.name)), cascades };
}
/** Images whose Dockerfile COPYs the whole central constraints file (alone or with its folder). */
function detectCascades(workspace, graph) {
    const constraintsFile = workspace.constraintsFile;
    if (!constraintsFile)
        return [];
    const dependents = dependentsOf(graph.nodes);
    const out = [];
    for (const node of graph.nodes) {
        const info = dockerfileInfo(workspace, node.dockerfile);
        if (!info)
            continue;
        const hit = (0,_model_copies_js__WEBPACK_IMPORTED_MODULE_2__/* .copiedSources */ .r)(info.copies, node.context).find((s) => s.matches(constraintsFile));
        if (!hit)
            continue;
        const reached = new Set();
        spread([node.name], dependents, (name) => reached.add(name));
        const below = [...reached].sort();
        const destination = copyDestination(hit.copy.destination, hit.copy.workdir, constraintsFile, hit.source);
        const users = constraintUsers(workspace, graph, below, destination);
        const line = hit.copy.location.line;
        const reason = `${node.name} COPYs the whole constraints file ${constraintsFile} (${node.dockerfile}:${line}): ` +
            (below.length > 0
                ? `every pin change invalidates that layer and rebuilds ${node.name} and the ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(below.length, 'image')} built on it (${below.join(', ')})`
                : `every pin change invalidates that layer and rebuilds ${node.name}`);
        out.push({ name: node.name, dockerfile: node.dockerfile, line, constraintsFile, invalidates: [node.name, ...below], reason, fix: sliceFix(workspace, node, destination, users) });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
}
function sliceFix(workspace, node, destination, users) {
    const installed = installedPackages(workspace, node);
    const lines = [];
    for (const name of [...installed.keys()].sort())
        for (const pin of workspace.pins.get(name) ?? [])
            lines.push(pin.text + (pin.marker && !pin.text.includes(';') ? ` ; ${pin.marker}` : ''));
    const file = (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)((0,_model_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .dirOf */ .Rw)(node.dockerfile), `${node.name}-constraints.txt`);
    const content = lines.length > 0 ? `${[...new Set(lines)].join('\n')}\n` : '';
    const target = destination ?? 'the same path';
    let text = `Give ${node.name} only the pins it installs: write ${file} with the central pins of its packages ` +
        `(${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(lines.length, 'pin')}) and COPY that file to ${target} instead of ${workspace.constraintsFile}. ` +
        `A bump then rebuilds ${node.name} only when one of its own pins changes.`;
    if (users.length > 0)
        text += ` Images built on it install with -c ${target} (${users.join(', ')}): each COPYs its own slice, or the pins of its own packages, next to its install.`;
    text += ' The slice holds direct pins only; add pins of their dependencies to hold those too.';
    return { file, content, text };
}
/** Images among `names` whose pip installs use `-c <path>` with the path the constraints were copied to. */
function constraintUsers(workspace, graph, names, destination) {
    if (!destination)
        return [];
    const wanted = new Set(names);
    const nodes = graph.nodes.filter((n) => wanted.has(n.name));
    return nodes
        .filter((n) => (imageOf(workspace, n)?.installs ?? []).some((s) => s.install.constraintFiles.some((c) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(c.path) ? c.path : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(s.install.workdir || '/', c.path)) === destination)))
        .map((n) => n.name)
        .sort();
}
/** Where the constraints file lands in the image, when the COPY says so. */
function copyDestination(destination, workdir, constraintsFile, source) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(destination) ? destination : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workdir || '/', destination));
    if (source === constraintsFile)
        return destination.endsWith('/') ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(abs, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(constraintsFile)) : abs;
    // A folder copy: the file keeps its path below the folder.
    const rest = source === '' ? constraintsFile : constraintsFile.slice(source.length + 1);
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(abs, rest);
}
/** Packages an image installs itself (not through its bases), by normalized name, with where. */
function installedPackages(workspace, node) {
    const out = new Map();
    const add = (name, file, line) => {
        if (!out.has(name))
            out.set(name, { file, line });
    };
    const image = imageOf(workspace, node);
    for (const site of image?.installs ?? [])
        for (const o of site.install.packages)
            add(o.name, o.location.file, o.location.line);
    const byFile = indexOf(workspace).occurrences;
    for (const file of (0,_model_includes_js__WEBPACK_IMPORTED_MODULE_5__/* .requirementClosure */ .T)(workspace.requirementFiles, image?.requirementFiles ?? [])) {
        for (const o of byFile.get(file) ?? []) {
            if (!o.viaConstraint && o.origin !== 'constraints')
                add(o.name, o.location.file, o.location.line);
        }
    }
    return out;
}
/** The model's image behind a graph node (tests may pass bare nodes). */
function imageOf(workspace, node) {
    return indexOf(workspace).images.get(node.name);
}
function dockerfileInfo(workspace, path) {
    const file = indexOf(workspace).files.get(path);
    return file?.kind === 'dockerfile' ? file.parsed : undefined;
}
// Lookups by path, built once per workspace so large repositories stay linear.
const indexes = new WeakMap();
function indexOf(workspace) {
    let index = indexes.get(workspace);
    if (!index) {
        const occurrences = new Map();
        for (const o of workspace.occurrences) {
            const list = occurrences.get(o.location.file);
            if (list)
                list.push(o);
            else
                occurrences.set(o.location.file, [o]);
        }
        index = { files: new Map(workspace.files.map((f) => [f.path, f])), images: new Map(workspace.images.map((i) => [i.name, i])), occurrences };
        indexes.set(workspace, index);
    }
    return index;
}
function dependentsOf(nodes) {
    const out = new Map();
    for (const n of nodes) {
        for (const b of n.bases) {
            const list = out.get(b);
            if (list)
                list.push(n.name);
            else
                out.set(b, [n.name]);
        }
    }
    return out;
}
/** Breadth-first down the FROM graph, each image visited once per base that reaches it. */
function spread(roots, dependents, visit) {
    const queue = [...roots];
    const seen = new Set();
    while (queue.length > 0) {
        const base = queue.shift();
        if (seen.has(base))
            continue;
        seen.add(base);
        for (const name of dependents.get(base) ?? []) {
            visit(name, base);
            queue.push(name);
        }
    }
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


/***/ })

};
