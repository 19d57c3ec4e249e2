import { describe, expect, it } from 'vitest';
import { diffFindings } from '../../src/checks/diff.js';
import type { Finding } from '../../src/model.js';
import { resolveConfig } from '../../src/config.js';
import { buildReport, scanRepository } from '../../src/scan.js';
import { memoryReader } from '../support/memory-reader.js';

const finding = (rule: Finding['rule'], pkg: string, file: string, line: number): Finding => ({
  rule,
  severity: 'error',
  package: pkg,
  location: { file, line, column: 1 },
  message: `${pkg} at ${line}`,
});

describe('diffFindings', () => {
  it('matches by rule, package and file, not by line', () => {
    const base = [finding('conflict', 'pydantic', 'a.txt', 3), finding('conflict', 'aiohttp', 'b.txt', 1)];
    const head = [finding('conflict', 'pydantic', 'a.txt', 9), finding('conflict', 'httpx', 'c.txt', 2)];
    const d = diffFindings(base, head);
    expect(d.introduced.map((f) => f.package)).toEqual(['httpx']);
    expect(d.fixed.map((f) => f.package)).toEqual(['aiohttp']);
    expect(d.unchanged.map((f) => f.location.line)).toEqual([9]);
  });

  it('counts repeated findings: a second copy of an old one is new', () => {
    const base = [finding('conflict', 'x', 'a.txt', 1)];
    const head = [finding('conflict', 'x', 'a.txt', 1), finding('conflict', 'x', 'a.txt', 5)];
    expect(diffFindings(base, head).introduced).toHaveLength(1);
  });

  it('calls an unpinned package that one more service installs changed, with the service it gained, not fixed and introduced', async () => {
    const files = {
      'constraints.txt': 'requests==2.32.3\n',
      'docker-compose.yml': 'services:\n  web: { build: ./web }\n  worker: { build: ./worker }\n  api: { build: ./api }\n',
      'web/Dockerfile': 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -c constraints.txt -r requirements.txt\n',
      'worker/Dockerfile': 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -c constraints.txt -r requirements.txt\n',
      'api/Dockerfile': 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -c constraints.txt -r requirements.txt\n',
      'web/requirements.txt': 'structlog\nrequests\n',
      'worker/requirements.txt': 'structlog\n',
      'api/requirements.txt': 'requests\n',
    };
    const config = resolveConfig({ constraints: 'constraints.txt' });
    const base = await scanRepository(memoryReader(files), config);
    // The PR adds structlog to api, whose file sorts first: the finding now points at api's file.
    const head = await scanRepository(memoryReader({ ...files, 'api/requirements.txt': 'structlog\nrequests\n' }), config);
    const diff = buildReport(head, { root: '.', base: { ref: 'main', result: base } }).diff!;
    expect(diff.introduced).toEqual([]);
    expect(diff.fixed).toEqual([]);
    expect(diff.changed).toEqual([
      {
        finding: expect.objectContaining({ rule: 'unconstrained', package: 'structlog', location: expect.objectContaining({ file: 'api/requirements.txt' }), consumers: ['api', 'web', 'worker'] }),
        added: ['api'],
        removed: [],
      },
    ]);
  });

  it('matches package findings by rule and package wherever they point, and keeps line findings per file', () => {
    const base = [{ ...finding('unused-constraint', 'six', 'constraints.txt', 3), severity: 'note' as const }, finding('conflict', 'x', 'a.txt', 1)];
    const head = [{ ...finding('unused-constraint', 'six', 'constraints.txt', 9), severity: 'note' as const }, finding('conflict', 'x', 'b.txt', 1)];
    const d = diffFindings(base, head);
    expect(d.unchanged.map((f) => f.rule)).toEqual(['unused-constraint']);
    expect(d.introduced.map((f) => f.location.file)).toEqual(['b.txt']);
    expect(d.fixed.map((f) => f.location.file)).toEqual(['a.txt']);
  });
});
