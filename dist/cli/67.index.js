export const id = 67;
export const ids = [67,725,74];
export const modules = {

/***/ 1725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NotRegularFileError: () => (/* binding */ NotRegularFileError),
/* harmony export */   UnsafePathError: () => (/* binding */ UnsafePathError),
/* harmony export */   createFsReader: () => (/* binding */ createFsReader)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// FileReader over a local checkout. Repository content is untrusted: a path may not leave the
// root, and a symlink is never read through (it could point at /etc or at the runner's secrets).
//
// The calls are synchronous on purpose: a manifest is a few kB on a local disk, so each syscall
// takes microseconds, while the promise API sends every open/fstat/read/close through the thread
// pool and costs ~100 µs per file (2 s of a 20,000-file scan against 0.3 s synchronous).


class UnsafePathError extends Error {
    path;
    constructor(path, reason) {
        super(`refusing to read '${path}': ${reason}`);
        this.path = path;
        this.name = 'UnsafePathError';
    }
}
/** A FIFO, socket or device: opening or reading it could block forever or never end. */
class NotRegularFileError extends Error {
    path;
    constructor(path) {
        super(`refusing to read '${path}': not a regular file`);
        this.path = path;
        this.name = 'NotRegularFileError';
    }
}
function createFsReader(root) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    let realBase;
    const realFolders = new Map();
    // Absolute paths the listing walked down to without a symlink: real folders, and regular files in them.
    const listedFolders = new Set();
    const listedFiles = new Set();
    const toAbsolute = (path) => {
        if (path === '')
            return base;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) || path.includes('\\') || path.includes('\0')) {
            throw new UnsafePathError(path, 'not a repo-relative path');
        }
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, path);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, absolute);
        if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
            throw new UnsafePathError(path, 'it escapes the repository root');
        }
        return absolute;
    };
    return {
        async list(dir, options) {
            const absolute = toAbsolute(dir);
            const dirents = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absolute, { withFileTypes: true });
            // readdir's entry types do not follow links: a folder listed as a folder under a folder known to be
            // real (the root first) is real too, and reads below it need no realpath.
            const real = absolute === base || listedFolders.has(absolute);
            return dirents.map((d) => {
                if (d.isSymbolicLink())
                    return { name: d.name, kind: 'symlink' };
                if (d.isDirectory()) {
                    if (real)
                        listedFolders.add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, d.name));
                    return { name: d.name, kind: 'dir' };
                }
                if (!d.isFile())
                    return { name: d.name, kind: 'other' };
                if (options?.sizeOf && !options.sizeOf(dir === '' ? d.name : `${dir}/${d.name}`))
                    return { name: d.name, kind: 'file' };
                // A file deleted since readdir must not fail the whole listing; read() will say it is gone.
                const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, d.name), { throwIfNoEntry: false });
                if (stats?.isFile() && real)
                    listedFiles.add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, d.name));
                return stats ? { name: d.name, kind: 'file', size: stats.size } : { name: d.name, kind: 'file' };
            });
        },
        async read(path) {
            const absolute = toAbsolute(path);
            const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute);
            let target = absolute;
            // A file the listing saw as a regular file in a real folder skips the checks the open repeats anyway.
            if (!listedFiles.has(absolute)) {
                if (folder !== base && !listedFolders.has(folder)) {
                    // A symlinked folder on the way could still lead outside: compare real paths (once per folder).
                    realBase ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(base);
                    let real = realFolders.get(folder);
                    if (real === undefined) {
                        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(folder);
                        realFolders.set(folder, real);
                    }
                    // `--root /`: the root already ends with the separator.
                    const prefix = realBase.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? realBase : realBase + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
                    if (real !== realBase && !real.startsWith(prefix))
                        throw new UnsafePathError(path, 'it resolves outside the repository root');
                    target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(real, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute));
                }
                // Only regular files: a FIFO would block the open, /dev/zero would never end. Checked before the open,
                // and again on the open descriptor (O_NONBLOCK: a FIFO swapped in between cannot block the open).
                const before = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(target);
                if (before.isSymbolicLink())
                    throw new UnsafePathError(path, 'it is a symbolic link');
                if (!before.isFile())
                    throw new NotRegularFileError(path);
            }
            // O_NOFOLLOW: the file itself may not be a symlink either, with no window between check and open.
            let fd;
            try {
                fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(target, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
            }
            catch (error) {
                if (error.code === 'ELOOP')
                    throw new UnsafePathError(path, 'it is a symbolic link');
                throw error;
            }
            try {
                const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
                if (!stats.isFile())
                    throw new NotRegularFileError(path);
                return readAll(fd, stats.size);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
        },
    };
}
/** The whole file from an open descriptor, sized by the fstat already made (readFileSync would fstat again). */
function readAll(fd, size) {
    let buffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
        if (length === buffer.length) {
            // The file grew since fstat: keep reading.
            const bigger = Buffer.allocUnsafe(buffer.length * 2);
            buffer.copy(bigger, 0, 0, length);
            buffer = bigger;
        }
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
        if (read === 0)
            return buffer.subarray(0, length);
        length += read;
    }
}


/***/ }),

/***/ 8545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAdvisorySource: () => (/* binding */ createAdvisorySource),
  resolveSettingPath: () => (/* binding */ resolveSettingPath)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
