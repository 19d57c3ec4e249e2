// Serves a built index folder on loopback like a real simple index: content negotiation (PEP 691),
// ETag/Last-Modified revalidation, byte ranges, optional latency, injected faults and basic auth.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';

export interface ServedRequest {
  method: string;
  path: string;
  status: number;
  accept?: string;
  /** The response Content-Type, when a body was sent. */
  contentType?: string;
  /** Whether the request carried an If-None-Match or If-Modified-Since header. */
  conditional: boolean;
  range?: string;
}

export interface Fault {
  /** HTTP status to answer with, or 'reset' to drop the connection. */
  status: number | 'reset';
  /** How many matching requests fail (then the rule is spent). */
  times: number;
  /** Seconds, sent as Retry-After. */
  retryAfter?: number;
  /** Only requests whose path matches. */
  path?: RegExp;
}

export interface ServeOptions {
  latencyMs?: number;
  faults?: Fault[];
  auth?: { username: string; password: string };
  /** Answer every Range request with the whole file (200), as some servers and proxies do. */
  ignoreRanges?: boolean;
}

export interface IndexServer {
  /** http://127.0.0.1:PORT/simple */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  requests: ServedRequest[];
  /** Most requests the server held at once. */
  maxInFlight(): number;
  close(): Promise<void>;
  /** The next `n` requests (optionally only matching `path`) answer `status`. */
  failNext(n: number, status: number | 'reset', retryAfter?: number, path?: RegExp): void;
}

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
const HTML_TYPE = 'application/vnd.pypi.simple.v1+html';

