// The image graph: every Dockerfile's final stage is an image; its non-stage FROMs are its bases.
// Names come from config `images`, compose `image:` beside `build:`, or (reported as inferred) the
// Dockerfile's own name. Pure: the workspace comes in.
import type { Config } from '../config.js';
import type { ParsedFile } from '../load.js';
import type { DockerfileInfo } from '../sources/types.js';
import type { Workspace } from '../workspace/build.js';
import { dirOf, imageNameOf, joinPath } from '../workspace/services.js';
import { parseRepository, stripTag, type RepositoryRef } from './image-ref.js';

export interface ImageNode {
  name: string;
  /** Repo-relative Dockerfile. */
  dockerfile: string;
  /** Repo-relative build context, `.` for the root. */
  context: string;
  /** Registry repository without tag (config, compose `image:`, or the FROM that inferred it). */
  repository?: string;
  /** Other images of the repository this one is built FROM, sorted. */
  bases: string[];
  /** Where its Dockerfile names each of `bases` (the first FROM per base), for messages; absent when it has none. */
  baseFroms?: { base: string; line: number; image: string }[];
  /** FROM references that are no image of the repository (`python:3.12-slim`), as written after ARG expansion. */
  externalBases: string[];
  /** Some FROM resolved to this image only by its Dockerfile's name. */
  inferred: boolean;
}

/** An image that config declares but whose Dockerfile is not in the repository. */
export interface MissingImage {
  name: string;
  dockerfile: string;
  /** Images whose FROM names it. */
  referencedBy: string[];
}

export interface ImageGraph {
  /** Sorted by name. */
  nodes: ImageNode[];
  missing: MissingImage[];
  /** Ambiguous FROM references (left external) and unused declarations, one sentence each. */
  warnings: string[];
}

interface Candidate {
  node: ImageNode;
  /** Declared through config or compose `image:`: matched by repository and name. */
  declared: boolean;
  repos: RepositoryRef[];
  /** Names a FROM may match: the image name when declared, the Dockerfile's name when inferred. */
  names: string[];
}

type DockerfileFile = Extract<ParsedFile, { kind: 'dockerfile' }>;

