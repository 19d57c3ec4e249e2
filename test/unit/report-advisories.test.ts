// Vulnerable pins in the rendered reports: first, linked, escaped, cut to fit; the ignored ones and a failed source shown.
import { describe, expect, it } from 'vitest';
import type { AdvisoryRef } from '../../src/model.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { checkReport, finding } from './report-fixtures.js';

const HOSTILE_ADVISORY: AdvisoryRef = {
  id: 'GHSA-x](javascript:alert(1))',
  aliases: ['CVE-2099-1 <img src=x onerror=alert(1)>'],
  summary: 'pipes | and <script>alert(1)</script> and @everyone',
  url: 'https://osv.dev/vulnerability/GHSA-x%5D(javascript%3Aalert(1))',
  level: 'critical',
  score: 9.8,
  fixed: ['1.0.1'],
};

function withVulnerable() {
  const report = checkReport();
  const vulnerable = finding({ rule: 'vulnerable-pin', severity: 'error', package: 'evilpkg', specifier: '==1.0.0', message: 'evilpkg==1.0.0 has 1 advisory', advisories: [HOSTILE_ADVISORY], reach: 4 });
  report.findings = [...report.findings, vulnerable];
  report.advisories = { source: 'osv', queried: 3, vulnerable: 1, ignored: [{ id: 'GHSA-ign', package: 'requests', version: '2.31.0', reason: 'not <b>used</b>', file: 'a/requirements.txt', line: 2 }] };
  return report;
}

describe('vulnerable pins in the reports', () => {
  it('come first in markdown, with their advisory escaped and linked only to an http(s) URL', () => {
    const body = renderMarkdown(withVulnerable());
    const section = body.indexOf('#### 🔒 Vulnerable pins (1)');
    expect(section).toBeGreaterThan(0);
    expect(section).toBeLessThan(body.indexOf('#### Findings'));
    const row = body.split('\n').find((l) => l.startsWith('| evilpkg |'))!;
    expect(row).not.toContain('<script>');
    expect(row).not.toContain('<img');
    expect(row).not.toMatch(/[^\\]\]\(javascript:/); // only an escaped `\]` before it: no link forms
    expect(row).toContain('[GHSA-x\\](javascript:alert(1))](https://');
    expect(row).toContain('](https://osv.dev/vulnerability/GHSA-x%5D%28javascript%3Aalert%281%29%29)');
    expect(row.split(' | ')).toHaveLength(4); // the pipe in the summary did not open a cell (four columns)
    expect(row).toMatch(/critical 9\.8/);
    expect(row).toContain('· 4 services |');
    expect(body).toMatch(/<details><summary>Ignored advisories \(1\)<\/summary>\n\n- GHSA-ign · requests `2\.31\.0` · `a\/requirements\.txt:2`: not &lt;b&gt;used&lt;\/b&gt;/);
  });

  it('links only http(s) advisory pages (the comment job renders report files of untrusted runs)', () => {
    const report = withVulnerable();
    report.findings.at(-1)!.advisories = [{ ...HOSTILE_ADVISORY, id: 'GHSA-aaaa', url: 'javascript:alert(1)' }];
    const row = renderMarkdown(report).split('\n').find((l) => l.startsWith('| evilpkg |'))!;
    expect(row).toContain('❌ GHSA-aaaa (CVE');
    expect(row).not.toContain('javascript:');
  });

  it('shows a source that failed as a warning at the top', () => {
    const report = checkReport();
    report.advisories = { source: 'osv', queried: 3, vulnerable: 0, ignored: [], warning: 'advisories not checked (osv): could not reach https://api.osv.dev/v1/querybatch' };
    expect(renderMarkdown(report)).toMatch(/^### .*\n\n<sub>.*<\/sub>\n\n> \[!WARNING\]\n> advisories not checked \(osv\): could not reach/);
    expect(renderText(report, { color: false })).toMatch(/^monopin .*\n\nwarning: advisories not checked \(osv\)/);
  });

  it('come first in the terminal, with their advisory pages, and are not listed twice', () => {
    const text = renderText(withVulnerable(), { color: false });
    expect(text.indexOf('Vulnerable pins (1)')).toBeLessThan(text.indexOf('Other findings ('));
    expect(text.match(/evilpkg==1\.0\.0 has 1 advisory/g)).toHaveLength(1);
    expect(text).toContain('https://osv.dev/vulnerability/GHSA-x%5D(javascript%3Aalert(1))');
  });
});
