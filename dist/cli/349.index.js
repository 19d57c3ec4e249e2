export const id = 349;
export const ids = [349,226,845];
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


/***/ }),

/***/ 6349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ firstFew),
/* harmony export */   H0: () => (/* binding */ ruleCounts),
/* harmony export */   _c: () => (/* binding */ consumerUnits),
/* harmony export */   filterReport: () => (/* binding */ filterReport),
/* harmony export */   kG: () => (/* binding */ groupFindings),
/* harmony export */   rI: () => (/* binding */ RULE_FIX)
/* harmony export */ });
/* unused harmony export collapseParseErrors */
/* harmony import */ var _checks_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2226);

function matchesFilter(f, filter) {
    const has = (list) => list !== undefined && list.length > 0;
    if (has(filter.rule) && !filter.rule.includes(f.rule))
        return false;
    if (has(filter.severity) && !filter.severity.includes(f.severity))
        return false;
    if (has(filter.package) && (f.package === undefined || !filter.package.includes(f.package)))
        return false;
    if (has(filter.service)) {
        const about = [f.service, ...(f.consumers ?? [])];
        if (!filter.service.some((s) => about.includes(s)))
            return false;
    }
    return true;
}
/** The report with only the findings the filter keeps (in findings and in every diff list); the rest as it was. */
function filterReport(report, filter) {
    const keep = (list) => list.filter((f) => matchesFilter(f, filter));
    const diff = report.diff && {
        ...report.diff,
        introduced: keep(report.diff.introduced),
        fixed: filter.newOnly ? [] : keep(report.diff.fixed),
        changed: report.diff.changed.filter((c) => matchesFilter(c.finding, filter)),
    };
    let findings = keep(report.findings);
    if (filter.newOnly)
        findings = diff ? [...diff.introduced, ...diff.changed.map((c) => c.finding)] : [];
    return { ...report, findings, ...(diff && { diff }) };
}
// A parse error's kind: its first two words ("unknown instruction", "RUN: unterminated"), so the lines of one
// broken block (`unknown instruction import`, `unknown instruction def`) read as one.
function kindOf(message) {
    return message.split(/\s+/).slice(0, 2).join(' ');
}
/**
 * One parse error per broken instruction or block: consecutive lines (a blank line between allowed) of one
 * file with the same kind of message become one finding spanning them. The parsers report per line; this
 * regroups in the report, so the JSON keeps every line.
 */
