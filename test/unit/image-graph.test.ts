import { describe, expect, it } from 'vitest';
import { createFsReader } from '../../src/adapters/fs-reader.js';
import { imageGraph, type ImageGraph } from '../../src/model/types.js';
import { ImageCycleError, MissingBaseError, rebuildWaves } from '../../src/rebuild/waves.js';
import { resolveConfig, type Config } from '../../src/config.js';
import { scanRepository } from '../../src/scan.js';
import type { Workspace } from '../../src/model/types.js';
import { memoryReader } from '../support/memory-reader.js';

async function graphOf(files: Record<string, string>, config: Partial<Config> = {}): Promise<{ graph: ImageGraph; workspace: Workspace }> {
  const resolved = resolveConfig(config);
  const { workspace } = await scanRepository(memoryReader(files), resolved);
  return { graph: imageGraph(workspace), workspace };
}

async function demoGraph(): Promise<ImageGraph> {
  const config = resolveConfig({ constraints: 'docker/base/requirements-constraints.txt' });
  const { workspace } = await scanRepository(createFsReader('test/fixtures/monorepo'), config);
  return imageGraph(workspace);
}

const names = (waves: { name: string }[][]): string[][] => waves.map((w) => w.map((n) => n.name));

describe('image graph of the demo monorepo', () => {
  it('builds base images first and every service in the last wave', async () => {
    expect(names(rebuildWaves(await demoGraph()))).toEqual([
      ['python-base'],
      ['ai-base', 'security-base'],
      ['agent', 'api', 'gateway', 'notifier', 'reporter', 'scanner', 'search', 'worker'],
    ]);
  });

  it('builds each image as soon as its bases are ready with order: early', async () => {
    expect(names(rebuildWaves(await demoGraph(), { order: 'early' }))).toEqual([
      ['python-base'],
      ['ai-base', 'api', 'notifier', 'security-base', 'worker'],
      ['agent', 'gateway', 'reporter', 'scanner', 'search'],
    ]);
  });

  it.each([
    ['agent', ['ai-base']],
    ['reporter', ['ai-base']],
    ['search', ['ai-base']],
    ['gateway', ['security-base']],
    ['scanner', ['security-base']],
    ['api', ['python-base']],
    ['worker', ['python-base']],
    ['notifier', ['python-base']],
    ['ai-base', ['python-base']],
    ['security-base', ['python-base']],
    ['python-base', []],
  ])('%s is built FROM %j', async (name, bases) => {
    const node = (await demoGraph()).nodes.find((n) => n.name === name);
    expect(node?.bases).toEqual(bases);
    expect(node?.inferred).toBe(false);
  });

  it('resolves ${REGISTRY}/python-base to the compose image and keeps python:3.12-slim external', async () => {
    const graph = await demoGraph();
    expect(graph.nodes.find((n) => n.name === 'python-base')).toMatchObject({
      name: 'python-base',
      dockerfile: 'docker/base/python-base.Dockerfile',
      context: '.',
      repository: 'ghcr.io/acme/python-base',
      bases: [],
      externalBases: ['python:3.12-slim'],
      inferred: false,
    });
    expect(graph.nodes.find((n) => n.name === 'worker')).toMatchObject({ dockerfile: 'services/worker/Dockerfile', context: 'services/worker', externalBases: [] });
    expect(graph.warnings).toEqual([]);
  });
});

