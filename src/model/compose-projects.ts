// Compose files → projects and their services. A project is the compose files of one folder (or one
// top-level `name:`), merged in the order `docker compose -f base -f override` applies them; values
// are interpolated with the project's `.env`. Pure.
import type { ParsedFile } from '../load.js';
import type { Location } from '../model.js';
import type { ComposeFile, ComposeService } from '../sources/types.js';
import { interpolate } from './interpolate.js';
import { dirOf, isRemoteContext, joinPath } from './paths.js';
import type { ComposeProject } from './types.js';

/** A service after merging and interpolation, before images are known. */
export interface ComposeServiceDraft {
  id: string;
  name: string;
  project: string;
  location: Location;
  image?: { value: string; location: Location; unset: string[]; errors: string[] };
  /** Resolved against the folder of the file that set each key; absent without a local build. */
  build?: { dockerfile: string; context: string; target?: string; args?: Record<string, string>; location: Location };
  dependsOn: string[];
}

export interface ComposeModel {
  projects: ComposeProject[];
  services: ComposeServiceDraft[];
}

type ComposeParsed = Extract<ParsedFile, { kind: 'compose' }>;

/** `compose.yaml` before `docker-compose.yml` before others; `*.override.*` after the file it overrides. */
function mergeRank(path: string): number {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (/^(docker-)?compose\.ya?ml$/.test(base)) return 0;
  if (/override/.test(base)) return 2;
  return 1;
}

function serviceId(project: string, name: string): string {
  return project === '' ? name : `${project}/${name}`;
}

/**
 * @param env `.env` values by folder (the project's folder is looked up)
 */
export function buildComposeModel(files: ParsedFile[], env: ReadonlyMap<string, Record<string, string>>): ComposeModel {
  // The loader asks first (for the Dockerfiles to read), the model builder after, with the same compose files.
  const key = files.filter((f) => f.kind === 'compose');
  const cached = composeCache.get(env);
  if (cached && cached.files.size === key.length && key.every((f) => cached.files.has(f))) return cached.model;
  const model = composeModelOf(files, env);
  composeCache.set(env, { files: new Set(key), model });
  return model;
}

const composeCache = new WeakMap<ReadonlyMap<string, Record<string, string>>, { files: Set<ParsedFile>; model: ComposeModel }>();

