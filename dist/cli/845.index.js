export const id = 845;
export const ids = [845,226];
export const modules = {

/***/ 2226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NU: () => (/* binding */ defaultSeverity),
/* harmony export */   Np: () => (/* binding */ bySeverity),
/* harmony export */   RULE_IDS: () => (/* binding */ RULE_IDS),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   hn: () => (/* binding */ REPO_URL),
/* harmony export */   y0: () => (/* binding */ RULES),
/* harmony export */   zZ: () => (/* binding */ ruleIndex)
/* harmony export */ });
/* unused harmony export ruleMeta */
const REPO_URL = 'https://github.com/monopin/monopin';
const helpUri = (id) => `${REPO_URL}#rule-${id}`;
// Keyed by RuleId so a new rule id fails to compile until it is described here.
const META = {
    conflict: {
        name: 'Conflict',
        shortDescription: 'A requirement excludes the version pinned in the central constraints file',
        fullDescription: 'A service asks for a version range that does not contain the central pin, so `pip install -c <constraints>` cannot succeed, or the service silently runs another version than the rest of the monorepo.',
        help: 'Widen or drop the specifier so it accepts the central pin (for example `pydantic>=2` instead of `pydantic<2`), or change the pin in the constraints file if every service can move.',
        defaultSeverity: 'error',
        tags: ['dependencies', 'python', 'constraints'],
    },
    'inline-pin-mismatch': {
        name: 'InlinePinMismatch',
        shortDescription: 'A Dockerfile pins another version than the central constraints file',
        fullDescription: 'A `pip install pkg==X` inside a Dockerfile pins a version that differs from the central pin, so the image drifts from every other service.',
        help: 'Pin the same version as the constraints file, or drop the inline pin and install with `-c <constraints>`.',
        defaultSeverity: 'error',
        tags: ['dependencies', 'python', 'docker'],
    },
    unconstrained: {
        name: 'Unconstrained',
        shortDescription: 'A package shared by several services has no central pin',
        fullDescription: 'Several services depend on this package but the central constraints file does not pin it, so each service may resolve a different version.',
        help: 'Add one `pkg==X` line for the package to the central constraints file.',
        defaultSeverity: 'warning',
        tags: ['dependencies', 'python', 'constraints'],
    },
    'missing-constraints-flag': {
        name: 'MissingConstraintsFlag',
        shortDescription: 'A `pip install -r` in a Dockerfile does not use the central constraints file',
        fullDescription: 'The install reads a requirements file without `-c <constraints>`, so the central pins do not apply to this image.',
        help: 'Add `-c <path to the constraints file>` to the `pip install` command.',
        defaultSeverity: 'warning',
        tags: ['dependencies', 'python', 'docker'],
    },
    'duplicate-constraint': {
        name: 'DuplicateConstraint',
        shortDescription: 'The constraints file pins the same package more than once',
        fullDescription: 'Two lines of the central constraints file (or files it includes) constrain the same package; pip applies both, which is confusing at best and unsatisfiable at worst.',
        help: 'Keep one line per package in the constraints file.',
        defaultSeverity: 'warning',
        tags: ['dependencies', 'python', 'constraints'],
    },
    'unused-constraint': {
        name: 'UnusedConstraint',
        shortDescription: 'The constraints file pins a package no service uses',
        fullDescription: 'No requirements file, Dockerfile or pyproject in the repository depends on this package directly.',
        help: 'Remove the line if the package is not a transitive dependency you mean to pin.',
        defaultSeverity: 'note',
        tags: ['dependencies', 'python', 'constraints'],
    },
    'parse-error': {
        name: 'ParseError',
        shortDescription: 'A line could not be parsed',
        fullDescription: 'The line is not a valid requirement or option in pip’s format, so pip would reject it and monopin cannot check it.',
        help: 'Fix the line so that pip accepts it.',
        defaultSeverity: 'error',
        tags: ['python', 'syntax'],
    },
    'include-error': {
        name: 'IncludeError',
        shortDescription: 'A `-r` or `-c` include is missing, cyclic, or outside the repository',
        fullDescription: 'An included requirements or constraints file cannot be read: it does not exist, it includes itself through a cycle, or its path leaves the repository root.',
        help: 'Point the include at an existing file inside the repository and break any cycle.',
        defaultSeverity: 'error',
        tags: ['python', 'syntax'],
    },
    'shell-redirect-in-specifier': {
        name: 'ShellRedirectInSpecifier',
        shortDescription: 'An unquoted `>` or `<` in a shell `pip install` is a redirect, not a specifier',
        fullDescription: 'In `RUN pip install pkg>=1.0` the shell reads `>=1.0` as an output redirect: pip installs any version of `pkg` and a file named `=1.0` appears in the image.',
        help: 'Quote the requirement: `pip install "pkg>=1.0"`.',
        defaultSeverity: 'error',
        tags: ['python', 'docker', 'syntax'],
    },
    'invalid-constraint': {
        name: 'InvalidConstraint',
        shortDescription: 'A line of the constraints file is not a valid constraint',
        fullDescription: 'pip rejects constraints with extras, editable installs and unnamed requirements, so this line breaks every install that uses the constraints file.',
        help: 'Write the constraint as a plain `name==version` (no extras, no `-e`).',
        defaultSeverity: 'error',
        tags: ['python', 'constraints', 'syntax'],
    },
    'missing-dockerfile': {
        name: 'MissingDockerfile',
        shortDescription: 'A compose service builds a Dockerfile that is not in the repository',
        fullDescription: 'The service’s `build:` points at a context or Dockerfile that does not exist, so `docker compose build` fails and monopin cannot tell what the service installs.',
        help: 'Fix `build.context` (relative to the compose file) or `build.dockerfile` (relative to the context), or remove the build.',
        defaultSeverity: 'warning',
        tags: ['docker', 'compose'],
    },
    'image-tag-collision': {
        name: 'ImageTagCollision',
        shortDescription: 'Two images would be pushed under one name, or an image under the name of its own base',
        fullDescription: 'Two different Dockerfiles (or targets) are named the same image, or an image would be pushed as the image it is built FROM: each rebuild would overwrite the other. monopin pushes neither under that name.',
        help: 'Give each image its own `image:` in compose or `repository` in config `images:`.',
        defaultSeverity: 'warning',
        tags: ['docker', 'images'],
    },
    'invalid-image-tag': {
        name: 'InvalidImageTag',
        shortDescription: 'An image name is not a valid Docker reference',
        fullDescription: 'After compose interpolation (with the project’s `.env`), the name is not `[registry/]name[:tag]` as Docker accepts it, for example an unset variable leaves `acme/web:`. monopin does not push under it.',
        help: 'Set the variable in the project’s `.env` or give it a default (`${VERSION:-latest}`), and use lowercase repository names.',
        defaultSeverity: 'error',
        tags: ['docker', 'images', 'compose'],
    },
    'vulnerable-pin': {
        name: 'VulnerablePin',
        shortDescription: 'A pinned version has a published security advisory',
        fullDescription: 'An exact pin (central constraints, an inline Dockerfile pin, `==` in a requirements file or pyproject), or a range that allows only affected versions, installs a version that an OSV advisory (GitHub, PyPA, CVE) lists as vulnerable.',
        help: 'Move the pin to a fixed version: the weekly bump (or `monopin bump --security-only`) proposes the lowest release that fixes every advisory and that every consumer accepts. If the advisory does not apply, list it under `ignore-advisories` with a reason.',
        defaultSeverity: 'error',
        tags: ['security', 'vulnerability', 'dependencies', 'python'],
    },
    'no-constraints': {
        name: 'NoConstraints',
        shortDescription: 'The repository has no central constraints file',
        fullDescription: 'No file was named as the central constraints file (`--constraints` or config `constraints:`), and none was found by name or by `pip install -c` use, so no pin is checked and every service resolves its own versions.',
        help: 'Create one (for example `constraints.txt` with one `pkg==X` line per shared package) and name it with `--constraints` or `constraints:` in `.github/monopin.yml`, or install with `pip install -c <file>` so it is found. Turn the rule off with `rules: { no-constraints: off }` if the repository does not want one.',
        defaultSeverity: 'warning',
        tags: ['dependencies', 'python', 'constraints'],
    },
};
/** Every rule, in a fixed order (SARIF `ruleIndex` points into this array). */
const RULES = Object.keys(META).map((id) => ({
    id,
    helpUri: helpUri(id),
    ...META[id],
}));
const RULE_IDS = RULES.map((r) => r.id);
function ruleMeta(id) {
    const index = RULE_IDS.indexOf(id);
    const rule = RULES[index];
    if (!rule)
        throw new Error(`unknown rule id: ${String(id)}`);
    return rule;
}
function ruleIndex(id) {
    return RULE_IDS.indexOf(id);
}
/** The severity a check gives a finding unless the configuration overrides it. */
function defaultSeverity(id) {
    return META[id].defaultSeverity;
}
const SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
/** Vulnerable pins first, then errors, warnings, notes; ties keep their order (Array.prototype.sort is stable). */
function bySeverity(findings) {
    const security = (f) => (f.rule === 'vulnerable-pin' ? 0 : 1);
    return [...findings].sort((a, b) => security(a) - security(b) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}


/***/ })

};
