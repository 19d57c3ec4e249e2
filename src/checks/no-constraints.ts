// no-constraints: no central constraints file was named or found, so nothing below is checked; without
// this finding such a repository would pass silently ("Findings (0)"). The root has no file to point
// at, so the finding sits on line 1 of the first requirements file (else the first file installing a package).
import type { Rule } from './types.js';

export const checkNoConstraints: Rule = (ws) => {
  if (ws.constraintsFile) return [];
  const anchor = [...ws.requirementFiles.keys()].sort()[0] ?? ws.occurrences[0]?.location.file;
  // Nothing installs a Python package: there is nothing to constrain.
  if (anchor === undefined) return [];
  return [
    {
      rule: 'no-constraints',
      location: { file: anchor, line: 1, column: 1 },
      message:
        'No central constraints file: none was named and none was found by name or by `pip install -c` use, so no pin was checked. Name one with --constraints FILE or `constraints: FILE` in .github/monopin.yml (or rules: { no-constraints: off } if the repository has none on purpose).',
    },
  ];
};
