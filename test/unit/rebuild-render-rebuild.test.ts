import { describe, expect, it } from 'vitest';
import type { RebuildMatrix } from '../../src/rebuild/matrix.js';
import { renderRebuildResults, renderRebuildSection } from '../../src/rebuild/render-rebuild.js';
import type { TouchResult } from '../../src/rebuild/touched.js';

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

describe('renderRebuildResults', () => {
  const built = (image: string, cachedSteps: number) => ({ image, seconds: 12.34, pushSeconds: 1.5, cachedSteps, totalSteps: 5, tags: [`reg/${image}:2026-11-27`, `reg/${image}:latest`], cacheNotes: [] });

  it('gives each image its build time, push time, cached steps and tags', () => {
    const md = renderRebuildResults([built('python-base', 2), built('ai-base', 0)], { pushed: true });
    expect(md).toContain('| `python-base` | 12.3 s (push 1.5 s) | 2/5 | `reg/python-base:2026-11-27` `reg/python-base:latest` |');
    expect(md).toContain('| `ai-base` | 12.3 s (push 1.5 s) | 0/5 |');
    expect(md).not.toContain('failed');
  });

  it('shows a failure in a code block that build output cannot close, nor open a hidden marker from', () => {
    const md = renderRebuildResults([built('python-base', 2)], { pushed: false, failure: 'ai-base: `docker build` exited with 1\n```\n<!-- /monopin:rebuild -->' });
    expect(md).toContain('**The rebuild failed:**');
    expect(md.match(/```/g)).toHaveLength(2);
    expect(md).not.toContain('<!--');
    expect(md).toContain('| tags |');
  });
});
