// Compose projects, merging and interpolation as `docker compose` does them; Docker's reference grammar.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { interpolate } from '../../src/model/interpolate.js';
import { referenceProblem } from '../../src/model/image-ref.js';
import { scanRepository } from '../../src/scan.js';
import { memoryReader } from '../support/memory-reader.js';

async function model(files: Record<string, string>) {
  return (await scanRepository(memoryReader(files), resolveConfig())).workspace;
}

describe('compose interpolation', () => {
  const env = { VERSION: '1.2', EMPTY: '', REGISTRY: 'ghcr.io/acme' };
  it.each([
    ['acme/web:${VERSION:-latest}', 'acme/web:1.2', []],
    ['acme/web:${MISSING:-latest}', 'acme/web:latest', []],
    ['acme/web:${EMPTY:-latest}', 'acme/web:latest', []],
    ['acme/web:${EMPTY-latest}', 'acme/web:', []],
    ['acme/web:${MISSING-latest}', 'acme/web:latest', []],
    ['acme/web:${MISSING}', 'acme/web:', ['MISSING']],
    ['$REGISTRY/api', 'ghcr.io/acme/api', []],
    ['${REGISTRY}/api:${MISSING:-${VERSION}}', 'ghcr.io/acme/api:1.2', []],
    ['$$HOME', '$HOME', []],
    ['${VERSION:+v${VERSION}}', 'v1.2', []],
    ['${MISSING:+set}', '', []],
  ])('%s → %s', (text, value, unset) => {
    const result = interpolate(text, env);
    expect(result.value).toBe(value);
    expect(result.unset).toEqual(unset);
  });

  it('reports a required variable that is not set', () => {
    expect(interpolate('${TAG:?set TAG in .env}', {}).errors).toEqual(['TAG: set TAG in .env']);
  });

  it('stops at a bounded depth instead of recursing forever', () => {
    const deep = `${'${A:-'.repeat(200)}x${'}'.repeat(200)}`;
    expect(interpolate(deep, {}).errors).toContain('variables nested too deeply');
  });
});

describe("Docker's reference grammar", () => {
  it.each([
    'python',
    'python:3.12-slim',
    'ghcr.io/acme/python-base',
    'ghcr.io/acme/python-base:2026-11-27',
    'localhost:5000/acme/web:latest',
    'registry.internal:5000/team/sub/app',
    '[2001:db8::1]:5000/repo',
    'acme/web_app.v2__x',
    'acme/web@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'Test.com:5000/repo:TAG_1',
  ])('accepts %s', (reference) => {
    expect(referenceProblem(reference)).toBeUndefined();
  });

  it.each([
    ['acme/web:', 'its tag is empty'],
    ['acme/web:${version:latest', 'unexpanded variable'],
    ['acme/Web', 'lowercase'],
    ['acme web', 'white space'],
    ['', 'empty'],
    ['acme//web', 'reference format'],
    ['-acme/web', 'reference format'],
    ['acme/web:.tag', 'reference format'],
    [`acme/web:${'x'.repeat(129)}`, 'reference format'],
    [`${'a'.repeat(256)}`, 'longer than 255'],
  ])('refuses %s (%s)', (reference, why) => {
    expect(referenceProblem(reference)).toContain(why);
  });
});

describe('compose projects', () => {
  it('keeps same-named services of two projects apart, with depends_on inside each project', async () => {
    const ws = await model({
      'shop/compose.yaml': 'services:\n  web:\n    build: .\n    depends_on: [db]\n  db:\n    image: postgres:16\n',
      'shop/Dockerfile': 'FROM python:3.12-slim\n',
      'blog/docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db: { condition: service_healthy }\n  db:\n    image: mysql:8\n',
    });
    expect(ws.projects.map((p) => [p.id, p.services])).toEqual([
      ['blog', ['blog/db', 'blog/web']],
      ['shop', ['shop/db', 'shop/web']],
    ]);
    expect(ws.services.find((s) => s.id === 'shop/db')).toMatchObject({ dependents: 1, transitiveDependents: 1 });
    expect(ws.services.find((s) => s.id === 'blog/db')).toMatchObject({ dependents: 1 });
    expect(ws.services.find((s) => s.id === 'blog/web')).toMatchObject({ images: [], dependsOn: ['blog/db'] });
    // The image-only nginx service names no Dockerfile: the shop image is named after its own service.
    expect(ws.images.map((i) => [i.name, i.dockerfile, i.services])).toEqual([['web', 'shop/Dockerfile', ['shop/web']]]);
  });

  it('merges an override file into the base as docker compose -f base -f override does, and takes name: for the project', async () => {
    const ws = await model({
      'deploy/docker-compose.yml': 'services:\n  api:\n    image: acme/api:${TAG:-dev}\n    build: { context: ../api, target: prod }\n    depends_on: [redis]\n  redis:\n    image: redis:7\n',
      'deploy/docker-compose.override.yml': 'name: acme\nservices:\n  api:\n    build: { dockerfile: Dockerfile.prod }\n    depends_on: [worker]\n  worker:\n    image: acme/worker\n',
      'deploy/.env': 'TAG=2.0\n',
      'api/Dockerfile.prod': 'FROM python:3.12-slim AS base\nFROM base AS prod\n',
    });
    expect(ws.projects).toEqual([{ id: 'acme', dir: 'deploy', files: ['deploy/docker-compose.yml', 'deploy/docker-compose.override.yml'], services: ['acme/api', 'acme/redis', 'acme/worker'] }]);
    expect(ws.services.find((s) => s.id === 'acme/api')).toMatchObject({
      image: 'acme/api:2.0',
      build: { dockerfile: 'api/Dockerfile.prod', context: 'api', target: 'prod' },
      dependsOn: ['acme/redis', 'acme/worker'],
    });
    expect(ws.images).toEqual([expect.objectContaining({ id: 'api/Dockerfile.prod #prod', name: 'api', target: 'prod', repository: 'acme/api', tags: ['acme/api:2.0'] })]);
  });

  it('counts transitive dependents once each, and survives a depends_on cycle', async () => {
    const ws = await model({
      'docker-compose.yml': 'services:\n  a: { image: x, depends_on: [b] }\n  b: { image: x, depends_on: [c] }\n  c: { image: x, depends_on: [a] }\n  d: { image: x, depends_on: [c] }\n',
    });
    expect(Object.fromEntries(ws.services.map((s) => [s.id, [s.dependents, s.transitiveDependents]]))).toEqual({ a: [1, 3], b: [1, 3], c: [2, 3], d: [0, 0] });
  });
});
