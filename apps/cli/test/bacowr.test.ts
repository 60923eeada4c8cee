import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorld } from "../../server/demo/local-world";
import { runCli } from "./run-cli";

const bin = fileURLToPath(new URL("../bin/bacowr.js", import.meta.url));
let world: Awaited<ReturnType<typeof startLocalWorld>>;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bacowr-cli-"));
  world = await startLocalWorld({ writer: "clean", llmDelayMs: 20, env: { DATABASE_URL: "" } });
});
afterAll(async () => {
  await world?.close();
  rmSync(dir, { recursive: true, force: true });
});

function bacowr(args: string[], env: Record<string, string> = {}) {
  return runCli(bin, args, { BACOWR_SESSION: join(dir, "session.json"), ...env });
}

describe("bacowr", () => {
  it("explains itself and refuses to work before login", async () => {
    // The bin runs the compiled CLI (the suite's global setup builds it), and the same help from source.
    expect(existsSync(fileURLToPath(new URL("../dist/bacowr.js", import.meta.url)))).toBe(true);
    const help = await bacowr(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("jobs create --publisher DOMAIN");
    // What a fresh clone runs before any build: the TypeScript source, loaded in the same process.
    const fromSource = await bacowr(["--help"], { BACOWR_CLI_SOURCE: "1" });
    expect(fromSource).toMatchObject({ code: 0, stdout: help.stdout });
    const anonymous = await bacowr(["jobs", "list"], { BACOWR_SESSION: join(dir, "nobody.json") });
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toMatch(/not logged in/);
    const bad = await bacowr(["jobs", "create", "--publisher", "x.example"]);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toContain("--target is required");
  });

  it("logs in, creates a job and waits for it with progress, then reads it back", async () => {
    const login = await bacowr(["login", "--url", world.platform.url, "--email", world.admin.email], {
      BACOWR_PASSWORD: world.admin.password,
    });
    expect(login.code, login.stderr).toBe(0);
    const saved = JSON.parse(readFileSync(join(dir, "session.json"), "utf8"));
    expect(saved.url).toBe(world.platform.url);

    const order = world.order("cli project tools");
    const created = await bacowr([
      "jobs",
      "create",
      "--publisher",
      order.publisherDomain,
      "--target",
      order.targetUrl,
      "--anchor",
      order.anchorText,
      "--preflight",
      "light",
      "--wait",
      "--timeout",
      "60",
    ]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stderr).toMatch(/100% DELIVER/);
    expect(created.stderr).toMatch(/% WRITE/);
    // A person gets a summary, not the job as JSON: status, QC, length, cost and how to read the article.
    const jobId = created.stdout.match(/^Job: +(job_[a-z0-9]+) +DELIVER +100%$/m)?.[1] ?? "";
    expect(jobId, created.stdout).not.toBe("");
    expect(created.stdout).toMatch(/^QC: +PASS, score \d+(\.\d+)?\/100$/m);
    expect(created.stdout).toMatch(/^Failing: +\S/m);
    expect(created.stdout).toMatch(/^Words: +\d{3,}$/m);
    expect(created.stdout).toMatch(/^Cost: +\$\d+\.\d{4} \(LLM \$\d+\.\d{4}, SERP \$\d+\.\d{4}\)$/m);
    expect(created.stdout).toContain(`bacowr jobs article ${jobId}`);
    expect(created.stdout.trim().split("\n").length).toBeLessThan(15);
    expect(created.stdout).not.toContain("# Cli project tools");

    const article = await bacowr(["jobs", "article", jobId]);
    expect(article.code).toBe(0);
    expect(article.stdout).toMatch(/^# Cli project tools/);
    const html = await bacowr(["jobs", "article", jobId, "--html"]);
    expect(html.stdout).toContain("<!doctype html>");

    const got = await bacowr(["jobs", "get", jobId]);
    expect(got.code).toBe(0);
    expect(got.stdout).toBe(created.stdout);
    // --json is the API's own answer, field for field (snake_case, the article included).
    const asJson = await bacowr(["jobs", "get", jobId, "--json"]);
    const api = await fetch(`${world.platform.url}/v1/jobs/${jobId}`, {
      headers: { authorization: `Bearer ${saved.access_token}` },
    }).then((r) => r.json() as Promise<{ data: Record<string, unknown> }>);
    expect(JSON.parse(asJson.stdout)).toEqual(api.data);
    expect(api.data).toHaveProperty("qc_report.checks.anchor_link");

    const listed = await bacowr(["jobs", "list", "--status", "DELIVER", "--limit", "5"]);
    expect(listed.stdout).toMatch(new RegExp(`^${jobId} +DELIVER +100% +${order.publisherDomain} `, "m"));
    const listedJson = await bacowr(["jobs", "list", "--status", "DELIVER", "--limit", "5", "--json"]);
    expect(JSON.parse(listedJson.stdout).jobs.map((j: { job_id: string }) => j.job_id)).toContain(jobId);
    const all = await bacowr(["jobs", "list", "--all", "--limit", "1", "--json"]);
    const lines = all.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty("job_id");

    const queued = await bacowr([
      "jobs",
      "create",
      "--publisher",
      order.publisherDomain,
      "--target",
      order.targetUrl,
      "--anchor",
      "cli queued tools",
      "--json",
    ]);
    expect(queued.code, queued.stderr).toBe(0);
    const queuedJob = JSON.parse(queued.stdout);
    expect(Object.keys(queuedJob).sort()).toEqual(["created_at", "estimated_completion", "job_id", "status"]);
    expect(queuedJob).toMatchObject({ job_id: expect.stringMatching(/^job_/), status: "RECEIVE" });

    const cancel = await bacowr(["jobs", "cancel", jobId]);
    expect(cancel.code).toBe(1);
    expect(cancel.stderr).toContain("CANNOT_CANCEL_COMPLETED_JOB");
    expect(cancel.stderr).toContain("job status DELIVER");
  });

  it("reports validation errors with their field, missing jobs, and an unreachable server", async () => {
    const invalid = await bacowr([
      "jobs",
      "create",
      "--publisher",
      "x.example",
      "--target",
      "not a url",
      "--anchor",
      "fine anchor",
    ]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("INVALID_URL");
    expect(invalid.stderr).toContain("(target_url)");
    const missing = await bacowr(["jobs", "get", "job_missing"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("JOB_NOT_FOUND");
    const offline = await bacowr(["jobs", "list", "--url", "http://127.0.0.1:9"]);
    expect(offline.code).toBe(3);
    expect(offline.stderr).toMatch(/server unreachable/);
  });
});
