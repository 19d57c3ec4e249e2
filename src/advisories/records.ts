// Reads one OSV record from JSON text: checks the fields monopin relies on, drops the rest of a
// malformed entry instead of failing the whole source. Pure.
import type { OsvAffected, OsvEvent, OsvRecord } from './types.js';

export function parseOsvRecord(text: string, where: string): OsvRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: not JSON: ${(error as Error).message}`);
  }
  return toOsvRecord(data, where);
}

function toOsvRecord(data: unknown, where: string): OsvRecord {
  if (!isObject(data) || typeof data.id !== 'string' || data.id === '') throw new Error(`${where}: not an OSV record (no id)`);
  const record: OsvRecord = { id: data.id, modified: typeof data.modified === 'string' ? data.modified : '' };
  if (typeof data.withdrawn === 'string') record.withdrawn = data.withdrawn;
  if (Array.isArray(data.aliases)) record.aliases = data.aliases.filter((a): a is string => typeof a === 'string');
  if (typeof data.summary === 'string') record.summary = data.summary;
  if (typeof data.details === 'string') record.details = data.details;
  if (Array.isArray(data.severity)) {
    record.severity = data.severity.filter(isObject).flatMap((s) => (typeof s.type === 'string' && typeof s.score === 'string' ? [{ type: s.type, score: s.score }] : []));
  }
  if (Array.isArray(data.affected)) record.affected = data.affected.filter(isObject).map(toAffected);
  if (Array.isArray(data.references)) {
    record.references = data.references.filter(isObject).flatMap((r) => (typeof r.type === 'string' && typeof r.url === 'string' ? [{ type: r.type, url: r.url }] : []));
  }
  if (isObject(data.database_specific)) record.database_specific = { severity: data.database_specific.severity };
  return record;
}

function toAffected(data: Record<string, unknown>): OsvAffected {
  const out: OsvAffected = {};
  const pkg = data.package;
  if (isObject(pkg) && typeof pkg.ecosystem === 'string' && typeof pkg.name === 'string') out.package = { ecosystem: pkg.ecosystem, name: pkg.name };
  if (Array.isArray(data.versions)) out.versions = data.versions.filter((v): v is string => typeof v === 'string');
  if (Array.isArray(data.ranges)) {
    out.ranges = data.ranges.filter(isObject).flatMap((r) =>
      typeof r.type === 'string' && Array.isArray(r.events) ? [{ type: r.type, events: r.events.filter(isObject).map(toEvent) }] : [],
    );
  }
  return out;
}

function toEvent(data: Record<string, unknown>): OsvEvent {
  const event: OsvEvent = {};
  for (const key of ['introduced', 'fixed', 'last_affected', 'limit'] as const) if (typeof data[key] === 'string') event[key] = data[key];
  return event;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
