// Repository content is data: these turn it into text that cannot become markup,
// pings, links to issues, or terminal escape sequences.

// C0/C1 controls (ESC starts ANSI sequences), DEL, and bidi overrides/isolates (Trojan Source).
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NEWLINES = /\r\n|[\r\n\u2028\u2029]/g;
const ZWJ = '\u200d';

/** One line of plain text: newlines become spaces, control and bidi characters go. */
export function singleLine(text: string): string {
  return text.replace(NEWLINES, ' ').replace(/\t/g, ' ').replace(CONTROLS, '');
}

/** At most `max` characters (code points), ending in `…` when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Plain text for a terminal: no escape sequences, one line. */
export function escapeTerminal(text: string): string {
  return singleLine(text);
}

// GitHub's runner reads `::command::` and `##[command]` at the start of any log line.
const LOG_COMMAND = /^([ \t]*)(::|##\[)/gm;

/**
 * Text for a log (stderr, the Actions log) that may span lines: control and bidi characters go, and
 * a line that would start a workflow command (`::set-output`, `::add-mask`) is defused with a zero-width joiner.
 */
export function escapeLog(text: string): string {
  return text.replace(/\r(?!\n)/g, '').replace(CONTROLS, '').replace(LOG_COMMAND, (_, blank: string, start: string) => `${blank}${start[0]}${ZWJ}${start.slice(1)}`);
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
export function escapeMarkdown(text: string): string {
  return breakReferences(
    singleLine(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(MD_SPECIAL, (c) => `\\${c}`)
      // Text that starts a line must not start a list, a heading underline or a numbered item.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.])/, '$1\\$2'),
  );
}

// GitHub resolves mentions and issue references on the rendered text, after escapes are gone,
// so only a character between `@`/`#` and the name stops them.
function breakReferences(text: string): string {
  return text.replace(/@(?=[\w-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`);
}

/**
 * A code span that shows `text` verbatim, whatever backticks it holds.
 * In a table cell pass `{ table: true }`: GFM splits cells on `|` even inside code spans.
 */
export function codeSpan(text: string, options: { table?: boolean } = {}): string {
  let body = singleLine(text);
  if (body === '') return '';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A span that starts or ends with a backtick (or is all spaces) needs padding spaces; CommonMark strips one each side.
  if (body.startsWith('`') || body.endsWith('`') || /^ +$/.test(body)) body = ` ${body} `;
  if (options.table) body = body.replace(/\|/g, '\\|');
  return `${fence}${body}${fence}`;
}

/** Escaped text for an HTML context such as `<summary>`. */
export function escapeHtml(text: string): string {
  return breakReferences(
    singleLine(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;'),
  );
}

/** Cut `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cutUtf16(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/** The largest n in [0, upper] for which fits(n) holds, given fits is monotone (0 when none): how many rows or sections fit a length limit. */
export function largestFitting(upper: number, fits: (n: number) => boolean): number {
  let lo = 0;
  let hi = upper;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
