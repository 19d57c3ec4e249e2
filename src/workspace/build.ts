// The workspace: services, images, installs, occurrences and the central pins, from parsed files. Pure.
import type { LoadedRepository, ParsedFile } from '../load.js';
import type { Occurrence, SourceIssue } from '../model.js';
import type { PipInstall } from '../sources/types.js';
import { resolveIncludePath } from '../include-path.js';
import { mapImagePath } from './image-paths.js';
import { findCentralConstraints } from './central.js';
import { type ServiceDraft, ServiceRegistry, composeBuilds, dirOf, imageNameOf } from './services.js';

export interface WorkspaceOccurrence extends Occurrence {
  service?: string;
}

export interface InstallSite {
  dockerfile: string;
  service?: string;
  install: PipInstall;
  /** Repo files that its `-r` arguments resolve to (through COPY). */
  requirementFiles: string[];
  /** A `-c` on the command line or inside one of its requirement files. */
  constrained: boolean;
}

export interface Workspace {
  files: ParsedFile[];
  fileService: Map<string, string>;
  /** Every service that installs a file: its owner and the owners of files that -r include it. */
  consumers: Map<string, Set<string>>;
  services: ServiceDraft[];
  /** Every requirement found, constraints included, in file order. */
  occurrences: WorkspaceOccurrence[];
  constraintsFile?: string;
  /** Central pins by normalized name (several when markers split them). */
  pins: Map<string, WorkspaceOccurrence[]>;
  installs: InstallSite[];
  issues: SourceIssue[];
  skipped: LoadedRepository['skipped'];
}

export function buildWorkspace(loaded: LoadedRepository, options: { constraints?: string } = {}): Workspace {
  const files = loaded.files;
  const known = new Set(files.map((f) => f.path));
  const registry = new ServiceRegistry();
  const fileService = new Map<string, string>();
  const dockerfileContexts = new Map<string, string[]>();

  // 1. Compose services own the Dockerfiles they build.
  const builds = composeBuilds(files);
  for (const build of builds) {
    const draft = registry.ensure(`compose:${build.service.name}`, build.service.name, build.context ?? '');
    if (build.service.image) draft.image ??= build.service.image;
    if (build.dockerfile && build.context !== undefined) {
      draft.root = build.context;
      draft.contexts.set(build.dockerfile, build.context);
      dockerfileContexts.set(build.dockerfile, [build.context]);
      if (known.has(build.dockerfile) && !fileService.has(build.dockerfile)) {
        fileService.set(build.dockerfile, draft.name);
        draft.dockerfiles.push(build.dockerfile);
      }
    }
  }
  for (const build of builds) {
    for (const dep of build.service.dependsOn) {
      const target = registry.get(`compose:${dep}`);
      if (target) target.dependents++;
    }
  }

  // 2. Other Dockerfiles are services of their own, named after the image or folder.
  const dockerfiles = files.filter((f): f is Extract<ParsedFile, { kind: 'dockerfile' }> => f.kind === 'dockerfile');
  for (const df of dockerfiles) {
    if (fileService.has(df.path)) continue;
    const draft = registry.ensure(`dockerfile:${df.path}`, imageNameOf(df.path), dirOf(df.path));
    draft.dockerfiles.push(df.path);
    fileService.set(df.path, draft.name);
    // Without compose the context is unknown: the Dockerfile's folder, then the repo root, as people build them.
    dockerfileContexts.set(df.path, [...new Set([dirOf(df.path), ''])]);
  }

  // 3. Pip installs in Dockerfiles link the requirement files they install to the Dockerfile's service.
  const installs: InstallSite[] = [];
  for (const df of dockerfiles) {
    for (const install of df.parsed.installs) {
      const requirementFiles: string[] = [];
      for (const r of install.requirementFiles) {
        const mapped = mapInImage(df, dockerfileContexts.get(df.path) ?? [''], r.path, install, known);
        if (mapped) requirementFiles.push(mapped);
      }
      installs.push({ dockerfile: df.path, service: fileService.get(df.path), install, requirementFiles, constrained: install.constraintFiles.length > 0 });
      for (const file of requirementFiles) if (!fileService.has(file)) fileService.set(file, fileService.get(df.path)!);
    }
  }

  // 4. Files reached only through -r (shared libs) belong to the services that include them.
  const consumers = includeConsumers(files, fileService);
  for (const [path, names] of consumers) if (!fileService.has(path) && names.size > 0) fileService.set(path, [...names].sort()[0]!);

  // 5. Remaining requirement files: nearest folder with a Dockerfile, else their own folder.
  const dockerfileByDir = new Map<string, string>();
  for (const df of dockerfiles) {
    const dir = dirOf(df.path);
    const current = dockerfileByDir.get(dir);
    if (!current || /\/?Dockerfile$/.test(df.path)) dockerfileByDir.set(dir, df.path);
  }
  for (const file of files) {
    // Constraints files serve every service; none owns them.
    if (file.kind === 'compose' || file.kind === 'dockerfile' || file.kind === 'constraints' || fileService.has(file.path)) continue;
    let dir: string | undefined = dirOf(file.path);
    let owner: string | undefined;
    while (dir !== undefined) {
      const df = dockerfileByDir.get(dir);
      if (df) {
        owner = fileService.get(df);
        break;
      }
      dir = dir === '' ? undefined : dirOf(dir);
    }
    if (!owner) {
      const folder = dirOf(file.path);
      owner = registry.ensure(`folder:${folder}`, folder === '' ? 'root' : folder.split('/').pop()!, folder).name;
    }
    fileService.set(file.path, owner);
  }

  const services = registry.all();
  const byName = new Map(services.map((s) => [s.name, s]));
  for (const [path, name] of fileService) {
    const draft = byName.get(name);
    if (draft && !draft.dockerfiles.includes(path)) draft.files.push(path);
  }
  for (const s of services) s.files.sort();

  // 6. Occurrences, with their service and constraints origin.
  const occurrences: WorkspaceOccurrence[] = [];
  for (const file of files) {
    const service = fileService.get(file.path);
    if (file.kind === 'requirements' || file.kind === 'constraints') {
      const isConstraint = file.kind === 'constraints';
      for (const o of file.parsed.occurrences) {
        occurrences.push(placed(o, service, isConstraint));
      }
    } else if (file.kind === 'pyproject') {
      for (const o of file.parsed.occurrences) occurrences.push(placed(o, service, false));
    } else if (file.kind === 'dockerfile') {
      for (const install of file.parsed.installs) for (const o of install.packages) occurrences.push(placed(o, service, false));
    }
  }

  // 7. Requirement files that carry their own -c count as constrained installs.
  const selfConstrained = new Set<string>();
  for (const file of files) {
    if (file.kind !== 'requirements') continue;
    if (file.parsed.includes.some((i) => i.kind === 'constraint')) selfConstrained.add(file.path);
  }
  for (const site of installs) if (site.requirementFiles.some((f) => selfConstrained.has(f))) site.constrained = true;

  const constraintsFile = findCentralConstraints(files, installs, options.constraints);
  const pins = new Map<string, WorkspaceOccurrence[]>();
  if (constraintsFile) {
    const central = constraintClosure(files, constraintsFile);
    for (const o of occurrences) {
      if (!central.has(o.location.file)) continue;
      const list = pins.get(o.name) ?? [];
      list.push(o);
      pins.set(o.name, list);
    }
  }

  const allConsumers = includeConsumers(files, fileService);
  return { files, fileService, consumers: allConsumers, services, occurrences, constraintsFile, pins, installs, issues: [...collectIssues(files), ...loaded.issues], skipped: loaded.skipped };
}

