export const id = 582;
export const ids = [582];
export const modules = {

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCompose: () => (/* binding */ parseCompose)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _compose_services_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(260);
// docker compose files → services with their build context, image and depends_on. Plain files go
// through compose-services.ts; the others are read with yaml's Document here: positions from the
// AST, values from toJS so anchors and `<<` merge keys resolve exactly as compose resolves them.


// A big compose file may alias one `x-` anchor once per service (thousands); a billion-laughs
// document needs millions of expansions, and yaml weighs nested aliases by their own expansion.
const MAX_ALIAS_COUNT = 10_000;
/** `events: false` reads every file with yaml (the test that holds both ways equal uses it). */
function parseCompose(content, path, options = {}) {
    const plain = options.events === false ? undefined : (0,_compose_services_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlainCompose */ .g)(content, path);
    if (plain)
        return plain;
    const issues = [];
    const read = readDocument(content, path, (message, location) => issues.push({ rule: 'parse-error', message, location }));
    return read ? (0,_compose_services_js__WEBPACK_IMPORTED_MODULE_1__/* .composeFile */ .V)(read, path, issues) : { path, services: [], issues };
}
/** yaml's Document: every file the fast reader declines, with yaml's own errors and alias limits. */
function readDocument(content, path, issue) {
    const { doc, lineCounter } = parseYaml(content);
    const at = (offset) => location(lineCounter, path, offset);
    if (doc.errors.length > 0) {
        for (const err of doc.errors)
            issue(`invalid YAML: ${firstLine(err.message)}`, at(err.pos[0]));
        return undefined;
    }
    dropUnnamedServices(doc, (message, offset) => issue(message, at(offset)));
    try {
        const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        return { data, services: indexServices(doc), at, contentsStart: rangeStart(doc.contents), servicesStart: nodeStart(doc, ['services']) };
    }
    catch (err) {
        // yaml throws a ReferenceError on alias bombs and unresolvable aliases.
        issue(`invalid YAML: ${err instanceof Error ? err.message : String(err)}`, at(0));
        return undefined;
    }
}
function location(lines, file, offset) {
    const { line, col } = lines.linePos(offset ?? 0);
    return { file, line, column: col };
}
/**
 * yaml's uniqueKeys compares each key with every earlier key of its mapping: quadratic in the
 * services of one compose file (32,000 services: 23 s). Parse without it and look for a repeated
 * key in one pass; only a file that has errors or may repeat a key is parsed again with it, so
 * such a file gets yaml's own errors, in yaml's order.
 */
function parseYaml(content) {
    // `merge: true`: compose files are written with YAML 1.1 `<<: *default` merges in mind.
    const parse = (uniqueKeys) => {
        const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        // logLevel 'error': yaml would print a process warning (on our stderr) for a mapping used as a key.
        return { doc: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(content, { lineCounter, merge: true, prettyErrors: true, uniqueKeys, logLevel: 'error' }), lineCounter };
    };
    const fast = parse(false);
    return fast.doc.errors.length > 0 || mayRepeatKeys(fast.doc) ? parse(true) : fast;
}
/**
 * Whether a mapping may hold a key twice in yaml's sense (the same node, or scalars with ===
 * values). A Set is as strict except that it takes NaN for NaN: a false alarm costs a second parse.
 */
function mayRepeatKeys(doc) {
    let repeated = false;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const pair of map.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                    continue;
                if (seen.has(pair.key.value)) {
                    repeated = true;
                    return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
                }
                seen.add(pair.key.value);
            }
            return undefined;
        },
    });
    return repeated;
}
/**
 * A service keyed by `null`, `""` or a mapping has no name compose would accept; toJS would turn it
 * into '' or '[ x, y ]'. Such entries leave the document with a finding, so every service has a name.
 */
function dropUnnamedServices(doc, issue) {
    const services = doc.get('services', true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(services))
        return;
    services.items = services.items.filter((pair) => {
        const key = pair.key;
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? key.value : undefined;
        if ((typeof value === 'string' && value !== '') || typeof value === 'number')
            return true;
        issue('a service name must be a non-empty string; this service is skipped', (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(key) ? rangeStart(key) : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(pair.value) ? rangeStart(pair.value) : undefined);
        return false;
    });
}
/** yaml's pretty message repeats the position and a code frame; the location already says it. */
function firstLine(message) {
    return (message.split('\n', 1)[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
function rangeStart(node) {
    return node?.range?.[0];
}
function nodeStart(doc, path) {
    const node = doc.getIn(path, true);
    return node && typeof node === 'object' && 'range' in node ? rangeStart(node) : undefined;
}
/** Offsets of each service's key and of its own fields' values, in one pass (files may hold thousands). */
function indexServices(doc) {
    const index = new Map();
    const services = doc.get('services', true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(services))
        return index;
    for (const pair of services.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
            continue;
        const fields = new Map();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pair.value)) {
            for (const field of pair.value.items) {
                const offset = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(field.value) ? rangeStart(field.value) : undefined;
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(field.key) && offset !== undefined)
                    fields.set(String(field.key.value), offset);
            }
        }
        index.set(String(pair.key.value), { key: rangeStart(pair.key), fields });
    }
    return index;
}


/***/ })

};
