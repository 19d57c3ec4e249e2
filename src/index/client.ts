// The package index client: the only code that does HTTP for packages. One request per project
// per run (promise cache), bounded concurrency, retries with backoff, conditional requests
// against an on-disk cache, basic auth, extra indexes merged as pip does, file:// indexes.
// Metadata comes from PEP 658 files, else from the wheel itself through range reads.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import type { CoreMetadata, DistributionFile, PackageIndex, ProjectPage } from '../bump/types.js';
import { normalizeName } from '../pep/name.js';
import { VERSION } from '../version.js';
import { DiskCache } from './cache.js';
import { IndexError, redactUrl } from './errors.js';
import { sameVersion } from '../pep/version.js';
import { parseFilename, sortVersions, versionKey } from './filenames.js';
import { parseCoreMetadata } from './metadata.js';
import { ACCEPT, JSON_V1, parseProjectPage } from './simple-api.js';
import { createRangeReader, type RangeReader } from '../size/range-reader.js';
import { pickWheelForMetadata, readWheelMetadata } from './wheel-metadata.js';

export interface IndexClientOptions {
  indexUrl: string;
  extraIndexUrls?: string[];
  /** Requests in flight at once, over all indexes (default 8). */
  concurrency?: number;
  /** Folder for the HTTP cache (revalidated with ETag / Last-Modified). */
  cacheDir?: string;
  /** Retries after a 429, a 5xx or a network error (default 3). */
  retries?: number;
  /** First backoff delay in ms, doubled each retry (default 500). */
  backoffMs?: number;
  /** Longest Retry-After honoured, in ms (default 60 000). */
  maxRetryAfterMs?: number;
  /** Per request (default 30 000). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Used for indexes whose URL carries no `user:pass@`. */
  auth?: { username: string; password: string };
  userAgent?: string;
  log?: (message: string) => void;
  /** Range reads of wheels, for metadata when the index has no PEP 658 file (default: one over `fetch`, with the index credentials). */
  rangeReader?: RangeReader;
}

export interface IndexStats {
  /** Project pages asked for (network requests, 304s included, and file:// reads). */
  projectRequests: number;
  /** `.metadata` files asked for (network requests, 304s included, and file:// reads). */
  metadataRequests: number;
  /** Answers taken from the disk cache (304s, and metadata files whose hash matched). */
  cacheHits: number;
  /** Body bytes received. */
  bytes: number;
  /** Releases whose metadata was read out of the wheel (range reads), for want of a PEP 658 file. */
  wheelMetadataReads: number;
  /** Bytes those reads took (included in `bytes`). */
  wheelMetadataBytes: number;
}

export type IndexClient = PackageIndex & { stats(): IndexStats };

interface Index {
  /** With a trailing slash, without credentials. */
  url: string;
  authorization?: string;
  origin: string;
}

interface Fetched {
  body: Uint8Array;
  contentType?: string;
  /** After redirects, without credentials. */
  url: string;
  fromCache: boolean;
}

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

