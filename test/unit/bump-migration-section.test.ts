// The bump PR's migration order: the services its pins reach, dependencies first.
import { describe, expect, it } from 'vitest';
import { createFsReader } from '../../src/adapters/fs-reader.js';
import { renderMigrationSection, servicesReached } from '../../src/bump/migration-section.js';
import { renderBumpPrBody } from '../../src/bump/pr-body.js';
import type { Plan } from '../../src/bump/types.js';
import { resolveConfig } from '../../src/config.js';
import { migrationOrder, type MigrationOrder, type OrderEntry } from '../../src/model/migration-order.js';
import { scanRepository } from '../../src/scan.js';

const entry = (service: string, transitiveDependents = 0): OrderEntry => ({ service, project: '', dependents: transitiveDependents, transitiveDependents, images: [], conflicts: [] });

describe('the bump PR migration order', () => {
  it('lists the demo services a bumped pin reaches, in depends_on waves', async () => {
    const { workspace } = await scanRepository(createFsReader('test/fixtures/monorepo'), resolveConfig({ constraints: 'docker/base/requirements-constraints.txt' }));
    const order = migrationOrder(workspace, []);
    // redis is named by the worker's and the notifier's requirements; openai by the agent's pyproject and the reporter's requirements.
    expect([...servicesReached(workspace, ['redis'], [])].sort()).toEqual(['notifier', 'worker']);
    // An image to rebuild reaches the services that build it.
    expect([...servicesReached(workspace, [], ['api'])]).toEqual(['api']);
    const section = renderMigrationSection(order, servicesReached(workspace, ['redis', 'fastapi'], []));
    expect(section).toContain('### Migration order');
    expect(section).toContain('`monopin order` prints every service');
    // worker (wave 2 of the demo) before api (wave 3), which depends on it.
    expect(section.indexOf('worker (3 dependents)')).toBeLessThan(section.indexOf('api (2 dependents)'));
    expect(renderMigrationSection(order, new Set())).toBe('');
  });

  it('keeps long orders short: 8 names a wave, 10 waves', () => {
    const order: MigrationOrder = { waves: Array.from({ length: 12 }, (_, w) => Array.from({ length: 9 }, (_, i) => entry(`s${w}-${i}`))), cycles: [] };
    const section = renderMigrationSection(order, new Set(order.waves.flat().map((s) => s.service)));
    expect(section).toContain('1. s0-0, s0-1, s0-2, s0-3, s0-4, s0-5, s0-6, s0-7, +1 more\n');
    expect(section).toContain('\n10. s9-0,');
    expect(section).not.toContain('11. ');
    expect(section).toContain('_…and 2 more waves: `monopin order`._');
  });

  it('sits in the PR body after the rebuild section, and shrinks to a pointer when the body must', () => {
    const plan: Plan = { bumps: [{ name: 'redis', from: '5.2.1', to: '5.3.0', updateType: 'minor', consumers: 2 }], held: [], errors: [] };
    const migrationSection = renderMigrationSection({ waves: [[entry('worker', 3)], [entry('api', 2)]], cycles: [] }, new Set(['worker', 'api']));
    const options = { plan, diff: `${'+x\n'.repeat(2000)}`, constraintsFile: 'c.txt', indexPageUrl: (n: string) => `https://pypi.org/project/${n}/`, rebuildSection: '1. `python-base`', migrationSection };
    const full = renderBumpPrBody(options);
    expect(full).toContain('### Migration order');
    expect(full).toContain('1. worker (3 dependents)\n2. api (2 dependents)');
    expect(full.indexOf('### Migration order')).toBeGreaterThan(full.indexOf('<!-- /monopin:rebuild -->'));
    // Too long even without the diff: the sections give way to pointers.
    const max = renderBumpPrBody({ ...options, diff: '' }).length;
    const short = renderBumpPrBody({ ...options, maxLength: max });
    expect(short.length).toBeLessThanOrEqual(max);
    expect(short).not.toContain('### Migration order');
    expect(short).toContain('Migration order: `monopin order` lists the services in `depends_on` waves, dependencies first.');
  });
});
