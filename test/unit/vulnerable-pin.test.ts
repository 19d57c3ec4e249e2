// vulnerable-pin on small inline repositories: which ranges allow only affected versions, severity
// overrides, what is not asked about, and how far a pin reaches.
import { describe, expect, it } from 'vitest';
import { createFolderSource } from '../../src/advisories/folder-source.js';
import { advisoryQueries, checkVulnerablePins } from '../../src/checks/vulnerable-pin.js';
import { resolveConfig, type Config } from '../../src/config.js';
import { scanRepository } from '../../src/scan.js';
import { memoryReader } from '../support/memory-reader.js';

const records = createFolderSource('test/fixtures/osv');

async function check(files: Record<string, string>, config: Partial<Config> = {}) {
  const cfg = resolveConfig({ constraints: 'constraints.txt' }, config);
  const { workspace } = await scanRepository(memoryReader({ 'constraints.txt': '', ...files }), cfg);
  const found = await records.lookup(advisoryQueries(workspace));
  return { ...checkVulnerablePins(workspace, found, cfg), queries: advisoryQueries(workspace) };
}

describe('vulnerable-pin', () => {
  it.each([
    ['requests<2.32', true], // every 2.31.x and below is affected by GHSA-9wx4 (< 2.32.2)
    ['requests~=2.31.0', true],
    ['requests<2.32.2', true],
    ['requests<=2.32.2', false], // 2.32.2 is the fix
    ['requests==2.32.*', false],
    ['requests>=2.31', false], // no upper bound: pip can pick a fixed release (not even asked)
    ['requests<3', false],
    ['aiohttp<1.0.5', false], // below the first affected version
  ])('%s allows only affected versions: %s', async (line, flagged) => {
    const { findings } = await check({ 'svc/requirements.txt': `${line}\n` });
    expect(findings.length > 0).toBe(flagged);
    if (flagged) expect(findings[0]!.message).toContain(`${line} allows only affected versions and has`);
  });

  it('asks once per pinned version and once per package with a bounded range; never about URLs or unpinned names', async () => {
    const { queries } = await check({
      'constraints.txt': 'requests==2.31.0\n',
      'a/requirements.txt': 'requests==2.31.0\nrequests<2.32\nflask\nmypkg @ https://example.com/mypkg-1.0.tar.gz\njinja2===3.1.2\n',
    });
    expect(queries).toEqual([{ name: 'requests', version: '2.31.0' }, { name: 'requests' }, { name: 'jinja2', version: '3.1.2' }]);
  });

  it('takes rules.vulnerable-pin over the advisory level, and off turns it off', async () => {
    const files = { 'constraints.txt': 'aiohttp==3.9.1\nrequests==2.31.0\n' };
    expect((await check(files)).findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect((await check(files, { rules: { 'vulnerable-pin': 'note' } })).findings.map((f) => f.severity)).toEqual(['note', 'note']);
    expect((await check(files, { rules: { 'vulnerable-pin': 'off' } })).findings).toEqual([]);
    expect((await check(files, { advisorySeverity: { critical: 'error', high: 'off', moderate: 'warning', low: 'note', unknown: 'warning' } })).findings.map((f) => f.package)).toEqual(['requests']);
  });

  it('counts the services a central pin reaches through every service that installs the package', async () => {
    const { findings } = await check({
      'constraints.txt': 'requests==2.31.0\n',
      'a/Dockerfile': 'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -c constraints.txt -r requirements.txt\n',
      'a/requirements.txt': 'requests\n',
      'b/Dockerfile': 'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -c constraints.txt -r requirements.txt\n',
      'b/requirements.txt': 'requests>=2\n',
      'c/requirements.txt': 'flask\n',
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.reach).toBe(2);
    expect(findings[0]!.message).toMatch(/Reaches 2 services\./);
  });
});
