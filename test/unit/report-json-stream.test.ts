// --format json in chunks: the same text JSON.stringify(…, 2) gives, never held as one string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderJson, renderJsonChunks } from '../../src/report/json.js';
import type { Report } from '../../src/report/types.js';
import { checkReport, cleanReport, hostileReport, hugeReport, prReport } from './report-fixtures.js';

describe('renderJsonChunks', () => {
  it.each([
    ['clean', cleanReport()],
    ['check', checkReport()],
    ['pull request', prReport()],
    ['hostile', hostileReport()],
    ['huge', hugeReport(300)],
  ])('a %s report: the chunks make exactly JSON.stringify(…, null, 2) of the ordered report', (_name, report) => {
    const text = [...renderJsonChunks(report, 64)].join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).toBe(renderJson(report));
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('keeps each chunk near the chunk size, whatever the report size', () => {
    const requirement = (i: number): Report['requirements'][number] => ({ file: 'requirements.txt', line: i + 1, column: 1, name: `pkg-${i}`, extras: [], specifier: '==1.0', origin: 'requirements', viaConstraint: false });
    const report: Report = { ...cleanReport(), requirements: Array.from({ length: 3000 }, (_, i) => requirement(i)) };
    const sizes = [...renderJsonChunks(report, 4096)].map((c) => c.length);
    expect(sizes.length).toBeGreaterThan(10);
    // A chunk ends after the element that crossed the size: one element over at most.
    expect(Math.max(...sizes)).toBeLessThan(4096 + 1024);
  });

  it('renders empty arrays and a report without optional keys as JSON.stringify does', () => {
    const report = { ...cleanReport(), files: [], findings: [], diff: undefined } as Report;
    const text = renderJson(report);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).toContain('"files": []');
  });

  it('prints any values in any key order as JSON.stringify(…, 2) would, undefined fields left out', () => {
    // Integer-like keys excepted: JSON.parse moves them first, whatever order the text has.
    const key = fc.string().filter((k) => !/^\d+$/.test(k));
    const value = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.option(fc.string(), { nil: undefined })));
    fc.assert(
      fc.property(fc.array(fc.dictionary(key, value)), fc.dictionary(key, value), (rows, extra) => {
        const report = { ...cleanReport(), requirements: rows, ...extra } as unknown as Report;
        const text = [...renderJsonChunks(report, 128)].join('');
        expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
      }),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 13) },
    );
  });

  it('keeps a key named __proto__ as an own key when it reorders', () => {
    // JSON.parse makes `__proto__` an own key; out of order, the row is rebuilt key by key.
    const row: unknown = JSON.parse('{"b": 1, "__proto__": {"x": 1}, "a": 2}');
    const text = renderJson({ ...cleanReport(), requirements: [row] } as unknown as Report);
    expect(text).toContain('"__proto__": {');
    expect(JSON.parse(text).requirements).toEqual([JSON.parse('{"__proto__": {"x": 1}, "a": 2, "b": 1}')]);
  });
});
