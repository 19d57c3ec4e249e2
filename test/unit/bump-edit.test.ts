// Minimal pin edits: exact output bytes against fixture files, positions after a re-parse,
// idempotency, and the notes for what cannot be edited.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EditPinsOptions, editPins, isExactPin, pinSpan } from '../../src/bump/edit.js';
import type { Occurrence } from '../../src/model.js';
import { normalizeName } from '../../src/pep/name.js';
import { parseDockerfile } from '../../src/sources/dockerfile.js';
import { parseRequirementsFile } from '../../src/sources/requirements.js';

const dir = new URL('../fixtures/bump/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');

const BUMPS = [
  { name: 'fastapi', to: '0.116.1' },
  { name: 'pydantic', to: '2.11.7' },
  { name: 'uvicorn', to: '0.35.0' },
  { name: 'numpy', to: '2.3.1' },
  { name: 'typing-extensions', to: '4.14.1' },
  { name: 'certifi', to: '2025.7.14' },
  { name: 'idna', to: '3.11' },
  { name: 'six', to: '1.17.0' },
  { name: 'requests', to: '2.32.4' },
  { name: 'orjson', to: '3.11.0' },
  { name: 'aiohttp', to: '3.12.14' },
  { name: 'httpx', to: '0.28.1' },
  { name: 'celery', to: '5.5.3' },
  { name: 'anyio', to: '4.9.0' },
  { name: 'sniffio', to: '1.3.2' },
];
const h = (c: string): string => `sha256:${c.repeat(64)}`;
const HASHES: Record<string, string[]> = {
  certifi: [h('a'), h('b')],
  idna: [h('c'), 'd'.repeat(64)],
  anyio: [h('e'), h('f'), h('0')],
  sniffio: [h('9')],
};
const hashesFor = (name: string): string[] | undefined => HASHES[name];

interface Case {
  fixture: string;
  kind: EditPinsOptions['kind'];
  withHashes: boolean;
  expected: string;
  notes: string[];
}

const CASES: Case[] = [
  {
    fixture: 'constraints.txt',
    kind: 'constraints',
    withHashes: false,
    expected: 'constraints.txt.expected',
    notes: [
      'constraints.txt:17: certifi has --hash lines for the old version; regenerate them (pip-compile --generate-hashes)',
      'constraints.txt:21: idna has --hash lines for the old version; regenerate them (pip-compile --generate-hashes)',
    ],
  },
  { fixture: 'constraints-crlf.txt', kind: 'constraints', withHashes: true, expected: 'constraints-crlf.txt.expected', notes: [] },
  { fixture: 'requirements-hashed.txt', kind: 'requirements', withHashes: true, expected: 'requirements-hashed.txt.expected', notes: [] },
  {
    fixture: 'python-base.Dockerfile',
    kind: 'dockerfile',
    withHashes: false,
    expected: 'python-base.Dockerfile.expected',
    notes: [
      'python-base.Dockerfile:23: certifi is pinned through ${CERTIFI_VERSION}, which has no ARG default in this file; set it to 2025.7.14 where the build passes it (--build-arg)',
      'python-base.Dockerfile:23: idna is pinned through ${IDNA_VERSION}, which has no ARG default in this file; set it to 3.11 where the build passes it (--build-arg)',
    ],
  },
  { fixture: 'crlf.Dockerfile', kind: 'dockerfile', withHashes: false, expected: 'crlf.Dockerfile.expected', notes: [] },
];

const run = (c: Case, content = read(c.fixture)) =>
  editPins({ path: c.fixture, content, kind: c.kind, bumps: BUMPS, ...(c.withHashes ? { hashesFor } : {}) });

function occurrences(kind: Case['kind'], content: string, path: string): Occurrence[] {
  if (kind === 'dockerfile') return parseDockerfile(content, path).installs.flatMap((i) => i.packages);
  return parseRequirementsFile(content, path).occurrences;
}

