// Each command loads only its own code: `--version`, `--help`, `scan` and `check` never load GitHub,
// the package index, the registry, BuildKit or Ajv (the modules the process resolves are recorded).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const RECORD = pathToFileURL(resolve('test/support/record-imports.mjs')).href;
const FORBIDDEN = /node_modules\/(@octokit|@actions|ajv|diff)\/|\/src\/(github|index|registry|build|size|bump|action)\//;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'monopin-startup-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function loaded(args: string[]): Promise<string[]> {
  const log = join(tmp, `${args.join('_').replace(/\W/g, '')}.log`);
  const run = spawnSync(process.execPath, ['--import', TSX, '--import', RECORD, 'src/cli-entry.ts', ...args], { env: { ...process.env, MONOPIN_IMPORT_LOG: log }, encoding: 'utf8' });
  expect(run.status, run.stderr).toBeLessThan(2);
  return [...new Set((await readFile(log, 'utf8')).split('\n').filter(Boolean))];
}

describe('lazy loading per command', () => {
  it('--version and --help load the CLI and nothing of any command', async () => {
    for (const args of [['--version'], ['--help']]) {
      const urls = await loaded(args);
      expect(urls.some((u) => u.endsWith('/src/cli.ts'))).toBe(true);
      expect(urls.filter((u) => /\/src\/(scan|load|sources|checks|workspace)|node_modules\/(yaml|smol-toml|dockerfile-ast)\//.test(u))).toEqual([]);
      expect(urls.filter((u) => FORBIDDEN.test(u))).toEqual([]);
    }
  });

  it.each([['scan'], ['check'], ['order']])('%s loads the scan, not GitHub, index, registry, build or Ajv code', async (command) => {
    const urls = await loaded([command, '--root', 'test/fixtures/monorepo', '--format', 'json']);
    expect(urls.some((u) => u.endsWith('/src/scan.ts'))).toBe(true);
    expect(urls.filter((u) => FORBIDDEN.test(u))).toEqual([]);
  });
});
