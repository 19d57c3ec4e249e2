// A FileReader over an in-memory tree, for tests that describe a small repository inline.
import type { DirEntry, FileReader } from '../../src/model.js';

export function memoryReader(files: Record<string, string>): FileReader {
  const encoder = new TextEncoder();
  return {
    async list(dir: string): Promise<DirEntry[]> {
      const prefix = dir === '' ? '' : `${dir}/`;
      const entries = new Map<string, DirEntry>();
      for (const [path, text] of Object.entries(files)) {
        if (!path.startsWith(prefix)) continue;
        const [head, ...rest] = path.slice(prefix.length).split('/');
        entries.set(head!, rest.length > 0 ? { name: head!, kind: 'dir' } : { name: head!, kind: 'file', size: encoder.encode(text).byteLength });
      }
      if (entries.size === 0 && dir !== '') throw Object.assign(new Error(`ENOENT: ${dir}`), { code: 'ENOENT' });
      return [...entries.values()];
    },
    async read(path: string): Promise<Uint8Array> {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return encoder.encode(text);
    },
  };
}
