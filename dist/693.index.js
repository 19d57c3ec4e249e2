export const id = 693;
export const ids = [693];
export const modules = {

/***/ 6130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ logSizes)
/* harmony export */ });
function logSizes(runner, estimates, measured) {
    for (const r of estimates)
        runner.info(`${r.image}: ${r.deltaBytes} installed bytes, ${r.deltaCompressedBytes} compressed (${r.bytesFetched} bytes read)`);
    for (const m of measured)
        runner.info(`${m.image}: ${m.deltaCompressedBytes} compressed bytes measured (${m.before?.ref ?? 'new'} → ${m.after.ref})`);
}


/***/ }),

/***/ 1725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lG: () => (/* binding */ createFsReader)
/* harmony export */ });
/* unused harmony exports UnsafePathError, NotRegularFileError */
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

/***/ 7159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ advisoryIds),
  i: () => (/* binding */ mergeAdvisories)
});

// EXTERNAL MODULE: ./src/advisories/match.ts
var match = __webpack_require__(4170);
// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(4353);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./src/advisories/severity.ts
// How bad an advisory is: the CVSS v4 or v3 base score from its vector (computed by
// ae-cvss-calculator, which implements FIRST's v2/v3.x/v4 specifications and lookup tables), else the
// database's own label (GitHub: LOW / MODERATE / HIGH / CRITICAL). Pure.

