// FROM edges: `FROM [registry/][namespace/]name[:tag]` (ARG-expanded) of an image the repository
// builds is an edge to it. Declared names (config, compose image:) match by repository; an image
// known only by its Dockerfile's name matches a bare FROM, one on a registry other than Docker Hub,
// or one in a Docker Hub namespace the repository shows it owns (config, compose, its own FROMs);
// never the upstream image it is itself built FROM. Several candidates: config first, then compose,
// then base images; else an ambiguity. Pure.
import { imageNameOf } from './dockerfile-name.js';
import { parseRepository, referenceProblem, stripTag, type RepositoryRef } from './image-ref.js';
import { reachableStages } from './image-paths.js';
import { fromReferences, type ImageDraft } from './images.js';
import { setRepository, type NamingConfig } from './image-names.js';
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
  for (const namespace of namespacesInUse(images, index)) index.ownNamespaces.add(namespace);
  const ambiguities: Ambiguity[] = [];
  for (const image of images) {
    const bases = new Set<string>();
    const external = new Set<string>();
    const baseFroms: NonNullable<ImageDraft['baseFroms']> = [];
    const stages = reachableStages(image.info, image.target);
    image.info.froms.forEach((from, i) => {
      if (from.isStage || !stages.has(i)) return;
      for (const reference of fromReferences(image, from)) {
        const ref = parseRepository(reference);
        const found = ref ? lookup(index, ref, image) : undefined;
        if (found === undefined || Array.isArray(found)) {
          if (Array.isArray(found)) {
            ambiguities.push({
              file: image.dockerfile,
              line: from.location.line,
              reference,
              candidates: found.map((t) => t.name).sort(),
              settle: `name the one it means in config images (images.<name>: { dockerfile, repository: ${ref!.implicitRegistry ? ref!.path.replace(/^library\//, '') : ref!.full} })`,
            });
          }
          external.add(reference);
          continue;
        }
        if (!bases.has(found.target.name)) baseFroms.push({ base: found.target.name, line: from.location.line, image: reference });
        bases.add(found.target.name);
        if (found.target.missing && !found.target.missing.referencedBy.includes(image.name)) found.target.missing.referencedBy.push(image.name);
        if (found.target.image && found.byName) {
          found.target.image.inferred = true;
          // `FROM ghcr.io/acme/agent-base` in a namespace the repository owns says where agent-base is pushed.
          if (found.target.image.defaultRepository && !ref!.bare && referenceProblem(stripTag(reference).toLowerCase()) === undefined) {
            setRepository(found.target.image, stripTag(reference).toLowerCase());
            found.target.image.defaultRepository = false;
          }
        }
      }
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
  /** Declared names without a namespace (`repository: python-base`): matched by name in any namespace. */
  byBareLast: Map<string, Target[]>;
  byName: Map<string, Target[]>;
  /** Namespaces the repository's own images are named in (config namespace, compose image: names). */
  ownNamespaces: Set<string>;
}

function indexTargets(options: { images: ImageDraft[]; missing: MissingImage[]; missingRepositories: Map<string, string>; config: NamingConfig }): TargetIndex {
  const index: TargetIndex = { byFull: new Map(), byPath: new Map(), byBareLast: new Map(), byName: new Map(), ownNamespaces: new Set() };
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
    if (ref.bare) put(index.byBareLast, ref.last, t);
    else index.ownNamespaces.add(namespaceOf(ref));
  };
  if (options.config.namespace) index.ownNamespaces.add(options.config.namespace.toLowerCase());
  for (const image of options.images) {
    const upstream = new Set(
      image.info.froms
        .filter((f) => !f.isStage)
        .flatMap((f) => fromReferences(image, f))
        .map((r) => parseRepository(r)?.full)
        .filter((f): f is string => f !== undefined),
    );
    const t: Target = { name: image.name, image, rank: image.configName ? 0 : image.composeRefs.length > 0 ? 1 : image.governed ? 2 : 3, upstream };
    // The default repository (its own name) declares nothing: only compose image: and config do.
    for (const tag of image.tags) if (!(image.defaultRepository && stripTag(tag).toLowerCase() === image.repository)) declare(t, tag);
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

/**
 * Namespaces the repository's own FROM lines use for its images (`FROM rayproject/ray-deps`,
 * `FROM sutazai/agent-base` in several Dockerfiles): two or more FROM lines naming an image of the
 * repository by its name, where that image is not itself built FROM the same reference.
 */
function namespacesInUse(images: ImageDraft[], index: TargetIndex): string[] {
  const lines = new Map<string, number>();
  for (const image of images) {
    const stages = reachableStages(image.info, image.target);
    image.info.froms.forEach((from, i) => {
      if (from.isStage || !stages.has(i)) return;
      for (const reference of fromReferences(image, from)) {
        const ref = parseRepository(reference);
        if (!ref || ref.bare) continue;
        const hits = (index.byName.get(ref.last) ?? []).filter((t) => t.image !== image && !t.upstream?.has(ref.full));
        if (hits.length > 0) lines.set(namespaceOf(ref), (lines.get(namespaceOf(ref)) ?? 0) + 1);
      }
    });
  }
  return [...lines].filter(([, n]) => n >= 2).map(([namespace]) => namespace);
}

function namespaceOf(ref: RepositoryRef): string {
  return ref.path.slice(0, ref.path.length - ref.last.length - 1);
}

/** The target a FROM names; a list when several tie; undefined when it is no image of the repository. */
function lookup(index: TargetIndex, ref: RepositoryRef, self: ImageDraft): { target: Target; byName: boolean } | Target[] | undefined {
  const pick = (list: Target[]): Target | Target[] | undefined => {
    const others = list.filter((t) => t.image !== self);
    if (others.length <= 1) return others[0];
    const best = Math.min(...others.map((t) => t.rank));
    const top = others.filter((t) => t.rank === best);
    return top.length === 1 ? top[0] : top;
  };
  // Declared names: the same repository, the same path on another registry (a mirror), a bare declared name.
  for (const list of [index.byFull.get(ref.full), index.byPath.get(ref.path), index.byBareLast.get(ref.last)]) {
    const hit = pick(list ?? []);
    if (hit !== undefined) return Array.isArray(hit) ? hit : { target: hit, byName: false };
  }
  // By name: a bare FROM (`agent-base:latest`), one in a namespace the repository owns, or, while no namespace is
  // known to be its own, one on a registry other than Docker Hub (`ghcr.io/acme/agent-base`).
  const owned = ref.bare || index.ownNamespaces.has(namespaceOf(ref)) || (!ref.implicitRegistry && index.ownNamespaces.size === 0);
  if (!owned) return undefined;
  const named = pick((index.byName.get(ref.last) ?? []).filter((t) => !t.upstream?.has(ref.full)));
  if (named === undefined) return undefined;
  // Only an image known by nothing but its Dockerfile's name is "inferred".
  return Array.isArray(named) ? named : { target: named, byName: named.rank >= 2 };
}