function mapInImage(
  df: Extract<ParsedFile, { kind: 'dockerfile' }>,
  contexts: string[],
  imagePath: string,
  install: PipInstall,
  known: ReadonlySet<string>,
): string | undefined {
  for (const context of contexts) {
    const mapped = mapImagePath({ copies: df.parsed.copies, beforeLine: install.location.line, context, imagePath, workdir: install.workdir, known });
    if (mapped) return mapped;
  }
  return undefined;
}

/** The central file and whatever it includes: all of it is central. */
function constraintClosure(files: ParsedFile[], root: string): Set<string> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const seen = new Set<string>();
  const queue = [root];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = byPath.get(path);
    if (!file || (file.kind !== 'requirements' && file.kind !== 'constraints')) continue;
    for (const include of file.parsed.includes) {
      const target = resolveIncludePath(path, include.target);
      if (target.kind === 'path') queue.push(target.path);
    }
  }
  return seen;
}

function collectIssues(files: ParsedFile[]): SourceIssue[] {
  return files.flatMap((f) => f.parsed.issues);
}

/** For each requirements file, the services that install it directly or through -r chains. */
function includeConsumers(files: ParsedFile[], fileService: Map<string, string>): Map<string, Set<string>> {
  const edges = new Map<string, string[]>();
  for (const file of files) {
    if (file.kind !== 'requirements') continue;
    const targets: string[] = [];
    for (const include of file.parsed.includes) {
      const target = resolveIncludePath(file.path, include.target);
      if (include.kind === 'requirement' && target.kind === 'path') targets.push(target.path);
    }
    edges.set(file.path, targets);
  }
  const consumers = new Map<string, Set<string>>();
  for (const file of files) {
    const owner = fileService.get(file.path);
    if (!owner) continue;
    const queue = [file.path];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const path = queue.pop()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const set = consumers.get(path) ?? new Set<string>();
      set.add(owner);
      consumers.set(path, set);
      queue.push(...(edges.get(path) ?? []));
    }
  }
  return consumers;
}

/**
 * The occurrence with its service; from a constraints file, with origin 'constraints'. Every key is
 * always present (undefined when absent) so all occurrences share one hidden class: spread copies
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
