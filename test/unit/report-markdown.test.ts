import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LENGTH, SIZE_MARKER, SIZE_MARKER_END, renderMarkdown } from '../../src/report/markdown.js';
import { HOSTILE, checkReport, cleanReport, finding, hostileReport, hugeReport, prReport } from './report-fixtures.js';

const SUMMARY_URL = 'https://github.com/acme/repo/actions/runs/42';
const GITHUB_COMMENT_LIMIT = 65_536;

/** Cells of a GFM table row: split on pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/);
}

/** The body with code span contents blanked (CommonMark: backslash escapes, matching backtick runs). */
function outsideCodeSpans(body: string): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c === '\\') {
      out += body.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c !== '`') {
      out += c;
      i += 1;
      continue;
    }
    const fence = /^`+/.exec(body.slice(i))![0];
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
    close.lastIndex = i + fence.length;
    const end = close.exec(body);
    if (!end) {
      out += fence;
      i += fence.length;
      continue;
    }
    out += `${fence}${' '.repeat(end.index - i - fence.length)}${fence}`;
    i = end.index + fence.length;
  }
  return out;
}

function tableRows(body: string): string[] {
  return body.split('\n').filter((line) => line.startsWith('|'));
}

describe('renderMarkdown verdict', () => {
  it.each([
    ['clean check', cleanReport(), '### ✅ No conflicts'],
    ['check with errors', checkReport(), '### ❌ 2 errors and 2 warnings'],
    ['pull request', prReport(), '### ❌ 1 conflict and 1 warning introduced, 1 fixed'],
  ])('%s', (_name, report, heading) => {
    expect(renderMarkdown(report).split('\n')[0]).toBe(heading);
  });

  it('says nothing new when a pull request only fixes', () => {
    const report = prReport();
    report.diff!.introduced = [];
    expect(renderMarkdown(report).split('\n')[0]).toBe('### ✅ No new conflicts, 1 fixed');
    report.diff!.fixed = [];
    expect(renderMarkdown(report).split('\n')[0]).toBe('### ✅ No new conflicts');
  });

  it('calls introduced errors errors when they are not all conflicts', () => {
    const report = prReport();
    report.diff!.introduced = [finding(), finding({ rule: 'parse-error' })];
    expect(renderMarkdown(report).split('\n')[0]).toBe('### ❌ 2 errors introduced, 1 fixed');
  });
});

describe('renderMarkdown sections', () => {
  it('renders introduced and fixed tables for a pull request (snapshot)', () => {
    expect(renderMarkdown(prReport(), { summaryUrl: SUMMARY_URL })).toMatchSnapshot();
  });

  it('renders one findings table, errors first, for a full check (snapshot)', () => {
    const body = renderMarkdown(checkReport());
    expect(body).toMatchSnapshot();
    expect(body).not.toContain('#### Introduced');
    expect(body).not.toContain('All findings');
    const rules = tableRows(body)
      .slice(2)
      .map((r) => cells(r)[0]?.trim())
      .filter((c) => c?.includes('`'));
    expect(rules.slice(0, 2).every((r) => r?.startsWith('❌'))).toBe(true);
  });

  it('keeps the size placeholder and fills it when given', () => {
    const empty = renderMarkdown(prReport());
    expect(empty).toContain(`${SIZE_MARKER}\n${SIZE_MARKER_END}`);
    const filled = renderMarkdown(prReport(), { sizeSection: '#### Image size\n\n| image | Δ |\n|---|---|\n| api | +1.2 MB |' });
    expect(filled).toContain(`${SIZE_MARKER}\n#### Image size\n`);
    expect(filled.indexOf(SIZE_MARKER)).toBeLessThan(filled.indexOf('<details>'));
  });

  it('puts the drift table and all findings in details', () => {
    const body = renderMarkdown(prReport());
    expect(body).toContain('<details><summary>Version variants (3 packages)</summary>');
    expect(body).toContain('<details><summary>All findings (5)</summary>');
    expect(body).toContain('| pydantic | 3 | 3: `<2` (1), `>=2` (1), `==2.10.4` (1) | `==2.10.4` | 🔴 high |');
  });

  it('does not add the sticky marker (the GitHub layer does)', () => {
    expect(renderMarkdown(prReport())).not.toMatch(/<!-- monopin(?!:size -->)/);
  });

  it('ends with exactly one newline', () => {
    expect(renderMarkdown(prReport())).toMatch(/[^\n]\n$/);
  });
});

