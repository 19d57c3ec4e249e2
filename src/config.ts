// One validated Config from defaults, `.github/monopin.yml` and explicit overrides (CLI flags or action inputs).
import type { UpdateType } from './bump/types.js';
import type { AdvisoryLevel, RuleId, Severity } from './model.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface Config {
  constraints?: string;
  paths: string[];
  ignore: string[];
  failOn: FailOn;
  sharedMinServices: number;
  maxFileBytes: number;
  rules: Partial<Record<RuleId, Severity | 'off'>>;
  bump: BumpConfig;
  /** Images to rebuild, by name: their Dockerfile, build context and registry repository. */
  images: Record<string, ImageConfig>;
  /** Registry host for images that name none, e.g. ghcr.io. */
  registry?: string;
  /** Namespace under the registry, e.g. acme: images without a repository are `<registry>/<namespace>/<name>`. */
  namespace?: string;
  /** Tag of a rebuilt image beside `latest`; tokens `{date}` (UTC yyyy-mm-dd) and `{sha}`. */
  tagFormat: string;
  /** Build platform, e.g. linux/amd64. */
  platform: string;
  /** BuildKit cache: inline in the image (min mode), or a separate registry ref (`<repo>:buildcache`, max mode, buildx only). */
  cache: CacheMode;
  /** Largest growth allowed per image on a pull request (bytes, "50MB", "10%"); none when absent. */
  sizeBudget?: number | string;
  /** Registry access by host: credentials (password from the environment) and plain http. */
  registries: Record<string, RegistryConfig>;
  /** Tags CI pushes for a PR's base and head images, to measure them. */
  measure?: { base: string; head: string };
  /** Advisory source: `osv` (the public OSV API), `off`, an OSV-compatible API URL, or a folder/zip of OSV records. */
  advisories?: string;
  /** Severity of a vulnerable-pin finding by the advisory's level (rules.vulnerable-pin, when set, wins). */
  advisorySeverity: Record<AdvisoryLevel, Severity | 'off'>;
  /** Advisories that do not apply here, each with the reason the report shows. */
  ignoreAdvisories: { id: string; reason: string }[];
}

export interface RegistryConfig {
  username?: string;
  /** Environment variable with the password or token. */
  passwordEnv?: string;
  insecure?: boolean;
}

export type CacheMode = 'inline' | 'registry';

export interface ImageConfig {
  /** Repo-relative Dockerfile. */
  dockerfile: string;
  /** Repo-relative build context; default: the compose context, else inferred from the COPY sources. */
  context?: string;
  /** Registry repository without tag, e.g. ghcr.io/org/python-base. */
  repository?: string;
}

export interface BumpConfig {
  indexUrl: string;
  extraIndexUrls: string[];
  pythonVersion?: string;
  minReleaseAgeDays: number;
  updateTypes: Record<string, UpdateType[]>;
  ignore: { name: string; versions?: string[]; updateTypes?: UpdateType[] }[];
  labels: string[];
  branch: string;
}

export const DEFAULT_CONFIG: Config = {
  paths: [],
  ignore: [],
  failOn: 'error',
  sharedMinServices: 2,
  maxFileBytes: 5 * 1024 * 1024,
  rules: {},
  bump: { indexUrl: 'https://pypi.org/simple', extraIndexUrls: [], minReleaseAgeDays: 3, updateTypes: {}, ignore: [], labels: ['dependencies', 'monopin'], branch: 'monopin/constraints' },
  images: {},
  tagFormat: '{date}',
  platform: 'linux/amd64',
  cache: 'inline',
  registries: {},
  advisorySeverity: { critical: 'error', high: 'error', moderate: 'warning', low: 'note', unknown: 'warning' },
  ignoreAdvisories: [],
};

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Later layers win; lists from the file and the overrides add up. */
export function resolveConfig(...layers: Partial<Config>[]): Config {
  const config: Config = { ...DEFAULT_CONFIG, rules: {}, bump: { ...DEFAULT_CONFIG.bump }, images: {}, registries: {}, advisorySeverity: { ...DEFAULT_CONFIG.advisorySeverity }, ignoreAdvisories: [] };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer) as [keyof Config, unknown][]) {
      if (value === undefined) continue;
      if (key === 'paths' || key === 'ignore') config[key] = [...config[key], ...(value as string[])];
      else if (key === 'rules') config.rules = { ...config.rules, ...(value as Config['rules']) };
      else if (key === 'bump') config.bump = { ...config.bump, ...(value as Partial<BumpConfig>) };
      else if (key === 'images') config.images = { ...config.images, ...(value as Config['images']) };
      else if (key === 'registries') config.registries = { ...config.registries, ...(value as Config['registries']) };
      else if (key === 'advisorySeverity') config.advisorySeverity = { ...config.advisorySeverity, ...(value as Partial<Config['advisorySeverity']>) };
      else if (key === 'ignoreAdvisories') config.ignoreAdvisories = [...config.ignoreAdvisories, ...(value as Config['ignoreAdvisories'])];
      else (config as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return config;
}
