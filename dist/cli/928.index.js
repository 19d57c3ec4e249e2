export const id = 928;
export const ids = [928];
export const modules = {

/***/ 4170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R7: () => (/* binding */ fixedVersionsFor),
/* harmony export */   bB: () => (/* binding */ affects),
/* harmony export */   e1: () => (/* binding */ eventVersions)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pep_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(110);
/* harmony import */ var _pep_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8561);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3338);
// Does an OSV record affect a PyPI version? The OSV schema's evaluation: ECOSYSTEM ranges
// (introduced / fixed / last_affected / limit events) ordered by PEP 440, plus the explicit
// `versions` list. GIT and SEMVER ranges say nothing about PyPI versions and are skipped. Pure.




/** The affected entries of `record` for PyPI package `name` (normalized). */
function affectedEntries(record, name) {
    return (record.affected ?? []).filter((a) => a.package?.ecosystem === _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ECOSYSTEM */ .Pe && (0,_pep_name_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .P)(a.package.name) === name);
}
function affects(record, name, version) {
    if (record.withdrawn !== undefined)
        return false;
    return affectedEntries(record, name).some((entry) => entryAffects(entry, version));
}
function entryAffects(entry, version) {
    if ((entry.versions ?? []).some((v) => (0,_pep_version_js__WEBPACK_IMPORTED_MODULE_1__/* .sameVersion */ .r)(v, version)))
        return true;
    if (!(0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(version))
        return false;
    return (entry.ranges ?? []).some((range) => range.type === 'ECOSYSTEM' && rangeAffects(range.events, version));
}
/**
 * The schema's algorithm: walk the events sorted by version; `introduced` opens an affected
 * interval, `fixed` and `limit` close it before their version, `last_affected` after it.
 */
function rangeAffects(events, version) {
    const points = events
        .map((event) => ({ event, at: eventVersion(event) }))
        .filter((p) => p.at !== undefined && (p.at === '0' || (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(p.at) !== null))
        .sort((a, b) => order(a.at, b.at));
    let affected = false;
    for (const { event, at } of points) {
        if (event.introduced !== undefined) {
            if (at === '0' || (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare)(version, at) >= 0)
                affected = true;
        }
        else if (event.fixed !== undefined || event.limit !== undefined) {
            if ((0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare)(version, at) >= 0)
                affected = false;
        }
        else if (event.last_affected !== undefined) {
            if ((0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare)(version, at) > 0)
                affected = false;
        }
    }
    return affected;
}
function eventVersion(event) {
    return event.introduced ?? event.fixed ?? event.last_affected ?? event.limit;
}
function order(a, b) {
    if (a === b)
        return 0;
    if (a === '0')
        return -1;
    if (b === '0')
        return 1;
    return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare)(a, b);
}
/** The `fixed` versions of the ranges that contain `version` (what to move to); none when unfixed. */
function fixedVersionsFor(record, name, version) {
    const out = new Set();
    for (const entry of affectedEntries(record, name)) {
        for (const range of entry.ranges ?? []) {
            if (range.type !== 'ECOSYSTEM')
                continue;
            if (version !== undefined && (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(version) && !rangeAffects(range.events, version))
                continue;
            for (const event of range.events)
                if (event.fixed !== undefined)
                    out.add(event.fixed);
        }
    }
    return [...out].filter((v) => (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(v)).sort(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare);
}
/** Every version an advisory names for `name`: candidates for "is anything this range allows safe?". */
function eventVersions(record, name) {
    const out = [];
    for (const entry of affectedEntries(record, name)) {
        for (const range of entry.ranges ?? []) {
            if (range.type !== 'ECOSYSTEM')
                continue;
            for (const event of range.events) {
                const v = eventVersion(event);
                if (v !== undefined && v !== '0' && (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(v))
                    out.push(v);
                // the first version after last_affected is not affected
                if (event.last_affected !== undefined && (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(event.last_affected))
                    out.push(`${event.last_affected}.post0`);
            }
        }
    }
    return out;
}


/***/ }),

/***/ 3338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ ECOSYSTEM),
/* harmony export */   k1: () => (/* binding */ AdvisoryError),
/* harmony export */   qv: () => (/* binding */ queryKey)
/* harmony export */ });
// OSV records (https://ossf.github.io/osv-schema/) as far as monopin reads them, and the one
// interface every advisory source (the OSV API, a folder or zip of records) offers.
const ECOSYSTEM = 'PyPI';
function queryKey(query) {
    return query.version === undefined ? query.name : `${query.name}==${query.version}`;
}
/** The advisory source could not be read: one clear warning, never a silent pass. */
class AdvisoryError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'AdvisoryError';
    }
}


/***/ }),

/***/ 2822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ DiskCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// On-disk HTTP cache of index responses (body + validators per URL), a folder actions/cache can keep.



