export const id = 431;
export const ids = [431];
export const modules = {

/***/ 6431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: UsageError

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/cli-help.ts
// The CLI's usage texts: the global help lists the commands; `monopin help <command>` and
// `monopin <command> --help` show that command's usage line and its own flags only.
const COMMANDS = ['scan', 'check', 'bump', 'rebuild', 'order', 'help'];
// Each flag's help line, as `--name ARG  text` (two spaces before the text); a command may say it its own way.
const FLAG_TEXT = {
    root: '--root DIR           repository root (default: current directory)',
    constraints: '--constraints FILE   central constraints file, relative to the root (default: found by name or -c use)',
    config: '--config FILE        config file (default: .github/monopin.yml when present)',
    base: '--base GIT_REF       compare with this revision; report introduced and fixed findings',
    'no-color': '--no-color           plain text even on a terminal',
    'index-url': '--index-url URL      package index (PEP 691/503, http(s) or file://)',
    'extra-index-url': '--extra-index-url URL  with --index-url: one more index, as pip\'s option (repeatable)',
    python: '--python X.Y         target Python (default: config, else FROM python:X.Y)',
    advisories: '--advisories SOURCE  osv (the public OSV API) | off | an OSV API URL | a folder or zip of OSV records\n                       (default: config advisories, else off)',
    'security-only': '--security-only      only the moves that fix advisories (for a daily security PR)',
    write: '--write              apply the edits to the working tree',
    packages: '--packages A,B       only the images these packages touch (default: all)',
    since: '--since GIT_REF      only the images the pins and files changed since GIT_REF touch',
    push: '--push               push the dated and latest tags',
    network: '--network host       build with the host network (daemons without a bridge)',
    help: '-h, --help           this help',
    all: '--all                every occurrence of every finding (default: a screenful, grouped by rule and package)',
    verbose: '--verbose            the same as --all',
    rule: '--rule RULE          only these rules (repeatable, or comma-separated)',
    severity: '--severity LEVEL     only error, warning or note findings (repeatable)',
    package: '--package NAME       only findings about these packages (repeatable)',
    service: '--service ID         only findings about what these services (or images, files) install (repeatable)',
    new: '--new                with --base: only what the revision introduced or changed',
};
const format = (values) => `--format FORMAT      ${values} (default: text)`;
const HELP = {
    scan: {
        usage: 'monopin scan [options]',
        summary: 'inventory: files, services, packages and their version variants',
        flags: ['root', 'constraints', 'config', format('text | markdown | json | sarif'), 'no-color', 'help'],
    },
    check: {
        usage: 'monopin check [options]',
        summary: 'check every requirement against the central constraints file',
        flags: [
            'root',
            'constraints',
            'config',
            'base',
            format('text | markdown | json | sarif'),
            '--fail-on LEVEL      error | warning | never (default: error; config fail-on)',
            '--index-url URL      with --base: estimate the image-size deltas of the changed pins with this index',
            'extra-index-url',
            'advisories',
            'all',
            'verbose',
            'rule',
            'severity',
            'package',
            'service',
            'new',
            'no-color',
            'help',
        ],
    },
    bump: {
        usage: 'monopin bump [options]',
        summary: 'plan the newest pins every consumer accepts; print the plan and the diff',
        flags: [
            'root',
            'constraints',
            'config',
            format('text | json'),
            'no-color',
            '--fail-on LEVEL      error | never: never exits 0 even when the index fails (else 1 for some\n                       packages, 2 when the index could not be read at all)',
            'index-url',
            'extra-index-url',
            'python',
            'advisories',
            'security-only',
            '--dry-run            print the plan and the diff, change nothing (the default)',
            'write',
            'help',
        ],
    },
    rebuild: {
        usage: 'monopin rebuild [options]',
        summary: 'build the base images in FROM order (waves) with BuildKit; --dry-run only prints the waves',
        flags: ['root', 'constraints', 'config', format('text | json'), 'packages', 'since', 'push', 'network', '--dry-run            print the waves, build nothing', 'no-color', 'help'],
    },
    order: {
        usage: 'monopin order [options]',
        summary: 'migration order: the services of each compose project in waves by depends_on, dependencies first',
        flags: ['root', 'constraints', 'config', format('text | markdown | json'), 'no-color', 'help'],
    },
    help: {
        usage: 'monopin help [command]',
        summary: 'this help, or one command\'s usage and flags',
        flags: [],
    },
};
/** Flag names (without dashes) each command accepts; the parser rejects the rest. */
function flagsOf(command) {
    return HELP[command].flags.map((f) => /^(?:-\w, )?--([\w-]+)/.exec(FLAG_TEXT[f] ?? f)[1]);
}
const GLOBAL_USAGE = `usage: monopin <command> [options]

commands:
${COMMANDS.map((c) => `  ${c.padEnd(8)} ${HELP[c].summary}`).join('\n')}

options:
  -h, --help           this help; \`monopin help <command>\` or \`monopin <command> --help\`: one command's flags
  -v, --version        print the version

exit codes: 0 clean, 1 findings at or above --fail-on (or a failed rebuild, an image past the size budget),
2 bad usage or unreadable input`;
function commandUsage(command) {
    const { usage, summary, flags } = HELP[command];
    const lines = flags.map((f) => `  ${FLAG_TEXT[f] ?? f}`);
    return `usage: ${usage}\n\n${summary}${lines.length > 0 ? `\n\noptions:\n${lines.join('\n')}` : ''}`;
}
function isCommand(name) {
    return COMMANDS.includes(name);
}

;// CONCATENATED MODULE: ./src/cli-suggest.ts
// "Did you mean": the closest valid name to a mistyped one, by edit distance (insert, delete,
// substitute, swap two neighbours), so `--frmat` and `chekc` point at `--format` and `check`.
/** Optimal string alignment distance between a and b. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/** The candidate nearest to `name`, when it is near enough to be a typo (at most a third of its length, at least 1, edits away). */
function closest(name, candidates) {
    const limit = Math.max(1, Math.floor(name.length / 3));
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && (best === undefined || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}
/** ` (did you mean X?)`-style tail, or '' when nothing is close. */
function didYouMean(name, candidates) {
    const match = closest(name, candidates);
    return match === undefined ? '' : `; did you mean ${match}?`;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts
// `monopin scan|check|bump|rebuild|order` on a local checkout. Results go to stdout, diagnostics to stderr.
// Exit codes: 0 clean, 1 findings at or above --fail-on (or an image past the size budget, or a rebuild that failed), 2 bad usage or unreadable input.








const FORMATS = ['text', 'markdown', 'json', 'sarif'];
const FAIL_ON = ['error', 'warning', 'never'];
class UsageError extends Error {
}
async function runCli(argv, io) {
    // Diagnostics quote paths, config values and arguments: none may carry a terminal escape or forge a
    // CI log line (`::set-output`), whatever the message.
    const safe = { ...io, stderr: (text) => io.stderr((0,report_escape/* escapeLog */.Ah)(text)) };
    try {
        return await dispatch(argv, safe);
    }
    catch (error) {
        // Every error is one line: what went wrong, the path, the fix (help texts go to stdout, not here).
        const message = error instanceof Error ? error.message : String(error);
        safe.stderr(`monopin: ${(0,report_escape/* escapeTerminal */.en)(message)}\n`);
        return 2;
    }
}
async function dispatch(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
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
                all: { type: 'boolean' },
                verbose: { type: 'boolean' },
                rule: { type: 'string', multiple: true },
                severity: { type: 'string', multiple: true },
                package: { type: 'string', multiple: true },
                service: { type: 'string', multiple: true },
                new: { type: 'boolean' },
                'index-url': { type: 'string' },
                'extra-index-url': { type: 'string', multiple: true },
                python: { type: 'string' },
                'dry-run': { type: 'boolean' },
                write: { type: 'boolean' },
                packages: { type: 'string' },
                since: { type: 'string' },
                push: { type: 'boolean' },
                network: { type: 'string' },
                advisories: { type: 'string' },
                'security-only': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (error) {
        throw new UsageError(parseErrorLine(error));
    }
    const { values, positionals } = parsed;
    if (values.version) {
        io.stdout(`${version/* VERSION */.x}\n`);
        return 0;
    }
    const command = positionals[0];
    if (command !== undefined && !isCommand(command))
        throw new UsageError(`unknown command '${(0,report_escape/* escapeTerminal */.en)(command)}'${didYouMean(command, COMMANDS) || ` (commands: ${COMMANDS.join(', ')})`}`);
    if (command === undefined || command === 'help') {
        // `monopin help [command]`: that command's usage, or the list of commands.
        const topic = command === 'help' ? positionals[1] : undefined;
        if (topic !== undefined && !isCommand(topic))
            throw new UsageError(`no help for '${(0,report_escape/* escapeTerminal */.en)(topic)}'${didYouMean(topic, COMMANDS) || ` (commands: ${COMMANDS.join(', ')})`}`);
        if (positionals.length > 2)
            throw new UsageError(`unexpected argument '${(0,report_escape/* escapeTerminal */.en)(positionals[2])}'`);
        io.stdout(`${topic === undefined ? GLOBAL_USAGE : commandUsage(topic)}\n`);
        // Bare `monopin` is a usage error (2); asking for help is not.
        return command === undefined && !values.help ? 2 : 0;
    }
    if (values.help) {
        io.stdout(`${commandUsage(command)}\n`);
        return 0;
    }
    if (positionals.length > 1)
        throw new UsageError(`unexpected argument '${(0,report_escape/* escapeTerminal */.en)(positionals[1])}'`);
    if (command !== 'bump' && (values.python || values.write))
        throw new UsageError('--python and --write go with bump');
    if (values['index-url'] && command !== 'bump' && !(command === 'check' && values.base))
        throw new UsageError('--index-url goes with bump, or with check --base (image sizes)');
    if (values['extra-index-url'] && command !== 'bump' && !(command === 'check' && values.base))
        throw new UsageError('--extra-index-url goes with bump, or with check --base (image sizes)');
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
    if (values.advisories !== undefined && command !== 'check' && command !== 'bump')
        throw new UsageError('--advisories goes with check or bump');
    if (values['security-only'] && command !== 'bump')
        throw new UsageError('--security-only goes with bump');
    const format = (values.format ?? 'text');
    if (!FORMATS.includes(format))
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${values.format}'`);
    const failOnFlag = values['fail-on'];
    if (failOnFlag !== undefined && !FAIL_ON.includes(failOnFlag))
        throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got '${failOnFlag}'`);
    if (command === 'scan' && values.base)
        throw new UsageError('--base goes with check');
    // Any other flag the command does not take (the specific messages above come first).
    const accepted = new Set(flagsOf(command));
    for (const [flag, value] of Object.entries(values)) {
        if (value !== undefined && !accepted.has(flag))
            throw new UsageError(`--${flag} does not go with ${command} (its flags: monopin help ${command})`);
    }
    const root = await resolveRoot(io.cwd, values.root);
    const [{ loadConfig }, { createFsReader }, { buildReport, scanRepository }] = await Promise.all([__webpack_require__.e(/* import() */ 526).then(__webpack_require__.bind(__webpack_require__, 2526)), __webpack_require__.e(/* import() */ 725).then(__webpack_require__.bind(__webpack_require__, 1725)), Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(491), __webpack_require__.e(839), __webpack_require__.e(473), __webpack_require__.e(885), __webpack_require__.e(563), __webpack_require__.e(226)]).then(__webpack_require__.bind(__webpack_require__, 5563))]);
    const config = await loadConfig({ root, configPath: values.config, overrides: { constraints: values.constraints, failOn: failOnFlag } });
    const reader = createFsReader(root);
    await requireConstraints(reader, config);
    if (command === 'order') {
        // Migration order: compose services in waves by depends_on; depends_on cycles are reported, never a failure.
        if (format !== 'text' && format !== 'markdown' && format !== 'json')
            throw new UsageError(`order prints text, markdown or json, not ${format}`);
        const [{ migrationOrder }, { renderOrderJson, renderOrderMarkdown, renderOrderText }] = await Promise.all([__webpack_require__.e(/* import() */ 612).then(__webpack_require__.bind(__webpack_require__, 2231)), Promise.all(/* import() */[__webpack_require__.e(655), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 734))]);
        const { workspace, findings } = await scanRepository(reader, config);
        const order = migrationOrder(workspace, findings);
        io.stdout(format === 'json' ? renderOrderJson(order) : format === 'markdown' ? renderOrderMarkdown(order) : renderOrderText(order));
        return 0;
    }
    if (command === 'rebuild') {
        if (format !== 'text' && format !== 'json')
            throw new UsageError(`rebuild prints text or json, not ${format}`);
        const [{ planRebuild, renderRebuild }, { changesSince }, { rebuildAndMeasure }, { registryClientFromConfig }, { formatMegabytes }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(655), __webpack_require__.e(950)]).then(__webpack_require__.bind(__webpack_require__, 4950)),
            Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(491), __webpack_require__.e(839), __webpack_require__.e(473), __webpack_require__.e(353), __webpack_require__.e(155), __webpack_require__.e(655), __webpack_require__.e(885), __webpack_require__.e(563), __webpack_require__.e(928), __webpack_require__.e(55), __webpack_require__.e(463)]).then(__webpack_require__.bind(__webpack_require__, 2463)),
            __webpack_require__.e(/* import() */ 118).then(__webpack_require__.bind(__webpack_require__, 1118)),
            __webpack_require__.e(/* import() */ 442).then(__webpack_require__.bind(__webpack_require__, 6442)),
            Promise.all(/* import() */[__webpack_require__.e(655), __webpack_require__.e(74)]).then(__webpack_require__.bind(__webpack_require__, 1693)),
        ]);
        const { workspace } = await scanRepository(reader, config);
        const named = values.packages ? knownPackages(values.packages, workspace, io) : undefined;
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
            log: { info: (line) => io.stderr(`${line}\n`), warning: (line) => io.stderr(`monopin: warning: ${(0,report_escape/* escapeTerminal */.en)(line)}\n`) },
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
        if (values['extra-index-url'])
            config.bump = { ...config.bump, extraIndexUrls: values['extra-index-url'] };
        if (failOnFlag === 'warning')
            throw new UsageError('bump takes --fail-on error or never');
        if (values.advisories !== undefined)
            config.advisories = (await Promise.all(/* import() */[__webpack_require__.e(491), __webpack_require__.e(306), __webpack_require__.e(928), __webpack_require__.e(897)]).then(__webpack_require__.bind(__webpack_require__, 8545))).resolveSettingPath(values.advisories, io.cwd);
        if (values['security-only'] && (config.advisories ?? 'off') === 'off')
            throw new UsageError('--security-only needs an advisory source: --advisories osv|URL|PATH or config advisories');
        const { runBump } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(491), __webpack_require__.e(839), __webpack_require__.e(473), __webpack_require__.e(353), __webpack_require__.e(155), __webpack_require__.e(306), __webpack_require__.e(655), __webpack_require__.e(885), __webpack_require__.e(563), __webpack_require__.e(928), __webpack_require__.e(55), __webpack_require__.e(67)]).then(__webpack_require__.bind(__webpack_require__, 67));
        const { output, outcome, prepared } = await runBump({
            root,
            config,
            format,
            write: Boolean(values.write),
            pythonVersion: values.python,
            failOn: failOnFlag === 'never' ? 'never' : 'error',
            securityOnly: Boolean(values['security-only']),
            log: (line) => io.stderr(`${line}
`),
        });
        io.stdout(output);
        if (outcome.summary !== undefined)
            io.stderr(`monopin: ${(0,report_escape/* escapeTerminal */.en)(outcome.summary)}
`);
        if (prepared.advisoriesFailed !== undefined) {
            io.stderr(`monopin: warning: ${(0,report_escape/* escapeTerminal */.en)(prepared.advisoriesFailed)}
`);
            // A security-only plan without advisories says nothing: not a success.
            if (values['security-only'])
                return Math.max(outcome.exitCode, 1);
        }
        return outcome.exitCode;
    }
    let head = await scanRepository(reader, config);
    if (!config.constraints) {
        const chosen = head.workspace.constraintsFile;
        io.stderr(`monopin: note: ${chosen ? `central constraints file: ${chosen} (the constraints file most used through -c; --constraints or \`constraints:\` chooses another)` : 'no central constraints file found (name one with --constraints or `constraints:`)'}
`);
    }
    let base;
    if (values.base) {
        const { scanRevision } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(491), __webpack_require__.e(839), __webpack_require__.e(473), __webpack_require__.e(885), __webpack_require__.e(563), __webpack_require__.e(720)]).then(__webpack_require__.bind(__webpack_require__, 2927));
        base = { ref: values.base, result: await scanRevision(root, values.base, config) };
    }
    // Advisories: check only, loaded only when a source is set. An unreachable source is one warning line, never a failure.
    const setting = values.advisories ?? config.advisories;
    let advisories;
    if (command === 'check' && setting !== undefined && setting !== 'off') {
        const [{ createAdvisorySource, resolveSettingPath }, { applyAdvisories }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(491), __webpack_require__.e(306), __webpack_require__.e(928), __webpack_require__.e(897)]).then(__webpack_require__.bind(__webpack_require__, 8545)), Promise.all(/* import() */[__webpack_require__.e(353), __webpack_require__.e(655), __webpack_require__.e(693)]).then(__webpack_require__.bind(__webpack_require__, 5693))]);
        const source = createAdvisorySource(values.advisories !== undefined ? resolveSettingPath(values.advisories, io.cwd) : config.advisories, { root });
        const checked = await applyAdvisories({ head, base: base?.result, config, source });
        head = checked.head;
        if (base && checked.base)
            base = { ref: base.ref, result: checked.base };
        if (checked.report?.warning !== undefined)
            io.stderr(`monopin: warning: ${(0,report_escape/* escapeTerminal */.en)(checked.report.warning)}\n`);
        advisories = checked.report;
    }
    let report = buildReport(head, { root, base });
    if (advisories !== undefined)
        report.advisories = advisories;
    if (command === 'check')
        report = await filtered(report, values, Boolean(base));
    const color = io.isTty && !values['no-color'] && !io.env.NO_COLOR;
    if (command === 'scan') {
        if (format === 'text')
            io.stdout((await Promise.all(/* import() */[__webpack_require__.e(655), __webpack_require__.e(164)]).then(__webpack_require__.bind(__webpack_require__, 7164))).renderInventoryText(report));
        else
            await render(report, format, color, io);
        return 0;
    }
    // With --base and an index (flag or config index-url): the changed pins' image sizes. Notes, never failures.
    const note = (text) => io.stderr(`monopin: note: ${(0,report_escape/* escapeTerminal */.en)(text)}\n`);
    if (values['extra-index-url'])
        config.bump = { ...config.bump, extraIndexUrls: values['extra-index-url'] };
    const indexUrl = base ? (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(491), __webpack_require__.e(839), __webpack_require__.e(353), __webpack_require__.e(155), __webpack_require__.e(655), __webpack_require__.e(885), __webpack_require__.e(928), __webpack_require__.e(55), __webpack_require__.e(927)]).then(__webpack_require__.bind(__webpack_require__, 7927))).sizeIndexUrl(config, values['index-url']) : undefined;
    const sizes = base && indexUrl !== undefined ? await estimateSizes({ base: base.result.workspace, head: head.workspace, config, indexUrl, note }) : undefined;
    if (base && indexUrl === undefined && config.sizeBudget !== undefined)
        note('size-budget is set but no index is configured (config index-url or --index-url): image sizes not estimated');
    if (sizes && sizes.length > 0)
        report.sizes = (await Promise.all(/* import() */[__webpack_require__.e(655), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 5477))).sizeRecords(sizes);
    await render(report, format, color, io, sizes, Boolean(values.all || values.verbose));
    const { describeBreach, sizeBudgetExceeded } = sizes && config.sizeBudget !== undefined ? await Promise.all(/* import() */[__webpack_require__.e(655), __webpack_require__.e(74)]).then(__webpack_require__.bind(__webpack_require__, 1693)) : { describeBreach: undefined, sizeBudgetExceeded: undefined };
    const breaches = sizes && sizeBudgetExceeded && config.sizeBudget !== undefined ? sizeBudgetExceeded(sizes, config.sizeBudget) : [];
    for (const b of breaches) {
        io.stderr(`monopin: error: ${(0,report_escape/* escapeTerminal */.en)(describeBreach(b, config.sizeBudget))}\n`);
    }
    const gating = report.diff ? report.diff.introduced : report.findings;
    const { fails } = await __webpack_require__.e(/* import() */ 218).then(__webpack_require__.bind(__webpack_require__, 218));
    return fails(gating, config.failOn) || breaches.length > 0 ? 1 : 0;
}
const OPTION_NAMES = [
    ...new Set(COMMANDS.flatMap((c) => flagsOf(c))),
    'version',
].map((name) => `--${name}`);
/** parseArgs' paragraph about positionals, as one line with the closest valid option. */
function parseErrorLine(error) {
    const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
    if (unknown !== undefined) {
        const name = unknown.replace(/=.*$/, '');
        return `unknown option ${(0,report_escape/* escapeTerminal */.en)(name)}${didYouMean(name, OPTION_NAMES) || ' (monopin help lists the commands, monopin help <command> their flags)'}`;
    }
    const missing = /^Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(error.message)?.[1];
    if (missing !== undefined)
        return `${missing} needs a value`;
    const firstLine = error.message.split('\n')[0] ?? error.message;
    return (0,report_escape/* escapeTerminal */.en)(firstLine.replace(/\. To specify a positional argument.*$/, ''));
}
/** The --packages names the repository knows; each unknown one is a warning line (with the closest known name), never a rebuild. */
function knownPackages(list, workspace, io) {
    const known = new Set(workspace.occurrences.map((o) => o.name));
    const names = list.split(',').map((p) => p.trim()).filter(Boolean);
    const unknown = names.filter((n) => !known.has((0,pep_name/* normalizeName */.P)(n)));
    for (const name of unknown) {
        const near = closest((0,pep_name/* normalizeName */.P)(name), [...known]);
        io.stderr(`monopin: warning: --packages ${(0,report_escape/* escapeTerminal */.en)(name)}: no requirement, pin or Dockerfile install names this package${near === undefined ? '' : ` (did you mean ${near}?)`}; nothing to rebuild for it\n`);
    }
    return names.filter((n) => known.has((0,pep_name/* normalizeName */.P)(n)));
}
async function estimateSizes(options) {
    try {
        const { base, head, config, indexUrl, note } = options;
        const { estimatePrSizes } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(491), __webpack_require__.e(839), __webpack_require__.e(353), __webpack_require__.e(155), __webpack_require__.e(655), __webpack_require__.e(885), __webpack_require__.e(928), __webpack_require__.e(55), __webpack_require__.e(927)]).then(__webpack_require__.bind(__webpack_require__, 7927));
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
/** `--rule`, `--severity`, `--package`, `--service` (each repeatable or comma-separated) and `--new` (with --base). */
async function filtered(report, values, hasBase) {
    const list = (v) => v?.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
    const [rule, severity, pkg, service] = [list(values.rule), list(values.severity), list(values.package), list(values.service)];
    if (values.new && !hasBase)
        throw new UsageError('--new needs --base: new is what a revision added');
    if (!rule && !severity && !pkg && !service && !values.new)
        return report;
    const { RULE_IDS } = await __webpack_require__.e(/* import() */ 845).then(__webpack_require__.bind(__webpack_require__, 2226));
    for (const r of rule ?? [])
        if (!RULE_IDS.includes(r))
            throw new UsageError(`--rule ${(0,report_escape/* escapeTerminal */.en)(r)}: no such rule${didYouMean(r, RULE_IDS) || ` (rules: ${RULE_IDS.join(', ')})`}`);
    const SEVERITIES = ['error', 'warning', 'note'];
    for (const v of severity ?? [])
        if (!SEVERITIES.includes(v))
            throw new UsageError(`--severity must be error, warning or note, got '${(0,report_escape/* escapeTerminal */.en)(v)}'`);
    const { filterReport } = await __webpack_require__.e(/* import() */ 349).then(__webpack_require__.bind(__webpack_require__, 6349));
    return filterReport(report, {
        ...(rule && { rule }),
        ...(severity && { severity: severity }),
        ...(pkg && { package: pkg.map(pep_name/* normalizeName */.P) }),
        ...(service && { service }),
        ...(values.new && { newOnly: true }),
    });
}
async function render(report, format, color, io, sizes, all = false) {
    switch (format) {
        case 'json': {
            const { renderJsonChunks } = await __webpack_require__.e(/* import() */ 794).then(__webpack_require__.bind(__webpack_require__, 2794));
            for (const chunk of renderJsonChunks(report)) {
                io.stdout(chunk);
                await io.drained?.();
            }
            return;
        }
        case 'sarif':
            io.stdout((await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 643))).renderSarif(report));
            return;
        case 'markdown': {
            const { renderMarkdown } = await Promise.all(/* import() */[__webpack_require__.e(655), __webpack_require__.e(786)]).then(__webpack_require__.bind(__webpack_require__, 8786));
            const sizeSection = sizes ? (await Promise.all(/* import() */[__webpack_require__.e(655), __webpack_require__.e(74)]).then(__webpack_require__.bind(__webpack_require__, 1693))).renderSizeSection(sizes) : '';
            io.stdout(renderMarkdown(report, sizeSection !== '' ? { sizeSection } : {}));
            return;
        }
        case 'text': {
            const { renderText } = await __webpack_require__.e(/* import() */ 655).then(__webpack_require__.bind(__webpack_require__, 5655));
            const sizeText = sizes ? (await Promise.all(/* import() */[__webpack_require__.e(655), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 5477))).renderSizeText(sizes, { color }) : '';
            io.stdout(`${renderText(report, { color, all })}${sizeText === '' ? '' : `\n${sizeText}`}`);
            return;
        }
    }
}
async function resolveRoot(cwd, root) {
    const dir = (0,external_node_path_.resolve)(cwd, root ?? '.');
    const info = await (0,promises_.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory())
        throw new UsageError(`--root ${(0,report_escape/* escapeTerminal */.en)(root ?? dir)}: not a directory`);
    return dir;
}
async function requireConstraints(reader, config) {
    if (!config.constraints)
        return;
    try {
        await reader.read(config.constraints);
    }
    catch {
        throw new UsageError(`cannot read the constraints file '${(0,report_escape/* escapeTerminal */.en)(config.constraints)}'`);
    }
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
