// The data that flows files → sources → workspace → checks → report.
// Plain types only: every module shares them, none of them does I/O.

/** 1-based line and column, as editors and GitHub annotations count them. */
export interface Location {
  file: string; // repo-relative, forward slashes
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export type Origin = 'requirements' | 'constraints' | 'dockerfile' | 'pyproject';

export type FileKind = 'requirements' | 'constraints' | 'dockerfile' | 'compose' | 'pyproject';

/** A PEP 508 requirement, parsed. */
export interface Requirement {
  /** PEP 503-normalized name (lowercase, runs of -_. as one -). */
  name: string;
  /** The name as written. */
  rawName: string;
  /** Normalized and sorted. */
  extras: string[];
  /** Comma-joined specifier as written, spaces removed (`>=1.0,<2`); '' for none. */
  specifier: string;
  /** Marker text as written, trimmed; undefined when absent. */
  marker?: string;
  /** `name @ url` or a bare URL/path requirement. */
  url?: string;
}

/** One requirement found at one place in one file. */
export interface Occurrence extends Requirement {
  location: Location;
  origin: Origin;
  /** It came in through `-c`/`--constraint` (directly or via a constraints file's own includes). */
  viaConstraint: boolean;
  editable?: boolean;
  hashes?: string[];
  /** The requirement text as written (without options/comments), for messages and edits. */
  text: string;
}

export type RuleId =
  | 'conflict'
  | 'inline-pin-mismatch'
  | 'unconstrained'
  | 'missing-constraints-flag'
  | 'duplicate-constraint'
  | 'unused-constraint'
  | 'parse-error'
  | 'include-error'
  | 'shell-redirect-in-specifier'
  | 'invalid-constraint'
  | 'missing-dockerfile'
  | 'image-tag-collision'
  | 'invalid-image-tag'
  | 'vulnerable-pin'
  | 'no-constraints';

export type Severity = 'error' | 'warning' | 'note';

/** A problem a parser met: becomes a finding with the same rule id. */
export interface SourceIssue {
  rule: 'parse-error' | 'include-error' | 'shell-redirect-in-specifier';
  message: string;
  location: Location;
  package?: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Normalized package name, when the finding is about one. */
  package?: string;
  location: Location;
  /** What is wrong and what to change. Plain text; renderers escape it. */
  message: string;
  service?: string;
  /** The specifier found and the central pin it was compared with, when relevant. */
  specifier?: string;
  pin?: string;
  /** Who the package reaches, for findings about a package (unconstrained): a pull request diffs them. */
  consumers?: string[];
  /** vulnerable-pin: the advisories behind the finding (aliases merged), worst first. */
  advisories?: AdvisoryRef[];
  /** vulnerable-pin: how many services the pin reaches. */
  reach?: number;
  /** How many lines of the file say the same (conflict, inline-pin-mismatch, vulnerable-pin); the location is the first. Absent when one. */
  occurrences?: number;
}

export type AdvisoryLevel = 'critical' | 'high' | 'moderate' | 'low' | 'unknown';

/** One advisory as findings and reports carry it: a GHSA and its CVE and PYSEC copies are one. */
export interface AdvisoryRef {
  /** The id shown first (GHSA, else PYSEC, else the first). */
  id: string;
  /** The other ids of the same advisory. */
  aliases: string[];
  summary: string;
  url: string;
  level: AdvisoryLevel;
  /** CVSS base score, when scored. */
  score?: number;
  /** Versions that fix it for the finding's version (empty: no fix released). */
  fixed: string[];
}

/** Reads repository files. Paths are repo-relative with forward slashes. */
export interface FileReader {
  /**
   * Entries of a directory; `''` is the root. `sizeOf` says which files need a size (a reader
   * for which sizes cost a stat call may leave the others without one).
   */
  list(dir: string, options?: { sizeOf?: (path: string) => boolean }): Promise<DirEntry[]>;
  /** File contents as bytes; throws when missing. */
  read(path: string): Promise<Uint8Array>;
}

export interface DirEntry {
  name: string;
  kind: 'file' | 'dir' | 'symlink' | 'other';
  size?: number;
}
