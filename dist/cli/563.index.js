export const id = 563;
export const ids = [563];
export const modules = {

/***/ 3209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ Repeats)
/* harmony export */ });
class Repeats {
    seen = new Map();
    /** The finding already made for a line saying what `o` says in the same file, counted once more; else undefined. */
    repeatOf(o) {
        const found = this.seen.get(keyOf(o));
        if (found)
            found.occurrences = (found.occurrences ?? 1) + 1;
        return found;
    }
    remember(o, finding) {
        this.seen.set(keyOf(o), finding);
        return finding;
    }
}
function keyOf(o) {
    return `${o.location.file}\0${o.origin}\0${o.service ?? ''}\0${o.name}\0${o.specifier}\0${o.marker ?? ''}\0${o.url ?? ''}`;
}


/***/ }),

/***/ 5563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildReport: () => (/* binding */ buildReport),
  scanRepository: () => (/* binding */ scanRepository)
});

// EXTERNAL MODULE: ./src/checks/pins.ts
var checks_pins = __webpack_require__(977);
// EXTERNAL MODULE: ./src/checks/repeats.ts
var checks_repeats = __webpack_require__(3209);
;// CONCATENATED MODULE: ./src/checks/conflict.ts


const checkConflicts = (ws) => {
    const out = [];
    const repeats = new checks_repeats/* Repeats */.$();
    for (const o of ws.occurrences) {
        if (o.origin === 'constraints' || o.url || o.specifier === '')
            continue;
        if (repeats.repeatOf(o))
            continue;
        // An exact inline pin in a Dockerfile is inline-pin-mismatch's business.
        if (o.origin === 'dockerfile' && (0,checks_pins/* exactVersion */.y)(o.specifier) !== undefined)
            continue;
        const pins = ws.pins.get(o.name);
        if (!pins || pins.length === 0)
            continue;
        const live = pins.filter((p) => p.specifier !== '' && !p.url);
        // Pins split by markers: only a specifier that excludes all of them conflicts everywhere.
        if (live.length === 0 || live.some((p) => (0,checks_pins/* acceptsPin */.b)(o.specifier, p.specifier)))
            continue;
        const pin = live[0];
        const pinText = live.map((p) => p.specifier).join(' / ');
        out.push(repeats.remember(o, {
            rule: 'conflict',
            package: o.name,
            location: o.location,
            service: o.service,
            specifier: o.specifier,
            pin: pinText,
            message: `${o.rawName}${o.specifier} excludes the central pin ${o.name}${pinText} (${pin.location.file}:${pin.location.line}); ` +
                `pip install -c fails to resolve. Widen the specifier to accept ${pinText.replace(/^={2,3}/, '')}, or drop the version and let the constraints decide.`,
        }));
    }
    return out;
};

