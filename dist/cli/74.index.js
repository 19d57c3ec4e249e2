export const id = 74;
export const ids = [74];
export const modules = {

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
