// Estimated size deltas of a bump plan on the demo monorepo, against a real index built from wheels.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsReader } from '../../src/adapters/fs-reader.js';
import { estimateBumpSizes } from '../../src/bump/size-section.js';
import type { Plan, PlannedBump } from '../../src/bump/types.js';
import { resolveConfig } from '../../src/config.js';
import { createIndexClient, type IndexClient } from '../../src/index/client.js';
import { scanRepository } from '../../src/scan.js';
import { createRangeReader } from '../../src/size/range-reader.js';
import { renderSizeSection } from '../../src/size/render.js';
import type { Workspace } from '../../src/model/types.js';
import { DEMO_UNIVERSE } from '../support/demo-universe.js';
import { buildIndex } from '../support/package-index/build.js';

const PAYLOAD_DELTA = 1_000_000; // openai 1.57.4 → 1.58.0 in the demo universe
const config = resolveConfig({ constraints: 'docker/base/requirements-constraints.txt' });
const bump = (name: string, from: string, to: string): PlannedBump => ({ name, from, to, updateType: 'minor', consumers: 1 });
const planOf = (...bumps: PlannedBump[]): Plan => ({ bumps, held: [], errors: [] });

let dir: string;
let fileUrl: string;
let workspace: Workspace;
let index: IndexClient;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'monopin-bump-size-'));
  fileUrl = (await buildIndex(dir, DEMO_UNIVERSE)).fileUrl;
  workspace = (await scanRepository(createFsReader('test/fixtures/monorepo'), config)).workspace;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('estimateBumpSizes on the demo monorepo', () => {
  it('gives ai-base (and the images built on it) the openai payload growth, python-base nothing', async () => {
    index = createIndexClient({ indexUrl: fileUrl });
    const notes: string[] = [];
    const results = await estimateBumpSizes({ workspace, config, changes: planOf(bump('openai', '1.57.4', '1.58.0')).bumps, index, pythonVersion: '3.12', onNote: (n) => notes.push(n) });
    expect(notes).toEqual([]);
    expect(results.map((r) => r.image)).toEqual(['agent', 'ai-base', 'reporter', 'search']);
    expect(results.find((r) => r.image === 'python-base')).toBeUndefined();
    const ai = results.find((r) => r.image === 'ai-base')!;
    expect(ai.target).toEqual({ pythonVersion: '3.12', platform: 'linux/amd64', libc: 'glibc', glibcVersion: '2.36' });
    expect(ai.deltaBytes).toBeGreaterThan(0);
    expect(Math.abs(ai.deltaBytes - PAYLOAD_DELTA) / PAYLOAD_DELTA).toBeLessThan(0.1);
    // httpx came in with openai 1.57.4 already: not counted as added
    expect(ai.contributors.map((c) => c.name)).toEqual(['openai']);
    // one cache for all images: each wheel is read once, by the first image that needs it
    expect(results.filter((r) => r.bytesFetched > 0)).toHaveLength(1);
    expect(renderSizeSection(results)).toMatch(/\*\*ai-base\*\*[\s\S]*\+1\.0 MB installed/);
  });

  it('counts a bumped transitive pin of a touched image; unreadable wheels and images become notes', async () => {
    index = createIndexClient({ indexUrl: fileUrl });
    const failing = { readTail: () => Promise.reject(new Error('boom')), readRange: () => Promise.reject(new Error('boom')) };
    const plan = planOf(bump('fastapi', '0.115.6', '0.115.8'), bump('starlette', '0.41.3', '0.45.3'));
    const results = await estimateBumpSizes({ workspace, config, changes: plan.bumps, index, reader: failing, pythonVersion: '3.12' });
    // python-base installs fastapi, which requires starlette: the central pin holds there through -c
    const base = results.find((r) => r.image === 'python-base')!;
    expect(base.contributors.map((c) => c.name).sort()).toEqual(['fastapi', 'starlette']);
    expect(base.contributors[0]?.note).toMatch(/size unknown: boom/);
    expect(base.contributors[0]?.unknown).toBe(true);

    const notes: string[] = [];
    const broken = { project: (name: string) => index.project(name), metadata: (): never => { throw new Error('index down'); } };
    const none = await estimateBumpSizes({ workspace, config, changes: plan.bumps, index: broken, reader: createRangeReader(), pythonVersion: '3.12', onNote: (n) => notes.push(n) });
    expect(none).toEqual([]);
    expect(notes).toContain('python-base: size not estimated: index down');
  });

  it('says so for a platform without wheel tags, and plans without bumps size nothing', async () => {
    index = createIndexClient({ indexUrl: fileUrl });
    const notes: string[] = [];
    const s390 = { ...config, platform: 'linux/s390x' };
    expect(await estimateBumpSizes({ workspace, config: s390, changes: planOf(bump('openai', '1.57.4', '1.58.0')).bumps, index, pythonVersion: '3.12', onNote: (n) => notes.push(n) })).toEqual([]);
    expect(notes).toEqual([expect.stringMatching(/linux\/s390x/)]);
    expect(await estimateBumpSizes({ workspace, config, changes: [], index, pythonVersion: '3.12' })).toEqual([]);
  });
});
