// FROM graph, COPY/ADD, WORKDIR, RUN forms (shell, exec, heredoc) and bad input.
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/sources/dockerfile.js';

const at = (line: number, column: number) => expect.objectContaining({ file: 'D', line, column });
const packagesOf = (df: string) => parseDockerfile(df, 'D').installs.flatMap((i) => i.packages.map((p) => `${p.text}@${p.location.line}:${p.location.column}`));

describe('FROM', () => {
  it('substitutes global ARGs, reads --platform and AS, links earlier stages', () => {
    const df = [
      'ARG REGISTRY=ghcr.io/acme',
      'ARG TAG',
      'FROM --platform=$BUILDPLATFORM ${REGISTRY}/python-base:${TAG:-latest} AS Build',
      'FROM build AS test',
      'FROM scratch',
    ].join('\n');
    expect(parseDockerfile(df, 'D').froms).toEqual([
      { image: 'ghcr.io/acme/python-base:latest', raw: '${REGISTRY}/python-base:${TAG:-latest}', stageName: 'build', isStage: false, platform: '$BUILDPLATFORM', location: { file: 'D', line: 3, column: 32, endLine: 3, endColumn: 70 } },
      { image: 'build', raw: 'build', stageName: 'test', isStage: true, location: at(4, 6) },
      { image: 'scratch', raw: 'scratch', isStage: false, location: at(5, 6) },
    ]);
  });

  it('build args override ARG defaults', () => {
    const df = 'ARG PY=3.12\nARG BUILDPLATFORM\nFROM --platform=$BUILDPLATFORM python:${PY}-slim';
    expect(parseDockerfile(df, 'D', { PY: '3.13', BUILDPLATFORM: 'linux/arm64' }).froms[0]).toMatchObject({ image: 'python:3.13-slim', platform: 'linux/arm64' });
  });

  it('a stage name used before it is defined is an image, not a stage', () => {
    expect(parseDockerfile('FROM base\nFROM python AS base', 'D').froms.map((f) => f.isStage)).toEqual([false, false]);
  });
});

describe('COPY, ADD and WORKDIR', () => {
  it('tracks WORKDIR per stage, joins relative ones, inherits it from a parent stage', () => {
    const df = [
      'FROM python AS build', // 1
      'WORKDIR /app',
      'WORKDIR src',
      'COPY --chown=app:app --chmod=644 req.txt "other file.txt" ./',
      'COPY --from=build /x /y',
      'FROM build AS test', // 6
      'WORKDIR ../tests',
      'ADD ["a.txt", "b/"]',
      'FROM python',
      'ARG DIR=/opt/svc',
      'WORKDIR $DIR',
      'ADD https://example.com/x.tgz ctx.tgz /srv/',
    ].join('\n');
    expect(parseDockerfile(df, 'D').copies).toEqual([
      { sources: ['req.txt', 'other file.txt'], destination: './', workdir: '/app/src', location: at(4, 1), stage: 0 },
      { sources: ['a.txt'], destination: 'b/', workdir: '/app/tests', location: at(8, 1), stage: 1 },
      { sources: ['ctx.tgz'], destination: '/srv/', workdir: '/opt/svc', location: at(12, 1), stage: 2 },
    ]);
    // COPY --from takes files from a stage, not the context: kept apart, with the stage it names.
    expect(parseDockerfile(df, 'D').stageCopies).toEqual([{ sources: ['/x'], destination: '/y', workdir: '/app/src', location: at(5, 1), stage: 0, from: 'build' }]);
  });

  it('takes a global ARG declared without a default as empty in FROM, as Docker does', () => {
    const df = 'ARG GPU\nARG BASE=rayproject/ray:nightly"$GPU"\nFROM $BASE AS one\nFROM rayproject/ray-deps:nightly"$GPU"\n';
    expect(parseDockerfile(df, 'D').froms.map((f) => f.image)).toEqual(['rayproject/ray:nightly', 'rayproject/ray-deps:nightly']);
  });

  it('RUN gets the WORKDIR in force', () => {
    const info = parseDockerfile('FROM x\nRUN pip install a\nWORKDIR /app\nRUN pip install b', 'D');
    expect(info.installs.map((i) => i.workdir)).toEqual(['/', '/app']);
  });
});

