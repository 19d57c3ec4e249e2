export const id = 581;
export const ids = [581];
export const modules = {

/***/ 5581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* unused harmony export UsageError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4031);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
// `monopin scan|check` on a local checkout. Results go to stdout, diagnostics to stderr.
// Exit codes: 0 clean, 1 findings at or above --fail-on (or an image past the size budget, or a rebuild that failed), 2 bad usage or unreadable input.





const FORMATS = ['text', 'markdown', 'json', 'sarif'];
const FAIL_ON = ['error', 'warning', 'never'];
class UsageError extends Error {
}
const USAGE = `usage: monopin <command> [options]

commands:
  scan     inventory: files, services, packages and their version variants
  check    check every requirement against the central constraints file
  bump     plan the newest pins every consumer accepts; print the plan and the diff
  rebuild  build the base images in FROM order (waves) with BuildKit; --dry-run only prints the waves

options:
  --root DIR           repository root (default: current directory)
  --constraints FILE   central constraints file, relative to the root (default: found by name or -c use)
  --config FILE        config file (default: .github/monopin.yml when present)
  --base GIT_REF       check only: compare with this revision; report introduced and fixed findings
  --format FORMAT      text | markdown | json | sarif (default: text)
  --fail-on LEVEL      check only: error | warning | never (default: error)
  --index-url URL      bump: package index (PEP 691/503, http(s) or file://);
                       check --base: estimate the image-size deltas of the changed pins with it
  --python X.Y         bump only: target Python (default: config, else FROM python:X.Y)
  --dry-run            bump: print the plan and the diff, change nothing (the default);
                       rebuild: print the waves, build nothing
  --write              bump only: apply the edits to the working tree
  --packages A,B       rebuild only: only the images these packages touch (default: all)
  --since GIT_REF      rebuild only: only the images the pins and files changed since GIT_REF touch
  --push               rebuild only: push the dated and latest tags
  --network host       rebuild only: build with the host network (daemons without a bridge)
  --no-color           plain text even on a terminal
  -h, --help           this help
  -v, --version        print the version`;
