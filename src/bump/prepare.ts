// The bump job without GitHub: workspace + index → plan → minimal edits → unified diff.
// Used by `monopin bump` and the action's weekly job alike.
import { exactVersion } from '../checks/pins.js';
import { sameVersion } from '../pep/version.js';
import type { ParsedFile } from '../load.js';
import { markerMayHold, type MarkerEnvironment } from '../pep/marker.js';
import { pinKey } from '../model/build.js';
import type { Workspace, WorkspaceOccurrence } from '../model/types.js';
import { editPins, type EditableKind } from './edit.js';
import { releaseHashes } from './hashes.js';
import { planWithIndex } from './plan-with-index.js';
import type { ConstraintFix, Consumer, PackageIndex, PinInput, Plan, PolicyOptions, ProjectPage, Release } from './types.js';
import { unifiedDiff } from './unified-diff.js';
import { withoutPackageName } from './outcome.js';
import { dropConstraintExtras, fixableConstraintLines } from './constraint-fixes.js';

export interface FileEdit {
  path: string;
  before: string;
  after: string;
  changes: { line: number; name: string; from: string; to: string }[];
}

export interface PreparedBump {
  plan: Plan;
  edits: FileEdit[];
  diff: string;
  notes: string[];
  /** Index pages by name, for links and sizes. */
  pages: Map<string, ProjectPage>;
}

export interface PrepareOptions {
  workspace: Workspace;
  readText: (path: string) => Promise<string>;
  index: PackageIndex;
  releasesOf: (page: ProjectPage) => Release[];
  policy: PolicyOptions;
  environment: MarkerEnvironment;
}

export async function prepareBump(options: PrepareOptions): Promise<PreparedBump> {
  const { workspace: ws } = options;
  const pins = centralPins(ws, options.environment);
  const { consumers, followers } = splitConsumers(ws, pins);

  // One index request per pinned package, all at once: the client bounds the concurrency.
  const pages = new Map<string, ProjectPage>();
  const errors: Plan['errors'] = [];
  await Promise.all(
    pins.map(async (pin) => {
      try {
        pages.set(pin.name, await options.index.project(pin.name));
      } catch (error) {
        errors.push({ name: pin.name, message: withoutPackageName(pin.name, error instanceof Error ? error.message : String(error)) });
      }
    }),
  );
  const releases = new Map([...pages].map(([name, page]) => [name, options.releasesOf(page)]));
  const plannable = pins.filter((p) => pages.has(p.name));

  const result = await planWithIndex({ pins: plannable, consumers, releases, index: options.index, environment: options.environment, policy: options.policy, errors });
  const plan: Plan = { ...result.plan, errors: [...errors].sort((a, b) => a.name.localeCompare(b.name)) };

  const { edits, notes } = await editFiles({ ws, plan, followers, pages, readText: options.readText, environment: options.environment });
  const fixes = await fixConstraintLines(ws, edits, options.readText);
  if (fixes.length > 0) plan.fixes = fixes;
  return { plan, edits, diff: unifiedDiff(edits), notes, pages };
}

/** Drops extras from constraints lines (in `edits`, or as new edits): pip refuses them. */
async function fixConstraintLines(ws: Workspace, edits: FileEdit[], readText: (path: string) => Promise<string>): Promise<ConstraintFix[]> {
  const fixable = fixableConstraintLines(ws.occurrences);
  const out: ConstraintFix[] = [];
  for (const file of [...new Set(fixable.map((f) => f.file))].sort()) {
    const existing = edits.find((e) => e.path === file);
    const current = existing?.after ?? (await readText(file));
    const { content, fixes } = dropConstraintExtras(current, fixable.filter((f) => f.file === file));
    if (fixes.length === 0) continue;
    out.push(...fixes);
    if (existing !== undefined) existing.after = content;
    else edits.push({ path: file, before: current, after: content, changes: [] });
  }
  edits.sort((a, b) => a.path.localeCompare(b.path));
  return out;
}

