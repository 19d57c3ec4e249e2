// Realistic Dockerfiles from test/fixtures/dockerfiles, with the exact positions an annotation needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/sources/dockerfile.js';
import type { DockerfileInfo } from '../../src/sources/types.js';

const dir = new URL('../fixtures/dockerfiles/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const pos = (l: { line: number; column: number }): string => `${l.line}:${l.column}`;

function summary(info: DockerfileInfo) {
  return {
    froms: info.froms.map((f) => `${f.image}${f.stageName ? ` AS ${f.stageName}` : ''}${f.isStage ? ' (stage)' : ''}${f.platform ? ` on ${f.platform}` : ''} @${pos(f.location)}`),
    installs: info.installs.map((i) =>
      [
        `${i.tool}@${pos(i.location)} in ${i.workdir}${i.noCompile ? ' no-compile' : ''}`,
        ...i.requirementFiles.map((r) => `-r ${r.path}@${pos(r.location)}`),
        ...i.constraintFiles.map((c) => `-c ${c.path}@${pos(c.location)}`),
        ...i.packages.map((p) => `${p.text}@${pos(p.location)}`),
      ].join(' | '),
    ),
    issues: info.issues.map((i) => `${i.rule}${i.package ? ` ${i.package}` : ''}@${pos(i.location)}`),
  };
}

describe('fixture Dockerfiles', () => {
  it.each([
    [
      'python-base.Dockerfile',
      {
        froms: ['python:3.12-slim-bookworm AS python-base @4:6'],
        installs: [
          'pip@17:5 in / | pip@17:27 | setuptools@17:31 | wheel@17:42',
          'pip@18:5 in / | -c /etc/pip/constraints.txt@18:20 | fastapi==0.115.6@19:8 | uvicorn[standard]==0.32.1@21:8 | pydantic==2.10.4@22:7 | requests==2.32.3@23:8',
        ],
        issues: [],
      },
    ],
    [
      'ai-base.Dockerfile',
      {
        froms: ['ghcr.io/acme/python-base:latest @3:6'],
        installs: [
          "pip@8:5 in / | -c /etc/pip/constraints.txt@8:35 | torch==${TORCH_VERSION}@9:59 | numpy==2.1.3@11:9 | openai==$OPENAI_VERSION@11:23 | tiktoken==0.8.0@11:48 | pywin32==306; sys_platform == 'win32'@12:10",
        ],
        issues: [],
      },
    ],
    [
      'security-base.Dockerfile',
      {
        froms: ['ghcr.io/acme/python-base:latest @1:6'],
        installs: [
          'pip@3:13 in / no-compile | cryptography==43.0.3@3:39 | pyjwt==2.10.1@3:60',
          'pip@4:37 in / | bcrypt==4.2.1@4:56',
          'pip@5:5 in / | passlib[bcrypt]==1.7.4@5:47',
        ],
        issues: [],
      },
    ],
    [
      'api.Dockerfile',
      {
        froms: ['python:3.12 AS builder on $BUILDPLATFORM @3:32', 'builder AS test (stage) @10:6', 'ghcr.io/acme/python-base:latest AS runtime @15:6'],
        installs: [
          'pip@8:5 in /src | -r requirements.txt@8:68 | -c constraints.txt@8:49',
          'pip@13:5 in /src/tests | -r ../requirements-dev.txt@13:20 | pytest==8.3.4@13:44',
          'pip@20:7 in /app | -c /etc/pip/constraints.txt@20:56 | gunicorn>=23.0@20:38',
        ],
        issues: [],
      },
    ],
    [
      'worker.Dockerfile',
      {
        froms: ['ghcr.io/acme/python-base:latest @1:6'],
        installs: [
          'uv@6:5 in /app no-compile | -r requirements.txt@6:81 | -c /etc/pip/constraints.txt@6:29 | celery[redis]==5.4.0@7:7 | redis>=5,<6@7:29',
          'pip@10:1 in /app | flower==2.0.1@10:20',
          'pip@19:27 in /app | kombu==5.4.2@19:40',
        ],
        issues: [],
      },
    ],
    [
      'legacy-crlf.Dockerfile',
      {
        froms: ['python:3.11-slim @1:6'],
        installs: ['pip@4:5 in /srv | -r requirements.txt@4:20 | httpx==0.28.1@6:6', 'pip@8:5 in /srv | aiohttp==3.11.11@8:17'],
        issues: ['shell-redirect-in-specifier fastapi@5:5', 'shell-redirect-in-specifier pkg@7:5'],
      },
    ],
    [
      'scanner.Dockerfile',
      {
        froms: ['ghcr.io/acme/security-base:latest @1:6'],
        installs: [
          'pip@6:5 in /opt/scanner | -c /etc/pip/constraints.txt@3:20 | git+https://github.com/acme/rules.git@v1.2#egg=acme-rules@6:26 | ./vendor/yara_python-4.5.1-cp312-cp312-linux_x86_64.whl@7:7 | semgrep @ https://files.example.com/semgrep-1.99.0-py3-none-any.whl@8:8',
        ],
        issues: ['parse-error@10:8'],
      },
    ],
    [
      'windows.Dockerfile',
      {
        froms: ['mcr.microsoft.com/windows/servercore:ltsc2022 @2:6'],
        installs: ['pip@4:5 in C:\\app | requests==2.32.3@5:5 | pywin32==306@6:6'],
        issues: [],
      },
    ],
  ])('%s', (name, expected) => {
    expect(summary(parseDockerfile(read(name), `docker/${name}`))).toEqual(expected);
  });

  it('the CRLF fixture really has CRLF line endings', () => {
    expect(read('legacy-crlf.Dockerfile')).toContain('\r\n');
  });

  it.each(['python-base.Dockerfile', 'ai-base.Dockerfile', 'security-base.Dockerfile', 'api.Dockerfile', 'worker.Dockerfile', 'legacy-crlf.Dockerfile', 'scanner.Dockerfile', 'windows.Dockerfile'])(
    '%s: every occurrence written without variables or escapes sits at its location',
    (name) => {
      const content = read(name);
      const lines = content.split(/\r?\n/);
      const packages = parseDockerfile(content, name).installs.flatMap((i) => i.packages).filter((p) => !p.text.includes('$') && !p.text.includes('"'));
      expect(packages.length).toBeGreaterThan(0);
      for (const p of packages) expect(lines[p.location.line - 1]!.slice(p.location.column - 1)).toMatch(new RegExp(`^${p.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    },
  );

  it('packages carry the origin, names and specifiers the checks read', () => {
    const [uvicorn] = parseDockerfile(read('python-base.Dockerfile'), 'p').installs[1]!.packages.slice(1);
    expect(uvicorn).toEqual({
      name: 'uvicorn', rawName: 'uvicorn', extras: ['standard'], specifier: '==0.32.1', marker: undefined, url: undefined,
      origin: 'dockerfile', viaConstraint: false, text: 'uvicorn[standard]==0.32.1',
      location: { file: 'p', line: 21, column: 8, endLine: 21, endColumn: 33 },
    });
  });
});
