// Action inputs, read once into a typed object and validated here (the runner does not enforce `required`).
import type { FailOn } from '../config.js';
import { DEFAULT_CONFIG_PATH } from '../load-config.js';
import { parseBudget } from '../size/render.js';

export type Mode = 'auto' | 'check' | 'bump' | 'comment' | 'rebuild';

export interface Inputs {
  githubToken?: string;
  constraints?: string;
  paths: string[];
  ignore: string[];
  config: string;
  failOn: FailOn;
  comment: boolean;
  sarifFile?: string;
  mode: Mode;
  workingDirectory: string;
  /** mode comment: the JSON report to post, and the pull request to post it on. */
  reportFile?: string;
  pullRequest?: number;
  /** mode bump: where index responses are cached (for actions/cache). */
  indexCache?: string;
  indexUrl?: string;
  /** mode bump: build the touched images wave by wave after planning; push (bump or rebuild mode) pushes them. */
  rebuild: boolean;
  push: boolean;
  /** `--network=host` for the builds (daemons without a bridge). */
  buildNetwork?: 'host';
  /** Fails the PR check when an image grows past it (overrides size-budget in the config). */
  sizeBudget?: string;
  /** osv | off | an OSV API URL | a folder or zip of records; undefined: the config's, else osv. */
  advisories?: string;
  /** mode bump: only the security moves, in their own PR. */
  securityOnly: boolean;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

type GetInput = (name: string) => string;

function optional(getInput: GetInput, name: string): string | undefined {
  const value = getInput(name).trim();
  return value === '' ? undefined : value;
}

function oneOf<T extends string>(getInput: GetInput, name: string, allowed: readonly T[], fallback: T): T {
  const value = optional(getInput, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new InputError(`input '${name}' must be one of ${allowed.join(', ')}; got '${value}'`);
  return value as T;
}

function list(getInput: GetInput, name: string): string[] {
  return getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

function bool(getInput: GetInput, name: string, fallback: boolean): boolean {
  const value = (optional(getInput, name) ?? String(fallback)).toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(`input '${name}' must be true or false; got '${value}'`);
}

function positiveInteger(getInput: GetInput, name: string): number | undefined {
  const value = optional(getInput, name);
  if (value === undefined) return undefined;
  // It may come from an artifact of an untrusted run: accept digits only.
  if (!/^[1-9][0-9]{0,9}$/.test(value)) throw new InputError(`input '${name}' must be a pull request number; got '${value.slice(0, 40)}'`);
  return Number(value);
}

function budget(getInput: GetInput, name: string): string | undefined {
  const value = optional(getInput, name);
  if (value === undefined) return undefined;
  try {
    parseBudget(value);
  } catch (error) {
    throw new InputError(`input '${name}': ${(error as Error).message}`);
  }
  return value;
}

export function readInputs(getInput: GetInput): Inputs {
  return {
    githubToken: optional(getInput, 'github-token'),
    constraints: optional(getInput, 'constraints'),
    paths: list(getInput, 'paths'),
    ignore: list(getInput, 'ignore'),
    config: optional(getInput, 'config') ?? DEFAULT_CONFIG_PATH,
    failOn: oneOf(getInput, 'fail-on', ['error', 'warning', 'never'] as const, 'error'),
    comment: bool(getInput, 'comment', true),
    sarifFile: optional(getInput, 'sarif-file'),
    mode: oneOf(getInput, 'mode', ['auto', 'check', 'bump', 'comment', 'rebuild'] as const, 'auto'),
    workingDirectory: optional(getInput, 'working-directory') ?? '.',
    reportFile: optional(getInput, 'report-file'),
    pullRequest: positiveInteger(getInput, 'pull-request'),
    indexCache: optional(getInput, 'index-cache'),
    indexUrl: optional(getInput, 'index-url'),
    rebuild: bool(getInput, 'rebuild', false),
    push: bool(getInput, 'push', false),
    buildNetwork: optional(getInput, 'build-network') === undefined ? undefined : oneOf(getInput, 'build-network', ['host'] as const, 'host'),
    sizeBudget: budget(getInput, 'size-budget'),
    advisories: optional(getInput, 'advisories'),
    securityOnly: bool(getInput, 'security-only', false),
  };
}