const LEVEL_RANK = { critical: 0, high: 1, moderate: 2, low: 3, unknown: 4 };
// The bundle is CommonJS: under Node's ESM loader its classes sit on `default`, under a bundler on the namespace.
const cvss = ((ae_cvss_calculator_default()) ?? ae_cvss_calculator);
const SCORERS = {
    CVSS_V4: (vector) => new cvss.Cvss4P0(vector).calculateScores().base,
    CVSS_V3: (vector) => (vector.startsWith('CVSS:3.0/') ? new cvss.Cvss3P0(vector) : new cvss.Cvss3P1(vector)).calculateScores().base,
};
/** CVSS qualitative rating scale (v3.1 §5 and v4.0): 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10 critical. */
function levelOfScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'moderate';
    return score > 0 ? 'low' : 'unknown';
}
function severityOf(record) {
    // v4 before v3: the newer metric when a record carries both
    for (const type of ['CVSS_V4', 'CVSS_V3']) {
        const entry = record.severity?.find((s) => s.type === type);
        if (entry === undefined)
            continue;
        const score = scoreOf(type, entry.score);
        if (score !== undefined)
            return { level: levelOfScore(score), score, source: type };
    }
    const label = record.database_specific?.severity;
    if (typeof label === 'string') {
        const level = { CRITICAL: 'critical', HIGH: 'high', MODERATE: 'moderate', MEDIUM: 'moderate', LOW: 'low' }[label.toUpperCase()];
        if (level !== undefined)
            return { level, source: 'database' };
    }
    return { level: 'unknown' };
}
function scoreOf(type, value) {
    const trimmed = value.trim();
    // Some databases put a bare number where the schema wants a vector.
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Number(trimmed);
    try {
        const score = SCORERS[type]?.(trimmed);
        return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/advisories/merge.ts


const ID_PREFERENCE = [/^GHSA-/, /^PYSEC-/, /^CVE-/];
function mergeAdvisories(records, name, version) {
    const groups = groupByAlias(records);
    return groups
        .map((group) => toRef(group, name, version))
        .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (b.score ?? 0) - (a.score ?? 0) || a.id.localeCompare(b.id));
}
/** Every id an advisory goes by: its own and its aliases. */
function advisoryIds(ref) {
    return [ref.id, ...ref.aliases];
}
function groupByAlias(records) {
    const parent = new Map();
    const find = (x) => {
        let root = x;
        while (parent.get(root) !== undefined && parent.get(root) !== root)
            root = parent.get(root);
        parent.set(x, root);
        return root;
    };
    const union = (a, b) => {
        const [ra, rb] = [find(a), find(b)];
        if (ra !== rb)
            parent.set(ra, rb);
    };
    for (const record of records) {
        parent.set(record.id, parent.get(record.id) ?? record.id);
        for (const alias of record.aliases ?? []) {
            parent.set(alias, parent.get(alias) ?? alias);
            union(record.id, alias);
        }
    }
    const groups = new Map();
    for (const record of records) {
        const root = find(record.id);
        groups.set(root, [...(groups.get(root) ?? []), record]);
    }
    return [...groups.values()];
}
function toRef(group, name, version) {
    const ids = new Set();
    for (const record of group)
        for (const id of [record.id, ...(record.aliases ?? [])])
            ids.add(id);
    const rank = (id) => {
        const i = ID_PREFERENCE.findIndex((re) => re.test(id));
        return i < 0 ? ID_PREFERENCE.length : i;
    };
    const sorted = [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const primary = sorted[0];
    const severities = group.map(severityOf).sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (b.score ?? 0) - (a.score ?? 0));
    const worst = severities[0];
    const summaryRecord = [...group].sort((a, b) => rank(a.id) - rank(b.id)).find((r) => (r.summary ?? '').trim() !== '') ?? group[0];
    const fixed = new Set(group.flatMap((r) => (0,match/* fixedVersionsFor */.R7)(r, name, version)));
    return {
        id: primary,
        aliases: sorted.slice(1),
        summary: oneLine(summaryRecord.summary ?? summaryRecord.details ?? ''),
        url: advisoryUrl(primary),
        level: worst.level,
        ...(worst.score !== undefined && { score: worst.score }),
        fixed: [...fixed].sort((a, b) => (a === b ? 0 : compareLoose(a, b))),
    };
}
/** GitHub's page for a GHSA, OSV's for anything else. */
function advisoryUrl(id) {
    return /^GHSA-/.test(id) ? `https://github.com/advisories/${encodeURIComponent(id)}` : `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
function compareLoose(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
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

/***/ 2657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ab: () => (/* binding */ targetPython),
/* harmony export */   dK: () => (/* binding */ targetEnvironment)
/* harmony export */ });
/* unused harmony export inferPythonVersion */
/** `FROM python:3.12-slim`, `python:3.11.9-bookworm`, `docker.io/library/python:3.13` → "3.12", … */
const PYTHON_IMAGE = /(?:^|\/)python:(\d+\.\d+)(?:[.\-\w]*)$/;
/** The most common X.Y among the Dockerfiles' `FROM python:X.Y…`, or undefined. */
function inferPythonVersion(ws) {
    const counts = new Map();
    for (const file of ws.files) {
        if (file.kind !== 'dockerfile')
            continue;
        for (const from of file.parsed.froms) {
            const m = PYTHON_IMAGE.exec(from.image);
            if (m)
                counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
        }
    }
    return [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0], undefined, { numeric: true }))[0]?.[0];
}
/** The Python the images run: an explicit choice, else the config's, else the Dockerfiles' most common, else 3.12. */
function targetPython(ws, configured, explicit) {
    return explicit ?? configured ?? inferPythonVersion(ws) ?? '3.12';
}
/** CPython on Linux, as the official python images are; linux/arm64 maps to aarch64. */
function targetEnvironment(pythonVersion, platform = 'linux/amd64') {
    const full = pythonVersion.split('.').length === 2 ? `${pythonVersion}.0` : pythonVersion;
    const machine = platform.endsWith('arm64') ? 'aarch64' : 'x86_64';
    return {
        python_version: pythonVersion.split('.').slice(0, 2).join('.'),
        python_full_version: full,
        os_name: 'posix',
        sys_platform: 'linux',
        platform_system: 'Linux',
        platform_machine: machine,
        platform_python_implementation: 'CPython',
        implementation_name: 'cpython',
        implementation_version: full,
        platform_release: '',
        platform_version: '',
        extra: '',
    };
}


/***/ }),

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ bumpOutcome),
/* harmony export */   u: () => (/* binding */ withoutPackageName)
/* harmony export */ });
function bumpOutcome(plan, pagesRead, failOn = 'error') {
    const failed = plan.errors.length;
    if (failed === 0)
        return { exitCode: 0 };
    if (pagesRead === 0) {
        const first = plan.errors[0];
        return { exitCode: failOn === 'never' ? 0 : 2, summary: `the index could not be read for any of the ${failed} pinned packages (first: ${first.name}: ${first.message})` };
    }
    return { exitCode: failOn === 'never' ? 0 : 1, summary: `${failed} of ${failed + pagesRead} pinned packages could not be read from the index; the rest is planned` };
}
/** The error without the package name again: the line already starts with it. */
function withoutPackageName(name, message) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return message.replace(new RegExp(` for ${escaped}(?=[:\\s(]|$)`), '');
}


/***/ }),

/***/ 4098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ centralPins),
  c: () => (/* binding */ prepareBump)
});

// EXTERNAL MODULE: ./src/checks/pins.ts
var checks_pins = __webpack_require__(977);
// EXTERNAL MODULE: ./src/pep/version.ts
var pep_version = __webpack_require__(8561);
// EXTERNAL MODULE: ./src/pep/marker.ts
var pep_marker = __webpack_require__(1023);
// EXTERNAL MODULE: ./src/model/build.ts + 7 modules
var build = __webpack_require__(2426);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
// EXTERNAL MODULE: ./src/sources/dockerfile.ts + 2 modules
var dockerfile = __webpack_require__(1427);
// EXTERNAL MODULE: ./src/sources/requirements.ts + 1 modules
var requirements = __webpack_require__(3728);
// EXTERNAL MODULE: ./src/index/filenames.ts
var filenames = __webpack_require__(9062);
;// CONCATENATED MODULE: ./src/bump/hashes.ts
// `--hash` options of pip's requirements format: find them after a requirement, write new ones
// in the layout the file already uses (pip-compile's one-per-continued-line, or all on one line).


const STRONG = ['sha256', 'sha384', 'sha512'];
/** `sha256:abc…` as pip wants it; a bare hex digest is taken for sha256. */
function normalizeHash(hash) {
    const h = hash.trim();
    return /^[a-z0-9]+:/i.test(h) ? h.replace(/^[a-z0-9]+/i, (a) => a.toLowerCase()) : `sha256:${h}`;
}
const HASH_OPTION = /(^|[ \t])--hash(=|[ \t]+)([^\s\\]+)/g;
/**
 * The `--hash` options of the logical line whose requirement ends at `from`: every physical line
 * that the requirement's line continues with `\`, up to a comment (pip drops the rest after ` #`).
 */
function findHashOptions(content, from) {
    let pos = from;
    let end = from;
    for (;;) {
        const nl = content.indexOf('\n', pos);
        const line = content.slice(pos, nl < 0 ? content.length : nl).replace(/\r$/, '');
        end = pos + line.length;
        // pip continues a line only when it ends with the backslash itself, and a comment line ends it
        if (nl < 0 || !line.endsWith('\\'))
            break;
        const nextEnd = content.indexOf('\n', nl + 1);
        if (/^[ \t]*#/.test(content.slice(nl + 1, nextEnd < 0 ? undefined : nextEnd)))
            break;
        pos = nl + 1;
    }
    let region = content.slice(from, end);
    const comment = /[ \t]#/.exec(region);
    if (comment)
        region = region.slice(0, comment.index);
    const found = [];
    for (const m of region.matchAll(HASH_OPTION)) {
        const start = from + m.index + m[1].length;
        found.push({ start, end: from + m.index + m[0].length, value: m[3], joiner: m[2] });
    }
    return found;
}
/**
 * The text that replaces the span from the first old `--hash` to the end of the last one, or
 * undefined when the old options are not laid out in a way that can be kept (other text between them).
 */
function renderHashOptions(content, old, hashes) {
    const first = old[0];
    if (!first || hashes.length === 0)
        return undefined;
    const gaps = old.slice(1).map((h, i) => content.slice(old[i].end, h.start));
    const layout = /^([ \t]*\\\r?\n)?[ \t]+$|^[ \t]*\\\r?\n$/;
    if (gaps.some((g) => g !== gaps[0] || !layout.test(g)))
        return undefined;
    let sep = gaps[0];
    if (sep === undefined) {
        // one old hash: reuse the gap in front of it (a continued line keeps its indentation)
        let k = first.start;
        while (k > 0 && /[ \t\r\n\\]/.test(content[k - 1]))
            k--;
        const before = content.slice(k, first.start);
        sep = layout.test(before) ? before : ' ';
    }
    return hashes.map((h) => `--hash${first.joiner}${normalizeHash(h)}`).join(sep);
}
/** The version a distribution file of `project` belongs to: `name-ver-….whl`, `name-ver.tar.gz`, `name-ver.zip`. */
function fileVersion(filename, project) {
    const parsed = (0,filenames/* parseFilename */.p_)(filename, project);
    return parsed !== undefined && parsed.name === (0,pep_name/* normalizeName */.P)(project) ? parsed.version : undefined;
}
/** pip-compile's `--generate-hashes`: the sha256 of every file of the release, sorted, unique. */
function releaseHashes(page, version, sameVersion = (a, b) => a === b) {
    const files = page.files.filter((f) => {
        const v = fileVersion(f.filename, page.name);
        return v !== undefined && sameVersion(v, version);
    });
    const hashes = files.map((f) => bestHash(f.hashes)).filter((h) => h !== undefined);
    if (hashes.length === 0 || hashes.length < files.length)
        return undefined;
    return [...new Set(hashes)].sort();
}
function bestHash(hashes) {
    const algo = STRONG.find((a) => hashes[a]);
    return algo ? `${algo}:${hashes[algo]}` : undefined;
}

// EXTERNAL MODULE: ./src/line-index.ts
var line_index = __webpack_require__(3492);
;// CONCATENATED MODULE: ./src/bump/edit.ts
// Minimal text edits for a bump: the project's own parsers say where each exact pin is, and only
// the characters of its version change. Everything else (comments, case, extras, markers, quotes,
// line endings, continuations) stays byte for byte, so the PR diff shows the versions and nothing else.







function editPins(options) {
    const { path, content, kind } = options;
    const targets = new Map(options.bumps.map((b) => [(0,pep_name/* normalizeName */.P)(b.name), b.to]));
    const lines = lineStarts(content, kind);
    const notes = [];
    const edits = [];
    const changes = [];
    const argEdits = new Map();
    const where = (line) => `${path}:${line}`;
    const lineOf = (offset) => lines.lineOf(offset);
    const candidates = kind === 'dockerfile' ? dockerfileCandidates(content, path, lines) : requirementsCandidates(content, path, lines);
    const args = kind === 'dockerfile' ? new ArgScope(content, lines) : undefined;
    for (const c of candidates) {
        const to = targets.get(c.name);
        if (to === undefined)
            continue;
        if (c.occurrence && options.only && !options.only(c.occurrence))
            continue;
        if (c.specifier !== undefined && !isExactPin(c.specifier))
            continue;
        const offsets = align(content, c.start, c.text);
        const pin = pinSpan(c.text);
        if (!offsets || !pin) {
            notes.push(`${where(c.line)}: cannot locate the version of ${c.name} in '${c.text}'; set it to ${to} by hand`);
            continue;
        }
        const token = c.text.slice(pin.start, pin.end);
        if (token.includes('$')) {
            const variable = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(token);
            const varName = variable?.[1] ?? variable?.[2];
            const arg = varName ? args?.defaultAt(varName, c.start) : undefined;
            if (!varName || !arg) {
                const how = varName ? `\${${varName}}, which has no ARG default in this file` : `'${token}'`;
                notes.push(`${where(c.line)}: ${c.name} is pinned through ${how}; set it to ${to} where the build passes it (--build-arg)`);
                continue;
            }
            const prior = argEdits.get(arg.start);
            if (prior) {
                if (prior.to !== to)
                    notes.push(`${where(lineOf(arg.start))}: ARG ${varName} pins both ${prior.name} and ${c.name}; kept ${prior.name}'s ${prior.to}, set ${c.name} to ${to} by hand`);
                continue;
            }
            argEdits.set(arg.start, { name: c.name, to });
            if (pinnedAlready(arg.value, to, pin.op))
                continue;
            edits.push({ start: arg.start, end: arg.end, text: to });
            changes.push({ line: lineOf(arg.start), name: c.name, from: arg.value, to });
            continue;
        }
        if (pinnedAlready(token, to, pin.op))
            continue;
        const start = offsets[pin.start];
        const end = offsets[pin.end - 1] + 1;
        // a version split by quotes or a continuation cannot be rewritten as one run of characters
        if (end - start !== pin.end - pin.start) {
            notes.push(`${where(c.line)}: the version of ${c.name} is split across quotes or lines; set it to ${to} by hand`);
            continue;
        }
        edits.push({ start, end, text: to });
        changes.push({ line: lineOf(start), name: c.name, from: token, to });
        if (c.hashes?.length) {
            const hashEdit = rewriteHashes(content, offsets[c.text.length - 1] + 1, c, to, options.hashesFor);
            if (hashEdit.edit)
                edits.push(hashEdit.edit);
            else
                notes.push(`${where(c.line)}: ${c.name} ${hashEdit.reason}`);
        }
    }
    return { content: apply(content, edits), changes, notes };
}
function rewriteHashes(content, requirementEnd, c, to, hashesFor) {
    const regenerate = 'has --hash lines for the old version; regenerate them (pip-compile --generate-hashes)';
    const hashes = hashesFor?.(c.name, to);
    if (!hashes || hashes.length === 0)
        return { reason: regenerate };
    const old = findHashOptions(content, requirementEnd);
    const text = old.length === c.hashes.length ? renderHashOptions(content, old, hashes) : undefined;
    if (text === undefined)
        return { reason: regenerate };
    return { edit: { start: old[0].start, end: old[old.length - 1].end, text } };
}
function apply(content, edits) {
    let out = content;
    let floor = Infinity;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) {
        if (e.end > floor)
            continue; // overlapping edits cannot happen by construction; never corrupt the file if they do
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
        floor = e.start;
    }
    return out;
}
/** `==X` or `===X`, one clause, no wildcard. */
function isExactPin(specifier) {
    return /^===?[^,=<>!~]+$/.test(specifier) && !/^==[^=].*\*$/.test(specifier);
}
// `==2.0` already pins 2.0.0; rewriting it would be churn. `===` compares strings.
function pinnedAlready(current, to, op) {
    return op === '===' ? current === to : (0,pep_version/* sameVersion */.r)(current, to);
}
const PIN = /^[ \t]*[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?[ \t]*(?:\[[^\]]*\][ \t]*)?\(?[ \t]*(===|==)[ \t]*([^\s,;)]+)/;
/** Where the version of the first clause sits in a requirement's text, when that clause is `==`/`===`. */
function pinSpan(text) {
    const m = PIN.exec(text);
    if (!m)
        return undefined;
    const end = m[0].length;
    return { op: m[1], start: end - m[2].length, end };
}
/**
 * The file offset of each character of `text`, read from `start`: quotes around or inside the
 * word, `\"` escapes and `\`-newline continuations are skipped. Undefined when the text is not there.
 */
function align(content, start, text) {
    const offsets = [];
    let k = start;
    for (let i = 0; i < text.length;) {
        const ch = content[k];
        if (ch === undefined)
            return undefined;
        if (ch === text[i]) {
            offsets.push(k++);
            i++;
        }
        else if (ch === '"' || ch === "'") {
            k++;
        }
        else if ((ch === '\\' || ch === '`') && /^\r?\n/.test(content.slice(k + 1, k + 3))) {
            k += content[k + 1] === '\r' ? 3 : 2;
        }
        else if (ch === '\\' && content[k + 1] === text[i]) {
            k++;
        }
        else {
            return undefined;
        }
    }
    return offsets;
}
// The line breaks each parser counts: pip's splitlines() for requirements, dockerfile-ast's for Dockerfiles.
const PIP_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
const DOCKER_BREAK = /\r\n|\n|\r/g;
function lineStarts(content, kind) {
    const bom = kind !== 'dockerfile' && content.startsWith('\uFEFF') ? 1 : 0;
    const starts = [bom];
    for (const m of content.slice(bom).matchAll(kind === 'dockerfile' ? DOCKER_BREAK : PIP_BREAK))
        starts.push(bom + m.index + m[0].length);
    return {
        offset: (line, column) => (starts[line - 1] ?? content.length) + column - 1,
        lineOf: (offset) => (0,line_index/* lineIndexOf */.cL)(starts, offset) + 1,
    };
}
// ── candidates ───────────────────────────────────────────────────────────────
function fromOccurrence(o, lines) {
    if (o.url !== undefined)
        return undefined;
    return {
        name: o.name,
        text: o.text,
        start: lines.offset(o.location.line, o.location.column),
        line: o.location.line,
        specifier: o.specifier,
        ...(o.hashes ? { hashes: o.hashes } : {}),
        occurrence: o,
    };
}
function requirementsCandidates(content, path, lines) {
    return (0,requirements/* parseRequirementsFile */.w)(content, path).occurrences.flatMap((o) => fromOccurrence(o, lines) ?? []);
}
function dockerfileCandidates(content, path, lines) {
    const info = (0,dockerfile/* parseDockerfile */.A)(content, path);
    const found = info.installs.flatMap((i) => i.packages).flatMap((o) => fromOccurrence(o, lines) ?? []);
    // A pin through a variable nobody defines is a parse error, not an occurrence: read its word back.
    for (const issue of info.issues) {
        const { line, column, endLine, endColumn } = issue.location;
        if (issue.rule !== 'parse-error' || endLine === undefined || endColumn === undefined)
            continue;
        const start = lines.offset(line, column);
        const text = content.slice(start, lines.offset(endLine, endColumn)).replace(/^["']|["']$/g, '');
        const name = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/.exec(text)?.[0];
        const pin = pinSpan(text);
        if (!name || !pin || !text.slice(pin.start, pin.end).includes('$') || text.includes('\n'))
            continue;
        found.push({ name: (0,pep_name/* normalizeName */.P)(name), text, start, line });
    }
    return found.sort((a, b) => a.start - b.start);
}
// ── ARG defaults ─────────────────────────────────────────────────────────────
/** Docker's ARG scoping: a stage sees its own `ARG X=…`, or a global default it redeclares with `ARG X`. */
class ArgScope {
    content;
    steps = [];
    offsetOf;
    /** `lines`: the Dockerfile's line starts (dockerfile-ast positions are 0-based). */
    constructor(content, lines) {
        this.content = content;
        this.offsetOf = (p) => lines.offset(p.line + 1, p.character + 1);
        for (const i of main.DockerfileParser.parse(content).getInstructions()) {
            const keyword = i.getKeyword().toUpperCase();
            const at = this.offsetOf(i.getRange().start);
            if (keyword === 'FROM')
                this.steps.push({ at, kind: 'from', props: [] });
            else if (keyword === 'ARG')
                this.steps.push({ at, kind: 'arg', props: i.getProperties() });
        }
    }
    /** The default in force at `offset` for `name`, as a span of the file without its quotes. */
    defaultAt(name, offset) {
        const globals = new Map();
        let stage;
        for (const step of this.steps) {
            if (step.at > offset)
                break;
            if (step.kind === 'from') {
                stage = new Map();
                continue;
            }
            for (const p of step.props) {
                if (!stage) {
                    if (p.getValueRange())
                        globals.set(p.getName(), p);
                    else
                        globals.delete(p.getName());
                }
                else
                    stage.set(p.getName(), p.getValueRange() ? p : globals.get(p.getName()));
            }
        }
        const prop = stage?.get(name);
        const range = prop?.getValueRange();
        if (!range)
            return undefined;
        let start = this.offsetOf(range.start);
        let end = this.offsetOf(range.end);
        const raw = this.content.slice(start, end);
        const quoted = /^(["'])(.*)\1$/s.exec(raw);
        if (quoted) {
            start++;
            end--;
        }
        const value = this.content.slice(start, end);
        // a default built from other variables or escapes is not a plain version to rewrite
        return /^[A-Za-z0-9._+!-]+$/.test(value) ? { start, end, value } : undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
// EXTERNAL MODULE: ./src/pep/requirement.ts
var requirement = __webpack_require__(5358);
;// CONCATENATED MODULE: ./src/bump/coinstall.ts
// Co-installability of the chosen pins: every pinned package's own Requires-Dist must accept the
// version chosen for every other pinned package. A greedy repair toward a fixpoint, not a resolver:
// see the notes at the top of plan.ts.





function solveCoinstall(input) {
    const packages = [...input.packages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const byName = new Map(packages.map((p) => [p.name, p]));
    const options = new Map(packages.map((p) => [p.name, [...p.candidates, p.current]]));
    const idx = new Map(packages.map((p) => [p.name, 0]));
    const needs = new Map();
    const missing = new Set();
    const env = { ...input.environment, extra: '' };
    const depCache = new Map();
    const deps = (name, version) => {
        const key = `${name} ${version}`;
        let cached = depCache.get(key);
        if (cached)
            return cached;
        const meta = input.metadata(name, version);
        if (meta === undefined) {
            // optimistic until the caller fetches it; not cached, the next call may know it
            needs.set(key, { name, version });
            return [];
        }
        if (meta === 'missing')
            missing.add(key);
        cached = meta === 'missing' ? [] : pinnedDependencies(meta.requiresDist, name, env, byName);
        depCache.set(key, cached);
        return cached;
    };
    const versionOf = (name) => options.get(name)[idx.get(name)];
    const atCurrent = (name) => idx.get(name) === options.get(name).length - 1;
    // A conflict between two current pins was there before us: not ours to fix, and not a reason to hold anything.
    const tolerated = (a, b) => atCurrent(a) && atCurrent(b);
    // Every name has at least the current version, so asking for the metadata of every starting point up front
    // batches the first round of fetches.
    for (const p of packages) {
        deps(p.name, p.current);
        if (p.candidates.length > 0)
            deps(p.name, p.candidates[0]);
    }
    const findViolation = () => {
        for (const p of packages) {
            for (const dep of deps(p.name, versionOf(p.name))) {
                if (tolerated(p.name, dep.name))
                    continue;
                if (!depAccepts(dep.specifier, versionOf(dep.name)))
                    return { a: p.name, b: dep.name, dep };
            }
        }
        return undefined;
    };
    // Every step moves one package strictly toward its current version, so this many steps always suffice.
    let budget = packages.reduce((n, p) => n + p.candidates.length, 0) + 1;
    for (let v = findViolation(); v !== undefined; v = findViolation()) {
        if (budget-- <= 0) {
            for (const p of packages)
                idx.set(p.name, options.get(p.name).length - 1);
            break;
        }
        const { a, b, dep } = v;
        const bOptions = options.get(b);
        // First move the required package to an older version that fits ("bump that one too if a version fits")...
        const fit = bOptions.findIndex((version, i) => i > idx.get(b) && depAccepts(dep.specifier, version));
        if (fit !== -1)
            idx.set(b, fit);
        // ...else hold the requiring package back one step...
        else if (!atCurrent(a))
            idx.set(a, idx.get(a) + 1);
        // ...else both stay where they are now.
        else
            idx.set(b, bOptions.length - 1);
    }
    // Moving one package down can leave another held lower than it needs to be: lift each as far as it fits.
    const fitsAt = (name, version) => conflictsAt(name, version, true).length === 0;
    // Held back: chosen below its best candidate, so a conflict with it may be a consequence, not a cause.
    const heldBack = (name) => idx.get(name) > 0 && byName.get(name).candidates.length > 0;
    const conflictsAt = (name, version, stopAtFirst) => {
        const out = [];
        const isCurrent = version === byName.get(name).current;
        for (const dep of deps(name, version)) {
            if (isCurrent && atCurrent(dep.name))
                continue;
            const other = versionOf(dep.name);
            if (!depAccepts(dep.specifier, other)) {
                const text = `${name} ${version} requires ${dep.name}${dep.specifier}, but ${dep.name} ${atCurrent(dep.name) ? 'stays at' : 'is planned at'} ${other}`;
                out.push({ text, withHeldBack: heldBack(dep.name) });
                if (stopAtFirst)
                    return out;
            }
        }
        for (const p of packages) {
            if (p.name === name || (isCurrent && atCurrent(p.name)))
                continue;
            for (const dep of deps(p.name, versionOf(p.name))) {
                if (dep.name === name && !depAccepts(dep.specifier, version)) {
                    out.push({ text: `${p.name} ${versionOf(p.name)} requires ${name}${dep.specifier}`, withHeldBack: heldBack(p.name) });
                    if (stopAtFirst)
                        return out;
                }
            }
        }
        return out;
    };
    for (let changed = true, rounds = 0; changed && rounds < packages.length + 1; rounds++) {
        changed = false;
        for (const p of packages) {
            const list = options.get(p.name);
            const up = list.findIndex((version, i) => i < idx.get(p.name) && fitsAt(p.name, version));
            if (up !== -1) {
                idx.set(p.name, up);
                changed = true;
            }
        }
    }
    const chosen = new Map(packages.map((p) => [p.name, versionOf(p.name)]));
    const conflicts = new Map();
    for (const p of packages) {
        if (idx.get(p.name) > 0 && p.candidates.length > 0) {
            const best = p.candidates[0];
            const found = conflictsAt(p.name, best, false);
            const causes = found.some((c) => !c.withHeldBack) ? found.filter((c) => !c.withHeldBack) : found;
            conflicts.set(p.name, causes.length > 0 ? causes.map((c) => c.text).join(' and ') : 'with the other pins');
        }
    }
    const chosenMissing = new Set([...missing].filter((key) => chosen.get(key.split(' ')[0]) === key.split(' ')[1]));
    return { chosen, conflicts, missing: chosenMissing, needs: [...needs.values()] };
}
/** Requires-Dist entries on other pinned packages that apply in `env` (with `extra` = ''). */
function pinnedDependencies(requiresDist, self, env, pinned) {
    const out = [];
    for (const line of requiresDist) {
        let req;
        try {
            req = (0,requirement/* parseRequirement */.p)(line);
        }
        catch {
            continue; // pip would refuse the release too; its own install would tell. Not ours to guess.
        }
        if (req.name === (0,pep_name/* normalizeName */.P)(self) || !pinned.has(req.name) || req.url !== undefined)
            continue;
        if (req.marker !== undefined && !(0,pep_marker/* markerMayHold */.bR)(req.marker, env))
            continue;
        out.push({ name: req.name, specifier: req.specifier });
    }
    return out;
}
// A marker we cannot evaluate (a variable missing from the environment) counts: better a false hold than a broken install.
function depAccepts(specifier, version) {
    if (specifier === '' || (0,pep440.valid)(version) === null)
        return true;
    return (0,checks_pins/* acceptsPin */.b)(specifier, `==${version}`);
}

// EXTERNAL MODULE: ./src/pep/specifier.ts
var specifier = __webpack_require__(6821);
// EXTERNAL MODULE: ./src/bump/reasons.ts
var bump_reasons = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/bump/update-type.ts
var update_type = __webpack_require__(8944);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/bump/policy.ts
// Which releases the maintainers allow: cooldown, ignore rules and rejections, allowed update
// types, pre-releases, the target Python. Pure; `now` comes in with the options.







const DAY_MS = 86_400_000;
/** Whole days since `uploadTime`; undefined when unknown or unparsable. */
function releaseAgeDays(uploadTime, now) {
    if (uploadTime === undefined)
        return undefined;
    const t = Date.parse(uploadTime);
    if (Number.isNaN(t))
        return undefined;
    return Math.floor((now.getTime() - t) / DAY_MS);
}
/**
 * Does `requiresPython` admit the target? The target is read as pip reads `python_full_version`:
 * "3.12" is 3.12.0, so `>=3.9` admits it and `!=3.12.*` does not. A specifier that does not parse
 * admits everything, as pip ignores an invalid Requires-Python.
 */
function pythonAccepts(requiresPython, pythonVersion) {
    const spec = requiresPython?.replace(/\s+/g, '') ?? '';
    if (spec === '' || !(0,specifier/* isValidSpecifierSet */.xs)(spec))
        return true;
    return (0,specifier/* specifierContains */.IK)(spec, fullPythonVersion(pythonVersion));
}
function fullPythonVersion(pythonVersion) {
    const parts = pythonVersion.trim().split('.');
    while (parts.length < 3)
        parts.push('0');
    return parts.join('.');
}
/** The first rule that ignores `name` `from` → `to`: the whole package, this version, or its update type. */
function matchingIgnoreRule(rules, name, from, to) {
    const n = (0,pep_name/* normalizeName */.P)(name);
    return rules.find((rule) => {
        if ((0,pep_name/* normalizeName */.P)(rule.name) !== n)
            return false;
        if (rule.version !== undefined && !versionMatches(to, rule.version))
            return false;
        if (rule.updateTypes !== undefined && !rule.updateTypes.includes((0,update_type/* updateTypeOf */.P)(from, to)))
            return false;
        return true;
    });
}
// `2.11.0`, or a specifier (`>=3`, `2.*`) when a maintainer wrote one.
function versionMatches(version, ruleVersion) {
    const v = ruleVersion.trim();
    if (/^[<>=!~]/.test(v))
        return (0,specifier/* specifierContains */.IK)(v, version);
    if (v.endsWith('.*'))
        return (0,specifier/* specifierContains */.IK)(`==${v}`, version);
    return (0,pep_version/* sameVersion */.r)(version, v);
}
/** Allowed update types for a package: its own entry, else '*', else undefined (all allowed). */
function allowedUpdateTypes(policy, name) {
    return policy.allowedUpdateTypes[(0,pep_name/* normalizeName */.P)(name)] ?? policy.allowedUpdateTypes['*'];
}
/** A rule from the configuration is policy; one from a closed PR, an unchecked line or a comment is a maintainer's rejection. */
function isConfigRule(rule) {
    return /\.ya?ml\b|\bconfig/i.test(rule.source);
}
/** Release-level checks of one candidate `release` for the pin `name==from` (consumers are checked by the planner). */
function screenRelease(policy, name, from, release) {
    const reasons = [];
    const to = release.version;
    if (release.yanked)
        reasons.push((0,bump_reasons/* reason */.l)('yanked', to, `${to} is yanked on the index.`));
    if (!pythonAccepts(release.requiresPython, policy.pythonVersion)) {
        reasons.push((0,bump_reasons/* reason */.l)('requires-python', to, `${to} requires Python ${release.requiresPython}; the target is ${policy.pythonVersion}.`));
    }
    if ((0,update_type/* isPrerelease */.V)(to) && !(0,update_type/* isPrerelease */.V)(from))
        reasons.push((0,bump_reasons/* reason */.l)('policy', to, `${to} is a pre-release and the pin is not.`));
    const ageDays = releaseAgeDays(release.uploadTime, policy.now);
    if (ageDays !== undefined && ageDays < policy.minReleaseAgeDays) {
        reasons.push((0,bump_reasons/* reason */.l)('cooldown', to, `${to} was released ${(0,bump_reasons/* releasedAgo */.PO)(ageDays)}; the cooldown is ${(0,report_text/* plural */.LS)(policy.minReleaseAgeDays, 'day')}.`));
    }
    const rule = matchingIgnoreRule(policy.ignore, name, from, to);
    if (rule) {
        reasons.push(isConfigRule(rule) ? (0,bump_reasons/* reason */.l)('policy', to, `${to} is ignored by ${rule.source}.`) : (0,bump_reasons/* reason */.l)('rejected', to, `${to} was rejected (${rule.source}).`));
    }
    const type = (0,update_type/* updateTypeOf */.P)(from, to);
    const allowed = allowedUpdateTypes(policy, name);
    if (allowed !== undefined && !allowed.includes(type)) {
        reasons.push((0,bump_reasons/* reason */.l)('policy', to, `${to} is a ${type} update, and ${allowed.length > 0 ? `only ${allowed.join(', ')} updates are` : 'no updates are'} allowed for ${name}.`));
    }
    return ageDays === undefined ? { reasons } : { reasons, ageDays };
}
/** Valid PEP 440, so it can be ordered. */
function isVersion(version) {
    return (0,pep440.explain)(version) !== null;
}

// EXTERNAL MODULE: ./src/bump/security.ts
var security = __webpack_require__(5704);
;// CONCATENATED MODULE: ./src/bump/plan.ts
// Chooses the next version of every central pin: the newest release that every consumer accepts,
// that policy allows, and that is co-installable with the other pins. Pure: the caller fetches
// (releases, PEP 658 metadata) and calls again while `needs` is not empty.
//
// Known differences from a full resolver (pip's resolvelib):
// - Only pinned packages take part. A Requires-Dist on a package that is not pinned is ignored, so
//   two pins that need incompatible versions of an unpinned package both pass here and fail in pip.
//   Consumers' other (unpinned) requirements are not considered either.
// - Extras are ignored: `; extra == "x"` dependencies are dropped even when a consumer installs
//   `pkg[x]`, and `dep[x]>=1` is checked only as `dep>=1`.
// - Markers are evaluated in one target environment (`environment`, with `extra` = ''); a marker
//   that cannot be evaluated there counts as true. pip evaluates them on the machine it runs on.
// - The repair is greedy and monotone, not a backtracking search: on a conflict it first moves the
//   required package to an older candidate that fits, else holds the requiring package back one
//   candidate, then lifts every package as far as it fits. It can hold back more than needed (the
//   result is not guaranteed optimal), but every combination it proposes was checked against all
//   known metadata. A conflict between two pins that both stay at their current version predates
//   the plan and is tolerated, not fixed.
// - Requires-Python comes from the index (`Release.requiresPython`), checked against the target
//   "X.Y" as X.Y.0; pip checks the interpreter's full version and also the metadata's own field.
// - Metadata the index does not have (`'missing'`: an sdist-only release, the client reads wheels
//   itself when there is no PEP 658 file) is assumed compatible, and the bump says so (no-metadata).
// - One metadata per version (PEP 658 of one file); files of a release with different
//   Requires-Dist (per-platform wheels) are not told apart.









function planBumps(input) {
    const errors = [...(input.errors ?? [])];
    const failed = new Set(errors.map((e) => (0,pep_name/* normalizeName */.P)(e.name)));
    const held = [];
    const states = [];
    const seen = new Map();
    for (const pin of input.pins) {
        const name = (0,pep_name/* normalizeName */.P)(pin.name);
        const newer = newerReleases(input.releases.get(name) ?? [], pin.version);
        if (pin.marker !== undefined && !markerApplies(pin.marker, input.environment)) {
            if (newer[0] !== undefined && !failed.has(name)) {
                const why = [(0,bump_reasons/* markerReason */.jG)(newer[0].version, pin.marker)];
                held.push({ name, current: pin.version, newest: newer[0].version, reason: (0,bump_reasons/* joinReasons */.S$)(why), reasons: why });
            }
            continue;
        }
        const first = seen.get(name);
        if (first) {
            errors.push({ name, message: `pinned again at ${where(pin.location)}; planned only the pin at ${where(first.location)}` });
            continue;
        }
        seen.set(name, pin);
        const consumers = (input.consumers.get(name) ?? []).filter((c) => c.marker === undefined || markerApplies(c.marker, input.environment));
        const acceptsCurrent = new Map(consumers.map((c) => [c, (0,checks_pins/* acceptsPin */.b)(c.specifier, `==${pin.version}`)]));
        const secure = input.security?.get(name);
        const screened = newer.map((release) => {
            const s = screenRelease(secure ? (0,security/* securityPolicy */.pm)(input.policy) : input.policy, name, pin.version, release);
            const excluding = consumers.filter((c) => !(0,checks_pins/* acceptsPin */.b)(c.specifier, `==${release.version}`));
            s.reasons.push(...(0,bump_reasons/* consumerReasons */.eZ)({ name, current: pin.version, candidate: release.version, excluding: excluding.map((consumer) => ({ consumer, acceptsCurrent: acceptsCurrent.get(consumer) })) }));
            return { version: release.version, ...s };
        });
        const visible = screened.filter((s) => (0,update_type/* isPrerelease */.V)(pin.version) || !(0,update_type/* isPrerelease */.V)(s.version));
        // a package the index failed on keeps its pin: no candidates, but its current metadata still counts
        let candidates = failed.has(name) ? [] : screened.filter((s) => s.reasons.length === 0).map((s) => s.version);
        if (secure)
            candidates = (0,security/* securityCandidates */.TN)(candidates, secure, name);
        else if (input.securityOnly)
            candidates = [];
        states.push({ name, pin, consumers, newer: visible, candidates, screened });
    }
    const packages = states.map((s) => ({ name: s.name, current: s.pin.version, candidates: s.candidates }));
    const anyCandidate = packages.some((p) => p.candidates.length > 0);
    const solved = anyCandidate
        ? solveCoinstall({ packages, metadata: input.metadata, environment: input.environment })
        : { chosen: new Map(), conflicts: new Map(), missing: new Set(), needs: [] };
    const bumps = [];
    for (const s of states) {
        const newest = s.newer[0];
        const secure = input.security?.get(s.name);
        if (secure && !failed.has(s.name)) {
            // A security move is the smallest safe step, not the newest: its own line, its own hold-back.
            const outcome = (0,security/* securityOutcome */.H3)({ ...s, info: secure, to: solved.chosen.get(s.name) ?? s.pin.version, conflict: solved.conflicts.get(s.name) });
            if ('bump' in outcome)
                bumps.push(outcome.bump);
            else
                held.push(outcome.held);
            continue;
        }
        if (newest === undefined || failed.has(s.name) || input.securityOnly)
            continue;
        const to = solved.chosen.get(s.name) ?? s.pin.version;
        const best = s.candidates[0];
        // coinstall names the cause when it can; 'with the other pins' is its fallback, not a sentence
        const conflictOf = (name, version) => {
            const found = solved.conflicts.get(name);
            return found === undefined || found === 'with the other pins' ? `${name} ${version} is not co-installable with the other pins` : found;
        };
        const whyNot = (v) => v.reasons.length > 0 ? v.reasons : [(0,bump_reasons/* requiresDistReason */.ZQ)(v.version, conflictOf(s.name, v.version))];
        const parts = [];
        if (newest.version !== to)
            parts.push(...whyNot(newest));
        if (best !== undefined && best !== to && best !== newest.version)
            parts.push(...whyNot(s.newer.find((v) => v.version === best)));
        if (to === s.pin.version) {
            held.push({ name: s.name, current: s.pin.version, newest: newest.version, reason: (0,bump_reasons/* joinReasons */.S$)(parts), reasons: parts });
            continue;
        }
        const chosen = s.newer.find((v) => v.version === to);
        if (chosen.ageDays === undefined)
            parts.push((0,bump_reasons/* unknownAgeReason */.cN)(to));
        if (solved.missing.has(`${s.name} ${to}`))
            parts.push((0,bump_reasons/* noMetadataReason */.hh)(s.name, to));
        const bump = {
            name: s.name,
            from: s.pin.version,
            to,
            updateType: (0,update_type/* updateTypeOf */.P)(s.pin.version, to),
            consumers: s.consumers.length,
        };
        if (chosen.ageDays !== undefined)
            bump.releaseAgeDays = chosen.ageDays;
        if (newest.version !== to)
            bump.heldBackFrom = newest.version;
        if (parts.length > 0) {
            bump.reason = (0,bump_reasons/* joinReasons */.S$)(parts);
            bump.reasons = parts;
        }
        bumps.push(bump);
    }
    const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    return { plan: { bumps: bumps.sort(byName), held: held.sort(byName), errors }, needs: solved.needs };
}
/** Valid releases newer than `current`, newest first. */
function newerReleases(releases, current) {
    if (!isVersion(current))
        return [];
    return releases.filter((r) => isVersion(r.version) && (0,pep440.compare)(r.version, current) > 0).sort((a, b) => (0,pep440.compare)(b.version, a.version));
}
function where(location) {
    return `${location.file}:${location.line}`;
}
function markerApplies(marker, env) {
    return (0,pep_marker/* markerMayHold */.bR)(marker, { ...env, extra: '' });
}

;// CONCATENATED MODULE: ./src/bump/plan-with-index.ts

const MAX_METADATA_ROUNDS = 12;
/** The plan once every metadata it depends on is known (or known to be missing). */
async function planWithIndex(options) {
    const { index, ...input } = options;
    const metadata = new Map();
    const key = (name, version) => `${name}@${version}`;
    const plan = () => planBumps({ ...input, metadata: (n, v) => metadata.get(key(n, v)) });
    let result = plan();
    for (let round = 0; round < MAX_METADATA_ROUNDS && result.needs.length > 0; round++) {
        await Promise.all(result.needs.map(async ({ name, version }) => {
            const found = await index.metadata(name, version).catch(() => undefined);
            metadata.set(key(name, version), found ?? 'missing');
        }));
        result = plan();
    }
    return result;
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/index.js + 13 modules
var libesm = __webpack_require__(7155);
;// CONCATENATED MODULE: ./src/bump/unified-diff.ts
// The bump's edits as one git-style patch (`git apply`-able), for `monopin bump --dry-run` and the PR body.

const CONTEXT = 3;
/** Files that changed, sorted by path (code points, so the output never depends on locale or input order). */
function unifiedDiff(files) {
    return files
        .filter((f) => f.before !== f.after)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map(filePatch)
        .join('');
}
function filePatch(f) {
    const patch = (0,libesm/* structuredPatch */.YB)(`a/${f.path}`, `b/${f.path}`, f.before, f.after, undefined, undefined, { context: CONTEXT });
    const head = `diff --git a/${f.path} b/${f.path}\n--- a/${f.path}\n+++ b/${f.path}\n`;
    return head + patch.hunks.map(hunk).join('');
}
// git's hunk header: a count of 1 is left out, an empty side starts at the line before.
function range(start, count) {
    if (count === 0)
        return `${start - 1},0`;
    return count === 1 ? `${start}` : `${start},${count}`;
}
function hunk(h) {
    return `@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@\n${h.lines.map((l) => `${l}\n`).join('')}`;
}

// EXTERNAL MODULE: ./src/bump/outcome.ts
var outcome = __webpack_require__(7812);
;// CONCATENATED MODULE: ./src/bump/constraint-fixes.ts
/** Constraints lines with extras and nothing else wrong (no URL, not editable). */
function fixableConstraintLines(occurrences) {
    return occurrences
        .filter((o) => o.origin === 'constraints' && o.extras.length > 0 && o.url === undefined && o.editable !== true)
        .map((o) => ({ name: o.name, rawName: o.rawName, file: o.location.file, line: o.location.line, extras: o.extras }));
}
/** `content` with the extras dropped from each line of `lines` (of this file) that still reads as parsed. */
function dropConstraintExtras(content, lines) {
    const eol = content.includes('\r\n') ? '\r\n' : '\n';
    const text = content.split(/\r?\n/);
    const fixes = [];
    for (const fix of lines) {
        const before = text[fix.line - 1];
        if (before === undefined)
            continue;
        const pattern = new RegExp(`^(\\s*${fix.rawName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\s*\\[[^\\]]*\\]`);
        if (!pattern.test(before))
            continue; // the line moved or spans lines: leave it to `monopin check`
        const after = before.replace(pattern, '$1');
        text[fix.line - 1] = after;
        fixes.push({ name: fix.name, file: fix.file, line: fix.line, before: before.trim(), after: after.trim(), extras: fix.extras });
    }
    return { content: text.join(eol), fixes };
}

// EXTERNAL MODULE: ./src/advisories/types.ts
var types = __webpack_require__(3338);
;// CONCATENATED MODULE: ./src/bump/security-lookup.ts


async function lookupSecurity(pins, source, ignoreIds) {
    const atPins = await source.lookup(pins.map((p) => ({ name: p.name, version: p.version })));
    const vulnerable = pins.filter((p) => (atPins.get((0,types/* queryKey */.qv)({ name: p.name, version: p.version })) ?? []).length > 0);
    if (vulnerable.length === 0)
        return new Map();
    const all = await source.lookup(vulnerable.map((p) => ({ name: p.name })));
    const byName = new Map();
    for (const p of vulnerable) {
        // the package's records, plus those found at the pin (a mirror may answer version queries only)
        const records = [...(all.get(p.name) ?? []), ...(atPins.get((0,types/* queryKey */.qv)({ name: p.name, version: p.version })) ?? [])];
        byName.set(p.name, [...new Map(records.map((r) => [r.id, r])).values()]);
    }
    return (0,security/* securityTargets */.D8)(vulnerable, byName, ignoreIds);
}

;// CONCATENATED MODULE: ./src/bump/prepare.ts
// The bump job without GitHub: workspace + index → plan → minimal edits → unified diff.
// Used by `monopin bump` and the action's weekly job alike.











async function prepareBump(options) {
    const { workspace: ws } = options;
    const pins = centralPins(ws, options.environment);
    const { consumers, followers } = splitConsumers(ws, pins);
    const notes = [];
    let advisoriesFailed;
    const security = options.advisories
        ? await lookupSecurity(pins, options.advisories.source, options.advisories.ignore).catch((error) => {
            advisoriesFailed = `advisories not checked (${options.advisories.source.label}): ${error instanceof Error ? error.message : String(error)}`;
            notes.push(advisoriesFailed);
            return undefined;
        })
        : undefined;
    const securityHook = { ...(security !== undefined && { security }), ...(options.advisories?.only === true && { securityOnly: true }) };
    // One index request per pinned package, all at once: the client bounds the concurrency.
    const pages = new Map();
    const errors = [];
    await Promise.all(pins.map(async (pin) => {
        try {
            pages.set(pin.name, await options.index.project(pin.name));
        }
        catch (error) {
            errors.push({ name: pin.name, message: (0,outcome/* withoutPackageName */.u)(pin.name, error instanceof Error ? error.message : String(error)) });
        }
    }));
    const releases = new Map([...pages].map(([name, page]) => [name, options.releasesOf(page)]));
    const plannable = pins.filter((p) => pages.has(p.name));
    const result = await planWithIndex({ pins: plannable, consumers, releases, index: options.index, environment: options.environment, policy: options.policy, errors, ...securityHook });
    const plan = { ...result.plan, errors: [...errors].sort((a, b) => a.name.localeCompare(b.name)) };
    const edited = await editFiles({ ws, plan, followers, pages, readText: options.readText, environment: options.environment });
    const fixes = await fixConstraintLines(ws, edited.edits, options.readText);
    if (fixes.length > 0)
        plan.fixes = fixes;
    return { plan, edits: edited.edits, diff: unifiedDiff(edited.edits), notes: [...notes, ...edited.notes], pages, ...(advisoriesFailed !== undefined && { advisoriesFailed }) };
}
/** Drops extras from constraints lines (in `edits`, or as new edits): pip refuses them. */
async function fixConstraintLines(ws, edits, readText) {
    const fixable = fixableConstraintLines(ws.occurrences);
    const out = [];
    for (const file of [...new Set(fixable.map((f) => f.file))].sort()) {
        const existing = edits.find((e) => e.path === file);
        const current = existing?.after ?? (await readText(file));
        const { content, fixes } = dropConstraintExtras(current, fixable.filter((f) => f.file === file));
        if (fixes.length === 0)
            continue;
        out.push(...fixes);
        if (existing !== undefined)
            existing.after = content;
        else
            edits.push({ path: file, before: current, after: content, changes: [] });
    }
    edits.sort((a, b) => a.path.localeCompare(b.path));
    return out;
}
/** Exact central pins, one per package: under markers, the one that holds for the target. */
function centralPins(ws, env) {
    const out = [];
    for (const [name, list] of ws.pins) {
        const live = list.filter((p) => (0,checks_pins/* exactVersion */.y)(p.specifier) !== undefined && (0,pep_marker/* markerMayHold */.bR)(p.marker, env));
        const pin = live[0];
        if (pin)
            out.push({ name, version: (0,checks_pins/* exactVersion */.y)(pin.specifier), location: pin.location, marker: pin.marker });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
}
/**
 * Consumers constrain the bump. An exact pin that mirrors the central one (an inline `pkg==X` of an image
 * the central file governs, a copy in a requirements file) follows it instead: it is rewritten with the constraints.
 */
function splitConsumers(ws, pins) {
    const current = new Map(pins.map((p) => [p.name, p.version]));
    const consumers = new Map();
    const followers = [];
    for (const o of ws.occurrences) {
        if (o.origin === 'constraints' || !current.has(o.name) || o.specifier === '' || o.url)
            continue;
        const exact = (0,checks_pins/* exactVersion */.y)(o.specifier);
        if (exact !== undefined && o.origin === 'dockerfile') {
            // An inline pin of an image the central file governs follows it (a lagging one is inline-pin-mismatch: the
            // bump fixes it). Any other installs without the constraints: the bump leaves it, the check reports it.
            if (ws.governedPins.has((0,build/* pinKey */.D)(o)))
                followers.push(o);
            continue;
        }
        if (exact !== undefined && (0,pep_version/* sameVersion */.r)(exact, current.get(o.name))) {
            followers.push(o);
            continue;
        }
        const list = consumers.get(o.name) ?? [];
        list.push({ specifier: o.specifier, marker: o.marker, location: o.location, service: o.service });
        consumers.set(o.name, list);
    }
    return { consumers, followers };
}
async function editFiles(options) {
    const { ws, plan } = options;
    const target = new Map(plan.bumps.map((b) => [b.name, b]));
    if (target.size === 0)
        return { edits: [], notes: [] };
    const kinds = new Map(ws.files.map((f) => [f.path, f.kind]));
    // Which lines of which files to touch: the central pins that hold for the target, and their followers.
    const wanted = new Map();
    const want = (file, line, name) => {
        const set = wanted.get(file) ?? new Set();
        set.add(`${line}:${name}`);
        wanted.set(file, set);
    };
    for (const [name, list] of ws.pins) {
        const bump = target.get(name);
        if (!bump)
            continue;
        for (const p of list)
            if ((0,checks_pins/* exactVersion */.y)(p.specifier) !== undefined && (0,pep_marker/* markerMayHold */.bR)(p.marker, options.environment))
                want(p.location.file, p.location.line, name);
    }
    for (const f of options.followers)
        if (target.has(f.name))
            want(f.location.file, f.location.line, f.name);
    const edits = [];
    const notes = [];
    for (const [path, lines] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
        const kind = kinds.get(path);
        if (kind !== 'requirements' && kind !== 'constraints' && kind !== 'dockerfile')
            continue;
        const before = await options.readText(path);
        const result = editPins({
            path,
            content: before,
            kind: kind,
            bumps: plan.bumps.map((b) => ({ name: b.name, to: b.to })),
            hashesFor: (name, version) => {
                const page = options.pages.get(name);
                return page ? releaseHashes(page, version, pep_version/* sameVersion */.r) : undefined;
            },
            only: (o) => lines.has(`${o.location.line}:${o.name}`),
        });
        notes.push(...result.notes);
        if (result.content !== before)
            edits.push({ path, before, after: result.content, changes: result.changes });
    }
    return { edits, notes };
}


/***/ }),

/***/ 5297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PO: () => (/* binding */ releasedAgo),
/* harmony export */   S$: () => (/* binding */ joinReasons),
/* harmony export */   ZQ: () => (/* binding */ requiresDistReason),
/* harmony export */   cN: () => (/* binding */ unknownAgeReason),
/* harmony export */   eZ: () => (/* binding */ consumerReasons),
/* harmony export */   hh: () => (/* binding */ noMetadataReason),
/* harmony export */   jG: () => (/* binding */ markerReason),
/* harmony export */   l: () => (/* binding */ reason)
/* harmony export */ });
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);
// The sentences of a plan: one per reason, each naming what holds the version back and how to
// unblock it. Pure; the codes (types.ts) are what JSON readers and tests rely on.

const MAX_LISTED_CONSUMERS = 3;
function reason(code, version, text) {
    return { code, version, text };
}
/** The sentences of `reasons`, in order, without repeats. */
function joinReasons(reasons) {
    return [...new Set(reasons.map((r) => r.text))].join(' ');
}
/**
 * Consumers that exclude `candidate`. Those that also exclude the current pin conflict already: no
 * version helps them, so they are named apart with the fix ("12 files pin aiohttp==3.9.1 and
 * already conflict with 3.11.11").
 */
function consumerReasons(options) {
    const { name, current, candidate, excluding } = options;
    const out = [];
    const stale = excluding.filter((e) => !e.acceptsCurrent).map((e) => e.consumer);
    const blocking = excluding.filter((e) => e.acceptsCurrent).map((e) => e.consumer);
    if (stale.length > 0) {
        const who = describeConsumers(name, stale);
        out.push(reason('consumer-excludes-current', candidate, `${who.text} and already conflict${who.one ? 's' : ''} with ${current}, the constraint: no newer version can satisfy ${who.one ? 'it' : 'them'} either; fix ${who.one ? 'that pin' : 'those pins'} first (\`monopin check\` lists ${who.one ? 'it' : 'them'}).`));
    }
    if (blocking.length > 0) {
        const who = describeConsumers(name, blocking);
        out.push(reason('consumer-excludes-candidate', candidate, `${who.text} and exclude${who.one ? 's' : ''} ${candidate}: widen ${who.one ? 'that specifier' : 'those specifiers'} to let it in.`));
    }
    return out;
}
/** "12 files pin aiohttp==3.9.1" when they agree, else the first few by file:line; `one`: a singular subject. */
function describeConsumers(name, consumers) {
    const specifiers = new Set(consumers.map((c) => c.specifier));
    const files = new Set(consumers.map((c) => c.location.file)).size;
    const verb = (specifier, one) => `${/^===?[^,*]*$/.test(specifier) ? 'pin' : 'require'}${one ? 's' : ''} ${name}${specifier}`;
    if (consumers.length === 1) {
        const c = consumers[0];
        return { text: `${c.location.file}:${c.location.line}${c.service !== undefined ? ` (service ${c.service})` : ''} ${verb(c.specifier, true)}`, one: true };
    }
    if (specifiers.size === 1) {
        const [specifier] = specifiers;
        const where = files === consumers.length ? (0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(files, 'file') : `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(consumers.length, 'line')} in ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(files, 'file')}`;
        return { text: `${where} ${verb(specifier, false)}`, one: false };
    }
    const listed = consumers.slice(0, MAX_LISTED_CONSUMERS).map((c) => `${c.location.file}:${c.location.line} (${name}${c.specifier})`);
    const more = consumers.length - listed.length;
    return { text: `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(consumers.length, 'requirement')} (${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''})`, one: false };
}
function requiresDistReason(version, conflict) {
    return reason('requires-dist', version, `${conflict}.`);
}
function noMetadataReason(name, version) {
    return reason('no-metadata', version, `The index has no metadata for ${name} ${version} (no wheel and no PEP 658 file), so its Requires-Dist was not checked against the other pins.`);
}
function unknownAgeReason(version) {
    return reason('cooldown', version, `The upload time of ${version} is unknown, so the cooldown was not checked.`);
}
function markerReason(version, marker) {
    return reason('policy', version, `The pin's marker (${marker}) is false in the target environment, so it is not planned.`);
}
function releasedAgo(days) {
    return days <= 0 ? 'today' : `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(days, 'day')} ago`;
}


/***/ }),

/***/ 5704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ securityTargets),
/* harmony export */   H3: () => (/* binding */ securityOutcome),
/* harmony export */   TN: () => (/* binding */ securityCandidates),
/* harmony export */   XA: () => (/* binding */ securityFirst),
/* harmony export */   pm: () => (/* binding */ securityPolicy)
/* harmony export */ });
/* unused harmony exports isSafe, securityHold */
/* harmony import */ var _advisories_match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4170);
/* harmony import */ var _advisories_merge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7159);
/* harmony import */ var _reasons_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5297);
/* harmony import */ var _update_type_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8944);




