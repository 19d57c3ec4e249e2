export const id = 385;
export const ids = [385];
export const modules = {

/***/ 4385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfigFile: () => (/* binding */ parseConfigFile)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config.ts
var config = __webpack_require__(2973);
;// CONCATENATED MODULE: ./src/config-schema.ts
// The JSON Schema of `.github/monopin.yml`. Published as schema/config.schema.json (npm run build writes it).
const severityOrOff = { enum: ['error', 'warning', 'note', 'off'] };
const IMAGE_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
/** `[registry[:port]/]path`, lowercase, no tag or digest. */
const REPOSITORY = /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** No manifest is this large; a larger limit would only let one file exhaust memory. */
const MAX_FILE_BYTES_CEILING = 64 * 1024 * 1024;
const globList = { type: 'array', items: { type: 'string', minLength: 1 } };
const CONFIG_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/monopin/monopin/schema/config.schema.json',
    title: 'monopin configuration (.github/monopin.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
        constraints: { type: 'string', minLength: 1, description: 'Repo-relative path of the central constraints file. Found by name or by -c use when absent.' },
        paths: { ...globList, description: 'Only files matching these globs are read.' },
        ignore: { ...globList, description: 'Files and folders matching these globs are skipped.' },
        'fail-on': { enum: ['error', 'warning', 'never'], description: 'Lowest severity that fails the check.' },
        'shared-min-services': { type: 'integer', minimum: 1, description: 'A package used by at least this many services must have a central pin (rule unconstrained).' },
        'max-file-bytes': { type: 'integer', minimum: 1, maximum: MAX_FILE_BYTES_CEILING, description: 'Larger files are skipped with a note. At most 64 MiB (the default is 5 MiB).' },
        'index-url': { type: 'string', minLength: 1, description: 'Package index (PEP 691/503) for bumps: https://…/simple or file://…; default https://pypi.org/simple.' },
        'extra-index-urls': { ...globList, description: 'More indexes, merged as pip does with --extra-index-url.' },
        'python-version': { type: 'string', pattern: '^[0-9]+\\.[0-9]+(\\.[0-9]+)?$', description: 'Target Python for bumps; default: from the base images (FROM python:X.Y).' },
        'min-release-age': { type: 'integer', minimum: 0, description: 'Days a release must be out before it is proposed (cooldown). Default 3.' },
        'update-types': {
            type: 'object',
            description: 'Allowed update types per package name, or "*" for all packages.',
            additionalProperties: { type: 'array', items: { enum: ['major', 'minor', 'patch', 'pre', 'other'] } },
        },
        'ignore-updates': {
            type: 'array',
            description: 'Versions or update types never to propose.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['name'],
                properties: {
                    name: { type: 'string', minLength: 1 },
                    versions: { type: 'array', items: { type: 'string', minLength: 1 } },
                    'update-types': { type: 'array', items: { enum: ['major', 'minor', 'patch', 'pre', 'other'] } },
                },
            },
        },
        labels: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Labels of the bump pull request.' },
        'bump-branch': { type: 'string', minLength: 1, description: 'Branch of the bump pull request (default monopin/constraints).' },
        images: {
            type: 'object',
            description: 'Images to rebuild, by name (FROM references resolve to them). Compose services with image: beside build: count too.',
            propertyNames: { pattern: IMAGE_NAME.source },
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                required: ['dockerfile'],
                properties: {
                    dockerfile: { type: 'string', minLength: 1, description: 'Repo-relative Dockerfile that builds this image.' },
                    context: { type: 'string', description: "Repo-relative build context ('' or . for the root); default: the compose context, else inferred from the COPY sources." },
                    repository: { type: 'string', pattern: REPOSITORY.source, description: 'Registry repository without a tag, e.g. ghcr.io/org/python-base.' },
                },
            },
        },
        registry: {
            type: 'string',
            pattern: '^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$',
            description: 'Registry host for images that name none (compose image: without a registry, Dockerfiles no compose service builds), e.g. ghcr.io.',
        },
        namespace: {
            type: 'string',
            pattern: '^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$',
            description: 'Namespace (organisation) under the registry, e.g. acme: images are pushed as <registry>/<namespace>/<name>, and FROM <namespace>/<name> resolves to the image of that name.',
        },
        'tag-format': { type: 'string', minLength: 1, description: 'Tag of rebuilt images beside latest; tokens {date} (UTC yyyy-mm-dd) and {sha}. Default {date}.' },
        platform: { type: 'string', pattern: PLATFORM.source, description: 'Build platform (os/arch[/variant]). Default linux/amd64.' },
        cache: { enum: ['inline', 'registry'], description: 'BuildKit cache: inline (default; min mode, in the image) or registry (<repository>:buildcache, mode=max; needs buildx).' },
        'size-budget': {
            oneOf: [
                { type: 'integer', minimum: 0 },
                { type: 'string', pattern: '^\\s*[0-9]+(\\.[0-9]+)?\\s*(%|[kKmMgG][iI]?[bB]|[bB])?\\s*$' },
            ],
            description: 'Fail the pull request check when an image grows by more than this: bytes, "50MB", "50MiB" or "10%" of its size before.',
        },
        registries: {
            type: 'object',
            description: 'Per registry host (ghcr.io, 127.0.0.1:5000): credentials for reading manifests and whether it speaks plain http. Passwords come from the environment, never from this file.',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    username: { type: 'string', minLength: 1, description: 'Basic-auth user (for GHCR any non-empty name works with a token).' },
                    'password-env': { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: 'Name of the environment variable that holds the password or token.' },
                    insecure: { type: 'boolean', description: 'Reach this registry over plain http (a local registry).' },
                },
            },
        },
        measure: {
            type: 'object',
            additionalProperties: false,
            description: 'Measured sizes on pull requests: the tags CI pushes for the base and the head of a PR; tokens {pr}, {sha} (head commit, 7 characters) and {base} (base branch).',
            properties: {
                base: { type: 'string', minLength: 1, description: 'Tag of the base images, e.g. latest or {base}.' },
                head: { type: 'string', minLength: 1, description: 'Tag of the PR images, e.g. pr-{pr}.' },
            },
            required: ['base', 'head'],
        },
        advisories: {
            type: 'string',
            minLength: 1,
            description: 'Security advisories for rule vulnerable-pin and security bumps: osv (the public OSV API), off, the base URL of an OSV-compatible API, or a folder or zip of OSV JSON records (relative to the repository root). Default: osv in the action, off in the CLI.',
        },
        'advisory-severity': {
            type: 'object',
            additionalProperties: false,
            description: 'Severity of a vulnerable-pin finding by the advisory level (CVSS base score, else the database severity). Default: critical and high error, moderate warning, low note, unknown warning.',
            properties: Object.fromEntries(['critical', 'high', 'moderate', 'low', 'unknown'].map((level) => [level, severityOrOff])),
        },
        'ignore-advisories': {
            type: 'array',
            description: 'Advisories that do not apply to this repository (any of their ids: GHSA, CVE, PYSEC), each with the reason the report shows.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'reason'],
                properties: { id: { type: 'string', minLength: 1 }, reason: { type: 'string', minLength: 1 } },
            },
        },
        rules: {
            type: 'object',
            description: 'Severity per rule id, or off.',
            additionalProperties: false,
            properties: Object.fromEntries([
                'conflict',
                'inline-pin-mismatch',
                'unconstrained',
                'missing-constraints-flag',
                'duplicate-constraint',
                'unused-constraint',
                'parse-error',
                'include-error',
                'shell-redirect-in-specifier',
                'invalid-constraint',
                'vulnerable-pin',
                'no-constraints',
            ].map((id) => [id, severityOrOff])),
        },
    },
};