class DiskCache {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    pathOf(key) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, `${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex')}.json`);
    }
    async get(key) {
        try {
            const entry = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.pathOf(key), 'utf8'));
            if (typeof entry !== 'object' || entry === null)
                return undefined;
            const record = entry;
            return typeof record.body === 'string' && typeof record.url === 'string' ? record : undefined;
        }
        catch {
            // missing or torn: a cache miss, never an error
            return undefined;
        }
    }
    async set(key, entry) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true });
        const path = this.pathOf(key);
        // write then rename, so a concurrent reader (another job sharing the cache) never sees half a file
        const temporary = `${path}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, JSON.stringify(entry));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, path);
    }
}


/***/ }),

/***/ 6159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ib: () => (/* binding */ RETRY_STATUSES),
  q6: () => (/* binding */ createIndexClient),
  q0: () => (/* binding */ describe),
  qe: () => (/* binding */ httpSettings),
  a2: () => (/* binding */ retryDelay),
  yy: () => (/* binding */ sleep)
});

// UNUSED EXPORTS: pickMetadataFile

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/index/cache.ts
var index_cache = __webpack_require__(2822);
// EXTERNAL MODULE: ./src/index/errors.ts
var errors = __webpack_require__(3537);
// EXTERNAL MODULE: ./src/pep/version.ts
var pep_version = __webpack_require__(8561);
// EXTERNAL MODULE: ./src/index/filenames.ts
var filenames = __webpack_require__(9062);
;// CONCATENATED MODULE: ./src/index/metadata.ts
/** Headers, lower-cased, each with every value it had (Requires-Dist repeats). */
function parseMetadataHeaders(text) {
    const headers = new Map();
    let current;
    const flush = () => {
        if (current === undefined)
            return;
        const values = headers.get(current.key) ?? [];
        values.push(current.value.trim());
        headers.set(current.key, values);
        current = undefined;
    };
    for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
        if (line.trim() === '' && !/^[ \t]/.test(line))
            break; // the body (a long description) starts here
        if (/^[ \t]/.test(line)) {
            // RFC 5322 unfolding: a continuation line joins its header, its leading white space kept
            if (current !== undefined)
                current.value += `\n${line}`;
            continue;
        }
        flush();
        const colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a header; email.parser would treat it as a defect and go on
        current = { key: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1) };
    }
    flush();
    return headers;
}
/** Throws when Name or Version is missing: that is not core metadata. */
function parseCoreMetadata(text) {
    const headers = parseMetadataHeaders(text);
    const one = (key) => {
        const value = headers.get(key)?.[0];
        return value === undefined || value === '' ? undefined : value;
    };
    const name = one('name');
    const version = one('version');
    if (name === undefined)
        throw new Error('core metadata without a Name header');
    if (version === undefined)
        throw new Error('core metadata without a Version header');
    const metadata = {
        name,
        version,
        requiresDist: (headers.get('requires-dist') ?? []).map(collapse).filter((r) => r !== ''),
    };
    const requiresPython = one('requires-python');
    if (requiresPython !== undefined)
        metadata.requiresPython = collapse(requiresPython);
    const urls = {};
    const homePage = one('home-page');
    if (homePage !== undefined && homePage !== 'UNKNOWN')
        urls.Homepage = collapse(homePage);
    for (const value of headers.get('project-url') ?? []) {
        const comma = value.indexOf(',');
        if (comma <= 0)
            continue;
        const label = value.slice(0, comma).trim();
        const url = value.slice(comma + 1).trim();
        if (label !== '' && url !== '')
            urls[label] = url;
    }
    if (Object.keys(urls).length > 0)
        metadata.projectUrls = urls;
    return metadata;
}
function collapse(value) {
    return value.replace(/\s*\n\s*/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/index/simple-api.ts
// Project pages of the simple repository API: PEP 691 JSON and PEP 503 HTML, into one ProjectPage.
// Pure: takes the body, its Content-Type and the page URL (relative links resolve against it).



const JSON_V1 = 'application/vnd.pypi.simple.v1+json';
const HTML_V1 = 'application/vnd.pypi.simple.v1+html';
/** What we ask for: JSON first, HTML from indexes that only have that. */
const ACCEPT = `${JSON_V1}, ${HTML_V1};q=0.2, text/html;q=0.01`;
function formatOf(contentType) {
    const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (type === JSON_V1 || type === 'application/vnd.pypi.simple.latest+json')
        return 'json';
    if (type === HTML_V1 || type === 'application/vnd.pypi.simple.latest+html' || type === 'text/html')
        return 'html';
    return undefined;
}
function parseProjectPage(source) {
    const format = formatOf(source.contentType);
    if (format === 'json')
        return parseProjectJson(source);
    if (format === 'html')
        return parseProjectHtml(source);
    throw new errors/* IndexError */.d(`unexpected Content-Type ${JSON.stringify(source.contentType ?? '')} for ${source.name}`, {
        package: source.name,
        url: source.url,
    });
}
// ---- PEP 691 JSON -----------------------------------------------------------------------------
function parseProjectJson(source) {
    const fail = (why) => {
        throw new errors/* IndexError */.d(`bad JSON page for ${source.name}: ${why}`, { package: source.name, url: source.url });
    };
    let data;
    try {
        data = JSON.parse(source.body);
    }
    catch (error) {
        return fail(error instanceof Error ? error.message : String(error));
    }
    if (!isObject(data))
        return fail('not an object');
    const meta = data.meta;
    const apiVersion = isObject(meta) ? meta['api-version'] : undefined;
    if (typeof apiVersion !== 'string' || !/^1(\.\d+)?$/.test(apiVersion)) {
        return fail(`unsupported api-version ${JSON.stringify(apiVersion)}`);
    }
    if (!Array.isArray(data.files))
        return fail('no files list');
    const files = data.files.map((raw, i) => {
        if (!isObject(raw))
            return fail(`files[${i}] is not an object`);
        const { filename, url, hashes } = raw;
        if (typeof filename !== 'string' || filename === '')
            return fail(`files[${i}] has no filename`);
        if (typeof url !== 'string')
            return fail(`files[${i}] (${filename}) has no url`);
        if (!isStringRecord(hashes))
            return fail(`files[${i}] (${filename}) has no hashes object`);
        const file = {
            filename,
            url: resolveUrl(url, source, fail),
            hashes: { ...hashes },
            yanked: yankedOf(raw.yanked),
            coreMetadata: coreMetadataOf(raw['core-metadata'] ?? raw['dist-info-metadata']),
        };
        const requiresPython = raw['requires-python'];
        if (typeof requiresPython === 'string' && requiresPython.trim() !== '')
            file.requiresPython = requiresPython.trim();
        if (typeof raw.size === 'number' && Number.isFinite(raw.size))
            file.size = raw.size;
        if (typeof raw['upload-time'] === 'string')
            file.uploadTime = raw['upload-time'];
        return file;
    });
    const name = (0,pep_name/* normalizeName */.P)(source.name);
    const versions = Array.isArray(data.versions) && data.versions.every((v) => typeof v === 'string')
        ? (0,filenames/* sortVersions */.M7)(data.versions)
        : (0,filenames/* versionsOfFiles */.sr)(files, name);
    return { name, versions, files, index: source.index };
}
function yankedOf(value) {
    if (typeof value === 'string')
        return value === '' ? true : value;
    return value === true;
}
function coreMetadataOf(value) {
    if (isStringRecord(value))
        return Object.keys(value).length === 0 ? true : { ...value };
    return value === true;
}
// ---- PEP 503 HTML -----------------------------------------------------------------------------
// quote-aware: some indexes leave `>` unescaped in attribute values (data-requires-python=">=3.8")
const ANCHOR = /<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/a\s*>/gi;
const BASE = /<base\b((?:[^>"']|"[^"]*"|'[^']*')*)>/i;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
function parseProjectHtml(source) {
    let baseUrl = source.url;
    const base = BASE.exec(source.body);
    if (base !== null) {
        const href = attributesOf(base[1] ?? '').get('href');
        if (href !== undefined && href !== '')
            baseUrl = tryResolve(href, source.url) ?? source.url;
    }
    const fail = (why) => {
        throw new errors/* IndexError */.d(`bad HTML page for ${source.name}: ${why}`, { package: source.name, url: source.url });
    };
    if (!/<a\b|<html|<!doctype|<body/i.test(source.body) && source.body.trim() !== '')
        fail('not HTML');
    const files = [];
    for (const match of source.body.matchAll(ANCHOR)) {
        const attributes = attributesOf(match[1] ?? '');
        const href = attributes.get('href');
        if (href === undefined || href === '')
            continue;
        const resolved = resolveUrl(href, { ...source, url: baseUrl }, fail);
        const url = new URL(resolved);
        const hashes = {};
        const fragment = /^#([a-z0-9]+)=([0-9a-f]+)$/i.exec(url.hash);
        if (fragment !== null)
            hashes[(fragment[1] ?? '').toLowerCase()] = (fragment[2] ?? '').toLowerCase();
        url.hash = '';
        // the link text may be anything; the filename is the last path segment of the URL
        const filename = decodeURIComponent(url.pathname.split('/').pop() ?? '');
        if (filename === '')
            continue;
        const file = {
            filename,
            url: url.href,
            hashes,
            yanked: attributes.has('data-yanked') ? (attributes.get('data-yanked') || true) : false,
            coreMetadata: htmlCoreMetadata(attributes.get('data-core-metadata') ?? attributes.get('data-dist-info-metadata')),
        };
        const requiresPython = attributes.get('data-requires-python');
        if (requiresPython !== undefined && requiresPython.trim() !== '')
            file.requiresPython = requiresPython.trim();
        files.push(file);
    }
    const name = (0,pep_name/* normalizeName */.P)(source.name);
    return { name, versions: (0,filenames/* versionsOfFiles */.sr)(files, name), files, index: source.index };
}
/** PEP 658/714: "true", or "<hash name>=<hex digest>". */
function htmlCoreMetadata(value) {
    if (value === undefined)
        return false;
    const hash = /^([a-z0-9]+)=([0-9a-f]+)$/i.exec(value.trim());
    if (hash !== null)
        return { [(hash[1] ?? '').toLowerCase()]: (hash[2] ?? '').toLowerCase() };
    // PEP 658 allows only "true" and hashes; anything else still says a file is there
    return true;
}
/** Attribute names lower-cased, values HTML-unescaped; a bare attribute has the value ''. */
function attributesOf(text) {
    const attributes = new Map();
    for (const match of text.matchAll(ATTRIBUTE)) {
        const name = (match[1] ?? '').toLowerCase();
        if (attributes.has(name))
            continue; // HTML keeps the first of duplicate attributes
        attributes.set(name, unescapeHtml(match[2] ?? match[3] ?? match[4] ?? ''));
    }
    return attributes;
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function unescapeHtml(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity) => {
        if (entity[0] === '#') {
            const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[entity.toLowerCase()] ?? whole;
    });
}
// ---- shared -----------------------------------------------------------------------------------
function resolveUrl(href, source, fail) {
    return tryResolve(href, source.url) ?? fail(`bad URL ${JSON.stringify(href)}`);
}
function tryResolve(href, base) {
    try {
        return new URL(href.trim(), base).href;
    }
    catch {
        return undefined;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isStringRecord(value) {
    return isObject(value) && Object.values(value).every((v) => typeof v === 'string');
}

// EXTERNAL MODULE: ./src/size/range-reader.ts
var range_reader = __webpack_require__(7942);
// EXTERNAL MODULE: ./src/size/zip-directory.ts
var zip_directory = __webpack_require__(3952);
// EXTERNAL MODULE: ./src/size/zip-reader.ts
var zip_reader = __webpack_require__(8700);
;// CONCATENATED MODULE: ./src/index/wheel-metadata.ts




/** METADATA larger than this is not core metadata anyone should trust (a description is a few hundred KB at most). */
const MAX_METADATA_BYTES = 16 * 1024 * 1024;
/** The text of the wheel's top-level `*.dist-info/METADATA`. */
async function readWheelMetadata(reader, url, count) {
    const zip = await (0,zip_reader/* readZipDirectory */.x)(reader, url, count);
    const entry = metadataEntry(zip.entries);
    if (entry.uncompressedSize > MAX_METADATA_BYTES)
        throw new zip_directory/* ZipFormatError */.PA(`${entry.name} is ${entry.uncompressedSize} bytes, more than metadata should be`);
    return new TextDecoder().decode(await (0,zip_reader/* readZipMember */.G)(reader, { zip, entry }, count));
}
/** As pip's wheel reader: exactly one top-level `.dist-info` folder with a METADATA file. */
function metadataEntry(entries) {
    const found = entries.filter((e) => /^[^/]+\.dist-info\/METADATA$/.test(e.name));
    if (found.length === 0)
        throw new zip_directory/* ZipFormatError */.PA('the wheel has no .dist-info/METADATA');
    if (found.length > 1)
        throw new zip_directory/* ZipFormatError */.PA(`the wheel has ${found.length} .dist-info folders with METADATA`);
    return found[0];
}
/**
 * The wheel of `version` to read metadata from when no file has a PEP 658 one: unyanked before
 * yanked, a pure-Python wheel before a platform one (one wheel's Requires-Dist stands for the release).
 */
function pickWheelForMetadata(page, version) {
    const wheels = page.files
        .map((file) => ({ file, parsed: (0,filenames/* parseFilename */.p_)(file.filename, page.name) }))
        .filter(({ parsed }) => parsed?.kind === 'wheel' && (0,pep_version/* sameVersion */.r)(parsed.version, version));
    const rank = ({ file }) => (file.yanked === false ? 0 : 2) + (/-none-any\.whl$/.test(file.filename) ? 0 : 1);
    return wheels.sort((a, b) => rank(a) - rank(b))[0]?.file;
}

;// CONCATENATED MODULE: ./src/index/client.ts
// The package index client: the only code that does HTTP for packages. One request per project
// per run (promise cache), bounded concurrency, retries with backoff, conditional requests
// against an on-disk cache, basic auth, extra indexes merged as pip does, file:// indexes.
// Metadata comes from PEP 658 files, else from the wheel itself through range reads.















/** Answers worth another try. */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** The options with their defaults, and the concurrency limiter they ask for. */
function httpSettings(options) {
    return {
        limit: (0,p_limit/* default */.A)(options.concurrency ?? 8),
        fetcher: options.fetch ?? globalThis.fetch,
        retries: options.retries ?? 3,
        backoffMs: options.backoffMs ?? 500,
        maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
        timeoutMs: options.timeoutMs ?? 30_000,
        log: options.log ?? (() => undefined),
    };
}
function createIndexClient(options) {
    const indexes = [options.indexUrl, ...(options.extraIndexUrls ?? [])].map((url) => indexOf(url, options.auth));
    const { limit, fetcher, retries, backoffMs, maxRetryAfterMs, timeoutMs, log } = httpSettings(options);
    const cache = options.cacheDir === undefined ? undefined : new index_cache/* DiskCache */.E(options.cacheDir);
    const userAgent = options.userAgent ?? `monopin/${version/* VERSION */.x}`;
    const stats = { projectRequests: 0, metadataRequests: 0, cacheHits: 0, bytes: 0, wheelMetadataReads: 0, wheelMetadataBytes: 0 };
    const pages = new Map();
    const metadatas = new Map();
    function authorizationFor(url) {
        // credentials go only to the host of the index that has them (files may live elsewhere)
        const origin = new URL(url).origin;
        return indexes.find((index) => index.origin === origin && index.authorization !== undefined)?.authorization;
    }
    /** GET with retries, bounded concurrency and the disk cache; undefined on 404. */
    async function get(url, accept, pkg) {
        if (url.startsWith('file:'))
            return readLocal(url, pkg);
        const key = `${accept}\n${url}`;
        const previous = await cache?.get(key);
        for (let attempt = 0;; attempt++) {
            const headers = { Accept: accept, 'User-Agent': userAgent };
            const authorization = authorizationFor(url);
            if (authorization !== undefined)
                headers.Authorization = authorization;
            if (previous?.etag !== undefined)
                headers['If-None-Match'] = previous.etag;
            if (previous?.lastModified !== undefined)
                headers['If-Modified-Since'] = previous.lastModified;
            let response;
            let body;
            try {
                [response, body] = await limit(async () => {
                    const res = await fetcher(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
                    return [res, new Uint8Array(await res.arrayBuffer())];
                });
            }
            catch (error) {
                if (attempt < retries) {
                    const delay = backoffMs * 2 ** attempt;
                    log(`GET ${url}: ${describe(error)}; retry ${attempt + 1}/${retries} in ${delay} ms`);
                    await sleep(delay);
                    continue;
                }
                throw new errors/* IndexError */.d(`could not reach ${url} for ${pkg}: ${describe(error)}`, { package: pkg, url, cause: error });
            }
            stats.bytes += body.length;
            const finalUrl = (0,errors/* redactUrl */.B)(response.url === '' ? url : response.url);
            if (response.status === 304 && previous !== undefined) {
                stats.cacheHits++;
                return {
                    body: Buffer.from(previous.body, 'base64'),
                    ...(previous.contentType !== undefined && { contentType: previous.contentType }),
                    url: previous.url,
                    fromCache: true,
                };
            }
            if (response.ok) {
                const contentType = response.headers.get('content-type') ?? undefined;
                const etag = response.headers.get('etag') ?? undefined;
                const lastModified = response.headers.get('last-modified') ?? undefined;
                if (cache !== undefined && (etag !== undefined || lastModified !== undefined)) {
                    await cache.set(key, {
                        url: finalUrl,
                        body: Buffer.from(body).toString('base64'),
                        ...(etag !== undefined && { etag }),
                        ...(lastModified !== undefined && { lastModified }),
                        ...(contentType !== undefined && { contentType }),
                    });
                }
                return { body, ...(contentType !== undefined && { contentType }), url: finalUrl, fromCache: false };
            }
            if (response.status === 404 || response.status === 410)
                return undefined;
            if (RETRY_STATUSES.has(response.status) && attempt < retries) {
                const delay = retryDelay(response.headers.get('retry-after'), backoffMs * 2 ** attempt, maxRetryAfterMs);
                log(`GET ${url}: HTTP ${response.status}; retry ${attempt + 1}/${retries} in ${delay} ms`);
                await sleep(delay);
                continue;
            }
            const why = response.status === 401 || response.status === 403 ? ' (check the index credentials)' : '';
            throw new errors/* IndexError */.d(`HTTP ${response.status} from ${url} for ${pkg}${why}`, { package: pkg, url, status: response.status });
        }
    }
    async function readLocal(url, pkg) {
        let path = (0,external_node_url_.fileURLToPath)(url);
        let contentType;
        if (url.endsWith('/')) {
            // as pip reads a file:// index folder; we prefer its PEP 691 JSON when there is one
            const json = await (0,promises_.readFile)((0,external_node_path_.join)(path, 'index.json')).catch(() => undefined);
            if (json !== undefined) {
                stats.bytes += json.length;
                return { body: json, contentType: JSON_V1, url, fromCache: false };
            }
            path = (0,external_node_path_.join)(path, 'index.html');
            contentType = 'text/html';
        }
        try {
            const body = await (0,promises_.readFile)(path);
            stats.bytes += body.length;
            return { body, ...(contentType !== undefined && { contentType }), url, fromCache: false };
        }
        catch (error) {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
                return undefined;
            }
            throw new errors/* IndexError */.d(`could not read ${url} for ${pkg}: ${describe(error)}`, { package: pkg, url, cause: error });
        }
    }
    async function pageFrom(index, name) {
        const url = `${index.url}${name}/`;
        stats.projectRequests++;
        const fetched = await get(url, ACCEPT, name);
        if (fetched === undefined)
            return undefined;
        return parseProjectPage({
            body: new TextDecoder().decode(fetched.body),
            contentType: fetched.contentType,
            url: fetched.url,
            name,
            index: index.url,
        });
    }
    async function loadProject(name) {
        const found = (await Promise.all(indexes.map((index) => pageFrom(index, name)))).filter((page) => page !== undefined);
        const [first, ...others] = found;
        if (first === undefined) {
            throw new errors/* IndexError */.d(`package ${name} not found on ${indexes.map((i) => i.url).join(', ')}`, {
                package: name,
                url: `${indexes[0]?.url ?? ''}${name}/`,
                status: 404,
            });
        }
        if (others.length === 0)
            return first;
        // pip gives no index priority: every file of every index is a candidate
        const files = [];
        const seen = new Set();
        for (const file of found.flatMap((page) => page.files)) {
            if (seen.has(file.url))
                continue;
            seen.add(file.url);
            files.push(file);
        }
        return { name, versions: (0,filenames/* sortVersions */.M7)(found.flatMap((page) => page.versions)), files, index: first.index };
    }
    function project(name) {
        const key = (0,pep_name/* normalizeName */.P)(name);
        let page = pages.get(key);
        if (page === undefined) {
            page = loadProject(key);
            pages.set(key, page);
        }
        return page;
    }
    async function loadMetadata(name, version) {
        const page = await project(name);
        const file = pickMetadataFile(page, version);
        if (file === undefined) {
            // No PEP 658 file: read METADATA out of a wheel; an sdist-only release stays unknown.
            const wheel = pickWheelForMetadata(page, version);
            return wheel === undefined ? undefined : metadataFromWheel(page.name, version, wheel);
        }
        const url = `${file.url.split('#')[0] ?? file.url}.metadata`;
        const expected = typeof file.coreMetadata === 'object' ? file.coreMetadata : {};
        const algorithm = ['sha256', 'sha384', 'sha512'].find((a) => expected[a] !== undefined);
        let fetched;
        if (cache !== undefined && algorithm !== undefined && !url.startsWith('file:')) {
            // a metadata file with a known hash cannot change: a cached copy that matches needs no request
            const cached = await cache.get(`text/plain, */*\n${url}`);
            if (cached !== undefined && digest(algorithm, Buffer.from(cached.body, 'base64')) === expected[algorithm]) {
                stats.cacheHits++;
                fetched = { body: Buffer.from(cached.body, 'base64'), url, fromCache: true };
            }
        }
        if (fetched === undefined) {
            stats.metadataRequests++;
            fetched = await get(url, 'text/plain, */*', page.name);
        }
        if (fetched === undefined) {
            throw new errors/* IndexError */.d(`metadata file of ${page.name} ${version} is listed but missing`, { package: page.name, url, status: 404 });
        }
        if (algorithm !== undefined) {
            const actual = digest(algorithm, fetched.body);
            if (actual !== expected[algorithm]?.toLowerCase()) {
                throw new errors/* IndexError */.d(`metadata of ${page.name} ${version} does not match its ${algorithm} (index says ${expected[algorithm]}, file has ${actual})`, { package: page.name, url });
            }
        }
        try {
            return parseCoreMetadata(new TextDecoder().decode(fetched.body));
        }
        catch (error) {
            throw new errors/* IndexError */.d(`bad metadata of ${page.name} ${version}: ${describe(error)}`, { package: page.name, url, cause: error });
        }
    }
    // Credentials of the index go with range reads of its own files, as with every other request.
    const authorizingFetch = (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        const authorization = authorizationFor(url);
        if (authorization === undefined)
            return fetcher(input, init);
        const headers = new Headers(init?.headers);
        if (!headers.has('authorization'))
            headers.set('Authorization', authorization);
        return fetcher(input, { ...init, headers });
    };
    const rangeReader = options.rangeReader ?? (0,range_reader/* createRangeReader */.p)({ fetch: authorizingFetch, concurrency: options.concurrency, timeoutMs, userAgent });
    async function metadataFromWheel(name, version, wheel) {
        const url = wheel.url.split('#')[0] ?? wheel.url;
        // A wheel whose hash is known cannot change, and wheels on an index are not replaced in place either.
        const key = `wheel-metadata\n${url}\n${wheel.hashes.sha256 ?? ''}`;
        const cached = url.startsWith('file:') ? undefined : await cache?.get(key);
        let text;
        if (cached !== undefined) {
            stats.cacheHits++;
            text = Buffer.from(cached.body, 'base64').toString('utf8');
        }
        else {
            stats.wheelMetadataReads++;
            const count = (bytes) => {
                stats.wheelMetadataBytes += bytes;
                stats.bytes += bytes;
            };
            try {
                text = await readWheelMetadata(rangeReader, url, count);
            }
            catch (error) {
                throw new errors/* IndexError */.d(`could not read the metadata of ${name} ${version} from ${wheel.filename}: ${describe(error)}`, { package: name, url, cause: error });
            }
            if (cache !== undefined && !url.startsWith('file:'))
                await cache.set(key, { url: (0,errors/* redactUrl */.B)(url), body: Buffer.from(text, 'utf8').toString('base64') });
        }
        try {
            return parseCoreMetadata(text);
        }
        catch (error) {
            throw new errors/* IndexError */.d(`bad metadata in ${wheel.filename}: ${describe(error)}`, { package: name, url, cause: error });
        }
    }
    function metadata(name, version) {
        const key = `${(0,pep_name/* normalizeName */.P)(name)}==${(0,filenames/* versionKey */._5)(version)}`;
        let result = metadatas.get(key);
        if (result === undefined) {
            result = loadMetadata(name, version);
            metadatas.set(key, result);
        }
        return result;
    }
    return { project, metadata, stats: () => ({ ...stats }) };
}
/** A file of `version` with a PEP 658 metadata file: a wheel before an sdist, unyanked first. */
function pickMetadataFile(page, version) {
    const candidates = page.files
        .map((file) => ({ file, parsed: (0,filenames/* parseFilename */.p_)(file.filename, page.name) }))
        .filter(({ file, parsed }) => parsed !== undefined && file.coreMetadata !== false && (0,pep_version/* sameVersion */.r)(parsed.version, version));
    const rank = ({ file, parsed }) => (parsed?.kind === 'wheel' ? 0 : 2) + (file.yanked === false ? 0 : 1);
    return candidates.sort((a, b) => rank(a) - rank(b))[0]?.file;
}
function indexOf(raw, auth) {
    let parsed;
    try {
        parsed = new URL(raw);
    }
    catch {
        throw new errors/* IndexError */.d(`bad index URL ${JSON.stringify((0,errors/* redactUrl */.B)(raw))}`, { package: '', url: raw });
    }
    let authorization;
    if (parsed.username !== '' || parsed.password !== '') {
        const user = decodeURIComponent(parsed.username);
        const password = decodeURIComponent(parsed.password);
        authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
        parsed.username = '';
        parsed.password = '';
    }
    else if (auth !== undefined && parsed.protocol !== 'file:') {
        authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
    }
    const url = parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
    return { url, origin: parsed.origin, ...(authorization !== undefined && { authorization }) };
}
/** Retry-After in seconds or as an HTTP date, else the backoff; capped. */
function retryDelay(retryAfter, fallbackMs, maxMs) {
    if (retryAfter !== null) {
        const seconds = Number(retryAfter);
        const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
        if (Number.isFinite(ms))
            return Math.min(Math.max(ms, 0), maxMs);
    }
    return Math.min(fallbackMs, maxMs);
}
function digest(algorithm, data) {
    return (0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex');
}
/** An error's message and its cause's, without credentials in URLs. */
function describe(error) {
    if (error instanceof Error) {
        const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
        return (0,errors/* redactUrl */.B)(`${error.message}${cause}`);
    }
    return String(error);
}
function sleep(ms) {
    return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}


/***/ }),

