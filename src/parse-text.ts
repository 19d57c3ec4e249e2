// One file's text parsed by its kind, synchronously. It loads yaml up front for the compose files the
// fast reader declines; a scan uses load.ts's parseFile instead, which loads yaml only when one does.
import { parseManifest, type ParsedFile } from './load.js';
import type { FileKind } from './model.js';
import { parseCompose } from './sources/compose.js';

export function parseText(path: string, kind: FileKind, text: string): ParsedFile {
  return kind === 'compose' ? { kind, path, parsed: parseCompose(text, path) } : parseManifest(path, kind, text);
}
