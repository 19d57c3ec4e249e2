// OSV records (https://ossf.github.io/osv-schema/) as far as monopin reads them, and the one
// interface every advisory source (the OSV API, a folder or zip of records) offers.

export interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface OsvRange {
  type: string;
  events: OsvEvent[];
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string };
  ranges?: OsvRange[];
  versions?: string[];
}

export interface OsvRecord {
  id: string;
  modified: string;
  withdrawn?: string;
  aliases?: string[];
  summary?: string;
  details?: string;
  severity?: { type: string; score: string }[];
  affected?: OsvAffected[];
  references?: { type: string; url: string }[];
  database_specific?: { severity?: unknown };
}

/** A package (PEP 503-normalized), at one version or, without one, every advisory it has. */
export interface AdvisoryQuery {
  name: string;
  version?: string;
}

export interface AdvisoryStats {
  /** querybatch requests (or folder/zip reads). */
  batchRequests: number;
  /** GET /v1/vulns/{id} requests. */
  recordRequests: number;
  /** Records taken from the disk cache. */
  cacheHits: number;
}

export interface AdvisorySource {
  /** `osv`, the API base URL, or the folder/zip path: for messages. */
  readonly label: string;
  /** Records that affect each query, keyed by `queryKey`; withdrawn records are left out. */
  lookup(queries: readonly AdvisoryQuery[]): Promise<Map<string, OsvRecord[]>>;
  stats(): AdvisoryStats;
}

export const ECOSYSTEM = 'PyPI';

export function queryKey(query: AdvisoryQuery): string {
  return query.version === undefined ? query.name : `${query.name}==${query.version}`;
}

/** The advisory source could not be read: one clear warning, never a silent pass. */
export class AdvisoryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AdvisoryError';
  }
}