export function buildImageGraph(workspace: Workspace, config: Pick<Config, 'images'>): ImageGraph {
  const dockerfiles = new Map<string, DockerfileInfo>();
  for (const f of workspace.files) if (f.kind === 'dockerfile') dockerfiles.set(f.path, (f as DockerfileFile).parsed);
  const known = new Set(workspace.files.map((f) => f.path));
  for (const path of [...known]) for (let d = dirOf(path); d !== ''; d = dirOf(d)) known.add(d);
  const warnings: string[] = [];
  const candidates: Candidate[] = [];
  const names = new Set<string>();
  const byDockerfile = new Map<string, Candidate[]>();
  const unique = (name: string): string => {
    let n = name;
    for (let i = 2; names.has(n); i++) n = `${name}-${i}`;
    names.add(n);
    return n;
  };
  const add = (c: Candidate): void => {
    candidates.push(c);
    byDockerfile.set(c.node.dockerfile, [...(byDockerfile.get(c.node.dockerfile) ?? []), c]);
  };

  // Compose contexts by Dockerfile, and compose images by Dockerfile.
  const composeBuilds: { service: string; dockerfile: string; context: string; image?: string }[] = [];
  for (const s of workspace.services) {
    for (const [dockerfile, context] of s.contexts) composeBuilds.push({ service: s.name, dockerfile, context, image: s.image });
  }

  // (b) config images claim their Dockerfiles first.
  const missing: MissingImage[] = [];
  const missingRepos = new Map<string, RepositoryRef[]>();
  for (const [name, image] of Object.entries(config.images).sort(([a], [b]) => a.localeCompare(b))) {
    const dockerfile = joinPath(image.dockerfile);
    const repos = [image.repository ? parseRepository(image.repository) : undefined].filter((r): r is RepositoryRef => r !== undefined);
    if (!dockerfiles.has(dockerfile)) {
      names.add(name);
      missing.push({ name, dockerfile, referencedBy: [] });
      missingRepos.set(name, repos);
      continue;
    }
    const compose = composeBuilds.find((b) => b.dockerfile === dockerfile);
    const context = image.context !== undefined ? joinPath(image.context) : (compose?.context ?? guessContext(dockerfile, dockerfiles.get(dockerfile)!, known));
    const composeRepo = compose?.image ? parseRepository(compose.image) : undefined;
    if (composeRepo) repos.push(composeRepo);
    const repository = image.repository ?? (compose?.image ? stripTag(compose.image) : undefined);
    add({ node: newNode(unique(name), dockerfile, context, repository), declared: true, repos, names: [name] });
  }

  // (a) compose services that build a Dockerfile; one image per service, named after it.
  for (const b of composeBuilds) {
    if (!dockerfiles.has(b.dockerfile)) continue;
    const claimed = byDockerfile.get(b.dockerfile) ?? [];
    if (claimed.some((c) => c.declared && (b.image === undefined || c.node.repository === stripTag(b.image)))) continue;
    if (!b.image && claimed.length > 0) continue;
    const repo = b.image ? parseRepository(b.image) : undefined;
    add({
      node: newNode(unique(b.service), b.dockerfile, b.context, b.image ? stripTag(b.image) : undefined),
      declared: repo !== undefined,
      repos: repo ? [repo] : [],
      names: repo ? [b.service] : [imageNameOf(b.dockerfile)],
    });
  }

  // (c) every other Dockerfile, named like its service; a FROM may still find it by its file name.
  for (const [path, info] of [...dockerfiles].sort(([a], [b]) => a.localeCompare(b))) {
    if (byDockerfile.has(path)) continue;
    const name = workspace.fileService.get(path) ?? imageNameOf(path);
    add({ node: newNode(unique(name), path, guessContext(path, info, known), undefined), declared: false, repos: [], names: [imageNameOf(path)] });
  }

  // Resolve FROMs.
  const targets = indexTargets(candidates, missing, missingRepos);
  const inferredRepo = new Map<string, string>();
  for (const c of candidates) {
    const info = dockerfiles.get(c.node.dockerfile)!;
    const bases = new Set<string>();
    const baseFroms: NonNullable<ImageNode['baseFroms']> = [];
    const external = new Set<string>();
    for (const from of info.froms) {
      if (from.isStage) continue;
      const ref = parseRepository(from.image);
      const found = ref ? resolve(ref, c.node.name) : undefined;
      const base = found?.kind === 'image' ? found.candidate.node.name : found?.kind === 'missing' ? found.missing.name : undefined;
      if (base !== undefined && !bases.has(base)) baseFroms.push({ base, line: from.location.line, image: from.image });
      if (found?.kind === 'image') {
        bases.add(found.candidate.node.name);
        if (found.inferred) {
          found.candidate.node.inferred = true;
          if (!inferredRepo.has(found.candidate.node.name)) inferredRepo.set(found.candidate.node.name, stripTag(from.image).toLowerCase());
        }
      } else if (found?.kind === 'missing') {
        bases.add(found.missing.name);
        if (!found.missing.referencedBy.includes(c.node.name)) found.missing.referencedBy.push(c.node.name);
      } else {
        if (found?.kind === 'ambiguous') warnings.push(`${c.node.dockerfile}:${from.location.line}: FROM ${from.image} could be ${found.names.join(' or ')}; treated as external (name it in config images)`);
        external.add(from.image);
      }
    }
    c.node.bases = [...bases].sort();
    if (baseFroms.length > 0) c.node.baseFroms = baseFroms;
    c.node.externalBases = [...external].sort();
  }
  for (const c of candidates) if (!c.node.repository && inferredRepo.has(c.node.name)) c.node.repository = inferredRepo.get(c.node.name);
  for (const m of missing) {
    m.referencedBy.sort();
    if (m.referencedBy.length === 0) warnings.push(`config images.${m.name}: ${m.dockerfile} does not exist`);
  }
  return { nodes: candidates.map((c) => c.node).sort((a, b) => a.name.localeCompare(b.name)), missing, warnings };

  type Found =
    | { kind: 'image'; candidate: Candidate; inferred: boolean }
    | { kind: 'missing'; missing: MissingImage }
    | { kind: 'ambiguous'; names: string[] };

  function resolve(ref: RepositoryRef, self: string): Found | undefined {
    const steps = [
      targets.byFull.get(ref.full),
      targets.byPath.get(ref.path),
      // By name only where one side names no namespace (`python-base` ↔ `ghcr.io/acme/python-base`).
      [...(ref.bare ? (targets.byLast.get(ref.last) ?? []) : (targets.byBareLast.get(ref.last) ?? [])), ...(targets.byNameOnly.get(ref.last) ?? [])],
    ];
    for (const step of steps) {
      const hits = [...new Set(step ?? [])].filter((t) => t.name !== self);
      if (hits.length > 1) return { kind: 'ambiguous', names: hits.map((t) => t.name).sort() };
      const hit = hits[0];
      if (hit?.candidate) return { kind: 'image', candidate: hit.candidate, inferred: false };
      if (hit?.missing) return { kind: 'missing', missing: hit.missing };
    }
    const inferred = (targets.byInferredName.get(ref.last) ?? []).filter((t) => t.name !== self);
    if (inferred.length > 1) return { kind: 'ambiguous', names: inferred.map((t) => t.name).sort() };
    if (inferred[0]?.candidate) return { kind: 'image', candidate: inferred[0].candidate, inferred: true };
    return undefined;
  }
}

