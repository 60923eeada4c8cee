import { mkdtempSync, readFileSync, rmSync } from "node:fs";
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
    const help = await bacowr(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("jobs create --publisher DOMAIN");
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
    const job = JSON.parse(created.stdout);
    expect(job).toMatchObject({ status: "DELIVER", progress: 100 });
    expect(created.stderr).toMatch(/100% DELIVER/);
    expect(created.stderr).toMatch(/% WRITE/);

    const article = await bacowr(["jobs", "article", job.jobId]);
    expect(article.code).toBe(0);
    expect(article.stdout).toMatch(/^# Cli project tools/);
    const html = await bacowr(["jobs", "article", job.jobId, "--html"]);
    expect(html.stdout).toContain("<!doctype html>");

    const got = await bacowr(["jobs", "get", job.jobId]);
    expect(JSON.parse(got.stdout).jobId).toBe(job.jobId);
    const listed = await bacowr(["jobs", "list", "--status", "DELIVER", "--limit", "5"]);
    expect(JSON.parse(listed.stdout).jobs.map((j: { jobId: string }) => j.jobId)).toContain(job.jobId);
    const all = await bacowr(["jobs", "list", "--all", "--limit", "1"]);
    expect(all.stdout.trim().split("\n").length).toBeGreaterThanOrEqual(1);

    const cancel = await bacowr(["jobs", "cancel", job.jobId]);
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
