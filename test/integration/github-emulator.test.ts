// The emulator must answer like api.github.com for what monopin uses and catch every wrong
// request; these tests drive it with the real Octokit stack the action uses.
import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startGitHubEmulator, type GitHubEmulator } from "../support/github-emulator/index.js";
import { gitSha } from "../support/github-emulator/state.js";

const RetryingOctokit = Octokit.plugin(retry, throttling);
let gh: GitHubEmulator;
let throttleId = 0;

function client(token = gh.token, log: string[] = []): InstanceType<typeof RetryingOctokit> {
  return new RetryingOctokit({
    auth: token,
    baseUrl: gh.url,
    // Millisecond back-off so retries stay fast; the plugins' decisions are unchanged.
    retry: { retryAfterBaseValue: 1 },
    throttle: {
      id: `emulator-test-${++throttleId}`,
      retryAfterBaseValue: 1,
      onRateLimit: (after: number) => {
        log.push(`rate-limit ${after}`);
        return true;
      },
      onSecondaryRateLimit: (after: number) => {
        log.push(`secondary ${after}`);
        return true;
      },
    },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

beforeAll(async () => {
  gh = await startGitHubEmulator();
  gh.addRepo({ owner: "acme", name: "mono", files: { "requirements.txt": "requests==2.32.3\n", "svc/a/Dockerfile": "FROM python:3.12\n" } });
});
afterAll(async () => {
  await gh.close();
});
afterEach(() => {
  // Every test leaves no unexpected violation behind; tests expecting some take them first.
  expect(gh.takeViolations()).toEqual([]);
});

describe("issue comments", () => {
  it("paginates 75 comments over 3 pages and finds the marker on page 3", async () => {
    const pr = gh.addPullRequest({ owner: "acme", repo: "mono", head: "feature/many", files: { "x.txt": "1" } });
    for (let i = 0; i < 75; i++) {
      gh.addComment({ owner: "acme", repo: "mono", issueNumber: pr.number, body: i === 70 ? "<!-- monopin -->\nsticky" : `chatter ${i}`, asUser: i % 2 ? "alice" : "bob" });
    }
    const octokit = client();
    const before = gh.requests.length;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: "acme", repo: "mono", issue_number: pr.number });
    const pages = gh.requests.slice(before);
    expect(comments).toHaveLength(75);
    expect(pages.map((r) => r.status)).toEqual([200, 200, 200]);
    // Octokit followed GitHub's /repositories/{id} links for pages 2 and 3.
    expect(pages.map((r) => r.path)).toEqual([
      `/repos/acme/mono/issues/${pr.number}/comments`,
      `/repositories/${gh.state.findRepo("acme", "mono")?.id}/issues/${pr.number}/comments`,
      `/repositories/${gh.state.findRepo("acme", "mono")?.id}/issues/${pr.number}/comments`,
    ]);
    const index = comments.findIndex((c) => c.body?.startsWith("<!-- monopin -->"));
    expect(index).toBe(70);
    expect(Math.floor(index / 30) + 1).toBe(3);
    expect(comments[70]?.user?.login).toBe("bob");
  });

  it("formats Link exactly as GitHub: prev, next, last, first on the /repositories/{id} url", async () => {
    const pr = gh.addPullRequest({ owner: "acme", repo: "mono", head: "feature/links", files: { "y.txt": "1" } });
    for (let i = 0; i < 25; i++) gh.addComment({ owner: "acme", repo: "mono", issueNumber: pr.number, body: `c${i}`, asUser: "alice" });
    const id = gh.state.findRepo("acme", "mono")?.id;
    const base = `${gh.url}/repositories/${id}/issues/${pr.number}/comments`;
    const first = await client().rest.issues.listComments({ owner: "acme", repo: "mono", issue_number: pr.number, per_page: 10 });
    expect(first.headers.link).toBe(`<${base}?per_page=10&page=2>; rel="next", <${base}?per_page=10&page=3>; rel="last"`);
    const middle = await client().rest.issues.listComments({ owner: "acme", repo: "mono", issue_number: pr.number, per_page: 10, page: 2 });
    expect(middle.headers.link).toBe(
      `<${base}?per_page=10&page=1>; rel="prev", <${base}?per_page=10&page=3>; rel="next", <${base}?per_page=10&page=3>; rel="last", <${base}?per_page=10&page=1>; rel="first"`,
    );
    const last = await client().rest.issues.listComments({ owner: "acme", repo: "mono", issue_number: pr.number, per_page: 10, page: 3 });
    expect(last.data).toHaveLength(5);
    expect(last.headers.link).not.toContain('rel="next"');
    const capped = await client().rest.issues.listComments({ owner: "acme", repo: "mono", issue_number: pr.number, per_page: 500 });
    expect(capped.data).toHaveLength(25);
    expect(capped.headers.link).toBeUndefined();
  });

  it("creates, updates, reacts to and deletes a comment, with state behind it", async () => {
    const pr = gh.addPullRequest({ owner: "acme", repo: "mono", head: "feature/crud", files: { "z.txt": "1" } });
    const octokit = client();
    const created = await octokit.rest.issues.createComment({ owner: "acme", repo: "mono", issue_number: pr.number, body: "first" });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe("github-actions[bot]");
    expect(created.data.html_url).toBe(`https://github.com/acme/mono/pull/${pr.number}#issuecomment-${created.data.id}`);
    expect(created.headers["x-ratelimit-limit"]).toBe("5000");
    expect(Number(created.headers["x-ratelimit-remaining"])).toBeLessThan(5000);

    const updated = await octokit.rest.issues.updateComment({ owner: "acme", repo: "mono", comment_id: created.data.id, body: "second" });
    expect(updated.data.body).toBe("second");
    expect(gh.state.comments.get(created.data.id)?.body).toBe("second");

    const reaction = await octokit.rest.reactions.createForIssueComment({ owner: "acme", repo: "mono", comment_id: created.data.id, content: "eyes" });
    expect(reaction.status).toBe(201);
    const again = await octokit.rest.reactions.createForIssueComment({ owner: "acme", repo: "mono", comment_id: created.data.id, content: "eyes" });
    expect(again.status).toBe(200);
    expect(again.data.id).toBe(reaction.data.id);
    const fetched = await octokit.rest.issues.getComment({ owner: "acme", repo: "mono", comment_id: created.data.id });
    expect(fetched.data.reactions?.eyes).toBe(1);

    await octokit.rest.issues.deleteComment({ owner: "acme", repo: "mono", comment_id: created.data.id });
    await expect(octokit.rest.issues.getComment({ owner: "acme", repo: "mono", comment_id: created.data.id })).rejects.toMatchObject({ status: 404 });
  });
});

describe("request validation", () => {
  it("answers 422 with GitHub's wording for a missing field and a wrong type, and records both", async () => {
    const pr = gh.addPullRequest({ owner: "acme", repo: "mono", head: "feature/invalid", files: { "w.txt": "1" } });
    const octokit = client();
    const route = `POST /repos/{owner}/{repo}/issues/{issue_number}/comments` as const;
    await expect(octokit.request(route, { owner: "acme", repo: "mono", issue_number: pr.number } as never)).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining(`"body" wasn't supplied.`),
    });
    await expect(octokit.request(route, { owner: "acme", repo: "mono", issue_number: pr.number, body: 42 } as never)).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining(`For 'properties/body', 42 is not a string.`),
    });
    await expect(octokit.rest.pulls.list({ owner: "acme", repo: "mono", state: "merged" as never })).rejects.toMatchObject({ status: 422 });
    const violations = gh.takeViolations();
    expect(violations.map((v) => [v.kind, v.operationId, v.status])).toEqual([
      ["request", "issues/create-comment", 422],
      ["request", "issues/create-comment", 422],
      ["request", "pulls/list", 422],
    ]);
    expect(gh.state.commentsOf(gh.state.findRepo("acme", "mono")!, pr.number)).toEqual([]);
  });

  it("enforces the 50-annotation batch limit of check runs and accumulates batches", async () => {
    const octokit = client();
    const headSha = gh.state.findRepo("acme", "mono")!.refs.get("refs/heads/main")!;
    const annotation = (line: number) => ({ path: "requirements.txt", start_line: line, end_line: line, annotation_level: "failure" as const, message: "conflict" });
    const batch = (from: number, n: number) => Array.from({ length: n }, (_, i) => annotation(from + i));
    await expect(
      octokit.rest.checks.create({ owner: "acme", repo: "mono", name: "monopin", head_sha: headSha, output: { title: "t", summary: "s", annotations: batch(1, 51) } }),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.takeViolations().map((v) => v.operationId)).toEqual(["checks/create"]);

    const run = await octokit.rest.checks.create({ owner: "acme", repo: "mono", name: "monopin", head_sha: headSha, status: "in_progress", output: { title: "t", summary: "s", annotations: batch(1, 50) } });
    const done = await octokit.rest.checks.update({ owner: "acme", repo: "mono", check_run_id: run.data.id, conclusion: "failure", output: { title: "t", summary: "s", annotations: batch(51, 20) } });
    expect(done.data.status).toBe("completed");
    expect(done.data.output.annotations_count).toBe(70);
    expect(gh.state.checkRuns.get(run.data.id)?.annotations.map((a) => a.start_line).at(-1)).toBe(70);
  });

  it("answers 404 for a path or method the description does not have, and records it", async () => {
    const octokit = client();
    await expect(octokit.request("GET /repos/{owner}/{repo}/no-such-thing", { owner: "acme", repo: "mono" })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.request("PUT /repos/{owner}/{repo}/issues/comments/{id}", { owner: "acme", repo: "mono", id: 1 })).rejects.toMatchObject({ status: 404 });
    const violations = gh.takeViolations();
    expect(violations.map((v) => [v.kind, v.method, v.path])).toEqual([
      ["unknown-route", "GET", "/repos/acme/mono/no-such-thing"],
      ["unknown-route", "PUT", "/repos/acme/mono/issues/comments/1"],
    ]);
  });
});