/***/ 3537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ redactUrl),
/* harmony export */   d: () => (/* binding */ IndexError)
/* harmony export */ });
// The one error type of the index client: which package, which URL (never with credentials).
class IndexError extends Error {
    package;
    url;
    /** HTTP status, when the index answered with one. */
    status;
    constructor(message, details) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'IndexError';
        this.package = details.package;
        this.url = redactUrl(details.url);
        if (details.status !== undefined)
            this.status = details.status;
    }
}
/** The URL without `user:pass@`, for messages and logs. */
function redactUrl(url) {
    try {
        const parsed = new URL(url);
        if (parsed.username === '' && parsed.password === '')
            return url;
        parsed.username = '';
        parsed.password = '';
        return parsed.href;
    }
    catch {
        return url.replace(/\/\/[^/@\s]*@/, '//');
    }
}


/***/ }),

/***/ 9062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ sortVersions),
/* harmony export */   _5: () => (/* binding */ versionKey),
/* harmony export */   p_: () => (/* binding */ parseFilename),
/* harmony export */   sr: () => (/* binding */ versionsOfFiles),
/* harmony export */   w0: () => (/* binding */ releasesOf)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pep_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(110);
// Names and versions from distribution filenames, and releases (versions) from a project page.


const SDIST_SUFFIXES = ['.tar.gz', '.zip', '.tar.bz2', '.tar.xz', '.tgz', '.tbz', '.txz', '.tar'];
/**
 * Name and version of a wheel (PEP 427: `{name}-{ver}(-{build})?-{py}-{abi}-{plat}.whl`) or an
 * sdist (`{name}-{ver}.tar.gz`/`.zip`, PEP 625; legacy ones may have dashes in the name, so
 * give `project` to split those as pip does). Undefined for anything else (eggs, installers).
 */