describe('image names', () => {
  it.each([
    ['docker/agent-base.Dockerfile'],
    ['docker/Dockerfile.agent-base'],
    ['images/agent-base/Dockerfile'],
  ])('infers agent-base from %s, reported as inferred, repository from the FROM', async (dockerfile) => {
    const { graph } = await graphOf({
      [dockerfile]: 'FROM python:3.12-slim\nRUN pip install numpy==2.1.3\n',
      'svc/Dockerfile': 'FROM ghcr.io/acme/agent-base:latest\nRUN pip install openai==1.57.4\n',
    });
    const base = graph.nodes.find((n) => n.dockerfile === dockerfile);
    expect(base).toMatchObject({ name: 'agent-base', inferred: true, repository: 'ghcr.io/acme/agent-base', externalBases: ['python:3.12-slim'] });
    expect(graph.nodes.find((n) => n.dockerfile === 'svc/Dockerfile')).toMatchObject({ bases: ['agent-base'], externalBases: [], inferred: false });
    expect(names(rebuildWaves(graph))).toEqual([['agent-base'], ['svc']]);
  });

  it.each([
    ['ghcr.io/acme/python-base:latest', 'ghcr.io/acme/python-base'],
    ['ghcr.io/acme/python-base@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', 'ghcr.io/acme/python-base'],
    ['registry.internal:5000/acme/python-base:2026-01-01', 'ghcr.io/acme/python-base'],
    ['python-base', 'ghcr.io/acme/python-base'],
    ['ghcr.io/acme/python-base:3', 'python-base'],
  ])('FROM %s resolves to config image python-base (repository %s)', async (from, repository) => {
    const { graph } = await graphOf(
      {
        'docker/base.Dockerfile': 'FROM python:3.12-slim\n',
        'svc/Dockerfile': `FROM ${from}\n`,
      },
      { images: { 'python-base': { dockerfile: 'docker/base.Dockerfile', repository } } },
    );
    expect(graph.nodes.find((n) => n.name === 'svc')?.bases).toEqual(['python-base']);
    expect(graph.nodes.find((n) => n.name === 'python-base')).toMatchObject({ repository, inferred: false, dockerfile: 'docker/base.Dockerfile' });
  });

  it('keeps another organisation\'s image of the same name external', async () => {
    const { graph } = await graphOf(
      { 'docker/base.Dockerfile': 'FROM python:3.12-slim\n', 'svc/Dockerfile': 'FROM ghcr.io/other/python-base:latest\n' },
      { images: { 'python-base': { dockerfile: 'docker/base.Dockerfile', repository: 'ghcr.io/acme/python-base' } } },
    );
    expect(graph.nodes.find((n) => n.name === 'svc')).toMatchObject({ bases: [], externalBases: ['ghcr.io/other/python-base:latest'] });
  });

  it('leaves an ambiguous name external with a warning and the config that settles it', async () => {
    const { graph, workspace } = await graphOf({
      'a/base/Dockerfile': 'FROM python:3.12-slim\n',
      'b/base/Dockerfile': 'FROM python:3.12-slim\n',
      'svc/Dockerfile': 'FROM base:latest\n',
    });
    expect(graph.nodes.find((n) => n.name === 'svc')?.externalBases).toEqual(['base:latest']);
    expect(graph.warnings).toEqual([expect.stringMatching(/^svc\/Dockerfile:1: FROM base:latest could be a-base or b-base; treated as external \(name the one it means in config images/)]);
    expect(workspace.ambiguities).toEqual([{ file: 'svc/Dockerfile', line: 1, reference: 'base:latest', candidates: ['a-base', 'b-base'], settle: expect.stringContaining('repository: base') }]);
  });

  it('keeps a Docker Hub namespace it does not own external, even where an image of the same name is built', async () => {
    const { graph } = await graphOf({
      'pytorch/Dockerfile': 'FROM python:3.12-slim\nRUN pip install torch==2.1.0\n',
      'trainer/Dockerfile': 'FROM pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime\n',
    });
    expect(graph.nodes.find((n) => n.name === 'trainer')).toMatchObject({ bases: [], externalBases: ['pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime'] });
    expect(graph.nodes.find((n) => n.name === 'pytorch')?.repository).toBe('pytorch');
  });

  it('never names an image after the upstream image it is built FROM', async () => {
    const { graph, workspace } = await graphOf({
      'docker/python/Dockerfile': 'FROM python:3.12-slim\nRUN pip install uv\n',
      'svc/Dockerfile': 'FROM python:3.12-slim\n',
    });
    expect(graph.nodes.find((n) => n.name === 'python')).toMatchObject({ externalBases: ['python:3.12-slim'] });
    expect(graph.nodes.find((n) => n.name === 'python')?.repository).toBeUndefined();
    expect(graph.nodes.find((n) => n.name === 'svc')).toMatchObject({ bases: [], externalBases: ['python:3.12-slim'] });
    expect(workspace.modelIssues).toEqual([expect.objectContaining({ rule: 'image-tag-collision', location: expect.objectContaining({ file: 'docker/python/Dockerfile', line: 1 }) })]);
  });

  it('counts every non-stage FROM of a multi-stage Dockerfile, not its stages', async () => {
    const { graph } = await graphOf({
      'docker/python-base.Dockerfile': 'FROM python:3.12-slim\n',
      'docker/node-base.Dockerfile': 'FROM node:22-slim\n',
      'svc/Dockerfile': 'FROM acme/node-base:1 AS ui\nRUN npm ci\nFROM acme/python-base:1 AS app\nCOPY --from=ui /dist /dist\nFROM app\n',
    });
    expect(graph.nodes.find((n) => n.name === 'svc')).toMatchObject({ bases: ['node-base', 'python-base'], externalBases: [] });
    expect(names(rebuildWaves(graph))).toEqual([['node-base', 'python-base'], ['svc']]);
  });

  it('merges a config entry with the compose service that builds the same Dockerfile', async () => {
    const { graph } = await graphOf(
      {
        'docker-compose.yml': 'services:\n  base:\n    image: ghcr.io/acme/base:latest\n    build:\n      context: docker\n      dockerfile: base.Dockerfile\n',
        'docker/base.Dockerfile': 'FROM python:3.12-slim\n',
      },
      { images: { 'python-base': { dockerfile: 'docker/base.Dockerfile' } } },
    );
    expect(graph.nodes).toEqual([expect.objectContaining({ name: 'python-base', dockerfile: 'docker/base.Dockerfile', context: 'docker', repository: 'ghcr.io/acme/base', bases: [], externalBases: ['python:3.12-slim'], inferred: false })]);
  });
});

describe('errors', () => {
  it('names the cycle', async () => {
    const config = resolveConfig();
    const { workspace } = await scanRepository(createFsReader('test/fixtures/images/cycle'), config);
    const graph = imageGraph(workspace);
    expect(() => rebuildWaves(graph)).toThrow(ImageCycleError);
    expect(() => rebuildWaves(graph)).toThrow('images build FROM each other in a cycle: ai-base → python-base → ai-base');
  });

  it('names a three-image cycle base first', async () => {
    const { graph } = await graphOf({
      'a/Dockerfile': 'FROM acme/c\n',
      'b/Dockerfile': 'FROM acme/a\n',
      'c/Dockerfile': 'FROM acme/b\n',
      'd/Dockerfile': 'FROM acme/a\n',
    });
    let error: unknown;
    try {
      rebuildWaves(graph, { only: ['d'] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImageCycleError);
    expect((error as ImageCycleError).cycle).toEqual(['a', 'b', 'c', 'a']);
  });

  it('fails when a FROM names a config image whose Dockerfile is missing', async () => {
    const { graph } = await graphOf(
      { 'svc/Dockerfile': 'FROM ghcr.io/acme/python-base:latest\n' },
      { images: { 'python-base': { dockerfile: 'docker/python-base.Dockerfile', repository: 'ghcr.io/acme/python-base' } } },
    );
    expect(graph.missing).toEqual([{ name: 'python-base', dockerfile: 'docker/python-base.Dockerfile', referencedBy: ['svc'] }]);
    expect(() => rebuildWaves(graph)).toThrow(MissingBaseError);
    expect(() => rebuildWaves(graph)).toThrow('image python-base (FROM in svc) is declared in config images with dockerfile docker/python-base.Dockerfile, which does not exist');
  });

  it('warns, without failing, about a config image nothing uses whose Dockerfile is missing', async () => {
    const { graph } = await graphOf({ 'svc/Dockerfile': 'FROM python:3.12\n' }, { images: { old: { dockerfile: 'gone.Dockerfile' } } });
    expect(graph.warnings).toEqual(['config images.old: gone.Dockerfile does not exist']);
    expect(names(rebuildWaves(graph))).toEqual([['svc']]);
  });

  it('treats a base that resolves to nothing as external', async () => {
    const { graph } = await graphOf({ 'svc/Dockerfile': 'FROM ghcr.io/acme/unknown:1\n' });
    expect(graph.nodes).toMatchObject([{ name: 'svc', bases: [], externalBases: ['ghcr.io/acme/unknown:1'] }]);
    expect(names(rebuildWaves(graph))).toEqual([['svc']]);
  });
});
