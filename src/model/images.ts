// Images: one per (Dockerfile, build context, target). Compose builds and config name them first;
// every other Dockerfile is an image whose context is the one under which its COPY sources exist.
// Their installs are mapped to repository files through COPY (and COPY --from). Pure.
import type { ImageConfig } from '../config.js';
import type { ParsedFile } from '../load.js';
import type { Location } from '../model.js';
import { expandVariables } from '../sources/shell.js';
import type { DockerfileInfo, FromRef } from '../sources/types.js';
import type { ComposeServiceDraft } from './compose-projects.js';
import { copiedSources } from './copies.js';
import { mapImagePath, reachableStages } from './image-paths.js';
import { contextLabel, dirOf, joinPath, type KnownPaths } from './paths.js';
import type { Image, MissingImage, ModelIssue } from './types.js';

/** An image before names, repositories and FROM edges are settled. */
export interface ImageDraft extends Image {
  info: DockerfileInfo;
  configName?: string;
  configRepository?: string;
  /** Build args of each compose service that builds it (they may fill `FROM ${BASE_IMAGE}`). */
  buildArgs: Record<string, string>[];
  /** Its repository is only the default one (its name, or registry/namespace/name): a FROM in an own namespace may name it. */
  defaultRepository?: boolean;
  /** Compose `image:` values of the services that build it, interpolated, with where they are written. */
  composeRefs: { value: string; location: Location; unset: string[]; errors: string[]; service: string }[];
}

type DockerfileFile = Extract<ParsedFile, { kind: 'dockerfile' }>;

function imageId(dockerfile: string, context: string, target?: string): string {
  let id = dockerfile;
  if (context !== dirOf(dockerfile)) id += ` @${contextLabel(context)}`;
  if (target) id += ` #${target}`;
  return id;
}

export function collectImages(options: {
  files: ParsedFile[];
  services: ComposeServiceDraft[];
  configImages: Record<string, ImageConfig>;
  /** Files, and folders with a trailing `/`, of the checkout. */
  known: KnownPaths;
}): { images: ImageDraft[]; missing: MissingImage[]; issues: ModelIssue[]; warnings: string[] } {
  const dockerfiles = new Map<string, DockerfileInfo>();
  for (const f of options.files) if (f.kind === 'dockerfile') dockerfiles.set(f.path, (f as DockerfileFile).parsed);
  const known = options.known;
  const issues: ModelIssue[] = [];
  const warnings: string[] = [];
  const byId = new Map<string, ImageDraft>();
  const ensure = (dockerfile: string, context: string, target: string | undefined, origin: Image['origin']): ImageDraft => {
    const id = imageId(dockerfile, context, target);
    let draft = byId.get(id);
    if (!draft) {
      draft = newDraft(id, dockerfile, context, target, origin, dockerfiles.get(dockerfile)!);
      byId.set(id, draft);
    }
    return draft;
  };

  // 1. Compose services build their Dockerfile in their context.
  for (const s of options.services) {
    if (!s.build) continue;
    if (!dockerfiles.has(s.build.dockerfile)) {
      issues.push({
        rule: 'missing-dockerfile',
        location: s.build.location,
        message: `service ${s.id} builds ${s.build.dockerfile} (context ${contextLabel(s.build.context)}), which is not in the repository; fix build.context or build.dockerfile`,
      });
      continue;
    }
    const draft = ensure(s.build.dockerfile, s.build.context, s.build.target, 'compose');
    draft.services.push(s.id);
    if (s.image) draft.composeRefs.push({ ...s.image, service: s.id });
    if (s.build.args) draft.buildArgs.push(s.build.args);
  }

  // 2. Config images: the compose image of the same Dockerfile (and context), else one of their own.
  const missing: MissingImage[] = [];
  for (const [name, image] of Object.entries(options.configImages).sort(([a], [b]) => a.localeCompare(b))) {
    const dockerfile = joinPath(image.dockerfile);
    if (!dockerfiles.has(dockerfile)) {
      missing.push({ name, dockerfile, referencedBy: [] });
      continue;
    }
    const context = image.context !== undefined ? joinPath(image.context) : undefined;
    const composed = [...byId.values()].filter((d) => d.dockerfile === dockerfile && d.configName === undefined && (context === undefined || d.context === contextLabel(context)));
    const draft = composed[0] ?? ensure(dockerfile, context ?? inferContext(dockerfile, dockerfiles.get(dockerfile)!, known, warnings), undefined, 'config');
    draft.configName = name;
    draft.origin = 'config';
    if (image.repository) draft.configRepository = image.repository;
  }

  // 3. Every other Dockerfile is an image of its own.
  const built = new Set([...byId.values()].map((d) => d.dockerfile));
  for (const [path, info] of [...dockerfiles].sort(([a], [b]) => a.localeCompare(b))) {
    if (!built.has(path)) ensure(path, inferContext(path, info, known, warnings), undefined, 'inferred');
  }

  const pyprojects = options.files.filter((f) => f.kind === 'pyproject').map((f) => f.path);
  const images = [...byId.values()];
  for (const draft of images) mapInstalls(draft, known, pyprojects);
  return { images, missing, issues, warnings };
}

