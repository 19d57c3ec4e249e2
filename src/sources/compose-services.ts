// docker compose files → services with their build context, image and depends_on, from the values
// and offsets of one compose document (read by compose-events.ts or by yaml in compose.ts).
// The yaml library is not imported here: a scan loads it only for the files the fast reader declines.
import { lineStarts, toLineColumn } from '../line-index.js';
import type { Location, SourceIssue } from '../model.js';
import { readComposeEvents, type ComposeRead } from './compose-events.js';
import type { ComposeFile, ComposeService } from './types.js';

/** A compose document's values, its services' offsets, and where an offset is in the file. */
export interface ComposeData extends ComposeRead {
  at: (offset: number | undefined) => Location;
  contentsStart?: number;
  servicesStart?: number;
}

/** A plain compose file (see compose-events.ts) read without yaml; undefined when yaml must read it. */
export function parsePlainCompose(content: string, path: string): ComposeFile | undefined {
  const read = readComposeEvents(content);
  if (!read) return undefined;
  // Lines as yaml's lexer counts them: the first starts at 0, every other one after a line feed.
  const starts = lineStarts(content);
  const at = (offset: number | undefined): Location => ({ file: path, ...toLineColumn(starts, offset ?? 0) });
  return composeFile({ ...read, at }, path, []);
}

/** The services of a read compose document; problems go to `issues` (and the file still counts). */
export function composeFile(read: ComposeData, path: string, issues: SourceIssue[]): ComposeFile {
  const issue = (message: string, location: Location): void => {
    issues.push({ rule: 'parse-error', message, location });
  };
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

function withName(file: ComposeFile, name: string | undefined): ComposeFile {
  if (name !== undefined) file.name = name;
  return file;
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
