import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { renderSizeText, sizeRecords } from '../../src/report/size-text.js';
import type { ImageSizeEstimate } from '../../src/size/estimate.js';
import { prReport } from './report-fixtures.js';

const TARGET = { pythonVersion: '3.12', platform: 'linux/amd64', libc: 'glibc', glibcVersion: '2.36' } as const;

function estimate(overrides: Partial<ImageSizeEstimate> = {}): ImageSizeEstimate {
  return {
    image: 'ai-base',
    target: TARGET,
    beforeBytes: 250_000_000,
    deltaBytes: 26_000_000,
    deltaCompressedBytes: 9_000_000,
    contributors: [
      { name: 'torch', from: '2.4.0', to: '2.5.0', deltaBytes: 25_000_000, deltaCompressedBytes: 8_500_000 },
      { name: 'sympy', to: '1.13.1', requiredBy: 'torch', deltaBytes: 1_200_000, deltaCompressedBytes: 600_000 },
      { name: 'oldlib', from: '0.1', deltaBytes: -250_000, deltaCompressedBytes: -100_000 },
      { name: 'srconly', from: '1.0', to: '1.1', deltaBytes: 50_000, deltaCompressedBytes: 10_000, sdistOnly: true, note: 'no wheel: rough estimate' },
      { name: 'same', from: '1.0', to: '1.0.1', deltaBytes: 0, deltaCompressedBytes: 0 },
    ],
    bytesFetched: 262_144,
    ...overrides,
  };
}

describe('renderSizeText', () => {
  it('shows per image the installed delta with its percent, the compressed delta and the top contributors', () => {
    expect(renderSizeText([estimate()], { color: false })).toBe(
      [
        'Image size (estimated)',
        '  ai-base  linux/amd64, Python 3.12, glibc',
        '    +26.0 MB installed (+10.4%: 250.0 MB → 276.0 MB), +9.0 MB compressed',
        '    torch   2.4.0 → 2.5.0  +25.0 MB',
        '    sympy   added 1.13.1    +1.2 MB  (required by torch)',
        '    oldlib  removed 0.1     −0.3 MB',
        '    … and 1 more',
        '',
      ].join('\n'),
    );
  });

  it('says when the size before is unknown, shrinks with a minus, lists every contributor on request', () => {
    const text = renderSizeText([estimate({ beforeBytes: undefined, deltaBytes: -2_000_000, deltaCompressedBytes: -700_000 })], { color: false, top: 10 });
    expect(text).toContain('    −2.0 MB installed (size before unknown), −0.7 MB compressed\n');
    expect(text).toContain('    srconly  1.0 → 1.1       +0.1 MB  (sdist only)\n');
    expect(text).not.toContain('same'); // unchanged size, no note: not worth a line
    expect(text).not.toContain('more');
  });

  it('keeps repository text from reaching the terminal as escape sequences, and bolds only with color', () => {
    const text = renderSizeText([estimate({ image: 'evil\u001b[2J\nimage' })], { color: false });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('  evil[2J image  ');
    expect(renderSizeText([estimate()], { color: true })).toContain('\u001b[1mImage size (estimated)\u001b[0m');
  });

  it('is empty without results', () => {
    expect(renderSizeText([], { color: false })).toBe('');
  });
});

describe('sizes in the JSON report', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

  it('leave out what reading the index cost, validate against the schema, and come after diff in schema order', () => {
    const records = sizeRecords([estimate()]);
    expect(records[0]).not.toHaveProperty('bytesFetched');
    // built in another key order on purpose: the renderer orders them
    const shuffled = records.map((r) => ({ contributors: r.contributors, deltaCompressedBytes: r.deltaCompressedBytes, deltaBytes: r.deltaBytes, beforeBytes: r.beforeBytes, target: { glibcVersion: r.target.glibcVersion, libc: r.target.libc, platform: r.target.platform, pythonVersion: r.target.pythonVersion }, image: r.image }));
    const out = JSON.parse(renderJson({ ...prReport(), sizes: shuffled }));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(out).slice(-3)).toEqual(['diff', 'sizes', 'skipped']);
    expect(Object.keys(out.sizes[0])).toEqual(['image', 'target', 'beforeBytes', 'deltaBytes', 'deltaCompressedBytes', 'contributors']);
    expect(Object.keys(out.sizes[0].target)).toEqual(['pythonVersion', 'platform', 'libc', 'glibcVersion']);
    expect(Object.keys(out.sizes[0].contributors[3])).toEqual(['name', 'from', 'to', 'deltaBytes', 'deltaCompressedBytes', 'sdistOnly', 'note']);
  });

  it('are refused by the schema with a field it does not know', () => {
    const out = JSON.parse(renderJson({ ...prReport(), sizes: sizeRecords([estimate()]) }));
    out.sizes[0].bytesFetched = 1;
    expect(validate(out)).toBe(false);
  });
});
