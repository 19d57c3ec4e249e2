import { describe, expect, it } from 'vitest';
import { diffFindings } from '../../src/checks/diff.js';
import type { Finding } from '../../src/model.js';

const finding = (rule: Finding['rule'], pkg: string, file: string, line: number): Finding => ({
  rule,
  severity: 'error',
  package: pkg,
  location: { file, line, column: 1 },
  message: `${pkg} at ${line}`,
});

describe('diffFindings', () => {
  it('matches by rule, package and file, not by line', () => {
    const base = [finding('conflict', 'pydantic', 'a.txt', 3), finding('conflict', 'aiohttp', 'b.txt', 1)];
    const head = [finding('conflict', 'pydantic', 'a.txt', 9), finding('conflict', 'httpx', 'c.txt', 2)];
    const d = diffFindings(base, head);
    expect(d.introduced.map((f) => f.package)).toEqual(['httpx']);
    expect(d.fixed.map((f) => f.package)).toEqual(['aiohttp']);
    expect(d.unchanged.map((f) => f.location.line)).toEqual([9]);
  });

  it('counts repeated findings: a second copy of an old one is new', () => {
    const base = [finding('conflict', 'x', 'a.txt', 1)];
    const head = [finding('conflict', 'x', 'a.txt', 1), finding('conflict', 'x', 'a.txt', 5)];
    expect(diffFindings(base, head).introduced).toHaveLength(1);
  });
});
