// Runs the real pip (python3 -m pip) isolated from the machine's pip config, for index tests.
import { spawn } from 'node:child_process';
import { devNull } from 'node:os';

export interface PipResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** `--report -` install list as [name, version], when asked for and pip succeeded. */
  installs?: [string, string][];
}

/**
 * `pip install --dry-run --report - …args`, with no config file, cache or extra index from the host.
 * Asynchronous, so a server in the same process (serveIndex) can answer pip.
 */
export async function pipDryRun(args: string[]): Promise<PipResult> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('PIP_')) env[key] = value;
  env.PIP_CONFIG_FILE = devNull;
  env.PIP_DISABLE_PIP_VERSION_CHECK = '1';
  env.PIP_NO_INPUT = '1';
  const child = spawn('python3', ['-m', 'pip', 'install', '--dry-run', '--no-cache-dir', '--quiet', '--report', '-', ...args], {
    env,
    timeout: 60_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((resolveExit, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolveExit(code));
  });
  const run = { status, stdout, stderr };
  const result: PipResult = { status: run.status, stdout: run.stdout, stderr: run.stderr };
  if (run.status === 0) {
    const report = JSON.parse(run.stdout) as { install: { metadata: { name: string; version: string } }[] };
    result.installs = report.install.map((i) => [i.metadata.name, i.metadata.version]);
  }
  return result;
}
