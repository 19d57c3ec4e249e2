// `monopin check --advisories` on a monorepo with vulnerable pins in all four places (central
// constraints, an inline Dockerfile pin, `==` in a requirements file, pyproject), against the OSV
// emulator serving saved public records and against the same records as a folder.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { Finding } from '../../src/model.js';
import { git, makeRepo } from '../support/git-repo.js';
import { loadRecords, serveOsv, type OsvEmulator } from '../support/osv-emulator.js';

const FIXTURES = resolve('test/fixtures/osv');
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as object);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd(), isTty: false, env: {} });
  return { code, stdout, stderr };
}

const summary = (findings: Finding[]): string[] =>
  findings
    .filter((f) => f.rule === 'vulnerable-pin')
    .map((f) => `${f.location.file}:${f.location.line} ${f.severity} ${(f.advisories ?? []).map((a) => [a.id, ...a.aliases].join('+')).join(' ')} reach=${f.reach}`)
    .sort();

// Read off the saved records: aiohttp's GHSA is moderate (5.9) but its PYSEC copy scores 7.5 (high → error).
const EXPECTED = [
  'docker/base/python-base.Dockerfile:3 error GHSA-5h86-8mv2-jq9f+PYSEC-2024-24+CVE-2024-23334 reach=1',
  'docker/base/requirements-constraints.txt:1 warning GHSA-9wx4-h78v-vm56+CVE-2024-35195 reach=3',
  'docker/base/requirements-constraints.txt:2 error GHSA-5h86-8mv2-jq9f+PYSEC-2024-24+CVE-2024-23334 reach=2',
  'docker/base/requirements-constraints.txt:3 warning GHSA-h5c8-rqwp-cp95+CVE-2024-22195 GHSA-h75v-3vvj-5mfj+CVE-2024-34064 reach=1',
  'docker/base/requirements-constraints.txt:4 warning GHSA-34jh-p97f-mpxf+CVE-2024-37891 reach=1',
  'services/agent/pyproject.toml:4 warning GHSA-34jh-p97f-mpxf+CVE-2024-37891 reach=1',
  // a range that allows only affected versions (3.8 ≤ v < 3.9.2, all inside 1.0.5 ≤ v < 3.9.2)
  'services/legacy/requirements.txt:1 error GHSA-5h86-8mv2-jq9f+PYSEC-2024-24+CVE-2024-23334 reach=1',
  'services/web/requirements.txt:1 warning GHSA-h5c8-rqwp-cp95+CVE-2024-22195 GHSA-h75v-3vvj-5mfj+CVE-2024-34064 reach=1',
];

