// The bump job without GitHub: workspace + index → plan → minimal edits → unified diff.
// Used by `monopin bump` and the action's weekly job alike.
import { exactVersion } from '../checks/pins.js';
import { sameVersion } from '../pep/version.js';
import type { ParsedFile } from '../load.js';
import { markerMayHold, type MarkerEnvironment } from '../pep/marker.js';
import type { Workspace, WorkspaceOccurrence } from '../workspace/build.js';
import { editPins, type EditableKind } from './edit.js';
import { releaseHashes } from './hashes.js';
import { planBumps } from './plan.js';
import type { Consumer, CoreMetadata, PackageIndex, PinInput, Plan, PolicyOptions, ProjectPage, Release } from './types.js';
import { unifiedDiff } from './unified-diff.js';
import type { AdvisorySource } from '../advisories/types.js';
import { lookupSecurity } from './security-lookup.js';

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
  /** Why the advisories could not be checked (the plan then has no security moves). */
  advisoriesFailed?: string;
}

export interface PrepareOptions {
  workspace: Workspace;
  readText: (path: string) => Promise<string>;
  index: PackageIndex;
  releasesOf: (page: ProjectPage) => Release[];
  policy: PolicyOptions;
  environment: MarkerEnvironment;
  /** Security advisories: vulnerable pins move to their lowest safe release; `only` plans nothing else. */
  advisories?: { source: AdvisorySource; ignore: readonly string[]; only?: boolean };
}

const MAX_METADATA_ROUNDS = 12;

export async function prepareBump(options: PrepareOptions): Promise<PreparedBump> {
  const { workspace: ws } = options;
  const pins = centralPins(ws, options.environment);
  const { consumers, followers } = splitConsumers(ws, pins);
  const notes: string[] = [];
  let advisoriesFailed: string | undefined;
  const security = options.advisories
    ? await lookupSecurity(pins, options.advisories.source, options.advisories.ignore).catch((error: unknown) => {
        advisoriesFailed = `advisories not checked (${options.advisories!.source.label}): ${error instanceof Error ? error.message : String(error)}`;
        notes.push(advisoriesFailed);
        return undefined;
      })
    : undefined;
  const securityHook = { ...(security !== undefined && { security }), ...(options.advisories?.only === true && { securityOnly: true }) };

  // One index request per pinned package, all at once: the client bounds the concurrency.
  const pages = new Map<string, ProjectPage>();
  const errors: Plan['errors'] = [];
  await Promise.all(
    pins.map(async (pin) => {
      try {
        pages.set(pin.name, await options.index.project(pin.name));
      } catch (error) {
        errors.push({ name: pin.name, message: error instanceof Error ? error.message : String(error) });
      }
    }),
  );
  const releases = new Map([...pages].map(([name, page]) => [name, options.releasesOf(page)]));
  const plannable = pins.filter((p) => pages.has(p.name));

  const metadata = new Map<string, CoreMetadata | 'missing'>();
  const key = (name: string, version: string): string => `${name}@${version}`;
  let result = planBumps({ pins: plannable, consumers, releases, metadata: (n, v) => metadata.get(key(n, v)), environment: options.environment, policy: options.policy, errors, ...securityHook });
  for (let round = 0; round < MAX_METADATA_ROUNDS && result.needs.length > 0; round++) {
    await Promise.all(
      result.needs.map(async ({ name, version }) => {
        const found = await options.index.metadata(name, version).catch(() => undefined);
        metadata.set(key(name, version), found ?? 'missing');
      }),
    );
    result = planBumps({ pins: plannable, consumers, releases, metadata: (n, v) => metadata.get(key(n, v)), environment: options.environment, policy: options.policy, errors, ...securityHook });
  }
  const plan = { ...result.plan, errors: [...errors].sort((a, b) => a.name.localeCompare(b.name)) };

  const edited = await editFiles({ ws, plan, followers, pages, readText: options.readText, environment: options.environment });
  return { plan, edits: edited.edits, diff: unifiedDiff(edited.edits), notes: [...notes, ...edited.notes], pages, ...(advisoriesFailed !== undefined && { advisoriesFailed }) };
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
 * Consumers constrain the bump. An exact pin that mirrors the central one (a base Dockerfile's inline
 * `pkg==X`, a copy in a requirements file) follows it instead: it is rewritten with the constraints.
 */
function splitConsumers(ws: Workspace, pins: PinInput[]): { consumers: Map<string, Consumer[]>; followers: WorkspaceOccurrence[] } {
  const current = new Map(pins.map((p) => [p.name, p.version]));
  const consumers = new Map<string, Consumer[]>();
  const followers: WorkspaceOccurrence[] = [];
  for (const o of ws.occurrences) {
    if (o.origin === 'constraints' || !current.has(o.name) || o.specifier === '' || o.url) continue;
    const exact = exactVersion(o.specifier);
    // Inline Dockerfile pins always follow the constraints (a lagging one is inline-pin-mismatch: the bump fixes it).
    if (exact !== undefined && (o.origin === 'dockerfile' || sameVersion(exact, current.get(o.name)!))) {
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
