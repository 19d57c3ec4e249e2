// The failures hostile input found (issue 13's table), one regression test per row: each failed before its fix.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsReader } from '../../src/adapters/fs-reader.js';
import { runCli } from '../../src/cli.js';
import { ConfigError, resolveConfig } from '../../src/config.js';
import { parseConfigFile } from '../../src/config-file.js';
import type { FileReader } from '../../src/model.js';
import { parseText } from '../support/parse-text.js';
import { renderJson } from '../../src/report/json.js';
import type { Report } from '../../src/report/types.js';
import { buildReport, scanRepository } from '../../src/scan.js';
import { memoryReader } from '../support/memory-reader.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'monopin-hostile-'));
});
afterAll(() => {
  // GNU rm walks with openat: the tree below is deeper than PATH_MAX, which fs.rm cannot unlink.
  execFileSync('rm', ['-rf', tmp]);
});

async function repo(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const root = join(tmp, name);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd(), isTty: false, env: {} });
  return { code, stdout, stderr };
}

const findings = (result: Awaited<ReturnType<typeof scanRepository>>): string[] => result.findings.map((f) => `${f.rule} ${f.location.file}:${f.location.line}`);

describe('a marker with thousands of nested parentheses', () => {
  it('is a parse-error on its line, and the rest of the file and the repository still count', async () => {
    const deep = `pydantic<2; ${'('.repeat(5000)}python_version < "3.13"${')'.repeat(5000)}`;
    const result = await scanRepository(
      memoryReader({ 'constraints.txt': 'pydantic==2.10.4\nrequests==2.32.3\n', 'svc/requirements.txt': `${deep}\nrequests<2\n`, 'other/requirements.txt': 'pydantic<2\n' }),
      resolveConfig({ constraints: 'constraints.txt' }),
    );
    expect(findings(result)).toEqual(expect.arrayContaining(['parse-error svc/requirements.txt:1', 'conflict svc/requirements.txt:2', 'conflict other/requirements.txt:1']));
  });
});

describe('a -r include chain thousands deep', () => {
  const chain = (n: number, name: (i: number) => string): Record<string, string> =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [name(i), `${i + 1 < n ? `-r ${name(i + 1).split('/').pop()}\n` : ''}pkg${i}==1.0\n`]));

  it('stops at the depth limit with an include-error, in linear time', async () => {
    const timeOf = async (n: number): Promise<{ ms: number; result: Awaited<ReturnType<typeof scanRepository>> }> => {
      const files = chain(n, (i) => (i === 0 ? 'svc/requirements.txt' : `svc/part${i}.txt`));
      const started = performance.now();
      const result = await scanRepository(memoryReader(files), resolveConfig({}));
      return { ms: performance.now() - started, result };
    };
    const { result } = await timeOf(3000);
    const deep = result.findings.filter((f) => f.rule === 'include-error');
    expect(deep).toHaveLength(1);
    expect(deep[0]!.message).toMatch(/include chain deeper than \d+ files/);
    // Files past the limit are not read at all.
    expect(result.workspace.files.length).toBeLessThan(100);
    const { ms } = await timeOf(12_000);
    expect(ms).toBeLessThan(3000);
  });

  it('stays linear when every file of the chain is discovered by name (no stack overflow, no quadratic walk)', async () => {
    const files = chain(6000, (i) => `svc/requirements-${i}.txt`);
    const started = performance.now();
    const result = await scanRepository(memoryReader(files), resolveConfig({}));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.findings.filter((f) => f.rule === 'include-error').length).toBeGreaterThan(0);
    expect(result.workspace.occurrences).toHaveLength(6000);
  });
});

