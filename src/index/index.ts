// The package index client and its pure parsers.
export { createIndexClient, pickMetadataFile, retryDelay } from './client.js';
export type { IndexClient, IndexClientOptions, IndexStats } from './client.js';
export { IndexError, redactUrl } from './errors.js';
export { parseFilename, releasesOf, sameVersion, sortVersions, versionsOfFiles } from './filenames.js';
export type { ParsedFilename } from './filenames.js';
export { parseCoreMetadata, parseMetadataHeaders } from './metadata.js';
export { ACCEPT, formatOf, parseProjectHtml, parseProjectJson, parseProjectPage, unescapeHtml } from './simple-api.js';
export type { PageFormat, PageSource } from './simple-api.js';
