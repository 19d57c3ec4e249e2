import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
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
});
