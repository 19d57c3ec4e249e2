// The rebuild plan as data: per image its tags and cache refs, per wave the images that build
// together. `waves` is what `monopin rebuild --format json` prints; `include` feeds a workflow's
// `strategy.matrix` (filter by `wave`, one job per wave). Pure.
import type { CacheMode, Config } from '../config.js';
import type { ImageNode } from '../model/types.js';

/** What the CLI prints per image: exactly these keys. */
export interface WaveEntry {
  image: string;
  dockerfile: string;
  context: string;
  tags: string[];
  /** false when its name is invalid or taken by another image (a finding says which): built, never pushed. */
  push?: false;
}

export interface MatrixEntry extends WaveEntry {
  /** `<repo>:latest` (inline cache) or `<repo>:buildcache` (registry cache). */
  cacheFrom: string[];
  /** `<repo>:buildcache`, with cache: registry. */
  cacheTo?: string;
  platform: string;
  /** 1-based: wave 1 builds first. */
  wave: number;
  /** Registry repository (the image name when none is known: a local image). */
  repository: string;
}

export interface RebuildMatrix {
  waves: WaveEntry[][];
  include: MatrixEntry[];
}

export class TagFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TagFormatError';
  }
}

/** `{date}` → UTC `yyyy-mm-dd` of `now`; `{sha}` → the first 7 characters of the commit. */
export function formatTag(format: string, values: { now: Date; sha?: string }): string {
  return format.replace(/\{(date|sha)\}/g, (_, token: string) => {
    if (token === 'date') return values.now.toISOString().slice(0, 10);
    if (!values.sha) throw new TagFormatError(`tag-format ${format} uses {sha}, but no commit was given`);
    return values.sha.slice(0, 7);
  });
}

export function rebuildMatrix(options: {
  waves: ImageNode[][];
  config: Pick<Config, 'tagFormat' | 'platform' | 'cache'>;
  now: Date;
  sha?: string;
}): RebuildMatrix {
  const tag = formatTag(options.config.tagFormat, { now: options.now, sha: options.sha });
  const include: MatrixEntry[] = [];
  const waves = options.waves.map((wave, i) =>
    wave.map((node) => {
      const entry = matrixEntry(node, { tag, wave: i + 1, platform: options.config.platform, cache: options.config.cache });
      include.push(entry);
      const printed: WaveEntry = { image: entry.image, dockerfile: entry.dockerfile, context: entry.context, tags: entry.tags };
      if (entry.push === false) printed.push = false;
      return printed;
    }),
  );
  return { waves, include };
}

function matrixEntry(node: ImageNode, o: { tag: string; wave: number; platform: string; cache: CacheMode }): MatrixEntry {
  const repository = node.repository ?? node.name;
  const tags = o.tag === 'latest' ? [`${repository}:latest`] : [`${repository}:${o.tag}`, `${repository}:latest`];
  const entry: MatrixEntry = {
    image: node.name,
    dockerfile: node.dockerfile,
    context: node.context,
    tags,
    cacheFrom: o.cache === 'registry' ? [`${repository}:buildcache`] : [`${repository}:latest`],
    platform: o.platform,
    wave: o.wave,
    repository,
  };
  if (o.cache === 'registry') entry.cacheTo = `${repository}:buildcache`;
  if (node.repository === undefined) entry.push = false;
  return entry;
}
