export const id = 734;
export const ids = [734,725];
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
            return dirents.map((d) => {
                if (d.isSymbolicLink())
                    return { name: d.name, kind: 'symlink' };
                if (d.isDirectory())
                    return { name: d.name, kind: 'dir' };
                if (!d.isFile())
                    return { name: d.name, kind: 'other' };
                if (options?.sizeOf && !options.sizeOf(dir === '' ? d.name : `${dir}/${d.name}`))
                    return { name: d.name, kind: 'file' };
                // A file deleted since readdir must not fail the whole listing; read() will say it is gone.
                const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(absolute, d.name), { throwIfNoEntry: false });
                return stats ? { name: d.name, kind: 'file', size: stats.size } : { name: d.name, kind: 'file' };
            });
        },
        async read(path) {
            const absolute = toAbsolute(path);
            // A symlinked folder on the way could still lead outside: compare real paths (once per folder).
            realBase ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(base);
            const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute);
            let real = realFolders.get(folder);
            if (real === undefined) {
                real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(folder);
                realFolders.set(folder, real);
            }
            // `--root /`: the root already ends with the separator.
            const prefix = realBase.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? realBase : realBase + node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
            if (real !== realBase && !real.startsWith(prefix))
                throw new UnsafePathError(path, 'it resolves outside the repository root');
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(real, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute));
            // Only regular files: a FIFO would block the open, /dev/zero would never end. Checked before the open,
            // and again on the open descriptor (O_NONBLOCK: a FIFO swapped in between cannot block the open).
            const before = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(target);
            if (before.isSymbolicLink())
                throw new UnsafePathError(path, 'it is a symbolic link');
            if (!before.isFile())
                throw new NotRegularFileError(path);
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
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile())
                    throw new NotRegularFileError(path);
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
        },
    };
}


/***/ }),

/***/ 1734:
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
var client = __webpack_require__(6033);
// EXTERNAL MODULE: ./src/index/filenames.ts
var filenames = __webpack_require__(9062);
// EXTERNAL MODULE: ./src/scan.ts + 18 modules
var scan = __webpack_require__(3928);
// EXTERNAL MODULE: ./src/bump/environment.ts
var environment = __webpack_require__(2657);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(7729);
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

// EXTERNAL MODULE: ./src/bump/prepare.ts + 7 modules
var prepare = __webpack_require__(4480);
// EXTERNAL MODULE: ./src/bump/size-section.ts + 5 modules
var size_section = __webpack_require__(8209);
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
    const prepared = await (0,prepare/* prepareBump */.c)({
        workspace,
        readText: async (path) => new TextDecoder().decode(await reader.read(path)),
        index,
        releasesOf: filenames/* releasesOf */.w0,
        policy: policyFrom(config.bump, { now: options.now, pythonVersion, extraRules: options.extraRules }),
        environment: (0,environment/* targetEnvironment */.dK)(pythonVersion),
    });
    const sizes = await (0,size_section/* estimateBumpSizes */.z)({ workspace, config, changes: prepared.plan.bumps, index, pythonVersion, onNote: options.onNote });
    return { workspace: { ...workspace, constraintsFile }, prepared, sizes, index, pythonVersion };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/size/render.ts
var render = __webpack_require__(1693);
;// CONCATENATED MODULE: ./src/bump/render-plan.ts
// `monopin bump` output for a terminal and as JSON. Pure.