export function createIndexClient(options: IndexClientOptions): IndexClient {
  const indexes = [options.indexUrl, ...(options.extraIndexUrls ?? [])].map((url) => indexOf(url, options.auth));
  const limit = pLimit(options.concurrency ?? 8);
  const fetcher = options.fetch ?? globalThis.fetch;
  const cache = options.cacheDir === undefined ? undefined : new DiskCache(options.cacheDir);
  const retries = options.retries ?? 3;
  const backoffMs = options.backoffMs ?? 500;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const userAgent = options.userAgent ?? `monopin/${VERSION}`;
  const log = options.log ?? (() => undefined);
  const stats: IndexStats = { projectRequests: 0, metadataRequests: 0, cacheHits: 0, bytes: 0, wheelMetadataReads: 0, wheelMetadataBytes: 0 };
  const pages = new Map<string, Promise<ProjectPage>>();
  const metadatas = new Map<string, Promise<CoreMetadata | undefined>>();

  function authorizationFor(url: string): string | undefined {
    // credentials go only to the host of the index that has them (files may live elsewhere)
    const origin = new URL(url).origin;
    return indexes.find((index) => index.origin === origin && index.authorization !== undefined)?.authorization;
  }

  /** GET with retries, bounded concurrency and the disk cache; undefined on 404. */
  async function get(url: string, accept: string, pkg: string): Promise<Fetched | undefined> {
    if (url.startsWith('file:')) return readLocal(url, pkg);
    const key = `${accept}\n${url}`;
    const previous = await cache?.get(key);
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = { Accept: accept, 'User-Agent': userAgent };
      const authorization = authorizationFor(url);
      if (authorization !== undefined) headers.Authorization = authorization;
      if (previous?.etag !== undefined) headers['If-None-Match'] = previous.etag;
      if (previous?.lastModified !== undefined) headers['If-Modified-Since'] = previous.lastModified;

      let response: Response;
      let body: Uint8Array;
      try {
        [response, body] = await limit(async () => {
          const res = await fetcher(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
          return [res, new Uint8Array(await res.arrayBuffer())] as const;
        });
      } catch (error) {
        if (attempt < retries) {
          const delay = backoffMs * 2 ** attempt;
          log(`GET ${url}: ${describe(error)}; retry ${attempt + 1}/${retries} in ${delay} ms`);
          await sleep(delay);
          continue;
        }
        throw new IndexError(`could not reach ${url} for ${pkg}: ${describe(error)}`, { package: pkg, url, cause: error });
      }
      stats.bytes += body.length;
      const finalUrl = redactUrl(response.url === '' ? url : response.url);

      if (response.status === 304 && previous !== undefined) {
        stats.cacheHits++;
        return {
          body: Buffer.from(previous.body, 'base64'),
          ...(previous.contentType !== undefined && { contentType: previous.contentType }),
          url: previous.url,
          fromCache: true,
        };
      }
      if (response.ok) {
        const contentType = response.headers.get('content-type') ?? undefined;
        const etag = response.headers.get('etag') ?? undefined;
        const lastModified = response.headers.get('last-modified') ?? undefined;
        if (cache !== undefined && (etag !== undefined || lastModified !== undefined)) {
          await cache.set(key, {
            url: finalUrl,
            body: Buffer.from(body).toString('base64'),
            ...(etag !== undefined && { etag }),
            ...(lastModified !== undefined && { lastModified }),
            ...(contentType !== undefined && { contentType }),
          });
        }
        return { body, ...(contentType !== undefined && { contentType }), url: finalUrl, fromCache: false };
      }
      if (response.status === 404 || response.status === 410) return undefined;
      if (RETRY_STATUSES.has(response.status) && attempt < retries) {
        const delay = retryDelay(response.headers.get('retry-after'), backoffMs * 2 ** attempt, maxRetryAfterMs);
        log(`GET ${url}: HTTP ${response.status}; retry ${attempt + 1}/${retries} in ${delay} ms`);
        await sleep(delay);
        continue;
      }
      const why = response.status === 401 || response.status === 403 ? ' (check the index credentials)' : '';
      throw new IndexError(`HTTP ${response.status} from ${url} for ${pkg}${why}`, { package: pkg, url, status: response.status });
    }
  }

  async function readLocal(url: string, pkg: string): Promise<Fetched | undefined> {
    let path = fileURLToPath(url);
    let contentType: string | undefined;
    if (url.endsWith('/')) {
      // as pip reads a file:// index folder; we prefer its PEP 691 JSON when there is one
      const json = await readFile(join(path, 'index.json')).catch(() => undefined);
      if (json !== undefined) {
        stats.bytes += json.length;
        return { body: json, contentType: JSON_V1, url, fromCache: false };
      }
      path = join(path, 'index.html');
      contentType = 'text/html';
    }
    try {
      const body = await readFile(path);
      stats.bytes += body.length;
      return { body, ...(contentType !== undefined && { contentType }), url, fromCache: false };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
        return undefined;
      }
      throw new IndexError(`could not read ${url} for ${pkg}: ${describe(error)}`, { package: pkg, url, cause: error });
    }
  }

  async function pageFrom(index: Index, name: string): Promise<ProjectPage | undefined> {
    const url = `${index.url}${name}/`;
    stats.projectRequests++;
    const fetched = await get(url, ACCEPT, name);
    if (fetched === undefined) return undefined;
    return parseProjectPage({
      body: new TextDecoder().decode(fetched.body),
      contentType: fetched.contentType,
      url: fetched.url,
      name,
      index: index.url,
    });
  }

  async function loadProject(name: string): Promise<ProjectPage> {
    const found = (await Promise.all(indexes.map((index) => pageFrom(index, name)))).filter(
      (page): page is ProjectPage => page !== undefined,
    );
    const [first, ...others] = found;
    if (first === undefined) {
      throw new IndexError(`package ${name} not found on ${indexes.map((i) => i.url).join(', ')}`, {
        package: name,
        url: `${indexes[0]?.url ?? ''}${name}/`,
        status: 404,
      });
    }
    if (others.length === 0) return first;
    // pip gives no index priority: every file of every index is a candidate
    const files: DistributionFile[] = [];
    const seen = new Set<string>();
    for (const file of found.flatMap((page) => page.files)) {
      if (seen.has(file.url)) continue;
      seen.add(file.url);
      files.push(file);
    }
    return { name, versions: sortVersions(found.flatMap((page) => page.versions)), files, index: first.index };
  }

  function project(name: string): Promise<ProjectPage> {
    const key = normalizeName(name);
    let page = pages.get(key);
    if (page === undefined) {
      page = loadProject(key);
      pages.set(key, page);
    }
    return page;
  }

  async function loadMetadata(name: string, version: string): Promise<CoreMetadata | undefined> {
    const page = await project(name);
    const file = pickMetadataFile(page, version);
    if (file === undefined) {
      // No PEP 658 file: read METADATA out of a wheel; an sdist-only release stays unknown.
      const wheel = pickWheelForMetadata(page, version);
      return wheel === undefined ? undefined : metadataFromWheel(page.name, version, wheel);
    }
    const url = `${file.url.split('#')[0] ?? file.url}.metadata`;
    const expected = typeof file.coreMetadata === 'object' ? file.coreMetadata : {};
    const algorithm = ['sha256', 'sha384', 'sha512'].find((a) => expected[a] !== undefined);

    let fetched: Fetched | undefined;
    if (cache !== undefined && algorithm !== undefined && !url.startsWith('file:')) {
      // a metadata file with a known hash cannot change: a cached copy that matches needs no request
      const cached = await cache.get(`text/plain, */*\n${url}`);
      if (cached !== undefined && digest(algorithm, Buffer.from(cached.body, 'base64')) === expected[algorithm]) {
        stats.cacheHits++;
        fetched = { body: Buffer.from(cached.body, 'base64'), url, fromCache: true };
      }
    }
    if (fetched === undefined) {
      stats.metadataRequests++;
      fetched = await get(url, 'text/plain, */*', page.name);
    }
    if (fetched === undefined) {
      throw new IndexError(`metadata file of ${page.name} ${version} is listed but missing`, { package: page.name, url, status: 404 });
    }
    if (algorithm !== undefined) {
      const actual = digest(algorithm, fetched.body);
      if (actual !== expected[algorithm]?.toLowerCase()) {
        throw new IndexError(
          `metadata of ${page.name} ${version} does not match its ${algorithm} (index says ${expected[algorithm]}, file has ${actual})`,
          { package: page.name, url },
        );
      }
    }
    try {
      return parseCoreMetadata(new TextDecoder().decode(fetched.body));
    } catch (error) {
      throw new IndexError(`bad metadata of ${page.name} ${version}: ${describe(error)}`, { package: page.name, url, cause: error });
    }
  }

  // Credentials of the index go with range reads of its own files, as with every other request.
  const authorizingFetch: typeof fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const authorization = authorizationFor(url);
    if (authorization === undefined) return fetcher(input, init);
    const headers = new Headers(init?.headers);
    if (!headers.has('authorization')) headers.set('Authorization', authorization);
    return fetcher(input, { ...init, headers });
  };
  const rangeReader = options.rangeReader ?? createRangeReader({ fetch: authorizingFetch, concurrency: options.concurrency, timeoutMs, userAgent });

  async function metadataFromWheel(name: string, version: string, wheel: DistributionFile): Promise<CoreMetadata> {
    const url = wheel.url.split('#')[0] ?? wheel.url;
    // A wheel whose hash is known cannot change, and wheels on an index are not replaced in place either.
    const key = `wheel-metadata\n${url}\n${wheel.hashes.sha256 ?? ''}`;
    const cached = url.startsWith('file:') ? undefined : await cache?.get(key);
    let text: string;
    if (cached !== undefined) {
      stats.cacheHits++;
      text = Buffer.from(cached.body, 'base64').toString('utf8');
    } else {
      stats.wheelMetadataReads++;
      const count = (bytes: number): void => {
        stats.wheelMetadataBytes += bytes;
        stats.bytes += bytes;
      };
      try {
        text = await readWheelMetadata(rangeReader, url, count);
      } catch (error) {
        throw new IndexError(`could not read the metadata of ${name} ${version} from ${wheel.filename}: ${describe(error)}`, { package: name, url, cause: error });
      }
      if (cache !== undefined && !url.startsWith('file:')) await cache.set(key, { url: redactUrl(url), body: Buffer.from(text, 'utf8').toString('base64') });
    }
    try {
      return parseCoreMetadata(text);
    } catch (error) {
      throw new IndexError(`bad metadata in ${wheel.filename}: ${describe(error)}`, { package: name, url, cause: error });
    }
  }

  function metadata(name: string, version: string): Promise<CoreMetadata | undefined> {
    const key = `${normalizeName(name)}==${versionKey(version)}`;
    let result = metadatas.get(key);
    if (result === undefined) {
      result = loadMetadata(name, version);
      metadatas.set(key, result);
    }
    return result;
  }

  return { project, metadata, stats: () => ({ ...stats }) };
}

