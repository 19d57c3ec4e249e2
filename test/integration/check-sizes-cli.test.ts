// `monopin check --base REF` with an index: the estimated image-size deltas of the pins the head commit
// changes, in every format, and the size budget. A real git repository (base + head commit bumping one
// pin) and a real package index the test builds, read over loopback HTTP and via file://; the figures
// are checked against Python's zipfile reading the generated wheels.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { PYC_FACTOR } from '../../src/size/wheel-size.js';
import { runCliProcess } from '../support/cli-process.js';
import { git, makeRepo } from '../support/git-repo.js';
import { buildIndex, type BuiltIndex, type IndexRelease } from '../support/package-index/build.js';
import { serveIndex, type IndexServer } from '../support/package-index/server.js';

const RELEASES: IndexRelease[] = [
  { name: 'bigpkg', version: '1.0', payloadBytes: 1_000_000 },
  // 2.0 is 2 MB larger and pulls in a new requirement that the image does not have yet.
  { name: 'bigpkg', version: '2.0', payloadBytes: 3_000_000, requiresDist: ['newdep>=1'] },
  { name: 'newdep', version: '1.0', payloadBytes: 200_000 },
  { name: 'newdep', version: '2.0rc1', payloadBytes: 900_000 }, // a pre-release: not chosen
  { name: 'helper', version: '1.0', payloadBytes: 50_000 },
];

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

let tmp: string;
let index: BuiltIndex;
let server: IndexServer;

