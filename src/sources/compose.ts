// docker compose files → services with their build context, image and depends_on.
// Positions come from the YAML AST; values from toJS so anchors and `<<` merge keys resolve
// exactly as compose resolves them.
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Location, SourceIssue } from '../model.js';
import type { ComposeFile, ComposeService } from './types.js';
import { readComposeEvents as readPlainCompose, type ComposeRead, type ServiceIndex } from './compose-events.js';

// A big compose file may alias one `x-` anchor once per service (thousands); a billion-laughs
// document needs millions of expansions, and yaml weighs nested aliases by their own expansion.
const MAX_ALIAS_COUNT = 10_000;

/** `events: false` reads every file with yaml (the test that holds both ways equal uses it). */
export function parseCompose(content: string, path: string, options: { events?: boolean } = {}): ComposeFile {
  const issues: SourceIssue[] = [];
  const issue = (message: string, location: Location): void => {
    issues.push({ rule: 'parse-error', message, location });
  };
  const read = (options.events === false ? undefined : readComposeEvents(content, path)) ?? readDocument(content, path, issue);
  if (!read) return { path, services: [], issues };
  const { data, services: nodes, at } = read;

  if (data === null || data === undefined) return { path, services: [], issues };
  if (!isRecord(data)) {
    issue('a compose file must be a mapping at the top level', at(read.contentsStart));
    return { path, services: [], issues };
  }
  const projectName = typeof data['name'] === 'string' && data['name'] !== '' ? data['name'] : undefined;
  const rawServices = data['services'];
  // A compose file with only networks/volumes (or an override with none) is fine.
  if (rawServices === undefined || rawServices === null) return withName({ path, services: [], issues }, projectName);
  if (!isRecord(rawServices)) {
    issue('`services` must be a mapping of service names', at(read.servicesStart));
    return withName({ path, services: [], issues }, projectName);
  }

  const services: ComposeService[] = [];
  for (const [name, raw] of Object.entries(rawServices)) {
    const node = nodes.get(name);
    const location = at(node?.key);
    const where = (key: string): Location => {
      // A merged-in value has no node under the service: point at the service itself.
      const offset = node?.fields.get(key);
      return offset === undefined ? location : at(offset);
    };
    const service = readService(name, raw, location, where, issue);
    if (service) services.push(service);
  }
  return withName({ path, services, issues }, projectName);
}

interface ComposeData extends ComposeRead {
  at: (offset: number | undefined) => Location;
  contentsStart?: number;
  servicesStart?: number;
}

function readComposeEvents(content: string, path: string): ComposeData | undefined {
  const read = readPlainCompose(content);
  if (!read) return undefined;
  const lines = new LineCounter();
  // As yaml's lexer reports them: the first line starts at 0, every other one after a line feed.
  lines.addNewLine(0);
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return { ...read, at: (offset) => location(lines, path, offset) };
}

/** yaml's Document: every file the fast reader declines, with yaml's own errors and alias limits. */
function readDocument(content: string, path: string, issue: (message: string, location: Location) => void): ComposeData | undefined {
  const { doc, lineCounter } = parseYaml(content);
  const at = (offset: number | undefined): Location => location(lineCounter, path, offset);
  if (doc.errors.length > 0) {
    for (const err of doc.errors) issue(`invalid YAML: ${firstLine(err.message)}`, at(err.pos[0]));
    return undefined;
  }
  dropUnnamedServices(doc, (message, offset) => issue(message, at(offset)));
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { data, services: indexServices(doc), at, contentsStart: rangeStart(doc.contents), servicesStart: nodeStart(doc, ['services']) };
  } catch (err) {
    // yaml throws a ReferenceError on alias bombs and unresolvable aliases.
    issue(`invalid YAML: ${err instanceof Error ? err.message : String(err)}`, at(0));
    return undefined;
  }
}

function location(lines: LineCounter, file: string, offset: number | undefined): Location {
  const { line, col } = lines.linePos(offset ?? 0);
  return { file, line, column: col };
}

function withName(file: ComposeFile, name: string | undefined): ComposeFile {
  if (name !== undefined) file.name = name;
  return file;
}

/**
 * yaml's uniqueKeys compares each key with every earlier key of its mapping: quadratic in the
 * services of one compose file (32,000 services: 23 s). Parse without it and look for a repeated
 * key in one pass; only a file that has errors or may repeat a key is parsed again with it, so
 * such a file gets yaml's own errors, in yaml's order.
 */
function parseYaml(content: string): { doc: Document; lineCounter: LineCounter } {
  // `merge: true`: compose files are written with YAML 1.1 `<<: *default` merges in mind.
  const parse = (uniqueKeys: boolean): { doc: Document; lineCounter: LineCounter } => {
    const lineCounter = new LineCounter();
    // logLevel 'error': yaml would print a process warning (on our stderr) for a mapping used as a key.
    return { doc: parseDocument(content, { lineCounter, merge: true, prettyErrors: true, uniqueKeys, logLevel: 'error' }), lineCounter };
  };
  const fast = parse(false);
  return fast.doc.errors.length > 0 || mayRepeatKeys(fast.doc) ? parse(true) : fast;
}

/**
 * Whether a mapping may hold a key twice in yaml's sense (the same node, or scalars with ===
 * values). A Set is as strict except that it takes NaN for NaN: a false alarm costs a second parse.
 */
