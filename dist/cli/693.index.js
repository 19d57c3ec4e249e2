export const id = 693;
export const ids = [693,655];
export const modules = {

/***/ 2226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NU: () => (/* binding */ defaultSeverity),
/* harmony export */   Np: () => (/* binding */ bySeverity),
/* harmony export */   hn: () => (/* binding */ REPO_URL),
/* harmony export */   y0: () => (/* binding */ RULES),
/* harmony export */   zZ: () => (/* binding */ ruleIndex)
/* harmony export */ });
/* unused harmony exports RULE_IDS, ruleMeta, SEVERITY_RANK */
const REPO_URL = 'https://github.com/monopin/monopin';
const helpUri = (id) => `${REPO_URL}#rule-${id}`;
// Keyed by RuleId so a new rule id fails to compile until it is described here.
const META = {
    conflict: {
        name: 'Conflict',
        shortDescription: 'A requirement excludes the version pinned in the central constraints file',
        fullDescription: 'A service asks for a version range that does not contain the central pin, so `pip install -c <constraints>` cannot succeed, or the service silently runs another version than the rest of the monorepo.',
        help: 'Widen or drop the specifier so it accepts the central pin (for example `pydantic>=2` instead of `pydantic<2`), or change the pin in the constraints file if every service can move.',
        defaultSeverity: 'error',
        tags: ['dependencies', 'python', 'constraints'],
    },
    'inline-pin-mismatch': {
        name: 'InlinePinMismatch',
        shortDescription: 'A Dockerfile pins another version than the central constraints file',
        fullDescription: 'A `pip install pkg==X` inside a Dockerfile pins a version that differs from the central pin, so the image drifts from every other service.',
        help: 'Pin the same version as the constraints file, or drop the inline pin and install with `-c <constraints>`.',
        defaultSeverity: 'error',
        tags: ['dependencies', 'python', 'docker'],
    },
    unconstrained: {
        name: 'Unconstrained',
        shortDescription: 'A package shared by several services has no central pin',
        fullDescription: 'Several services depend on this package but the central constraints file does not pin it, so each service may resolve a different version.',
        help: 'Add one `pkg==X` line for the package to the central constraints file.',
        defaultSeverity: 'warning',
        tags: ['dependencies', 'python', 'constraints'],
    },
    'missing-constraints-flag': {
        name: 'MissingConstraintsFlag',
        shortDescription: 'A `pip install -r` in a Dockerfile does not use the central constraints file',
        fullDescription: 'The install reads a requirements file without `-c <constraints>`, so the central pins do not apply to this image.',
        help: 'Add `-c <path to the constraints file>` to the `pip install` command.',
        defaultSeverity: 'warning',
        tags: ['dependencies', 'python', 'docker'],
    },
    'duplicate-constraint': {
        name: 'DuplicateConstraint',
        shortDescription: 'The constraints file pins the same package more than once',
        fullDescription: 'Two lines of the central constraints file (or files it includes) constrain the same package; pip applies both, which is confusing at best and unsatisfiable at worst.',
        help: 'Keep one line per package in the constraints file.',
        defaultSeverity: 'warning',
        tags: ['dependencies', 'python', 'constraints'],
    },
    'unused-constraint': {
        name: 'UnusedConstraint',
        shortDescription: 'The constraints file pins a package no service uses',
        fullDescription: 'No requirements file, Dockerfile or pyproject in the repository depends on this package directly.',
        help: 'Remove the line if the package is not a transitive dependency you mean to pin.',
        defaultSeverity: 'note',
        tags: ['dependencies', 'python', 'constraints'],
    },
    'parse-error': {
        name: 'ParseError',
        shortDescription: 'A line could not be parsed',
        fullDescription: 'The line is not a valid requirement or option in pip’s format, so pip would reject it and monopin cannot check it.',
        help: 'Fix the line so that pip accepts it.',
        defaultSeverity: 'error',
        tags: ['python', 'syntax'],
    },
    'include-error': {
        name: 'IncludeError',
        shortDescription: 'A `-r` or `-c` include is missing, cyclic, or outside the repository',
        fullDescription: 'An included requirements or constraints file cannot be read: it does not exist, it includes itself through a cycle, or its path leaves the repository root.',
        help: 'Point the include at an existing file inside the repository and break any cycle.',
        defaultSeverity: 'error',
        tags: ['python', 'syntax'],
    },
    'shell-redirect-in-specifier': {
        name: 'ShellRedirectInSpecifier',
        shortDescription: 'An unquoted `>` or `<` in a shell `pip install` is a redirect, not a specifier',
        fullDescription: 'In `RUN pip install pkg>=1.0` the shell reads `>=1.0` as an output redirect: pip installs any version of `pkg` and a file named `=1.0` appears in the image.',
        help: 'Quote the requirement: `pip install "pkg>=1.0"`.',
        defaultSeverity: 'error',
        tags: ['python', 'docker', 'syntax'],
    },
    'invalid-constraint': {
        name: 'InvalidConstraint',
        shortDescription: 'A line of the constraints file is not a valid constraint',
        fullDescription: 'pip rejects constraints with extras, editable installs and unnamed requirements, so this line breaks every install that uses the constraints file.',
        help: 'Write the constraint as a plain `name==version` (no extras, no `-e`).',
        defaultSeverity: 'error',
        tags: ['python', 'constraints', 'syntax'],
    },
    'missing-dockerfile': {
        name: 'MissingDockerfile',
        shortDescription: 'A compose service builds a Dockerfile that is not in the repository',
        fullDescription: 'The service’s `build:` points at a context or Dockerfile that does not exist, so `docker compose build` fails and monopin cannot tell what the service installs.',
        help: 'Fix `build.context` (relative to the compose file) or `build.dockerfile` (relative to the context), or remove the build.',
        defaultSeverity: 'warning',
        tags: ['docker', 'compose'],
    },
    'image-tag-collision': {
        name: 'ImageTagCollision',
        shortDescription: 'Two images would be pushed under one name, or an image under the name of its own base',
        fullDescription: 'Two different Dockerfiles (or targets) are named the same image, or an image would be pushed as the image it is built FROM: each rebuild would overwrite the other. monopin pushes neither under that name.',
        help: 'Give each image its own `image:` in compose or `repository` in config `images:`.',
        defaultSeverity: 'warning',
        tags: ['docker', 'images'],
    },
    'invalid-image-tag': {
        name: 'InvalidImageTag',
        shortDescription: 'An image name is not a valid Docker reference',
        fullDescription: 'After compose interpolation (with the project’s `.env`), the name is not `[registry/]name[:tag]` as Docker accepts it, for example an unset variable leaves `acme/web:`. monopin does not push under it.',
        help: 'Set the variable in the project’s `.env` or give it a default (`${VERSION:-latest}`), and use lowercase repository names.',
        defaultSeverity: 'error',
        tags: ['docker', 'images', 'compose'],
    },
};
/** Every rule, in a fixed order (SARIF `ruleIndex` points into this array). */
const RULES = Object.keys(META).map((id) => ({
    id,
    helpUri: helpUri(id),
    ...META[id],
}));
const RULE_IDS = RULES.map((r) => r.id);
function ruleMeta(id) {
    const index = RULE_IDS.indexOf(id);
    const rule = RULES[index];
    if (!rule)
        throw new Error(`unknown rule id: ${String(id)}`);
    return rule;
}
function ruleIndex(id) {
    return RULE_IDS.indexOf(id);
}
/** The severity a check gives a finding unless the configuration overrides it. */
function defaultSeverity(id) {
    return META[id].defaultSeverity;
}
const SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
/** Errors first, then warnings, then notes; ties keep their order (Array.prototype.sort is stable). */
function bySeverity(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GJ: () => (/* binding */ modelCounts),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   tR: () => (/* binding */ topDrift),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _checks_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2226);


