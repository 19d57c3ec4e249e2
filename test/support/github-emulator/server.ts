// The HTTP front: authenticate, route by the description's path templates, validate the
// request, run the handler, validate what we send back, and log all of it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomBytes } from "node:crypto";
import { ApiError, type Handler, type HandlerContext, type Reply } from "./handlers/common.js";
import { checkHandlers } from "./handlers/checks.js";
import { gitHandlers } from "./handlers/git.js";
import { issueHandlers } from "./handlers/issues.js";
import { pullHandlers } from "./handlers/pulls.js";
import { reactionHandlers } from "./handlers/reactions.js";
import { repoHandlers } from "./handlers/repos.js";
import { Router } from "./router.js";
import { loadSpec, type Operation } from "./spec.js";
import type { EmulatorState, Token } from "./state.js";
import { checkRequest, checkResponse } from "./validator.js";

export const handlers: Record<string, Handler> = {
  ...issueHandlers,
  ...reactionHandlers,
  ...pullHandlers,
  ...checkHandlers,
  ...gitHandlers,
  ...repoHandlers,
};

export interface RequestRecord {
  method: string;
  path: string;
  query: string;
  operationId: string | undefined;
  status: number;
  /** Login behind the token, when it was valid. */
  login: string | undefined;
  body: unknown;
}

export type ViolationKind = "unknown-route" | "unimplemented" | "request" | "unknown-query" | "response";

export interface Violation {
  kind: ViolationKind;
  method: string;
  path: string;
  operationId: string | undefined;
  status: number | undefined;
  messages: string[];
}

export type FaultKind = "server-error" | "secondary-rate-limit" | "rate-limit";

export interface Fault {
  kind: FaultKind;
  /** 500 by default for server errors, 403 for rate limits (GitHub also answers 429). */
  status?: number;
  /** Seconds, sent as `retry-after` for secondary rate limits. */
  retryAfter?: number;
  /** Only requests this returns true for consume the fault. */
  match?: (request: { method: string; path: string; operationId: string | undefined }) => boolean;
}

export interface ServerOptions {
  state: EmulatorState;
  strictResponses: boolean;
  requests: RequestRecord[];
  violations: Violation[];
  faults: Array<Fault & { remaining: number }>;
  api: () => string;
}

const RATE_LIMIT = 5000;
const BASIC_DOCS = "https://docs.github.com/rest";

