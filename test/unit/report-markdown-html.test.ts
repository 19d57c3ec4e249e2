// The comment as GitHub shows it: rendered by a real GFM renderer (marked), its tables checked for
// width, and nothing from the repository turned into markup.
import { Marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_WIDTH, renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { checkReport, finding, hostileReport, hugeReport, planReport, prReport } from './report-fixtures.js';

const marked = new Marked({ gfm: true });
const SUMMARY_URL = 'https://github.com/acme/repo/actions/runs/42';

function tables(tokens: readonly Token[]): Tokens.Table[] {
  return tokens.flatMap((t) => (t.type === 'table' ? [t as Tokens.Table] : 'tokens' in t && Array.isArray(t.tokens) ? tables(t.tokens) : []));
}

/** What a reader sees of a cell: its rendered HTML without tags, entities decoded, one entry per line (`<br>`). */
function visibleLines(cell: string): string[] {
  const html = marked.parseInline(cell, { async: false });
  return html.split(/<br\s*\/?>/).map((line) =>
    line
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

const push = (): Report => {
  const report = planReport();
  delete report.diff;
  return report;
};

/** A pin with three long advisories: the widest cell the comment has. */
const vulnerable = (): Report => {
  const report = checkReport();
  const advisory = (n: number) => ({
    id: `GHSA-${'x'.repeat(40)}-${n}`,
    aliases: [`CVE-2099-${'1'.repeat(30)}`, `PYSEC-2099-${n}`],
    summary: `A very long advisory summary that goes on and on about request smuggling ${'and more '.repeat(20)}`,
    url: `https://osv.dev/vulnerability/GHSA-${n}`,
    level: 'critical' as const,
    score: 9.8,
    fixed: ['1.0.1', '1.1.0', '2.0.0', '3.0.0'],
  });
  report.findings.push(finding({ rule: 'vulnerable-pin', package: 'evilpkg', specifier: '==1.0.0', location: { file: `docker/base/${'deep/'.repeat(20)}constraints.txt`, line: 4, column: 1 }, advisories: [1, 2, 3, 4].map(advisory), reach: 46 }));
  return report;
};

const CASES: [string, Report][] = [
  ['vulnerable pins', vulnerable()],
  ['pull request', prReport()],
  ['push', checkReport()],
  ['hostile pull request', hostileReport()],
  ['huge pull request', hugeReport(5_000)],
  ['46-service push', push()],
];

describe.each(CASES)('the %s comment rendered by marked (GFM)', (_name, report) => {
  const body = renderMarkdown(report, { summaryUrl: SUMMARY_URL });
  const found = tables(marked.lexer(body));
  const html = marked.parse(body, { async: false });

  it('has tables of at most four columns, every row as wide as its header', () => {
    expect(found.length).toBeGreaterThan(0);
    expect((html.match(/<table>/g) ?? []).length).toBe(found.length);
    for (const t of found) {
      expect(t.header.length).toBeLessThanOrEqual(4);
      for (const r of t.rows) expect(r.length).toBe(t.header.length);
    }
  });

  it(`has no table cell line over ${MAX_CELL_WIDTH} visible characters`, () => {
    for (const t of found) {
      for (const cell of [...t.header, ...t.rows.flat()]) {
        for (const line of visibleLines(cell.text)) expect(Array.from(line).length, line).toBeLessThanOrEqual(MAX_CELL_WIDTH);
      }
    }
  });

  it('renders no markup from the repository: no script, image, foreign tag or non-http link', () => {
    expect(html).not.toMatch(/<(script|img|iframe|style)/i);
    for (const [, tag] of html.matchAll(/<([a-z][a-z0-9]*)[\s>]/gi)) {
      expect(['h3', 'h4', 'p', 'sub', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'em', 'ul', 'li', 'details', 'summary', 'a', 'br', 'blockquote']).toContain(tag!.toLowerCase());
    }
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\//);
  });
});

describe('the hostile comment rendered', () => {
  it('shows the hostile names as text', () => {
    const html = marked.parse(renderMarkdown(hostileReport()), { async: false });
    expect(html).toContain('evil|pkg**bold**&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('renderMarkdown on a fixture that needs truncation (snapshot)', () => {
  it('keeps the summary and drift rows, cuts the detail rows, says where the rest is', () => {
    const body = renderMarkdown(hugeReport(300), { maxLength: 12_000, summaryUrl: SUMMARY_URL });
    expect(body.length).toBeLessThanOrEqual(12_000);
    expect(body).toMatchSnapshot();
    expect(body).toContain('| Rule | Introduced | Fixed | Open |');
    expect(body).toMatch(/… and \d+ more — see the \[job summary\]\(https:\/\/github\.com\/acme\/repo\/actions\/runs\/42\)/);
  });

  it('renders the 46-service push report with the full drift table and a pointer to the migration order (snapshot)', () => {
    const body = renderMarkdown(push());
    expect(body).toMatchSnapshot();
    expect(body).toContain('#### Drift (3 packages with more than one specifier)');
    expect(body).toContain('Migration order: `monopin order`');
  });
});