function parseFilename(filename, project) {
    if (filename.endsWith('.whl')) {
        const parts = filename.slice(0, -4).split('-');
        if (parts.length !== 5 && parts.length !== 6)
            return undefined;
        const [name = '', version = ''] = parts;
        if (name === '' || version === '')
            return undefined;
        // pip: a `_` in a wheel's version stands for `-`
        const parsed = { name: (0,_pep_name_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .P)(name), version: version.replace(/_/g, '-'), kind: 'wheel' };
        if (parts.length === 6) {
            const build = parts[2] ?? '';
            if (!/^\d/.test(build))
                return undefined;
            parsed.build = build;
        }
        return parsed;
    }
    const suffix = SDIST_SUFFIXES.find((s) => filename.toLowerCase().endsWith(s));
    if (suffix === undefined)
        return undefined;
    const stem = filename.slice(0, -suffix.length);
    const split = sdistSplit(stem, project);
    if (split === undefined)
        return undefined;
    return { name: (0,_pep_name_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .P)(split[0]), version: split[1], kind: 'sdist' };
}
function sdistSplit(stem, project) {
    if (project !== undefined) {
        const wanted = (0,_pep_name_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .P)(project);
        for (let i = stem.indexOf('-'); i !== -1; i = stem.indexOf('-', i + 1)) {
            if ((0,_pep_name_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeName */ .P)(stem.slice(0, i)) === wanted) {
                const version = stem.slice(i + 1);
                return version === '' ? undefined : [stem.slice(0, i), version];
            }
        }
    }
    const dash = stem.lastIndexOf('-');
    if (dash <= 0 || dash === stem.length - 1)
        return undefined;
    return [stem.slice(0, dash), stem.slice(dash + 1)];
}
/** Versions sorted by PEP 440, non-PEP 440 ones (which pip ignores) left out. */
function sortVersions(versions) {
    return [...new Set(versions)].filter((v) => (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(v) !== null).sort(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare);
}
/** The versions of a page's files, for indexes without PEP 700 `versions`. */
function versionsOfFiles(files, project) {
    const versions = [];
    for (const file of files) {
        const parsed = parseFilename(file.filename, project);
        if (parsed !== undefined)
            versions.push(parsed.version);
    }
    return sortVersions(versions);
}
/**
 * One Release per version that has files, ascending by PEP 440. Files whose names do not parse,
 * or whose versions are not PEP 440, are left out (pip skips them too).
 */
function releasesOf(page) {
    const groups = new Map();
    for (const file of page.files) {
        const parsed = parseFilename(file.filename, page.name);
        if (parsed === undefined || (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(parsed.version) === null)
            continue;
        const key = versionKey(parsed.version);
        const group = groups.get(key) ?? { version: parsed.version, files: [], wheel: false };
        groups.set(key, group);
        group.files.push(file);
        if (parsed.kind === 'wheel')
            group.wheel = true;
    }
    const releases = [];
    for (const group of groups.values()) {
        const release = {
            version: group.version,
            yanked: group.files.every((f) => f.yanked !== false),
            hasWheel: group.wheel,
        };
        const uploadTime = earliest(group.files.map((f) => f.uploadTime));
        if (uploadTime !== undefined)
            release.uploadTime = uploadTime;
        const requiresPython = mostCommon(group.files.map((f) => f.requiresPython));
        if (requiresPython !== undefined)
            release.requiresPython = requiresPython;
        releases.push(release);
    }
    return releases.sort((a, b) => (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare)(a.version, b.version));
}
/** Equal for PEP 440-equal versions (`1.0`, `1.0.0`, `1.0.0.0`), so their files form one release. */
function versionKey(version) {
    const v = (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.explain)(version);
    if (v === null)
        return version;
    const release = [...v.release];
    while (release.length > 1 && release[release.length - 1] === 0)
        release.pop();
    return JSON.stringify([v.epoch, release, v.pre, v.post, v.dev, v.local]);
}
function earliest(times) {
    let best;
    let bestMs = Infinity;
    for (const time of times) {
        if (time === undefined)
            continue;
        const ms = Date.parse(time);
        if (Number.isNaN(ms))
            continue;
        if (ms < bestMs) {
            bestMs = ms;
            best = time;
        }
    }
    return best;
}
/** The most common value; on a tie, the one seen first. */
function mostCommon(values) {
    const counts = new Map();
    for (const value of values)
        if (value !== undefined && value.trim() !== '')
            counts.set(value, (counts.get(value) ?? 0) + 1);
    let best;
    let bestCount = 0;
    for (const [value, count] of counts) {
        if (count > bestCount) {
            best = value;
            bestCount = count;
        }
    }
    return best;
}


/***/ }),

