import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { poetryToPep440 } from '../../src/sources/poetry.js';
import { parsePyproject } from '../../src/sources/pyproject.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/pyproject/${name}`, import.meta.url), 'utf8');

/** The text at a 1-based line:column, for checking that a location points at what it claims. */
const textAt = (content: string, line: number, column: number, length: number): string =>
  content.split('\n')[line - 1]!.slice(column - 1, column - 1 + length);

describe('parsePyproject: PEP 621 and PEP 735', () => {
  const content = fixture('pep621.toml');
  const result = parsePyproject(content, 'services/orders/pyproject.toml');

  it('reads the project name and no issues', () => {
    expect(result.projectName).toBe('orders-service');
    expect(result.issues).toEqual([]);
  });

  it.each<[string, string, string, string, number, number]>([
    // name, group, specifier, marker or url, line, column
    ['fastapi', 'main', '==0.115.6', '', 10, 6],
    ['uvicorn', 'main', '>=0.32,<0.33', '', 11, 6],
    ['pydantic', 'main', '>=2.9,<3', "python_version >= '3.10'", 12, 6],
    ['internal-lib', 'main', '', 'https://example.com/internal_lib-1.0-py3-none-any.whl', 14, 6],
    ['boto3', 'optional:aws', '~=1.35', '', 18, 9],
    ['pytest', 'optional:dev.tools', '>=8', '', 20, 4],
    ['pytest-cov', 'optional:dev.tools', '', '', 21, 4],
    ['ruff', 'group:lint', '==0.8.1', '', 25, 10],
    ['coverage', 'group:test', '>=7', '', 27, 4],
  ])('%s in %s', (name, group, specifier, extra, line, column) => {
    const i = result.occurrences.findIndex((o) => o.name === name);
    expect(i).toBeGreaterThanOrEqual(0);
    const o = result.occurrences[i]!;
    expect(result.groups[i]).toBe(group);
    expect(o.specifier).toBe(specifier);
    expect(o.marker ?? o.url ?? '').toBe(extra);
    expect(o).toMatchObject({ origin: 'pyproject', viaConstraint: false });
    expect(o.location).toMatchObject({ file: 'services/orders/pyproject.toml', line, column });
    // the location points at the text exactly as written
    expect(textAt(content, line, column, o.text.length)).toBe(o.text);
  });

  it('skips comments, build requirements and include tables', () => {
    expect(result.occurrences.map((o) => o.name)).not.toContain('requests');
    expect(result.occurrences.map((o) => o.name)).not.toContain('hatchling');
    expect(result.occurrences).toHaveLength(9);
    expect(result.occurrences.find((o) => o.name === 'uvicorn')?.extras).toEqual(['standard']);
  });
});

describe('parsePyproject: Poetry', () => {
  const content = fixture('poetry.toml');
  const result = parsePyproject(content, 'pyproject.toml');
  const get = (name: string) => result.occurrences.filter((o) => o.name === name);

  it('skips python and reports nothing', () => {
    expect(result.issues).toEqual([]);
    expect(get('python')).toEqual([]);
  });

  it.each<[string, number, string, string | undefined]>([
    ['requests', 0, '>=2.31.0,<3.0.0', undefined],
    ['pydantic', 0, '>=0.2.3,<0.3.0', undefined],
    ['django', 0, '>=4.2,<4.3', 'python_version >= "3.10"'],
    ['numpy', 0, '<=1.26', 'python_version < "3.12"'],
    ['numpy', 1, '>=2.0,<3.0', 'python_version >= "3.12"'],
    ['aiohttp', 0, '>=3.9,<4', undefined],
    ['legacy', 0, '>=1.0,<3.0', undefined],
    ['black', 0, '', undefined],
    ['pytest', 0, '==8.3.*', undefined],
    ['mypy', 0, '==1.13.0', undefined],
  ])('%s #%i → %s', (name, index, specifier, marker) => {
    const o = get(name)[index]!;
    expect(o.specifier).toBe(specifier);
    expect(o.marker).toBe(marker);
  });

  it('reads extras, git and path dependencies without a specifier', () => {
    expect(get('django')[0]!.extras).toEqual(['argon2', 'bcrypt']);
    expect(get('mylib')[0]).toMatchObject({ specifier: '', url: 'git+https://github.com/org/mylib.git@v1.0' });
    expect(get('shared')[0]).toMatchObject({ specifier: '', url: '../shared' });
  });

  it('labels groups and places each dependency at its key', () => {
    const group = (name: string): string | undefined => result.groups[result.occurrences.findIndex((o) => o.name === name)];
    expect(group('requests')).toBe('poetry');
    expect(group('black')).toBe('poetry:dev');
    expect(group('mypy')).toBe('poetry:dev');
    const requests = get('requests')[0]!;
    expect(requests.location).toMatchObject({ line: 7, column: 1, endLine: 7, endColumn: 21 });
    expect(requests.text).toBe('requests = "^2.31.0"');
    const numpy = get('numpy');
    expect(numpy.map((o) => o.location.line)).toEqual([11, 12]);
    expect(numpy[1]!.location.column).toBe(3);
  });

  it('does not read Poetry 2 enrichment of PEP 621 dependencies twice', () => {
    const toml = '[project]\nname = "x"\ndependencies = ["Requests>=2"]\n\n[tool.poetry.dependencies]\nrequests = { source = "private" }\nextra-one = "^1"\n';
    const r = parsePyproject(toml, 'pyproject.toml');
    expect(r.occurrences.map((o) => [o.name, o.specifier])).toEqual([
      ['requests', '>=2'],
      ['extra-one', '>=1,<2'],
    ]);
  });

  it('reads a dependency declared as its own table', () => {
    const toml = '[tool.poetry.dependencies]\npython = "^3.12"\n\n[tool.poetry.dependencies.numpy]\nversion = ">=1.26 <2"\n';
    const r = parsePyproject(toml, 'pyproject.toml');
    expect(r.occurrences).toHaveLength(1);
    expect(r.occurrences[0]).toMatchObject({ name: 'numpy', specifier: '>=1.26,<2', location: { line: 4, column: 27 } });
  });
});