describe('renderMarkdown with hostile repository content', () => {
  const body = renderMarkdown(hostileReport(), { summaryUrl: SUMMARY_URL });

  it('keeps every table row at its column count', () => {
    const rows = tableRows(body);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const n = cells(row).length;
      expect([5, 7], row).toContain(n);
    }
  });

  it('lets no HTML through', () => {
    const markup = outsideCodeSpans(body);
    expect(markup).not.toMatch(/<script|<img|<details open/i);
    // Our own tags only: details/summary/sub and the size markers.
    const tags = markup.match(/<\/?[a-z][^>]*>/gi) ?? [];
    for (const tag of tags) expect(tag).toMatch(/^<\/?(details|summary|sub)>$/);
  });

  it('pings nobody and references no issue', () => {
    const outsideCode = outsideCodeSpans(body);
    expect(outsideCode).not.toMatch(/@[A-Za-z]/);
    expect(outsideCode).not.toMatch(/#\d/);
    expect(outsideCode).toContain('@\u200docto');
  });

  it('blanks code spans the way CommonMark reads them', () => {
    expect(outsideCodeSpans('a `<b>` \\`<i>\\` `` x`y `` c')).toBe('a `   ` \\`<i>\\` ``     `` c');
  });

  it('cannot forge rows, links, images or emphasis', () => {
    expect(body.split('\n').some((l) => l.startsWith('| forged'))).toBe(false);
    expect(body).not.toMatch(/(?<!\\)\[click(?<!\\)\]/);
    expect(body).not.toMatch(/(?<!\\)\*\*bold/);
    expect(body).toContain('evil\\|pkg\\*\\*bold\\*\\*&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('drops terminal escapes and bidi overrides', () => {
    expect(body).not.toMatch(/[\u001b\u202e]/);
  });

  it('shows specifiers with backticks and pipes verbatim in code spans', () => {
    expect(body).toContain('`` >=1\\|<2`rm -rf` ``');
    expect(HOSTILE.specifier).toBe('>=1|<2`rm -rf`');
  });
});

describe('renderMarkdown length', () => {
  it('fits a huge pull request under the limit with a pointer to the job summary', () => {
    const body = renderMarkdown(hugeReport(5_000), { summaryUrl: SUMMARY_URL });
    expect(body.length).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    expect(body.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(body).toMatch(/… and \d+ more — see the \[job summary\]\(https:\/\/github\.com\/acme\/repo\/actions\/runs\/42\)/);
    expect(body).not.toContain('<details>');
    expect(body).toContain("Details left out to fit GitHub's comment limit");
    // It still uses most of the room it has.
    expect(body.length).toBeGreaterThan(DEFAULT_MAX_LENGTH * 0.9);
    expect(body).toContain(SIZE_MARKER);
  });

  it('drops the details before it truncates a table', () => {
    const report = hugeReport(40);
    const full = renderMarkdown(report);
    const withoutFindings = renderMarkdown(report, { maxLength: full.length - 1 });
    expect(withoutFindings).not.toContain('All findings');
    expect(withoutFindings).toContain('Version variants');
    expect(withoutFindings).not.toMatch(/… and \d+ more/);

    const tight = renderMarkdown(report, { maxLength: withoutFindings.length - 1 });
    expect(tight).not.toContain('<details>');
    expect(tight).not.toMatch(/… and \d+ more/);

    const tighter = renderMarkdown(report, { maxLength: tight.length - 1 });
    expect(tighter.length).toBeLessThan(tight.length);
    expect(tighter).toMatch(/… and \d+ more — see the job summary/);
  });

  it('respects any maxLength, even a tiny one', () => {
    for (const maxLength of [200, 1_000, 5_000, 20_000]) {
      const body = renderMarkdown(hugeReport(500), { maxLength, summaryUrl: SUMMARY_URL, sizeSection: 'x'.repeat(3_000) });
      expect(body.length, String(maxLength)).toBeLessThanOrEqual(maxLength);
      expect(body).toContain('job summary');
    }
  });

  it('leaves out an oversized size section, keeping its markers, before it gives up the tables', () => {
    const body = renderMarkdown(prReport(), { maxLength: 5_000, sizeSection: `| image | Δ |\n|---|---|\n${'| x | +1 MB |\n'.repeat(1_000)}` });
    expect(body.length).toBeLessThanOrEqual(5_000);
    expect(body).toContain(`${SIZE_MARKER}\nImage sizes left out to fit GitHub's comment limit — see the job summary.\n${SIZE_MARKER_END}`);
    expect(body).toContain('| ❌ `conflict` | pydantic |');
  });

  it('cuts at a line break when nothing else is left to drop', () => {
    const body = renderMarkdown(prReport(), { maxLength: 120 });
    expect(body.length).toBeLessThanOrEqual(120);
    expect(body).toMatch(/^### .*\n/);
    expect(body).toMatch(/\n… cut to fit — see the job summary\.\n$/);
  });

  it('clips one enormous message instead of dropping its row', () => {
    const report = prReport();
    report.diff!.introduced = [finding({ message: 'x'.repeat(100_000) })];
    const body = renderMarkdown(report);
    expect(body.length).toBeLessThan(10_000);
    expect(body).toContain('x…');
  });
});
