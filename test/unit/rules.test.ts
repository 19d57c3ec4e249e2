import { describe, expect, it } from 'vitest';
import type { RuleId, Severity } from '../../src/model.js';
import { RULES, RULE_IDS, bySeverity, defaultSeverity, ruleIndex, ruleMeta } from '../../src/checks/rules.js';
import { finding } from './report-fixtures.js';

// Written out so that a rule added to RuleId shows up here as a failing test to review.
const EXPECTED: Record<RuleId, Severity> = {
  conflict: 'error',
  'inline-pin-mismatch': 'error',
  unconstrained: 'warning',
  'missing-constraints-flag': 'warning',
  'duplicate-constraint': 'warning',
  'unused-constraint': 'note',
  'parse-error': 'error',
  'include-error': 'error',
  'shell-redirect-in-specifier': 'error',
  'invalid-constraint': 'error',
  'missing-dockerfile': 'warning',
  'image-tag-collision': 'warning',
  'invalid-image-tag': 'error',
  'vulnerable-pin': 'error',
  'no-constraints': 'warning',
};

describe('rules', () => {
  it.each(Object.entries(EXPECTED) as [RuleId, Severity][])('%s defaults to %s', (id, severity) => {
    expect(defaultSeverity(id)).toBe(severity);
    expect(ruleMeta(id).defaultSeverity).toBe(severity);
  });

  it('describes every rule id once, with a help URI anchored on the id', () => {
    expect([...RULE_IDS].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const rule of RULES) {
      expect(rule.helpUri).toBe(`https://github.com/monopin/monopin#rule-${rule.id}`);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(rule.shortDescription).not.toMatch(/\.$/);
      expect(rule.fullDescription.length).toBeGreaterThan(rule.shortDescription.length);
      expect(rule.help.length).toBeGreaterThan(0);
      expect(rule.tags.length).toBeGreaterThan(0);
      expect(RULES[ruleIndex(rule.id)]).toBe(rule);
    }
  });

  it('throws on an id it does not know', () => {
    expect(() => ruleMeta('nope' as RuleId)).toThrow('unknown rule id: nope');
  });

  it('bySeverity puts errors first and keeps order within a severity', () => {
    const a = finding({ severity: 'note', package: 'a' });
    const b = finding({ severity: 'error', package: 'b' });
    const c = finding({ severity: 'warning', package: 'c' });
    const d = finding({ severity: 'error', package: 'd' });
    const input = [a, b, c, d];
    expect(bySeverity(input).map((f) => f.package)).toEqual(['b', 'd', 'c', 'a']);
    expect(input.map((f) => f.package)).toEqual(['a', 'b', 'c', 'd']);
  });
});
