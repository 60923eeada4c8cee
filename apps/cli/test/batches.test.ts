import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
  dir = mkdtempSync(join(tmpdir(), "bacowr-cli-batches-"));
  world = await startLocalWorld({ writer: "clean", llmDelayMs: 20, env: { DATABASE_URL: "" } });
});
afterAll(async () => {
  await world?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** bacowr with the administrator's token, as a script in CI would run it. */
function bacowr(args: string[]) {
  return runCli(bin, args, { BACOWR_TOKEN: world.token, BACOWR_BASE_URL: world.platform.url });
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A CSV of jobs the fixture world can research, one per anchor, with optional extra columns. */
function csv(rows: { anchor: string; extra?: string }[], extraHeader = ""): string {
  const { publisherDomain, targetUrl } = world.order("unused");
  const header = `publisher_domain,target_url,anchor_text${extraHeader ? `,${extraHeader}` : ""}`;
  return [
    header,
    ...rows.map((r) => `${publisherDomain},${targetUrl},${r.anchor}${r.extra ? `,${r.extra}` : ""}`),
  ].join("\n");
}

describe("bacowr batches", () => {
  it("says how to use it", async () => {
    const help = await bacowr(["--help"]);
    expect(help.stdout).toContain(
      "batches create --file FILE [--name NAME] [--chunk-size N] [--parallel N] [--max-cost USD]",
    );
    expect(help.stdout).toContain("batches get ID [--wait [--timeout SECONDS]]");
    expect(help.stdout).toContain("batches list [--status RUNNING|COMPLETED|CANCELLED]");
    expect(help.stdout).toContain("batches cancel ID");
    const noFile = await bacowr(["batches", "create", "--name", "x"]);
    expect(noFile.code).toBe(64);
    expect(noFile.stderr).toContain("--file is required");
    const badCost = await bacowr(["batches", "create", "--file", "x.csv", "--max-cost", "lots"]);
    expect(badCost.code).toBe(64);
    expect(badCost.stderr).toContain("--max-cost must be an amount of USD");
    const unknown = await bacowr(["batches", "rerun"]);
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toContain('unknown batches command "rerun"');
  });

  it("creates a batch from a CSV file and waits for it, one progress line per change, then sums it up", async () => {
    const jobs = file(
      "jobs.csv",
      csv(
        [
          { anchor: "cli batch first tools", extra: "light,0.5" },
          { anchor: "cli batch second tools", extra: "," },
          { anchor: "cli batch third tools", extra: "light," },
        ],
        "preflight_mode,max_cost",
      ),
    );
    const run = await bacowr([
      "batches",
      "create",
      "--file",
      jobs,
      "--chunk-size",
      "2",
      "--parallel",
      "2",
      "--max-cost",
      "5",
      "--preflight",
      "light",
      "--wait",
      "--timeout",
      "120",
    ]);
    const batchId = run.stderr.match(/^batch (batch_[a-z0-9]+) created: 3 jobs$/m)?.[1] ?? "";
    expect(batchId, run.stderr).not.toBe("");
    // Without a terminal: one line per change, each adding up to the batch's three jobs.
    const lines = run.stderr.split("\n").filter((line) => /% \d+\/3 final: /.test(line));
    expect(lines.length, run.stderr).toBeGreaterThanOrEqual(3);
    for (const line of lines) {
      const [, final, delivered, blocked, failed, cancelled, running, pending] =
        line.match(
          /^ *[\d.]+% (\d+)\/3 final: (\d+) delivered, (\d+) blocked, (\d+) failed, (\d+) cancelled, (\d+) in progress, (\d+) pending \[(RUNNING|COMPLETED)\]$/,
        ) ?? [];
      expect(Number(delivered) + Number(blocked) + Number(failed) + Number(cancelled), line).toBe(
        Number(final),
      );
      expect(Number(final) + Number(running) + Number(pending), line).toBe(3);
    }
    expect(new Set(lines).size, run.stderr).toBe(lines.length);
    expect(lines[0]).toMatch(/ 2 in progress, 1 pending \[RUNNING\]$/);
    expect(lines.at(-1)).toMatch(/^100% 3\/3 final: .* \[COMPLETED\]$/);

    // The summary: status, outcomes, average QC, cost against the cap, where the jobs are.
    expect(run.stdout).toMatch(new RegExp(`^Batch: +${batchId} +COMPLETED +100% final$`, "m"));
    expect(run.stdout).toMatch(/^Name: +jobs\.csv$/m);
    const outcome = run.stdout.match(
      /^Jobs: +3: (\d+) delivered, (\d+) blocked, (\d+) failed, 0 cancelled$/m,
    );
    expect(outcome, run.stdout).not.toBeNull();
    expect(run.stdout).toMatch(/^QC: +average score \d+(\.\d+)?\/100$/m);
    expect(run.stdout).toMatch(/^Cost: +\$\d+\.\d{4} USD \(cap \$5\.0000\)$/m);
    expect(run.stdout).toContain(`bacowr jobs list --batch ${batchId}`);
    expect(run.stdout).not.toContain("Follow:");
    // 0 only when every job was delivered, as for a waited job.
    expect(run.code, run.stderr).toBe(outcome?.[1] === "3" ? 0 : 4);

    // The per-row and batch options reached the API.
    const api = await fetch(`${world.platform.url}/v1/batches/${batchId}`, {
      headers: { authorization: `Bearer ${world.token}` },
    }).then((r) => r.json() as Promise<{ data: Record<string, unknown> & { job_ids: string[] } }>);
    expect(api.data).toMatchObject({
      name: "jobs.csv",
      total_jobs: 3,
      options: { chunk_size: 2, parallel_jobs: 2, preflight_mode: "light" },
      summary: { max_cost: 5 },
    });
    const got = await bacowr(["batches", "get", batchId, "--json"]);
    expect(JSON.parse(got.stdout)).toEqual(api.data);
    const inBatch = await bacowr(["jobs", "list", "--batch", batchId, "--json"]);
    const listed = JSON.parse(inBatch.stdout).jobs as { job_id: string; batch_id: string }[];
    expect(listed.map((j) => j.job_id).sort()).toEqual([...api.data.job_ids].sort());
    expect(listed.every((j) => j.batch_id === batchId)).toBe(true);
    const completed = await bacowr(["batches", "list", "--status", "COMPLETED"]);
    expect(completed.stdout).toMatch(new RegExp(`^${batchId} +COMPLETED +100% +3/3  jobs\\.csv  `, "m"));

    const cancel = await bacowr(["batches", "cancel", batchId]);
    expect(cancel.code).toBe(1);
    expect(cancel.stderr).toContain("CANNOT_CANCEL_COMPLETED_BATCH");
  });

  it("creates from JSON without waiting, then lists, cancels and gets it", async () => {
    const { publisherDomain, targetUrl } = world.order("unused");
    // Six jobs one at a time: running for seconds, long enough to be listed as RUNNING and cancelled.
    const anchors = ["one", "two", "three", "four", "five", "six"].map((n) => `cli json ${n} tools`);
    const jobs = file(
      "jobs.json",
      JSON.stringify({
        jobs: anchors.map((anchor, i) => ({
          publisher_domain: publisherDomain,
          target_url: targetUrl,
          anchor_text: anchor,
          ...(i === 1 ? { options: { preflight_mode: "light" } } : {}),
        })),
      }),
    );
    const created = await bacowr([
      "batches",
      "create",
      "--file",
      jobs,
      "--name",
      "cli json batch",
      "--chunk-size",
      "1",
      "--json",
    ]);
    expect(created.code, created.stderr).toBe(0);
    const answer = JSON.parse(created.stdout);
    expect(answer).toMatchObject({
      batch_id: expect.stringMatching(/^batch_/),
      name: "cli json batch",
      total_jobs: 6,
      status: "RUNNING",
      options: { chunk_size: 1 },
      notices: [],
    });
    expect(answer.job_ids).toHaveLength(6);
    const batchId: string = answer.batch_id;

    const listed = await bacowr(["batches", "list", "--status", "RUNNING", "--json"]);
    expect(JSON.parse(listed.stdout).batches.map((b: { batch_id: string }) => b.batch_id)).toContain(batchId);
    const cancel = await bacowr(["batches", "cancel", batchId]);
    expect(cancel.code, cancel.stderr).toBe(0);
    expect(cancel.stdout).toMatch(new RegExp(`^Batch: +${batchId} +CANCELLED +100% final$`, "m"));
    expect(cancel.stdout).toMatch(/^Jobs: +6: .* [1-6] cancelled$/m);
    expect(cancel.stdout).not.toContain("Follow:");

    const got = await bacowr(["batches", "get", batchId]);
    expect(got.stdout).toBe(cancel.stdout);
    const all = await bacowr(["batches", "list", "--all", "--limit", "1", "--json"]);
    const lines = all.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty("batch_id");
    const cancelled = await bacowr(["batches", "list", "--status", "CANCELLED"]);
    expect(cancelled.stdout).toMatch(new RegExp(`^${batchId} +CANCELLED +100% +6/6  cli json batch  `, "m"));
    // Waiting for a cancelled batch answers at once, with the exit code of an undelivered batch.
    const waited = await bacowr(["batches", "get", batchId, "--wait"]);
    expect(waited.code).toBe(4);
    expect(waited.stdout).toContain("CANCELLED");
  });

  it("caps a single job's cost with jobs create --max-cost", async () => {
    const order = world.order("cli capped job tools");
    const created = await bacowr([
      "jobs",
      "create",
      "--publisher",
      order.publisherDomain,
      "--target",
      order.targetUrl,
      "--anchor",
      order.anchorText,
      "--max-cost",
      "0.75",
      "--json",
    ]);
    expect(created.code, created.stderr).toBe(0);
    const jobId: string = JSON.parse(created.stdout).job_id;
    const got = await bacowr(["jobs", "get", jobId, "--json"]);
    expect(JSON.parse(got.stdout)).toMatchObject({ job_id: jobId, max_cost: 0.75 });
    await bacowr(["jobs", "cancel", jobId]);
  });

  it("names the row of a refused job, refuses a misspelt column, and reports a wait that timed out", async () => {
    const refused = await bacowr([
      "batches",
      "create",
      "--file",
      file("bad.csv", `${csv([{ anchor: "cli fine tools" }])}\nworklife.example,not a url,cli broken tools`),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/INVALID_URL: .* \(jobs\[1\]\.target_url\): .*bad\.csv row 2$/m);

    const misspelt = await bacowr([
      "batches",
      "create",
      "--file",
      file("misspelt.csv", csv([{ anchor: "cli misspelt tools", extra: "heavy" }], "preflight")),
    ]);
    expect(misspelt.code).toBe(1);
    expect(misspelt.stderr).toContain('misspelt.csv row 1: unknown column "preflight"');

    const missing = await bacowr(["batches", "get", "batch_missing"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("BATCH_NOT_FOUND");

    // Six jobs one at a time take seconds: the wait gives up after one, saying how far the batch got.
    const slow = file(
      "slow.csv",
      csv(["one", "two", "three", "four", "five", "six"].map((n) => ({ anchor: `cli slow ${n} tools` }))),
    );
    const timedOut = await bacowr([
      "batches",
      "create",
      "--file",
      slow,
      "--chunk-size",
      "1",
      "--wait",
      "--timeout",
      "1",
    ]);
    expect(timedOut.code).toBe(1);
    const [, batchId = "", pending = "0"] =
      timedOut.stderr.match(
        /^bacowr: Batch (batch_[a-z0-9]+) did not finish within 1000 ms; last progress: [\d.]+% final, \d+ completed, \d+ blocked, \d+ failed, \d+ cancelled, \d+ in progress, (\d+) pending$/m,
      ) ?? [];
    expect(batchId, timedOut.stderr).not.toBe("");
    expect(Number(pending)).toBeGreaterThan(0);
    const cancelled = await bacowr(["batches", "cancel", batchId]);
    expect(cancelled.code, cancelled.stderr).toBe(0);
  });
});
