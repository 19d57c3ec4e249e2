// inline-pin-mismatch: a Dockerfile pins a version in `pip install` other than the central pin.
import type { Rule } from './types.js';
import { sameVersion } from '../pep/version.js';
import { exactVersion } from './pins.js';
import { Repeats } from './repeats.js';

export const checkInlinePins: Rule = (ws) => {
  const out: ReturnType<Rule> = [];
  const repeats = new Repeats<ReturnType<Rule>[number]>();
  for (const o of ws.occurrences) {
    if (o.origin !== 'dockerfile' || repeats.repeatOf(o)) continue;
    const version = exactVersion(o.specifier);
    if (version === undefined) continue;
    const pinned = (ws.pins.get(o.name) ?? []).map((p) => ({ p, v: exactVersion(p.specifier) })).filter((x) => x.v !== undefined);
    if (pinned.length === 0 || pinned.some((x) => sameVersion(x.v!, version))) continue;
    const { p, v } = pinned[0]!;
    out.push(repeats.remember(o, {
      rule: 'inline-pin-mismatch',
      package: o.name,
      location: o.location,
      service: o.service,
      specifier: o.specifier,
      pin: p.specifier,
      message: `${o.text} is pinned inline, but the central pin is ${o.name}==${v} (${p.location.file}:${p.location.line}). Change it to ${o.rawName}${o.extras.length ? `[${o.extras.join(',')}]` : ''}==${v}, or install with -c and no version.`,
    }));
  }
  return out;
};
