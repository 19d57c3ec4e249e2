// Reads `.github/monopin.yml` (or --config) from disk and merges it with explicit overrides.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { type Config, ConfigError, parseConfigFile, resolveConfig } from './config.js';

export const DEFAULT_CONFIG_PATH = '.github/monopin.yml';

export async function loadConfig(options: { root: string; configPath?: string; overrides?: Partial<Config> }): Promise<Config> {
  const path = options.configPath ?? DEFAULT_CONFIG_PATH;
  const full = isAbsolute(path) ? path : join(options.root, path);
  let text: string | undefined;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    // The default file is optional; a file the user named must exist.
    if (options.configPath !== undefined) throw new ConfigError(`cannot read config file ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  const fromFile = text === undefined ? {} : parseConfigFile(text, path);
  const overrides = Object.fromEntries(Object.entries(options.overrides ?? {}).filter(([, v]) => v !== undefined)) as Partial<Config>;
  return resolveConfig(fromFile, overrides);
}
