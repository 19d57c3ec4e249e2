import { describe, expect, it } from 'vitest';
import type { ParsedFile } from '../../src/load.js';
import type { IncludeRef } from '../../src/sources/types.js';
import type { InstallSite } from '../../src/model/types.js';
import { findCentralConstraints } from '../../src/model/central.js';

const at = { file: 'x', line: 1, column: 1 };

function file(path: string, kind: 'constraints' | 'requirements', includes: string[] = []): ParsedFile {
  const refs: IncludeRef[] = includes.map((target) => ({ kind: 'constraint', target, location: at }));
  return { kind, path, parsed: { path, occurrences: [], includes: refs, options: [], unnamed: [], issues: [] } };
}

function site(...constraints: string[]): InstallSite {
  return {
    dockerfile: 'Dockerfile',
    install: { tool: 'pip', location: at, requirementFiles: [], constraintFiles: constraints.map((path) => ({ path, location: at })), packages: [], noCompile: false, workdir: '/', stage: 0 },
    requirementFiles: [],
    constraintFiles: constraints.map(() => undefined),
    constrained: constraints.length > 0,
    central: false,
  };
}

describe('findCentralConstraints', () => {
  it('takes the configured file', () => {
    expect(findCentralConstraints([file('a/constraints.txt', 'constraints')], [], 'b/c.txt')).toBe('b/c.txt');
  });

  it('takes the file most used through -c in requirements files and Dockerfiles (by base name)', () => {
    const files = [file('a/constraints.txt', 'constraints'), file('base/pins-constraints.txt', 'constraints'), file('svc/requirements.txt', 'requirements', ['../a/constraints.txt'])];
    expect(findCentralConstraints(files, [])).toBe('a/constraints.txt');
    expect(findCentralConstraints(files, [site('/etc/pip/pins-constraints.txt'), site('/etc/pip/pins-constraints.txt')])).toBe('base/pins-constraints.txt');
  });

  it('breaks ties by depth, then by path', () => {
    expect(findCentralConstraints([file('a/b/constraints.txt', 'constraints'), file('z/constraints.txt', 'constraints')], [site('/c/constraints.txt')])).toBe('z/constraints.txt');
    expect(findCentralConstraints([file('b/constraints.txt', 'constraints'), file('a/constraints.txt', 'constraints')], [])).toBe('a/constraints.txt');
  });

  it('stays linear when every service keeps a constraints file of the same name', () => {
    const files = Array.from({ length: 10_000 }, (_, i) => file(`services/s${i}/constraints.txt`, 'constraints'));
    const installs = Array.from({ length: 10_000 }, () => site('/app/constraints.txt'));
    const started = performance.now();
    expect(findCentralConstraints(files, installs)).toBe('services/s0/constraints.txt');
    // comparing every install with every file took 53 s here
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
