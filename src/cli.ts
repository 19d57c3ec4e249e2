// `monopin scan|check|bump|rebuild|order` on a local checkout. Results go to stdout, diagnostics to stderr.
// Exit codes: 0 clean, 1 findings at or above --fail-on (or an image past the size budget, or a rebuild that failed), 2 bad usage or unreadable input.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
// Only what every command needs is imported here; each command imports the rest when it runs, so
// `--version`, `--help`, `scan` and `check` never load the GitHub, index, registry or build code.
import type { Config, FailOn } from './config.js';
import type { FileReader } from './model.js';
import { normalizeName } from './pep/name.js';
import { escapeLog, escapeTerminal } from './report/escape.js';
import type { Report } from './report/types.js';
import type { SizeDeltaResult } from './bump/size-section.js';
import type { Workspace } from './model/types.js';
import type { ScanResult } from './scan.js';
import { COMMANDS, GLOBAL_USAGE, commandUsage, flagsOf, isCommand } from './cli-help.js';
import { closest, didYouMean } from './cli-suggest.js';
import { VERSION } from './version.js';

export interface CliIo {
  stdout: (text: string) => void;
  /** Resolves once stdout has taken what it was given (a slow pipe reader): long outputs wait rather than pile up in memory. */
  drained?: () => Promise<void>;
  stderr: (text: string) => void;
  cwd: string;
  isTty: boolean;
  env: Record<string, string | undefined>;
}

type Format = 'text' | 'markdown' | 'json' | 'sarif';
const FORMATS: Format[] = ['text', 'markdown', 'json', 'sarif'];
const FAIL_ON: FailOn[] = ['error', 'warning', 'never'];