/** A file of `version` with a PEP 658 metadata file: a wheel before an sdist, unyanked first. */
export function pickMetadataFile(page: ProjectPage, version: string): DistributionFile | undefined {
  const candidates = page.files
    .map((file) => ({ file, parsed: parseFilename(file.filename, page.name) }))
    .filter(({ file, parsed }) => parsed !== undefined && file.coreMetadata !== false && sameVersion(parsed.version, version));
  const rank = ({ file, parsed }: (typeof candidates)[number]): number =>
    (parsed?.kind === 'wheel' ? 0 : 2) + (file.yanked === false ? 0 : 1);
  return candidates.sort((a, b) => rank(a) - rank(b))[0]?.file;
}

function indexOf(raw: string, auth: IndexClientOptions['auth']): Index {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new IndexError(`bad index URL ${JSON.stringify(redactUrl(raw))}`, { package: '', url: raw });
  }
  let authorization: string | undefined;
  if (parsed.username !== '' || parsed.password !== '') {
    const user = decodeURIComponent(parsed.username);
    const password = decodeURIComponent(parsed.password);
    authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    parsed.username = '';
    parsed.password = '';
  } else if (auth !== undefined && parsed.protocol !== 'file:') {
    authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
  }
  const url = parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
  return { url, origin: parsed.origin, ...(authorization !== undefined && { authorization }) };
}

/** Retry-After in seconds or as an HTTP date, else the backoff; capped. */
export function retryDelay(retryAfter: string | null, fallbackMs: number, maxMs: number): number {
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), maxMs);
  }
  return Math.min(fallbackMs, maxMs);
}

function digest(algorithm: string, data: Uint8Array): string {
  return createHash(algorithm).update(data).digest('hex');
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return redactUrl(`${error.message}${cause}`);
  }
  return String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}
