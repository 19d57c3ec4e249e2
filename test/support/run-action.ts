// Runs the bundled action (dist/index.js) with the environment a GitHub runner gives a JavaScript action.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { GitHubEmulator } from './github-emulator/index.js';
import { git } from './git-repo.js';

const ACTION = resolve('dist/index.js');

export interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs dist/index.js with the environment a GitHub runner gives a JavaScript action. */
/** `env` adds to (or overrides) the runner's variables: DOCKER_HOST, a PATH with another docker client. */
export async function runAction(options: {
  gh: GitHubEmulator;
  workspace: string;
  eventName: string;
  payload: object;
  token: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'monopin-runner-'));
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
  await writeFile(files.event, JSON.stringify(options.payload));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  // advisories off unless a test serves them: the action's default is the public OSV API, and tests stay off the network.
  const inputs: Record<string, string> = { 'github-token': options.token, 'fail-on': 'error', comment: 'true', mode: 'auto', config: '.github/monopin.yml', advisories: 'off', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/mono',
    GITHUB_API_URL: options.gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: headOf(options.workspace),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  // Asynchronous on purpose: the emulator answers from this process's event loop.
  const run = await new Promise<{ status: number | null; output: string }>((done) => {
    const child = spawn(process.execPath, [ACTION], { cwd: options.workspace, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output }));
  });
  return { status: run.status, stdout: run.output, outputs: parseOutputs(await readFile(files.output, 'utf8')), summary: await readFile(files.summary, 'utf8') };
}

/** The checkout's commit; a workflow_run job that downloads an artifact has no checkout. */
function headOf(dir: string): string {
  try {
    return git(dir, 'rev-parse', 'HEAD');
  } catch {
    return '0'.repeat(40);
  }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

