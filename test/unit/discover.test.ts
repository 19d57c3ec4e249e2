import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsReader } from '../../src/adapters/fs-reader.js';
import type { DirEntry, FileReader } from '../../src/model.js';
import { classifyFile, discoverFiles } from '../../src/sources/discover.js';

let root: string;
let outside: string;

const files: Record<string, string> = {
  'docker/base/requirements-constraints.txt': 'fastapi==0.115.6\n',
  'docker/base/Dockerfile': 'FROM python:3.12-slim\n',
  'services/api/requirements.txt': 'fastapi\n',
  'services/api/requirements-dev.in': 'pytest\n',
  'services/api/Dockerfile.prod': 'FROM base\n',
  'services/api/README.txt': 'not a requirements file\n',
  'services/api/pyproject.toml': '[project]\nname = "api"\n',
  'services/worker/requirements/base.txt': 'celery\n',
  'services/worker/worker.Dockerfile': 'FROM base\n',
  'services/worker/Dockerfile.dockerignore': '*.pyc\n',
  'docker-compose.yml': 'services: {}\n',
  'deploy/compose.prod.yaml': 'services: {}\n',
  'services/legacy/requirements.txt': 'django\n',
  // folders that must never be entered
  '.git/requirements.txt': 'x\n',
  'node_modules/pkg/requirements.txt': 'x\n',
  'services/api/.venv/requirements.txt': 'x\n',
  'services/api/env-3.12/pyvenv.cfg': 'home = /usr/bin\n',
  'services/api/env-3.12/lib/requirements.txt': 'x\n',
  'services/api/__pycache__/requirements.txt': 'x\n',
  'lib/python3.12/site-packages/pkg/requirements.txt': 'x\n',
  '.tox/py312/requirements.txt': 'x\n',
  'infra/.terraform/modules/Dockerfile': 'x\n',
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'monopin-discover-'));
  outside = await mkdtemp(join(tmpdir(), 'monopin-outside-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  await writeFile(join(root, 'services/big-requirements.txt'), 'a'.repeat(2048));
  await writeFile(join(outside, 'requirements.txt'), 'secret==1\n');
  await symlink(join(outside, 'requirements.txt'), join(root, 'services/linked-requirements.txt'));
  await symlink(outside, join(root, 'services/linked-dir'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('discoverFiles over a real folder', () => {
  it('takes every source, classified and sorted, and skips tool and venv folders', async () => {
    const result = await discoverFiles(createFsReader(root), { maxFileBytes: 1024 });
    expect(result.files.map((f) => [f.path, f.kind])).toEqual([
      ['deploy/compose.prod.yaml', 'compose'],
      ['docker-compose.yml', 'compose'],
      ['docker/base/Dockerfile', 'dockerfile'],
      ['docker/base/requirements-constraints.txt', 'constraints'],
      ['services/api/Dockerfile.prod', 'dockerfile'],
      ['services/api/pyproject.toml', 'pyproject'],
      ['services/api/requirements-dev.in', 'requirements'],
      ['services/api/requirements.txt', 'requirements'],
      ['services/legacy/requirements.txt', 'requirements'],
      ['services/worker/requirements/base.txt', 'requirements'],
      ['services/worker/worker.Dockerfile', 'dockerfile'],
    ]);
    expect(result.files.find((f) => f.path === 'docker-compose.yml')?.size).toBe(13);
  });

  it('skips big files and symlinks with a reason, and never follows a linked folder', async () => {
    const result = await discoverFiles(createFsReader(root), { maxFileBytes: 1024 });
    expect(result.skipped).toEqual([
      { path: 'services/big-requirements.txt', reason: expect.stringContaining('2048 bytes') },
      { path: 'services/linked-requirements.txt', reason: expect.stringContaining('symbolic link') },
    ]);
    expect(result.files.some((f) => f.path.startsWith('services/linked-dir'))).toBe(false);
  });

  it('takes a big file under the default 5 MB limit', async () => {
    const result = await discoverFiles(createFsReader(root), {});
    expect(result.files.map((f) => f.path)).toContain('services/big-requirements.txt');
  });

  it('honours ignore globs for folders and files', async () => {
    const result = await discoverFiles(createFsReader(root), { ignore: ['services/legacy/**', '**/*.in', 'deploy'] });
    const paths = result.files.map((f) => f.path);
    expect(paths).not.toContain('services/legacy/requirements.txt');
    expect(paths).not.toContain('services/api/requirements-dev.in');
    expect(paths).not.toContain('deploy/compose.prod.yaml');
    expect(paths).toContain('services/api/requirements.txt');
  });

  it('restricts to the paths globs', async () => {
    const result = await discoverFiles(createFsReader(root), { paths: ['services/api/**', 'docker/**'] });
    expect(result.files.map((f) => f.path)).toEqual([
      'docker/base/Dockerfile',
      'docker/base/requirements-constraints.txt',
      'services/api/Dockerfile.prod',
      'services/api/pyproject.toml',
      'services/api/requirements-dev.in',
      'services/api/requirements.txt',
    ]);
  });
});

describe('discoverFiles over an in-memory reader', () => {
  it('keeps at most 16 listings in flight and reads nothing', async () => {
    let inFlight = 0;
    let peak = 0;
    const reads: string[] = [];
    const reader: FileReader = {
      async list(dir: string): Promise<DirEntry[]> {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
        if (dir === '') return Array.from({ length: 100 }, (_, i) => ({ name: `svc${i}`, kind: 'dir' as const }));
        return [{ name: 'requirements.txt', kind: 'file', size: 10 }];
      },
      async read(path: string): Promise<Uint8Array> {
        reads.push(path);
        return new Uint8Array();
      },
    };
    const result = await discoverFiles(reader, {});
    expect(result.files).toHaveLength(100);
    expect(peak).toBe(16);
    expect(reads).toEqual([]);
  });

  it('fails with the listing error', async () => {
    const reader: FileReader = {
      list: async () => {
        throw new Error('EACCES: permission denied');
      },
      read: async () => new Uint8Array(),
    };
    await expect(discoverFiles(reader, {})).rejects.toThrow('EACCES');
  });
});

describe('classifyFile', () => {
  it.each([
    ['requirements.txt', 'requirements'],
    ['requirements-dev.txt', 'requirements'],
    ['dev-requirements.txt', 'requirements'],
    ['requirements/prod.txt', 'requirements'],
    ['requirements/prod.in', 'requirements'],
    ['requirements.in', 'requirements'],
    ['constraints.txt', 'constraints'],
    ['docker/base/requirements-constraints.txt', 'constraints'],
    ['Dockerfile', 'dockerfile'],
    ['Dockerfile.gpu', 'dockerfile'],
    ['api.Dockerfile', 'dockerfile'],
    ['api.dockerfile', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['docker-compose.yml', 'compose'],
    ['docker-compose.override.yaml', 'compose'],
    ['compose.yaml', 'compose'],
    ['pyproject.toml', 'pyproject'],
    ['notes.txt', undefined],
    ['Dockerfile.dockerignore', undefined],
    ['compose.json', undefined],
    ['setup.py', undefined],
    ['docs/requirements.md', undefined],
  ])('%s → %s', (path, kind) => {
    expect(classifyFile(path)).toBe(kind);
  });
});
