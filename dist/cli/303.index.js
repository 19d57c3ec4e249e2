export const id = 303;
export const ids = [303];
export const modules = {

/***/ 977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ acceptsPin),
/* harmony export */   y: () => (/* binding */ exactVersion)
/* harmony export */ });
/* harmony import */ var _pep_pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8466);
/* harmony import */ var _pep_specifier_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6821);
// PEP 440 questions the rules ask about a central pin.


/** `==1.2.3` or `===1.2.3` → the version; ranges and wildcards → undefined. */
function exactVersion(specifier) {
    const m = /^(===?)([^,*]+)$/.exec(specifier);
    if (!m)
        return undefined;
    return m[1] === '===' || (0,_pep_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidVersion */ .ri)(m[2]) ? m[2] : undefined;
}
/**
 * Does `specifier` accept what the pin allows? For an exact pin, pip's own question: an explicitly
 * pinned pre-release is accepted by ranges (the `==` clause opts the combined set into pre-releases).
 * For a ranged pin, whether any version is in both, tested on the versions they mention and their
 * neighbours — exact for the specifiers people write, a heuristic for exotic ones.
 */
function acceptsPin(specifier, pin) {
    if (specifier === '')
        return true;
    const exact = exactVersion(pin);
    if (exact !== undefined)
        return accepts(exact, specifier);
    return candidateVersions(`${specifier},${pin}`).some((v) => accepts(v, specifier) && accepts(v, pin));
}
// Memoized: a monorepo asks the same (version, specifier) question once per consumer.
const acceptsMemo = new Map();
function accepts(version, specifier) {
    const key = `${version} ${specifier}`;
    let answer = acceptsMemo.get(key);
    if (answer === undefined) {
        answer = computeAccepts(version, specifier);
        if (acceptsMemo.size > 100_000)
            acceptsMemo.clear();
        acceptsMemo.set(key, answer);
    }
    return answer;
}
function computeAccepts(version, specifier) {
    return (0,_pep_specifier_js__WEBPACK_IMPORTED_MODULE_1__/* .specifierContains */ .IK)(specifier, version, { prereleases: true });
}
function candidateVersions(specifiers) {
    const out = new Set();
    for (const clause of specifiers.split(',')) {
        const v = clause.replace(/^[~=!<>]+/, '').replace(/\.\*$/, '');
        if (!(0,_pep_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidVersion */ .ri)(v))
            continue;
        const parts = v.split(/[.+]/).map((p) => Number.parseInt(p, 10)).filter((n) => !Number.isNaN(n));
        out.add(v);
        out.add(`${v}.1`);
        out.add(`${v}.post1`);
        for (let i = 0; i < parts.length; i++) {
            const up = parts.slice(0, i + 1);
            up[i] += 1;
            out.add(up.join('.'));
            if (parts[i] > 0) {
                const down = parts.slice(0, i + 1);
                down[i] -= 1;
                out.add(`${down.join('.')}.999`);
            }
        }
    }
    out.add('0');
    return [...out];
}


/***/ }),

/***/ 2226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NU: () => (/* binding */ defaultSeverity),
/* harmony export */   Np: () => (/* binding */ bySeverity),
/* harmony export */   hn: () => (/* binding */ REPO_URL),
/* harmony export */   y0: () => (/* binding */ RULES),
/* harmony export */   zZ: () => (/* binding */ ruleIndex)
/* harmony export */ });
/* unused harmony exports RULE_IDS, ruleMeta, SEVERITY_RANK */
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


/***/ }),

/***/ 127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ memoized)
/* harmony export */ });
// Real files ask the same few hundred version and specifier questions thousands of times.
/** `compute` remembered per key; the memory is dropped whole when it holds `limit` keys. */
function memoized(compute, limit = 50_000) {
    const memory = new Map();
    return (key) => {
        if (memory.has(key))
            return memory.get(key);
        const value = compute(key);
        if (memory.size >= limit)
            memory.clear();
        memory.set(key, value);
        return value;
    };
}


/***/ }),

/***/ 7729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ normalizeName),
/* harmony export */   u: () => (/* binding */ isValidName)
/* harmony export */ });
// PEP 503 name normalization and PEP 508 name validity.
const NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
function isValidName(name) {
    return NAME.test(name);
}


/***/ }),

