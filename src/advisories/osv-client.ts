// The OSV API client (https://google.github.io/osv.dev/api/): one POST /v1/querybatch per 1,000
// queries, then GET /v1/vulns/{id} once per distinct advisory. Bounded concurrency, retries with
// backoff (Retry-After honoured), and the index client's disk cache: a record is fetched again only
// when querybatch reports a newer `modified` than the cached copy.
import { DiskCache } from '../index/cache.js';
import { redactUrl } from '../index/errors.js';
import { describe, httpSettings, RETRY_STATUSES, retryDelay, sleep, type HttpClientOptions } from '../index/client.js';
import { VERSION } from '../version.js';
import { affects } from './match.js';
import { parseOsvRecord } from './records.js';
import { AdvisoryError, ECOSYSTEM, queryKey, type AdvisoryQuery, type AdvisorySource, type AdvisoryStats, type OsvRecord } from './types.js';

export const OSV_API = 'https://api.osv.dev';
/** The API's limit per querybatch request. */
const BATCH_SIZE = 1000;
/** Pages of one query's results followed at most (each page holds up to 1,000 ids). */
const MAX_PAGES = 10;

export interface OsvClientOptions extends HttpClientOptions {
  /** API base, e.g. https://api.osv.dev or a mirror (without /v1). */
  baseUrl?: string;
  /** Folder for cached records (the index cache's, for actions/cache). */
  cacheDir?: string;
}

interface BatchAnswer {
  vulns: { id: string; modified: string }[];
  next_page_token?: string;
}