describe('editPins on fixture files', () => {
  it.each(CASES)('$fixture: exact output bytes and notes', (c) => {
    const result = run(c);
    expect(result.content).toBe(read(c.expected));
    expect(result.notes).toEqual(c.notes);
  });

  it.each(CASES)('$fixture: a second run changes nothing', (c) => {
    const once = run(c);
    const twice = run(c, once.content);
    expect(twice.content).toBe(once.content);
    expect(twice.changes).toEqual([]);
    expect(once.changes.length).toBeGreaterThan(0);
  });

  it.each(CASES.filter((c) => c.fixture !== 'requirements-hashed.txt'))('$fixture: the re-parse finds the new versions at the same line:column', (c) => {
    const before = occurrences(c.kind, read(c.fixture), c.fixture);
    const after = occurrences(c.kind, run(c).content, c.fixture);
    const to = new Map(BUMPS.map((b) => [normalizeName(b.name), b.to]));
    expect(after.map((o) => [o.name, o.location.line, o.location.column])).toEqual(before.map((o) => [o.name, o.location.line, o.location.column]));
    before.forEach((o, i) => {
      const target = to.get(o.name);
      const expected = target && isExactPin(o.specifier) ? o.specifier.replace(/^(===?).*$/, `$1${target}`) : o.specifier;
      expect(after[i]!.specifier, `${o.text} at ${o.location.line}:${o.location.column}`).toBe(expected);
    });
  });

  it('requirements-hashed.txt: the re-parse gives the new versions with the new hashes', () => {
    const c = CASES.find((x) => x.fixture === 'requirements-hashed.txt')!;
    const after = occurrences(c.kind, run(c).content, c.fixture);
    expect(after.map((o) => [o.name, o.specifier, o.location.line, o.hashes])).toEqual([
      ['anyio', '==4.9.0', 7, HASHES.anyio],
      ['sniffio', '==1.3.2', 12, HASHES.sniffio],
    ]);
  });

  it.each([
    ['constraints.txt', 'constraints', [6, 7, 8, 9, 12, 13, 14, 17, 21, 22]],
    ['python-base.Dockerfile', 'dockerfile', [6, 8, 13, 3, 16, 19, 19, 21, 22, 26, 27]],
  ] as const)('%s: one change entry per edited version, with its line', (fixture, kind, lines) => {
    const result = editPins({ path: fixture, content: read(fixture), kind, bumps: BUMPS });
    expect(result.changes.map((ch) => ch.line)).toEqual(lines);
    expect(result.changes.find((ch) => ch.name === 'fastapi')).toEqual({ line: 6, name: 'fastapi', from: '0.115.6', to: '0.116.1' });
  });
});

const DF = (run: string, pre = ''): string => `FROM python:3.12\n${pre}RUN ${run}\n`;

