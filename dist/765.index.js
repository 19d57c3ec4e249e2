export const id = 765;
export const ids = [765];
export const modules = {

/***/ 2765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRebuildJob: () => (/* binding */ runRebuildJob)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/fs-reader.ts
var fs_reader = __webpack_require__(1725);
// EXTERNAL MODULE: ./src/adapters/git-fetch.ts
var git_fetch = __webpack_require__(9653);
// EXTERNAL MODULE: ./src/rebuild/render-rebuild.ts
var render_rebuild = __webpack_require__(2761);
// EXTERNAL MODULE: ./src/rebuild-command.ts + 2 modules
var rebuild_command = __webpack_require__(4950);
// EXTERNAL MODULE: ./src/adapters/base-reader.ts + 1 modules
var base_reader = __webpack_require__(2927);
// EXTERNAL MODULE: ./src/adapters/git-changes.ts
var git_changes = __webpack_require__(9396);
// EXTERNAL MODULE: ./src/bump/environment.ts
var environment = __webpack_require__(2657);
// EXTERNAL MODULE: ./src/bump/pr-sizes.ts
var pr_sizes = __webpack_require__(7927);
;// CONCATENATED MODULE: ./src/rebuild-changes.ts
// What changed between a revision and the head (a commit, or the working tree): the central and
// inline pins that moved and the files that differ — what `planRebuild` needs to rebuild only the
// images a push or a local edit touched. Shared by `mode: rebuild` and `monopin rebuild --since`.




/** @param to the head commit; the working tree when absent */
async function changesSince(o) {
    const base = await (0,base_reader/* scanRevision */.V)(o.root, o.from, o.config);
    const packages = (0,pr_sizes/* changedPins */.Fh)(base.workspace, o.head, (0,environment/* targetPython */.ab)(o.head, o.config.bump.pythonVersion), o.config.platform).map((c) => c.name);
    return { packages, files: await (0,git_changes/* changedFiles */.Y)(o.root, o.from, o.to) };
}

// EXTERNAL MODULE: ./src/size/render.ts
var render = __webpack_require__(1693);
// EXTERNAL MODULE: ./src/scan.ts + 17 modules
var scan = __webpack_require__(4007);
// EXTERNAL MODULE: ./src/action/rebuild-outputs.ts
var rebuild_outputs = __webpack_require__(3498);
// EXTERNAL MODULE: ./src/action/rebuild-step.ts + 5 modules
var rebuild_step = __webpack_require__(6755);
;// CONCATENATED MODULE: ./src/action/rebuild-job.ts
// mode: rebuild — on a push to the default branch (after the weekly PR is merged, say), build what
// the push touched: images installing a changed pin, images whose Dockerfile or copied files
// changed, and everything built on them; on other events every image. Pushes with `push: true`,
// measures what it pushed, and reports in the job summary.










async function runRebuildJob(job) {
    const { runner, config, event } = job;
    const root = (0,external_node_path_.resolve)(job.root);
    const { workspace } = await runner.group('Scan the checkout', () => (0,scan/* scanRepository */.G)((0,fs_reader/* createFsReader */.lG)(root), config));
    // What changed since the branch's previous commit; without one (a dispatch, a new branch), everything.
    let changes;
    if (event.before) {
        const before = event.before;
        changes = await runner.group(`Changes since ${before.slice(0, 7)}`, async () => {
            if (await (0,git_fetch/* ensureCommit */.q)(root, before))
                runner.info(`fetched ${before} from origin`);
            const found = await changesSince({ root, head: workspace, config, from: before, to: event.sha });
            runner.info(`${found.packages.length} changed pin(s): ${found.packages.join(', ') || 'none'}; ${found.files.length} changed file(s)`);
            return found;
        });
    }
    const plan = (0,rebuild_command/* planRebuild */.hu)({ workspace, config, changedPackages: changes?.packages, changedFiles: changes?.files, now: job.now ?? new Date(), sha: event.sha });
    (0,rebuild_outputs/* setRebuildOutputs */.y)(runner, plan.matrix);
    if (plan.matrix.include.length === 0) {
        runner.info('no image installs a changed pin or copies a changed file: nothing to rebuild');
        await runner.writeSummary('### Base images\n\nNothing to rebuild: no image installs a changed pin or copies a changed file.\n');
        return;
    }
    const built = await (0,rebuild_step/* rebuildInAction */.B)(runner, { push: job.push, network: job.network, registry: job.registry, root, matrix: plan.matrix });
    const sections = [
        (0,render_rebuild/* renderRebuildSection */.J)(plan.matrix, plan.touch),
        (0,render_rebuild/* renderRebuildResults */.e)(built.results, { pushed: job.push, ...(built.failure !== undefined && { failure: built.failure }) }),
        (0,render/* renderSizeSection */.jW)([], { measured: built.measured }),
    ];
    await runner.writeSummary(`${sections.filter((s) => s !== '').join('\n\n')}\n`);
    if (built.failure !== undefined)
        runner.setFailed(`monopin: the rebuild failed: ${built.failure.split('\n')[0]}`);
}


/***/ }),

