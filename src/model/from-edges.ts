// FROM edges: `FROM [registry/][namespace/]name[:tag]` (ARG-expanded) of an image the repository
// builds is an edge to it. Declared names (config, compose image:) match by repository; an image
// known only by its Dockerfile's name matches a bare FROM, or one in a namespace the repository
// owns. Several candidates: config first, then compose, then base images; else an ambiguity. Pure.
import { imageNameOf } from './dockerfile-name.js';
import { parseRepository, type RepositoryRef } from './image-ref.js';
import { reachableStages } from './image-paths.js';
import type { ImageDraft } from './images.js';
import type { NamingConfig } from './image-names.js';
import type { Ambiguity, MissingImage } from './types.js';

interface Target {
  name: string;
  image?: ImageDraft;
  missing?: MissingImage;
  /** 0 config, 1 compose, 2 base image, 3 other: the lower wins a tie. */
  rank: number;
  /** Upstream repositories it is itself built FROM: a FROM of one of them means upstream, never this image. */
  upstream?: Set<string>;
}

export function resolveFroms(options: { images: ImageDraft[]; missing: MissingImage[]; missingRepositories: Map<string, string>; config: NamingConfig }): Ambiguity[] {
  const { images } = options;
  const index = indexTargets(options);
  const ambiguities: Ambiguity[] = [];
  for (const image of images) {
    const bases = new Set<string>();
    const external = new Set<string>();
    const baseFroms: NonNullable<ImageDraft['baseFroms']> = [];
    const stages = reachableStages(image.info, image.target);
    image.info.froms.forEach((from, i) => {
      if (from.isStage || !stages.has(i)) return;
      const ref = parseRepository(from.image);
      const found = ref ? lookup(index, ref, image) : undefined;
      if (found === undefined || Array.isArray(found)) {
        if (Array.isArray(found)) {
          ambiguities.push({
            file: image.dockerfile,
            line: from.location.line,
            reference: from.image,
            candidates: found.map((t) => t.name).sort(),
            settle: `name the one it means in config images (images.<name>: { dockerfile, repository: ${ref!.implicitRegistry ? ref!.path.replace(/^library\//, '') : ref!.full} })`,
          });
        }
        external.add(from.image);
        return;
      }
      if (!bases.has(found.target.name)) baseFroms.push({ base: found.target.name, line: from.location.line, image: from.image });
      bases.add(found.target.name);
      if (found.target.missing && !found.target.missing.referencedBy.includes(image.name)) found.target.missing.referencedBy.push(image.name);
      if (found.target.image && found.byName) found.target.image.inferred = true;
    });
    image.bases = [...bases].sort();
    image.externalBases = [...external].sort();
    if (baseFroms.length > 0) image.baseFroms = baseFroms;
  }
  for (const m of options.missing) m.referencedBy.sort();
  return ambiguities;
}

interface TargetIndex {
  byFull: Map<string, Target[]>;
  byPath: Map<string, Target[]>;
  byName: Map<string, Target[]>;
  /** Namespaces the repository's own images are named in (config namespace, compose image: names). */
  ownNamespaces: Set<string>;
}

function indexTargets(options: { images: ImageDraft[]; missing: MissingImage[]; missingRepositories: Map<string, string>; config: NamingConfig }): TargetIndex {
  const index: TargetIndex = { byFull: new Map(), byPath: new Map(), byName: new Map(), ownNamespaces: new Set() };
  const put = (map: Map<string, Target[]>, key: string, t: Target): void => {
    const list = map.get(key);
    if (!list) map.set(key, [t]);
    else if (!list.includes(t)) list.push(t);
  };
  const declare = (t: Target, reference: string): void => {
    const ref = parseRepository(reference);
    if (!ref) return;
    put(index.byFull, ref.full, t);
    put(index.byPath, ref.path, t);
    if (!ref.bare) index.ownNamespaces.add(namespaceOf(ref));
  };
  if (options.config.namespace) index.ownNamespaces.add(options.config.namespace.toLowerCase());
  for (const image of options.images) {
    const upstream = new Set(image.info.froms.filter((f) => !f.isStage).map((f) => parseRepository(f.image)?.full).filter((f): f is string => f !== undefined));
    const t: Target = { name: image.name, image, rank: image.configName ? 0 : image.composeRefs.length > 0 ? 1 : image.governed ? 2 : 3, upstream };
    for (const tag of image.tags) declare(t, tag);
    if (image.configRepository) declare(t, image.configRepository);
    for (const name of new Set([image.name, imageNameOf(image.dockerfile), image.configName ?? image.name])) put(index.byName, name, t);
  }
  for (const m of options.missing) {
    const t: Target = { name: m.name, missing: m, rank: 0 };
    const repository = options.missingRepositories.get(m.name);
    if (repository) declare(t, repository);
    put(index.byName, m.name, t);
  }
  return index;
}

function namespaceOf(ref: RepositoryRef): string {
  return ref.path.slice(0, ref.path.length - ref.last.length - 1);
}

/** The target a FROM names; a list when several tie; undefined when it is no image of the repository. */
function lookup(index: TargetIndex, ref: RepositoryRef, self: ImageDraft): { target: Target; byName: boolean } | Target[] | undefined {
  const declared = [...(index.byFull.get(ref.full) ?? []), ...(ref.implicitRegistry ? (index.byPath.get(ref.path) ?? []) : [])];
  const pick = (list: Target[]): Target | Target[] | undefined => {
    const others = [...new Set(list)].filter((t) => t.image !== self);
    if (others.length <= 1) return others[0];
    const best = Math.min(...others.map((t) => t.rank));
    const top = others.filter((t) => t.rank === best);
    return top.length === 1 ? top[0] : top;
  };
  const hit = pick(declared);
  if (hit !== undefined) return Array.isArray(hit) ? hit : { target: hit, byName: false };
  // By name: a bare FROM (`agent-base:latest`), or one in a namespace the repository owns.
  const ownNamespace = index.ownNamespaces.has(namespaceOf(ref)) || (!ref.implicitRegistry && index.ownNamespaces.has(`${ref.full.split('/')[0]}`));
  if (!ref.bare && !ownNamespace) return undefined;
  const named = pick((index.byName.get(ref.last) ?? []).filter((t) => !t.upstream?.has(ref.full)));
  if (named === undefined) return undefined;
  return Array.isArray(named) ? named : { target: named, byName: true };
}