describe('editPins on single lines', () => {
  it.each([
    ['bare word', 'dockerfile', DF('pip install x==1.0'), DF('pip install x==2.0')],
    ['single quotes', 'dockerfile', DF("pip install 'x==1.0'"), DF("pip install 'x==2.0'")],
    ['quotes around the version only', 'dockerfile', DF('pip install x=="1.0"'), DF('pip install x=="2.0"')],
    ['escaped quote in double quotes', 'dockerfile', DF('sh -c "pip install \\"x==1.0\\""'), DF('sh -c "pip install \\"x==2.0\\""')],
    ['exec form', 'dockerfile', DF('["pip", "install", "x==1.0"]'), DF('["pip", "install", "x==2.0"]')],
    ['python -m pip', 'dockerfile', DF('python3 -m pip install --user X==1.0'), DF('python3 -m pip install --user X==2.0')],
    ['uv pip install', 'dockerfile', DF('uv pip install --system "x[a]==1.0"'), DF('uv pip install --system "x[a]==2.0"')],
    ['two pins of one name', 'dockerfile', DF('pip install x==1.0 && pip install x==1.5'), DF('pip install x==2.0 && pip install x==2.0')],
    ['quoted ARG default', 'dockerfile', DF('pip install "x==${V}"', "ARG V='1.0'\n"), DF('pip install "x==${V}"', "ARG V='2.0'\n")],
    ['$VAR without braces', 'dockerfile', DF('pip install x==$V', 'ARG V=1.0\n'), DF('pip install x==$V', 'ARG V=2.0\n')],
    ['global ARG redeclared in the stage', 'dockerfile', `ARG V=1.0\n${DF('pip install x==${V}', 'ARG V\n')}`, `ARG V=2.0\n${DF('pip install x==${V}', 'ARG V\n')}`],
    ['range left alone', 'dockerfile', DF('pip install "x>=1.0"'), DF('pip install "x>=1.0"')],
    ['extras and marker', 'requirements', 'X[b,a] == 1.0 ; python_version < "3.13"\n', 'X[b,a] == 2.0 ; python_version < "3.13"\n'],
    ['marker without spaces', 'constraints', 'x==1.0;sys_platform=="linux"', 'x==2.0;sys_platform=="linux"'],
    ['parenthesized', 'requirements', 'x (==1.0)\n', 'x (==2.0)\n'],
    ['byte order mark', 'requirements', '\uFEFFx==1.0\n', '\uFEFFx==2.0\n'],
    ['version on a continued line', 'requirements', 'x==\\\n1.0\n', 'x==\\\n2.0\n'],
    ['wildcard left alone', 'requirements', 'x==1.*\n', 'x==1.*\n'],
    ['not-equal left alone', 'requirements', 'x!=1.0\n', 'x!=1.0\n'],
    ['two clauses left alone', 'requirements', 'x==1.0,!=1.1\n', 'x==1.0,!=1.1\n'],
    ['URL left alone', 'requirements', 'x @ https://example.com/x-1.0.tar.gz\n', 'x @ https://example.com/x-1.0.tar.gz\n'],
    ['same version, other spelling', 'requirements', 'x==2\n', 'x==2\n'],
    ['=== compares strings', 'requirements', 'x===2\n', 'x===2.0\n'],
    ['other package', 'requirements', 'y==1.0\n', 'y==1.0\n'],
    ['comment line', 'requirements', '# x==1.0\n', '# x==1.0\n'],
  ] as const)('%s', (_name, kind, content, expected) => {
    const result = editPins({ path: 'f', content, kind, bumps: [{ name: 'X', to: '2.0' }] });
    expect(result.content).toBe(expected);
    expect(result.changes.length).toBe(content === expected ? 0 : (content.match(/1\.[05]/g) ?? ['']).length);
    expect(result.notes).toEqual([]);
  });

  it.each([
    ['version split by a continuation', 'requirements', 'x==1.\\\n0\n', ['f:1: the version of x is split across quotes or lines; set it to 2.0 by hand']],
    ['ARG with no default', 'dockerfile', DF('pip install "x==${V}"', 'ARG V\n'), ['f:3: x is pinned through ${V}, which has no ARG default in this file; set it to 2.0 where the build passes it (--build-arg)']],
    ['global ARG not redeclared in the stage', 'dockerfile', `ARG V=1.0\n${DF('pip install "x==${V}"')}`, ['f:3: x is pinned through ${V}, which has no ARG default in this file; set it to 2.0 where the build passes it (--build-arg)']],
    ['ARG from ENV', 'dockerfile', DF('pip install "x==${V}"', 'ENV V=1.0\n'), ['f:3: x is pinned through ${V}, which has no ARG default in this file; set it to 2.0 where the build passes it (--build-arg)']],
    ['default expression', 'dockerfile', DF('pip install "x==${V:-1.0}"'), ["f:2: x is pinned through '${V:-1.0}'; set it to 2.0 where the build passes it (--build-arg)"]],
    ['hash without hashesFor', 'requirements', 'x==1.0 --hash=sha256:abc\n', ['f:1: x has --hash lines for the old version; regenerate them (pip-compile --generate-hashes)']],
  ] as const)('note: %s', (_name, kind, content, notes) => {
    const result = editPins({ path: 'f', content, kind, bumps: [{ name: 'x', to: '2.0' }] });
    expect(result.notes).toEqual(notes);
    // only a hashed pin still gets its version; everything else stays as it was
    expect(result.content).toBe(content.includes('--hash') ? content.replace('1.0', '2.0') : content);
  });

  it('one ARG shared by two packages bumped to different versions: the first wins, the other is noted', () => {
    const content = DF('pip install "a==${OTEL}" "b==${OTEL}"', 'ARG OTEL=1.0\n');
    const result = editPins({ path: 'f', content, kind: 'dockerfile', bumps: [{ name: 'a', to: '1.1' }, { name: 'b', to: '1.2' }] });
    expect(result.content).toBe(content.replace('OTEL=1.0', 'OTEL=1.1'));
    expect(result.changes).toEqual([{ line: 2, name: 'a', from: '1.0', to: '1.1' }]);
    expect(result.notes).toEqual(["f:2: ARG OTEL pins both a and b; kept a's 1.1, set b to 1.2 by hand"]);
  });

  it('one ARG shared by two packages bumped to the same version is edited once', () => {
    const content = DF('pip install "a==${OTEL}" "b==${OTEL}"', 'ARG OTEL=1.0\n');
    const result = editPins({ path: 'f', content, kind: 'dockerfile', bumps: [{ name: 'a', to: '1.1' }, { name: 'b', to: '1.1' }] });
    expect(result.content).toBe(content.replace('OTEL=1.0', 'OTEL=1.1'));
    expect(result.changes).toHaveLength(1);
    expect(result.notes).toEqual([]);
  });

  it.each([
    ['the marker for Python 3.9', (o: Occurrence) => o.marker?.includes('3.9') === true, 'numpy===2.3.1;python_version=="3.9"\nnumpy==2.2.1; python_version >= "3.10"\n'],
    ['the marker for Python 3.10+', (o: Occurrence) => o.marker?.includes('3.10') === true, 'numpy===1.26.4;python_version=="3.9"\nnumpy==2.3.1; python_version >= "3.10"\n'],
    ['nothing', () => false, 'numpy===1.26.4;python_version=="3.9"\nnumpy==2.2.1; python_version >= "3.10"\n'],
  ])('only: bumps just the occurrences it accepts (%s)', (_name, only, expected) => {
    const content = 'numpy===1.26.4;python_version=="3.9"\nnumpy==2.2.1; python_version >= "3.10"\n';
    expect(editPins({ path: 'f', content, kind: 'constraints', bumps: [{ name: 'NumPy', to: '2.3.1' }], only }).content).toBe(expected);
  });

  it.each([
    ['one hash on the same line, space form', 'x==1.0 --hash sha256:abc\n', [h('1'), h('2')], `x==2.0 --hash sha256:${'1'.repeat(64)} --hash sha256:${'2'.repeat(64)}\n`],
    ['one hash on a continued line, deeper indent', 'x==1.0  \\\n        --hash=sha256:abc\n', [h('1'), h('2')], `x==2.0  \\\n        --hash=${h('1')}  \\\n        --hash=${h('2')}\n`],
    ['fewer hashes than before', 'x==1.0 \\\n  --hash=sha256:a \\\n  --hash=sha256:b\ny==1\n', [h('1')], `x==2.0 \\\n  --hash=${h('1')}\ny==1\n`],
    ['a trailing comment stays', 'x==1.0 --hash=sha256:abc  # pinned\n', [h('1')], `x==2.0 --hash=${h('1')}  # pinned\n`],
  ])('hashes: %s', (_name, content, hashes, expected) => {
    const result = editPins({ path: 'f', content, kind: 'requirements', bumps: [{ name: 'x', to: '2.0' }], hashesFor: (n, v) => (n === 'x' && v === '2.0' ? hashes : undefined) });
    expect(result.content).toBe(expected);
    expect(result.notes).toEqual([]);
  });
});

describe('pinSpan', () => {
  it.each([
    ['x==1.0', { op: '==', start: 3, end: 6 }],
    ['X[a] === 1.0 ; m', { op: '===', start: 9, end: 12 }],
    ['x (== 1.0)', { op: '==', start: 6, end: 9 }],
    ['x==${V}', { op: '==', start: 3, end: 7 }],
    ['x>=1.0', undefined],
    ['x', undefined],
  ] as const)('%s', (text, span) => {
    expect(pinSpan(text)).toEqual(span);
  });
});
