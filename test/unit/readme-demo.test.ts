// The demo outputs shown in README.md are the CLI's own: every fenced block after a `<!-- demo:check -->` marker
// starts with `$ monopin <args>`, and the rest of the block is what `runCli(args)` prints today.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

interface DemoBlock {
  args: string[];
  shown: string;
}

async function demoBlocks(): Promise<DemoBlock[]> {
  const readme = await readFile('README.md', 'utf8');
  return readme
    .split('<!-- demo:check -->\n')
    .slice(1)
    .map((rest) => {
      const block = /^(`{3,})[a-z]*\n([\s\S]*?)\n\1\n/.exec(rest);
      if (!block) throw new Error(`no fenced block right after a demo marker: ${rest.slice(0, 80)}`);
      const [command, ...output] = block[2]!.split('\n');
      if (!command!.startsWith('$ monopin ')) throw new Error(`a demo block starts with "$ monopin <args>", not ${command}`);
      return { args: command!.slice('$ monopin '.length).split(' '), shown: `${output.join('\n')}\n` };
    });
}

/** The version moves with every release; the demo output should not have to. */
const unversioned = (text: string): string => text.replace(/monopin \d+\.\d+\.\d+\S*/g, 'monopin <version>');

describe('the demo outputs in README.md', async () => {
  const blocks = await demoBlocks();

  it('shows the text report, the markdown and the migration order', () => {
    expect(blocks.map((b) => b.args.join(' '))).toEqual([
      'check --root test/fixtures/monorepo --fail-on never',
      'check --root test/fixtures/monorepo --fail-on never --format markdown',
      'order --root test/fixtures/monorepo',
    ]);
  });

  it.each(blocks.map((b) => [b.args.join(' '), b] as const))('monopin %s prints what README.md shows', async (_, block) => {
    let stdout = '';
    const code = await runCli(block.args, { stdout: (t) => (stdout += t), stderr: () => {}, cwd: process.cwd(), isTty: false, env: {} });
    expect(code).toBe(0);
    expect(unversioned(block.shown)).toBe(unversioned(stdout));
  });
});