/** Exact central pins, one per package: under markers, the one that holds for the target. */
export function centralPins(ws: Workspace, env: MarkerEnvironment): PinInput[] {
  const out: PinInput[] = [];
  for (const [name, list] of ws.pins) {
    const live = list.filter((p) => exactVersion(p.specifier) !== undefined && markerMayHold(p.marker, env));
    const pin = live[0];
    if (pin) out.push({ name, version: exactVersion(pin.specifier)!, location: pin.location, marker: pin.marker });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Consumers constrain the bump. An exact pin that mirrors the central one (an inline `pkg==X` of an image
 * the central file governs, a copy in a requirements file) follows it instead: it is rewritten with the constraints.
 */
function splitConsumers(ws: Workspace, pins: PinInput[]): { consumers: Map<string, Consumer[]>; followers: WorkspaceOccurrence[] } {
  const current = new Map(pins.map((p) => [p.name, p.version]));
  const consumers = new Map<string, Consumer[]>();
  const followers: WorkspaceOccurrence[] = [];
  for (const o of ws.occurrences) {
    if (o.origin === 'constraints' || !current.has(o.name) || o.specifier === '' || o.url) continue;
    const exact = exactVersion(o.specifier);
    if (exact !== undefined && o.origin === 'dockerfile') {
      // An inline pin of an image the central file governs follows it (a lagging one is inline-pin-mismatch: the
      // bump fixes it). Any other installs without the constraints: the bump leaves it, the check reports it.
      if (ws.governedPins.has(pinKey(o))) followers.push(o);
      continue;
    }
    if (exact !== undefined && sameVersion(exact, current.get(o.name)!)) {
      followers.push(o);
      continue;
    }
    const list = consumers.get(o.name) ?? [];
    list.push({ specifier: o.specifier, marker: o.marker, location: o.location, service: o.service });
    consumers.set(o.name, list);
  }
  return { consumers, followers };
}

async function editFiles(options: {
  ws: Workspace;
  plan: Plan;
  followers: WorkspaceOccurrence[];
  pages: Map<string, ProjectPage>;
  readText: (path: string) => Promise<string>;
  environment: MarkerEnvironment;
}): Promise<{ edits: FileEdit[]; notes: string[] }> {
  const { ws, plan } = options;
  const target = new Map(plan.bumps.map((b) => [b.name, b]));
  if (target.size === 0) return { edits: [], notes: [] };
  const kinds = new Map<string, ParsedFile['kind']>(ws.files.map((f) => [f.path, f.kind]));
  // Which lines of which files to touch: the central pins that hold for the target, and their followers.
  const wanted = new Map<string, Set<string>>();
  const want = (file: string, line: number, name: string): void => {
    const set = wanted.get(file) ?? new Set<string>();
    set.add(`${line}:${name}`);
    wanted.set(file, set);
  };
  for (const [name, list] of ws.pins) {
    const bump = target.get(name);
    if (!bump) continue;
    for (const p of list) if (exactVersion(p.specifier) !== undefined && markerMayHold(p.marker, options.environment)) want(p.location.file, p.location.line, name);
  }
  for (const f of options.followers) if (target.has(f.name)) want(f.location.file, f.location.line, f.name);

  const edits: FileEdit[] = [];
  const notes: string[] = [];
  for (const [path, lines] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    const kind = kinds.get(path);
    if (kind !== 'requirements' && kind !== 'constraints' && kind !== 'dockerfile') continue;
    const before = await options.readText(path);
    const result = editPins({
      path,
      content: before,
      kind: kind as EditableKind,
      bumps: plan.bumps.map((b) => ({ name: b.name, to: b.to })),
      hashesFor: (name, version) => {
        const page = options.pages.get(name);
        return page ? releaseHashes(page, version, sameVersion) : undefined;
      },
      only: (o) => lines.has(`${o.location.line}:${o.name}`),
    });
    notes.push(...result.notes);
    if (result.content !== before) edits.push({ path, before, after: result.content, changes: result.changes });
  }
  return { edits, notes };
}