function newDraft(id: string, dockerfile: string, context: string, target: string | undefined, origin: Image['origin'], info: DockerfileInfo): ImageDraft {
  const draft: ImageDraft = {
    id,
    name: '',
    dockerfile,
    context: contextLabel(context),
    origin,
    services: [],
    tags: [],
    bases: [],
    externalBases: [],
    inferred: false,
    installs: [],
    requirementFiles: [],
    governed: false,
    info,
    composeRefs: [],
    buildArgs: [],
  };
  if (target) draft.target = target;
  return draft;
}

/** The image's pip installs in the stages its build runs, with the repository files each reads. */
function mapInstalls(draft: ImageDraft, known: KnownPaths, pyprojects: string[]): void {
  const { info } = draft;
  const context = draft.context === '.' ? '' : draft.context;
  const stages = reachableStages(info, draft.target);
  const files = new Set<string>();
  for (const install of info.installs) {
    if (!stages.has(install.stage)) continue;
    const map = (imagePath: string): string | undefined =>
      mapImagePath({ info, stage: install.stage, beforeLine: install.location.line, context, imagePath, workdir: install.workdir, known });
    const requirementFiles = install.requirementFiles.map((r) => map(r.path)).filter((p): p is string => p !== undefined);
    const constraintFiles = install.constraintFiles.map((c) => map(c.path));
    draft.installs.push({ dockerfile: draft.dockerfile, install, requirementFiles, constraintFiles, constrained: constraintFiles.length > 0, central: false });
    for (const f of requirementFiles) files.add(f);
  }
  // A pyproject it COPYs is what `pip install .` installs.
  const prefix = context === '' ? '' : `${context}/`;
  const inContext = draft.installs.length > 0 ? pyprojects.filter((path) => path.startsWith(prefix)) : [];
  if (inContext.length > 0) {
    const sources = copiedSources(info.copies.filter((c) => stages.has(c.stage)), draft.context);
    for (const path of inContext) if (sources.some((s) => s.matches(path))) files.add(path);
  }
  draft.requirementFiles = [...files].sort();
}

/**
 * Without compose or config, the context is the deepest folder (the Dockerfile's own, a parent, the
 * root) under which every COPY source exists. Sources found under no candidate (build outputs) do
 * not vote; a source found only under another candidate than the chosen one is reported.
 */
function inferContext(dockerfile: string, info: DockerfileInfo, known: KnownPaths, warnings: string[]): string {
  const candidates: string[] = [];
  for (let d = dirOf(dockerfile); ; d = dirOf(d)) {
    candidates.push(d);
    if (d === '') break;
  }
  const sources = [...new Set(info.copies.flatMap((c) => c.sources).map((s) => s.replace(/^\/+/, '')))].filter((s) => s !== '' && s !== '.' && !s.startsWith('..'));
  if (sources.length === 0) return candidates[0]!;
  const exists = (context: string, source: string): boolean => {
    // A glob counts when the folder it starts in exists.
    const literal = /[*?[]/.test(source) ? source.slice(0, source.search(/[*?[]/)).replace(/\/[^/]*$/, '') : source;
    const path = joinPath(context, literal);
    return path === context || known.has(path) || known.has(`${path}/`);
  };
  const found = candidates.map((c) => sources.filter((s) => exists(c, s)));
  const voting = new Set(found.flat());
  if (voting.size === 0) return candidates[0]!;
  let best = 0;
  for (let i = 1; i < candidates.length; i++) if (found[i]!.length > found[best]!.length) best = i;
  const lost = [...voting].filter((s) => !found[best]!.includes(s));
  const tied = candidates.filter((c, i) => i !== best && found[i]!.length === found[best]!.length && found[i]!.some(isRequirementSource));
  if (lost.length === 0 && tied.length > 0 && found[best]!.some(isRequirementSource)) {
    warnings.push(
      `${dockerfile}: its COPY sources exist under ${[candidates[best]!, ...tied].map(contextLabel).join(' and ')}; took ${contextLabel(candidates[best]!)} ` +
        `(the Dockerfile's nearest); set images.<name>.context in config or build it from compose if it is built from ${contextLabel(tied[0]!)}`,
    );
  }
  if (lost.length > 0) {
    warnings.push(
      `${dockerfile}: no build context holds every COPY source; took ${contextLabel(candidates[best]!)} (${found[best]!.length} of ${voting.size} found), ` +
        `where ${lost.slice(0, 3).join(', ')} ${lost.length === 1 ? 'is' : 'are'} missing; set images.<name>.context in config or build it from compose`,
    );
  }
  return candidates[best]!;
}

function isRequirementSource(source: string): boolean {
  return /\.(txt|in|toml)$/i.test(source);
}

/** What a FROM names for this image: the parser's expansion, or, with compose build args, each service's. */
export function fromReferences(image: ImageDraft, from: FromRef): string[] {
  if (image.buildArgs.length === 0 || !from.raw.includes('$')) return [from.image];
  const refs = image.buildArgs.map((args) => {
    const expanded = expandVariables(from.raw, (name) => args[name]);
    return expanded.unresolved ? from.image : expanded.value;
  });
  return [...new Set(refs)];
}
