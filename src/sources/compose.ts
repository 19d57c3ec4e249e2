// docker compose files → services with their build context, image and depends_on. Plain files go
// through compose-services.ts; the others are read with yaml's Document here: positions from the
// AST, values from toJS so anchors and `<<` merge keys resolve exactly as compose resolves them.
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Location, SourceIssue } from '../model.js';
import type { ComposeFile } from './types.js';
import type { ServiceIndex } from './compose-events.js';
import { composeFile, parsePlainCompose, type ComposeData } from './compose-services.js';

// A big compose file may alias one `x-` anchor once per service (thousands); a billion-laughs
// document needs millions of expansions, and yaml weighs nested aliases by their own expansion.
const MAX_ALIAS_COUNT = 10_000;

/** `events: false` reads every file with yaml (the test that holds both ways equal uses it). */
export function parseCompose(content: string, path: string, options: { events?: boolean } = {}): ComposeFile {
  const plain = options.events === false ? undefined : parsePlainCompose(content, path);
  if (plain) return plain;
  const issues: SourceIssue[] = [];
  const read = readDocument(content, path, (message, location) => issues.push({ rule: 'parse-error', message, location }));
  return read ? composeFile(read, path, issues) : { path, services: [], issues };
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