function collapseParseErrors(findings) {
    const out = [];
    let run = [];
    const flush = () => {
        const first = run[0];
        const last = run[run.length - 1];
        if (first === undefined || last === undefined)
            return;
        if (run.length === 1)
            out.push(first);
        else {
            out.push({
                ...first,
                location: { ...first.location, endLine: last.location.endLine ?? last.location.line },
                message: `${first.message} (and ${run.length - 1} more like it through line ${last.location.line}: one broken block)`,
            });
        }
        run = [];
    };
    const parseErrors = findings
        .filter((f) => f.rule === 'parse-error')
        .sort((a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : a.location.line - b.location.line));
    for (const f of parseErrors) {
        const prev = run[run.length - 1];
        const joins = prev !== undefined &&
            prev.location.file === f.location.file &&
            kindOf(prev.message) === kindOf(f.message) &&
            f.location.line - (prev.location.endLine ?? prev.location.line) <= 2;
        if (!joins)
            flush();
        run.push(f);
    }
    flush();
    return [...findings.filter((f) => f.rule !== 'parse-error'), ...out];
}
function groupFindings(findings) {
    const byRule = new Map();
    for (const f of collapseParseErrors(findings)) {
        const list = byRule.get(f.rule);
        if (list)
            list.push(f);
        else
            byRule.set(f.rule, [f]);
    }
    const sections = [...byRule].map(([rule, list]) => {
        const byPackage = new Map();
        const single = [];
        for (const f of list) {
            if (f.package === undefined && RULE_FIX[rule] === undefined) {
                single.push([f]);
                continue;
            }
            // A rule about lines with one fix for all (a missing -c): one group per file.
            const key = f.package ?? `\u0000${f.location.file}`;
            const g = byPackage.get(key);
            if (g)
                g.push(f);
            else
                byPackage.set(key, [f]);
        }
        const groups = [...byPackage.values(), ...single]
            .map(toGroup)
            .sort((a, b) => _checks_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[a.severity] - _checks_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[b.severity] || b.findings.length - a.findings.length || compareText(groupKey(a), groupKey(b)));
        return { rule, severity: worst(list), count: list.length, groups };
    });
    return sections.sort((a, b) => _checks_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[a.severity] - _checks_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[b.severity] || b.count - a.count || compareText(a.rule, b.rule));
}
/** Findings by rule and severity, for the summary: rules in the order of groupFindings. */
function ruleCounts(findings) {
    const rows = new Map();
    for (const f of findings) {
        const row = rows.get(f.rule) ?? { rule: f.rule, error: 0, warning: 0, note: 0, packages: new Set() };
        row[f.severity] += 1;
        if (f.package !== undefined)
            row.packages.add(f.package);
        rows.set(f.rule, row);
    }
    return [...rows.values()]
        .sort((a, b) => b.error - a.error || b.warning - a.warning || b.note - a.note || compareText(a.rule, b.rule))
        .map((r) => ({ rule: r.rule, error: r.error, warning: r.warning, note: r.note, packages: r.packages.size }));
}
/** What to do about a rule, said once per rule instead of once per finding (each finding's message keeps the specifics). */
const RULE_FIX = {
    conflict: 'Widen each specifier to accept the central pin, or drop the version and let the constraints decide.',
    'inline-pin-mismatch': 'Change the inline pin to the central version, or install with -c and no version.',
    unconstrained: 'Add one line per package to the constraints file, e.g. name==<version>, so every consumer gets the same version.',
    'missing-constraints-flag': 'COPY the constraints file into the image and add -c <path> to pip install, or set ENV PIP_CONSTRAINT.',
    'duplicate-constraint': 'Keep one line per package in the constraints file.',
    'unused-constraint': 'Remove the pin unless it holds a transitive dependency on purpose.',
    'vulnerable-pin': 'Bump the central pin to a fixed version.',
};
/** The first `shown` items and how many are left: "a, b, c +4 more". */
function firstFew(items, shown) {
    const rest = items.length - shown;
    return rest > 0 ? `${items.slice(0, shown).join(', ')} +${rest} more` : items.join(', ');
}
/** Where a finding is: its service, else its file and line. */
function whereOf(f) {
    return f.service ?? `${f.location.file}:${f.location.line}`;
}
/**
 * Consumer labels counted with their unit: "3 services", "2 services, 1 image", "1 file". Labels are service
 * ids, names of images no service builds, or file paths (see FileRecord.consumers).
 */
function consumerUnits(report, labels) {
    const services = new Set(report.services.map((s) => s.id));
    const images = new Set(report.images.map((i) => i.name));
    let [s, i, f] = [0, 0, 0];
    for (const l of labels) {
        if (services.has(l))
            s += 1;
        else if (images.has(l))
            i += 1;
        else
            f += 1;
    }
    const parts = [s > 0 ? unit(s, 'service') : '', i > 0 ? unit(i, 'image') : '', f > 0 ? unit(f, 'file') : ''].filter((p) => p !== '');
    return parts.length > 0 ? parts.join(', ') : '0 services';
}
function unit(n, one) {
    return `${n} ${n === 1 ? one : `${one}s`}`;
}
function toGroup(findings) {
    const first = findings[0];
    const variants = countDistinct(findings.filter((f) => f.specifier !== undefined).map((f) => f.specifier ?? ''));
    const consumers = findings.flatMap((f) => (f.consumers && f.consumers.length > 0 ? f.consumers : [whereOf(f)]));
    const pin = findings.find((f) => f.pin !== undefined)?.pin;
    return {
        rule: first.rule,
        severity: worst(findings),
        ...(first.package !== undefined && { package: first.package }),
        findings: [...findings].sort((a, b) => compareText(a.location.file, b.location.file) || a.location.line - b.location.line),
        variants: variants.map(([specifier, count]) => ({ specifier, count })),
        ...(pin !== undefined && { pin }),
        where: countDistinct(consumers).map(([w]) => w),
    };
}
function countDistinct(items) {
    const counts = new Map();
    for (const i of items)
        counts.set(i, (counts.get(i) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
}
function worst(findings) {
    return findings.reduce((w, f) => (_checks_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[f.severity] < _checks_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[w] ? f.severity : w), 'note');
}
function groupKey(g) {
    return g.package ?? `${g.findings[0]?.location.file ?? ''}:${String(g.findings[0]?.location.line ?? 0).padStart(8, '0')}`;
}
// pkg-2 before pkg-10, the way people count.
const COLLATOR = new Intl.Collator('en', { numeric: true });
function compareText(a, b) {
    return COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}


/***/ })

};
