// A checkout's files as { path: text }, .git left out: what the GitHub emulator's repository starts with.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function readTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    if (full.includes('/.git/')) continue;
    out[relative(dir, full)] = await readFile(full, 'utf8');
  }
  return out;
}
