// Project pages of the simple repository API: PEP 691 JSON and PEP 503 HTML, into one ProjectPage.
// Pure: takes the body, its Content-Type and the page URL (relative links resolve against it).
import { normalizeName } from '../pep/name.js';
import type { DistributionFile, ProjectPage } from '../bump/types.js';
import { IndexError } from './errors.js';
import { sortVersions, versionsOfFiles } from './filenames.js';

export const JSON_V1 = 'application/vnd.pypi.simple.v1+json';
export const HTML_V1 = 'application/vnd.pypi.simple.v1+html';
/** What we ask for: JSON first, HTML from indexes that only have that. */
export const ACCEPT = `${JSON_V1}, ${HTML_V1};q=0.2, text/html;q=0.01`;

export interface PageSource {
  body: string;
  contentType: string | undefined;
  /** The URL the page was read from (after redirects); links are relative to it. */
  url: string;
  /** The project asked for. */
  name: string;
  /** The index URL, for ProjectPage.index. */
  index: string;
}

export type PageFormat = 'json' | 'html';

export function formatOf(contentType: string | undefined): PageFormat | undefined {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === JSON_V1 || type === 'application/vnd.pypi.simple.latest+json') return 'json';
  if (type === HTML_V1 || type === 'application/vnd.pypi.simple.latest+html' || type === 'text/html') return 'html';
  return undefined;
}

export function parseProjectPage(source: PageSource): ProjectPage {
  const format = formatOf(source.contentType);
  if (format === 'json') return parseProjectJson(source);
  if (format === 'html') return parseProjectHtml(source);
  throw new IndexError(`unexpected Content-Type ${JSON.stringify(source.contentType ?? '')} for ${source.name}`, {
    package: source.name,
    url: source.url,
  });
}

// ---- PEP 691 JSON -----------------------------------------------------------------------------

