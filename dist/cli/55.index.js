export const id = 55;
export const ids = [55];
export const modules = {

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

/***/ 2657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ab: () => (/* binding */ targetPython),
/* harmony export */   dK: () => (/* binding */ targetEnvironment)
/* harmony export */ });
/* unused harmony export inferPythonVersion */
/** `FROM python:3.12-slim`, `python:3.11.9-bookworm`, `docker.io/library/python:3.13` → "3.12", … */
const PYTHON_IMAGE = /(?:^|\/)python:(\d+\.\d+)(?:[.\-\w]*)$/;
/** The most common X.Y among the Dockerfiles' `FROM python:X.Y…`, or undefined. */
function inferPythonVersion(ws) {
    const counts = new Map();
    for (const file of ws.files) {
        if (file.kind !== 'dockerfile')
            continue;
        for (const from of file.parsed.froms) {
            const m = PYTHON_IMAGE.exec(from.image);
            if (m)
                counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
        }
    }
    return [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0], undefined, { numeric: true }))[0]?.[0];
}
/** The Python the images run: an explicit choice, else the config's, else the Dockerfiles' most common, else 3.12. */
function targetPython(ws, configured, explicit) {
    return explicit ?? configured ?? inferPythonVersion(ws) ?? '3.12';
}
/** CPython on Linux, as the official python images are; linux/arm64 maps to aarch64. */
function targetEnvironment(pythonVersion, platform = 'linux/amd64') {
    const full = pythonVersion.split('.').length === 2 ? `${pythonVersion}.0` : pythonVersion;
    const machine = platform.endsWith('arm64') ? 'aarch64' : 'x86_64';
    return {
        python_version: pythonVersion.split('.').slice(0, 2).join('.'),
        python_full_version: full,
        os_name: 'posix',
        sys_platform: 'linux',
        platform_system: 'Linux',
        platform_machine: machine,
        platform_python_implementation: 'CPython',
        implementation_name: 'cpython',
        implementation_version: full,
        platform_release: '',
        platform_version: '',
        extra: '',
    };
}


/***/ }),

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ bumpOutcome),
/* harmony export */   u: () => (/* binding */ withoutPackageName)
/* harmony export */ });
function bumpOutcome(plan, pagesRead, failOn = 'error') {
    const failed = plan.errors.length;
    if (failed === 0)
        return { exitCode: 0 };
    if (pagesRead === 0) {
        const first = plan.errors[0];
        return { exitCode: failOn === 'never' ? 0 : 2, summary: `the index could not be read for any of the ${failed} pinned packages (first: ${first.name}: ${first.message})` };
    }
    return { exitCode: failOn === 'never' ? 0 : 1, summary: `${failed} of ${failed + pagesRead} pinned packages could not be read from the index; the rest is planned` };
}
/** The error without the package name again: the line already starts with it. */
function withoutPackageName(name, message) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return message.replace(new RegExp(` for ${escaped}(?=[:\\s(]|$)`), '');
}


/***/ }),

/***/ 4098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ centralPins),
  c: () => (/* binding */ prepareBump)
});

// EXTERNAL MODULE: ./src/checks/pins.ts
var checks_pins = __webpack_require__(977);
// EXTERNAL MODULE: ./src/pep/version.ts
var pep_version = __webpack_require__(8561);
// EXTERNAL MODULE: ./src/pep/marker.ts
var pep_marker = __webpack_require__(1023);
// EXTERNAL MODULE: ./src/model/build.ts + 7 modules
var build = __webpack_require__(2426);
// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
// EXTERNAL MODULE: ./src/sources/dockerfile.ts + 2 modules
var dockerfile = __webpack_require__(1427);
// EXTERNAL MODULE: ./src/sources/requirements.ts + 1 modules
var requirements = __webpack_require__(3728);
// EXTERNAL MODULE: ./src/index/filenames.ts
var filenames = __webpack_require__(9062);
;// CONCATENATED MODULE: ./src/bump/hashes.ts
// `--hash` options of pip's requirements format: find them after a requirement, write new ones
// in the layout the file already uses (pip-compile's one-per-continued-line, or all on one line).


const STRONG = ['sha256', 'sha384', 'sha512'];
/** `sha256:abc…` as pip wants it; a bare hex digest is taken for sha256. */
function normalizeHash(hash) {
    const h = hash.trim();
    return /^[a-z0-9]+:/i.test(h) ? h.replace(/^[a-z0-9]+/i, (a) => a.toLowerCase()) : `sha256:${h}`;
}
const HASH_OPTION = /(^|[ \t])--hash(=|[ \t]+)([^\s\\]+)/g;
/**
 * The `--hash` options of the logical line whose requirement ends at `from`: every physical line
 * that the requirement's line continues with `\`, up to a comment (pip drops the rest after ` #`).
 */
