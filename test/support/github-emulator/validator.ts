// Compiles ajv validators from the OpenAPI description lazily (one per operation and
// part, cached for the process: compiling the ~1,200 operations up front would take
// minutes) and turns ajv errors into the messages GitHub's own validator writes.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import formatsPlugin from "ajv-formats";
import { loadSpec, SPEC_ID, type JsonObject, type Operation, type Parameter } from "./spec.js";

let ajv: Ajv | undefined;
const cache = new Map<string, ValidateFunction>();

function compiler(): Ajv {
  if (!ajv) {
    // verbose puts the offending value in each error, for GitHub's "42 is not a string".
    // strict: false because the description uses keywords and formats ajv does not
    // know (`repo.nwo`, `x-github`); they carry no constraint we could check.
    ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true, verbose: true });
    formatsPlugin.default(ajv);
    ajv.addSchema(loadSpec().document, SPEC_ID);
  }
  return ajv;
}

function validatorFor(key: string, schema: JsonObject): ValidateFunction {
  let validate = cache.get(key);
  if (!validate) {
    validate = compiler().compile(schema);
    cache.set(key, validate);
  }
  return validate;
}

export interface RequestCheck {
  /** Path parameters that do not fit their schema: GitHub answers 404 (no route matches). */
  pathErrors: string[];
  /** Query and body violations, worded like GitHub's 422 messages. */
  errors: string[];
  /** Query parameters the operation does not define: GitHub ignores them, we flag them. */
  unknownQuery: string[];
  /** Path and query values coerced to their schema types, defaults applied. */
  params: Record<string, unknown>;
  query: Record<string, unknown>;
}

export function checkRequest(
  op: Operation,
  rawParams: Record<string, string>,
  rawQuery: URLSearchParams,
  body: unknown,
): RequestCheck {
  const result: RequestCheck = { pathErrors: [], errors: [], unknownQuery: [], params: {}, query: {} };
  for (const param of op.parameters) {
    if (param.in === "path") {
      const value = coerce(param, rawParams[param.name] ?? "");
      const errors = runParam(op, param, value);
      result.pathErrors.push(...errors);
      result.params[param.name] = value;
    } else if (param.in === "query") {
      const values = rawQuery.getAll(param.name);
      if (values.length === 0) {
        if (param.required) result.errors.push(`"${param.name}" wasn't supplied.`);
        else if (param.schema.default !== undefined) result.query[param.name] = param.schema.default;
        continue;
      }
      const value = coerce(param, values.length > 1 ? values.join(",") : (values[0] ?? ""));
      result.errors.push(...runParam(op, param, value));
      result.query[param.name] = value;
    }
  }
  const known = new Set(op.parameters.filter((p) => p.in === "query").map((p) => p.name));
  for (const name of new Set(rawQuery.keys())) if (!known.has(name)) result.unknownQuery.push(name);
  if (op.requestBody) {
    const validate = validatorFor(`${op.operationId} body`, op.requestBody);
    if (!validate(body)) result.errors.push(...githubMessages(validate.errors ?? [], "properties"));
  }
  return result;
}

function runParam(op: Operation, param: Parameter, value: unknown): string[] {
  const validate = validatorFor(`${op.operationId} ${param.in}:${param.name}`, param.schema);
  if (validate(value)) return [];
  return githubMessages(validate.errors ?? [], param.name);
}

// Query and path values arrive as strings; the schema says what they mean.
function coerce(param: Parameter, raw: string): unknown {
  const type = Array.isArray(param.schema.type) ? param.schema.type[0] : param.schema.type;
  if (type === "integer" || type === "number") return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  if (type === "array") return raw === "" ? [] : raw.split(",");
  return raw;
}

/** Validates a response body; returns ajv's own wording (these are emulator bugs, read by us). */
export function checkResponse(op: Operation, status: number, body: unknown): string[] {
  const documented = op.responses.get(String(status)) ?? op.responses.get("default");
  let schema: JsonObject | null | undefined = documented;
  if (documented === undefined && !op.responses.has(String(status))) {
    if (status < 400) return [`status ${status} is not documented for ${op.operationId}`];
    // GitHub answers 401/403/404/422/5xx on operations that do not list them; their bodies
    // are always the basic error shape.
    schema = { $ref: `${SPEC_ID}#/components/schemas/basic-error` };
  }
  if (!schema) return body === undefined ? [] : [`status ${status} of ${op.operationId} documents no body`];
  const validate = validatorFor(`${op.operationId} response:${status}`, schema);
  if (validate(body)) return [];
  return (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || "(root)"} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}

// GitHub's validator writes `"body" wasn't supplied.`, `For 'properties/body', 1 is not a string.`,
// `"foo" is not a permitted key.` and `No subschema in "oneOf" matched.`.
function githubMessages(errors: ErrorObject[], root: string): string[] {
  const messages: string[] = [];
  for (const error of errors) {
    const where = pointerToGitHub(error.instancePath, root);
    const value = ruby(error.data);
    switch (error.keyword) {
      case "required":
        messages.push(`"${String(error.params.missingProperty)}" wasn't supplied.`);
        break;
      case "additionalProperties":
        messages.push(`"${String(error.params.additionalProperty)}" is not a permitted key.`);
        break;
      case "type":
        messages.push(`For '${where}', ${value} is not ${article(String(error.params.type))}.`);
        break;
      case "enum":
        messages.push(`For '${where}', ${value} is not a member of ${JSON.stringify(error.params.allowedValues)}.`);
        break;
      case "oneOf":
      case "anyOf":
        messages.push(`No subschema in "${error.keyword}" matched.`);
        break;
      default:
        messages.push(`For '${where}', ${value} ${error.message ?? `fails ${error.keyword}`}.`);
    }
  }
  return [...new Set(messages)];
}

function pointerToGitHub(pointer: string, root: string): string {
  const parts = pointer.split("/").slice(1);
  if (parts.length === 0) return root === "properties" ? "items" : root;
  return parts.map((p) => (/^\d+$/.test(p) ? "items" : `properties/${p}`)).join("/");
}

function ruby(value: unknown): string {
  if (value === null) return "nil";
  if (value === undefined) return "nil";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function article(type: string): string {
  const first = type.split(",")[0] ?? type;
  return /^[aeiou]/.test(first) ? `an ${first}` : `a ${first}`;
}
