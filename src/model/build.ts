// The one builder of the model: parsed files → compose projects and services, images and their
// installs, FROM edges, requirement files and every consumer of each. Pure.
import { posix } from 'node:path';
import type { Config } from '../config.js';
import type { LoadedRepository, ParsedFile } from '../load.js';
import type { Occurrence } from '../model.js';
import { resolveIncludePath } from '../include-path.js';
import { findCentralConstraints } from './central.js';
import { buildComposeModel, dependentCounts } from './compose-projects.js';
import { resolveFroms } from './from-edges.js';
import { dropCollisions, nameImages } from './image-names.js';
import { collectImages, type ImageDraft } from './images.js';
import { includeClosure, requirementClosure } from './includes.js';
import { contextLabel, dirOf, type KnownPaths } from './paths.js';
import type { Image, RequirementFile, Service, Workspace, WorkspaceOccurrence } from './types.js';

export type ModelConfig = Partial<Pick<Config, 'constraints' | 'images' | 'registry' | 'namespace'>>;

export function buildWorkspace(loaded: LoadedRepository, config: ModelConfig = {}): Workspace {
  const files = loaded.files;
  const compose = buildComposeModel(files, loaded.env ?? new Map());
  const collected = collectImages({ files, services: compose.services, configImages: config.images ?? {}, known: knownPaths(loaded) });
  const images = collected.images;
  const requirementFiles = requirementFileNodes(files);

  // Installs whose requirement files carry their own -c are constrained too.
  const installs = images.flatMap((i) => i.installs);
  for (const site of installs) {
    if (site.requirementFiles.some((f) => requirementFiles.get(f)?.includes.some((i) => i.kind === 'constraint'))) site.constrained = true;
  }
  const constraintsFile = findCentralConstraints(files, installs, config.constraints);
  const central = constraintsFile ? includeClosure(requirementFiles, [constraintsFile], () => true) : new Set<string>();
  markGoverned(images, requirementFiles, central, constraintsFile);

  const issues = nameImages(images, config);
  const missingRepositories = new Map(Object.entries(config.images ?? {}).flatMap(([name, i]) => (i.repository ? [[name, i.repository] as const] : [])));
  const ambiguities = resolveFroms({ images, missing: collected.missing, missingRepositories, config });
  dropCollisions(images, issues);
  images.sort((a, b) => a.name.localeCompare(b.name));

  const services = serviceNodes(compose.services, images, requirementFiles);
  const consumers = consumerLabels(files, requirementFiles, images);
  const occurrences = placeOccurrences(files, consumers);
  const pins = new Map<string, WorkspaceOccurrence[]>();
  for (const o of occurrences) {
    if (!central.has(o.location.file)) continue;
    const list = pins.get(o.name);
    if (list) list.push(o);
    else pins.set(o.name, [o]);
  }

  return {
    files,
    projects: compose.projects,
    services,
    images: images.map(toImage),
    missingImages: collected.missing,
    requirementFiles,
    consumers,
    occurrences,
    constraintsFile,
    pins,
    installs,
    governedPins: governedPins(images),
    issues: [...files.flatMap((f) => f.parsed.issues), ...loaded.issues],
    modelIssues: [...collected.issues, ...issues],
    ambiguities,
    warnings: [
      ...collected.warnings,
      ...ambiguities.map((a) => `${a.file}:${a.line}: FROM ${a.reference} could be ${a.candidates.join(' or ')}; treated as external (${a.settle})`),
      ...collected.missing.filter((m) => m.referencedBy.length === 0).map((m) => `config images.${m.name}: ${m.dockerfile} does not exist`),
    ],
    skipped: loaded.skipped,
  };
}

/**
 * Files, and folders with a trailing `/`, that COPY sources may name: the reader's listing, and the
 * loaded files and their folders (an include may reach a file the listing left out). Not copied.
 */
function knownPaths(loaded: LoadedRepository): KnownPaths {
  const listed = loaded.paths ?? new Set<string>();
  const extra = new Set<string>();
  for (const f of loaded.files) {
    if (!listed.has(f.path)) extra.add(f.path);
    for (let d = dirOf(f.path); d !== '' && !listed.has(`${d}/`) && !extra.has(`${d}/`); d = dirOf(d)) extra.add(`${d}/`);
  }
  return { has: (path) => listed.has(path) || extra.has(path) };
}

function requirementFileNodes(files: ParsedFile[]): Map<string, RequirementFile> {
  const out = new Map<string, RequirementFile>();
  for (const file of files) {
    if (file.kind === 'pyproject') out.set(file.path, { path: file.path, kind: 'pyproject', includes: [], images: [], services: [] });
    if (file.kind !== 'requirements' && file.kind !== 'constraints') continue;
    const includes: RequirementFile['includes'] = [];
    for (const include of file.parsed.includes) {
      const target = resolveIncludePath(file.path, include.target);
      if (target.kind === 'path') includes.push({ path: target.path, kind: include.kind });
    }
    out.set(file.path, { path: file.path, kind: file.kind, includes, images: [], services: [] });
  }
  return out;
}

