// Which images a change touches: those that install a changed package (inline pin, a `-r` file
// they COPY, a pyproject they COPY), those whose Dockerfile or COPYed files changed, and every
// image built FROM them. Separately, the cascade: an image that COPYs the whole central
// constraints file is invalidated by every pin change, and so is everything built on it. Pure.
import { posix } from 'node:path';
import type { ParsedFile } from '../load.js';
import { normalizeName } from '../pep/name.js';
import { plural } from '../report/text.js';
import type { DockerfileInfo } from '../sources/types.js';
import type { Workspace } from '../model/types.js';
import { copiedSources } from '../model/copies.js';
import { requirementClosure } from '../model/includes.js';
import { dirOf, joinPath } from '../model/paths.js';
import type { Image, ImageGraph, ImageNode } from '../model/types.js';

export type TouchReason =
  | { kind: 'installs'; package: string; file: string; line: number }
  | { kind: 'file-changed'; file: string }
  | { kind: 'base'; base: string }
  | { kind: 'constraints-copy'; file: string; line: number };

export interface TouchedImage {
  name: string;
  /** Its installed packages or its files changed, or those of an image it is built on. */
  direct: boolean;
  /** Rebuilt only because an image it is (or is built on) COPYs the whole constraints file. */
  cascade: boolean;
  reasons: TouchReason[];
}

export interface CascadeFix {
  /** Suggested repo-relative path of the per-image constraints slice. */
  file: string;
  /** The slice: the central pins of the packages this image installs, sorted. */
  content: string;
  /** What to change, in words. */
  text: string;
}

export interface CascadeImage {
  name: string;
  dockerfile: string;
  /** Line of the COPY that takes the whole constraints file. */
  line: number;
  constraintsFile: string;
  /** This image and every image built on it, which any pin change rebuilds. */
  invalidates: string[];
  reason: string;
  fix: CascadeFix;
}

export interface TouchResult {
  /** Touched images, sorted by name. */
  images: TouchedImage[];
  /** Every image that COPYs the whole constraints file, whether or not this change touches it. */
  cascades: CascadeImage[];
}

type DockerfileFile = Extract<ParsedFile, { kind: 'dockerfile' }>;

/**
 * @param changedPackages package names (any spelling) that a bump plan or a PR changes
 * @param changedFiles repo-relative paths a PR changes; a changed constraints file counts as a pin change
 */
export function touchedImages(options: { workspace: Workspace; graph: ImageGraph; changedPackages?: string[]; changedFiles?: string[] }): TouchResult {
  const { workspace, graph } = options;
  const changed = new Set((options.changedPackages ?? []).map(normalizeName));
  const changedFiles = [...new Set(options.changedFiles ?? [])];
  const constraintsFile = workspace.constraintsFile;
  const pinsChanged = changed.size > 0 || (constraintsFile !== undefined && changedFiles.includes(constraintsFile));
  const dependents = dependentsOf(graph.nodes);
  const touched = new Map<string, TouchedImage>();
  const entry = (name: string): TouchedImage => {
    let t = touched.get(name);
    if (!t) touched.set(name, (t = { name, direct: false, cascade: false, reasons: [] }));
    return t;
  };

  const roots: string[] = [];
  for (const node of graph.nodes) {
    const reasons: TouchReason[] = [];
    for (const [name, at] of installedPackages(workspace, node)) {
      if (changed.has(name)) reasons.push({ kind: 'installs', package: name, file: at.file, line: at.line });
    }
    // COPY matchers only when there are changed files to match (a bump plan passes none).
    const info = changedFiles.length > 0 ? dockerfileInfo(workspace, node.dockerfile) : undefined;
    const sources = info ? copiedSources(info.copies, node.context) : [];
    for (const file of changedFiles) {
      // The constraints file is the cascade's business, below.
      if (file === constraintsFile) continue;
      if (file === node.dockerfile || sources.some((s) => s.matches(file))) reasons.push({ kind: 'file-changed', file });
    }
    if (reasons.length === 0) continue;
    const t = entry(node.name);
    t.direct = true;
    t.reasons.push(...reasons);
    roots.push(node.name);
  }
  // An image built on a touched one is touched too, once per base that reaches it.
  const builtOn =
    (flag: 'direct' | 'cascade') =>
    (name: string, base: string): void => {
      const t = entry(name);
      t[flag] = true;
      if (!t.reasons.some((r) => r.kind === 'base' && r.base === base)) t.reasons.push({ kind: 'base', base });
    };
  spread(roots, dependents, builtOn('direct'));

  const cascades = detectCascades(workspace, graph);
  if (pinsChanged) {
    for (const c of cascades) {
      const t = entry(c.name);
      t.cascade = true;
      t.reasons.push({ kind: 'constraints-copy', file: c.constraintsFile, line: c.line });
    }
    spread(
      cascades.map((c) => c.name),
      dependents,
      builtOn('cascade'),
    );
  }
  return { images: [...touched.values()].sort((a, b) => a.name.localeCompare(b.name)), cascades };
}

