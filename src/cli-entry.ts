#!/usr/bin/env node
// The `monopin` binary: wires the real process to runCli.
import { runCli } from './cli.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY),
  env: process.env,
});
process.exitCode = code;
