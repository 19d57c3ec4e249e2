// The OSV client against a local OSV API serving saved public records, and the folder/zip mode on the same records.
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFolderSource } from '../../src/advisories/folder-source.js';
import { createOsvClient } from '../../src/advisories/osv-client.js';
import { createAdvisorySource } from '../../src/advisories/source.js';
import { AdvisoryError, queryKey, type AdvisoryQuery, type AdvisorySource } from '../../src/advisories/types.js';
import { loadRecords, serveOsv, type OsvEmulator } from '../support/osv-emulator.js';

const FIXTURES = 'test/fixtures/osv';
const QUERIES: AdvisoryQuery[] = [
  { name: 'requests', version: '2.31.0' },
  { name: 'requests', version: '2.30.0' },
  { name: 'requests', version: '2.32.2' },
  { name: 'aiohttp', version: '3.9.1' },
  { name: 'jinja2', version: '3.1.2' },
  { name: 'jinja2', version: '3.1.3' },
  { name: 'urllib3', version: '2.0.7' },
  { name: 'urllib3', version: '1.26.19' },
  { name: 'fastapi', version: '0.115.6' },
];
// What the published records say, read off their ranges by hand.
const EXPECTED: Record<string, string[]> = {
  'requests==2.31.0': ['GHSA-9wx4-h78v-vm56'],
  'requests==2.30.0': ['GHSA-9wx4-h78v-vm56', 'PYSEC-2023-74'],
  'requests==2.32.2': [],
  'aiohttp==3.9.1': ['GHSA-5h86-8mv2-jq9f', 'PYSEC-2024-24'],
  'jinja2==3.1.2': ['GHSA-h5c8-rqwp-cp95', 'GHSA-h75v-3vvj-5mfj'],
  'jinja2==3.1.3': ['GHSA-h75v-3vvj-5mfj'],
  'urllib3==2.0.7': ['GHSA-34jh-p97f-mpxf'],
  'urllib3==1.26.19': [],
  'fastapi==0.115.6': [],
};

async function idsOf(source: AdvisorySource, queries = QUERIES): Promise<Record<string, string[]>> {
  const found = await source.lookup(queries);
  return Object.fromEntries(queries.map((q) => [queryKey(q), (found.get(queryKey(q)) ?? []).map((r) => r.id).sort()]));
}

describe('OSV API client', () => {
  let osv: OsvEmulator;
  beforeAll(async () => {
    osv = await serveOsv(await loadRecords(FIXTURES), { latencyMs: 5 });
  });
  afterAll(() => osv.close());

  it('asks one querybatch for every pin, then fetches each distinct advisory once', async () => {
    const start = osv.requests.length;
    const client = createOsvClient({ baseUrl: osv.url, concurrency: 2 });
    expect(await idsOf(client)).toEqual(EXPECTED);
    const made = osv.requests.slice(start);
    expect(made.filter((r) => r.path === '/v1/querybatch')).toHaveLength(1);
    const gets = made.filter((r) => r.method === 'GET').map((r) => r.path).sort();
    expect(gets).toEqual([...new Set(Object.values(EXPECTED).flat())].sort().map((id) => `/v1/vulns/${id}`));
    expect(client.stats()).toEqual({ batchRequests: 1, recordRequests: 7, cacheHits: 0 });
    expect(osv.maxInFlight()).toBeLessThanOrEqual(2);
  });

  it('follows next_page_token and asks without a version for every advisory of a package', async () => {
    const paged = await serveOsv(await loadRecords(FIXTURES), { pageSize: 1 });
    try {
      const found = await createOsvClient({ baseUrl: paged.url }).lookup([{ name: 'requests' }]);
      expect(found.get('requests')!.map((r) => r.id).sort()).toEqual(['GHSA-9wx4-h78v-vm56', 'PYSEC-2023-74']);
      expect(paged.requests.filter((r) => r.path === '/v1/querybatch')).toHaveLength(2);
    } finally {
      await paged.close();
    }
  });

  it('retries a rate limit (429, Retry-After) and a 503, then answers', async () => {
    osv.addFault({ status: 429, times: 2, path: /querybatch/, retryAfter: '0' });
    osv.addFault({ status: 503, times: 1, path: /vulns/ });
    const logs: string[] = [];
    const client = createOsvClient({ baseUrl: osv.url, backoffMs: 1, log: (m) => logs.push(m) });
    expect((await idsOf(client, [{ name: 'aiohttp', version: '3.9.1' }]))['aiohttp==3.9.1']).toEqual(['GHSA-5h86-8mv2-jq9f', 'PYSEC-2024-24']);
    expect(logs.filter((l) => /HTTP 429; retry/.test(l))).toHaveLength(2);
    expect(logs.some((l) => /HTTP 503; retry 1\/3/.test(l))).toBe(true);
  });

  it('gives up after its retries with an error that says what failed', async () => {
    osv.addFault({ status: 429, times: 4, path: /querybatch/, retryAfter: '0' });
    const client = createOsvClient({ baseUrl: osv.url, backoffMs: 1 });
    await expect(client.lookup([{ name: 'requests', version: '2.31.0' }])).rejects.toThrow(/HTTP 429 from POST http:\/\/127\.0\.0\.1:\d+\/v1\/querybatch \(rate limited, retries exhausted\)/);
    osv.addFault({ status: 500, times: 4, path: /vulns/ });
    await expect(createOsvClient({ baseUrl: osv.url, backoffMs: 1 }).lookup([{ name: 'urllib3', version: '2.0.7' }])).rejects.toBeInstanceOf(AdvisoryError);
  });

  it('keeps records in the disk cache and fetches one again only when querybatch reports a newer modified', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'monopin-osv-cache-'));
    const first = createOsvClient({ baseUrl: osv.url, cacheDir });
    await first.lookup(QUERIES);
    const before = osv.requests.length;
    const second = createOsvClient({ baseUrl: osv.url, cacheDir });
    expect(await idsOf(second)).toEqual(EXPECTED);
    expect(osv.requests.slice(before).filter((r) => r.method === 'GET')).toHaveLength(0);
    expect(second.stats()).toMatchObject({ batchRequests: 1, recordRequests: 0, cacheHits: 7 });
    expect((await readdir(cacheDir)).length).toBe(7);
  });

  it('splits more than 1,000 queries into batches (the API refuses bigger ones) and agrees with /v1/query', async () => {
    const start = osv.requests.length;
    const many: AdvisoryQuery[] = Array.from({ length: 1001 }, (_, i) => ({ name: 'requests', version: `2.${i}.0` }));
    const found = await createOsvClient({ baseUrl: osv.url }).lookup(many);
    expect(osv.requests.slice(start).filter((r) => r.path === '/v1/querybatch')).toHaveLength(2);
    expect(found.get('requests==2.30.0')!.map((r) => r.id).sort()).toEqual(['GHSA-9wx4-h78v-vm56', 'PYSEC-2023-74']);
    expect(found.get('requests==2.33.0')).toEqual([]);
    // The emulator's single-query endpoint gives whole records for the same question.
    const single = await fetch(`${osv.url}/v1/query`, { method: 'POST', body: JSON.stringify({ package: { name: 'requests', ecosystem: 'PyPI' }, version: '2.30.0' }) });
    const body = (await single.json()) as { vulns: { id: string; affected: unknown[] }[] };
    expect(body.vulns.map((v) => v.id).sort()).toEqual(['GHSA-9wx4-h78v-vm56', 'PYSEC-2023-74']);
    const bad = await fetch(`${osv.url}/v1/querybatch`, { method: 'POST', body: JSON.stringify({ queries: [{ package: { name: 'requests', ecosystem: 'npm' } }] }) });
    expect(bad.status).toBe(400);
  });

  it('reports a source it cannot reach', async () => {
    const closed = await serveOsv([]);
    await closed.close();
    const client = createOsvClient({ baseUrl: closed.url, retries: 1, backoffMs: 1 });
    await expect(client.lookup([{ name: 'requests', version: '2.31.0' }])).rejects.toThrow(/could not reach http:\/\/127\.0\.0\.1:\d+\/v1\/querybatch/);
  });
});

