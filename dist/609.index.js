export const id = 609;
export const ids = [609,584];
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

/***/ 4816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ postPullRequestComment)
});

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
const STICKY_MARKER = '<!-- monopin:sticky-comment -->';
async function findStickyComment(github, target) {
    // The first page holds only 30 comments; a busy PR hides the old comment further down.
    const iterator = github.paginate.iterator(github.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 });
    for await (const page of iterator) {
        const found = page.data.find((c) => c.body?.includes(STICKY_MARKER));
        if (found)
            return { id: found.id, body: found.body ?? '', url: found.html_url };
    }
    return undefined;
}
/**
 * @param createIfMissing false when there is nothing worth a new comment (nothing introduced, nothing fixed)
 */
async function upsertStickyComment(github, target, body, createIfMissing) {
    const full = `${STICKY_MARKER}\n${body}`;
    const existing = await findStickyComment(github, target);
    if (existing) {
        if (existing.body === full)
            return { action: 'unchanged', url: existing.url };
        const { data } = await github.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body: full });
        return { action: 'updated', url: data.html_url };
    }
    if (!createIfMissing)
        return { action: 'skipped' };
    const { data } = await github.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: full });
    return { action: 'created', url: data.html_url };
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/report/brief-comment.ts
// The short PR comment for a run where the PR introduces and fixes nothing.

function renderBriefComment(report, summaryUrl) {
    const existing = report.findings.length;
    const where = summaryUrl ? `[job summary](${summaryUrl})` : 'job summary';
    const rest = existing === 0 ? 'The repository has no findings.' : `${(0,report_text/* plural */.LS)(existing, 'existing finding')} unchanged — see the ${where}.`;
    return `### ✅ No new conflicts\n\nThis pull request introduces and fixes nothing. ${rest}\n`;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/action/post-comment.ts
// Writes the sticky PR comment for a report; a read-only token (fork PRs) is a warning, not a failure.




// GitHub caps a comment at 65,536 characters; leave room for the marker.
const COMMENT_LIMIT = 65_536 - STICKY_MARKER.length - 64;
async function postPullRequestComment(options) {
    const { github, runner, event, report } = options;
    if (!github) {
        runner.warning('no github-token: the pull request comment is skipped; the report is in the job summary');
        return;
    }
    // An estimated size change is worth a comment too, even when no finding changed.
    const sizeSection = options.sizeSection?.trim() ? options.sizeSection : undefined;
    const changed = (report.diff?.introduced.length ?? 0) + (report.diff?.fixed.length ?? 0) > 0 || sizeSection !== undefined;
    const body = changed ? (0,markdown/* renderMarkdown */.Gc)(report, { maxLength: COMMENT_LIMIT, summaryUrl: options.summaryUrl, ...(sizeSection !== undefined && { sizeSection }) }) : renderBriefComment(report, options.summaryUrl);
    try {
        const result = await upsertStickyComment(github, { owner: event.owner, repo: event.repo, issueNumber: options.issueNumber }, body, changed);
        runner.info(result.action === 'skipped' ? 'nothing introduced or fixed: no comment needed' : `comment ${result.action}: ${result.url}`);
        if (result.url)
            runner.setOutput('comment-url', result.url);
    }
    catch (error) {
        // A fork's token is read-only: the report stands in the summary and annotations, the job goes on.
        if ((0,client/* httpStatusOf */.s)(error) === 403) {
            const fork = event.pullRequest?.fromFork ? ' (pull request from a fork: the token is read-only)' : '';
            runner.warning(`cannot write the pull request comment${fork}; the report is in the job summary. ${(0,client/* describeApiError */.g)(error, 'writing the comment')}`);
            return;
        }
        throw new Error((0,client/* describeApiError */.g)(error, 'writing the pull request comment'));
    }
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   g: () => (/* binding */ describeApiError),
/* harmony export */   s: () => (/* binding */ httpStatusOf)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
// The one Octokit the action uses: GITHUB_API_URL (GHES), proxy, retries on 5xx, and GitHub's rate limits respected.




const MAX_RATE_LIMIT_RETRIES = 2;
function createGitHubClient(token, log, options = {}) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        userAgent: `monopin/${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`,
        // Client errors are answers, not accidents: retrying them only burns the rate limit.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: {
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                log.warning(`GitHub rate limit hit for ${request.method} ${request.url}; retrying after ${retryAfter}s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                log.warning(`GitHub secondary rate limit hit for ${request.method} ${request.url}; retrying after ${retryAfter}s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES;
            },
        },
    }, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L);
}
/** A status-bearing error from Octokit, whatever its class. */
function httpStatusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** `403 while creating the PR comment: Resource not accessible by integration` */
function describeApiError(error, doing) {
    const status = httpStatusOf(error);
    const message = error instanceof Error ? error.message : String(error);
    return status ? `GitHub API ${status} while ${doing}: ${message}` : `${doing} failed: ${message}`;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_LENGTH, SIZE_MARKER, SIZE_MARKER_END */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6412);
