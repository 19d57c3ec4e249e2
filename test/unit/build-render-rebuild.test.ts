import { describe, expect, it } from 'vitest';
import type { RebuildMatrix } from '../../src/build/matrix.js';
import { renderRebuildSection } from '../../src/build/render-rebuild.js';
import type { TouchResult } from '../../src/build/touched.js';

const entry = (image: string, wave: number) => ({
  image,
  dockerfile: `${image}/Dockerfile`,
  context: image,
  tags: [`${image}:2026-11-27`, `${image}:latest`],
  cacheFrom: [`${image}:latest`],
  platform: 'linux/amd64',
  wave,
  repository: image,
});

describe('renderRebuildSection', () => {
  it('lists the waves in order and marks images rebuilt only because their base changed', () => {
    const matrix: RebuildMatrix = { waves: [[entry('base', 1)], [entry('svc', 2)]], include: [entry('base', 1), entry('svc', 2)] };
    const touch = { images: [{ name: 'base', direct: true }, { name: 'svc', direct: false }], cascades: [] } as unknown as TouchResult;
    const md = renderRebuildSection(matrix, touch);
    expect(md).toContain('Images to rebuild (2, in 2 waves');
    expect(md).toMatch(/^1\. `base`$/m);
    expect(md).toMatch(/^2\. `svc` \(base changed\)$/m);
  });

  it('keeps names from the repository inside code spans, where markdown and HTML stay literal', () => {
    const name = 'evil|<img src=x>`@org/team';
    const matrix: RebuildMatrix = { waves: [[entry(name, 1)]], include: [entry(name, 1)] };
    const md = renderRebuildSection(matrix, { images: [{ name, direct: true }], cascades: [] } as unknown as TouchResult);
    // A backtick inside the name needs a longer fence: ``…``.
    expect(md).toContain('1. ``evil|<img src=x>`@org/team``');
    expect(md.replace(/``[^\n]*?``/g, '')).not.toMatch(/<img|@org/);
  });

  it('says so when nothing needs a rebuild', () => {
    const md = renderRebuildSection({ waves: [], include: [] }, { images: [], cascades: [] });
    expect(md).toContain('nothing to rebuild');
  });
});