export function parseProjectJson(source: PageSource): ProjectPage {
  const fail = (why: string): never => {
    throw new IndexError(`bad JSON page for ${source.name}: ${why}`, { package: source.name, url: source.url });
  };
  let data: unknown;
  try {
    data = JSON.parse(source.body);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (!isObject(data)) return fail('not an object');
  const meta = data.meta;
  const apiVersion = isObject(meta) ? meta['api-version'] : undefined;
  if (typeof apiVersion !== 'string' || !/^1(\.\d+)?$/.test(apiVersion)) {
    return fail(`unsupported api-version ${JSON.stringify(apiVersion)}`);
  }
  if (!Array.isArray(data.files)) return fail('no files list');

  const files = data.files.map((raw, i): DistributionFile => {
    if (!isObject(raw)) return fail(`files[${i}] is not an object`);
    const { filename, url, hashes } = raw;
    if (typeof filename !== 'string' || filename === '') return fail(`files[${i}] has no filename`);
    if (typeof url !== 'string') return fail(`files[${i}] (${filename}) has no url`);
    if (!isStringRecord(hashes)) return fail(`files[${i}] (${filename}) has no hashes object`);
    const file: DistributionFile = {
      filename,
      url: resolveUrl(url, source, fail),
      hashes: { ...hashes },
      yanked: yankedOf(raw.yanked),
      coreMetadata: coreMetadataOf(raw['core-metadata'] ?? raw['dist-info-metadata']),
    };
    const requiresPython = raw['requires-python'];
    if (typeof requiresPython === 'string' && requiresPython.trim() !== '') file.requiresPython = requiresPython.trim();
    if (typeof raw.size === 'number' && Number.isFinite(raw.size)) file.size = raw.size;
    if (typeof raw['upload-time'] === 'string') file.uploadTime = raw['upload-time'];
    return file;
  });

  const name = normalizeName(source.name);
  const versions =
    Array.isArray(data.versions) && data.versions.every((v) => typeof v === 'string')
      ? sortVersions(data.versions as string[])
      : versionsOfFiles(files, name);
  return { name, versions, files, index: source.index };
}

function yankedOf(value: unknown): boolean | string {
  if (typeof value === 'string') return value === '' ? true : value;
  return value === true;
}

function coreMetadataOf(value: unknown): boolean | Record<string, string> {
  if (isStringRecord(value)) return Object.keys(value).length === 0 ? true : { ...value };
  return value === true;
}

// ---- PEP 503 HTML -----------------------------------------------------------------------------

// quote-aware: some indexes leave `>` unescaped in attribute values (data-requires-python=">=3.8")
const ANCHOR = /<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/a\s*>/gi;
const BASE = /<base\b((?:[^>"']|"[^"]*"|'[^']*')*)>/i;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function parseProjectHtml(source: PageSource): ProjectPage {
  let baseUrl = source.url;
  const base = BASE.exec(source.body);
  if (base !== null) {
    const href = attributesOf(base[1] ?? '').get('href');
    if (href !== undefined && href !== '') baseUrl = tryResolve(href, source.url) ?? source.url;
  }
  const fail = (why: string): never => {
    throw new IndexError(`bad HTML page for ${source.name}: ${why}`, { package: source.name, url: source.url });
  };
  if (!/<a\b|<html|<!doctype|<body/i.test(source.body) && source.body.trim() !== '') fail('not HTML');

  const files: DistributionFile[] = [];
  for (const match of source.body.matchAll(ANCHOR)) {
    const attributes = attributesOf(match[1] ?? '');
    const href = attributes.get('href');
    if (href === undefined || href === '') continue;
    const resolved = resolveUrl(href, { ...source, url: baseUrl }, fail);
    const url = new URL(resolved);
    const hashes: Record<string, string> = {};
    const fragment = /^#([a-z0-9]+)=([0-9a-f]+)$/i.exec(url.hash);
    if (fragment !== null) hashes[(fragment[1] ?? '').toLowerCase()] = (fragment[2] ?? '').toLowerCase();
    url.hash = '';
    // the link text may be anything; the filename is the last path segment of the URL
    const filename = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    if (filename === '') continue;
    const file: DistributionFile = {
      filename,
      url: url.href,
      hashes,
      yanked: attributes.has('data-yanked') ? (attributes.get('data-yanked') || true) : false,
      coreMetadata: htmlCoreMetadata(attributes.get('data-core-metadata') ?? attributes.get('data-dist-info-metadata')),
    };
    const requiresPython = attributes.get('data-requires-python');
    if (requiresPython !== undefined && requiresPython.trim() !== '') file.requiresPython = requiresPython.trim();
    files.push(file);
  }
  const name = normalizeName(source.name);
  return { name, versions: versionsOfFiles(files, name), files, index: source.index };
}

/** PEP 658/714: "true", or "<hash name>=<hex digest>". */
function htmlCoreMetadata(value: string | undefined): boolean | Record<string, string> {
  if (value === undefined) return false;
  const hash = /^([a-z0-9]+)=([0-9a-f]+)$/i.exec(value.trim());
  if (hash !== null) return { [(hash[1] ?? '').toLowerCase()]: (hash[2] ?? '').toLowerCase() };
  // PEP 658 allows only "true" and hashes; anything else still says a file is there
  return true;
}

/** Attribute names lower-cased, values HTML-unescaped; a bare attribute has the value ''. */
export function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (attributes.has(name)) continue; // HTML keeps the first of duplicate attributes
    attributes.set(name, unescapeHtml(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

// ---- shared -----------------------------------------------------------------------------------

function resolveUrl(href: string, source: PageSource, fail: (why: string) => never): string {
  return tryResolve(href, source.url) ?? fail(`bad URL ${JSON.stringify(href)}`);
}

function tryResolve(href: string, base: string): string | undefined {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isObject(value) && Object.values(value).every((v) => typeof v === 'string');
}