export class UsageError extends Error {}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // Diagnostics quote paths, config values and arguments: none may carry a terminal escape or forge a
  // CI log line (`::set-output`), whatever the message.
  const safe: CliIo = { ...io, stderr: (text) => io.stderr(escapeLog(text)) };
  try {
    return await dispatch(argv, safe);
  } catch (error) {
    // Every error is one line: what went wrong, the path, the fix (help texts go to stdout, not here).
    const message = error instanceof Error ? error.message : String(error);
    safe.stderr(`monopin: ${escapeTerminal(message)}\n`);
    return 2;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
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
  } catch (error) {
    throw new UsageError(parseErrorLine(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = positionals[0];
  if (command !== undefined && !isCommand(command)) throw new UsageError(`unknown command '${escapeTerminal(command)}'${didYouMean(command, COMMANDS) || ` (commands: ${COMMANDS.join(', ')})`}`);
  if (command === undefined || command === 'help') {
    // `monopin help [command]`: that command's usage, or the list of commands.
    const topic = command === 'help' ? positionals[1] : undefined;
    if (topic !== undefined && !isCommand(topic)) throw new UsageError(`no help for '${escapeTerminal(topic)}'${didYouMean(topic, COMMANDS) || ` (commands: ${COMMANDS.join(', ')})`}`);
    if (positionals.length > 2) throw new UsageError(`unexpected argument '${escapeTerminal(positionals[2]!)}'`);
    io.stdout(`${topic === undefined ? GLOBAL_USAGE : commandUsage(topic)}\n`);
    // Bare `monopin` is a usage error (2); asking for help is not.
    return command === undefined && !values.help ? 2 : 0;
  }
  if (values.help) {
    io.stdout(`${commandUsage(command)}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${escapeTerminal(positionals[1]!)}'`);
  if (command !== 'bump' && (values.python || values.write)) throw new UsageError('--python and --write go with bump');
  if (values['index-url'] && command !== 'bump' && !(command === 'check' && values.base)) throw new UsageError('--index-url goes with bump, or with check --base (image sizes)');
  if (values['extra-index-url'] && command !== 'bump' && !(command === 'check' && values.base)) throw new UsageError('--extra-index-url goes with bump, or with check --base (image sizes)');
  if (command !== 'bump' && command !== 'rebuild' && values['dry-run']) throw new UsageError('--dry-run goes with bump or rebuild');
  if (command !== 'rebuild' && (values.packages || values.since || values.push || values.network)) throw new UsageError('--packages, --since, --push and --network go with rebuild');
  if (values.network !== undefined && values.network !== 'host') throw new UsageError(`--network takes only host, got '${values.network}'`);
  if (values.push && values['dry-run']) throw new UsageError('--push and --dry-run exclude each other');
  if (values['dry-run'] && values.write) throw new UsageError('--dry-run and --write exclude each other');
  if (values.advisories !== undefined && command !== 'check' && command !== 'bump') throw new UsageError('--advisories goes with check or bump');
  if (values['security-only'] && command !== 'bump') throw new UsageError('--security-only goes with bump');

  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${values.format}'`);
  const failOnFlag = values['fail-on'] as FailOn | undefined;
  if (failOnFlag !== undefined && !FAIL_ON.includes(failOnFlag)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got '${failOnFlag}'`);
  if (command === 'scan' && values.base) throw new UsageError('--base goes with check');
  // Any other flag the command does not take (the specific messages above come first).
  const accepted = new Set(flagsOf(command));
  for (const [flag, value] of Object.entries(values)) {
    if (value !== undefined && !accepted.has(flag)) throw new UsageError(`--${flag} does not go with ${command} (its flags: monopin help ${command})`);
  }

  const root = await resolveRoot(io.cwd, values.root);
  const [{ loadConfig }, { createFsReader }, { buildReport, scanRepository }] = await Promise.all([import('./load-config.js'), import('./adapters/fs-reader.js'), import('./scan.js')]);
  const config = await loadConfig({ root, configPath: values.config, overrides: { constraints: values.constraints, failOn: failOnFlag } });
  const reader = createFsReader(root);
  await requireConstraints(reader, config);

  if (command === 'order') {
    // Migration order: compose services in waves by depends_on; depends_on cycles are reported, never a failure.
    if (format !== 'text' && format !== 'markdown' && format !== 'json') throw new UsageError(`order prints text, markdown or json, not ${format}`);
    const [{ migrationOrder }, { renderOrderJson, renderOrderMarkdown, renderOrderText }] = await Promise.all([import('./model/migration-order.js'), import('./report/order.js')]);
    const { workspace, findings } = await scanRepository(reader, config);
    const order = migrationOrder(workspace, findings);
    io.stdout(format === 'json' ? renderOrderJson(order) : format === 'markdown' ? renderOrderMarkdown(order) : renderOrderText(order));
    return 0;
  }

  if (command === 'rebuild') {
    if (format !== 'text' && format !== 'json') throw new UsageError(`rebuild prints text or json, not ${format}`);
    const [{ planRebuild, renderRebuild }, { changesSince }, { rebuildAndMeasure }, { registryClientFromConfig }, { formatMegabytes }] = await Promise.all([
      import('./rebuild-command.js'),
      import('./rebuild-changes.js'),
      import('./rebuild/rebuild-and-measure.js'),
      import('./registry/from-config.js'),
      import('./size/render.js'),
    ]);
    const { workspace } = await scanRepository(reader, config);
    const named = values.packages ? knownPackages(values.packages, workspace, io) : undefined;
    // --since REF: the pins and files changed since REF (working tree included), besides --packages.
    const since = values.since ? await changesSince({ root, head: workspace, config, from: values.since }) : undefined;
    const changedPackages = named || since ? [...(named ?? []), ...(since?.packages ?? [])] : undefined;
    const plan = planRebuild({ workspace, config, changedPackages, changedFiles: since?.files, now: new Date() });
    io.stdout(renderRebuild(plan, { config, format, changedPackages }));
    if (values['dry-run']) return 0;
    const push = Boolean(values.push);
    // The runner logs each image's build time and cached steps as it goes.
    const { measured, failure } = await rebuildAndMeasure({
      root,
      matrix: plan.matrix,
      push,
      network: values.network === 'host' ? 'host' : undefined,
      registry: registryClientFromConfig(config, io.env),
      log: { info: (line) => io.stderr(`${line}\n`), warning: (line) => io.stderr(`monopin: warning: ${escapeTerminal(line)}\n`) },
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
    if (format !== 'text' && format !== 'json') throw new UsageError(`bump prints text or json, not ${format}`);
    if (values.python && !/^\d+\.\d+(\.\d+)?$/.test(values.python)) throw new UsageError(`--python must look like 3.12, got '${values.python}'`);
    if (values['index-url']) config.bump = { ...config.bump, indexUrl: values['index-url'] };
    if (values['extra-index-url']) config.bump = { ...config.bump, extraIndexUrls: values['extra-index-url'] };
    if (failOnFlag === 'warning') throw new UsageError('bump takes --fail-on error or never');
    if (values.advisories !== undefined) config.advisories = (await import('./advisories/source.js')).resolveSettingPath(values.advisories, io.cwd);
    if (values['security-only'] && (config.advisories ?? 'off') === 'off') throw new UsageError('--security-only needs an advisory source: --advisories osv|URL|PATH or config advisories');
    const { runBump } = await import('./bump-command.js');
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
    if (outcome.summary !== undefined) io.stderr(`monopin: ${escapeTerminal(outcome.summary)}
`);
    if (prepared.advisoriesFailed !== undefined) {
      io.stderr(`monopin: warning: ${escapeTerminal(prepared.advisoriesFailed)}
`);
      // A security-only plan without advisories says nothing: not a success.
      if (values['security-only']) return Math.max(outcome.exitCode, 1);
    }
    return outcome.exitCode;
  }

  let head = await scanRepository(reader, config);
  if (!config.constraints) {
    const chosen = head.workspace.constraintsFile;
    io.stderr(`monopin: note: ${chosen ? `central constraints file: ${chosen} (the constraints file most used through -c; --constraints or \`constraints:\` chooses another)` : 'no central constraints file found (name one with --constraints or `constraints:`)'}
`);
  }
  let base: { ref: string; result: ScanResult } | undefined;
  if (values.base) {
    const { scanRevision } = await import('./adapters/base-reader.js');
    base = { ref: values.base, result: await scanRevision(root, values.base, config) };
  }
  // Advisories: check only, loaded only when a source is set. An unreachable source is one warning line, never a failure.
  const setting = values.advisories ?? config.advisories;
  let advisories: Report['advisories'];
  if (command === 'check' && setting !== undefined && setting !== 'off') {
    const [{ createAdvisorySource, resolveSettingPath }, { applyAdvisories }] = await Promise.all([import('./advisories/source.js'), import('./advisories/scan-advisories.js')]);
    const source = createAdvisorySource(values.advisories !== undefined ? resolveSettingPath(values.advisories, io.cwd) : config.advisories, { root });
    const checked = await applyAdvisories({ head, base: base?.result, config, source });
    head = checked.head;
    if (base && checked.base) base = { ref: base.ref, result: checked.base };
    if (checked.report?.warning !== undefined) io.stderr(`monopin: warning: ${escapeTerminal(checked.report.warning)}\n`);
    advisories = checked.report;
  }
  let report = buildReport(head, { root, base });
  if (advisories !== undefined) report.advisories = advisories;
  if (command === 'check') report = await filtered(report, values, Boolean(base));
  const color = io.isTty && !values['no-color'] && !io.env.NO_COLOR;
  if (command === 'scan') {
    if (format === 'text') io.stdout((await import('./report/inventory-text.js')).renderInventoryText(report));
    else await render(report, format, color, io);
    return 0;
  }
  // With --base and an index (flag or config index-url): the changed pins' image sizes. Notes, never failures.
  const note = (text: string): void => io.stderr(`monopin: note: ${escapeTerminal(text)}\n`);
  if (values['extra-index-url']) config.bump = { ...config.bump, extraIndexUrls: values['extra-index-url'] };
  const indexUrl = base ? (await import('./bump/pr-sizes.js')).sizeIndexUrl(config, values['index-url']) : undefined;
  const sizes = base && indexUrl !== undefined ? await estimateSizes({ base: base.result.workspace, head: head.workspace, config, indexUrl, note }) : undefined;
  if (base && indexUrl === undefined && config.sizeBudget !== undefined) note('size-budget is set but no index is configured (config index-url or --index-url): image sizes not estimated');
  if (sizes && sizes.length > 0) report.sizes = (await import('./report/size-text.js')).sizeRecords(sizes);
  await render(report, format, color, io, sizes, Boolean(values.all || values.verbose));

  const { describeBreach, sizeBudgetExceeded } = sizes && config.sizeBudget !== undefined ? await import('./size/render.js') : { describeBreach: undefined, sizeBudgetExceeded: undefined };
  const breaches = sizes && sizeBudgetExceeded && config.sizeBudget !== undefined ? sizeBudgetExceeded(sizes, config.sizeBudget) : [];
  for (const b of breaches) {
    io.stderr(`monopin: error: ${escapeTerminal(describeBreach!(b, config.sizeBudget!))}\n`);
  }
  const gating = report.diff ? report.diff.introduced : report.findings;
  const { fails } = await import('./checks/gate.js');
  return fails(gating, config.failOn) || breaches.length > 0 ? 1 : 0;
}

const OPTION_NAMES = [
  ...new Set(COMMANDS.flatMap((c) => flagsOf(c))),
  'version',
].map((name) => `--${name}`);

/** parseArgs' paragraph about positionals, as one line with the closest valid option. */
function parseErrorLine(error: Error & { code?: string }): string {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
  if (unknown !== undefined) {
    const name = unknown.replace(/=.*$/, '');
    return `unknown option ${escapeTerminal(name)}${didYouMean(name, OPTION_NAMES) || ' (monopin help lists the commands, monopin help <command> their flags)'}`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(error.message)?.[1];
  if (missing !== undefined) return `${missing} needs a value`;
  const firstLine = error.message.split('\n')[0] ?? error.message;
  return escapeTerminal(firstLine.replace(/\. To specify a positional argument.*$/, ''));
}

/** The --packages names the repository knows; each unknown one is a warning line (with the closest known name), never a rebuild. */
function knownPackages(list: string, workspace: Workspace, io: CliIo): string[] {
  const known = new Set(workspace.occurrences.map((o) => o.name));
  const names = list.split(',').map((p) => p.trim()).filter(Boolean);
  const unknown = names.filter((n) => !known.has(normalizeName(n)));
  for (const name of unknown) {
    const near = closest(normalizeName(name), [...known]);
    io.stderr(`monopin: warning: --packages ${escapeTerminal(name)}: no requirement, pin or Dockerfile install names this package${near === undefined ? '' : ` (did you mean ${near}?)`}; nothing to rebuild for it\n`);
  }
  return names.filter((n) => known.has(normalizeName(n)));
}

async function estimateSizes(options: { base: Workspace; head: Workspace; config: Config; indexUrl: string; note: (text: string) => void }): Promise<SizeDeltaResult[]> {
  try {
    const { base, head, config, indexUrl, note } = options;
    const { estimatePrSizes } = await import('./bump/pr-sizes.js');
    const { results } = await estimatePrSizes({ base, head, config, indexUrl, onNote: note });
    // Contributors the estimate could only guess (sdist) or not size at all, beside the figures.
    for (const r of results) for (const c of r.contributors) if (c.note !== undefined) note(`${r.image}: ${c.name}: ${c.note}`);
    return results;
  } catch (error) {
    options.note(`image sizes not estimated: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

/** Writes the report to stdout; JSON goes out in chunks, so a huge report never becomes one string. */
/** `--rule`, `--severity`, `--package`, `--service` (each repeatable or comma-separated) and `--new` (with --base). */
async function filtered(report: Report, values: { rule?: string[]; severity?: string[]; package?: string[]; service?: string[]; new?: boolean }, hasBase: boolean): Promise<Report> {
  const list = (v: string[] | undefined): string[] | undefined => v?.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
  const [rule, severity, pkg, service] = [list(values.rule), list(values.severity), list(values.package), list(values.service)];
  if (values.new && !hasBase) throw new UsageError('--new needs --base: new is what a revision added');
  if (!rule && !severity && !pkg && !service && !values.new) return report;
  const { RULE_IDS } = await import('./checks/rules.js');
  for (const r of rule ?? []) if (!(RULE_IDS as readonly string[]).includes(r)) throw new UsageError(`--rule ${escapeTerminal(r)}: no such rule${didYouMean(r, RULE_IDS) || ` (rules: ${RULE_IDS.join(', ')})`}`);
  const SEVERITIES = ['error', 'warning', 'note'] as const;
  for (const v of severity ?? []) if (!(SEVERITIES as readonly string[]).includes(v)) throw new UsageError(`--severity must be error, warning or note, got '${escapeTerminal(v)}'`);
  const { filterReport } = await import('./report/group.js');
  return filterReport(report, {
    ...(rule && { rule }),
    ...(severity && { severity: severity as (typeof SEVERITIES)[number][] }),
    ...(pkg && { package: pkg.map(normalizeName) }),
    ...(service && { service }),
    ...(values.new && { newOnly: true }),
  });
}

async function render(report: Report, format: Format, color: boolean, io: CliIo, sizes?: SizeDeltaResult[], all = false): Promise<void> {
  switch (format) {
    case 'json': {
      const { renderJsonChunks } = await import('./report/json.js');
      for (const chunk of renderJsonChunks(report)) {
        io.stdout(chunk);
        await io.drained?.();
      }
      return;
    }
    case 'sarif':
      io.stdout((await import('./report/sarif.js')).renderSarif(report));
      return;
    case 'markdown': {
      const { renderMarkdown } = await import('./report/markdown.js');
      const sizeSection = sizes ? (await import('./size/render.js')).renderSizeSection(sizes) : '';
      io.stdout(renderMarkdown(report, sizeSection !== '' ? { sizeSection } : {}));
      return;
    }
    case 'text': {
      const { renderText } = await import('./report/text.js');
      const sizeText = sizes ? (await import('./report/size-text.js')).renderSizeText(sizes, { color }) : '';
      io.stdout(`${renderText(report, { color, all })}${sizeText === '' ? '' : `\n${sizeText}`}`);
      return;
    }
  }
}

async function resolveRoot(cwd: string, root: string | undefined): Promise<string> {
  const dir = resolve(cwd, root ?? '.');
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`--root ${escapeTerminal(root ?? dir)}: not a directory`);
  return dir;
}

async function requireConstraints(reader: FileReader, config: Config): Promise<void> {
  if (!config.constraints) return;
  try {
    await reader.read(config.constraints);
  } catch {
    throw new UsageError(`cannot read the constraints file '${escapeTerminal(config.constraints)}'`);
  }
}