/** Does no (non-ignored) advisory of the package affect `version`? */
function isSafe(info, name, version) {
    return !info.records.some((r) => (0,_advisories_match_js__WEBPACK_IMPORTED_MODULE_0__/* .affects */ .bB)(r, name, version) && ![r.id, ...(r.aliases ?? [])].some((id) => info.ignored.has(id.toUpperCase())));
}
/** Pins whose current version has advisories, from the records of their packages. */
function securityTargets(pins, recordsByName, ignoreIds) {
    const ignored = new Set(ignoreIds.map((id) => id.toUpperCase()));
    const out = new Map();
    for (const pin of pins) {
        const records = recordsByName.get(pin.name) ?? [];
        const current = records.filter((r) => (0,_advisories_match_js__WEBPACK_IMPORTED_MODULE_0__/* .affects */ .bB)(r, pin.name, pin.version));
        const advisories = (0,_advisories_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeAdvisories */ .i)(current, pin.name, pin.version).filter((a) => !(0,_advisories_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .advisoryIds */ .I)(a).some((id) => ignored.has(id.toUpperCase())));
        if (advisories.length > 0)
            out.set(pin.name, { advisories, records, ignored });
    }
    return out;
}
/** The policy a security move is screened with: the cooldown does not apply. */
function securityPolicy(policy) {
    return { ...policy, minReleaseAgeDays: 0 };
}
/** Of the allowed candidates (newest first), the lowest safe one, as the planner's only candidate. */
function securityCandidates(candidates, info, name) {
    const safe = candidates.filter((v) => isSafe(info, name, v));
    const lowest = safe[safe.length - 1];
    return lowest === undefined ? [] : [lowest];
}
/** Why a vulnerable pin stays, as reason codes and one sentence: the lowest safe release and what blocks it. */
function securityHold(info, name, current, screened, coinstall) {
    const ids = info.advisories.map((a) => a.id).join(', ');
    const safe = screened.filter((s) => isSafe(info, name, s.version));
    if (safe.length === 0) {
        const why = (0,_reasons_js__WEBPACK_IMPORTED_MODULE_2__/* .reason */ .l)('no-fix', current, `No released version fixes ${ids}.`);
        return { reason: `security: ${why.text}`, reasons: [why] };
    }
    const lowest = safe[safe.length - 1];
    const reasons = lowest.reasons.length > 0 ? lowest.reasons : [(0,_reasons_js__WEBPACK_IMPORTED_MODULE_2__/* .reason */ .l)('requires-dist', lowest.version, `${lowest.version} is not co-installable: ${coinstall ?? 'with the other pins'}.`)];
    return { reason: `security: ${lowest.version} fixes ${ids} but is blocked: ${(0,_reasons_js__WEBPACK_IMPORTED_MODULE_2__/* .joinReasons */ .S$)(reasons)}`, reasons };
}
/** The planner's answer for a vulnerable pin: the move to `to`, or a hold-back that says what blocks the fix. */
function securityOutcome(options) {
    const { name, pin, info, to } = options;
    const security = { advisories: info.advisories };
    if (to === pin.version) {
        const newest = options.screened[0]?.version ?? pin.version;
        return { held: { name, current: pin.version, newest, ...securityHold(info, name, pin.version, options.screened, options.conflict), security } };
    }
    const bump = { name, from: pin.version, to, updateType: (0,_update_type_js__WEBPACK_IMPORTED_MODULE_3__/* .updateTypeOf */ .P)(pin.version, to), consumers: options.consumers.length, security };
    const ageDays = options.screened.find((v) => v.version === to)?.ageDays;
    if (ageDays !== undefined)
        bump.releaseAgeDays = ageDays;
    return { bump };
}
/** Security moves first, in both lists: they are why a daily run exists. */
function securityFirst(items) {
    return [...items.filter((i) => i.security !== undefined), ...items.filter((i) => i.security === undefined)];
}