/* harmony import */ var _checks_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2226);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5655);



/** GitHub rejects comments over 65,536 characters; the rest is room for the sticky marker. */
const DEFAULT_MAX_LENGTH = 65_000;
const SIZE_MARKER = '<!-- monopin:size -->';
const SIZE_MARKER_END = '<!-- /monopin:size -->';
const MAX_MESSAGE = 300;
const MAX_CELL = 120;
const MAX_VARIANTS_SHOWN = 4;
const SEVERITY_ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' };
const RISK_ICON = { high: '🔴 high', medium: '🟡 medium', low: '🟢 low' };
function renderMarkdown(report, options = {}) {
    const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const fits = (body) => body.length <= max;
    const full = { rows: Number.POSITIVE_INFINITY, findingDetails: true, variantDetails: true, size: true };
    for (const layout of [
        full,
        { ...full, findingDetails: false },
        { ...full, findingDetails: false, variantDetails: false },
    ]) {
        const body = compose(report, options, layout);
        if (fits(body))
            return body;
    }
    // Then the most rows per main table that fit; with an oversized size section, the same without it.
    const mostRows = Math.max(0, ...mainTables(report).map((t) => t.length));
    for (const size of [true, false]) {
        const layout = (rows) => ({ rows, findingDetails: false, variantDetails: false, size });
        const rows = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .largestFitting */ .oA)(mostRows, (n) => fits(compose(report, options, layout(n))));
        const body = compose(report, options, layout(rows));
        if (fits(body))
            return body;
    }
    // Only a tiny maxLength gets here: cut at a line break so no tag or comment is left half open.
    const body = compose(report, options, { rows: 0, findingDetails: false, variantDetails: false, size: false });
    const tail = `… cut to fit — see the ${summaryLink(options.summaryUrl)}.\n`;
    const head = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .cutUtf16 */ .nk)(body, Math.max(0, max - tail.length));
    const cut = head.lastIndexOf('\n');
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .cutUtf16 */ .nk)(`${cut >= 0 ? head.slice(0, cut + 1) : ''}${tail}`, max);
}
function mainTables(report) {
    return report.diff ? [report.diff.introduced, report.diff.fixed] : [report.findings];
}
function compose(report, options, layout) {
    const summaryUrl = options.summaryUrl;
    const out = [];
    out.push(`### ${verdict(report)}`, '', context(report));
    if (report.diff) {
        out.push('', '#### Introduced', '', ...findingTable((0,_checks_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .bySeverity */ .Np)(report.diff.introduced), { rows: layout.rows, summaryUrl }));
        out.push('', '#### Fixed', '', ...findingTable((0,_checks_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .bySeverity */ .Np)(report.diff.fixed), { rows: layout.rows, summaryUrl, messageHeader: 'Was' }));
    }
    else {
        out.push('', '#### Findings', '', ...findingTable((0,_checks_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .bySeverity */ .Np)(report.findings), { rows: layout.rows, summaryUrl }));
    }
    out.push('', SIZE_MARKER);
    if (options.sizeSection !== undefined && options.sizeSection.trim() !== '') {
        out.push(layout.size
            ? options.sizeSection.trim()
            : `Image sizes left out to fit GitHub's comment limit — see the ${summaryLink(summaryUrl)}.`);
    }
    out.push(SIZE_MARKER_END);
    const drift = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .topDrift */ .tR)(report.packages);
    if (drift.length > 0 && layout.variantDetails) {
        out.push('', `<details><summary>Version variants (${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(drift.length, 'package')})</summary>`, '', ...variantTable(drift), '', '</details>');
    }
    // Without a diff the main table already lists every finding.
    if (report.diff && report.findings.length > 0 && layout.findingDetails) {
        out.push('', `<details><summary>All findings (${report.findings.length})</summary>`, '', ...findingTable((0,_checks_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .bySeverity */ .Np)(report.findings), { rows: Number.POSITIVE_INFINITY, summaryUrl }), '', '</details>');
    }
    const dropped = (drift.length > 0 && !layout.variantDetails) ||
        (report.diff !== undefined && report.findings.length > 0 && !layout.findingDetails);
    if (dropped) {
        out.push('', `<sub>Details left out to fit GitHub's comment limit — see the ${summaryLink(options.summaryUrl)}.</sub>`);
    }
    return `${out.join('\n')}\n`;
}
function verdict(report) {
    if (report.diff) {
        const introduced = report.diff.introduced;
        const count = (s) => introduced.filter((f) => f.severity === s).length;
        const [errors, warnings, notes] = [count('error'), count('warning'), count('note')];
        const fixed = report.diff.fixed.length;
        const fixedText = fixed > 0 ? `, ${fixed} fixed` : '';
        if (introduced.length === 0)
            return `✅ No new conflicts${fixedText}`;
        const errorWord = introduced.every((f) => f.severity !== 'error' || f.rule === 'conflict') ? 'conflict' : 'error';
        const parts = [
            errors > 0 ? (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(errors, errorWord) : '',
            warnings > 0 ? (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(warnings, 'warning') : '',
            notes > 0 ? (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(notes, 'note') : '',
        ].filter((p) => p !== '');
        const icon = errors > 0 ? SEVERITY_ICON.error : warnings > 0 ? SEVERITY_ICON.warning : SEVERITY_ICON.note;
        return `${icon} ${joinAnd(parts)} introduced${fixedText}`;
    }
    const { errors, warnings, notes } = report.summary;
    if (errors > 0)
        return `❌ ${joinAnd([(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(errors, 'error'), warnings > 0 ? (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(warnings, 'warning') : ''])}`;
    if (warnings > 0)
        return `⚠️ ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(warnings, 'warning')}`;
    return notes > 0 ? `✅ No conflicts (${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(notes, 'note')})` : '✅ No conflicts';
}
function joinAnd(parts) {
    const kept = parts.filter((p) => p !== '');
    if (kept.length <= 1)
        return kept.join('');
    return `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1] ?? ''}`;
}
function context(report) {
    const s = report.summary;
    const parts = [(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(`${report.tool.name} ${report.tool.version}`)];
    if (report.diff)
        parts.push(`compared with ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(report.diff.base, MAX_CELL))}`);
    parts.push((0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(s.files, 'file'), (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(s.services, 'service'), (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(s.packages, 'package'));
    parts.push(report.constraints === undefined
        ? 'no central constraints file'
        : `constraints ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(report.constraints, MAX_CELL))}`);
    if (report.skipped.length > 0)
        parts.push(`${report.skipped.length} skipped`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
function findingTable(findings, { rows, summaryUrl, messageHeader = 'How to fix' }) {
    if (findings.length === 0)
        return ['None.'];
    const shown = findings.slice(0, rows);
    const lines = [
        `| Rule | Package | Service | Location | Found | Central pin | ${messageHeader} |`,
        '|---|---|---|---|---|---|---|',
        ...shown.map((f) => row([
            `${SEVERITY_ICON[f.severity]} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(f.rule, { table: true })}`,
            text(f.package),
            text(f.service),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(`${f.location.file}:${f.location.line}`, MAX_CELL), { table: true }),
            code(f.specifier),
            code(f.pin),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(f.message, MAX_MESSAGE)),
        ])),
    ];
    if (shown.length < findings.length) {
        lines.push('', `… and ${findings.length - shown.length} more — see the ${summaryLink(summaryUrl)}`);
    }
    return lines;
}
function variantTable(packages) {
    return [
        '| Package | Services | Variants | Central pin | Risk |',
        '|---|---:|---|---|---|',
        ...packages.map((p) => {
            const variants = p.variants
                .slice(0, MAX_VARIANTS_SHOWN)
                .map((v) => `${v.specifier === '' ? '_any_' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(v.specifier, MAX_CELL), { table: true })} (${v.services.length})`);
            const more = p.variants.length - MAX_VARIANTS_SHOWN;
            if (more > 0)
                variants.push(`+${more} more`);
            return row([
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(p.name, MAX_CELL)),
                String(p.services.length),
                `${p.variants.length}: ${variants.join(', ')}`,
                p.pin === undefined ? '_none_' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(p.pin, MAX_CELL), { table: true }),
                RISK_ICON[p.risk],
            ]);
        }),
    ];
}
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function text(value) {
    return value === undefined || value === '' ? '—' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(value, MAX_CELL));
}
function code(value) {
    return value === undefined || value === '' ? '—' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .clip */ .$Q)(value, MAX_CELL), { table: true });
}
function summaryLink(url) {
    if (url === undefined || url === '')
        return 'job summary';
    // Our own URL, but keep it from closing the link or breaking the line.
    const safe = url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[job summary](${safe})`;
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