describe("auth", () => {
  it("rejects unknown tokens with 401 Bad credentials", async () => {
    await expect(client("ghs_nope").rest.repos.get({ owner: "acme", repo: "mono" })).rejects.toMatchObject({ status: 401, message: expect.stringContaining("Bad credentials") });
  });

  it("lets a read-only token read but answers every write 403 as GitHub does for fork PRs", async () => {
    const pr = gh.addPullRequest({ owner: "acme", repo: "mono", head: "feature/fork", headOwner: "forker", files: { "f.txt": "1" } });
    const octokit = client(gh.readOnlyToken);
    const pull = await octokit.rest.pulls.get({ owner: "acme", repo: "mono", pull_number: pr.number });
    expect(pull.data.head.label).toBe("forker:feature/fork");
    expect(pull.data.head.repo.full_name).toBe("forker/mono");
    const denied = await octokit.rest.issues.createComment({ owner: "acme", repo: "mono", issue_number: pr.number, body: "hi" }).catch((e: unknown) => e);
    expect(denied).toMatchObject({ status: 403, response: { data: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment" } } });
    expect(gh.state.commentsOf(gh.state.findRepo("acme", "mono")!, pr.number)).toEqual([]);
  });

  it("reports collaborator permissions with GitHub's legacy folding", async () => {
    gh.setPermission("acme", "mono", "maint", "maintain");
    const octokit = client();
    const maint = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: "acme", repo: "mono", username: "maint" });
    expect([maint.data.permission, maint.data.role_name]).toEqual(["write", "maintain"]);
    const owner = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: "acme", repo: "mono", username: "acme" });
    expect(owner.data.permission).toBe("admin");
  });
});

