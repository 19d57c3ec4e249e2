// Table cells and pointers the markdown renderers share. Everything from the repository is escaped here.
import type { Severity } from '../model.js';
import { clip, codeSpan, escapeMarkdown } from './escape.js';

export const MAX_MESSAGE = 300;
export const MAX_CELL = 60;
/** Rows each findings table keeps before the drift table gives up any. */
export const ROWS_FLOOR = 10;

export const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', note: 'ℹ️' };

export function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function text(value: string | undefined): string {
  return value === undefined || value === '' ? '—' : escapeMarkdown(clip(value, MAX_CELL));
}

export function code(value: string | undefined): string {
  return value === undefined || value === '' ? '—' : codeSpan(clip(value, MAX_CELL), { table: true });
}

/** Where a truncated list continues: the job summary when linked, else the CLI command that prints it all. */
export function whereTheRestIs(url: string | undefined): string {
  if (url === undefined || url === '') return 'run `monopin check --all` for every one';
  // Our own URL, but keep it from closing the link or breaking the line.
  const safe = url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `see the [job summary](${safe})`;
}
