export const id = 693;
export const ids = [693];
export const modules = {

/***/ 4170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R7: () => (/* binding */ fixedVersionsFor),
/* harmony export */   bB: () => (/* binding */ affects),
/* harmony export */   e1: () => (/* binding */ eventVersions)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pep_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(110);
/* harmony import */ var _pep_version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8561);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3338);
// Does an OSV record affect a PyPI version? The OSV schema's evaluation: ECOSYSTEM ranges
// (introduced / fixed / last_affected / limit events) ordered by PEP 440, plus the explicit
// `versions` list. GIT and SEMVER ranges say nothing about PyPI versions and are skipped. Pure.




/** The affected entries of `record` for PyPI package `name` (normalized). */
function affectedEntries(record, name) {
    return (record.affected ?? []).filter((a) => a.package?.ecosystem === _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ECOSYSTEM */ .Pe && (0,_pep_name_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .P)(a.package.name) === name);
}
function affects(record, name, version) {
    if (record.withdrawn !== undefined)
        return false;
    return affectedEntries(record, name).some((entry) => entryAffects(entry, version));
}
function entryAffects(entry, version) {
    if ((entry.versions ?? []).some((v) => (0,_pep_version_js__WEBPACK_IMPORTED_MODULE_1__/* .sameVersion */ .r)(v, version)))
        return true;
    if (!(0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(version))
        return false;
    return (entry.ranges ?? []).some((range) => range.type === 'ECOSYSTEM' && rangeAffects(range.events, version));
}
/**
 * The schema's algorithm: walk the events sorted by version; `introduced` opens an affected
 * interval, `fixed` and `limit` close it before their version, `last_affected` after it.
 */
function rangeAffects(events, version) {
    const points = events
        .map((event) => ({ event, at: eventVersion(event) }))
        .filter((p) => p.at !== undefined && (p.at === '0' || (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(p.at) !== null))
        .sort((a, b) => order(a.at, b.at));
    let affected = false;
    for (const { event, at } of points) {
        if (event.introduced !== undefined) {
            if (at === '0' || (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare)(version, at) >= 0)
                affected = true;
        }
        else if (event.fixed !== undefined || event.limit !== undefined) {
            if ((0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare)(version, at) >= 0)
                affected = false;
        }
        else if (event.last_affected !== undefined) {
            if ((0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare)(version, at) > 0)
                affected = false;
        }
    }
    return affected;
}
function eventVersion(event) {
    return event.introduced ?? event.fixed ?? event.last_affected ?? event.limit;
}
function order(a, b) {
    if (a === b)
        return 0;
    if (a === '0')
        return -1;
    if (b === '0')
        return 1;
    return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare)(a, b);
}
/** The `fixed` versions of the ranges that contain `version` (what to move to); none when unfixed. */
function fixedVersionsFor(record, name, version) {
    const out = new Set();
    for (const entry of affectedEntries(record, name)) {
        for (const range of entry.ranges ?? []) {
            if (range.type !== 'ECOSYSTEM')
                continue;
            if (version !== undefined && (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(version) && !rangeAffects(range.events, version))
                continue;
            for (const event of range.events)
                if (event.fixed !== undefined)
                    out.add(event.fixed);
        }
    }
    return [...out].filter((v) => (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(v)).sort(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.compare);
}
/** Every version an advisory names for `name`: candidates for "is anything this range allows safe?". */
function eventVersions(record, name) {
    const out = [];
    for (const entry of affectedEntries(record, name)) {
        for (const range of entry.ranges ?? []) {
            if (range.type !== 'ECOSYSTEM')
                continue;
            for (const event of range.events) {
                const v = eventVersion(event);
                if (v !== undefined && v !== '0' && (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(v))
                    out.push(v);
                // the first version after last_affected is not affected
                if (event.last_affected !== undefined && (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.valid)(event.last_affected))
                    out.push(`${event.last_affected}.post0`);
            }
        }
    }
    return out;
}


/***/ }),

/***/ 7159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ advisoryIds),
  i: () => (/* binding */ mergeAdvisories)
});

// EXTERNAL MODULE: ./src/advisories/match.ts
var match = __webpack_require__(4170);
// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(4353);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./src/advisories/severity.ts
// How bad an advisory is: the CVSS v4 or v3 base score from its vector (computed by
// ae-cvss-calculator, which implements FIRST's v2/v3.x/v4 specifications and lookup tables), else the
// database's own label (GitHub: LOW / MODERATE / HIGH / CRITICAL). Pure.

