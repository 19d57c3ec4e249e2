export const id = 553;
export const ids = [553];
export const modules = {

/***/ 5553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckJob: () => (/* binding */ runCheckJob)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/checks/gate.ts
function fails(findings, failOn) {
    if (failOn === 'never')
        return false;
    return findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
}

// EXTERNAL MODULE: ./src/adapters/fs-reader.ts
var fs_reader = __webpack_require__(1725);
// EXTERNAL MODULE: ./src/adapters/base-reader.ts + 1 modules
var base_reader = __webpack_require__(2927);
// EXTERNAL MODULE: ./src/adapters/git-fetch.ts
var git_fetch = __webpack_require__(9653);
// EXTERNAL MODULE: ./src/adapters/git-changes.ts
var git_changes = __webpack_require__(9396);
;// CONCATENATED MODULE: ./src/report/json.ts
const LOCATION = { keys: ['file', 'line', 'column', 'endLine', 'endColumn'] };
const ADVISORY = { keys: ['id', 'aliases', 'summary', 'url', 'level', 'score', 'fixed'] };
const FINDING = {
    keys: ['rule', 'severity', 'package', 'service', 'location', 'specifier', 'pin', 'consumers', 'message', 'advisories', 'reach', 'occurrences'],
    children: { location: LOCATION, advisories: ADVISORY },
};
/** Exported for the test that checks it against the JSON Schema's property order. */
const REPORT_SHAPE = {
    keys: [
        'schemaVersion',
        'tool',
        'root',
        'constraints',
        'summary',
        'files',
        'requirements',
        'projects',
        'services',
        'images',
        'ambiguities',
        'warnings',
        'packages',
        'findings',
        'diff',
        'sizes',
        'advisories',
        'skipped',
    ],
    children: {
        tool: { keys: ['name', 'version'] },
        summary: { keys: ['files', 'projects', 'services', 'rootServices', 'images', 'requirementFiles', 'packages', 'requirements', 'errors', 'warnings', 'notes'] },
        files: {
            keys: ['path', 'kind', 'consumers', 'errors'],
            children: { errors: { keys: ['line', 'column', 'message'] } },
        },
        requirements: {
            keys: ['file', 'line', 'column', 'name', 'extras', 'specifier', 'marker', 'url', 'origin', 'viaConstraint'],
        },
        projects: { keys: ['id', 'dir', 'files', 'services'] },
        services: {
            keys: ['id', 'name', 'project', 'image', 'build', 'images', 'dependsOn', 'dependents', 'transitiveDependents', 'requirementFiles'],
            children: { build: { keys: ['dockerfile', 'context', 'target'] } },
        },
        images: { keys: ['id', 'name', 'dockerfile', 'context', 'target', 'repository', 'tags', 'from', 'external', 'services', 'requirementFiles', 'governed'] },
        ambiguities: { keys: ['file', 'line', 'reference', 'candidates', 'settle'] },
        packages: {
            keys: ['name', 'services', 'variants', 'pin', 'risk'],
            children: { variants: { keys: ['specifier', 'services'] } },
        },
        findings: FINDING,
        diff: {
            keys: ['base', 'introduced', 'fixed', 'changed', 'unchanged'],
            children: { introduced: FINDING, fixed: FINDING, changed: { keys: ['finding', 'added', 'removed'], children: { finding: FINDING } } },
        },
        sizes: {
            keys: ['image', 'target', 'beforeBytes', 'deltaBytes', 'deltaCompressedBytes', 'contributors', 'unknown'],
            children: {
                target: { keys: ['pythonVersion', 'platform', 'libc', 'glibcVersion', 'muslVersion'] },
                contributors: { keys: ['name', 'from', 'to', 'deltaBytes', 'deltaCompressedBytes', 'sdistOnly', 'requiredBy', 'note', 'unknown'] },
            },
        },
        advisories: {
            keys: ['source', 'queried', 'vulnerable', 'ignored', 'warning'],
            children: { ignored: { keys: ['id', 'package', 'version', 'reason', 'file', 'line'] } },
        },
        skipped: { keys: ['path', 'reason'] },
    },
};
function renderJson(report) {
    let out = '';
    for (const chunk of renderJsonChunks(report))
        out += chunk;
    return out;
}
/**
 * The same text as renderJson, in pieces of about `chunkSize` characters: a report with millions of
 * requirements never becomes one string (V8 caps strings near 512 MB; "Invalid string length").
 * Arrays are serialized one element at a time, each ordered and indented as JSON.stringify(…, 2) would.
 */
function* renderJsonChunks(report, chunkSize = 1 << 16) {
    let buffer = '';
    const keys = orderedKeys(report, REPORT_SHAPE);
    buffer += '{';
    let first = true;
    for (const key of keys) {
        const value = report[key];
        const shape = REPORT_SHAPE.children?.[key];
        buffer += `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
        first = false;
        if (Array.isArray(value) && value.length > 0) {
            buffer += '[';
            for (let i = 0; i < value.length; i++) {
                buffer += `${i === 0 ? '' : ','}\n    ${indent(JSON.stringify(ordered(value[i], shape), null, 2) ?? 'null', '\n    ')}`;
                if (buffer.length >= chunkSize) {
                    yield buffer;
                    buffer = '';
                }
            }
            buffer += '\n  ]';
        }
        else {
            buffer += indent(JSON.stringify(ordered(value, shape), null, 2), '\n  ');
        }
    }
    buffer += first ? '}\n' : '\n}\n';
    yield buffer;
}
// JSON text holds no raw newline inside a string, so every newline is a line break of the layout.
function indent(json, newline) {
    return json.includes('\n') ? json.replace(/\n/g, newline) : json;
}
/** The value itself when its keys already come in the order `order` would give (the report builds most rows so), else the ordered copy. */
function ordered(value, shape) {
    return inOrder(value, shape) ? value : order(value, shape);
}
function inOrder(value, shape) {
    if (value === null || typeof value !== 'object')
        return true;
    if (Array.isArray(value))
        return value.every((item) => inOrder(item, shape));
    const source = value;
    const wanted = orderedKeys(source, shape);
    let i = 0;
    for (const key of Object.keys(source)) {
        if (source[key] !== undefined && wanted[i++] !== key)
            return false;
    }
    return i === wanted.length && wanted.every((key) => inOrder(source[key], shape?.children?.[key]));
}
function orderedKeys(source, shape) {
    const known = shape?.keys ?? [];
    const extra = Object.keys(source)
        .filter((k) => !known.includes(k))
        .sort();
    return [...known, ...extra].filter((key) => key in source && source[key] !== undefined);
}
function order(value, shape) {
    if (Array.isArray(value))
        return value.map((v) => order(v, shape));
    if (value === null || typeof value !== 'object')
        return value;
    const source = value;
    // No prototype: a key named `__proto__` stays an own key instead of replacing the prototype.
    const out = Object.create(null);
    // Keys the shape does not know yet (a field added without updating this file) still come out, sorted, last.
    for (const key of orderedKeys(source, shape))
        out[key] = order(source[key], shape?.children?.[key]);
    return out;
}

// EXTERNAL MODULE: ./src/report/markdown.ts + 3 modules
var markdown = __webpack_require__(1551);
// EXTERNAL MODULE: ./src/model/migration-order.ts
var migration_order = __webpack_require__(2231);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
// EXTERNAL MODULE: ./src/checks/rules.ts
var rules = __webpack_require__(2226);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif).



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'monopinFingerprint/v1';
/** GitHub code scanning ignores results past this many per run. */
const MAX_SARIF_RESULTS = 25_000;
function renderSarif(report) {
    return `${JSON.stringify(buildSarif(report), null, 2)}\n`;
}
function buildSarif(report) {
    const findings = report.findings.length > MAX_SARIF_RESULTS
        ? (0,rules/* bySeverity */.Np)(report.findings).slice(0, MAX_SARIF_RESULTS)
        : report.findings;
    const seen = new Map();
    const results = [];
    for (const finding of findings) {
        const result = toResult(finding, report, seen);
        if (result)
            results.push(result);
    }
    const version = report.tool.version;
    const run = {
        tool: {
            driver: {
                name: 'monopin',
                version,
                ...(/^\d+\.\d+\.\d+/.test(version) ? { semanticVersion: version } : {}),
                informationUri: rules/* REPO_URL */.hn,
                rules: rules/* RULES */.y0.map((rule) => ({
                    id: rule.id,
                    name: rule.name,
                    shortDescription: { text: stripMarkdown(rule.shortDescription) },
                    fullDescription: { text: stripMarkdown(rule.fullDescription) },
                    help: { text: stripMarkdown(rule.help), markdown: rule.help },
                    helpUri: rule.helpUri,
                    defaultConfiguration: { level: rule.defaultSeverity },
                    properties: {
                        tags: rule.tags,
                        precision: 'very-high',
                        'problem.severity': rule.defaultSeverity === 'note' ? 'recommendation' : rule.defaultSeverity,
                    },
                })),
            },
        },
        results,
    };
    if (findings.length < report.findings.length) {
        run.properties = { truncatedResults: report.findings.length - findings.length };
    }
    return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}
function toResult(finding, report, seen) {
    // GitHub rejects a result without a location; a finding with no file points at the constraints file.
    const file = repoRelative(finding.location.file, report.root) || (report.constraints ?? '');
    if (file === '')
        return undefined;
    const index = (0,rules/* ruleIndex */.zZ)(finding.rule);
    if (index < 0)
        return undefined;
    const startLine = atLeastOne(finding.location.line);
    const startColumn = atLeastOne(finding.location.column);
    const region = { startLine, startColumn };
    const { endLine, endColumn } = finding.location;
    if (endLine !== undefined && Number.isInteger(endLine) && endLine >= startLine) {
        region.endLine = endLine;
        if (endColumn !== undefined && Number.isInteger(endColumn) && (endLine > startLine || endColumn > startColumn)) {
            region.endColumn = endColumn;
        }
    }
    const identity = [finding.rule, finding.package ?? '', file, finding.service ?? ''].join('\u0000');
    const hash = (0,external_node_crypto_.createHash)('sha256').update(identity).digest('hex').slice(0, 32);
    // Same rule+package+file+service twice (two RUN lines, say): number them so GitHub keeps both alerts.
    const nth = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, nth);
    const properties = {};
    if (finding.package !== undefined)
        properties.package = finding.package;
    if (finding.service !== undefined)
        properties.service = finding.service;
    if (finding.specifier !== undefined)
        properties.specifier = finding.specifier;
    if (finding.pin !== undefined)
        properties.pin = finding.pin;
    if (finding.occurrences !== undefined)
        properties.occurrences = finding.occurrences;
    // vulnerable-pin: the advisory's own page is the help that matters (SARIF results have no helpUri of their own).
    const advisory = finding.advisories?.[0];
    if (advisory !== undefined) {
        properties.helpUri = advisory.url;
        properties.advisories = (finding.advisories ?? []).flatMap((a) => [a.id, ...a.aliases]);
    }
    return {
        ruleId: finding.rule,
        ruleIndex: index,
        level: finding.severity,
        message: { text: `${(0,report_escape/* singleLine */.pF)(finding.message).trim() || finding.rule}${advisory !== undefined ? ` See ${advisory.url}` : ''}` },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodePath(file), uriBaseId: '%SRCROOT%' },
                    region,
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${nth}` },
        ...(Object.keys(properties).length > 0 ? { properties } : {}),
    };
}
/** Repo-relative with forward slashes, whatever a caller handed us. */
function repoRelative(file, root) {
    let path = file.replace(/\\/g, '/');
    const base = root.replace(/\\/g, '/').replace(/\/+$/, '');
    if (base !== '' && base !== '.' && path.startsWith(`${base}/`))
        path = path.slice(base.length + 1);
    path = path.replace(/^[A-Za-z]:\//, '').replace(/^\/+/, '');
    while (path.startsWith('./'))
        path = path.slice(2);
    return path;
}
// A relative URI reference: each segment percent-encoded (spaces, `#`, `?`, `%`), slashes kept.
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function atLeastOne(n) {
    return Number.isInteger(n) && n >= 1 ? n : 1;
}
function stripMarkdown(text) {
    return text.replace(/`/g, '');
}

// EXTERNAL MODULE: ./src/size/render.ts
var render = __webpack_require__(1693);
// EXTERNAL MODULE: ./src/rebuild-command.ts + 2 modules
var rebuild_command = __webpack_require__(4950);
// EXTERNAL MODULE: ./src/registry/ref.ts
var ref = __webpack_require__(7026);
// EXTERNAL MODULE: ./src/size/measured.ts
var measured = __webpack_require__(2337);
;// CONCATENATED MODULE: ./src/size/pr-measure.ts



/** `pr-{pr}` → `pr-42`; a branch name becomes a valid tag (`feature/x` → `feature-x`). */
function measureTag(template, values) {
    const tag = template.replace(/\{(pr|sha|base)\}/g, (token, name) => {
        const value = values[name];
        if (value === undefined)
            throw new Error(`measure tag ${template} uses ${token}, which this run does not know`);
        return name === 'sha' ? String(value).slice(0, 7) : String(value);
    });
    return tag.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '').slice(0, 128) || 'latest';
}
/**
 * The images the changed packages and files touch (and what is built on them), measured base tag vs
 * head tag: a Dockerfile-only change is measured too, though nothing estimates it.
 */
async function measurePrSizes(options) {
    const measure = options.config.measure;
    const files = options.changedFiles ?? [];
    if (!measure || (options.changedPackages.length === 0 && files.length === 0))
        return { results: [], notes: [] };
    const { matrix } = (0,rebuild_command/* planRebuild */.hu)({ workspace: options.head, config: options.config, changedPackages: options.changedPackages, changedFiles: files, now: new Date(), sha: options.values.sha });
    const before = measureTag(measure.base, options.values);
    const after = measureTag(measure.head, options.values);
    const pairs = matrix.include
        .filter((e) => (0,ref/* isRemoteImage */.Y5)(e.repository))
        .map((e) => ({ image: e.image, before: `${e.repository}:${before}`, after: `${e.repository}:${after}` }));
    return (0,measured/* measureImages */.J6)({ registry: options.registry, pairs, platform: options.config.platform });
}

// EXTERNAL MODULE: ./src/scan.ts + 17 modules
var scan = __webpack_require__(4007);
;// CONCATENATED MODULE: ./src/action/annotations.ts
// GitHub shows at most 10 errors and 10 warnings per step; more are dropped. Errors go first so they survive.
const ANNOTATION_LIMIT = 50;
function annotate(findings, sink, root) {
    const prefix = root === '.' || root === '' ? '' : `${root.replace(/\/$/, '')}/`;
    const ordered = [...findings].sort((a, b) => rank(a) - rank(b));
    const shown = ordered.slice(0, ANNOTATION_LIMIT);
    for (const f of shown) {
        const properties = { title: `monopin ${f.rule}${f.package ? `: ${f.package}` : ''}`, file: `${prefix}${f.location.file}`, startLine: f.location.line, startColumn: f.location.column };
        if (f.severity === 'error')
            sink.error(f.message, properties);
        else if (f.severity === 'warning')
            sink.warning(f.message, properties);
        else
            sink.notice(f.message, properties);
    }
    return shown.length;
}
function rank(f) {
    return f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2;
}

// EXTERNAL MODULE: ./src/action/post-comment.ts + 2 modules
var post_comment = __webpack_require__(4816);
// EXTERNAL MODULE: ./src/action/size-log.ts
var size_log = __webpack_require__(6130);
// EXTERNAL MODULE: ./src/bump/pr-sizes.ts
var pr_sizes = __webpack_require__(7927);
// EXTERNAL MODULE: ./src/advisories/source.ts + 3 modules
var advisories_source = __webpack_require__(8545);
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

;// CONCATENATED MODULE: ./src/action/check-job.ts
// The check on pull requests (head vs base: introduced / fixed) and on pushes (whole repository).




















// The step summary takes up to 1 MiB.
const SUMMARY_LIMIT = 1_000_000;
async function runCheckJob(job) {
    const { runner, event } = job;
    const root = (0,external_node_path_.resolve)(job.workspace, job.inputs.workingDirectory);
    const rootLabel = (0,external_node_path_.relative)(job.workspace, root) || '.';
    const pr = event.job === 'pull-request' ? event.pullRequest : undefined;
    let head = await runner.group('Scan the checkout', () => (0,scan/* scanRepository */.G)((0,fs_reader/* createFsReader */.lG)(root), job.config));
    const central = head.workspace.constraintsFile;
    const how = central === undefined ? '' : job.config.constraints ? ' (configured)' : ' (the constraints file most used through -c; the constraints input or config key chooses another)';
    runner.info(`${head.workspace.files.length} files, ${head.workspace.services.length} services, ${head.findings.length} findings; constraints: ${central ?? 'none found'}${how}`);
    let base;
    if (pr) {
        base = await runner.group(`Scan the base ${pr.baseRef} (${pr.baseSha.slice(0, 7)})`, async () => {
            if (await (0,git_fetch/* ensureCommit */.q)(root, pr.baseSha))
                runner.info(`fetched ${pr.baseSha} from origin`);
            return { ref: pr.baseSha, result: await (0,base_reader/* scanRevision */.V)(root, pr.baseSha, job.config) };
        });
    }
    const source = (0,advisories_source/* createAdvisorySource */.b)(job.config.advisories, {
        root,
        ...(job.inputs.indexCache !== undefined && { cacheDir: (0,external_node_path_.join)((0,external_node_path_.resolve)(job.workspace, job.inputs.indexCache), 'osv') }),
        log: (m) => runner.debug(m),
    });
    const checked = source === undefined
        ? { head, base: base?.result, report: undefined }
        : await runner.group(`Security advisories (${source.label})`, async () => {
            const result = await applyAdvisories({ head, base: base?.result, config: job.config, source });
            if (result.report?.warning !== undefined)
                runner.warning(`monopin: ${result.report.warning}`);
            else if (result.report !== undefined)
                runner.info(`${result.report.queried} pins asked, ${result.report.vulnerable} vulnerable, ${result.report.ignored.length} ignored`);
            return result;
        });
    head = checked.head;
    if (base && checked.base)
        base = { ref: base.ref, result: checked.base };
    const report = (0,scan/* buildReport */.F)(head, { root: rootLabel, base });
    if (checked.report !== undefined)
        report.advisories = checked.report;
    const gating = report.diff ? report.diff.introduced : report.findings;
    // Opt-in: estimates with an index (input or config index-url), measurements with config measure.
    let sizeSection;
    let breaches = [];
    const indexUrl = (0,pr_sizes/* sizeIndexUrl */.nv)(job.config, job.inputs.indexUrl);
    if (pr && base && (indexUrl !== undefined || job.config.measure)) {
        const baseWorkspace = base.result.workspace;
        sizeSection = await runner.group('Image sizes', async () => {
            const note = (text) => runner.warning(text);
            const { changes, results } = await (0,pr_sizes/* estimatePrSizes */.pu)({ base: baseWorkspace, head: head.workspace, config: job.config, indexUrl, onNote: note, log: (m) => runner.debug(m) });
            runner.info(`${changes.length} changed pin(s): ${changes.map((c) => `${c.name} ${c.from ?? '(added)'} → ${c.to ?? '(removed)'}`).join(', ') || 'none'}`);
            // The checkout (the PR's merge commit) against its base: Dockerfile-only changes are measured too.
            const measure = async () => {
                const files = await (0,git_changes/* changedFiles */.Y)(root, pr.baseSha);
                return measurePrSizes({ head: head.workspace, config: job.config, changedPackages: changes.map((c) => c.name), changedFiles: files, registry: job.registry, values: { pr: pr.number, sha: pr.headSha, base: pr.baseRef } });
            };
            const measured = await (job.config.measure ? measure() : Promise.resolve({ results: [], notes: [] })).catch((error) => ({
                results: [],
                notes: [`image sizes not measured: ${error instanceof Error ? error.message : String(error)}`],
            }));
            measured.notes.forEach(note);
            (0,size_log/* logSizes */.X)(runner, results, measured.results);
            if (job.config.sizeBudget !== undefined)
                breaches = (0,render/* sizeBudgetExceeded */.O_)(results, job.config.sizeBudget);
            return (0,render/* renderSizeSection */.jW)(results, { measured: measured.results }) || undefined;
        });
    }
    await runner.group('Report', async () => {
        const jsonPath = (0,external_node_path_.join)(job.tempDir, 'monopin-report.json');
        await (0,promises_.writeFile)(jsonPath, renderJson(report));
        runner.setOutput('report-json', jsonPath);
        if (job.inputs.sarifFile) {
            const sarifPath = (0,external_node_path_.resolve)(job.workspace, job.inputs.sarifFile);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(sarifPath), { recursive: true });
            await (0,promises_.writeFile)(sarifPath, renderSarif(report));
            runner.info(`SARIF written to ${sarifPath}`);
        }
        // On a PR only what it introduced is annotated; on a push, errors and what fails the check.
        const toAnnotate = pr ? gating : report.findings.filter((f) => f.severity === 'error' || fails([f], job.config.failOn));
        annotate(toAnnotate, runner, rootLabel);
        // A push reports the whole repository: its summary carries the migration order (dependencies first).
        const order = pr ? undefined : (0,migration_order/* migrationOrder */.V)(head.workspace, head.findings);
        await runner.writeSummary((0,markdown/* renderMarkdown */.Gc)(report, { maxLength: SUMMARY_LIMIT, ...(sizeSection !== undefined && { sizeSection }), ...(order !== undefined && { order }) }));
    });
    if (pr && job.inputs.comment) {
        await runner.group('Pull request comment', () => (0,post_comment/* postPullRequestComment */.m)({ github: job.github, runner, event, report, issueNumber: pr.number, summaryUrl: job.runUrl, sizeSection }));
    }
    runner.setOutput('conflicts', report.findings.filter((f) => f.rule === 'conflict').length);
    runner.setOutput('vulnerable', report.findings.filter((f) => f.rule === 'vulnerable-pin').length);
    runner.setOutput('introduced', gating.length);
    runner.setOutput('fixed', report.diff?.fixed.length ?? 0);
    for (const b of breaches)
        runner.setFailed(`monopin: ${(0,render/* describeBreach */.DR)(b, job.config.sizeBudget)}`);
    if (fails(gating, job.config.failOn)) {
        const what = pr ? 'introduced by this pull request' : 'in the repository';
        runner.setFailed(`monopin: ${gating.length} finding(s) ${what} at or above '${job.config.failOn}' — see the annotations and the job summary`);
    }
}


/***/ }),

/***/ 2927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ scanRevision)
});

// UNUSED EXPORTS: openBaseReader

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/scan.ts + 17 modules
var scan = __webpack_require__(4007);
;// CONCATENATED MODULE: ./src/adapters/git-reader.ts
// FileReader over a git revision, with no checkout: the PR's base is read straight from the
// object database. One `ls-tree` gives the whole listing; blobs stream through one long-lived
// `git cat-file --batch`, requests pipelined and answered in order.

class GitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GitError';
    }
}
async function createGitReader(repoDir, rev) {
    const unknown = new GitError(`unknown revision '${rev}' — fetch it first (actions/checkout with fetch-depth: 0)`);
    // A rev starting with '-' would be read as an option.
    if (rev === '' || rev.startsWith('-'))
        throw unknown;
    const parsed = await runGit(repoDir, ['rev-parse', '--verify', '--quiet', `${rev}^{tree}`]);
    if (parsed.code !== 0) {
        if (parsed.stderr.trim() === '')
            throw unknown;
        throw new GitError(`git rev-parse ${rev} failed in ${repoDir}: ${parsed.stderr.trim()}`);
    }
    const tree = parsed.stdout.toString().trim();
    const listed = await runGit(repoDir, ['ls-tree', '-r', '-z', '--long', '--full-tree', tree]);
    if (listed.code !== 0)
        throw new GitError(`git ls-tree ${rev} failed: ${listed.stderr.trim()}`);
    const { dirs, blobs } = buildListing(listed.stdout.toString('utf8'));
    const batch = new CatFileBatch(repoDir);
    return {
        async list(dir) {
            const entries = dirs.get(dir);
            if (!entries)
                throw new GitError(`'${dir}' is not a folder at ${rev}`);
            return entries.map((e) => ({ ...e }));
        },
        async read(path) {
            const blob = blobs.get(path);
            if (!blob)
                throw new GitError(`'${path}' does not exist at ${rev}`);
            if (blob.symlink)
                throw new GitError(`refusing to read '${path}' at ${rev}: it is a symbolic link`);
            return batch.read(blob.oid);
        },
        close: () => batch.close(),
    };
}
function buildListing(text) {
    const dirs = new Map([['', []]]);
    const blobs = new Map();
    const ensureDir = (dir) => {
        let entries = dirs.get(dir);
        if (entries)
            return entries;
        entries = [];
        dirs.set(dir, entries);
        const slash = dir.lastIndexOf('/');
        ensureDir(slash === -1 ? '' : dir.slice(0, slash)).push({ name: dir.slice(slash + 1), kind: 'dir' });
        return entries;
    };
    for (const record of text.split('\0')) {
        if (record === '')
            continue;
        // `<mode> <type> <oid> <padded size>\t<path>`; the path may hold any byte but NUL.
        const tab = record.indexOf('\t');
        const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
        const path = record.slice(tab + 1);
        const slash = path.lastIndexOf('/');
        const parent = ensureDir(slash === -1 ? '' : path.slice(0, slash));
        const name = path.slice(slash + 1);
        if (type === 'blob' && mode === '120000') {
            parent.push({ name, kind: 'symlink' });
            blobs.set(path, { oid: oid, symlink: true });
        }
        else if (type === 'blob') {
            parent.push({ name, kind: 'file', size: Number(size) });
            blobs.set(path, { oid: oid, symlink: false });
        }
        else {
            // A submodule (`commit`): its content is not in this repository.
            parent.push({ name, kind: 'other' });
        }
    }
    return { dirs, blobs };
}
class CatFileBatch {
    cwd;
    proc;
    exited;
    pending = [];
    buffer = Buffer.alloc(0);
    body;
    stderr = '';
    constructor(cwd) {
        this.cwd = cwd;
    }
    read(oid) {
        const proc = this.start();
        return new Promise((resolve, reject) => {
            this.pending.push({ oid, resolve, reject });
            proc.stdin.write(`${oid}\n`);
        });
    }
    async close() {
        if (!this.proc)
            return;
        this.proc.stdin.end();
        await this.exited;
    }
    start() {
        if (this.proc)
            return this.proc;
        const proc = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd: this.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        this.proc = proc;
        this.buffer = Buffer.alloc(0);
        this.body = undefined;
        proc.stdout.on('data', (chunk) => this.onData(chunk));
        proc.stderr.on('data', (chunk) => void (this.stderr += chunk.toString()));
        // Writes after the process died would otherwise crash the host with EPIPE.
        proc.stdin.on('error', () => undefined);
        this.exited = new Promise((resolve) => {
            const finish = (reason) => {
                if (this.proc !== proc)
                    return;
                this.proc = undefined;
                this.failAll(new GitError(`git cat-file --batch ${reason}${this.stderr ? `: ${this.stderr.trim()}` : ''}`));
                resolve();
            };
            proc.on('error', (err) => finish(`could not start (${err.message})`));
            proc.on('close', (code) => finish(`exited with code ${code}`));
        });
        return proc;
    }
    onData(chunk) {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        for (;;) {
            if (!this.body) {
                const newline = this.buffer.indexOf(10);
                if (newline === -1)
                    return;
                const header = this.buffer.subarray(0, newline).toString();
                this.buffer = this.buffer.subarray(newline + 1);
                const request = this.pending[0];
                if (header.endsWith(' missing')) {
                    this.pending.shift();
                    request?.reject(new GitError(`git object ${request.oid} is missing`));
                    continue;
                }
                const size = /^\S+ \S+ (\d+)$/.exec(header)?.[1];
                if (size === undefined) {
                    this.failAll(new GitError(`unexpected git cat-file output: ${header}`));
                    this.proc?.kill();
                    return;
                }
                this.body = { size: Number(size), chunks: [], got: 0 };
            }
            // The content is followed by one LF.
            const body = this.body;
            const take = Math.min(body.size + 1 - body.got, this.buffer.length);
            if (take === 0)
                return;
            body.chunks.push(this.buffer.subarray(0, take));
            body.got += take;
            this.buffer = this.buffer.subarray(take);
            if (body.got < body.size + 1)
                return;
            this.body = undefined;
            const content = Buffer.concat(body.chunks).subarray(0, body.size);
            this.pending.shift()?.resolve(new Uint8Array(content.buffer, content.byteOffset, content.byteLength));
        }
    }
    failAll(error) {
        for (const request of this.pending.splice(0))
            request.reject(error);
    }
}
async function runGit(cwd, args) {
    return new Promise((resolve, reject) => {
        const proc = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        let stderr = '';
        proc.stdout.on('data', (chunk) => out.push(chunk));
        proc.stderr.on('data', (chunk) => void (stderr += chunk.toString()));
        proc.on('error', (err) => reject(new GitError(`could not run git ${args[0]}: ${err.message}`)));
        proc.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr }));
    });
}

;// CONCATENATED MODULE: ./src/adapters/base-reader.ts
// A FileReader over a git revision of the checkout holding `root`, scoped to root when it is a subfolder.




const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The scan of a git revision: a pull request's base, the commit a rebuild compares with. */
async function scanRevision(root, ref, config) {
    const reader = await openBaseReader(root, ref);
    try {
        return await (0,scan/* scanRepository */.G)(reader, config);
    }
    finally {
        await reader.close();
    }
}
async function openBaseReader(root, ref) {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel', '--show-prefix'], { cwd: root }).catch((error) => {
        // git's own words ("fatal: not a git repository (or any of the parent directories): .git") say neither the path nor the fix.
        if (/not a git repository/i.test(error.stderr ?? error.message))
            throw new Error(`${root} is not a git repository: run inside a clone, or drop --base`);
        throw new Error(`git cannot read the repository at ${root}: ${(error.stderr ?? error.message).trim().split('\n')[0]}`);
    });
    const [top, prefixLine] = stdout.split('\n');
    const prefix = (prefixLine ?? '').replace(/\/$/, '');
    const git = await createGitReader(top, ref);
    const scoped = (path) => (prefix === '' ? path : path === '' ? prefix : `${prefix}/${path}`);
    return {
        list: (dir) => git.list(scoped(dir)),
        read: (path) => git.read(scoped(path)),
        close: async () => {
            await git.close();
        },
    };
}


/***/ }),

/***/ 9396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ changedFiles)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
// The files a push changed, relative to the scanned root (git diff --relative), for rebuilding only
// the images they touch. Read through git: nothing is checked out.


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * Paths (relative to `root`, below it) that differ between two commits, or between `from` and the
 * working tree when `to` is absent (tracked files only); renames count as delete + add.
 */
async function changedFiles(root, from, to) {
    try {
        const args = ['diff', '--name-only', '-z', '--no-renames', '--relative', from, ...(to !== undefined ? [to] : []), '--'];
        const { stdout } = await run('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
        return stdout.split('\0').filter((path) => path !== '');
    }
    catch (error) {
        const detail = error.stderr?.trim() || error.message;
        throw new Error(`cannot list the files changed since ${from}: ${detail}`);
    }
}


/***/ }),

/***/ 9653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ ensureCommit)
/* harmony export */ });
/* unused harmony export hasCommit */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
// Makes sure a commit is present locally: shallow checkouts (actions/checkout's default) lack the PR base.


const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function hasCommit(repoDir, sha) {
    try {
        await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: repoDir });
        return true;
    }
    catch {
        return false;
    }
}
/** Fetches `sha` from origin when missing; returns whether a fetch was needed. */
async function ensureCommit(repoDir, sha) {
    if (await hasCommit(repoDir, sha))
        return false;
    try {
        await run('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { cwd: repoDir });
    }
    catch (error) {
        const detail = error.stderr?.trim() || error.message;
        throw new Error(`the base commit ${sha} is not in the checkout and fetching it failed (${detail}); use actions/checkout with fetch-depth: 0`);
    }
    return true;
}


/***/ }),

/***/ 8545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ createAdvisorySource)
});

// UNUSED EXPORTS: resolveSettingPath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/pep/name.ts
var pep_name = __webpack_require__(110);
// EXTERNAL MODULE: ./src/advisories/match.ts
var match = __webpack_require__(4170);
;// CONCATENATED MODULE: ./src/advisories/records.ts
function parseOsvRecord(text, where) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${where}: not JSON: ${error.message}`);
    }
    return toOsvRecord(data, where);
}
function toOsvRecord(data, where) {
    if (!isObject(data) || typeof data.id !== 'string' || data.id === '')
        throw new Error(`${where}: not an OSV record (no id)`);
    const record = { id: data.id, modified: typeof data.modified === 'string' ? data.modified : '' };
    if (typeof data.withdrawn === 'string')
        record.withdrawn = data.withdrawn;
    if (Array.isArray(data.aliases))
        record.aliases = data.aliases.filter((a) => typeof a === 'string');
    if (typeof data.summary === 'string')
        record.summary = data.summary;
    if (typeof data.details === 'string')
        record.details = data.details;
    if (Array.isArray(data.severity)) {
        record.severity = data.severity.filter(isObject).flatMap((s) => (typeof s.type === 'string' && typeof s.score === 'string' ? [{ type: s.type, score: s.score }] : []));
    }
    if (Array.isArray(data.affected))
        record.affected = data.affected.filter(isObject).map(toAffected);
    if (Array.isArray(data.references)) {
        record.references = data.references.filter(isObject).flatMap((r) => (typeof r.type === 'string' && typeof r.url === 'string' ? [{ type: r.type, url: r.url }] : []));
    }
    if (isObject(data.database_specific))
        record.database_specific = { severity: data.database_specific.severity };
    return record;
}
function toAffected(data) {
    const out = {};
    const pkg = data.package;
    if (isObject(pkg) && typeof pkg.ecosystem === 'string' && typeof pkg.name === 'string')
        out.package = { ecosystem: pkg.ecosystem, name: pkg.name };
    if (Array.isArray(data.versions))
        out.versions = data.versions.filter((v) => typeof v === 'string');
    if (Array.isArray(data.ranges)) {
        out.ranges = data.ranges.filter(isObject).flatMap((r) => typeof r.type === 'string' && Array.isArray(r.events) ? [{ type: r.type, events: r.events.filter(isObject).map(toEvent) }] : []);
    }
    return out;
}
function toEvent(data) {
    const event = {};
    for (const key of ['introduced', 'fixed', 'last_affected', 'limit'])
        if (typeof data[key] === 'string')
            event[key] = data[key];
    return event;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/advisories/types.ts
var types = __webpack_require__(3338);
;// CONCATENATED MODULE: ./src/advisories/folder-source.ts
// Offline advisories: a folder or a zip of OSV JSON records — OSV's per-ecosystem export
// (`PyPI/all.zip`) or a checkout of GitHub's advisory database. Read once, indexed by package.
// The zip is read with fflate (small, no dependencies, bundles cleanly, filters entries before inflating).








/** Records larger than this are not advisories (a stray dump): skipped. */
const MAX_RECORD_BYTES = 5 * 1024 * 1024;
function createFolderSource(path, options = {}) {
    const stats = { batchRequests: 0, recordRequests: 0, cacheHits: 0 };
    let index;
    async function load() {
        stats.batchRequests++;
        const info = await (0,promises_.stat)(path).catch((error) => {
            throw new types/* AdvisoryError */.k1(`cannot read the advisory records at ${path}: ${error.message}`);
        });
        const texts = info.isDirectory() ? await readFolder(path) : await readZip(path);
        const byPackage = new Map();
        let skipped = 0;
        for (const { name, text } of texts) {
            // GitHub's database holds every ecosystem: leave the others unparsed.
            if (!text.includes('"PyPI"') && text.includes('"ecosystem"'))
                continue;
            let record;
            try {
                record = parseOsvRecord(text, name);
            }
            catch (error) {
                skipped++;
                options.log?.(error.message);
                continue;
            }
            if (record.withdrawn !== undefined)
                continue;
            const packages = new Set((record.affected ?? []).filter((a) => a.package?.ecosystem === types/* ECOSYSTEM */.Pe).map((a) => (0,pep_name/* normalizeName */.P)(a.package.name)));
            for (const pkg of packages)
                byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), record]);
        }
        if (texts.length > 0 && skipped === texts.length)
            throw new types/* AdvisoryError */.k1(`${path}: none of its ${texts.length} JSON files is an OSV record`);
        return byPackage;
    }
    async function lookup(queries) {
        index ??= load();
        const byPackage = await index;
        const out = new Map();
        for (const query of queries) {
            const records = byPackage.get(query.name) ?? [];
            out.set((0,types/* queryKey */.qv)(query), query.version === undefined ? records : records.filter((r) => (0,match/* affects */.bB)(r, query.name, query.version)));
        }
        return out;
    }
    return { label: path, lookup, stats: () => ({ ...stats }) };
}
async function readFolder(root) {
    const entries = (await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.json'));
    // A checkout of GitHub's advisory database is tens of thousands of files: read them a few at a time.
    const limit = (0,p_limit/* default */.A)(16);
    const read = await Promise.all(entries.map((entry) => limit(async () => {
        const full = (0,external_node_path_.join)(entry.parentPath, entry.name);
        if ((await (0,promises_.stat)(full)).size > MAX_RECORD_BYTES)
            return undefined;
        return { name: (0,external_node_path_.relative)(root, full), text: await (0,promises_.readFile)(full, 'utf8') };
    })));
    return read.filter((r) => r !== undefined).sort((a, b) => a.name.localeCompare(b.name));
}
async function readZip(path) {
    let files;
    try {
        files = (0,esm/* unzipSync */.AO)(await (0,promises_.readFile)(path), { filter: (file) => file.name.endsWith('.json') && file.originalSize <= MAX_RECORD_BYTES });
    }
    catch (error) {
        throw new types/* AdvisoryError */.k1(`${path}: neither a folder nor a readable zip of OSV records (${error.message})`);
    }
    const decoder = new TextDecoder();
    return Object.entries(files).map(([name, bytes]) => ({ name: `${path}:${name}`, text: decoder.decode(bytes) }));
}

// EXTERNAL MODULE: ./src/index/cache.ts
var index_cache = __webpack_require__(2822);
// EXTERNAL MODULE: ./src/index/errors.ts
var errors = __webpack_require__(3537);
// EXTERNAL MODULE: ./src/index/client.ts + 3 modules
var client = __webpack_require__(6159);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/advisories/osv-client.ts
// The OSV API client (https://google.github.io/osv.dev/api/): one POST /v1/querybatch per 1,000
// queries, then GET /v1/vulns/{id} once per distinct advisory. Bounded concurrency, retries with
// backoff (Retry-After honoured), and the index client's disk cache: a record is fetched again only
// when querybatch reports a newer `modified` than the cached copy.







const OSV_API = 'https://api.osv.dev';
/** The API's limit per querybatch request. */
const BATCH_SIZE = 1000;
/** Pages of one query's results followed at most (each page holds up to 1,000 ids). */
const MAX_PAGES = 10;
function createOsvClient(options = {}) {
    const base = (options.baseUrl ?? OSV_API).replace(/\/+$/, '');
    const { limit, fetcher, retries, backoffMs, maxRetryAfterMs, timeoutMs, log } = (0,client/* httpSettings */.qe)(options);
    const cache = options.cacheDir === undefined ? undefined : new index_cache/* DiskCache */.E(options.cacheDir);
    const stats = { batchRequests: 0, recordRequests: 0, cacheHits: 0 };
    const records = new Map();
    async function request(url, init) {
        for (let attempt = 0;; attempt++) {
            let response;
            let text;
            try {
                [response, text] = await limit(async () => {
                    const res = await fetcher(url, {
                        method: init.method,
                        headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'User-Agent': `monopin/${version/* VERSION */.x}` },
                        ...(init.body !== undefined && { body: init.body }),
                        signal: AbortSignal.timeout(timeoutMs),
                    });
                    return [res, await res.text()];
                });
            }
            catch (error) {
                if (attempt < retries) {
                    const delay = backoffMs * 2 ** attempt;
                    log(`${init.method} ${(0,errors/* redactUrl */.B)(url)}: ${(0,client/* describe */.q0)(error)}; retry ${attempt + 1}/${retries} in ${delay} ms`);
                    await (0,client/* sleep */.yy)(delay);
                    continue;
                }
                throw new types/* AdvisoryError */.k1(`could not reach ${(0,errors/* redactUrl */.B)(url)}: ${(0,client/* describe */.q0)(error)}`, { cause: error });
            }
            if (response.ok) {
                try {
                    return JSON.parse(text);
                }
                catch {
                    throw new types/* AdvisoryError */.k1(`${init.method} ${(0,errors/* redactUrl */.B)(url)}: the answer is not JSON`);
                }
            }
            if (client/* RETRY_STATUSES */.Ib.has(response.status) && attempt < retries) {
                const delay = (0,client/* retryDelay */.a2)(response.headers.get('retry-after'), backoffMs * 2 ** attempt, maxRetryAfterMs);
                log(`${init.method} ${(0,errors/* redactUrl */.B)(url)}: HTTP ${response.status}; retry ${attempt + 1}/${retries} in ${delay} ms`);
                await (0,client/* sleep */.yy)(delay);
                continue;
            }
            throw new types/* AdvisoryError */.k1(`HTTP ${response.status} from ${init.method} ${(0,errors/* redactUrl */.B)(url)}${response.status === 429 ? ' (rate limited, retries exhausted)' : ''}`);
        }
    }
    async function batch(queries, tokens) {
        stats.batchRequests++;
        const body = JSON.stringify({
            queries: queries.map((q, i) => ({
                package: { name: q.name, ecosystem: types/* ECOSYSTEM */.Pe },
                ...(q.version !== undefined && { version: q.version }),
                ...(tokens[i] !== undefined && { page_token: tokens[i] }),
            })),
        });
        const data = await request(`${base}/v1/querybatch`, { method: 'POST', body });
        const results = data.results;
        if (!Array.isArray(results) || results.length !== queries.length) {
            throw new types/* AdvisoryError */.k1(`POST ${(0,errors/* redactUrl */.B)(base)}/v1/querybatch: expected ${queries.length} results, got ${Array.isArray(results) ? results.length : 'none'}`);
        }
        return results.map((r) => {
            const answer = (r ?? {});
            const vulns = Array.isArray(answer.vulns)
                ? answer.vulns.flatMap((v) => {
                    const entry = v;
                    return typeof entry?.id === 'string' ? [{ id: entry.id, modified: typeof entry.modified === 'string' ? entry.modified : '' }] : [];
                })
                : [];
            return { vulns, ...(typeof answer.next_page_token === 'string' && answer.next_page_token !== '' && { next_page_token: answer.next_page_token }) };
        });
    }
    async function loadRecord(id, modified) {
        const url = `${base}/v1/vulns/${encodeURIComponent(id)}`;
        const cached = await cache?.get(url);
        if (cached !== undefined && modified !== '' && cached.lastModified === modified) {
            stats.cacheHits++;
            return parseOsvRecord(cached.body, url);
        }
        stats.recordRequests++;
        const data = await request(url, { method: 'GET' });
        let record;
        try {
            record = parseOsvRecord(JSON.stringify(data), (0,errors/* redactUrl */.B)(url));
        }
        catch (error) {
            throw new types/* AdvisoryError */.k1(error.message);
        }
        // Keyed on querybatch's own `modified` string: the next querybatch is compared with it as it is.
        if (cache !== undefined)
            await cache.set(url, { url: (0,errors/* redactUrl */.B)(url), body: JSON.stringify(data), lastModified: modified || record.modified });
        return record;
    }
    function record(id, modified) {
        let found = records.get(id);
        if (found === undefined) {
            found = loadRecord(id, modified);
            records.set(id, found);
        }
        return found;
    }
    async function lookup(queries) {
        const unique = [...new Map(queries.map((q) => [(0,types/* queryKey */.qv)(q), q])).values()];
        const ids = new Map();
        const chunks = [];
        for (let i = 0; i < unique.length; i += BATCH_SIZE)
            chunks.push(unique.slice(i, i + BATCH_SIZE));
        await Promise.all(chunks.map(async (chunk) => {
            let pending = chunk.map((query) => ({ query, token: undefined }));
            for (let page = 0; pending.length > 0 && page < MAX_PAGES; page++) {
                const answers = await batch(pending.map((p) => p.query), pending.map((p) => p.token));
                const next = [];
                answers.forEach((answer, i) => {
                    const { query } = pending[i];
                    const key = (0,types/* queryKey */.qv)(query);
                    ids.set(key, [...(ids.get(key) ?? []), ...answer.vulns]);
                    if (answer.next_page_token !== undefined)
                        next.push({ query, token: answer.next_page_token });
                });
                pending = next;
            }
        }));
        const distinct = new Map();
        for (const list of ids.values())
            for (const v of list)
                distinct.set(v.id, v.modified);
        const loaded = new Map(await Promise.all([...distinct].map(async ([id, modified]) => [id, await record(id, modified)])));
        const out = new Map();
        for (const query of unique) {
            const found = (ids.get((0,types/* queryKey */.qv)(query)) ?? []).map((v) => loaded.get(v.id)).filter((r) => r !== undefined && r.withdrawn === undefined);
            // The API matched them; the version check again keeps the API and the folder mode in step.
            const kept = query.version === undefined ? found : found.filter((r) => (0,match/* affects */.bB)(r, query.name, query.version));
            out.set((0,types/* queryKey */.qv)(query), dedupe(kept));
        }
        return out;
    }
    return { label: base === OSV_API ? 'osv' : (0,errors/* redactUrl */.B)(base), lookup, stats: () => ({ ...stats }) };
}
function dedupe(records) {
    return [...new Map(records.map((r) => [r.id, r])).values()];
}

