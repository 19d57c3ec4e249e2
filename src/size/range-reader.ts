// Byte ranges of remote and local files: HTTP Range requests (basic auth from the URL, bounded
// concurrency), file:// through a file handle. The only code in size/ that does I/O.
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { redactUrl } from '../index/errors.js';
import { VERSION } from '../version.js';

export interface RangeResult {
  /** The bytes read; `data[0]` is at `start` in the file. */
  data: Uint8Array;
  start: number;
  /** Size of the whole file. */
  fileSize: number;
  /** Bytes that crossed the wire (or were read from disk) for this call. */
  bytesFetched: number;
  /** The server ignored the Range header and sent the whole file: `data` is all of it. */
  whole?: boolean;
}

/** Reads parts of files. `end` is exclusive, as in `slice`. */
export interface RangeReader {
  readRange(url: string, start: number, end: number): Promise<RangeResult>;
  /** The last `n` bytes (all of the file when it is shorter). */
  readTail(url: string, n: number): Promise<RangeResult>;
}

export class RangeReadError extends Error {
  readonly url: string;
  readonly status?: number;
  constructor(message: string, details: { url: string; status?: number; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'RangeReadError';
    this.url = redactUrl(details.url);
    if (details.status !== undefined) this.status = details.status;
  }
}

export interface RangeReaderOptions {
  /** Reads in flight at once (default 8). */
  concurrency?: number;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** For URLs without `user:pass@`, sent only to this origin. */
  auth?: { origin: string; username: string; password: string };
  userAgent?: string;
}

export function createRangeReader(options: RangeReaderOptions = {}): RangeReader {
  const limit = pLimit(options.concurrency ?? 8);
  const fetcher = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const userAgent = options.userAgent ?? `monopin/${VERSION}`;

  function request(url: string, range: string, want: (fileSize: number) => [number, number]): Promise<RangeResult> {
    if (url.startsWith('file:')) return limit(() => readFileRange(url, want));
    return limit(async () => {
      const parsed = new URL(url);
      const headers: Record<string, string> = { Range: range, 'User-Agent': userAgent, 'Accept-Encoding': 'identity' };
      if (parsed.username !== '' || parsed.password !== '') {
        headers.Authorization = basic(decodeURIComponent(parsed.username), decodeURIComponent(parsed.password));
        parsed.username = '';
        parsed.password = '';
      } else if (options.auth !== undefined && options.auth.origin === parsed.origin) {
        headers.Authorization = basic(options.auth.username, options.auth.password);
      }
      let response: Response;
      try {
        response = await fetcher(parsed.href, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
      } catch (error) {
        throw new RangeReadError(`could not reach ${redactUrl(url)}: ${String(error)}`, { url, cause: error });
      }
      if (response.status === 206) {
        const body = new Uint8Array(await response.arrayBuffer());
        const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
        if (match === null || match[3] === '*') {
          throw new RangeReadError(`no usable Content-Range from ${redactUrl(url)}`, { url, status: 206 });
        }
        return { data: body, start: Number(match[1]), fileSize: Number(match[3]), bytesFetched: body.length };
      }
      if (response.status === 200) return readWhole(response, url, want);
      await response.body?.cancel();
      throw new RangeReadError(`HTTP ${response.status} reading ${redactUrl(url)}`, { url, status: response.status });
    });
  }

  return {
    readRange: (url, start, end) => request(url, `bytes=${start}-${end - 1}`, () => [start, end]),
    readTail: (url, n) => request(url, `bytes=-${n}`, (size) => [Math.max(0, size - n), size]),
  };
}

/**
 * A server that ignores Range sends the whole file. For a range that ends before the end of the
 * file, stop reading once it has arrived; a tail needs the whole body, and then all of it is kept
 * (the caller reads the directory out of it instead of asking again).
 */
async function readWhole(response: Response, url: string, want: (fileSize: number) => [number, number]): Promise<RangeResult> {
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  const stopAt = Number.isFinite(length) ? want(length)[1] : Infinity;
  const isTail = Number.isFinite(length) && stopAt >= length;
  if (reader !== undefined) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      if (!isTail && received >= stopAt) {
        await reader.cancel();
        break;
      }
    }
  }
  const all = concat(chunks, received);
  if (isTail || !Number.isFinite(length)) {
    if (Number.isFinite(length) && received !== length) {
      throw new RangeReadError(`short body from ${redactUrl(url)}: ${received} of ${length} bytes`, { url, status: 200 });
    }
    return { data: all, start: 0, fileSize: received, bytesFetched: received, whole: true };
  }
  const [start, end] = want(length);
  return { data: all.subarray(start, end), start, fileSize: length, bytesFetched: received };
}

async function readFileRange(url: string, want: (fileSize: number) => [number, number]): Promise<RangeResult> {
  let handle;
  try {
    handle = await open(fileURLToPath(url), 'r');
  } catch (error) {
    throw new RangeReadError(`could not open ${url}: ${String(error)}`, { url, cause: error });
  }
  try {
    const { size } = await handle.stat();
    const [start, endWanted] = want(size);
    const end = Math.min(endWanted, size);
    const data = new Uint8Array(Math.max(0, end - start));
    let read = 0;
    while (read < data.length) {
      const { bytesRead } = await handle.read(data, read, data.length - read, start + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { data: data.subarray(0, read), start, fileSize: size, bytesFetched: read };
  } finally {
    await handle.close();
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}
