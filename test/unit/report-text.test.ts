import { describe, expect, it } from 'vitest';
import { modelCounts, renderText, topDrift } from '../../src/report/text.js';
import { checkReport, cleanReport, hostileReport, hugeReport, pkg, prReport } from './report-fixtures.js';

const ANSI = /\u001b\[[0-9;]*m/g;

describe('renderText', () => {
  it('renders a check without colour (snapshot)', () => {
    const out = renderText(checkReport(), { color: false });
    expect(out).toMatchSnapshot();
    expect(out).not.toMatch(ANSI);
  });

  it('starts with the summary line', () => {
    expect(renderText(checkReport(), { color: false }).split('\n')[0]).toBe(
      'monopin 0.1.0 · 3 services in the root compose project, 3 images, 4 requirement files · 5 packages · 2 errors · 2 warnings · 1 note',
    );
    expect(renderText(cleanReport(), { color: false }).split('\n')[0]).toBe(
      'monopin 0.1.0 · no compose services, 0 images, 0 requirement files · 0 packages · 0 errors · 0 warnings',
    );
  });

  it.each([
    [{ projects: 5, services: 108, rootServices: 59, images: 208, requirementFiles: 134 }, '59 services in the root compose project (108 in 5 projects), 208 images, 134 requirement files'],
    [{ projects: 3, services: 8, rootServices: 0, images: 6, requirementFiles: 4 }, '8 services in 3 compose projects, 6 images, 4 requirement files'],
    [{ projects: 1, services: 2, rootServices: 0, images: 1, requirementFiles: 1 }, '2 services in one compose project, 1 image, 1 requirement file'],
    [{ projects: 0, services: 0, rootServices: 0, images: 4, requirementFiles: 7 }, 'no compose services, 4 images, 7 requirement files'],
  ])('counts the model as people recognise it: %j', (summary, text) => {
    expect(modelCounts(summary)).toBe(text);
  });

  it('prints findings as path:line:col  severity  rule  message, grouped by file', () => {
    const lines = renderText(checkReport(), { color: false }).split('\n');
    expect(lines).toContain(
      '  services/worker/Dockerfile:7:22  error  inline-pin-mismatch  The Dockerfile pins fastapi==0.110.0 but the constraints pin ==0.115.6; pin 0.115.6.',
    );
    const report = checkReport();
    report.findings.push({ ...report.findings[0]!, location: { file: 'services/api/requirements.txt', line: 1, column: 1 } });
    const grouped = renderText(report, { color: false }).split('\n');
    const first = grouped.findIndex((l) => l.includes('requirements.txt:1:1'));
    expect(grouped[first + 1]).toContain('services/api/requirements.txt:3:1');
  });

  it('puts introduced and fixed before the findings when there is a diff', () => {
    const out = renderText(prReport(), { color: false });
    const introduced = out.indexOf('Introduced since origin/main (2)');
    const fixed = out.indexOf('Fixed since origin/main (1)');
    const findings = out.indexOf('Findings (5)');
    expect(introduced).toBeGreaterThan(0);
    expect(introduced).toBeLessThan(fixed);
    expect(fixed).toBeLessThan(findings);
    expect(renderText(checkReport(), { color: false })).not.toContain('Introduced');
  });

  it('shows a compact top-drift table', () => {
    const out = renderText(checkReport(), { color: false });
    expect(out).toContain(
      ['Top drift', '  package   services  variants  pin', '  pydantic         3         3  ==2.10.4', '  aiohttp          2         2  -', '  fastapi          2         2  ==0.115.6'].join('\n'),
    );
    const huge = renderText(hugeReport(30), { color: false, driftRows: 5 });
    expect(huge).toContain('… and 25 more packages with drift');
  });

  it('colours severities only when asked, and colour changes nothing else', () => {
    const plain = renderText(prReport(), { color: false });
    const coloured = renderText(prReport(), { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured).toContain('\u001b[31merror\u001b[0m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[0m');
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });

  it('lets no escape sequence or newline from the repository reach the terminal', () => {
    const out = renderText(hostileReport(), { color: false });
    expect(out).not.toMatch(/[\u001b\u202e]/);
    expect(out.split('\n').some((l) => l.startsWith('| forged'))).toBe(false);
  });

  it('ends with one newline', () => {
    expect(renderText(checkReport(), { color: false })).toMatch(/[^\n]\n$/);
  });
});

describe('topDrift', () => {
  it('orders by variants, then services, then name, and skips single-variant packages', () => {
    const packages = [
      pkg('b', [['1', ['x']], ['2', ['y']]]),
      pkg('a', [['1', ['x']], ['2', ['y']]]),
      pkg('c', [['1', ['x']], ['2', ['y']], ['3', ['z']]]),
      pkg('d', [['1', ['x', 'y', 'z']]]),
      pkg('e', [['1', ['x', 'w']], ['2', ['y']]]),
    ];
    expect(topDrift(packages).map((p) => p.name)).toEqual(['c', 'e', 'a', 'b']);
  });
});
