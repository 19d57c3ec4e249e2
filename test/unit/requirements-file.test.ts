import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRequirementsFile } from '../../src/sources/requirements.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/requirements');
const parse = (content: string, env?: Record<string, string | undefined>) => parseRequirementsFile(content, 'svc/requirements.txt', env);
const only = (content: string, env?: Record<string, string | undefined>) => {
  const r = parse(content, env);
  expect(r.issues).toEqual([]);
  expect(r.occurrences).toHaveLength(1);
  return r.occurrences[0]!;
};

describe('parseRequirementsFile: requirements', () => {
  it.each([
    ['requests==2.32.3 # pinned', { name: 'requests', specifier: '==2.32.3', text: 'requests==2.32.3' }],
    ['\uFEFFflask==3.0.3', { name: 'flask', location: { line: 1, column: 1 } }],
    ['   Django  >=4.2', { name: 'django', text: 'Django  >=4.2', location: { line: 1, column: 4 } }],
    ['\tclick>=8', { name: 'click', location: { column: 2 } }],
    // no whitespace before '#': part of the URL, not a comment
    ['lib @ https://h/lib.tar.gz#sha256=ab', { url: 'https://h/lib.tar.gz#sha256=ab' }],
    ['uvicorn[standard]==0.32.1', { extras: ['standard'] }],
    ['x; python_version < "3.11" # why', { marker: 'python_version < "3.11"' }],
    ['x;', { name: 'x', specifier: '' }],
    ['git+https://github.com/o/r.git@v1#egg=Org_Lib[cli]', { name: 'org-lib', extras: ['cli'], url: 'git+https://github.com/o/r.git@v1#egg=Org_Lib[cli]' }],
    ['https://h/p/foo_bar-1.2.3-py3-none-any.whl', { name: 'foo-bar', specifier: '==1.2.3' }],
    ['https://h/thing-1.0-py3-none-any.whl; sys_platform == "linux"', { name: 'thing', marker: 'sys_platform == "linux"' }],
    ['./wheels/w-4.5-py3-none-any.whl', { name: 'w', specifier: '==4.5', url: './wheels/w-4.5-py3-none-any.whl' }],
    ['lib @ https://h/lib.tar.gz ; os_name == "nt"', { name: 'lib', url: 'https://h/lib.tar.gz', marker: 'os_name == "nt"' }],
    ['lib @ https://h/lib.tar.gz;os_name == "nt"', { url: 'https://h/lib.tar.gz', marker: 'os_name == "nt"' }],
    ['-e git+https://github.com/o/tool.git#egg=tool', { name: 'tool', editable: true, location: { column: 4 } }],
    ['-egit+https://github.com/o/tool.git#egg=tool', { name: 'tool', editable: true, location: { column: 3 } }],
    ['-e file:///src/thing#egg=thing', { name: 'thing', url: 'file:///src/thing#egg=thing' }],
    ['a==1 --hash=sha256:aa --hash sha512:bb', { hashes: ['sha256:aa', 'sha512:bb'] }],
    ['a==1 -C k=v --global-option=--quiet -i https://ignored', { name: 'a' }],
  ])('%j', (content, expected) => {
    expect(only(content)).toMatchObject(expected);
  });

  it.each([
    ['https://h/unnamed-1.0.tar.gz'],
    ['git+https://github.com/o/unnamed.git@main'],
    ['.'],
    ['./libs/common[dev]'],
    ['-e .'],
    ['-e ../shared[dev]'],
    ['-e file:///src/thing'],
  ])('%j is unnamed: skipped without a problem', (content) => {
    const r = parse(content);
    expect(r.occurrences).toEqual([]);
    expect(r.issues).toEqual([]);
  });
});

describe('parseRequirementsFile: lines, continuations, comments, variables', () => {
  it('joins continuations, keeps the first line and collects hashes across them', () => {
    const o = only('\ncertifi==2024.8.30 \\\n    --hash=sha256:aa \\\n    --hash=sha256:bb\n');
    expect(o).toMatchObject({ name: 'certifi', hashes: ['sha256:aa', 'sha256:bb'], location: { line: 2, column: 1, endLine: 2 } });
  });

  it('points at the physical line a continued error sits on', () => {
    const r = parse('urllib3 \\\n  >=1.26,\\\n  <3 garbage\n');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.location).toEqual({ file: 'svc/requirements.txt', line: 3, column: 6 });
  });

  it.each([
    ['CRLF', 'a==1\r\nb==2\r\n', [1, 2]],
    ['CR only', 'a==1\rb==2', [1, 2]],
    ['form feed is a line break for pip', 'a==1\fb==2', [1, 2]],
    ['a comment ends a continuation', 'a==1 \\\n# note\nb==2', [1, 3]],
    ['a trailing \\ on the last line', 'a==1\nb==2 \\', [1, 2]],
    ['a \\ followed by a space is no continuation', 'a==1 \\ \nb==2', [2]],
  ])('%s', (_label, content, lines) => {
    const r = parse(content);
    expect(r.occurrences.map((o) => o.location.line)).toEqual(lines);
  });

  it('expands only ${UPPER} variables that are set and non-empty', () => {
    const r = parse('a==${A_VER}\nb==$B\nc==${c}\nd==${EMPTY}\n', { A_VER: '1.0', B: '2', c: '3', EMPTY: '' });
    expect(r.occurrences.map((o) => o.specifier)).toEqual(['==1.0']);
    expect(r.issues.map((i) => i.location.line)).toEqual([2, 3, 4]);
  });

  it('does not expand anything without an environment', () => {
    expect(parse('--index-url https://${TOKEN}@h/simple').options[0]!.value).toBe('https://${TOKEN}@h/simple');
  });
});