function composeModelOf(files: ParsedFile[], env: ReadonlyMap<string, Record<string, string>>): ComposeModel {
  const composeFiles = files.filter((f): f is ComposeParsed => f.kind === 'compose');
  // The files of one folder are one project; its `name:` (the last file's that sets one) may join folders.
  const folders = new Map<string, ComposeFile[]>();
  for (const f of composeFiles) folders.set(dirOf(f.path), [...(folders.get(dirOf(f.path)) ?? []), f.parsed]);
  const groups = new Map<string, { dir: string; files: ComposeFile[] }>();
  for (const [dir, list] of folders) {
    list.sort((a, b) => mergeRank(a.path) - mergeRank(b.path) || a.path.localeCompare(b.path));
    const named = list.filter((f) => f.name !== undefined).pop()?.name;
    const name = named === undefined ? undefined : interpolate(named, env.get(dir) ?? {}).value;
    const key = name || dir;
    const group = groups.get(key) ?? { dir, files: [] };
    group.files.push(...list);
    groups.set(key, group);
  }

  const projects: ComposeProject[] = [];
  const services: ComposeServiceDraft[] = [];
  for (const [id, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const vars = env.get(group.dir) ?? {};
    const merged = new Map<string, { first: ComposeService; parts: { service: ComposeService; file: string }[] }>();
    for (const file of group.files) {
      for (const service of file.services) {
        const entry = merged.get(service.name) ?? { first: service, parts: [] };
        entry.parts.push({ service, file: file.path });
        merged.set(service.name, entry);
      }
    }
    const ids: string[] = [];
    for (const [name, entry] of merged) {
      const draft = mergeService(id, name, entry, vars);
      services.push(draft);
      ids.push(draft.id);
    }
    // depends_on names services of the same project only.
    for (const draft of services.slice(services.length - ids.length)) {
      draft.dependsOn = draft.dependsOn.filter((dep) => merged.has(dep)).map((dep) => serviceId(id, dep));
    }
    projects.push({ id, dir: group.dir, files: group.files.map((f) => f.path), services: ids.sort() });
  }
  return { projects, services: services.sort((a, b) => a.id.localeCompare(b.id)) };
}

function mergeService(
  project: string,
  name: string,
  entry: { first: ComposeService; parts: { service: ComposeService; file: string }[] },
  vars: Record<string, string>,
): ComposeServiceDraft {
  const draft: ComposeServiceDraft = { id: serviceId(project, name), name, project, location: entry.first.location, dependsOn: [] };
  let context: { value: string; dir: string } | undefined;
  let dockerfile: string | undefined;
  let target: string | undefined;
  let inline = false;
  const args: Record<string, string> = {};
  let buildLocation: Location | undefined;
  const depends = new Set<string>();
  for (const { service, file } of entry.parts) {
    if (service.image !== undefined) {
      const r = interpolate(service.image, vars);
      draft.image = { value: r.value, location: service.imageLocation ?? service.location, unset: r.unset, errors: r.errors };
    }
    if (service.build) {
      buildLocation = service.buildLocation ?? service.location;
      // A build without `context` keeps an earlier one, or defaults to the project's folder.
      if (service.build.context !== undefined) context = { value: interpolate(service.build.context, vars).value, dir: dirOf(file) };
      else context ??= { value: '.', dir: dirOf(file) };
      if (service.build.dockerfile !== undefined) dockerfile = interpolate(service.build.dockerfile, vars).value;
      if (service.build.target !== undefined) target = interpolate(service.build.target, vars).value;
      if (service.build.inline) inline = true;
      // A bare KEY takes its value from the environment: here, the project's .env.
      for (const [key, value] of Object.entries(service.build.args ?? {})) {
        const resolved = value === null ? vars[key] : interpolate(value, vars).value;
        if (resolved === undefined) delete args[key];
        else args[key] = resolved;
      }
    }
    for (const dep of service.dependsOn) depends.add(dep);
  }
  draft.dependsOn = [...depends].sort();
  if (context && !inline && !isRemoteContext(context.value)) {
    const contextPath = joinPath(context.dir, context.value);
    const build: NonNullable<ComposeServiceDraft['build']> = {
      context: contextPath,
      // The Dockerfile is relative to the context; an absolute one names a file outside the checkout.
      dockerfile: joinPath(contextPath, dockerfile ?? 'Dockerfile'),
      location: buildLocation ?? draft.location,
    };
    if (target) build.target = target;
    if (Object.keys(args).length > 0) build.args = args;
    draft.build = build;
  }
  return draft;
}

/** Dockerfiles compose files build, for the loader to read even where discovery would not take them. */
export function composeDockerfiles(files: ParsedFile[], env: ReadonlyMap<string, Record<string, string>>): string[] {
  const out = new Set<string>();
  for (const s of buildComposeModel(files, env).services) if (s.build && !s.build.dockerfile.startsWith('../')) out.add(s.build.dockerfile);
  return [...out];
}

/** Direct and transitive dependents of every service (depends_on reversed); cycles count each service once. */
export function dependentCounts(services: { id: string; dependsOn: string[] }[]): Map<string, { direct: number; transitive: number }> {
  const counts = new Map(services.map((s) => [s.id, { direct: 0, transitive: 0 }]));
  const edges = new Map(services.map((s) => [s.id, s.dependsOn]));
  for (const s of services) {
    for (const dep of s.dependsOn) {
      const c = counts.get(dep);
      if (c) c.direct++;
    }
    // Everything s reaches has s as a transitive dependent.
    const seen = new Set<string>([s.id]);
    const stack = [...s.dependsOn];
    while (stack.length > 0) {
      const dep = stack.pop()!;
      if (seen.has(dep)) continue;
      seen.add(dep);
      const c = counts.get(dep);
      if (c) c.transitive++;
      stack.push(...(edges.get(dep) ?? []));
    }
  }
  return counts;
}