/***/ 2927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ scanRevision)
});

// UNUSED EXPORTS: openBaseReader

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/scan.ts + 17 modules
var scan = __webpack_require__(4007);
;// CONCATENATED MODULE: ./src/adapters/git-reader.ts
// FileReader over a git revision, with no checkout: the PR's base is read straight from the
// object database. One `ls-tree` gives the whole listing; blobs stream through one long-lived
// `git cat-file --batch`, requests pipelined and answered in order.

class GitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GitError';
    }
}
async function createGitReader(repoDir, rev) {
    const unknown = new GitError(`unknown revision '${rev}' — fetch it first (actions/checkout with fetch-depth: 0)`);
    // A rev starting with '-' would be read as an option.
    if (rev === '' || rev.startsWith('-'))
        throw unknown;
    const parsed = await runGit(repoDir, ['rev-parse', '--verify', '--quiet', `${rev}^{tree}`]);
    if (parsed.code !== 0) {
        if (parsed.stderr.trim() === '')
            throw unknown;
        throw new GitError(`git rev-parse ${rev} failed in ${repoDir}: ${parsed.stderr.trim()}`);
    }
    const tree = parsed.stdout.toString().trim();
    const listed = await runGit(repoDir, ['ls-tree', '-r', '-z', '--long', '--full-tree', tree]);
    if (listed.code !== 0)
        throw new GitError(`git ls-tree ${rev} failed: ${listed.stderr.trim()}`);
    const { dirs, blobs } = buildListing(listed.stdout.toString('utf8'));
    const batch = new CatFileBatch(repoDir);
    return {
        async list(dir) {
            const entries = dirs.get(dir);
            if (!entries)
                throw new GitError(`'${dir}' is not a folder at ${rev}`);
            return entries.map((e) => ({ ...e }));
        },
        async read(path) {
            const blob = blobs.get(path);
            if (!blob)
                throw new GitError(`'${path}' does not exist at ${rev}`);
            if (blob.symlink)
                throw new GitError(`refusing to read '${path}' at ${rev}: it is a symbolic link`);
            return batch.read(blob.oid);
        },
        close: () => batch.close(),
    };
}
function buildListing(text) {
    const dirs = new Map([['', []]]);
    const blobs = new Map();
    const ensureDir = (dir) => {
        let entries = dirs.get(dir);
        if (entries)
            return entries;
        entries = [];
        dirs.set(dir, entries);
        const slash = dir.lastIndexOf('/');
        ensureDir(slash === -1 ? '' : dir.slice(0, slash)).push({ name: dir.slice(slash + 1), kind: 'dir' });
        return entries;
    };
    for (const record of text.split('\0')) {
        if (record === '')
            continue;
        // `<mode> <type> <oid> <padded size>\t<path>`; the path may hold any byte but NUL.
        const tab = record.indexOf('\t');
        const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
        const path = record.slice(tab + 1);
        const slash = path.lastIndexOf('/');
        const parent = ensureDir(slash === -1 ? '' : path.slice(0, slash));
        const name = path.slice(slash + 1);
        if (type === 'blob' && mode === '120000') {
            parent.push({ name, kind: 'symlink' });
            blobs.set(path, { oid: oid, symlink: true });
        }
        else if (type === 'blob') {
            parent.push({ name, kind: 'file', size: Number(size) });
            blobs.set(path, { oid: oid, symlink: false });
        }
        else {
            // A submodule (`commit`): its content is not in this repository.
            parent.push({ name, kind: 'other' });
        }
    }
    return { dirs, blobs };
}
class CatFileBatch {
    cwd;
    proc;
    exited;
    pending = [];
    buffer = Buffer.alloc(0);
    body;
    stderr = '';
    constructor(cwd) {
        this.cwd = cwd;
    }
    read(oid) {
        const proc = this.start();
        return new Promise((resolve, reject) => {
            this.pending.push({ oid, resolve, reject });
            proc.stdin.write(`${oid}\n`);
        });
    }
    async close() {
        if (!this.proc)
            return;
        this.proc.stdin.end();
        await this.exited;
    }
    start() {
        if (this.proc)
            return this.proc;
        const proc = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd: this.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        this.proc = proc;
        this.buffer = Buffer.alloc(0);
        this.body = undefined;
        proc.stdout.on('data', (chunk) => this.onData(chunk));
        proc.stderr.on('data', (chunk) => void (this.stderr += chunk.toString()));
        // Writes after the process died would otherwise crash the host with EPIPE.
        proc.stdin.on('error', () => undefined);
        this.exited = new Promise((resolve) => {
            const finish = (reason) => {
                if (this.proc !== proc)
                    return;
                this.proc = undefined;
                this.failAll(new GitError(`git cat-file --batch ${reason}${this.stderr ? `: ${this.stderr.trim()}` : ''}`));
                resolve();
            };
            proc.on('error', (err) => finish(`could not start (${err.message})`));
            proc.on('close', (code) => finish(`exited with code ${code}`));
        });
        return proc;
    }
    onData(chunk) {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        for (;;) {
            if (!this.body) {
                const newline = this.buffer.indexOf(10);
                if (newline === -1)
                    return;
                const header = this.buffer.subarray(0, newline).toString();
                this.buffer = this.buffer.subarray(newline + 1);
                const request = this.pending[0];
                if (header.endsWith(' missing')) {
                    this.pending.shift();
                    request?.reject(new GitError(`git object ${request.oid} is missing`));
                    continue;
                }
                const size = /^\S+ \S+ (\d+)$/.exec(header)?.[1];
                if (size === undefined) {
                    this.failAll(new GitError(`unexpected git cat-file output: ${header}`));
                    this.proc?.kill();
                    return;
                }
                this.body = { size: Number(size), chunks: [], got: 0 };
            }
            // The content is followed by one LF.
            const body = this.body;
            const take = Math.min(body.size + 1 - body.got, this.buffer.length);
            if (take === 0)
                return;
            body.chunks.push(this.buffer.subarray(0, take));
            body.got += take;
            this.buffer = this.buffer.subarray(take);
            if (body.got < body.size + 1)
                return;
            this.body = undefined;
            const content = Buffer.concat(body.chunks).subarray(0, body.size);
            this.pending.shift()?.resolve(new Uint8Array(content.buffer, content.byteOffset, content.byteLength));
        }
    }
    failAll(error) {
        for (const request of this.pending.splice(0))
            request.reject(error);
    }
}
async function runGit(cwd, args) {
    return new Promise((resolve, reject) => {
        const proc = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        let stderr = '';
        proc.stdout.on('data', (chunk) => out.push(chunk));
        proc.stderr.on('data', (chunk) => void (stderr += chunk.toString()));
        proc.on('error', (err) => reject(new GitError(`could not run git ${args[0]}: ${err.message}`)));
        proc.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr }));
    });
}