const BUMP_SCHEMA_VERSION = 1;
function renderPlanText(plan, options) {
    const e = report_escape/* escapeTerminal */.en;
    const out = [];
    out.push(`monopin bump · ${plan.bumps.length} to bump · ${plan.held.length} held · ${plan.errors.length} index errors${options.constraintsFile ? ` · ${e(options.constraintsFile)}` : ''}`);
    if (plan.bumps.length > 0) {
        out.push('', 'Bumps');
        for (const b of plan.bumps) {
            const age = b.releaseAgeDays === undefined ? '' : `, released ${Math.floor(b.releaseAgeDays)} days ago`;
            const held = b.heldBackFrom ? ` (held back from ${e(b.heldBackFrom)}: ${e(b.reason ?? '')})` : b.reason ? ` (${e(b.reason)})` : '';
            out.push(`  ${e(b.name)}  ${e(b.from)} → ${e(b.to)}  ${b.updateType}, ${b.consumers} consumers${age}${held}`);
        }
    }
    if (plan.held.length > 0) {
        out.push('', 'Held');
        for (const h of plan.held)
            out.push(`  ${e(h.name)}  ${e(h.current)} (newest ${e(h.newest)}): ${e(h.reason)}`);
    }
    if (plan.errors.length > 0) {
        out.push('', 'Index errors');
        for (const x of plan.errors)
            out.push(`  ${e(x.name)}: ${e(x.message)}`);
    }
    if (options.sizes !== undefined && options.sizes.length > 0)
        out.push('', ...renderSizesText(options.sizes));
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
    return `${JSON.stringify({ schemaVersion: BUMP_SCHEMA_VERSION, constraints: options.constraintsFile, ...plan, files: options.files, notes: options.notes, ...sizes, diff: options.diff }, null, 2)}\n`;
}
/** The "Size (estimated)" block: per image its delta, then its largest contributors. */
function renderSizesText(sizes, top = 5) {
    const e = report_escape/* escapeTerminal */.en;
    const out = ['Size (estimated)'];
    for (const r of sizes) {
        const t = r.target;
        out.push(`  ${e(r.image)}  ${(0,render.formatMegabytes)(r.deltaBytes, true)} installed, ${(0,render.formatMegabytes)(r.deltaCompressedBytes, true)} compressed (${e(`${t.platform}, Python ${t.pythonVersion}, ${t.libc}`)})`);
        for (const c of r.contributors.filter((x) => x.deltaBytes !== 0 || x.note !== undefined).slice(0, top)) {
            const change = c.from === undefined ? `added ${e(c.to ?? '?')}` : c.to === undefined ? `removed ${e(c.from)}` : `${e(c.from)} → ${e(c.to)}`;
            const why = [...(c.requiredBy !== undefined ? [`required by ${e(c.requiredBy)}`] : []), ...(c.sdistOnly === true ? ['sdist only'] : []), ...(c.note !== undefined ? [e(c.note)] : [])];
            out.push(`    ${e(c.name)}  ${change}  ${(0,render.formatMegabytes)(c.deltaBytes, true)}${why.length > 0 ? ` (${why.join('; ')})` : ''}`);
        }
    }
    out.push(`  ${sizes.reduce((s, r) => s + r.bytesFetched, 0).toLocaleString('en-US')} bytes read from the index to size the wheels`);
    return out;
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
        log: options.log,
        onNote: (note) => notes.push(note),
    });
    notes.unshift(...prepared.notes);
    if (options.write)
        for (const edit of prepared.edits)
            await (0,promises_.writeFile)((0,external_node_path_.join)(options.root, edit.path), edit.after);
    const stats = index.stats();
    const requests = `index: ${stats.projectRequests} project requests, ${stats.metadataRequests} metadata requests, ${stats.cacheHits} cache hits · Python ${pythonVersion}`;
    const files = prepared.edits.map((e) => e.path);
    const output = options.format === 'json'
        ? renderPlanJson(prepared.plan, { diff: prepared.diff, notes, constraintsFile: workspace.constraintsFile, files, sizes })
        : renderPlanText(prepared.plan, { diff: prepared.diff, notes, constraintsFile: workspace.constraintsFile, requests, sizes });
    return { output, prepared, sizes };
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
/* harmony export */   sizeIcon: () => (/* binding */ sizeIcon)
/* harmony export */ });
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);
// The "Image size" markdown section of the PR comment and the bump PR body, and the size budget. Pure.


/** Decimal megabytes, as `docker images` shows them. */
const MB = 1_000_000;
const WARN_PERCENT = 10;
const ALERT_PERCENT = 20;
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
    const estimated = new Map(results.map((r) => [r.image, r]));
    const images = [...new Set([...estimated.keys(), ...measured.keys()])];
    if (images.length === 0)
        return '';
    const kind = measured.size === 0 ? 'estimated' : results.length === 0 ? 'measured' : 'measured and estimated';
    const lines = [`${hashes} Image size (${kind})`, ''];
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
        const shown = result ? result.contributors.filter((c) => c.deltaBytes !== 0 || c.note !== undefined).slice(0, top) : [];
        if (result && shown.length > 0) {
            lines.push('', '| package | change | installed Δ | note |', '|---|---|---:|---|');
            for (const c of shown) {
                const change = c.from === undefined ? `added ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(c.to ?? '?', { table: true })}` : c.to === undefined ? `removed ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(c.from, { table: true })}` : `${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(c.from, { table: true })} → ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(c.to, { table: true })}`;
                const notes = [
                    ...(c.requiredBy !== undefined ? [`required by ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.requiredBy)}`] : []),
                    ...(c.sdistOnly === true ? ['sdist only'] : []),
                    ...(c.note !== undefined ? [(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.note)] : []),
                ];
                lines.push(`| ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.name)} | ${change} | ${formatMegabytes(c.deltaBytes, true)} | ${notes.join('; ')} |`);
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
    return `${lines.join('\n')}\n`;
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
