import { describe, expect, it } from 'vitest';
import { createFsReader } from '../../src/adapters/fs-reader.js';
import { ImageCycleError } from '../../src/rebuild/waves.js';
import { resolveConfig, type Config } from '../../src/config.js';
import { runRebuild } from '../../src/rebuild-command.js';
import { scanRepository } from '../../src/scan.js';
import type { Workspace } from '../../src/model/types.js';
import { memoryReader } from '../support/memory-reader.js';

const NOW = new Date('2026-11-27T10:00:00Z');

async function demo(): Promise<{ workspace: Workspace; config: Config }> {
  const config = resolveConfig({ constraints: 'docker/base/requirements-constraints.txt' });
  const { workspace } = await scanRepository(createFsReader('test/fixtures/monorepo'), config);
  return { workspace, config };
}

describe('monopin rebuild (planning)', () => {
  it('prints { waves: [[{ image, dockerfile, context, tags }]], warnings, ambiguities } as JSON', async () => {
    const out = JSON.parse(await runRebuild({ ...(await demo()), format: 'json', now: NOW })) as { waves: { image: string }[][] };
    expect(Object.keys(out)).toEqual(['waves', 'warnings', 'ambiguities']);
    expect(out.waves.map((w) => w.map((e) => e.image))).toEqual([
      ['python-base'],
      ['ai-base', 'security-base'],
      ['agent', 'api', 'gateway', 'notifier', 'reporter', 'scanner', 'search', 'worker'],
    ]);
    expect(out.waves[1]![0]).toEqual({ image: 'ai-base', dockerfile: 'docker/base/ai-base.Dockerfile', context: '.', tags: ['ghcr.io/acme/ai-base:2026-11-27', 'ghcr.io/acme/ai-base:latest'] });
    for (const wave of out.waves) for (const entry of wave) expect(Object.keys(entry)).toEqual(['image', 'dockerfile', 'context', 'tags']);
  });

  it('prints the waves as text with tags, the cascade and its fix', async () => {
    const text = await runRebuild({ ...(await demo()), format: 'text', now: NOW });
    expect(text).toMatch(/^Rebuild 11 images in 3 waves · linux\/amd64 · inline cache\n/);
    expect(text).toContain('wave 1\n  python-base  docker/base/python-base.Dockerfile  (context .)  [cascade]\n    tags: ghcr.io/acme/python-base:2026-11-27, ghcr.io/acme/python-base:latest\n');
    expect(text).toContain('\nwave 2\n  ai-base  ');
    expect(text).toContain('Cascade:\n  python-base COPYs the whole constraints file docker/base/requirements-constraints.txt');
    expect(text).toContain('  docker/base/python-base-constraints.txt:\n    fastapi==0.115.6\n    pydantic==2.10.4\n    requests==2.32.3\n    uvicorn==0.32.1\n');
  });

  it('says why each image is rebuilt for a bump of openai, the cascade apart', async () => {
    const text = await runRebuild({ ...(await demo()), format: 'text', now: NOW, changedPackages: ['openai'] });
    expect(text).toContain('Changed packages: openai\n');
    expect(text).toContain('  ai-base  docker/base/ai-base.Dockerfile  (context .)\n    tags: ghcr.io/acme/ai-base:2026-11-27, ghcr.io/acme/ai-base:latest\n    why: installs openai (docker/base/ai-base.Dockerfile:4); built FROM python-base\n');
    expect(text).toContain('  worker  services/worker/Dockerfile  (context services/worker)  [cascade]\n');
  });

  it('rebuilds only the touched images when no cascade applies', async () => {
    const files = {
      'docker/python-base.Dockerfile': 'FROM python:3.12-slim\nRUN pip install fastapi==0.115.6\n',
      'docker/agent-base.Dockerfile': 'FROM ghcr.io/acme/python-base:latest\nRUN pip install openai==1.57.4\n',
      'agent/Dockerfile': 'FROM ghcr.io/acme/agent-base:latest\n',
      'web/Dockerfile': 'FROM ghcr.io/acme/python-base:latest\n',
    };
    const config = resolveConfig({ images: { 'python-base': { dockerfile: 'docker/python-base.Dockerfile', repository: 'ghcr.io/acme/python-base' } } });
    const { workspace } = await scanRepository(memoryReader(files), config);
    const json = JSON.parse(await runRebuild({ workspace, config, format: 'json', now: NOW, changedPackages: ['openai'] })) as { waves: { image: string; tags: string[] }[][] };
    expect(json.waves.map((w) => w.map((e) => e.image))).toEqual([['agent-base'], ['agent']]);
    expect(json.waves[0]![0]!.tags).toEqual(['ghcr.io/acme/agent-base:2026-11-27', 'ghcr.io/acme/agent-base:latest']);
    const text = await runRebuild({ workspace, config, format: 'text', now: NOW, changedPackages: ['openai'] });
    expect(text).toContain('  agent-base  docker/agent-base.Dockerfile  (context docker)  [inferred]\n');
    expect(text).not.toContain('Cascade:');
    expect(JSON.parse(await runRebuild({ workspace, config, format: 'json', now: NOW, changedPackages: [] }))).toEqual({ waves: [], warnings: [], ambiguities: [] });
  });

  it('throws the typed cycle error', async () => {
    const config = resolveConfig();
    const { workspace } = await scanRepository(createFsReader('test/fixtures/images/cycle'), config);
    await expect(runRebuild({ workspace, config, format: 'text', now: NOW })).rejects.toThrow(ImageCycleError);
    await expect(runRebuild({ workspace, config, format: 'json', now: NOW })).rejects.toThrow('ai-base → python-base → ai-base');
  });

  it('carries the warnings in JSON as in text, and marks the images it will not push', async () => {
    const files = {
      'docker-compose.yml': [
        'services:',
        '  web:',
        '    image: acme/web:${VERSION:-latest}',
        '    build: ./web',
        '  web-dev:',
        '    image: acme/web:dev',
        '    build: { context: ./web, dockerfile: Dockerfile.dev }',
        '  api:',
        '    image: acme/api:${TAG}',
        '    build: ./api',
        '  admin:',
        '    build: ./admin',
        '',
      ].join('\n'),
      'web/Dockerfile': 'FROM python:3.12-slim\n',
      'web/Dockerfile.dev': 'FROM python:3.12-slim\n',
      'api/Dockerfile': 'FROM python:3.12-slim\n',
      'svc/Dockerfile': 'FROM base:1\n',
      'a/base/Dockerfile': 'FROM python:3.12-slim\n',
      'b/base/Dockerfile': 'FROM python:3.12-slim\n',
    };
    const config = resolveConfig();
    const { workspace } = await scanRepository(memoryReader(files), config);
    const json = JSON.parse(await runRebuild({ workspace, config, format: 'json', now: NOW })) as {
      waves: { image: string; tags: string[]; push?: false }[][];
      warnings: string[];
      ambiguities: { reference: string; candidates: string[] }[];
    };
    const text = await runRebuild({ workspace, config, format: 'text', now: NOW });
    expect(json.warnings).toEqual([
      expect.stringMatching(/^docker-compose\.yml:\d+: missing-dockerfile: service admin builds admin\/Dockerfile/),
      expect.stringMatching(/^docker-compose\.yml:\d+: invalid-image-tag: service api: image 'acme\/api:' \(TAG not set/),
      expect.stringMatching(/^docker-compose\.yml:\d+: image-tag-collision: 2 images would be pushed as acme\/web/),
      expect.stringMatching(/^docker-compose\.yml:\d+: image-tag-collision: 2 images would be pushed as acme\/web/),
      expect.stringMatching(/^svc\/Dockerfile:1: FROM base:1 could be a-base or b-base; treated as external/),
    ]);
    for (const warning of json.warnings) expect(text).toContain(`  ${warning}\n`);
    expect(json.ambiguities).toEqual([expect.objectContaining({ reference: 'base:1', candidates: ['a-base', 'b-base'] })]);
    const entries = json.waves.flat();
    expect(entries.filter((e) => e.push === false).map((e) => e.image).sort()).toEqual(['api', 'web', 'web-dev']);
    expect(text).toMatch(/ {2}web {2}web\/Dockerfile {2}\(context web\) {2}\[not pushed\]\n/);
  });
});
