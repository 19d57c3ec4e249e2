// The drift table: per package, which services ask for which specifiers, and how risky the spread is.
import type { PackageRecord, Risk } from '../report/types.js';
import type { Workspace } from './types.js';

function normalizeSpecifier(specifier: string): string {
  return specifier === '' ? '' : specifier.split(',').sort().join(',');
}

/** Many services on many variants is where a shared upgrade hurts most. */
function riskOf(services: number, variants: number): Risk {
  if (variants <= 1) return 'low';
  if (variants >= 4 || (variants >= 2 && services >= 10)) return 'high';
  return 'medium';
}

export function buildInventory(ws: Workspace): PackageRecord[] {
  const byName = new Map<string, Map<string, Set<string>>>();
  for (const o of ws.occurrences) {
    if (o.origin === 'constraints') continue;
    const variants = byName.get(o.name) ?? new Map<string, Set<string>>();
    const spec = o.url ? `@ ${o.url}` : normalizeSpecifier(o.specifier);
    const services = variants.get(spec) ?? new Set<string>();
    for (const name of ws.consumers.get(o.location.file) ?? [o.service ?? '']) services.add(name);
    variants.set(spec, services);
    byName.set(o.name, variants);
  }
  const records: PackageRecord[] = [];
  for (const [name, variants] of byName) {
    const services = new Set<string>();
    for (const s of variants.values()) for (const name of s) if (name) services.add(name);
    const list = [...variants]
      .map(([specifier, s]) => ({ specifier, services: [...s].filter(Boolean).sort() }))
      .sort((a, b) => b.services.length - a.services.length || a.specifier.localeCompare(b.specifier));
    const pins = ws.pins.get(name);
    records.push({
      name,
      services: [...services].sort(),
      variants: list,
      pin: pins?.map((p) => p.specifier).join(' / ') || undefined,
      risk: riskOf(services.size, list.length),
    });
  }
  return records.sort((a, b) => b.services.length - a.services.length || b.variants.length - a.variants.length || a.name.localeCompare(b.name));
}
