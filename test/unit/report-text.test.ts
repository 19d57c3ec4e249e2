import { describe, expect, it } from 'vitest';
import { modelCounts, renderText, topDrift } from '../../src/report/text.js';
import { checkReport, cleanReport, finding, hostileReport, hugeReport, pkg, planReport, prReport } from './report-fixtures.js';

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

  it('groups findings by rule and package: the fix once, one line per package with its variants and services', () => {
    const out = renderText(checkReport(), { color: false });
    expect(out).toContain(
      [
        'Findings (5)',
        '  conflict · 1 error in 1 package',
        '    fix: Widen each specifier to accept the central pin, or drop the version and let the constraints decide.',
        '    pydantic  <2  in api  (pin ==2.10.4)  services/api/requirements.txt:3:1',
      ].join('\n'),
    );
    expect(out).toContain('    services/ml/Dockerfile:12  (ml)');
  });

  it('fits the 46-service repo on a screen, says each fix once and collapses broken blocks (snapshot)', () => {
    const report = planReport();
    expect(report.findings).toHaveLength(706);
    const out = renderText(report, { color: false });
    expect(out).toMatchSnapshot();
    expect(out.split('\n').length).toBeLessThanOrEqual(60);
    expect(out.match(/Widen each specifier/g)).toHaveLength(1);
    expect(out).not.toContain('Widen the specifier to accept 2.0.1');
    expect(out.match(/unknown instruction/g)).toHaveLength(4);
    expect(out).toContain('unknown instruction import (and 25 more like it through line 35: one broken block)');
    expect(out).toContain('    pkg-0  <2  in svc-00, svc-22, svc-30 +1 more  (pin ==2.0.1)');
    expect(out).toContain('    … +33 more packages (--all, or --rule conflict)');
    expect(out).toContain('    … +41 more files (--all, or --rule missing-constraints-flag)');
    expect(out).toContain('Every occurrence: monopin check --all');
  });

  it('prints every occurrence with all: true', () => {
    const report = planReport();
    const out = renderText(report, { color: false, all: true });
    for (const f of report.findings.filter((x) => x.rule !== 'parse-error')) {
      expect(out).toContain(`${f.location.file}:${f.location.line}:${f.location.column}`);
    }
    expect(out).not.toContain('more packages');
    expect(out).not.toContain('Every occurrence');
    expect(out.split('\n').length).toBeGreaterThan(report.findings.length - 117);
  });

  it('puts the summary first: model, central file, counts by rule and severity', () => {
    const lines = renderText(checkReport(), { color: false }).split('\n');
    expect(lines.slice(2, 5)).toEqual([
      'Central constraints: docker/base/requirements-constraints.txt',
      '  rule                      errors  warnings  notes  packages',
      '  conflict                       1         0      0         1',
    ]);
    const none = cleanReport();
    delete none.constraints;
    expect(renderText(none, { color: false })).toContain('No central constraints file.');
  });

  it('puts introduced, fixed and changed before the findings when there is a diff', () => {
    const report = prReport();
    report.diff!.changed = [{ finding: finding({ rule: 'unconstrained', severity: 'warning', package: 'six' }), added: ['billing'], removed: ['ml'] }];
    const out = renderText(report, { color: false });
    const introduced = out.indexOf('Introduced since origin/main (2)');
    const fixed = out.indexOf('Fixed since origin/main (1)');
    const changed = out.indexOf('Changed since origin/main (1)\n  unconstrained six: +billing, -ml (added +, removed -)');
    const findings = out.indexOf('Findings (5)');
    expect(introduced).toBeGreaterThan(0);
    expect(introduced).toBeLessThan(fixed);
    expect(fixed).toBeLessThan(changed);
    expect(changed).toBeLessThan(findings);
    expect(renderText(checkReport(), { color: false })).not.toContain('Introduced');
    expect(renderText(prReport(), { color: false })).not.toContain('Changed since');
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
    expect(coloured).toContain('\u001b[31mconflict\u001b[0m · 1 error');
    expect(coloured).toContain('\u001b[33munconstrained\u001b[0m · 1 warning');
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
