import { describe, expect, it } from 'vitest';
import { createFsReader } from '../../src/adapters/fs-reader.js';
import { imageGraph, type ImageGraph } from '../../src/model/types.js';
import { detectCascades, touchedImages } from '../../src/rebuild/touched.js';
import { resolveConfig } from '../../src/config.js';
import { scanRepository } from '../../src/scan.js';
import type { Workspace } from '../../src/model/types.js';
import { memoryReader } from '../support/memory-reader.js';

const ALL = ['agent', 'ai-base', 'api', 'gateway', 'notifier', 'python-base', 'reporter', 'scanner', 'search', 'security-base', 'worker'];

async function demo(): Promise<{ workspace: Workspace; graph: ImageGraph }> {
  const config = resolveConfig({ constraints: 'docker/base/requirements-constraints.txt' });
  const { workspace } = await scanRepository(createFsReader('test/fixtures/monorepo'), config);
  return { workspace, graph: imageGraph(workspace) };
}

async function small(files: Record<string, string>, namespace?: string): Promise<{ workspace: Workspace; graph: ImageGraph }> {
  const config = resolveConfig({ namespace });
  const { workspace } = await scanRepository(memoryReader(files), config);
  return { workspace, graph: imageGraph(workspace) };
}

describe('touched images in the demo monorepo', () => {
  it.each([
    ['openai', ['agent', 'ai-base', 'reporter', 'search']],
    ['OpenAI', ['agent', 'ai-base', 'reporter', 'search']],
    ['fastapi', ALL],
    ['pyjwt', ['gateway', 'scanner', 'security-base']],
    ['celery', ['worker']],
    ['starlette', []],
  ])('a change of %s touches %j through installs and FROM', async (pkg, expected) => {
    const { workspace, graph } = await demo();
    const result = touchedImages({ workspace, graph, changedPackages: [pkg] });
    expect(result.images.filter((i) => i.direct).map((i) => i.name)).toEqual(expected);
  });

  it('says why: the inline pin, the requirements file, the base', async () => {
    const { workspace, graph } = await demo();
    const images = touchedImages({ workspace, graph, changedPackages: ['openai'] }).images;
    expect(images.find((i) => i.name === 'ai-base')?.reasons).toContainEqual({ kind: 'installs', package: 'openai', file: 'docker/base/ai-base.Dockerfile', line: 4 });
    expect(images.find((i) => i.name === 'reporter')?.reasons).toEqual(
      expect.arrayContaining([{ kind: 'installs', package: 'openai', file: 'services/reporter/requirements.txt', line: expect.any(Number) }, { kind: 'base', base: 'ai-base' }]),
    );
    expect(images.find((i) => i.name === 'agent')?.reasons).toEqual(
      expect.arrayContaining([{ kind: 'installs', package: 'openai', file: 'services/agent/pyproject.toml', line: expect.any(Number) }, { kind: 'base', base: 'ai-base' }]),
    );
  });

  it('marks every image below python-base as cascade: its COPY of the whole constraints file changes with any pin', async () => {
    const { workspace, graph } = await demo();
    const result = touchedImages({ workspace, graph, changedPackages: ['openai'] });
    expect(result.images.map((i) => i.name)).toEqual(ALL);
    expect(result.images.filter((i) => i.cascade).map((i) => i.name)).toEqual(ALL);
    expect(result.images.find((i) => i.name === 'python-base')).toEqual({
      name: 'python-base',
      direct: false,
      cascade: true,
      reasons: [{ kind: 'constraints-copy', file: 'docker/base/requirements-constraints.txt', line: 8 }],
    });
  });

  it('detects the cascade and offers a per-image constraints slice', async () => {
    const { workspace, graph } = await demo();
    const cascades = detectCascades(workspace, graph);
    expect(cascades.map((c) => c.name)).toEqual(['python-base', 'scanner']);
    const base = cascades[0]!;
    expect(base.invalidates).toEqual(['python-base', 'agent', 'ai-base', 'api', 'gateway', 'notifier', 'reporter', 'scanner', 'search', 'security-base', 'worker']);
    expect(base.reason).toMatch(/^python-base COPYs the whole constraints file docker\/base\/requirements-constraints\.txt \(docker\/base\/python-base\.Dockerfile:8\): every pin change invalidates that layer and rebuilds python-base and the 10 images built on it/);
    expect(base.fix.file).toBe('docker/base/python-base-constraints.txt');
    expect(base.fix.content).toBe('fastapi==0.115.6\npydantic==2.10.4\nrequests==2.32.3\nuvicorn==0.32.1\n');
    expect(base.fix.text).toContain('COPY that file to /etc/pip/constraints.txt instead of docker/base/requirements-constraints.txt');
    expect(base.fix.text).toContain('install with -c /etc/pip/constraints.txt (agent, ai-base, api, gateway, reporter, search, worker)');
    expect(cascades[1]!.fix.content).toBe('cryptography==44.0.0\npyjwt==2.10.1\nrequests==2.32.3\n');
  });

  it('reports no cascade when nothing about the pins changed', async () => {
    const { workspace, graph } = await demo();
    const result = touchedImages({ workspace, graph, changedFiles: ['services/worker/worker.py'] });
    expect(result.images).toEqual([{ name: 'worker', direct: true, cascade: false, reasons: [{ kind: 'file-changed', file: 'services/worker/worker.py' }] }]);
    expect(result.cascades).toHaveLength(2);
  });

  it('counts a changed constraints file as a pin change (cascade), not a plain file change', async () => {
    const { workspace, graph } = await demo();
    const result = touchedImages({ workspace, graph, changedFiles: ['docker/base/requirements-constraints.txt'] });
    expect(result.images.filter((i) => i.direct)).toEqual([]);
    expect(result.images.filter((i) => i.cascade).map((i) => i.name)).toEqual(ALL);
  });
});

describe('touched by files', () => {
  const files = {
    'docker/base.Dockerfile': 'FROM python:3.12-slim\nRUN pip install requests==2.32.3\n',
    'app/Dockerfile': 'FROM acme/base:1\nCOPY requirements.txt /app/\nCOPY src/ /app/src/\nCOPY conf/*.yml /etc/app/\nRUN pip install -r /app/requirements.txt\n',
    'app/requirements.txt': '-r ../libs/shared.txt\nhttpx>=0.27\n',
    'libs/shared.txt': 'structlog>=24\n',
    'other/Dockerfile': 'FROM python:3.12-slim\nCOPY . /srv\n',
  };

  it.each([
    ['docker/base.Dockerfile', ['app', 'base']],
    ['app/Dockerfile', ['app']],
    ['app/src/main.py', ['app']],
    ['app/conf/app.yml', ['app']],
    ['app/conf/app.json', []],
    ['app/README.md', []],
    ['other/anything.txt', ['other']],
  ])('a change to %s touches %j', async (file, expected) => {
    // `namespace: acme` says acme/base is this repository's base image, not someone else's on Docker Hub.
    const { workspace, graph } = await small(files, 'acme');
    expect(touchedImages({ workspace, graph, changedFiles: [file] }).images.map((i) => i.name)).toEqual(expected);
  });

  it('follows -r includes of a COPYed requirements file', async () => {
    const { workspace, graph } = await small(files);
    const result = touchedImages({ workspace, graph, changedPackages: ['structlog'] });
    expect(result.images).toEqual([{ name: 'app', direct: true, cascade: false, reasons: [{ kind: 'installs', package: 'structlog', file: 'libs/shared.txt', line: 1 }] }]);
  });
});
