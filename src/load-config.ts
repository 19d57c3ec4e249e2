// Reads `.github/monopin.yml` (or --config) from disk and merges it with explicit overrides.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { type Config, ConfigError, resolveConfig } from './config.js';

export const DEFAULT_CONFIG_PATH = '.github/monopin.yml';

export async function loadConfig(options: { root: string; configPath?: string; overrides?: Partial<Config> }): Promise<Config> {
  const path = options.configPath ?? DEFAULT_CONFIG_PATH;
  const full = isAbsolute(path) ? path : join(options.root, path);
  let text: string | undefined;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    // The default file is optional; one that exists but cannot be read is still an error.
    if (options.configPath !== undefined || !['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw new ConfigError(unreadable(full, (error as NodeJS.ErrnoException).code));
  }
  const fromFile = text === undefined ? {} : (await import('./config-file.js')).parseConfigFile(text, path);
  const overrides = Object.fromEntries(Object.entries(options.overrides ?? {}).filter(([, v]) => v !== undefined)) as Partial<Config>;
  return resolveConfig(fromFile, overrides);
}

/** One line naming the file and the fix, instead of the raw ENOENT/EACCES. */
function unreadable(full: string, code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return `config file ${full} does not exist: fix the --config path (relative to the root), or drop --config`;
    case 'EACCES':
    case 'EPERM':
      return `config file ${full} is not readable (permission denied): make it readable, or point --config at another file`;
    case 'EISDIR':
      return `config file ${full} is a directory: point --config at the YAML file, e.g. .github/monopin.yml`;
    default:
      return `cannot read config file ${full} (${code ?? 'unknown error'}): fix the path or drop --config`;
  }
}