function findHashOptions(content, from) {
    let pos = from;
    let end = from;
    for (;;) {
        const nl = content.indexOf('\n', pos);
        const line = content.slice(pos, nl < 0 ? content.length : nl).replace(/\r$/, '');
        end = pos + line.length;
        // pip continues a line only when it ends with the backslash itself, and a comment line ends it
        if (nl < 0 || !line.endsWith('\\'))
            break;
        const nextEnd = content.indexOf('\n', nl + 1);
        if (/^[ \t]*#/.test(content.slice(nl + 1, nextEnd < 0 ? undefined : nextEnd)))
            break;
        pos = nl + 1;
    }
    let region = content.slice(from, end);
    const comment = /[ \t]#/.exec(region);
    if (comment)
        region = region.slice(0, comment.index);
    const found = [];
    for (const m of region.matchAll(HASH_OPTION)) {
        const start = from + m.index + m[1].length;
        found.push({ start, end: from + m.index + m[0].length, value: m[3], joiner: m[2] });
    }
    return found;
}
/**
 * The text that replaces the span from the first old `--hash` to the end of the last one, or
 * undefined when the old options are not laid out in a way that can be kept (other text between them).
 */
function renderHashOptions(content, old, hashes) {
    const first = old[0];
    if (!first || hashes.length === 0)
        return undefined;
    const gaps = old.slice(1).map((h, i) => content.slice(old[i].end, h.start));
    const layout = /^([ \t]*\\\r?\n)?[ \t]+$|^[ \t]*\\\r?\n$/;
    if (gaps.some((g) => g !== gaps[0] || !layout.test(g)))
        return undefined;
    let sep = gaps[0];
    if (sep === undefined) {
        // one old hash: reuse the gap in front of it (a continued line keeps its indentation)
        let k = first.start;
        while (k > 0 && /[ \t\r\n\\]/.test(content[k - 1]))
            k--;
        const before = content.slice(k, first.start);
        sep = layout.test(before) ? before : ' ';
    }
    return hashes.map((h) => `--hash${first.joiner}${normalizeHash(h)}`).join(sep);
}
/** The version a distribution file of `project` belongs to: `name-ver-….whl`, `name-ver.tar.gz`, `name-ver.zip`. */
function fileVersion(filename, project) {
    const parsed = (0,filenames/* parseFilename */.p_)(filename, project);
    return parsed !== undefined && parsed.name === (0,pep_name/* normalizeName */.P)(project) ? parsed.version : undefined;
}
/** pip-compile's `--generate-hashes`: the sha256 of every file of the release, sorted, unique. */
function releaseHashes(page, version, sameVersion = (a, b) => a === b) {
    const files = page.files.filter((f) => {
        const v = fileVersion(f.filename, page.name);
        return v !== undefined && sameVersion(v, version);
    });
    const hashes = files.map((f) => bestHash(f.hashes)).filter((h) => h !== undefined);
    if (hashes.length === 0 || hashes.length < files.length)
        return undefined;
    return [...new Set(hashes)].sort();
}
function bestHash(hashes) {
    const algo = STRONG.find((a) => hashes[a]);
    return algo ? `${algo}:${hashes[algo]}` : undefined;
}

// EXTERNAL MODULE: ./src/line-index.ts
var line_index = __webpack_require__(3492);
;// CONCATENATED MODULE: ./src/bump/edit.ts
// Minimal text edits for a bump: the project's own parsers say where each exact pin is, and only
// the characters of its version change. Everything else (comments, case, extras, markers, quotes,
// line endings, continuations) stays byte for byte, so the PR diff shows the versions and nothing else.







function editPins(options) {
    const { path, content, kind } = options;
    const targets = new Map(options.bumps.map((b) => [(0,pep_name/* normalizeName */.P)(b.name), b.to]));
    const lines = lineStarts(content, kind);
    const notes = [];
    const edits = [];
    const changes = [];
    const argEdits = new Map();
    const where = (line) => `${path}:${line}`;
    const lineOf = (offset) => lines.lineOf(offset);
    const candidates = kind === 'dockerfile' ? dockerfileCandidates(content, path, lines) : requirementsCandidates(content, path, lines);
    const args = kind === 'dockerfile' ? new ArgScope(content, lines) : undefined;
    for (const c of candidates) {
        const to = targets.get(c.name);
        if (to === undefined)
            continue;
        if (c.occurrence && options.only && !options.only(c.occurrence))
            continue;
        if (c.specifier !== undefined && !isExactPin(c.specifier))
            continue;
        const offsets = align(content, c.start, c.text);
        const pin = pinSpan(c.text);
        if (!offsets || !pin) {
            notes.push(`${where(c.line)}: cannot locate the version of ${c.name} in '${c.text}'; set it to ${to} by hand`);
            continue;
        }
        const token = c.text.slice(pin.start, pin.end);
        if (token.includes('$')) {
            const variable = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(token);
            const varName = variable?.[1] ?? variable?.[2];
            const arg = varName ? args?.defaultAt(varName, c.start) : undefined;
            if (!varName || !arg) {
                const how = varName ? `\${${varName}}, which has no ARG default in this file` : `'${token}'`;
                notes.push(`${where(c.line)}: ${c.name} is pinned through ${how}; set it to ${to} where the build passes it (--build-arg)`);
                continue;
            }
            const prior = argEdits.get(arg.start);
            if (prior) {
                if (prior.to !== to)
                    notes.push(`${where(lineOf(arg.start))}: ARG ${varName} pins both ${prior.name} and ${c.name}; kept ${prior.name}'s ${prior.to}, set ${c.name} to ${to} by hand`);
                continue;
            }
            argEdits.set(arg.start, { name: c.name, to });
            if (pinnedAlready(arg.value, to, pin.op))
                continue;
            edits.push({ start: arg.start, end: arg.end, text: to });
            changes.push({ line: lineOf(arg.start), name: c.name, from: arg.value, to });
            continue;
        }
        if (pinnedAlready(token, to, pin.op))
            continue;
        const start = offsets[pin.start];
        const end = offsets[pin.end - 1] + 1;
        // a version split by quotes or a continuation cannot be rewritten as one run of characters
        if (end - start !== pin.end - pin.start) {
            notes.push(`${where(c.line)}: the version of ${c.name} is split across quotes or lines; set it to ${to} by hand`);
            continue;
        }
        edits.push({ start, end, text: to });
        changes.push({ line: lineOf(start), name: c.name, from: token, to });
        if (c.hashes?.length) {
            const hashEdit = rewriteHashes(content, offsets[c.text.length - 1] + 1, c, to, options.hashesFor);
            if (hashEdit.edit)
                edits.push(hashEdit.edit);
            else
                notes.push(`${where(c.line)}: ${c.name} ${hashEdit.reason}`);
        }
    }
    return { content: apply(content, edits), changes, notes };
}
function rewriteHashes(content, requirementEnd, c, to, hashesFor) {
    const regenerate = 'has --hash lines for the old version; regenerate them (pip-compile --generate-hashes)';
    const hashes = hashesFor?.(c.name, to);
    if (!hashes || hashes.length === 0)
        return { reason: regenerate };
    const old = findHashOptions(content, requirementEnd);
    const text = old.length === c.hashes.length ? renderHashOptions(content, old, hashes) : undefined;
    if (text === undefined)
        return { reason: regenerate };
    return { edit: { start: old[0].start, end: old[old.length - 1].end, text } };
}
function apply(content, edits) {
    let out = content;
    let floor = Infinity;
    for (const e of [...edits].sort((a, b) => b.start - a.start)) {
        if (e.end > floor)
            continue; // overlapping edits cannot happen by construction; never corrupt the file if they do
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
        floor = e.start;
    }
    return out;
}
/** `==X` or `===X`, one clause, no wildcard. */
function isExactPin(specifier) {
    return /^===?[^,=<>!~]+$/.test(specifier) && !/^==[^=].*\*$/.test(specifier);
}
// `==2.0` already pins 2.0.0; rewriting it would be churn. `===` compares strings.
function pinnedAlready(current, to, op) {
    return op === '===' ? current === to : (0,pep_version/* sameVersion */.r)(current, to);
}
const PIN = /^[ \t]*[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?[ \t]*(?:\[[^\]]*\][ \t]*)?\(?[ \t]*(===|==)[ \t]*([^\s,;)]+)/;
/** Where the version of the first clause sits in a requirement's text, when that clause is `==`/`===`. */
function pinSpan(text) {
    const m = PIN.exec(text);
    if (!m)
        return undefined;
    const end = m[0].length;
    return { op: m[1], start: end - m[2].length, end };
}
/**
 * The file offset of each character of `text`, read from `start`: quotes around or inside the
 * word, `\"` escapes and `\`-newline continuations are skipped. Undefined when the text is not there.
 */
function align(content, start, text) {
    const offsets = [];
    let k = start;
    for (let i = 0; i < text.length;) {
        const ch = content[k];
        if (ch === undefined)
            return undefined;
        if (ch === text[i]) {
            offsets.push(k++);
            i++;
        }
        else if (ch === '"' || ch === "'") {
            k++;
        }
        else if ((ch === '\\' || ch === '`') && /^\r?\n/.test(content.slice(k + 1, k + 3))) {
            k += content[k + 1] === '\r' ? 3 : 2;
        }
        else if (ch === '\\' && content[k + 1] === text[i]) {
            k++;
        }
        else {
            return undefined;
        }
    }
    return offsets;
}
// The line breaks each parser counts: pip's splitlines() for requirements, dockerfile-ast's for Dockerfiles.
const PIP_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
const DOCKER_BREAK = /\r\n|\n|\r/g;
function lineStarts(content, kind) {
    const bom = kind !== 'dockerfile' && content.startsWith('\uFEFF') ? 1 : 0;
    const starts = [bom];
    for (const m of content.slice(bom).matchAll(kind === 'dockerfile' ? DOCKER_BREAK : PIP_BREAK))
        starts.push(bom + m.index + m[0].length);
    return {
        offset: (line, column) => (starts[line - 1] ?? content.length) + column - 1,
        lineOf: (offset) => (0,line_index/* lineIndexOf */.cL)(starts, offset) + 1,
    };
}
// ── candidates ───────────────────────────────────────────────────────────────
function fromOccurrence(o, lines) {
    if (o.url !== undefined)
        return undefined;
    return {
        name: o.name,
        text: o.text,
        start: lines.offset(o.location.line, o.location.column),
        line: o.location.line,
        specifier: o.specifier,
        ...(o.hashes ? { hashes: o.hashes } : {}),
        occurrence: o,
    };
}
function requirementsCandidates(content, path, lines) {
    return (0,requirements/* parseRequirementsFile */.w)(content, path).occurrences.flatMap((o) => fromOccurrence(o, lines) ?? []);
}
function dockerfileCandidates(content, path, lines) {
    const info = (0,dockerfile/* parseDockerfile */.A)(content, path);
    const found = info.installs.flatMap((i) => i.packages).flatMap((o) => fromOccurrence(o, lines) ?? []);
    // A pin through a variable nobody defines is a parse error, not an occurrence: read its word back.
    for (const issue of info.issues) {
        const { line, column, endLine, endColumn } = issue.location;
        if (issue.rule !== 'parse-error' || endLine === undefined || endColumn === undefined)
            continue;
        const start = lines.offset(line, column);
        const text = content.slice(start, lines.offset(endLine, endColumn)).replace(/^["']|["']$/g, '');
        const name = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/.exec(text)?.[0];
        const pin = pinSpan(text);
        if (!name || !pin || !text.slice(pin.start, pin.end).includes('$') || text.includes('\n'))
            continue;
        found.push({ name: (0,pep_name/* normalizeName */.P)(name), text, start, line });
    }
    return found.sort((a, b) => a.start - b.start);
}
// ── ARG defaults ─────────────────────────────────────────────────────────────
/** Docker's ARG scoping: a stage sees its own `ARG X=…`, or a global default it redeclares with `ARG X`. */
class ArgScope {
    content;
    steps = [];
    offsetOf;
    /** `lines`: the Dockerfile's line starts (dockerfile-ast positions are 0-based). */
    constructor(content, lines) {
        this.content = content;
        this.offsetOf = (p) => lines.offset(p.line + 1, p.character + 1);
        for (const i of main.DockerfileParser.parse(content).getInstructions()) {
            const keyword = i.getKeyword().toUpperCase();
            const at = this.offsetOf(i.getRange().start);
            if (keyword === 'FROM')
                this.steps.push({ at, kind: 'from', props: [] });
            else if (keyword === 'ARG')
                this.steps.push({ at, kind: 'arg', props: i.getProperties() });
        }
    }
    /** The default in force at `offset` for `name`, as a span of the file without its quotes. */
    defaultAt(name, offset) {
        const globals = new Map();
        let stage;
        for (const step of this.steps) {
            if (step.at > offset)
                break;
            if (step.kind === 'from') {
                stage = new Map();
                continue;
            }
            for (const p of step.props) {
                if (!stage) {
                    if (p.getValueRange())
                        globals.set(p.getName(), p);
                    else
                        globals.delete(p.getName());
                }
                else
                    stage.set(p.getName(), p.getValueRange() ? p : globals.get(p.getName()));
            }
        }
        const prop = stage?.get(name);
        const range = prop?.getValueRange();
        if (!range)
            return undefined;
        let start = this.offsetOf(range.start);
        let end = this.offsetOf(range.end);
        const raw = this.content.slice(start, end);
        const quoted = /^(["'])(.*)\1$/s.exec(raw);
        if (quoted) {
            start++;
            end--;
        }
        const value = this.content.slice(start, end);
        // a default built from other variables or escapes is not a plain version to rewrite
        return /^[A-Za-z0-9._+!-]+$/.test(value) ? { start, end, value } : undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
// EXTERNAL MODULE: ./src/pep/requirement.ts
var requirement = __webpack_require__(5358);
;// CONCATENATED MODULE: ./src/bump/coinstall.ts
// Co-installability of the chosen pins: every pinned package's own Requires-Dist must accept the
// version chosen for every other pinned package. A greedy repair toward a fixpoint, not a resolver:
// see the notes at the top of plan.ts.





function solveCoinstall(input) {
    const packages = [...input.packages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const byName = new Map(packages.map((p) => [p.name, p]));
    const options = new Map(packages.map((p) => [p.name, [...p.candidates, p.current]]));
    const idx = new Map(packages.map((p) => [p.name, 0]));
    const needs = new Map();
    const missing = new Set();
    const env = { ...input.environment, extra: '' };
    const depCache = new Map();
    const deps = (name, version) => {
        const key = `${name} ${version}`;
        let cached = depCache.get(key);
        if (cached)
            return cached;
        const meta = input.metadata(name, version);
        if (meta === undefined) {
            // optimistic until the caller fetches it; not cached, the next call may know it
            needs.set(key, { name, version });
            return [];
        }
        if (meta === 'missing')
            missing.add(key);
        cached = meta === 'missing' ? [] : pinnedDependencies(meta.requiresDist, name, env, byName);
        depCache.set(key, cached);
        return cached;
    };
    const versionOf = (name) => options.get(name)[idx.get(name)];
    const atCurrent = (name) => idx.get(name) === options.get(name).length - 1;
    // A conflict between two current pins was there before us: not ours to fix, and not a reason to hold anything.
    const tolerated = (a, b) => atCurrent(a) && atCurrent(b);
    // Every name has at least the current version, so asking for the metadata of every starting point up front
    // batches the first round of fetches.
    for (const p of packages) {
        deps(p.name, p.current);
        if (p.candidates.length > 0)
            deps(p.name, p.candidates[0]);
    }
    const findViolation = () => {
        for (const p of packages) {
            for (const dep of deps(p.name, versionOf(p.name))) {
                if (tolerated(p.name, dep.name))
                    continue;
                if (!depAccepts(dep.specifier, versionOf(dep.name)))
                    return { a: p.name, b: dep.name, dep };
            }
        }
        return undefined;
    };
    // Every step moves one package strictly toward its current version, so this many steps always suffice.
    let budget = packages.reduce((n, p) => n + p.candidates.length, 0) + 1;
    for (let v = findViolation(); v !== undefined; v = findViolation()) {
        if (budget-- <= 0) {
            for (const p of packages)
                idx.set(p.name, options.get(p.name).length - 1);
            break;
        }
        const { a, b, dep } = v;
        const bOptions = options.get(b);
        // First move the required package to an older version that fits ("bump that one too if a version fits")...
        const fit = bOptions.findIndex((version, i) => i > idx.get(b) && depAccepts(dep.specifier, version));
        if (fit !== -1)
            idx.set(b, fit);
        // ...else hold the requiring package back one step...
        else if (!atCurrent(a))
            idx.set(a, idx.get(a) + 1);
        // ...else both stay where they are now.
        else
            idx.set(b, bOptions.length - 1);
    }
    // Moving one package down can leave another held lower than it needs to be: lift each as far as it fits.
    const fitsAt = (name, version) => conflictsAt(name, version, true).length === 0;
    // Held back: chosen below its best candidate, so a conflict with it may be a consequence, not a cause.
    const heldBack = (name) => idx.get(name) > 0 && byName.get(name).candidates.length > 0;
    const conflictsAt = (name, version, stopAtFirst) => {
        const out = [];
        const isCurrent = version === byName.get(name).current;
        for (const dep of deps(name, version)) {
            if (isCurrent && atCurrent(dep.name))
                continue;
            const other = versionOf(dep.name);
            if (!depAccepts(dep.specifier, other)) {
                const text = `${name} ${version} requires ${dep.name}${dep.specifier}, but ${dep.name} ${atCurrent(dep.name) ? 'stays at' : 'is planned at'} ${other}`;
                out.push({ text, withHeldBack: heldBack(dep.name) });
                if (stopAtFirst)
                    return out;
            }
        }
        for (const p of packages) {
            if (p.name === name || (isCurrent && atCurrent(p.name)))
                continue;
            for (const dep of deps(p.name, versionOf(p.name))) {
                if (dep.name === name && !depAccepts(dep.specifier, version)) {
                    out.push({ text: `${p.name} ${versionOf(p.name)} requires ${name}${dep.specifier}`, withHeldBack: heldBack(p.name) });
                    if (stopAtFirst)
                        return out;
                }
            }
        }
        return out;
    };
    for (let changed = true, rounds = 0; changed && rounds < packages.length + 1; rounds++) {
        changed = false;
        for (const p of packages) {
            const list = options.get(p.name);
            const up = list.findIndex((version, i) => i < idx.get(p.name) && fitsAt(p.name, version));
            if (up !== -1) {
                idx.set(p.name, up);
                changed = true;
            }
        }
    }
    const chosen = new Map(packages.map((p) => [p.name, versionOf(p.name)]));
    const conflicts = new Map();
    for (const p of packages) {
        if (idx.get(p.name) > 0 && p.candidates.length > 0) {
            const best = p.candidates[0];
            const found = conflictsAt(p.name, best, false);
            const causes = found.some((c) => !c.withHeldBack) ? found.filter((c) => !c.withHeldBack) : found;
            conflicts.set(p.name, causes.length > 0 ? causes.map((c) => c.text).join(' and ') : 'with the other pins');
        }
    }
    const chosenMissing = new Set([...missing].filter((key) => chosen.get(key.split(' ')[0]) === key.split(' ')[1]));
    return { chosen, conflicts, missing: chosenMissing, needs: [...needs.values()] };
}
/** Requires-Dist entries on other pinned packages that apply in `env` (with `extra` = ''). */
function pinnedDependencies(requiresDist, self, env, pinned) {
    const out = [];
    for (const line of requiresDist) {
        let req;
        try {
            req = (0,requirement/* parseRequirement */.p)(line);
        }
        catch {
            continue; // pip would refuse the release too; its own install would tell. Not ours to guess.
        }
        if (req.name === (0,pep_name/* normalizeName */.P)(self) || !pinned.has(req.name) || req.url !== undefined)
            continue;
        if (req.marker !== undefined && !(0,pep_marker/* markerMayHold */.bR)(req.marker, env))
            continue;
        out.push({ name: req.name, specifier: req.specifier });
    }
    return out;
}
// A marker we cannot evaluate (a variable missing from the environment) counts: better a false hold than a broken install.
function depAccepts(specifier, version) {
    if (specifier === '' || (0,pep440.valid)(version) === null)
        return true;
    return (0,checks_pins/* acceptsPin */.b)(specifier, `==${version}`);
}

// EXTERNAL MODULE: ./src/pep/specifier.ts
var specifier = __webpack_require__(6821);
// EXTERNAL MODULE: ./src/bump/reasons.ts
var bump_reasons = __webpack_require__(5297);
// EXTERNAL MODULE: ./src/bump/update-type.ts
var update_type = __webpack_require__(8944);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
;// CONCATENATED MODULE: ./src/bump/policy.ts
// Which releases the maintainers allow: cooldown, ignore rules and rejections, allowed update
// types, pre-releases, the target Python. Pure; `now` comes in with the options.







const DAY_MS = 86_400_000;
/** Whole days since `uploadTime`; undefined when unknown or unparsable. */
function releaseAgeDays(uploadTime, now) {
    if (uploadTime === undefined)
        return undefined;
    const t = Date.parse(uploadTime);
    if (Number.isNaN(t))
        return undefined;
    return Math.floor((now.getTime() - t) / DAY_MS);
}
/**
 * Does `requiresPython` admit the target? The target is read as pip reads `python_full_version`:
 * "3.12" is 3.12.0, so `>=3.9` admits it and `!=3.12.*` does not. A specifier that does not parse
 * admits everything, as pip ignores an invalid Requires-Python.
 */
function pythonAccepts(requiresPython, pythonVersion) {
    const spec = requiresPython?.replace(/\s+/g, '') ?? '';
    if (spec === '' || !(0,specifier/* isValidSpecifierSet */.xs)(spec))
        return true;
    return (0,specifier/* specifierContains */.IK)(spec, fullPythonVersion(pythonVersion));
}
function fullPythonVersion(pythonVersion) {
    const parts = pythonVersion.trim().split('.');
    while (parts.length < 3)
        parts.push('0');
    return parts.join('.');
}
/** The first rule that ignores `name` `from` → `to`: the whole package, this version, or its update type. */
function matchingIgnoreRule(rules, name, from, to) {
    const n = (0,pep_name/* normalizeName */.P)(name);
    return rules.find((rule) => {
        if ((0,pep_name/* normalizeName */.P)(rule.name) !== n)
            return false;
        if (rule.version !== undefined && !versionMatches(to, rule.version))
            return false;
        if (rule.updateTypes !== undefined && !rule.updateTypes.includes((0,update_type/* updateTypeOf */.P)(from, to)))
            return false;
        return true;
    });
}
// `2.11.0`, or a specifier (`>=3`, `2.*`) when a maintainer wrote one.
function versionMatches(version, ruleVersion) {
    const v = ruleVersion.trim();
    if (/^[<>=!~]/.test(v))
        return (0,specifier/* specifierContains */.IK)(v, version);
    if (v.endsWith('.*'))
        return (0,specifier/* specifierContains */.IK)(`==${v}`, version);
    return (0,pep_version/* sameVersion */.r)(version, v);
}
/** Allowed update types for a package: its own entry, else '*', else undefined (all allowed). */
function allowedUpdateTypes(policy, name) {
    return policy.allowedUpdateTypes[(0,pep_name/* normalizeName */.P)(name)] ?? policy.allowedUpdateTypes['*'];
}
/** A rule from the configuration is policy; one from a closed PR, an unchecked line or a comment is a maintainer's rejection. */
function isConfigRule(rule) {
    return /\.ya?ml\b|\bconfig/i.test(rule.source);
}
/** Release-level checks of one candidate `release` for the pin `name==from` (consumers are checked by the planner). */
function screenRelease(policy, name, from, release) {
    const reasons = [];
    const to = release.version;
    if (release.yanked)
        reasons.push((0,bump_reasons/* reason */.l)('yanked', to, `${to} is yanked on the index.`));
    if (!pythonAccepts(release.requiresPython, policy.pythonVersion)) {
        reasons.push((0,bump_reasons/* reason */.l)('requires-python', to, `${to} requires Python ${release.requiresPython}; the target is ${policy.pythonVersion}.`));
    }
    if ((0,update_type/* isPrerelease */.V)(to) && !(0,update_type/* isPrerelease */.V)(from))
        reasons.push((0,bump_reasons/* reason */.l)('policy', to, `${to} is a pre-release and the pin is not.`));
    const ageDays = releaseAgeDays(release.uploadTime, policy.now);
    if (ageDays !== undefined && ageDays < policy.minReleaseAgeDays) {
        reasons.push((0,bump_reasons/* reason */.l)('cooldown', to, `${to} was released ${(0,bump_reasons/* releasedAgo */.PO)(ageDays)}; the cooldown is ${(0,report_text/* plural */.LS)(policy.minReleaseAgeDays, 'day')}.`));
    }
    const rule = matchingIgnoreRule(policy.ignore, name, from, to);
    if (rule) {
        reasons.push(isConfigRule(rule) ? (0,bump_reasons/* reason */.l)('policy', to, `${to} is ignored by ${rule.source}.`) : (0,bump_reasons/* reason */.l)('rejected', to, `${to} was rejected (${rule.source}).`));
    }
    const type = (0,update_type/* updateTypeOf */.P)(from, to);
    const allowed = allowedUpdateTypes(policy, name);
    if (allowed !== undefined && !allowed.includes(type)) {
        reasons.push((0,bump_reasons/* reason */.l)('policy', to, `${to} is a ${type} update, and ${allowed.length > 0 ? `only ${allowed.join(', ')} updates are` : 'no updates are'} allowed for ${name}.`));
    }
    return ageDays === undefined ? { reasons } : { reasons, ageDays };
}
/** Valid PEP 440, so it can be ordered. */
function isVersion(version) {
    return (0,pep440.explain)(version) !== null;
}

// EXTERNAL MODULE: ./src/bump/security.ts
var security = __webpack_require__(5704);
;// CONCATENATED MODULE: ./src/bump/plan.ts
// Chooses the next version of every central pin: the newest release that every consumer accepts,
// that policy allows, and that is co-installable with the other pins. Pure: the caller fetches
// (releases, PEP 658 metadata) and calls again while `needs` is not empty.
//
// Known differences from a full resolver (pip's resolvelib):
// - Only pinned packages take part. A Requires-Dist on a package that is not pinned is ignored, so
//   two pins that need incompatible versions of an unpinned package both pass here and fail in pip.
//   Consumers' other (unpinned) requirements are not considered either.
// - Extras are ignored: `; extra == "x"` dependencies are dropped even when a consumer installs
//   `pkg[x]`, and `dep[x]>=1` is checked only as `dep>=1`.
// - Markers are evaluated in one target environment (`environment`, with `extra` = ''); a marker
//   that cannot be evaluated there counts as true. pip evaluates them on the machine it runs on.
// - The repair is greedy and monotone, not a backtracking search: on a conflict it first moves the
//   required package to an older candidate that fits, else holds the requiring package back one
//   candidate, then lifts every package as far as it fits. It can hold back more than needed (the
//   result is not guaranteed optimal), but every combination it proposes was checked against all
//   known metadata. A conflict between two pins that both stay at their current version predates
//   the plan and is tolerated, not fixed.
// - Requires-Python comes from the index (`Release.requiresPython`), checked against the target
//   "X.Y" as X.Y.0; pip checks the interpreter's full version and also the metadata's own field.
// - Metadata the index does not have (`'missing'`: an sdist-only release, the client reads wheels
//   itself when there is no PEP 658 file) is assumed compatible, and the bump says so (no-metadata).
// - One metadata per version (PEP 658 of one file); files of a release with different
//   Requires-Dist (per-platform wheels) are not told apart.









function planBumps(input) {
    const errors = [...(input.errors ?? [])];
    const failed = new Set(errors.map((e) => (0,pep_name/* normalizeName */.P)(e.name)));
    const held = [];
    const states = [];
    const seen = new Map();
    for (const pin of input.pins) {
        const name = (0,pep_name/* normalizeName */.P)(pin.name);
        const newer = newerReleases(input.releases.get(name) ?? [], pin.version);
        if (pin.marker !== undefined && !markerApplies(pin.marker, input.environment)) {
            if (newer[0] !== undefined && !failed.has(name)) {
                const why = [(0,bump_reasons/* markerReason */.jG)(newer[0].version, pin.marker)];
                held.push({ name, current: pin.version, newest: newer[0].version, reason: (0,bump_reasons/* joinReasons */.S$)(why), reasons: why });
            }
            continue;
        }
        const first = seen.get(name);
        if (first) {
            errors.push({ name, message: `pinned again at ${where(pin.location)}; planned only the pin at ${where(first.location)}` });
            continue;
        }
        seen.set(name, pin);
        const consumers = (input.consumers.get(name) ?? []).filter((c) => c.marker === undefined || markerApplies(c.marker, input.environment));
        const acceptsCurrent = new Map(consumers.map((c) => [c, (0,checks_pins/* acceptsPin */.b)(c.specifier, `==${pin.version}`)]));
        const secure = input.security?.get(name);
        const screened = newer.map((release) => {
            const s = screenRelease(secure ? (0,security/* securityPolicy */.pm)(input.policy) : input.policy, name, pin.version, release);
            const excluding = consumers.filter((c) => !(0,checks_pins/* acceptsPin */.b)(c.specifier, `==${release.version}`));
            s.reasons.push(...(0,bump_reasons/* consumerReasons */.eZ)({ name, current: pin.version, candidate: release.version, excluding: excluding.map((consumer) => ({ consumer, acceptsCurrent: acceptsCurrent.get(consumer) })) }));
            return { version: release.version, ...s };
        });
        const visible = screened.filter((s) => (0,update_type/* isPrerelease */.V)(pin.version) || !(0,update_type/* isPrerelease */.V)(s.version));
        // a package the index failed on keeps its pin: no candidates, but its current metadata still counts
        let candidates = failed.has(name) ? [] : screened.filter((s) => s.reasons.length === 0).map((s) => s.version);
        if (secure)
            candidates = (0,security/* securityCandidates */.TN)(candidates, secure, name);
        else if (input.securityOnly)
            candidates = [];
        states.push({ name, pin, consumers, newer: visible, candidates, screened });
    }
    const packages = states.map((s) => ({ name: s.name, current: s.pin.version, candidates: s.candidates }));
    const anyCandidate = packages.some((p) => p.candidates.length > 0);
    const solved = anyCandidate
        ? solveCoinstall({ packages, metadata: input.metadata, environment: input.environment })
        : { chosen: new Map(), conflicts: new Map(), missing: new Set(), needs: [] };
    const bumps = [];
    for (const s of states) {
        const newest = s.newer[0];
        const secure = input.security?.get(s.name);
        if (secure && !failed.has(s.name)) {
            // A security move is the smallest safe step, not the newest: its own line, its own hold-back.
            const outcome = (0,security/* securityOutcome */.H3)({ ...s, info: secure, to: solved.chosen.get(s.name) ?? s.pin.version, conflict: solved.conflicts.get(s.name) });
            if ('bump' in outcome)
                bumps.push(outcome.bump);
            else
                held.push(outcome.held);
            continue;
        }
        if (newest === undefined || failed.has(s.name) || input.securityOnly)
            continue;
        const to = solved.chosen.get(s.name) ?? s.pin.version;
        const best = s.candidates[0];
        // coinstall names the cause when it can; 'with the other pins' is its fallback, not a sentence
        const conflictOf = (name, version) => {
            const found = solved.conflicts.get(name);
            return found === undefined || found === 'with the other pins' ? `${name} ${version} is not co-installable with the other pins` : found;
        };
        const whyNot = (v) => v.reasons.length > 0 ? v.reasons : [(0,bump_reasons/* requiresDistReason */.ZQ)(v.version, conflictOf(s.name, v.version))];
        const parts = [];
        if (newest.version !== to)
            parts.push(...whyNot(newest));
        if (best !== undefined && best !== to && best !== newest.version)
            parts.push(...whyNot(s.newer.find((v) => v.version === best)));
        if (to === s.pin.version) {
            held.push({ name: s.name, current: s.pin.version, newest: newest.version, reason: (0,bump_reasons/* joinReasons */.S$)(parts), reasons: parts });
            continue;
        }
        const chosen = s.newer.find((v) => v.version === to);
        if (chosen.ageDays === undefined)
            parts.push((0,bump_reasons/* unknownAgeReason */.cN)(to));
        if (solved.missing.has(`${s.name} ${to}`))
            parts.push((0,bump_reasons/* noMetadataReason */.hh)(s.name, to));
        const bump = {
            name: s.name,
            from: s.pin.version,
            to,
            updateType: (0,update_type/* updateTypeOf */.P)(s.pin.version, to),
            consumers: s.consumers.length,
        };
        if (chosen.ageDays !== undefined)
            bump.releaseAgeDays = chosen.ageDays;
        if (newest.version !== to)
            bump.heldBackFrom = newest.version;
        if (parts.length > 0) {
            bump.reason = (0,bump_reasons/* joinReasons */.S$)(parts);
            bump.reasons = parts;
        }
        bumps.push(bump);
    }
    const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    return { plan: { bumps: bumps.sort(byName), held: held.sort(byName), errors }, needs: solved.needs };
}
/** Valid releases newer than `current`, newest first. */
function newerReleases(releases, current) {
    if (!isVersion(current))
        return [];
    return releases.filter((r) => isVersion(r.version) && (0,pep440.compare)(r.version, current) > 0).sort((a, b) => (0,pep440.compare)(b.version, a.version));
}
function where(location) {
    return `${location.file}:${location.line}`;
}
function markerApplies(marker, env) {
    return (0,pep_marker/* markerMayHold */.bR)(marker, { ...env, extra: '' });
}

;// CONCATENATED MODULE: ./src/bump/plan-with-index.ts

const MAX_METADATA_ROUNDS = 12;
/** The plan once every metadata it depends on is known (or known to be missing). */
async function planWithIndex(options) {
    const { index, ...input } = options;
    const metadata = new Map();
    const key = (name, version) => `${name}@${version}`;
    const plan = () => planBumps({ ...input, metadata: (n, v) => metadata.get(key(n, v)) });
    let result = plan();
    for (let round = 0; round < MAX_METADATA_ROUNDS && result.needs.length > 0; round++) {
        await Promise.all(result.needs.map(async ({ name, version }) => {
            const found = await index.metadata(name, version).catch(() => undefined);
            metadata.set(key(name, version), found ?? 'missing');
        }));
        result = plan();
    }
    return result;
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/index.js + 13 modules
var libesm = __webpack_require__(7155);
;// CONCATENATED MODULE: ./src/bump/unified-diff.ts
// The bump's edits as one git-style patch (`git apply`-able), for `monopin bump --dry-run` and the PR body.

const CONTEXT = 3;
/** Files that changed, sorted by path (code points, so the output never depends on locale or input order). */
function unifiedDiff(files) {
    return files
        .filter((f) => f.before !== f.after)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map(filePatch)
        .join('');
}
function filePatch(f) {
    const patch = (0,libesm/* structuredPatch */.YB)(`a/${f.path}`, `b/${f.path}`, f.before, f.after, undefined, undefined, { context: CONTEXT });
    const head = `diff --git a/${f.path} b/${f.path}\n--- a/${f.path}\n+++ b/${f.path}\n`;
    return head + patch.hunks.map(hunk).join('');
}
// git's hunk header: a count of 1 is left out, an empty side starts at the line before.
function range(start, count) {
    if (count === 0)
        return `${start - 1},0`;
    return count === 1 ? `${start}` : `${start},${count}`;
}
function hunk(h) {
    return `@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@\n${h.lines.map((l) => `${l}\n`).join('')}`;
}

// EXTERNAL MODULE: ./src/bump/outcome.ts
var outcome = __webpack_require__(7812);
;// CONCATENATED MODULE: ./src/bump/constraint-fixes.ts
/** Constraints lines with extras and nothing else wrong (no URL, not editable). */
function fixableConstraintLines(occurrences) {
    return occurrences
        .filter((o) => o.origin === 'constraints' && o.extras.length > 0 && o.url === undefined && o.editable !== true)
        .map((o) => ({ name: o.name, rawName: o.rawName, file: o.location.file, line: o.location.line, extras: o.extras }));
}
/** `content` with the extras dropped from each line of `lines` (of this file) that still reads as parsed. */
function dropConstraintExtras(content, lines) {
    const eol = content.includes('\r\n') ? '\r\n' : '\n';
    const text = content.split(/\r?\n/);
    const fixes = [];
    for (const fix of lines) {
        const before = text[fix.line - 1];
        if (before === undefined)
            continue;
        const pattern = new RegExp(`^(\\s*${fix.rawName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\s*\\[[^\\]]*\\]`);
        if (!pattern.test(before))
            continue; // the line moved or spans lines: leave it to `monopin check`
        const after = before.replace(pattern, '$1');
        text[fix.line - 1] = after;
        fixes.push({ name: fix.name, file: fix.file, line: fix.line, before: before.trim(), after: after.trim(), extras: fix.extras });
    }
    return { content: text.join(eol), fixes };
}

// EXTERNAL MODULE: ./src/advisories/types.ts
var types = __webpack_require__(3338);
;// CONCATENATED MODULE: ./src/bump/security-lookup.ts


async function lookupSecurity(pins, source, ignoreIds) {
    const atPins = await source.lookup(pins.map((p) => ({ name: p.name, version: p.version })));
    const vulnerable = pins.filter((p) => (atPins.get((0,types/* queryKey */.qv)({ name: p.name, version: p.version })) ?? []).length > 0);
    if (vulnerable.length === 0)
        return new Map();
    const all = await source.lookup(vulnerable.map((p) => ({ name: p.name })));
    const byName = new Map();
    for (const p of vulnerable) {
        // the package's records, plus those found at the pin (a mirror may answer version queries only)
        const records = [...(all.get(p.name) ?? []), ...(atPins.get((0,types/* queryKey */.qv)({ name: p.name, version: p.version })) ?? [])];
        byName.set(p.name, [...new Map(records.map((r) => [r.id, r])).values()]);
    }
    return (0,security/* securityTargets */.D8)(vulnerable, byName, ignoreIds);
}

;// CONCATENATED MODULE: ./src/bump/prepare.ts
// The bump job without GitHub: workspace + index → plan → minimal edits → unified diff.
// Used by `monopin bump` and the action's weekly job alike.











async function prepareBump(options) {
    const { workspace: ws } = options;
    const pins = centralPins(ws, options.environment);
    const { consumers, followers } = splitConsumers(ws, pins);
    const notes = [];
    let advisoriesFailed;
    const security = options.advisories
        ? await lookupSecurity(pins, options.advisories.source, options.advisories.ignore).catch((error) => {
            advisoriesFailed = `advisories not checked (${options.advisories.source.label}): ${error instanceof Error ? error.message : String(error)}`;
            notes.push(advisoriesFailed);
            return undefined;
        })
        : undefined;
    const securityHook = { ...(security !== undefined && { security }), ...(options.advisories?.only === true && { securityOnly: true }) };
    // One index request per pinned package, all at once: the client bounds the concurrency.
    const pages = new Map();
    const errors = [];
    await Promise.all(pins.map(async (pin) => {
        try {
            pages.set(pin.name, await options.index.project(pin.name));
        }
        catch (error) {
            errors.push({ name: pin.name, message: (0,outcome/* withoutPackageName */.u)(pin.name, error instanceof Error ? error.message : String(error)) });
        }
    }));
    const releases = new Map([...pages].map(([name, page]) => [name, options.releasesOf(page)]));
    const plannable = pins.filter((p) => pages.has(p.name));
    const result = await planWithIndex({ pins: plannable, consumers, releases, index: options.index, environment: options.environment, policy: options.policy, errors, ...securityHook });
    const plan = { ...result.plan, errors: [...errors].sort((a, b) => a.name.localeCompare(b.name)) };
    const edited = await editFiles({ ws, plan, followers, pages, readText: options.readText, environment: options.environment });
    const fixes = await fixConstraintLines(ws, edited.edits, options.readText);
    if (fixes.length > 0)
        plan.fixes = fixes;
    return { plan, edits: edited.edits, diff: unifiedDiff(edited.edits), notes: [...notes, ...edited.notes], pages, ...(advisoriesFailed !== undefined && { advisoriesFailed }) };
}
/** Drops extras from constraints lines (in `edits`, or as new edits): pip refuses them. */
async function fixConstraintLines(ws, edits, readText) {
    const fixable = fixableConstraintLines(ws.occurrences);
    const out = [];
    for (const file of [...new Set(fixable.map((f) => f.file))].sort()) {
        const existing = edits.find((e) => e.path === file);
        const current = existing?.after ?? (await readText(file));
        const { content, fixes } = dropConstraintExtras(current, fixable.filter((f) => f.file === file));
        if (fixes.length === 0)
            continue;
        out.push(...fixes);
        if (existing !== undefined)
            existing.after = content;
        else
            edits.push({ path: file, before: current, after: content, changes: [] });
    }
    edits.sort((a, b) => a.path.localeCompare(b.path));
    return out;
}
/** Exact central pins, one per package: under markers, the one that holds for the target. */
function centralPins(ws, env) {
    const out = [];
    for (const [name, list] of ws.pins) {
        const live = list.filter((p) => (0,checks_pins/* exactVersion */.y)(p.specifier) !== undefined && (0,pep_marker/* markerMayHold */.bR)(p.marker, env));
        const pin = live[0];
        if (pin)
            out.push({ name, version: (0,checks_pins/* exactVersion */.y)(pin.specifier), location: pin.location, marker: pin.marker });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
}
/**
 * Consumers constrain the bump. An exact pin that mirrors the central one (an inline `pkg==X` of an image
 * the central file governs, a copy in a requirements file) follows it instead: it is rewritten with the constraints.
 */
function splitConsumers(ws, pins) {
    const current = new Map(pins.map((p) => [p.name, p.version]));
    const consumers = new Map();
    const followers = [];
    for (const o of ws.occurrences) {
        if (o.origin === 'constraints' || !current.has(o.name) || o.specifier === '' || o.url)
            continue;
        const exact = (0,checks_pins/* exactVersion */.y)(o.specifier);
        if (exact !== undefined && o.origin === 'dockerfile') {
            // An inline pin of an image the central file governs follows it (a lagging one is inline-pin-mismatch: the
            // bump fixes it). Any other installs without the constraints: the bump leaves it, the check reports it.
            if (ws.governedPins.has((0,build/* pinKey */.D)(o)))
                followers.push(o);
            continue;
        }
        if (exact !== undefined && (0,pep_version/* sameVersion */.r)(exact, current.get(o.name))) {
            followers.push(o);
            continue;
        }
        const list = consumers.get(o.name) ?? [];
        list.push({ specifier: o.specifier, marker: o.marker, location: o.location, service: o.service });
        consumers.set(o.name, list);
    }
    return { consumers, followers };
}
async function editFiles(options) {
    const { ws, plan } = options;
    const target = new Map(plan.bumps.map((b) => [b.name, b]));
    if (target.size === 0)
        return { edits: [], notes: [] };
    const kinds = new Map(ws.files.map((f) => [f.path, f.kind]));
    // Which lines of which files to touch: the central pins that hold for the target, and their followers.
    const wanted = new Map();
    const want = (file, line, name) => {
        const set = wanted.get(file) ?? new Set();
        set.add(`${line}:${name}`);
        wanted.set(file, set);
    };
    for (const [name, list] of ws.pins) {
        const bump = target.get(name);
        if (!bump)
            continue;
        for (const p of list)
            if ((0,checks_pins/* exactVersion */.y)(p.specifier) !== undefined && (0,pep_marker/* markerMayHold */.bR)(p.marker, options.environment))
                want(p.location.file, p.location.line, name);
    }
    for (const f of options.followers)
        if (target.has(f.name))
            want(f.location.file, f.location.line, f.name);
    const edits = [];
    const notes = [];
    for (const [path, lines] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
        const kind = kinds.get(path);
        if (kind !== 'requirements' && kind !== 'constraints' && kind !== 'dockerfile')
            continue;
        const before = await options.readText(path);
        const result = editPins({
            path,
            content: before,
            kind: kind,
            bumps: plan.bumps.map((b) => ({ name: b.name, to: b.to })),
            hashesFor: (name, version) => {
                const page = options.pages.get(name);
                return page ? releaseHashes(page, version, pep_version/* sameVersion */.r) : undefined;
            },
            only: (o) => lines.has(`${o.location.line}:${o.name}`),
        });
        notes.push(...result.notes);
        if (result.content !== before)
            edits.push({ path, before, after: result.content, changes: result.changes });
    }
    return { edits, notes };
}


/***/ }),

/***/ 5297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PO: () => (/* binding */ releasedAgo),
/* harmony export */   S$: () => (/* binding */ joinReasons),
/* harmony export */   ZQ: () => (/* binding */ requiresDistReason),
/* harmony export */   cN: () => (/* binding */ unknownAgeReason),
/* harmony export */   eZ: () => (/* binding */ consumerReasons),
/* harmony export */   hh: () => (/* binding */ noMetadataReason),
/* harmony export */   jG: () => (/* binding */ markerReason),
/* harmony export */   l: () => (/* binding */ reason)
/* harmony export */ });
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5655);
// The sentences of a plan: one per reason, each naming what holds the version back and how to
// unblock it. Pure; the codes (types.ts) are what JSON readers and tests rely on.

const MAX_LISTED_CONSUMERS = 3;
function reason(code, version, text) {
    return { code, version, text };
}
/** The sentences of `reasons`, in order, without repeats. */
function joinReasons(reasons) {
    return [...new Set(reasons.map((r) => r.text))].join(' ');
}
/**
 * Consumers that exclude `candidate`. Those that also exclude the current pin conflict already: no
 * version helps them, so they are named apart with the fix ("12 files pin aiohttp==3.9.1 and
 * already conflict with 3.11.11").
 */
function consumerReasons(options) {
    const { name, current, candidate, excluding } = options;
    const out = [];
    const stale = excluding.filter((e) => !e.acceptsCurrent).map((e) => e.consumer);
    const blocking = excluding.filter((e) => e.acceptsCurrent).map((e) => e.consumer);
    if (stale.length > 0) {
        const who = describeConsumers(name, stale);
        out.push(reason('consumer-excludes-current', candidate, `${who.text} and already conflict${who.one ? 's' : ''} with ${current}, the constraint: no newer version can satisfy ${who.one ? 'it' : 'them'} either; fix ${who.one ? 'that pin' : 'those pins'} first (\`monopin check\` lists ${who.one ? 'it' : 'them'}).`));
    }
    if (blocking.length > 0) {
        const who = describeConsumers(name, blocking);
        out.push(reason('consumer-excludes-candidate', candidate, `${who.text} and exclude${who.one ? 's' : ''} ${candidate}: widen ${who.one ? 'that specifier' : 'those specifiers'} to let it in.`));
    }
    return out;
}
/** "12 files pin aiohttp==3.9.1" when they agree, else the first few by file:line; `one`: a singular subject. */
function describeConsumers(name, consumers) {
    const specifiers = new Set(consumers.map((c) => c.specifier));
    const files = new Set(consumers.map((c) => c.location.file)).size;
    const verb = (specifier, one) => `${/^===?[^,*]*$/.test(specifier) ? 'pin' : 'require'}${one ? 's' : ''} ${name}${specifier}`;
    if (consumers.length === 1) {
        const c = consumers[0];
        return { text: `${c.location.file}:${c.location.line}${c.service !== undefined ? ` (service ${c.service})` : ''} ${verb(c.specifier, true)}`, one: true };
    }
    if (specifiers.size === 1) {
        const [specifier] = specifiers;
        const where = files === consumers.length ? (0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(files, 'file') : `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(consumers.length, 'line')} in ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(files, 'file')}`;
        return { text: `${where} ${verb(specifier, false)}`, one: false };
    }
    const listed = consumers.slice(0, MAX_LISTED_CONSUMERS).map((c) => `${c.location.file}:${c.location.line} (${name}${c.specifier})`);
    const more = consumers.length - listed.length;
    return { text: `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(consumers.length, 'requirement')} (${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''})`, one: false };
}
function requiresDistReason(version, conflict) {
    return reason('requires-dist', version, `${conflict}.`);
}
function noMetadataReason(name, version) {
    return reason('no-metadata', version, `The index has no metadata for ${name} ${version} (no wheel and no PEP 658 file), so its Requires-Dist was not checked against the other pins.`);
}
function unknownAgeReason(version) {
    return reason('cooldown', version, `The upload time of ${version} is unknown, so the cooldown was not checked.`);
}
function markerReason(version, marker) {
    return reason('policy', version, `The pin's marker (${marker}) is false in the target environment, so it is not planned.`);
}
function releasedAgo(days) {
    return days <= 0 ? 'today' : `${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(days, 'day')} ago`;
}


/***/ }),

/***/ 5704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ securityTargets),
/* harmony export */   H3: () => (/* binding */ securityOutcome),
/* harmony export */   TN: () => (/* binding */ securityCandidates),
/* harmony export */   XA: () => (/* binding */ securityFirst),
/* harmony export */   pm: () => (/* binding */ securityPolicy)
/* harmony export */ });
/* unused harmony exports isSafe, securityHold */
/* harmony import */ var _advisories_match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4170);
/* harmony import */ var _advisories_merge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7159);
/* harmony import */ var _reasons_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5297);
/* harmony import */ var _update_type_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8944);