describe('poetryToPep440', () => {
  it.each([
    ['^1.2.3', '>=1.2.3,<2.0.0'],
    ['^1.2', '>=1.2,<2.0'],
    ['^0.2.3', '>=0.2.3,<0.3.0'],
    ['^0.0.3', '>=0.0.3,<0.0.4'],
    ['^0', '>=0,<1'],
    ['~1.2', '>=1.2,<1.3'],
    ['~1.2.3', '>=1.2.3,<1.3.0'],
    ['~1', '>=1,<2'],
    ['~=1.4.5', '~=1.4.5'],
    ['1.2.*', '==1.2.*'],
    ['*', ''],
    ['', ''],
    ['1.2.3', '==1.2.3'],
    ['=1.2.3', '==1.2.3'],
    ['>=1,<2', '>=1,<2'],
    ['>=1 <2', '>=1,<2'],
    ['>= 1.2, < 2.0', '>=1.2,<2.0'],
    ['!=1.5', '!=1.5'],
    // `||` keeps the smallest range holding every alternative
    ['^1.0 || ^2.0', '>=1.0,<3.0'],
    ['>=1,<1.5 || 2.0.*', '>=1,<2.1'],
    ['<1 || >=3', ''],
    ['==1.0 || ==1.2', '>=1.0,<=1.2'],
  ])('%j → %j', (poetry, pep440) => {
    expect(poetryToPep440(poetry)).toBe(pep440);
  });

  it('refuses what it cannot read', () => {
    expect(() => poetryToPep440('^')).toThrow(/cannot read Poetry constraint/);
  });
});

describe('parsePyproject: bad input', () => {
  it.each<[string, string, string, number, number]>([
    ['bad TOML', '[project\nname = "x"\n', 'invalid TOML', 1, 9],
    ['a duplicate key', '[project]\nname = "a"\nname = "b"\n', 'invalid TOML', 3, 1],
    ['a bad requirement', '[project]\ndependencies = [\n  "ok==1",\n  "bad name ==",\n]\n', "invalid requirement 'bad name =='", 4, 8],
    ['a non-string dependency', '[project]\ndependencies = ["a", 3]\n', 'must hold requirement strings', 2, 22],
    ['dependencies as a string', '[project]\ndependencies = "a"\n', 'must be a list', 2, 1],
    ['a bad Poetry constraint', '[tool.poetry.dependencies]\nfoo = "^"\n', 'cannot read Poetry constraint', 2, 1],
    ['a bad Poetry version', '[tool.poetry.dependencies]\nfoo = ">=1.0.0.banana"\n', "Poetry dependency 'foo': invalid version specifier", 2, 1],
    ['a Poetry dependency of the wrong type', '[tool.poetry.dependencies]\nfoo = 3\n', 'must be a version string or a table', 2, 1],
  ])('%s → an issue at its location', (_, toml, message, line, column) => {
    const r = parsePyproject(toml, 'p.toml');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.message).toContain(message);
    expect(r.issues[0]!.location).toMatchObject({ file: 'p.toml', line, column });
  });

  it('keeps the other requirements when one is bad', () => {
    const r = parsePyproject('[project]\ndependencies = ["a==1", "b=1", "c>=2"]\n', 'p.toml');
    expect(r.issues).toHaveLength(1);
    expect(r.occurrences.map((o) => o.name)).toEqual(['a', 'c']);
    expect(r.groups).toEqual(['main', 'main']);
  });

  it.each<[string, string, string[]]>([
    ['an unknown group', '[dependency-groups]\na = [{include-group = "nope"}]\n', ["'nope' is not defined"]],
    ['a cycle', '[dependency-groups]\na = ["x", {include-group = "b"}]\nb = [{include-group = "A"}]\n', ['forms a cycle']],
    ['a group including itself', '[dependency-groups]\na = [{include-group = "a"}]\n', ['forms a cycle']],
    ['a diamond (no cycle)', '[dependency-groups]\na = [{include-group = "b"}, {include-group = "c"}]\nb = [{include-group = "c"}]\nc = ["x"]\n', []],
  ])('include-group: %s', (_, toml, messages) => {
    const r = parsePyproject(toml, 'p.toml');
    expect(r.issues.map((i) => i.rule)).toEqual(messages.map(() => 'include-error'));
    messages.forEach((m, i) => expect(r.issues[i]!.message).toContain(m));
  });
});