describe('Dockerfile variable expansion', () => {
  it('an ARG doubled 40 times is refused with a finding, and later instructions are still read', () => {
    let text = 'FROM python:3.12\nARG A0=xxxxxxxxxxxxxxxx\n';
    for (let i = 1; i <= 40; i++) text += `ARG A${i}=\${A${i - 1}}\${A${i - 1}}\n`;
    text += 'RUN pip install "requests==2.32.3"\n';
    const started = performance.now();
    const parsed = parseText('Dockerfile', 'dockerfile', text);
    expect(performance.now() - started).toBeLessThan(2000);
    if (parsed.kind !== 'dockerfile') throw new Error('not a Dockerfile');
    expect(parsed.parsed.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^ARG: variable \$\{A\d+\} expands past 65536 characters/)]);
    expect(parsed.parsed.installs.flatMap((i) => i.packages.map((p) => `${p.name}${p.specifier}`))).toEqual(['requests==2.32.3']);
  });

  it('`${A:-` nested 50,000 deep is a finding, not a stack overflow', () => {
    const text = `FROM python:3.12\nRUN pip install "x\${A:-${'${A:-'.repeat(50_000)}${'}'.repeat(50_001)}"\nRUN pip install requests==2.32.3\n`;
    const parsed = parseText('Dockerfile', 'dockerfile', text);
    if (parsed.kind !== 'dockerfile') throw new Error('not a Dockerfile');
    expect(parsed.parsed.issues.map((i) => `${i.location.line} ${i.message}`)).toContain('2 RUN: variable defaults nested deeper than 8 levels; left unexpanded');
    // The 300 KB word is quoted in its parse-error, cut short: findings are kept, rendered and posted.
    expect(Math.max(...parsed.parsed.issues.map((i) => i.message.length))).toBeLessThanOrEqual(500);
    expect(parsed.parsed.installs.at(-1)!.packages.map((p) => p.name)).toEqual(['requests']);
  });
});

describe('config globs', () => {
  const bomb = `**/${'+(a|aa)'.repeat(20)}b`;

  it('refuses nested extglobs in ignore: with a clear error', () => {
    expect(() => parseConfigFile(`ignore:\n  - "${bomb}"\n`, '.github/monopin.yml')).toThrow(ConfigError);
    expect(() => parseConfigFile(`ignore:\n  - "${bomb}"\n`, '.github/monopin.yml')).toThrow(/ignore\.0: .*extglobs .* are not supported/);
  });

  it('matches star-heavy patterns in linear time', async () => {
    const root = await repo('globs', { [`${'a'.repeat(200)}/requirements.txt`]: 'requests\n', 'b/requirements.txt': 'flask\n' });
    const config = resolveConfig({ ignore: [`${'*a'.repeat(30)}*b`, `**/${'*a'.repeat(30)}*b/**`] });
    const started = performance.now();
    const result = await scanRepository(createFsReader(root), config);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.workspace.files.map((f) => f.path).sort()).toEqual([`${'a'.repeat(200)}/requirements.txt`, 'b/requirements.txt']);
  });
});

describe("another service's -c ../evil/requirements.txt", () => {
  const files = {
    'docker/base/requirements-constraints.txt': 'pydantic==2.10.4\nrequests==2.32.3\n',
    'services/api/requirements.txt': '-c ../../docker/base/requirements-constraints.txt\npydantic<2\n',
    'services/web/requirements.txt': '-c ../../docker/base/requirements-constraints.txt\nrequests<2\n',
    'services/evil/requirements.txt': 'pydantic<2\nrequests<2\n',
    'services/x/requirements.txt': '-c ../evil/requirements.txt\n-c ../evil/requirements.txt\n-c ../evil/requirements.txt\nflask\n',
  };

  it('does not turn that file into constraints nor make it the central file', async () => {
    const result = await scanRepository(memoryReader(files), resolveConfig({}));
    expect(result.workspace.constraintsFile).toBe('docker/base/requirements-constraints.txt');
    expect(result.workspace.files.find((f) => f.path === 'services/evil/requirements.txt')!.kind).toBe('requirements');
    expect(findings(result)).toEqual(expect.arrayContaining(['conflict services/evil/requirements.txt:1', 'conflict services/evil/requirements.txt:2']));
  });

  it('is never chosen even when it is the only file anyone -c includes', async () => {
    const result = await scanRepository(memoryReader({ 'services/evil/requirements.txt': 'pydantic<2\n', 'services/x/requirements.txt': '-c ../evil/requirements.txt\nflask\n' }), resolveConfig({}));
    expect(result.workspace.constraintsFile).toBeUndefined();
  });

  it('the CLI says which file it chose', async () => {
    const root = await repo('evil-choice', files);
    const { stderr } = await cli(['check', '--root', root, '--format', 'json']);
    expect(stderr).toContain('monopin: note: central constraints file: docker/base/requirements-constraints.txt');
  });
});