/***/ }),

/***/ 7055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ estimateBumpSizes)
});

// EXTERNAL MODULE: ./src/rebuild/touched.ts
var touched = __webpack_require__(5241);
// EXTERNAL MODULE: ./src/pep/marker.ts
var pep_marker = __webpack_require__(1023);
// EXTERNAL MODULE: ./src/pep/requirement.ts
var pep_requirement = __webpack_require__(5358);
// EXTERNAL MODULE: ./src/size/range-reader.ts
var range_reader = __webpack_require__(7942);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
// EXTERNAL MODULE: ./src/pep/specifier.ts
var pep_specifier = __webpack_require__(6821);
// EXTERNAL MODULE: ./src/bump/environment.ts
var bump_environment = __webpack_require__(2657);
// EXTERNAL MODULE: ./src/index/filenames.ts
var filenames = __webpack_require__(9062);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
// EXTERNAL MODULE: ./src/pep/pep440.ts
var pep_pep440 = __webpack_require__(8466);
// EXTERNAL MODULE: ./src/pep/version.ts
var pep_version = __webpack_require__(8561);
;// CONCATENATED MODULE: ./src/size/tags.ts
// Which file of a release pip would install into an image: the supported wheel tags in pip's
// priority order (packaging.tags.sys_tags for CPython on Linux), then the best-ranked wheel, else an sdist.




const DEFAULT_GLIBC = '2.36';
const DEFAULT_MUSL = '1.2';
/** `python:3.12-alpine3.20` → musl; anything else (slim, bookworm, bare tags) → glibc 2.36. */
function libcOfImage(image) {
    const tag = image.slice(image.lastIndexOf('/') + 1);
    if (/alpine/i.test(tag))
        return { libc: 'musl' };
    // The official images' Debian releases: bullseye has 2.31, buster 2.28, trixie 2.41.
    const glibc = /bullseye/i.test(tag) ? '2.31' : /buster/i.test(tag) ? '2.28' : /trixie/i.test(tag) ? '2.41' : DEFAULT_GLIBC;
    return { libc: 'glibc', glibcVersion: glibc };
}
function archOf(platform) {
    return platform === 'linux/arm64' ? 'aarch64' : 'x86_64';
}
function pythonParts(version) {
    const [major = '3', minor = '0'] = version.split('.');
    return [Number(major), Number(minor)];
}
const LEGACY_MANYLINUX = { '2.17': 'manylinux2014', '2.12': 'manylinux2010', '2.5': 'manylinux1' };
/** Platform tags most specific first, as packaging's `_linux_platforms` yields them. */
function platformTags(target) {
    const arch = archOf(target.platform);
    const tags = [];
    if (target.libc === 'glibc') {
        const [, current] = (target.glibcVersion ?? DEFAULT_GLIBC).split('.').map(Number);
        // packaging: manylinux before glibc 2.5 (x86) / 2.17 (others) does not exist
        const oldest = arch === 'x86_64' || arch === 'i686' ? 5 : 17;
        for (let minor = current; minor >= oldest; minor--) {
            tags.push(`manylinux_2_${minor}_${arch}`);
            const legacy = LEGACY_MANYLINUX[`2.${minor}`];
            if (legacy !== undefined)
                tags.push(`${legacy}_${arch}`);
        }
    }
    else {
        const [, current] = (target.muslVersion ?? DEFAULT_MUSL).split('.').map(Number);
        for (let minor = current; minor >= 0; minor--)
            tags.push(`musllinux_1_${minor}_${arch}`);
    }
    tags.push(`linux_${arch}`);
    return tags;
}
/** Every tag the target supports (`interpreter-abi-platform`), best first: packaging's cpython_tags + compatible_tags. */
function supportedTags(target) {
    const [major, minor] = pythonParts(target.pythonVersion);
    const platforms = platformTags(target);
    const cp = `cp${major}${minor}`;
    const tags = [];
    for (const platform of platforms)
        tags.push(`${cp}-${cp}-${platform}`);
    for (const platform of platforms)
        tags.push(`${cp}-abi3-${platform}`);
    for (const platform of platforms)
        tags.push(`${cp}-none-${platform}`);
    // abi3 wheels built for older CPythons load on this one
    for (let older = minor - 1; older >= 2; older--)
        for (const platform of platforms)
            tags.push(`cp${major}${older}-abi3-${platform}`);
    const pyRange = [`py${major}${minor}`, `py${major}`];
    for (let older = minor - 1; older >= 0; older--)
        pyRange.push(`py${major}${older}`);
    for (const py of pyRange)
        for (const platform of platforms)
            tags.push(`${py}-none-${platform}`);
    tags.push(`${cp}-none-any`);
    for (const py of pyRange)
        tags.push(`${py}-none-any`);
    return tags;
}
/** The tags a wheel filename claims, compressed tag sets (`py2.py3-none-any`) expanded. */
function wheelTags(filename) {
    if (!filename.endsWith('.whl'))
        return [];
    const parts = filename.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6)
        return [];
    const [pys = '', abis = '', plats = ''] = parts.slice(-3);
    const tags = [];
    for (const py of pys.split('.'))
        for (const abi of abis.split('.'))
            for (const plat of plats.split('.'))
                tags.push(`${py}-${abi}-${plat}`.toLowerCase());
    return tags;
}
/**
 * The file of `version` pip would install for `target`: the wheel whose best tag ranks highest
 * (then the higher build tag), unyanked before yanked, files whose Requires-Python excludes the
 * target left out; an sdist when no wheel fits.
 */
function chooseFile(options) {
    const { files, project, version, target } = options;
    const priority = new Map((options.tags ?? supportedTags(target)).map((tag, i) => [tag, i]));
    const python = fullPython(target.pythonVersion);
    let best;
    let sdist;
    for (const file of files) {
        const parsed = (0,filenames/* parseFilename */.p_)(file.filename, project);
        if (parsed === undefined || !(0,pep_version/* sameVersion */.r)(parsed.version, version))
            continue;
        if (!acceptsPython(file.requiresPython, python))
            continue;
        const yanked = file.yanked === false ? 0 : 1;
        if (parsed.kind === 'sdist') {
            if (sdist === undefined || (sdist.yanked !== false && yanked === 0) || (file.filename.endsWith('.tar.gz') && !sdist.filename.endsWith('.tar.gz')))
                sdist = file;
            continue;
        }
        let rank = Infinity;
        let tag = '';
        for (const candidate of wheelTags(file.filename)) {
            const p = priority.get(candidate);
            if (p !== undefined && p < rank) {
                rank = p;
                tag = candidate;
            }
        }
        if (rank === Infinity)
            continue;
        const build = parsed.build === undefined ? 0 : Number.parseInt(parsed.build, 10);
        const key = [yanked, rank, -build];
        if (best === undefined || compareKeys(key, best.key) < 0)
            best = { file, tag, key };
    }
    if (best !== undefined)
        return { file: best.file, kind: 'wheel', tag: best.tag, sdistOnly: false };
    if (sdist !== undefined)
        return { file: sdist, kind: 'sdist', sdistOnly: true };
    return { sdistOnly: false };
}
function compareKeys(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
}
function fullPython(version) {
    return version.split('.').length === 2 ? `${version}.0` : version;
}
/** pip skips files whose Requires-Python excludes the target; a specifier it cannot parse does not exclude. */
function acceptsPython(requiresPython, python) {
    if (requiresPython === undefined || requiresPython.trim() === '')
        return true;
    const spec = requiresPython.replace(/\s+/g, '');
    if (!(0,pep_specifier/* isValidSpecifierSet */.xs)(spec) || !(0,pep_pep440/* isValidVersion */.ri)(python))
        return true;
    return (0,pep_specifier/* specifierContains */.IK)(spec, python);
}

// EXTERNAL MODULE: ./src/size/zip-reader.ts
var zip_reader = __webpack_require__(8700);
;// CONCATENATED MODULE: ./src/size/wheel-size.ts

/**
 * Bytes of `.pyc` per byte of `.py` that pip's install-time `compileall` writes (one optimization
 * level, in `__pycache__/`). Measured here with CPython 3.11.7 (`compileall.compile_dir`, force):
 * stdlib json/email/http/asyncio/logging/urllib/importlib/xml + 8 top-level modules 1.248,
 * pip 24 (vendored libraries included) 1.211, setuptools 1.272; dense generated code with few
 * comments reaches 1.565. Real packages sit near the first three: 1.25.
 */
const PYC_FACTOR = 1.25;
/** Sizes one wheel at `url` (http(s) or file://) from its zip directory. */
async function measureWheel(reader, url, options = {}) {
    let fetched = 0;
    const zip = await (0,zip_reader/* readZipDirectory */.x)(reader, url, (bytes) => (fetched += bytes));
    return { ...summarizeEntries(zip.entries, options), compressedBytes: zip.fileSize, bytesFetched: fetched };
}
/** Installed bytes of a wheel's entries: files only; `.py` files counted for the `.pyc` estimate. */
function summarizeEntries(entries, options = {}) {
    let bytes = 0;
    let pyBytes = 0;
    let pyFiles = 0;
    let files = 0;
    for (const entry of entries) {
        if (entry.isDirectory)
            continue;
        files++;
        bytes += entry.uncompressedSize;
        if (entry.name.endsWith('.py')) {
            pyBytes += entry.uncompressedSize;
            pyFiles++;
        }
    }
    const pycEstimate = options.noCompile === true ? 0 : Math.round(pyBytes * PYC_FACTOR);
    return { installedBytes: bytes + pycEstimate, pyBytes, pyFiles, pycEstimate, files };
}

;// CONCATENATED MODULE: ./src/size/estimate.ts
// The estimated size delta of one image for a set of package changes: the wheel pip would pick,
// its installed size from the zip directory, and the new transitive requirements it pulls in.









/**
 * Installed bytes per sdist byte, for packages without a wheel for the image. A rough guess, not
 * a measurement of built packages: source-only tarballs of pip and setuptools (tar czf, .py only)
 * install to 7.6× and 6.5× their size with .pyc, but sdists also carry tests and docs that are not
 * installed, and compiled extensions are unknowable before a build. Contributors sized this way
 * say so in their note.
 */
