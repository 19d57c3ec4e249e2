// missing-constraints-flag: `pip install -r` in a Dockerfile without `-c`: the central pins do not apply.
import { firstConsumer } from './consumers.js';
import type { Rule } from './types.js';

export const checkMissingConstraintsFlag: Rule = (ws) => {
  if (!ws.constraintsFile) return [];
  // A Dockerfile built as several images (targets, contexts) has its installs once per image: report each once.
  const seen = new Set<string>();
  return ws.installs
    .filter((site) => site.install.requirementFiles.length > 0 && !site.constrained)
    .filter((site) => {
      const key = `${site.install.location.file}:${site.install.location.line}:${site.install.location.column}`;
      return !seen.has(key) && seen.add(key) !== undefined;
    })
    .map((site) => ({
      rule: 'missing-constraints-flag' as const,
      location: site.install.location,
      service: firstConsumer(ws, site.dockerfile),
      message: `pip install -r ${site.install.requirementFiles.map((r) => r.path).join(' -r ')} runs without -c, so ${ws.constraintsFile} does not apply. COPY it into the image and add -c <path>, or set ENV PIP_CONSTRAINT.`,
    }));
};
