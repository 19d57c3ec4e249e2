// The report every renderer takes: the JSON output is this object as it is (schema in schema/report.schema.json).
import type { FileKind, Finding, Location, Origin } from '../model.js';
import type { ImageSizeEstimate } from '../size/estimate.js';
import type { AdvisoryReport } from '../advisories/scan-advisories.js';

export const SCHEMA_VERSION = 1;

export interface FileRecord {
  path: string;
  kind: FileKind;
  service?: string;
  /** parse-error / include-error messages met in this file. */
  errors: { line: number; column: number; message: string }[];
}

export interface RequirementRecord {
  file: string;
  line: number;
  column: number;
  name: string; // PEP 503-normalized
  extras: string[]; // sorted
  specifier: string;
  marker?: string;
  url?: string;
  origin: Origin;
  viaConstraint: boolean;
  service?: string;
}

export interface ServiceRecord {
  name: string;
  /** Folder that owns the service's files ('' for the repo root). */
  root: string;
  dockerfiles: string[];
  requirementFiles: string[];
  image?: string;
  /** How many compose services list this one in depends_on. */
  dependents: number;
}

export type Risk = 'low' | 'medium' | 'high';

export interface PackageRecord {
  name: string;
  services: string[];
  /** One per distinct specifier (after normalization), most used first. */
  variants: { specifier: string; services: string[] }[];
  /** The central pin's specifier, e.g. `==2.10.4`, when constrained. */
  pin?: string;
  risk: Risk;
}

export interface DiffRecord {
  base: string;
  introduced: Finding[];
  fixed: Finding[];
  unchanged: number;
}

export interface Summary {
  files: number;
  services: number;
  packages: number;
  requirements: number;
  errors: number;
  warnings: number;
  notes: number;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'monopin'; version: string };
  root: string;
  /** Repo-relative path of the central constraints file, when one was found. */
  constraints?: string;
  summary: Summary;
  files: FileRecord[];
  requirements: RequirementRecord[];
  services: ServiceRecord[];
  packages: PackageRecord[];
  findings: Finding[];
  /** Present when a base revision was compared (`--base`, pull requests). */
  diff?: DiffRecord;
  /** Estimated image-size deltas of the changed pins (`check --base` with an index), one per image they touch. */
  sizes?: SizeRecord[];
  /** Present when an advisory source was set: what was asked, what was ignored, why nothing was checked. */
  advisories?: AdvisoryReport;
  /** Files passed over (binary, too large, unreadable), with the reason. */
  skipped: { path: string; reason: string }[];
}

/** An image's estimated size delta as the JSON report carries it: the estimate without its fetch statistics. */
export type SizeRecord = Omit<ImageSizeEstimate, 'bytesFetched'>;

export type { Finding, Location };
