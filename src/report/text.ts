// Terminal output for `monopin check`/`scan`: summary, findings grouped by rule and package, top drift.
import type { Finding, Severity } from '../model.js';
import { clip, escapeTerminal } from './escape.js';
import { bySeverity } from '../checks/rules.js';
import { RULE_FIX, firstFew, groupFindings, ruleCounts, type FindingGroup, type RuleSection } from './group.js';
import type { DiffRecord, PackageRecord, Report } from './types.js';

export interface TextOptions {
  color: boolean;
  /** Rows of the drift table; default 10. */
  driftRows?: number;
  /** Every occurrence of every group (`--all`, `--verbose`); default: a screenful, "+N more" for the rest. */
  all?: boolean;
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';
type Paint = (style: Style, text: string) => string;
const SGR: Record<Style, string> = { bold: '1', dim: '2', red: '31', yellow: '33', cyan: '36', green: '32' };
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', note: 'cyan' };

const MAX_MESSAGE = 500;
/** Without --all: groups shown per rule, and consumers named per group. */
const GROUPS_SHOWN = 5;
const WHERE_SHOWN = 3;
const MAX_LINE_MESSAGE = 160;

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

/**
 * Summary first (model, central file, counts by rule), vulnerable pins, then the diff and the findings
 * grouped by rule and package with each rule's fix said once; drift and skipped files last.
 */
export function renderText(report: Report, options: TextOptions): string {
  const paint: Paint = (style, text) => (options.color && text !== '' ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text);
  const all = options.all === true;
  const out: string[] = [];

  out.push(summaryLine(report, paint));
  if (report.advisories?.warning !== undefined) out.push('', paint('yellow', `warning: ${escapeTerminal(report.advisories.warning)}`));
  out.push('', report.constraints === undefined ? 'No central constraints file.' : `Central constraints: ${escapeTerminal(report.constraints)}`);
  const counts = ruleCounts(report.findings);
  if (counts.length > 0) {
    const rows = counts.map((c) => [c.rule, String(c.error), String(c.warning), String(c.note), c.packages > 0 ? String(c.packages) : '-']);
    out.push(...indent(table(['rule', 'errors', 'warnings', 'notes', 'packages'], rows, [false, true, true, true, true]), '  '));
  }
  out.push(...vulnerableSection(report, paint));

  if (report.diff) {
    const base = escapeTerminal(report.diff.base);
    out.push('', paint('bold', `Introduced since ${base} (${report.diff.introduced.length})`));
    out.push(...groupedLines(groupFindings(report.diff.introduced), all, paint));
    out.push('', paint('bold', `Fixed since ${base} (${report.diff.fixed.length})`));
    out.push(...groupedLines(groupFindings(report.diff.fixed), all, paint, false));
    if (report.diff.changed.length > 0) {
      out.push('', paint('bold', `Changed since ${base} (${report.diff.changed.length})`));
      for (const c of report.diff.changed) out.push(`  ${changedLine(c)}`);
    }
  }

  // Vulnerable pins were listed first, with their advisories: the rest here.
  const others = report.findings.filter((f) => f.rule !== 'vulnerable-pin');
  const shownAbove = report.findings.length - others.length;
  out.push('', paint('bold', shownAbove > 0 ? `Other findings (${others.length})` : `Findings (${others.length})`));
  const sections = groupFindings(others);
  out.push(...groupedLines(sections, all, paint));
  if (!all && hidesSome(sections)) out.push('', paint('dim', 'Every occurrence: monopin check --all (filters: --rule, --severity, --package, --service, --new).'));

  const drift = topDrift(report.packages);
  if (drift.length > 0) {
    const limit = all ? drift.length : options.driftRows ?? 10;
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

/** "unconstrained aiohttp: +billing, -ml" — which consumers a package finding gained and lost. */
function changedLine(c: DiffRecord['changed'][number]): string {
  const moves = [...c.added.map((a) => `+${a}`), ...c.removed.map((r) => `-${r}`)];
  return escapeTerminal(`${c.finding.rule} ${c.finding.package ?? c.finding.location.file}: ${moves.join(', ')} (added +, removed -)`);
}

function hidesSome(sections: readonly RuleSection[]): boolean {
  return sections.some((s) => s.groups.length > GROUPS_SHOWN || s.groups.some((g) => g.findings.length > 1 || g.where.length > WHERE_SHOWN));
}

/** One block per rule: its headline, its fix once, one line per package (or per finding for rules about lines). */
function groupedLines(sections: readonly RuleSection[], all: boolean, paint: Paint, withFixes = true): string[] {
  if (sections.length === 0) return ['  none'];
  const out: string[] = [];
  for (const section of sections) {
    const packages = section.groups.filter((g) => g.package !== undefined).length;
    const about = packages > 0 ? ` in ${plural(packages, 'package')}` : '';
    out.push(`  ${paint(SEVERITY_STYLE[section.severity], section.rule)} · ${plural(section.count, section.severity)}${about}`);
    const fix = RULE_FIX[section.rule];
    if (withFixes && fix !== undefined && section.rule !== 'vulnerable-pin') out.push(`    ${paint('dim', `fix: ${fix}`)}`);
    const shown = all ? section.groups : section.groups.slice(0, GROUPS_SHOWN);
    for (const g of shown) out.push(...groupLines(g, fix === undefined, all, paint));
    const rest = section.groups.length - shown.length;
    const noun = packages > 0 ? 'package' : fix !== undefined ? 'file' : 'finding';
    if (rest > 0) out.push(`    … +${plural(rest, `more ${noun}`)} (--all, or --rule ${section.rule})`);
  }
  return out;
}

function groupLines(g: FindingGroup, withMessage: boolean, all: boolean, paint: Paint): string[] {
  const e = escapeTerminal;
  const first = g.findings[0]!;
  if (g.package === undefined && !withMessage && !all) {
    // The rule's fix is said above: the file, its lines and who builds it are what is left to say.
    const lines = g.findings.map((f) => f.location.line);
    const services = [...new Set(g.findings.flatMap((f) => (f.service === undefined ? [] : [f.service])))];
    return [`    ${e(first.location.file)}:${lines.join(',')}${services.length > 0 ? `  ${paint('dim', `(${e(firstFew(services, WHERE_SHOWN))})`)}` : ''}`];
  }
  if (g.package === undefined) {
    return g.findings.map((f) => `    ${e(`${f.location.file}:${f.location.line}:${f.location.column}`)}  ${e(clip(f.message, all ? MAX_MESSAGE : MAX_LINE_MESSAGE))}`);
  }
  const parts = [paint('bold', e(clip(g.package, 60)))];
  if (g.variants.length > 0) parts.push(e(clip(g.variants.map((v) => (v.specifier === '' ? 'any' : v.specifier)).join(', '), 80)));
  parts.push(`in ${e(all ? g.where.join(', ') : firstFew(g.where.map((w) => clip(w, 60)), WHERE_SHOWN))}`);
  if (g.pin !== undefined) parts.push(paint('dim', `(pin ${e(clip(g.pin, 40))})`));
  const at = `${first.location.file}:${first.location.line}`;
  // One occurrence: its place on the same line (unless "in" already named it).
  if (!all && g.findings.length === 1 && g.where[0] !== at) parts.push(paint('dim', e(`${at}:${first.location.column}${repeated(first)}`)));
  const lines = [`    ${parts.join('  ')}`];
  if (withMessage && !all) lines.push(`      ${e(clip(first.message, MAX_LINE_MESSAGE))}`);
  if (all) {
    for (const f of g.findings) {
      lines.push(`      ${e(`${f.location.file}:${f.location.line}:${f.location.column}${repeated(f)}`)}  ${paint(SEVERITY_STYLE[f.severity], f.severity)}  ${e(clip(f.message, MAX_MESSAGE))}`);
    }
  }
  return lines;
}

/** " (and 199,999 more lines like it)" for a finding that stands for repeated lines of one file. */
function repeated(f: Finding): string {
  return f.occurrences !== undefined && f.occurrences > 1 ? ` (and ${(f.occurrences - 1).toLocaleString('en-US')} more lines like it)` : '';
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

/** Vulnerable pins before everything else, with the advisory pages; then what was ignored, and why nothing was checked. */
function vulnerableSection(report: Report, paint: Paint): string[] {
  const out: string[] = [];
  const vulnerable = report.findings.filter((f) => f.rule === 'vulnerable-pin');
  const advisories = report.advisories;
  if (vulnerable.length > 0) {
    out.push('', paint('bold', `Vulnerable pins (${vulnerable.length})`));
    for (const f of bySeverity(vulnerable)) {
      out.push(`  ${escapeTerminal(`${f.location.file}:${f.location.line}`)}  ${paint(SEVERITY_STYLE[f.severity], f.severity)}  ${escapeTerminal(clip(f.message, MAX_MESSAGE))}`);
      for (const a of f.advisories ?? []) out.push(`    ${paint('dim', escapeTerminal(`${a.id}  ${a.url}`))}`);
    }
  }
  if (advisories !== undefined && advisories.ignored.length > 0) {
    out.push('', paint('bold', `Ignored advisories (${advisories.ignored.length})`));
    for (const i of advisories.ignored) out.push(`  ${escapeTerminal(`${i.id}  ${i.package}${i.version !== undefined ? `==${i.version}` : ''}  ${i.file}:${i.line}`)}  ${paint('dim', escapeTerminal(i.reason))}`);
  }
  return out;
}

function summaryLine(report: Report, paint: Paint): string {
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