;// CONCATENATED MODULE: ./src/checks/constraints-file.ts
const checkDuplicateConstraints = (ws) => {
    const out = [];
    for (const [name, pins] of ws.pins) {
        const seen = new Map();
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
const checkUnusedConstraints = (ws) => {
    const used = new Set(ws.occurrences.filter((o) => o.origin !== 'constraints').map((o) => o.name));
    const out = [];
    for (const [name, pins] of ws.pins) {
        if (used.has(name))
            continue;
        out.push({
            rule: 'unused-constraint',
            package: name,
            location: pins[0].location,
            specifier: pins[0].specifier,
            message: `No service names ${name} directly. Remove the pin unless it holds a transitive dependency on purpose.`,
        });
    }
    return out;
};
const checkInvalidConstraints = (ws) => {
    const out = [];
    for (const file of ws.files) {
        if (file.kind !== 'constraints')
            continue;
        for (const u of file.parsed.unnamed) {
            out.push({
                rule: 'invalid-constraint',
                location: u.location,
                message: `${u.text}: ${u.editable ? 'an editable requirement' : 'a requirement without a name (a path or URL)'} is not allowed as a constraint; pip refuses the whole file, so every pip install -c using it fails. Pin it by name: <name>==<version>.`,
            });
        }
    }
    for (const o of ws.occurrences) {
        if (o.origin !== 'constraints')
            continue;
        const why = o.editable
            ? 'an editable requirement is not allowed as a constraint'
            : o.url
                ? 'a URL or path is not allowed as a constraint'
                : o.extras.length > 0
                    ? 'constraints cannot have extras'
                    : undefined;
        if (!why)
            continue;
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

// EXTERNAL MODULE: ./src/pep/version.ts
var pep_version = __webpack_require__(8561);
;// CONCATENATED MODULE: ./src/checks/inline-pin-mismatch.ts



const checkInlinePins = (ws) => {
    const out = [];
    const repeats = new checks_repeats/* Repeats */.$();
    for (const o of ws.occurrences) {
        if (o.origin !== 'dockerfile' || repeats.repeatOf(o))
            continue;
        const version = (0,checks_pins/* exactVersion */.y)(o.specifier);
        if (version === undefined)
            continue;
        const pinned = (ws.pins.get(o.name) ?? []).map((p) => ({ p, v: (0,checks_pins/* exactVersion */.y)(p.specifier) })).filter((x) => x.v !== undefined);
        if (pinned.length === 0 || pinned.some((x) => (0,pep_version/* sameVersion */.r)(x.v, version)))
            continue;
        const { p, v } = pinned[0];
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

;// CONCATENATED MODULE: ./src/checks/consumers.ts
/** The label a finding at `file` carries: its first consumer. */
function firstConsumer(ws, file) {
    for (const label of ws.consumers.get(file) ?? [])
        return label;
    return undefined;
}
/** "3 services (api, search, worker)", "2 services and 1 image (…)": consumer labels counted by what they are. */
function describeConsumers(ws, labels) {
    const services = new Set(ws.services.map((s) => s.id));
    const images = new Set(ws.images.map((i) => i.name));
    let s = 0;
    let i = 0;
    let f = 0;
    for (const label of labels) {
        if (services.has(label))
            s++;
        else if (images.has(label))
            i++;
        else
            f++;
    }
    const parts = [count(s, 'service'), count(i, 'image'), count(f, 'file')].filter((p) => p !== '');
    const sorted = [...labels].sort();
    const names = `${sorted.slice(0, 5).join(', ')}${sorted.length > 5 ? ', …' : ''}`;
    return `${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? 'no consumer')} (${names})`;
}
function count(n, word) {
    return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/checks/missing-constraints-flag.ts
// missing-constraints-flag: `pip install -r` in a Dockerfile without `-c`: the central pins do not apply.

const checkMissingConstraintsFlag = (ws) => {
    if (!ws.constraintsFile)
        return [];
    // A Dockerfile built as several images (targets, contexts) has its installs once per image: report each once.
    const seen = new Set();
    return ws.installs
        .filter((site) => site.install.requirementFiles.length > 0 && !site.constrained)
        .filter((site) => {
        const key = `${site.install.location.file}:${site.install.location.line}:${site.install.location.column}`;
        return !seen.has(key) && seen.add(key) !== undefined;
    })
        .map((site) => ({
        rule: 'missing-constraints-flag',
        location: site.install.location,
        service: firstConsumer(ws, site.dockerfile),
        message: `pip install -r ${site.install.requirementFiles.map((r) => r.path).join(' -r ')} runs without -c, so ${ws.constraintsFile} does not apply. COPY it into the image and add -c <path>, or set ENV PIP_CONSTRAINT.`,
    }));
};

;// CONCATENATED MODULE: ./src/checks/model-issues.ts
// missing-dockerfile, image-tag-collision, invalid-image-tag: what building the model met, as findings.

const checkModelIssues = (ws) => ws.modelIssues.map((issue) => ({ rule: issue.rule, location: issue.location, service: firstConsumer(ws, issue.location.file), message: issue.message }));

;// CONCATENATED MODULE: ./src/checks/no-constraints.ts
const checkNoConstraints = (ws) => {
    if (ws.constraintsFile)
        return [];
    const anchor = [...ws.requirementFiles.keys()].sort()[0] ?? ws.occurrences[0]?.location.file;
    // Nothing installs a Python package: there is nothing to constrain.
    if (anchor === undefined)
        return [];
    return [
        {
            rule: 'no-constraints',
            location: { file: anchor, line: 1, column: 1 },
            message: 'No central constraints file: none was named and none was found by name or by `pip install -c` use, so no pin was checked. Name one with --constraints FILE or `constraints: FILE` in .github/monopin.yml (or rules: { no-constraints: off } if the repository has none on purpose).',
        },
    ];
};

// EXTERNAL MODULE: ./src/checks/rules.ts
var rules = __webpack_require__(2226);
;// CONCATENATED MODULE: ./src/checks/severity.ts

function severityOf(rule, config) {
    return config.rules[rule] ?? (0,rules/* defaultSeverity */.NU)(rule);
}

;// CONCATENATED MODULE: ./src/checks/source-issues.ts
// parse-error, include-error, shell-redirect-in-specifier: what the parsers met, as findings.

const checkSourceIssues = (ws) => ws.issues.map((issue) => ({
    rule: issue.rule,
    package: issue.package,
    location: issue.location,
    service: firstConsumer(ws, issue.location.file),
    message: issue.message,
}));

;// CONCATENATED MODULE: ./src/checks/unconstrained.ts
// unconstrained: a package that several services install has no central pin, so each drifts on its own.

// Installer bootstrap tools are upgraded in place by most Dockerfiles; pinning them is a separate policy.
const BOOTSTRAP = new Set(['pip', 'setuptools', 'wheel']);
const checkUnconstrained = (ws, config) => {
    if (!ws.constraintsFile)
        return [];
    const users = new Map();
    for (const o of ws.occurrences) {
        if (o.origin === 'constraints' || BOOTSTRAP.has(o.name) || ws.pins.has(o.name))
            continue;
        const entry = users.get(o.name) ?? { services: new Set(), first: o };
        for (const service of ws.consumers.get(o.location.file) ?? (o.service ? [o.service] : []))
            entry.services.add(service);
        users.set(o.name, entry);
    }
    const out = [];
    for (const [name, { services, first }] of users) {
        if (services.size < config.sharedMinServices)
            continue;
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

;// CONCATENATED MODULE: ./src/checks/index.ts










const RULES = [
    checkSourceIssues,
    checkModelIssues,
    checkConflicts,
    checkInlinePins,
    checkUnconstrained,
    checkMissingConstraintsFlag,
    checkDuplicateConstraints,
    checkUnusedConstraints,
    checkInvalidConstraints,
    checkNoConstraints,
];
function runChecks(workspace, config) {
    const findings = [];
    for (const rule of RULES) {
        for (const draft of rule(workspace, config)) {
            const severity = severityOf(draft.rule, config);
            if (severity !== 'off')
                findings.push({ ...draft, severity });
        }
    }
    return findings.sort((a, b) => rules/* SEVERITY_RANK */.f3[a.severity] - rules/* SEVERITY_RANK */.f3[b.severity] ||
        a.location.file.localeCompare(b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        a.rule.localeCompare(b.rule));
}

;// CONCATENATED MODULE: ./src/checks/diff.ts
/** Rules whose subject is a package, wherever the finding happens to point. */
const PACKAGE_RULES = new Set(['unconstrained', 'unused-constraint', 'duplicate-constraint']);
function keyOf(f) {
    if (PACKAGE_RULES.has(f.rule) && f.package !== undefined)
        return JSON.stringify([f.rule, f.package]);
    return JSON.stringify([f.rule, f.package ?? '', f.location.file, f.service ?? '']);
}
function diffFindings(base, head) {
    const remaining = new Map();
    for (const f of base) {
        const list = remaining.get(keyOf(f));
        if (list)
            list.push(f);
        else
            remaining.set(keyOf(f), [f]);
    }
    const introduced = [];
    const changed = [];
    const unchanged = [];
    for (const f of head) {
        const before = remaining.get(keyOf(f))?.shift();
        if (!before) {
            introduced.push(f);
            continue;
        }
        const was = new Set(before.consumers ?? []);
        const now = new Set(f.consumers ?? []);
        const added = [...now].filter((c) => !was.has(c)).sort();
        const removed = [...was].filter((c) => !now.has(c)).sort();
        if (added.length > 0 || removed.length > 0)
            changed.push({ finding: f, added, removed });
        else
            unchanged.push(f);
    }
    const fixed = [...remaining.values()].flat();
    return { introduced, fixed, changed, unchanged };
}

// EXTERNAL MODULE: ./node_modules/dotenv/dist/index.cjs
var dist = __webpack_require__(8230);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/sources/compose-services.ts + 1 modules
var compose_services = __webpack_require__(260);
// EXTERNAL MODULE: ./src/sources/discover.ts
var discover = __webpack_require__(2051);
// EXTERNAL MODULE: ./src/sources/dockerfile.ts + 2 modules
var dockerfile = __webpack_require__(1427);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
// EXTERNAL MODULE: ./src/pep/requirement.ts
var pep_requirement = __webpack_require__(5358);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./src/sources/poetry.ts
// Poetry's dependency tables → PEP 508 requirements. Pure: plain parsed TOML in, requirements out;
// pyproject.ts places them in the file.



/**
 * @param skipMain names (normalized) declared in PEP 621 `project.dependencies`: Poetry 2 only
 *   enriches those from `tool.poetry.dependencies`, so reading them again would double count.
 */
function readPoetryDependencies(data, skipMain) {
    const poetry = asRecord(asRecord(data['tool'])?.['poetry']);
    if (!poetry)
        return [];
    const out = [];
    const table = (deps, group, base, skip) => {
        const record = asRecord(deps);
        if (!record)
            return;
        for (const [rawName, spec] of Object.entries(record)) {
            if (rawName.toLowerCase() === 'python' || skip?.has((0,pep_name/* normalizeName */.P)(rawName)))
                continue;
            const path = [...base, rawName];
            if (Array.isArray(spec)) {
                // Multiple-constraints dependency: one entry per python/platform range.
                spec.forEach((entry, i) => out.push(readOne(rawName, entry, group, [...path, i])));
            }
            else {
                out.push(readOne(rawName, spec, group, path));
            }
        }
    };
    table(poetry['dependencies'], 'poetry', ['tool', 'poetry', 'dependencies'], skipMain);
    table(poetry['dev-dependencies'], 'poetry:dev', ['tool', 'poetry', 'dev-dependencies']);
    for (const [name, group] of Object.entries(asRecord(poetry['group']) ?? {})) {
        table(asRecord(group)?.['dependencies'], `poetry:${name}`, ['tool', 'poetry', 'group', name, 'dependencies']);
    }
    return out;
}
function readOne(rawName, spec, group, path) {
    try {
        return { group, path, rawName, requirement: toRequirement(rawName, spec) };
    }
    catch (err) {
        return { group, path, rawName, error: `Poetry dependency '${rawName}': ${err instanceof Error ? err.message : String(err)}` };
    }
}
function toRequirement(rawName, spec) {
    const table = typeof spec === 'string' ? { version: spec } : asRecord(spec);
    if (!table)
        throw new Error('must be a version string or a table');
    const str = (key) => {
        const value = table[key];
        if (value === undefined)
            return undefined;
        if (typeof value !== 'string')
            throw new Error(`'${key}' must be a string`);
        return value;
    };
    const extrasRaw = table['extras'] ?? [];
    if (!Array.isArray(extrasRaw) || !extrasRaw.every((e) => typeof e === 'string')) {
        throw new Error("'extras' must be a list of strings");
    }
    const extras = [...new Set(extrasRaw.map(pep_name/* normalizeName */.P))].sort();
    const markers = [];
    const python = str('python');
    if (python)
        markers.push(specifierToMarker('python_version', poetryToPep440(python)));
    const platform = str('platform');
    if (platform)
        markers.push(`sys_platform == "${platform}"`);
    const written = str('markers');
    if (written)
        markers.push(written);
    const parts = markers.filter(Boolean);
    const marker = parts.length === 0
        ? undefined
        : parts.length === 1
            ? parts[0]
            : parts.map((m) => (/\bor\b/.test(m) ? `(${m})` : m)).join(' and ');
    const base = { name: (0,pep_name/* normalizeName */.P)(rawName), rawName, extras, marker };
    const git = str('git');
    if (git !== undefined) {
        const ref = str('rev') ?? str('tag') ?? str('branch');
        const sub = str('subdirectory');
        const url = `git+${git}${ref ? `@${ref}` : ''}${sub ? `#subdirectory=${sub}` : ''}`;
        return { ...base, specifier: '', url };
    }
    const url = str('url') ?? str('path');
    if (url !== undefined)
        return { ...base, specifier: '', url };
    const specifier = poetryToPep440(str('version') ?? '*');
    // The house PEP 508 parser is the one judge of a valid specifier.
    const checked = (0,pep_requirement/* parseRequirement */.p)(`${rawName}${specifier}`);
    return { ...base, specifier: checked.specifier };
}
const CLAUSE = /\s*(\^|~=|~|===|==|!=|<=|>=|<|>|=)?\s*([^\s,|<>=!~^]+)\s*,?/y;
/**
 * A Poetry constraint as a PEP 440 specifier ('' for any version).
 * `||` has no PEP 440 spelling: the result is the smallest range holding every alternative,
 * which never reports a conflict Poetry would not have.
 */
function poetryToPep440(constraint) {
    const alternatives = constraint.split('||').map(convertAll);
    if (alternatives.length === 1)
        return alternatives[0];
    return hull(alternatives);
}
function convertAll(constraint) {
    const text = constraint.trim();
    if (text === '' || text === '*')
        return '';
    const clauses = [];
    let pos = 0;
    while (pos < text.length) {
        CLAUSE.lastIndex = pos;
        const m = CLAUSE.exec(text);
        if (!m || CLAUSE.lastIndex === pos)
            throw new Error(`cannot read Poetry constraint '${constraint}'`);
        pos = CLAUSE.lastIndex;
        clauses.push(...convertClause(m[1] ?? '', m[2], constraint));
    }
    return clauses.join(',');
}
function convertClause(op, version, constraint) {
    if (version === '*')
        return [];
    if (op === '^' || op === '~') {
        const release = /^v?(\d+(?:\.\d+)*)/.exec(version)?.[1];
        if (!release)
            throw new Error(`cannot read Poetry constraint '${constraint}'`);
        const parts = release.split('.').map(Number);
        let bump;
        if (op === '~')
            bump = parts.length >= 2 ? 1 : 0;
        else {
            // Caret: the leftmost non-zero part may not change; all zeros → the last part written.
            const firstNonZero = parts.findIndex((p) => p !== 0);
            bump = firstNonZero === -1 ? parts.length - 1 : firstNonZero;
        }
        const upper = parts.map((p, i) => (i < bump ? p : i === bump ? p + 1 : 0)).join('.');
        return [`>=${version}`, `<${upper}`];
    }
    if (op === '' || op === '=')
        return [`==${version}`];
    return [`${op}${version}`];
}
function hull(alternatives) {
    if (alternatives.some((a) => a === ''))
        return '';
    let lower;
    let upper;
    for (const alternative of alternatives) {
        const { lo, hi } = bounds(alternative);
        // `null` = unbounded on that side: the hull is too.
        lower = lower === null || !lo ? null : !lower || pick(lo, lower, -1) ? lo : lower;
        upper = upper === null || !hi ? null : !upper || pick(hi, upper, 1) ? hi : upper;
    }
    const out = [];
    if (lower)
        out.push(`${lower.inclusive ? '>=' : '>'}${lower.version}`);
    if (upper)
        out.push(`${upper.inclusive ? '<=' : '<'}${upper.version}`);
    return out.join(',');
}
/** Is `a` wider than `b` in `direction` (-1 lower, 1 upper)? */
function pick(a, b, direction) {
    const c = (0,pep440.compare)(a.version, b.version) * direction;
    return c > 0 || (c === 0 && a.inclusive && !b.inclusive);
}
/** The range one alternative allows, as its tightest lower and upper bounds. */
function bounds(specifier) {
    let lo;
    let hi;
    const addLo = (b) => void (lo = !lo || pick(lo, b, -1) ? b : lo);
    const addHi = (b) => void (hi = !hi || pick(hi, b, 1) ? b : hi);
    for (const clause of specifier.split(',')) {
        const m = /^(~=|===|==|!=|<=|>=|<|>)(.+)$/.exec(clause);
        if (!m)
            continue;
        const [, op, v] = m;
        if (op === '>=' || op === '>')
            addLo({ version: v, inclusive: op === '>=' });
        else if (op === '<=' || op === '<')
            addHi({ version: v, inclusive: op === '<=' });
        else if (op === '~=' || (op === '==' && v.endsWith('.*'))) {
            const release = v.replace(/\.\*$/, '').split('.');
            const keep = op === '~=' ? release.length - 1 : release.length;
            const next = release.slice(0, keep).map((p, i) => (i === keep - 1 ? String(Number(p) + 1) : p));
            addLo({ version: v.replace(/\.\*$/, ''), inclusive: true });
            addHi({ version: next.join('.'), inclusive: false });
        }
        else if (op === '==' || op === '===') {
            addLo({ version: v, inclusive: true });
            addHi({ version: v, inclusive: true });
        }
    }
    return { lo, hi };
}
function specifierToMarker(variable, specifier) {
    return specifier
        .split(',')
        .filter(Boolean)
        .map((clause) => {
        const m = /^(~=|===|==|!=|<=|>=|<|>)(.+)$/.exec(clause);
        return m ? `${variable} ${m[1]} "${m[2]}"` : '';
    })
        .filter(Boolean)
        .join(' and ');
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
        ? value
        : undefined;
}

// EXTERNAL MODULE: ./src/line-index.ts
var line_index = __webpack_require__(3492);
// EXTERNAL MODULE: ./src/sources/issue-text.ts
var issue_text = __webpack_require__(1533);
;// CONCATENATED MODULE: ./src/sources/pyproject.ts
// pyproject.toml → requirements from PEP 621, PEP 735 dependency groups and Poetry tables.
// smol-toml gives values without positions, so a small scanner (below) walks the same text to
// place every key and value; it only ever runs on text smol-toml accepted.






function parsePyproject(content, path) {
    const result = { path, occurrences: [], groups: [], issues: [] };
    let data;
    try {
        data = (0,smol_toml_dist/* parse */.qg)(content);
    }
    catch (err) {
        if (!(err instanceof smol_toml_dist/* TomlError */.zx))
            throw err;
        const message = err.message.split('\n', 1)[0] ?? err.message;
        result.issues.push({ rule: 'parse-error', message: `invalid TOML: ${message}`, location: { file: path, line: err.line, column: err.column } });
        return result;
    }
    const positions = scanToml(content);
    const lines = (0,line_index/* lineStarts */._$)(content);
    const locate = (offset, end) => ({
        file: path,
        ...(0,line_index/* toLineColumn */.sZ)(lines, offset),
        ...(end === undefined ? {} : renameEnd((0,line_index/* toLineColumn */.sZ)(lines, end))),
    });
    const placeOf = (p) => {
        const span = positions.get(key(p));
        return locate(span?.key?.start ?? span?.value?.start ?? 0);
    };
    const issue = (message, location, rule = 'parse-error') => {
        result.issues.push({ rule, message: (0,issue_text/* boundMessage */.w)(message), location });
    };
    const addString = (text, p, group) => {
        const value = positions.get(key(p))?.value;
        // Point inside the quotes so the text sits exactly at the location (multi-line strings: after the newline).
        const opener = value ? /^("""|'''|"|')(\r?\n)?/.exec(content.slice(value.start, value.start + 5)) : null;
        const start = value ? value.start + (opener?.[0].length ?? 0) : 0;
        const exact = content.startsWith(text, start);
        try {
            const requirement = (0,pep_requirement/* parseRequirement */.p)(text);
            result.occurrences.push({
                ...requirement,
                location: locate(start, exact ? start + text.length : undefined),
                origin: 'pyproject',
                viaConstraint: false,
                text,
            });
            result.groups.push(group);
        }
        catch (err) {
            // Escapes make the offset inexact; the string's start is still right.
            const offset = err instanceof pep_requirement/* RequirementSyntaxError */.t && exact ? err.offset : 0;
            const message = err instanceof Error ? err.message : String(err);
            issue(`invalid requirement '${text}': ${message}`, locate(start + offset));
        }
    };
    const stringList = (value, p, group) => {
        if (!Array.isArray(value))
            return issue(`${p.join('.')} must be a list of requirement strings`, placeOf(p));
        value.forEach((item, i) => {
            if (typeof item === 'string')
                addString(item, [...p, i], group);
            else
                issue(`${p.join('.')} must hold requirement strings`, placeOf([...p, i]));
        });
    };
    const project = pyproject_asRecord(data['project']);
    if (typeof project?.['name'] === 'string')
        result.projectName = project['name'];
    const mainNames = new Set();
    if (project?.['dependencies'] !== undefined) {
        stringList(project['dependencies'], ['project', 'dependencies'], 'main');
        for (const o of result.occurrences)
            mainNames.add(o.name);
    }
    const optional = project?.['optional-dependencies'];
    if (optional !== undefined) {
        const table = pyproject_asRecord(optional);
        if (!table)
            issue('project.optional-dependencies must be a table', placeOf(['project', 'optional-dependencies']));
        for (const [extra, list] of Object.entries(table ?? {})) {
            stringList(list, ['project', 'optional-dependencies', extra], `optional:${extra}`);
        }
    }
    readDependencyGroups(data['dependency-groups'], { addString, issue, placeOf });
    for (const dep of readPoetryDependencies(data, mainNames)) {
        const span = positions.get(key(dep.path));
        const start = span?.key?.start ?? span?.value?.start ?? 0;
        const end = span?.value?.end ?? span?.key?.end;
        if (!dep.requirement) {
            issue(dep.error ?? `cannot read Poetry dependency '${dep.rawName}'`, locate(start));
            continue;
        }
        const text = end === undefined ? dep.rawName : content.slice(start, end);
        result.occurrences.push({ ...dep.requirement, location: locate(start, end), origin: 'pyproject', viaConstraint: false, text });
        result.groups.push(dep.group);
    }
    return result;
}
/**
 * PEP 735: each requirement is read once, under the group that writes it; `{include-group}`
 * references are followed only to report unknown groups and cycles, so an included requirement
 * is not counted twice at the same line.
 */
function readDependencyGroups(raw, ctx) {
    if (raw === undefined)
        return;
    const groups = pyproject_asRecord(raw);
    if (!groups)
        return ctx.issue('dependency-groups must be a table', ctx.placeOf(['dependency-groups']));
    const byName = new Map(Object.keys(groups).map((name) => [(0,pep_name/* normalizeName */.P)(name), name]));
    const includes = new Map();
    for (const [name, list] of Object.entries(groups)) {
        const base = ['dependency-groups', name];
        if (!Array.isArray(list)) {
            ctx.issue(`dependency group '${name}' must be a list`, ctx.placeOf(base));
            continue;
        }
        const own = [];
        list.forEach((item, i) => {
            const p = [...base, i];
            const include = pyproject_asRecord(item)?.['include-group'];
            if (typeof item === 'string')
                ctx.addString(item, p, `group:${name}`);
            else if (typeof include === 'string')
                own.push({ target: include, p });
            else
                ctx.issue(`dependency group '${name}' entries must be strings or {include-group = "..."}`, ctx.placeOf(p));
        });
        includes.set((0,pep_name/* normalizeName */.P)(name), own);
    }
    // Depth-first over include edges; a back edge is a cycle, reported once where it closes.
    const state = new Map();
    const visit = (group) => {
        state.set(group, 'visiting');
        for (const { target, p } of includes.get(group) ?? []) {
            const t = (0,pep_name/* normalizeName */.P)(target);
            if (!byName.has(t))
                ctx.issue(`dependency group '${target}' is not defined`, ctx.placeOf(p), 'include-error');
            else if (state.get(t) === 'visiting')
                ctx.issue(`including dependency group '${target}' from '${byName.get(group)}' forms a cycle`, ctx.placeOf(p), 'include-error');
            else if (!state.has(t))
                visit(t);
        }
        state.set(group, 'done');
    };
    for (const group of includes.keys())
        if (!state.has(group))
            visit(group);
}
function pyproject_asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
        ? value
        : undefined;
}
const key = (p) => JSON.stringify(p);
function renameEnd(p) {
    return { endLine: p.line, endColumn: p.column };
}
/**
 * Where every key and value of a valid TOML document sits, by path. Array-of-tables headers get
 * their index as a path segment; nothing we read lives under one, so nesting under them is loose.
 */
function scanToml(text) {
    const places = new Map();
    const counts = new Map();
    let pos = 0;
    let table = [];
    const skip = (newlines) => {
        for (;;) {
            const c = text[pos];
            if (c === ' ' || c === '\t' || (newlines && (c === '\n' || c === '\r')))
                pos++;
            else if (c === '#')
                while (pos < text.length && text[pos] !== '\n')
                    pos++;
            else
                return;
        }
    };
    const readString = () => {
        const start = pos;
        const q = text[pos];
        const triple = text.startsWith(q.repeat(3), pos);
        const close = triple ? q.repeat(3) : q;
        pos += close.length;
        while (pos < text.length) {
            if (q === '"' && text[pos] === '\\')
                pos += 2;
            else if (text.startsWith(close, pos)) {
                pos += close.length;
                // A multi-line string may end with up to two extra quotes before its closer.
                while (triple && text[pos] === q)
                    pos++;
                break;
            }
            else
                pos++;
        }
        const raw = text.slice(start, pos);
        return triple || q === "'" ? raw.slice(close.length, raw.length - close.length) : decodeBasic(raw);
    };
    const readKey = () => {
        const path = [];
        let span = { start: pos, end: pos };
        for (;;) {
            skip(false);
            const start = pos;
            if (text[pos] === '"' || text[pos] === "'")
                path.push(readString());
            else {
                while (pos < text.length && /[A-Za-z0-9_-]/.test(text[pos]))
                    pos++;
                path.push(text.slice(start, pos));
            }
            span = { start, end: pos };
            skip(false);
            if (text[pos] !== '.')
                return { path, span };
            pos++;
        }
    };
    const readValue = (p, keySpan) => {
        const start = pos;
        const c = text[pos];
        if (c === '"' || c === "'")
            readString();
        else if (c === '[') {
            pos++;
            for (let i = 0;; i++) {
                skip(true);
                if (text[pos] === ']' || pos >= text.length)
                    break;
                readValue([...p, i]);
                skip(true);
                if (text[pos] === ',')
                    pos++;
            }
            pos++;
        }
        else if (c === '{') {
            pos++;
            for (;;) {
                skip(true);
                if (text[pos] === '}' || pos >= text.length)
                    break;
                readPair(p);
                skip(true);
                if (text[pos] === ',')
                    pos++;
            }
            pos++;
        }
        else {
            while (pos < text.length && !/[,\]}#\r\n]/.test(text[pos]))
                pos++;
            while (pos > start && /[ \t]/.test(text[pos - 1]))
                pos--;
        }
        places.set(key(p), { key: keySpan, value: { start, end: pos } });
    };
    const readPair = (base) => {
        const k = readKey();
        skip(false);
        pos++; // '='
        skip(false);
        readValue([...base, ...k.path], k.span);
    };
    while (pos < text.length) {
        skip(true);
        if (pos >= text.length)
            break;
        if (text[pos] === '[') {
            const isArray = text[pos + 1] === '[';
            pos += isArray ? 2 : 1;
            const k = readKey();
            pos += isArray ? 2 : 1;
            table = k.path;
            if (isArray) {
                const n = counts.get(key(k.path)) ?? 0;
                counts.set(key(k.path), n + 1);
                table = [...k.path, n];
            }
            // `[tool.poetry.dependencies.foo]` declares a dependency: remember where its name is.
            if (!places.has(key(table)))
                places.set(key(table), { key: k.span });
        }
        else {
            readPair(table);
        }
    }
    return places;
}
function decodeBasic(raw) {
    try {
        return JSON.parse(raw.replace(/\\U([0-9a-fA-F]{8})/g, (_, h) => String.fromCodePoint(parseInt(h, 16))));
    }
    catch {
        return raw.slice(1, -1);
    }
}

// EXTERNAL MODULE: ./src/sources/requirements.ts + 1 modules
var requirements = __webpack_require__(3728);
;// CONCATENATED MODULE: ./src/sources/decode.ts
// Bytes of a manifest → text, the way pip's `auto_decode` reads a requirements file: a BOM names
// the encoding (UTF-8, UTF-16 LE/BE; UTF-32 BE is refused, TextDecoder has no codec for it), else UTF-8.
// NUL bytes in an unmarked file mean it is not text at all.
// pip's order: a UTF-32 LE file starts with the UTF-16 LE BOM, and pip reads it as UTF-16.
const BOMS = [
    { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
    { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
    { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
    { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32' },
];
function decodeManifest(bytes) {
    for (const bom of BOMS) {
        if (bytes.length < bom.bytes.length || !bom.bytes.every((b, i) => bytes[i] === b))
            continue;
        if (bom.encoding === 'utf-32')
            return { kind: 'binary', reason: 'UTF-32 text (not supported; save it as UTF-8)' };
        // The decoder drops the BOM itself.
        return { kind: 'text', text: new TextDecoder(bom.encoding).decode(bytes) };
    }
    if (bytes.subarray(0, 8192).includes(0))
        return { kind: 'binary', reason: 'binary file' };
    return { kind: 'text', text: new TextDecoder().decode(bytes) };
}

// EXTERNAL MODULE: ./src/include-path.ts
var include_path = __webpack_require__(3351);
// EXTERNAL MODULE: ./src/model/compose-projects.ts + 1 modules
var compose_projects = __webpack_require__(9633);
// EXTERNAL MODULE: ./src/model/paths.ts
var model_paths = __webpack_require__(1933);
;// CONCATENATED MODULE: ./src/load.ts
// Reads and parses every Python dependency file of a repository through a FileReader,
// then follows -r/-c includes. The only I/O is the reader's; parsing is done by the pure parsers.











const READ_CONCURRENCY = 16;
/**
 * The longest -r/-c chain followed. pip recurses once per level (Python's stack gives out at a few
 * hundred); no real repository comes near this, and a deeper chain is an include-error.
 */
const MAX_INCLUDE_DEPTH = 50;
/** The configured central file exists but cannot be read as text: every check against it would be hollow. */
class CentralFileError extends Error {
    path;
    constructor(path, reason) {
        super(`cannot use the constraints file '${path}': ${reason}`);
        this.path = path;
        this.name = 'CentralFileError';
    }
}
async function loadRepository(reader, options = {}) {
    const maxFileBytes = options.maxFileBytes ?? 5 * 1024 * 1024;
    const discovered = await (0,discover/* discoverFiles */.ZO)(reader, { ignore: options.ignore, paths: options.paths, maxFileBytes });
    const skipped = [...discovered.skipped];
    const issues = [];
    const files = new Map();
    const limit = (0,p_limit/* default */.A)(READ_CONCURRENCY);
    const readText = async (path) => {
        let bytes;
        try {
            bytes = await reader.read(path);
        }
        catch (error) {
            return { error };
        }
        if (bytes.byteLength > maxFileBytes)
            return { skip: `larger than ${maxFileBytes} bytes` };
        const decoded = decodeManifest(bytes);
        return decoded.kind === 'text' ? { text: decoded.text } : { skip: decoded.reason };
    };
    // A file's kind comes from its name (discovery) or the configuration, never from who includes it.
    const kinds = new Map(discovered.files.map((f) => [f.path, f.kind]));
    const extras = new Set((options.extraFiles ?? []).filter((extra) => !kinds.has(extra)));
    for (const extra of extras)
        kinds.set(extra, 'constraints');
    await Promise.all([...kinds].map(([path, kind]) => limit(async () => {
        const read = await readText(path);
        if ('text' in read)
            files.set(path, await parseFile(path, kind, read.text));
        else if ('skip' in read) {
            // The central file unreadable as text would leave every check hollow: an error, not a note.
            if (options.extraFiles?.includes(path))
                throw new CentralFileError(path, read.skip);
            skipped.push({ path, reason: read.skip });
            if (kind === 'constraints')
                issues.push({ rule: 'parse-error', location: { file: path, line: 1, column: 1 }, message: `constraints file not read: ${read.skip}; its pins are not checked` });
        }
        else if (isNotRegular(read.error) && options.extraFiles?.includes(path))
            throw new CentralFileError(path, 'not a regular file');
        else
            skipped.push({ path, reason: `unreadable: ${errorText(read.error)}` });
    })));
    // Compose interpolates with the project's .env; its builds may name Dockerfiles discovery did not take (`docker/app.dock`).
    const paths = new Set(discovered.paths);
    const env = new Map();
    for (const dir of new Set([...files.values()].filter((f) => f.kind === 'compose').map((f) => (0,model_paths/* dirOf */.Rw)(f.path)))) {
        const path = (0,model_paths/* joinPath */.uJ)(dir, '.env');
        if (!paths.has(path))
            continue;
        const read = await readText(path);
        if ('text' in read)
            env.set(dir, (0,dist.parse)(read.text));
    }
    const built = (0,compose_projects/* composeDockerfiles */.Ey)([...files.values()], env).filter((path) => paths.has(path) && !files.has(path));
    await Promise.all(built.map((path) => limit(async () => {
        const read = await readText(path);
        if ('text' in read)
            files.set(path, await parseFile(path, 'dockerfile', read.text));
        else
            skipped.push({ path, reason: 'skip' in read ? read.skip : `unreadable: ${errorText(read.error)}` });
    })));
    // Follow includes breadth-first: a requirements file may name files discovery did not take (base.txt, ../common.in).
    // Each wave reads only the files the previous one found, so a long chain costs linear time.
    const failed = new Map();
    const depth = new Map([...files.keys()].map((path) => [path, 0]));
    const tooDeep = new Set();
    let frontier = [...files.values()];
    while (frontier.length > 0) {
        const wanted = new Set();
        for (const file of frontier) {
            if (file.kind !== 'requirements' && file.kind !== 'constraints')
                continue;
            const next = depth.get(file.path) + 1;
            for (const include of file.parsed.includes) {
                const resolved = (0,include_path/* resolveIncludePath */.K)(file.path, include.target);
                if (resolved.kind !== 'path' || files.has(resolved.path) || failed.has(resolved.path))
                    continue;
                if (next > MAX_INCLUDE_DEPTH)
                    tooDeep.add(include);
                else if (!depth.has(resolved.path)) {
                    depth.set(resolved.path, next);
                    wanted.add(resolved.path);
                }
            }
        }
        const found = [];
        await Promise.all([...wanted].map((path) => limit(async () => {
            const read = await readText(path);
            if ('text' in read) {
                const parsed = await parseFile(path, 'requirements', read.text);
                files.set(path, parsed);
                found.push(parsed);
            }
            else if ('skip' in read) {
                skipped.push({ path, reason: read.skip });
                failed.set(path, read.skip);
            }
            else
                failed.set(path, isMissing(read.error) ? 'file not found' : `cannot read it: ${errorText(read.error)}`);
        })));
        frontier = found;
    }
    issues.push(...checkIncludes(files, failed, tooDeep));
    const constraintKinds = includedConstraintFiles(files, new Set(kinds.keys()));
    for (const path of constraintKinds) {
        const file = files.get(path);
        if (file.kind === 'requirements')
            files.set(path, { ...file, kind: 'constraints' });
    }
    const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files: sorted, skipped: skipped.sort((a, b) => a.path.localeCompare(b.path)), issues, paths, env };
}
function isMissing(error) {
    return error?.code === 'ENOENT';
}
function isNotRegular(error) {
    return error instanceof Error && error.name === 'NotRegularFileError';
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * One file's text parsed by its kind. A compose file the fast reader declines is read with yaml,
 * loaded only then (tests parse synchronously through test/support/parse-text.ts).
 */
async function parseFile(path, kind, text) {
    if (kind !== 'compose')
        return parseManifest(path, kind, text);
    const plain = (0,compose_services/* parsePlainCompose */.g)(text, path);
    return { kind, path, parsed: plain ?? (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(582)]).then(__webpack_require__.bind(__webpack_require__, 3582))).parseCompose(text, path, { events: false }) };
}
/** Requirements, constraints, Dockerfiles and pyproject files: no parser to load. */
function parseManifest(path, kind, text) {
    switch (kind) {
        case 'requirements':
        case 'constraints':
            return { kind, path, parsed: (0,requirements/* parseRequirementsFile */.w)(text, path) };
        case 'dockerfile':
            return { kind, path, parsed: (0,dockerfile/* parseDockerfile */.A)(text, path) };
        case 'pyproject':
            return { kind, path, parsed: parsePyproject(text, path) };
    }
}
function tooDeepIssue(include) {
    const flag = include.kind === 'constraint' ? '-c' : '-r';
    return { rule: 'include-error', location: include.location, message: `${flag} ${include.target}: include chain deeper than ${MAX_INCLUDE_DEPTH} files; not followed` };
}
/**
 * Missing, unreadable, escaping, too deep and cyclic includes become include-error issues at the include line.
 * The refused ones are dropped from the file's includes, so nothing downstream follows them.
 */
function checkIncludes(files, failed, tooDeep) {
    const issues = [];
    const edges = new Map();
    for (const file of [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        if (file.kind !== 'requirements' && file.kind !== 'constraints')
            continue;
        const out = [];
        for (const include of file.parsed.includes) {
            const resolved = (0,include_path/* resolveIncludePath */.K)(file.path, include.target);
            const flag = include.kind === 'constraint' ? '-c' : '-r';
            if (resolved.kind === 'escapes') {
                issues.push({ rule: 'include-error', location: include.location, message: `${flag} ${include.target} points outside the repository; monopin reads only files inside it` });
            }
            else if (resolved.kind === 'path') {
                if (tooDeep.has(include)) {
                    issues.push(tooDeepIssue(include));
                }
                else if (failed.has(resolved.path) || !files.has(resolved.path)) {
                    issues.push({ rule: 'include-error', location: include.location, message: `${flag} ${include.target}: ${failed.get(resolved.path) ?? 'file not found'} (${resolved.path})` });
                }
                else
                    out.push({ target: resolved.path, include });
            }
        }
        edges.set(file.path, out);
    }
    // Iterative colour DFS (a recursive one overflows the stack on a long chain): pip recurses forever on
    // a cycle, so report the include that closes one, and stop a chain past the depth limit.
    const refused = new Set(tooDeep);
    const state = new Map();
    for (const root of edges.keys()) {
        if (state.has(root))
            continue;
        const stack = [{ path: root, next: 0 }];
        state.set(root, 'open');
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const out = edges.get(top.path) ?? [];
            if (top.next >= out.length) {
                state.set(top.path, 'done');
                stack.pop();
                continue;
            }
            const edge = out[top.next++];
            const s = state.get(edge.target);
            if (s === 'open') {
                const from = stack.findIndex((frame) => frame.path === edge.target);
                const cycle = [...stack.slice(from).map((frame) => frame.path), edge.target].filter((p, i, a) => i === 0 || p !== a[i - 1]);
                issues.push({ rule: 'include-error', location: edge.include.location, message: `include cycle: ${cycle.join(' → ')}; pip would recurse forever` });
            }
            else if (s === undefined) {
                if (stack.length > MAX_INCLUDE_DEPTH) {
                    refused.add(edge.include);
                    issues.push(tooDeepIssue(edge.include));
                    continue;
                }
                state.set(edge.target, 'open');
                stack.push({ path: edge.target, next: 0 });
            }
        }
    }
    for (const [path, file] of files) {
        if ((file.kind !== 'requirements' && file.kind !== 'constraints') || !file.parsed.includes.some((i) => refused.has(i)))
            continue;
        files.set(path, { ...file, parsed: { ...file.parsed, includes: file.parsed.includes.filter((i) => !refused.has(i)) } });
    }
    return issues;
}
/**
 * Files found only through includes (never by name or configuration) that pip reads as constraints:
 * reached through -c, or included by such a file (pip propagates it). A named file keeps its kind:
 * another service's `-c ../x/requirements.txt` does not turn x's requirements into constraints.
 */
function includedConstraintFiles(files, named) {
    const queue = [];
    for (const file of files.values()) {
        if (file.kind === 'constraints')
            queue.push(file.path);
        if (file.kind !== 'requirements' && file.kind !== 'constraints')
            continue;
        for (const include of file.parsed.includes) {
            const resolved = (0,include_path/* resolveIncludePath */.K)(file.path, include.target);
            if (include.kind === 'constraint' && resolved.kind === 'path')
                queue.push(resolved.path);
        }
    }
    const seen = new Set();
    const out = new Set();
    while (queue.length > 0) {
        const path = queue.pop();
        if (seen.has(path))
            continue;
        seen.add(path);
        const file = files.get(path);
        if (!file || (file.kind !== 'requirements' && file.kind !== 'constraints'))
            continue;
        if (named.has(path) && file.kind === 'requirements')
            continue;
        if (!named.has(path))
            out.add(path);
        for (const include of file.parsed.includes) {
            const resolved = (0,include_path/* resolveIncludePath */.K)(path, include.target);
            if (resolved.kind === 'path')
                queue.push(resolved.path);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/types.ts
const SCHEMA_VERSION = 2;

// EXTERNAL MODULE: ./src/model/build.ts + 7 modules
var build = __webpack_require__(2426);
;// CONCATENATED MODULE: ./src/model/inventory.ts
function normalizeSpecifier(specifier) {
    return specifier === '' ? '' : specifier.split(',').sort().join(',');
}
/** Many services on many variants is where a shared upgrade hurts most. */
function riskOf(services, variants) {
    if (variants <= 1)
        return 'low';
    if (variants >= 4 || (variants >= 2 && services >= 10))
        return 'high';
    return 'medium';
}
function buildInventory(ws) {
    const byName = new Map();
    for (const o of ws.occurrences) {
        if (o.origin === 'constraints')
            continue;
        const variants = byName.get(o.name) ?? new Map();
        const spec = o.url ? `@ ${o.url}` : normalizeSpecifier(o.specifier);
        const services = variants.get(spec) ?? new Set();
        for (const name of ws.consumers.get(o.location.file) ?? [o.service ?? ''])
            services.add(name);
        variants.set(spec, services);
        byName.set(o.name, variants);
    }
    const records = [];
    for (const [name, variants] of byName) {
        const services = new Set();
        for (const s of variants.values())
            for (const name of s)
                if (name)
                    services.add(name);
        const list = [...variants]
            .map(([specifier, s]) => ({ specifier, services: [...s].filter(Boolean).sort() }))
            .sort((a, b) => b.services.length - a.services.length || a.specifier.localeCompare(b.specifier));
        const pins = ws.pins.get(name);
        records.push({
            name,
            services: [...services].sort(),
            variants: list,
            pin: pins?.map((p) => p.specifier).join(' / ') || undefined,
            risk: riskOf(services.size, list.length),
        });
    }
    return records.sort((a, b) => b.services.length - a.services.length || b.variants.length - a.variants.length || a.name.localeCompare(b.name));
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/scan.ts







async function scanRepository(reader, config) {
    const loaded = await loadRepository(reader, {
        ignore: config.ignore,
        paths: config.paths,
        maxFileBytes: config.maxFileBytes,
        extraFiles: config.constraints ? [config.constraints] : [],
    });
    const workspace = (0,build/* buildWorkspace */._)(loaded, config);
    return { workspace, findings: runChecks(workspace, config) };
}
function buildReport(head, options) {
    const ws = head.workspace;
    const findings = head.findings;
    const packages = buildInventory(ws);
    const errorsByFile = new Map();
    for (const issue of ws.issues) {
        const list = errorsByFile.get(issue.location.file) ?? [];
        list.push({ line: issue.location.line, column: issue.location.column, message: issue.message });
        errorsByFile.set(issue.location.file, list);
    }
    const imageIds = new Map(ws.images.map((i) => [i.name, i.id]));
    const report = {
        schemaVersion: SCHEMA_VERSION,
        tool: { name: 'monopin', version: version/* VERSION */.x },
        root: options.root,
        constraints: ws.constraintsFile,
        summary: {
            files: ws.files.length,
            projects: ws.projects.length,
            services: ws.services.length,
            rootServices: ws.services.filter((s) => s.project === '').length,
            images: ws.images.length,
            requirementFiles: ws.requirementFiles.size,
            packages: packages.length,
            requirements: ws.occurrences.length,
            errors: findings.filter((f) => f.severity === 'error').length,
            warnings: findings.filter((f) => f.severity === 'warning').length,
            notes: findings.filter((f) => f.severity === 'note').length,
        },
        files: ws.files.map((f) => ({ path: f.path, kind: f.kind, consumers: [...(ws.consumers.get(f.path) ?? [])], errors: errorsByFile.get(f.path) ?? [] })),
        requirements: ws.occurrences.map((o) => ({
            file: o.location.file,
            line: o.location.line,
            column: o.location.column,
            name: o.name,
            extras: o.extras,
            specifier: o.specifier,
            marker: o.marker,
            url: o.url,
            origin: o.origin,
            viaConstraint: o.viaConstraint,
        })),
        projects: ws.projects.map((p) => ({ id: p.id, dir: p.dir, files: p.files, services: p.services })),
        services: ws.services.map((s) => ({
            id: s.id,
            name: s.name,
            project: s.project,
            image: s.image,
            build: s.build,
            images: s.images,
            dependsOn: s.dependsOn,
            dependents: s.dependents,
            transitiveDependents: s.transitiveDependents,
            requirementFiles: s.requirementFiles,
        })),
        images: ws.images.map((i) => ({
            id: i.id,
            name: i.name,
            dockerfile: i.dockerfile,
            context: i.context,
            target: i.target,
            repository: i.repository,
            tags: i.tags,
            from: i.bases.map((b) => imageIds.get(b) ?? b),
            external: i.externalBases,
            services: i.services,
            requirementFiles: i.requirementFiles,
            governed: i.governed,
        })),
        ambiguities: ws.ambiguities,
        warnings: ws.warnings,
        packages,
        findings,
        skipped: ws.skipped,
    };
    if (options.base) {
        const d = diffFindings(options.base.result.findings, findings);
        report.diff = { base: options.base.ref, introduced: d.introduced, fixed: d.fixed, changed: d.changed, unchanged: d.unchanged.length };
    }
    return report;
}


/***/ }),

/***/ 260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ composeFile),
  g: () => (/* binding */ parsePlainCompose)
});

// EXTERNAL MODULE: ./src/line-index.ts
var line_index = __webpack_require__(3492);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/sources/compose-events.ts
// The fast way to read a compose file: js-yaml's flat event stream (offsets, no AST) and its
// constructor, about three times faster than building yaml's Document, and far cheaper to load.
// It takes only plain documents: anything with an alias, a tag, a merge key, a block scalar or a
// service key that is not a simple name returns undefined, and compose.ts reads the file with yaml,
// whose errors and alias limits are the ones users see. Both ways give the same result (tested).

// Names compose accepts that YAML's core schema reads as strings (not null, booleans or numbers).
const SIMPLE_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const NOT_STRINGS = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN)$/;
function readComposeEvents(content) {
    // A lone CR ends a line for js-yaml but not for yaml's line counter: positions would differ.
    if (/\r(?!\n)/.test(content))
        return undefined;
    let events;
    let data;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(content, {});
        const docs = events.filter((e) => e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT).length;
        if (docs !== 1)
            return undefined;
        for (const e of events) {
            if (e.type === js_yaml/* EVENT_ID */.hy.ALIAS)
                return undefined;
            if ((e.type === js_yaml/* EVENT_ID */.hy.SCALAR || e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) && e.tagStart >= 0)
                return undefined;
        }
        data = (0,js_yaml/* constructFromEvents */.fw)(events, { source: content, schema: js_yaml/* CORE_SCHEMA */.OU })[0];
    }
    catch {
        return undefined;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return undefined;
    const top = events[1];
    if (top?.type !== js_yaml/* EVENT_ID */.hy.MAPPING)
        return undefined;
    const services = new Map();
    let ok = true;
    forEachPair(events, 1, (key, value) => {
        const name = keyText(events, key, content);
        if (name === '<<')
            ok = false;
        if (name !== 'services')
            return;
        const block = events[value];
        if (block.type !== js_yaml/* EVENT_ID */.hy.MAPPING) {
            ok = false;
            return;
        }
        forEachPair(events, value, (serviceKey, serviceValue) => {
            const service = keyText(events, serviceKey, content);
            const at = events[serviceKey];
            if (service === undefined || at.type !== js_yaml/* EVENT_ID */.hy.SCALAR || at.style !== js_yaml/* SCALAR_STYLE */.jK.PLAIN || !SIMPLE_NAME.test(service) || NOT_STRINGS.test(service)) {
                ok = false;
                return;
            }
            const fields = new Map();
            if (events[serviceValue].type === js_yaml/* EVENT_ID */.hy.MAPPING) {
                forEachPair(events, serviceValue, (fieldKey, fieldValue) => {
                    const field = keyText(events, fieldKey, content);
                    const start = nodeStart(events[fieldValue]);
                    if (field === undefined || field === '<<' || start === undefined)
                        ok = false;
                    else
                        fields.set(field, start);
                });
            }
            services.set(service, { key: nodeStart(at), fields });
        });
    });
    return ok ? { data, services } : undefined;
}
/** Calls `visit` with the event indexes of each key and value of the mapping opened at `open`. */
function forEachPair(events, open, visit) {
    let i = open + 1;
    while (events[i] && events[i].type !== js_yaml/* EVENT_ID */.hy.POP) {
        const key = i;
        const value = skip(events, key);
        visit(key, value);
        i = skip(events, value);
    }
}
/** The index just past the node that starts at `i`. */
function skip(events, i) {
    const e = events[i];
    if (e.type !== js_yaml/* EVENT_ID */.hy.MAPPING && e.type !== js_yaml/* EVENT_ID */.hy.SEQUENCE)
        return i + 1;
    let depth = 0;
    for (let k = i; k < events.length; k++) {
        const t = events[k].type;
        if (t === js_yaml/* EVENT_ID */.hy.MAPPING || t === js_yaml/* EVENT_ID */.hy.SEQUENCE)
            depth++;
        else if (t === js_yaml/* EVENT_ID */.hy.POP && --depth === 0)
            return k + 1;
    }
    return events.length;
}
function keyText(events, i, content) {
    const e = events[i];
    return e.type === js_yaml/* EVENT_ID */.hy.SCALAR ? (0,js_yaml/* getScalarValue */.KE)(content, e) : undefined;
}
/** Where yaml's node range starts: a quoted scalar at its quote, a collection at its first token. */
function nodeStart(e) {
    if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
        if (e.anchorStart >= 0 || e.style === js_yaml/* SCALAR_STYLE */.jK.LITERAL_BLOCK || e.style === js_yaml/* SCALAR_STYLE */.jK.FOLDED_BLOCK)
            return undefined;
        return e.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || e.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED ? e.valueStart - 1 : e.valueStart;
    }
    if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
        return e.anchorStart >= 0 ? undefined : e.start;
    return undefined;
}

;// CONCATENATED MODULE: ./src/sources/compose-services.ts
// docker compose files → services with their build context, image and depends_on, from the values
// and offsets of one compose document (read by compose-events.ts or by yaml in compose.ts).
// The yaml library is not imported here: a scan loads it only for the files the fast reader declines.


/** A plain compose file (see compose-events.ts) read without yaml; undefined when yaml must read it. */
function parsePlainCompose(content, path) {
    const read = readComposeEvents(content);
    if (!read)
        return undefined;
    // Lines as yaml's lexer counts them: the first starts at 0, every other one after a line feed.
    const starts = (0,line_index/* lineStarts */._$)(content);
    const at = (offset) => ({ file: path, ...(0,line_index/* toLineColumn */.sZ)(starts, offset ?? 0) });
    return composeFile({ ...read, at }, path, []);
}
/** The services of a read compose document; problems go to `issues` (and the file still counts). */
function composeFile(read, path, issues) {
    const issue = (message, location) => {
        issues.push({ rule: 'parse-error', message, location });
    };
    const { data, services: nodes, at } = read;
    if (data === null || data === undefined)
        return { path, services: [], issues };
    if (!isRecord(data)) {
        issue('a compose file must be a mapping at the top level', at(read.contentsStart));
        return { path, services: [], issues };
    }
    const projectName = typeof data['name'] === 'string' && data['name'] !== '' ? data['name'] : undefined;
    const rawServices = data['services'];
    // A compose file with only networks/volumes (or an override with none) is fine.
    if (rawServices === undefined || rawServices === null)
        return withName({ path, services: [], issues }, projectName);
    if (!isRecord(rawServices)) {
        issue('`services` must be a mapping of service names', at(read.servicesStart));
        return withName({ path, services: [], issues }, projectName);
    }
    const services = [];
    for (const [name, raw] of Object.entries(rawServices)) {
        const node = nodes.get(name);
        const location = at(node?.key);
        const where = (key) => {
            // A merged-in value has no node under the service: point at the service itself.
            const offset = node?.fields.get(key);
            return offset === undefined ? location : at(offset);
        };
        const service = readService(name, raw, location, where, issue);
        if (service)
            services.push(service);
    }
    return withName({ path, services, issues }, projectName);
}
function withName(file, name) {
    if (name !== undefined)
        file.name = name;
    return file;
}
function readService(name, raw, location, where, issue) {
    if (!isRecord(raw)) {
        issue(`service '${name}' must be a mapping`, location);
        return undefined;
    }
    const service = { name, dependsOn: [], location };
    const build = raw['build'];
    if (typeof build === 'string') {
        service.context = build;
        service.dockerfile = 'Dockerfile';
        service.build = { context: build };
        service.buildLocation = where('build');
    }
    else if (isRecord(build)) {
        service.build = {};
        service.buildLocation = where('build');
        // The compose spec defaults the context to the compose file's folder.
        const context = build['context'] ?? '.';
        if (typeof context === 'string')
            service.context = context;
        else
            issue(`service '${name}': build.context must be a string`, where('build'));
        if (typeof build['context'] === 'string')
            service.build.context = build['context'];
        const dockerfile = build['dockerfile'];
        if (typeof dockerfile === 'string')
            service.dockerfile = service.build.dockerfile = dockerfile;
        else if (dockerfile !== undefined)
            issue(`service '${name}': build.dockerfile must be a string`, where('build'));
        // `dockerfile_inline` has no file on disk to read: leave dockerfile undefined.
        else if (build['dockerfile_inline'] === undefined)
            service.dockerfile = 'Dockerfile';
        else
            service.build.inline = true;
        const args = buildArgs(build['args']);
        if (args)
            service.build.args = args;
        const target = build['target'];
        if (typeof target === 'string')
            service.build.target = target;
        else if (target !== undefined && target !== null)
            issue(`service '${name}': build.target must be a string`, where('build'));
    }
    else if (build !== undefined && build !== null) {
        issue(`service '${name}': build must be a string or a mapping`, where('build'));
    }
    const image = raw['image'];
    if (typeof image === 'string') {
        service.image = image;
        service.imageLocation = where('image');
    }
    else if (image !== undefined && image !== null)
        issue(`service '${name}': image must be a string`, where('image'));
    const dependsOn = raw['depends_on'];
    if (Array.isArray(dependsOn)) {
        for (const dep of dependsOn) {
            if (typeof dep === 'string')
                service.dependsOn.push(dep);
            else
                issue(`service '${name}': depends_on entries must be service names`, where('depends_on'));
        }
    }
    else if (isRecord(dependsOn)) {
        // Long syntax: `depends_on: { db: { condition: service_healthy } }`.
        service.dependsOn.push(...Object.keys(dependsOn));
    }
    else if (dependsOn !== undefined && dependsOn !== null) {
        issue(`service '${name}': depends_on must be a list or a mapping`, where('depends_on'));
    }
    return service;
}
/** `args:` as a mapping or a `KEY=value` list; a bare `KEY` (null) takes its value from the environment. */
function buildArgs(raw) {
    const out = {};
    if (Array.isArray(raw)) {
        for (const item of raw) {
            if (typeof item !== 'string')
                continue;
            const eq = item.indexOf('=');
            out[eq < 0 ? item : item.slice(0, eq)] = eq < 0 ? null : item.slice(eq + 1);
        }
    }
    else if (isRecord(raw)) {
        for (const [key, value] of Object.entries(raw))
            out[key] = value === null || value === undefined ? null : String(value);
    }
    else
        return undefined;
    return out;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
