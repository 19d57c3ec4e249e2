// Static package indexes for tests: wheels (and sdists) under files/, PEP 503 HTML and PEP 691 JSON
// pages under simple/, PEP 658 `.metadata` files beside the wheels. Real pip reads it via file://.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compare } from '@renovatebot/pep440';
import { normalizeName } from '../../../src/pep/name.js';
import { makeSdist, sdistFilename } from './sdist.js';
import { makeWheel, renderMetadata, wheelFilename } from './wheel.js';

export interface IndexRelease {
  name: string;
  version: string;
  requiresDist?: string[];
  requiresPython?: string;
  /** ISO 8601 upload time (PEP 700); omitted from the pages when not given. */
  uploadTime?: string;
  /** PEP 592: true, or the reason. */
  yanked?: boolean | string;
  payloadBytes?: number;
  /** Also publish an sdist. */
  sdist?: boolean;
  /** Publish no wheel (an sdist-only release); implies `sdist`. */
  noWheel?: boolean;
  /** Leave out the PEP 658 metadata file and its attributes. */
  noMetadataFile?: boolean;
  /** `Project-URL` headers of its metadata. */
  projectUrls?: Record<string, string>;
}

export interface BuiltIndex {
  dir: string;
  simpleDir: string;
  /** `file://…/simple/`, usable as pip's --index-url. */
  fileUrl: string;
}

interface PageFile {
  filename: string;
  sha256: string;
  size: number;
  requiresPython?: string;
  yanked?: boolean | string;
  uploadTime?: string;
  metadataSha256?: string;
}

export async function buildIndex(dir: string, releases: IndexRelease[]): Promise<BuiltIndex> {
  const root = resolve(dir);
  const filesDir = join(root, 'files');
  const simpleDir = join(root, 'simple');
  await mkdir(filesDir, { recursive: true });
  await mkdir(simpleDir, { recursive: true });

  const projects = new Map<string, { versions: Set<string>; files: PageFile[] }>();
  for (const release of releases) {
    const name = normalizeName(release.name);
    const project = projects.get(name) ?? { versions: new Set<string>(), files: [] };
    projects.set(name, project);
    project.versions.add(release.version);
    const common = {
      ...(release.requiresPython !== undefined && { requiresPython: release.requiresPython }),
      ...(release.yanked !== undefined && release.yanked !== false && { yanked: release.yanked }),
      ...(release.uploadTime !== undefined && { uploadTime: release.uploadTime }),
    };
    if (release.noWheel !== true) {
      const filename = wheelFilename(release.name, release.version);
      const wheel = makeWheel(release);
      await writeFile(join(filesDir, filename), wheel);
      const file: PageFile = { filename, sha256: sha256(wheel), size: wheel.length, ...common };
      if (release.noMetadataFile !== true) {
        const metadata = Buffer.from(renderMetadata(release), 'utf8');
        await writeFile(join(filesDir, `${filename}.metadata`), metadata);
        file.metadataSha256 = sha256(metadata);
      }
      project.files.push(file);
    }
    if (release.sdist === true || release.noWheel === true) {
      const filename = sdistFilename(release.name, release.version);
      const sdist = makeSdist(release);
      await writeFile(join(filesDir, filename), sdist);
      project.files.push({ filename, sha256: sha256(sdist), size: sdist.length, ...common });
    }
  }

  const names = [...projects.keys()].sort();
  await writeFile(join(simpleDir, 'index.html'), renderRootHtml(names));
  await writeFile(
    join(simpleDir, 'index.json'),
    `${JSON.stringify({ meta: { 'api-version': '1.1' }, projects: names.map((name) => ({ name })) }, null, 1)}\n`,
  );
  for (const [name, project] of projects) {
    const projectDir = join(simpleDir, name);
    await mkdir(projectDir, { recursive: true });
    const versions = [...project.versions].sort(compare);
    await writeFile(join(projectDir, 'index.html'), renderProjectHtml(name, project.files));
    await writeFile(join(projectDir, 'index.json'), renderProjectJson(name, versions, project.files));
  }
  return { dir: root, simpleDir, fileUrl: `${pathToFileURL(simpleDir).href}/` };
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function renderRootHtml(names: string[]): string {
  const links = names.map((name) => `    <a href="${name}/">${name}</a>`);
  return `<!DOCTYPE html>\n<html>\n  <head><meta name="pypi:repository-version" content="1.1"><title>Simple index</title></head>\n  <body>\n${links.join('\n')}\n  </body>\n</html>\n`;
}

function renderProjectHtml(name: string, files: PageFile[]): string {
  const links = files.map((file) => {
    const attributes = [`href="../../files/${encodeURIComponent(file.filename)}#sha256=${file.sha256}"`];
    if (file.requiresPython !== undefined) attributes.push(`data-requires-python="${escapeHtml(file.requiresPython)}"`);
    if (file.yanked !== undefined && file.yanked !== false) {
      attributes.push(`data-yanked="${file.yanked === true ? '' : escapeHtml(file.yanked)}"`);
    }
    if (file.metadataSha256 !== undefined) {
      // Both spellings, as PyPI does: pip 23.2 reads the older PEP 658 one, newer pips PEP 714's.
      attributes.push(`data-core-metadata="sha256=${file.metadataSha256}"`);
      attributes.push(`data-dist-info-metadata="sha256=${file.metadataSha256}"`);
    }
    return `    <a ${attributes.join(' ')}>${escapeHtml(file.filename)}</a><br />`;
  });
  return `<!DOCTYPE html>\n<html>\n  <head><meta name="pypi:repository-version" content="1.1"><title>Links for ${name}</title></head>\n  <body>\n    <h1>Links for ${name}</h1>\n${links.join('\n')}\n  </body>\n</html>\n`;
}

function renderProjectJson(name: string, versions: string[], files: PageFile[]): string {
  const page = {
    meta: { 'api-version': '1.1' },
    name,
    versions,
    files: files.map((file) => ({
      filename: file.filename,
      url: `../../files/${encodeURIComponent(file.filename)}`,
      hashes: { sha256: file.sha256 },
      ...(file.requiresPython !== undefined && { 'requires-python': file.requiresPython }),
      ...(file.yanked !== undefined && file.yanked !== false && { yanked: file.yanked }),
      size: file.size,
      ...(file.uploadTime !== undefined && { 'upload-time': file.uploadTime }),
      ...(file.metadataSha256 !== undefined && {
        'core-metadata': { sha256: file.metadataSha256 },
        'dist-info-metadata': { sha256: file.metadataSha256 },
      }),
    })),
  };
  return `${JSON.stringify(page, null, 1)}\n`;
}
