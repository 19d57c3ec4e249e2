// How checks name and count the consumers of a file (services, images no service builds, or the file itself).
import type { Workspace } from '../model/types.js';

/** The label a finding at `file` carries: its first consumer. */
export function firstConsumer(ws: Workspace, file: string): string | undefined {
  for (const label of ws.consumers.get(file) ?? []) return label;
  return undefined;
}

/** "3 services (api, search, worker)", "2 services and 1 image (…)": consumer labels counted by what they are. */
export function describeConsumers(ws: Workspace, labels: readonly string[]): string {
  const services = new Set(ws.services.map((s) => s.id));
  const images = new Set(ws.images.map((i) => i.name));
  let s = 0;
  let i = 0;
  let f = 0;
  for (const label of labels) {
    if (services.has(label)) s++;
    else if (images.has(label)) i++;
    else f++;
  }
  const parts = [count(s, 'service'), count(i, 'image'), count(f, 'file')].filter((p) => p !== '');
  const sorted = [...labels].sort();
  const names = `${sorted.slice(0, 5).join(', ')}${sorted.length > 5 ? ', …' : ''}`;
  return `${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? 'no consumer')} (${names})`;
}

function count(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}
