// The report every renderer takes: the JSON output is this object as it is (schema in schema/report.schema.json).
import type { FileKind, Finding, Location, Origin } from '../model.js';
import type { Ambiguity, Service } from '../model/types.js';
import type { ImageSizeEstimate } from '../size/estimate.js';
import type { AdvisoryReport } from '../advisories/scan-advisories.js';

export const SCHEMA_VERSION = 2;

export interface FileRecord {
  path: string;
  kind: FileKind;
  /** Who installs it: service ids, names of images no service builds, or the file itself when nothing does. */
  consumers: string[];
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
}

export interface ProjectRecord {
  id: string;
  dir: string;
  files: string[];
  services: string[];
}

/** A compose service as the JSON carries it: the model's Service without its source location. */
export type ServiceRecord = Omit<Service, 'location'>;

export interface ImageRecord {
  id: string;
  name: string;
  dockerfile: string;
  context: string;
  target?: string;
  /** Where it is pushed; absent when no valid, unique name could be given (see findings). */
  repository?: string;
  tags: string[];
  /** Ids of the repository's images it is built FROM. */
  from: string[];
  /** FROM references to images the repository does not build. */
  external: string[];
  services: string[];
  requirementFiles: string[];
  /** Installs with the central constraints file, named in config, or beside it: the bump rewrites its inline pins. */
  governed: boolean;
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
  /** Package findings present on both sides whose consumers moved: what each gained and lost. */
  changed: { finding: Finding; added: string[]; removed: string[] }[];
  unchanged: number;
}

export interface Summary {
  files: number;
  /** Compose projects, and services in all of them / in the root project. */
  projects: number;
  services: number;
  rootServices: number;
  images: number;
  requirementFiles: number;
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
  projects: ProjectRecord[];
  services: ServiceRecord[];
  images: ImageRecord[];
  /** FROM references several images could satisfy, left external: config settles them. */
  ambiguities: Ambiguity[];
  /** What the model could only guess (build contexts), one sentence each. */
  warnings: string[];
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
