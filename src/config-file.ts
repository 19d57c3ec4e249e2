// The config file's YAML text → a validated Partial<Config>. Its own module: the YAML parser and the
// generated schema validator load only when a repository has a config file.
import { parseDocument } from 'yaml';
import type { UpdateType } from './bump/types.js';
import { type BumpConfig, type CacheMode, type Config, ConfigError, type FailOn, type ImageConfig } from './config.js';
import { IMAGE_NAME, PLATFORM, REPOSITORY } from './config-schema.js';
// The schema compiled ahead of time (scripts/write-config-validator.ts): no Ajv at run time.
import { validateConfig as validate } from './config-validator.generated.js';
import { globProblem } from './sources/glob.js';

/** Parses and validates the YAML text of a config file; errors name the file, line and bad key. */
export function parseConfigFile(text: string, path: string): Partial<Config> {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line ?? 1;
    throw new ConfigError(`${path}:${line}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const buildProblem = checkBuildKeys(data) ?? checkGlobs(data);
  if (buildProblem) throw new ConfigError(`${path}: ${buildProblem}`);
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((err) => {
      const key = err.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(top level)';
      const extra = err.params && 'additionalProperty' in err.params ? ` '${String(err.params.additionalProperty)}'` : '';
      const allowed = err.params && 'allowedValues' in err.params ? `: ${(err.params.allowedValues as unknown[]).join(', ')}` : '';
      return `${key}: ${err.message ?? 'invalid'}${extra}${allowed}`;
    });
    throw new ConfigError(`${path}: ${problems.join('; ')}`);
  }
  const raw = data as Record<string, unknown>;
  const out: Partial<Config> = {};
  if (raw.constraints !== undefined) out.constraints = raw.constraints as string;
  if (raw.paths !== undefined) out.paths = raw.paths as string[];
  if (raw.ignore !== undefined) out.ignore = raw.ignore as string[];
  if (raw['fail-on'] !== undefined) out.failOn = raw['fail-on'] as FailOn;
  if (raw['shared-min-services'] !== undefined) out.sharedMinServices = raw['shared-min-services'] as number;
  if (raw['max-file-bytes'] !== undefined) out.maxFileBytes = raw['max-file-bytes'] as number;
  if (raw.rules !== undefined) out.rules = raw.rules as Config['rules'];
  const bump: Partial<BumpConfig> = {};
  if (raw['index-url'] !== undefined) bump.indexUrl = raw['index-url'] as string;
  if (raw['extra-index-urls'] !== undefined) bump.extraIndexUrls = raw['extra-index-urls'] as string[];
  if (raw['python-version'] !== undefined) bump.pythonVersion = raw['python-version'] as string;
  if (raw['min-release-age'] !== undefined) bump.minReleaseAgeDays = raw['min-release-age'] as number;
  if (raw['update-types'] !== undefined) bump.updateTypes = raw['update-types'] as Record<string, UpdateType[]>;
  if (raw['ignore-updates'] !== undefined) {
    bump.ignore = (raw['ignore-updates'] as { name: string; versions?: string[]; 'update-types'?: UpdateType[] }[]).map((r) => ({ name: r.name, versions: r.versions, updateTypes: r['update-types'] }));
  }
  if (raw.labels !== undefined) bump.labels = raw.labels as string[];
  if (raw['bump-branch'] !== undefined) bump.branch = raw['bump-branch'] as string;
  if (Object.keys(bump).length > 0) out.bump = bump as BumpConfig;
  if (raw.images !== undefined) out.images = raw.images as Record<string, ImageConfig>;
  if (raw.registry !== undefined) out.registry = raw.registry as string;
  if (raw.namespace !== undefined) out.namespace = raw.namespace as string;
  if (raw['tag-format'] !== undefined) out.tagFormat = raw['tag-format'] as string;
  if (raw.platform !== undefined) out.platform = raw.platform as string;
  if (raw.cache !== undefined) out.cache = raw.cache as CacheMode;
  if (raw['size-budget'] !== undefined) out.sizeBudget = raw['size-budget'] as number | string;
  if (raw.registries !== undefined) {
    out.registries = Object.fromEntries(
      Object.entries(raw.registries as Record<string, { username?: string; 'password-env'?: string; insecure?: boolean }>).map(([host, r]) => [
        host,
        { username: r.username, passwordEnv: r['password-env'], insecure: r.insecure },
      ]),
    );
  }
  if (raw.measure !== undefined) out.measure = raw.measure as { base: string; head: string };
  if (raw.advisories !== undefined) out.advisories = raw.advisories as string;
  if (raw['advisory-severity'] !== undefined) out.advisorySeverity = raw['advisory-severity'] as Config['advisorySeverity'];
  if (raw['ignore-advisories'] !== undefined) out.ignoreAdvisories = raw['ignore-advisories'] as Config['ignoreAdvisories'];
  return out;
}

/** Globs a pull request could make pathological are refused here, before any file is matched. */
function checkGlobs(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  for (const key of ['paths', 'ignore'] as const) {
    const list = (data as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    for (const [i, pattern] of list.entries()) {
      const problem = typeof pattern === 'string' ? globProblem(pattern) : undefined;
      if (problem) return `${key}.${i}: '${pattern}': ${problem}`;
    }
  }
  return undefined;
}

const TAG_TOKENS = ['{date}', '{sha}'];
const MEASURE_TOKENS = ['{pr}', '{sha}', '{base}'];

/** Clearer messages than a bare "must match pattern" for the image keys; the schema still checks the shapes. */
function checkBuildKeys(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const raw = data as Record<string, unknown>;
  const format = raw['tag-format'];
  if (typeof format === 'string') {
    const tokens = checkTokens('tag-format', format, TAG_TOKENS);
    if (tokens) return tokens;
    const literal = format.replace(/\{date\}|\{sha\}/g, 'x');
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(literal)) return `tag-format: '${format}' is not a valid image tag (letters, digits, _ . -; not starting with . or -; at most 128 characters)`;
  }
  const measure = raw.measure;
  if (typeof measure === 'object' && measure !== null) {
    for (const [key, template] of Object.entries(measure as Record<string, unknown>)) {
      const tokens = typeof template === 'string' ? checkTokens(`measure.${key}`, template, MEASURE_TOKENS) : undefined;
      if (tokens) return tokens;
    }
  }
  if (typeof raw.platform === 'string' && !PLATFORM.test(raw.platform)) return `platform: expected os/arch[/variant] such as linux/amd64 or linux/arm64/v8, got '${raw.platform}'`;
  if (typeof raw.images === 'object' && raw.images !== null && !Array.isArray(raw.images)) {
    for (const [name, image] of Object.entries(raw.images as Record<string, unknown>)) {
      if (!IMAGE_NAME.test(name)) return `images.${name}: an image name is lowercase letters, digits and . _ - (e.g. python-base)`;
      if (typeof image !== 'object' || image === null) continue;
      const repository = (image as Record<string, unknown>).repository;
      if (typeof repository === 'string' && !REPOSITORY.test(repository)) {
        return /[:@][^/]*$/.test(repository) && !/^[^/]+:\d+\//.test(repository)
          ? `images.${name}.repository: give the repository without a tag or digest (monopin tags {date} and latest), got '${repository}'`
          : `images.${name}.repository: '${repository}' is not an image repository (e.g. ghcr.io/org/python-base, lowercase)`;
      }
    }
  }
  return undefined;
}

/** The first `{…}` in `template` that is not one of `allowed`, as a message about `key`. */
function checkTokens(key: string, template: string, allowed: readonly string[]): string | undefined {
  const unknown = (template.match(/\{[^}]*\}?/g) ?? []).find((t) => !allowed.includes(t));
  return unknown === undefined ? undefined : `${key}: unknown token ${unknown}; allowed tokens: ${allowed.join(', ')}`;
}
