// A local OSV API (https://google.github.io/osv.dev/api/) over loopback HTTP, serving saved public
// records: POST /v1/query, POST /v1/querybatch (ids + modified, paginated), GET /v1/vulns/{id}.
// It validates requests as the API does (400 on a bad body, 404 for an unknown id) and can answer
// with faults (429 with Retry-After, 5xx) for the next N requests. Its version matching is its own,
// written from the OSV schema with @renovatebot/pep440, so the client is not tested against itself.
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { compare, valid } from '@renovatebot/pep440';

interface Rec {
  id: string;
  modified: string;
  withdrawn?: string;
  aliases?: string[];
  affected?: { package?: { ecosystem: string; name: string }; ranges?: { type: string; events: Record<string, string>[] }[]; versions?: string[] }[];
}

export interface OsvRequest {
  method: string;
  path: string;
  body?: unknown;
}

export interface OsvFault {
  status: number;
  /** How many matching requests get it. */
  times: number;
  path?: RegExp;
  retryAfter?: string;
}

export interface OsvEmulator {
  url: string;
  requests: OsvRequest[];
  /** Most requests in flight at once. */
  maxInFlight(): number;
  addFault(fault: OsvFault): void;
  close(): Promise<void>;
}

export async function loadRecords(dir: string): Promise<Rec[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as Rec));
}

export async function serveOsv(records: object[], options: { pageSize?: number; latencyMs?: number } = {}): Promise<OsvEmulator> {
  const recs = records as Rec[];
  const byId = new Map(recs.map((r) => [r.id, r]));
  const requests: OsvRequest[] = [];
  const faults: OsvFault[] = [];
  const pageSize = options.pageSize ?? 1000;
  let inFlight = 0;
  let maxInFlight = 0;

  const server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    void handle(req, res).catch((error: unknown) => json(res, 500, { code: 13, message: String(error) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const raw = await readBody(req);
    let body: unknown;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        requests.push({ method: req.method ?? '', path });
        return json(res, 400, { code: 3, message: 'Invalid JSON.' });
      }
    }
    requests.push({ method: req.method ?? '', path, ...(body !== undefined && { body }) });
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const fault = faults.find((f) => f.times > 0 && (f.path === undefined || f.path.test(path)));
    if (fault) {
      fault.times--;
      res.writeHead(fault.status, { 'Content-Type': 'application/json', ...(fault.retryAfter !== undefined && { 'Retry-After': fault.retryAfter }) });
      res.end(JSON.stringify({ code: fault.status === 429 ? 8 : 14, message: fault.status === 429 ? 'Too many requests.' : 'Unavailable.' }));
      return;
    }
    if (req.method === 'GET' && path.startsWith('/v1/vulns/')) {
      const record = byId.get(decodeURIComponent(path.slice('/v1/vulns/'.length)));
      return record ? json(res, 200, record) : json(res, 404, { code: 5, message: 'Bug not found.' });
    }
    if (req.method === 'POST' && path === '/v1/query') {
      const problem = badQuery(body);
      if (problem) return json(res, 400, { code: 3, message: problem });
      const found = matching(body as Query);
      return json(res, 200, found.length > 0 ? { vulns: found } : {});
    }
    if (req.method === 'POST' && path === '/v1/querybatch') {
      const queries = (body as { queries?: unknown })?.queries;
      if (!Array.isArray(queries)) return json(res, 400, { code: 3, message: 'queries must be a list.' });
      if (queries.length > 1000) return json(res, 400, { code: 3, message: 'Too many queries.' });
      const problem = queries.map(badQuery).find((p) => p !== undefined);
      if (problem) return json(res, 400, { code: 3, message: problem });
      const results = (queries as Query[]).map((q) => {
        const all = matching(q);
        const start = q.page_token === undefined ? 0 : Number(q.page_token);
        const page = all.slice(start, start + pageSize).map((r) => ({ id: r.id, modified: r.modified }));
        const next = start + pageSize < all.length ? String(start + pageSize) : undefined;
        return { ...(page.length > 0 && { vulns: page }), ...(next !== undefined && { next_page_token: next }) };
      });
      return json(res, 200, { results });
    }
    json(res, 404, { code: 5, message: 'Not found.' });
  }

  function matching(q: Query): Rec[] {
    const name = normalize(q.package.name);
    return recs.filter((r) => r.withdrawn === undefined && (r.affected ?? []).some((a) => a.package?.ecosystem === 'PyPI' && normalize(a.package.name) === name && (q.version === undefined || hits(a, q.version))));
  }

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    addFault: (fault) => faults.push({ ...fault }),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

interface Query {
  package: { name: string; ecosystem: string };
  version?: string;
  page_token?: string;
}

function badQuery(q: unknown): string | undefined {
  const query = q as Partial<Query> | undefined;
  if (typeof query?.package?.name !== 'string' || query.package.name === '') return 'package.name is required.';
  if (query.package.ecosystem !== 'PyPI') return `unexpected ecosystem ${String(query.package.ecosystem)}.`;
  if (query.version !== undefined && typeof query.version !== 'string') return 'version must be a string.';
  return undefined;
}

/** The OSV schema's affected-version evaluation over ECOSYSTEM ranges, plus explicit versions. */
function hits(affected: NonNullable<Rec['affected']>[number], version: string): boolean {
  if ((affected.versions ?? []).includes(version)) return true;
  if (!valid(version)) return false;
  for (const range of affected.ranges ?? []) {
    if (range.type !== 'ECOSYSTEM') continue;
    let inside = false;
    const events = [...range.events].sort((a, b) => cmp(Object.values(a)[0]!, Object.values(b)[0]!));
    for (const e of events) {
      if (e.introduced !== undefined && (e.introduced === '0' || compare(version, e.introduced) >= 0)) inside = true;
      if (e.fixed !== undefined && compare(version, e.fixed) >= 0) inside = false;
      if (e.limit !== undefined && compare(version, e.limit) >= 0) inside = false;
      if (e.last_affected !== undefined && compare(version, e.last_affected) > 0) inside = false;
    }
    if (inside) return true;
  }
  return false;
}

function cmp(a: string, b: string): number {
  if (a === '0') return b === '0' ? 0 : -1;
  if (b === '0') return 1;
  return compare(a, b);
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function json(res: ServerResponse, status: number, data: unknown): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(data));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => done(text));
    req.on('error', fail);
  });
}
