// The "Image size" markdown section of the PR comment and the bump PR body, and the size budget. Pure.
import { codeSpan, escapeMarkdown } from '../report/escape.js';
import { plural } from '../report/text.js';
import type { ImageSizeEstimate } from './estimate.js';
import type { MeasuredSize } from './measured.js';

/** Decimal megabytes, as `docker images` shows them. */
const MB = 1_000_000;
export const WARN_PERCENT = 10;
export const ALERT_PERCENT = 20;

export interface RenderSizeOptions {
  /** Contributors listed per image (default 5). */
  top?: number;
  /** Heading level of the section (default 3). */
  level?: number;
  /** Registry-measured sizes: shown first, and they win over the estimate for the icon. */
  measured?: MeasuredSize[];
  /** Fold the section in `<details>`, its totals in the summary line (the bump PR body). */
  fold?: boolean;
}

/** Whether an estimate says anything: a change of the installed size, or packages it could not size. */
export function sizeChanged(result: ImageSizeEstimate): boolean {
  return result.deltaBytes !== 0 || (result.unknown ?? 0) > 0;
}

/** No contributor could be sized: the delta is unknown, not zero. */
export function sizeUnknown(result: ImageSizeEstimate): boolean {
  return result.contributors.length > 0 && result.contributors.every((c) => c.unknown === true);
}

/** Why the first contributor that could not be sized was not, for the image's line. */
function unknownReason(result: ImageSizeEstimate): string {
  const first = result.contributors.find((c) => c.unknown === true);
  return first?.note?.replace(/^size unknown: /, '') ?? 'not sized';
}

export function formatMegabytes(bytes: number, signed = false): string {
  const mb = bytes / MB;
  const text = `${Math.abs(mb) < 0.05 && bytes !== 0 ? Math.abs(mb).toFixed(2) : Math.abs(mb).toFixed(1)} MB`;
  if (!signed) return `${mb < 0 ? '-' : ''}${text}`;
  return `${bytes < 0 ? '−' : '+'}${text}`;
}

function percentOf(result: ImageSizeEstimate): number | undefined {
  if (result.beforeBytes === undefined || result.beforeBytes <= 0) return undefined;
  return (result.deltaBytes / result.beforeBytes) * 100;
}

/** 🚨 at ≥ 20 % growth, ⚠️ at ≥ 10 %, nothing otherwise (or when the size before is unknown). */
export function sizeIcon(percent: number | undefined): string {
  if (percent === undefined) return '';
  if (percent >= ALERT_PERCENT) return '🚨';
  if (percent >= WARN_PERCENT) return '⚠️';
  return '';
}

