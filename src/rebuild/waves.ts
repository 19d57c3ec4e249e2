// Rebuild order: Kahn levels over the FROM graph. Every image of a wave has its bases built in
// earlier waves, so a wave builds in parallel (a matrix job per wave). Pure.
import type { ImageNode, MissingImage } from '../model/types.js';

export class ImageCycleError extends Error {
  /**
   * @param cycle `[a, b, a]`: each is the base of the next
   * @param froms where each FROM of the cycle is written (`docker/b.Dockerfile:2 FROM acme/a`), in cycle order
   */
  constructor(
    readonly cycle: string[],
    readonly froms: string[] = [],
  ) {
    const where = froms.length > 0 ? `: ${froms.join('; ')} — change one of these FROMs` : '';
    super(`images build FROM each other in a cycle: ${cycle.join(' → ')} (each is the base of the next)${where}`);
    this.name = 'ImageCycleError';
  }
}

export class MissingBaseError extends Error {
  constructor(readonly missing: { name: string; dockerfile: string; referencedBy: string[] }[]) {
    super(
      missing
        .map((m) => `image ${m.name} (FROM in ${m.referencedBy.join(', ')}) is declared in config images with dockerfile ${m.dockerfile}, which does not exist`)
        .join('; '),
    );
    this.name = 'MissingBaseError';
  }
}

export type WaveOrder = 'late' | 'early';

/**
 * Kahn levels over the FROM graph, sorted by name inside a wave.
 *
 * `late` (the default) peels from the leaves: each image builds in the wave just before the first
 * image built on it, so base images come first and every leaf (the services) builds in the last
 * wave, e.g. `[[python-base], [ai-base, security-base], [agent, api, …]]`. `early` builds each image
 * as soon as its bases are ready (`api` FROM python-base joins ai-base's wave). Both take as many
 * waves as the longest FROM chain.
 *
 * @param only rebuild just these images; bases outside it count as built.
 * @throws ImageCycleError, MissingBaseError
 */
export function rebuildWaves<N extends ImageNode>(graph: { nodes: N[]; missing: MissingImage[] }, options: { only?: Iterable<string>; order?: WaveOrder } = {}): N[][] {
  const missing = graph.missing.filter((m) => m.referencedBy.length > 0);
  if (missing.length > 0) throw new MissingBaseError(missing);
  // Cycles are errors even among images left out of the selection: the graph itself is wrong.
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const cycle = findCycle(graph.nodes);
  if (cycle) throw new ImageCycleError(cycle, cycleFroms(cycle, byName));

  const selected = new Set([...(options.only ?? byName.keys())].filter((n) => byName.has(n)));
  const late = (options.order ?? 'late') === 'late';
  // Early: wait for bases. Late: peel images nothing (selected) is built on, then reverse.
  const pending = new Map<string, Set<string>>([...selected].map((name) => [name, new Set<string>()]));
  for (const name of selected) {
    for (const base of byName.get(name)!.bases) {
      if (!selected.has(base)) continue;
      if (late) pending.get(base)!.add(name);
      else pending.get(name)!.add(base);
    }
  }
  const waves: N[][] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(([, waits]) => waits.size === 0).map(([name]) => name).sort();
    for (const name of ready) pending.delete(name);
    for (const waits of pending.values()) for (const name of ready) waits.delete(name);
    waves.push(ready.map((name) => byName.get(name)!));
  }
  return late ? waves.reverse() : waves;
}

/** The first cycle found as `[a, b, a]`: each is the base of the next, starting from the smallest name. */
export function findCycle(nodes: ImageNode[]): string[] | undefined {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    state.set(name, 'open');
    stack.push(name);
    for (const base of byName.get(name)?.bases ?? []) {
      if (!byName.has(base)) continue;
      if (state.get(base) === 'open') return baseFirst(stack.slice(stack.indexOf(base)));
      if (!state.has(base)) {
        const found = visit(base);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const name of [...byName.keys()].sort()) {
    if (state.has(name)) continue;
    const found = visit(name);
    if (found) return found;
  }
  return undefined;
}

/** For each step base → image of the cycle: the image's Dockerfile, the FROM line, the reference as written. */
function cycleFroms(cycle: string[], byName: Map<string, ImageNode>): string[] {
  return cycle.slice(1).map((name, i) => {
    const node = byName.get(name)!;
    const from = node.baseFroms?.find((f) => f.base === cycle[i]);
    return from ? `${node.dockerfile}:${from.line} FROM ${from.image}` : `${node.dockerfile} FROM ${cycle[i]}`;
  });
}

/** `built FROM` order → `base of` order, rotated to start at the smallest name, closed. */
function baseFirst(path: string[]): string[] {
  const ring = [...path].reverse();
  const start = ring.indexOf([...ring].sort()[0]!);
  const rotated = [...ring.slice(start), ...ring.slice(0, start)];
  return [...rotated, rotated[0]!];
}
