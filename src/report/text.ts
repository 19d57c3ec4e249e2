// Terminal output for `monopin check`/`scan`: summary, findings by file, top drift.
import type { Finding, Severity } from '../model.js';
import { clip, escapeTerminal } from './escape.js';
import { bySeverity } from '../checks/rules.js';
import type { PackageRecord, Report } from './types.js';

export interface TextOptions {
  color: boolean;
  /** Rows of the drift table; default 10. */
  driftRows?: number;
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';
const SGR: Record<Style, string> = { bold: '1', dim: '2', red: '31', yellow: '33', cyan: '36', green: '32' };
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', note: 'cyan' };

const MAX_MESSAGE = 500;

/** Packages used with more than one specifier, most variants first, then most services. */
export function topDrift(packages: readonly PackageRecord[]): PackageRecord[] {
  return packages
    .filter((p) => p.variants.length > 1)
    .sort(
      (a, b) =>
        b.variants.length - a.variants.length ||
        b.services.length - a.services.length ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function renderText(report: Report, options: TextOptions): string {
  const paint = (style: Style, text: string): string =>
    options.color && text !== '' ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text;
  const out: string[] = [];

  out.push(summaryLine(report, paint));

  if (report.diff) {
    const base = escapeTerminal(report.diff.base);
    out.push('', paint('bold', `Introduced since ${base} (${report.diff.introduced.length})`));
    out.push(...indent(findingLines(bySeverity(report.diff.introduced), paint), '  '));
    out.push('', paint('bold', `Fixed since ${base} (${report.diff.fixed.length})`));
    out.push(...indent(findingLines(bySeverity(report.diff.fixed), paint), '  '));
  }

  out.push('', paint('bold', `Findings (${report.findings.length})`));
  if (report.findings.length === 0) out.push('  none');
  for (const group of groupByFile(report.findings)) {
    out.push(...indent(findingLines(group, paint), '  '), '');
  }
  if (out[out.length - 1] === '') out.pop();

  const drift = topDrift(report.packages);
  if (drift.length > 0) {
    const limit = options.driftRows ?? 10;
    out.push('', paint('bold', 'Top drift'));
    const rows = drift
      .slice(0, limit)
      .map((p) => [
        escapeTerminal(clip(p.name, 60)),
        String(p.services.length),
        String(p.variants.length),
        p.pin === undefined ? '-' : escapeTerminal(clip(p.pin, 40)),
      ]);
    out.push(...indent(table(['package', 'services', 'variants', 'pin'], rows, [false, true, true, false]), '  '));
    if (drift.length > limit) out.push(`  … and ${plural(drift.length - limit, 'more package')} with drift`);
  }

  if (report.skipped.length > 0) {
    out.push('', paint('bold', `Skipped (${report.skipped.length})`));
    for (const s of report.skipped) out.push(`  ${escapeTerminal(s.path)}  ${paint('dim', escapeTerminal(s.reason))}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * The model in counts people recognise: "59 services in the root compose project (108 in 5 projects),
 * 208 images, 134 requirement files".
 */
export function modelCounts(s: Pick<Report['summary'], 'projects' | 'services' | 'rootServices' | 'images' | 'requirementFiles'>): string {
  let services: string;
  if (s.projects === 0) services = 'no compose services';
  else if (s.projects === 1) services = `${plural(s.services, 'service')} in ${s.rootServices === s.services ? 'the root compose project' : 'one compose project'}`;
  else if (s.rootServices > 0) services = `${plural(s.rootServices, 'service')} in the root compose project (${s.services} in ${s.projects} projects)`;
  else services = `${plural(s.services, 'service')} in ${s.projects} compose projects`;
  return `${services}, ${plural(s.images, 'image')}, ${plural(s.requirementFiles, 'requirement file')}`;
}

function summaryLine(report: Report, paint: (s: Style, t: string) => string): string {
  const s = report.summary;
  const parts = [
    paint('bold', `${report.tool.name} ${escapeTerminal(report.tool.version)}`),
    modelCounts(s),
    plural(s.packages, 'package'),
    s.errors > 0 ? paint('red', plural(s.errors, 'error')) : paint('green', plural(s.errors, 'error')),
    s.warnings > 0 ? paint('yellow', plural(s.warnings, 'warning')) : plural(s.warnings, 'warning'),
  ];
  if (s.notes > 0) parts.push(plural(s.notes, 'note'));
  return parts.join(' · ');
}

function groupByFile(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.location.file);
    if (group) group.push(f);
    else groups.set(f.location.file, [f]);
  }
  return [...groups.values()].map((g) =>
    [...g].sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column),
  );
}

function findingLines(findings: readonly Finding[], paint: (s: Style, t: string) => string): string[] {
  if (findings.length === 0) return ['none'];
  const where = findings.map((f) => `${escapeTerminal(f.location.file)}:${f.location.line}:${f.location.column}`);
  const whereWidth = Math.max(...where.map((w) => w.length));
  const sevWidth = Math.max(...findings.map((f) => f.severity.length));
  const ruleWidth = Math.max(...findings.map((f) => f.rule.length));
  return findings.map((f, i) =>
    [
      (where[i] ?? '').padEnd(whereWidth),
      paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(sevWidth)),
      paint('dim', f.rule.padEnd(ruleWidth)),
      escapeTerminal(clip(f.message, MAX_MESSAGE)),
    ].join('  '),
  );
}

/** Columns two spaces apart, each as wide as its widest cell; `right[c]` aligns column c right. */
export function table(head: string[], rows: string[][], right: boolean[] = []): string[] {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (right[c] ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)];
}

function indent(lines: string[], prefix: string): string[] {
  return lines.map((l) => (l === '' ? l : prefix + l));
}
