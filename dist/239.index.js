export const id = 239;
export const ids = [239];
export const modules = {

/***/ 5609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommentJob: () => (/* binding */ runCommentJob)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2563);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1729);
/* harmony import */ var _post_comment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4816);
// mode: comment — posts a report made by an earlier, untrusted run (the fork-safe workflow_run pattern).
// The report is data: it is checked for shape and every string in it is escaped by the renderer.





const MAX_REPORT_BYTES = 20 * 1024 * 1024;
async function runCommentJob(job) {
    const { inputs } = job;
    if (!inputs.reportFile || !inputs.pullRequest)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d("mode 'comment' needs the inputs 'report-file' and 'pull-request'");
    const report = await readReport((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(job.workspace, inputs.reportFile));
    if (!report.diff)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${inputs.reportFile} has no base comparison: make it on a pull_request run`);
    await (0,_post_comment_js__WEBPACK_IMPORTED_MODULE_3__/* .postPullRequestComment */ .m)({ github: job.github, runner: job.runner, event: job.event, report, issueNumber: inputs.pullRequest, summaryUrl: job.runUrl });
}
async function readReport(path) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8').catch((error) => {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`cannot read the report ${path}: ${error.code ?? error.message}`);
    });
    if (text.length > MAX_REPORT_BYTES)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${path} is larger than ${MAX_REPORT_BYTES} bytes`);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${path} is not JSON`);
    }
    const arrays = ['files', 'requirements', 'services', 'packages', 'findings', 'skipped'];
    if (data?.schemaVersion !== _report_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_VERSION */ .f || arrays.some((k) => !Array.isArray(data[k])) || (data.diff && (!Array.isArray(data.diff.introduced) || !Array.isArray(data.diff.fixed)))) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${path} is not a monopin report (schemaVersion ${_report_types_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_VERSION */ .f})`);
    }
    return data;
}


/***/ }),

/***/ 2563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
const SCHEMA_VERSION = 2;


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
