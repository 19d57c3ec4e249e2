// What each source parser returns. Parsers are pure: (content, path) → one of these.
import type { Location, Occurrence, SourceIssue } from '../model.js';

/** A `-r`/`-c` include as written; the loader resolves `target` against the including file. */
export interface IncludeRef {
  kind: 'requirement' | 'constraint';
  /** Path or URL as written, after `${VAR}` expansion. */
  target: string;
  location: Location;
}

/** A requirements file (pip's format), includes not yet followed. */
export interface RequirementsFile {
  path: string;
  /** Requirements in file order; `origin` is 'requirements' and `viaConstraint` false until the loader says otherwise. */
  occurrences: Occurrence[];
  includes: IncludeRef[];
  /** Global options, e.g. `{ name: '--index-url', value: 'https://…', location }`. */
  options: { name: string; value?: string; location: Location }[];
  /** Requirements with no name (local paths, bare URLs): legal for pip, refused by pip in a constraints file. */
  unnamed: { text: string; location: Location; editable: boolean }[];
  issues: SourceIssue[];
}

export interface FromRef {
  /** Image reference after ARG substitution, e.g. `python:3.12-slim`, `ghcr.io/org/python-base:latest`, or a stage name. */
  image: string;
  /** The text before substitution. */
  raw: string;
  /** The `AS name` of this stage, normalized to lowercase. */
  stageName?: string;
  /** True when `image` names an earlier stage of this Dockerfile. */
  isStage: boolean;
  platform?: string;
  location: Location;
}

export interface CopyRef {
  /** Source paths as written (relative to the build context), `--from` copies excluded. */
  sources: string[];
  destination: string;
  /** WORKDIR in force at this instruction, to resolve relative destinations. */
  workdir: string;
  location: Location;
  /** Index in `froms` of the stage this instruction belongs to. */
  stage: number;
}

/** `COPY --from=<stage or image> src… dest`: files from another stage (or an image), not the context. */
export interface StageCopyRef extends CopyRef {
  /** The `--from` value as written after ARG expansion: a stage name (lowercased), a stage index, or an image. */
  from: string;
}

/** One `pip install` / `uv pip install` command in a RUN. */
export interface PipInstall {
  tool: 'pip' | 'uv';
  location: Location;
  /** `-r` files as written (paths inside the image, or relative to WORKDIR). */
  requirementFiles: { path: string; location: Location }[];
  /** `-c` files as written. */
  constraintFiles: { path: string; location: Location }[];
  /** Packages named on the command line, origin 'dockerfile'. */
  packages: Occurrence[];
  noCompile: boolean;
  /** WORKDIR in force at this RUN. */
  workdir: string;
  /** Index in `froms` of the stage this RUN belongs to. */
  stage: number;
}

export interface DockerfileInfo {
  path: string;
  froms: FromRef[];
  copies: CopyRef[];
  /** `COPY --from` instructions, in file order. */
  stageCopies: StageCopyRef[];
  installs: PipInstall[];
  issues: SourceIssue[];
}

export interface ComposeService {
  name: string;
  /** Build context relative to the compose file's folder, as written; undefined when the service has no build. */
  context?: string;
  /** Dockerfile relative to the context, as written (default `Dockerfile`). */
  dockerfile?: string;
  image?: string;
  dependsOn: string[];
  location: Location;
  /** `build:` as written, key by key, for merging a project's files (`docker compose -f a -f b`). */
  build?: { context?: string; dockerfile?: string; target?: string; inline?: boolean; args?: Record<string, string | null> };
  /** Where `image:` and `build:` are written (the service's location when merged in through `<<`). */
  imageLocation?: Location;
  buildLocation?: Location;
}

export interface ComposeFile {
  path: string;
  /** Top-level `name:`, the compose project name, as written. */
  name?: string;
  services: ComposeService[];
  issues: SourceIssue[];
}

export interface PyprojectFile {
  path: string;
  projectName?: string;
  /** `project.dependencies`, `project.optional-dependencies.*`, `dependency-groups.*`, Poetry tables. Origin 'pyproject'. */
  occurrences: Occurrence[];
  /** Group of each occurrence, same order: 'main', 'optional:NAME', 'group:NAME', 'poetry', 'poetry:GROUP'. */
  groups: string[];
  issues: SourceIssue[];
}