/** Does no (non-ignored) advisory of the package affect `version`? */
function isSafe(info, name, version) {
    return !info.records.some((r) => (0,_advisories_match_js__WEBPACK_IMPORTED_MODULE_0__/* .affects */ .bB)(r, name, version) && ![r.id, ...(r.aliases ?? [])].some((id) => info.ignored.has(id.toUpperCase())));
}
/** Pins whose current version has advisories, from the records of their packages. */
function securityTargets(pins, recordsByName, ignoreIds) {
    const ignored = new Set(ignoreIds.map((id) => id.toUpperCase()));
    const out = new Map();
    for (const pin of pins) {
        const records = recordsByName.get(pin.name) ?? [];
        const current = records.filter((r) => (0,_advisories_match_js__WEBPACK_IMPORTED_MODULE_0__/* .affects */ .bB)(r, pin.name, pin.version));
        const advisories = (0,_advisories_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeAdvisories */ .i)(current, pin.name, pin.version).filter((a) => !(0,_advisories_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .advisoryIds */ .I)(a).some((id) => ignored.has(id.toUpperCase())));
        if (advisories.length > 0)
            out.set(pin.name, { advisories, records, ignored });
    }
    return out;
}
/** The policy a security move is screened with: the cooldown does not apply. */
function securityPolicy(policy) {
    return { ...policy, minReleaseAgeDays: 0 };
}
/** Of the allowed candidates (newest first), the lowest safe one, as the planner's only candidate. */
function securityCandidates(candidates, info, name) {
    const safe = candidates.filter((v) => isSafe(info, name, v));
    const lowest = safe[safe.length - 1];
    return lowest === undefined ? [] : [lowest];
}
/** Why a vulnerable pin stays, as reason codes and one sentence: the lowest safe release and what blocks it. */
function securityHold(info, name, current, screened, coinstall) {
    const ids = info.advisories.map((a) => a.id).join(', ');
    const safe = screened.filter((s) => isSafe(info, name, s.version));
    if (safe.length === 0) {
        const why = (0,_reasons_js__WEBPACK_IMPORTED_MODULE_2__/* .reason */ .l)('no-fix', current, `No released version fixes ${ids}.`);
        return { reason: `security: ${why.text}`, reasons: [why] };
    }
    const lowest = safe[safe.length - 1];
    const reasons = lowest.reasons.length > 0 ? lowest.reasons : [(0,_reasons_js__WEBPACK_IMPORTED_MODULE_2__/* .reason */ .l)('requires-dist', lowest.version, `${lowest.version} is not co-installable: ${coinstall ?? 'with the other pins'}.`)];
    return { reason: `security: ${lowest.version} fixes ${ids} but is blocked: ${(0,_reasons_js__WEBPACK_IMPORTED_MODULE_2__/* .joinReasons */ .S$)(reasons)}`, reasons };
}
/** The planner's answer for a vulnerable pin: the move to `to`, or a hold-back that says what blocks the fix. */
function securityOutcome(options) {
    const { name, pin, info, to } = options;
    const security = { advisories: info.advisories };
    if (to === pin.version) {
        const newest = options.screened[0]?.version ?? pin.version;
        return { held: { name, current: pin.version, newest, ...securityHold(info, name, pin.version, options.screened, options.conflict), security } };
    }
    const bump = { name, from: pin.version, to, updateType: (0,_update_type_js__WEBPACK_IMPORTED_MODULE_3__/* .updateTypeOf */ .P)(pin.version, to), consumers: options.consumers.length, security };
    const ageDays = options.screened.find((v) => v.version === to)?.ageDays;
    if (ageDays !== undefined)
        bump.releaseAgeDays = ageDays;
    return { bump };
}
/** Security moves first, in both lists: they are why a daily run exists. */
function securityFirst(items) {
    return [...items.filter((i) => i.security !== undefined), ...items.filter((i) => i.security === undefined)];
}