describe("faults", () => {
  it("retries a 500 and succeeds", async () => {
    gh.failNext(2, { kind: "server-error" });
    const before = gh.requests.length;
    const repo = await client().rest.repos.get({ owner: "acme", repo: "mono" });
    expect(repo.data.default_branch).toBe("main");
    expect(gh.requests.slice(before).map((r) => r.status)).toEqual([500, 500, 200]);
  });

  it("sends secondary rate limits with retry-after, which the throttling plugin honours", async () => {
    const log: string[] = [];
    gh.failNext(1, { kind: "secondary-rate-limit", retryAfter: 2 });
    const before = gh.requests.length;
    await client(gh.token, log).rest.repos.get({ owner: "acme", repo: "mono" });
    expect(log).toEqual(["secondary 2"]);
    expect(gh.requests.slice(before).map((r) => r.status)).toEqual([403, 200]);
  });

  it("sends primary rate limits with x-ratelimit-remaining 0 and a reset time", async () => {
    const log: string[] = [];
    gh.failNext(1, { kind: "rate-limit", retryAfter: 0 });
    await client(gh.token, log).rest.issues.get({ owner: "acme", repo: "mono", issue_number: 1 });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^rate-limit [01]$/);
  });
});

describe("git data", () => {
  it("commits blob → tree → commit and moves the branch, with real git shas", async () => {
    const octokit = client();
    const o = { owner: "acme", repo: "mono" };
    const ref = await octokit.rest.git.getRef({ ...o, ref: "heads/main" });
    const parent = await octokit.rest.git.getCommit({ ...o, commit_sha: ref.data.object.sha });
    const text = "requests==2.32.4\n";
    const blob = await octokit.rest.git.createBlob({ ...o, content: Buffer.from(text).toString("base64"), encoding: "base64" });
    expect(blob.data.sha).toBe(gitSha("blob", Buffer.from(text)));
    const tree = await octokit.rest.git.createTree({
      ...o,
      base_tree: parent.data.tree.sha,
      tree: [
        { path: "requirements.txt", mode: "100644", type: "blob", sha: blob.data.sha },
        { path: "docker/base/requirements-constraints.txt", mode: "100644", type: "blob", content: "requests==2.32.4\n" },
      ],
    });
    const commit = await octokit.rest.git.createCommit({ ...o, message: "Bump requests", tree: tree.data.sha, parents: [parent.data.sha] });
    await octokit.rest.git.createRef({ ...o, ref: "refs/heads/monopin/bump", sha: commit.data.sha });
    const moved = await octokit.rest.git.updateRef({ ...o, ref: "heads/monopin/bump", sha: commit.data.sha });
    expect(moved.data.object.sha).toBe(commit.data.sha);

    const full = await octokit.rest.git.getTree({ ...o, tree_sha: commit.data.tree.sha, recursive: "1" });
    expect(full.data.tree.filter((e) => e.type === "blob").map((e) => e.path).sort()).toEqual([
      "docker/base/requirements-constraints.txt",
      "requirements.txt",
      "svc/a/Dockerfile",
    ]);
    // Not a fast-forward: the parent does not descend from the new commit.
    await expect(octokit.rest.git.updateRef({ ...o, ref: "heads/monopin/bump", sha: parent.data.sha })).rejects.toMatchObject({ status: 422 });
    await expect(octokit.rest.git.createRef({ ...o, ref: "refs/heads/monopin/bump", sha: commit.data.sha })).rejects.toMatchObject({ status: 422, message: expect.stringContaining("Reference already exists") });

    const pr = await octokit.rest.pulls.create({ ...o, head: "monopin/bump", base: "main", title: "Bump", body: "b" });
    await expect(octokit.rest.pulls.create({ ...o, head: "monopin/bump", base: "main", title: "Bump" })).rejects.toMatchObject({ status: 422 });
    const found = await octokit.rest.pulls.list({ ...o, head: "acme:monopin/bump", base: "main", state: "open" });
    expect(found.data.map((p) => p.number)).toEqual([pr.data.number]);
    await octokit.rest.issues.addLabels({ ...o, issue_number: pr.data.number, labels: ["dependencies"] });
    const issue = await octokit.rest.issues.get({ ...o, issue_number: pr.data.number });
    expect(issue.data.labels.map((l) => (typeof l === "string" ? l : l.name))).toEqual(["dependencies"]);
    expect(issue.data.pull_request?.url).toBe(`${gh.url}/repos/acme/mono/pulls/${pr.data.number}`);
  });
});