export function createOsvClient(options: OsvClientOptions = {}): AdvisorySource {
  const base = (options.baseUrl ?? OSV_API).replace(/\/+$/, '');
  const { limit, fetcher, retries, backoffMs, maxRetryAfterMs, timeoutMs, log } = httpSettings(options);
  const cache = options.cacheDir === undefined ? undefined : new DiskCache(options.cacheDir);
  const stats: AdvisoryStats = { batchRequests: 0, recordRequests: 0, cacheHits: 0 };
  const records = new Map<string, Promise<OsvRecord>>();

  async function request(url: string, init: { method: string; body?: string }): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      let text: string;
      try {
        [response, text] = await limit(async () => {
          const res = await fetcher(url, {
            method: init.method,
            headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': `monopin/${VERSION}` },
            ...(init.body !== undefined && { body: init.body }),
            signal: AbortSignal.timeout(timeoutMs),
          });
          return [res, await res.text()] as const;
        });
      } catch (error) {
        if (attempt < retries) {
          const delay = backoffMs * 2 ** attempt;
          log(`${init.method} ${redactUrl(url)}: ${describe(error)}; retry ${attempt + 1}/${retries} in ${delay} ms`);
          await sleep(delay);
          continue;
        }
        throw new AdvisoryError(`could not reach ${redactUrl(url)}: ${describe(error)}`, { cause: error });
      }
      if (response.ok) {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw new AdvisoryError(`${init.method} ${redactUrl(url)}: the answer is not JSON`);
        }
      }
      if (RETRY_STATUSES.has(response.status) && attempt < retries) {
        const delay = retryDelay(response.headers.get('retry-after'), backoffMs * 2 ** attempt, maxRetryAfterMs);
        log(`${init.method} ${redactUrl(url)}: HTTP ${response.status}; retry ${attempt + 1}/${retries} in ${delay} ms`);
        await sleep(delay);
        continue;
      }
      throw new AdvisoryError(`HTTP ${response.status} from ${init.method} ${redactUrl(url)}${response.status === 429 ? ' (rate limited, retries exhausted)' : ''}`);
    }
  }

  async function batch(queries: readonly AdvisoryQuery[], tokens: (string | undefined)[]): Promise<BatchAnswer[]> {
    stats.batchRequests++;
    const body = JSON.stringify({
      queries: queries.map((q, i) => ({
        package: { name: q.name, ecosystem: ECOSYSTEM },
        ...(q.version !== undefined && { version: q.version }),
        ...(tokens[i] !== undefined && { page_token: tokens[i] }),
      })),
    });
    const data = await request(`${base}/v1/querybatch`, { method: 'POST', body });
    const results = (data as { results?: unknown }).results;
    if (!Array.isArray(results) || results.length !== queries.length) {
      throw new AdvisoryError(`POST ${redactUrl(base)}/v1/querybatch: expected ${queries.length} results, got ${Array.isArray(results) ? results.length : 'none'}`);
    }
    return results.map((r: unknown) => {
      const answer = (r ?? {}) as { vulns?: unknown; next_page_token?: unknown };
      const vulns = Array.isArray(answer.vulns)
        ? answer.vulns.flatMap((v: unknown) => {
            const entry = v as { id?: unknown; modified?: unknown };
            return typeof entry?.id === 'string' ? [{ id: entry.id, modified: typeof entry.modified === 'string' ? entry.modified : '' }] : [];
          })
        : [];
      return { vulns, ...(typeof answer.next_page_token === 'string' && answer.next_page_token !== '' && { next_page_token: answer.next_page_token }) };
    });
  }

  async function loadRecord(id: string, modified: string): Promise<OsvRecord> {
    const url = `${base}/v1/vulns/${encodeURIComponent(id)}`;
    const cached = await cache?.get(url);
    if (cached !== undefined && modified !== '' && cached.lastModified === modified) {
      stats.cacheHits++;
      return parseOsvRecord(cached.body, url);
    }
    stats.recordRequests++;
    const data = await request(url, { method: 'GET' });
    let record: OsvRecord;
    try {
      record = parseOsvRecord(JSON.stringify(data), redactUrl(url));
    } catch (error) {
      throw new AdvisoryError((error as Error).message);
    }
    // Keyed on querybatch's own `modified` string: the next querybatch is compared with it as it is.
    if (cache !== undefined) await cache.set(url, { url: redactUrl(url), body: JSON.stringify(data), lastModified: modified || record.modified });
    return record;
  }

  function record(id: string, modified: string): Promise<OsvRecord> {
    let found = records.get(id);
    if (found === undefined) {
      found = loadRecord(id, modified);
      records.set(id, found);
    }
    return found;
  }

  async function lookup(queries: readonly AdvisoryQuery[]): Promise<Map<string, OsvRecord[]>> {
    const unique = [...new Map(queries.map((q) => [queryKey(q), q])).values()];
    const ids = new Map<string, { id: string; modified: string }[]>();
    const chunks: AdvisoryQuery[][] = [];
    for (let i = 0; i < unique.length; i += BATCH_SIZE) chunks.push(unique.slice(i, i + BATCH_SIZE));
    await Promise.all(
      chunks.map(async (chunk) => {
        let pending = chunk.map((query) => ({ query, token: undefined as string | undefined }));
        for (let page = 0; pending.length > 0 && page < MAX_PAGES; page++) {
          const answers = await batch(pending.map((p) => p.query), pending.map((p) => p.token));
          const next: typeof pending = [];
          answers.forEach((answer, i) => {
            const { query } = pending[i]!;
            const key = queryKey(query);
            ids.set(key, [...(ids.get(key) ?? []), ...answer.vulns]);
            if (answer.next_page_token !== undefined) next.push({ query, token: answer.next_page_token });
          });
          pending = next;
        }
      }),
    );
    const distinct = new Map<string, string>();
    for (const list of ids.values()) for (const v of list) distinct.set(v.id, v.modified);
    const loaded = new Map(await Promise.all([...distinct].map(async ([id, modified]) => [id, await record(id, modified)] as const)));
    const out = new Map<string, OsvRecord[]>();
    for (const query of unique) {
      const found = (ids.get(queryKey(query)) ?? []).map((v) => loaded.get(v.id)).filter((r): r is OsvRecord => r !== undefined && r.withdrawn === undefined);
      // The API matched them; the version check again keeps the API and the folder mode in step.
      const kept = query.version === undefined ? found : found.filter((r) => affects(r, query.name, query.version!));
      out.set(queryKey(query), dedupe(kept));
    }
    return out;
  }

  return { label: base === OSV_API ? 'osv' : redactUrl(base), lookup, stats: () => ({ ...stats }) };
}

function dedupe(records: OsvRecord[]): OsvRecord[] {
  return [...new Map(records.map((r) => [r.id, r])).values()];
}