/***/ }),

/***/ 7055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ estimateBumpSizes)
});

// EXTERNAL MODULE: ./src/rebuild/touched.ts
var touched = __webpack_require__(5241);
// EXTERNAL MODULE: ./src/pep/marker.ts
var pep_marker = __webpack_require__(1023);
// EXTERNAL MODULE: ./src/pep/requirement.ts
var pep_requirement = __webpack_require__(5358);
// EXTERNAL MODULE: ./src/size/range-reader.ts
var range_reader = __webpack_require__(7942);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
// EXTERNAL MODULE: ./src/pep/specifier.ts
var pep_specifier = __webpack_require__(6821);
// EXTERNAL MODULE: ./src/bump/environment.ts
var bump_environment = __webpack_require__(2657);
// EXTERNAL MODULE: ./src/index/filenames.ts
var filenames = __webpack_require__(9062);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
// EXTERNAL MODULE: ./src/pep/pep440.ts
var pep_pep440 = __webpack_require__(8466);
// EXTERNAL MODULE: ./src/pep/version.ts
var pep_version = __webpack_require__(8561);
;// CONCATENATED MODULE: ./src/size/tags.ts
// Which file of a release pip would install into an image: the supported wheel tags in pip's
// priority order (packaging.tags.sys_tags for CPython on Linux), then the best-ranked wheel, else an sdist.