describe("routing", () => {
  it("accepts multi-segment refs raw or %2F-encoded (x-multi-segment), and prefers literal segments", async () => {
    const sha = gh.commit({ owner: "acme", repo: "mono", branch: "feature/a/b", files: { "r.txt": "1" } });
    const get = (path: string) => fetch(`${gh.url}${path}`, { headers: { authorization: `token ${gh.token}` } });
    const raw = await get("/repos/acme/mono/git/ref/heads/feature/a/b");
    const encoded = await get("/repos/acme/mono/git/ref/heads%2Ffeature%2Fa%2Fb");
    expect([raw.status, encoded.status]).toEqual([200, 200]);
    expect(((await raw.json()) as { object: { sha: string } }).object.sha).toBe(sha);
    // `issues/comments/{id}` must not be taken for `issues/{issue_number}` with "comments".
    await get("/repos/acme/mono/issues/comments/999999");
    expect(gh.requests.at(-1)).toMatchObject({ operationId: "issues/get-comment", status: 404 });
  });
});

describe("response validation", () => {
  it("turns an emulator answer that breaks the description into a loud 500 in strict mode", async () => {
    const repo = gh.state.findRepo("acme", "mono")!;
    const issue = gh.addIssue({ owner: "acme", repo: "mono" });
    const comment = gh.addComment({ owner: "acme", repo: "mono", issueNumber: issue.number, body: "x", asUser: "alice" });
    // issue-comment.created_at is `format: date-time`; corrupting state makes the emulator wrong.
    comment.createdAt = "yesterday";
    const failed = await client().rest.issues.getComment({ owner: "acme", repo: repo.name, comment_id: comment.id, request: { retries: 0 } }).catch((e: unknown) => e);
    expect(failed).toMatchObject({ status: 500, response: { headers: { "x-emulator-error": "response-schema" } } });
    const violations = gh.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ kind: "response", operationId: "issues/get-comment", status: 200 });
    expect(violations[0]?.messages.join()).toContain("/created_at");
  });

  it("passes such an answer through but still records it when strictResponses is false", async () => {
    const lenient = await startGitHubEmulator({ strictResponses: false });
    try {
      lenient.addRepo({ owner: "acme", name: "mono" });
      const issue = lenient.addIssue({ owner: "acme", repo: "mono" });
      issue.title = undefined as unknown as string;
      const res = await fetch(`${lenient.url}/repos/acme/mono/issues/${issue.number}`, { headers: { authorization: `Bearer ${lenient.token}` } });
      expect(res.status).toBe(200);
      expect(lenient.violations.map((v) => [v.kind, v.operationId])).toEqual([["response", "issues/get"]]);
    } finally {
      await lenient.close();
    }
  });
});