// EXTERNAL MODULE: ./src/advisories/match.ts
var match = __webpack_require__(4170);
;// CONCATENATED MODULE: ./src/advisories/records.ts
function parseOsvRecord(text, where) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${where}: not JSON: ${error.message}`);
    }
    return toOsvRecord(data, where);
}
function toOsvRecord(data, where) {
    if (!isObject(data) || typeof data.id !== 'string' || data.id === '')
        throw new Error(`${where}: not an OSV record (no id)`);
    const record = { id: data.id, modified: typeof data.modified === 'string' ? data.modified : '' };
    if (typeof data.withdrawn === 'string')
        record.withdrawn = data.withdrawn;
    if (Array.isArray(data.aliases))
        record.aliases = data.aliases.filter((a) => typeof a === 'string');
    if (typeof data.summary === 'string')
        record.summary = data.summary;
    if (typeof data.details === 'string')
        record.details = data.details;
    if (Array.isArray(data.severity)) {
        record.severity = data.severity.filter(isObject).flatMap((s) => (typeof s.type === 'string' && typeof s.score === 'string' ? [{ type: s.type, score: s.score }] : []));
    }
    if (Array.isArray(data.affected))
        record.affected = data.affected.filter(isObject).map(toAffected);
    if (Array.isArray(data.references)) {
        record.references = data.references.filter(isObject).flatMap((r) => (typeof r.type === 'string' && typeof r.url === 'string' ? [{ type: r.type, url: r.url }] : []));
    }
    if (isObject(data.database_specific))
        record.database_specific = { severity: data.database_specific.severity };
    return record;
}
function toAffected(data) {
    const out = {};
    const pkg = data.package;
    if (isObject(pkg) && typeof pkg.ecosystem === 'string' && typeof pkg.name === 'string')
        out.package = { ecosystem: pkg.ecosystem, name: pkg.name };
    if (Array.isArray(data.versions))
        out.versions = data.versions.filter((v) => typeof v === 'string');
    if (Array.isArray(data.ranges)) {
        out.ranges = data.ranges.filter(isObject).flatMap((r) => typeof r.type === 'string' && Array.isArray(r.events) ? [{ type: r.type, events: r.events.filter(isObject).map(toEvent) }] : []);
    }
    return out;
}
function toEvent(data) {
    const event = {};
    for (const key of ['introduced', 'fixed', 'last_affected', 'limit'])
        if (typeof data[key] === 'string')
            event[key] = data[key];
    return event;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/advisories/types.ts
var types = __webpack_require__(3338);
;// CONCATENATED MODULE: ./src/advisories/folder-source.ts
// Offline advisories: a folder or a zip of OSV JSON records — OSV's per-ecosystem export
// (`PyPI/all.zip`) or a checkout of GitHub's advisory database. Read once, indexed by package.
// The zip is read with fflate (small, no dependencies, bundles cleanly, filters entries before inflating).








/** Records larger than this are not advisories (a stray dump): skipped. */
const MAX_RECORD_BYTES = 5 * 1024 * 1024;
function createFolderSource(path, options = {}) {
    const stats = { batchRequests: 0, recordRequests: 0, cacheHits: 0 };
    let index;
    async function load() {
        stats.batchRequests++;
        const info = await (0,promises_.stat)(path).catch((error) => {
            throw new types/* AdvisoryError */.k1(`cannot read the advisory records at ${path}: ${error.message}`);
        });
        const texts = info.isDirectory() ? await readFolder(path) : await readZip(path);
        const byPackage = new Map();
        let skipped = 0;
        for (const { name, text } of texts) {
            // GitHub's database holds every ecosystem: leave the others unparsed.
            if (!text.includes('"PyPI"') && text.includes('"ecosystem"'))
                continue;
            let record;
            try {
                record = parseOsvRecord(text, name);
            }
            catch (error) {
                skipped++;
                options.log?.(error.message);
                continue;
            }
            if (record.withdrawn !== undefined)
                continue;
            const packages = new Set((record.affected ?? []).filter((a) => a.package?.ecosystem === types/* ECOSYSTEM */.Pe).map((a) => (0,pep_name/* normalizeName */.P)(a.package.name)));
            for (const pkg of packages)
                byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), record]);
        }
        if (texts.length > 0 && skipped === texts.length)
            throw new types/* AdvisoryError */.k1(`${path}: none of its ${texts.length} JSON files is an OSV record`);
        return byPackage;
    }
    async function lookup(queries) {
        index ??= load();
        const byPackage = await index;
        const out = new Map();
        for (const query of queries) {
            const records = byPackage.get(query.name) ?? [];
            out.set((0,types/* queryKey */.qv)(query), query.version === undefined ? records : records.filter((r) => (0,match/* affects */.bB)(r, query.name, query.version)));
        }
        return out;
    }
    return { label: path, lookup, stats: () => ({ ...stats }) };
}
async function readFolder(root) {
    const entries = (await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.json'));
    // A checkout of GitHub's advisory database is tens of thousands of files: read them a few at a time.
    const limit = (0,p_limit/* default */.A)(16);
    const read = await Promise.all(entries.map((entry) => limit(async () => {
        const full = (0,external_node_path_.join)(entry.parentPath, entry.name);
        if ((await (0,promises_.stat)(full)).size > MAX_RECORD_BYTES)
            return undefined;
        return { name: (0,external_node_path_.relative)(root, full), text: await (0,promises_.readFile)(full, 'utf8') };
    })));
    return read.filter((r) => r !== undefined).sort((a, b) => a.name.localeCompare(b.name));
}
async function readZip(path) {
    let files;
    try {
        files = (0,esm/* unzipSync */.AO)(await (0,promises_.readFile)(path), { filter: (file) => file.name.endsWith('.json') && file.originalSize <= MAX_RECORD_BYTES });
    }
    catch (error) {
        throw new types/* AdvisoryError */.k1(`${path}: neither a folder nor a readable zip of OSV records (${error.message})`);
    }
    const decoder = new TextDecoder();
    return Object.entries(files).map(([name, bytes]) => ({ name: `${path}:${name}`, text: decoder.decode(bytes) }));
}

// EXTERNAL MODULE: ./src/index/cache.ts
var index_cache = __webpack_require__(2822);
// EXTERNAL MODULE: ./src/index/errors.ts
var errors = __webpack_require__(3537);
// EXTERNAL MODULE: ./src/index/client.ts + 3 modules
var client = __webpack_require__(6159);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/advisories/osv-client.ts
// The OSV API client (https://google.github.io/osv.dev/api/): one POST /v1/querybatch per 1,000
// queries, then GET /v1/vulns/{id} once per distinct advisory. Bounded concurrency, retries with
// backoff (Retry-After honoured), and the index client's disk cache: a record is fetched again only
// when querybatch reports a newer `modified` than the cached copy.







const OSV_API = 'https://api.osv.dev';
/** The API's limit per querybatch request. */
const BATCH_SIZE = 1000;
/** Pages of one query's results followed at most (each page holds up to 1,000 ids). */
const MAX_PAGES = 10;
function createOsvClient(options = {}) {
    const base = (options.baseUrl ?? OSV_API).replace(/\/+$/, '');
    const { limit, fetcher, retries, backoffMs, maxRetryAfterMs, timeoutMs, log } = (0,client/* httpSettings */.qe)(options);
    const cache = options.cacheDir === undefined ? undefined : new index_cache/* DiskCache */.E(options.cacheDir);
    const stats = { batchRequests: 0, recordRequests: 0, cacheHits: 0 };
    const records = new Map();
    async function request(url, init) {
        for (let attempt = 0;; attempt++) {
            let response;
            let text;
            try {
                [response, text] = await limit(async () => {
                    const res = await fetcher(url, {
                        method: init.method,
                        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': `monopin/${version/* VERSION */.x}` },
                        ...(init.body !== undefined && { body: init.body }),
                        signal: AbortSignal.timeout(timeoutMs),
                    });
                    return [res, await res.text()];
                });
            }
            catch (error) {
                if (attempt < retries) {
                    const delay = backoffMs * 2 ** attempt;
                    log(`${init.method} ${(0,errors/* redactUrl */.B)(url)}: ${(0,client/* describe */.q0)(error)}; retry ${attempt + 1}/${retries} in ${delay} ms`);
                    await (0,client/* sleep */.yy)(delay);
                    continue;
                }
                throw new types/* AdvisoryError */.k1(`could not reach ${(0,errors/* redactUrl */.B)(url)}: ${(0,client/* describe */.q0)(error)}`, { cause: error });
            }
            if (response.ok) {
                try {
                    return JSON.parse(text);
                }
                catch {
                    throw new types/* AdvisoryError */.k1(`${init.method} ${(0,errors/* redactUrl */.B)(url)}: the answer is not JSON`);
                }
            }
            if (client/* RETRY_STATUSES */.Ib.has(response.status) && attempt < retries) {
                const delay = (0,client/* retryDelay */.a2)(response.headers.get('retry-after'), backoffMs * 2 ** attempt, maxRetryAfterMs);
                log(`${init.method} ${(0,errors/* redactUrl */.B)(url)}: HTTP ${response.status}; retry ${attempt + 1}/${retries} in ${delay} ms`);
                await (0,client/* sleep */.yy)(delay);
                continue;
            }
            throw new types/* AdvisoryError */.k1(`HTTP ${response.status} from ${init.method} ${(0,errors/* redactUrl */.B)(url)}${response.status === 429 ? ' (rate limited, retries exhausted)' : ''}`);
        }
    }
    async function batch(queries, tokens) {
        stats.batchRequests++;
        const body = JSON.stringify({
            queries: queries.map((q, i) => ({
                package: { name: q.name, ecosystem: types/* ECOSYSTEM */.Pe },
                ...(q.version !== undefined && { version: q.version }),
                ...(tokens[i] !== undefined && { page_token: tokens[i] }),
            })),
        });
        const data = await request(`${base}/v1/querybatch`, { method: 'POST', body });
        const results = data.results;
        if (!Array.isArray(results) || results.length !== queries.length) {
            throw new types/* AdvisoryError */.k1(`POST ${(0,errors/* redactUrl */.B)(base)}/v1/querybatch: expected ${queries.length} results, got ${Array.isArray(results) ? results.length : 'none'}`);
        }
        return results.map((r) => {
            const answer = (r ?? {});
            const vulns = Array.isArray(answer.vulns)
                ? answer.vulns.flatMap((v) => {
                    const entry = v;
                    return typeof entry?.id === 'string' ? [{ id: entry.id, modified: typeof entry.modified === 'string' ? entry.modified : '' }] : [];
                })
                : [];
            return { vulns, ...(typeof answer.next_page_token === 'string' && answer.next_page_token !== '' && { next_page_token: answer.next_page_token }) };
        });
    }
    async function loadRecord(id, modified) {
        const url = `${base}/v1/vulns/${encodeURIComponent(id)}`;
        const cached = await cache?.get(url);
        if (cached !== undefined && modified !== '' && cached.lastModified === modified) {
            stats.cacheHits++;
            return parseOsvRecord(cached.body, url);
        }
        stats.recordRequests++;
        const data = await request(url, { method: 'GET' });
        let record;
        try {
            record = parseOsvRecord(JSON.stringify(data), (0,errors/* redactUrl */.B)(url));
        }
        catch (error) {
            throw new types/* AdvisoryError */.k1(error.message);
        }
        // Keyed on querybatch's own `modified` string: the next querybatch is compared with it as it is.
        if (cache !== undefined)
            await cache.set(url, { url: (0,errors/* redactUrl */.B)(url), body: JSON.stringify(data), lastModified: modified || record.modified });
        return record;
    }
    function record(id, modified) {
        let found = records.get(id);
        if (found === undefined) {
            found = loadRecord(id, modified);
            records.set(id, found);
        }
        return found;
    }
    async function lookup(queries) {
        const unique = [...new Map(queries.map((q) => [(0,types/* queryKey */.qv)(q), q])).values()];
        const ids = new Map();
        const chunks = [];
        for (let i = 0; i < unique.length; i += BATCH_SIZE)
            chunks.push(unique.slice(i, i + BATCH_SIZE));
        await Promise.all(chunks.map(async (chunk) => {
            let pending = chunk.map((query) => ({ query, token: undefined }));
            for (let page = 0; pending.length > 0 && page < MAX_PAGES; page++) {
                const answers = await batch(pending.map((p) => p.query), pending.map((p) => p.token));
                const next = [];
                answers.forEach((answer, i) => {
                    const { query } = pending[i];
                    const key = (0,types/* queryKey */.qv)(query);
                    ids.set(key, [...(ids.get(key) ?? []), ...answer.vulns]);
                    if (answer.next_page_token !== undefined)
                        next.push({ query, token: answer.next_page_token });
                });
                pending = next;
            }
        }));
        const distinct = new Map();
        for (const list of ids.values())
            for (const v of list)
                distinct.set(v.id, v.modified);
        const loaded = new Map(await Promise.all([...distinct].map(async ([id, modified]) => [id, await record(id, modified)])));
        const out = new Map();
        for (const query of unique) {
            const found = (ids.get((0,types/* queryKey */.qv)(query)) ?? []).map((v) => loaded.get(v.id)).filter((r) => r !== undefined && r.withdrawn === undefined);
            // The API matched them; the version check again keeps the API and the folder mode in step.
            const kept = query.version === undefined ? found : found.filter((r) => (0,match/* affects */.bB)(r, query.name, query.version));
            out.set((0,types/* queryKey */.qv)(query), dedupe(kept));
        }
        return out;
    }
    return { label: base === OSV_API ? 'osv' : (0,errors/* redactUrl */.B)(base), lookup, stats: () => ({ ...stats }) };
}
function dedupe(records) {
    return [...new Map(records.map((r) => [r.id, r])).values()];
}

;// CONCATENATED MODULE: ./src/advisories/source.ts
// The one switch: `osv` (the public API), `off`, a URL (any OSV-compatible API), or a PATH (a folder
// or zip of OSV records). Relative paths are taken from the repository root.



/** A PATH setting made absolute against `base` (a flag: the working directory); other settings as they are. */
function resolveSettingPath(setting, base) {
    const value = setting.trim();
    if (value === '' || value === 'off' || value === 'osv' || /^https?:\/\//i.test(value) || (0,external_node_path_.isAbsolute)(value))
        return value;
    return (0,external_node_path_.resolve)(base, value);
}
function createAdvisorySource(setting, options) {
    const value = setting?.trim() ?? 'off';
    if (value === '' || value === 'off')
        return undefined;
    const client = { ...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }), ...(options.log && { log: options.log }), ...(options.fetch && { fetch: options.fetch }) };
    if (value === 'osv')
        return createOsvClient(client);
    if (/^https?:\/\//i.test(value))
        return createOsvClient({ ...client, baseUrl: value });
    return createFolderSource((0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.resolve)(options.root, value), options.log ? { log: options.log } : {});
}


/***/ }),

/***/ 67:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBump: () => (/* binding */ runBump)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/fs-reader.ts
var fs_reader = __webpack_require__(1725);
// EXTERNAL MODULE: ./src/index/client.ts + 3 modules
var client = __webpack_require__(6159);
// EXTERNAL MODULE: ./src/index/filenames.ts
var filenames = __webpack_require__(9062);
// EXTERNAL MODULE: ./src/scan.ts + 18 modules
var scan = __webpack_require__(5563);
// EXTERNAL MODULE: ./src/bump/environment.ts
var environment = __webpack_require__(2657);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
;// CONCATENATED MODULE: ./src/bump/policy-from-config.ts

function configIgnoreRules(bump) {
    const rules = [];
    for (const r of bump.ignore) {
        const name = (0,pep_name/* normalizeName */.P)(r.name);
        const source = 'ignore-updates in .github/monopin.yml';
        if (!r.versions && !r.updateTypes)
            rules.push({ name, source });
        for (const version of r.versions ?? [])
            rules.push({ name, version, source });
        if (r.updateTypes)
            rules.push({ name, updateTypes: r.updateTypes, source });
    }
    return rules;
}
function policyFrom(bump, options) {
    const allowed = Object.fromEntries(Object.entries(bump.updateTypes).map(([name, types]) => [name === '*' ? '*' : (0,pep_name/* normalizeName */.P)(name), types]));
    return {
        now: options.now,
        minReleaseAgeDays: bump.minReleaseAgeDays,
        pythonVersion: options.pythonVersion,
        allowedUpdateTypes: allowed,
        ignore: [...configIgnoreRules(bump), ...(options.extraRules ?? [])],
    };
}

// EXTERNAL MODULE: ./src/bump/prepare.ts + 9 modules
var prepare = __webpack_require__(4098);
// EXTERNAL MODULE: ./src/bump/size-section.ts + 3 modules
var size_section = __webpack_require__(7055);
// EXTERNAL MODULE: ./src/advisories/source.ts + 3 modules
var source = __webpack_require__(8545);
;// CONCATENATED MODULE: ./src/bump/plan-checkout.ts










async function planCheckoutBump(options) {
    const { config } = options;
    const reader = (0,fs_reader.createFsReader)(options.root);
    const { workspace } = await (0,scan.scanRepository)(reader, config);
    const constraintsFile = workspace.constraintsFile;
    if (!constraintsFile)
        throw new Error('no central constraints file found: set constraints in .github/monopin.yml (or the constraints input / --constraints)');
    const pythonVersion = (0,environment/* targetPython */.ab)(workspace, config.bump.pythonVersion, options.pythonVersion);
    const index = (0,client/* createIndexClient */.q6)({ indexUrl: config.bump.indexUrl, extraIndexUrls: config.bump.extraIndexUrls, cacheDir: options.cacheDir, log: options.log });
    // The same cache folder as the index (for actions/cache), records in their own subfolder.
    const advisories = (0,source.createAdvisorySource)(config.advisories, { root: options.root, ...(options.cacheDir !== undefined && { cacheDir: (0,external_node_path_.join)(options.cacheDir, 'osv') }), log: options.log });
    if (options.securityOnly && advisories === undefined)
        throw new Error('a security-only bump needs an advisory source (advisories: osv, a URL or a path)');
    const prepared = await (0,prepare/* prepareBump */.c)({
        workspace,
        readText: async (path) => new TextDecoder().decode(await reader.read(path)),
        index,
        releasesOf: filenames/* releasesOf */.w0,
        policy: policyFrom(config.bump, { now: options.now, pythonVersion, extraRules: options.extraRules }),
        environment: (0,environment/* targetEnvironment */.dK)(pythonVersion),
        ...(advisories !== undefined && { advisories: { source: advisories, ignore: config.ignoreAdvisories.map((i) => i.id), only: options.securityOnly === true } }),
    });
    const sizes = await (0,size_section/* estimateBumpSizes */.z)({ workspace, config, changes: prepared.plan.bumps, index, pythonVersion, onNote: options.onNote });
    return { workspace: { ...workspace, constraintsFile }, prepared, sizes, index, pythonVersion };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/size/render.ts
var render = __webpack_require__(1693);
// EXTERNAL MODULE: ./src/bump/security.ts
var security = __webpack_require__(5704);
;// CONCATENATED MODULE: ./src/bump/render-plan.ts
// `monopin bump` output for a terminal and as JSON. Pure.




const BUMP_SCHEMA_VERSION = 1;
function renderPlanText(plan, options) {
    const e = report_escape/* escapeTerminal */.en;
    const out = [];
    out.push(`monopin bump · ${plan.bumps.length} to bump · ${plan.held.length} held · ${plan.errors.length} index errors${options.constraintsFile ? ` · ${e(options.constraintsFile)}` : ''}`);
    if (plan.bumps.length > 0) {
        out.push('', 'Bumps');
        for (const b of (0,security/* securityFirst */.XA)(plan.bumps)) {
            const fixes = b.security ? ` · fixes ${b.security.advisories.map((a) => e(a.id)).join(', ')}` : '';
            const age = b.releaseAgeDays === undefined ? '' : `, released ${Math.floor(b.releaseAgeDays)} days ago`;
            const held = b.heldBackFrom ? ` (held back from ${e(b.heldBackFrom)}: ${e(b.reason ?? '')})` : b.reason ? ` (${e(b.reason)})` : '';
            out.push(`  ${b.security ? 'security ' : ''}${e(b.name)}  ${e(b.from)} → ${e(b.to)}  ${b.updateType}, ${(0,report_text/* plural */.LS)(b.consumers, 'consumer')}${age}${held}${fixes}`);
        }
    }
    if (plan.fixes !== undefined && plan.fixes.length > 0) {
        out.push('', 'Invalid constraints fixed (pip refuses constraints with extras; consumers keep theirs)');
        for (const f of plan.fixes)
            out.push(`  ${e(f.file)}:${f.line}  ${e(f.before)} → ${e(f.after)}`);
    }
    if (plan.held.length > 0) {
        out.push('', 'Held');
        for (const h of (0,security/* securityFirst */.XA)(plan.held))
            out.push(`  ${e(h.name)}  ${e(h.current)} (newest ${e(h.newest)}): ${e(h.reason)}`);
    }
    if (plan.errors.length > 0) {
        out.push('', 'Index errors');
        for (const x of plan.errors)
            out.push(`  ${e(x.name)}: ${e(x.message)}`);
    }
    const sizes = (options.sizes ?? []).filter(render.sizeChanged);
    if (sizes.length > 0)
        out.push('', ...renderSizesText(sizes));
    if (options.notes.length > 0)
        out.push('', 'Notes', ...options.notes.map((n) => `  ${e(n)}`));
    if (options.requests)
        out.push('', options.requests);
    if (options.diff)
        out.push('', options.diff.trimEnd());
    return `${out.join('\n')}\n`;
}
function renderPlanJson(plan, options) {
    const sizes = options.sizes === undefined ? {} : { sizes: options.sizes };
    const releaseNotes = options.releaseNotes === undefined ? {} : { releaseNotes: options.releaseNotes };
    return `${JSON.stringify({ schemaVersion: BUMP_SCHEMA_VERSION, constraints: options.constraintsFile, ...plan, files: options.files, notes: options.notes, ...sizes, ...releaseNotes, diff: options.diff }, null, 2)}\n`;
}
/** The "Size (estimated)" block: per image its delta, then its largest contributors. */
function renderSizesText(sizes, top = 5) {
    const e = report_escape/* escapeTerminal */.en;
    const out = ['Size (estimated)'];
    for (const r of sizes) {
        const t = r.target;
        const where = e(`${t.platform}, Python ${t.pythonVersion}, ${t.libc}`);
        const partly = (r.unknown ?? 0) > 0 ? `; ${r.unknown} not sized` : '';
        out.push((0,render.sizeUnknown)(r) ? `  ${e(r.image)}  unknown (${where})` : `  ${e(r.image)}  ${(0,render.formatMegabytes)(r.deltaBytes, true)} installed, ${(0,render.formatMegabytes)(r.deltaCompressedBytes, true)} compressed (${where}${partly})`);
        for (const c of r.contributors.filter((x) => x.deltaBytes !== 0 || x.note !== undefined || x.unknown === true).slice(0, top)) {
            const change = c.from === undefined ? `added ${e(c.to ?? '?')}` : c.to === undefined ? `removed ${e(c.from)}` : `${e(c.from)} → ${e(c.to)}`;
            const why = [...(c.requiredBy !== undefined ? [`required by ${e(c.requiredBy)}`] : []), ...(c.sdistOnly === true ? ['sdist only'] : []), ...(c.note !== undefined ? [e(c.note)] : [])];
            out.push(`    ${e(c.name)}  ${change}  ${c.unknown === true ? 'unknown' : (0,render.formatMegabytes)(c.deltaBytes, true)}${why.length > 0 ? ` (${why.join('; ')})` : ''}`);
        }
    }
    out.push(`  ${sizes.reduce((s, r) => s + r.bytesFetched, 0).toLocaleString('en-US')} bytes read from the index to size the wheels`);
    return out;
}

// EXTERNAL MODULE: ./src/bump/outcome.ts
var outcome = __webpack_require__(7812);
;// CONCATENATED MODULE: ./src/bump/release-links.ts
// PEP 753's label normalization: lower case, no punctuation or white space.
const normalizeLabel = (label) => label.toLowerCase().replace(/[^a-z0-9]/g, '');
const CHANGELOG_LABELS = ['changelog', 'changes', 'releasenotes', 'history', 'whatsnew', 'news', 'releases'];
const SOURCE_LABELS = ['source', 'sourcecode', 'repository', 'github', 'code', 'homepage'];
function releaseLinksOf(metadata) {
    const links = {};
    const urls = Object.entries(metadata?.projectUrls ?? {}).map(([label, url]) => ({ label: normalizeLabel(label), url }));
    const changelog = CHANGELOG_LABELS.map((l) => urls.find((u) => u.label === l && isHttp(u.url))).find((u) => u !== undefined);
    if (changelog !== undefined)
        links.changelog = changelog.url;
    for (const label of SOURCE_LABELS) {
        const repository = urls.filter((u) => u.label === label).map((u) => githubRepository(u.url)).find((r) => r !== undefined);
        if (repository !== undefined) {
            links.repository = repository;
            break;
        }
    }
    return links;
}
/** `https://github.com/owner/repo[.git][/…]` → owner and repo. */
function githubRepository(url) {
    const m = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?(?:[/?#].*)?$/.exec(url.trim());
    if (m === null || m[2] === '.' || m[2] === '..')
        return undefined;
    return { owner: m[1], repo: m[2] };
}
/** The tag names a project may use for `version`, most common first. */
function tagCandidates(name, version) {
    return [`v${version}`, version, `${name}-${version}`, `${name}-v${version}`, `${name}==${version}`, `release-${version}`];
}
function compareUrl(repository, fromTag, toTag) {
    return `https://github.com/${repository.owner}/${repository.repo}/compare/${encodeURIComponent(fromTag)}...${encodeURIComponent(toTag)}`;
}
function isHttp(url) {
    return /^https?:\/\//i.test(url);
}

;// CONCATENATED MODULE: ./src/bump/release-notes.ts
// The "Release notes" section of the bump PR: per bumped package, folded, its project page on the
// index, its changelog, and a compare view of the two tags on GitHub when they were found.



/** Links per bump; a failing lookup only leaves its link out. Without `findTag` (no token) there is no compare link. */
async function collectReleaseNotes(options) {
    return Promise.all(options.bumps.map(async (bump) => {
        const note = { name: bump.name, from: bump.from, to: bump.to };
        const metadata = await options.index.metadata(bump.name, bump.to).catch(() => undefined);
        const links = releaseLinksOf(metadata);
        if (links.changelog !== undefined)
            note.changelog = links.changelog;
        if (links.repository !== undefined) {
            const repository = links.repository;
            note.repository = `https://github.com/${repository.owner}/${repository.repo}`;
            if (options.findTag !== undefined) {
                const [fromTag, toTag] = await Promise.all([bump.from, bump.to].map((v) => options.findTag(repository, tagCandidates(bump.name, v)).catch(() => undefined)));
                if (fromTag !== undefined && toTag !== undefined)
                    note.compare = compareUrl(repository, fromTag, toTag);
            }
        }
        return note;
    }));
}
function renderReleaseNotes(notes, indexPageUrl) {
    if (notes.length === 0)
        return '';
    const out = ['### Release notes', ''];
    for (const note of notes) {
        const links = [];
        const link = (label, url) => {
            const safe = safeUrl(url);
            if (safe !== undefined)
                links.push(`- [${label}](${safe})`);
        };
        link('Changelog', note.changelog);
        link(`Compare ${note.from}...${note.to}`, note.compare);
        if (note.compare === undefined)
            link('Repository', note.repository);
        link('Project page', indexPageUrl(note.name));
        out.push(`<details><summary><b>${escapeMarkdown(note.name)}</b> ${codeSpan(note.from)} → ${codeSpan(note.to)}</summary>`, '', ...(links.length > 0 ? links : ['_No links in its metadata._']), '', '</details>', '');
    }
    return clip(out.join('\n'), 60_000);
}

;// CONCATENATED MODULE: ./src/bump-command.ts
// `monopin bump`: plan the constraint bumps for a local checkout, print them and the diff; --write applies them.






async function runBump(options) {
    const notes = [];
    const { workspace, prepared, sizes, index, pythonVersion } = await planCheckoutBump({
        root: options.root,
        config: options.config,
        now: new Date(),
        pythonVersion: options.pythonVersion,
        cacheDir: options.cacheDir,
        securityOnly: options.securityOnly,
        log: options.log,
        onNote: (note) => notes.push(note),
    });
    notes.unshift(...prepared.notes);
    if (options.write)
        for (const edit of prepared.edits)
            await (0,promises_.writeFile)((0,external_node_path_.join)(options.root, edit.path), edit.after);
    const stats = index.stats();
    const wheelReads = stats.wheelMetadataReads > 0 ? `, ${stats.wheelMetadataReads} wheels read for metadata (${stats.wheelMetadataBytes.toLocaleString('en-US')} bytes)` : '';
    const requests = `index: ${stats.projectRequests} project requests, ${stats.metadataRequests} metadata requests${wheelReads}, ${stats.cacheHits} cache hits · Python ${pythonVersion}`;
    const files = prepared.edits.map((e) => e.path);
    const output = options.format === 'json'
        ? renderPlanJson(prepared.plan, { diff: prepared.diff, notes, constraintsFile: workspace.constraintsFile, files, sizes, releaseNotes: await collectReleaseNotes({ bumps: prepared.plan.bumps, index }) })
        : renderPlanText(prepared.plan, { diff: prepared.diff, notes, constraintsFile: workspace.constraintsFile, requests, sizes });
    return { output, prepared, sizes, outcome: (0,outcome/* bumpOutcome */.t)(prepared.plan, prepared.pages.size, options.failOn) };
}


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ALERT_PERCENT: () => (/* binding */ ALERT_PERCENT),
/* harmony export */   WARN_PERCENT: () => (/* binding */ WARN_PERCENT),
/* harmony export */   describeBreach: () => (/* binding */ describeBreach),
/* harmony export */   formatMegabytes: () => (/* binding */ formatMegabytes),
/* harmony export */   parseBudget: () => (/* binding */ parseBudget),
/* harmony export */   renderSizeSection: () => (/* binding */ renderSizeSection),
/* harmony export */   sizeBudgetExceeded: () => (/* binding */ sizeBudgetExceeded),
/* harmony export */   sizeChanged: () => (/* binding */ sizeChanged),
/* harmony export */   sizeIcon: () => (/* binding */ sizeIcon),
/* harmony export */   sizeTotals: () => (/* binding */ sizeTotals),
/* harmony export */   sizeUnknown: () => (/* binding */ sizeUnknown)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);
// The "Image size" markdown section of the PR comment and the bump PR body, and the size budget. Pure.


/** Decimal megabytes, as `docker images` shows them. */
const MB = 1_000_000;
const WARN_PERCENT = 10;
const ALERT_PERCENT = 20;
/** Whether an estimate says anything: a change of the installed size, or packages it could not size. */
function sizeChanged(result) {
    return result.deltaBytes !== 0 || (result.unknown ?? 0) > 0;
}
/** No contributor could be sized: the delta is unknown, not zero. */
function sizeUnknown(result) {
    return result.contributors.length > 0 && result.contributors.every((c) => c.unknown === true);
}
/** Why the first contributor that could not be sized was not, for the image's line. */
function unknownReason(result) {
    const first = result.contributors.find((c) => c.unknown === true);
    return first?.note?.replace(/^size unknown: /, '') ?? 'not sized';
}
function formatMegabytes(bytes, signed = false) {
    const mb = bytes / MB;
    const text = `${Math.abs(mb) < 0.05 && bytes !== 0 ? Math.abs(mb).toFixed(2) : Math.abs(mb).toFixed(1)} MB`;
    if (!signed)
        return `${mb < 0 ? '-' : ''}${text}`;
    return `${bytes < 0 ? '−' : '+'}${text}`;
}
function percentOf(result) {
    if (result.beforeBytes === undefined || result.beforeBytes <= 0)
        return undefined;
    return (result.deltaBytes / result.beforeBytes) * 100;
}
/** 🚨 at ≥ 20 % growth, ⚠️ at ≥ 10 %, nothing otherwise (or when the size before is unknown). */
function sizeIcon(percent) {
    if (percent === undefined)
        return '';
    if (percent >= ALERT_PERCENT)
        return '🚨';
    if (percent >= WARN_PERCENT)
        return '⚠️';
    return '';
}
function renderSizeSection(results, options = {}) {
    const top = options.top ?? 5;
    const hashes = '#'.repeat(options.level ?? 3);
    const measured = new Map((options.measured ?? []).map((m) => [m.image, m]));
    // Only images whose size changes (or could not be sized) get a row.
    const estimated = new Map(results.filter(sizeChanged).map((r) => [r.image, r]));
    const images = [...new Set([...estimated.keys(), ...measured.keys()])];
    if (images.length === 0)
        return '';
    const kind = measured.size === 0 ? 'estimated' : estimated.size === 0 ? 'measured' : 'measured and estimated';
    const title = `Image size (${kind})`;
    const lines = options.fold === true ? [`<details><summary><b>${title}</b>: ${sizeTotals([...estimated.values()], [...measured.values()])}</summary>`, ''] : [`${hashes} ${title}`, ''];
    for (const image of images) {
        const result = estimated.get(image);
        const m = measured.get(image);
        // Measured wins: its percent decides the icon when both exist.
        const percent = m ? measuredPercent(m) : result && percentOf(result);
        const icon = sizeIcon(percent);
        const t = result?.target;
        const where = t ? `${t.platform}, Python ${t.pythonVersion}, ${t.libc}` : m.platform;
        lines.push(`${icon === '' ? '' : `${icon} `}**${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(image)}** (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(where)})`, '');
        if (m)
            lines.push(measuredLine(m));
        if (result)
            lines.push(estimatedLine(result, m !== undefined));
        const shown = result ? result.contributors.filter((c) => c.deltaBytes !== 0 || c.note !== undefined || c.unknown === true).slice(0, top) : [];
        if (result && shown.length > 0) {
            lines.push('', '| package | change | installed Δ | note |', '|---|---|---:|---|');
            for (const c of shown) {
                const change = c.from === undefined ? `added ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(c.to ?? '?', { table: true })}` : c.to === undefined ? `removed ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(c.from, { table: true })}` : `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(c.from, { table: true })} → ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(c.to, { table: true })}`;
                const notes = [
                    ...(c.requiredBy !== undefined ? [`required by ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.requiredBy)}`] : []),
                    ...(c.sdistOnly === true ? ['sdist only'] : []),
                    ...(c.note !== undefined ? [(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.note)] : []),
                ];
                lines.push(`| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.name)} | ${change} | ${c.unknown === true ? 'unknown' : formatMegabytes(c.deltaBytes, true)} | ${notes.join('; ')} |`);
            }
            const rest = result.contributors.length - shown.length;
            if (rest > 0)
                lines.push('', `…and ${rest} more`);
        }
        if (m && (m.addedLayers.length > 0 || m.removedLayers.length > 0))
            lines.push('', ...layerDetails(m));
        lines.push('');
    }
    const sources = [];
    if (measured.size > 0)
        sources.push('measured from the registry manifests (compressed layers)');
    if (results.length > 0) {
        sources.push(`estimated from the wheels' zip directories (installed bytes, .pyc included; ${results.reduce((s, r) => s + r.bytesFetched, 0).toLocaleString('en-US')} bytes read from the index)`);
    }
    const footer = sources.join('; ');
    lines.push(`<sub>${footer.charAt(0).toUpperCase()}${footer.slice(1)}.</sub>`);
    if (options.fold === true)
        lines.push('', '</details>');
    return `${lines.join('\n')}\n`;
}
/** "3 images, +12.4 MB installed in total (1 unknown)": the summary line of the folded section. */
function sizeTotals(results, measured = []) {
    const known = results.filter((r) => !sizeUnknown(r));
    const unknown = results.length - known.length;
    const parts = [(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(new Set([...results.map((r) => r.image), ...measured.map((m) => m.image)]).size, 'image')];
    if (known.length > 0)
        parts.push(`${formatMegabytes(known.reduce((s, r) => s + r.deltaBytes, 0), true)} installed in total`);
    if (measured.length > 0)
        parts.push(`${formatMegabytes(measured.reduce((s, m) => s + m.deltaCompressedBytes, 0), true)} compressed measured`);
    const partial = known.filter((r) => (r.unknown ?? 0) > 0).length;
    const text = parts.join(', ');
    const notes = [...(unknown > 0 ? [`${unknown} unknown`] : []), ...(partial > 0 ? [`${partial} partly sized`] : [])];
    return notes.length > 0 ? `${text} (${notes.join(', ')})` : text;
}
function measuredPercent(m) {
    return m.before && m.before.compressedBytes > 0 ? (m.deltaCompressedBytes / m.before.compressedBytes) * 100 : undefined;
}
function signedPercent(percent) {
    return percent === undefined ? '' : `, ${percent >= 0 ? '+' : '−'}${Math.abs(percent).toFixed(1)}%`;
}
function measuredLine(m) {
    const delta = `${formatMegabytes(m.deltaCompressedBytes, true)}${signedPercent(measuredPercent(m))}`;
    const layers = `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(m.addedLayers.length, 'layer')} new, ${m.removedLayers.length} gone, ${formatMegabytes(m.unchangedBytes)} unchanged`;
    if (!m.before)
        return `**Measured**: new image, ${formatMegabytes(m.after.compressedBytes)} compressed (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(m.after.ref)})`;
    return `**Measured**: ${formatMegabytes(m.before.compressedBytes)} → ${formatMegabytes(m.after.compressedBytes)} compressed: ${delta} (${layers})`;
}
function estimatedLine(result, secondary) {
    if (sizeUnknown(result))
        return `${secondary ? 'Estimated' : '**Estimated**'}: unknown (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(unknownReason(result))})`;
    const partly = (result.unknown ?? 0) > 0 ? ` (without ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(result.unknown, 'package')} that could not be sized)` : '';
    return estimatedDelta(result, secondary) + partly;
}
function estimatedDelta(result, secondary) {
    const delta = `${formatMegabytes(result.deltaBytes, true)}${signedPercent(percentOf(result))}`;
    const compressed = `${formatMegabytes(result.deltaCompressedBytes, true)} compressed`;
    if (secondary)
        return `Estimated: ${delta} installed, ${compressed}`;
    if (result.beforeBytes !== undefined) {
        return `${formatMegabytes(result.beforeBytes)} → ${formatMegabytes(result.beforeBytes + result.deltaBytes)} (estimated): ${delta} installed, ${compressed}`;
    }
    return `Estimated: ${delta} installed, ${compressed} (size before unknown)`;
}
/** The layers that differ, in a fold: digests are long and only some readers want them. */
function layerDetails(m) {
    const short = (digest) => (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(digest.replace(/^sha256:/, '').slice(0, 12), { table: true });
    const rows = [
        ...m.addedLayers.map((l) => `| ${short(l.digest)} | new | ${formatMegabytes(l.size)} |`),
        ...m.removedLayers.map((l) => `| ${short(l.digest)} | gone | ${formatMegabytes(l.size)} |`),
    ];
    return [
        `<details><summary>Layers (compressed, ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(m.before?.ref ?? '—')} → ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(m.after.ref)})</summary>`,
        '',
        '| layer | | compressed |',
        '|---|---|---:|',
        ...rows,
        '',
        '</details>',
    ];
}
/**
 * Images that grow past the budget: bytes (`52428800`, `"50MB"`, `"50 MiB"`) or a percent of the
 * size before (`"10%"`; images whose size before is unknown cannot breach a percent budget).
 * Empty when all fit.
 */
function sizeBudgetExceeded(results, budget) {
    const parsed = parseBudget(budget);
    const breaches = [];
    for (const result of results) {
        let limit;
        if (parsed.kind === 'bytes')
            limit = parsed.value;
        else if (result.beforeBytes !== undefined)
            limit = (result.beforeBytes * parsed.value) / 100;
        else
            continue;
        if (result.deltaBytes > limit)
            breaches.push({ image: result.image, deltaBytes: result.deltaBytes, limitBytes: Math.round(limit) });
    }
    return breaches;
}
/** One line per breach, the same in the CLI and the action. */
function describeBreach(breach, budget) {
    return `image ${breach.image} grows ${formatMegabytes(breach.deltaBytes, true)} (estimated installed bytes), past the size budget ${JSON.stringify(budget)} (${formatMegabytes(breach.limitBytes)})`;
}
const UNITS = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
function parseBudget(budget) {
    if (typeof budget === 'number') {
        if (!Number.isFinite(budget) || budget < 0)
            throw new RangeError(`size budget must be a non-negative number of bytes, got ${budget}`);
        return { kind: 'bytes', value: budget };
    }
    const match = /^\s*(\d+(?:\.\d+)?)\s*(%|[kmg]i?b|b)?\s*$/i.exec(budget);
    if (match === null)
        throw new RangeError(`size budget ${JSON.stringify(budget)}: expected bytes, "50MB", "50MiB" or "10%"`);
    const value = Number(match[1]);
    const unit = (match[2] ?? '').toLowerCase();
    if (unit === '%')
        return { kind: 'percent', value };
    return { kind: 'bytes', value: value * (UNITS[unit] ?? 1) };
}


/***/ })

};