describe('a binary, UTF-16 or oversized central file', () => {
  const utf16 = (text: string, bom: 'le' | 'be'): Uint8Array => {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return bom === 'le' ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]!));
  };

  it.each(['le', 'be'] as const)('UTF-16 %s with a BOM is read as pip reads it', async (bom) => {
    const root = await repo(`utf16-${bom}`, { 'constraints.txt': utf16('pydantic==2.10.4\n', bom), 'svc/requirements.txt': 'pydantic<2\n' });
    const { code, stdout } = await cli(['check', '--root', root, '--constraints', 'constraints.txt', '--format', 'json']);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.map((f) => `${f.rule} ${f.package}`)).toContain('conflict pydantic');
    expect(code).toBe(1);
  });

  it('agrees with pip on a UTF-16 file', async () => {
    const root = await repo('utf16-pip', { 'requirements.txt': utf16('pydantic==2.10.4\n', 'le') });
    const result = await scanRepository(createFsReader(root), resolveConfig({}));
    expect(result.workspace.occurrences.map((o) => `${o.name}${o.specifier}`)).toEqual(['pydantic==2.10.4']);
    const pip = execFileSync('python3', ['-c', 'import sys; from pip._internal.utils.encoding import auto_decode; print(auto_decode(open(sys.argv[1], "rb").read()).strip())', join(root, 'requirements.txt')], { encoding: 'utf8' });
    expect(pip.trim()).toBe('pydantic==2.10.4');
  });

  it.each([
    ['binary', new Uint8Array([0x70, 0x79, 0, 1, 2, 3, 0x0a]), /cannot use the constraints file 'constraints\.txt': binary file/],
    ['oversized', 'pydantic==2.10.4\n'.repeat(2000), /cannot use the constraints file 'constraints\.txt': larger than 1000 bytes/],
  ] as const)('a %s configured central file is an error (exit 2), not "Findings (0)"', async (name, content, message) => {
    const root = await repo(`central-${name}`, { 'constraints.txt': content, 'svc/requirements.txt': 'pydantic<2\n', '.github/monopin.yml': 'max-file-bytes: 1000\n' });
    const { code, stderr } = await cli(['check', '--root', root, '--constraints', 'constraints.txt']);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('a binary constraints file found by name is an error finding', async () => {
    const result = await scanRepository(memoryReader({ 'constraints.txt': 'py\u0000\u0001', 'svc/requirements.txt': 'pydantic<2\n' }), resolveConfig({}));
    expect(result.findings.map((f) => `${f.rule} ${f.severity} ${f.location.file}`)).toContain('parse-error error constraints.txt');
  });
});