;// CONCATENATED MODULE: ./src/adapters/base-reader.ts
// A FileReader over a git revision of the checkout holding `root`, scoped to root when it is a subfolder.




const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The scan of a git revision: a pull request's base, the commit a rebuild compares with. */
async function scanRevision(root, ref, config) {
    const reader = await openBaseReader(root, ref);
    try {
        return await (0,scan/* scanRepository */.G)(reader, config);
    }
    finally {
        await reader.close();
    }
}
async function openBaseReader(root, ref) {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel', '--show-prefix'], { cwd: root }).catch((error) => {
        // git's own words ("fatal: not a git repository (or any of the parent directories): .git") say neither the path nor the fix.
        if (/not a git repository/i.test(error.stderr ?? error.message))
            throw new Error(`${root} is not a git repository: run inside a clone, or drop --base`);
        throw new Error(`git cannot read the repository at ${root}: ${(error.stderr ?? error.message).trim().split('\n')[0]}`);
    });
    const [top, prefixLine] = stdout.split('\n');
    const prefix = (prefixLine ?? '').replace(/\/$/, '');
    const git = await createGitReader(top, ref);
    const scoped = (path) => (prefix === '' ? path : path === '' ? prefix : `${prefix}/${path}`);
    return {
        list: (dir) => git.list(scoped(dir)),
        read: (path) => git.read(scoped(path)),
        close: async () => {
            await git.close();
        },
    };
}


/***/ }),

/***/ 9396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ changedFiles)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
// The files a push changed, relative to the scanned root (git diff --relative), for rebuilding only
// the images they touch. Read through git: nothing is checked out.


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * Paths (relative to `root`, below it) that differ between two commits, or between `from` and the
 * working tree when `to` is absent (tracked files only); renames count as delete + add.
 */
async function changedFiles(root, from, to) {
    try {
        const args = ['diff', '--name-only', '-z', '--no-renames', '--relative', from, ...(to !== undefined ? [to] : []), '--'];
        const { stdout } = await run('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
        return stdout.split('\0').filter((path) => path !== '');
    }
    catch (error) {
        const detail = error.stderr?.trim() || error.message;
        throw new Error(`cannot list the files changed since ${from}: ${detail}`);
    }
}


/***/ }),

