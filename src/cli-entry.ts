#!/usr/bin/env node
// The `monopin` binary: wires the real process to runCli.
import module from 'node:module';

// Node 22.1+ keeps compiled bytecode between runs (in the OS temp folder); older Node has no such call.
// Enabled before the CLI is imported, so the CLI's own modules are cached too.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A reader that stops early (`monopin scan | head -1`) closes the pipe: nothing more can be said and
// nothing went wrong, so the process ends quietly with 0 instead of an unhandled EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
  throw error;
});

const { runCli } = await import('./cli.js');
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => {
    // After the pipe closed, further writes are dropped rather than queued.
    if (!process.stdout.destroyed && !process.stdout.writableEnded) process.stdout.write(text);
  },
  drained: () =>
    process.stdout.writableNeedDrain && !process.stdout.destroyed
      ? new Promise((resolve) => {
          // Whichever comes first; the other listener goes too, so thousands of waits leave none behind.
          const done = (): void => {
            process.stdout.off('drain', done);
            process.stdout.off('close', done);
            resolve();
          };
          process.stdout.on('drain', done);
          process.stdout.on('close', done);
        })
      : Promise.resolve(),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY),
  env: process.env,
});
process.exitCode = code;