describe('FIFOs and devices', () => {
  it('a FIFO as -r target is an include-error, and --constraints FIFO exits 2, without blocking', async () => {
    const root = await repo('fifo', { 'svc/requirements.txt': '-r pipe.txt\nrequests\n' });
    execFileSync('mkfifo', [join(root, 'svc/pipe.txt'), join(root, 'constraints.txt')]);
    const result = await scanRepository(createFsReader(root), resolveConfig({}));
    expect(result.findings.map((f) => `${f.rule} ${f.message}`)).toContain('include-error -r pipe.txt: cannot read it: refusing to read \'svc/pipe.txt\': not a regular file (svc/pipe.txt)');
    const { code, stderr } = await cli(['check', '--root', root, '--constraints', 'constraints.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain("cannot read the constraints file 'constraints.txt'");
  });

  it('a character device is refused before it is opened', async () => {
    const reader = createFsReader('/');
    await expect(reader.read('dev/zero')).rejects.toThrow(/not a regular file/);
  });
});

describe('unreadable and too deep folders', () => {
  it('a folder that cannot be listed is skipped with a note; the scan goes on', async () => {
    const inner = memoryReader({ 'locked/requirements.txt': 'x\n', 'svc/requirements.txt': 'requests\n' });
    const reader: FileReader = {
      read: inner.read,
      list: (dir, options) => (dir === 'locked' ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) : inner.list(dir, options)),
    };
    const result = await scanRepository(reader, resolveConfig({}));
    expect(result.workspace.skipped).toContainEqual({ path: 'locked', reason: 'folder not read: EACCES' });
    expect(result.workspace.files.map((f) => f.path)).toEqual(['svc/requirements.txt']);
  });

  it('a path longer than PATH_MAX (ENAMETOOLONG) is skipped with a note', async () => {
    const root = await repo('long', { 'requirements.txt': 'requests\n' });
    // Made from inside, one level at a time: the whole path is longer than PATH_MAX.
    const name = 'd'.repeat(250);
    execFileSync('python3', ['-c', `import os\nos.chdir(${JSON.stringify(root)})\nfor _ in range(20):\n    os.mkdir(${JSON.stringify(name)}); os.chdir(${JSON.stringify(name)})\nopen('requirements.txt', 'w').write('flask\\n')`]);
    const result = await scanRepository(createFsReader(root), resolveConfig({}));
    expect(result.workspace.files.map((f) => f.path)).toEqual(['requirements.txt']);
    expect(result.workspace.skipped.map((s) => s.reason)).toEqual(['folder not read: ENAMETOOLONG']);
  });

  it('2,100 nested folders are not walked: past 64 levels a folder is skipped with a note', async () => {
    const deep = Array.from({ length: 2100 }, () => 'd').join('/');
    const result = await scanRepository(memoryReader({ 'requirements.txt': 'requests\n', [`${deep}/requirements.txt`]: 'flask\n' }), resolveConfig({}));
    expect(result.workspace.files.map((f) => f.path)).toEqual(['requirements.txt']);
    expect(result.workspace.skipped.map((s) => s.reason)).toEqual(['folder nested deeper than 64 levels, not entered']);
  });
});

describe('--root /', () => {
  it('reads files under the root', async () => {
    const root = await repo('slash', { 'constraints.txt': 'pydantic==2.10.4\n' });
    const reader = createFsReader('/');
    expect(new TextDecoder().decode(await reader.read(relative('/', join(root, 'constraints.txt'))))).toBe('pydantic==2.10.4\n');
  });
});

describe('size limits', () => {
  it('max-file-bytes has a ceiling', () => {
    expect(() => parseConfigFile('max-file-bytes: 1000000000000\n', 'monopin.yml')).toThrow(/max-file-bytes: must be <= 67108864/);
  });

  it('JSON goes out in chunks: no single string holds the whole report', async () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `package-number-${i}==1.0.${i}`).join('\n');
    const root = await repo('big-json', { 'requirements.txt': `${lines}\n` });
    const chunks: string[] = [];
    const code = await runCli(['scan', '--root', root, '--format', 'json'], { stdout: (t) => chunks.push(t), stderr: () => undefined, cwd: process.cwd(), isTty: false, env: {} });
    expect(code).toBe(0);
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(2 << 20);
    const report = JSON.parse(chunks.join('')) as Report;
    expect(report.requirements).toHaveLength(30_000);
  });
});

describe('versions that differ past 2^53', () => {
  it('are different versions: a conflict, as packaging compares Python ints', async () => {
    const result = await scanRepository(
      memoryReader({ 'constraints.txt': 'bigpkg==10000000000000000000000\n', 'svc/requirements.txt': 'bigpkg==10000000000000000000001\n', 'ok/requirements.txt': 'bigpkg>=9999999999999999999999\n' }),
      resolveConfig({ constraints: 'constraints.txt' }),
    );
    expect(findings(result).filter((f) => f.startsWith('conflict'))).toEqual(['conflict svc/requirements.txt:1']);
  });
});