describe('monopin check with advisories', () => {
  let osv: OsvEmulator;
  let repo: string;
  beforeAll(async () => {
    osv = await serveOsv(await loadRecords(FIXTURES));
    repo = await mkdtemp(join(tmpdir(), 'monopin-vuln-'));
    await cp('test/fixtures/vulnerable-monorepo', repo, { recursive: true });
  });
  afterAll(() => osv.close());

  it('flags every vulnerable pin with the right ids and severities, from the OSV API', async () => {
    const start = osv.requests.length;
    const { code, stdout, stderr } = await cli(['check', '--root', repo, '--advisories', osv.url, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1); // errors fail the check
    const report = JSON.parse(stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(summary(report.findings)).toEqual(EXPECTED);
    expect(report.advisories).toEqual({ source: osv.url, queried: 6, vulnerable: 8, ignored: [] });
    const made = osv.requests.slice(start);
    expect(made.filter((r) => r.path === '/v1/querybatch')).toHaveLength(1);
    expect(made.filter((r) => r.method === 'GET')).toHaveLength(6); // one per distinct record
    const requests = report.findings.find((f: Finding) => f.package === 'requests');
    expect(requests.message).toContain('requests==2.31.0 has 1 advisory: GHSA-9wx4-h78v-vm56 (moderate 5.6, CVE-2024-35195): Requests `Session` object does not verify requests after making first request with verify=False; fixed in 2.32.2. Reaches 3 services.');
  });

  it('finds the same from a folder of the same records, and the table comes first in every format', async () => {
    const json = await cli(['check', '--root', repo, '--advisories', FIXTURES, '--format', 'json']);
    expect(summary(JSON.parse(json.stdout).findings)).toEqual(EXPECTED);

    const text = await cli(['check', '--root', repo, '--advisories', FIXTURES]);
    expect(text.stdout.indexOf('Vulnerable pins (8)')).toBeGreaterThan(0);
    expect(text.stdout.indexOf('Vulnerable pins (8)')).toBeLessThan(text.stdout.indexOf('Other findings (0)'));
    expect(text.stdout).toContain('    GHSA-5h86-8mv2-jq9f  https://github.com/advisories/GHSA-5h86-8mv2-jq9f');

    const markdown = await cli(['check', '--root', repo, '--advisories', FIXTURES, '--format', 'markdown']);
    const table = markdown.stdout.indexOf('#### 🔒 Vulnerable pins (8)');
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThan(markdown.stdout.indexOf('#### Findings'));
    expect(markdown.stdout).toContain('[GHSA-9wx4-h78v-vm56](https://github.com/advisories/GHSA-9wx4-h78v-vm56) (CVE-2024-35195) moderate 5.6');

    const sarif = JSON.parse((await cli(['check', '--root', repo, '--advisories', FIXTURES, '--format', 'sarif'])).stdout);
    const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'vulnerable-pin');
    expect(results).toHaveLength(8);
    const urllib3 = results.find((r: { properties: { package: string } }) => r.properties.package === 'urllib3');
    expect(urllib3.properties.helpUri).toBe('https://github.com/advisories/GHSA-34jh-p97f-mpxf');
    expect(urllib3.properties.advisories).toEqual(['GHSA-34jh-p97f-mpxf', 'CVE-2024-37891']);
    expect(urllib3.message.text).toMatch(/See https:\/\/github\.com\/advisories\/GHSA-34jh-p97f-mpxf$/);
  });

  it('leaves out ignored advisories and shows why; maps levels to severities as configured', async () => {
    const configured = await mkdtemp(join(tmpdir(), 'monopin-vuln-ignore-'));
    await cp(repo, configured, { recursive: true });
    await writeFile(
      join(configured, '.github/monopin.yml'),
      [
        'constraints: docker/base/requirements-constraints.txt',
        `advisories: ${FIXTURES}`,
        'advisory-severity:',
        '  moderate: note',
        'ignore-advisories:',
        '  - id: CVE-2024-37891 # an alias works as well as the GHSA id',
        '    reason: we never set Proxy-Authorization by hand',
        '',
      ].join('\n'),
    );
    const { stdout } = await cli(['check', '--root', configured, '--format', 'json']);
    const report = JSON.parse(stdout);
    expect(summary(report.findings).filter((s) => s.includes('urllib3') || s.includes('pyproject') || s.includes(':4 '))).toEqual([]);
    expect(summary(report.findings).find((s) => s.includes('constraints.txt:1'))).toMatch(/ note GHSA-9wx4/);
    // once per advisory and pinned version, at its first place (the pyproject pins the same urllib3 2.0.7)
    expect(report.advisories.ignored).toEqual([
      { id: 'GHSA-34jh-p97f-mpxf', package: 'urllib3', version: '2.0.7', reason: 'we never set Proxy-Authorization by hand', file: 'docker/base/requirements-constraints.txt', line: 4 },
    ]);
    const text = await cli(['check', '--root', configured]);
    expect(text.stdout).toMatch(/Ignored advisories \(1\)\n {2}GHSA-34jh-p97f-mpxf {2}urllib3==2\.0\.7 {2}docker\/base\/requirements-constraints\.txt:4 {2}we never set Proxy-Authorization by hand/);
  });

  it('says in one warning line when the source cannot be reached, and never passes silently', async () => {
    const gone = await serveOsv([]);
    await gone.close();
    const { code, stdout, stderr } = await cli(['check', '--root', repo, '--advisories', gone.url, '--format', 'json']);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^monopin: warning: advisories not checked \(http:\/\/127\.0\.0\.1:\d+\): could not reach http:\/\/127\.0\.0\.1:\d+\/v1\/querybatch/);
    expect(code).toBe(0); // nothing else is wrong with this repository
    const report = JSON.parse(stdout);
    expect(report.advisories.warning).toMatch(/advisories not checked/);
    expect(report.findings.filter((f: Finding) => f.rule === 'vulnerable-pin')).toEqual([]);
    const markdown = await cli(['check', '--root', repo, '--advisories', join(repo, 'no-such-folder'), '--format', 'markdown']);
    expect(markdown.stdout).toMatch(/> \[!WARNING\]\n> advisories not checked \(.*no-such-folder\): cannot read the advisory records/);
  }, 20_000);

  it('reports a vulnerable pin a change introduces against its base', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'monopin-vuln-pr-'));
    await cp('test/fixtures/vulnerable-monorepo', dir, { recursive: true });
    const constraints = join(dir, 'docker/base/requirements-constraints.txt');
    await writeFile(constraints, (await readFile(constraints, 'utf8')).replace('requests==2.31.0', 'requests==2.32.2'));
    const base = makeRepo(dir);
    await writeFile(constraints, (await readFile(constraints, 'utf8')).replace('requests==2.32.2', 'requests==2.31.0'));
    git(dir, 'commit', '-qam', 'downgrade requests');
    const { stdout } = await cli(['check', '--root', dir, '--base', base, '--advisories', osv.url, '--format', 'json']);
    const report = JSON.parse(stdout);
    expect(summary(report.diff.introduced)).toEqual(['docker/base/requirements-constraints.txt:1 warning GHSA-9wx4-h78v-vm56+CVE-2024-35195 reach=3']);
    expect(report.diff.fixed).toEqual([]);
  });
});