/***/ 7942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ createRangeReader)
/* harmony export */ });
/* unused harmony export RangeReadError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(370);
/* harmony import */ var _index_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3537);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
// Byte ranges of remote and local files: HTTP Range requests (basic auth from the URL, bounded
// concurrency), file:// through a file handle. The only code in size/ that does I/O.





class RangeReadError extends Error {
    url;
    status;
    constructor(message, details) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'RangeReadError';
        this.url = (0,_index_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(details.url);
        if (details.status !== undefined)
            this.status = details.status;
    }
}
function createRangeReader(options = {}) {
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A)(options.concurrency ?? 8);
    const fetcher = options.fetch ?? globalThis.fetch;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const userAgent = options.userAgent ?? `monopin/${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}`;
    function request(url, range, want) {
        if (url.startsWith('file:'))
            return limit(() => readFileRange(url, want));
        return limit(async () => {
            const parsed = new URL(url);
            const headers = { Range: range, 'User-Agent': userAgent, 'Accept-Encoding': 'identity' };
            if (parsed.username !== '' || parsed.password !== '') {
                headers.Authorization = basic(decodeURIComponent(parsed.username), decodeURIComponent(parsed.password));
                parsed.username = '';
                parsed.password = '';
            }
            else if (options.auth !== undefined && options.auth.origin === parsed.origin) {
                headers.Authorization = basic(options.auth.username, options.auth.password);
            }
            let response;
            try {
                response = await fetcher(parsed.href, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
            }
            catch (error) {
                throw new RangeReadError(`could not reach ${(0,_index_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(url)}: ${String(error)}`, { url, cause: error });
            }
            if (response.status === 206) {
                const body = new Uint8Array(await response.arrayBuffer());
                const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
                if (match === null || match[3] === '*') {
                    throw new RangeReadError(`no usable Content-Range from ${(0,_index_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(url)}`, { url, status: 206 });
                }
                return { data: body, start: Number(match[1]), fileSize: Number(match[3]), bytesFetched: body.length };
            }
            if (response.status === 200)
                return readWhole(response, url, want);
            await response.body?.cancel();
            throw new RangeReadError(`HTTP ${response.status} reading ${(0,_index_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(url)}`, { url, status: response.status });
        });
    }
    return {
        readRange: (url, start, end) => request(url, `bytes=${start}-${end - 1}`, () => [start, end]),
        readTail: (url, n) => request(url, `bytes=-${n}`, (size) => [Math.max(0, size - n), size]),
    };
}
/**
 * A server that ignores Range sends the whole file. For a range that ends before the end of the
 * file, stop reading once it has arrived; a tail needs the whole body, and then all of it is kept
 * (the caller reads the directory out of it instead of asking again).
 */