;// CONCATENATED MODULE: ./src/config-validator.generated.ts
// Generated by scripts/write-config-validator.ts from src/config-schema.ts: do not edit.
// @ts-nocheck
/* eslint-disable */
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/monopin/monopin/schema/config.schema.json", "title": "monopin configuration (.github/monopin.yml)", "type": "object", "additionalProperties": false, "properties": { "constraints": { "type": "string", "minLength": 1, "description": "Repo-relative path of the central constraints file. Found by name or by -c use when absent." }, "paths": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Only files matching these globs are read." }, "ignore": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Files and folders matching these globs are skipped." }, "fail-on": { "enum": ["error", "warning", "never"], "description": "Lowest severity that fails the check." }, "shared-min-services": { "type": "integer", "minimum": 1, "description": "A package used by at least this many services must have a central pin (rule unconstrained)." }, "max-file-bytes": { "type": "integer", "minimum": 1, "maximum": 67108864, "description": "Larger files are skipped with a note. At most 64 MiB (the default is 5 MiB)." }, "index-url": { "type": "string", "minLength": 1, "description": "Package index (PEP 691/503) for bumps: https://…/simple or file://…; default https://pypi.org/simple." }, "extra-index-urls": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "More indexes, merged as pip does with --extra-index-url." }, "python-version": { "type": "string", "pattern": "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "description": "Target Python for bumps; default: from the base images (FROM python:X.Y)." }, "min-release-age": { "type": "integer", "minimum": 0, "description": "Days a release must be out before it is proposed (cooldown). Default 3." }, "update-types": { "type": "object", "description": "Allowed update types per package name, or \"*\" for all packages.", "additionalProperties": { "type": "array", "items": { "enum": ["major", "minor", "patch", "pre", "other"] } } }, "ignore-updates": { "type": "array", "description": "Versions or update types never to propose.", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "versions": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "update-types": { "type": "array", "items": { "enum": ["major", "minor", "patch", "pre", "other"] } } } } }, "labels": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Labels of the bump pull request." }, "bump-branch": { "type": "string", "minLength": 1, "description": "Branch of the bump pull request (default monopin/constraints)." }, "images": { "type": "object", "description": "Images to rebuild, by name (FROM references resolve to them). Compose services with image: beside build: count too.", "propertyNames": { "pattern": "^[a-z0-9]+(?:[._-][a-z0-9]+)*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["dockerfile"], "properties": { "dockerfile": { "type": "string", "minLength": 1, "description": "Repo-relative Dockerfile that builds this image." }, "context": { "type": "string", "description": "Repo-relative build context ('' or . for the root); default: the compose context, else inferred from the COPY sources." }, "repository": { "type": "string", "pattern": "^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$", "description": "Registry repository without a tag, e.g. ghcr.io/org/python-base." } } } }, "registry": { "type": "string", "pattern": "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$", "description": "Registry host for images that name none (compose image: without a registry, Dockerfiles no compose service builds), e.g. ghcr.io." }, "namespace": { "type": "string", "pattern": "^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$", "description": "Namespace (organisation) under the registry, e.g. acme: images are pushed as <registry>/<namespace>/<name>, and FROM <namespace>/<name> resolves to the image of that name." }, "tag-format": { "type": "string", "minLength": 1, "description": "Tag of rebuilt images beside latest; tokens {date} (UTC yyyy-mm-dd) and {sha}. Default {date}." }, "platform": { "type": "string", "pattern": "^[a-z0-9]+\\/[a-z0-9_]+(?:\\/[a-z0-9]+)?$", "description": "Build platform (os/arch[/variant]). Default linux/amd64." }, "cache": { "enum": ["inline", "registry"], "description": "BuildKit cache: inline (default; min mode, in the image) or registry (<repository>:buildcache, mode=max; needs buildx)." }, "size-budget": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^\\s*[0-9]+(\\.[0-9]+)?\\s*(%|[kKmMgG][iI]?[bB]|[bB])?\\s*$" }], "description": "Fail the pull request check when an image grows by more than this: bytes, \"50MB\", \"50MiB\" or \"10%\" of its size before." }, "registries": { "type": "object", "description": "Per registry host (ghcr.io, 127.0.0.1:5000): credentials for reading manifests and whether it speaks plain http. Passwords come from the environment, never from this file.", "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "username": { "type": "string", "minLength": 1, "description": "Basic-auth user (for GHCR any non-empty name works with a token)." }, "password-env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable that holds the password or token." }, "insecure": { "type": "boolean", "description": "Reach this registry over plain http (a local registry)." } } } }, "measure": { "type": "object", "additionalProperties": false, "description": "Measured sizes on pull requests: the tags CI pushes for the base and the head of a PR; tokens {pr}, {sha} (head commit, 7 characters) and {base} (base branch).", "properties": { "base": { "type": "string", "minLength": 1, "description": "Tag of the base images, e.g. latest or {base}." }, "head": { "type": "string", "minLength": 1, "description": "Tag of the PR images, e.g. pr-{pr}." } }, "required": ["base", "head"] }, "advisories": { "type": "string", "minLength": 1, "description": "Security advisories for rule vulnerable-pin and security bumps: osv (the public OSV API), off, the base URL of an OSV-compatible API, or a folder or zip of OSV JSON records (relative to the repository root). Default: osv in the action, off in the CLI." }, "advisory-severity": { "type": "object", "additionalProperties": false, "description": "Severity of a vulnerable-pin finding by the advisory level (CVSS base score, else the database severity). Default: critical and high error, moderate warning, low note, unknown warning.", "properties": { "critical": { "enum": ["error", "warning", "note", "off"] }, "high": { "enum": ["error", "warning", "note", "off"] }, "moderate": { "enum": ["error", "warning", "note", "off"] }, "low": { "enum": ["error", "warning", "note", "off"] }, "unknown": { "enum": ["error", "warning", "note", "off"] } } }, "ignore-advisories": { "type": "array", "description": "Advisories that do not apply to this repository (any of their ids: GHSA, CVE, PYSEC), each with the reason the report shows.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "reason"], "properties": { "id": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1 } } } }, "rules": { "type": "object", "description": "Severity per rule id, or off.", "additionalProperties": false, "properties": { "conflict": { "enum": ["error", "warning", "note", "off"] }, "inline-pin-mismatch": { "enum": ["error", "warning", "note", "off"] }, "unconstrained": { "enum": ["error", "warning", "note", "off"] }, "missing-constraints-flag": { "enum": ["error", "warning", "note", "off"] }, "duplicate-constraint": { "enum": ["error", "warning", "note", "off"] }, "unused-constraint": { "enum": ["error", "warning", "note", "off"] }, "parse-error": { "enum": ["error", "warning", "note", "off"] }, "include-error": { "enum": ["error", "warning", "note", "off"] }, "shell-redirect-in-specifier": { "enum": ["error", "warning", "note", "off"] }, "invalid-constraint": { "enum": ["error", "warning", "note", "off"] }, "vulnerable-pin": { "enum": ["error", "warning", "note", "off"] }, "no-constraints": { "enum": ["error", "warning", "note", "off"] } } } } };
const func1 = Object.prototype.hasOwnProperty;
const func2 = ((s) => [...s].length);
const pattern4 = new RegExp("^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "u");
const pattern5 = new RegExp("^[a-z0-9]+(?:[._-][a-z0-9]+)*$", "u");
const pattern6 = new RegExp("^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$", "u");
const pattern7 = new RegExp("^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$", "u");
const pattern8 = new RegExp("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$", "u");
const pattern9 = new RegExp("^[a-z0-9]+\\/[a-z0-9_]+(?:\\/[a-z0-9]+)?$", "u");
const pattern10 = new RegExp("^\\s*[0-9]+(\\.[0-9]+)?\\s*(%|[kKmMgG][iI]?[bB]|[bB])?\\s*$", "u");
const pattern11 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://github.com/monopin/monopin/schema/config.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func1.call(schema31.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.constraints !== undefined) {
        let data0 = data.constraints;
        if (typeof data0 === "string") {
            if (func2(data0) < 1) {
                const err1 = { instancePath: instancePath + "/constraints", schemaPath: "#/properties/constraints/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/constraints", schemaPath: "#/properties/constraints/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.paths !== undefined) {
        let data1 = data.paths;
        if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (typeof data2 === "string") {
                    if (func2(data2) < 1) {
                        const err3 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
                else {
                    const err4 = { instancePath: instancePath + "/paths/" + i0, schemaPath: "#/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.ignore !== undefined) {
        let data3 = data.ignore;
        if (Array.isArray(data3)) {
            const len1 = data3.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data4 = data3[i1];
                if (typeof data4 === "string") {
                    if (func2(data4) < 1) {
                        const err6 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                else {
                    const err7 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
        }
        else {
            const err8 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data["fail-on"] !== undefined) {
        let data5 = data["fail-on"];
        if (!(((data5 === "error") || (data5 === "warning")) || (data5 === "never"))) {
            const err9 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema31.properties["fail-on"].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data["shared-min-services"] !== undefined) {
        let data6 = data["shared-min-services"];
        if (!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))) {
            const err10 = { instancePath: instancePath + "/shared-min-services", schemaPath: "#/properties/shared-min-services/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (typeof data6 == "number") {
            if (data6 < 1 || isNaN(data6)) {
                const err11 = { instancePath: instancePath + "/shared-min-services", schemaPath: "#/properties/shared-min-services/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
    }
    if (data["max-file-bytes"] !== undefined) {
        let data7 = data["max-file-bytes"];
        if (!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))) {
            const err12 = { instancePath: instancePath + "/max-file-bytes", schemaPath: "#/properties/max-file-bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        if (typeof data7 == "number") {
            if (data7 > 67108864 || isNaN(data7)) {
                const err13 = { instancePath: instancePath + "/max-file-bytes", schemaPath: "#/properties/max-file-bytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 67108864 }, message: "must be <= 67108864" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            if (data7 < 1 || isNaN(data7)) {
                const err14 = { instancePath: instancePath + "/max-file-bytes", schemaPath: "#/properties/max-file-bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
    }
    if (data["index-url"] !== undefined) {
        let data8 = data["index-url"];
        if (typeof data8 === "string") {
            if (func2(data8) < 1) {
                const err15 = { instancePath: instancePath + "/index-url", schemaPath: "#/properties/index-url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/index-url", schemaPath: "#/properties/index-url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data["extra-index-urls"] !== undefined) {
        let data9 = data["extra-index-urls"];
        if (Array.isArray(data9)) {
            const len2 = data9.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data10 = data9[i2];
                if (typeof data10 === "string") {
                    if (func2(data10) < 1) {
                        const err17 = { instancePath: instancePath + "/extra-index-urls/" + i2, schemaPath: "#/properties/extra-index-urls/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                else {
                    const err18 = { instancePath: instancePath + "/extra-index-urls/" + i2, schemaPath: "#/properties/extra-index-urls/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/extra-index-urls", schemaPath: "#/properties/extra-index-urls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data["python-version"] !== undefined) {
        let data11 = data["python-version"];
        if (typeof data11 === "string") {
            if (!pattern4.test(data11)) {
                const err20 = { instancePath: instancePath + "/python-version", schemaPath: "#/properties/python-version/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$" }, message: "must match pattern \"" + "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        else {
            const err21 = { instancePath: instancePath + "/python-version", schemaPath: "#/properties/python-version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data["min-release-age"] !== undefined) {
        let data12 = data["min-release-age"];
        if (!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) {
            const err22 = { instancePath: instancePath + "/min-release-age", schemaPath: "#/properties/min-release-age/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
        if (typeof data12 == "number") {
            if (data12 < 0 || isNaN(data12)) {
                const err23 = { instancePath: instancePath + "/min-release-age", schemaPath: "#/properties/min-release-age/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
    }
    if (data["update-types"] !== undefined) {
        let data13 = data["update-types"];
        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key1 in data13) {
                let data14 = data13[key1];
                if (Array.isArray(data14)) {
                    const len3 = data14.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data15 = data14[i3];
                        if (!(((((data15 === "major") || (data15 === "minor")) || (data15 === "patch")) || (data15 === "pre")) || (data15 === "other"))) {
                            const err24 = { instancePath: instancePath + "/update-types/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/update-types/additionalProperties/items/enum", keyword: "enum", params: { allowedValues: schema31.properties["update-types"].additionalProperties.items.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err25 = { instancePath: instancePath + "/update-types/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/update-types/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
            }
        }
        else {
            const err26 = { instancePath: instancePath + "/update-types", schemaPath: "#/properties/update-types/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data["ignore-updates"] !== undefined) {
        let data16 = data["ignore-updates"];
        if (Array.isArray(data16)) {
            const len4 = data16.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data17 = data16[i4];
                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    if (data17.name === undefined) {
                        const err27 = { instancePath: instancePath + "/ignore-updates/" + i4, schemaPath: "#/properties/ignore-updates/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                    for (const key2 in data17) {
                        if (!(((key2 === "name") || (key2 === "versions")) || (key2 === "update-types"))) {
                            const err28 = { instancePath: instancePath + "/ignore-updates/" + i4, schemaPath: "#/properties/ignore-updates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                    }
                    if (data17.name !== undefined) {
                        let data18 = data17.name;
                        if (typeof data18 === "string") {
                            if (func2(data18) < 1) {
                                const err29 = { instancePath: instancePath + "/ignore-updates/" + i4 + "/name", schemaPath: "#/properties/ignore-updates/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err30 = { instancePath: instancePath + "/ignore-updates/" + i4 + "/name", schemaPath: "#/properties/ignore-updates/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data17.versions !== undefined) {
                        let data19 = data17.versions;
                        if (Array.isArray(data19)) {
                            const len5 = data19.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                                let data20 = data19[i5];
                                if (typeof data20 === "string") {
                                    if (func2(data20) < 1) {
                                        const err31 = { instancePath: instancePath + "/ignore-updates/" + i4 + "/versions/" + i5, schemaPath: "#/properties/ignore-updates/items/properties/versions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                        if (vErrors === null) {
                                            vErrors = [err31];
                                        }
                                        else {
                                            vErrors.push(err31);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err32 = { instancePath: instancePath + "/ignore-updates/" + i4 + "/versions/" + i5, schemaPath: "#/properties/ignore-updates/items/properties/versions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err32];
                                    }
                                    else {
                                        vErrors.push(err32);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err33 = { instancePath: instancePath + "/ignore-updates/" + i4 + "/versions", schemaPath: "#/properties/ignore-updates/items/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                    if (data17["update-types"] !== undefined) {
                        let data21 = data17["update-types"];
                        if (Array.isArray(data21)) {
                            const len6 = data21.length;
                            for (let i6 = 0; i6 < len6; i6++) {
                                let data22 = data21[i6];
                                if (!(((((data22 === "major") || (data22 === "minor")) || (data22 === "patch")) || (data22 === "pre")) || (data22 === "other"))) {
                                    const err34 = { instancePath: instancePath + "/ignore-updates/" + i4 + "/update-types/" + i6, schemaPath: "#/properties/ignore-updates/items/properties/update-types/items/enum", keyword: "enum", params: { allowedValues: schema31.properties["ignore-updates"].items.properties["update-types"].items.enum }, message: "must be equal to one of the allowed values" };
                                    if (vErrors === null) {
                                        vErrors = [err34];
                                    }
                                    else {
                                        vErrors.push(err34);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err35 = { instancePath: instancePath + "/ignore-updates/" + i4 + "/update-types", schemaPath: "#/properties/ignore-updates/items/properties/update-types/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err36 = { instancePath: instancePath + "/ignore-updates/" + i4, schemaPath: "#/properties/ignore-updates/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
        }
        else {
            const err37 = { instancePath: instancePath + "/ignore-updates", schemaPath: "#/properties/ignore-updates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
    if (data.labels !== undefined) {
        let data23 = data.labels;
        if (Array.isArray(data23)) {
            const len7 = data23.length;
            for (let i7 = 0; i7 < len7; i7++) {
                let data24 = data23[i7];
                if (typeof data24 === "string") {
                    if (func2(data24) < 1) {
                        const err38 = { instancePath: instancePath + "/labels/" + i7, schemaPath: "#/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
                else {
                    const err39 = { instancePath: instancePath + "/labels/" + i7, schemaPath: "#/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
        }
        else {
            const err40 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err40];
            }
            else {
                vErrors.push(err40);
            }
            errors++;
        }
    }
    if (data["bump-branch"] !== undefined) {
        let data25 = data["bump-branch"];
        if (typeof data25 === "string") {
            if (func2(data25) < 1) {
                const err41 = { instancePath: instancePath + "/bump-branch", schemaPath: "#/properties/bump-branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
        }
        else {
            const err42 = { instancePath: instancePath + "/bump-branch", schemaPath: "#/properties/bump-branch/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err42];
            }
            else {
                vErrors.push(err42);
            }
            errors++;
        }
    }
    if (data.images !== undefined) {
        let data26 = data.images;
        if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            for (const key3 in data26) {
                const _errs55 = errors;
                if (typeof key3 === "string") {
                    if (!pattern5.test(key3)) {
                        const err43 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:[._-][a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(?:[._-][a-z0-9]+)*$" + "\"", propertyName: key3 };
                        if (vErrors === null) {
                            vErrors = [err43];
                        }
                        else {
                            vErrors.push(err43);
                        }
                        errors++;
                    }
                }
                var valid19 = _errs55 === errors;
                if (!valid19) {
                    const err44 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
            for (const key4 in data26) {
                let data27 = data26[key4];
                if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                    if (data27.dockerfile === undefined) {
                        const err45 = { instancePath: instancePath + "/images/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/images/additionalProperties/required", keyword: "required", params: { missingProperty: "dockerfile" }, message: "must have required property '" + "dockerfile" + "'" };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                    for (const key5 in data27) {
                        if (!(((key5 === "dockerfile") || (key5 === "context")) || (key5 === "repository"))) {
                            const err46 = { instancePath: instancePath + "/images/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/images/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                    }
                    if (data27.dockerfile !== undefined) {
                        let data28 = data27.dockerfile;
                        if (typeof data28 === "string") {
                            if (func2(data28) < 1) {
                                const err47 = { instancePath: instancePath + "/images/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/dockerfile", schemaPath: "#/properties/images/additionalProperties/properties/dockerfile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err47];
                                }
                                else {
                                    vErrors.push(err47);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err48 = { instancePath: instancePath + "/images/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/dockerfile", schemaPath: "#/properties/images/additionalProperties/properties/dockerfile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                    if (data27.context !== undefined) {
                        if (typeof data27.context !== "string") {
                            const err49 = { instancePath: instancePath + "/images/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/context", schemaPath: "#/properties/images/additionalProperties/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                    if (data27.repository !== undefined) {
                        let data30 = data27.repository;
                        if (typeof data30 === "string") {
                            if (!pattern6.test(data30)) {
                                const err50 = { instancePath: instancePath + "/images/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/images/additionalProperties/properties/repository/pattern", keyword: "pattern", params: { pattern: "^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$" }, message: "must match pattern \"" + "^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err50];
                                }
                                else {
                                    vErrors.push(err50);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err51 = { instancePath: instancePath + "/images/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/images/additionalProperties/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err52 = { instancePath: instancePath + "/images/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/images/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
            }
        }
        else {
            const err53 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err53];
            }
            else {
                vErrors.push(err53);
            }
            errors++;
        }
    }
    if (data.registry !== undefined) {
        let data31 = data.registry;
        if (typeof data31 === "string") {
            if (!pattern7.test(data31)) {
                const err54 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/pattern", keyword: "pattern", params: { pattern: "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$" }, message: "must match pattern \"" + "^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err54];
                }
                else {
                    vErrors.push(err54);
                }
                errors++;
            }
        }
        else {
            const err55 = { instancePath: instancePath + "/registry", schemaPath: "#/properties/registry/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err55];
            }
            else {
                vErrors.push(err55);
            }
            errors++;
        }
    }
    if (data.namespace !== undefined) {
        let data32 = data.namespace;
        if (typeof data32 === "string") {
            if (!pattern8.test(data32)) {
                const err56 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err56];
                }
                else {
                    vErrors.push(err56);
                }
                errors++;
            }
        }
        else {
            const err57 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err57];
            }
            else {
                vErrors.push(err57);
            }
            errors++;
        }
    }
    if (data["tag-format"] !== undefined) {
        let data33 = data["tag-format"];
        if (typeof data33 === "string") {
            if (func2(data33) < 1) {
                const err58 = { instancePath: instancePath + "/tag-format", schemaPath: "#/properties/tag-format/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err58];
                }
                else {
                    vErrors.push(err58);
                }
                errors++;
            }
        }
        else {
            const err59 = { instancePath: instancePath + "/tag-format", schemaPath: "#/properties/tag-format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err59];
            }
            else {
                vErrors.push(err59);
            }
            errors++;
        }
    }
    if (data.platform !== undefined) {
        let data34 = data.platform;
        if (typeof data34 === "string") {
            if (!pattern9.test(data34)) {
                const err60 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+\\/[a-z0-9_]+(?:\\/[a-z0-9]+)?$" }, message: "must match pattern \"" + "^[a-z0-9]+\\/[a-z0-9_]+(?:\\/[a-z0-9]+)?$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err60];
                }
                else {
                    vErrors.push(err60);
                }
                errors++;
            }
        }
        else {
            const err61 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err61];
            }
            else {
                vErrors.push(err61);
            }
            errors++;
        }
    }
    if (data.cache !== undefined) {
        let data35 = data.cache;
        if (!((data35 === "inline") || (data35 === "registry"))) {
            const err62 = { instancePath: instancePath + "/cache", schemaPath: "#/properties/cache/enum", keyword: "enum", params: { allowedValues: schema31.properties.cache.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err62];
            }
            else {
                vErrors.push(err62);
            }
            errors++;
        }
    }
    if (data["size-budget"] !== undefined) {
        let data36 = data["size-budget"];
        const _errs76 = errors;
        let valid22 = false;
        let passing0 = null;
        const _errs77 = errors;
        if (!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))) {
            const err63 = { instancePath: instancePath + "/size-budget", schemaPath: "#/properties/size-budget/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err63];
            }
            else {
                vErrors.push(err63);
            }
            errors++;
        }
        if (typeof data36 == "number") {
            if (data36 < 0 || isNaN(data36)) {
                const err64 = { instancePath: instancePath + "/size-budget", schemaPath: "#/properties/size-budget/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err64];
                }
                else {
                    vErrors.push(err64);
                }
                errors++;
            }
        }
        var _valid0 = _errs77 === errors;
        if (_valid0) {
            valid22 = true;
            passing0 = 0;
        }
        const _errs79 = errors;
        if (typeof data36 === "string") {
            if (!pattern10.test(data36)) {
                const err65 = { instancePath: instancePath + "/size-budget", schemaPath: "#/properties/size-budget/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*[0-9]+(\\.[0-9]+)?\\s*(%|[kKmMgG][iI]?[bB]|[bB])?\\s*$" }, message: "must match pattern \"" + "^\\s*[0-9]+(\\.[0-9]+)?\\s*(%|[kKmMgG][iI]?[bB]|[bB])?\\s*$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err65];
                }
                else {
                    vErrors.push(err65);
                }
                errors++;
            }
        }
        else {
            const err66 = { instancePath: instancePath + "/size-budget", schemaPath: "#/properties/size-budget/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err66];
            }
            else {
                vErrors.push(err66);
            }
            errors++;
        }
        var _valid0 = _errs79 === errors;
        if (_valid0 && valid22) {
            valid22 = false;
            passing0 = [passing0, 1];
        }
        else {
            if (_valid0) {
                valid22 = true;
                passing0 = 1;
            }
        }
        if (!valid22) {
            const err67 = { instancePath: instancePath + "/size-budget", schemaPath: "#/properties/size-budget/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
                vErrors = [err67];
            }
            else {
                vErrors.push(err67);
            }
            errors++;
        }
        else {
            errors = _errs76;
            if (vErrors !== null) {
                if (_errs76) {
                    vErrors.length = _errs76;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.registries !== undefined) {
        let data37 = data.registries;
        if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            for (const key6 in data37) {
                let data38 = data37[key6];
                if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                    for (const key7 in data38) {
                        if (!(((key7 === "username") || (key7 === "password-env")) || (key7 === "insecure"))) {
                            const err68 = { instancePath: instancePath + "/registries/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/registries/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err68];
                            }
                            else {
                                vErrors.push(err68);
                            }
                            errors++;
                        }
                    }
                    if (data38.username !== undefined) {
                        let data39 = data38.username;
                        if (typeof data39 === "string") {
                            if (func2(data39) < 1) {
                                const err69 = { instancePath: instancePath + "/registries/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/username", schemaPath: "#/properties/registries/additionalProperties/properties/username/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err69];
                                }
                                else {
                                    vErrors.push(err69);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err70 = { instancePath: instancePath + "/registries/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/username", schemaPath: "#/properties/registries/additionalProperties/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err70];
                            }
                            else {
                                vErrors.push(err70);
                            }
                            errors++;
                        }
                    }
                    if (data38["password-env"] !== undefined) {
                        let data40 = data38["password-env"];
                        if (typeof data40 === "string") {
                            if (!pattern11.test(data40)) {
                                const err71 = { instancePath: instancePath + "/registries/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/password-env", schemaPath: "#/properties/registries/additionalProperties/properties/password-env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err72 = { instancePath: instancePath + "/registries/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/password-env", schemaPath: "#/properties/registries/additionalProperties/properties/password-env/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err72];
                            }
                            else {
                                vErrors.push(err72);
                            }
                            errors++;
                        }
                    }
                    if (data38.insecure !== undefined) {
                        if (typeof data38.insecure !== "boolean") {
                            const err73 = { instancePath: instancePath + "/registries/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/insecure", schemaPath: "#/properties/registries/additionalProperties/properties/insecure/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                                vErrors = [err73];
                            }
                            else {
                                vErrors.push(err73);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err74 = { instancePath: instancePath + "/registries/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/registries/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err74];
                    }
                    else {
                        vErrors.push(err74);
                    }
                    errors++;
                }
            }
        }
        else {
            const err75 = { instancePath: instancePath + "/registries", schemaPath: "#/properties/registries/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err75];
            }
            else {
                vErrors.push(err75);
            }
            errors++;
        }
    }
    if (data.measure !== undefined) {
        let data42 = data.measure;
        if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            if (data42.base === undefined) {
                const err76 = { instancePath: instancePath + "/measure", schemaPath: "#/properties/measure/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property '" + "base" + "'" };
                if (vErrors === null) {
                    vErrors = [err76];
                }
                else {
                    vErrors.push(err76);
                }
                errors++;
            }
            if (data42.head === undefined) {
                const err77 = { instancePath: instancePath + "/measure", schemaPath: "#/properties/measure/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property '" + "head" + "'" };
                if (vErrors === null) {
                    vErrors = [err77];
                }
                else {
                    vErrors.push(err77);
                }
                errors++;
            }
            for (const key8 in data42) {
                if (!((key8 === "base") || (key8 === "head"))) {
                    const err78 = { instancePath: instancePath + "/measure", schemaPath: "#/properties/measure/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err78];
                    }
                    else {
                        vErrors.push(err78);
                    }
                    errors++;
                }
            }
            if (data42.base !== undefined) {
                let data43 = data42.base;
                if (typeof data43 === "string") {
                    if (func2(data43) < 1) {
                        const err79 = { instancePath: instancePath + "/measure/base", schemaPath: "#/properties/measure/properties/base/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err79];
                        }
                        else {
                            vErrors.push(err79);
                        }
                        errors++;
                    }
                }
                else {
                    const err80 = { instancePath: instancePath + "/measure/base", schemaPath: "#/properties/measure/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err80];
                    }
                    else {
                        vErrors.push(err80);
                    }
                    errors++;
                }
            }
            if (data42.head !== undefined) {
                let data44 = data42.head;
                if (typeof data44 === "string") {
                    if (func2(data44) < 1) {
                        const err81 = { instancePath: instancePath + "/measure/head", schemaPath: "#/properties/measure/properties/head/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err81];
                        }
                        else {
                            vErrors.push(err81);
                        }
                        errors++;
                    }
                }
                else {
                    const err82 = { instancePath: instancePath + "/measure/head", schemaPath: "#/properties/measure/properties/head/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err82];
                    }
                    else {
                        vErrors.push(err82);
                    }
                    errors++;
                }
            }
        }
        else {
            const err83 = { instancePath: instancePath + "/measure", schemaPath: "#/properties/measure/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err83];
            }
            else {
                vErrors.push(err83);
            }
            errors++;
        }
    }
    if (data.advisories !== undefined) {
        let data45 = data.advisories;
        if (typeof data45 === "string") {
            if (func2(data45) < 1) {
                const err84 = { instancePath: instancePath + "/advisories", schemaPath: "#/properties/advisories/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
        }
        else {
            const err85 = { instancePath: instancePath + "/advisories", schemaPath: "#/properties/advisories/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err85];
            }
            else {
                vErrors.push(err85);
            }
            errors++;
        }
    }
    if (data["advisory-severity"] !== undefined) {
        let data46 = data["advisory-severity"];
        if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            for (const key9 in data46) {
                if (!(((((key9 === "critical") || (key9 === "high")) || (key9 === "moderate")) || (key9 === "low")) || (key9 === "unknown"))) {
                    const err86 = { instancePath: instancePath + "/advisory-severity", schemaPath: "#/properties/advisory-severity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
            }
            if (data46.critical !== undefined) {
                let data47 = data46.critical;
                if (!((((data47 === "error") || (data47 === "warning")) || (data47 === "note")) || (data47 === "off"))) {
                    const err87 = { instancePath: instancePath + "/advisory-severity/critical", schemaPath: "#/properties/advisory-severity/properties/critical/enum", keyword: "enum", params: { allowedValues: schema31.properties["advisory-severity"].properties.critical.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err87];
                    }
                    else {
                        vErrors.push(err87);
                    }
                    errors++;
                }
            }
            if (data46.high !== undefined) {
                let data48 = data46.high;
                if (!((((data48 === "error") || (data48 === "warning")) || (data48 === "note")) || (data48 === "off"))) {
                    const err88 = { instancePath: instancePath + "/advisory-severity/high", schemaPath: "#/properties/advisory-severity/properties/high/enum", keyword: "enum", params: { allowedValues: schema31.properties["advisory-severity"].properties.high.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err88];
                    }
                    else {
                        vErrors.push(err88);
                    }
                    errors++;
                }
            }
            if (data46.moderate !== undefined) {
                let data49 = data46.moderate;
                if (!((((data49 === "error") || (data49 === "warning")) || (data49 === "note")) || (data49 === "off"))) {
                    const err89 = { instancePath: instancePath + "/advisory-severity/moderate", schemaPath: "#/properties/advisory-severity/properties/moderate/enum", keyword: "enum", params: { allowedValues: schema31.properties["advisory-severity"].properties.moderate.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err89];
                    }
                    else {
                        vErrors.push(err89);
                    }
                    errors++;
                }
            }
            if (data46.low !== undefined) {
                let data50 = data46.low;
                if (!((((data50 === "error") || (data50 === "warning")) || (data50 === "note")) || (data50 === "off"))) {
                    const err90 = { instancePath: instancePath + "/advisory-severity/low", schemaPath: "#/properties/advisory-severity/properties/low/enum", keyword: "enum", params: { allowedValues: schema31.properties["advisory-severity"].properties.low.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err90];
                    }
                    else {
                        vErrors.push(err90);
                    }
                    errors++;
                }
            }
            if (data46.unknown !== undefined) {
                let data51 = data46.unknown;
                if (!((((data51 === "error") || (data51 === "warning")) || (data51 === "note")) || (data51 === "off"))) {
                    const err91 = { instancePath: instancePath + "/advisory-severity/unknown", schemaPath: "#/properties/advisory-severity/properties/unknown/enum", keyword: "enum", params: { allowedValues: schema31.properties["advisory-severity"].properties.unknown.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err91];
                    }
                    else {
                        vErrors.push(err91);
                    }
                    errors++;
                }
            }
        }
        else {
            const err92 = { instancePath: instancePath + "/advisory-severity", schemaPath: "#/properties/advisory-severity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err92];
            }
            else {
                vErrors.push(err92);
            }
            errors++;
        }
    }
    if (data["ignore-advisories"] !== undefined) {
        let data52 = data["ignore-advisories"];
        if (Array.isArray(data52)) {
            const len8 = data52.length;
            for (let i8 = 0; i8 < len8; i8++) {
                let data53 = data52[i8];
                if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                    if (data53.id === undefined) {
                        const err93 = { instancePath: instancePath + "/ignore-advisories/" + i8, schemaPath: "#/properties/ignore-advisories/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                        if (vErrors === null) {
                            vErrors = [err93];
                        }
                        else {
                            vErrors.push(err93);
                        }
                        errors++;
                    }
                    if (data53.reason === undefined) {
                        const err94 = { instancePath: instancePath + "/ignore-advisories/" + i8, schemaPath: "#/properties/ignore-advisories/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'" };
                        if (vErrors === null) {
                            vErrors = [err94];
                        }
                        else {
                            vErrors.push(err94);
                        }
                        errors++;
                    }
                    for (const key10 in data53) {
                        if (!((key10 === "id") || (key10 === "reason"))) {
                            const err95 = { instancePath: instancePath + "/ignore-advisories/" + i8, schemaPath: "#/properties/ignore-advisories/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err95];
                            }
                            else {
                                vErrors.push(err95);
                            }
                            errors++;
                        }
                    }
                    if (data53.id !== undefined) {
                        let data54 = data53.id;
                        if (typeof data54 === "string") {
                            if (func2(data54) < 1) {
                                const err96 = { instancePath: instancePath + "/ignore-advisories/" + i8 + "/id", schemaPath: "#/properties/ignore-advisories/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err96];
                                }
                                else {
                                    vErrors.push(err96);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err97 = { instancePath: instancePath + "/ignore-advisories/" + i8 + "/id", schemaPath: "#/properties/ignore-advisories/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err97];
                            }
                            else {
                                vErrors.push(err97);
                            }
                            errors++;
                        }
                    }
                    if (data53.reason !== undefined) {
                        let data55 = data53.reason;
                        if (typeof data55 === "string") {
                            if (func2(data55) < 1) {
                                const err98 = { instancePath: instancePath + "/ignore-advisories/" + i8 + "/reason", schemaPath: "#/properties/ignore-advisories/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err98];
                                }
                                else {
                                    vErrors.push(err98);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err99 = { instancePath: instancePath + "/ignore-advisories/" + i8 + "/reason", schemaPath: "#/properties/ignore-advisories/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err99];
                            }
                            else {
                                vErrors.push(err99);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err100 = { instancePath: instancePath + "/ignore-advisories/" + i8, schemaPath: "#/properties/ignore-advisories/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err100];
                    }
                    else {
                        vErrors.push(err100);
                    }
                    errors++;
                }
            }
        }
        else {
            const err101 = { instancePath: instancePath + "/ignore-advisories", schemaPath: "#/properties/ignore-advisories/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err101];
            }
            else {
                vErrors.push(err101);
            }
            errors++;
        }
    }
    if (data.rules !== undefined) {
        let data56 = data.rules;
        if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
            for (const key11 in data56) {
                if (!(func1.call(schema31.properties.rules.properties, key11))) {
                    const err102 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err102];
                    }
                    else {
                        vErrors.push(err102);
                    }
                    errors++;
                }
            }
            if (data56.conflict !== undefined) {
                let data57 = data56.conflict;
                if (!((((data57 === "error") || (data57 === "warning")) || (data57 === "note")) || (data57 === "off"))) {
                    const err103 = { instancePath: instancePath + "/rules/conflict", schemaPath: "#/properties/rules/properties/conflict/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties.conflict.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err103];
                    }
                    else {
                        vErrors.push(err103);
                    }
                    errors++;
                }
            }
            if (data56["inline-pin-mismatch"] !== undefined) {
                let data58 = data56["inline-pin-mismatch"];
                if (!((((data58 === "error") || (data58 === "warning")) || (data58 === "note")) || (data58 === "off"))) {
                    const err104 = { instancePath: instancePath + "/rules/inline-pin-mismatch", schemaPath: "#/properties/rules/properties/inline-pin-mismatch/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["inline-pin-mismatch"].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err104];
                    }
                    else {
                        vErrors.push(err104);
                    }
                    errors++;
                }
            }
            if (data56.unconstrained !== undefined) {
                let data59 = data56.unconstrained;
                if (!((((data59 === "error") || (data59 === "warning")) || (data59 === "note")) || (data59 === "off"))) {
                    const err105 = { instancePath: instancePath + "/rules/unconstrained", schemaPath: "#/properties/rules/properties/unconstrained/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties.unconstrained.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err105];
                    }
                    else {
                        vErrors.push(err105);
                    }
                    errors++;
                }
            }
            if (data56["missing-constraints-flag"] !== undefined) {
                let data60 = data56["missing-constraints-flag"];
                if (!((((data60 === "error") || (data60 === "warning")) || (data60 === "note")) || (data60 === "off"))) {
                    const err106 = { instancePath: instancePath + "/rules/missing-constraints-flag", schemaPath: "#/properties/rules/properties/missing-constraints-flag/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["missing-constraints-flag"].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err106];
                    }
                    else {
                        vErrors.push(err106);
                    }
                    errors++;
                }
            }
            if (data56["duplicate-constraint"] !== undefined) {
                let data61 = data56["duplicate-constraint"];
                if (!((((data61 === "error") || (data61 === "warning")) || (data61 === "note")) || (data61 === "off"))) {
                    const err107 = { instancePath: instancePath + "/rules/duplicate-constraint", schemaPath: "#/properties/rules/properties/duplicate-constraint/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["duplicate-constraint"].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err107];
                    }
                    else {
                        vErrors.push(err107);
                    }
                    errors++;
                }
            }
            if (data56["unused-constraint"] !== undefined) {
                let data62 = data56["unused-constraint"];
                if (!((((data62 === "error") || (data62 === "warning")) || (data62 === "note")) || (data62 === "off"))) {
                    const err108 = { instancePath: instancePath + "/rules/unused-constraint", schemaPath: "#/properties/rules/properties/unused-constraint/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["unused-constraint"].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err108];
                    }
                    else {
                        vErrors.push(err108);
                    }
                    errors++;
                }
            }
            if (data56["parse-error"] !== undefined) {
                let data63 = data56["parse-error"];
                if (!((((data63 === "error") || (data63 === "warning")) || (data63 === "note")) || (data63 === "off"))) {
                    const err109 = { instancePath: instancePath + "/rules/parse-error", schemaPath: "#/properties/rules/properties/parse-error/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["parse-error"].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err109];
                    }
                    else {
                        vErrors.push(err109);
                    }
                    errors++;
                }
            }
            if (data56["include-error"] !== undefined) {
                let data64 = data56["include-error"];
                if (!((((data64 === "error") || (data64 === "warning")) || (data64 === "note")) || (data64 === "off"))) {
                    const err110 = { instancePath: instancePath + "/rules/include-error", schemaPath: "#/properties/rules/properties/include-error/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["include-error"].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err110];
                    }
                    else {
                        vErrors.push(err110);
                    }
                    errors++;
                }
            }
            if (data56["shell-redirect-in-specifier"] !== undefined) {
                let data65 = data56["shell-redirect-in-specifier"];
                if (!((((data65 === "error") || (data65 === "warning")) || (data65 === "note")) || (data65 === "off"))) {
                    const err111 = { instancePath: instancePath + "/rules/shell-redirect-in-specifier", schemaPath: "#/properties/rules/properties/shell-redirect-in-specifier/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["shell-redirect-in-specifier"].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err111];
                    }
                    else {
                        vErrors.push(err111);
                    }
                    errors++;
                }
            }
            if (data56["invalid-constraint"] !== undefined) {
                let data66 = data56["invalid-constraint"];
                if (!((((data66 === "error") || (data66 === "warning")) || (data66 === "note")) || (data66 === "off"))) {
                    const err112 = { instancePath: instancePath + "/rules/invalid-constraint", schemaPath: "#/properties/rules/properties/invalid-constraint/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["invalid-constraint"].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err112];
                    }
                    else {
                        vErrors.push(err112);
                    }
                    errors++;
                }
            }
            if (data56["vulnerable-pin"] !== undefined) {
                let data67 = data56["vulnerable-pin"];
                if (!((((data67 === "error") || (data67 === "warning")) || (data67 === "note")) || (data67 === "off"))) {
                    const err113 = { instancePath: instancePath + "/rules/vulnerable-pin", schemaPath: "#/properties/rules/properties/vulnerable-pin/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["vulnerable-pin"].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err113];
                    }
                    else {
                        vErrors.push(err113);
                    }
                    errors++;
                }
            }
            if (data56["no-constraints"] !== undefined) {
                let data68 = data56["no-constraints"];
                if (!((((data68 === "error") || (data68 === "warning")) || (data68 === "note")) || (data68 === "off"))) {
                    const err114 = { instancePath: instancePath + "/rules/no-constraints", schemaPath: "#/properties/rules/properties/no-constraints/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.properties["no-constraints"].enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err114];
                    }
                    else {
                        vErrors.push(err114);
                    }
                    errors++;
                }
            }
        }
        else {
            const err115 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err115];
            }
            else {
                vErrors.push(err115);
            }
            errors++;
        }
    }
}
else {
    const err116 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err116];
    }
    else {
        vErrors.push(err116);
    }
    errors++;
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const validateConfig = validate20;

// EXTERNAL MODULE: ./src/sources/glob.ts
var glob = __webpack_require__(5454);
;// CONCATENATED MODULE: ./src/config-file.ts
// The config file's YAML text → a validated Partial<Config>. Its own module: the YAML parser and the
// generated schema validator load only when a repository has a config file.



// The schema compiled ahead of time (scripts/write-config-validator.ts): no Ajv at run time.


/** Parses and validates the YAML text of a config file; errors name the file, line and bad key. */
function parseConfigFile(text, path) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line ?? 1;
        throw new config/* ConfigError */.xL(`${path}:${line}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    const buildProblem = checkBuildKeys(data) ?? checkGlobs(data);
    if (buildProblem)
        throw new config/* ConfigError */.xL(`${path}: ${buildProblem}`);
    if (!validateConfig(data)) {
        const problems = (validateConfig.errors ?? []).map((err) => {
            const key = err.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(top level)';
            const extra = err.params && 'additionalProperty' in err.params ? ` '${String(err.params.additionalProperty)}'` : '';
            const allowed = err.params && 'allowedValues' in err.params ? `: ${err.params.allowedValues.join(', ')}` : '';
            return `${key}: ${err.message ?? 'invalid'}${extra}${allowed}`;
        });
        throw new config/* ConfigError */.xL(`${path}: ${problems.join('; ')}`);
    }
    const raw = data;
    const out = {};
    if (raw.constraints !== undefined)
        out.constraints = raw.constraints;
    if (raw.paths !== undefined)
        out.paths = raw.paths;
    if (raw.ignore !== undefined)
        out.ignore = raw.ignore;
    if (raw['fail-on'] !== undefined)
        out.failOn = raw['fail-on'];
    if (raw['shared-min-services'] !== undefined)
        out.sharedMinServices = raw['shared-min-services'];
    if (raw['max-file-bytes'] !== undefined)
        out.maxFileBytes = raw['max-file-bytes'];
    if (raw.rules !== undefined)
        out.rules = raw.rules;
    const bump = {};
    if (raw['index-url'] !== undefined)
        bump.indexUrl = raw['index-url'];
    if (raw['extra-index-urls'] !== undefined)
        bump.extraIndexUrls = raw['extra-index-urls'];
    if (raw['python-version'] !== undefined)
        bump.pythonVersion = raw['python-version'];
    if (raw['min-release-age'] !== undefined)
        bump.minReleaseAgeDays = raw['min-release-age'];
    if (raw['update-types'] !== undefined)
        bump.updateTypes = raw['update-types'];
    if (raw['ignore-updates'] !== undefined) {
        bump.ignore = raw['ignore-updates'].map((r) => ({ name: r.name, versions: r.versions, updateTypes: r['update-types'] }));
    }
    if (raw.labels !== undefined)
        bump.labels = raw.labels;
    if (raw['bump-branch'] !== undefined)
        bump.branch = raw['bump-branch'];
    if (Object.keys(bump).length > 0)
        out.bump = bump;
    if (raw.images !== undefined)
        out.images = raw.images;
    if (raw.registry !== undefined)
        out.registry = raw.registry;
    if (raw.namespace !== undefined)
        out.namespace = raw.namespace;
    if (raw['tag-format'] !== undefined)
        out.tagFormat = raw['tag-format'];
    if (raw.platform !== undefined)
        out.platform = raw.platform;
    if (raw.cache !== undefined)
        out.cache = raw.cache;
    if (raw['size-budget'] !== undefined)
        out.sizeBudget = raw['size-budget'];
    if (raw.registries !== undefined) {
        out.registries = Object.fromEntries(Object.entries(raw.registries).map(([host, r]) => [
            host,
            { username: r.username, passwordEnv: r['password-env'], insecure: r.insecure },
        ]));
    }
    if (raw.measure !== undefined)
        out.measure = raw.measure;
    if (raw.advisories !== undefined)
        out.advisories = raw.advisories;
    if (raw['advisory-severity'] !== undefined)
        out.advisorySeverity = raw['advisory-severity'];
    if (raw['ignore-advisories'] !== undefined)
        out.ignoreAdvisories = raw['ignore-advisories'];
    return out;
}
/** Globs a pull request could make pathological are refused here, before any file is matched. */
function checkGlobs(data) {
    if (typeof data !== 'object' || data === null)
        return undefined;
    for (const key of ['paths', 'ignore']) {
        const list = data[key];
        if (!Array.isArray(list))
            continue;
        for (const [i, pattern] of list.entries()) {
            const problem = typeof pattern === 'string' ? (0,glob/* globProblem */.AI)(pattern) : undefined;
            if (problem)
                return `${key}.${i}: '${pattern}': ${problem}`;
        }
    }
    return undefined;
}
const TAG_TOKENS = ['{date}', '{sha}'];
const MEASURE_TOKENS = ['{pr}', '{sha}', '{base}'];
/** Clearer messages than a bare "must match pattern" for the image keys; the schema still checks the shapes. */
function checkBuildKeys(data) {
    if (typeof data !== 'object' || data === null)
        return undefined;
    const raw = data;
    const format = raw['tag-format'];
    if (typeof format === 'string') {
        const tokens = checkTokens('tag-format', format, TAG_TOKENS);
        if (tokens)
            return tokens;
        const literal = format.replace(/\{date\}|\{sha\}/g, 'x');
        if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(literal))
            return `tag-format: '${format}' is not a valid image tag (letters, digits, _ . -; not starting with . or -; at most 128 characters)`;
    }
    const measure = raw.measure;
    if (typeof measure === 'object' && measure !== null) {
        for (const [key, template] of Object.entries(measure)) {
            const tokens = typeof template === 'string' ? checkTokens(`measure.${key}`, template, MEASURE_TOKENS) : undefined;
            if (tokens)
                return tokens;
        }
    }
    if (typeof raw.platform === 'string' && !PLATFORM.test(raw.platform))
        return `platform: expected os/arch[/variant] such as linux/amd64 or linux/arm64/v8, got '${raw.platform}'`;
    if (typeof raw.images === 'object' && raw.images !== null && !Array.isArray(raw.images)) {
        for (const [name, image] of Object.entries(raw.images)) {
            if (!IMAGE_NAME.test(name))
                return `images.${name}: an image name is lowercase letters, digits and . _ - (e.g. python-base)`;
            if (typeof image !== 'object' || image === null)
                continue;
            const repository = image.repository;
            if (typeof repository === 'string' && !REPOSITORY.test(repository)) {
                return /[:@][^/]*$/.test(repository) && !/^[^/]+:\d+\//.test(repository)
                    ? `images.${name}.repository: give the repository without a tag or digest (monopin tags {date} and latest), got '${repository}'`
                    : `images.${name}.repository: '${repository}' is not an image repository (e.g. ghcr.io/org/python-base, lowercase)`;
            }
        }
    }
    return undefined;
}
/** The first `{…}` in `template` that is not one of `allowed`, as a message about `key`. */
function checkTokens(key, template, allowed) {
    const unknown = (template.match(/\{[^}]*\}?/g) ?? []).find((t) => !allowed.includes(t));
    return unknown === undefined ? undefined : `${key}: unknown token ${unknown}; allowed tokens: ${allowed.join(', ')}`;
}


/***/ }),

/***/ 5454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   tI: () => (/* binding */ compileGlobs),
/* harmony export */   v7: () => (/* binding */ MAX_GLOB_LENGTH)
/* harmony export */ });
/* unused harmony export GlobError */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// Repo-relative globs (config `paths:` and `ignore:`) with a matcher whose time is linear in the path.
// picomatch turns a glob into a backtracking RegExp: a pattern from a pull request such as
// `**/+(a|aa)+(a|aa)…b` then takes minutes per path. Here picomatch only translates the glob, and
// RE2 (re2js, no backtracking) runs it. picomatch's lookarounds only keep `*` off `.` and `..`
// segments, which repository paths never hold, so they are dropped; anything else RE2 cannot
// compile is refused with the pattern named.

class GlobError extends Error {
    pattern;
    constructor(pattern, reason) {
        super(`glob '${pattern}': ${reason}`);
        this.pattern = pattern;
        this.name = 'GlobError';
    }
}
/** Longest pattern accepted: a glob is a path with wildcards, not a program. */
const MAX_GLOB_LENGTH = 1024;
const EXTGLOB = /[@!?*+]\(/;
// picomatch's guards against `.`/`..` segments and empty stars (see above).
const DOT_GUARDS = /\(\?!\\\.\{1,2\}\(\?:\\\/\|\$\)\)|\(\?!\(\?:\^\|\\\/\)\\\.\{1,2\}\(\?:\\\/\|\$\)\)|\(\?=\.\)/g;
/** Why a pattern is refused before compiling it (no dependency needed: config validation uses it). */
function globProblem(pattern) {
    if (pattern.length > MAX_GLOB_LENGTH)
        return `longer than ${MAX_GLOB_LENGTH} characters`;
    if (EXTGLOB.test(pattern))
        return 'extglobs (@(…), !(…), +(…), *(…), ?(…)) are not supported; use *, **, ?, [...] and {a,b}';
    return undefined;
}
/** One predicate true when any pattern matches (a leading `!` negates a pattern, as in picomatch). */
async function compileGlobs(patterns) {
    const { RE2JS } = await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
    const matchers = patterns.map((pattern) => {
        const problem = globProblem(pattern);
        if (problem)
            throw new GlobError(pattern, problem);
        const negated = pattern.startsWith('!');
        const body = negated ? pattern.slice(1) : pattern;
        let source;
        try {
            source = picomatch__WEBPACK_IMPORTED_MODULE_0___default().makeRe(body, { dot: true, noextglob: true }).source.replace(DOT_GUARDS, '');
        }
        catch (error) {
            throw new GlobError(pattern, error.message);
        }
        let re;
        try {
            re = RE2JS.compile(source);
        }
        catch {
            throw new GlobError(pattern, 'cannot be matched in linear time');
        }
        return (path) => re.matcher(path).matches() !== negated;
    });
    return (path) => matchers.some((m) => m(path));
}


/***/ })

};
