// Names and registry repositories of images. A name is unique; a repository is a valid Docker
// reference, never shared by two images and never the image an image is built FROM. Where that
// cannot hold, a finding says so and the image gets no repository: nothing is pushed under it. Pure.
import { posix } from 'node:path';
import type { Location } from '../model.js';
import { imageNameOf } from './dockerfile-name.js';
import { depth } from './paths.js';
import { parseRepository, referenceProblem, stripTag } from './image-ref.js';
import { fromReferences, type ImageDraft } from './images.js';
import { reachableStages } from './image-paths.js';
import type { ModelIssue } from './types.js';

export interface NamingConfig {
  /** Registry host for images compose and config leave without one, e.g. ghcr.io. */
  registry?: string;
  /** Namespace (organisation) under the registry, e.g. acme. */
  namespace?: string;
}

/** Names and repositories; run `dropCollisions` once FROM edges may have named more repositories. */
export function nameImages(images: ImageDraft[], config: NamingConfig): ModelIssue[] {
  const issues: ModelIssue[] = assignNames(images);
  for (const image of images) assignRepository(image, config, issues);
  return issues;
}

/**
 * Config key, else the first compose service's name, else the Dockerfile's; collisions qualified by
 * folder. Two Dockerfiles named alike by their file names: the one that lost the name is reported.
 */
function assignNames(images: ImageDraft[]): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const wanted = new Map<string, ImageDraft[]>();
  for (const image of images) {
    const name = image.configName ?? serviceName(image) ?? imageNameOf(image.dockerfile);
    wanted.set(name, [...(wanted.get(name) ?? []), image]);
  }
  const taken = new Set<string>();
  const later: ImageDraft[] = [];
  for (const [name, group] of wanted) {
    // One keeps the plain name: the configured one, else the only base image among them.
    const keeper = group.length === 1 ? group[0] : (group.find((i) => i.configName === name) ?? single(group.filter((i) => i.governed)));
    if (keeper) {
      keeper.name = name;
      taken.add(name);
    }
    for (const image of group) if (image !== keeper) later.push(image);
  }
  for (const image of later.sort((a, b) => a.id.localeCompare(b.id))) {
    image.name = qualifiedName(image, taken);
    taken.add(image.name);
    const wantedName = imageNameOf(image.dockerfile);
    const holder = images.find((i) => i !== image && i.name === wantedName);
    if (image.services.length === 0 && image.configName === undefined && holder) {
      issues.push({
        rule: 'image-tag-collision',
        location: { file: image.dockerfile, line: 1, column: 1 },
        message: `${image.dockerfile} would be the image ${wantedName}, like ${holder.dockerfile}${holder.governed ? ' (the base image, which keeps the name)' : ''}; monopin calls it ${image.name}. Name it in config images, or rename the file`,
      });
    }
  }
  return issues;
}

function serviceName(image: ImageDraft): string | undefined {
  const id = [...image.services].sort((a, b) => depth(a) - depth(b) || a.localeCompare(b))[0];
  return id?.slice(id.lastIndexOf('/') + 1);
}