export function renderSizeSection(results: ImageSizeEstimate[], options: RenderSizeOptions = {}): string {
  const top = options.top ?? 5;
  const hashes = '#'.repeat(options.level ?? 3);
  const measured = new Map((options.measured ?? []).map((m) => [m.image, m]));
  // Only images whose size changes (or could not be sized) get a row.
  const estimated = new Map(results.filter(sizeChanged).map((r) => [r.image, r]));
  const images = [...new Set([...estimated.keys(), ...measured.keys()])];
  if (images.length === 0) return '';
  const kind = measured.size === 0 ? 'estimated' : estimated.size === 0 ? 'measured' : 'measured and estimated';
  const title = `Image size (${kind})`;
  const lines = options.fold === true ? [`<details><summary><b>${title}</b>: ${sizeTotals([...estimated.values()], [...measured.values()])}</summary>`, ''] : [`${hashes} ${title}`, ''];
  for (const image of images) {
    const result = estimated.get(image);
    const m = measured.get(image);
    // Measured wins: its percent decides the icon when both exist.
    const percent = m ? measuredPercent(m) : result && percentOf(result);
    const icon = sizeIcon(percent);
    const t = result?.target;
    const where = t ? `${t.platform}, Python ${t.pythonVersion}, ${t.libc}` : m!.platform;
    lines.push(`${icon === '' ? '' : `${icon} `}**${escapeMarkdown(image)}** (${escapeMarkdown(where)})`, '');
    if (m) lines.push(measuredLine(m));
    if (result) lines.push(estimatedLine(result, m !== undefined));
    const shown = result ? result.contributors.filter((c) => c.deltaBytes !== 0 || c.note !== undefined || c.unknown === true).slice(0, top) : [];
    if (result && shown.length > 0) {
      lines.push('', '| package | change | installed Δ | note |', '|---|---|---:|---|');
      for (const c of shown) {
        const change = c.from === undefined ? `added ${codeSpan(c.to ?? '?', { table: true })}` : c.to === undefined ? `removed ${codeSpan(c.from, { table: true })}` : `${codeSpan(c.from, { table: true })} → ${codeSpan(c.to, { table: true })}`;
        const notes = [
          ...(c.requiredBy !== undefined ? [`required by ${escapeMarkdown(c.requiredBy)}`] : []),
          ...(c.sdistOnly === true ? ['sdist only'] : []),
          ...(c.note !== undefined ? [escapeMarkdown(c.note)] : []),
        ];
        lines.push(`| ${escapeMarkdown(c.name)} | ${change} | ${c.unknown === true ? 'unknown' : formatMegabytes(c.deltaBytes, true)} | ${notes.join('; ')} |`);
      }
      const rest = result.contributors.length - shown.length;
      if (rest > 0) lines.push('', `…and ${rest} more`);
    }
    if (m && (m.addedLayers.length > 0 || m.removedLayers.length > 0)) lines.push('', ...layerDetails(m));
    lines.push('');
  }
  const sources: string[] = [];
  if (measured.size > 0) sources.push('measured from the registry manifests (compressed layers)');
  if (results.length > 0) {
    sources.push(`estimated from the wheels' zip directories (installed bytes, .pyc included; ${results.reduce((s, r) => s + r.bytesFetched, 0).toLocaleString('en-US')} bytes read from the index)`);
  }
  const footer = sources.join('; ');
  lines.push(`<sub>${footer.charAt(0).toUpperCase()}${footer.slice(1)}.</sub>`);
  if (options.fold === true) lines.push('', '</details>');
  return `${lines.join('\n')}\n`;
}

/** "3 images, +12.4 MB installed in total (1 unknown)": the summary line of the folded section. */
export function sizeTotals(results: ImageSizeEstimate[], measured: MeasuredSize[] = []): string {
  const known = results.filter((r) => !sizeUnknown(r));
  const unknown = results.length - known.length;
  const parts: string[] = [plural(new Set([...results.map((r) => r.image), ...measured.map((m) => m.image)]).size, 'image')];
  if (known.length > 0) parts.push(`${formatMegabytes(known.reduce((s, r) => s + r.deltaBytes, 0), true)} installed in total`);
  if (measured.length > 0) parts.push(`${formatMegabytes(measured.reduce((s, m) => s + m.deltaCompressedBytes, 0), true)} compressed measured`);
  const partial = known.filter((r) => (r.unknown ?? 0) > 0).length;
  const text = parts.join(', ');
  const notes = [...(unknown > 0 ? [`${unknown} unknown`] : []), ...(partial > 0 ? [`${partial} partly sized`] : [])];
  return notes.length > 0 ? `${text} (${notes.join(', ')})` : text;
}

function measuredPercent(m: MeasuredSize): number | undefined {
  return m.before && m.before.compressedBytes > 0 ? (m.deltaCompressedBytes / m.before.compressedBytes) * 100 : undefined;
}

function signedPercent(percent: number | undefined): string {
  return percent === undefined ? '' : `, ${percent >= 0 ? '+' : '−'}${Math.abs(percent).toFixed(1)}%`;
}

function measuredLine(m: MeasuredSize): string {
  const delta = `${formatMegabytes(m.deltaCompressedBytes, true)}${signedPercent(measuredPercent(m))}`;
  const layers = `${plural(m.addedLayers.length, 'layer')} new, ${m.removedLayers.length} gone, ${formatMegabytes(m.unchangedBytes)} unchanged`;
  if (!m.before) return `**Measured**: new image, ${formatMegabytes(m.after.compressedBytes)} compressed (${escapeMarkdown(m.after.ref)})`;
  return `**Measured**: ${formatMegabytes(m.before.compressedBytes)} → ${formatMegabytes(m.after.compressedBytes)} compressed: ${delta} (${layers})`;
}

