// unconstrained: a package that several services install has no central pin, so each drifts on its own.
import { describeConsumers } from './consumers.js';
import type { Rule } from './types.js';
import type { WorkspaceOccurrence } from '../model/types.js';

// Installer bootstrap tools are upgraded in place by most Dockerfiles; pinning them is a separate policy.
const BOOTSTRAP = new Set(['pip', 'setuptools', 'wheel']);

export const checkUnconstrained: Rule = (ws, config) => {
  if (!ws.constraintsFile) return [];
  const users = new Map<string, { services: Set<string>; first: WorkspaceOccurrence }>();
  for (const o of ws.occurrences) {
    if (o.origin === 'constraints' || BOOTSTRAP.has(o.name) || ws.pins.has(o.name)) continue;
    const entry = users.get(o.name) ?? { services: new Set<string>(), first: o };
    for (const service of ws.consumers.get(o.location.file) ?? (o.service ? [o.service] : [])) entry.services.add(service);
    users.set(o.name, entry);
  }
  const out: ReturnType<Rule> = [];
  for (const [name, { services, first }] of users) {
    if (services.size < config.sharedMinServices) continue;
    out.push({
      rule: 'unconstrained',
      package: name,
      location: first.location,
      service: first.service,
      specifier: first.specifier,
      consumers: [...services].sort(),
      message: `${name} is installed by ${describeConsumers(ws, [...services])} but has no pin in ${ws.constraintsFile}. Add one line, e.g. ${name}==<version>, so they all get the same version.`,
    });
  }
  return out;
};