function single<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/** A compose image takes its service id (`deploy/prod/web` → deploy-prod-web); others prefix folders, nearest first, until unique. */
function qualifiedName(image: ImageDraft, taken: ReadonlySet<string>): string {
  const candidates: string[] = [];
  if (image.services.length > 0) candidates.push(slug(image.services[0]!.replace(/\//g, '-')));
  let name = imageNameOf(image.dockerfile);
  for (const folder of posix.dirname(image.dockerfile).split('/').reverse()) {
    if (folder === '.' || folder === '' || folder === name || name.startsWith(`${folder}-`)) continue;
    name = slug(`${folder}-${name}`);
    candidates.push(name);
  }
  const found = candidates.find((c) => !taken.has(c));
  if (found) return found;
  const plain = candidates[candidates.length - 1] ?? slug(name);
  let n = 2;
  while (taken.has(`${plain}-${n}`)) n++;
  return `${plain}-${n}`;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-._]+|[-._]+$/g, '') || 'image';
}

function assignRepository(image: ImageDraft, config: NamingConfig, issues: ModelIssue[]): void {
  const where = (ref?: { location: Location }): Location => ref?.location ?? { file: image.dockerfile, line: 1, column: 1 };
  for (const ref of image.composeRefs) {
    const problem = referenceProblem(ref.value);
    if (problem) {
      const unset = ref.unset.length > 0 ? ` (${ref.unset.join(', ')} not set in the project's .env)` : '';
      issues.push({
        rule: 'invalid-image-tag',
        location: ref.location,
        message: `service ${ref.service}: image '${ref.value}'${unset} is not a valid Docker reference: ${problem}; monopin will not push ${image.name} under it`,
      });
      continue;
    }
    if (!image.tags.includes(ref.value)) image.tags.push(ref.value);
  }
  const compose = image.tags[0];
  let repository: string | undefined;
  if (image.configRepository) repository = image.configRepository;
  else if (compose) repository = withRegistry(stripTag(compose), config);
  else if (image.composeRefs.length === 0 || config.registry || config.namespace) {
    repository = defaultRepository(image.name, config);
    image.defaultRepository = true;
  }
  if (repository === undefined) return;
  repository = repository.toLowerCase();
  const problem = referenceProblem(repository);
  if (problem) {
    issues.push({ rule: 'invalid-image-tag', location: where(image.composeRefs[0]), message: `image ${image.name}: '${repository}' is not a valid Docker reference: ${problem}` });
    return;
  }
  // Never the image it is built FROM: pushing it would overwrite its own base.
  const own = parseRepository(repository)!.full;
  const stages = reachableStages(image.info, image.target);
  const from = image.info.froms.find((f, i) => stages.has(i) && !f.isStage && fromReferences(image, f).some((r) => parseRepository(r)?.full === own));
  if (from) {
    issues.push({
      rule: 'image-tag-collision',
      location: from.location,
      message: `image ${image.name} (${image.dockerfile}) would be pushed as ${repository}, the image it is built FROM; name it in config images (repository) or compose image:`,
    });
    return;
  }
  setRepository(image, repository);
}

export function setRepository(image: ImageDraft, repository: string): void {
  if (image.repository) image.tags = image.tags.filter((t) => stripTag(t).toLowerCase() !== image.repository);
  image.repository = repository;
  if (!image.tags.some((t) => stripTag(t).toLowerCase() === repository)) image.tags.push(repository);
}

/** With `registry`/`namespace` in config, a name without a registry goes there instead of Docker Hub. */
function withRegistry(repository: string, config: NamingConfig): string {
  const ref = parseRepository(repository);
  if (!ref || !ref.implicitRegistry || (!config.registry && !config.namespace)) return repository;
  return defaultRepository(ref.last, config);
}

function defaultRepository(name: string, config: NamingConfig): string {
  return [config.registry, config.namespace, name].filter((p) => p !== undefined && p !== '').join('/');
}

/** Two images under one repository: neither is pushed under it. */
export function dropCollisions(images: ImageDraft[], issues: ModelIssue[]): void {
  const byRepository = new Map<string, ImageDraft[]>();
  for (const image of images) {
    if (!image.repository) continue;
    const key = parseRepository(image.repository)!.full;
    byRepository.set(key, [...(byRepository.get(key) ?? []), image]);
  }
  for (const group of byRepository.values()) {
    if (group.length < 2) continue;
    const names = group.map((i) => `${i.name} (${i.dockerfile})`).join(', ');
    for (const image of group) {
      issues.push({
        rule: 'image-tag-collision',
        location: image.composeRefs[0]?.location ?? { file: image.dockerfile, line: 1, column: 1 },
        message: `${group.length} images would be pushed as ${image.repository}: ${names}; give each its own image: name (compose) or repository (config images); none is pushed under it`,
      });
    }
    for (const image of group) {
      const repository = image.repository!;
      image.tags = image.tags.filter((t) => stripTag(t).toLowerCase() !== repository);
      delete image.repository;
    }
  }
}