describe('folder and zip of OSV records', () => {
  it('answers like the API from the same records in a folder', async () => {
    expect(await idsOf(createFolderSource(FIXTURES))).toEqual(EXPECTED);
  });

  it('reads a zip of records (the format of OSV’s per-ecosystem export), withdrawn records left out', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const name of (await readdir(FIXTURES)).filter((n) => n.endsWith('.json'))) files[name] = await readFile(join(FIXTURES, name));
    // A withdrawn copy of a real record: its advisory must not count.
    const withdrawn = JSON.parse(await readFile(join(FIXTURES, 'GHSA-34jh-p97f-mpxf.json'), 'utf8')) as Record<string, unknown>;
    files['withdrawn.json'] = new TextEncoder().encode(JSON.stringify({ ...withdrawn, id: 'GHSA-test-with-drawn', withdrawn: '2024-07-01T00:00:00Z' }));
    const zip = join(await mkdtemp(join(tmpdir(), 'monopin-osv-zip-')), 'all.zip');
    await writeFile(zip, zipSync(files));
    const source = createAdvisorySource(zip, { root: '/' })!;
    expect(source.label).toBe(zip);
    expect(await idsOf(source)).toEqual(EXPECTED);
  });

  it('reads the nested layout of GitHub’s advisory database and leaves other ecosystems out', async () => {
    const root = await mkdtemp(join(tmpdir(), 'monopin-ghsa-db-'));
    for (const name of (await readdir(FIXTURES)).filter((n) => n.endsWith('.json'))) {
      const dir = join(root, 'advisories/github-reviewed/2024/05', name.replace(/\.json$/, ''));
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, name), await readFile(join(FIXTURES, name)));
    }
    // the same facts under another ecosystem: must not count for PyPI
    const npm = JSON.parse(await readFile(join(FIXTURES, 'GHSA-34jh-p97f-mpxf.json'), 'utf8')) as { affected: { package: { ecosystem: string } }[] };
    for (const a of npm.affected) a.package.ecosystem = 'npm';
    await writeFile(join(root, 'advisories/npm-copy.json'), JSON.stringify({ ...npm, id: 'GHSA-npm-copy-test' }));
    expect(await idsOf(createFolderSource(root))).toEqual(EXPECTED);
  });

  it('says clearly when the path holds no records', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'monopin-osv-none-'));
    await writeFile(join(empty, 'x.json'), '{"not": "a record"}');
    await expect(createFolderSource(empty).lookup(QUERIES)).rejects.toThrow(/none of its 1 JSON files is an OSV record/);
    await expect(createFolderSource(join(empty, 'missing')).lookup(QUERIES)).rejects.toThrow(/cannot read the advisory records at/);
  });
});
