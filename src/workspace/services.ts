// Which service owns each file (DESIGN.md): a compose service's build context and Dockerfile,
// else the nearest folder with a Dockerfile, else the file's own folder.
import { posix } from 'node:path';
import type { ParsedFile } from '../load.js';
import type { ComposeService } from '../sources/types.js';

export interface ServiceDraft {
  name: string;
  root: string;
  dockerfiles: string[];
  files: string[];
  image?: string;
  dependents: number;
  /** Build context of each Dockerfile of this service, repo-relative ('' = root). */
  contexts: Map<string, string>;
}

export interface ComposeBuild {
  service: ComposeService;
  composeFile: string;
  context?: string;
  dockerfile?: string;
}

export function dirOf(path: string): string {
  const d = posix.dirname(path);
  return d === '.' ? '' : d;
}

export function joinPath(...parts: string[]): string {
  const joined = posix.normalize(posix.join(...parts.filter((p) => p !== '')));
  return joined === '.' ? '' : joined.replace(/^\.\//, '').replace(/\/$/, '');
}

export function composeBuilds(files: ParsedFile[]): ComposeBuild[] {
  const builds: ComposeBuild[] = [];
  for (const file of files) {
    if (file.kind !== 'compose') continue;
    for (const service of file.parsed.services) {
      if (service.context === undefined) {
        builds.push({ service, composeFile: file.path });
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(service.context)) {
        builds.push({ service, composeFile: file.path });
        continue;
      }
      const context = joinPath(dirOf(file.path), service.context);
      const dockerfile = joinPath(context, service.dockerfile ?? 'Dockerfile');
      builds.push({ service, composeFile: file.path, context, dockerfile });
    }
  }
  return builds;
}

/** `python-base.Dockerfile`, `Dockerfile.python-base` → python-base; `svc/Dockerfile` → svc. */
export function imageNameOf(dockerfile: string): string {
  const base = posix.basename(dockerfile);
  const m = /^(?:Dockerfile|Containerfile)[.-](.+)$/i.exec(base) ?? /^(.+)\.(?:Dockerfile|dockerfile|Containerfile)$/.exec(base);
  if (m) return m[1]!;
  const dir = dirOf(dockerfile);
  return dir === '' ? 'root' : posix.basename(dir);
}

export class ServiceRegistry {
  private readonly byName = new Map<string, ServiceDraft>();
  private readonly byKey = new Map<string, ServiceDraft>();

  /** The service for `key` (a compose service or a folder), created once; names stay unique. */
  ensure(key: string, name: string, root: string): ServiceDraft {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    let unique = name;
    if (this.byName.has(unique)) unique = root === '' ? `${name} (root)` : root;
    for (let i = 2; this.byName.has(unique); i++) unique = `${name}-${i}`;
    const draft: ServiceDraft = { name: unique, root, dockerfiles: [], files: [], dependents: 0, contexts: new Map() };
    this.byName.set(unique, draft);
    this.byKey.set(key, draft);
    return draft;
  }

  get(key: string): ServiceDraft | undefined {
    return this.byKey.get(key);
  }

  all(): ServiceDraft[] {
    return [...this.byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
