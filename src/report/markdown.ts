// The pull request comment (and job summary) body. Everything from the repository is escaped;
// the body shortens itself to stay under GitHub's comment limit.
import type { Finding, Severity } from '../model.js';
import { clip, codeSpan, cutUtf16, escapeMarkdown, largestFitting } from './escape.js';
import { bySeverity } from '../checks/rules.js';
import { plural, topDrift } from './text.js';
import type { PackageRecord, Report, Risk } from './types.js';

export interface MarkdownOptions {
  /** Longest body returned, in UTF-16 units (≥ characters as GitHub counts them). Default 65,000. */
  maxLength?: number;
  /** Where the full report lives (the job summary); linked from every truncation. */
  summaryUrl?: string;
  /** Markdown for the image-size section, rendered by us (trusted), placed between the size markers. */
  sizeSection?: string;
}

/** GitHub rejects comments over 65,536 characters; the rest is room for the sticky marker. */
export const DEFAULT_MAX_LENGTH = 65_000;
export const SIZE_MARKER = '<!-- monopin:size -->';
export const SIZE_MARKER_END = '<!-- /monopin:size -->';

const MAX_MESSAGE = 300;
const MAX_CELL = 120;
const MAX_VARIANTS_SHOWN = 4;

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', note: 'ℹ️' };
const RISK_ICON: Record<Risk, string> = { high: '🔴 high', medium: '🟡 medium', low: '🟢 low' };

interface Layout {
  /** Rows kept in each main table (introduced, fixed, findings). */
  rows: number;
  findingDetails: boolean;
  variantDetails: boolean;
  /** Render options.sizeSection (false: a pointer to the job summary in its place). */
  size: boolean;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const fits = (body: string): boolean => body.length <= max;

  const full: Layout = { rows: Number.POSITIVE_INFINITY, findingDetails: true, variantDetails: true, size: true };
  for (const layout of [
    full,
    { ...full, findingDetails: false },
    { ...full, findingDetails: false, variantDetails: false },
  ]) {
    const body = compose(report, options, layout);
    if (fits(body)) return body;
  }

  // Then the most rows per main table that fit; with an oversized size section, the same without it.
  const mostRows = Math.max(0, ...mainTables(report).map((t) => t.length));
  for (const size of [true, false]) {
    const layout = (rows: number): Layout => ({ rows, findingDetails: false, variantDetails: false, size });
    const rows = largestFitting(mostRows, (n) => fits(compose(report, options, layout(n))));
    const body = compose(report, options, layout(rows));
    if (fits(body)) return body;
  }

  // Only a tiny maxLength gets here: cut at a line break so no tag or comment is left half open.
  const body = compose(report, options, { rows: 0, findingDetails: false, variantDetails: false, size: false });
  const tail = `… cut to fit — see the ${summaryLink(options.summaryUrl)}.\n`;
  const head = cutUtf16(body, Math.max(0, max - tail.length));
  const cut = head.lastIndexOf('\n');
  return cutUtf16(`${cut >= 0 ? head.slice(0, cut + 1) : ''}${tail}`, max);
}

function mainTables(report: Report): Finding[][] {
  return report.diff ? [report.diff.introduced, report.diff.fixed] : [report.findings];
}

