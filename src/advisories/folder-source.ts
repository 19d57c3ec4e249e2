// Offline advisories: a folder or a zip of OSV JSON records — OSV's per-ecosystem export
// (`PyPI/all.zip`) or a checkout of GitHub's advisory database. Read once, indexed by package.
// The zip is read with fflate (small, no dependencies, bundles cleanly, filters entries before inflating).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import pLimit from 'p-limit';
import { normalizeName } from '../pep/name.js';
import { affects } from './match.js';
import { parseOsvRecord } from './records.js';
import { AdvisoryError, ECOSYSTEM, queryKey, type AdvisoryQuery, type AdvisorySource, type AdvisoryStats, type OsvRecord } from './types.js';

/** Records larger than this are not advisories (a stray dump): skipped. */
const MAX_RECORD_BYTES = 5 * 1024 * 1024;

export function createFolderSource(path: string, options: { log?: (message: string) => void } = {}): AdvisorySource {
  const stats: AdvisoryStats = { batchRequests: 0, recordRequests: 0, cacheHits: 0 };
  let index: Promise<Map<string, OsvRecord[]>> | undefined;

  async function load(): Promise<Map<string, OsvRecord[]>> {
    stats.batchRequests++;
    const info = await stat(path).catch((error: unknown) => {
      throw new AdvisoryError(`cannot read the advisory records at ${path}: ${(error as Error).message}`);
    });
    const texts = info.isDirectory() ? await readFolder(path) : await readZip(path);
    const byPackage = new Map<string, OsvRecord[]>();
    let skipped = 0;
    for (const { name, text } of texts) {
      // GitHub's database holds every ecosystem: leave the others unparsed.
      if (!text.includes('"PyPI"') && text.includes('"ecosystem"')) continue;
      let record: OsvRecord;
      try {
        record = parseOsvRecord(text, name);
      } catch (error) {
        skipped++;
        options.log?.((error as Error).message);
        continue;
      }
      if (record.withdrawn !== undefined) continue;
      const packages = new Set((record.affected ?? []).filter((a) => a.package?.ecosystem === ECOSYSTEM).map((a) => normalizeName(a.package!.name)));
      for (const pkg of packages) byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), record]);
    }
    if (texts.length > 0 && skipped === texts.length) throw new AdvisoryError(`${path}: none of its ${texts.length} JSON files is an OSV record`);
    return byPackage;
  }

  async function lookup(queries: readonly AdvisoryQuery[]): Promise<Map<string, OsvRecord[]>> {
    index ??= load();
    const byPackage = await index;
    const out = new Map<string, OsvRecord[]>();
    for (const query of queries) {
      const records = byPackage.get(query.name) ?? [];
      out.set(queryKey(query), query.version === undefined ? records : records.filter((r) => affects(r, query.name, query.version!)));
    }
    return out;
  }

  return { label: path, lookup, stats: () => ({ ...stats }) };
}

async function readFolder(root: string): Promise<{ name: string; text: string }[]> {
  const entries = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.json'));
  // A checkout of GitHub's advisory database is tens of thousands of files: read them a few at a time.
  const limit = pLimit(16);
  const read = await Promise.all(
    entries.map((entry) =>
      limit(async () => {
        const full = join(entry.parentPath, entry.name);
        if ((await stat(full)).size > MAX_RECORD_BYTES) return undefined;
        return { name: relative(root, full), text: await readFile(full, 'utf8') };
      }),
    ),
  );
  return read.filter((r): r is { name: string; text: string } => r !== undefined).sort((a, b) => a.name.localeCompare(b.name));
}

async function readZip(path: string): Promise<{ name: string; text: string }[]> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(await readFile(path), { filter: (file) => file.name.endsWith('.json') && file.originalSize <= MAX_RECORD_BYTES });
  } catch (error) {
    throw new AdvisoryError(`${path}: neither a folder nor a readable zip of OSV records (${(error as Error).message})`);
  }
  const decoder = new TextDecoder();
  return Object.entries(files).map(([name, bytes]) => ({ name: `${path}:${name}`, text: decoder.decode(bytes) }));
}
