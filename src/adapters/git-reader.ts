// FileReader over a git revision, with no checkout: the PR's base is read straight from the
// object database. One `ls-tree` gives the whole listing; blobs stream through one long-lived
// `git cat-file --batch`, requests pipelined and answered in order.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { DirEntry, FileReader } from '../model.js';

export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

export interface GitFileReader extends FileReader {
  /** Ends the `cat-file` process; the reader must not be used afterwards. */
  close(): Promise<void>;
}

export async function createGitReader(repoDir: string, rev: string): Promise<GitFileReader> {
  const unknown = new GitError(`unknown revision '${rev}' — fetch it first (actions/checkout with fetch-depth: 0)`);
  // A rev starting with '-' would be read as an option.
  if (rev === '' || rev.startsWith('-')) throw unknown;
  const parsed = await runGit(repoDir, ['rev-parse', '--verify', '--quiet', `${rev}^{tree}`]);
  if (parsed.code !== 0) {
    if (parsed.stderr.trim() === '') throw unknown;
    throw new GitError(`git rev-parse ${rev} failed in ${repoDir}: ${parsed.stderr.trim()}`);
  }
  const tree = parsed.stdout.toString().trim();
  const listed = await runGit(repoDir, ['ls-tree', '-r', '-z', '--long', '--full-tree', tree]);
  if (listed.code !== 0) throw new GitError(`git ls-tree ${rev} failed: ${listed.stderr.trim()}`);

  const { dirs, blobs } = buildListing(listed.stdout.toString('utf8'));
  const batch = new CatFileBatch(repoDir);
  return {
    async list(dir: string): Promise<DirEntry[]> {
      const entries = dirs.get(dir);
      if (!entries) throw new GitError(`'${dir}' is not a folder at ${rev}`);
      return entries.map((e) => ({ ...e }));
    },
    async read(path: string): Promise<Uint8Array> {
      const blob = blobs.get(path);
      if (!blob) throw new GitError(`'${path}' does not exist at ${rev}`);
      if (blob.symlink) throw new GitError(`refusing to read '${path}' at ${rev}: it is a symbolic link`);
      return batch.read(blob.oid);
    },
    close: () => batch.close(),
  };
}

function buildListing(text: string): { dirs: Map<string, DirEntry[]>; blobs: Map<string, { oid: string; symlink: boolean }> } {
  const dirs = new Map<string, DirEntry[]>([['', []]]);
  const blobs = new Map<string, { oid: string; symlink: boolean }>();
  const ensureDir = (dir: string): DirEntry[] => {
    let entries = dirs.get(dir);
    if (entries) return entries;
    entries = [];
    dirs.set(dir, entries);
    const slash = dir.lastIndexOf('/');
    ensureDir(slash === -1 ? '' : dir.slice(0, slash)).push({ name: dir.slice(slash + 1), kind: 'dir' });
    return entries;
  };
  for (const record of text.split('\0')) {
    if (record === '') continue;
    // `<mode> <type> <oid> <padded size>\t<path>`; the path may hold any byte but NUL.
    const tab = record.indexOf('\t');
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    const path = record.slice(tab + 1);
    const slash = path.lastIndexOf('/');
    const parent = ensureDir(slash === -1 ? '' : path.slice(0, slash));
    const name = path.slice(slash + 1);
    if (type === 'blob' && mode === '120000') {
      parent.push({ name, kind: 'symlink' });
      blobs.set(path, { oid: oid!, symlink: true });
    } else if (type === 'blob') {
      parent.push({ name, kind: 'file', size: Number(size) });
      blobs.set(path, { oid: oid!, symlink: false });
    } else {
      // A submodule (`commit`): its content is not in this repository.
      parent.push({ name, kind: 'other' });
    }
  }
  return { dirs, blobs };
}

interface Pending {
  oid: string;
  resolve: (content: Uint8Array) => void;
  reject: (error: Error) => void;
}

class CatFileBatch {
  private proc: ChildProcessWithoutNullStreams | undefined;
  private exited: Promise<void> | undefined;
  private readonly pending: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private body: { size: number; chunks: Buffer[]; got: number } | undefined;
  private stderr = '';

  constructor(private readonly cwd: string) {}

  read(oid: string): Promise<Uint8Array> {
    const proc = this.start();
    return new Promise((resolve, reject) => {
      this.pending.push({ oid, resolve, reject });
      proc.stdin.write(`${oid}\n`);
    });
  }

  async close(): Promise<void> {
    if (!this.proc) return;
    this.proc.stdin.end();
    await this.exited;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.proc) return this.proc;
    const proc = spawn('git', ['cat-file', '--batch'], { cwd: this.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc = proc;
    this.buffer = Buffer.alloc(0);
    this.body = undefined;
    proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    proc.stderr.on('data', (chunk: Buffer) => void (this.stderr += chunk.toString()));
    // Writes after the process died would otherwise crash the host with EPIPE.
    proc.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) => {
      const finish = (reason: string): void => {
        if (this.proc !== proc) return;
        this.proc = undefined;
        this.failAll(new GitError(`git cat-file --batch ${reason}${this.stderr ? `: ${this.stderr.trim()}` : ''}`));
        resolve();
      };
      proc.on('error', (err) => finish(`could not start (${err.message})`));
      proc.on('close', (code) => finish(`exited with code ${code}`));
    });
    return proc;
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (!this.body) {
        const newline = this.buffer.indexOf(10);
        if (newline === -1) return;
        const header = this.buffer.subarray(0, newline).toString();
        this.buffer = this.buffer.subarray(newline + 1);
        const request = this.pending[0];
        if (header.endsWith(' missing')) {
          this.pending.shift();
          request?.reject(new GitError(`git object ${request.oid} is missing`));
          continue;
        }
        const size = /^\S+ \S+ (\d+)$/.exec(header)?.[1];
        if (size === undefined) {
          this.failAll(new GitError(`unexpected git cat-file output: ${header}`));
          this.proc?.kill();
          return;
        }
        this.body = { size: Number(size), chunks: [], got: 0 };
      }
      // The content is followed by one LF.
      const body = this.body;
      const take = Math.min(body.size + 1 - body.got, this.buffer.length);
      if (take === 0) return;
      body.chunks.push(this.buffer.subarray(0, take));
      body.got += take;
      this.buffer = this.buffer.subarray(take);
      if (body.got < body.size + 1) return;
      this.body = undefined;
      const content = Buffer.concat(body.chunks).subarray(0, body.size);
      this.pending.shift()?.resolve(new Uint8Array(content.buffer, content.byteOffset, content.byteLength));
    }
  }

  private failAll(error: GitError): void {
    for (const request of this.pending.splice(0)) request.reject(error);
  }
}

async function runGit(cwd: string, args: string[]): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    proc.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    proc.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    proc.on('error', (err) => reject(new GitError(`could not run git ${args[0]}: ${err.message}`)));
    proc.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr }));
  });
}