;// CONCATENATED MODULE: ./src/advisories/source.ts
// The one switch: `osv` (the public API), `off`, a URL (any OSV-compatible API), or a PATH (a folder
// or zip of OSV records). Relative paths are taken from the repository root.



/** A PATH setting made absolute against `base` (a flag: the working directory); other settings as they are. */
function resolveSettingPath(setting, base) {
    const value = setting.trim();
    if (value === '' || value === 'off' || value === 'osv' || /^https?:\/\//i.test(value) || isAbsolute(value))
        return value;
    return resolve(base, value);
}
function createAdvisorySource(setting, options) {
    const value = setting?.trim() ?? 'off';
    if (value === '' || value === 'off')
        return undefined;
    const client = { ...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }), ...(options.log && { log: options.log }), ...(options.fetch && { fetch: options.fetch }) };
    if (value === 'osv')
        return createOsvClient(client);
    if (/^https?:\/\//i.test(value))
        return createOsvClient({ ...client, baseUrl: value });
    return createFolderSource((0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.resolve)(options.root, value), options.log ? { log: options.log } : {});
}


/***/ }),

/***/ 7927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ changedPins),
/* harmony export */   nv: () => (/* binding */ sizeIndexUrl),
/* harmony export */   pu: () => (/* binding */ estimatePrSizes)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2973);
/* harmony import */ var _checks_pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(977);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2657);
/* harmony import */ var _prepare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4098);
/* harmony import */ var _size_section_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7055);
/* harmony import */ var _index_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6159);
// Estimated image-size deltas of a change between two revisions (a pull request, `check --base`): the
// pins it changes (central constraints and exact inline Dockerfile pins, base vs head), sized on the
// head workspace as a bump plan would be. No action code: the action's check and the CLI share it.