const DEFAULT_GLIBC = '2.36';
const DEFAULT_MUSL = '1.2';
/** `python:3.12-alpine3.20` → musl; anything else (slim, bookworm, bare tags) → glibc 2.36. */
function libcOfImage(image) {
    const tag = image.slice(image.lastIndexOf('/') + 1);
    if (/alpine/i.test(tag))
        return { libc: 'musl' };
    // The official images' Debian releases: bullseye has 2.31, buster 2.28, trixie 2.41.
    const glibc = /bullseye/i.test(tag) ? '2.31' : /buster/i.test(tag) ? '2.28' : /trixie/i.test(tag) ? '2.41' : DEFAULT_GLIBC;
    return { libc: 'glibc', glibcVersion: glibc };
}
function archOf(platform) {
    return platform === 'linux/arm64' ? 'aarch64' : 'x86_64';
}
function pythonParts(version) {
    const [major = '3', minor = '0'] = version.split('.');
    return [Number(major), Number(minor)];
}
const LEGACY_MANYLINUX = { '2.17': 'manylinux2014', '2.12': 'manylinux2010', '2.5': 'manylinux1' };
/** Platform tags most specific first, as packaging's `_linux_platforms` yields them. */
function platformTags(target) {
    const arch = archOf(target.platform);
    const tags = [];
    if (target.libc === 'glibc') {
        const [, current] = (target.glibcVersion ?? DEFAULT_GLIBC).split('.').map(Number);
        // packaging: manylinux before glibc 2.5 (x86) / 2.17 (others) does not exist
        const oldest = arch === 'x86_64' || arch === 'i686' ? 5 : 17;
        for (let minor = current; minor >= oldest; minor--) {
            tags.push(`manylinux_2_${minor}_${arch}`);
            const legacy = LEGACY_MANYLINUX[`2.${minor}`];
            if (legacy !== undefined)
                tags.push(`${legacy}_${arch}`);
        }
    }
    else {
        const [, current] = (target.muslVersion ?? DEFAULT_MUSL).split('.').map(Number);
        for (let minor = current; minor >= 0; minor--)
            tags.push(`musllinux_1_${minor}_${arch}`);
    }
    tags.push(`linux_${arch}`);
    return tags;
}
/** Every tag the target supports (`interpreter-abi-platform`), best first: packaging's cpython_tags + compatible_tags. */
function supportedTags(target) {
    const [major, minor] = pythonParts(target.pythonVersion);
    const platforms = platformTags(target);
    const cp = `cp${major}${minor}`;
    const tags = [];
    for (const platform of platforms)
        tags.push(`${cp}-${cp}-${platform}`);
    for (const platform of platforms)
        tags.push(`${cp}-abi3-${platform}`);
    for (const platform of platforms)
        tags.push(`${cp}-none-${platform}`);
    // abi3 wheels built for older CPythons load on this one
    for (let older = minor - 1; older >= 2; older--)
        for (const platform of platforms)
            tags.push(`cp${major}${older}-abi3-${platform}`);
    const pyRange = [`py${major}${minor}`, `py${major}`];
    for (let older = minor - 1; older >= 0; older--)
        pyRange.push(`py${major}${older}`);
    for (const py of pyRange)
        for (const platform of platforms)
            tags.push(`${py}-none-${platform}`);
    tags.push(`${cp}-none-any`);
    for (const py of pyRange)
        tags.push(`${py}-none-any`);
    return tags;
}
/** The tags a wheel filename claims, compressed tag sets (`py2.py3-none-any`) expanded. */
function wheelTags(filename) {
    if (!filename.endsWith('.whl'))
        return [];
    const parts = filename.slice(0, -4).split('-');
    if (parts.length !== 5 && parts.length !== 6)
        return [];
    const [pys = '', abis = '', plats = ''] = parts.slice(-3);
    const tags = [];
    for (const py of pys.split('.'))
        for (const abi of abis.split('.'))
            for (const plat of plats.split('.'))
                tags.push(`${py}-${abi}-${plat}`.toLowerCase());
    return tags;
}
/**
 * The file of `version` pip would install for `target`: the wheel whose best tag ranks highest
 * (then the higher build tag), unyanked before yanked, files whose Requires-Python excludes the
 * target left out; an sdist when no wheel fits.
 */
