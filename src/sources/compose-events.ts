// The fast way to read a compose file: js-yaml's flat event stream (offsets, no AST) and its
// constructor, about three times faster than building yaml's Document, and far cheaper to load.
// It takes only plain documents: anything with an alias, a tag, a merge key, a block scalar or a
// service key that is not a simple name returns undefined, and compose.ts reads the file with yaml,
// whose errors and alias limits are the ones users see. Both ways give the same result (tested).
import { constructFromEvents, CORE_SCHEMA, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';

/** Offsets of each service's key and of its own fields' values. */
export type ServiceIndex = Map<string, { key?: number; fields: Map<string, number> }>;

export interface ComposeRead {
  data: unknown;
  services: ServiceIndex;
}

// Names compose accepts that YAML's core schema reads as strings (not null, booleans or numbers).
const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const NOT_STRINGS = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN)$/;

export function readComposeEvents(content: string): ComposeRead | undefined {
  // A lone CR ends a line for js-yaml but not for yaml's line counter: positions would differ.
  if (/\r(?!\n)/.test(content)) return undefined;
  let events: Event[];
  let data: unknown;
  try {
    events = parseEvents(content, {});
    const docs = events.filter((e) => e.type === EVENT_ID.DOCUMENT).length;
    if (docs !== 1) return undefined;
    for (const e of events) {
      if (e.type === EVENT_ID.ALIAS) return undefined;
      if ((e.type === EVENT_ID.SCALAR || e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) && e.tagStart >= 0) return undefined;
    }
    data = constructFromEvents(events, { source: content, schema: CORE_SCHEMA })[0];
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const top = events[1];
  if (top?.type !== EVENT_ID.MAPPING) return undefined;
  const services: ServiceIndex = new Map();
  let ok = true;
  forEachPair(events, 1, (key, value) => {
    const name = keyText(events, key, content);
    if (name === '<<') ok = false;
    if (name !== 'services') return;
    const block = events[value]!;
    if (block.type !== EVENT_ID.MAPPING) {
      ok = false;
      return;
    }
    forEachPair(events, value, (serviceKey, serviceValue) => {
      const service = keyText(events, serviceKey, content);
      const at = events[serviceKey]!;
      if (service === undefined || at.type !== EVENT_ID.SCALAR || at.style !== SCALAR_STYLE.PLAIN || !SIMPLE_NAME.test(service) || NOT_STRINGS.test(service)) {
        ok = false;
        return;
      }
      const fields = new Map<string, number>();
      if (events[serviceValue]!.type === EVENT_ID.MAPPING) {
        forEachPair(events, serviceValue, (fieldKey, fieldValue) => {
          const field = keyText(events, fieldKey, content);
          const start = nodeStart(events[fieldValue]!);
          if (field === undefined || field === '<<' || start === undefined) ok = false;
          else fields.set(field, start);
        });
      }
      services.set(service, { key: nodeStart(at), fields });
    });
  });
  return ok ? { data, services } : undefined;
}

/** Calls `visit` with the event indexes of each key and value of the mapping opened at `open`. */
function forEachPair(events: Event[], open: number, visit: (key: number, value: number) => void): void {
  let i = open + 1;
  while (events[i] && events[i]!.type !== EVENT_ID.POP) {
    const key = i;
    const value = skip(events, key);
    visit(key, value);
    i = skip(events, value);
  }
}

/** The index just past the node that starts at `i`. */
function skip(events: Event[], i: number): number {
  const e = events[i]!;
  if (e.type !== EVENT_ID.MAPPING && e.type !== EVENT_ID.SEQUENCE) return i + 1;
  let depth = 0;
  for (let k = i; k < events.length; k++) {
    const t = events[k]!.type;
    if (t === EVENT_ID.MAPPING || t === EVENT_ID.SEQUENCE) depth++;
    else if (t === EVENT_ID.POP && --depth === 0) return k + 1;
  }
  return events.length;
}

function keyText(events: Event[], i: number, content: string): string | undefined {
  const e = events[i]!;
  return e.type === EVENT_ID.SCALAR ? getScalarValue(content, e) : undefined;
}

/** Where yaml's node range starts: a quoted scalar at its quote, a collection at its first token. */
function nodeStart(e: Event): number | undefined {
  if (e.type === EVENT_ID.SCALAR) {
    if (e.anchorStart >= 0 || e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK) return undefined;
    return e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED ? e.valueStart - 1 : e.valueStart;
  }
  if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) return e.anchorStart >= 0 ? undefined : e.start;
  return undefined;
}
