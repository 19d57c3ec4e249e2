export const id = 816;
export const ids = [816];
export const modules = {

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

// EXTERNAL MODULE: ./src/report/markdown.ts + 3 modules
var markdown = __webpack_require__(1551);
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

/***/ 1551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: DEFAULT_MAX_LENGTH, MAX_CELL_WIDTH, SIZE_MARKER, SIZE_MARKER_END

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/report/group.ts
var group = __webpack_require__(6349);
;// CONCATENATED MODULE: ./src/report/markdown-cells.ts

const MAX_MESSAGE = 300;
const MAX_CELL = 60;
/** Rows each findings table keeps before the drift table gives up any. */
const ROWS_FLOOR = 10;
const SEVERITY_ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' };
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function markdown_cells_text(value) {
    return value === undefined || value === '' ? '—' : (0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(value, MAX_CELL));
}
function code(value) {
    return value === undefined || value === '' ? '—' : (0,report_escape/* codeSpan */.SS)((0,report_escape/* clip */.$Q)(value, MAX_CELL), { table: true });
}
/** Where a truncated list continues: the job summary when linked, else the CLI command that prints it all. */
function whereTheRestIs(url) {
    if (url === undefined || url === '')
        return 'run `monopin check --all` for every one';
    // Our own URL, but keep it from closing the link or breaking the line.
    const safe = url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `see the [job summary](${safe})`;
}

// EXTERNAL MODULE: ./src/checks/rules.ts
var rules = __webpack_require__(2226);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/report/markdown-vulnerable.ts
// The vulnerable-pins section of the comment: first, four columns, advisories linked only to http(s) pages.




/** Vulnerable pins first, each with its advisories linked; the ignored ones with their reasons. Four columns. */
function vulnerableSection(report, rows, summaryUrl) {
    const out = [];
    const advisories = report.advisories;
    const vulnerable = (0,rules/* bySeverity */.Np)(report.findings.filter((f) => f.rule === 'vulnerable-pin'));
    if (vulnerable.length > 0) {
        out.push('', `#### 🔒 Vulnerable pins (${vulnerable.length})`, '', '| Package | Pin | Advisories | Fixed in |', '|---|---|---|---|');
        for (const f of vulnerable.slice(0, Math.max(rows, ROWS_FLOOR))) {
            const refs = f.advisories ?? [];
            const links = refs.slice(0, 3).map((a) => {
                const aliases = a.aliases.length > 0 ? ` (${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(a.aliases.join(', '), 20))})` : '';
                const url = safeLink(a.url);
                const id = url === undefined ? (0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(a.id, 30)) : `[${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(a.id, 30))}](${url})`;
                return `${SEVERITY_ICON[f.severity]} ${id}${aliases} ${(0,report_escape/* escapeMarkdown */.FV)(a.level)}${a.score !== undefined ? ` ${a.score.toFixed(1)}` : ''}: ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(a.summary, 30))}`;
            });
            if (refs.length > 3)
                links.push(`+${refs.length - 3} more`);
            const fixed = [...new Set(refs.flatMap((a) => a.fixed))];
            const reach = f.reach === undefined ? '' : ` · ${(0,report_text/* plural */.LS)(f.reach, 'service')}`;
            const pin = `${code(f.specifier)} ${(0,report_escape/* codeSpan */.SS)((0,report_escape/* clip */.$Q)(`${f.location.file}:${f.location.line}`, 50), { table: true })}${reach}`;
            out.push(row([markdown_cells_text(f.package), pin, links.join('<br>'), fixed.length > 0 ? fixed.slice(0, 3).map((v) => (0,report_escape/* codeSpan */.SS)((0,report_escape/* clip */.$Q)(v, 20), { table: true })).join(', ') : '_none_']));
        }
        const kept = Math.max(rows, ROWS_FLOOR);
        if (vulnerable.length > kept)
            out.push('', `… and ${vulnerable.length - kept} more — ${whereTheRestIs(summaryUrl)}`);
    }
    if (advisories !== undefined && advisories.ignored.length > 0) {
        out.push('', `<details><summary>Ignored advisories (${advisories.ignored.length})</summary>`, '');
        for (const i of advisories.ignored)
            out.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(i.id)} · ${(0,report_escape/* escapeMarkdown */.FV)(i.package)}${i.version !== undefined ? ` ${(0,report_escape/* codeSpan */.SS)(i.version)}` : ''} · ${(0,report_escape/* codeSpan */.SS)(`${i.file}:${i.line}`)}: ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(i.reason, MAX_MESSAGE))}`);
        out.push('', '</details>');
    }
    return out;
}
/** An http(s) URL that cannot close the link; undefined for anything else (a report file may come from an untrusted run). */
function safeLink(url) {
    if (!/^https?:\/\//i.test(url))
        return undefined;
    return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/report/order.ts


function renderOrderJson(order) {
    return `${JSON.stringify(order, null, 2)}\n`;
}
function renderOrderText(order) {
    const e = escapeTerminal;
    const count = order.waves.reduce((n, w) => n + w.length, 0);
    if (count === 0)
        return 'No compose services: nothing to order.\n';
    const lines = [`Migration order: ${plural(count, 'service')} in ${plural(order.waves.length, 'wave')}, dependencies first; the most depended-on lead each wave`];
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
    const m = report_escape/* escapeMarkdown */.FV;
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
        out.push('', `… and ${(0,report_text/* plural */.LS)(total - rows.length, 'more service')} in later waves: \`monopin order\` lists them all.`);
    if (order.cycles.length > 0)
        out.push('', `Cycles, last wave: ${order.cycles.map((c) => m(c.join(' → '))).join('; ')}`);
    return `${out.join('\n')}\n`;
}
function dependents(s) {
    return s.transitiveDependents === 0 ? 'no dependents' : `${plural(s.transitiveDependents, 'dependent')} (${s.dependents} direct)`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts






/** GitHub rejects comments over 65,536 characters; the rest is room for the sticky marker. */
const DEFAULT_MAX_LENGTH = 65_000;
const SIZE_MARKER = '<!-- monopin:size -->';
const SIZE_MARKER_END = '<!-- /monopin:size -->';
/** Widest table cell line we emit, in visible characters: four columns of this fit a laptop-wide page. */
const MAX_CELL_WIDTH = 100;
const MAX_VARIANTS_SHOWN = 3;
/** Services of the migration order shown in the whole-repo report; `monopin order` prints the rest. */
const ORDER_ROWS = 50;
const WHERE_SHOWN = 3;
const RISK_ICON = { high: '🔴 high', medium: '🟡 medium', low: '🟢 low' };
/**
 * Verdict, summary table, vulnerable pins, the findings (introduced, fixed, changed for a pull request) grouped by
 * rule and package, image sizes, drift, migration order. Over the limit, the details go first, then findings rows
 * down to a floor, then drift rows, then the rest of the findings rows; the summary stays.
 */
function renderMarkdown(report, options = {}) {
    const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const fits = (layout) => compose(report, options, layout).length <= max;
    const mostRows = Math.max(report.diff?.changed.length ?? 0, ...mainTables(report).map((t) => (0,group/* groupFindings */.kG)(t).reduce((n, s) => n + s.groups.length, 0)));
    const allDrift = driftPackages(report).length;
    const floor = Math.min(ROWS_FLOOR, mostRows);
    const full = { rows: mostRows, details: true, driftRows: allDrift, size: true };
    if (fits(full))
        return compose(report, options, full);
    for (const size of [true, false]) {
        const base = { ...full, details: false, size };
        const rows = (0,report_escape/* largestFitting */.oA)(mostRows, (n) => fits({ ...base, rows: n }));
        if (rows >= floor && fits({ ...base, rows }))
            return compose(report, options, { ...base, rows });
        const driftRows = (0,report_escape/* largestFitting */.oA)(allDrift, (n) => fits({ ...base, rows: floor, driftRows: n }));
        if (fits({ ...base, rows: floor, driftRows }))
            return compose(report, options, { ...base, rows: floor, driftRows });
        const fewer = (0,report_escape/* largestFitting */.oA)(floor, (n) => fits({ ...base, rows: n, driftRows: 0 }));
        if (fits({ ...base, rows: fewer, driftRows: 0 }))
            return compose(report, options, { ...base, rows: fewer, driftRows: 0 });
    }
    // Only a tiny maxLength gets here: cut at a line break so no tag or comment is left half open.
    const body = compose(report, options, { rows: 0, details: false, driftRows: 0, size: false });
    const tail = `… cut to fit — ${whereTheRestIs(options.summaryUrl)}.\n`;
    const head = (0,report_escape/* cutUtf16 */.nk)(body, Math.max(0, max - tail.length));
    const cut = head.lastIndexOf('\n');
    return (0,report_escape/* cutUtf16 */.nk)(`${cut >= 0 ? head.slice(0, cut + 1) : ''}${tail}`, max);
}
function mainTables(report) {
    return report.diff ? [report.diff.introduced, report.diff.fixed] : [report.findings.filter((f) => f.rule !== 'vulnerable-pin')];
}
/** A pull request's drift table shows the packages its findings name; the whole-repo report, every drifting package. */
function driftPackages(report) {
    const drift = (0,report_text/* topDrift */.tR)(report.packages);
    if (!report.diff)
        return drift;
    const touched = new Set([...report.diff.introduced, ...report.diff.fixed, ...report.diff.changed.map((c) => c.finding)].flatMap((f) => (f.package === undefined ? [] : [f.package])));
    return drift.filter((p) => touched.has(p.name));
}
function compose(report, options, layout) {
    const summaryUrl = options.summaryUrl;
    const out = [];
    out.push(`### ${verdict(report)}`, '', context(report));
    if (report.advisories?.warning !== undefined)
        out.push('', `> [!WARNING]\n> ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(report.advisories.warning, MAX_MESSAGE))}`);
    out.push(...summaryTable(report));
    out.push(...vulnerableSection(report, layout.rows, summaryUrl));
    if (report.diff) {
        out.push('', `#### Introduced (${report.diff.introduced.length})`, '', ...groupTable(report.diff.introduced, layout, summaryUrl));
        out.push('', `#### Fixed (${report.diff.fixed.length})`, '', ...groupTable(report.diff.fixed, layout, summaryUrl, false));
        if (report.diff.changed.length > 0)
            out.push('', `#### Changed (${report.diff.changed.length})`, '', ...changedTable(report, layout.rows, summaryUrl));
    }
    else {
        const findings = mainTables(report)[0] ?? [];
        out.push('', `#### Findings (${findings.length})`, '', ...groupTable(findings, layout, summaryUrl));
    }
    out.push('', SIZE_MARKER);
    if (options.sizeSection !== undefined && options.sizeSection.trim() !== '') {
        out.push(layout.size ? options.sizeSection.trim() : `Image sizes left out to fit GitHub's comment limit — ${whereTheRestIs(summaryUrl)}.`);
    }
    out.push(SIZE_MARKER_END);
    const drift = driftPackages(report);
    if (drift.length > 0) {
        const title = report.diff ? `#### Drift of the packages this pull request touches (${drift.length})` : `#### Drift (${(0,report_text/* plural */.LS)(drift.length, 'package')} with more than one specifier)`;
        out.push('', title, '', ...variantTable(report, drift.slice(0, layout.driftRows)));
        if (layout.driftRows < drift.length)
            out.push('', `… and ${drift.length - layout.driftRows} more — ${whereTheRestIs(summaryUrl)}`);
    }
    if (!report.diff && report.services.length > 0) {
        const order = options.order === undefined ? '' : renderOrderMarkdown(options.order, { maxRows: ORDER_ROWS }).trim();
        out.push('', order !== '' ? order.replace(/^### /, '#### ') : 'Migration order: `monopin order` lists the services in `depends_on` waves, dependencies first.');
    }
    if (!layout.details && hasDetails(report)) {
        out.push('', `<sub>Details left out to fit GitHub's comment limit — ${whereTheRestIs(summaryUrl)}.</sub>`);
    }
    return `${out.join('\n')}\n`;
}
function hasDetails(report) {
    return mainTables(report).some((t) => t.length > 0);
}
/** Counts by rule: for a pull request what it introduced and fixed next to what stays open; otherwise by severity. */
function summaryTable(report) {
    const counts = (0,group/* ruleCounts */.H0)(report.findings);
    if (report.diff) {
        const diff = report.diff;
        const rules = [...new Set([...diff.introduced, ...diff.fixed, ...report.findings].map((f) => f.rule))];
        if (rules.length === 0)
            return [];
        const n = (list, rule) => list.filter((f) => f.rule === rule).length;
        rules.sort((a, b) => n(diff.introduced, b) - n(diff.introduced, a) || n(report.findings, b) - n(report.findings, a) || (a < b ? -1 : 1));
        return ['', '| Rule | Introduced | Fixed | Open |', '|---|---:|---:|---:|', ...rules.map((r) => row([(0,report_escape/* codeSpan */.SS)(r, { table: true }), String(n(diff.introduced, r)), String(n(diff.fixed, r)), String(n(report.findings, r))]))];
    }
    if (counts.length === 0)
        return [];
    return ['', '| Rule | Errors | Warnings | Notes |', '|---|---:|---:|---:|', ...counts.map((c) => row([(0,report_escape/* codeSpan */.SS)(c.rule, { table: true }), String(c.error), String(c.warning), String(c.note)]))];
}
/** Findings grouped by rule and package: four columns, every location and message in a `<details>` below. */
/** `withFixes`: say each rule's fix below the table (not for what the pull request already fixed). */
function groupTable(findings, layout, summaryUrl, withFixes = true) {
    const sections = (0,group/* groupFindings */.kG)(findings);
    if (sections.length === 0)
        return ['None.'];
    const groups = sections.flatMap((s) => s.groups);
    const shown = groups.slice(0, layout.rows);
    const lines = ['| Package | Rule | Found → central pin | Where |', '|---|---|---|---|', ...shown.map(groupRow)];
    if (shown.length < groups.length)
        lines.push('', `… and ${groups.length - shown.length} more — ${whereTheRestIs(summaryUrl)}`);
    const fixes = withFixes ? sections.filter((s) => group/* RULE_FIX */.rI[s.rule] !== undefined && shown.some((g) => g.rule === s.rule)) : [];
    if (fixes.length > 0)
        lines.push('', ...fixes.map((s) => `- ${(0,report_escape/* codeSpan */.SS)(s.rule)}: ${(0,report_escape/* escapeMarkdown */.FV)(group/* RULE_FIX */.rI[s.rule] ?? '')}`));
    if (layout.details) {
        const located = shown.flatMap((g) => g.findings);
        lines.push('', `<details><summary>Locations and messages (${located.length})</summary>`, '');
        for (const f of located)
            lines.push(`- ${SEVERITY_ICON[f.severity]} ${(0,report_escape/* codeSpan */.SS)(`${f.location.file}:${f.location.line}`)}${f.occurrences !== undefined && f.occurrences > 1 ? ` (×${f.occurrences})` : ''}${f.service === undefined ? '' : ` (${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(f.service, MAX_CELL))})`}: ${(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(f.message, MAX_MESSAGE))}`);
        lines.push('', '</details>');
    }
    return lines;
}
function groupRow(g) {
    const first = g.findings[0];
    const rule = `${SEVERITY_ICON[g.severity]} ${(0,report_escape/* codeSpan */.SS)(g.rule, { table: true })}${g.findings.length > 1 ? ` ×${g.findings.length}` : ''}`;
    if (g.package === undefined) {
        return row(['—', rule, (0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(first.message, 90)), (0,report_escape/* codeSpan */.SS)((0,report_escape/* clip */.$Q)(`${first.location.file}:${first.location.line}`, 80), { table: true })]);
    }
    const variants = g.variants.slice(0, MAX_VARIANTS_SHOWN).map((v) => (v.specifier === '' ? '_any_' : (0,report_escape/* codeSpan */.SS)((0,report_escape/* clip */.$Q)(v.specifier, 30), { table: true })));
    if (g.variants.length > MAX_VARIANTS_SHOWN)
        variants.push(`+${g.variants.length - MAX_VARIANTS_SHOWN} more`);
    let found = variants.join(', ');
    if (g.pin !== undefined)
        found = `${found === '' ? '' : `${found} → `}${(0,report_escape/* codeSpan */.SS)((0,report_escape/* clip */.$Q)(g.pin, 30), { table: true })}`;
    if (found === '')
        found = (0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(first.message, 90));
    const where = (0,report_escape/* escapeMarkdown */.FV)((0,group/* firstFew */.Dt)(g.where.map((w) => clipStart(w, 30)), WHERE_SHOWN));
    return row([(0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(g.package, MAX_CELL)), rule, found, where]);
}
/** Package findings whose consumers moved: which were added and removed. */
function changedTable(report, rows, summaryUrl) {
    const changed = report.diff?.changed ?? [];
    const names = (list) => (list.length === 0 ? '—' : (0,report_escape/* escapeMarkdown */.FV)((0,group/* firstFew */.Dt)(list.map((l) => (0,report_escape/* clip */.$Q)(l, 30)), WHERE_SHOWN)));
    const lines = [
        '| Package | Rule | Added | Removed |',
        '|---|---|---|---|',
        ...changed.slice(0, rows).map((c) => row([markdown_cells_text(c.finding.package), `${SEVERITY_ICON[c.finding.severity]} ${(0,report_escape/* codeSpan */.SS)(c.finding.rule, { table: true })}`, names(c.added), names(c.removed)])),
    ];
    if (changed.length > rows)
        lines.push('', `… and ${changed.length - rows} more — ${whereTheRestIs(summaryUrl)}`);
    return lines;
}
function verdict(report) {
    if (report.diff) {
        const introduced = report.diff.introduced;
        const count = (s) => introduced.filter((f) => f.severity === s).length;
        const [errors, warnings, notes] = [count('error'), count('warning'), count('note')];
        const fixed = report.diff.fixed.length;
        const changed = report.diff.changed.length;
        const fixedText = `${fixed > 0 ? `, ${fixed} fixed` : ''}${changed > 0 ? `, ${changed} changed` : ''}`;
        if (introduced.length === 0)
            return `✅ No new conflicts${fixedText}`;
        const errorWord = introduced.every((f) => f.severity !== 'error' || f.rule === 'conflict') ? 'conflict' : 'error';
        const parts = [
            errors > 0 ? (0,report_text/* plural */.LS)(errors, errorWord) : '',
            warnings > 0 ? (0,report_text/* plural */.LS)(warnings, 'warning') : '',
            notes > 0 ? (0,report_text/* plural */.LS)(notes, 'note') : '',
        ].filter((p) => p !== '');
        const icon = errors > 0 ? SEVERITY_ICON.error : warnings > 0 ? SEVERITY_ICON.warning : SEVERITY_ICON.note;
        return `${icon} ${joinAnd(parts)} introduced${fixedText}`;
    }
    const { errors, warnings, notes } = report.summary;
    if (errors > 0)
        return `❌ ${joinAnd([(0,report_text/* plural */.LS)(errors, 'error'), warnings > 0 ? (0,report_text/* plural */.LS)(warnings, 'warning') : ''])}`;
    if (warnings > 0)
        return `⚠️ ${(0,report_text/* plural */.LS)(warnings, 'warning')}`;
    return notes > 0 ? `✅ No conflicts (${(0,report_text/* plural */.LS)(notes, 'note')})` : '✅ No conflicts';
}
function joinAnd(parts) {
    const kept = parts.filter((p) => p !== '');
    if (kept.length <= 1)
        return kept.join('');
    return `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1] ?? ''}`;
}
function context(report) {
    const s = report.summary;
    const parts = [(0,report_escape/* escapeMarkdown */.FV)(`${report.tool.name} ${report.tool.version}`)];
    if (report.diff)
        parts.push(`compared with ${(0,report_escape/* codeSpan */.SS)((0,report_escape/* clip */.$Q)(report.diff.base, MAX_CELL))}`);
    parts.push((0,report_text/* plural */.LS)(s.files, 'file'), (0,report_text/* plural */.LS)(s.services, 'service'), (0,report_text/* plural */.LS)(s.packages, 'package'));
    parts.push(report.constraints === undefined
        ? 'no central constraints file'
        : `constraints ${(0,report_escape/* codeSpan */.SS)((0,report_escape/* clip */.$Q)(report.constraints, MAX_CELL))}`);
    if (report.skipped.length > 0)
        parts.push(`${report.skipped.length} skipped`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
/** Package, consumers with their unit, variants, central pin and risk: four columns. */
function variantTable(report, packages) {
    return [
        '| Package | Consumers | Variants | Central pin · risk |',
        '|---|---|---|---|',
        ...packages.map((p) => {
            const variants = p.variants
                .slice(0, MAX_VARIANTS_SHOWN)
                .map((v) => `${v.specifier === '' ? '_any_' : (0,report_escape/* codeSpan */.SS)((0,report_escape/* clip */.$Q)(v.specifier, 24), { table: true })} (${v.services.length})`);
            const more = p.variants.length - MAX_VARIANTS_SHOWN;
            if (more > 0)
                variants.push(`+${more} more`);
            return row([
                (0,report_escape/* escapeMarkdown */.FV)((0,report_escape/* clip */.$Q)(p.name, MAX_CELL)),
                (0,group/* consumerUnits */._c)(report, p.services),
                variants.join(', '),
                `${p.pin === undefined ? '_none_' : (0,report_escape/* codeSpan */.SS)((0,report_escape/* clip */.$Q)(p.pin, 30), { table: true })} · ${RISK_ICON[p.risk]}`,
            ]);
        }),
    ];
}
/** The last `max` characters, `…` first when cut: a path's file name and line are what tell it apart. */
function clipStart(value, max) {
    const chars = Array.from(value);
    return chars.length <= max ? value : `…${chars.slice(chars.length - max + 1).join('')}`;
}


/***/ })

};
