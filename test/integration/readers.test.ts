import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsReader } from '../../src/adapters/fs-reader.js';
import { createGitReader, GitError, type GitFileReader } from '../../src/adapters/git-reader.js';
import { discoverFiles } from '../../src/sources/discover.js';

let repo: string;
let outside: string;
let first: string;

const git = (...args: string[]): string =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: repo,
    },
  }).trim();

const put = async (path: string, content: string | Uint8Array): Promise<void> => {
  await mkdir(dirname(join(repo, path)), { recursive: true });
  await writeFile(join(repo, path), content);
};

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

// Bytes that a line-oriented reader would mangle: LFs, a NUL, a fake cat-file header.
const binary = new Uint8Array([0x0a, 0x00, 0xff, ...new TextEncoder().encode('\nabc blob 3\n'), 0x0a]);

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'monopin-git-'));
  outside = await mkdtemp(join(tmpdir(), 'monopin-outside-'));
  git('init', '-q', '-b', 'main');
  await put('services/api/requirements.txt', 'fastapi==0.110.0\n');
  await put('services/api/Dockerfile', 'FROM python:3.12-slim\n');
  await put('README.md', '# demo\n');
  await put('data.bin', binary);
  await symlink('services/api/requirements.txt', join(repo, 'link.txt'));
  git('add', '-A');
  git('commit', '-q', '-m', 'first');
  first = git('rev-parse', 'HEAD');

  await put('services/api/requirements.txt', 'fastapi==0.115.6\nuvicorn==0.32.1\n');
  await put('services/worker/requirements.txt', 'celery==5.4.0\n');
  await put('big.txt', 'x'.repeat(300_000));
  git('rm', '-q', 'README.md');
  git('add', '-A');
  git('commit', '-q', '-m', 'second');
  await writeFile(join(outside, 'secret.txt'), 'token\n');
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('createGitReader', () => {
  let old: GitFileReader;
  let head: GitFileReader;
  beforeAll(async () => {
    old = await createGitReader(repo, first);
    head = await createGitReader(repo, 'main');
  });
  afterAll(async () => {
    await old.close();
    await head.close();
  });

  it('lists each revision as it was, with sizes and symlinks', async () => {
    expect(await old.list('')).toEqual(
      expect.arrayContaining([
        { name: 'README.md', kind: 'file', size: 7 },
        { name: 'link.txt', kind: 'symlink' },
        { name: 'services', kind: 'dir' },
      ]),
    );
    expect((await old.list('services')).map((e) => e.name)).toEqual(['api']);
    expect((await head.list('')).map((e) => e.name).sort()).toEqual(['big.txt', 'data.bin', 'link.txt', 'services']);
    expect((await head.list('services')).map((e) => e.name).sort()).toEqual(['api', 'worker']);
    await expect(old.list('services/worker')).rejects.toThrow(GitError);
  });

  it('reads the contents of each revision, bytes intact', async () => {
    expect(text(await old.read('services/api/requirements.txt'))).toBe('fastapi==0.110.0\n');
    expect(text(await head.read('services/api/requirements.txt'))).toBe('fastapi==0.115.6\nuvicorn==0.32.1\n');
    expect(await old.read('data.bin')).toEqual(binary);
    await expect(head.read('README.md')).rejects.toThrow(/does not exist/);
    await expect(head.read('link.txt')).rejects.toThrow(/symbolic link/);
  });

  it('answers many pipelined reads in order, big blobs included', async () => {
    const paths = ['big.txt', 'services/worker/requirements.txt', 'data.bin', 'services/api/Dockerfile'];
    const all = await Promise.all(Array.from({ length: 25 }, () => paths.map((p) => head.read(p))).flat());
    for (let i = 0; i < all.length; i++) {
      const path = paths[i % paths.length]!;
      if (path === 'big.txt') expect(all[i]!.length).toBe(300_000);
      if (path === 'services/worker/requirements.txt') expect(text(all[i]!)).toBe('celery==5.4.0\n');
      if (path === 'data.bin') expect(all[i]).toEqual(binary);
      if (path === 'services/api/Dockerfile') expect(text(all[i]!)).toBe('FROM python:3.12-slim\n');
    }
  });

  it('drives discovery like the working tree does', async () => {
    const result = await discoverFiles(old, {});
    expect(result.files.map((f) => [f.path, f.kind, f.size])).toEqual([
      ['services/api/Dockerfile', 'dockerfile', 22],
      ['services/api/requirements.txt', 'requirements', 17],
    ]);
  });

  it.each(['no-such-branch', '--output=/tmp/x', ''])('refuses the unknown revision %j with a typed error', async (rev) => {
    const error = await createGitReader(repo, rev).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).message).toBe(`unknown revision '${rev}' — fetch it first (actions/checkout with fetch-depth: 0)`);
  });

  it('says so when the folder is not a repository', async () => {
    await expect(createGitReader(outside, 'HEAD')).rejects.toThrow(/not a git repository/i);
  });
});

describe('createFsReader', () => {
  it('lists and reads inside the root', async () => {
    const reader = createFsReader(repo);
    expect(await reader.list('services/api')).toEqual(
      expect.arrayContaining([{ name: 'requirements.txt', kind: 'file', size: 33 }]),
    );
    expect(text(await reader.read('services/worker/requirements.txt'))).toBe('celery==5.4.0\n');
  });

  it.each([
    ['../escape.txt', /escapes the repository root/],
    ['services/../../x', /escapes the repository root/],
    ['/etc/passwd', /not a repo-relative path/],
    ['link.txt', /symbolic link/],
  ])('refuses %s', async (path, message) => {
    await expect(createFsReader(repo).read(path)).rejects.toThrow(message);
  });

  it('reads a listed file with the listing\'s checks, and still refuses one swapped for a FIFO or symlink since', async () => {
    const reader = createFsReader(repo);
    await reader.list('');
    await reader.list('services');
    await reader.list('services/api');
    expect(text(await reader.read('services/api/requirements.txt'))).toBe(text(await createFsReader(repo).read('services/api/requirements.txt')));
    await mkdir(join(repo, 'swapped'), { recursive: true });
    await writeFile(join(repo, 'swapped', 'requirements.txt'), 'x\n');
    await writeFile(join(repo, 'swapped', 'constraints.txt'), 'y\n');
    try {
      await reader.list('swapped');
      await rm(join(repo, 'swapped', 'requirements.txt'));
      execFileSync('mkfifo', [join(repo, 'swapped', 'requirements.txt')]);
      await rm(join(repo, 'swapped', 'constraints.txt'));
      await symlink(join(outside, 'secret.txt'), join(repo, 'swapped', 'constraints.txt'));
      await expect(reader.read('swapped/requirements.txt')).rejects.toThrow(/not a regular file/);
      await expect(reader.read('swapped/constraints.txt')).rejects.toThrow(/symbolic link/);
    } finally {
      await rm(join(repo, 'swapped'), { recursive: true, force: true });
    }
  });

  it('refuses a file reached through a symlinked folder', async () => {
    await symlink(outside, join(repo, 'outside-link'));
    try {
      await expect(createFsReader(repo).read('outside-link/secret.txt')).rejects.toThrow(/outside the repository root/);
    } finally {
      await rm(join(repo, 'outside-link'));
    }
  });
});