const SGR = { bold: '1', dim: '2', red: '31', yellow: '33', cyan: '36', green: '32' };
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', note: 'cyan' };
const MAX_MESSAGE = 500;
/** Packages used with more than one specifier, most variants first, then most services. */
function topDrift(packages) {
    return packages
        .filter((p) => p.variants.length > 1)
        .sort((a, b) => b.variants.length - a.variants.length ||
        b.services.length - a.services.length ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function renderText(report, options) {
    const paint = (style, text) => options.color && text !== '' ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text;
    const out = [];
    out.push(summaryLine(report, paint));
    if (report.diff) {
        const base = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(report.diff.base);
        out.push('', paint('bold', `Introduced since ${base} (${report.diff.introduced.length})`));
        out.push(...indent(findingLines((0,_checks_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .bySeverity */ .Np)(report.diff.introduced), paint), '  '));
        out.push('', paint('bold', `Fixed since ${base} (${report.diff.fixed.length})`));
        out.push(...indent(findingLines((0,_checks_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .bySeverity */ .Np)(report.diff.fixed), paint), '  '));
    }
    out.push('', paint('bold', `Findings (${report.findings.length})`));
    if (report.findings.length === 0)
        out.push('  none');
    for (const group of groupByFile(report.findings)) {
        out.push(...indent(findingLines(group, paint), '  '), '');
    }
    if (out[out.length - 1] === '')
        out.pop();
    const drift = topDrift(report.packages);
    if (drift.length > 0) {
        const limit = options.driftRows ?? 10;
        out.push('', paint('bold', 'Top drift'));
        const rows = drift
            .slice(0, limit)
            .map((p) => [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(p.name, 60)),
            String(p.services.length),
            String(p.variants.length),
            p.pin === undefined ? '-' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(p.pin, 40)),
        ]);
        out.push(...indent(table(['package', 'services', 'variants', 'pin'], rows, [false, true, true, false]), '  '));
        if (drift.length > limit)
            out.push(`  … and ${plural(drift.length - limit, 'more package')} with drift`);
    }
    if (report.skipped.length > 0) {
        out.push('', paint('bold', `Skipped (${report.skipped.length})`));
        for (const s of report.skipped)
            out.push(`  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(s.path)}  ${paint('dim', (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(s.reason))}`);
    }
    return `${out.join('\n')}\n`;
}
/**
 * The model in counts people recognise: "59 services in the root compose project (108 in 5 projects),
 * 208 images, 134 requirement files".
 */