/***/ 9653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ ensureCommit)
/* harmony export */ });
/* unused harmony export hasCommit */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
// Makes sure a commit is present locally: shallow checkouts (actions/checkout's default) lack the PR base.


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function hasCommit(repoDir, sha) {
    try {
        await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: repoDir });
        return true;
    }
    catch {
        return false;
    }
}
/** Fetches `sha` from origin when missing; returns whether a fetch was needed. */
async function ensureCommit(repoDir, sha) {
    if (await hasCommit(repoDir, sha))
        return false;
    try {
        await run('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { cwd: repoDir });
    }
    catch (error) {
        const detail = error.stderr?.trim() || error.message;
        throw new Error(`the base commit ${sha} is not in the checkout and fetching it failed (${detail}); use actions/checkout with fetch-depth: 0`);
    }
    return true;
}


/***/ }),

/***/ 7927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ changedPins),
/* harmony export */   nv: () => (/* binding */ sizeIndexUrl),
/* harmony export */   pu: () => (/* binding */ estimatePrSizes)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2973);
/* harmony import */ var _checks_pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(977);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2657);
/* harmony import */ var _prepare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4098);
/* harmony import */ var _size_section_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7055);
/* harmony import */ var _index_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6159);
// Estimated image-size deltas of a change between two revisions (a pull request, `check --base`): the
// pins it changes (central constraints and exact inline Dockerfile pins, base vs head), sized on the
// head workspace as a bump plan would be. No action code: the action's check and the CLI share it.






/** Sizes are estimated only when an index is chosen (input or config), never against the PyPI default. */
function sizeIndexUrl(config, inputIndexUrl) {
    if (inputIndexUrl !== undefined)
        return inputIndexUrl;
    return config.bump.indexUrl !== _config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV.bump.indexUrl ? config.bump.indexUrl : undefined;
}
/** Changed central pins (exact versions) and changed exact inline Dockerfile pins, in name order. */
function changedPins(base, head, pythonVersion, platform) {
    const environment = (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .targetEnvironment */ .dK)(pythonVersion, platform);
    const before = new Map((0,_prepare_js__WEBPACK_IMPORTED_MODULE_2__/* .centralPins */ .m)(base, environment).map((p) => [p.name, p.version]));
    const after = new Map((0,_prepare_js__WEBPACK_IMPORTED_MODULE_2__/* .centralPins */ .m)(head, environment).map((p) => [p.name, p.version]));
    const out = new Map();
    for (const change of changedValues(before, after))
        out.set(change.name, change);
    for (const { name: key, ...change } of changedValues(inlinePins(base), inlinePins(head))) {
        const name = key.slice(key.indexOf('\0') + 1);
        if (!out.has(name))
            out.set(name, { name, ...change });
    }
    return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}
/** Keys whose value differs between the maps, as changes (`from`/`to` absent where the map has none). */
function changedValues(before, after) {
    const out = [];
    for (const name of new Set([...before.keys(), ...after.keys()])) {
        const from = before.get(name);
        const to = after.get(name);
        if (from !== to)
            out.push({ name, ...(from !== undefined && { from }), ...(to !== undefined && { to }) });
    }
    return out;
}
/** Exact inline pins of Dockerfiles by `dockerfile\0name` (the first one per file). */
function inlinePins(ws) {
    const out = new Map();
    for (const o of ws.occurrences) {
        if (o.origin !== 'dockerfile' || o.url)
            continue;
        const exact = (0,_checks_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .exactVersion */ .y)(o.specifier);
        const key = `${o.location.file}\0${o.name}`;
        if (exact !== undefined && !out.has(key))
            out.set(key, exact);
    }
    return out;
}
/**
 * Estimates per directly touched image: the head's images and installs, the base's central pins as
 * what the images have before (the head's pins would already hold the new versions, and their new
 * requirements would count as installed). Failures become notes, never errors.
 */
async function estimatePrSizes(options) {
    const pythonVersion = (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .targetPython */ .ab)(options.head, options.config.bump.pythonVersion);
    const changes = changedPins(options.base, options.head, pythonVersion, options.config.platform);
    if (changes.length === 0 || (options.indexUrl === undefined && options.index === undefined))
        return { changes, results: [] };
    try {
        const index = options.index ?? (0,_index_client_js__WEBPACK_IMPORTED_MODULE_4__/* .createIndexClient */ .q6)({ indexUrl: options.indexUrl, extraIndexUrls: options.config.bump.extraIndexUrls, log: options.log });
        const results = await (0,_size_section_js__WEBPACK_IMPORTED_MODULE_3__/* .estimateBumpSizes */ .z)({
            workspace: { ...options.head, pins: options.base.pins },
            config: options.config,
            changes,
            index,
            ...(options.reader && { reader: options.reader }),
            pythonVersion,
            onNote: options.onNote,
        });
        return { changes, results };
    }
    catch (error) {
        options.onNote(`image sizes not estimated: ${error instanceof Error ? error.message : String(error)}`);
        return { changes, results: [] };
    }
}


/***/ })

};
