// One file's text parsed by its kind, synchronously, for tests: yaml is loaded up front for the compose
// files the fast reader declines (a scan uses load.ts's parseFile, which loads yaml only when one does).
import { parseManifest, type ParsedFile } from '../../src/load.js';
import type { FileKind } from '../../src/model.js';
import { parseCompose } from '../../src/sources/compose.js';

export function parseText(path: string, kind: FileKind, text: string): ParsedFile {
  return kind === 'compose' ? { kind, path, parsed: parseCompose(text, path) } : parseManifest(path, kind, text);
}
