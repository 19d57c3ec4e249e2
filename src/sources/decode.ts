// Bytes of a manifest → text, the way pip's `auto_decode` reads a requirements file: a BOM names
// the encoding (UTF-8, UTF-16 LE/BE; UTF-32 BE is refused, TextDecoder has no codec for it), else UTF-8.
// NUL bytes in an unmarked file mean it is not text at all.

export type Decoded = { kind: 'text'; text: string } | { kind: 'binary'; reason: string };

// pip's order: a UTF-32 LE file starts with the UTF-16 LE BOM, and pip reads it as UTF-16.
const BOMS: { bytes: number[]; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32' }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32' },
];

export function decodeManifest(bytes: Uint8Array): Decoded {
  for (const bom of BOMS) {
    if (bytes.length < bom.bytes.length || !bom.bytes.every((b, i) => bytes[i] === b)) continue;
    if (bom.encoding === 'utf-32') return { kind: 'binary', reason: 'UTF-32 text (not supported; save it as UTF-8)' };
    // The decoder drops the BOM itself.
    return { kind: 'text', text: new TextDecoder(bom.encoding).decode(bytes) };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { kind: 'binary', reason: 'binary file' };
  return { kind: 'text', text: new TextDecoder().decode(bytes) };
}
