// Images: build contexts from COPY sources, installs through stages and renames, many consumers per file.
import { describe, expect, it } from 'vitest';
import { resolveConfig, type Config } from '../../src/config.js';
import { scanRepository } from '../../src/scan.js';
import { memoryReader } from '../support/memory-reader.js';

async function model(files: Record<string, string>, config: Partial<Config> = {}) {
  return (await scanRepository(memoryReader(files), resolveConfig(config))).workspace;
}

describe('build contexts', () => {
  it('takes the root when a sibling COPY proves it, so a root requirements file counts', async () => {
    const ws = await model({
      'requirements.txt': 'requests\n',
      'dockerfiles/base/x.txt': 'numpy\n',
      'dockerfiles/base/Dockerfile': 'FROM python:3.12-slim\nCOPY ./requirements.txt .\nCOPY ./dockerfiles/base/x.txt /x.txt\nRUN pip install -r requirements.txt -r /x.txt\n',
    });
    expect(ws.images).toEqual([expect.objectContaining({ context: '.', requirementFiles: ['dockerfiles/base/x.txt', 'requirements.txt'] })]);
    expect(ws.warnings).toEqual([]);
  });

  it('keeps the Dockerfile folder when its sources are there, and says so when the root holds them too', async () => {
    const ws = await model({
      'requirements.txt': 'pytest\n',
      'svc/requirements.txt': 'requests\n',
      'svc/Dockerfile': 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
    });
    expect(ws.images[0]).toMatchObject({ context: 'svc', requirementFiles: ['svc/requirements.txt'] });
    expect(ws.warnings).toEqual([expect.stringMatching(/^svc\/Dockerfile: its COPY sources exist under svc and \.; took svc/)]);
  });
});

describe('installs', () => {
  it('follows a file through WORKDIR and a rename', async () => {
    const ws = await model({
      'x/base-reqs.txt': 'requests\n',
      'x/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /srv\nCOPY base-reqs.txt ./reqs.txt\nRUN pip install -r reqs.txt\n',
    });
    expect(ws.images[0]!.requirementFiles).toEqual(['x/base-reqs.txt']);
  });

  it('follows a file copied into a builder stage and installed there, and one copied from a stage then installed', async () => {
    const ws = await model({
      'app/requirements.txt': 'fastapi\n',
      'app/requirements-extra.txt': 'uvicorn\n',
      'app/Dockerfile': [
        'FROM python:3.12-slim AS builder',
        'WORKDIR /build',
        'COPY requirements.txt requirements-extra.txt ./',
        'RUN python -m venv /venv && /venv/bin/pip install -r requirements.txt',
        'FROM python:3.12-slim AS final',
        'COPY --from=builder /venv /venv',
        'COPY --from=builder /build/requirements-extra.txt /tmp/extra.txt',
        'RUN pip install -r /tmp/extra.txt',
        'FROM python:3.12-slim AS unused',
        'COPY requirements-extra.txt .',
        'RUN pip install -r requirements-extra.txt django',
        'FROM final',
        '',
      ].join('\n'),
    });
    expect(ws.images).toEqual([expect.objectContaining({ requirementFiles: ['app/requirements-extra.txt', 'app/requirements.txt'] })]);
    // The unused stage is not built, so its inline django is no install of this image.
    expect(ws.installs.flatMap((s) => s.install.packages.map((p) => p.name))).toEqual([]);
  });

  it('counts a shared requirements file, and the files it includes, for every image that installs it', async () => {
    const ws = await model({
      'libs/common.txt': 'structlog\n',
      'shared/requirements.txt': '-r ../libs/common.txt\nrequests\n',
      'a/Dockerfile': 'FROM python:3.12-slim\nCOPY shared/requirements.txt /r.txt\nRUN pip install -r /r.txt\n',
      'b/Dockerfile': 'FROM python:3.12-slim\nCOPY shared/requirements.txt /r.txt\nRUN pip install -r /r.txt\n',
    });
    expect(ws.requirementFiles.get('shared/requirements.txt')).toMatchObject({ images: ['a', 'b'] });
    expect(ws.requirementFiles.get('libs/common.txt')).toMatchObject({ images: ['a', 'b'] });
    expect([...ws.consumers.get('libs/common.txt')!]).toEqual(['a', 'b']);
  });

  it('names two Dockerfiles of one folder apart and gives each its own installs', async () => {
    const ws = await model({
      'svc/requirements.txt': 'requests\n',
      'svc/requirements-dev.txt': '-r requirements.txt\npytest\n',
      'svc/Dockerfile': 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      'svc/Dockerfile.dev': 'FROM python:3.12-slim\nCOPY requirements-dev.txt requirements.txt ./\nRUN pip install -r requirements-dev.txt\n',
    });
    expect(ws.images.map((i) => [i.name, i.dockerfile, i.requirementFiles])).toEqual([
      ['dev', 'svc/Dockerfile.dev', ['svc/requirements-dev.txt']],
      ['svc', 'svc/Dockerfile', ['svc/requirements.txt']],
    ]);
    expect(ws.requirementFiles.get('svc/requirements.txt')!.images).toEqual(['dev', 'svc']);
  });
});

describe('FROM with registry and namespace', () => {
  it('resolves ghcr.io/<org>/<name> to the image compose builds under that name, and pushes under the configured registry', async () => {
    const ws = await model(
      {
        'docker-compose.yml': 'services:\n  base:\n    image: ghcr.io/acme/python-base:latest\n    build: { context: ., dockerfile: docker/python-base.Dockerfile }\n',
        'docker/python-base.Dockerfile': 'FROM python:3.12-slim\n',
        'svc/Dockerfile': 'FROM ghcr.io/acme/python-base:2026-11-27\n',
        'tools/Dockerfile': 'FROM acme/tools-base\n',
      },
      { registry: 'ghcr.io', namespace: 'acme' },
    );
    expect(ws.images.map((i) => [i.name, i.bases, i.repository])).toEqual([
      ['base', [], 'ghcr.io/acme/python-base'],
      ['svc', ['base'], 'ghcr.io/acme/svc'],
      ['tools', [], 'ghcr.io/acme/tools'],
    ]);
  });
});

describe('hostile COPY sources', () => {
  it('matches a crafted extglob as Docker does (literally), at once instead of backtracking for minutes', async () => {
    const glob = `${'+(a|aa)'.repeat(12)}b`;
    const ws = await model({
      [`svc/${'a'.repeat(40)}`]: 'x\n',
      'svc/requirements.txt': 'requests\n',
      // picomatch's extglob RegExp took 129 s on a 28-character name; Docker has no extglobs.
      'svc/Dockerfile': `FROM python:3.12-slim\nCOPY ${glob} /app/\nCOPY requirements.txt /app/\nRUN pip install -r /app/requirements.txt\n`,
      'svc/other.Dockerfile': `FROM python:3.12-slim\nCOPY ${glob} /app/\nRUN pip install -r /app/${'a'.repeat(40)}\n`,
    });
    expect(ws.images.find((i) => i.dockerfile === 'svc/Dockerfile')?.requirementFiles).toEqual(['svc/requirements.txt']);
    expect(ws.images.find((i) => i.dockerfile === 'svc/other.Dockerfile')?.requirementFiles).toEqual([]);
  });
});
