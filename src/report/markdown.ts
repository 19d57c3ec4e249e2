// The pull request comment (and job summary) body. Everything from the repository is escaped;
// the body shortens itself to stay under GitHub's comment limit.
import type { Finding, Severity } from '../model.js';
import type { MigrationOrder } from '../model/migration-order.js';
import { clip, codeSpan, cutUtf16, escapeMarkdown, largestFitting } from './escape.js';
import { RULE_FIX, consumerUnits, firstFew, groupFindings, ruleCounts, type FindingGroup } from './group.js';
import { MAX_CELL, MAX_MESSAGE, ROWS_FLOOR, SEVERITY_ICON, row, text, whereTheRestIs } from './markdown-cells.js';
import { vulnerableSection } from './markdown-vulnerable.js';
import { renderOrderMarkdown } from './order.js';
import { plural, topDrift } from './text.js';
import type { PackageRecord, Report, Risk } from './types.js';

export interface MarkdownOptions {
  /** Longest body returned, in UTF-16 units (≥ characters as GitHub counts them). Default 65,000. */
  maxLength?: number;
  /** Where the full report lives (the job summary); linked from every truncation. Without it, truncations name the CLI command. */
  summaryUrl?: string;
  /** Markdown for the image-size section, rendered by us (trusted), placed between the size markers. */
  sizeSection?: string;
  /** The migration order, rendered into the whole-repo report (no diff); without it, a pointer to `monopin order`. */
  order?: MigrationOrder;
}

/** GitHub rejects comments over 65,536 characters; the rest is room for the sticky marker. */
export const DEFAULT_MAX_LENGTH = 65_000;
export const SIZE_MARKER = '<!-- monopin:size -->';
export const SIZE_MARKER_END = '<!-- /monopin:size -->';
/** Widest table cell line we emit, in visible characters: four columns of this fit a laptop-wide page. */
export const MAX_CELL_WIDTH = 100;

const MAX_VARIANTS_SHOWN = 3;
/** Services of the migration order shown in the whole-repo report; `monopin order` prints the rest. */
const ORDER_ROWS = 50;
const WHERE_SHOWN = 3;
const RISK_ICON: Record<Risk, string> = { high: '🔴 high', medium: '🟡 medium', low: '🟢 low' };

interface Layout {
  /** Rows (groups) kept in each findings table. */
  rows: number;
  /** Each table's full locations and messages, in `<details>`. */
  details: boolean;
  /** Rows kept in the drift table. */
  driftRows: number;
  /** Render options.sizeSection (false: a pointer to the job summary in its place). */
  size: boolean;
}

