// Migration order by depends_on: dependencies first, per compose project, cycles reported.
import { describe, expect, it } from 'vitest';
import { createFsReader } from '../../src/adapters/fs-reader.js';
import { resolveConfig } from '../../src/config.js';
import { migrationOrder } from '../../src/model/migration-order.js';
import { renderOrderJson, renderOrderMarkdown, renderOrderText } from '../../src/report/order.js';
import { scanRepository } from '../../src/scan.js';
import { memoryReader } from '../support/memory-reader.js';

describe('migration order', () => {
  it('puts the demo services after what they depend on, the most depended-on first, with their conflicts', async () => {
    const { workspace, findings } = await scanRepository(createFsReader('test/fixtures/monorepo'), resolveConfig({ constraints: 'docker/base/requirements-constraints.txt' }));
    const order = migrationOrder(workspace, findings);
    const waves = order.waves.map((w) => w.map((s) => s.service));
    // redis and ollama first; worker (depends on redis) before api (redis, worker); api before gateway and search.
    expect(waves[0]!.slice(0, 2)).toEqual(['redis', 'ollama']);
    const wave = (id: string): number => waves.findIndex((w) => w.includes(id));
    expect(wave('worker')).toBeLessThan(wave('api'));
    expect(wave('api')).toBeLessThan(wave('gateway'));
    expect(wave('api')).toBeLessThan(wave('search'));
    expect(order.cycles).toEqual([]);
    const worker = order.waves.flat().find((s) => s.service === 'worker')!;
    expect(worker).toMatchObject({ project: '', dependents: 1, transitiveDependents: 3, images: ['services/worker/Dockerfile'] });
    expect(worker.conflicts).toEqual([{ rule: 'conflict', package: 'pydantic', file: 'services/worker/requirements.txt', line: 4 }]);
    const json = JSON.parse(renderOrderJson(order)) as { waves: Record<string, unknown>[][] };
    expect(Object.keys(json.waves[0]![0]!)).toEqual(['service', 'project', 'dependents', 'transitiveDependents', 'images', 'conflicts']);
    expect(renderOrderText(order)).toContain('\n  worker  3 dependents (1 direct)  builds services/worker/Dockerfile\n    conflict pydantic  services/worker/requirements.txt:4\n');
    const table = renderOrderMarkdown(order).split('\n').filter((l) => l.startsWith('|'));
    expect(table.every((row) => row.split(' | ').length <= 4)).toBe(true);
  });

  it('orders each project on its own and reports a depends_on cycle instead of looping', async () => {
    const { workspace, findings } = await scanRepository(
      memoryReader({
        'docker-compose.yml': 'services:\n  a: { image: x, depends_on: [b] }\n  b: { image: x, depends_on: [a] }\n  c: { image: x }\n  d: { image: x, depends_on: [c] }\n',
        'edge/compose.yaml': 'services:\n  a: { image: x }\n  d: { image: x, depends_on: [a] }\n',
      }),
      resolveConfig(),
    );
    const order = migrationOrder(workspace, findings);
    expect(order.waves.map((w) => w.map((s) => s.service))).toEqual([['c', 'edge/a'], ['d', 'edge/d'], ['a', 'b']]);
    expect(order.cycles).toEqual([['a', 'b', 'a']]);
    expect(renderOrderText(order)).toContain('Cycles (change one depends_on of each):\n  a → b → a\n');
  });
});
