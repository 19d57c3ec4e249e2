// The one switch: `osv` (the public API), `off`, a URL (any OSV-compatible API), or a PATH (a folder
// or zip of OSV records). Relative paths are taken from the repository root.
import { isAbsolute, resolve } from 'node:path';
import { createFolderSource } from './folder-source.js';
import { createOsvClient } from './osv-client.js';
import type { AdvisorySource } from './types.js';

/** A PATH setting made absolute against `base` (a flag: the working directory); other settings as they are. */
export function resolveSettingPath(setting: string, base: string): string {
  const value = setting.trim();
  if (value === '' || value === 'off' || value === 'osv' || /^https?:\/\//i.test(value) || isAbsolute(value)) return value;
  return resolve(base, value);
}

export function createAdvisorySource(
  setting: string | undefined,
  options: { root: string; cacheDir?: string; log?: (message: string) => void; fetch?: typeof fetch },
): AdvisorySource | undefined {
  const value = setting?.trim() ?? 'off';
  if (value === '' || value === 'off') return undefined;
  const client = { ...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }), ...(options.log && { log: options.log }), ...(options.fetch && { fetch: options.fetch }) };
  if (value === 'osv') return createOsvClient(client);
  if (/^https?:\/\//i.test(value)) return createOsvClient({ ...client, baseUrl: value });
  return createFolderSource(isAbsolute(value) ? value : resolve(options.root, value), options.log ? { log: options.log } : {});
}
