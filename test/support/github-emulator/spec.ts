// Loads GitHub's official OpenAPI description once per process and turns it into
// what the emulator needs: operations by method + path template, and JSON Schemas
// that ajv understands.
//
// Why the plain (not dereferenced) file: it parses in ~0.2 s against ~1 s for the
// 73 MB deref variant, and keeping `$ref`s lets ajv compile each shared component
// (simple-user, repository, ...) once instead of inlining it in every operation.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const SPEC_ID = "https://monopin.test/api.github.com.json";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: JsonObject;
  /** `x-multi-segment`: the value may contain raw slashes (`heads/feature/x`). */
  multiSegment: boolean;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  documentationUrl: string;
  parameters: Parameter[];
  /** JSON Schema of an `application/json` request body, if the operation takes one. */
  requestBody: JsonObject | undefined;
  /** Status code ("200", "404", "default") → JSON Schema of the JSON body, or null when none is documented. */
  responses: Map<string, JsonObject | null>;
}

export interface LoadedSpec {
  /** The converted components, to register with ajv under SPEC_ID. */
  document: JsonObject;
  operations: Operation[];
  /** Things of the description we could not use as-is; surfaced in the emulator report. */
  notes: string[];
}

let cached: LoadedSpec | undefined;

export function loadSpec(): LoadedSpec {
  cached ??= buildSpec(readRawSpec());
  return cached;
}

function readRawSpec(): JsonObject {
  // The package's index.js would require all ten descriptions (~400 MB); read the one file.
  const require = createRequire(import.meta.url);
  const pkg = require.resolve("@octokit/openapi/package.json");
  const file = join(dirname(pkg), "generated", "api.github.com.json");
  return JSON.parse(readFileSync(file, "utf8")) as JsonObject;
}

function buildSpec(raw: JsonObject): LoadedSpec {
  const notes: string[] = [];
  const components = raw.components as JsonObject;
  const converted: JsonObject = {};
  for (const kind of ["schemas", "parameters", "responses", "headers"]) {
    converted[kind] = convertProperties((components[kind] ?? {}) as JsonObject);
  }
  const document: JsonObject = { $id: SPEC_ID, components: converted };
  const lookup = (ref: string): JsonObject => {
    const parts = ref.replace(/^#\//, "").split("/");
    let node: Json = raw;
    for (const part of parts) node = (node as JsonObject)[part] as Json;
    return node as JsonObject;
  };
  const deref = (node: JsonObject): JsonObject =>
    typeof node.$ref === "string" ? deref(lookup(node.$ref)) : node;

  const operations: Operation[] = [];
  const methods = ["get", "put", "post", "patch", "delete", "head", "options"];
  for (const [template, itemJson] of Object.entries(raw.paths as JsonObject)) {
    const item = itemJson as JsonObject;
    const shared = (item.parameters ?? []) as JsonObject[];
    for (const method of methods) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      const parameters = [...shared, ...((op.parameters ?? []) as JsonObject[])].map((p) => {
        const param = deref(p);
        return {
          name: String(param.name),
          in: param.in as Parameter["in"],
          required: param.required === true,
          schema: convert(param.schema ?? {}) as JsonObject,
          multiSegment: param["x-multi-segment"] === true,
        };
      });
      const bodyContent = op.requestBody
        ? ((deref(op.requestBody as JsonObject).content ?? {}) as JsonObject)
        : undefined;
      const jsonBody = bodyContent?.["application/json"] as JsonObject | undefined;
      if (bodyContent && !jsonBody) notes.push(`${String(op.operationId)}: request body is not JSON (${Object.keys(bodyContent).join(", ")})`);
      const responses = new Map<string, JsonObject | null>();
      for (const [status, res] of Object.entries((op.responses ?? {}) as JsonObject)) {
        const content = (deref(res as JsonObject).content ?? {}) as JsonObject;
        const json = (content["application/json"] ?? content["application/scim+json"]) as JsonObject | undefined;
        responses.set(status, json?.schema ? (convert(json.schema) as JsonObject) : null);
      }
      operations.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        template,
        documentationUrl: String((op.externalDocs as JsonObject | undefined)?.url ?? "https://docs.github.com/rest"),
        parameters,
        requestBody: jsonBody?.schema ? (convert(jsonBody.schema) as JsonObject) : undefined,
        responses,
      });
    }
  }
  return { document, operations, notes };
}

// OpenAPI 3.0 schemas are not JSON Schema: `nullable` needs a type union, refs must
// point into the registered document, and `example`s are noise for a validator.
function convert(node: Json): Json {
  if (Array.isArray(node)) return node.map(convert);
  if (node === null || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "example" || key === "examples" || key === "description" || key === "discriminator") continue;
    if (key === "$ref" && typeof value === "string") {
      out.$ref = value.startsWith("#/") ? `${SPEC_ID}${value}` : value;
      continue;
    }
    // Property names that happen to be keywords (a property called "example") must survive.
    out[key] = key === "properties" ? convertProperties(value as JsonObject) : convert(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    return makeNullable(out);
  }
  delete out.nullable;
  return out;
}

function convertProperties(props: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [name, schema] of Object.entries(props)) out[name] = convert(schema);
  return out;
}

function makeNullable(schema: JsonObject): JsonObject {
  if (typeof schema.type === "string" && !schema.allOf && !schema.anyOf && !schema.oneOf) {
    const result: JsonObject = { ...schema, type: [schema.type, "null"] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) result.enum = [...schema.enum, null];
    return result;
  }
  return { anyOf: [schema, { type: "null" }] };
}