/***/ 8466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ withoutLocal),
/* harmony export */   Nk: () => (/* binding */ isPrereleaseVersion),
/* harmony export */   QK: () => (/* binding */ compareVersionStrings),
/* harmony export */   dQ: () => (/* binding */ compareParsed),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   ri: () => (/* binding */ isValidVersion)
/* harmony export */ });
/* unused harmony export formatVersion */
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(127);
// PEP 440 versions as `packaging.version.Version` reads and orders them. Pure.
// The specifier evaluator (specifier.ts) needs the parts (pre, post, dev, local, epoch), not only an
// order, so it parses here instead of asking a library that answers yes/no.

// packaging's VERSION_PATTERN, with its case-insensitive letters spelled out: IGNORECASE without
// re.ASCII must not let a non-ASCII letter (U+0130) through, and JavaScript's /i would.
const VERSION = new RegExp('^\\s*[vV]?' +
    '(?:(\\d+)!)?' + // epoch
    '(\\d+(?:\\.\\d+)*)' + // release
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?' + // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?' + // post-release
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?' + // dev release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?' + // local
    '\\s*$', 'i');
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const PRE_LABELS = { a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', rc: 'rc', pre: 'rc', preview: 'rc' };
/** The version, or undefined when `text` is not PEP 440 (packaging's InvalidVersion). */
const parseVersion = (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memoized */ .x)(parseUncached);
function parseUncached(text) {
    if (!ASCII_ONLY.test(text.trim()))
        return undefined;
    const m = VERSION.exec(text);
    if (m === null)
        return undefined;
    const [, epoch, release, preLabel, preNumber, postDash, postLabel, postNumber, devLabel, devNumber, local] = m;
    const version = { epoch: epoch === undefined ? 0n : BigInt(epoch), release: release.split('.').map(BigInt) };
    if (preLabel !== undefined)
        version.pre = { label: PRE_LABELS[preLabel.toLowerCase()], number: BigInt(preNumber ?? 0) };
    if (postDash !== undefined)
        version.post = BigInt(postDash);
    else if (postLabel !== undefined)
        version.post = BigInt(postNumber ?? 0);
    if (devLabel !== undefined)
        version.dev = BigInt(devNumber ?? 0);
    if (local !== undefined)
        version.local = local.toLowerCase().split(/[-_.]/).map((part) => (/^\d+$/.test(part) ? BigInt(part) : part));
    return version;
}
function isValidVersion(text) {
    return parseVersion(text) !== undefined;
}
/** A pre-release or a dev release, as packaging's `is_prerelease`. */
function isPrereleaseVersion(v) {
    return v.pre !== undefined || v.dev !== undefined;
}
function withoutLocal(v) {
    if (v.local === undefined)
        return v;
    const { local: _local, ...rest } = v;
    return rest;
}
/** The normalized string, as `str(Version(...))`. */
function formatVersion(v) {
    let out = v.epoch !== 0n ? `${v.epoch}!` : '';
    out += v.release.join('.');
    if (v.pre !== undefined)
        out += `${v.pre.label}${v.pre.number}`;
    if (v.post !== undefined)
        out += `.post${v.post}`;
    if (v.dev !== undefined)
        out += `.dev${v.dev}`;
    if (v.local !== undefined)
        out += `+${v.local.join('.')}`;
    return out;
}
const PRE_ORDER = { a: 0, b: 1, rc: 2 };
/** packaging's `_cmpkey` order: <0, 0 or >0. Trailing zeros of the release do not count (1.0 == 1.0.0). */
function compareParsed(a, b) {
    if (a.epoch !== b.epoch)
        return sign(a.epoch, b.epoch);
    const length = Math.max(a.release.length, b.release.length);
    for (let i = 0; i < length; i++) {
        const x = a.release[i] ?? 0n;
        const y = b.release[i] ?? 0n;
        if (x !== y)
            return sign(x, y);
    }
    const d = preKey(a) - preKey(b);
    if (d !== 0)
        return d;
    if (a.pre !== undefined && b.pre !== undefined && a.pre.number !== b.pre.number)
        return sign(a.pre.number, b.pre.number);
    const post = sign(a.post ?? -1n, b.post ?? -1n);
    if (post !== 0)
        return post;
    // No dev part sorts after every dev release.
    if (a.dev !== b.dev)
        return a.dev === undefined ? 1 : b.dev === undefined ? -1 : sign(a.dev, b.dev);
    return compareLocal(a.local, b.local);
}
// A dev release without a pre- or post-release sorts before every pre-release of its release;
// a final (or post) release after all of them.
function preKey(v) {
    if (v.pre !== undefined)
        return PRE_ORDER[v.pre.label];
    if (v.post === undefined && v.dev !== undefined)
        return -1;
    return 3;
}
// No local sorts first; numeric parts sort after alphanumeric ones; a longer local wins a tie.
function sign(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
}
function compareLocal(a, b) {
    if (a === undefined || b === undefined)
        return (a === undefined ? 0 : 1) - (b === undefined ? 0 : 1);
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (typeof x === 'bigint' && typeof y === 'bigint') {
            if (x !== y)
                return sign(x, y);
        }
        else if (typeof x === 'bigint')
            return 1;
        else if (typeof y === 'bigint')
            return -1;
        else if (x !== y)
            return x < y ? -1 : 1;
    }
    return a.length - b.length;
}
/** Orders two version strings; undefined when either is not PEP 440. */
function compareVersionStrings(a, b) {
    const x = parseVersion(a);
    const y = parseVersion(b);
    return x === undefined || y === undefined ? undefined : compareParsed(x, y);
}


