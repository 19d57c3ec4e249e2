// Measured sizes: the layer-level comparison of two manifests, and how the size section shows them
// beside (and above) the estimate.
import { describe, expect, it } from 'vitest';
import type { ImageSize } from '../../src/registry/client.js';
import type { ImageSizeEstimate } from '../../src/size/estimate.js';
import { compareImages } from '../../src/size/measured.js';
import { renderSizeSection } from '../../src/size/render.js';

const digest = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;
function image(ref: string, layers: [number, number][]): ImageSize {
  const sized = layers.map(([d, size]) => ({ digest: digest(d), size }));
  return { ref, digest: digest(9), platform: 'linux/amd64', layers: sized, configSize: 1_000, compressedBytes: sized.reduce((s, l) => s + l.size, 1_000) };
}
const before = image('reg/python-base:2026-11-20', [
  [1, 50_000_000],
  [2, 5_000_000],
]);
const after = image('reg/python-base:2026-11-27', [
  [1, 50_000_000],
  [3, 15_000_000],
]);
const estimate: ImageSizeEstimate = {
  image: 'python-base',
  target: { pythonVersion: '3.11', platform: 'linux/amd64', libc: 'glibc' },
  deltaBytes: 10_400_000,
  deltaCompressedBytes: 10_100_000,
  contributors: [{ name: 'bigpkg', from: '1.0', to: '2.0', deltaBytes: 10_400_000, deltaCompressedBytes: 10_100_000 }],
  bytesFetched: 4_096,
};

describe('compareImages', () => {
  it('splits layers into new, gone and shared by digest, and totals the compressed delta', () => {
    const m = compareImages('python-base', before, after);
    expect(m.deltaCompressedBytes).toBe(10_000_000);
    expect(m.addedLayers).toEqual([{ digest: digest(3), size: 15_000_000 }]);
    expect(m.removedLayers).toEqual([{ digest: digest(2), size: 5_000_000 }]);
    expect(m.unchangedBytes).toBe(50_000_000);
  });

  it('takes a missing image before as a new image', () => {
    const m = compareImages('agent', undefined, after);
    expect(m.before).toBeUndefined();
    expect(m.deltaCompressedBytes).toBe(after.compressedBytes);
    expect(m.addedLayers).toHaveLength(2);
  });
});

describe('renderSizeSection with measured sizes', () => {
  const measured = compareImages('python-base', before, after);

  it('puts the measured line first and lets its percent pick the icon', () => {
    const md = renderSizeSection([estimate], { measured: [measured] });
    expect(md).toContain('### Image size (measured and estimated)');
    // 10 MB on 55.001 MB compressed: +18.2% → ⚠️ (the estimate has no size before, so no icon of its own).
    expect(md).toContain('⚠️ **python-base** (linux/amd64, Python 3.11, glibc)');
    const measuredAt = md.indexOf('**Measured**: 55.0 MB → 65.0 MB compressed: +10.0 MB, +18.2% (1 layer new, 1 gone, 50.0 MB unchanged)');
    const estimatedAt = md.indexOf('Estimated: +10.4 MB installed, +10.1 MB compressed');
    expect(measuredAt).toBeGreaterThan(0);
    expect(estimatedAt).toBeGreaterThan(measuredAt);
    expect(md).toMatch(/\| `333333333333` \| new \| 15\.0 MB \|/);
    expect(md).toMatch(/\| `222222222222` \| gone \| 5\.0 MB \|/);
    expect(md).toContain('Measured from the registry manifests');
  });

  it('shows images that were only measured (a base changed) with their platform', () => {
    const md = renderSizeSection([], { measured: [{ ...measured, image: 'agent' }] });
    expect(md).toContain('### Image size (measured)');
    expect(md).toContain('**agent** (linux/amd64)');
    expect(md).not.toContain('Estimated');
  });

  it('renders nothing when there is nothing to show', () => {
    expect(renderSizeSection([], { measured: [] })).toBe('');
  });
});