const SDIST_INSTALLED_FACTOR = 5;
async function estimateSizeDelta(options) {
    const { target, index, reader } = options;
    const cache = options.cache ?? new Map();
    const pins = new Map([...(options.pins ?? new Map())].map(([name, version]) => [(0,pep_name/* normalizeName */.P)(name), version]));
    const python = fullPython(target.pythonVersion);
    const environment = (0,bump_environment/* targetEnvironment */.dK)(target.pythonVersion, target.platform);
    let bytesFetched = 0;
    async function sizeOf(name, version) {
        const page = await index.project(name);
        const choice = chooseFile({ files: page.files, project: page.name, version, target });
        if (choice.file === undefined)
            throw new Error(`no file of ${name} ${version} installs on ${describeTarget(target)}`);
        if (choice.kind === 'sdist') {
            const size = choice.file.size ?? (await sdistSize(choice.file.url));
            return {
                installedBytes: Math.round(size * SDIST_INSTALLED_FACTOR),
                compressedBytes: size,
                sdistOnly: true,
                note: `no wheel for ${describeTarget(target)}: rough estimate from the sdist (${SDIST_INSTALLED_FACTOR}× its size)`,
            };
        }
        const key = `${options.noCompile === true ? 'no-compile' : 'compile'} ${choice.file.url.split('#')[0]}`;
        let sized = cache.get(key);
        if (sized === undefined) {
            sized = measureWheel(reader, choice.file.url, { noCompile: options.noCompile === true });
            cache.set(key, sized);
            // only the image that reads a wheel counts the bytes
            sized.then((s) => (bytesFetched += s.bytesFetched), () => undefined);
        }
        const wheel = await sized;
        return { installedBytes: wheel.installedBytes, compressedBytes: wheel.compressedBytes, sdistOnly: false };
    }
    async function sdistSize(url) {
        const result = await reader.readTail(url.split('#')[0] ?? url, 1);
        bytesFetched += result.bytesFetched;
        return result.fileSize;
    }
    /** Newest final release that the specifier, Requires-Python and the image's tags accept. */
    async function newestCompatible(name, specifier) {
        const page = await index.project(name);
        const releases = (0,filenames/* releasesOf */.w0)(page)
            .filter((r) => !r.yanked && acceptsPython(r.requiresPython, python) && (0,pep440.explain)(r.version)?.is_prerelease !== true)
            .reverse();
        for (const release of releases) {
            if (specifier !== '' && !(0,pep_specifier/* specifierContains */.IK)(specifier, release.version))
                continue;
            if (chooseFile({ files: page.files, project: page.name, version: release.version, target }).file !== undefined)
                return release.version;
        }
        return undefined;
    }
    async function contributorOf(change) {
        const name = (0,pep_name/* normalizeName */.P)(change.name);
        const contributor = {
            name,
            ...(change.from !== undefined && { from: change.from }),
            ...(change.to !== undefined && { to: change.to }),
            deltaBytes: 0,
            deltaCompressedBytes: 0,
            ...(change.requiredBy !== undefined && { requiredBy: change.requiredBy }),
        };
        try {
            const [before, after] = await Promise.all([
                change.from === undefined ? undefined : sizeOf(name, change.from),
                change.to === undefined ? undefined : sizeOf(name, change.to),
            ]);
            contributor.deltaBytes = (after?.installedBytes ?? 0) - (before?.installedBytes ?? 0);
            contributor.deltaCompressedBytes = (after?.compressedBytes ?? 0) - (before?.compressedBytes ?? 0);
            if (before?.sdistOnly === true || after?.sdistOnly === true)
                contributor.sdistOnly = true;
            const note = after?.note ?? before?.note;
            if (note !== undefined)
                contributor.note = note;
        }
        catch (error) {
            contributor.unknown = true;
            contributor.note = `size unknown: ${error instanceof Error ? error.message : String(error)}`;
        }
        return contributor;
    }
    /** Requirements of `name==version` that apply to the image (its markers, with the given extras). */
    async function requirementsOf(name, version, extras) {
        const metadata = await index.metadata(name, version);
        if (metadata === undefined)
            return [];
        const found = [];
        for (const text of metadata.requiresDist) {
            let requirement;
            try {
                requirement = (0,pep_requirement/* parseRequirement */.p)(text);
            }
            catch {
                continue;
            }
            if (requirement.url !== undefined)
                continue;
            if (requirement.marker !== undefined) {
                const marker = (0,pep_marker/* parseMarker */.gY)(requirement.marker);
                const applies = ['', ...extras].some((extra) => {
                    try {
                        return (0,pep_marker/* evaluateMarker */.UZ)(marker, { ...environment, extra });
                    }
                    catch {
                        return false;
                    }
                });
                if (!applies)
                    continue;
            }
            found.push({ name: requirement.name, specifier: requirement.specifier, extras: requirement.extras });
        }
        return found;
    }
    // breadth first from the new versions: each level's metadata in parallel, new names in a stable order
    const changed = options.changes.map((c) => ({ ...c, name: (0,pep_name/* normalizeName */.P)(c.name) }));
    const seen = new Set([...(options.installed ?? [])].map(pep_name/* normalizeName */.P));
    for (const change of changed)
        seen.add(change.name);
    const transitive = [];
    const notes = new Map();
    let level = changed.filter((c) => c.to !== undefined).map((c) => ({ name: c.name, version: c.to, extras: c.extras ?? [] }));
    while (level.length > 0) {
        const requirements = await Promise.all(level.map((node) => requirementsOf(node.name, node.version, node.extras).catch((error) => {
            notes.set(node.name, `requirements not followed: ${error instanceof Error ? error.message : String(error)}`);
            return [];
        })));
        const fresh = [];
        level.forEach((node, i) => {
            for (const requirement of requirements[i] ?? []) {
                if (seen.has(requirement.name))
                    continue;
                seen.add(requirement.name);
                fresh.push({ ...requirement, requiredBy: node.name });
            }
        });
        const versions = await Promise.all(fresh.map((dep) => pins.get(dep.name) ?? newestCompatible(dep.name, dep.specifier).catch(() => undefined)));
        level = [];
        fresh.forEach((dep, i) => {
            const version = versions[i];
            transitive.push({ name: dep.name, requiredBy: dep.requiredBy, ...(version !== undefined && { to: version }) });
            if (version !== undefined)
                level.push({ name: dep.name, version, extras: dep.extras });
            else
                notes.set(dep.name, `no release of ${dep.name} matches ${dep.specifier || 'any version'} for ${describeTarget(target)}`);
        });
    }
    const contributors = await Promise.all([...changed, ...transitive].map((change) => contributorOf(change)));
    for (const contributor of contributors) {
        const note = notes.get(contributor.name);
        if (note !== undefined)
            contributor.note = contributor.note === undefined ? note : `${contributor.note}; ${note}`;
    }
    // settle the byte counters of wheels this image read
    await Promise.allSettled(cache.values());
    contributors.sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) || a.name.localeCompare(b.name));
    const unknown = contributors.filter((c) => c.unknown === true).length;
    return {
        image: options.image,
        target,
        ...(options.beforeBytes !== undefined && { beforeBytes: options.beforeBytes }),
        deltaBytes: contributors.reduce((sum, c) => sum + c.deltaBytes, 0),
        deltaCompressedBytes: contributors.reduce((sum, c) => sum + c.deltaCompressedBytes, 0),
        contributors,
        ...(unknown > 0 && { unknown }),
        bytesFetched,
    };
}
function describeTarget(target) {
    return `${target.platform} ${target.libc} Python ${target.pythonVersion}`;
}

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
// EXTERNAL MODULE: ./src/bump/prepare.ts + 9 modules
var prepare = __webpack_require__(4098);
;// CONCATENATED MODULE: ./src/bump/size-section.ts