async function readWhole(response, url, want) {
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    const reader = response.body?.getReader();
    const chunks = [];
    let received = 0;
    const stopAt = Number.isFinite(length) ? want(length)[1] : Infinity;
    const isTail = Number.isFinite(length) && stopAt >= length;
    if (reader !== undefined) {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            chunks.push(value);
            received += value.length;
            if (!isTail && received >= stopAt) {
                await reader.cancel();
                break;
            }
        }
    }
    const all = concat(chunks, received);
    if (isTail || !Number.isFinite(length)) {
        if (Number.isFinite(length) && received !== length) {
            throw new RangeReadError(`short body from ${(0,_index_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(url)}: ${received} of ${length} bytes`, { url, status: 200 });
        }
        return { data: all, start: 0, fileSize: received, bytesFetched: received, whole: true };
    }
    const [start, end] = want(length);
    return { data: all.subarray(start, end), start, fileSize: length, bytesFetched: received };
}
async function readFileRange(url, want) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(url), 'r');
    }
    catch (error) {
        throw new RangeReadError(`could not open ${url}: ${String(error)}`, { url, cause: error });
    }
    try {
        const { size } = await handle.stat();
        const [start, endWanted] = want(size);
        const end = Math.min(endWanted, size);
        const data = new Uint8Array(Math.max(0, end - start));
        let read = 0;
        while (read < data.length) {
            const { bytesRead } = await handle.read(data, read, data.length - read, start + read);
            if (bytesRead === 0)
                break;
            read += bytesRead;
        }
        return { data: data.subarray(0, read), start, fileSize: size, bytesFetched: read };
    }
    finally {
        await handle.close();
    }
}
function concat(chunks, total) {
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
    }
    return out;
}
function basic(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}


