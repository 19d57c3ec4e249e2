// Measured sizes on a pull request: CI pushes the PR's images under a tag (config `measure.head`,
// e.g. `pr-{pr}`) and the base branch's under another (`measure.base`, e.g. `latest`); the images
// the change touches are read from the registry under both and compared.
import type { Config } from '../config.js';
import { planRebuild } from '../rebuild-command.js';
import type { RegistryClient } from '../registry/client.js';
import { isRemoteImage } from '../registry/ref.js';
import type { Workspace } from '../model/types.js';
import { measureImages, type MeasuredSize } from './measured.js';

export interface TagValues {
  pr?: number;
  sha?: string;
  base?: string;
}

/** `pr-{pr}` → `pr-42`; a branch name becomes a valid tag (`feature/x` → `feature-x`). */
export function measureTag(template: string, values: TagValues): string {
  const tag = template.replace(/\{(pr|sha|base)\}/g, (token, name: keyof TagValues) => {
    const value = values[name];
    if (value === undefined) throw new Error(`measure tag ${template} uses ${token}, which this run does not know`);
    return name === 'sha' ? String(value).slice(0, 7) : String(value);
  });
  return tag.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '').slice(0, 128) || 'latest';
}

/**
 * The images the changed packages and files touch (and what is built on them), measured base tag vs
 * head tag: a Dockerfile-only change is measured too, though nothing estimates it.
 */
export async function measurePrSizes(options: {
  head: Workspace;
  config: Config;
  changedPackages: string[];
  changedFiles?: string[];
  registry: RegistryClient;
  values: TagValues;
}): Promise<{ results: MeasuredSize[]; notes: string[] }> {
  const measure = options.config.measure;
  const files = options.changedFiles ?? [];
  if (!measure || (options.changedPackages.length === 0 && files.length === 0)) return { results: [], notes: [] };
  const { matrix } = planRebuild({ workspace: options.head, config: options.config, changedPackages: options.changedPackages, changedFiles: files, now: new Date(), sha: options.values.sha });
  const before = measureTag(measure.base, options.values);
  const after = measureTag(measure.head, options.values);
  const pairs = matrix.include
    .filter((e) => isRemoteImage(e.repository))
    .map((e) => ({ image: e.image, before: `${e.repository}:${before}`, after: `${e.repository}:${after}` }));
  return measureImages({ registry: options.registry, pairs, platform: options.config.platform });
}
