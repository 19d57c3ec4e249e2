// Bytes read to size a wheel: range reads of its zip directory against the whole file, over loopback HTTP.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIndexClient } from '../src/index/client.js';
import { createRangeReader } from '../src/size/range-reader.js';
import { measureWheel } from '../src/size/wheel-size.js';
import { buildIndex } from '../test/support/package-index/build.js';
import { serveIndex } from '../test/support/package-index/server.js';

export interface WheelSizeRow {
  wheelBytes: number;
  bytesFetched: number;
  installedBytes: number;
}

export async function benchWheelSize(payloads = [10 * 1024 * 1024, 20 * 1024 * 1024]): Promise<WheelSizeRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'monopin-bench-wheel-'));
  try {
    const index = await buildIndex(dir, payloads.map((payloadBytes, i) => ({ name: 'bigpkg', version: `${i + 1}.0`, payloadBytes })));
    const server = await serveIndex(index.dir);
    try {
      const page = await createIndexClient({ indexUrl: server.url }).project('bigpkg');
      const reader = createRangeReader();
      const rows: WheelSizeRow[] = [];
      for (const file of page.files.filter((f) => f.filename.endsWith('.whl'))) {
        const size = await measureWheel(reader, file.url);
        rows.push({ wheelBytes: size.compressedBytes, bytesFetched: size.bytesFetched, installedBytes: size.installedBytes });
      }
      return rows;
    } finally {
      await server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
