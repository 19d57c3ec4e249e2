import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseConfigFile } from '../../src/config-file.js';
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

  it('puts usage first: the Action workflow, the sticky comment picture, the CLI, then configuration', async () => {
    const readme = await readFile('README.md', 'utf8');
    const at = (text: string): number => {
      const i = readme.indexOf(text);
      expect(i, text).toBeGreaterThan(0);
      return i;
    };
    const order = [at('## Contents'), at('## Usage as an Action\n\n```yaml'), at('![The sticky comment'), at('## CLI\n'), at('## Configuration\n'), at('<!-- action-tables:start -->')];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const png = await readFile('docs/sticky-comment.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(readme).toContain('](docs/sticky-comment.png)');
  });

  it('links only to headings it has (GitHub anchors), and lists every section in its contents', async () => {
    const readme = await readFile('README.md', 'utf8');
    const prose = readme.replace(/^(`{3,})[\s\S]*?^\1$/gm, '');
    const slug = (heading: string): string => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\- _]/gu, '').replace(/ /g, '-');
    const headings = [...prose.matchAll(/^#{2,4} (.+)$/gm)].map((m) => slug(m[1]!));
    const links = [...prose.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((l) => !headings.includes(l))).toEqual([]);
    const contents = prose.slice(prose.indexOf('## Contents'), prose.indexOf('## Usage as an Action'));
    const sections = [...prose.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slug(m[1]!)).filter((s) => s !== 'contents');
    expect(sections.filter((s) => !contents.includes(`(#${s})`))).toEqual([]);
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