function compose(report: Report, options: MarkdownOptions, layout: Layout): string {
  const summaryUrl = options.summaryUrl;
  const out: string[] = [];
  out.push(`### ${verdict(report)}`, '', context(report));

  if (report.diff) {
    out.push('', '#### Introduced', '', ...findingTable(bySeverity(report.diff.introduced), { rows: layout.rows, summaryUrl }));
    out.push('', '#### Fixed', '', ...findingTable(bySeverity(report.diff.fixed), { rows: layout.rows, summaryUrl, messageHeader: 'Was' }));
  } else {
    out.push('', '#### Findings', '', ...findingTable(bySeverity(report.findings), { rows: layout.rows, summaryUrl }));
  }

  out.push('', SIZE_MARKER);
  if (options.sizeSection !== undefined && options.sizeSection.trim() !== '') {
    out.push(
      layout.size
        ? options.sizeSection.trim()
        : `Image sizes left out to fit GitHub's comment limit — see the ${summaryLink(summaryUrl)}.`,
    );
  }
  out.push(SIZE_MARKER_END);

  const drift = topDrift(report.packages);
  if (drift.length > 0 && layout.variantDetails) {
    out.push(
      '',
      `<details><summary>Version variants (${plural(drift.length, 'package')})</summary>`,
      '',
      ...variantTable(drift),
      '',
      '</details>',
    );
  }
  // Without a diff the main table already lists every finding.
  if (report.diff && report.findings.length > 0 && layout.findingDetails) {
    out.push(
      '',
      `<details><summary>All findings (${report.findings.length})</summary>`,
      '',
      ...findingTable(bySeverity(report.findings), { rows: Number.POSITIVE_INFINITY, summaryUrl }),
      '',
      '</details>',
    );
  }
  const dropped =
    (drift.length > 0 && !layout.variantDetails) ||
    (report.diff !== undefined && report.findings.length > 0 && !layout.findingDetails);
  if (dropped) {
    out.push('', `<sub>Details left out to fit GitHub's comment limit — see the ${summaryLink(options.summaryUrl)}.</sub>`);
  }
  return `${out.join('\n')}\n`;
}

function verdict(report: Report): string {
  if (report.diff) {
    const introduced = report.diff.introduced;
    const count = (s: Severity): number => introduced.filter((f) => f.severity === s).length;
    const [errors, warnings, notes] = [count('error'), count('warning'), count('note')];
    const fixed = report.diff.fixed.length;
    const fixedText = fixed > 0 ? `, ${fixed} fixed` : '';
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

interface TableOptions {
  rows: number;
  summaryUrl?: string | undefined;
  messageHeader?: string;
}

function findingTable(findings: readonly Finding[], { rows, summaryUrl, messageHeader = 'How to fix' }: TableOptions): string[] {
  if (findings.length === 0) return ['None.'];
  const shown = findings.slice(0, rows);
  const lines = [
    `| Rule | Package | Service | Location | Found | Central pin | ${messageHeader} |`,
    '|---|---|---|---|---|---|---|',
    ...shown.map((f) =>
      row([
        `${SEVERITY_ICON[f.severity]} ${codeSpan(f.rule, { table: true })}`,
        text(f.package),
        text(f.service),
        codeSpan(clip(`${f.location.file}:${f.location.line}`, MAX_CELL), { table: true }),
        code(f.specifier),
        code(f.pin),
        escapeMarkdown(clip(f.message, MAX_MESSAGE)),
      ]),
    ),
  ];
  if (shown.length < findings.length) {
    lines.push('', `… and ${findings.length - shown.length} more — see the ${summaryLink(summaryUrl)}`);
  }
  return lines;
}

function variantTable(packages: readonly PackageRecord[]): string[] {
  return [
    '| Package | Services | Variants | Central pin | Risk |',
    '|---|---:|---|---|---|',
    ...packages.map((p) => {
      const variants = p.variants
        .slice(0, MAX_VARIANTS_SHOWN)
        .map((v) => `${v.specifier === '' ? '_any_' : codeSpan(clip(v.specifier, MAX_CELL), { table: true })} (${v.services.length})`);
      const more = p.variants.length - MAX_VARIANTS_SHOWN;
      if (more > 0) variants.push(`+${more} more`);
      return row([
        escapeMarkdown(clip(p.name, MAX_CELL)),
        String(p.services.length),
        `${p.variants.length}: ${variants.join(', ')}`,
        p.pin === undefined ? '_none_' : codeSpan(clip(p.pin, MAX_CELL), { table: true }),
        RISK_ICON[p.risk],
      ]);
    }),
  ];
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function text(value: string | undefined): string {
  return value === undefined || value === '' ? '—' : escapeMarkdown(clip(value, MAX_CELL));
}

function code(value: string | undefined): string {
  return value === undefined || value === '' ? '—' : codeSpan(clip(value, MAX_CELL), { table: true });
}

function summaryLink(url: string | undefined): string {
  if (url === undefined || url === '') return 'job summary';
  // Our own URL, but keep it from closing the link or breaking the line.
  const safe = url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[job summary](${safe})`;
}