/***/ }),

/***/ 3952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ MAX_EOCD_SEARCH),
/* harmony export */   K6: () => (/* binding */ parseCentralDirectory),
/* harmony export */   PA: () => (/* binding */ ZipFormatError),
/* harmony export */   XS: () => (/* binding */ localDataOffset),
/* harmony export */   _0: () => (/* binding */ LOCAL_HEADER_SIZE),
/* harmony export */   i7: () => (/* binding */ findEndRecord)
/* harmony export */ });
/* unused harmony exports EOCD_SIGNATURE, ZIP64_LOCATOR_SIGNATURE, ZIP64_EOCD_SIGNATURE, CENTRAL_SIGNATURE, EOCD_SIZE, ZIP64_LOCATOR_SIZE, ZIP64_EOCD_SIZE, parseZip64Record, LOCAL_SIGNATURE */
// The end of a zip: the end-of-central-directory record (EOCD), its ZIP64 locator and record, and
// the central directory entries. Pure: works on byte ranges that the caller fetched.
const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIZE = 56;
/** A tail this long always holds the EOCD (22 bytes plus a comment of at most 65,535): 64 KiB + 22, the read Python's zipfile makes. */
const MAX_EOCD_SEARCH = EOCD_SIZE + 0x10000;
class ZipFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipFormatError';
    }
}
/**
 * Finds the EOCD in `tail`, the last bytes of a file of `fileSize` bytes (so `tail[0]` is at
 * `fileSize - tail.length`). Reads the ZIP64 locator and record when they are within `tail`.
 */
