// The image-size markdown section and the size budget, from plain estimates.
import { describe, expect, it } from 'vitest';
import type { ImageSizeEstimate, SizeContributor } from '../../src/size/estimate.js';
import { formatMegabytes, parseBudget, renderSizeSection, sizeBudgetExceeded, sizeIcon } from '../../src/size/render.js';

function result(deltaBytes: number, beforeBytes: number | undefined, contributors: SizeContributor[] = []): ImageSizeEstimate {
  return {
    image: 'ghcr.io/org/python-base',
    target: { pythonVersion: '3.12', platform: 'linux/amd64', libc: 'glibc' },
    ...(beforeBytes !== undefined && { beforeBytes }),
    deltaBytes,
    deltaCompressedBytes: Math.round(deltaBytes / 2),
    contributors,
    bytesFetched: 65_557,
  };
}

const c = (name: string, deltaBytes: number, extra: Partial<SizeContributor> = {}): SizeContributor => ({ name, from: '1.0', to: '2.0', deltaBytes, deltaCompressedBytes: 0, ...extra });

describe('sizeIcon', () => {
  it.each([
    [undefined, ''],
    [-30, ''],
    [9.99, ''],
    [10, '⚠️'],
    [19.9, '⚠️'],
    [20, '🚨'],
    [150, '🚨'],
  ])('%s%% → %s', (percent, icon) => {
    expect(sizeIcon(percent)).toBe(icon);
  });
});

describe('renderSizeSection', () => {
  it('shows before → after, the delta in MB and %, the icon and the "estimated" label', () => {
    const md = renderSizeSection([result(25_000_000, 100_000_000, [c('torch', 25_000_000)])]);
    expect(md).toContain('🚨 **ghcr.io/org/python-base** (linux/amd64, Python 3.12, glibc)');
    expect(md).toContain('100.0 MB → 125.0 MB (estimated): +25.0 MB, +25.0% installed, +12.5 MB compressed');
    expect(md).toContain('| torch | `1.0` → `2.0` | +25.0 MB |  |');
  });

  it('shrinking images get a minus and no icon; unknown size before says so', () => {
    expect(renderSizeSection([result(-12_000_000, 100_000_000)])).toMatch(/^\*\*ghcr.*\n\n100\.0 MB → 88\.0 MB \(estimated\): −12\.0 MB, −12\.0%/m);
    expect(renderSizeSection([result(12_000_000, undefined)])).toContain('Estimated: +12.0 MB installed, +6.0 MB compressed (size before unknown)');
  });

  it('lists the top 5 contributors by the order given and counts the rest', () => {
    const many = [7, 6, 5, 4, 3, 2, 1].map((n) => c(`pkg${n}`, n * 1_000_000));
    const md = renderSizeSection([result(28_000_000, 1_000_000_000, many)]);
    expect(md.match(/^\| pkg\d /gm)).toEqual(['| pkg7 ', '| pkg6 ', '| pkg5 ', '| pkg4 ', '| pkg3 ']);
    expect(md).toContain('…and 2 more');
  });

  it('escapes package names, notes and versions (no markup, pings or table breaks from index data)', () => {
    const md = renderSizeSection([
      result(1_000_000, 100_000_000, [c('evil_*pkg*|x', 1_000_000, { to: '2|0', note: '@octocat <b>', requiredBy: 'a#1', sdistOnly: true })]),
    ]);
    expect(md).toContain('| evil\\_\\*pkg\\*\\|x | `1.0` → `2\\|0` |');
    expect(md).toContain('required by a\\#\u200d1; sdist only; @\u200doctocat &lt;b&gt; |');
  });

  it('says added and removed', () => {
    const md = renderSizeSection([result(2_000_000, 1, [c('new', 5_000_000, { from: undefined }), c('old', -3_000_000, { to: undefined })])]);
    expect(md).toContain('| new | added `2.0` | +5.0 MB |');
    expect(md).toContain('| old | removed `1.0` | −3.0 MB |');
  });

  it('renders nothing for no images', () => {
    expect(renderSizeSection([])).toBe('');
  });

  it('leaves out images whose size does not change', () => {
    expect(renderSizeSection([result(0, 100_000_000, [c('same', 0)])])).toBe('');
  });

  it('says unknown, with the reason, for an image none of whose packages could be sized: never +0.0', () => {
    const md = renderSizeSection([{ ...result(0, undefined, [c('gone', 0, { unknown: true, note: 'size unknown: no file of gone 1.0 installs on linux/amd64 glibc Python 3.12' })]), unknown: 1 }]);
    expect(md).toContain('**Estimated**: unknown (no file of gone 1.0 installs on linux/amd64 glibc Python 3.12)');
    expect(md).toContain('| gone | `1.0` → `2.0` | unknown |');
    expect(md).not.toMatch(/\+0\.0/);
  });

  it('says which part is sized when some packages could not be', () => {
    const md = renderSizeSection([{ ...result(3_000_000, undefined, [c('big', 3_000_000), c('gone', 0, { unknown: true, note: 'size unknown: x' })]), unknown: 1 }]);
    expect(md).toContain('+3.0 MB installed, +1.5 MB compressed (size before unknown) (without 1 package that could not be sized)');
  });

  it('folds the section in <details> with the totals in its summary line', () => {
    const other = { ...result(-1_000_000, undefined, [c('small', -1_000_000)]), image: 'ghcr.io/org/ai-base' };
    const unknown = { ...result(0, undefined, [c('gone', 0, { unknown: true, note: 'size unknown: x' })]), image: 'ghcr.io/org/worker', unknown: 1 };
    const md = renderSizeSection([result(3_000_000, undefined, [c('big', 3_000_000)]), other, unknown], { fold: true });
    expect(md.split('\n')[0]).toBe('<details><summary><b>Image size (estimated)</b>: 3 images, +2.0 MB installed in total (1 unknown)</summary>');
    expect(md.trimEnd().endsWith('</details>')).toBe(true);
  });
});

describe('formatMegabytes', () => {
  it.each([
    [0, false, '0.0 MB'],
    [10_485_761, true, '+10.5 MB'],
    [-2_500_000, true, '−2.5 MB'],
    [20_000, true, '+0.02 MB'],
  ])('%s', (bytes, signed, text) => {
    expect(formatMegabytes(bytes, signed)).toBe(text);
  });
});

describe('sizeBudgetExceeded', () => {
  it.each([
    ['10%', 9_000_000, []],
    ['10%', 10_000_001, ['ghcr.io/org/python-base']],
    ['10MB', 10_000_001, ['ghcr.io/org/python-base']],
    ['10 MiB', 10_000_001, []],
    [5_000_000, 5_000_000, []],
    [5_000_000, 5_000_001, ['ghcr.io/org/python-base']],
  ])('budget %s, growth %s', (budget, delta, breached) => {
    expect(sizeBudgetExceeded([result(delta, 100_000_000)], budget).map((b) => b.image)).toEqual(breached);
  });

  it('cannot judge a percent budget without the size before, but can a byte budget', () => {
    expect(sizeBudgetExceeded([result(50_000_000, undefined)], '1%')).toEqual([]);
    expect(sizeBudgetExceeded([result(50_000_000, undefined)], '1MB')).toEqual([{ image: 'ghcr.io/org/python-base', deltaBytes: 50_000_000, limitBytes: 1_000_000 }]);
  });

  it.each([['lots'], ['-5%'], ['5 parsecs']])('rejects %s', (budget) => {
    expect(() => parseBudget(budget)).toThrow(RangeError);
  });
});
