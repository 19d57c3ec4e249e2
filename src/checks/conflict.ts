// conflict: a consumer's specifier excludes the central pin, so `pip install -c` cannot resolve.
import type { Rule } from './types.js';
import { acceptsPin, exactVersion } from './pins.js';
import { Repeats } from './repeats.js';

export const checkConflicts: Rule = (ws) => {
  const out: ReturnType<Rule> = [];
  const repeats = new Repeats<ReturnType<Rule>[number]>();
  for (const o of ws.occurrences) {
    if (o.origin === 'constraints' || o.url || o.specifier === '') continue;
    if (repeats.repeatOf(o)) continue;
    // An exact inline pin in a Dockerfile is inline-pin-mismatch's business.
    if (o.origin === 'dockerfile' && exactVersion(o.specifier) !== undefined) continue;
    const pins = ws.pins.get(o.name);
    if (!pins || pins.length === 0) continue;
    const live = pins.filter((p) => p.specifier !== '' && !p.url);
    // Pins split by markers: only a specifier that excludes all of them conflicts everywhere.
    if (live.length === 0 || live.some((p) => acceptsPin(o.specifier, p.specifier))) continue;
    const pin = live[0]!;
    const pinText = live.map((p) => p.specifier).join(' / ');
    out.push(repeats.remember(o, {
      rule: 'conflict',
      package: o.name,
      location: o.location,
      service: o.service,
      specifier: o.specifier,
      pin: pinText,
      message:
        `${o.rawName}${o.specifier} excludes the central pin ${o.name}${pinText} (${pin.location.file}:${pin.location.line}); ` +
        `pip install -c fails to resolve. Widen the specifier to accept ${pinText.replace(/^={2,3}/, '')}, or drop the version and let the constraints decide.`,
    }));
  }
  return out;
};
