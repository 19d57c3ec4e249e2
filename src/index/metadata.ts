// Core metadata (METADATA / PKG-INFO / PEP 658 `.metadata`): email-header format, folded lines.
import type { CoreMetadata } from '../bump/types.js';

/** Headers, lower-cased, each with every value it had (Requires-Dist repeats). */
export function parseMetadataHeaders(text: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  let current: { key: string; value: string } | undefined;
  const flush = (): void => {
    if (current === undefined) return;
    const values = headers.get(current.key) ?? [];
    values.push(current.value.trim());
    headers.set(current.key, values);
    current = undefined;
  };
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
    if (line.trim() === '' && !/^[ \t]/.test(line)) break; // the body (a long description) starts here
    if (/^[ \t]/.test(line)) {
      // RFC 5322 unfolding: a continuation line joins its header, its leading white space kept
      if (current !== undefined) current.value += `\n${line}`;
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    if (colon <= 0) continue; // not a header; email.parser would treat it as a defect and go on
    current = { key: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1) };
  }
  flush();
  return headers;
}

/** Throws when Name or Version is missing: that is not core metadata. */
export function parseCoreMetadata(text: string): CoreMetadata {
  const headers = parseMetadataHeaders(text);
  const one = (key: string): string | undefined => {
    const value = headers.get(key)?.[0];
    return value === undefined || value === '' ? undefined : value;
  };
  const name = one('name');
  const version = one('version');
  if (name === undefined) throw new Error('core metadata without a Name header');
  if (version === undefined) throw new Error('core metadata without a Version header');
  const metadata: CoreMetadata = {
    name,
    version,
    requiresDist: (headers.get('requires-dist') ?? []).map(collapse).filter((r) => r !== ''),
  };
  const requiresPython = one('requires-python');
  if (requiresPython !== undefined) metadata.requiresPython = collapse(requiresPython);
  const urls: Record<string, string> = {};
  const homePage = one('home-page');
  if (homePage !== undefined && homePage !== 'UNKNOWN') urls.Homepage = collapse(homePage);
  for (const value of headers.get('project-url') ?? []) {
    const comma = value.indexOf(',');
    if (comma <= 0) continue;
    const label = value.slice(0, comma).trim();
    const url = value.slice(comma + 1).trim();
    if (label !== '' && url !== '') urls[label] = url;
  }
  if (Object.keys(urls).length > 0) metadata.projectUrls = urls;
  return metadata;
}

function collapse(value: string): string {
  return value.replace(/\s*\n\s*/g, ' ').trim();
}
