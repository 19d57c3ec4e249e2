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
  describeSetting: () => (/* binding */ describeSetting),
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
var pep_name = __webpack_require__(7729);
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



function describeSetting(setting) {
    return setting === 'osv' ? `osv (${OSV_API})` : setting;
}
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

/***/ 7729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ normalizeName),
/* harmony export */   u: () => (/* binding */ isValidName)
/* harmony export */ });
// PEP 503 name normalization and PEP 508 name validity.
const NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
function isValidName(name) {
    return NAME.test(name);
}


/***/ }),

/***/ 8561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r1: () => (/* binding */ sameVersion)
/* harmony export */ });
/* unused harmony exports parseVersion, compareVersions, compareParsed */
// PEP 440 versions, parsed and ordered as `packaging.version.Version` does. Numbers are BigInts:
// packaging compares Python ints, so `==…0001` and `==…0000` (23 digits) differ there and must here
// (@renovatebot/pep440 parses them to doubles and calls them equal).
// packaging's VERSION_PATTERN, case-insensitive, with the same spellings of each phase.
const PATTERN = /^\s*v?(?:(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\d+)?)?(?:(?:-(\d+))|(?:[-_.]?(post|rev|r)[-_.]?(\d+)?))?(?:[-_.]?(dev)[-_.]?(\d+)?)?)(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;
function parseVersion(text) {
    const m = PATTERN.exec(text);
    if (!m)
        return undefined;
    const v = { epoch: BigInt(m[1] ?? 0), release: m[2].split('.').map(BigInt) };
    if (m[3]) {
        const word = m[3].toLowerCase();
        v.pre = { phase: word === 'alpha' || word === 'a' ? 'a' : word === 'beta' || word === 'b' ? 'b' : 'rc', n: BigInt(m[4] ?? 0) };
    }
    if (m[5] !== undefined)
        v.post = BigInt(m[5]);
    else if (m[6])
        v.post = BigInt(m[7] ?? 0);
    if (m[8])
        v.dev = BigInt(m[9] ?? 0);
    if (m[10])
        v.local = m[10].toLowerCase().split(/[-_.]/).map((p) => (/^\d+$/.test(p) ? BigInt(p) : p));
    return v;
}
const PHASES = { a: 0, b: 1, rc: 2 };
/** packaging's ordering (`_cmpkey`): negative, zero or positive. Undefined when either is not PEP 440. */
function compareVersions(a, b) {
    const x = parseVersion(a);
    const y = parseVersion(b);
    if (!x || !y)
        return undefined;
    return compareParsed(x, y);
}
function compareParsed(x, y) {
    if (x.epoch !== y.epoch)
        return x.epoch < y.epoch ? -1 : 1;
    // Trailing zeros do not count: 1.0 == 1.0.0.
    const n = Math.max(x.release.length, y.release.length);
    for (let i = 0; i < n; i++) {
        const p = x.release[i] ?? 0n;
        const q = y.release[i] ?? 0n;
        if (p !== q)
            return p < q ? -1 : 1;
    }
    const pre = (v) => {
        // A dev release with no pre/post sorts before every pre-release of its release.
        if (v.pre === undefined && v.post === undefined && v.dev !== undefined)
            return [-1, 0n];
        if (v.pre === undefined)
            return [3, 0n];
        return [PHASES[v.pre.phase], v.pre.n];
    };
    const c = compareTuple(pre(x), pre(y));
    if (c !== 0)
        return c;
    const post = (v) => (v.post === undefined ? [-1, 0n] : [0, v.post]);
    const d = compareTuple(post(x), post(y));
    if (d !== 0)
        return d;
    const dev = (v) => (v.dev === undefined ? [1, 0n] : [0, v.dev]);
    const e = compareTuple(dev(x), dev(y));
    if (e !== 0)
        return e;
    return compareLocal(x.local, y.local);
}
function compareTuple(a, b) {
    if (a[0] !== b[0])
        return a[0] < b[0] ? -1 : 1;
    return a[1] === b[1] ? 0 : a[1] < b[1] ? -1 : 1;
}
function compareLocal(a, b) {
    if (a === undefined || b === undefined)
        return a === b ? 0 : a === undefined ? -1 : 1;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const p = a[i];
        const q = b[i];
        if (p === q)
            continue;
        // A number sorts above a string.
        if (typeof p !== typeof q)
            return typeof p === 'bigint' ? 1 : -1;
        return p < q ? -1 : 1;
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
/** PEP 440 version equality: `1.0` is `1.0.0`; versions that are not PEP 440 compare as text. */
function sameVersion(a, b) {
    if (a === b)
        return true;
    return compareVersions(a, b) === 0;
}


/***/ })

};