describe('RUN forms', () => {
  it('multi-line RUN with && and continuations, comment lines inside', () => {
    const df = [
      'FROM x',
      'RUN apt-get update \\',
      ' && pip install \\',
      '      # pinned web stack',
      '      "fastapi==0.115.6" \\',
      '',
      '      uvicorn==0.32.1 \\',
      ' && rm -rf /root/.cache',
    ].join('\n');
    expect(packagesOf(df)).toEqual(['fastapi==0.115.6@5:8', 'uvicorn==0.32.1@7:7']);
    expect(parseDockerfile(df, 'D').installs[0]!.location).toEqual({ file: 'D', line: 3, column: 5, endLine: 3, endColumn: 8 });
  });

  it('the same Dockerfile with CRLF line endings gives the same positions', () => {
    const df = 'FROM x\nRUN pip install \\\n  # c\n  "a==1" \\\n  b==2\nRUN pip install c==3\n';
    expect(packagesOf(df.replace(/\n/g, '\r\n'))).toEqual(packagesOf(df));
    expect(packagesOf(df)).toEqual(['a==1@4:4', 'b==2@5:3', 'c==3@6:17']);
  });

  it('RUN flags are not the command', () => {
    expect(packagesOf('FROM x\nRUN --mount=type=cache,target=/root/.cache/pip --network=host pip install a==1')).toEqual(['a==1@2:75']);
  });

  it('exec form, and a shell run from exec form', () => {
    const df = 'FROM x\nRUN ["pip", "install", "a==1"]\nRUN ["/bin/bash", "-lc", "pip install \\"b==2\\" c==3"]';
    expect(packagesOf(df)).toEqual(['a==1@2:25', 'b==2@3:41', 'c==3@3:48']);
  });

  it('shell heredocs are parsed as shell; other heredocs are data', () => {
    const df = [
      'FROM x', // 1
      'RUN <<EOF',
      'set -e',
      'pip install a==1',
      'EOF',
      'RUN bash <<EOF', // 6
      'pip install b==2',
      'EOF',
      'RUN sh -e <<"EOF"',
      '  pip install c==3', // 10
      'EOF',
      'RUN <<-EOF',
      '\tpip install d==4',
      '\tEOF',
      'RUN python3 <<EOF', // 15
      'pip install no==1',
      'EOF',
      'RUN <<EOF',
      '#!/usr/bin/env python3',
      'print("pip install no==2")', // 20
      'EOF',
      'RUN pip install e==5 && cat <<EOF > /etc/x',
      'pip install no==3',
      'EOF',
    ].join('\n');
    expect(packagesOf(df)).toEqual(['a==1@4:13', 'b==2@7:13', 'c==3@10:15', 'd==4@13:14', 'e==5@22:17']);
  });

  it('ONBUILD triggers and other instructions are ignored', () => {
    expect(packagesOf('FROM x\nONBUILD RUN pip install a==1\nCMD pip install b==2\nSHELL ["/bin/bash", "-c"]')).toEqual([]);
  });
});

describe('bad input never throws', () => {
  it.each([
    ['', ['1:1 no FROM instruction']],
    ['RUN pip install a', ['1:1 RUN before the first FROM', '1:1 no FROM instruction']],
    ['FROM x\nFROBNICATE y', ['2:1 unknown instruction FROBNICATE']],
    ['FROM x\nCOPY onlyone', ['2:1 COPY needs a source and a destination']],
    ['FROM x\nRUN pip install "a==1', ['2:17 RUN: unterminated double quote']],
    ['FROM x\nRUN pip install -r', ['2:17 -r needs a value']],
    ['\u0000\u0001FROM \\\n\\', ['1:1 unknown instruction \u0000\u0001FROM', '1:1 no FROM instruction']],
  ])('%j', (df, issues) => {
    const info = parseDockerfile(df, 'D');
    expect(info.issues.map((i) => `${i.location.line}:${i.location.column} ${i.message}`)).toEqual(issues);
    expect(info.issues.every((i) => i.rule === 'parse-error')).toBe(true);
  });
});
