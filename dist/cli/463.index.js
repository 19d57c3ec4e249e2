export const id = 463;
export const ids = [463,927];
export const modules = {

/***/ 2927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanRevision: () => (/* binding */ scanRevision)
});

// UNUSED EXPORTS: openBaseReader

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/scan.ts + 18 modules
var scan = __webpack_require__(5563);
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
        return await (0,scan.scanRepository)(reader, config);
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

/***/ 7927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedPins: () => (/* binding */ changedPins),
/* harmony export */   estimatePrSizes: () => (/* binding */ estimatePrSizes),
/* harmony export */   sizeIndexUrl: () => (/* binding */ sizeIndexUrl)
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


/***/ }),

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PV: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   pE: () => (/* binding */ resolveConfig),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
const DEFAULT_CONFIG = {
    paths: [],
    ignore: [],
    failOn: 'error',
    sharedMinServices: 2,
    maxFileBytes: 5 * 1024 * 1024,
    rules: {},
    bump: { indexUrl: 'https://pypi.org/simple', extraIndexUrls: [], minReleaseAgeDays: 3, updateTypes: {}, ignore: [], labels: ['dependencies', 'monopin'], branch: 'monopin/constraints' },
    images: {},
    tagFormat: '{date}',
    platform: 'linux/amd64',
    cache: 'inline',
    registries: {},
    advisorySeverity: { critical: 'error', high: 'error', moderate: 'warning', low: 'note', unknown: 'warning' },
    ignoreAdvisories: [],
};
class ConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigError';
    }
}
/** Later layers win; lists from the file and the overrides add up. */
function resolveConfig(...layers) {
    const config = { ...DEFAULT_CONFIG, rules: {}, bump: { ...DEFAULT_CONFIG.bump }, images: {}, registries: {}, advisorySeverity: { ...DEFAULT_CONFIG.advisorySeverity }, ignoreAdvisories: [] };
    for (const layer of layers) {
        for (const [key, value] of Object.entries(layer)) {
            if (value === undefined)
                continue;
            if (key === 'paths' || key === 'ignore')
                config[key] = [...config[key], ...value];
            else if (key === 'rules')
                config.rules = { ...config.rules, ...value };
            else if (key === 'bump')
                config.bump = { ...config.bump, ...value };
            else if (key === 'images')
                config.images = { ...config.images, ...value };
            else if (key === 'registries')
                config.registries = { ...config.registries, ...value };
            else if (key === 'advisorySeverity')
                config.advisorySeverity = { ...config.advisorySeverity, ...value };
            else if (key === 'ignoreAdvisories')
                config.ignoreAdvisories = [...config.ignoreAdvisories, ...value];
            else
                config[key] = value;
        }
    }
    return config;
}


/***/ }),

/***/ 2463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changesSince: () => (/* binding */ changesSince)
});

// EXTERNAL MODULE: ./src/adapters/base-reader.ts + 1 modules
var base_reader = __webpack_require__(2927);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/adapters/git-changes.ts
// The files a push changed, relative to the scanned root (git diff --relative), for rebuilding only
// the images they touch. Read through git: nothing is checked out.


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
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
    const base = await (0,base_reader.scanRevision)(o.root, o.from, o.config);
    const packages = (0,pr_sizes.changedPins)(base.workspace, o.head, (0,environment/* targetPython */.ab)(o.head, o.config.bump.pythonVersion), o.config.platform).map((c) => c.name);
    return { packages, files: await changedFiles(o.root, o.from, o.to) };
}


/***/ })

};