describe('compose services that are not mappings or have no name', () => {
  const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it('are skipped with a finding, and the JSON report validates', async () => {
    const result = await scanRepository(
      memoryReader({
        'docker-compose.yml': 'services:\n  "": {build: ./a}\n  ? [x, y]\n  : {build: ./a}\n  null: {build: ./a}\n  list: [1, 2]\n  ok: {build: ./a}\n',
        'a/Dockerfile': 'FROM python:3.12\nRUN pip install requests\n',
      }),
      resolveConfig({}),
    );
    expect(findings(result).filter((f) => f.startsWith('parse-error'))).toEqual(['parse-error docker-compose.yml:2', 'parse-error docker-compose.yml:3', 'parse-error docker-compose.yml:5', 'parse-error docker-compose.yml:6']);
    const report = JSON.parse(renderJson(buildReport(result, { root: '/repo' })));
    expect(validate(report) ? '' : JSON.stringify(validate.errors)).toBe('');
    expect(report.services.map((s: { name: string }) => s.name)).toEqual(['ok']);
  });
});

describe('one requirement line repeated 200,000 times in two services', () => {
  const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it('is one finding per file and rule with its count: the findings and their text stay the size of the problem', async () => {
    const lines = 200_000;
    const result = await scanRepository(
      memoryReader({
        'constraints.txt': 'numpy==2.0.0\n',
        'a/requirements.txt': 'numpy==1.0\n'.repeat(lines),
        'b/requirements.txt': 'numpy==1.0\n'.repeat(lines),
        'a/Dockerfile': 'FROM python:3.12\nRUN pip install "numpy==1.26.4" "numpy==1.26.4"\n',
      }),
      resolveConfig({ constraints: 'constraints.txt' }),
    );
    const repeated = result.findings.filter((f) => f.rule === 'conflict' || f.rule === 'inline-pin-mismatch');
    expect(repeated.map((f) => `${f.rule} ${f.location.file}:${f.location.line} ×${f.occurrences ?? 1}`)).toEqual([
      'inline-pin-mismatch a/Dockerfile:2 ×2',
      'conflict a/requirements.txt:1 ×200000',
      'conflict b/requirements.txt:1 ×200000',
    ]);
    const report = buildReport(result, { root: '/repo' });
    expect(report.requirements).toHaveLength(2 * lines + 3);
    const findingsJson = JSON.stringify(report.findings);
    expect(findingsJson.length).toBeLessThan(5_000);
    expect(validate(JSON.parse(renderJson({ ...report, requirements: [] }))) ? '' : JSON.stringify(validate.errors)).toBe('');
    const text = await cli(['check', '--root', await repo('repeated', { 'constraints.txt': 'numpy==2.0.0\n', 'a/requirements.txt': 'numpy==1.0\n'.repeat(1000) }), '--constraints', 'constraints.txt', '--fail-on', 'never']);
    expect(text.stdout).toContain('a/requirements.txt:1:1 (and 999 more lines like it)');
  });
});

describe('escapes in every output', () => {
  const ESC = '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007';

  it('--constraints with ESC/BEL/newline never reaches stderr raw', async () => {
    const root = await repo('escape-arg', { 'svc/requirements.txt': 'requests\n' });
    const { code, stderr } = await cli(['check', '--root', root, '--constraints', `x${ESC}\n::error::forged`]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(stderr.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a config value with escapes is quoted safely', async () => {
    const root = await repo('escape-config', { '.github/monopin.yml': `constraints: "x${ESC.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a')}\\n::warning::forged"\n` });
    const { code, stderr } = await cli(['check', '--root', root]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(stderr.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
  });

  // Reports were escaped already; the new stderr note names the chosen file, which lives in that folder.
  it('a folder name with escapes stays escaped in reports and in the note that names the central file', async () => {
    const root = await repo('escape-folder', { [`svc\u001b[31m\n::error::x/requirements.txt`]: 'requests\n', [`svc\u001b[31m\n::error::x/constraints.txt`]: 'requests==2.0\n' });
    for (const format of ['text', 'markdown', 'sarif', 'json']) {
      const { stdout, stderr } = await cli(['check', '--root', root, '--format', format]);
      expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(stdout).not.toMatch(/\u001b/);
      expect(`${stdout}\n${stderr}`.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
    }
  });
});
