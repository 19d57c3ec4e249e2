// The character scan must find the instructions dockerfile-ast finds, and parseDockerfile (scan,
// dockerfile-ast only where needed) must return what the all-dockerfile-ast path returns: on every
// Dockerfile fixture, on variants of them (CRLF, BOM, tabs), and on generated files full of the
// corners of Docker's syntax (continuations, comments and blank lines inside them, escapes before
// blanks, heredocs, JSON forms, flags, directives).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { classifyFile } from '../../src/sources/discover.js';
import { parseDockerfile, parseDockerfileWithAst } from '../../src/sources/dockerfile.js';
import { splitDockerfile } from '../../src/sources/dockerfile-split.js';

function dockerfilesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) visit(path);
      else if (e.isFile() && (classifyFile(e.name) === 'dockerfile' || /dockerfile/i.test(e.name))) out.push(path);
    }
  };
  visit(root);
  return out.sort();
}

const fixtures = [...dockerfilesUnder('test/fixtures'), ...dockerfilesUnder('../shared/corpora')];

/** dockerfile-ast's instructions as offsets, the way the Walker reads them. */
function astSteps(content: string): { keyword: string; start: number; argsStart: number; end: number }[] {
  const lineStarts = [0];
  for (let i = 0; i < content.length; i++) {
    if (content[i] === '\n' || (content[i] === '\r' && content[i + 1] !== '\n')) lineStarts.push(i + 1);
  }
  const offset = (p: { line: number; character: number }): number => (lineStarts[p.line] ?? content.length) + p.character;
  return DockerfileParser.parse(content)
    .getInstructions()
    .map((i) => ({ keyword: i.getInstruction(), start: offset(i.getRange().start), argsStart: offset(i.getInstructionRange().end), end: offset(i.getRange().end) }));
}

function expectSame(content: string): void {
  const steps = splitDockerfile(content);
  if (steps) expect(steps, JSON.stringify(content)).toEqual(astSteps(content));
  expect(parseDockerfile(content, 'D', { V: 'x' }), JSON.stringify(content)).toEqual(parseDockerfileWithAst(content, 'D', { V: 'x' }));
}

function variants(content: string): string[] {
  return [content, content.replace(/\r?\n/g, '\r\n'), `\uFEFF${content}`, content.replace(/ {2}/g, '\t'), content.replace(/\n/g, ' \n'), content.trimEnd()];
}

// Deterministic pseudo-random, so a failure names a reproducible case.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'FROM python:3.12-slim', 'FROM python:3.12-slim AS build', 'from ${BASE}:${TAG} as Final', 'FROM --platform=$BUILDPLATFORM python:3.12 AS b',
  'FROM \\\n  python:3.12', 'RUN echo \\ ', 'RUN echo \\\t', 'COPY a \\  \n# c\n  /b/', 'FROM build', 'FROM', 'ARG BASE=python', 'ARG TAG', 'ARG V=1.0', 'ENV PIP_CONSTRAINT=/c.txt', 'ENV A 1 2',
  'WORKDIR /app', 'workdir sub', 'COPY requirements.txt .', 'COPY --from=build /x /y', 'COPY --chown=a:b req*.txt /app/', 'ADD ["a.txt", "/b/"]',
  'COPY -\\-from=build /x /y', 'COPY a-b.txt c-d/', 'COPY only', 'COPY [ "requirements.txt", "./" ]',
  'RUN pip install -r requirements.txt', 'RUN pip install "a<2" b>=1', 'RUN ["pip", "install", "x==1"]', 'RUN pip install \\\n    a==1 \\\n    b==2',
  'RUN pip install \\\n# a comment\n    c==3', 'RUN pip install \\\n\n    d==4', 'RUN pip install \\   \n    e==5', 'RUN pip install \\ x', 'RUN --mount=type=cache,target=/root/.cache pip install f==6',
  'RUN <<EOF\npip install g==7\nEOF', 'RUN pip install h==8 <<EOF\nbody\nEOF', 'COPY <<EOT /x\nhi\nEOT', 'RUN bash -c "pip install i==9 && echo \\"ok\\""',
  'RUN sh -c \'uv pip install j==10\'', 'R\\\nUN pip install k==11', 'RU\\N pip install l', 'CMD ["python", "-m", "app"]', 'HEALTHCHECK CMD curl x',
  'ONBUILD RUN pip install m==12', 'ONBUILD RUN <<E\nx\nE', 'FOO bar', '# comment', '  # indented comment', '', '   ', '\t', 'RUN echo \\',
  'RUN pip install n==13 # trailing', 'LABEL a=b \\\n  c=d', 'RUN echo a\\\r\n b', 'RUN x \\\r', 'COPY a \\\n  b \\\n  /c/', 'EXPOSE 80',
  'USER app', 'SHELL ["/bin/bash", "-c"]', 'RUN pip install o==${V}', 'RUN \\', '\\', 'RUN pip install p<\\\n<q', 'FROM a\\ b', 'FROM image # not a comment',
];

function generated(count: number): string[] {
  const r = rng(20251127);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const lines: string[] = [];
    if (r() < 0.1) lines.push(r() < 0.5 ? '# syntax=docker/dockerfile:1' : '# escape=`');
    const length = 1 + Math.floor(r() * 12);
    for (let k = 0; k < length; k++) lines.push(PIECES[Math.floor(r() * PIECES.length)]!);
    const sep = r() < 0.15 ? '\r\n' : r() < 0.03 ? '\r' : '\n';
    out.push(lines.join(sep) + (r() < 0.7 ? sep : ''));
  }
  return out;
}

describe('dockerfile-split', () => {
  it('has Dockerfile fixtures to compare', () => {
    expect(fixtures.length).toBeGreaterThan(10);
  });

  it.each(fixtures)('%s: same instructions and the same result as dockerfile-ast, and its variants too', (path) => {
    for (const content of variants(readFileSync(path, 'utf8'))) expectSame(content);
  });

  it('agrees with dockerfile-ast on 3,000 generated Dockerfiles', () => {
    let scanned = 0;
    for (const content of generated(3000)) {
      expectSame(content);
      if (splitDockerfile(content)) scanned++;
    }
    // most of them take the fast path, so the comparison above is not vacuous
    expect(scanned).toBeGreaterThan(1500);
  });

  it('gives up on parser directives and on instructions that may open a heredoc', () => {
    expect(splitDockerfile('# escape=`\nFROM x\n')).toBeUndefined();
    expect(splitDockerfile('FROM x\nRUN <<EOF\npip install a\nEOF\n')).toBeUndefined();
    expect(splitDockerfile('FROM x\nRUN cat <\\\n<EOF\nbody\nEOF\n')).toBeUndefined();
    expect(splitDockerfile('# a comment\nFROM x\nRUN pip install "a<2"\n')).toHaveLength(2);
  });
});
