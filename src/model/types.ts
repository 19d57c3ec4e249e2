// The repository as a graph (DESIGN.md "The model"): compose services, images, requirement files
// and the edges between them. Every feature reads this; none keeps a map of its own. Plain data.
import type { LoadedRepository, ParsedFile } from '../load.js';
import type { Location, Occurrence, SourceIssue } from '../model.js';
import type { PipInstall } from '../sources/types.js';

/** The compose files of one folder (or of one top-level `name:`), merged as `docker compose -f a -f b` does. */
export interface ComposeProject {
  /** Top-level `name:` when set, else the folder ('' for the repository root). */
  id: string;
  dir: string;
  /** In merge order: the base file first, overrides after. */
  files: string[];
  /** Service ids, sorted. */
  services: string[];
}

export interface Service {
  /** `<name>` in the root project, `<project>/<name>` elsewhere. */
  id: string;
  name: string;
  project: string;
  /** Where the service is defined (its first compose file). */
  location: Location;
  /** Compose `image:`, interpolated. */
  image?: string;
  build?: { dockerfile: string; context: string; target?: string };
  /** The image it builds (an id), when its Dockerfile is in the repository. */
  images: string[];
  /** Service ids it `depends_on`, in its own project. */
  dependsOn: string[];
  /** Services that list it in depends_on. */
  dependents: number;
  /** Services that reach it through depends_on chains. */
  transitiveDependents: number;
  /** Requirement files its images install (directly or through -r), sorted. */
  requirementFiles: string[];
}

export type ImageOrigin = 'config' | 'compose' | 'inferred';

export interface Image {
  /** `<dockerfile>`, plus ` @<context>` when the context is not the Dockerfile's folder, plus ` #<target>`. Stable. */
  id: string;
  /** Short unique name: config key, compose service, or the Dockerfile's own name (`agent-base.Dockerfile` → agent-base). */
  name: string;
  dockerfile: string;
  /** Repo-relative build context, `.` for the root. */
  context: string;
  target?: string;
  origin: ImageOrigin;
  /** Compose services that build it. */
  services: string[];
  /** Where it is pushed: registry repository without tag (lowercase); absent when no valid name could be given. */
  repository?: string;
  /** Every reference the repository knows it by (compose `image:`, config), valid ones only. */
  tags: string[];
  /** Other images of the repository it is built FROM (names), sorted. */
  bases: string[];
  /** Where its Dockerfile names each of `bases` (the first FROM per base). */
  baseFroms?: { base: string; line: number; image: string }[];
  /** FROM references that are no image of the repository, after ARG expansion. */
  externalBases: string[];
  /** Some FROM resolved to it by its Dockerfile's name alone. */
  inferred: boolean;
  /** pip installs of the stages the build runs, with the repository files they read. */
  installs: InstallSite[];
  /** Requirement files it installs directly (through COPY), pyproject included, sorted. */
  requirementFiles: string[];
  /** It installs with the central constraints file, is named in config, or sits beside the central file. */
  governed: boolean;
}

export interface InstallSite {
  dockerfile: string;
  install: PipInstall;
  /** Repo files that its `-r` arguments resolve to (through COPY). */
  requirementFiles: string[];
  /** Repo files its `-c` arguments (and PIP_CONSTRAINT) resolve to, in order; undefined where no COPY says. */
  constraintFiles: (string | undefined)[];
  /** A `-c` on the command line, through PIP_CONSTRAINT, or inside one of its requirement files. */
  constrained: boolean;
  /** One of its constraints is the central file. */
  central: boolean;
}

export interface RequirementFile {
  path: string;
  kind: 'requirements' | 'constraints' | 'pyproject';
  /** Files it includes: `-r` (requirement) and `-c` (constraint). */
  includes: { path: string; kind: 'requirement' | 'constraint' }[];
  /** Images (names) that install it, directly or through -r includes. */
  images: string[];
  /** Services that build those images. */
  services: string[];
}

export interface WorkspaceOccurrence extends Occurrence {
  /** A label of the file's first consumer (service id, else image name), for messages. */
  service?: string;
}

/** A problem of the model itself: a tag Docker refuses, two images under one tag, a missing Dockerfile. */
export interface ModelIssue {
  rule: 'missing-dockerfile' | 'image-tag-collision' | 'invalid-image-tag';
  message: string;
  location: Location;
}

/** An image declared in config whose Dockerfile is not in the repository. */
export interface MissingImage {
  name: string;
  dockerfile: string;
  /** Images whose FROM names it. */
  referencedBy: string[];
}

/** A FROM that more than one image of the repository could satisfy; left external until config settles it. */
export interface Ambiguity {
  file: string;
  line: number;
  reference: string;
  candidates: string[];
  /** The config that settles it, in words. */
  settle: string;
}

export interface Workspace {
  files: ParsedFile[];
  projects: ComposeProject[];
  /** Compose services, sorted by id. */
  services: Service[];
  /** Images, sorted by name. */
  images: Image[];
  /** Config images whose Dockerfile is missing. */
  missingImages: MissingImage[];
  requirementFiles: Map<string, RequirementFile>;
  /**
   * Consumers of each file, as labels: service ids, names of images no service builds, and the file
   * itself when nothing installs it (a library's requirements still count as someone's install).
   */
  consumers: Map<string, Set<string>>;
  /** Every requirement found, constraints included, in file order. */
  occurrences: WorkspaceOccurrence[];
  constraintsFile?: string;
  /** Central pins by normalized name (several when markers split them). */
  pins: Map<string, WorkspaceOccurrence[]>;
  /** Every install site of every image. */
  installs: InstallSite[];
  /** Dockerfile inline pins (`file:line:column`) that the central file governs: the bump rewrites them. */
  governedPins: Set<string>;
  issues: SourceIssue[];
  modelIssues: ModelIssue[];
  ambiguities: Ambiguity[];
  /** Other things a maintainer should know (a context guessed among several, missing COPY sources). */
  warnings: string[];
  skipped: LoadedRepository['skipped'];
}

/** What rebuild planning needs of an image. */
export type ImageNode = Pick<Image, 'name' | 'dockerfile' | 'context' | 'repository' | 'bases' | 'baseFroms' | 'externalBases' | 'inferred'>;

/** The images and their FROM edges, as rebuild planning reads them. */
export interface ImageGraph {
  /** Sorted by name. */
  nodes: Image[];
  missing: MissingImage[];
  warnings: string[];
}

export function imageGraph(workspace: Workspace): ImageGraph {
  return { nodes: workspace.images, missing: workspace.missingImages, warnings: workspace.warnings };
}
