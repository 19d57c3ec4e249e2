export const id = 734;
export const ids = [734];
export const modules = {

/***/ 734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderOrderJson: () => (/* binding */ renderOrderJson),
/* harmony export */   renderOrderMarkdown: () => (/* binding */ renderOrderMarkdown),
/* harmony export */   renderOrderText: () => (/* binding */ renderOrderText)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);


function renderOrderJson(order) {
    return `${JSON.stringify(order, null, 2)}\n`;
}
function renderOrderText(order) {
    const e = _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en;
    const count = order.waves.reduce((n, w) => n + w.length, 0);
    if (count === 0)
        return 'No compose services: nothing to order.\n';
    const lines = [`Migration order: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count, 'service')} in ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(order.waves.length, 'wave')}, dependencies first; the most depended-on lead each wave`];
    order.waves.forEach((wave, i) => {
        const last = order.cycles.length > 0 && i === order.waves.length - 1;
        lines.push('', last ? `wave ${i + 1} (in a depends_on cycle: order them by hand)` : `wave ${i + 1}`);
        for (const s of wave) {
            lines.push(`  ${e(s.service)}  ${dependents(s)}${s.images.length > 0 ? `  builds ${e(s.images.join(', '))}` : ''}`);
            for (const c of s.conflicts.slice(0, 5))
                lines.push(`    ${c.rule}${c.package ? ` ${e(c.package)}` : ''}  ${e(c.file)}:${c.line}`);
            if (s.conflicts.length > 5)
                lines.push(`    … and ${s.conflicts.length - 5} more (monopin check --format text)`);
        }
    });
    if (order.cycles.length > 0)
        lines.push('', 'Cycles (change one depends_on of each):', ...order.cycles.map((c) => `  ${e(c.join(' → '))}`));
    return `${lines.join('\n')}\n`;
}
/**
 * Four columns at most: the comment and the job summary stay readable on a narrow page. `maxRows` keeps the first
 * services (wave by wave) and points to `monopin order` for the rest.
 */
function renderOrderMarkdown(order, options = {}) {
    const m = _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV;
    const rows = [];
    const total = order.waves.reduce((n, w) => n + w.length, 0);
    const maxRows = options.maxRows ?? total;
    order.waves.forEach((wave, i) => {
        for (const s of wave) {
            if (rows.length >= maxRows)
                return;
            const conflicts = s.conflicts.length === 0 ? '' : `${s.conflicts.length} (${m([...new Set(s.conflicts.map((c) => c.package ?? c.rule))].slice(0, 3).join(', '))}${s.conflicts.length > 3 ? ', …' : ''})`;
            rows.push(`| ${i + 1} | ${m(s.service)} | ${s.transitiveDependents} (${s.dependents} direct) | ${conflicts} |`);
        }
    });
    if (rows.length === 0)
        return '';
    const out = ['### Migration order', '', 'Dependencies first (compose `depends_on`); within a wave, the most depended-on first.', '', '| wave | service | dependents | open findings |', '|---:|---|---:|---|', ...rows];
    if (total > rows.length)
        out.push('', `… and ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(total - rows.length, 'more service')} in later waves: \`monopin order\` lists them all.`);
    if (order.cycles.length > 0)
        out.push('', `Cycles, last wave: ${order.cycles.map((c) => m(c.join(' → '))).join('; ')}`);
    return `${out.join('\n')}\n`;
}
function dependents(s) {
    return s.transitiveDependents === 0 ? 'no dependents' : `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(s.transitiveDependents, 'dependent')} (${s.dependents} direct)`;
}


/***/ })

};
