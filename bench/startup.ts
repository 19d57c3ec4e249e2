// Startup of the bundled CLI: `monopin --version` against a bare `node -e 0`, interleaved, medians.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { median } from './peer.js';

export interface StartupRow {
  runs: number;
  nodeMs: number;
  versionMs: number;
  ratio: number;
}

export function benchStartup(runs = 21, cli = 'dist/cli.js'): StartupRow | undefined {
  if (!existsSync(cli)) return undefined;
  const time = (args: string[]): number => {
    const started = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    return performance.now() - started;
  };
  // One warm-up each: the first run fills the OS file cache (and Node's compile cache where it has one).
  time(['-e', '0']);
  time([cli, '--version']);
  const node: number[] = [];
  const version: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(time(['-e', '0']));
    version.push(time([cli, '--version']));
  }
  const nodeMs = Math.round(median(node));
  const versionMs = Math.round(median(version));
  return { runs, nodeMs, versionMs, ratio: Math.round((versionMs / nodeMs) * 100) / 100 };
}