/** Installed bytes of a wheel as pip leaves them (.pyc estimated from the .py bytes), read by Python's zipfile. */
function installedOf(wheel: string): number {
  const run = spawnSync(
    'python3',
    ['-c', 'import sys, zipfile; i = [x for x in zipfile.ZipFile(sys.argv[1]).infolist() if not x.is_dir()]; print(sum(x.file_size for x in i), sum(x.file_size for x in i if x.filename.endswith(".py")))', wheel],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  const [files, py] = run.stdout.trim().split(' ').map(Number);
  return files! + Math.round(py! * PYC_FACTOR);
}
const wheelPath = (file: string): string => join(index.dir, 'files', file);
const fileSize = async (file: string): Promise<number> => (await stat(wheelPath(file))).size;

/**
 * Two images: `app` installs bigpkg through its requirements file, `worker` only helper. The base
 * commit pins bigpkg 1.0, the head commit 2.0. Returns the repository and the base commit.
 */
async function makeCheckRepo(config: string, options: { to?: string } = {}): Promise<{ root: string; base: string }> {
  const root = await mkdtemp(join(tmp, 'repo-'));
  const files: Record<string, string> = {
    '.github/monopin.yml': `constraints: constraints.txt\n${config}`,
    'constraints.txt': 'bigpkg==1.0\nhelper==1.0\n',
    'services/app/Dockerfile': 'FROM python:3.12-slim\nCOPY requirements.txt /tmp/requirements.txt\nRUN pip install -c /etc/pip/constraints.txt -r /tmp/requirements.txt\n',
    'services/app/requirements.txt': 'bigpkg\n',
    'services/worker/Dockerfile': 'FROM python:3.12-slim\nRUN pip install -c /etc/pip/constraints.txt helper\n',
  };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  const base = makeRepo(root);
  await writeFile(join(root, 'constraints.txt'), `bigpkg==${options.to ?? '2.0'}\nhelper==1.0\n`);
  git(root, 'commit', '-qam', 'bump bigpkg');
  return { root, base };
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd(), isTty: false, env: {} });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'monopin-check-sizes-'));
  index = await buildIndex(join(tmp, 'index'), RELEASES);
  server = await serveIndex(index.dir);
});
afterAll(async () => {
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('monopin check --base with an index', () => {
  it('json: sizes follow the wheels (bump and the new requirement it pulls in), only for the image the pin touches', async () => {
    const { root, base } = await makeCheckRepo('');
    const before = server.requests.length;
    const { code, stdout, stderr } = await cli(['check', '--root', root, '--base', base, '--index-url', server.url, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { sizes: { image: string; deltaBytes: number; deltaCompressedBytes: number; beforeBytes?: number; target: object; contributors: Record<string, unknown>[] }[] };
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);

    const bigDelta = installedOf(wheelPath('bigpkg-2.0-py3-none-any.whl')) - installedOf(wheelPath('bigpkg-1.0-py3-none-any.whl'));
    const newdep = installedOf(wheelPath('newdep-1.0-py3-none-any.whl'));
    const bigCompressed = (await fileSize('bigpkg-2.0-py3-none-any.whl')) - (await fileSize('bigpkg-1.0-py3-none-any.whl'));
    const newdepCompressed = await fileSize('newdep-1.0-py3-none-any.whl');
    expect(report.sizes).toEqual([
      {
        image: 'app',
        target: { pythonVersion: '3.12', platform: 'linux/amd64', libc: 'glibc', glibcVersion: '2.36' },
        deltaBytes: bigDelta + newdep,
        deltaCompressedBytes: bigCompressed + newdepCompressed,
        contributors: [
          { name: 'bigpkg', from: '1.0', to: '2.0', deltaBytes: bigDelta, deltaCompressedBytes: bigCompressed },
          { name: 'newdep', to: '1.0', deltaBytes: newdep, deltaCompressedBytes: newdepCompressed, requiredBy: 'bigpkg' },
        ],
      },
    ]);
    // payload.bin grows by 2,000,000 bytes; the rest is the small __init__.py and the dist-info.
    expect(bigDelta).toBeGreaterThanOrEqual(2_000_000);
    expect(bigDelta).toBeLessThan(2_000_100);
    expect(Object.keys(report).indexOf('sizes')).toBe(Object.keys(report).indexOf('diff') + 1);
    // Range reads of the wheels over HTTP, never a whole wheel.
    const wheelReads = server.requests.slice(before).filter((r) => r.path.endsWith('.whl'));
    expect(wheelReads.length).toBeGreaterThan(0);
    expect(wheelReads.every((r) => r.status === 206)).toBe(true);
    console.info(`check --base sizes: app ${report.sizes[0]!.deltaBytes} installed bytes (bigpkg ${bigDelta}, newdep ${newdep}), ${report.sizes[0]!.deltaCompressedBytes} compressed`);
  });

  it('text: an "Image size (estimated)" block after the findings, from a file:// index in the config', async () => {
    const { root, base } = await makeCheckRepo(`index-url: ${index.fileUrl}\n`);
    const { code, stdout, stderr } = await cli(['check', '--root', root, '--base', base]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const block = stdout.slice(stdout.indexOf('Image size (estimated)'));
    expect(stdout.indexOf('Image size (estimated)')).toBeGreaterThan(stdout.indexOf('Findings ('));
    expect(block).toBe(
      [
        'Image size (estimated)',
        '  app  linux/amd64, Python 3.12, glibc',
        '    +2.2 MB installed (size before unknown), +2.2 MB compressed',
        '    bigpkg  1.0 → 2.0  +2.0 MB',
        '    newdep  added 1.0  +0.2 MB  (required by bigpkg)',
        '',
      ].join('\n'),
    );
    expect(block).not.toMatch(/worker/);
  });

  it('markdown: the size section the pull request comment has', async () => {
    const { root, base } = await makeCheckRepo('');
    const { code, stdout } = await cli(['check', '--root', root, '--base', base, '--index-url', index.fileUrl, '--format', 'markdown']);
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf('### Image size (estimated)'));
    expect(section).toMatch(/^### Image size \(estimated\)\n\n\*\*app\*\* \(linux\/amd64, Python 3\.12, glibc\)/);
    expect(section).toContain('Estimated: +2.2 MB installed, +2.2 MB compressed (size before unknown)');
    expect(section).toContain('| bigpkg | `1.0` → `2.0` | +2.0 MB |  |');
    expect(section).toContain('| newdep | added `1.0` | +0.2 MB | required by bigpkg |');
  });

  it('fails (exit 1) with an error line when an image grows past size-budget, and passes under it', async () => {
    const over = await makeCheckRepo(`index-url: ${index.fileUrl}\nsize-budget: 1MB\n`);
    const run = await cli(['check', '--root', over.root, '--base', over.base, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('monopin: error: image app grows +2.2 MB (estimated installed bytes), past the size budget "1MB" (1.0 MB)\n');
    expect(JSON.parse(run.stdout).diff.introduced).toEqual([]); // the findings alone would pass

    const under = await makeCheckRepo(`index-url: ${index.fileUrl}\nsize-budget: 3MB\n`);
    const ok = await cli(['check', '--root', under.root, '--base', under.base]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);

    // A percent budget needs the size before, which `check` does not know: no breach.
    const percent = await makeCheckRepo(`index-url: ${index.fileUrl}\nsize-budget: 1%\n`);
    expect((await cli(['check', '--root', percent.root, '--base', percent.base])).code).toBe(0);
  });

  it('the real process: budget exit code and the error line on stderr, the report on stdout', async () => {
    const { root, base } = await makeCheckRepo('size-budget: 2000000\n');
    const run = await runCliProcess(['check', '--root', root, '--base', base, '--index-url', server.url]);
    expect(run.stderr).toBe('monopin: error: image app grows +2.2 MB (estimated installed bytes), past the size budget 2000000 (2.0 MB)\n');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('    bigpkg  1.0 → 2.0  +2.0 MB\n');
  });

  it('notes on stderr, never a failure: a version the index lacks, an index that does not answer', async () => {
    const missing = await makeCheckRepo('', { to: '9.9' });
    const run = await cli(['check', '--root', missing.root, '--base', missing.base, '--index-url', index.fileUrl, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^monopin: note: app: bigpkg: size unknown: .*9\.9/m);
    expect(run.stderr.split('\n').filter(Boolean).every((l) => l.startsWith('monopin: note: '))).toBe(true);

    const { root, base } = await makeCheckRepo('size-budget: 1MB\n');
    const closed = await closedPort();
    const down = await cli(['check', '--root', root, '--base', base, '--index-url', `http://127.0.0.1:${closed}/simple/`]);
    expect(down.code).toBe(0);
    expect(down.stderr).toMatch(/^monopin: note: /);
    expect(down.stderr.split('\n').filter(Boolean).every((l) => l.startsWith('monopin: note: '))).toBe(true);
    expect(down.stderr).toContain(`could not reach http://127.0.0.1:${closed}/simple/bigpkg/`);
    // Nothing sized: no growth to hold against the budget; the figure points at the note.
    expect(down.stdout).toContain('    bigpkg  1.0 → 2.0  unknown  (see note)\n');
    expect(down.stdout).toContain('    size unknown (see the notes)\n');
    expect(down.stdout).not.toContain('+0.0');
    console.info(`missing version:\n${run.stderr}index down:\n${down.stderr}`);
  });
});

describe('monopin check without an index', () => {
  it('shows no size section in any format, and says nothing', async () => {
    const { root, base } = await makeCheckRepo('');
    const text = await cli(['check', '--root', root, '--base', base]);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).not.toContain('Image size');
    const json = await cli(['check', '--root', root, '--base', base, '--format', 'json']);
    expect(JSON.parse(json.stdout)).not.toHaveProperty('sizes');
    const markdown = await cli(['check', '--root', root, '--base', base, '--format', 'markdown']);
    expect(markdown.stdout).not.toContain('Image size');
  });

  it('says the budget cannot be checked without an index, and passes', async () => {
    const { root, base } = await makeCheckRepo('size-budget: 1MB\n');
    const run = await cli(['check', '--root', root, '--base', base]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('monopin: note: size-budget is set but no index is configured (config index-url or --index-url): image sizes not estimated\n');
  });

  it('takes --index-url on check only with --base', async () => {
    const { root } = await makeCheckRepo('');
    const run = await cli(['check', '--root', root, '--index-url', index.fileUrl]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('monopin: --index-url goes with bump, or with check --base (image sizes)\n');
    const withoutBase = await cli(['check', '--root', root, '--format', 'json']);
    expect(JSON.parse(withoutBase.stdout)).not.toHaveProperty('sizes');
  });
});