/** Sizes are estimated only when an index is chosen (input or config), never against the PyPI default. */
function sizeIndexUrl(config, inputIndexUrl) {
    if (inputIndexUrl !== undefined)
        return inputIndexUrl;
    return config.bump.indexUrl !== _config_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG */ .PV.bump.indexUrl ? config.bump.indexUrl : undefined;
}
/** Changed central pins (exact versions) and changed exact inline Dockerfile pins, in name order. */
function changedPins(base, head, pythonVersion, platform) {
    const environment = (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .targetEnvironment */ .dK)(pythonVersion, platform);
    const before = new Map((0,_prepare_js__WEBPACK_IMPORTED_MODULE_2__/* .centralPins */ .m)(base, environment).map((p) => [p.name, p.version]));
    const after = new Map((0,_prepare_js__WEBPACK_IMPORTED_MODULE_2__/* .centralPins */ .m)(head, environment).map((p) => [p.name, p.version]));
    const out = new Map();
    for (const change of changedValues(before, after))
        out.set(change.name, change);
    for (const { name: key, ...change } of changedValues(inlinePins(base), inlinePins(head))) {
        const name = key.slice(key.indexOf('\0') + 1);
        if (!out.has(name))
            out.set(name, { name, ...change });
    }
    return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}
/** Keys whose value differs between the maps, as changes (`from`/`to` absent where the map has none). */
function changedValues(before, after) {
    const out = [];
    for (const name of new Set([...before.keys(), ...after.keys()])) {
        const from = before.get(name);
        const to = after.get(name);
        if (from !== to)
            out.push({ name, ...(from !== undefined && { from }), ...(to !== undefined && { to }) });
    }
    return out;
}
/** Exact inline pins of Dockerfiles by `dockerfile\0name` (the first one per file). */
function inlinePins(ws) {
    const out = new Map();
    for (const o of ws.occurrences) {
        if (o.origin !== 'dockerfile' || o.url)
            continue;
        const exact = (0,_checks_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .exactVersion */ .y)(o.specifier);
        const key = `${o.location.file}\0${o.name}`;
        if (exact !== undefined && !out.has(key))
            out.set(key, exact);
    }
    return out;
}
/**
 * Estimates per directly touched image: the head's images and installs, the base's central pins as
 * what the images have before (the head's pins would already hold the new versions, and their new
 * requirements would count as installed). Failures become notes, never errors.
 */