export function createEmulatorServer(options: ServerOptions): Server {
  const spec = loadSpec();
  const router = new Router(spec.operations);
  const used = new Map<string, number>();
  const resetAt = Math.floor(Date.now() / 1000) + 3600;

  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString("utf8"));
      } catch (error) {
        // A crash in a handler is an emulator bug: answer like GitHub would and say so loudly.
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        options.violations.push({ kind: "response", method: req.method ?? "", path: req.url ?? "", operationId: undefined, status: 500, messages: [message] });
        console.error(`GitHub emulator crashed on ${req.method} ${req.url}: ${message}`);
        if (!res.headersSent) send(res, 500, { message: "Server Error", documentation_url: BASIC_DOCS, status: "500" }, {});
      }
    });
  });

  function handle(req: IncomingMessage, res: ServerResponse, rawBody: string): void {
    const method = (req.method ?? "GET").toUpperCase();
    const url = new URL(req.url ?? "/", options.api());
    const record: RequestRecord = { method, path: url.pathname, query: url.search, operationId: undefined, status: 0, login: undefined, body: undefined };
    options.requests.push(record);
    const headers: Record<string, string> = {
      "x-github-request-id": randomBytes(8).toString("hex").toUpperCase(),
      "x-github-media-type": "github.v3; format=json",
      "x-github-api-version-selected": "2022-11-28",
    };
    let operation: Operation | undefined;

    const reply = (status: number, body: unknown, extra: Record<string, string> = {}): void => {
      record.status = status;
      if (operation && body !== undefined) {
        const problems = checkResponse(operation, status, body);
        if (problems.length > 0) {
          options.violations.push({ kind: "response", method, path: url.pathname, operationId: operation.operationId, status, messages: problems });
          if (options.strictResponses) {
            const message = `GitHub emulator bug: ${operation.operationId} ${status} does not match its response schema: ${problems.join("; ")}`;
            console.error(message);
            record.status = 500;
            send(res, 500, { message, documentation_url: BASIC_DOCS, status: "500" }, { ...headers, "x-emulator-error": "response-schema" });
            return;
          }
        }
      }
      send(res, status, method === "HEAD" ? undefined : body, { ...headers, ...extra });
    };
    const error = (status: number, message: string, extra: Record<string, string> = {}, errors?: unknown[]): void => {
      const body: Record<string, unknown> = { message, documentation_url: operation?.documentationUrl ?? BASIC_DOCS, status: String(status) };
      if (errors) body.errors = errors;
      reply(status, body, extra);
    };

    // Authentication comes first on GitHub: a bad token is 401 even on an unknown path.
    const token = authenticate(req.headers.authorization);
    if (!token) {
      error(401, req.headers.authorization ? "Bad credentials" : "Requires authentication");
      return;
    }
    record.login = token.login;
    Object.assign(headers, rateLimitHeaders(token));

    let route = router.route(method, url.pathname);
    const alias = /^\/repositories\/(\d+)(\/.*)?$/.exec(url.pathname);
    if (route.kind !== "match" && alias) {
      // Link headers point at /repositories/{id}/…; GitHub serves those as the /repos/ form.
      const repo = [...options.state.repos.values()].find((r) => r.id === Number(alias[1]));
      if (repo) route = router.route(method, `/repos/${repo.owner}/${repo.name}${alias[2] ?? ""}`);
    }
    if (route.kind !== "match") {
      const messages = route.kind === "method-not-allowed" ? [`${method} is not defined for this path; the description has ${route.allowed.join(", ")}`] : ["no path template of the OpenAPI description matches"];
      options.violations.push({ kind: "unknown-route", method, path: url.pathname, operationId: undefined, status: 404, messages });
      error(404, "Not Found");
      return;
    }
    operation = route.match.operation;
    record.operationId = operation.operationId;

    const fault = takeFault(method, url.pathname, operation.operationId);
    if (fault) {
      sendFault(fault, error);
      return;
    }

    let body: unknown = {};
    if (rawBody.trim() !== "") {
      try {
        body = JSON.parse(rawBody) as unknown;
      } catch {
        error(400, "Problems parsing JSON");
        return;
      }
    }
    record.body = rawBody.trim() === "" ? undefined : body;

    const check = checkRequest(operation, route.match.params, url.searchParams, body);
    if (check.pathErrors.length > 0) {
      options.violations.push({ kind: "request", method, path: url.pathname, operationId: operation.operationId, status: 404, messages: check.pathErrors });
      error(404, "Not Found");
      return;
    }
    if (check.unknownQuery.length > 0) {
      options.violations.push({ kind: "unknown-query", method, path: url.pathname, operationId: operation.operationId, status: undefined, messages: check.unknownQuery.map((q) => `query parameter "${q}" is not defined for ${operation?.operationId ?? ""}; GitHub ignores it`) });
    }
    const handler = handlers[operation.operationId];
    if (!handler) {
      options.violations.push({ kind: "unimplemented", method, path: url.pathname, operationId: operation.operationId, status: 501, messages: [`the emulator does not implement ${operation.operationId}`] });
      error(501, `GitHub emulator does not implement ${operation.operationId}`);
      return;
    }
    const owner = check.params.owner;
    const repoName = check.params.repo;
    if (typeof owner === "string" && typeof repoName === "string" && !options.state.findRepo(owner, repoName)) {
      error(404, "Not Found");
      return;
    }
    // A fork PR's token may read but not write, and GitHub says so before looking at the body.
    if (token.readOnly && method !== "GET" && method !== "HEAD") {
      error(403, "Resource not accessible by integration");
      return;
    }
    if (check.errors.length > 0) {
      options.violations.push({ kind: "request", method, path: url.pathname, operationId: operation.operationId, status: 422, messages: check.errors });
      error(422, `Invalid request.\n\n${check.errors.join("\n")}`);
      return;
    }

    const ctx: HandlerContext = {
      state: options.state,
      api: options.api(),
      viewer: token.login,
      operation,
      params: check.params,
      query: check.query,
      body,
      token,
      url,
    };
    let result: Reply;
    try {
      result = handler(ctx);
    } catch (thrown) {
      if (!(thrown instanceof ApiError)) throw thrown;
      error(thrown.status, thrown.message, {}, thrown.errors);
      return;
    }
    reply(result.status, result.body, result.headers);
  }

  function authenticate(header: string | undefined): Token | undefined {
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? "");
    return match?.[1] ? options.state.tokens.get(match[1]) : undefined;
  }

  function rateLimitHeaders(token: Token): Record<string, string> {
    const count = (used.get(token.token) ?? 0) + 1;
    used.set(token.token, count);
    return {
      "x-ratelimit-limit": String(RATE_LIMIT),
      "x-ratelimit-remaining": String(Math.max(RATE_LIMIT - count, 0)),
      "x-ratelimit-reset": String(resetAt),
      "x-ratelimit-used": String(count),
      "x-ratelimit-resource": "core",
    };
  }

  function takeFault(method: string, path: string, operationId: string): Fault | undefined {
    const index = options.faults.findIndex((f) => f.remaining > 0 && (!f.match || f.match({ method, path, operationId })));
    const fault = options.faults[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) options.faults.splice(index, 1);
    return fault;
  }

  function sendFault(fault: Fault, error: (status: number, message: string, extra?: Record<string, string>) => void): void {
    if (fault.kind === "server-error") {
      error(fault.status ?? 500, "Server Error");
    } else if (fault.kind === "secondary-rate-limit") {
      error(
        fault.status ?? 403,
        "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
        { "retry-after": String(fault.retryAfter ?? 60) },
      );
    } else {
      const reset = Math.floor(Date.now() / 1000) + (fault.retryAfter ?? 1);
      error(fault.status ?? 403, `API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.`, {
        "x-ratelimit-remaining": "0",
        "x-ratelimit-used": String(RATE_LIMIT),
        "x-ratelimit-reset": String(reset),
      });
    }
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const text = body === undefined || status === 204 ? "" : JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    ...(text ? { "content-type": "application/json; charset=utf-8" } : {}),
    "content-length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}