/**
 * Verdict, summary table, vulnerable pins, the findings (introduced, fixed, changed for a pull request) grouped by
 * rule and package, image sizes, drift, migration order. Over the limit, the details go first, then findings rows
 * down to a floor, then drift rows, then the rest of the findings rows; the summary stays.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const fits = (layout: Layout): boolean => compose(report, options, layout).length <= max;
  const mostRows = Math.max(report.diff?.changed.length ?? 0, ...mainTables(report).map((t) => groupFindings(t).reduce((n, s) => n + s.groups.length, 0)));
  const allDrift = driftPackages(report).length;
  const floor = Math.min(ROWS_FLOOR, mostRows);

  const full: Layout = { rows: mostRows, details: true, driftRows: allDrift, size: true };
  if (fits(full)) return compose(report, options, full);
  for (const size of [true, false]) {
    const base: Layout = { ...full, details: false, size };
    const rows = largestFitting(mostRows, (n) => fits({ ...base, rows: n }));
    if (rows >= floor && fits({ ...base, rows })) return compose(report, options, { ...base, rows });
    const driftRows = largestFitting(allDrift, (n) => fits({ ...base, rows: floor, driftRows: n }));
    if (fits({ ...base, rows: floor, driftRows })) return compose(report, options, { ...base, rows: floor, driftRows });
    const fewer = largestFitting(floor, (n) => fits({ ...base, rows: n, driftRows: 0 }));
    if (fits({ ...base, rows: fewer, driftRows: 0 })) return compose(report, options, { ...base, rows: fewer, driftRows: 0 });
  }

  // Only a tiny maxLength gets here: cut at a line break so no tag or comment is left half open.
  const body = compose(report, options, { rows: 0, details: false, driftRows: 0, size: false });
  const tail = `… cut to fit — ${whereTheRestIs(options.summaryUrl)}.\n`;
  const head = cutUtf16(body, Math.max(0, max - tail.length));
  const cut = head.lastIndexOf('\n');
  return cutUtf16(`${cut >= 0 ? head.slice(0, cut + 1) : ''}${tail}`, max);
}

function mainTables(report: Report): Finding[][] {
  return report.diff ? [report.diff.introduced, report.diff.fixed] : [report.findings.filter((f) => f.rule !== 'vulnerable-pin')];
}

/** A pull request's drift table shows the packages its findings name; the whole-repo report, every drifting package. */
function driftPackages(report: Report): PackageRecord[] {
  const drift = topDrift(report.packages);
  if (!report.diff) return drift;
  const touched = new Set(
    [...report.diff.introduced, ...report.diff.fixed, ...report.diff.changed.map((c) => c.finding)].flatMap((f) => (f.package === undefined ? [] : [f.package])),
  );
  return drift.filter((p) => touched.has(p.name));
}

