export const id = 897;
export const ids = [897];
export const modules = {

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


/***/ })

};
