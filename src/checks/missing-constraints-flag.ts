// missing-constraints-flag: `pip install -r` in a Dockerfile without `-c`: the central pins do not apply.
import type { Rule } from './types.js';

export const checkMissingConstraintsFlag: Rule = (ws) => {
  if (!ws.constraintsFile) return [];
  return ws.installs
    .filter((site) => site.install.requirementFiles.length > 0 && !site.constrained)
    .map((site) => ({
      rule: 'missing-constraints-flag' as const,
      location: site.install.location,
      service: site.service,
      message: `pip install -r ${site.install.requirementFiles.map((r) => r.path).join(' -r ')} runs without -c, so ${ws.constraintsFile} does not apply. COPY it into the image and add -c <path>, or set ENV PIP_CONSTRAINT.`,
    }));
};