async function runCli(argv, io) {
    // Diagnostics quote paths, config values and arguments: none may carry a terminal escape or forge a
    // CI log line (`::set-output`), whatever the message.
    const safe = { ...io, stderr: (text) => io.stderr((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeLog */ .Ah)(text)) };
    try {
        return await dispatch(argv, safe);
    }
    catch (error) {
        // A usage error may span lines on purpose (the usage line); any other message is one line.
        const message = error instanceof Error ? error.message : String(error);
        safe.stderr(`monopin: ${error instanceof UsageError ? message : (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)(message)}\n`);
        return 2;
    }
}
async function dispatch(argv, io) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                root: { type: 'string' },
                constraints: { type: 'string' },
                config: { type: 'string' },
                base: { type: 'string' },
                format: { type: 'string' },
                'fail-on': { type: 'string' },
                'no-color': { type: 'boolean' },
                'index-url': { type: 'string' },
                python: { type: 'string' },
                'dry-run': { type: 'boolean' },
                write: { type: 'boolean' },
                packages: { type: 'string' },
                since: { type: 'string' },
                push: { type: 'boolean' },
                network: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (error) {
        throw new UsageError(`${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)(error.message)}\n${USAGE.split('\n')[0]}`);
    }
    const { values, positionals } = parsed;
    if (values.version) {
        io.stdout(`${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}\n`);
        return 0;
    }
    if (values.help || positionals.length === 0) {
        io.stdout(`${USAGE}\n`);
        return positionals.length === 0 && !values.help ? 2 : 0;
    }
    const command = positionals[0];
    if (positionals.length > 1)
        throw new UsageError(`unexpected argument '${positionals[1]}'`);
    if (command !== 'scan' && command !== 'check' && command !== 'bump' && command !== 'rebuild')
        throw new UsageError(`unknown command '${command}' (expected scan, check, bump or rebuild)`);
    if (command !== 'bump' && (values.python || values.write))
        throw new UsageError('--python and --write go with bump');
    if (values['index-url'] && command !== 'bump' && !(command === 'check' && values.base))
        throw new UsageError('--index-url goes with bump, or with check --base (image sizes)');
    if (command !== 'bump' && command !== 'rebuild' && values['dry-run'])
        throw new UsageError('--dry-run goes with bump or rebuild');
    if (command !== 'rebuild' && (values.packages || values.since || values.push || values.network))
        throw new UsageError('--packages, --since, --push and --network go with rebuild');
    if (values.network !== undefined && values.network !== 'host')
        throw new UsageError(`--network takes only host, got '${values.network}'`);
    if (values.push && values['dry-run'])
        throw new UsageError('--push and --dry-run exclude each other');
    if (values['dry-run'] && values.write)
        throw new UsageError('--dry-run and --write exclude each other');
    const format = (values.format ?? 'text');
    if (!FORMATS.includes(format))
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${values.format}'`);
    const failOnFlag = values['fail-on'];
    if (failOnFlag !== undefined && !FAIL_ON.includes(failOnFlag))
        throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got '${failOnFlag}'`);
    if (command === 'scan' && values.base)
        throw new UsageError('--base goes with check');
    const root = await resolveRoot(io.cwd, values.root);
    const [{ loadConfig }, { createFsReader }, { buildReport, scanRepository }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(230), __webpack_require__.e(515)]).then(__webpack_require__.bind(__webpack_require__, 2526)), __webpack_require__.e(/* import() */ 725).then(__webpack_require__.bind(__webpack_require__, 1725)), Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(697), __webpack_require__.e(987), __webpack_require__.e(148), __webpack_require__.e(928)]).then(__webpack_require__.bind(__webpack_require__, 3928))]);
    const config = await loadConfig({ root, configPath: values.config, overrides: { constraints: values.constraints, failOn: failOnFlag } });
    const reader = createFsReader(root);
    await requireConstraints(reader, config);
    if (command === 'rebuild') {
        if (format !== 'text' && format !== 'json')
            throw new UsageError(`rebuild prints text or json, not ${format}`);
        const [{ planRebuild, renderRebuild }, { changesSince }, { rebuildAndMeasure }, { registryClientFromConfig }, { formatMegabytes }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(950)]).then(__webpack_require__.bind(__webpack_require__, 4950)),
            Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(697), __webpack_require__.e(155), __webpack_require__.e(987), __webpack_require__.e(148), __webpack_require__.e(513), __webpack_require__.e(230), __webpack_require__.e(928), __webpack_require__.e(463)]).then(__webpack_require__.bind(__webpack_require__, 2463)),
            __webpack_require__.e(/* import() */ 118).then(__webpack_require__.bind(__webpack_require__, 1118)),
            __webpack_require__.e(/* import() */ 442).then(__webpack_require__.bind(__webpack_require__, 6442)),
            __webpack_require__.e(/* import() */ 693).then(__webpack_require__.bind(__webpack_require__, 1693)),
        ]);
        const { workspace } = await scanRepository(reader, config);
        const named = values.packages ? values.packages.split(',').map((p) => p.trim()).filter(Boolean) : undefined;
        // --since REF: the pins and files changed since REF (working tree included), besides --packages.
        const since = values.since ? await changesSince({ root, head: workspace, config, from: values.since }) : undefined;
        const changedPackages = named || since ? [...(named ?? []), ...(since?.packages ?? [])] : undefined;
        const plan = planRebuild({ workspace, config, changedPackages, changedFiles: since?.files, now: new Date() });
        io.stdout(renderRebuild(plan, { config, format, changedPackages }));
        if (values['dry-run'])
            return 0;
        const push = Boolean(values.push);
        // The runner logs each image's build time and cached steps as it goes.
        const { measured, failure } = await rebuildAndMeasure({
            root,
            matrix: plan.matrix,
            push,
            network: values.network === 'host' ? 'host' : undefined,
            registry: registryClientFromConfig(config, io.env),
            log: { info: (line) => io.stderr(`${line}\n`), warning: (line) => io.stderr(`monopin: warning: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)(line)}\n`) },
        });
        for (const m of measured) {
            const before = m.before ? `${formatMegabytes(m.before.compressedBytes)} → ` : 'new image, ';
            io.stderr(`${m.image}: ${before}${formatMegabytes(m.after.compressedBytes)} compressed (${formatMegabytes(m.deltaCompressedBytes, true)}, measured in the registry)\n`);
        }
        if (failure !== undefined) {
            io.stderr(`monopin: rebuild failed: ${failure}\n`);
            return 1;
        }
        return 0;
    }
    if (command === 'bump') {
        if (format !== 'text' && format !== 'json')
            throw new UsageError(`bump prints text or json, not ${format}`);
        if (values.python && !/^\d+\.\d+(\.\d+)?$/.test(values.python))
            throw new UsageError(`--python must look like 3.12, got '${values.python}'`);
        if (values['index-url'])
            config.bump = { ...config.bump, indexUrl: values['index-url'] };
        const { runBump } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(697), __webpack_require__.e(155), __webpack_require__.e(987), __webpack_require__.e(148), __webpack_require__.e(513), __webpack_require__.e(928), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 1734));
        const { output } = await runBump({ root, config, format, write: Boolean(values.write), pythonVersion: values.python, log: (line) => io.stderr(`${line}\n`) });
        io.stdout(output);
        return 0;
    }
    const head = await scanRepository(reader, config);
    if (!config.constraints) {
        const chosen = head.workspace.constraintsFile;
        io.stderr(`monopin: note: ${chosen ? `central constraints file: ${chosen} (the constraints file most used through -c; --constraints or \`constraints:\` chooses another)` : 'no central constraints file found (name one with --constraints or `constraints:`)'}\n`);
    }
    let base;
    if (values.base) {
        const { openBaseReader } = await __webpack_require__.e(/* import() */ 927).then(__webpack_require__.bind(__webpack_require__, 2927));
        const baseReader = await openBaseReader(root, values.base);
        try {
            base = { ref: values.base, result: await scanRepository(baseReader, config) };
        }
        finally {
            await baseReader.close();
        }
    }
    const report = buildReport(head, { root, base });
    const color = io.isTty && !values['no-color'] && !io.env.NO_COLOR;
    if (command === 'scan') {
        if (format === 'text')
            io.stdout((await __webpack_require__.e(/* import() */ 164).then(__webpack_require__.bind(__webpack_require__, 7164))).renderInventoryText(report));
        else
            await render(report, format, color, io);
        return 0;
    }
    // With --base and an index (flag or config index-url): the changed pins' image sizes. Notes, never failures.
    const note = (text) => io.stderr(`monopin: note: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)(text)}\n`);
    const indexUrl = base ? (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(697), __webpack_require__.e(155), __webpack_require__.e(148), __webpack_require__.e(513), __webpack_require__.e(230), __webpack_require__.e(308)]).then(__webpack_require__.bind(__webpack_require__, 7927))).sizeIndexUrl(config, values['index-url']) : undefined;
    const sizes = base && indexUrl !== undefined ? await estimateSizes({ base: base.result.workspace, head: head.workspace, config, indexUrl, note }) : undefined;
    if (base && indexUrl === undefined && config.sizeBudget !== undefined)
        note('size-budget is set but no index is configured (config index-url or --index-url): image sizes not estimated');
    if (sizes && sizes.length > 0)
        report.sizes = (await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 5477))).sizeRecords(sizes);
    await render(report, format, color, io, sizes);
    const { describeBreach, sizeBudgetExceeded } = sizes && config.sizeBudget !== undefined ? await __webpack_require__.e(/* import() */ 693).then(__webpack_require__.bind(__webpack_require__, 1693)) : { describeBreach: undefined, sizeBudgetExceeded: undefined };
    const breaches = sizes && sizeBudgetExceeded && config.sizeBudget !== undefined ? sizeBudgetExceeded(sizes, config.sizeBudget) : [];
    for (const b of breaches) {
        io.stderr(`monopin: error: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)(describeBreach(b, config.sizeBudget))}\n`);
    }
    const gating = report.diff ? report.diff.introduced : report.findings;
    const { fails } = await __webpack_require__.e(/* import() */ 218).then(__webpack_require__.bind(__webpack_require__, 218));
    return fails(gating, config.failOn) || breaches.length > 0 ? 1 : 0;
}
async function estimateSizes(options) {
    try {
        const { base, head, config, indexUrl, note } = options;
        const { estimatePrSizes } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(697), __webpack_require__.e(155), __webpack_require__.e(148), __webpack_require__.e(513), __webpack_require__.e(230), __webpack_require__.e(308)]).then(__webpack_require__.bind(__webpack_require__, 7927));
        const { results } = await estimatePrSizes({ base, head, config, indexUrl, onNote: note });
        // Contributors the estimate could only guess (sdist) or not size at all, beside the figures.
        for (const r of results)
            for (const c of r.contributors)
                if (c.note !== undefined)
                    note(`${r.image}: ${c.name}: ${c.note}`);
        return results;
    }
    catch (error) {
        options.note(`image sizes not estimated: ${error instanceof Error ? error.message : String(error)}`);
        return [];
    }
}
/** Writes the report to stdout; JSON goes out in chunks, so a huge report never becomes one string. */
async function render(report, format, color, io, sizes) {
    switch (format) {
        case 'json': {
            const { renderJsonChunks } = await __webpack_require__.e(/* import() */ 794).then(__webpack_require__.bind(__webpack_require__, 2794));
            for (const chunk of renderJsonChunks(report))
                io.stdout(chunk);
            return;
        }
        case 'sarif':
            io.stdout((await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 643))).renderSarif(report));
            return;
        case 'markdown': {
            const { renderMarkdown } = await __webpack_require__.e(/* import() */ 285).then(__webpack_require__.bind(__webpack_require__, 4285));
            const sizeSection = sizes ? (await __webpack_require__.e(/* import() */ 693).then(__webpack_require__.bind(__webpack_require__, 1693))).renderSizeSection(sizes) : '';
            io.stdout(renderMarkdown(report, sizeSection !== '' ? { sizeSection } : {}));
            return;
        }
        case 'text': {
            const { renderText } = await __webpack_require__.e(/* import() */ 655).then(__webpack_require__.bind(__webpack_require__, 5655));
            const sizeText = sizes ? (await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 5477))).renderSizeText(sizes, { color }) : '';
            io.stdout(`${renderText(report, { color })}${sizeText === '' ? '' : `\n${sizeText}`}`);
            return;
        }
    }
}
async function resolveRoot(cwd, root) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, root ?? '.');
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory())
        throw new UsageError(`--root ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)(root ?? dir)}: not a directory`);
    return dir;
}
async function requireConstraints(reader, config) {
    if (!config.constraints)
        return;
    try {
        await reader.read(config.constraints);
    }
    catch {
        throw new UsageError(`cannot read the constraints file '${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeTerminal */ .en)(config.constraints)}'`);
    }
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Ah: () => (/* binding */ escapeLog),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   en: () => (/* binding */ escapeTerminal),
/* harmony export */   nk: () => (/* binding */ cutUtf16),
/* harmony export */   oA: () => (/* binding */ largestFitting),
/* harmony export */   pF: () => (/* binding */ singleLine)
/* harmony export */ });
/* unused harmony export escapeHtml */
// Repository content is data: these turn it into text that cannot become markup,
// pings, links to issues, or terminal escape sequences.
// C0/C1 controls (ESC starts ANSI sequences), DEL, and bidi overrides/isolates (Trojan Source).
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NEWLINES = /\r\n|[\r\n\u2028\u2029]/g;
const ZWJ = '\u200d';
/** One line of plain text: newlines become spaces, control and bidi characters go. */
function singleLine(text) {
    return text.replace(NEWLINES, ' ').replace(/\t/g, ' ').replace(CONTROLS, '');
}
/** At most `max` characters (code points), ending in `…` when cut. */
function clip(text, max) {
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/** Plain text for a terminal: no escape sequences, one line. */
function escapeTerminal(text) {
    return singleLine(text);
}
// GitHub's runner reads `::command::` and `##[command]` at the start of any log line.
const LOG_COMMAND = /^([ \t]*)(::|##\[)/gm;
/**
 * Text for a log (stderr, the Actions log) that may span lines: control and bidi characters go, and
 * a line that would start a workflow command (`::set-output`, `::add-mask`) is defused with a zero-width joiner.
 */
function escapeLog(text) {
    return text.replace(/\r(?!\n)/g, '').replace(CONTROLS, '').replace(LOG_COMMAND, (_, blank, start) => `${blank}${start[0]}${ZWJ}${start.slice(1)}`);
}
// ASCII punctuation that starts inline markdown: emphasis, links and images (`[`; `(` alone is inert), code, strikethrough,
// math, table cells, raw HTML (as entities below). `.`, `-`, `+` and `!` only matter at the start of a line
// (lists) or before `[` (already escaped), so they stay readable. Backslash-escaping ASCII punctuation is
// always valid CommonMark.
const MD_SPECIAL = /[\\`*_[\]#|~$]/g;
/**
 * Inline markdown that renders as `text` literally: safe in paragraphs and table cells.
 * `@name` and `#123` get a zero-width joiner so GitHub neither pings nor cross-references.
 */
function escapeMarkdown(text) {
    return breakReferences(singleLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MD_SPECIAL, (c) => `\\${c}`)
        // Text that starts a line must not start a list, a heading underline or a numbered item.
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.])/, '$1\\$2'));
}
// GitHub resolves mentions and issue references on the rendered text, after escapes are gone,
// so only a character between `@`/`#` and the name stops them.
function breakReferences(text) {
    return text.replace(/@(?=[\w-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`);
}
/**
 * A code span that shows `text` verbatim, whatever backticks it holds.
 * In a table cell pass `{ table: true }`: GFM splits cells on `|` even inside code spans.
 */
function codeSpan(text, options = {}) {
    let body = singleLine(text);
    if (body === '')
        return '';
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A span that starts or ends with a backtick (or is all spaces) needs padding spaces; CommonMark strips one each side.
    if (body.startsWith('`') || body.endsWith('`') || /^ +$/.test(body))
        body = ` ${body} `;
    if (options.table)
        body = body.replace(/\|/g, '\\|');
    return `${fence}${body}${fence}`;
}
/** Escaped text for an HTML context such as `<summary>`. */
function escapeHtml(text) {
    return breakReferences(singleLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'));
}
/** Cut `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cutUtf16(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return text.slice(0, end);
}
/** The largest n in [0, upper] for which fits(n) holds, given fits is monotone (0 when none): how many rows or sections fit a length limit. */
function largestFitting(upper, fits) {
    let lo = 0;
    let hi = upper;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
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
