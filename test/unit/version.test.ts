import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

it('keeps VERSION in step with package.json', async () => {
  expect(VERSION).toBe(JSON.parse(await readFile('package.json', 'utf8')).version);
});
