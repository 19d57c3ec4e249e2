// Which file is the central constraints file: the configured one, else, among the constraints files
// (never a file named as requirements, whoever -c includes it), the one most used through -c, then the
// shallowest, then the first by path.
import { posix } from 'node:path';
import type { ParsedFile } from '../load.js';
import { resolveIncludePath } from '../include-path.js';
import { classifyFile } from '../sources/discover.js';
import { depth } from './paths.js';
import type { InstallSite } from './types.js';

export function findCentralConstraints(files: ParsedFile[], installs: InstallSite[], configured?: string): string | undefined {
  if (configured) return configured;
  const candidates = files.filter((f) => f.kind === 'constraints' && classifyFile(f.path) !== 'requirements').map((f) => f.path);
  if (candidates.length === 0) return undefined;
  const uses = new Map<string, number>(candidates.map((c) => [c, 0]));
  for (const file of files) {
    if (file.kind !== 'requirements' && file.kind !== 'constraints') continue;
    for (const include of file.parsed.includes) {
      const target = resolveIncludePath(file.path, include.target);
      if (include.kind === 'constraint' && target.kind === 'path' && uses.has(target.path)) uses.set(target.path, uses.get(target.path)! + 1);
    }
  }
  // A Dockerfile's -c names a path in the image; its base name is the best link we have to the repo file.
  // Counted by base name first: thousands of services may each keep a constraints file of their own.
  const byBase = new Map<string, number>();
  for (const site of installs) {
    for (const c of site.install.constraintFiles) {
      const base = posix.basename(c.path);
      byBase.set(base, (byBase.get(base) ?? 0) + 1);
    }
  }
  for (const candidate of candidates) uses.set(candidate, uses.get(candidate)! + (byBase.get(posix.basename(candidate)) ?? 0));
  return candidates.sort((a, b) => uses.get(b)! - uses.get(a)! || depth(a) - depth(b) || a.localeCompare(b))[0];
}
