// The CLI as a real process whose reader goes away early (`monopin scan | head -1`): it ends quietly with 0.
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const ENTRY = resolve('src/cli-entry.ts');
const DEMO = 'test/fixtures/monorepo';

function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', TSX, ENTRY, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    // The reader is gone before the CLI writes a byte: every write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('a closed stdout', () => {
  it.each([
    [['scan', '--root', DEMO]],
    [['scan', '--root', DEMO, '--format', 'json']],
    [['order', '--root', DEMO]],
  ])('%j ends with 0 and no stack trace', async (args) => {
    const { code, stderr } = await runWithClosedStdout(args);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
  });

  it('`monopin scan | head -1` in a shell: head gets the first line, monopin exits 0', () => {
    const command = `"${process.execPath}" --import "${TSX}" "${ENTRY}" scan --root ${DEMO} --format json | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const run = spawnSync('bash', ['-c', command], { encoding: 'utf8' });
    expect(run.stdout).toBe('{\n');
    expect(run.stderr).toMatch(/exit=0\n$/);
    expect(run.stderr).not.toMatch(/EPIPE|Error/);
  });
});

describe('a slow stdout reader', () => {
  it('gets the whole JSON report while the CLI waits for the pipe to drain, with nothing on stderr but the note', async () => {
    const root = await mkdtemp(join(tmpdir(), 'monopin-slow-reader-'));
    try {
      await mkdir(join(root, 'svc'));
      await writeFile(join(root, 'constraints.txt'), 'numpy==2.0.0\n');
      // ~40,000 requirements: a JSON report of several MB, far past the pipe's 64 KB.
      await writeFile(join(root, 'svc', 'requirements.txt'), Array.from({ length: 40_000 }, (_, i) => `pkg-${i}>=1.0`).join('\n'));
      const child = spawn(process.execPath, ['--import', TSX, ENTRY, 'check', '--root', root, '--constraints', 'constraints.txt', '--format', 'json', '--fail-on', 'never'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const chunks: Buffer[] = [];
      // A pause after every piece: the pipe fills, and the CLI must wait rather than queue.
      const reading = new Promise<void>((done) => {
        child.stdout.on('data', (piece: Buffer) => {
          chunks.push(piece);
          child.stdout.pause();
          setTimeout(() => child.stdout.resume(), 1);
        });
        child.stdout.on('end', done);
      });
      const code = await new Promise<number | null>((done) => child.on('close', done));
      await reading;
      const report = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { requirements: unknown[] };
      expect(code).toBe(0);
      expect(report.requirements).toHaveLength(40_001);
      expect(stderr).not.toMatch(/MaxListenersExceededWarning|Error/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