function chooseFile(options) {
    const { files, project, version, target } = options;
    const priority = new Map((options.tags ?? supportedTags(target)).map((tag, i) => [tag, i]));
    const python = fullPython(target.pythonVersion);
    let best;
    let sdist;
    for (const file of files) {
        const parsed = (0,filenames/* parseFilename */.p_)(file.filename, project);
        if (parsed === undefined || !(0,pep_version/* sameVersion */.r)(parsed.version, version))
            continue;
        if (!acceptsPython(file.requiresPython, python))
            continue;
        const yanked = file.yanked === false ? 0 : 1;
        if (parsed.kind === 'sdist') {
            if (sdist === undefined || (sdist.yanked !== false && yanked === 0) || (file.filename.endsWith('.tar.gz') && !sdist.filename.endsWith('.tar.gz')))
                sdist = file;
            continue;
        }
        let rank = Infinity;
        let tag = '';
        for (const candidate of wheelTags(file.filename)) {
            const p = priority.get(candidate);
            if (p !== undefined && p < rank) {
                rank = p;
                tag = candidate;
            }
        }
        if (rank === Infinity)
            continue;
        const build = parsed.build === undefined ? 0 : Number.parseInt(parsed.build, 10);
        const key = [yanked, rank, -build];
        if (best === undefined || compareKeys(key, best.key) < 0)
            best = { file, tag, key };
    }
    if (best !== undefined)
        return { file: best.file, kind: 'wheel', tag: best.tag, sdistOnly: false };
    if (sdist !== undefined)
        return { file: sdist, kind: 'sdist', sdistOnly: true };
    return { sdistOnly: false };
}
function compareKeys(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
}
function fullPython(version) {
    return version.split('.').length === 2 ? `${version}.0` : version;
}
/** pip skips files whose Requires-Python excludes the target; a specifier it cannot parse does not exclude. */
function acceptsPython(requiresPython, python) {
    if (requiresPython === undefined || requiresPython.trim() === '')
        return true;
    const spec = requiresPython.replace(/\s+/g, '');
    if (!(0,pep_specifier/* isValidSpecifierSet */.xs)(spec) || !(0,pep_pep440/* isValidVersion */.ri)(python))
        return true;
    return (0,pep_specifier/* specifierContains */.IK)(spec, python);
}

// EXTERNAL MODULE: ./src/size/zip-reader.ts
var zip_reader = __webpack_require__(8700);
;// CONCATENATED MODULE: ./src/size/wheel-size.ts

/**
 * Bytes of `.pyc` per byte of `.py` that pip's install-time `compileall` writes (one optimization
 * level, in `__pycache__/`). Measured here with CPython 3.11.7 (`compileall.compile_dir`, force):
 * stdlib json/email/http/asyncio/logging/urllib/importlib/xml + 8 top-level modules 1.248,
 * pip 24 (vendored libraries included) 1.211, setuptools 1.272; dense generated code with few
 * comments reaches 1.565. Real packages sit near the first three: 1.25.
 */
const PYC_FACTOR = 1.25;
/** Sizes one wheel at `url` (http(s) or file://) from its zip directory. */
async function measureWheel(reader, url, options = {}) {
    let fetched = 0;
    const zip = await (0,zip_reader/* readZipDirectory */.x)(reader, url, (bytes) => (fetched += bytes));
    return { ...summarizeEntries(zip.entries, options), compressedBytes: zip.fileSize, bytesFetched: fetched };
}
/** Installed bytes of a wheel's entries: files only; `.py` files counted for the `.pyc` estimate. */
function summarizeEntries(entries, options = {}) {
    let bytes = 0;
    let pyBytes = 0;
    let pyFiles = 0;
    let files = 0;
    for (const entry of entries) {
        if (entry.isDirectory)
            continue;
        files++;
        bytes += entry.uncompressedSize;
        if (entry.name.endsWith('.py')) {
            pyBytes += entry.uncompressedSize;
            pyFiles++;
        }
    }
    const pycEstimate = options.noCompile === true ? 0 : Math.round(pyBytes * PYC_FACTOR);
    return { installedBytes: bytes + pycEstimate, pyBytes, pyFiles, pycEstimate, files };
}

;// CONCATENATED MODULE: ./src/size/estimate.ts
// The estimated size delta of one image for a set of package changes: the wheel pip would pick,
// its installed size from the zip directory, and the new transitive requirements it pulls in.









/**
 * Installed bytes per sdist byte, for packages without a wheel for the image. A rough guess, not
 * a measurement of built packages: source-only tarballs of pip and setuptools (tar czf, .py only)
 * install to 7.6× and 6.5× their size with .pyc, but sdists also carry tests and docs that are not
 * installed, and compiled extensions are unknowable before a build. Contributors sized this way
 * say so in their note.
 */
