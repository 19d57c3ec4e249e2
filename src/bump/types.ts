// Shared types of the weekly bump: what the index tells, what the planner decides, what the PR carries.
import type { Location } from '../model.js';

/** One distribution file of a project, as a PEP 691 JSON / PEP 503 HTML simple index lists it. */
export interface DistributionFile {
  filename: string;
  url: string;
  hashes: Record<string, string>;
  requiresPython?: string;
  /** PEP 592: false, true, or the reason given. */
  yanked: boolean | string;
  /** PEP 700 */
  size?: number;
  /** PEP 700, ISO 8601 */
  uploadTime?: string;
  /** PEP 658/714: a `.metadata` file sits beside the file (with its hashes when known). */
  coreMetadata: boolean | Record<string, string>;
}

export interface ProjectPage {
  /** PEP 503-normalized */
  name: string;
  /** PEP 700 `versions`, or derived from filenames. */
  versions: string[];
  files: DistributionFile[];
  /** The index URL it came from. */
  index: string;
}

/** What one release (a version) looks like to the planner, derived from its files. */
export interface Release {
  version: string;
  /** Every file of the version is yanked. */
  yanked: boolean;
  /** Earliest upload time of its files. */
  uploadTime?: string;
  /** requires-python of its files (the most common one), when given. */
  requiresPython?: string;
  hasWheel: boolean;
}

/** Reads package indexes. The only code that does HTTP for packages. */
export interface PackageIndex {
  project(name: string): Promise<ProjectPage>;
  /** `Requires-Dist` (and `Requires-Python`) of one release, from its PEP 658 metadata file (or the wheel as fallback). */
  metadata(name: string, version: string): Promise<CoreMetadata | undefined>;
}

export interface CoreMetadata {
  name: string;
  version: string;
  requiresDist: string[];
  requiresPython?: string;
  /** `Project-URL: Label, URL` (and `Home-page` as "Homepage"), by label as written. */
  projectUrls?: Record<string, string>;
}

export type UpdateType = 'major' | 'minor' | 'patch' | 'pre' | 'other';

/** A maintainer's no, remembered in GitHub (closed PRs, unchecked boxes, comments) or config. */
export interface IgnoreRule {
  /** normalized package name */
  name: string;
  /** A version, or 'major' / 'minor' update types; undefined ignores every update of the package. */
  version?: string;
  updateTypes?: UpdateType[];
  source: string;
}

export interface PolicyOptions {
  /** Now, injected for tests. */
  now: Date;
  /** Releases younger than this are not proposed (cooldown). */
  minReleaseAgeDays: number;
  /** Target Python, e.g. "3.12" (config, else from the base images' FROM python:X.Y). */
  pythonVersion: string;
  /** Allowed update types per package (normalized name) or '*'. */
  allowedUpdateTypes: Record<string, UpdateType[]>;
  ignore: IgnoreRule[];
}

export interface Consumer {
  specifier: string;
  marker?: string;
  location: Location;
  service?: string;
}

export interface PinInput {
  name: string;
  /** Current pinned version (from `==X` / `===X`). */
  version: string;
  location: Location;
  marker?: string;
}

/** Why a version is not proposed (or what a proposed one was not checked for). */
export type ReasonCode =
  /** Consumers already exclude the current pin: no version can satisfy them until they are fixed. */
  | 'consumer-excludes-current'
  /** Consumers accept the current pin but not this version. */
  | 'consumer-excludes-candidate'
  /** A pinned package's Requires-Dist does not accept this version (or this version's does not accept another pin). */
  | 'requires-dist'
  | 'requires-python'
  /** Too young, or its age is unknown. */
  | 'cooldown'
  | 'yanked'
  /** Configuration: allowed update types, ignore rules in the config, pre-releases, the pin's marker. */
  | 'policy'
  /** A maintainer said no: a closed PR, an unchecked line, a comment. */
  | 'rejected'
  /** The index has no metadata for it (an sdist-only release): co-installability was not checked. */
  | 'no-metadata';

export interface PlanReason {
  code: ReasonCode;
  /** The version the reason is about. */
  version: string;
  /** One sentence, ending with a full stop. */
  text: string;
}

/** A constraints line pip refuses that the bump can rewrite: extras dropped from the constraint (consumers keep theirs). */
export interface ConstraintFix {
  name: string;
  file: string;
  line: number;
  before: string;
  after: string;
  extras: string[];
}

export interface PlannedBump {
  name: string;
  from: string;
  to: string;
  updateType: UpdateType;
  /** How many consumers (specifiers) accept `to`: all of them, by construction. */
  consumers: number;
  /** Age of `to` in days at planning time. */
  releaseAgeDays?: number;
  /** Set when a newer version exists but was held back; says why. */
  heldBackFrom?: string;
  /** The sentences of `reasons`, joined. */
  reason?: string;
  /** Why `heldBackFrom` (and any better candidate) is not proposed, and what `to` was not checked for. */
  reasons?: PlanReason[];
}

export interface HeldPin {
  name: string;
  current: string;
  /** Newest version on the index. */
  newest: string;
  /** The sentences of `reasons`, joined. */
  reason: string;
  reasons: PlanReason[];
}

export interface Plan {
  bumps: PlannedBump[];
  /** Pins with a newer release that stays unproposed, and why (consumer excludes it, cooldown, yanked, ignored, rejected, requires-python, co-installability). */
  held: HeldPin[];
  /** Packages the index could not answer for; the rest of the plan stands. */
  errors: { name: string; message: string }[];
  /** Invalid constraints lines the bump rewrites (beside the pins it bumps). */
  fixes?: ConstraintFix[];
}