/***/ }),

/***/ 6821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IK: () => (/* binding */ specifierContains),
/* harmony export */   J5: () => (/* binding */ isValidSpecifier),
/* harmony export */   xs: () => (/* binding */ isValidSpecifierSet)
/* harmony export */ });
/* unused harmony exports parseSpecifier, parseSpecifierSet */
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(127);
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8466);
// PEP 440 version specifiers (`~=`, `==`, `==X.*`, `!=`, `<`, `<=`, `>`, `>=`, `===`), answered as
// `packaging.specifiers.SpecifierSet.contains` does. Pure.
//
// Which `packaging`: the current one (26.x, the generation whose own test tables
// test/unit/pep-specifier.test.ts replays). pip 23.2 vendors packaging 21.3, and pip up to 25.x
// vendors 24.x/25.0; they answer differently in a few corners, all tested against both in
// test/integration/pep-specifier-oracle.test.ts:
// - `>V` / `<V` near V itself: 21.3 compares base versions, so `>1.0a1` rejects `1.0.post0` and
//   `<1.0.post1` rejects `1.0a1`; current packaging reads PEP 440 literally ("a post-release *of V*",
//   "a pre-release *of V*") and accepts both;
// - `==0!2.*` and `==01.*`: current packaging normalizes the prefix, 21.3 compares text;
// - `===v1.0` matches the string `v1.0` as written in current packaging, 21.3 compares the
//   normalized form;
// - `contains(v)` with no prereleases argument: current packaging accepts a lone matching
//   pre-release, 21.3 rejects it unless a clause names one. Nothing here asks that question: every
//   caller asks pip's resolver question, `contains(v, prereleases=True)`, or says `false`.
// We follow the current generation because PEP 440 says what it does, its tables are the reference
// the design holds us to, and the corners where it differs from pip 23.2 are pre-, post- and local
// releases of the very version a specifier names, which a constraints bump never proposes to a pin
// that is not a pre-release itself. Legacy (non-PEP 440) versions are not versions here, as in
// packaging >= 22 and pip >= 24.1: they match nothing but `===`.


const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
const START = 'v?(?:[0-9]+!)?[0-9]+';
// packaging's specifier grammar, per operator: which allow a local segment, a `.*` suffix, one release number.
const CLAUSE_VERSION = {
    '~=': new RegExp(`^${START}(?:\\.[0-9]+)+${PRE}${POST}${DEV}$`, 'i'),
    '==': new RegExp(`^${START}(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})$`, 'i'),
    '!=': new RegExp(`^${START}(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})$`, 'i'),
    '<=': new RegExp(`^${START}(?:\\.[0-9]+)*${PRE}${POST}${DEV}$`, 'i'),
    '>=': new RegExp(`^${START}(?:\\.[0-9]+)*${PRE}${POST}${DEV}$`, 'i'),
    '<': new RegExp(`^${START}(?:\\.[0-9]+)*${PRE}${POST}${DEV}$`, 'i'),
    '>': new RegExp(`^${START}(?:\\.[0-9]+)*${PRE}${POST}${DEV}$`, 'i'),
};
const OPERATOR = /^\s*(===|~=|==|!=|<=|>=|<|>)\s*/;
const WHITE = /^\s*$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** One clause (`>=1.0`), or undefined when packaging would raise InvalidSpecifier. */
const parseSpecifier = (0,_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .memoized */ .x)(parseClauseUncached);
function parseClauseUncached(text) {
    const m = OPERATOR.exec(text);
    if (m === null)
        return undefined;
    const operator = m[1];
    const version = text.slice(m[0].length).trimEnd();
    if (operator === '===')
        return /^[^\s;)]*$/.test(version) ? { operator, version } : undefined;
    if (!ASCII_ONLY.test(version) || !CLAUSE_VERSION[operator].test(version))
        return undefined;
    return { operator, version };
}
/** Comma-separated clauses; empty parts are skipped as packaging's SpecifierSet skips them. */
function parseSpecifierSet(text) {
    const out = [];
    for (const part of text.split(',')) {
        if (WHITE.test(part))
            continue;
        const clause = parseSpecifier(part);
        if (clause === undefined)
            return undefined;
        out.push(clause);
    }
    return out;
}
function isValidSpecifier(text) {
    return parseSpecifier(text) !== undefined;
}
function isValidSpecifierSet(text) {
    return parseSpecifierSet(text) !== undefined;
}
/**
 * Does the specifier set accept `version`? An empty set accepts anything; a version that is not
 * PEP 440 matches only `===`; a set that does not parse accepts nothing.
 */
