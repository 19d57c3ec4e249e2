import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import type { Finding } from '../../src/model.js';
import { scanRepository } from '../../src/scan.js';
import { memoryReader } from '../support/memory-reader.js';

const CONSTRAINTS = 'constraints.txt';

async function check(files: Record<string, string>, config = {}): Promise<Finding[]> {
  const result = await scanRepository(memoryReader(files), resolveConfig({ constraints: CONSTRAINTS, ...config }));
  return result.findings;
}

const brief = (f: Finding): string => `${f.rule} ${f.package ?? '-'} ${f.location.file}:${f.location.line}`;

describe('conflict', () => {
  it.each([
    ['pydantic<2', '==2.10.4', true],
    ['pydantic>=2,<3', '==2.10.4', false],
    ['pydantic~=2.10.0', '==2.10.4', false],
    ['pydantic==2.*', '==2.10.4', false],
    ['pydantic!=2.10.4', '==2.10.4', true],
    ['pydantic>=2.11', '==2.10.4', true],
    ['pydantic', '==2.10.4', false],
    ['pydantic>=2.0', '==2.11.0rc1', false], // an explicit pre-release pin is accepted by a range, as pip does
    ['pydantic<3', '<2', false], // ranges that overlap
    ['pydantic>=2', '<2', true], // ranges that cannot meet
    ['pydantic===2.10.4', '===2.10.4', false],
  ])('%s against the pin %s → conflict: %s', async (spec, pin, conflicts) => {
    const findings = await check({ [CONSTRAINTS]: `pydantic${pin}\n`, 'svc/requirements.txt': `${spec}\n` });
    expect(findings.filter((f) => f.rule === 'conflict').map(brief)).toEqual(conflicts ? ['conflict pydantic svc/requirements.txt:1'] : []);
  });

  it('compares normalized names and reports the specifier and the pin', async () => {
    const findings = await check({ [CONSTRAINTS]: 'Typing_Extensions==4.12.2\n', 'svc/requirements.txt': '# x\ntyping.extensions<4\n' });
    const conflict = findings.find((f) => f.rule === 'conflict');
    expect(conflict).toMatchObject({ package: 'typing-extensions', specifier: '<4', pin: '==4.12.2', severity: 'error', location: { line: 2, column: 1 } });
    expect(conflict?.message).toContain('constraints.txt:1');
  });

  it('does not flag pins split by markers when one of them is accepted', async () => {
    const findings = await check({
      [CONSTRAINTS]: 'numpy===1.26.4;python_version=="3.9"\nnumpy===2.1.3;python_version>="3.10"\n',
      'svc/requirements.txt': 'numpy>=2\n',
    });
    expect(findings.filter((f) => f.rule === 'conflict')).toEqual([]);
  });

  it('checks pyproject dependencies and ranged Dockerfile installs', async () => {
    const findings = await check({
      [CONSTRAINTS]: 'httpx==0.28.1\nrequests==2.32.3\n',
      'a/pyproject.toml': '[project]\nname = "a"\ndependencies = ["httpx<0.27"]\n',
      'b/Dockerfile': 'FROM python:3.12\nRUN pip install -c /c.txt "requests<2.30"\n',
    });
    expect(findings.filter((f) => f.rule === 'conflict').map(brief)).toEqual(['conflict httpx a/pyproject.toml:3', 'conflict requests b/Dockerfile:2']);
  });
});

describe('inline-pin-mismatch', () => {
  it('flags an inline pin that differs from the central pin, and not an equal one', async () => {
    const findings = await check({
      [CONSTRAINTS]: 'fastapi==0.115.6\nuvicorn==0.32.1\n',
      'base/Dockerfile': 'FROM python:3.12\nRUN pip install -c /c.txt "fastapi==0.110.0" "uvicorn[standard]==0.32.1"\n',
    });
    expect(findings.filter((f) => f.rule === 'inline-pin-mismatch').map(brief)).toEqual(['inline-pin-mismatch fastapi base/Dockerfile:2']);
    expect(findings.some((f) => f.rule === 'conflict')).toBe(false);
  });

  it('treats 1.0 and 1.0.0 as the same version', async () => {
    const findings = await check({ [CONSTRAINTS]: 'six==1.16\n', 'base/Dockerfile': 'FROM python:3.12\nRUN pip install six==1.16.0\n' });
    expect(findings.filter((f) => f.rule === 'inline-pin-mismatch')).toEqual([]);
  });
});

