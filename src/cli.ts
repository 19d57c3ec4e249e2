// `monopin scan|check` on a local checkout. Results go to stdout, diagnostics to stderr.
// Exit codes: 0 clean, 1 findings at or above --fail-on (or an image past the size budget, or a rebuild that failed), 2 bad usage or unreadable input.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
// Only what every command needs is imported here; each command imports the rest when it runs, so
// `--version`, `--help`, `scan` and `check` never load the GitHub, index, registry or build code.
import type { Config, FailOn } from './config.js';
import type { FileReader } from './model.js';
import { escapeLog, escapeTerminal } from './report/escape.js';
import type { Report } from './report/types.js';
import type { SizeDeltaResult } from './bump/size-section.js';
import type { Workspace } from './model/types.js';
import type { ScanResult } from './scan.js';
import { VERSION } from './version.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTty: boolean;
  env: Record<string, string | undefined>;
}

type Format = 'text' | 'markdown' | 'json' | 'sarif';
const FORMATS: Format[] = ['text', 'markdown', 'json', 'sarif'];
const FAIL_ON: FailOn[] = ['error', 'warning', 'never'];

export class UsageError extends Error {}

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
  --fail-on LEVEL      check: error | warning | never (default: error);
                       bump: never exits 0 even when the index fails (else 1 for some
                       packages, 2 when the index could not be read at all)
  --index-url URL      bump: package index (PEP 691/503, http(s) or file://);
                       check --base: estimate the image-size deltas of the changed pins with it
  --extra-index-url URL  with --index-url: one more index, as pip's option (repeatable)
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

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // Diagnostics quote paths, config values and arguments: none may carry a terminal escape or forge a
  // CI log line (`::set-output`), whatever the message.
  const safe: CliIo = { ...io, stderr: (text) => io.stderr(escapeLog(text)) };
  try {
    return await dispatch(argv, safe);
  } catch (error) {
    // A usage error may span lines on purpose (the usage line); any other message is one line.
    const message = error instanceof Error ? error.message : String(error);
    safe.stderr(`monopin: ${error instanceof UsageError ? message : escapeTerminal(message)}\n`);
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
        'index-url': { type: 'string' },
        'extra-index-url': { type: 'string', multiple: true },
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
  } catch (error) {
    throw new UsageError(`${escapeTerminal((error as Error).message)}\n${USAGE.split('\n')[0]}`);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    io.stdout(`${USAGE}\n`);
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  const command = positionals[0];
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`);
  if (command !== 'scan' && command !== 'check' && command !== 'bump' && command !== 'rebuild') throw new UsageError(`unknown command '${command}' (expected scan, check, bump or rebuild)`);
  if (command !== 'bump' && (values.python || values.write)) throw new UsageError('--python and --write go with bump');
  if (values['index-url'] && command !== 'bump' && !(command === 'check' && values.base)) throw new UsageError('--index-url goes with bump, or with check --base (image sizes)');
  if (values['extra-index-url'] && command !== 'bump' && !(command === 'check' && values.base)) throw new UsageError('--extra-index-url goes with bump, or with check --base (image sizes)');
  if (command !== 'bump' && command !== 'rebuild' && values['dry-run']) throw new UsageError('--dry-run goes with bump or rebuild');
  if (command !== 'rebuild' && (values.packages || values.since || values.push || values.network)) throw new UsageError('--packages, --since, --push and --network go with rebuild');
  if (values.network !== undefined && values.network !== 'host') throw new UsageError(`--network takes only host, got '${values.network}'`);
  if (values.push && values['dry-run']) throw new UsageError('--push and --dry-run exclude each other');
  if (values['dry-run'] && values.write) throw new UsageError('--dry-run and --write exclude each other');

  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${values.format}'`);
  const failOnFlag = values['fail-on'] as FailOn | undefined;
  if (failOnFlag !== undefined && !FAIL_ON.includes(failOnFlag)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got '${failOnFlag}'`);
  if (command === 'scan' && values.base) throw new UsageError('--base goes with check');

  const root = await resolveRoot(io.cwd, values.root);
  const [{ loadConfig }, { createFsReader }, { buildReport, scanRepository }] = await Promise.all([import('./load-config.js'), import('./adapters/fs-reader.js'), import('./scan.js')]);
  const config = await loadConfig({ root, configPath: values.config, overrides: { constraints: values.constraints, failOn: failOnFlag } });
  const reader = createFsReader(root);
  await requireConstraints(reader, config);

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
    const named = values.packages ? values.packages.split(',').map((p) => p.trim()).filter(Boolean) : undefined;
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
    const { runBump } = await import('./bump-command.js');
    const { output, outcome } = await runBump({ root, config, format, write: Boolean(values.write), pythonVersion: values.python, failOn: failOnFlag === 'never' ? 'never' : 'error', log: (line) => io.stderr(`${line}\n`) });
    io.stdout(output);
    if (outcome.summary !== undefined) io.stderr(`monopin: ${escapeTerminal(outcome.summary)}\n`);
    return outcome.exitCode;
  }

  const head = await scanRepository(reader, config);
  if (!config.constraints) {
    const chosen = head.workspace.constraintsFile;
    io.stderr(`monopin: note: ${chosen ? `central constraints file: ${chosen} (the constraints file most used through -c; --constraints or \`constraints:\` chooses another)` : 'no central constraints file found (name one with --constraints or `constraints:`)'}\n`);
  }
  let base: { ref: string; result: ScanResult } | undefined;
  if (values.base) {
    const { openBaseReader } = await import('./adapters/base-reader.js');
    const baseReader = await openBaseReader(root, values.base);
    try {
      base = { ref: values.base, result: await scanRepository(baseReader, config) };
    } finally {
      await baseReader.close();
    }
  }
  const report = buildReport(head, { root, base });
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
  await render(report, format, color, io, sizes);

  const { describeBreach, sizeBudgetExceeded } = sizes && config.sizeBudget !== undefined ? await import('./size/render.js') : { describeBreach: undefined, sizeBudgetExceeded: undefined };
  const breaches = sizes && sizeBudgetExceeded && config.sizeBudget !== undefined ? sizeBudgetExceeded(sizes, config.sizeBudget) : [];
  for (const b of breaches) {
    io.stderr(`monopin: error: ${escapeTerminal(describeBreach!(b, config.sizeBudget!))}\n`);
  }
  const gating = report.diff ? report.diff.introduced : report.findings;
  const { fails } = await import('./checks/gate.js');
  return fails(gating, config.failOn) || breaches.length > 0 ? 1 : 0;
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
async function render(report: Report, format: Format, color: boolean, io: CliIo, sizes?: SizeDeltaResult[]): Promise<void> {
  switch (format) {
    case 'json': {
      const { renderJsonChunks } = await import('./report/json.js');
      for (const chunk of renderJsonChunks(report)) io.stdout(chunk);
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
      io.stdout(`${renderText(report, { color })}${sizeText === '' ? '' : `\n${sizeText}`}`);
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