/** An image is governed by the central file when it installs with it, is named in config, or sits beside it. */
function markGoverned(images: ImageDraft[], nodes: Map<string, RequirementFile>, central: Set<string>, constraintsFile: string | undefined): void {
  if (!constraintsFile) return;
  const centralBase = posix.basename(constraintsFile);
  // Whether a requirement file, or one it -r includes, -c includes the central file: once per file.
  const reaches = new Map<string, boolean>();
  const reachesCentral = (file: string): boolean => {
    let found = reaches.get(file);
    if (found === undefined) {
      found = [...requirementClosure(nodes, [file])].some((p) => nodes.get(p)?.includes.some((i) => i.kind === 'constraint' && central.has(i.path)));
      reaches.set(file, found);
    }
    return found;
  };
  for (const image of images) {
    for (const site of image.installs) {
      site.central =
        site.constraintFiles.some((path, i) => (path !== undefined ? central.has(path) : posix.basename(site.install.constraintFiles[i]!.path) === centralBase)) ||
        site.requirementFiles.some(reachesCentral);
    }
    image.governed = image.configName !== undefined || image.installs.some((s) => s.central) || dirOf(image.dockerfile) === dirOf(constraintsFile);
  }
}

function serviceNodes(drafts: ReturnType<typeof buildComposeModel>['services'], images: ImageDraft[], nodes: Map<string, RequirementFile>): Service[] {
  const imagesByService = new Map<string, ImageDraft[]>();
  for (const image of images) for (const s of image.services) imagesByService.set(s, [...(imagesByService.get(s) ?? []), image]);
  const counts = dependentCounts(drafts);
  return drafts.map((d) => {
    const built = imagesByService.get(d.id) ?? [];
    const files = requirementClosure(nodes, built.flatMap((i) => i.requirementFiles));
    const service: Service = {
      id: d.id,
      name: d.name,
      project: d.project,
      location: d.location,
      images: built.map((i) => i.id),
      dependsOn: d.dependsOn,
      dependents: counts.get(d.id)!.direct,
      transitiveDependents: counts.get(d.id)!.transitive,
      requirementFiles: [...files].sort(),
    };
    if (d.image) service.image = d.image.value;
    if (d.build) service.build = { dockerfile: d.build.dockerfile, context: contextLabel(d.build.context), ...(d.build.target ? { target: d.build.target } : {}) };
    return service;
  });
}

/**
 * Every file's consumers as labels, most specific first: the services that build an image installing
 * it, then images no service builds, else (nothing installs it) the file itself. Dockerfiles are
 * consumed by their own images. The file nodes get their image and service lists too.
 */
function consumerLabels(files: ParsedFile[], nodes: Map<string, RequirementFile>, images: ImageDraft[]): Map<string, Set<string>> {
  const byFile = new Map<string, ImageDraft[]>();
  const add = (path: string, image: ImageDraft): void => {
    const list = byFile.get(path);
    if (!list) byFile.set(path, [image]);
    else if (!list.includes(image)) list.push(image);
  };
  for (const image of images) {
    add(image.dockerfile, image);
    for (const path of requirementClosure(nodes, image.requirementFiles)) add(path, image);
  }
  const consumers = new Map<string, Set<string>>();
  for (const file of files) {
    if (file.kind === 'compose' || file.kind === 'constraints') continue;
    const users = byFile.get(file.path) ?? [];
    const services = [...new Set(users.flatMap((i) => i.services))].sort();
    const loose = users.filter((i) => i.services.length === 0).map((i) => i.name).sort();
    const node = nodes.get(file.path);
    if (node) {
      node.images = users.map((i) => i.name).sort();
      node.services = services;
    }
    consumers.set(file.path, new Set(services.length + loose.length > 0 ? [...services, ...loose] : [file.path]));
  }
  return consumers;
}

function placeOccurrences(files: ParsedFile[], consumers: Map<string, Set<string>>): WorkspaceOccurrence[] {
  const occurrences: WorkspaceOccurrence[] = [];
  for (const file of files) {
    const label = first(consumers.get(file.path));
    if (file.kind === 'requirements' || file.kind === 'constraints' || file.kind === 'pyproject') {
      for (const o of file.parsed.occurrences) occurrences.push(placed(o, label, file.kind === 'constraints'));
    } else if (file.kind === 'dockerfile') {
      for (const install of file.parsed.installs) for (const o of install.packages) occurrences.push(placed(o, label, false));
    }
  }
  return occurrences;
}

function first(set: Set<string> | undefined): string | undefined {
  if (!set) return undefined;
  for (const value of set) return value;
  return undefined;
}

/** Inline pins of governed images: the bump rewrites them with the central file. */
function governedPins(images: ImageDraft[]): Set<string> {
  const out = new Set<string>();
  for (const image of images) {
    if (!image.governed) continue;
    for (const site of image.installs) for (const o of site.install.packages) out.add(pinKey(o));
  }
  return out;
}

export function pinKey(o: Pick<Occurrence, 'location'>): string {
  return `${o.location.file}:${o.location.line}:${o.location.column}`;
}

function toImage(draft: ImageDraft): Image {
  const { info: _info, configName: _configName, configRepository: _configRepository, composeRefs: _composeRefs, defaultRepository: _default, buildArgs: _args, ...image } = draft;
  return image;
}

/**
 * The occurrence with its consumer label; from a constraints file, with origin 'constraints'. Every key
 * is always present (undefined when absent) so all occurrences share one hidden class: spread copies
 * of the parsers' few shapes made every `o.url`/`o.origin` read in checks and reports megamorphic,
 * ~1.5 s of a 10,000-service scan.
 */
function placed(o: Occurrence, service: string | undefined, fromConstraints: boolean): WorkspaceOccurrence {
  return {
    name: o.name,
    rawName: o.rawName,
    extras: o.extras,
    specifier: o.specifier,
    location: o.location,
    origin: fromConstraints ? 'constraints' : o.origin,
    viaConstraint: fromConstraints || o.viaConstraint,
    text: o.text,
    marker: o.marker,
    url: o.url,
    editable: o.editable,
    hashes: o.hashes,
    service,
  };
}