function estimatedLine(result: ImageSizeEstimate, secondary: boolean): string {
  if (sizeUnknown(result)) return `${secondary ? 'Estimated' : '**Estimated**'}: unknown (${escapeMarkdown(unknownReason(result))})`;
  const partly = (result.unknown ?? 0) > 0 ? ` (without ${plural(result.unknown!, 'package')} that could not be sized)` : '';
  return estimatedDelta(result, secondary) + partly;
}

function estimatedDelta(result: ImageSizeEstimate, secondary: boolean): string {
  const delta = `${formatMegabytes(result.deltaBytes, true)}${signedPercent(percentOf(result))}`;
  const compressed = `${formatMegabytes(result.deltaCompressedBytes, true)} compressed`;
  if (secondary) return `Estimated: ${delta} installed, ${compressed}`;
  if (result.beforeBytes !== undefined) {
    return `${formatMegabytes(result.beforeBytes)} → ${formatMegabytes(result.beforeBytes + result.deltaBytes)} (estimated): ${delta} installed, ${compressed}`;
  }
  return `Estimated: ${delta} installed, ${compressed} (size before unknown)`;
}

/** The layers that differ, in a fold: digests are long and only some readers want them. */
function layerDetails(m: MeasuredSize): string[] {
  const short = (digest: string) => codeSpan(digest.replace(/^sha256:/, '').slice(0, 12), { table: true });
  const rows = [
    ...m.addedLayers.map((l) => `| ${short(l.digest)} | new | ${formatMegabytes(l.size)} |`),
    ...m.removedLayers.map((l) => `| ${short(l.digest)} | gone | ${formatMegabytes(l.size)} |`),
  ];
  return [
    `<details><summary>Layers (compressed, ${escapeMarkdown(m.before?.ref ?? '—')} → ${escapeMarkdown(m.after.ref)})</summary>`,
    '',
    '| layer | | compressed |',
    '|---|---|---:|',
    ...rows,
    '',
    '</details>',
  ];
}

export interface BudgetBreach {
  image: string;
  deltaBytes: number;
  /** The budget in bytes for this image (a percent budget is turned into bytes of its size before). */
  limitBytes: number;
}

/**
 * Images that grow past the budget: bytes (`52428800`, `"50MB"`, `"50 MiB"`) or a percent of the
 * size before (`"10%"`; images whose size before is unknown cannot breach a percent budget).
 * Empty when all fit.
 */
export function sizeBudgetExceeded(results: ImageSizeEstimate[], budget: number | string): BudgetBreach[] {
  const parsed = parseBudget(budget);
  const breaches: BudgetBreach[] = [];
  for (const result of results) {
    let limit: number;
    if (parsed.kind === 'bytes') limit = parsed.value;
    else if (result.beforeBytes !== undefined) limit = (result.beforeBytes * parsed.value) / 100;
    else continue;
    if (result.deltaBytes > limit) breaches.push({ image: result.image, deltaBytes: result.deltaBytes, limitBytes: Math.round(limit) });
  }
  return breaches;
}

/** One line per breach, the same in the CLI and the action. */
export function describeBreach(breach: BudgetBreach, budget: number | string): string {
  return `image ${breach.image} grows ${formatMegabytes(breach.deltaBytes, true)} (estimated installed bytes), past the size budget ${JSON.stringify(budget)} (${formatMegabytes(breach.limitBytes)})`;
}

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

export function parseBudget(budget: number | string): { kind: 'bytes' | 'percent'; value: number } {
  if (typeof budget === 'number') {
    if (!Number.isFinite(budget) || budget < 0) throw new RangeError(`size budget must be a non-negative number of bytes, got ${budget}`);
    return { kind: 'bytes', value: budget };
  }
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%|[kmg]i?b|b)?\s*$/i.exec(budget);
  if (match === null) throw new RangeError(`size budget ${JSON.stringify(budget)}: expected bytes, "50MB", "50MiB" or "10%"`);
  const value = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === '%') return { kind: 'percent', value };
  return { kind: 'bytes', value: value * (UNITS[unit] ?? 1) };
}