const SDIST_INSTALLED_FACTOR = 5;
async function estimateSizeDelta(options) {
    const { target, index, reader } = options;
    const cache = options.cache ?? new Map();
    const pins = new Map([...(options.pins ?? new Map())].map(([name, version]) => [(0,pep_name/* normalizeName */.P)(name), version]));
    const python = fullPython(target.pythonVersion);
    const environment = (0,bump_environment/* targetEnvironment */.dK)(target.pythonVersion, target.platform);
    let bytesFetched = 0;
    async function sizeOf(name, version) {
        const page = await index.project(name);
        const choice = chooseFile({ files: page.files, project: page.name, version, target });
        if (choice.file === undefined)
            throw new Error(`no file of ${name} ${version} installs on ${describeTarget(target)}`);
        if (choice.kind === 'sdist') {
            const size = choice.file.size ?? (await sdistSize(choice.file.url));
            return {
                installedBytes: Math.round(size * SDIST_INSTALLED_FACTOR),
                compressedBytes: size,
                sdistOnly: true,
                note: `no wheel for ${describeTarget(target)}: rough estimate from the sdist (${SDIST_INSTALLED_FACTOR}× its size)`,
            };
        }
        const key = `${options.noCompile === true ? 'no-compile' : 'compile'} ${choice.file.url.split('#')[0]}`;
        let sized = cache.get(key);
        if (sized === undefined) {
            sized = measureWheel(reader, choice.file.url, { noCompile: options.noCompile === true });
            cache.set(key, sized);
            // only the image that reads a wheel counts the bytes
            sized.then((s) => (bytesFetched += s.bytesFetched), () => undefined);
        }
        const wheel = await sized;
        return { installedBytes: wheel.installedBytes, compressedBytes: wheel.compressedBytes, sdistOnly: false };
    }
    async function sdistSize(url) {
        const result = await reader.readTail(url.split('#')[0] ?? url, 1);
        bytesFetched += result.bytesFetched;
        return result.fileSize;
    }
    /** Newest final release that the specifier, Requires-Python and the image's tags accept. */
    async function newestCompatible(name, specifier) {
        const page = await index.project(name);
        const releases = (0,filenames/* releasesOf */.w0)(page)
            .filter((r) => !r.yanked && acceptsPython(r.requiresPython, python) && (0,pep440.explain)(r.version)?.is_prerelease !== true)
            .reverse();
        for (const release of releases) {
            if (specifier !== '' && !(0,pep_specifier/* specifierContains */.IK)(specifier, release.version))
                continue;
            if (chooseFile({ files: page.files, project: page.name, version: release.version, target }).file !== undefined)
                return release.version;
        }
        return undefined;
    }
    async function contributorOf(change) {
        const name = (0,pep_name/* normalizeName */.P)(change.name);
        const contributor = {
            name,
            ...(change.from !== undefined && { from: change.from }),
            ...(change.to !== undefined && { to: change.to }),
            deltaBytes: 0,
            deltaCompressedBytes: 0,
            ...(change.requiredBy !== undefined && { requiredBy: change.requiredBy }),
        };
        try {
            const [before, after] = await Promise.all([
                change.from === undefined ? undefined : sizeOf(name, change.from),
                change.to === undefined ? undefined : sizeOf(name, change.to),
            ]);
            contributor.deltaBytes = (after?.installedBytes ?? 0) - (before?.installedBytes ?? 0);
            contributor.deltaCompressedBytes = (after?.compressedBytes ?? 0) - (before?.compressedBytes ?? 0);
            if (before?.sdistOnly === true || after?.sdistOnly === true)
                contributor.sdistOnly = true;
            const note = after?.note ?? before?.note;
            if (note !== undefined)
                contributor.note = note;
        }
        catch (error) {
            contributor.unknown = true;
            contributor.note = `size unknown: ${error instanceof Error ? error.message : String(error)}`;
        }
        return contributor;
    }
    /** Requirements of `name==version` that apply to the image (its markers, with the given extras). */
    async function requirementsOf(name, version, extras) {
        const metadata = await index.metadata(name, version);
        if (metadata === undefined)
            return [];
        const found = [];
        for (const text of metadata.requiresDist) {
            let requirement;
            try {
                requirement = (0,pep_requirement/* parseRequirement */.p)(text);
            }
            catch {
                continue;
            }
            if (requirement.url !== undefined)
                continue;
            if (requirement.marker !== undefined) {
                const marker = (0,pep_marker/* parseMarker */.gY)(requirement.marker);
                const applies = ['', ...extras].some((extra) => {
                    try {
                        return (0,pep_marker/* evaluateMarker */.UZ)(marker, { ...environment, extra });
                    }
                    catch {
                        return false;
                    }
                });
                if (!applies)
                    continue;
            }
            found.push({ name: requirement.name, specifier: requirement.specifier, extras: requirement.extras });
        }
        return found;
    }
    // breadth first from the new versions: each level's metadata in parallel, new names in a stable order
    const changed = options.changes.map((c) => ({ ...c, name: (0,pep_name/* normalizeName */.P)(c.name) }));
    const seen = new Set([...(options.installed ?? [])].map(pep_name/* normalizeName */.P));
    for (const change of changed)
        seen.add(change.name);
    const transitive = [];
    const notes = new Map();
    let level = changed.filter((c) => c.to !== undefined).map((c) => ({ name: c.name, version: c.to, extras: c.extras ?? [] }));
    while (level.length > 0) {
        const requirements = await Promise.all(level.map((node) => requirementsOf(node.name, node.version, node.extras).catch((error) => {
            notes.set(node.name, `requirements not followed: ${error instanceof Error ? error.message : String(error)}`);
            return [];
        })));
        const fresh = [];
        level.forEach((node, i) => {
            for (const requirement of requirements[i] ?? []) {
                if (seen.has(requirement.name))
                    continue;
                seen.add(requirement.name);
                fresh.push({ ...requirement, requiredBy: node.name });
            }
        });
        const versions = await Promise.all(fresh.map((dep) => pins.get(dep.name) ?? newestCompatible(dep.name, dep.specifier).catch(() => undefined)));
        level = [];
        fresh.forEach((dep, i) => {
            const version = versions[i];
            transitive.push({ name: dep.name, requiredBy: dep.requiredBy, ...(version !== undefined && { to: version }) });
            if (version !== undefined)
                level.push({ name: dep.name, version, extras: dep.extras });
            else
                notes.set(dep.name, `no release of ${dep.name} matches ${dep.specifier || 'any version'} for ${describeTarget(target)}`);
        });
    }
    const contributors = await Promise.all([...changed, ...transitive].map((change) => contributorOf(change)));
    for (const contributor of contributors) {
        const note = notes.get(contributor.name);
        if (note !== undefined)
            contributor.note = contributor.note === undefined ? note : `${contributor.note}; ${note}`;
    }
    // settle the byte counters of wheels this image read
    await Promise.allSettled(cache.values());
    contributors.sort((a, b) => Math.abs(b.deltaBytes) - Math.abs(a.deltaBytes) || a.name.localeCompare(b.name));
    const unknown = contributors.filter((c) => c.unknown === true).length;
    return {
        image: options.image,
        target,
        ...(options.beforeBytes !== undefined && { beforeBytes: options.beforeBytes }),
        deltaBytes: contributors.reduce((sum, c) => sum + c.deltaBytes, 0),
        deltaCompressedBytes: contributors.reduce((sum, c) => sum + c.deltaCompressedBytes, 0),
        contributors,
        ...(unknown > 0 && { unknown }),
        bytesFetched,
    };
}
function describeTarget(target) {
    return `${target.platform} ${target.libc} Python ${target.pythonVersion}`;
}

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
// EXTERNAL MODULE: ./src/bump/prepare.ts + 9 modules
var prepare = __webpack_require__(4098);
;// CONCATENATED MODULE: ./src/bump/size-section.ts