function modelCounts(s) {
    let services;
    if (s.projects === 0)
        services = 'no compose services';
    else if (s.projects === 1)
        services = `${plural(s.services, 'service')} in ${s.rootServices === s.services ? 'the root compose project' : 'one compose project'}`;
    else if (s.rootServices > 0)
        services = `${plural(s.rootServices, 'service')} in the root compose project (${s.services} in ${s.projects} projects)`;
    else
        services = `${plural(s.services, 'service')} in ${s.projects} compose projects`;
    return `${services}, ${plural(s.images, 'image')}, ${plural(s.requirementFiles, 'requirement file')}`;
}
function summaryLine(report, paint) {
    const s = report.summary;
    const parts = [
        paint('bold', `${report.tool.name} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(report.tool.version)}`),
        modelCounts(s),
        plural(s.packages, 'package'),
        s.errors > 0 ? paint('red', plural(s.errors, 'error')) : paint('green', plural(s.errors, 'error')),
        s.warnings > 0 ? paint('yellow', plural(s.warnings, 'warning')) : plural(s.warnings, 'warning'),
    ];
    if (s.notes > 0)
        parts.push(plural(s.notes, 'note'));
    return parts.join(' · ');
}
function groupByFile(findings) {
    const groups = new Map();
    for (const f of findings) {
        const group = groups.get(f.location.file);
        if (group)
            group.push(f);
        else
            groups.set(f.location.file, [f]);
    }
    return [...groups.values()].map((g) => [...g].sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column));
}
function findingLines(findings, paint) {
    if (findings.length === 0)
        return ['none'];
    const where = findings.map((f) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)(f.location.file)}:${f.location.line}:${f.location.column}`);
    const whereWidth = Math.max(...where.map((w) => w.length));
    const sevWidth = Math.max(...findings.map((f) => f.severity.length));
    const ruleWidth = Math.max(...findings.map((f) => f.rule.length));
    return findings.map((f, i) => [
        (where[i] ?? '').padEnd(whereWidth),
        paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(sevWidth)),
        paint('dim', f.rule.padEnd(ruleWidth)),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(f.message, MAX_MESSAGE)),
    ].join('  '));
}
/** Columns two spaces apart, each as wide as its widest cell; `right[c]` aligns column c right. */
function table(head, rows, right = []) {
    const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
    const line = (cells) => cells
        .map((cell, c) => (right[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
        .join('  ')
        .trimEnd();
    return [line(head), ...rows.map(line)];
}
function indent(lines, prefix) {
    return lines.map((l) => (l === '' ? l : prefix + l));
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