const LEVEL_RANK = { critical: 0, high: 1, moderate: 2, low: 3, unknown: 4 };
// The bundle is CommonJS: under Node's ESM loader its classes sit on `default`, under a bundler on the namespace.
const cvss = ((ae_cvss_calculator_default()) ?? ae_cvss_calculator);
const SCORERS = {
    CVSS_V4: (vector) => new cvss.Cvss4P0(vector).calculateScores().base,
    CVSS_V3: (vector) => (vector.startsWith('CVSS:3.0/') ? new cvss.Cvss3P0(vector) : new cvss.Cvss3P1(vector)).calculateScores().base,
};
/** CVSS qualitative rating scale (v3.1 §5 and v4.0): 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10 critical. */
function levelOfScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'moderate';
    return score > 0 ? 'low' : 'unknown';
}
function severityOf(record) {
    // v4 before v3: the newer metric when a record carries both
    for (const type of ['CVSS_V4', 'CVSS_V3']) {
        const entry = record.severity?.find((s) => s.type === type);
        if (entry === undefined)
            continue;
        const score = scoreOf(type, entry.score);
        if (score !== undefined)
            return { level: levelOfScore(score), score, source: type };
    }
    const label = record.database_specific?.severity;
    if (typeof label === 'string') {
        const level = { CRITICAL: 'critical', HIGH: 'high', MODERATE: 'moderate', MEDIUM: 'moderate', LOW: 'low' }[label.toUpperCase()];
        if (level !== undefined)
            return { level, source: 'database' };
    }
    return { level: 'unknown' };
}
function scoreOf(type, value) {
    const trimmed = value.trim();
    // Some databases put a bare number where the schema wants a vector.
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Number(trimmed);
    try {
        const score = SCORERS[type]?.(trimmed);
        return typeof score === 'number' && Number.isFinite(score) ? score : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/advisories/merge.ts


const ID_PREFERENCE = [/^GHSA-/, /^PYSEC-/, /^CVE-/];
function mergeAdvisories(records, name, version) {
    const groups = groupByAlias(records);
    return groups
        .map((group) => toRef(group, name, version))
        .sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (b.score ?? 0) - (a.score ?? 0) || a.id.localeCompare(b.id));
}
/** Every id an advisory goes by: its own and its aliases. */
function advisoryIds(ref) {
    return [ref.id, ...ref.aliases];
}
function groupByAlias(records) {
    const parent = new Map();
    const find = (x) => {
        let root = x;
        while (parent.get(root) !== undefined && parent.get(root) !== root)
            root = parent.get(root);
        parent.set(x, root);
        return root;
    };
    const union = (a, b) => {
        const [ra, rb] = [find(a), find(b)];
        if (ra !== rb)
            parent.set(ra, rb);
    };
    for (const record of records) {
        parent.set(record.id, parent.get(record.id) ?? record.id);
        for (const alias of record.aliases ?? []) {
            parent.set(alias, parent.get(alias) ?? alias);
            union(record.id, alias);
        }
    }
    const groups = new Map();
    for (const record of records) {
        const root = find(record.id);
        groups.set(root, [...(groups.get(root) ?? []), record]);
    }
    return [...groups.values()];
}
function toRef(group, name, version) {
    const ids = new Set();
    for (const record of group)
        for (const id of [record.id, ...(record.aliases ?? [])])
            ids.add(id);
    const rank = (id) => {
        const i = ID_PREFERENCE.findIndex((re) => re.test(id));
        return i < 0 ? ID_PREFERENCE.length : i;
    };
    const sorted = [...ids].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const primary = sorted[0];
    const severities = group.map(severityOf).sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (b.score ?? 0) - (a.score ?? 0));
    const worst = severities[0];
    const summaryRecord = [...group].sort((a, b) => rank(a.id) - rank(b.id)).find((r) => (r.summary ?? '').trim() !== '') ?? group[0];
    const fixed = new Set(group.flatMap((r) => (0,match/* fixedVersionsFor */.R7)(r, name, version)));
    return {
        id: primary,
        aliases: sorted.slice(1),
        summary: oneLine(summaryRecord.summary ?? summaryRecord.details ?? ''),
        url: advisoryUrl(primary),
        level: worst.level,
        ...(worst.score !== undefined && { score: worst.score }),
        fixed: [...fixed].sort((a, b) => (a === b ? 0 : compareLoose(a, b))),
    };
}
/** GitHub's page for a GHSA, OSV's for anything else. */
function advisoryUrl(id) {
    return /^GHSA-/.test(id) ? `https://github.com/advisories/${encodeURIComponent(id)}` : `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
function compareLoose(a, b) {
    return a.localeCompare(b, 'en', { numeric: true });
}


/***/ }),

/***/ 5693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyAdvisories: () => (/* binding */ applyAdvisories),
  scanAdvisories: () => (/* binding */ scanAdvisories)
});

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
// EXTERNAL MODULE: ./src/pep/specifier.ts
var pep_specifier = __webpack_require__(6821);
// EXTERNAL MODULE: ./src/checks/repeats.ts
var checks_repeats = __webpack_require__(3209);
// EXTERNAL MODULE: ./src/advisories/match.ts
var match = __webpack_require__(4170);
// EXTERNAL MODULE: ./src/advisories/merge.ts + 1 modules
var merge = __webpack_require__(7159);
// EXTERNAL MODULE: ./src/advisories/types.ts
var types = __webpack_require__(3338);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/checks/pins.ts
var pins = __webpack_require__(977);
;// CONCATENATED MODULE: ./src/checks/vulnerable-pin.ts
// vulnerable-pin: an exact pin (central constraints, inline Dockerfile pin, `==` in requirements or
// pyproject) whose version has an advisory, and a range that allows only affected versions. Pure:
// the advisory records come in, looked up beforehand (advisories/scan-advisories.ts). Reads only
// occurrences, pins, the constraints file and consumers of the workspace.








/** What to ask the advisory source: every pinned version, and every package with a bounded range. */
function advisoryQueries(ws) {
    const out = new Map();
    for (const o of ws.occurrences) {
        const kind = pinKind(o);
        if (kind === undefined)
            continue;
        const query = kind.version !== undefined ? { name: o.name, version: kind.version } : { name: o.name };
        out.set((0,types/* queryKey */.qv)(query), query);
    }
    return [...out.values()];
}
function checkVulnerablePins(ws, records, config) {
    const findings = [];
    const ignored = new Map();
    const override = config.rules['vulnerable-pin'];
    if (override === 'off')
        return { findings, ignored: [] };
    const ignoreById = new Map(config.ignoreAdvisories.map((i) => [i.id.toUpperCase(), i.reason]));
    const reach = servicesReached(ws);
    const repeats = new checks_repeats/* Repeats */.$();
    for (const o of ws.occurrences) {
        const kind = pinKind(o);
        if (kind === undefined || repeats.repeatOf(o))
            continue;
        const found = records.get((0,types/* queryKey */.qv)(kind.version !== undefined ? { name: o.name, version: kind.version } : { name: o.name })) ?? [];
        if (found.length === 0)
            continue;
        let refs;
        if (kind.version !== undefined) {
            refs = (0,merge/* mergeAdvisories */.i)(found, o.name, kind.version);
        }
        else {
            const affecting = onlyVulnerable(o.specifier, found, o.name);
            if (affecting.length === 0)
                continue;
            refs = (0,merge/* mergeAdvisories */.i)(affecting, o.name, undefined);
        }
        const kept = refs.filter((ref) => {
            const hit = (0,merge/* advisoryIds */.I)(ref).find((id) => ignoreById.has(id.toUpperCase()));
            if (hit === undefined)
                return true;
            const key = `${ref.id} ${o.name} ${kind.version ?? o.specifier}`;
            if (!ignored.has(key)) {
                ignored.set(key, { id: ref.id, package: o.name, ...(kind.version !== undefined && { version: kind.version }), reason: ignoreById.get(hit.toUpperCase()), file: o.location.file, line: o.location.line });
            }
            return false;
        });
        if (kept.length === 0)
            continue;
        const severity = override ?? severityFor(kept, config.advisorySeverity);
        if (severity === 'off')
            continue;
        const services = reach(o);
        findings.push(repeats.remember(o, {
            rule: 'vulnerable-pin',
            severity,
            package: o.name,
            location: o.location,
            ...(o.service !== undefined && { service: o.service }),
            specifier: o.specifier,
            message: message(o, kind.version, kept, services),
            advisories: kept,
            reach: services,
        }));
    }
    return { findings, ignored: [...ignored.values()] };
}
/** `{version}` for an exact pin, `{}` for a range with an upper bound (only those can exclude every fix), else nothing to ask. */
function pinKind(o) {
    if (o.url !== undefined || o.specifier === '')
        return undefined;
    const version = (0,pins/* exactVersion */.y)(o.specifier);
    if (version !== undefined)
        return (0,pep440.valid)(version) ? { version } : undefined;
    return /<|~=|==[^,]*\*/.test(o.specifier) ? {} : undefined;
}
/**
 * Records whose affected versions cover everything the range allows, tested on the versions the
 * advisories and the range name (fixed versions, bounds and their neighbours). When one of them is
 * allowed and safe, the range lets pip pick a safe version: not flagged.
 */
function onlyVulnerable(specifier, records, name) {
    const candidates = new Set();
    for (const r of records)
        for (const v of (0,match/* eventVersions */.e1)(r, name))
            candidates.add(v);
    for (const clause of specifier.split(',')) {
        const v = clause.replace(/^[~=!<>]+/, '').replace(/\.\*$/, '');
        if (!(0,pep440.valid)(v))
            continue;
        candidates.add(v);
        candidates.add(`${v}.post1`);
        const parts = v.split('.').map((p) => Number.parseInt(p, 10));
        if (parts.every((n) => Number.isInteger(n))) {
            for (let i = 0; i < parts.length; i++) {
                const up = parts.slice(0, i + 1);
                up[i] += 1;
                candidates.add(up.join('.'));
            }
        }
    }
    // Final releases only, as pip picks from a range by default.
    const allowed = [...candidates].filter((v) => (0,pep440.valid)(v) && (0,pep_specifier/* specifierContains */.IK)(specifier, v, { prereleases: false }));
    if (allowed.length === 0)
        return [];
    const affecting = records.filter((r) => allowed.some((v) => (0,match/* affects */.bB)(r, name, v)));
    const allAffected = allowed.every((v) => records.some((r) => (0,match/* affects */.bB)(r, name, v)));
    return allAffected ? affecting : [];
}
/** mergeAdvisories lists the worst first, and filtering keeps that order. */
function severityFor(refs, mapping) {
    return mapping[refs[0].level];
}
/** Services a pin reaches: a central pin, every service installing the package; any other, its file's consumers. */
function servicesReached(ws) {
    const byPackage = new Map();
    for (const o of ws.occurrences) {
        if (o.origin === 'constraints')
            continue;
        const set = byPackage.get(o.name) ?? new Set();
        for (const consumer of ws.consumers.get(o.location.file) ?? (o.service !== undefined ? [o.service] : []))
            set.add(consumer);
        byPackage.set(o.name, set);
    }
    return (o) => {
        if (o.origin === 'constraints' || o.location.file === ws.constraintsFile)
            return byPackage.get(o.name)?.size ?? 0;
        return ws.consumers.get(o.location.file)?.size ?? (o.service !== undefined ? 1 : 0);
    };
}
function message(o, version, refs, services) {
    const what = version !== undefined ? `${o.rawName}==${version}` : `${o.rawName}${o.specifier} allows only affected versions and`;
    const list = refs.map((ref) => {
        const also = ref.aliases.length > 0 ? `, ${ref.aliases.join(', ')}` : '';
        const score = ref.score !== undefined ? ` ${ref.score.toFixed(1)}` : '';
        const fix = ref.fixed.length > 0 ? `fixed in ${ref.fixed.join(', ')}` : 'no fixed release';
        return `${ref.id} (${ref.level}${score}${also}): ${ref.summary || 'no summary'}; ${fix}`;
    });
    const move = refs.every((r) => r.fixed.length > 0) ? ` Move to a version that fixes ${refs.length === 1 ? 'it' : 'all of them'}.` : '';
    return `${what} has ${(0,report_text/* plural */.LS)(refs.length, 'advisory', 'advisories')}: ${list.join(' · ')}. Reaches ${(0,report_text/* plural */.LS)(services, 'service')}.${move}`;
}

;// CONCATENATED MODULE: ./src/advisories/scan-advisories.ts

async function scanAdvisories(workspace, config, source) {
    const queries = advisoryQueries(workspace);
    const base = { source: source.label, queried: queries.length, ignored: [] };
    if (queries.length === 0)
        return { findings: [], report: { ...base, vulnerable: 0 } };
    try {
        const records = await source.lookup(queries);
        const { findings, ignored } = checkVulnerablePins(workspace, records, config);
        return { findings, report: { ...base, vulnerable: findings.length, ignored } };
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return { findings: [], report: { ...base, vulnerable: 0, warning: `advisories not checked (${source.label}): ${why}` } };
    }
}
/** The scan's findings with the vulnerable pins in front (where people look first). */
function withVulnerablePins(result, vulnerable) {
    return { ...result, findings: [...vulnerable, ...result.findings] };
}
/**
 * Head (and base, on a PR) with their vulnerable pins. When either side could not be checked,
 * neither gets any, so a failed lookup never shows as "fixed" or "introduced".
 */
async function applyAdvisories(options) {
    const { head, base, config, source } = options;
    if (source === undefined)
        return { head, ...(base !== undefined && { base }) };
    const onHead = await scanAdvisories(head.workspace, config, source);
    const onBase = base !== undefined && onHead.report.warning === undefined ? await scanAdvisories(base.workspace, config, source) : undefined;
    const failed = onHead.report.warning ?? onBase?.report.warning;
    if (failed !== undefined) {
        return { head, ...(base !== undefined && { base }), report: { ...onHead.report, vulnerable: 0, ignored: [], warning: failed } };
    }
    return {
        head: withVulnerablePins(head, onHead.findings),
        ...(base !== undefined && { base: withVulnerablePins(base, onBase?.findings ?? []) }),
        report: onHead.report,
    };
}


/***/ }),

/***/ 3338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ ECOSYSTEM),
/* harmony export */   k1: () => (/* binding */ AdvisoryError),
/* harmony export */   qv: () => (/* binding */ queryKey)
/* harmony export */ });
// OSV records (https://ossf.github.io/osv-schema/) as far as monopin reads them, and the one
// interface every advisory source (the OSV API, a folder or zip of records) offers.
const ECOSYSTEM = 'PyPI';
function queryKey(query) {
    return query.version === undefined ? query.name : `${query.name}==${query.version}`;
}
/** The advisory source could not be read: one clear warning, never a silent pass. */
class AdvisoryError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'AdvisoryError';
    }
}


/***/ }),

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


/***/ }),

/***/ 8561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ sameVersion)
/* harmony export */ });
/* harmony import */ var _pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8466);
// PEP 440 version equality: `1.0` is `1.0.0`; versions that are not PEP 440 compare as text.
// The order itself (BigInt numbers, as packaging) lives in pep440.ts.

function sameVersion(a, b) {
    if (a === b)
        return true;
    return (0,_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .compareVersionStrings */ .QK)(a, b) === 0;
}


/***/ }),

/***/ 8898:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { valid, clean, explain, parse } = __webpack_require__(4818);

const { lt, le, eq, ne, ge, gt, compare, rcompare } = __webpack_require__(2124);

const {
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,
} = __webpack_require__(790);

const { major, minor, patch, inc } = __webpack_require__(8940);

module.exports = {
  // version
  valid,
  clean,
  explain,
  parse,

  // operator
  lt,
  le,
  lte: le,
  eq,
  ne,
  neq: ne,
  ge,
  gte: ge,
  gt,
  compare,
  rcompare,

  // range
  filter,
  maxSatisfying,
  minSatisfying,
  RANGE_PATTERN,
  satisfies,
  validRange,

  // semantic
  major,
  minor,
  patch,
  inc,
};


/***/ }),

/***/ 2124:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { parse } = __webpack_require__(4818);

module.exports = {
  compare,
  rcompare,
  lt,
  le,
  eq,
  ne,
  ge,
  gt,
  '<': lt,
  '<=': le,
  '==': eq,
  '!=': ne,
  '>=': ge,
  '>': gt,
  '===': arbitrary,
};

function lt(version, other) {
  return compare(version, other) < 0;
}

function le(version, other) {
  return compare(version, other) <= 0;
}

function eq(version, other) {
  return compare(version, other) === 0;
}

function ne(version, other) {
  return compare(version, other) !== 0;
}

function ge(version, other) {
  return compare(version, other) >= 0;
}

function gt(version, other) {
  return compare(version, other) > 0;
}

function arbitrary(version, other) {
  return version.toLowerCase() === other.toLowerCase();
}

function compare(version, other) {
  const parsedVersion = parse(version);
  const parsedOther = parse(other);

  const keyVersion = calculateKey(parsedVersion);
  const keyOther = calculateKey(parsedOther);

  return pyCompare(keyVersion, keyOther);
}

function rcompare(version, other) {
  return -compare(version, other);
}

// this logic is buitin in python, but we need to port it to js
// see https://stackoverflow.com/a/5292332/1438522
function pyCompare(elemIn, otherIn) {
  let elem = elemIn;
  let other = otherIn;
  if (elem === other) {
    return 0;
  }
  if (Array.isArray(elem) !== Array.isArray(other)) {
    elem = Array.isArray(elem) ? elem : [elem];
    other = Array.isArray(other) ? other : [other];
  }
  if (Array.isArray(elem)) {
    const len = Math.min(elem.length, other.length);
    for (let i = 0; i < len; i += 1) {
      const res = pyCompare(elem[i], other[i]);
      if (res !== 0) {
        return res;
      }
    }
    return elem.length - other.length;
  }
  if (elem === -Infinity || other === Infinity) {
    return -1;
  }
  if (elem === Infinity || other === -Infinity) {
    return 1;
  }
  return elem < other ? -1 : 1;
}

function calculateKey(input) {
  const { epoch } = input;
  let { release, pre, post, local, dev } = input;
  // When we compare a release version, we want to compare it with all of the
  // trailing zeros removed. So we'll use a reverse the list, drop all the now
  // leading zeros until we come to something non zero, then take the rest
  // re-reverse it back into the correct order and make it a tuple and use
  // that for our sorting key.
  release = release.concat();
  release.reverse();
  while (release.length && release[0] === 0) {
    release.shift();
  }
  release.reverse();

  // We need to "trick" the sorting algorithm to put 1.0.dev0 before 1.0a0.
  // We'll do this by abusing the pre segment, but we _only_ want to do this
  // if there is !a pre or a post segment. If we have one of those then
  // the normal sorting rules will handle this case correctly.
  if (!pre && !post && dev) pre = -Infinity;
  // Versions without a pre-release (except as noted above) should sort after
  // those with one.
  else if (!pre) pre = Infinity;

  // Versions without a post segment should sort before those with one.
  if (!post) post = -Infinity;

  // Versions without a development segment should sort after those with one.
  if (!dev) dev = Infinity;

  if (!local) {
    // Versions without a local segment should sort before those with one.
    local = -Infinity;
  } else {
    // Versions with a local segment need that segment parsed to implement
    // the sorting rules in PEP440.
    // - Alpha numeric segments sort before numeric segments
    // - Alpha numeric segments sort lexicographically
    // - Numeric segments sort numerically
    // - Shorter versions sort before longer versions when the prefixes
    //   match exactly
    local = local.map((i) =>
      Number.isNaN(Number(i)) ? [-Infinity, i] : [Number(i), ''],
    );
  }

  return [epoch, release, pre, post, dev, local];
}


/***/ }),

/***/ 8940:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const { explain, parse, stringify } = __webpack_require__(4818);

// those notation are borrowed from semver
module.exports = {
  major,
  minor,
  patch,
  inc,
};

function major(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  return version.release[0];
}

function minor(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 2) {
    return 0;
  }
  return version.release[1];
}

function patch(input) {
  const version = explain(input);
  if (!version) {
    throw new TypeError('Invalid Version: ' + input);
  }
  if (version.release.length < 3) {
    return 0;
  }
  return version.release[2];
}

function inc(input, release, preReleaseIdentifier) {
  let identifier = preReleaseIdentifier || `a`;
  const version = parse(input);

  if (!version) {
    return null;
  }

  if (
    !['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview'].includes(
      identifier,
    )
  ) {
    return null;
  }

  switch (release) {
    case 'premajor':
      {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'preminor':
      {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prepatch':
      {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      version.pre = [identifier, 0];
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'prerelease':
      if (version.pre === null) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
        version.pre = [identifier, 0];
      } else {
        if (preReleaseIdentifier === undefined && version.pre !== null) {
          [identifier] = version.pre;
        }

        const [letter, number] = version.pre;
        if (letter === identifier) {
          version.pre = [letter, number + 1];
        } else {
          version.pre = [identifier, 0];
        }
      }

      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'major':
      if (
        version.release.slice(1).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'minor':
      if (
        version.release.slice(2).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0] = version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    case 'patch':
      if (
        version.release.slice(3).some((value) => value !== 0) ||
        version.pre === null
      ) {
        const [majorVersion, minorVersion = 0, patchVersion = 0] =
          version.release;
        version.release.fill(0);
        version.release[0] = majorVersion;
        version.release[1] = minorVersion;
        version.release[2] = patchVersion + 1;
      }
      delete version.pre;
      delete version.post;
      delete version.dev;
      delete version.local;
      break;
    default:
      return null;
  }

  return stringify(version);
}


/***/ }),

/***/ 790:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// This file is dual licensed under the terms of the Apache License, Version
// 2.0, and the BSD License. See the LICENSE file in the root of this repository
// for complete details.

const { VERSION_PATTERN, explain: explainVersion } = __webpack_require__(4818);

const Operator = __webpack_require__(2124);

const RANGE_PATTERN = [
  '(?<operator>(===|~=|==|!=|<=|>=|<|>))',
  '\\s*',
  '(',
  /*  */ '(?<version>(?:' + VERSION_PATTERN.replace(/\?<\w+>/g, '?:') + '))',
  /*  */ '(?<prefix>\\.\\*)?',
  /*  */ '|',
  /*  */ '(?<legacy>[^,;\\s)]+)',
  ')',
].join('');

module.exports = {
  RANGE_PATTERN,
  parse,
  satisfies,
  filter,
  validRange,
  maxSatisfying,
  minSatisfying,
};

const isEqualityOperator = (op) => ['==', '!=', '==='].includes(op);

const rangeRegex = new RegExp('^' + RANGE_PATTERN + '$', 'i');

function parse(ranges) {
  if (!ranges.trim()) {
    return [];
  }

  const specifiers = ranges
    .split(',')
    .map((range) => rangeRegex.exec(range.trim()) || {})
    .map(({ groups }) => {
      if (!groups) {
        return null;
      }

      let { ...spec } = groups;
      const { operator, version, prefix, legacy } = groups;

      if (version) {
        spec = { ...spec, ...explainVersion(version) };
        if (operator === '~=') {
          if (spec.release.length < 2) {
            return null;
          }
        }
        if (!isEqualityOperator(operator) && spec.local) {
          return null;
        }

        if (prefix) {
          if (!isEqualityOperator(operator) || spec.dev || spec.local) {
            return null;
          }
        }
      }
      if (legacy && operator !== '===') {
        return null;
      }

      return spec;
    });

  if (specifiers.filter(Boolean).length !== specifiers.length) {
    return null;
  }

  return specifiers;
}

function filter(versions, specifier, options = {}) {
  const filtered = pick(versions, specifier, options);
  if (filtered.length === 0 && options.prereleases === undefined) {
    return pick(versions, specifier, { prereleases: true });
  }
  return filtered;
}

function maxSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[found.length - 1];
}

function minSatisfying(versions, range, options) {
  const found = filter(versions, range, options).sort(Operator.compare);
  return found.length === 0 ? null : found[0];
}

function pick(versions, specifier, options) {
  const parsed = parse(specifier);

  if (!parsed) {
    return [];
  }

  return versions.filter((version) => {
    const explained = explainVersion(version);

    if (!parsed.length) {
      return explained && !(explained.is_prerelease && !options.prereleases);
    }

    return parsed.reduce((pass, spec) => {
      if (!pass) {
        return false;
      }
      return contains({ ...spec, ...options }, { version, explained });
    }, true);
  });
}

function satisfies(version, specifier, options = {}) {
  const filtered = pick([version], specifier, options);

  return filtered.length === 1;
}

function arrayStartsWith(array, prefix) {
  if (prefix.length > array.length) {
    return false;
  }

  for (let i = 0; i < prefix.length; i += 1) {
    if (prefix[i] !== array[i]) {
      return false;
    }
  }

  return true;
}

function contains(specifier, input) {
  const { explained } = input;
  let { version } = input;
  const { ...spec } = specifier;

  if (spec.prereleases === undefined) {
    spec.prereleases = spec.is_prerelease;
  }

  if (explained && explained.is_prerelease && !spec.prereleases) {
    return false;
  }

  if (spec.operator === '~=') {
    let compatiblePrefix = spec.release.slice(0, -1).concat('*').join('.');
    if (spec.epoch) {
      compatiblePrefix = spec.epoch + '!' + compatiblePrefix;
    }
    return satisfies(version, `>=${spec.version}, ==${compatiblePrefix}`, {
      prereleases: spec.prereleases,
    });
  }

  if (spec.prefix) {
    const isMatching =
      explained.epoch === spec.epoch &&
      arrayStartsWith(explained.release, spec.release);
    const isEquality = spec.operator !== '!=';
    return isEquality ? isMatching : !isMatching;
  }

  if (explained)
    if (explained.local && spec.version) {
      version = explained.public;
      spec.version = explainVersion(spec.version).public;
    }

  if (spec.operator === '<' || spec.operator === '>') {
    // simplified version of https://www.python.org/dev/peps/pep-0440/#exclusive-ordered-comparison
    if (Operator.eq(spec.release.join('.'), explained.release.join('.'))) {
      return false;
    }
  }

  const op = Operator[spec.operator];
  return op(version, spec.version || spec.legacy);
}

function validRange(specifier) {
  return Boolean(parse(specifier));
}


/***/ }),

/***/ 4818:
/***/ ((module) => {

const VERSION_PATTERN = [
  'v?',
  '(?:',
  /* */ '(?:(?<epoch>[0-9]+)!)?', // epoch
  /* */ '(?<release>[0-9]+(?:\\.[0-9]+)*)', // release segment
  /* */ '(?<pre>', // pre-release
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))',
  /*    */ '[-_\\.]?',
  /*    */ '(?<pre_n>[0-9]+)?',
  /* */ ')?',
  /* */ '(?<post>', // post release
  /*    */ '(?:-(?<post_n1>[0-9]+))',
  /*    */ '|',
  /*    */ '(?:',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_l>post|rev|r)',
  /*        */ '[-_\\.]?',
  /*        */ '(?<post_n2>[0-9]+)?',
  /*    */ ')',
  /* */ ')?',
  /* */ '(?<dev>', // dev release
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_l>dev)',
  /*    */ '[-_\\.]?',
  /*    */ '(?<dev_n>[0-9]+)?',
  /* */ ')?',
  ')',
  '(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?', // local version
].join('');

module.exports = {
  VERSION_PATTERN,
  valid,
  clean,
  explain,
  parse,
  stringify,
};

const validRegex = new RegExp('^' + VERSION_PATTERN + '$', 'i');

function valid(version) {
  return validRegex.test(version) ? version : null;
}

const cleanRegex = new RegExp('^\\s*' + VERSION_PATTERN + '\\s*$', 'i');
function clean(version) {
  return stringify(parse(version, cleanRegex));
}

function parse(version, regex) {
  // Validate the version and parse it into pieces
  const { groups } = (regex || validRegex).exec(version) || {};
  if (!groups) {
    return null;
  }

  // Store the parsed out pieces of the version
  const parsed = {
    epoch: Number(groups.epoch ? groups.epoch : 0),
    release: groups.release.split('.').map(Number),
    pre: normalize_letter_version(groups.pre_l, groups.pre_n),
    post: normalize_letter_version(
      groups.post_l,
      groups.post_n1 || groups.post_n2,
    ),
    dev: normalize_letter_version(groups.dev_l, groups.dev_n),
    local: parse_local_version(groups.local),
  };

  return parsed;
}

function stringify(parsed) {
  if (!parsed) {
    return null;
  }
  const { epoch, release, pre, post, dev, local } = parsed;
  const parts = [];

  // Epoch
  if (epoch !== 0) {
    parts.push(`${epoch}!`);
  }
  // Release segment
  parts.push(release.join('.'));

  // Pre-release
  if (pre) {
    parts.push(pre.join(''));
  }
  // Post-release
  if (post) {
    parts.push('.' + post.join(''));
  }
  // Development release
  if (dev) {
    parts.push('.' + dev.join(''));
  }
  // Local version segment
  if (local) {
    parts.push(`+${local}`);
  }
  return parts.join('');
}

function normalize_letter_version(letterIn, numberIn) {
  let letter = letterIn;
  let number = numberIn;
  if (letter) {
    // We consider there to be an implicit 0 in a pre-release if there is
    // not a numeral associated with it.
    if (!number) {
      number = 0;
    }
    // We normalize any letters to their lower case form
    letter = letter.toLowerCase();

    // We consider some words to be alternate spellings of other words and
    // in those cases we want to normalize the spellings to our preferred
    // spelling.
    if (letter === 'alpha') {
      letter = 'a';
    } else if (letter === 'beta') {
      letter = 'b';
    } else if (['c', 'pre', 'preview'].includes(letter)) {
      letter = 'rc';
    } else if (['rev', 'r'].includes(letter)) {
      letter = 'post';
    }
    return [letter, Number(number)];
  }
  if (!letter && number) {
    // We assume if we are given a number, but we are not given a letter
    // then this is using the implicit post release syntax (e.g. 1.0-1)
    letter = 'post';

    return [letter, Number(number)];
  }
  return null;
}

function parse_local_version(local) {
  /*
    Takes a string like abc.1.twelve and turns it into("abc", 1, "twelve").
    */
  if (local) {
    return local
      .split(/[._-]/)
      .map((part) =>
        Number.isNaN(Number(part)) ? part.toLowerCase() : Number(part),
      );
  }
  return null;
}

function explain(version) {
  const parsed = parse(version);
  if (!parsed) {
    return parsed;
  }
  const { epoch, release, pre, post, dev, local } = parsed;

  let base_version = '';
  if (epoch !== 0) {
    base_version += epoch + '!';
  }
  base_version += release.join('.');

  const is_prerelease = Boolean(dev || pre);
  const is_devrelease = Boolean(dev);
  const is_postrelease = Boolean(post);

  // return

  return {
    epoch,
    release,
    pre,
    post: post ? post[1] : post,
    dev: dev ? dev[1] : dev,
    local: local ? local.join('.') : local,
    public: stringify(parsed).split('+', 1)[0],
    base_version,
    is_prerelease,
    is_devrelease,
    is_postrelease,
  };
}


/***/ })

};