export async function serveIndex(dir: string, options: ServeOptions = {}): Promise<IndexServer> {
  const root = normalize(dir);
  const faults: Fault[] = (options.faults ?? []).map((f) => ({ ...f }));
  const requests: ServedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const done = (): void => {
      inFlight--;
    };
    res.on('close', done);
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(req, res, 500, { 'Content-Type': 'text/plain' }, String(error));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (options.latencyMs !== undefined && options.latencyMs > 0) await sleep(options.latencyMs);
    const path = (req.url ?? '/').split('?')[0] ?? '/';

    const fault = faults.find((f) => f.times > 0 && (f.path === undefined || f.path.test(path)));
    if (fault !== undefined) {
      fault.times--;
      if (fault.status === 'reset') {
        record(req, 0);
        req.socket.destroy();
        return;
      }
      const headers: Record<string, string> = { 'Content-Type': 'text/plain' };
      if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
      send(req, res, fault.status, headers, `injected fault ${fault.status}\n`);
      return;
    }

    if (options.auth !== undefined) {
      const expected = `Basic ${Buffer.from(`${options.auth.username}:${options.auth.password}`).toString('base64')}`;
      if (req.headers.authorization !== expected) {
        send(req, res, 401, { 'WWW-Authenticate': 'Basic realm="index"', 'Content-Type': 'text/plain' }, 'unauthorized\n');
        return;
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, { Allow: 'GET, HEAD' }, '');
      return;
    }

    let file = safeJoin(root, decodeURIComponent(path));
    if (file === undefined) {
      send(req, res, 404, { 'Content-Type': 'text/plain' }, 'not found\n');
      return;
    }
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory() === true && !path.endsWith('/')) {
      send(req, res, 301, { Location: `${path}/` }, '');
      return;
    }
    let contentType = contentTypeOf(file);
    if (info?.isDirectory() === true) {
      const wantJson = prefersJson(req.headers.accept);
      file = join(file, wantJson ? 'index.json' : 'index.html');
      contentType = wantJson ? JSON_TYPE : acceptsQuality(req.headers.accept, HTML_TYPE) > 0 ? HTML_TYPE : 'text/html';
    }
    const body = await readFile(file).catch(() => undefined);
    const mtime = (await stat(file).catch(() => undefined))?.mtime;
    if (body === undefined || mtime === undefined) {
      send(req, res, 404, { 'Content-Type': 'text/plain' }, 'not found\n');
      return;
    }

    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
    const lastModified = new Date(Math.floor(mtime.getTime() / 1000) * 1000).toUTCString();
    const headers: Record<string, string> = {
      'Content-Type': contentType,
      ETag: etag,
      'Last-Modified': lastModified,
      'Accept-Ranges': 'bytes',
      Vary: 'Accept',
    };
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    const notModified =
      ifNoneMatch !== undefined
        ? ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')
        : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= Date.parse(lastModified);
    if (notModified) {
      send(req, res, 304, { ETag: etag, 'Last-Modified': lastModified, Vary: 'Accept' }, '');
      return;
    }

    const range = req.headers.range;
    if (range !== undefined && options.ignoreRanges !== true) {
      const parsed = parseRange(range, body.length);
      if (parsed === 'unsatisfiable') {
        send(req, res, 416, { 'Content-Range': `bytes */${body.length}` }, '');
        return;
      }
      if (parsed !== undefined) {
        const [start, end] = parsed;
        headers['Content-Range'] = `bytes ${start}-${end}/${body.length}`;
        send(req, res, 206, headers, body.subarray(start, end + 1));
        return;
      }
    }
    send(req, res, 200, headers, body);
  }

  function record(req: IncomingMessage, status: number, contentType?: string): void {
    requests.push({
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      status,
      ...(req.headers.accept !== undefined && { accept: req.headers.accept }),
      ...(contentType !== undefined && { contentType }),
      conditional: req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined,
      ...(req.headers.range !== undefined && { range: req.headers.range }),
    });
  }

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    headers: Record<string, string>,
    body: string | Uint8Array,
  ): void {
    const data = typeof body === 'string' ? Buffer.from(body) : body;
    record(req, status, status < 300 ? headers['Content-Type'] : undefined);
    res.writeHead(status, { ...headers, 'Content-Length': String(data.length) });
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/simple`,
    origin,
    requests,
    maxInFlight: () => maxInFlight,
    failNext(n, status, retryAfter, path) {
      faults.unshift({ status, times: n, ...(retryAfter !== undefined && { retryAfter }), ...(path && { path }) });
    },
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}

function safeJoin(root: string, path: string): string | undefined {
  const full = normalize(join(root, path));
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : undefined;
}

function contentTypeOf(file: string): string {
  if (file.endsWith('.html')) return 'text/html';
  if (file.endsWith('.json')) return 'application/json';
  if (file.endsWith('.metadata')) return 'text/plain';
  return 'application/octet-stream';
}

/** q-value the Accept header gives `type` (exact, `type/*`, or `*\/*`); no header accepts all. */
export function acceptsQuality(accept: string | undefined, type: string): number {
  if (accept === undefined || accept.trim() === '') return 1;
  let best = 0;
  let bestSpecificity = -1;
  for (const part of accept.split(',')) {
    const [media = '', ...params] = part.trim().split(';').map((s) => s.trim());
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? '1');
    const [major] = type.split('/');
    const specificity = media === type ? 2 : media === `${major}/*` ? 1 : media === '*/*' ? 0 : -1;
    if (specificity > bestSpecificity) {
      bestSpecificity = specificity;
      best = Number.isFinite(q) ? q : 0;
    }
  }
  return best;
}

function prefersJson(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  const json = acceptsQuality(accept, JSON_TYPE);
  const html = Math.max(acceptsQuality(accept, HTML_TYPE), acceptsQuality(accept, 'text/html'));
  return json > 0 && json >= html && /vnd\.pypi\.simple\.v1\+json/.test(accept);
}

/** A single byte range, in the `a-b`, `a-` and `-N` forms; undefined means "ignore, send all". */
export function parseRange(header: string, size: number): [number, number] | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return undefined;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'unsatisfiable';
    return [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return [start, end];
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}