async function estimatePrSizes(options) {
    const pythonVersion = (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .targetPython */ .ab)(options.head, options.config.bump.pythonVersion);
    const changes = changedPins(options.base, options.head, pythonVersion, options.config.platform);
    if (changes.length === 0 || (options.indexUrl === undefined && options.index === undefined))
        return { changes, results: [] };
    try {
        const index = options.index ?? (0,_index_client_js__WEBPACK_IMPORTED_MODULE_4__/* .createIndexClient */ .q6)({ indexUrl: options.indexUrl, extraIndexUrls: options.config.bump.extraIndexUrls, log: options.log });
        const results = await (0,_size_section_js__WEBPACK_IMPORTED_MODULE_3__/* .estimateBumpSizes */ .z)({
            workspace: { ...options.head, pins: options.base.pins },
            config: options.config,
            changes,
            index,
            ...(options.reader && { reader: options.reader }),
            pythonVersion,
            onNote: options.onNote,
        });
        return { changes, results };
    }
    catch (error) {
        options.onNote(`image sizes not estimated: ${error instanceof Error ? error.message : String(error)}`);
        return { changes, results: [] };
    }
}


/***/ }),

/***/ 2231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ migrationOrder)
/* harmony export */ });
function migrationOrder(ws, findings) {
    const byId = new Map(ws.services.map((s) => [s.id, s]));
    const imagesById = new Map(ws.images.map((i) => [i.id, i]));
    const findingsByFile = new Map();
    for (const f of findings) {
        if (f.severity === 'note')
            continue;
        const list = findingsByFile.get(f.location.file);
        if (list)
            list.push(f);
        else
            findingsByFile.set(f.location.file, [f]);
    }
    const entry = (id) => {
        const s = byId.get(id);
        const files = new Set([...s.requirementFiles, ...s.images.map((i) => imagesById.get(i)?.dockerfile).filter((f) => f !== undefined)]);
        const conflicts = [...files]
            .sort()
            .flatMap((file) => findingsByFile.get(file) ?? [])
            .map((f) => ({ rule: f.rule, ...(f.package !== undefined ? { package: f.package } : {}), file: f.location.file, line: f.location.line }));
        return { service: s.id, project: s.project, dependents: s.dependents, transitiveDependents: s.transitiveDependents, images: s.images, conflicts };
    };
    // Kahn levels per project (depends_on never crosses projects); wave i gathers level i of every project.
    const waves = [];
    const cycles = [];
    const stuck = [];
    for (const project of ws.projects) {
        const waits = new Map(project.services.map((id) => [id, new Set(byId.get(id).dependsOn.filter((d) => byId.has(d)))]));
        for (let level = 0; waits.size > 0; level++) {
            const ready = [...waits].filter(([, deps]) => deps.size === 0).map(([id]) => id);
            if (ready.length === 0) {
                cycles.push(...findCycles(waits));
                stuck.push(...waits.keys());
                break;
            }
            for (const id of ready)
                waits.delete(id);
            for (const deps of waits.values())
                for (const id of ready)
                    deps.delete(id);
            (waves[level] ??= []).push(...ready.map(entry));
        }
    }
    for (const wave of waves)
        wave.sort(byMostDepended);
    if (stuck.length > 0)
        waves.push(stuck.map(entry).sort(byMostDepended));
    return { waves, cycles };
}
/** The most depended-on first: they gate the most services. */
function byMostDepended(a, b) {
    return b.transitiveDependents - a.transitiveDependents || b.dependents - a.dependents || a.service.localeCompare(b.service);
}
/** One cycle through each strongly tied group of the services left waiting. */
function findCycles(waits) {
    const cycles = [];
    const done = new Set();
    for (const start of [...waits.keys()].sort()) {
        if (done.has(start))
            continue;
        // Follow dependencies from start until one repeats: every waiting service waits on another.
        const path = [];
        const at = new Map();
        let node = start;
        while (node !== undefined && !at.has(node) && !done.has(node)) {
            at.set(node, path.length);
            path.push(node);
            node = [...(waits.get(node) ?? [])].sort()[0];
        }
        if (node !== undefined && at.has(node))
            cycles.push([...path.slice(at.get(node)), node]);
        for (const p of path)
            done.add(p);
    }
    return cycles;
}


/***/ })

};
