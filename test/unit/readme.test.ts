import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseConfigFile } from '../../src/config.js';
import { updatedReadme } from '../../scripts/readme-tables.js';

describe('README', () => {
  it('has the inputs and outputs tables of action.yml (run `tsx scripts/readme-tables.ts`)', async () => {
    const { before, after } = await updatedReadme();
    expect(before).toBe(after);
  });

  it('starts with the two set-up commands', async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme.indexOf('npm ci && npm run demo')).toBeGreaterThan(0);
    expect(readme.indexOf('npm ci && npm test')).toBeLessThan(400);
  });

  it('shows a configuration example that the config schema accepts', async () => {
    const readme = await readFile('README.md', 'utf8');
    const block = readme.slice(readme.indexOf('## Configuration')).split('```yaml\n')[1]!.split('```')[0]!;
    const config = parseConfigFile(block, 'README.md');
    expect(config.constraints).toBe('docker/base/requirements-constraints.txt');
    expect(config.bump?.minReleaseAgeDays).toBe(3);
    expect(Object.keys(config.images ?? {})).toEqual(['python-base']);
  });
});