function mayRepeatKeys(doc: Document): boolean {
  let repeated = false;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          repeated = true;
          return visit.BREAK;
        }
        seen.add(pair.key.value);
      }
      return undefined;
    },
  });
  return repeated;
}

/**
 * A service keyed by `null`, `""` or a mapping has no name compose would accept; toJS would turn it
 * into '' or '[ x, y ]'. Such entries leave the document with a finding, so every service has a name.
 */
function dropUnnamedServices(doc: Document, issue: (message: string, offset: number | undefined) => void): void {
  const services: unknown = doc.get('services', true);
  if (!isMap(services)) return;
  services.items = services.items.filter((pair) => {
    const key: unknown = pair.key;
    const value = isScalar(key) ? key.value : undefined;
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') return true;
    issue('a service name must be a non-empty string; this service is skipped', isNode(key) ? rangeStart(key) : isNode(pair.value) ? rangeStart(pair.value) : undefined);
    return false;
  });
}

function readService(
  name: string,
  raw: unknown,
  location: Location,
  where: (key: string) => Location,
  issue: (message: string, location: Location) => void,
): ComposeService | undefined {
  if (!isRecord(raw)) {
    issue(`service '${name}' must be a mapping`, location);
    return undefined;
  }
  const service: ComposeService = { name, dependsOn: [], location };

  const build = raw['build'];
  if (typeof build === 'string') {
    service.context = build;
    service.dockerfile = 'Dockerfile';
    service.build = { context: build };
    service.buildLocation = where('build');
  } else if (isRecord(build)) {
    service.build = {};
    service.buildLocation = where('build');
    // The compose spec defaults the context to the compose file's folder.
    const context = build['context'] ?? '.';
    if (typeof context === 'string') service.context = context;
    else issue(`service '${name}': build.context must be a string`, where('build'));
    if (typeof build['context'] === 'string') service.build.context = build['context'];
    const dockerfile = build['dockerfile'];
    if (typeof dockerfile === 'string') service.dockerfile = service.build.dockerfile = dockerfile;
    else if (dockerfile !== undefined) issue(`service '${name}': build.dockerfile must be a string`, where('build'));
    // `dockerfile_inline` has no file on disk to read: leave dockerfile undefined.
    else if (build['dockerfile_inline'] === undefined) service.dockerfile = 'Dockerfile';
    else service.build.inline = true;
    const args = buildArgs(build['args']);
    if (args) service.build.args = args;
    const target = build['target'];
    if (typeof target === 'string') service.build.target = target;
    else if (target !== undefined && target !== null) issue(`service '${name}': build.target must be a string`, where('build'));
  } else if (build !== undefined && build !== null) {
    issue(`service '${name}': build must be a string or a mapping`, where('build'));
  }

  const image = raw['image'];
  if (typeof image === 'string') {
    service.image = image;
    service.imageLocation = where('image');
  }
  else if (image !== undefined && image !== null) issue(`service '${name}': image must be a string`, where('image'));

  const dependsOn = raw['depends_on'];
  if (Array.isArray(dependsOn)) {
    for (const dep of dependsOn) {
      if (typeof dep === 'string') service.dependsOn.push(dep);
      else issue(`service '${name}': depends_on entries must be service names`, where('depends_on'));
    }
  } else if (isRecord(dependsOn)) {
    // Long syntax: `depends_on: { db: { condition: service_healthy } }`.
    service.dependsOn.push(...Object.keys(dependsOn));
  } else if (dependsOn !== undefined && dependsOn !== null) {
    issue(`service '${name}': depends_on must be a list or a mapping`, where('depends_on'));
  }
  return service;
}

/** `args:` as a mapping or a `KEY=value` list; a bare `KEY` (null) takes its value from the environment. */
function buildArgs(raw: unknown): Record<string, string | null> | undefined {
  const out: Record<string, string | null> = {};
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (typeof item !== 'string') continue;
      const eq = item.indexOf('=');
      out[eq < 0 ? item : item.slice(0, eq)] = eq < 0 ? null : item.slice(eq + 1);
    }
  } else if (isRecord(raw)) {
    for (const [key, value] of Object.entries(raw)) out[key] = value === null || value === undefined ? null : String(value);
  } else return undefined;
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** yaml's pretty message repeats the position and a code frame; the location already says it. */
function firstLine(message: string): string {
  return (message.split('\n', 1)[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function rangeStart(node: Node | null | undefined): number | undefined {
  return node?.range?.[0];
}

function nodeStart(doc: Document, path: string[]): number | undefined {
  const node: unknown = doc.getIn(path, true);
  return node && typeof node === 'object' && 'range' in node ? rangeStart(node as Node) : undefined;
}

/** Offsets of each service's key and of its own fields' values, in one pass (files may hold thousands). */
function indexServices(doc: Document): ServiceIndex {
  const index: ServiceIndex = new Map();
  const services: unknown = doc.get('services', true);
  if (!isMap(services)) return index;
  for (const pair of services.items) {
    if (!isScalar(pair.key)) continue;
    const fields = new Map<string, number>();
    if (isMap(pair.value)) {
      for (const field of pair.value.items) {
        const offset = isNode(field.value) ? rangeStart(field.value) : undefined;
        if (isScalar(field.key) && offset !== undefined) fields.set(String(field.key.value), offset);
      }
    }
    index.set(String(pair.key.value), { key: rangeStart(pair.key), fields });
  }
  return index;
}
