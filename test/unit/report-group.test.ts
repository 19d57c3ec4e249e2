import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { collapseParseErrors, consumerUnits, filterReport, groupFindings, ruleCounts } from '../../src/report/group.js';
import { checkReport, finding, planReport, prReport } from './report-fixtures.js';

function parseError(file: string, line: number, message: string): Finding {
  return { rule: 'parse-error', severity: 'error', location: { file, line, column: 1 }, message };
}

describe('collapseParseErrors', () => {
  it('makes one finding of a broken block: consecutive lines, one file, one kind of message', () => {
    const out = collapseParseErrors([
      parseError('a/Dockerfile', 10, 'unknown instruction import'),
      parseError('a/Dockerfile', 11, 'unknown instruction def'),
      parseError('a/Dockerfile', 13, 'unknown instruction return'), // a blank line between: same block
      parseError('a/Dockerfile', 30, 'unknown instruction print'), // far below: another block
      parseError('a/Dockerfile', 31, 'RUN: unterminated quote'), // another kind
      parseError('b/Dockerfile', 32, 'unknown instruction print'), // another file
      finding(),
    ]);
    const errors = out.filter((f) => f.rule === 'parse-error');
    expect(errors.map((f) => [f.location.file, f.location.line, f.location.endLine])).toEqual([
      ['a/Dockerfile', 10, 13],
      ['a/Dockerfile', 30, undefined],
      ['a/Dockerfile', 31, undefined],
      ['b/Dockerfile', 32, undefined],
    ]);
    expect(errors[0]!.message).toBe('unknown instruction import (and 2 more like it through line 13: one broken block)');
    expect(out.filter((f) => f.rule === 'conflict')).toHaveLength(1);
  });

  it('turns the 117 parse errors of four broken Dockerfiles into four', () => {
    const report = planReport();
    expect(report.findings.filter((f) => f.rule === 'parse-error')).toHaveLength(117);
    expect(collapseParseErrors(report.findings).filter((f) => f.rule === 'parse-error')).toHaveLength(4);
  });
});

describe('groupFindings', () => {
  it('groups by rule then package, errors first, with the variants and who is in conflict', () => {
    const sections = groupFindings(planReport().findings);
    expect(sections.map((s) => [s.rule, s.count])).toEqual([
      ['conflict', 152],
      ['parse-error', 4],
      ['unconstrained', 300],
      ['missing-constraints-flag', 137],
    ]);
    const conflict = sections[0]!;
    expect(conflict.groups).toHaveLength(38);
    const pkg0 = conflict.groups.find((g) => g.package === 'pkg-0')!;
    expect(pkg0.findings).toHaveLength(4);
    expect(pkg0.variants).toEqual([{ specifier: '<2', count: 4 }]);
    expect(pkg0.pin).toBe('==2.0.1');
    expect(pkg0.where).toEqual(['svc-00', 'svc-22', 'svc-30', 'svc-38']);
    // One group per Dockerfile for a rule about lines that has one fix.
    expect(sections[3]!.groups).toHaveLength(46);
  });

  it('counts by rule and severity', () => {
    expect(ruleCounts(checkReport().findings)).toEqual([
      { rule: 'conflict', error: 1, warning: 0, note: 0, packages: 1 },
      { rule: 'inline-pin-mismatch', error: 1, warning: 0, note: 0, packages: 1 },
      { rule: 'missing-constraints-flag', error: 0, warning: 1, note: 0, packages: 0 },
      { rule: 'unconstrained', error: 0, warning: 1, note: 0, packages: 1 },
      { rule: 'unused-constraint', error: 0, warning: 0, note: 1, packages: 1 },
    ]);
  });
});

describe('filterReport', () => {
  it.each([
    [{ rule: ['conflict'] }, ['conflict']],
    [{ severity: ['warning' as const] }, ['unconstrained', 'missing-constraints-flag']],
    [{ package: ['fastapi'] }, ['inline-pin-mismatch']],
    [{ service: ['worker'] }, ['inline-pin-mismatch', 'unconstrained']],
    [{ rule: ['conflict', 'unconstrained'], severity: ['error' as const] }, ['conflict']],
  ])('keeps what %j asks for', (filter, rules) => {
    expect(filterReport(checkReport(), filter).findings.map((f) => f.rule).sort()).toEqual([...rules].sort());
  });

  it('matches a service through a package finding’s consumers', () => {
    const report = checkReport();
    report.findings[2]!.consumers = ['worker', 'ml'];
    expect(filterReport(report, { service: ['ml'] }).findings.map((f) => f.rule).sort()).toEqual(['missing-constraints-flag', 'unconstrained']);
  });

  it('filters the diff lists too, and --new keeps what the diff introduced or changed', () => {
    const report = prReport();
    report.diff!.changed = [{ finding: finding({ rule: 'unconstrained', package: 'six' }), added: ['ml'], removed: [] }];
    const filtered = filterReport(report, { rule: ['unconstrained'] });
    expect(filtered.diff!.introduced.map((f) => f.package)).toEqual(['aiohttp']);
    expect(filtered.diff!.fixed).toEqual([]);
    const fresh = filterReport(report, { newOnly: true });
    expect(fresh.findings.map((f) => f.package)).toEqual(['pydantic', 'aiohttp', 'six']);
    expect(fresh.diff!.fixed).toEqual([]);
    expect(filterReport(checkReport(), { newOnly: true }).findings).toEqual([]);
  });
});

describe('consumerUnits', () => {
  it('counts service ids, image names and file paths apart', () => {
    const report = checkReport();
    report.images.push({ ...report.images[0]!, id: 'tools/Dockerfile', name: 'tools', services: [] });
    expect(consumerUnits(report, ['api', 'worker'])).toBe('2 services');
    expect(consumerUnits(report, ['api', 'tools', 'scripts/requirements.txt'])).toBe('1 service, 1 image, 1 file');
    expect(consumerUnits(report, [])).toBe('0 services');
  });
});
