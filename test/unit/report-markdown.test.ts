import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LENGTH, SIZE_MARKER, SIZE_MARKER_END, renderMarkdown } from '../../src/report/markdown.js';
import { diffFindings } from '../../src/checks/diff.js';
import { renderText } from '../../src/report/text.js';
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
    const findings = body.slice(body.indexOf('#### Findings'), body.indexOf(SIZE_MARKER));
    const rules = tableRows(findings)
      .slice(2)
      .map((r) => cells(r)[1]?.trim());
    expect(rules.slice(0, 2).every((r) => r?.startsWith('❌'))).toBe(true);
    expect(rules.at(-1)).toMatch(/^ℹ️/);
  });

  it('keeps the size placeholder and fills it when given', () => {
    const empty = renderMarkdown(prReport());
    expect(empty).toContain(`${SIZE_MARKER}\n${SIZE_MARKER_END}`);
    const filled = renderMarkdown(prReport(), { sizeSection: '#### Image size\n\n| image | Δ |\n|---|---|\n| api | +1.2 MB |' });
    expect(filled).toContain(`${SIZE_MARKER}\n#### Image size\n`);
    expect(filled.indexOf(SIZE_MARKER)).toBeGreaterThan(filled.indexOf('#### Fixed'));
    expect(filled.indexOf(SIZE_MARKER)).toBeLessThan(filled.indexOf('#### Drift'));
  });

  it('orders verdict, summary, introduced, fixed, size, drift', () => {
    const body = renderMarkdown(prReport());
    const at = ['### ', '| Rule | Introduced | Fixed | Open |', '#### Introduced (2)', '#### Fixed (1)', SIZE_MARKER, '#### Drift of the packages this pull request touches (2)'].map((h) => body.indexOf(h));
    expect(at[0]).toBe(0);
    for (let i = 1; i < at.length; i += 1) expect(at[i], String(i)).toBeGreaterThan(at[i - 1]!);
    expect(body).toContain('| `conflict` | 1 | 1 | 1 |');
  });

  it('groups findings by package in four columns, the fix once per rule, locations in details', () => {
    const report = prReport();
    report.diff!.introduced.push(finding({ service: 'ml', specifier: '<1.10', location: { file: 'services/ml/requirements.txt', line: 4, column: 1 } }));
    const body = renderMarkdown(report);
    expect(body).toContain('| pydantic | ❌ `conflict` ×2 | `<1.10`, `<2` → `==2.10.4` | api, ml |');
    expect(body.match(/- `conflict`: Widen each specifier/g)).toHaveLength(1); // under introduced, not under fixed
    expect(body).toContain('<details><summary>Locations and messages (3)</summary>');
    expect(body).toContain('- ❌ `services/ml/requirements.txt:4` (ml): pydantic&lt;2 excludes');
  });

  it('limits a pull request’s drift table to the packages it touches; the push report has them all, with units', () => {
    const pr = renderMarkdown(prReport());
    expect(pr).toContain('| pydantic | 3 services | `<2` (1), `>=2` (1), `==2.10.4` (1) | `==2.10.4` · 🔴 high |');
    expect(pr).not.toContain('| fastapi |');
    const report = checkReport();
    report.images.push({ ...report.images[0]!, id: 'tools/Dockerfile', name: 'tools', services: [] });
    report.packages[1]!.services = ['api', 'tools', 'scripts/requirements.txt'];
    const push = renderMarkdown(report);
    expect(push).toContain('#### Drift (3 packages with more than one specifier)');
    expect(push).toContain('| fastapi | 1 service, 1 image, 1 file | `==0.115.6` (1), `==0.110.0` (1) | `==0.115.6` · 🟡 medium |');
  });

  it('points the push report to the migration order, or renders the one it is given', () => {
    expect(renderMarkdown(checkReport())).toContain('Migration order: `monopin order` lists the services in `depends_on` waves');
    expect(renderMarkdown(prReport())).not.toContain('Migration order');
    const order = { waves: [[{ service: 'api', project: '', dependents: 2, transitiveDependents: 2, images: [], conflicts: [] }], [{ service: 'worker', project: '', dependents: 0, transitiveDependents: 0, images: [], conflicts: [] }]], cycles: [] };
    const body = renderMarkdown(checkReport(), { order });
    expect(body).toContain('#### Migration order');
    expect(body).toContain('| 1 | api | 2 (2 direct) |  |');
  });

  it('shows the first 50 services of a long migration order and points to `monopin order` for the rest', () => {
    const entry = (service: string) => ({ service, project: '', dependents: 0, transitiveDependents: 0, images: [], conflicts: [] });
    const order = { waves: [Array.from({ length: 40 }, (_, i) => entry(`a${i}`)), Array.from({ length: 30 }, (_, i) => entry(`b${i}`))], cycles: [] };
    const body = renderMarkdown(checkReport(), { order });
    expect(body).toContain('| 2 | b9 |');
    expect(body).not.toContain('| 2 | b10 |');
    expect(body).toContain('… and 20 more services in later waves: `monopin order` lists them all.');
  });

  it('says which consumer a changed package finding gained or lost, not fixed + introduced', () => {
    // A PR adds the unpinned aiohttp to a third service: the real diff matches it by rule and package.
    const base = [finding({ rule: 'unconstrained', severity: 'warning', package: 'aiohttp', service: 'worker', specifier: '>=3.9', pin: undefined, consumers: ['ml', 'worker'], location: { file: 'services/worker/requirements.txt', line: 2, column: 1 } })];
    const head = [{ ...base[0]!, service: 'billing', consumers: ['billing', 'ml', 'worker'], location: { file: 'services/billing/requirements.txt', line: 1, column: 1 } }];
    const diff = diffFindings(base, head);
    const report = checkReport();
    report.findings = head;
    report.diff = { base: 'origin/main', introduced: diff.introduced, fixed: diff.fixed, changed: diff.changed, unchanged: diff.unchanged.length };
    const body = renderMarkdown(report);
    expect(body.split('\n')[0]).toBe('### ✅ No new conflicts, 1 changed');
    expect(body).toContain('#### Introduced (0)');
    expect(body).toContain('#### Fixed (0)');
    expect(body).toContain('#### Changed (1)\n\n| Package | Rule | Added | Removed |\n|---|---|---|---|\n| aiohttp | ⚠️ `unconstrained` | billing | — |');
    expect(renderText(report, { color: false })).toContain('Changed since origin/main (1)\n  unconstrained aiohttp: +billing (added +, removed -)');
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
    for (const row of rows) expect(cells(row).length, row).toBeLessThanOrEqual(4);
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
    // Detail rows went first: each findings table kept its floor, the summary and drift rows stayed.
    expect(body).toContain('| Rule | Introduced | Fixed | Open |');
    const drift = body.slice(body.indexOf('#### Drift'));
    expect(tableRows(drift).length).toBeGreaterThan(100);
    const introduced = body.slice(body.indexOf('#### Introduced'), body.indexOf('#### Fixed'));
    expect(tableRows(introduced)).toHaveLength(12);
    // It still uses most of the room it has.
    expect(body.length).toBeGreaterThan(DEFAULT_MAX_LENGTH * 0.9);
    expect(body).toContain(SIZE_MARKER);
  });

  it('drops the details, then findings rows, then drift rows', () => {
    const report = hugeReport(40);
    const full = renderMarkdown(report);
    expect(full).toContain('<details>');
    const noDetails = renderMarkdown(report, { maxLength: full.length - 1 });
    expect(noDetails).not.toContain('<details>');
    expect(noDetails).not.toMatch(/… and \d+ more/);

    const fewerRows = renderMarkdown(report, { maxLength: noDetails.length - 1 });
    expect(fewerRows).toMatch(/#### Introduced \(40\)[\s\S]*… and \d+ more — run `monopin check --all` for every one/);
    expect(fewerRows.slice(fewerRows.indexOf('#### Drift'))).not.toMatch(/… and \d+ more/);

    const floor = renderMarkdown(report, { maxLength: 4_000 });
    expect(floor.length).toBeLessThanOrEqual(4_000);
    const introduced = floor.slice(floor.indexOf('#### Introduced'), floor.indexOf('#### Fixed'));
    expect(tableRows(introduced)).toHaveLength(12);
    expect(floor.slice(floor.indexOf('#### Drift'))).toMatch(/… and \d+ more/);
    expect(floor).toContain('| Rule | Introduced | Fixed | Open |');
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
    expect(body).toContain(`${SIZE_MARKER}\nImage sizes left out to fit GitHub's comment limit — run \`monopin check --all\` for every one.\n${SIZE_MARKER_END}`);
    expect(body).toContain('| pydantic | ❌ `conflict` |');
  });

  it('cuts at a line break when nothing else is left to drop', () => {
    const body = renderMarkdown(prReport(), { maxLength: 120 });
    expect(body.length).toBeLessThanOrEqual(120);
    expect(body).toMatch(/^### .*\n/);
    expect(body).toMatch(/\n… cut to fit — run `monopin check --all` for every one\.\n$/);
  });

  it('clips one enormous message instead of dropping its row', () => {
    const report = prReport();
    report.diff!.introduced = [finding({ message: 'x'.repeat(100_000) })];
    const body = renderMarkdown(report);
    expect(body.length).toBeLessThan(10_000);
    expect(body).toContain('x…');
  });
});