function findEndRecord(tail, fileSize) {
    const view = viewOf(tail);
    const base = fileSize - tail.length;
    for (let pos = tail.length - EOCD_SIZE; pos >= 0 && pos >= tail.length - MAX_EOCD_SEARCH; pos--) {
        if (view.getUint32(pos, true) !== EOCD_SIGNATURE)
            continue;
        const commentLength = view.getUint16(pos + 20, true);
        // a signature inside the comment or the data would not end exactly at the end of the file
        if (pos + EOCD_SIZE + commentLength !== tail.length)
            continue;
        const eocdOffset = base + pos;
        const entries = view.getUint16(pos + 10, true);
        const directorySize = view.getUint32(pos + 12, true);
        const statedDirectoryOffset = view.getUint32(pos + 16, true);
        const locatorPos = pos - ZIP64_LOCATOR_SIZE;
        const hasLocator = locatorPos >= 0 ? view.getUint32(locatorPos, true) === ZIP64_LOCATOR_SIGNATURE : false;
        const needsZip64 = entries === 0xffff || directorySize === 0xffffffff || statedDirectoryOffset === 0xffffffff;
        if (hasLocator) {
            const zip64Offset = readUint64(view, locatorPos + 8);
            const inTail = zip64Offset - base;
            if (inTail < 0)
                return { kind: 'more', from: zip64Offset };
            return { kind: 'complete', end: parseZip64Record(tail.subarray(inTail, inTail + ZIP64_EOCD_SIZE), zip64Offset, eocdOffset) };
        }
        if (needsZip64) {
            if (base > 0 && locatorPos < 0)
                return { kind: 'more', from: Math.max(0, eocdOffset - ZIP64_LOCATOR_SIZE - ZIP64_EOCD_SIZE) };
            throw new ZipFormatError('the end record says ZIP64 but there is no ZIP64 locator');
        }
        return {
            kind: 'complete',
            end: {
                eocdOffset,
                entries,
                directorySize,
                directoryOffset: eocdOffset - directorySize,
                statedDirectoryOffset,
                zip64: false,
            },
        };
    }
    throw new ZipFormatError('no end-of-central-directory record: not a zip file');
}
/** The ZIP64 end record (`bytes` starting at its signature, at `offset` in the file). */
function parseZip64Record(bytes, offset, eocdOffset) {
    if (bytes.length < ZIP64_EOCD_SIZE)
        throw new ZipFormatError('truncated ZIP64 end record');
    const view = viewOf(bytes);
    if (view.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE)
        throw new ZipFormatError('bad ZIP64 end record signature');
    const entries = readUint64(view, 32);
    const directorySize = readUint64(view, 40);
    const statedDirectoryOffset = readUint64(view, 48);
    return { eocdOffset, entries, directorySize, directoryOffset: offset - directorySize, statedDirectoryOffset, zip64: true };
}
/** The entries of a central directory (`bytes` is the whole directory). */
function parseCentralDirectory(bytes, expectedEntries) {
    const view = viewOf(bytes);
    const decoder = new TextDecoder();
    const entries = [];
    let pos = 0;
    while (pos + 46 <= bytes.length && view.getUint32(pos, true) === CENTRAL_SIGNATURE) {
        const method = view.getUint16(pos + 10, true);
        let compressedSize = view.getUint32(pos + 20, true);
        let uncompressedSize = view.getUint32(pos + 24, true);
        const nameLength = view.getUint16(pos + 28, true);
        const extraLength = view.getUint16(pos + 30, true);
        const commentLength = view.getUint16(pos + 32, true);
        let localHeaderOffset = view.getUint32(pos + 42, true);
        const end = pos + 46 + nameLength + extraLength + commentLength;
        if (end > bytes.length)
            throw new ZipFormatError(`central directory entry ${entries.length} runs past the directory`);
        const name = decoder.decode(bytes.subarray(pos + 46, pos + 46 + nameLength));
        if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
            // ZIP64 extended information: the 64-bit values, in this order, only for fields that are 0xFFFFFFFF
            let extra = pos + 46 + nameLength;
            const extraEnd = extra + extraLength;
            while (extra + 4 <= extraEnd) {
                const id = view.getUint16(extra, true);
                const size = view.getUint16(extra + 2, true);
                if (id === 0x0001) {
                    let field = extra + 4;
                    if (uncompressedSize === 0xffffffff) {
                        uncompressedSize = readUint64(view, field);
                        field += 8;
                    }
                    if (compressedSize === 0xffffffff) {
                        compressedSize = readUint64(view, field);
                        field += 8;
                    }
                    if (localHeaderOffset === 0xffffffff)
                        localHeaderOffset = readUint64(view, field);
                    break;
                }
                extra += 4 + size;
            }
        }
        entries.push({ name, compressedSize, uncompressedSize, method, isDirectory: name.endsWith('/'), localHeaderOffset });
        pos = end;
    }
    if (expectedEntries !== undefined && entries.length !== expectedEntries) {
        throw new ZipFormatError(`central directory has ${entries.length} entries, the end record says ${expectedEntries}`);
    }
    return entries;
}
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
/** Where a member's data starts, from the first bytes of its local header (at least 30 of them). */
function localDataOffset(header) {
    if (header.length < LOCAL_HEADER_SIZE)
        throw new ZipFormatError('truncated local file header');
    const view = viewOf(header);
    if (view.getUint32(0, true) !== LOCAL_SIGNATURE)
        throw new ZipFormatError('bad local file header signature');
    return LOCAL_HEADER_SIZE + view.getUint16(26, true) + view.getUint16(28, true);
}
function viewOf(bytes) {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
function readUint64(view, offset) {
    const value = view.getBigUint64(offset, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
        throw new ZipFormatError('a ZIP64 size beyond 2^53');
    return Number(value);
}


/***/ }),

/***/ 8700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readZipMember),
/* harmony export */   x: () => (/* binding */ readZipDirectory)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _zip_directory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3952);
// Reads a remote (or file://) zip through a RangeReader: its directory from one tail read (two for
// a large directory), then single members. Shared by wheel sizes and wheel metadata, which is how
// pip's "lazy wheel" reads METADATA without downloading the wheel.


async function readZipDirectory(reader, url, count) {
    const target = url.split('#')[0] ?? url;
    const extend = async (current, start) => {
        const before = await reader.readRange(target, start, current.start);
        count(before.bytesFetched);
        if (before.whole === true)
            return before;
        const data = new Uint8Array(current.data.length + before.data.length);
        data.set(before.data, 0);
        data.set(current.data, before.data.length);
        return { data, start, fileSize: current.fileSize, bytesFetched: 0 };
    };
    let tail = await reader.readTail(target, _zip_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_EOCD_SEARCH */ .G1);
    count(tail.bytesFetched);
    const fileSize = tail.fileSize;
    let end;
    for (let attempt = 0; end === undefined; attempt++) {
        const probe = (0,_zip_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .findEndRecord */ .i7)(tail.data, fileSize);
        if (probe.kind === 'complete') {
            end = probe.end;
        }
        else {
            if (attempt > 0 || probe.from >= tail.start)
                throw new _zip_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ZipFormatError */ .PA('ZIP64 end records out of reach');
            tail = await extend(tail, probe.from);
        }
    }
    if (end.directoryOffset < 0 || end.directoryOffset + end.directorySize > fileSize) {
        throw new _zip_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ZipFormatError */ .PA(`central directory (${end.directorySize} bytes) does not fit a ${fileSize}-byte file`);
    }
    // the directory usually sits inside the tail already; a larger one takes one more read of what is missing
    if (end.directoryOffset < tail.start)
        tail = await extend(tail, end.directoryOffset);
    const from = end.directoryOffset - tail.start;
    const entries = (0,_zip_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCentralDirectory */ .K6)(tail.data.subarray(from, from + end.directorySize), end.entries);
    return { url: target, entries, fileSize, held: tail, shift: end.directoryOffset - end.statedDirectoryOffset };
}
/** Local header slack read with a member: its name and extra field are rarely longer. */
const HEADER_SLACK = 512;
/** The member's uncompressed bytes (stored or deflated). */
async function readZipMember(reader, member, count) {
    const { zip, entry } = member;
    const start = entry.localHeaderOffset + zip.shift;
    const wanted = _zip_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .LOCAL_HEADER_SIZE */ ._0 + HEADER_SLACK + entry.compressedSize;
    const read = async (from, to) => {
        const held = zip.held;
        if (from >= held.start && to <= held.start + held.data.length)
            return { data: held.data.subarray(from - held.start, to - held.start), start: from };
        const got = await reader.readRange(zip.url, from, Math.min(to, zip.fileSize));
        count(got.bytesFetched);
        return got.whole === true ? { data: got.data.subarray(from, to), start: from } : got;
    };
    let chunk = await read(start, start + wanted);
    const dataAt = (0,_zip_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .localDataOffset */ .XS)(chunk.data);
    if (dataAt + entry.compressedSize > chunk.data.length)
        chunk = await read(start, start + dataAt + entry.compressedSize);
    const raw = chunk.data.subarray(dataAt, dataAt + entry.compressedSize);
    if (raw.length !== entry.compressedSize)
        throw new _zip_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ZipFormatError */ .PA(`${entry.name}: ${raw.length} of ${entry.compressedSize} bytes`);
    if (entry.method === 0)
        return raw;
    if (entry.method === 8)
        return new Uint8Array((0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(raw, { maxOutputLength: Math.max(entry.uncompressedSize, 1) }));
    throw new _zip_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ZipFormatError */ .PA(`${entry.name}: compression method ${entry.method} is not stored or deflate`);
}


/***/ })

};