/** One result per directly touched image with a changed package, in name order. */
async function estimateBumpSizes(options) {
    const { workspace, changes: changed, index } = options;
    if (changed.length === 0)
        return [];
    const note = options.onNote ?? (() => undefined);
    const platform = imagePlatform(options.config.platform);
    if (platform === undefined) {
        note(`image sizes not estimated: platform ${options.config.platform} has no wheel tags here (linux/amd64 or linux/arm64)`);
        return [];
    }
    const graph = (0,types/* imageGraph */.G)(workspace);
    const { images } = (0,touched/* touchedImages */.zY)({ workspace, graph, changedPackages: changed.map((b) => b.name) });
    const direct = images.filter((t) => t.direct).map((t) => t.name);
    if (direct.length === 0)
        return [];
    const environment = (0,bump_environment/* targetEnvironment */.dK)(options.pythonVersion, platform);
    const current = new Map((0,prepare/* centralPins */.m)(workspace, environment).map((p) => [p.name, p.version]));
    const pins = new Map(current);
    for (const b of changed) {
        if (b.to === undefined)
            pins.delete(b.name);
        else
            pins.set(b.name, b.to);
    }
    const bumps = new Map(changed.map((b) => [b.name, b]));
    const reader = options.reader ?? (0,range_reader/* createRangeReader */.p)();
    const cache = new Map();
    const nodes = new Map(graph.nodes.map((n) => [n.name, n]));
    const extrasAt = extrasIndex(workspace);
    const present = presentPackages({ index, environment, current });
    // Images share their bases: read what each base installs once, not once per image built on it.
    const installedBy = new Map();
    const installedOf = (node) => {
        let found = installedBy.get(node.name);
        if (found === undefined)
            installedBy.set(node.name, (found = (0,touched/* installedPackages */.At)(workspace, node)));
        return found;
    };
    const results = await Promise.all(direct.map(async (name) => {
        try {
            const chain = chainOf(name, nodes);
            const own = new Map();
            for (const node of chain) {
                for (const [pkg, at] of installedOf(node)) {
                    const extras = extrasAt.get(`${at.file}:${at.line}:${pkg}`) ?? [];
                    own.set(pkg, [...new Set([...(own.get(pkg) ?? []), ...extras])].sort());
                }
            }
            // With -c constraints a pin holds for transitive packages too: a bumped dependency changes the image.
            const installed = await present(own);
            const changes = [...installed.keys()]
                .filter((pkg) => bumps.has(pkg))
                .sort()
                .map((pkg) => {
                const b = bumps.get(pkg);
                const extras = installed.get(pkg) ?? [];
                return { name: pkg, from: b.from, to: b.to, ...(extras.length > 0 && { extras }) };
            });
            if (changes.length === 0)
                return undefined;
            const target = { pythonVersion: options.pythonVersion, platform, ...libcOfImage(externalBaseOf(chain) ?? '') };
            return await estimateSizeDelta({
                image: name,
                target,
                changes,
                index,
                reader,
                pins,
                installed: new Set(installed.keys()),
                noCompile: installsWithoutCompile(workspace, chain),
                cache,
            });
        }
        catch (error) {
            note(`${name}: size not estimated: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
    }));
    return results.filter((r) => r !== undefined);
}
function imagePlatform(platform) {
    if (platform.startsWith('linux/amd64'))
        return 'linux/amd64';
    if (platform.startsWith('linux/arm64'))
        return 'linux/arm64';
    return undefined;
}
/** The image and every image it is built FROM, nearest first. */
function chainOf(name, nodes) {
    const out = [];
    const seen = new Set();
    const queue = [name];
    while (queue.length > 0) {
        const next = queue.shift();
        if (seen.has(next))
            continue;
        seen.add(next);
        const node = nodes.get(next);
        if (!node)
            continue;
        out.push(node);
        queue.push(...node.bases);
    }
    return out;
}
/** The external image at the root of the chain (`python:3.12-slim`), which decides the libc. */
function externalBaseOf(chain) {
    for (const node of chain)
        if (node.externalBases.length > 0)
            return node.externalBases[0];
    return undefined;
}
/** Every install of the chain says `--no-compile` (uv's default): no .pyc to count. */
function installsWithoutCompile(workspace, chain) {
    const names = new Set(chain.map((n) => n.name));
    const sites = workspace.images.filter((i) => names.has(i.name)).flatMap((i) => i.installs);
    return sites.length > 0 && sites.every((s) => s.install.noCompile);
}
/** Extras per occurrence (`file:line:name`), for the packages installed with them (`uvicorn[standard]`). */
function extrasIndex(workspace) {
    const out = new Map();
    for (const o of workspace.occurrences)
        if (o.extras.length > 0)
            out.set(`${o.location.file}:${o.location.line}:${o.name}`, o.extras);
    return out;
}
/**
 * What the image has before the bump: its own packages and, at the current central pins, what they
 * require (markers evaluated for the image). An unpinned dependency counts as present but is not
 * followed, so no index page beyond the pinned ones is read. Metadata is read once per release.
 */
function presentPackages(options) {
    const requirements = new Map();
    const requirementsOf = (name, version, extras) => {
        const key = `${name}@${version}[${extras.join(',')}]`;
        let found = requirements.get(key);
        if (found === undefined) {
            found = options.index.metadata(name, version).then((metadata) => applicable(metadata?.requiresDist ?? [], options.environment, extras), () => []);
            requirements.set(key, found);
        }
        return found;
    };
    return async (own) => {
        const present = new Map(own);
        let level = [...own].map(([name, extras]) => ({ name, extras }));
        while (level.length > 0) {
            const lists = await Promise.all(level.map((node) => {
                const version = options.current.get(node.name);
                return version === undefined ? Promise.resolve([]) : requirementsOf(node.name, version, node.extras);
            }));
            level = [];
            for (const requirement of lists.flat()) {
                if (present.has(requirement.name))
                    continue;
                present.set(requirement.name, requirement.extras);
                level.push(requirement);
            }
        }
        return present;
    };
}
function applicable(requiresDist, environment, extras) {
    const out = [];
    for (const text of requiresDist) {
        try {
            const requirement = (0,pep_requirement/* parseRequirement */.p)(text);
            if (requirement.url !== undefined)
                continue;
            if (requirement.marker !== undefined) {
                const marker = (0,pep_marker/* parseMarker */.gY)(requirement.marker);
                if (!['', ...extras].some((extra) => (0,pep_marker/* evaluateMarker */.UZ)(marker, { ...environment, extra })))
                    continue;
            }
            out.push({ name: requirement.name, extras: requirement.extras });
        }
        catch {
            // an unreadable requirement of a dependency says nothing about the image
        }
    }
    return out;
}


/***/ }),

/***/ 8944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ updateTypeOf),
/* harmony export */   V: () => (/* binding */ isPrerelease)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8898);
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__);
// What kind of update a version change is, for allow-lists and ignore rules.

/**
 * By the first differing release segment (zero-padded): 1st → major, 2nd → minor, any later →
 * patch. Plain segments, no 0.x special case. Same release segments with a different pre/dev
 * part (`2.0rc1` → `2.0rc2`, `2.0rc2` → `2.0`) → pre. Anything else (epoch, post, local, an
 * unparsable version) → other.
 */
function updateTypeOf(from, to) {
    const a = (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.explain)(from);
    const b = (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.explain)(to);
    if (!a || !b || a.epoch !== b.epoch)
        return 'other';
    const length = Math.max(a.release.length, b.release.length);
    for (let i = 0; i < length; i++) {
        if ((a.release[i] ?? 0) !== (b.release[i] ?? 0))
            return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch';
    }
    if (a.is_prerelease || b.is_prerelease) {
        if (String(a.pre) !== String(b.pre) || String(a.dev) !== String(b.dev))
            return 'pre';
    }
    return 'other';
}
/** PEP 440 pre-release, dev releases included (what pip leaves out unless asked). */
function isPrerelease(version) {
    return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.explain)(version)?.is_prerelease ?? false;
}


/***/ }),

/***/ 440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ imageGraph)
/* harmony export */ });
function imageGraph(workspace) {
    return { nodes: workspace.images, missing: workspace.missingImages, warnings: workspace.warnings };
}


/***/ }),

/***/ 5241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ installedPackages),
/* harmony export */   zY: () => (/* binding */ touchedImages)
/* harmony export */ });
/* unused harmony export detectCascades */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pep_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(110);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5655);
/* harmony import */ var _model_copies_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8136);
/* harmony import */ var _model_includes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1676);
/* harmony import */ var _model_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1933);
// Which images a change touches: those that install a changed package (inline pin, a `-r` file
// they COPY, a pyproject they COPY), those whose Dockerfile or COPYed files changed, and every
// image built FROM them. Separately, the cascade: an image that COPYs the whole central
// constraints file is invalidated by every pin change, and so is everything built on it. Pure.






/**
 * @param changedPackages package names (any spelling) that a bump plan or a PR changes
 * @param changedFiles repo-relative paths a PR changes; a changed constraints file counts as a pin change
 */
function touchedImages(options) {
    const { workspace, graph } = options;
    const changed = new Set((options.changedPackages ?? []).map(_pep_name_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .P));
    const changedFiles = [...new Set(options.changedFiles ?? [])];
    const constraintsFile = workspace.constraintsFile;
    const pinsChanged = changed.size > 0 || (constraintsFile !== undefined && changedFiles.includes(constraintsFile));
    const dependents = dependentsOf(graph.nodes);
    const touched = new Map();
    const entry = (name) => {
        let t = touched.get(name);
        if (!t)
            touched.set(name, (t = { name, direct: false, cascade: false, reasons: [] }));
        return t;
    };
    const roots = [];
    for (const node of graph.nodes) {
        const reasons = [];
        for (const [name, at] of installedPackages(workspace, node)) {
            if (changed.has(name))
                reasons.push({ kind: 'installs', package: name, file: at.file, line: at.line });
        }
        // COPY matchers only when there are changed files to match (a bump plan passes none).
        const info = changedFiles.length > 0 ? dockerfileInfo(workspace, node.dockerfile) : undefined;
        const sources = info ? (0,_model_copies_js__WEBPACK_IMPORTED_MODULE_2__/* .copiedSources */ .r)(info.copies, node.context) : [];
        for (const file of changedFiles) {
            // The constraints file is the cascade's business, below.
            if (file === constraintsFile)
                continue;
            if (file === node.dockerfile || sources.some((s) => s.matches(file)))
                reasons.push({ kind: 'file-changed', file });
        }
        if (reasons.length === 0)
            continue;
        const t = entry(node.name);
        t.direct = true;
        t.reasons.push(...reasons);
        roots.push(node.name);
    }
    // An image built on a touched one is touched too, once per base that reaches it.
    const builtOn = (flag) => (name, base) => {
        const t = entry(name);
        t[flag] = true;
        if (!t.reasons.some((r) => r.kind === 'base' && r.base === base))
            t.reasons.push({ kind: 'base', base });
    };
    spread(roots, dependents, builtOn('direct'));
    const cascades = detectCascades(workspace, graph);
    if (pinsChanged) {
        for (const c of cascades) {
            const t = entry(c.name);
            t.cascade = true;
            t.reasons.push({ kind: 'constraints-copy', file: c.constraintsFile, line: c.line });
        }
        spread(cascades.map((c) => c.name), dependents, builtOn('cascade'));
    }
    return { images: [...touched.values()].sort((a, b) => a.name.localeCompare(b.name)), cascades };
}
/** Images whose Dockerfile COPYs the whole central constraints file (alone or with its folder). */
function detectCascades(workspace, graph) {
    const constraintsFile = workspace.constraintsFile;
    if (!constraintsFile)
        return [];
    const dependents = dependentsOf(graph.nodes);
    const out = [];
    for (const node of graph.nodes) {
        const info = dockerfileInfo(workspace, node.dockerfile);
        if (!info)
            continue;
        const hit = (0,_model_copies_js__WEBPACK_IMPORTED_MODULE_2__/* .copiedSources */ .r)(info.copies, node.context).find((s) => s.matches(constraintsFile));
        if (!hit)
            continue;
        const reached = new Set();
        spread([node.name], dependents, (name) => reached.add(name));
        const below = [...reached].sort();
        const destination = copyDestination(hit.copy.destination, hit.copy.workdir, constraintsFile, hit.source);
        const users = constraintUsers(workspace, graph, below, destination);
        const line = hit.copy.location.line;
        const reason = `${node.name} COPYs the whole constraints file ${constraintsFile} (${node.dockerfile}:${line}): ` +
            (below.length > 0
                ? `every pin change invalidates that layer and rebuilds ${node.name} and the ${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(below.length, 'image')} built on it (${below.join(', ')})`
                : `every pin change invalidates that layer and rebuilds ${node.name}`);
        out.push({ name: node.name, dockerfile: node.dockerfile, line, constraintsFile, invalidates: [node.name, ...below], reason, fix: sliceFix(workspace, node, destination, users) });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
}
function sliceFix(workspace, node, destination, users) {
    const installed = installedPackages(workspace, node);
    const lines = [];
    for (const name of [...installed.keys()].sort())
        for (const pin of workspace.pins.get(name) ?? [])
            lines.push(pin.text + (pin.marker && !pin.text.includes(';') ? ` ; ${pin.marker}` : ''));
    const file = (0,_model_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)((0,_model_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .dirOf */ .Rw)(node.dockerfile), `${node.name}-constraints.txt`);
    const content = lines.length > 0 ? `${[...new Set(lines)].join('\n')}\n` : '';
    const target = destination ?? 'the same path';
    let text = `Give ${node.name} only the pins it installs: write ${file} with the central pins of its packages ` +
        `(${(0,_report_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(lines.length, 'pin')}) and COPY that file to ${target} instead of ${workspace.constraintsFile}. ` +
        `A bump then rebuilds ${node.name} only when one of its own pins changes.`;
    if (users.length > 0)
        text += ` Images built on it install with -c ${target} (${users.join(', ')}): each COPYs its own slice, or the pins of its own packages, next to its install.`;
    text += ' The slice holds direct pins only; add pins of their dependencies to hold those too.';
    return { file, content, text };
}
/** Images among `names` whose pip installs use `-c <path>` with the path the constraints were copied to. */
function constraintUsers(workspace, graph, names, destination) {
    if (!destination)
        return [];
    const wanted = new Set(names);
    const nodes = graph.nodes.filter((n) => wanted.has(n.name));
    return nodes
        .filter((n) => (imageOf(workspace, n)?.installs ?? []).some((s) => s.install.constraintFiles.some((c) => node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(c.path) ? c.path : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(s.install.workdir || '/', c.path)) === destination)))
        .map((n) => n.name)
        .sort();
}
/** Where the constraints file lands in the image, when the COPY says so. */
function copyDestination(destination, workdir, constraintsFile, source) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.isAbsolute(destination) ? destination : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(workdir || '/', destination));
    if (source === constraintsFile)
        return destination.endsWith('/') ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(abs, node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(constraintsFile)) : abs;
    // A folder copy: the file keeps its path below the folder.
    const rest = source === '' ? constraintsFile : constraintsFile.slice(source.length + 1);
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(abs, rest);
}
/** Packages an image installs itself (not through its bases), by normalized name, with where. */
function installedPackages(workspace, node) {
    const out = new Map();
    const add = (name, file, line) => {
        if (!out.has(name))
            out.set(name, { file, line });
    };
    const image = imageOf(workspace, node);
    for (const site of image?.installs ?? [])
        for (const o of site.install.packages)
            add(o.name, o.location.file, o.location.line);
    const byFile = indexOf(workspace).occurrences;
    for (const file of (0,_model_includes_js__WEBPACK_IMPORTED_MODULE_5__/* .requirementClosure */ .T)(workspace.requirementFiles, image?.requirementFiles ?? [])) {
        for (const o of byFile.get(file) ?? []) {
            if (!o.viaConstraint && o.origin !== 'constraints')
                add(o.name, o.location.file, o.location.line);
        }
    }
    return out;
}
/** The model's image behind a graph node (tests may pass bare nodes). */
function imageOf(workspace, node) {
    return indexOf(workspace).images.get(node.name);
}
function dockerfileInfo(workspace, path) {
    const file = indexOf(workspace).files.get(path);
    return file?.kind === 'dockerfile' ? file.parsed : undefined;
}
// Lookups by path, built once per workspace so large repositories stay linear.
const indexes = new WeakMap();
function indexOf(workspace) {
    let index = indexes.get(workspace);
    if (!index) {
        const occurrences = new Map();
        for (const o of workspace.occurrences) {
            const list = occurrences.get(o.location.file);
            if (list)
                list.push(o);
            else
                occurrences.set(o.location.file, [o]);
        }
        index = { files: new Map(workspace.files.map((f) => [f.path, f])), images: new Map(workspace.images.map((i) => [i.name, i])), occurrences };
        indexes.set(workspace, index);
    }
    return index;
}
function dependentsOf(nodes) {
    const out = new Map();
    for (const n of nodes) {
        for (const b of n.bases) {
            const list = out.get(b);
            if (list)
                list.push(n.name);
            else
                out.set(b, [n.name]);
        }
    }
    return out;
}
/** Breadth-first down the FROM graph, each image visited once per base that reaches it. */
function spread(roots, dependents, visit) {
    const queue = [...roots];
    const seen = new Set();
    while (queue.length > 0) {
        const base = queue.shift();
        if (seen.has(base))
            continue;
        seen.add(base);
        for (const name of dependents.get(base) ?? []) {
            visit(name, base);
            queue.push(name);
        }
    }
}


/***/ })

};
