import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MAX_WAVE_OUTPUTS, setRebuildOutputs } from '../../src/action/rebuild-outputs.js';
import { rebuildMatrix } from '../../src/rebuild/matrix.js';
import { resolveConfig } from '../../src/config.js';
import type { ImageNode } from '../../src/model/types.js';

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.ts') ? [join(dir, e.name)] : []))));
  return nested.flat();
}

/** Every output name src/ sets: literal `setOutput('name', …)` calls, and the per-wave template expanded up to its cap. */
async function outputsSet(): Promise<{ names: Set<string>; unread: string[] }> {
  const names = new Set<string>();
  const unread: string[] = [];
  for (const file of await sourceFiles('src')) {
    const source = await readFile(file, 'utf8');
    for (const m of source.matchAll(/setOutput\(\s*([^,)]+)/g)) {
      const arg = m[1]!.trim();
      const literal = /^'([^']+)'$/.exec(arg);
      if (literal) names.add(literal[1]!);
      else if (arg === '`rebuild-matrix-wave-${wave}`') for (let n = 1; n <= MAX_WAVE_OUTPUTS; n++) names.add(`rebuild-matrix-wave-${n}`);
      // The Runner interface and its @actions/core wiring pass a name through; anything else is a name this test cannot read.
      else if (arg !== 'name: string' && arg !== 'name') unread.push(`${file}: setOutput(${arg}`);
    }
  }
  return { names, unread };
}

const node = (name: string, bases: string[] = []): ImageNode => ({ name, dockerfile: `docker/${name}.Dockerfile`, context: '.', bases, externalBases: [], inferred: false });

describe('action.yml', () => {
  it('declares every output the action sets, and sets every output it declares', async () => {
    const action = parse(await readFile('action.yml', 'utf8')) as { outputs: Record<string, unknown> };
    const { names, unread } = await outputsSet();
    expect(unread).toEqual([]);
    expect(names.size).toBeGreaterThan(10);
    expect([...names].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('gives the first MAX_WAVE_OUTPUTS waves an output each and warns that the rest are only in rebuild-matrix', () => {
    const chain = Array.from({ length: 12 }, (_, i) => [node(`img-${i + 1}`, i === 0 ? [] : [`img-${i}`])]);
    const matrix = rebuildMatrix({ waves: chain, config: resolveConfig(), now: new Date('2026-11-27T00:00:00Z') });
    const outputs = new Map<string, string | number>();
    const warnings: string[] = [];
    setRebuildOutputs({ setOutput: (name, value) => outputs.set(name, value), warning: (m) => warnings.push(m) }, matrix);
    expect(outputs.get('rebuild-waves')).toBe(12);
    expect(JSON.parse(String(outputs.get('rebuild-matrix-wave-10')))).toMatchObject({ include: [{ image: 'img-10', wave: 10 }] });
    expect(outputs.has('rebuild-matrix-wave-11')).toBe(false);
    expect((JSON.parse(String(outputs.get('rebuild-matrix'))) as { include: { wave: number }[] }).include.map((e) => e.wave)).toContain(12);
    expect(warnings).toEqual([expect.stringContaining('waves 11 to 12 are only in rebuild-matrix')]);
  });

  it('sets no wave output and no warning when nothing is rebuilt', () => {
    const outputs = new Map<string, string | number>();
    const warnings: string[] = [];
    setRebuildOutputs({ setOutput: (name, value) => outputs.set(name, value), warning: (m) => warnings.push(m) }, { waves: [], include: [] });
    expect([...outputs.keys()]).toEqual(['rebuild-matrix', 'rebuild-waves']);
    expect(outputs.get('rebuild-waves')).toBe(0);
    expect(warnings).toEqual([]);
  });
});
