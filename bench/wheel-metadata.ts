// Bytes read per metadata lookup on an index without PEP 658 files: METADATA out of the wheel by
// range reads (directory, then the one member), against the whole wheel, over loopback HTTP.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIndexClient } from '../src/index/client.js';
import { buildIndex } from '../test/support/package-index/build.js';
import { serveIndex } from '../test/support/package-index/server.js';

export interface WheelMetadataRow {
  wheelBytes: number;
  bytesRead: number;
  requests: number;
}

export async function benchWheelMetadata(payloads = [50 * 1024, 2 * 1024 * 1024, 20 * 1024 * 1024]): Promise<WheelMetadataRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'monopin-bench-metadata-'));
  try {
    const releases = payloads.map((payloadBytes, i) => ({
      name: 'nometa',
      version: `${i + 1}.0`,
      payloadBytes,
      requiresDist: ['dep>=1', 'other; python_version < "3.10"'],
      noMetadataFile: true,
    }));
    const index = await buildIndex(dir, releases);
    const server = await serveIndex(index.dir);
    try {
      const rows: WheelMetadataRow[] = [];
      const page = await createIndexClient({ indexUrl: server.url }).project('nometa');
      for (const release of releases) {
        // a fresh client per lookup, so its stats are this lookup's alone
        const client = createIndexClient({ indexUrl: server.url });
        const before = server.requests.length;
        const metadata = await client.metadata('nometa', release.version);
        if (metadata?.requiresDist.length !== 2) throw new Error(`metadata of nometa ${release.version} not read`);
        const wheel = page.files.find((f) => f.filename.includes(`-${release.version}-`))!;
        rows.push({
          wheelBytes: wheel.size ?? 0,
          bytesRead: client.stats().wheelMetadataBytes,
          requests: server.requests.slice(before).filter((r) => r.path.endsWith('.whl')).length,
        });
      }
      return rows;
    } finally {
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
