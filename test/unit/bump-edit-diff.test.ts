// The bump's patch: exact text against a fixture, deterministic, and accepted by `git apply`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { editPins } from '../../src/bump/edit.js';
import { unifiedDiff } from '../../src/bump/unified-diff.js';

const dir = new URL('../fixtures/bump/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
const BUMPS = [
  { name: 'fastapi', to: '0.116.1' },
  { name: 'six', to: '1.17.0' },
  { name: 'numpy', to: '2.3.1' },
];

function bumpedFiles() {
  return (
    [
      ['docker/base/requirements-constraints.txt', 'constraints.txt', 'constraints'],
      ['docker/base/crlf.Dockerfile', 'crlf.Dockerfile', 'dockerfile'],
      ['docker/base/python-base.Dockerfile', 'python-base.Dockerfile', 'dockerfile'],
      ['services/api/requirements.txt', 'requirements-hashed.txt', 'requirements'],
    ] as const
  ).map(([path, fixture, kind]) => {
    const before = read(fixture);
    return { path, before, after: editPins({ path, content: before, kind, bumps: BUMPS }).content };
  });
}

describe('unifiedDiff', () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
  });

  it('renders the bump of the fixtures as the expected patch', () => {
    expect(unifiedDiff(bumpedFiles())).toBe(read('bump.diff.expected'));
  });

  it('does not depend on the order of the files', () => {
    const files = bumpedFiles();
    expect(unifiedDiff([...files].reverse())).toBe(unifiedDiff(files));
  });

  it('is a patch git applies to the files before, giving the files after', () => {
    const repo = mkdtempSync(join(tmpdir(), 'monopin-diff-'));
    temps.push(repo);
    const files = bumpedFiles();
    for (const f of files) {
      mkdirSync(dirname(join(repo, f.path)), { recursive: true });
      writeFileSync(join(repo, f.path), f.before);
    }
    writeFileSync(join(repo, 'bump.patch'), unifiedDiff(files));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['apply', '--whitespace=nowarn', 'bump.patch'], { cwd: repo });
    for (const f of files) expect(readFileSync(join(repo, f.path), 'utf8'), f.path).toBe(f.after);
  });

  it.each([
    ['no files', [], ''],
    ['an unchanged file is left out', [{ path: 'a.txt', before: 'x\n', after: 'x\n' }], ''],
    ['one changed line', [{ path: 'a.txt', before: 'x==1\n', after: 'x==2\n' }], 'diff --git a/a.txt b/a.txt\n--- a/a.txt\n+++ b/a.txt\n@@ -1 +1 @@\n-x==1\n+x==2\n'],
    [
      'three lines of context, no more',
      [{ path: 'r.txt', before: 'a\nb\nc\nd\ne\nf\ng\n', after: 'a\nb\nc\nD\ne\nf\ng\n' }],
      'diff --git a/r.txt b/r.txt\n--- a/r.txt\n+++ b/r.txt\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n',
    ],
    [
      'two far changes are two hunks',
      [{ path: 'r.txt', before: '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n', after: 'one\n2\n3\n4\n5\n6\n7\n8\n9\nten\n' }],
      'diff --git a/r.txt b/r.txt\n--- a/r.txt\n+++ b/r.txt\n@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n@@ -7,4 +7,4 @@\n 7\n 8\n 9\n-10\n+ten\n',
    ],
    [
      'no newline at end of file',
      [{ path: 'c.txt', before: 'a\nx==1', after: 'a\nx==2' }],
      'diff --git a/c.txt b/c.txt\n--- a/c.txt\n+++ b/c.txt\n@@ -1,2 +1,2 @@\n a\n-x==1\n\\ No newline at end of file\n+x==2\n\\ No newline at end of file\n',
    ],
    ['CRLF kept in the lines', [{ path: 'w.txt', before: 'x==1\r\n', after: 'x==2\r\n' }], 'diff --git a/w.txt b/w.txt\n--- a/w.txt\n+++ b/w.txt\n@@ -1 +1 @@\n-x==1\r\n+x==2\r\n'],
    [
      'files sorted by path',
      [
        { path: 'b.txt', before: '1\n', after: '2\n' },
        { path: 'a.txt', before: '1\n', after: '2\n' },
      ],
      'diff --git a/a.txt b/a.txt\n--- a/a.txt\n+++ b/a.txt\n@@ -1 +1 @@\n-1\n+2\ndiff --git a/b.txt b/b.txt\n--- a/b.txt\n+++ b/b.txt\n@@ -1 +1 @@\n-1\n+2\n',
    ],
  ])('%s', (_name, files, expected) => {
    expect(unifiedDiff(files)).toBe(expected);
  });
});
