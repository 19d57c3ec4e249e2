// Rules about constraints files themselves: duplicate-constraint, unused-constraint, invalid-constraint.
import type { Rule } from './types.js';

export const checkDuplicateConstraints: Rule = (ws) => {
  const out: ReturnType<Rule> = [];
  for (const [name, pins] of ws.pins) {
    const seen = new Map<string, (typeof pins)[number]>();
    for (const p of pins) {
      const key = (p.marker ?? '').replace(/\s+/g, '');
      const first = seen.get(key);
      if (!first) {
        seen.set(key, p);
        continue;
      }
      out.push({
        rule: 'duplicate-constraint',
        package: name,
        location: p.location,
        specifier: p.specifier,
        pin: first.specifier,
        message: `${name} is pinned again (${p.specifier || 'no version'}) after ${first.location.file}:${first.location.line} (${first.specifier || 'no version'}); pip applies both. Keep one line.`,
      });
    }
  }
  return out;
};

export const checkUnusedConstraints: Rule = (ws) => {
  const used = new Set(ws.occurrences.filter((o) => o.origin !== 'constraints').map((o) => o.name));
  const out: ReturnType<Rule> = [];
  for (const [name, pins] of ws.pins) {
    if (used.has(name)) continue;
    out.push({
      rule: 'unused-constraint',
      package: name,
      location: pins[0]!.location,
      specifier: pins[0]!.specifier,
      message: `No service names ${name} directly. Remove the pin unless it holds a transitive dependency on purpose.`,
    });
  }
  return out;
};

export const checkInvalidConstraints: Rule = (ws) => {
  const out: ReturnType<Rule> = [];
  for (const file of ws.files) {
    if (file.kind !== 'constraints') continue;
    for (const u of file.parsed.unnamed) {
      out.push({
        rule: 'invalid-constraint',
        location: u.location,
        message: `${u.text}: ${u.editable ? 'an editable requirement' : 'a requirement without a name (a path or URL)'} is not allowed as a constraint; pip refuses the whole file, so every pip install -c using it fails. Pin it by name: <name>==<version>.`,
      });
    }
  }
  for (const o of ws.occurrences) {
    if (o.origin !== 'constraints') continue;
    const why = o.editable
      ? 'an editable requirement is not allowed as a constraint'
      : o.url
        ? 'a URL or path is not allowed as a constraint'
        : o.extras.length > 0
          ? 'constraints cannot have extras'
          : undefined;
    if (!why) continue;
    out.push({
      rule: 'invalid-constraint',
      package: o.name,
      location: o.location,
      specifier: o.specifier,
      message: `${o.text}: ${why}; pip refuses the whole file, so every pip install -c using it fails. Write it as ${o.name}${o.specifier || '==<version>'}.`,
    });
  }
  return out;
};
