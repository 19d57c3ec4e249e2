// On-disk HTTP cache of index responses (body + validators per URL), a folder actions/cache can keep.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CachedResponse {
  /** Without credentials. */
  url: string;
  etag?: string;
  lastModified?: string;
  contentType?: string;
  body: string;
}

export class DiskCache {
  constructor(private readonly dir: string) {}

  private pathOf(key: string): string {
    return join(this.dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.pathOf(key), 'utf8')) as unknown;
      if (typeof entry !== 'object' || entry === null) return undefined;
      const record = entry as Partial<CachedResponse>;
      return typeof record.body === 'string' && typeof record.url === 'string' ? (record as CachedResponse) : undefined;
    } catch {
      // missing or torn: a cache miss, never an error
      return undefined;
    }
  }

  async set(key: string, entry: CachedResponse): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const path = this.pathOf(key);
    // write then rename, so a concurrent reader (another job sharing the cache) never sees half a file
    const temporary = `${path}.${randomUUID()}.tmp`;
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, path);
  }
}
