// Matches a request path against the path templates of the OpenAPI description.
// Literal segments win over parameters at every depth, so
// `/repos/{owner}/{repo}/issues/comments/{comment_id}` beats
// `/repos/{owner}/{repo}/issues/{issue_number}` for `.../issues/comments/7`.
import type { Operation } from "./spec.js";

interface Node {
  literals: Map<string, Node>;
  // Refs, branches and content paths contain slashes: Octokit sends them encoded (%2F),
  // hand-built urls send them raw, GitHub accepts both; the description marks such
  // parameters `x-multi-segment`.
  param: { multiSegment: boolean; node: Node } | undefined;
  operations: Map<string, Operation>;
}

export interface RouteMatch {
  operation: Operation;
  params: Record<string, string>;
}

export type RouteResult =
  | { kind: "match"; match: RouteMatch }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

const newNode = (): Node => ({ literals: new Map(), param: undefined, operations: new Map() });

export class Router {
  private readonly root = newNode();

  constructor(operations: readonly Operation[]) {
    for (const op of operations) this.add(op);
  }

  private add(op: Operation): void {
    let node = this.root;
    for (const segment of op.template.split("/").slice(1)) {
      const param = /^\{(.+)\}$/.exec(segment)?.[1];
      if (param) {
        // Templates never disagree on a parameter's position, only on its name
        // (`{issue_number}` vs `{comment_id}` live under different literals).
        node.param ??= { multiSegment: false, node: newNode() };
        if (op.parameters.some((p) => p.name === param && p.multiSegment)) node.param.multiSegment = true;
        node = node.param.node;
      } else {
        let next = node.literals.get(segment);
        if (!next) node.literals.set(segment, (next = newNode()));
        node = next;
      }
    }
    node.operations.set(op.method, op);
  }

  route(method: string, pathname: string): RouteResult {
    const raw = pathname.replace(/\/+$/, "").split("/").slice(1);
    const segments = raw.map((s) => safeDecode(s));
    const found = this.walk(this.root, segments, 0, []);
    if (!found) return { kind: "not-found" };
    const operation = found.node.operations.get(method === "HEAD" ? "GET" : method);
    if (!operation) return { kind: "method-not-allowed", allowed: [...found.node.operations.keys()] };
    const names = [...operation.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");
    const params: Record<string, string> = {};
    names.forEach((name, i) => (params[name] = found.values[i] ?? ""));
    return { kind: "match", match: { operation, params } };
  }

  private walk(node: Node, segments: string[], index: number, values: string[]): { node: Node; values: string[] } | undefined {
    if (index === segments.length) return node.operations.size > 0 ? { node, values } : undefined;
    const segment = segments[index] ?? "";
    const literal = node.literals.get(segment);
    if (literal) {
      const hit = this.walk(literal, segments, index + 1, values);
      if (hit) return hit;
    }
    if (node.param && segment !== "") {
      const most = node.param.multiSegment ? segments.length : index + 1;
      for (let end = index + 1; end <= most; end++) {
        const hit = this.walk(node.param.node, segments, end, [...values, segments.slice(index, end).join("/")]);
        if (hit) return hit;
      }
    }
    return undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
