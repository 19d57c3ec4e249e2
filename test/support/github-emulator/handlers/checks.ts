// Check runs with annotations. GitHub takes at most 50 annotations per request (the
// schema's maxItems) and appends each batch, so a client must create then update.
import { renderCheckRun } from "../render.js";
import type { Annotation, CheckRun, Repo } from "../state.js";
import { ApiError, notFound, paginate, repoOf, validationFailed, type Handler, type HandlerContext } from "./common.js";

interface CheckInput {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: "queued" | "in_progress" | "completed";
  started_at?: string;
  conclusion?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: Annotation[] };
}

function runOf(ctx: HandlerContext, repo: Repo): CheckRun {
  const run = ctx.state.checkRuns.get(Number(ctx.params.check_run_id));
  if (!run || run.repo !== `${repo.owner}/${repo.name}`.toLowerCase()) throw notFound();
  return run;
}

function apply(ctx: HandlerContext, run: CheckRun, input: CheckInput): void {
  if (input.name !== undefined) run.name = input.name;
  if (input.details_url !== undefined) run.detailsUrl = input.details_url;
  if (input.external_id !== undefined) run.externalId = input.external_id;
  if (input.started_at !== undefined) run.startedAt = input.started_at;
  // Giving a conclusion implies completion, as on GitHub.
  if (input.conclusion !== undefined) {
    run.conclusion = input.conclusion;
    run.status = "completed";
  } else if (input.status !== undefined) run.status = input.status;
  if (run.status === "completed" && run.conclusion === null) {
    throw validationFailed({ resource: "CheckRun", code: "missing_field", field: "conclusion" });
  }
  if (run.status === "completed") run.completedAt = input.completed_at ?? run.completedAt ?? ctx.state.now();
  if (input.output) {
    run.output = { title: input.output.title ?? null, summary: input.output.summary ?? null, text: input.output.text ?? run.output.text };
    for (const annotation of input.output.annotations ?? []) {
      const multiLine = annotation.start_line !== annotation.end_line;
      if (multiLine && (annotation.start_column !== undefined || annotation.end_column !== undefined)) {
        throw new ApiError(422, "Invalid request.\n\nstart_column and end_column may only be used when start_line equals end_line.");
      }
      run.annotations.push(annotation);
    }
  }
}

const create: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const input = ctx.body as CheckInput;
  if (!input.head_sha || !repo.objects.has(input.head_sha.toLowerCase())) {
    throw validationFailed({ resource: "CheckRun", code: "invalid", field: "head_sha" });
  }
  const run: CheckRun = {
    id: ctx.state.id(),
    repo: `${repo.owner}/${repo.name}`.toLowerCase(),
    name: input.name ?? "",
    headSha: input.head_sha,
    status: "queued",
    conclusion: null,
    startedAt: ctx.state.now(),
    completedAt: null,
    externalId: null,
    detailsUrl: null,
    output: { title: null, summary: null, text: null },
    annotations: [],
    checkSuiteId: ctx.state.id(),
  };
  apply(ctx, run, input);
  ctx.state.checkRuns.set(run.id, run);
  return { status: 201, body: renderCheckRun(ctx, repo, run) };
};

const update: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const run = runOf(ctx, repo);
  apply(ctx, run, ctx.body as CheckInput);
  return { status: 200, body: renderCheckRun(ctx, repo, run) };
};

const get: Handler = (ctx) => {
  const repo = repoOf(ctx);
  return { status: 200, body: renderCheckRun(ctx, repo, runOf(ctx, repo)) };
};

const listAnnotations: Handler = (ctx) => {
  const repo = repoOf(ctx);
  const run = runOf(ctx, repo);
  const { items, headers } = paginate(ctx, run.annotations, repo);
  const body = items.map((a) => ({
    path: a.path,
    start_line: a.start_line,
    end_line: a.end_line,
    start_column: a.start_column ?? null,
    end_column: a.end_column ?? null,
    annotation_level: a.annotation_level,
    title: a.title ?? null,
    message: a.message,
    raw_details: a.raw_details ?? null,
    blob_href: `https://github.com/${repo.owner}/${repo.name}/blob/${run.headSha}/${a.path}`,
  }));
  return { status: 200, body, headers };
};

export const checkHandlers: Record<string, Handler> = {
  "checks/create": create,
  "checks/update": update,
  "checks/get": get,
  "checks/list-annotations": listAnnotations,
};