/** One result per directly touched image with a changed package, in name order. */
async function estimateBumpSizes(options) {
    const { workspace, changes: changed, index } = options;
    if (changed.length === 0)
        return [];
    const note = options.onNote ?? (() => undefined);
    const platform = imagePlatform(options.config.platform);
    if (platform === undefined) {
        note(`image sizes not estimated: platform ${options.config.platform} has no wheel tags here (linux/amd64 or linux/arm64)`);
        return [];
    }
    const graph = (0,types/* imageGraph */.G)(workspace);
    const { images } = (0,touched/* touchedImages */.zY)({ workspace, graph, changedPackages: changed.map((b) => b.name) });
    const direct = images.filter((t) => t.direct).map((t) => t.name);
    if (direct.length === 0)
        return [];
    const environment = (0,bump_environment/* targetEnvironment */.dK)(options.pythonVersion, platform);
    const current = new Map((0,prepare/* centralPins */.m)(workspace, environment).map((p) => [p.name, p.version]));
    const pins = new Map(current);
    for (const b of changed) {
        if (b.to === undefined)
            pins.delete(b.name);
        else
            pins.set(b.name, b.to);
    }
    const bumps = new Map(changed.map((b) => [b.name, b]));
    const reader = options.reader ?? (0,range_reader/* createRangeReader */.p)();
    const cache = new Map();
    const nodes = new Map(graph.nodes.map((n) => [n.name, n]));
    const extrasAt = extrasIndex(workspace);
    const present = presentPackages({ index, environment, current });
    // Images share their bases: read what each base installs once, not once per image built on it.
    const installedBy = new Map();
    const installedOf = (node) => {
        let found = installedBy.get(node.name);
        if (found === undefined)
            installedBy.set(node.name, (found = (0,touched/* installedPackages */.At)(workspace, node)));
        return found;
    };
    const results = await Promise.all(direct.map(async (name) => {
        try {
            const chain = chainOf(name, nodes);
            const own = new Map();
            for (const node of chain) {
                for (const [pkg, at] of installedOf(node)) {
                    const extras = extrasAt.get(`${at.file}:${at.line}:${pkg}`) ?? [];
                    own.set(pkg, [...new Set([...(own.get(pkg) ?? []), ...extras])].sort());
                }
            }
            // With -c constraints a pin holds for transitive packages too: a bumped dependency changes the image.
            const installed = await present(own);
            const changes = [...installed.keys()]
                .filter((pkg) => bumps.has(pkg))
                .sort()
                .map((pkg) => {
                const b = bumps.get(pkg);
                const extras = installed.get(pkg) ?? [];
                return { name: pkg, from: b.from, to: b.to, ...(extras.length > 0 && { extras }) };
            });
            if (changes.length === 0)
                return undefined;
            const target = { pythonVersion: options.pythonVersion, platform, ...libcOfImage(externalBaseOf(chain) ?? '') };
            return await estimateSizeDelta({
                image: name,
                target,
                changes,
                index,
                reader,
                pins,
                installed: new Set(installed.keys()),
                noCompile: installsWithoutCompile(workspace, chain),
                cache,
            });
        }
        catch (error) {
            note(`${name}: size not estimated: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
    }));
    return results.filter((r) => r !== undefined);
}
function imagePlatform(platform) {
    if (platform.startsWith('linux/amd64'))
        return 'linux/amd64';
    if (platform.startsWith('linux/arm64'))
        return 'linux/arm64';
    return undefined;
}
/** The image and every image it is built FROM, nearest first. */
function chainOf(name, nodes) {
    const out = [];
    const seen = new Set();
    const queue = [name];
    while (queue.length > 0) {
        const next = queue.shift();
        if (seen.has(next))
            continue;
        seen.add(next);
        const node = nodes.get(next);
        if (!node)
            continue;
        out.push(node);
        queue.push(...node.bases);
    }
    return out;
}
/** The external image at the root of the chain (`python:3.12-slim`), which decides the libc. */
function externalBaseOf(chain) {
    for (const node of chain)
        if (node.externalBases.length > 0)
            return node.externalBases[0];
    return undefined;
}
/** Every install of the chain says `--no-compile` (uv's default): no .pyc to count. */
function installsWithoutCompile(workspace, chain) {
    const names = new Set(chain.map((n) => n.name));
    const sites = workspace.images.filter((i) => names.has(i.name)).flatMap((i) => i.installs);
    return sites.length > 0 && sites.every((s) => s.install.noCompile);
}
/** Extras per occurrence (`file:line:name`), for the packages installed with them (`uvicorn[standard]`). */
function extrasIndex(workspace) {
    const out = new Map();
    for (const o of workspace.occurrences)
        if (o.extras.length > 0)
            out.set(`${o.location.file}:${o.location.line}:${o.name}`, o.extras);
    return out;
}
/**
 * What the image has before the bump: its own packages and, at the current central pins, what they
 * require (markers evaluated for the image). An unpinned dependency counts as present but is not
 * followed, so no index page beyond the pinned ones is read. Metadata is read once per release.
 */
function presentPackages(options) {
    const requirements = new Map();
    const requirementsOf = (name, version, extras) => {
        const key = `${name}@${version}[${extras.join(',')}]`;
        let found = requirements.get(key);
        if (found === undefined) {
            found = options.index.metadata(name, version).then((metadata) => applicable(metadata?.requiresDist ?? [], options.environment, extras), () => []);
            requirements.set(key, found);
        }
        return found;
    };
    return async (own) => {
        const present = new Map(own);
        let level = [...own].map(([name, extras]) => ({ name, extras }));
        while (level.length > 0) {
            const lists = await Promise.all(level.map((node) => {
                const version = options.current.get(node.name);
                return version === undefined ? Promise.resolve([]) : requirementsOf(node.name, version, node.extras);
            }));
            level = [];
            for (const requirement of lists.flat()) {
                if (present.has(requirement.name))
                    continue;
                present.set(requirement.name, requirement.extras);
                level.push(requirement);
            }
        }
        return present;
    };
}
function applicable(requiresDist, environment, extras) {
    const out = [];
    for (const text of requiresDist) {
        try {
            const requirement = (0,pep_requirement/* parseRequirement */.p)(text);
            if (requirement.url !== undefined)
                continue;
            if (requirement.marker !== undefined) {
                const marker = (0,pep_marker/* parseMarker */.gY)(requirement.marker);
                if (!['', ...extras].some((extra) => (0,pep_marker/* evaluateMarker */.UZ)(marker, { ...environment, extra })))
                    continue;
            }
            out.push({ name: requirement.name, extras: requirement.extras });
        }
        catch {
            // an unreadable requirement of a dependency says nothing about the image
        }
    }
    return out;
}


/***/ }),

/***/ 8944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ updateTypeOf),
/* harmony export */   V: () => (/* binding */ isPrerelease)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
// What kind of update a version change is, for allow-lists and ignore rules.

/**
 * By the first differing release segment (zero-padded): 1st → major, 2nd → minor, any later →
 * patch. Plain segments, no 0.x special case. Same release segments with a different pre/dev
 * part (`2.0rc1` → `2.0rc2`, `2.0rc2` → `2.0`) → pre. Anything else (epoch, post, local, an
 * unparsable version) → other.
 */
function updateTypeOf(from, to) {
    const a = (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.explain)(from);
    const b = (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.explain)(to);
    if (!a || !b || a.epoch !== b.epoch)
        return 'other';
    const length = Math.max(a.release.length, b.release.length);
    for (let i = 0; i < length; i++) {
        if ((a.release[i] ?? 0) !== (b.release[i] ?? 0))
            return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch';
    }
    if (a.is_prerelease || b.is_prerelease) {
        if (String(a.pre) !== String(b.pre) || String(a.dev) !== String(b.dev))
            return 'pre';
    }
    return 'other';
}
/** PEP 440 pre-release, dev releases included (what pip leaves out unless asked). */
function isPrerelease(version) {
    return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.explain)(version)?.is_prerelease ?? false;
}


/***/ }),

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

/***/ 3209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ Repeats)
/* harmony export */ });
class Repeats {
    seen = new Map();
    /** The finding already made for a line saying what `o` says in the same file, counted once more; else undefined. */
    repeatOf(o) {
        const found = this.seen.get(keyOf(o));
        if (found)
            found.occurrences = (found.occurrences ?? 1) + 1;
        return found;
    }
    remember(o, finding) {
        this.seen.set(keyOf(o), finding);
        return finding;
    }
}
function keyOf(o) {
    return `${o.location.file}\0${o.origin}\0${o.service ?? ''}\0${o.name}\0${o.specifier}\0${o.marker ?? ''}\0${o.url ?? ''}`;
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

/***/ 440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ imageGraph)
/* harmony export */ });
function imageGraph(workspace) {
    return { nodes: workspace.images, missing: workspace.missingImages, warnings: workspace.warnings };
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

/***/ 110:
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

/***/ 4950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hu: () => (/* binding */ planRebuild)
});

// UNUSED EXPORTS: rebuildWarnings, renderRebuild, runRebuild

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
        `Rebuild ${plural(count, 'image')} in ${plural(waves.length, 'wave')} · ${config.platform} · ${config.cache} cache`,
    ];
    if (options.changedPackages) {
        const changed = [...new Set(options.changedPackages.map(normalizeName))].sort();
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
        lines.push('', 'Warnings:', ...warnings.map((w) => `  ${escapeTerminal(w)}`));
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


/***/ }),

/***/ 2563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
const SCHEMA_VERSION = 2;


/***/ }),

/***/ 4007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ buildReport),
  G: () => (/* binding */ scanRepository)
});

// EXTERNAL MODULE: ./src/checks/pins.ts
var checks_pins = __webpack_require__(977);
// EXTERNAL MODULE: ./src/checks/repeats.ts
var checks_repeats = __webpack_require__(3209);
;// CONCATENATED MODULE: ./src/checks/conflict.ts


const checkConflicts = (ws) => {
    const out = [];
    const repeats = new checks_repeats/* Repeats */.$();
    for (const o of ws.occurrences) {
        if (o.origin === 'constraints' || o.url || o.specifier === '')
            continue;
        if (repeats.repeatOf(o))
            continue;
        // An exact inline pin in a Dockerfile is inline-pin-mismatch's business.
        if (o.origin === 'dockerfile' && (0,checks_pins/* exactVersion */.y)(o.specifier) !== undefined)
            continue;
        const pins = ws.pins.get(o.name);
        if (!pins || pins.length === 0)
            continue;
        const live = pins.filter((p) => p.specifier !== '' && !p.url);
        // Pins split by markers: only a specifier that excludes all of them conflicts everywhere.
        if (live.length === 0 || live.some((p) => (0,checks_pins/* acceptsPin */.b)(o.specifier, p.specifier)))
            continue;
        const pin = live[0];
        const pinText = live.map((p) => p.specifier).join(' / ');
        out.push(repeats.remember(o, {
            rule: 'conflict',
            package: o.name,
            location: o.location,
            service: o.service,
            specifier: o.specifier,
            pin: pinText,
            message: `${o.rawName}${o.specifier} excludes the central pin ${o.name}${pinText} (${pin.location.file}:${pin.location.line}); ` +
                `pip install -c fails to resolve. Widen the specifier to accept ${pinText.replace(/^={2,3}/, '')}, or drop the version and let the constraints decide.`,
        }));
    }
    return out;
};

;// CONCATENATED MODULE: ./src/checks/constraints-file.ts
const checkDuplicateConstraints = (ws) => {
    const out = [];
    for (const [name, pins] of ws.pins) {
        const seen = new Map();
        for (const p of pins) {
            const key = (p.marker ?? '').replace(/\s+/g, '');
            const first = seen.get(key);
            if (!first) {
                seen.set(key, p);
                continue;
            }
            out.push({
                rule: 'duplicate-constraint',
                package: name,
                location: p.location,
                specifier: p.specifier,
                pin: first.specifier,
                message: `${name} is pinned again (${p.specifier || 'no version'}) after ${first.location.file}:${first.location.line} (${first.specifier || 'no version'}); pip applies both. Keep one line.`,
            });
        }
    }
    return out;
};
const checkUnusedConstraints = (ws) => {
    const used = new Set(ws.occurrences.filter((o) => o.origin !== 'constraints').map((o) => o.name));
    const out = [];
    for (const [name, pins] of ws.pins) {
        if (used.has(name))
            continue;
        out.push({
            rule: 'unused-constraint',
            package: name,
            location: pins[0].location,
            specifier: pins[0].specifier,
            message: `No service names ${name} directly. Remove the pin unless it holds a transitive dependency on purpose.`,
        });
    }
    return out;
};
const checkInvalidConstraints = (ws) => {
    const out = [];
    for (const file of ws.files) {
        if (file.kind !== 'constraints')
            continue;
        for (const u of file.parsed.unnamed) {
            out.push({
                rule: 'invalid-constraint',
                location: u.location,
                message: `${u.text}: ${u.editable ? 'an editable requirement' : 'a requirement without a name (a path or URL)'} is not allowed as a constraint; pip refuses the whole file, so every pip install -c using it fails. Pin it by name: <name>==<version>.`,
            });
        }
    }
    for (const o of ws.occurrences) {
        if (o.origin !== 'constraints')
            continue;
        const why = o.editable
            ? 'an editable requirement is not allowed as a constraint'
            : o.url
                ? 'a URL or path is not allowed as a constraint'
                : o.extras.length > 0
                    ? 'constraints cannot have extras'
                    : undefined;
        if (!why)
            continue;
        out.push({
            rule: 'invalid-constraint',
            package: o.name,
            location: o.location,
            specifier: o.specifier,
            message: `${o.text}: ${why}; pip refuses the whole file, so every pip install -c using it fails. Write it as ${o.name}${o.specifier || '==<version>'}.`,
        });
    }
    return out;
};

// EXTERNAL MODULE: ./src/pep/version.ts
var pep_version = __webpack_require__(8561);
;// CONCATENATED MODULE: ./src/checks/inline-pin-mismatch.ts



const checkInlinePins = (ws) => {
    const out = [];
    const repeats = new checks_repeats/* Repeats */.$();
    for (const o of ws.occurrences) {
        if (o.origin !== 'dockerfile' || repeats.repeatOf(o))
            continue;
        const version = (0,checks_pins/* exactVersion */.y)(o.specifier);
        if (version === undefined)
            continue;
        const pinned = (ws.pins.get(o.name) ?? []).map((p) => ({ p, v: (0,checks_pins/* exactVersion */.y)(p.specifier) })).filter((x) => x.v !== undefined);
        if (pinned.length === 0 || pinned.some((x) => (0,pep_version/* sameVersion */.r)(x.v, version)))
            continue;
        const { p, v } = pinned[0];
        out.push(repeats.remember(o, {
            rule: 'inline-pin-mismatch',
            package: o.name,
            location: o.location,
            service: o.service,
            specifier: o.specifier,
            pin: p.specifier,
            message: `${o.text} is pinned inline, but the central pin is ${o.name}==${v} (${p.location.file}:${p.location.line}). Change it to ${o.rawName}${o.extras.length ? `[${o.extras.join(',')}]` : ''}==${v}, or install with -c and no version.`,
        }));
    }
    return out;
};

;// CONCATENATED MODULE: ./src/checks/consumers.ts
/** The label a finding at `file` carries: its first consumer. */
function firstConsumer(ws, file) {
    for (const label of ws.consumers.get(file) ?? [])
        return label;
    return undefined;
}
/** "3 services (api, search, worker)", "2 services and 1 image (…)": consumer labels counted by what they are. */
function describeConsumers(ws, labels) {
    const services = new Set(ws.services.map((s) => s.id));
    const images = new Set(ws.images.map((i) => i.name));
    let s = 0;
    let i = 0;
    let f = 0;
    for (const label of labels) {
        if (services.has(label))
            s++;
        else if (images.has(label))
            i++;
        else
            f++;
    }
    const parts = [count(s, 'service'), count(i, 'image'), count(f, 'file')].filter((p) => p !== '');
    const sorted = [...labels].sort();
    const names = `${sorted.slice(0, 5).join(', ')}${sorted.length > 5 ? ', …' : ''}`;
    return `${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? 'no consumer')} (${names})`;
}
function count(n, word) {
    return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/checks/missing-constraints-flag.ts
// missing-constraints-flag: `pip install -r` in a Dockerfile without `-c`: the central pins do not apply.

const checkMissingConstraintsFlag = (ws) => {
    if (!ws.constraintsFile)
        return [];
    // A Dockerfile built as several images (targets, contexts) has its installs once per image: report each once.
    const seen = new Set();
    return ws.installs
        .filter((site) => site.install.requirementFiles.length > 0 && !site.constrained)
        .filter((site) => {
        const key = `${site.install.location.file}:${site.install.location.line}:${site.install.location.column}`;
        return !seen.has(key) && seen.add(key) !== undefined;
    })
        .map((site) => ({
        rule: 'missing-constraints-flag',
        location: site.install.location,
        service: firstConsumer(ws, site.dockerfile),
        message: `pip install -r ${site.install.requirementFiles.map((r) => r.path).join(' -r ')} runs without -c, so ${ws.constraintsFile} does not apply. COPY it into the image and add -c <path>, or set ENV PIP_CONSTRAINT.`,
    }));
};

;// CONCATENATED MODULE: ./src/checks/model-issues.ts
// missing-dockerfile, image-tag-collision, invalid-image-tag: what building the model met, as findings.

const checkModelIssues = (ws) => ws.modelIssues.map((issue) => ({ rule: issue.rule, location: issue.location, service: firstConsumer(ws, issue.location.file), message: issue.message }));

;// CONCATENATED MODULE: ./src/checks/no-constraints.ts
const checkNoConstraints = (ws) => {
    if (ws.constraintsFile)
        return [];
    const anchor = [...ws.requirementFiles.keys()].sort()[0] ?? ws.occurrences[0]?.location.file;
    // Nothing installs a Python package: there is nothing to constrain.
    if (anchor === undefined)
        return [];
    return [
        {
            rule: 'no-constraints',
            location: { file: anchor, line: 1, column: 1 },
            message: 'No central constraints file: none was named and none was found by name or by `pip install -c` use, so no pin was checked. Name one with --constraints FILE or `constraints: FILE` in .github/monopin.yml (or rules: { no-constraints: off } if the repository has none on purpose).',
        },
    ];
};

// EXTERNAL MODULE: ./src/checks/rules.ts
var rules = __webpack_require__(2226);
;// CONCATENATED MODULE: ./src/checks/severity.ts

function severityOf(rule, config) {
    return config.rules[rule] ?? (0,rules/* defaultSeverity */.NU)(rule);
}

;// CONCATENATED MODULE: ./src/checks/source-issues.ts
// parse-error, include-error, shell-redirect-in-specifier: what the parsers met, as findings.

const checkSourceIssues = (ws) => ws.issues.map((issue) => ({
    rule: issue.rule,
    package: issue.package,
    location: issue.location,
    service: firstConsumer(ws, issue.location.file),
    message: issue.message,
}));

;// CONCATENATED MODULE: ./src/checks/unconstrained.ts
// unconstrained: a package that several services install has no central pin, so each drifts on its own.

// Installer bootstrap tools are upgraded in place by most Dockerfiles; pinning them is a separate policy.
const BOOTSTRAP = new Set(['pip', 'setuptools', 'wheel']);
const checkUnconstrained = (ws, config) => {
    if (!ws.constraintsFile)
        return [];
    const users = new Map();
    for (const o of ws.occurrences) {
        if (o.origin === 'constraints' || BOOTSTRAP.has(o.name) || ws.pins.has(o.name))
            continue;
        const entry = users.get(o.name) ?? { services: new Set(), first: o };
        for (const service of ws.consumers.get(o.location.file) ?? (o.service ? [o.service] : []))
            entry.services.add(service);
        users.set(o.name, entry);
    }
    const out = [];
    for (const [name, { services, first }] of users) {
        if (services.size < config.sharedMinServices)
            continue;
        out.push({
            rule: 'unconstrained',
            package: name,
            location: first.location,
            service: first.service,
            specifier: first.specifier,
            consumers: [...services].sort(),
            message: `${name} is installed by ${describeConsumers(ws, [...services])} but has no pin in ${ws.constraintsFile}. Add one line, e.g. ${name}==<version>, so they all get the same version.`,
        });
    }
    return out;
};

;// CONCATENATED MODULE: ./src/checks/index.ts










const RULES = [
    checkSourceIssues,
    checkModelIssues,
    checkConflicts,
    checkInlinePins,
    checkUnconstrained,
    checkMissingConstraintsFlag,
    checkDuplicateConstraints,
    checkUnusedConstraints,
    checkInvalidConstraints,
    checkNoConstraints,
];
function runChecks(workspace, config) {
    const findings = [];
    for (const rule of RULES) {
        for (const draft of rule(workspace, config)) {
            const severity = severityOf(draft.rule, config);
            if (severity !== 'off')
                findings.push({ ...draft, severity });
        }
    }
    return findings.sort((a, b) => rules/* SEVERITY_RANK */.f3[a.severity] - rules/* SEVERITY_RANK */.f3[b.severity] ||
        a.location.file.localeCompare(b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        a.rule.localeCompare(b.rule));
}

;// CONCATENATED MODULE: ./src/checks/diff.ts
/** Rules whose subject is a package, wherever the finding happens to point. */
const PACKAGE_RULES = new Set(['unconstrained', 'unused-constraint', 'duplicate-constraint']);
function keyOf(f) {
    if (PACKAGE_RULES.has(f.rule) && f.package !== undefined)
        return JSON.stringify([f.rule, f.package]);
    return JSON.stringify([f.rule, f.package ?? '', f.location.file, f.service ?? '']);
}
function diffFindings(base, head) {
    const remaining = new Map();
    for (const f of base) {
        const list = remaining.get(keyOf(f));
        if (list)
            list.push(f);
        else
            remaining.set(keyOf(f), [f]);
    }
    const introduced = [];
    const changed = [];
    const unchanged = [];
    for (const f of head) {
        const before = remaining.get(keyOf(f))?.shift();
        if (!before) {
            introduced.push(f);
            continue;
        }
        const was = new Set(before.consumers ?? []);
        const now = new Set(f.consumers ?? []);
        const added = [...now].filter((c) => !was.has(c)).sort();
        const removed = [...was].filter((c) => !now.has(c)).sort();
        if (added.length > 0 || removed.length > 0)
            changed.push({ finding: f, added, removed });
        else
            unchanged.push(f);
    }
    const fixed = [...remaining.values()].flat();
    return { introduced, fixed, changed, unchanged };
}

// EXTERNAL MODULE: ./node_modules/dotenv/dist/index.cjs
var dist = __webpack_require__(8230);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/sources/compose-services.ts + 1 modules
var compose_services = __webpack_require__(260);
// EXTERNAL MODULE: ./src/sources/discover.ts
var discover = __webpack_require__(2051);
// EXTERNAL MODULE: ./src/sources/dockerfile.ts + 2 modules
var dockerfile = __webpack_require__(1427);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
// EXTERNAL MODULE: ./src/pep/requirement.ts
var pep_requirement = __webpack_require__(5358);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./src/sources/poetry.ts
// Poetry's dependency tables → PEP 508 requirements. Pure: plain parsed TOML in, requirements out;
// pyproject.ts places them in the file.



/**
 * @param skipMain names (normalized) declared in PEP 621 `project.dependencies`: Poetry 2 only
 *   enriches those from `tool.poetry.dependencies`, so reading them again would double count.
 */
function readPoetryDependencies(data, skipMain) {
    const poetry = asRecord(asRecord(data['tool'])?.['poetry']);
    if (!poetry)
        return [];
    const out = [];
    const table = (deps, group, base, skip) => {
        const record = asRecord(deps);
        if (!record)
            return;
        for (const [rawName, spec] of Object.entries(record)) {
            if (rawName.toLowerCase() === 'python' || skip?.has((0,pep_name/* normalizeName */.P)(rawName)))
                continue;
            const path = [...base, rawName];
            if (Array.isArray(spec)) {
                // Multiple-constraints dependency: one entry per python/platform range.
                spec.forEach((entry, i) => out.push(readOne(rawName, entry, group, [...path, i])));
            }
            else {
                out.push(readOne(rawName, spec, group, path));
            }
        }
    };
    table(poetry['dependencies'], 'poetry', ['tool', 'poetry', 'dependencies'], skipMain);
    table(poetry['dev-dependencies'], 'poetry:dev', ['tool', 'poetry', 'dev-dependencies']);
    for (const [name, group] of Object.entries(asRecord(poetry['group']) ?? {})) {
        table(asRecord(group)?.['dependencies'], `poetry:${name}`, ['tool', 'poetry', 'group', name, 'dependencies']);
    }
    return out;
}
function readOne(rawName, spec, group, path) {
    try {
        return { group, path, rawName, requirement: toRequirement(rawName, spec) };
    }
    catch (err) {
        return { group, path, rawName, error: `Poetry dependency '${rawName}': ${err instanceof Error ? err.message : String(err)}` };
    }
}
function toRequirement(rawName, spec) {
    const table = typeof spec === 'string' ? { version: spec } : asRecord(spec);
    if (!table)
        throw new Error('must be a version string or a table');
    const str = (key) => {
        const value = table[key];
        if (value === undefined)
            return undefined;
        if (typeof value !== 'string')
            throw new Error(`'${key}' must be a string`);
        return value;
    };
    const extrasRaw = table['extras'] ?? [];
    if (!Array.isArray(extrasRaw) || !extrasRaw.every((e) => typeof e === 'string')) {
        throw new Error("'extras' must be a list of strings");
    }
    const extras = [...new Set(extrasRaw.map(pep_name/* normalizeName */.P))].sort();
    const markers = [];
    const python = str('python');
    if (python)
        markers.push(specifierToMarker('python_version', poetryToPep440(python)));
    const platform = str('platform');
    if (platform)
        markers.push(`sys_platform == "${platform}"`);
    const written = str('markers');
    if (written)
        markers.push(written);
    const parts = markers.filter(Boolean);
    const marker = parts.length === 0
        ? undefined
        : parts.length === 1
            ? parts[0]
            : parts.map((m) => (/\bor\b/.test(m) ? `(${m})` : m)).join(' and ');
    const base = { name: (0,pep_name/* normalizeName */.P)(rawName), rawName, extras, marker };
    const git = str('git');
    if (git !== undefined) {
        const ref = str('rev') ?? str('tag') ?? str('branch');
        const sub = str('subdirectory');
        const url = `git+${git}${ref ? `@${ref}` : ''}${sub ? `#subdirectory=${sub}` : ''}`;
        return { ...base, specifier: '', url };
    }
    const url = str('url') ?? str('path');
    if (url !== undefined)
        return { ...base, specifier: '', url };
    const specifier = poetryToPep440(str('version') ?? '*');
    // The house PEP 508 parser is the one judge of a valid specifier.
    const checked = (0,pep_requirement/* parseRequirement */.p)(`${rawName}${specifier}`);
    return { ...base, specifier: checked.specifier };
}
const CLAUSE = /\s*(\^|~=|~|===|==|!=|<=|>=|<|>|=)?\s*([^\s,|<>=!~^]+)\s*,?/y;
/**
 * A Poetry constraint as a PEP 440 specifier ('' for any version).
 * `||` has no PEP 440 spelling: the result is the smallest range holding every alternative,
 * which never reports a conflict Poetry would not have.
 */
function poetryToPep440(constraint) {
    const alternatives = constraint.split('||').map(convertAll);
    if (alternatives.length === 1)
        return alternatives[0];
    return hull(alternatives);
}
function convertAll(constraint) {
    const text = constraint.trim();
    if (text === '' || text === '*')
        return '';
    const clauses = [];
    let pos = 0;
    while (pos < text.length) {
        CLAUSE.lastIndex = pos;
        const m = CLAUSE.exec(text);
        if (!m || CLAUSE.lastIndex === pos)
            throw new Error(`cannot read Poetry constraint '${constraint}'`);
        pos = CLAUSE.lastIndex;
        clauses.push(...convertClause(m[1] ?? '', m[2], constraint));
    }
    return clauses.join(',');
}
function convertClause(op, version, constraint) {
    if (version === '*')
        return [];
    if (op === '^' || op === '~') {
        const release = /^v?(\d+(?:\.\d+)*)/.exec(version)?.[1];
        if (!release)
            throw new Error(`cannot read Poetry constraint '${constraint}'`);
        const parts = release.split('.').map(Number);
        let bump;
        if (op === '~')
            bump = parts.length >= 2 ? 1 : 0;
        else {
            // Caret: the leftmost non-zero part may not change; all zeros → the last part written.
            const firstNonZero = parts.findIndex((p) => p !== 0);
            bump = firstNonZero === -1 ? parts.length - 1 : firstNonZero;
        }
        const upper = parts.map((p, i) => (i < bump ? p : i === bump ? p + 1 : 0)).join('.');
        return [`>=${version}`, `<${upper}`];
    }
    if (op === '' || op === '=')
        return [`==${version}`];
    return [`${op}${version}`];
}
function hull(alternatives) {
    if (alternatives.some((a) => a === ''))
        return '';
    let lower;
    let upper;
    for (const alternative of alternatives) {
        const { lo, hi } = bounds(alternative);
        // `null` = unbounded on that side: the hull is too.
        lower = lower === null || !lo ? null : !lower || pick(lo, lower, -1) ? lo : lower;
        upper = upper === null || !hi ? null : !upper || pick(hi, upper, 1) ? hi : upper;
    }
    const out = [];
    if (lower)
        out.push(`${lower.inclusive ? '>=' : '>'}${lower.version}`);
    if (upper)
        out.push(`${upper.inclusive ? '<=' : '<'}${upper.version}`);
    return out.join(',');
}
/** Is `a` wider than `b` in `direction` (-1 lower, 1 upper)? */
function pick(a, b, direction) {
    const c = (0,pep440.compare)(a.version, b.version) * direction;
    return c > 0 || (c === 0 && a.inclusive && !b.inclusive);
}
/** The range one alternative allows, as its tightest lower and upper bounds. */
function bounds(specifier) {
    let lo;
    let hi;
    const addLo = (b) => void (lo = !lo || pick(lo, b, -1) ? b : lo);
    const addHi = (b) => void (hi = !hi || pick(hi, b, 1) ? b : hi);
    for (const clause of specifier.split(',')) {
        const m = /^(~=|===|==|!=|<=|>=|<|>)(.+)$/.exec(clause);
        if (!m)
            continue;
        const [, op, v] = m;
        if (op === '>=' || op === '>')
            addLo({ version: v, inclusive: op === '>=' });
        else if (op === '<=' || op === '<')
            addHi({ version: v, inclusive: op === '<=' });
        else if (op === '~=' || (op === '==' && v.endsWith('.*'))) {
            const release = v.replace(/\.\*$/, '').split('.');
            const keep = op === '~=' ? release.length - 1 : release.length;
            const next = release.slice(0, keep).map((p, i) => (i === keep - 1 ? String(Number(p) + 1) : p));
            addLo({ version: v.replace(/\.\*$/, ''), inclusive: true });
            addHi({ version: next.join('.'), inclusive: false });
        }
        else if (op === '==' || op === '===') {
            addLo({ version: v, inclusive: true });
            addHi({ version: v, inclusive: true });
        }
    }
    return { lo, hi };
}
function specifierToMarker(variable, specifier) {
    return specifier
        .split(',')
        .filter(Boolean)
        .map((clause) => {
        const m = /^(~=|===|==|!=|<=|>=|<|>)(.+)$/.exec(clause);
        return m ? `${variable} ${m[1]} "${m[2]}"` : '';
    })
        .filter(Boolean)
        .join(' and ');
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
        ? value
        : undefined;
}

// EXTERNAL MODULE: ./src/line-index.ts
var line_index = __webpack_require__(3492);
// EXTERNAL MODULE: ./src/sources/issue-text.ts
var issue_text = __webpack_require__(1533);
;// CONCATENATED MODULE: ./src/sources/pyproject.ts
// pyproject.toml → requirements from PEP 621, PEP 735 dependency groups and Poetry tables.
// smol-toml gives values without positions, so a small scanner (below) walks the same text to
// place every key and value; it only ever runs on text smol-toml accepted.






function parsePyproject(content, path) {
    const result = { path, occurrences: [], groups: [], issues: [] };
    let data;
    try {
        data = (0,smol_toml_dist/* parse */.qg)(content);
    }
    catch (err) {
        if (!(err instanceof smol_toml_dist/* TomlError */.zx))
            throw err;
        const message = err.message.split('\n', 1)[0] ?? err.message;
        result.issues.push({ rule: 'parse-error', message: `invalid TOML: ${message}`, location: { file: path, line: err.line, column: err.column } });
        return result;
    }
    const positions = scanToml(content);
    const lines = (0,line_index/* lineStarts */._$)(content);
    const locate = (offset, end) => ({
        file: path,
        ...(0,line_index/* toLineColumn */.sZ)(lines, offset),
        ...(end === undefined ? {} : renameEnd((0,line_index/* toLineColumn */.sZ)(lines, end))),
    });
    const placeOf = (p) => {
        const span = positions.get(key(p));
        return locate(span?.key?.start ?? span?.value?.start ?? 0);
    };
    const issue = (message, location, rule = 'parse-error') => {
        result.issues.push({ rule, message: (0,issue_text/* boundMessage */.w)(message), location });
    };
    const addString = (text, p, group) => {
        const value = positions.get(key(p))?.value;
        // Point inside the quotes so the text sits exactly at the location (multi-line strings: after the newline).
        const opener = value ? /^("""|'''|"|')(\r?\n)?/.exec(content.slice(value.start, value.start + 5)) : null;
        const start = value ? value.start + (opener?.[0].length ?? 0) : 0;
        const exact = content.startsWith(text, start);
        try {
            const requirement = (0,pep_requirement/* parseRequirement */.p)(text);
            result.occurrences.push({
                ...requirement,
                location: locate(start, exact ? start + text.length : undefined),
                origin: 'pyproject',
                viaConstraint: false,
                text,
            });
            result.groups.push(group);
        }
        catch (err) {
            // Escapes make the offset inexact; the string's start is still right.
            const offset = err instanceof pep_requirement/* RequirementSyntaxError */.t && exact ? err.offset : 0;
            const message = err instanceof Error ? err.message : String(err);
            issue(`invalid requirement '${text}': ${message}`, locate(start + offset));
        }
    };
    const stringList = (value, p, group) => {
        if (!Array.isArray(value))
            return issue(`${p.join('.')} must be a list of requirement strings`, placeOf(p));
        value.forEach((item, i) => {
            if (typeof item === 'string')
                addString(item, [...p, i], group);
            else
                issue(`${p.join('.')} must hold requirement strings`, placeOf([...p, i]));
        });
    };
    const project = pyproject_asRecord(data['project']);
    if (typeof project?.['name'] === 'string')
        result.projectName = project['name'];
    const mainNames = new Set();
    if (project?.['dependencies'] !== undefined) {
        stringList(project['dependencies'], ['project', 'dependencies'], 'main');
        for (const o of result.occurrences)
            mainNames.add(o.name);
    }
    const optional = project?.['optional-dependencies'];
    if (optional !== undefined) {
        const table = pyproject_asRecord(optional);
        if (!table)
            issue('project.optional-dependencies must be a table', placeOf(['project', 'optional-dependencies']));
        for (const [extra, list] of Object.entries(table ?? {})) {
            stringList(list, ['project', 'optional-dependencies', extra], `optional:${extra}`);
        }
    }
    readDependencyGroups(data['dependency-groups'], { addString, issue, placeOf });
    for (const dep of readPoetryDependencies(data, mainNames)) {
        const span = positions.get(key(dep.path));
        const start = span?.key?.start ?? span?.value?.start ?? 0;
        const end = span?.value?.end ?? span?.key?.end;
        if (!dep.requirement) {
            issue(dep.error ?? `cannot read Poetry dependency '${dep.rawName}'`, locate(start));
            continue;
        }
        const text = end === undefined ? dep.rawName : content.slice(start, end);
        result.occurrences.push({ ...dep.requirement, location: locate(start, end), origin: 'pyproject', viaConstraint: false, text });
        result.groups.push(dep.group);
    }
    return result;
}
/**
 * PEP 735: each requirement is read once, under the group that writes it; `{include-group}`
 * references are followed only to report unknown groups and cycles, so an included requirement
 * is not counted twice at the same line.
 */
function readDependencyGroups(raw, ctx) {
    if (raw === undefined)
        return;
    const groups = pyproject_asRecord(raw);
    if (!groups)
        return ctx.issue('dependency-groups must be a table', ctx.placeOf(['dependency-groups']));
    const byName = new Map(Object.keys(groups).map((name) => [(0,pep_name/* normalizeName */.P)(name), name]));
    const includes = new Map();
    for (const [name, list] of Object.entries(groups)) {
        const base = ['dependency-groups', name];
        if (!Array.isArray(list)) {
            ctx.issue(`dependency group '${name}' must be a list`, ctx.placeOf(base));
            continue;
        }
        const own = [];
        list.forEach((item, i) => {
            const p = [...base, i];
            const include = pyproject_asRecord(item)?.['include-group'];
            if (typeof item === 'string')
                ctx.addString(item, p, `group:${name}`);
            else if (typeof include === 'string')
                own.push({ target: include, p });
            else
                ctx.issue(`dependency group '${name}' entries must be strings or {include-group = "..."}`, ctx.placeOf(p));
        });
        includes.set((0,pep_name/* normalizeName */.P)(name), own);
    }
    // Depth-first over include edges; a back edge is a cycle, reported once where it closes.
    const state = new Map();
    const visit = (group) => {
        state.set(group, 'visiting');
        for (const { target, p } of includes.get(group) ?? []) {
            const t = (0,pep_name/* normalizeName */.P)(target);
            if (!byName.has(t))
                ctx.issue(`dependency group '${target}' is not defined`, ctx.placeOf(p), 'include-error');
            else if (state.get(t) === 'visiting')
                ctx.issue(`including dependency group '${target}' from '${byName.get(group)}' forms a cycle`, ctx.placeOf(p), 'include-error');
            else if (!state.has(t))
                visit(t);
        }
        state.set(group, 'done');
    };
    for (const group of includes.keys())
        if (!state.has(group))
            visit(group);
}
function pyproject_asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
        ? value
        : undefined;
}
const key = (p) => JSON.stringify(p);
function renameEnd(p) {
    return { endLine: p.line, endColumn: p.column };
}
/**
 * Where every key and value of a valid TOML document sits, by path. Array-of-tables headers get
 * their index as a path segment; nothing we read lives under one, so nesting under them is loose.
 */
function scanToml(text) {
    const places = new Map();
    const counts = new Map();
    let pos = 0;
    let table = [];
    const skip = (newlines) => {
        for (;;) {
            const c = text[pos];
            if (c === ' ' || c === '\t' || (newlines && (c === '\n' || c === '\r')))
                pos++;
            else if (c === '#')
                while (pos < text.length && text[pos] !== '\n')
                    pos++;
            else
                return;
        }
    };
    const readString = () => {
        const start = pos;
        const q = text[pos];
        const triple = text.startsWith(q.repeat(3), pos);
        const close = triple ? q.repeat(3) : q;
        pos += close.length;
        while (pos < text.length) {
            if (q === '"' && text[pos] === '\\')
                pos += 2;
            else if (text.startsWith(close, pos)) {
                pos += close.length;
                // A multi-line string may end with up to two extra quotes before its closer.
                while (triple && text[pos] === q)
                    pos++;
                break;
            }
            else
                pos++;
        }
        const raw = text.slice(start, pos);
        return triple || q === "'" ? raw.slice(close.length, raw.length - close.length) : decodeBasic(raw);
    };
    const readKey = () => {
        const path = [];
        let span = { start: pos, end: pos };
        for (;;) {
            skip(false);
            const start = pos;
            if (text[pos] === '"' || text[pos] === "'")
                path.push(readString());
            else {
                while (pos < text.length && /[A-Za-z0-9_-]/.test(text[pos]))
                    pos++;
                path.push(text.slice(start, pos));
            }
            span = { start, end: pos };
            skip(false);
            if (text[pos] !== '.')
                return { path, span };
            pos++;
        }
    };
    const readValue = (p, keySpan) => {
        const start = pos;
        const c = text[pos];
        if (c === '"' || c === "'")
            readString();
        else if (c === '[') {
            pos++;
            for (let i = 0;; i++) {
                skip(true);
                if (text[pos] === ']' || pos >= text.length)
                    break;
                readValue([...p, i]);
                skip(true);
                if (text[pos] === ',')
                    pos++;
            }
            pos++;
        }
        else if (c === '{') {
            pos++;
            for (;;) {
                skip(true);
                if (text[pos] === '}' || pos >= text.length)
                    break;
                readPair(p);
                skip(true);
                if (text[pos] === ',')
                    pos++;
            }
            pos++;
        }
        else {
            while (pos < text.length && !/[,\]}#\r\n]/.test(text[pos]))
                pos++;
            while (pos > start && /[ \t]/.test(text[pos - 1]))
                pos--;
        }
        places.set(key(p), { key: keySpan, value: { start, end: pos } });
    };
    const readPair = (base) => {
        const k = readKey();
        skip(false);
        pos++; // '='
        skip(false);
        readValue([...base, ...k.path], k.span);
    };
    while (pos < text.length) {
        skip(true);
        if (pos >= text.length)
            break;
        if (text[pos] === '[') {
            const isArray = text[pos + 1] === '[';
            pos += isArray ? 2 : 1;
            const k = readKey();
            pos += isArray ? 2 : 1;
            table = k.path;
            if (isArray) {
                const n = counts.get(key(k.path)) ?? 0;
                counts.set(key(k.path), n + 1);
                table = [...k.path, n];
            }
            // `[tool.poetry.dependencies.foo]` declares a dependency: remember where its name is.
            if (!places.has(key(table)))
                places.set(key(table), { key: k.span });
        }
        else {
            readPair(table);
        }
    }
    return places;
}
function decodeBasic(raw) {
    try {
        return JSON.parse(raw.replace(/\\U([0-9a-fA-F]{8})/g, (_, h) => String.fromCodePoint(parseInt(h, 16))));
    }
    catch {
        return raw.slice(1, -1);
    }
}

// EXTERNAL MODULE: ./src/sources/requirements.ts + 1 modules
var requirements = __webpack_require__(3728);
;// CONCATENATED MODULE: ./src/sources/decode.ts
// Bytes of a manifest → text, the way pip's `auto_decode` reads a requirements file: a BOM names
// the encoding (UTF-8, UTF-16 LE/BE; UTF-32 BE is refused, TextDecoder has no codec for it), else UTF-8.
// NUL bytes in an unmarked file mean it is not text at all.
// pip's order: a UTF-32 LE file starts with the UTF-16 LE BOM, and pip reads it as UTF-16.
const BOMS = [
    { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
    { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
    { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
    { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32' },
];
function decodeManifest(bytes) {
    for (const bom of BOMS) {
        if (bytes.length < bom.bytes.length || !bom.bytes.every((b, i) => bytes[i] === b))
            continue;
        if (bom.encoding === 'utf-32')
            return { kind: 'binary', reason: 'UTF-32 text (not supported; save it as UTF-8)' };
        // The decoder drops the BOM itself.
        return { kind: 'text', text: new TextDecoder(bom.encoding).decode(bytes) };
    }
    if (bytes.subarray(0, 8192).includes(0))
        return { kind: 'binary', reason: 'binary file' };
    return { kind: 'text', text: new TextDecoder().decode(bytes) };
}

// EXTERNAL MODULE: ./src/include-path.ts
var include_path = __webpack_require__(3351);
// EXTERNAL MODULE: ./src/model/compose-projects.ts + 1 modules
var compose_projects = __webpack_require__(9633);
// EXTERNAL MODULE: ./src/model/paths.ts
var model_paths = __webpack_require__(1933);
;// CONCATENATED MODULE: ./src/load.ts
// Reads and parses every Python dependency file of a repository through a FileReader,
// then follows -r/-c includes. The only I/O is the reader's; parsing is done by the pure parsers.











const READ_CONCURRENCY = 16;
/**
 * The longest -r/-c chain followed. pip recurses once per level (Python's stack gives out at a few
 * hundred); no real repository comes near this, and a deeper chain is an include-error.
 */
const MAX_INCLUDE_DEPTH = 50;
/** The configured central file exists but cannot be read as text: every check against it would be hollow. */
class CentralFileError extends Error {
    path;
    constructor(path, reason) {
        super(`cannot use the constraints file '${path}': ${reason}`);
        this.path = path;
        this.name = 'CentralFileError';
    }
}
async function loadRepository(reader, options = {}) {
    const maxFileBytes = options.maxFileBytes ?? 5 * 1024 * 1024;
    const discovered = await (0,discover/* discoverFiles */.ZO)(reader, { ignore: options.ignore, paths: options.paths, maxFileBytes });
    const skipped = [...discovered.skipped];
    const issues = [];
    const files = new Map();
    const limit = (0,p_limit/* default */.A)(READ_CONCURRENCY);
    const readText = async (path) => {
        let bytes;
        try {
            bytes = await reader.read(path);
        }
        catch (error) {
            return { error };
        }
        if (bytes.byteLength > maxFileBytes)
            return { skip: `larger than ${maxFileBytes} bytes` };
        const decoded = decodeManifest(bytes);
        return decoded.kind === 'text' ? { text: decoded.text } : { skip: decoded.reason };
    };
    // A file's kind comes from its name (discovery) or the configuration, never from who includes it.
    const kinds = new Map(discovered.files.map((f) => [f.path, f.kind]));
    const extras = new Set((options.extraFiles ?? []).filter((extra) => !kinds.has(extra)));
    for (const extra of extras)
        kinds.set(extra, 'constraints');
    await Promise.all([...kinds].map(([path, kind]) => limit(async () => {
        const read = await readText(path);
        if ('text' in read)
            files.set(path, await parseFile(path, kind, read.text));
        else if ('skip' in read) {
            // The central file unreadable as text would leave every check hollow: an error, not a note.
            if (options.extraFiles?.includes(path))
                throw new CentralFileError(path, read.skip);
            skipped.push({ path, reason: read.skip });
            if (kind === 'constraints')
                issues.push({ rule: 'parse-error', location: { file: path, line: 1, column: 1 }, message: `constraints file not read: ${read.skip}; its pins are not checked` });
        }
        else if (isNotRegular(read.error) && options.extraFiles?.includes(path))
            throw new CentralFileError(path, 'not a regular file');
        else
            skipped.push({ path, reason: `unreadable: ${errorText(read.error)}` });
    })));
    // Compose interpolates with the project's .env; its builds may name Dockerfiles discovery did not take (`docker/app.dock`).
    const paths = new Set(discovered.paths);
    const env = new Map();
    for (const dir of new Set([...files.values()].filter((f) => f.kind === 'compose').map((f) => (0,model_paths/* dirOf */.Rw)(f.path)))) {
        const path = (0,model_paths/* joinPath */.uJ)(dir, '.env');
        if (!paths.has(path))
            continue;
        const read = await readText(path);
        if ('text' in read)
            env.set(dir, (0,dist.parse)(read.text));
    }
    const built = (0,compose_projects/* composeDockerfiles */.Ey)([...files.values()], env).filter((path) => paths.has(path) && !files.has(path));
    await Promise.all(built.map((path) => limit(async () => {
        const read = await readText(path);
        if ('text' in read)
            files.set(path, await parseFile(path, 'dockerfile', read.text));
        else
            skipped.push({ path, reason: 'skip' in read ? read.skip : `unreadable: ${errorText(read.error)}` });
    })));
    // Follow includes breadth-first: a requirements file may name files discovery did not take (base.txt, ../common.in).
    // Each wave reads only the files the previous one found, so a long chain costs linear time.
    const failed = new Map();
    const depth = new Map([...files.keys()].map((path) => [path, 0]));
    const tooDeep = new Set();
    let frontier = [...files.values()];
    while (frontier.length > 0) {
        const wanted = new Set();
        for (const file of frontier) {
            if (file.kind !== 'requirements' && file.kind !== 'constraints')
                continue;
            const next = depth.get(file.path) + 1;
            for (const include of file.parsed.includes) {
                const resolved = (0,include_path/* resolveIncludePath */.K)(file.path, include.target);
                if (resolved.kind !== 'path' || files.has(resolved.path) || failed.has(resolved.path))
                    continue;
                if (next > MAX_INCLUDE_DEPTH)
                    tooDeep.add(include);
                else if (!depth.has(resolved.path)) {
                    depth.set(resolved.path, next);
                    wanted.add(resolved.path);
                }
            }
        }
        const found = [];
        await Promise.all([...wanted].map((path) => limit(async () => {
            const read = await readText(path);
            if ('text' in read) {
                const parsed = await parseFile(path, 'requirements', read.text);
                files.set(path, parsed);
                found.push(parsed);
            }
            else if ('skip' in read) {
                skipped.push({ path, reason: read.skip });
                failed.set(path, read.skip);
            }
            else
                failed.set(path, isMissing(read.error) ? 'file not found' : `cannot read it: ${errorText(read.error)}`);
        })));
        frontier = found;
    }
    issues.push(...checkIncludes(files, failed, tooDeep));
    const constraintKinds = includedConstraintFiles(files, new Set(kinds.keys()));
    for (const path of constraintKinds) {
        const file = files.get(path);
        if (file.kind === 'requirements')
            files.set(path, { ...file, kind: 'constraints' });
    }
    const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files: sorted, skipped: skipped.sort((a, b) => a.path.localeCompare(b.path)), issues, paths, env };
}
function isMissing(error) {
    return error?.code === 'ENOENT';
}
function isNotRegular(error) {
    return error instanceof Error && error.name === 'NotRegularFileError';
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * One file's text parsed by its kind. A compose file the fast reader declines is read with yaml,
 * loaded only then (tests parse synchronously through test/support/parse-text.ts).
 */
async function parseFile(path, kind, text) {
    if (kind !== 'compose')
        return parseManifest(path, kind, text);
    const plain = (0,compose_services/* parsePlainCompose */.g)(text, path);
    return { kind, path, parsed: plain ?? (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(582)]).then(__webpack_require__.bind(__webpack_require__, 3582))).parseCompose(text, path, { events: false }) };
}
/** Requirements, constraints, Dockerfiles and pyproject files: no parser to load. */
function parseManifest(path, kind, text) {
    switch (kind) {
        case 'requirements':
        case 'constraints':
            return { kind, path, parsed: (0,requirements/* parseRequirementsFile */.w)(text, path) };
        case 'dockerfile':
            return { kind, path, parsed: (0,dockerfile/* parseDockerfile */.A)(text, path) };
        case 'pyproject':
            return { kind, path, parsed: parsePyproject(text, path) };
    }
}
function tooDeepIssue(include) {
    const flag = include.kind === 'constraint' ? '-c' : '-r';
    return { rule: 'include-error', location: include.location, message: `${flag} ${include.target}: include chain deeper than ${MAX_INCLUDE_DEPTH} files; not followed` };
}
/**
 * Missing, unreadable, escaping, too deep and cyclic includes become include-error issues at the include line.
 * The refused ones are dropped from the file's includes, so nothing downstream follows them.
 */
function checkIncludes(files, failed, tooDeep) {
    const issues = [];
    const edges = new Map();
    for (const file of [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        if (file.kind !== 'requirements' && file.kind !== 'constraints')
            continue;
        const out = [];
        for (const include of file.parsed.includes) {
            const resolved = (0,include_path/* resolveIncludePath */.K)(file.path, include.target);
            const flag = include.kind === 'constraint' ? '-c' : '-r';
            if (resolved.kind === 'escapes') {
                issues.push({ rule: 'include-error', location: include.location, message: `${flag} ${include.target} points outside the repository; monopin reads only files inside it` });
            }
            else if (resolved.kind === 'path') {
                if (tooDeep.has(include)) {
                    issues.push(tooDeepIssue(include));
                }
                else if (failed.has(resolved.path) || !files.has(resolved.path)) {
                    issues.push({ rule: 'include-error', location: include.location, message: `${flag} ${include.target}: ${failed.get(resolved.path) ?? 'file not found'} (${resolved.path})` });
                }
                else
                    out.push({ target: resolved.path, include });
            }
        }
        edges.set(file.path, out);
    }
    // Iterative colour DFS (a recursive one overflows the stack on a long chain): pip recurses forever on
    // a cycle, so report the include that closes one, and stop a chain past the depth limit.
    const refused = new Set(tooDeep);
    const state = new Map();
    for (const root of edges.keys()) {
        if (state.has(root))
            continue;
        const stack = [{ path: root, next: 0 }];
        state.set(root, 'open');
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const out = edges.get(top.path) ?? [];
            if (top.next >= out.length) {
                state.set(top.path, 'done');
                stack.pop();
                continue;
            }
            const edge = out[top.next++];
            const s = state.get(edge.target);
            if (s === 'open') {
                const from = stack.findIndex((frame) => frame.path === edge.target);
                const cycle = [...stack.slice(from).map((frame) => frame.path), edge.target].filter((p, i, a) => i === 0 || p !== a[i - 1]);
                issues.push({ rule: 'include-error', location: edge.include.location, message: `include cycle: ${cycle.join(' → ')}; pip would recurse forever` });
            }
            else if (s === undefined) {
                if (stack.length > MAX_INCLUDE_DEPTH) {
                    refused.add(edge.include);
                    issues.push(tooDeepIssue(edge.include));
                    continue;
                }
                state.set(edge.target, 'open');
                stack.push({ path: edge.target, next: 0 });
            }
        }
    }
    for (const [path, file] of files) {
        if ((file.kind !== 'requirements' && file.kind !== 'constraints') || !file.parsed.includes.some((i) => refused.has(i)))
            continue;
        files.set(path, { ...file, parsed: { ...file.parsed, includes: file.parsed.includes.filter((i) => !refused.has(i)) } });
    }
    return issues;
}
/**
 * Files found only through includes (never by name or configuration) that pip reads as constraints:
 * reached through -c, or included by such a file (pip propagates it). A named file keeps its kind:
 * another service's `-c ../x/requirements.txt` does not turn x's requirements into constraints.
 */
function includedConstraintFiles(files, named) {
    const queue = [];
    for (const file of files.values()) {
        if (file.kind === 'constraints')
            queue.push(file.path);
        if (file.kind !== 'requirements' && file.kind !== 'constraints')
            continue;
        for (const include of file.parsed.includes) {
            const resolved = (0,include_path/* resolveIncludePath */.K)(file.path, include.target);
            if (include.kind === 'constraint' && resolved.kind === 'path')
                queue.push(resolved.path);
        }
    }
    const seen = new Set();
    const out = new Set();
    while (queue.length > 0) {
        const path = queue.pop();
        if (seen.has(path))
            continue;
        seen.add(path);
        const file = files.get(path);
        if (!file || (file.kind !== 'requirements' && file.kind !== 'constraints'))
            continue;
        if (named.has(path) && file.kind === 'requirements')
            continue;
        if (!named.has(path))
            out.add(path);
        for (const include of file.parsed.includes) {
            const resolved = (0,include_path/* resolveIncludePath */.K)(path, include.target);
            if (resolved.kind === 'path')
                queue.push(resolved.path);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(2563);
// EXTERNAL MODULE: ./src/model/build.ts + 7 modules
var build = __webpack_require__(2426);
;// CONCATENATED MODULE: ./src/model/inventory.ts
function normalizeSpecifier(specifier) {
    return specifier === '' ? '' : specifier.split(',').sort().join(',');
}
/** Many services on many variants is where a shared upgrade hurts most. */
function riskOf(services, variants) {
    if (variants <= 1)
        return 'low';
    if (variants >= 4 || (variants >= 2 && services >= 10))
        return 'high';
    return 'medium';
}
function buildInventory(ws) {
    const byName = new Map();
    for (const o of ws.occurrences) {
        if (o.origin === 'constraints')
            continue;
        const variants = byName.get(o.name) ?? new Map();
        const spec = o.url ? `@ ${o.url}` : normalizeSpecifier(o.specifier);
        const services = variants.get(spec) ?? new Set();
        for (const name of ws.consumers.get(o.location.file) ?? [o.service ?? ''])
            services.add(name);
        variants.set(spec, services);
        byName.set(o.name, variants);
    }
    const records = [];
    for (const [name, variants] of byName) {
        const services = new Set();
        for (const s of variants.values())
            for (const name of s)
                if (name)
                    services.add(name);
        const list = [...variants]
            .map(([specifier, s]) => ({ specifier, services: [...s].filter(Boolean).sort() }))
            .sort((a, b) => b.services.length - a.services.length || a.specifier.localeCompare(b.specifier));
        const pins = ws.pins.get(name);
        records.push({
            name,
            services: [...services].sort(),
            variants: list,
            pin: pins?.map((p) => p.specifier).join(' / ') || undefined,
            risk: riskOf(services.size, list.length),
        });
    }
    return records.sort((a, b) => b.services.length - a.services.length || b.variants.length - a.variants.length || a.name.localeCompare(b.name));
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/scan.ts







async function scanRepository(reader, config) {
    const loaded = await loadRepository(reader, {
        ignore: config.ignore,
        paths: config.paths,
        maxFileBytes: config.maxFileBytes,
        extraFiles: config.constraints ? [config.constraints] : [],
    });
    const workspace = (0,build/* buildWorkspace */._)(loaded, config);
    return { workspace, findings: runChecks(workspace, config) };
}
function buildReport(head, options) {
    const ws = head.workspace;
    const findings = head.findings;
    const packages = buildInventory(ws);
    const errorsByFile = new Map();
    for (const issue of ws.issues) {
        const list = errorsByFile.get(issue.location.file) ?? [];
        list.push({ line: issue.location.line, column: issue.location.column, message: issue.message });
        errorsByFile.set(issue.location.file, list);
    }
    const imageIds = new Map(ws.images.map((i) => [i.name, i.id]));
    const report = {
        schemaVersion: types/* SCHEMA_VERSION */.f,
        tool: { name: 'monopin', version: version/* VERSION */.x },
        root: options.root,
        constraints: ws.constraintsFile,
        summary: {
            files: ws.files.length,
            projects: ws.projects.length,
            services: ws.services.length,
            rootServices: ws.services.filter((s) => s.project === '').length,
            images: ws.images.length,
            requirementFiles: ws.requirementFiles.size,
            packages: packages.length,
            requirements: ws.occurrences.length,
            errors: findings.filter((f) => f.severity === 'error').length,
            warnings: findings.filter((f) => f.severity === 'warning').length,
            notes: findings.filter((f) => f.severity === 'note').length,
        },
        files: ws.files.map((f) => ({ path: f.path, kind: f.kind, consumers: [...(ws.consumers.get(f.path) ?? [])], errors: errorsByFile.get(f.path) ?? [] })),
        requirements: ws.occurrences.map((o) => ({
            file: o.location.file,
            line: o.location.line,
            column: o.location.column,
            name: o.name,
            extras: o.extras,
            specifier: o.specifier,
            marker: o.marker,
            url: o.url,
            origin: o.origin,
            viaConstraint: o.viaConstraint,
        })),
        projects: ws.projects.map((p) => ({ id: p.id, dir: p.dir, files: p.files, services: p.services })),
        services: ws.services.map((s) => ({
            id: s.id,
            name: s.name,
            project: s.project,
            image: s.image,
            build: s.build,
            images: s.images,
            dependsOn: s.dependsOn,
            dependents: s.dependents,
            transitiveDependents: s.transitiveDependents,
            requirementFiles: s.requirementFiles,
        })),
        images: ws.images.map((i) => ({
            id: i.id,
            name: i.name,
            dockerfile: i.dockerfile,
            context: i.context,
            target: i.target,
            repository: i.repository,
            tags: i.tags,
            from: i.bases.map((b) => imageIds.get(b) ?? b),
            external: i.externalBases,
            services: i.services,
            requirementFiles: i.requirementFiles,
            governed: i.governed,
        })),
        ambiguities: ws.ambiguities,
        warnings: ws.warnings,
        packages,
        findings,
        skipped: ws.skipped,
    };
    if (options.base) {
        const d = diffFindings(options.base.result.findings, findings);
        report.diff = { base: options.base.ref, introduced: d.introduced, fixed: d.fixed, changed: d.changed, unchanged: d.unchanged.length };
    }
    return report;
}


/***/ }),

/***/ 2337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ measureImages),
/* harmony export */   Vp: () => (/* binding */ imageSizeIfPresent),
/* harmony export */   qJ: () => (/* binding */ compareImages)
/* harmony export */ });
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2059);
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
        if (error instanceof _registry_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ManifestUnknownError */ ._s)
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


/***/ }),

/***/ 260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ composeFile),
  g: () => (/* binding */ parsePlainCompose)
});

// EXTERNAL MODULE: ./src/line-index.ts
var line_index = __webpack_require__(3492);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/sources/compose-events.ts
// The fast way to read a compose file: js-yaml's flat event stream (offsets, no AST) and its
// constructor, about three times faster than building yaml's Document, and far cheaper to load.
// It takes only plain documents: anything with an alias, a tag, a merge key, a block scalar or a
// service key that is not a simple name returns undefined, and compose.ts reads the file with yaml,
// whose errors and alias limits are the ones users see. Both ways give the same result (tested).

// Names compose accepts that YAML's core schema reads as strings (not null, booleans or numbers).
const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const NOT_STRINGS = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN)$/;
function readComposeEvents(content) {
    // A lone CR ends a line for js-yaml but not for yaml's line counter: positions would differ.
    if (/\r(?!\n)/.test(content))
        return undefined;
    let events;
    let data;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(content, {});
        const docs = events.filter((e) => e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT).length;
        if (docs !== 1)
            return undefined;
        for (const e of events) {
            if (e.type === js_yaml/* EVENT_ID */.hy.ALIAS)
                return undefined;
            if ((e.type === js_yaml/* EVENT_ID */.hy.SCALAR || e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) && e.tagStart >= 0)
                return undefined;
        }
        data = (0,js_yaml/* constructFromEvents */.fw)(events, { source: content, schema: js_yaml/* CORE_SCHEMA */.OU })[0];
    }
    catch {
        return undefined;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return undefined;
    const top = events[1];
    if (top?.type !== js_yaml/* EVENT_ID */.hy.MAPPING)
        return undefined;
    const services = new Map();
    let ok = true;
    forEachPair(events, 1, (key, value) => {
        const name = keyText(events, key, content);
        if (name === '<<')
            ok = false;
        if (name !== 'services')
            return;
        const block = events[value];
        if (block.type !== js_yaml/* EVENT_ID */.hy.MAPPING) {
            ok = false;
            return;
        }
        forEachPair(events, value, (serviceKey, serviceValue) => {
            const service = keyText(events, serviceKey, content);
            const at = events[serviceKey];
            if (service === undefined || at.type !== js_yaml/* EVENT_ID */.hy.SCALAR || at.style !== js_yaml/* SCALAR_STYLE */.jK.PLAIN || !SIMPLE_NAME.test(service) || NOT_STRINGS.test(service)) {
                ok = false;
                return;
            }
            const fields = new Map();
            if (events[serviceValue].type === js_yaml/* EVENT_ID */.hy.MAPPING) {
                forEachPair(events, serviceValue, (fieldKey, fieldValue) => {
                    const field = keyText(events, fieldKey, content);
                    const start = nodeStart(events[fieldValue]);
                    if (field === undefined || field === '<<' || start === undefined)
                        ok = false;
                    else
                        fields.set(field, start);
                });
            }
            services.set(service, { key: nodeStart(at), fields });
        });
    });
    return ok ? { data, services } : undefined;
}
/** Calls `visit` with the event indexes of each key and value of the mapping opened at `open`. */
function forEachPair(events, open, visit) {
    let i = open + 1;
    while (events[i] && events[i].type !== js_yaml/* EVENT_ID */.hy.POP) {
        const key = i;
        const value = skip(events, key);
        visit(key, value);
        i = skip(events, value);
    }
}
/** The index just past the node that starts at `i`. */
function skip(events, i) {
    const e = events[i];
    if (e.type !== js_yaml/* EVENT_ID */.hy.MAPPING && e.type !== js_yaml/* EVENT_ID */.hy.SEQUENCE)
        return i + 1;
    let depth = 0;
    for (let k = i; k < events.length; k++) {
        const t = events[k].type;
        if (t === js_yaml/* EVENT_ID */.hy.MAPPING || t === js_yaml/* EVENT_ID */.hy.SEQUENCE)
            depth++;
        else if (t === js_yaml/* EVENT_ID */.hy.POP && --depth === 0)
            return k + 1;
    }
    return events.length;
}
function keyText(events, i, content) {
    const e = events[i];
    return e.type === js_yaml/* EVENT_ID */.hy.SCALAR ? (0,js_yaml/* getScalarValue */.KE)(content, e) : undefined;
}
/** Where yaml's node range starts: a quoted scalar at its quote, a collection at its first token. */
function nodeStart(e) {
    if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
        if (e.anchorStart >= 0 || e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK)
            return undefined;
        return e.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || e.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED ? e.valueStart - 1 : e.valueStart;
    }
    if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
        return e.anchorStart >= 0 ? undefined : e.start;
    return undefined;
}

;// CONCATENATED MODULE: ./src/sources/compose-services.ts
// docker compose files → services with their build context, image and depends_on, from the values
// and offsets of one compose document (read by compose-events.ts or by yaml in compose.ts).
// The yaml library is not imported here: a scan loads it only for the files the fast reader declines.


/** A plain compose file (see compose-events.ts) read without yaml; undefined when yaml must read it. */
function parsePlainCompose(content, path) {
    const read = readComposeEvents(content);
    if (!read)
        return undefined;
    // Lines as yaml's lexer counts them: the first starts at 0, every other one after a line feed.
    const starts = (0,line_index/* lineStarts */._$)(content);
    const at = (offset) => ({ file: path, ...(0,line_index/* toLineColumn */.sZ)(starts, offset ?? 0) });
    return composeFile({ ...read, at }, path, []);
}
/** The services of a read compose document; problems go to `issues` (and the file still counts). */
function composeFile(read, path, issues) {
    const issue = (message, location) => {
        issues.push({ rule: 'parse-error', message, location });
    };
    const { data, services: nodes, at } = read;
    if (data === null || data === undefined)
        return { path, services: [], issues };
    if (!isRecord(data)) {
        issue('a compose file must be a mapping at the top level', at(read.contentsStart));
        return { path, services: [], issues };
    }
    const projectName = typeof data['name'] === 'string' && data['name'] !== '' ? data['name'] : undefined;
    const rawServices = data['services'];
    // A compose file with only networks/volumes (or an override with none) is fine.
    if (rawServices === undefined || rawServices === null)
        return withName({ path, services: [], issues }, projectName);
    if (!isRecord(rawServices)) {
        issue('`services` must be a mapping of service names', at(read.servicesStart));
        return withName({ path, services: [], issues }, projectName);
    }
    const services = [];
    for (const [name, raw] of Object.entries(rawServices)) {
        const node = nodes.get(name);
        const location = at(node?.key);
        const where = (key) => {
            // A merged-in value has no node under the service: point at the service itself.
            const offset = node?.fields.get(key);
            return offset === undefined ? location : at(offset);
        };
        const service = readService(name, raw, location, where, issue);
        if (service)
            services.push(service);
    }
    return withName({ path, services, issues }, projectName);
}
function withName(file, name) {
    if (name !== undefined)
        file.name = name;
    return file;
}
function readService(name, raw, location, where, issue) {
    if (!isRecord(raw)) {
        issue(`service '${name}' must be a mapping`, location);
        return undefined;
    }
    const service = { name, dependsOn: [], location };
    const build = raw['build'];
    if (typeof build === 'string') {
        service.context = build;
        service.dockerfile = 'Dockerfile';
        service.build = { context: build };
        service.buildLocation = where('build');
    }
    else if (isRecord(build)) {
        service.build = {};
        service.buildLocation = where('build');
        // The compose spec defaults the context to the compose file's folder.
        const context = build['context'] ?? '.';
        if (typeof context === 'string')
            service.context = context;
        else
            issue(`service '${name}': build.context must be a string`, where('build'));
        if (typeof build['context'] === 'string')
            service.build.context = build['context'];
        const dockerfile = build['dockerfile'];
        if (typeof dockerfile === 'string')
            service.dockerfile = service.build.dockerfile = dockerfile;
        else if (dockerfile !== undefined)
            issue(`service '${name}': build.dockerfile must be a string`, where('build'));
        // `dockerfile_inline` has no file on disk to read: leave dockerfile undefined.
        else if (build['dockerfile_inline'] === undefined)
            service.dockerfile = 'Dockerfile';
        else
            service.build.inline = true;
        const args = buildArgs(build['args']);
        if (args)
            service.build.args = args;
        const target = build['target'];
        if (typeof target === 'string')
            service.build.target = target;
        else if (target !== undefined && target !== null)
            issue(`service '${name}': build.target must be a string`, where('build'));
    }
    else if (build !== undefined && build !== null) {
        issue(`service '${name}': build must be a string or a mapping`, where('build'));
    }
    const image = raw['image'];
    if (typeof image === 'string') {
        service.image = image;
        service.imageLocation = where('image');
    }
    else if (image !== undefined && image !== null)
        issue(`service '${name}': image must be a string`, where('image'));
    const dependsOn = raw['depends_on'];
    if (Array.isArray(dependsOn)) {
        for (const dep of dependsOn) {
            if (typeof dep === 'string')
                service.dependsOn.push(dep);
            else
                issue(`service '${name}': depends_on entries must be service names`, where('depends_on'));
        }
    }
    else if (isRecord(dependsOn)) {
        // Long syntax: `depends_on: { db: { condition: service_healthy } }`.
        service.dependsOn.push(...Object.keys(dependsOn));
    }
    else if (dependsOn !== undefined && dependsOn !== null) {
        issue(`service '${name}': depends_on must be a list or a mapping`, where('depends_on'));
    }
    return service;
}
/** `args:` as a mapping or a `KEY=value` list; a bare `KEY` (null) takes its value from the environment. */
function buildArgs(raw) {
    const out = {};
    if (Array.isArray(raw)) {
        for (const item of raw) {
            if (typeof item !== 'string')
                continue;
            const eq = item.indexOf('=');
            out[eq < 0 ? item : item.slice(0, eq)] = eq < 0 ? null : item.slice(eq + 1);
        }
    }
    else if (isRecord(raw)) {
        for (const [key, value] of Object.entries(raw))
            out[key] = value === null || value === undefined ? null : String(value);
    }
    else
        return undefined;
    return out;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Replaced at bundle time would be nicer; one constant kept in step with package.json by a test.
const VERSION = '0.1.0';


/***/ })

};