describe('parseRequirementsFile: options and includes', () => {
  it('reads includes in every spelling, targets as written', () => {
    const r = parse('-r base.txt\n-rdev.txt\n--requirement=t.txt\n--requirem ../c.txt\n-c c.txt\n--constraint https://h/c.txt\n-c "a b.txt"\n-r one.txt -r two.txt\n');
    expect(r.includes.map((i) => `${i.kind}:${i.target}:${i.location.line}:${i.location.column}`)).toEqual([
      'requirement:base.txt:1:4',
      'requirement:dev.txt:2:3',
      'requirement:t.txt:3:15',
      'requirement:../c.txt:4:12',
      'constraint:c.txt:5:4',
      'constraint:https://h/c.txt:6:14',
      'constraint:a b.txt:7:4',
      'requirement:one.txt:8:4',
    ]);
    expect(r.issues).toEqual([]);
  });

  it('keeps global options between packages, with their long names', () => {
    const r = parse('a==1\n-i https://x/simple\n--extra-index-url=https://y\nb==2\n--pre --prefer-binary\n--no-binary :all:\n--only-binary=numpy\n--trusted-host h\n-f ./wheels\n--use-feature=truststore\n--no-index\n--require-hashes\n');
    expect(r.occurrences.map((o) => o.name)).toEqual(['a', 'b']);
    expect(r.options.map((o) => [o.name, o.value, o.location.line])).toEqual([
      ['--index-url', 'https://x/simple', 2],
      ['--extra-index-url', 'https://y', 3],
      ['--pre', undefined, 5],
      ['--prefer-binary', undefined, 5],
      ['--no-binary', ':all:', 6],
      ['--only-binary', 'numpy', 7],
      ['--trusted-host', 'h', 8],
      ['--find-links', './wheels', 9],
      ['--use-feature', 'truststore', 10],
      ['--no-index', undefined, 11],
      ['--require-hashes', undefined, 12],
    ]);
  });

  it.each([
    ['--frobnicate', 1, /no such option: --frobnicate/],
    ['--install-option="--prefix=/opt"', 1, /no such option: --install-option/],
    ['--pr', 1, /ambiguous option: --pr/],
    ['-x foo', 1, /no such option: -x/],
    ['-r', 1, /requires 1 argument/],
    ['--pre=yes', 1, /does not take a value/],
    ['a==1 --hash=md5:ab', 13, /Allowed hash algorithms/],
    ['a==1 --hash=ab', 13, /hash name followed by a value/],
    ['a==1 -C novalue', 9, /KEY=VAL/],
    ['-c "unclosed', 4, /No closing quotation/],
    ['foo=1.0', 4, /did you mean '=='/],
    ['a==1\t--hash=sha256:aa', 6, /unexpected text/], // pip splits options at spaces only
    ['--req x.txt', 1, /ambiguous option: --req/],
    ['foo==1.0#not-a-comment', 4, /invalid version specifier/],
    ['fastapi==0.115.6 uvicorn==0.32.1', 18, /unexpected text 'uvicorn/],
    ['pydantic>=2.0 > /dev/null', 15, /unexpected text/],
    ['-e https://h/x.tar.gz', 4, /not a valid editable/],
    ['-e git+https://github.com/o/noname.git', 4, /#egg=/],
    ['https://h/bad.whl', 1, /not a valid wheel filename/],
    ['x ; os_name = "nt"', 13, /marker operator/],
  ])('%j is a parse-error at column %i', (content, column, message) => {
    const r = parse(`ok==1\n${content}\nalso-ok==2`);
    expect(r.occurrences.map((o) => o.name)).toEqual(['ok', 'also-ok']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ rule: 'parse-error', location: { file: 'svc/requirements.txt', line: 2, column } });
    expect(r.issues[0]!.message).toMatch(message);
  });
});

describe('parseRequirementsFile: fixtures', () => {
  it('reads pip\'s documented example file', () => {
    const r = parseRequirementsFile(readFileSync(join(fixtures, 'pip-docs-example.txt'), 'utf8'), 'pip-docs-example.txt');
    expect(r.issues).toEqual([]);
    expect(r.includes.map((i) => i.target)).toEqual(['other-requirements.txt']);
    expect(r.occurrences.map((o) => `${o.name}${o.specifier}`)).toEqual([
      'pytest', 'pytest-cov', 'beautifulsoup4', 'docopt==0.6.1', 'keyring>=4.1.1', 'coverage!=3.5', 'mopidy-dirble~=1.1',
      'numpy==1.9.2', 'wxpython-phoenix==3.0.3.dev1820+49a8884', 'rejected', 'green', 'someproject', 'someproject==1.3',
      'someproject>=1.2,<2.0', 'someproject', 'someproject~=1.4.2', 'someproject==5.4', 'someproject', 'requests>=2.8.1,==2.8.*',
    ]);
  });

  it('reads OpenStack\'s upper constraints without a problem', () => {
    const r = parseRequirementsFile(readFileSync(join(fixtures, 'corpora/upper-constraints.txt'), 'utf8'), 'u.txt');
    expect(r.issues).toEqual([]);
    expect(r.occurrences.length).toBeGreaterThan(500);
    expect(r.occurrences.every((o) => o.specifier.startsWith('==') || o.specifier.startsWith('==='))).toBe(true);
  });
});
