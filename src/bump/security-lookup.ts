// Asks the advisory source about the central pins for the bump: one batch for the pinned versions,
// one for every advisory of the vulnerable packages (to tell which newer releases are safe).
import type { AdvisorySource, OsvRecord } from '../advisories/types.js';
import { queryKey } from '../advisories/types.js';
import { securityTargets, type SecurityInfo } from './security.js';
import type { PinInput } from './types.js';

export async function lookupSecurity(pins: readonly PinInput[], source: AdvisorySource, ignoreIds: readonly string[]): Promise<Map<string, SecurityInfo>> {
  const atPins = await source.lookup(pins.map((p) => ({ name: p.name, version: p.version })));
  const vulnerable = pins.filter((p) => (atPins.get(queryKey({ name: p.name, version: p.version })) ?? []).length > 0);
  if (vulnerable.length === 0) return new Map();
  const all = await source.lookup(vulnerable.map((p) => ({ name: p.name })));
  const byName = new Map<string, OsvRecord[]>();
  for (const p of vulnerable) {
    // the package's records, plus those found at the pin (a mirror may answer version queries only)
    const records = [...(all.get(p.name) ?? []), ...(atPins.get(queryKey({ name: p.name, version: p.version })) ?? [])];
    byName.set(p.name, [...new Map(records.map((r) => [r.id, r])).values()]);
  }
  return securityTargets(vulnerable, byName, ignoreIds);
}