function compose(report: Report, options: MarkdownOptions, layout: Layout): string {
  const summaryUrl = options.summaryUrl;
  const out: string[] = [];
  out.push(`### ${verdict(report)}`, '', context(report));
  if (report.advisories?.warning !== undefined) out.push('', `> [!WARNING]\n> ${escapeMarkdown(clip(report.advisories.warning, MAX_MESSAGE))}`);
  out.push(...summaryTable(report));
  out.push(...vulnerableSection(report, layout.rows, summaryUrl));

  if (report.diff) {
    out.push('', `#### Introduced (${report.diff.introduced.length})`, '', ...groupTable(report.diff.introduced, layout, summaryUrl));
    out.push('', `#### Fixed (${report.diff.fixed.length})`, '', ...groupTable(report.diff.fixed, layout, summaryUrl, false));
    if (report.diff.changed.length > 0) out.push('', `#### Changed (${report.diff.changed.length})`, '', ...changedTable(report, layout.rows, summaryUrl));
  } else {
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
    const title = report.diff ? `#### Drift of the packages this pull request touches (${drift.length})` : `#### Drift (${plural(drift.length, 'package')} with more than one specifier)`;
    out.push('', title, '', ...variantTable(report, drift.slice(0, layout.driftRows)));
    if (layout.driftRows < drift.length) out.push('', `… and ${drift.length - layout.driftRows} more — ${whereTheRestIs(summaryUrl)}`);
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

function hasDetails(report: Report): boolean {
  return mainTables(report).some((t) => t.length > 0);
}

/** Counts by rule: for a pull request what it introduced and fixed next to what stays open; otherwise by severity. */
function summaryTable(report: Report): string[] {
  const counts = ruleCounts(report.findings);
  if (report.diff) {
    const diff = report.diff;
    const rules = [...new Set([...diff.introduced, ...diff.fixed, ...report.findings].map((f) => f.rule))];
    if (rules.length === 0) return [];
    const n = (list: readonly Finding[], rule: string): number => list.filter((f) => f.rule === rule).length;
    rules.sort((a, b) => n(diff.introduced, b) - n(diff.introduced, a) || n(report.findings, b) - n(report.findings, a) || (a < b ? -1 : 1));
    return ['', '| Rule | Introduced | Fixed | Open |', '|---|---:|---:|---:|', ...rules.map((r) => row([codeSpan(r, { table: true }), String(n(diff.introduced, r)), String(n(diff.fixed, r)), String(n(report.findings, r))]))];
  }
  if (counts.length === 0) return [];
  return ['', '| Rule | Errors | Warnings | Notes |', '|---|---:|---:|---:|', ...counts.map((c) => row([codeSpan(c.rule, { table: true }), String(c.error), String(c.warning), String(c.note)]))];
}

/** Findings grouped by rule and package: four columns, every location and message in a `<details>` below. */
/** `withFixes`: say each rule's fix below the table (not for what the pull request already fixed). */
function groupTable(findings: readonly Finding[], layout: Layout, summaryUrl: string | undefined, withFixes = true): string[] {
  const sections = groupFindings(findings);
  if (sections.length === 0) return ['None.'];
  const groups = sections.flatMap((s) => s.groups);
  const shown = groups.slice(0, layout.rows);
  const lines = ['| Package | Rule | Found → central pin | Where |', '|---|---|---|---|', ...shown.map(groupRow)];
  if (shown.length < groups.length) lines.push('', `… and ${groups.length - shown.length} more — ${whereTheRestIs(summaryUrl)}`);
  const fixes = withFixes ? sections.filter((s) => RULE_FIX[s.rule] !== undefined && shown.some((g) => g.rule === s.rule)) : [];
  if (fixes.length > 0) lines.push('', ...fixes.map((s) => `- ${codeSpan(s.rule)}: ${escapeMarkdown(RULE_FIX[s.rule] ?? '')}`));
  if (layout.details) {
    const located = shown.flatMap((g) => g.findings);
    lines.push('', `<details><summary>Locations and messages (${located.length})</summary>`, '');
    for (const f of located) lines.push(`- ${SEVERITY_ICON[f.severity]} ${codeSpan(`${f.location.file}:${f.location.line}`)}${f.occurrences !== undefined && f.occurrences > 1 ? ` (×${f.occurrences})` : ''}${f.service === undefined ? '' : ` (${escapeMarkdown(clip(f.service, MAX_CELL))})`}: ${escapeMarkdown(clip(f.message, MAX_MESSAGE))}`);
    lines.push('', '</details>');
  }
  return lines;
}

function groupRow(g: FindingGroup): string {
  const first = g.findings[0]!;
  const rule = `${SEVERITY_ICON[g.severity]} ${codeSpan(g.rule, { table: true })}${g.findings.length > 1 ? ` ×${g.findings.length}` : ''}`;
  if (g.package === undefined) {
    return row(['—', rule, escapeMarkdown(clip(first.message, 90)), codeSpan(clip(`${first.location.file}:${first.location.line}`, 80), { table: true })]);
  }
  const variants = g.variants.slice(0, MAX_VARIANTS_SHOWN).map((v) => (v.specifier === '' ? '_any_' : codeSpan(clip(v.specifier, 30), { table: true })));
  if (g.variants.length > MAX_VARIANTS_SHOWN) variants.push(`+${g.variants.length - MAX_VARIANTS_SHOWN} more`);
  let found = variants.join(', ');
  if (g.pin !== undefined) found = `${found === '' ? '' : `${found} → `}${codeSpan(clip(g.pin, 30), { table: true })}`;
  if (found === '') found = escapeMarkdown(clip(first.message, 90));
  const where = escapeMarkdown(firstFew(g.where.map((w) => clipStart(w, 30)), WHERE_SHOWN));
  return row([escapeMarkdown(clip(g.package, MAX_CELL)), rule, found, where]);
}

/** Package findings whose consumers moved: which were added and removed. */
function changedTable(report: Report, rows: number, summaryUrl: string | undefined): string[] {
  const changed = report.diff?.changed ?? [];
  const names = (list: readonly string[]): string => (list.length === 0 ? '—' : escapeMarkdown(firstFew(list.map((l) => clip(l, 30)), WHERE_SHOWN)));
  const lines = [
    '| Package | Rule | Added | Removed |',
    '|---|---|---|---|',
    ...changed.slice(0, rows).map((c) => row([text(c.finding.package), `${SEVERITY_ICON[c.finding.severity]} ${codeSpan(c.finding.rule, { table: true })}`, names(c.added), names(c.removed)])),
  ];
  if (changed.length > rows) lines.push('', `… and ${changed.length - rows} more — ${whereTheRestIs(summaryUrl)}`);
  return lines;
}

function verdict(report: Report): string {
  if (report.diff) {
    const introduced = report.diff.introduced;
    const count = (s: Severity): number => introduced.filter((f) => f.severity === s).length;
    const [errors, warnings, notes] = [count('error'), count('warning'), count('note')];
    const fixed = report.diff.fixed.length;
    const changed = report.diff.changed.length;
    const fixedText = `${fixed > 0 ? `, ${fixed} fixed` : ''}${changed > 0 ? `, ${changed} changed` : ''}`;
    if (introduced.length === 0) return `✅ No new conflicts${fixedText}`;
    const errorWord = introduced.every((f) => f.severity !== 'error' || f.rule === 'conflict') ? 'conflict' : 'error';
    const parts = [
      errors > 0 ? plural(errors, errorWord) : '',
      warnings > 0 ? plural(warnings, 'warning') : '',
      notes > 0 ? plural(notes, 'note') : '',
    ].filter((p) => p !== '');
    const icon = errors > 0 ? SEVERITY_ICON.error : warnings > 0 ? SEVERITY_ICON.warning : SEVERITY_ICON.note;
    return `${icon} ${joinAnd(parts)} introduced${fixedText}`;
  }
  const { errors, warnings, notes } = report.summary;
  if (errors > 0) return `❌ ${joinAnd([plural(errors, 'error'), warnings > 0 ? plural(warnings, 'warning') : ''])}`;
  if (warnings > 0) return `⚠️ ${plural(warnings, 'warning')}`;
  return notes > 0 ? `✅ No conflicts (${plural(notes, 'note')})` : '✅ No conflicts';
}

function joinAnd(parts: string[]): string {
  const kept = parts.filter((p) => p !== '');
  if (kept.length <= 1) return kept.join('');
  return `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1] ?? ''}`;
}

function context(report: Report): string {
  const s = report.summary;
  const parts = [escapeMarkdown(`${report.tool.name} ${report.tool.version}`)];
  if (report.diff) parts.push(`compared with ${codeSpan(clip(report.diff.base, MAX_CELL))}`);
  parts.push(plural(s.files, 'file'), plural(s.services, 'service'), plural(s.packages, 'package'));
  parts.push(
    report.constraints === undefined
      ? 'no central constraints file'
      : `constraints ${codeSpan(clip(report.constraints, MAX_CELL))}`,
  );
  if (report.skipped.length > 0) parts.push(`${report.skipped.length} skipped`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** Package, consumers with their unit, variants, central pin and risk: four columns. */
function variantTable(report: Report, packages: readonly PackageRecord[]): string[] {
  return [
    '| Package | Consumers | Variants | Central pin · risk |',
    '|---|---|---|---|',
    ...packages.map((p) => {
      const variants = p.variants
        .slice(0, MAX_VARIANTS_SHOWN)
        .map((v) => `${v.specifier === '' ? '_any_' : codeSpan(clip(v.specifier, 24), { table: true })} (${v.services.length})`);
      const more = p.variants.length - MAX_VARIANTS_SHOWN;
      if (more > 0) variants.push(`+${more} more`);
      return row([
        escapeMarkdown(clip(p.name, MAX_CELL)),
        consumerUnits(report, p.services),
        variants.join(', '),
        `${p.pin === undefined ? '_none_' : codeSpan(clip(p.pin, 30), { table: true })} · ${RISK_ICON[p.risk]}`,
      ]);
    }),
  ];
}

/** The last `max` characters, `…` first when cut: a path's file name and line are what tell it apart. */
function clipStart(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `…${chars.slice(chars.length - max + 1).join('')}`;
}
