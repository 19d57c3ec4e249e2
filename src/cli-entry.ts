#!/usr/bin/env node
// The `monopin` binary: wires the real process to runCli.
import module from 'node:module';

// Node 22.1+ keeps compiled bytecode between runs (in the OS temp folder); older Node has no such call.
// Enabled before the CLI is imported, so the CLI's own modules are cached too.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { runCli } = await import('./cli.js');
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY),
  env: process.env,
});
process.exitCode = code;
