// Regenerates the inputs/outputs tables in README.md from action.yml (between the action-tables markers).
// `tsx scripts/readme-tables.ts --check` exits 1 when README.md is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

export function renderTables(action: ActionYml): string {
  const inputs = Object.entries(action.inputs).map(([name, i]) => `| \`${name}\` | ${cell(i.description)} | ${i.default === undefined || i.default === '' ? '' : `\`${cell(i.default)}\``} |`);
  const outputs = Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return ['### Inputs', '', '| input | description | default |', '|---|---|---|', ...inputs, '', '### Outputs', '', '| output | description |', '|---|---|', ...outputs].join('\n');
}

const START = '<!-- action-tables:start -->';
const END = '<!-- action-tables:end -->';

export async function updatedReadme(): Promise<{ before: string; after: string }> {
  const action = parse(await readFile('action.yml', 'utf8')) as ActionYml;
  const before = await readFile('README.md', 'utf8');
  const start = before.indexOf(START);
  const end = before.indexOf(END);
  if (start < 0 || end < 0) throw new Error('README.md lacks the action-tables markers');
  return { before, after: `${before.slice(0, start + START.length)}\n${renderTables(action)}\n${before.slice(end)}` };
}

if (process.argv[1]?.endsWith('readme-tables.ts')) {
  const { before, after } = await updatedReadme();
  if (process.argv.includes('--check')) process.exitCode = before === after ? 0 : 1;
  else await writeFile('README.md', after);
}