describe('unconstrained and missing-constraints-flag', () => {
  it('warns when a package shared by two services has no central pin', async () => {
    const findings = await check({
      [CONSTRAINTS]: 'requests==2.32.3\n',
      'a/requirements.txt': 'structlog\nrequests\n',
      'b/requirements.txt': 'structlog>=24\n',
      'c/requirements.txt': 'rich\n',
    });
    expect(findings.filter((f) => f.rule === 'unconstrained').map((f) => f.package)).toEqual(['structlog']);
  });

  it('honours shared-min-services', async () => {
    const files = { [CONSTRAINTS]: '', 'a/requirements.txt': 'structlog\n', 'b/requirements.txt': 'structlog\n' };
    expect((await check(files, { sharedMinServices: 3 })).filter((f) => f.rule === 'unconstrained')).toEqual([]);
  });

  it('flags pip install -r without -c, unless the requirements file carries its own -c', async () => {
    const findings = await check({
      [CONSTRAINTS]: 'requests==2.32.3\n',
      'a/Dockerfile': 'FROM python:3.12\nCOPY requirements.txt /app/\nRUN pip install -r /app/requirements.txt\n',
      'a/requirements.txt': 'requests\n',
      'b/Dockerfile': 'FROM python:3.12\nWORKDIR /src\nCOPY . .\nRUN pip install -r requirements.txt\n',
      'b/requirements.txt': '-c ../constraints.txt\nrequests\n',
    });
    expect(findings.filter((f) => f.rule === 'missing-constraints-flag').map(brief)).toEqual(['missing-constraints-flag - a/Dockerfile:3']);
  });
});

describe('constraints file rules', () => {
  it('finds duplicates (same marker), unused pins and lines pip refuses as constraints', async () => {
    const findings = await check({
      [CONSTRAINTS]: 'requests==2.32.3\nrequests==2.31.0\nsix==1.16.0 ; python_version<"3"\nsix==1.17.0\nuvicorn[standard]==0.32.1\n-e git+https://x.org/r.git#egg=mylib\nlonely==1.0\n./libs/local\n',
      'a/requirements.txt': 'requests\nsix\nuvicorn\nmylib\n',
    });
    expect(findings.filter((f) => f.rule === 'duplicate-constraint').map(brief)).toEqual(['duplicate-constraint requests constraints.txt:2']);
    expect(findings.filter((f) => f.rule === 'unused-constraint').map((f) => f.package)).toEqual(['lonely']);
    expect(findings.filter((f) => f.rule === 'invalid-constraint').map(brief)).toEqual([
      'invalid-constraint uvicorn constraints.txt:5',
      'invalid-constraint mylib constraints.txt:6',
      'invalid-constraint - constraints.txt:8',
    ]);
  });
});

describe('bad input', () => {
  it('reports a malformed line and still checks the rest of the file and the repo', async () => {
    const findings = await check({
      [CONSTRAINTS]: 'pydantic==2.10.4\n',
      'a/requirements.txt': 'this is not valid ===\npydantic<2\n',
      'b/requirements.txt': 'pydantic<2\n',
    });
    expect(findings.map(brief)).toEqual(
      expect.arrayContaining(['parse-error - a/requirements.txt:1', 'conflict pydantic a/requirements.txt:2', 'conflict pydantic b/requirements.txt:1']),
    );
  });

  it('reports missing, escaping and cyclic includes at the include line', async () => {
    const findings = await check({
      [CONSTRAINTS]: '',
      'a/requirements.txt': 'requests\n-r missing.txt\n-r ../../outside.txt\n-r b.txt\n',
      'a/b.txt': '-r requirements.txt\n',
    });
    const includeErrors = findings.filter((f) => f.rule === 'include-error');
    expect(includeErrors.map(brief).sort()).toEqual(['include-error - a/requirements.txt:2', 'include-error - a/requirements.txt:3', 'include-error - a/requirements.txt:4']);
    expect(includeErrors.map((f) => f.message)).toEqual([
      expect.stringContaining('file not found'),
      expect.stringContaining('outside the repository'),
      expect.stringMatching(/include cycle: a\/b\.txt → a\/requirements\.txt → a\/b\.txt/),
    ]);
  });

  it('turns a rule off or changes its severity from config', async () => {
    const files = { [CONSTRAINTS]: 'pydantic==2.10.4\n', 'a/requirements.txt': 'pydantic<2\n' };
    expect((await check(files, { rules: { conflict: 'off' } })).filter((f) => f.rule === 'conflict')).toEqual([]);
    expect((await check(files, { rules: { conflict: 'warning' } })).find((f) => f.rule === 'conflict')?.severity).toBe('warning');
  });
});