interface Target {
  name: string;
  candidate?: Candidate;
  missing?: MissingImage;
}

/** What a FROM can resolve to, indexed by every key it may be matched on, so resolving stays linear. */
function indexTargets(candidates: Candidate[], missing: MissingImage[], missingRepos: Map<string, RepositoryRef[]>) {
  const index = {
    byFull: new Map<string, Target[]>(),
    byPath: new Map<string, Target[]>(),
    byLast: new Map<string, Target[]>(),
    byBareLast: new Map<string, Target[]>(),
    byNameOnly: new Map<string, Target[]>(),
    byInferredName: new Map<string, Target[]>(),
  };
  const put = (map: Map<string, Target[]>, key: string, t: Target): void => {
    const list = map.get(key);
    if (list) list.push(t);
    else map.set(key, [t]);
  };
  const declared = (t: Target, repos: RepositoryRef[], names: string[]): void => {
    for (const r of repos) {
      put(index.byFull, r.full, t);
      put(index.byPath, r.path, t);
      put(index.byLast, r.last, t);
      if (r.bare) put(index.byBareLast, r.last, t);
    }
    if (repos.length === 0) for (const n of names) put(index.byNameOnly, n, t);
  };
  for (const c of candidates) {
    const t = { name: c.node.name, candidate: c };
    if (c.declared) declared(t, c.repos, c.names);
    else for (const n of c.names) put(index.byInferredName, n, t);
  }
  for (const m of missing) declared({ name: m.name, missing: m }, missingRepos.get(m.name) ?? [], [m.name]);
  return index;
}

function newNode(name: string, dockerfile: string, context: string, repository: string | undefined): ImageNode {
  const node: ImageNode = { name, dockerfile, context: context === '' ? '.' : context, bases: [], externalBases: [], inferred: false };
  if (repository) node.repository = repository.toLowerCase();
  return node;
}

/**
 * Without compose or config the context is a guess: the Dockerfile's folder or the repository root,
 * whichever more of its COPY sources exist in. `known` holds files and their folders.
 */
function guessContext(dockerfile: string, info: DockerfileInfo, known: ReadonlySet<string>): string {
  const options = [...new Set([dirOf(dockerfile), ''])];
  let best = options[0]!;
  let bestScore = -1;
  for (const context of options) {
    let score = 0;
    for (const copy of info.copies) {
      for (const source of copy.sources) {
        const path = joinPath(context, source);
        if (known.has(path)) score++;
      }
    }
    if (score > bestScore) {
      best = context;
      bestScore = score;
    }
  }
  return best;
}