/** Images whose Dockerfile COPYs the whole central constraints file (alone or with its folder). */
export function detectCascades(workspace: Workspace, graph: ImageGraph): CascadeImage[] {
  const constraintsFile = workspace.constraintsFile;
  if (!constraintsFile) return [];
  const dependents = dependentsOf(graph.nodes);
  const out: CascadeImage[] = [];
  for (const node of graph.nodes) {
    const info = dockerfileInfo(workspace, node.dockerfile);
    if (!info) continue;
    const hit = copiedSources(info.copies, node.context).find((s) => s.matches(constraintsFile));
    if (!hit) continue;
    const reached = new Set<string>();
    spread([node.name], dependents, (name) => reached.add(name));
    const below = [...reached].sort();
    const destination = copyDestination(hit.copy.destination, hit.copy.workdir, constraintsFile, hit.source);
    const users = constraintUsers(workspace, graph, below, destination);
    const line = hit.copy.location.line;
    const reason =
      `${node.name} COPYs the whole constraints file ${constraintsFile} (${node.dockerfile}:${line}): ` +
      (below.length > 0
        ? `every pin change invalidates that layer and rebuilds ${node.name} and the ${plural(below.length, 'image')} built on it (${below.join(', ')})`
        : `every pin change invalidates that layer and rebuilds ${node.name}`);
    out.push({ name: node.name, dockerfile: node.dockerfile, line, constraintsFile, invalidates: [node.name, ...below], reason, fix: sliceFix(workspace, node, destination, users) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

function sliceFix(workspace: Workspace, node: ImageNode, destination: string | undefined, users: string[]): CascadeFix {
  const installed = installedPackages(workspace, node);
  const lines: string[] = [];
  for (const name of [...installed.keys()].sort()) for (const pin of workspace.pins.get(name) ?? []) lines.push(pin.text + (pin.marker && !pin.text.includes(';') ? ` ; ${pin.marker}` : ''));
  const file = joinPath(dirOf(node.dockerfile), `${node.name}-constraints.txt`);
  const content = lines.length > 0 ? `${[...new Set(lines)].join('\n')}\n` : '';
  const target = destination ?? 'the same path';
  let text =
    `Give ${node.name} only the pins it installs: write ${file} with the central pins of its packages ` +
    `(${plural(lines.length, 'pin')}) and COPY that file to ${target} instead of ${workspace.constraintsFile}. ` +
    `A bump then rebuilds ${node.name} only when one of its own pins changes.`;
  if (users.length > 0) text += ` Images built on it install with -c ${target} (${users.join(', ')}): each COPYs its own slice, or the pins of its own packages, next to its install.`;
  text += ' The slice holds direct pins only; add pins of their dependencies to hold those too.';
  return { file, content, text };
}

/** Images among `names` whose pip installs use `-c <path>` with the path the constraints were copied to. */
function constraintUsers(workspace: Workspace, graph: ImageGraph, names: string[], destination: string | undefined): string[] {
  if (!destination) return [];
  const wanted = new Set(names);
  const nodes = graph.nodes.filter((n) => wanted.has(n.name));
  return nodes
    .filter((n) => (imageOf(workspace, n)?.installs ?? []).some((s) => s.install.constraintFiles.some((c) => posix.normalize(posix.isAbsolute(c.path) ? c.path : posix.join(s.install.workdir || '/', c.path)) === destination)))
    .map((n) => n.name)
    .sort();
}

/** Where the constraints file lands in the image, when the COPY says so. */
function copyDestination(destination: string, workdir: string, constraintsFile: string, source: string): string | undefined {
  const abs = posix.normalize(posix.isAbsolute(destination) ? destination : posix.join(workdir || '/', destination));
  if (source === constraintsFile) return destination.endsWith('/') ? posix.join(abs, posix.basename(constraintsFile)) : abs;
  // A folder copy: the file keeps its path below the folder.
  const rest = source === '' ? constraintsFile : constraintsFile.slice(source.length + 1);
  return posix.join(abs, rest);
}

/** Packages an image installs itself (not through its bases), by normalized name, with where. */
export function installedPackages(workspace: Workspace, node: ImageNode): Map<string, { file: string; line: number }> {
  const out = new Map<string, { file: string; line: number }>();
  const add = (name: string, file: string, line: number): void => {
    if (!out.has(name)) out.set(name, { file, line });
  };
  const image = imageOf(workspace, node);
  for (const site of image?.installs ?? []) for (const o of site.install.packages) add(o.name, o.location.file, o.location.line);
  const byFile = indexOf(workspace).occurrences;
  for (const file of requirementClosure(workspace.requirementFiles, image?.requirementFiles ?? [])) {
    for (const o of byFile.get(file) ?? []) {
      if (!o.viaConstraint && o.origin !== 'constraints') add(o.name, o.location.file, o.location.line);
    }
  }
  return out;
}

/** The model's image behind a graph node (tests may pass bare nodes). */
function imageOf(workspace: Workspace, node: ImageNode): Image | undefined {
  return indexOf(workspace).images.get(node.name);
}

function dockerfileInfo(workspace: Workspace, path: string): DockerfileInfo | undefined {
  const file = indexOf(workspace).files.get(path);
  return file?.kind === 'dockerfile' ? (file as DockerfileFile).parsed : undefined;
}

interface WorkspaceIndex {
  files: Map<string, ParsedFile>;
  images: Map<string, Image>;
  occurrences: Map<string, Workspace['occurrences']>;
}

// Lookups by path, built once per workspace so large repositories stay linear.
const indexes = new WeakMap<Workspace, WorkspaceIndex>();

function indexOf(workspace: Workspace): WorkspaceIndex {
  let index = indexes.get(workspace);
  if (!index) {
    const occurrences = new Map<string, Workspace['occurrences']>();
    for (const o of workspace.occurrences) {
      const list = occurrences.get(o.location.file);
      if (list) list.push(o);
      else occurrences.set(o.location.file, [o]);
    }
    index = { files: new Map(workspace.files.map((f) => [f.path, f])), images: new Map(workspace.images.map((i) => [i.name, i])), occurrences };
    indexes.set(workspace, index);
  }
  return index;
}

function dependentsOf(nodes: ImageNode[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of nodes) {
    for (const b of n.bases) {
      const list = out.get(b);
      if (list) list.push(n.name);
      else out.set(b, [n.name]);
    }
  }
  return out;
}

/** Breadth-first down the FROM graph, each image visited once per base that reaches it. */
function spread(roots: string[], dependents: Map<string, string[]>, visit: (name: string, base: string) => void): void {
  const queue = [...roots];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const base = queue.shift()!;
    if (seen.has(base)) continue;
    seen.add(base);
    for (const name of dependents.get(base) ?? []) {
      visit(name, base);
      queue.push(name);
    }
  }
}