function specifierContains(specifier, version, options = {}) {
    const set = parseSpecifierSet(specifier);
    if (set === undefined)
        return false;
    const parsed = (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(version);
    if (parsed !== undefined && options.prereleases === false && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isPrereleaseVersion */ .Nk)(parsed))
        return false;
    return set.every((clause) => clauseMatches(clause, version, parsed));
}
function clauseMatches(clause, item, parsed) {
    // `===` compares the strings as written, case-insensitively: `===1.0` does not match `1.0.0`.
    if (clause.operator === '===')
        return item.toLowerCase() === clause.version.toLowerCase();
    if (parsed === undefined)
        return false;
    switch (clause.operator) {
        case '==':
            return equalTo(parsed, clause.version);
        case '!=':
            return !equalTo(parsed, clause.version);
        case '~=':
            return compatibleWith(parsed, specVersion(clause.version));
        case '<=':
            return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutLocal */ .EC)(parsed), specVersion(clause.version)) <= 0;
        case '>=':
            return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutLocal */ .EC)(parsed), specVersion(clause.version)) >= 0;
        case '<':
            return lessThan(parsed, specVersion(clause.version));
        case '>':
            return greaterThan(parsed, specVersion(clause.version));
    }
}
function specVersion(text) {
    // the grammar above admits only what parses
    return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(text);
}
function equalTo(item, spec) {
    if (spec.endsWith('.*'))
        return prefixMatches(item, specVersion(spec.slice(0, -2)));
    const version = specVersion(spec);
    // A specifier without a local segment ignores the candidate's: `==1.0` matches `1.0+cpu`.
    return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)(version.local === undefined ? (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutLocal */ .EC)(item) : item, version) === 0;
}
/** `==1.2.*`: same epoch, and the release (zero-padded) starts with 1.2; suffixes and local do not matter. */
function prefixMatches(item, prefix) {
    if (item.epoch !== prefix.epoch)
        return false;
    return prefix.release.every((n, i) => (item.release[i] ?? 0n) === n);
}
/** `~=2.2.post1` is `>=2.2.post1, ==2.*`. */
function compatibleWith(item, spec) {
    if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutLocal */ .EC)(item), spec) < 0)
        return false;
    return prefixMatches(item, { epoch: spec.epoch, release: spec.release.slice(0, -1) });
}
/** `<V` excludes V's own pre-releases (from V.dev0 on) unless V is one. */
function lessThan(item, spec) {
    if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)(item, spec) >= 0)
        return false;
    if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isPrereleaseVersion */ .Nk)(spec) || !(0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .isPrereleaseVersion */ .Nk)(item))
        return true;
    const earliest = { ...(0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutLocal */ .EC)(spec), dev: 0n };
    return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)(item, earliest) < 0;
}
/** `>V` excludes V's own post-releases (unless V is one) and V's local versions. */
function greaterThan(item, spec) {
    if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)(item, spec) <= 0)
        return false;
    if (spec.post === undefined && item.post !== undefined) {
        const { post: _post, dev: _dev, local: _local, ...base } = item;
        if ((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)(base, spec) === 0)
            return false;
    }
    if (item.local !== undefined && (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareParsed */ .dQ)((0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutLocal */ .EC)(item), spec) === 0)
        return false;
    return true;
}


/***/ })

};
