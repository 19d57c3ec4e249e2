export const id = 164;
export const ids = [164];
export const modules = {

/***/ 7164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderInventoryText: () => (/* binding */ renderInventoryText)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);
// Terminal output for `monopin scan`: the inventory — services, then packages with every variant and who uses it.


function renderInventoryText(report) {
    const e = _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTerminal */ .en;
    const out = [];
    const { summary } = report;
    out.push(`monopin ${report.tool.version} · ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .modelCounts */ .GJ)(summary)} · ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(summary.packages, 'package')} · constraints: ${report.constraints ? e(report.constraints) : 'none found'}`);
    if (report.services.length > 0) {
        out.push('', `Services (${report.services.length})`);
        out.push(...(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['service', 'builds', 'requirement files', 'dependents', 'transitive'], report.services.map((s) => [e(s.id), s.build ? e(s.build.dockerfile) : s.image ? `image ${e(s.image)}` : '-', String(s.requirementFiles.length), String(s.dependents), String(s.transitiveDependents)])).map((line) => `  ${line}`));
    }
    if (report.images.length > 0) {
        out.push('', `Images (${report.images.length})`);
        out.push(...(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['image', 'dockerfile', 'context', 'from', 'pushed as'], report.images.map((i) => [e(i.name), e(i.dockerfile + (i.target ? ` #${i.target}` : '')), e(i.context), i.from.length > 0 ? e(i.from.join(', ')) : e(i.external.join(', ') || '-'), i.repository ? e(i.repository) : '(not pushed)'])).map((line) => `  ${line}`));
    }
    if (report.warnings.length > 0)
        out.push('', `Warnings (${report.warnings.length})`, ...report.warnings.map((w) => `  ${e(w)}`));
    out.push('', `Packages (${report.packages.length})`);
    for (const p of report.packages) {
        out.push(`  ${e(p.name)}  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(p.services.length, 'service')}, ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(p.variants.length, 'variant')}, pin ${p.pin ? e(p.pin) : 'none'}, risk ${p.risk}`);
        for (const v of p.variants)
            out.push(`      ${(v.specifier === '' ? '(any)' : e(v.specifier)).padEnd(24)} ${v.services.map(e).join(', ')}`);
    }
    if (report.skipped.length > 0) {
        out.push('', `Skipped (${report.skipped.length})`);
        for (const s of report.skipped)
            out.push(`  ${e(s.path)}: ${e(s.reason)}`);
    }
    return `${out.join('\n')}\n`;
}


/***/ })

};
