// Estimated image sizes in the CLI's outputs: the records of the JSON report, and the short terminal
// block `monopin check --base` prints after the findings. Pure.
import type { ImageSizeEstimate } from '../size/estimate.js';
import { formatMegabytes } from '../size/render.js';
import { clip, escapeTerminal } from './escape.js';
import type { SizeRecord } from './types.js';

export interface SizeTextOptions {
  color: boolean;
  /** Contributors listed per image (default 3). */
  top?: number;
}

/** The estimates as the JSON report carries them (without what reading the index cost). */
export function sizeRecords(results: readonly ImageSizeEstimate[]): SizeRecord[] {
  return results.map(({ bytesFetched: _fetched, ...record }) => record);
}

/**
 * ```
 * Image size (estimated)
 *   ai-base  linux/amd64, Python 3.12, glibc
 *     +1.0 MB installed (+4.0%: 25.0 MB → 26.0 MB), +0.9 MB compressed
 *     openai  1.57.4 → 1.58.0  +1.0 MB
 * ```
 * Empty when there is nothing to show.
 */
export function renderSizeText(results: readonly ImageSizeEstimate[], options: SizeTextOptions): string {
  if (results.length === 0) return '';
  const bold = (text: string): string => (options.color ? `\u001b[1m${text}\u001b[0m` : text);
  const top = options.top ?? 3;
  const lines = [bold('Image size (estimated)')];
  for (const r of results) {
    const t = r.target;
    lines.push(`  ${bold(escapeTerminal(clip(r.image, 80)))}  ${escapeTerminal(`${t.platform}, Python ${t.pythonVersion}, ${t.libc}`)}`);
    const installed = formatMegabytes(r.deltaBytes, true);
    const compressed = `${formatMegabytes(r.deltaCompressedBytes, true)} compressed`;
    if (r.contributors.length > 0 && r.contributors.every((c) => c.unknown === true)) {
      lines.push('    size unknown (see the notes)');
    } else if (r.beforeBytes !== undefined && r.beforeBytes > 0) {
      const percent = (r.deltaBytes / r.beforeBytes) * 100;
      const signed = `${percent >= 0 ? '+' : '−'}${Math.abs(percent).toFixed(1)}%`;
      lines.push(`    ${installed} installed (${signed}: ${formatMegabytes(r.beforeBytes)} → ${formatMegabytes(r.beforeBytes + r.deltaBytes)}), ${compressed}`);
    } else {
      lines.push(`    ${installed} installed (size before unknown), ${compressed}`);
    }
    const listed = r.contributors.filter((c) => c.deltaBytes !== 0 || c.note !== undefined);
    const shown = listed.slice(0, top);
    const rows = shown.map((c) => {
      const from = c.from === undefined ? undefined : escapeTerminal(clip(c.from, 40));
      const to = c.to === undefined ? undefined : escapeTerminal(clip(c.to, 40));
      const change = from === undefined ? `added ${to ?? '?'}` : to === undefined ? `removed ${from}` : `${from} → ${to}`;
      const marks = [
        ...(c.requiredBy !== undefined ? [`required by ${escapeTerminal(clip(c.requiredBy, 60))}`] : []),
        ...(c.sdistOnly === true ? ['sdist only'] : []),
        ...(c.note !== undefined && c.sdistOnly !== true ? ['see note'] : []),
      ];
      return [escapeTerminal(clip(c.name, 60)), change, c.unknown === true ? 'unknown' : formatMegabytes(c.deltaBytes, true), marks.length > 0 ? `(${marks.join('; ')})` : ''];
    });
    const widths = [0, 1, 2].map((i) => Math.max(0, ...rows.map((row) => Array.from(row[i] ?? '').length)));
    for (const row of rows) {
      const cells = row.map((cell, i) => (i < 2 ? pad(cell, widths[i] ?? 0) : i === 2 ? pad(cell, widths[i] ?? 0, true) : cell));
      lines.push(`    ${cells.join('  ').trimEnd()}`);
    }
    const rest = listed.length - shown.length;
    if (rest > 0) lines.push(`    … and ${rest} more`);
  }
  return `${lines.join('\n')}\n`;
}

/** Pads by code points, so `→` and `−` count as one column. */
function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - Array.from(text).length));
  return right ? fill + text : text + fill;
}
