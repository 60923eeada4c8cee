import { loadConfig } from "@bacowr/config";
import { isFinal } from "@bacowr/core";
import { jobRunnerOptions, startJobRunner } from "@bacowr/runtime";
import { createParser } from "eventsource-parser";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { startFixtureSites } from "./fakes/fixture-sites";
import type { FakeServer } from "./fakes/http-fake";
import { FAKE_ANTHROPIC_KEY, startFakeAnthropic } from "./fakes/llm-providers";
import { scriptedReply } from "./fakes/scripted-writer";
import { accessToken, client, newCustomer, startTestPlatform } from "./harness";

// Scheduling through the real job runner and the fake LLM: fair share between users, each user's
// concurrent-job limit, a batch's chunks and parallel slots, and a 175-job batch run to the end.
let platform: Platform;
let sites: Awaited<ReturnType<typeof startFixtureSites>>;
let anthropic: FakeServer;
let env: Record<string, string>;

beforeAll(async () => {
  sites = await startFixtureSites();
  anthropic = await startFakeAnthropic({ reply: (prompt) => scriptedReply(prompt), delayMs: 20 });
  env = {
    ...sites.env,
    ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
    ANTHROPIC_BASE_URL: anthropic.url,
    WORKER_IN_PROCESS: "false",
    WORKER_POLL_INTERVAL_MS: "50",
  };
  platform = await startTestPlatform(env, { ownDatabase: true });
});
afterAll(async () => {
  await platform?.close();
  await Promise.all([sites?.close(), anthropic?.close()]);
});

/** A job runner with `concurrency` slots on the platform's database, as a worker process would run. */
function runner(concurrency: number) {
  const config = loadConfig({ ...env, DATA_DIR: "memory", WORKER_CONCURRENCY: String(concurrency) });
  return startJobRunner(jobRunnerOptions(config, platform.services, pino({ level: "silent" })));
}

// Each job its own target (the fixture site ignores the query), so batch articles are not one target's footprint.
const order = (anchor: string, i: number) => ({
  publisher_domain: "worklife.example",
  target_url: `${sites.base}/product?item=${i}`,
  anchor_text: anchor,
  options: { preflight_mode: "light", strategy: "single_stage" },
});

/** When each job started (its PREFLIGHT) and ended, from the state history the database keeps. */
async function timeline(ids: string[]) {
  const rows = await platform.database.db
    .selectFrom("job_state_transitions")
    .select(["job_id", "state", "at"])
    .where("job_id", "in", ids)
    .orderBy("id")
    .execute();
  return new Map(
    ids.map((id) => {
      const own = rows.filter((r) => r.job_id === id);
      const start = own.find((r) => r.state === "PREFLIGHT")?.at;
      const end = own.find((r) => isFinal(r.state))?.at;
      return [id, { start: start?.getTime() ?? Number.POSITIVE_INFINITY, end: end?.getTime() ?? Number.NaN }];
    }),
  );
}

/** Samples how many of the matching jobs hold a lease, until `done` resolves; returns the highest count. */
async function peakRunning(filter: { user_id?: string; batch_id?: string }, done: Promise<unknown>) {
  let finished = false;
  void done.finally(() => {
    finished = true;
  });
  let peak = 0;
  while (!finished) {
    let query = platform.database.db
      .selectFrom("jobs")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("status", "not in", ["DELIVER", "BLOCKED", "ERROR", "CANCELLED"])
      .where("locked_until", ">", new Date());
    if (filter.user_id) query = query.where("user_id", "=", filter.user_id);
    if (filter.batch_id) query = query.where("batch_id", "=", filter.batch_id);
    peak = Math.max(peak, Number((await query.executeTakeFirstOrThrow()).n));
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await done;
  return peak;
}

async function allFinal(ids: string[], timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await platform.database.db
      .selectFrom("jobs")
      .select("status")
      .where("id", "in", ids)
      .execute();
    if (rows.every((r) => isFinal(r.status))) return;
    if (Date.now() > deadline) throw new Error(`jobs still running after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("scheduling", () => {
  it("serves users in turn: one user's 100 queued jobs do not hold back another user's single job", async () => {
    const a = await newCustomer(platform.url, "pro");
    const b = await newCustomer(platform.url, "pro");
    const work = runner(2);
    try {
      const batch = await a.call("POST", "/v1/batches", {
        name: "A's hundred",
        jobs: Array.from({ length: 100 }, (_, i) => order(`fair share tools ${i}`, i)),
        options: { chunk_size: 100, parallel_jobs: 20 },
      });
      expect(batch.status).toBe(201);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const single = await b.call("POST", "/v1/jobs", order("fair share single", 1000));
      const bJob = single.body.data.job_id as string;
      await allFinal([bJob]);
      const aIds: string[] = batch.body.data.job_ids;
      const times = await timeline([...aIds, bJob]);
      const bArrived = new Date(single.body.data.created_at).getTime();
      const bStart = times.get(bJob)?.start ?? Number.NaN;
      const aStart = (id: string) => times.get(id)?.start ?? Number.POSITIVE_INFINITY;
      const aStartedBefore = aIds.filter((id) => aStart(id) < bStart);
      const aOvertook = aIds.filter((id) => aStart(id) >= bArrived && aStart(id) < bStart);
      console.info(
        `fair share: B's job started after ${aStartedBefore.length} of A's jobs, ${aOvertook.length} of them after B arrived`,
      );
      // The bar: B's job starts before A's tenth.
      expect(aStartedBefore.length).toBeLessThan(9);
      // Fair share does better: once B has arrived, at most one of A's jobs starts before it (a slot freed
      // while both users had nothing running goes to the older job; the next one goes to B).
      expect(aOvertook.length).toBeLessThanOrEqual(1);
      await a.call("DELETE", `/v1/batches/${batch.body.data.batch_id}`);
    } finally {
      await work.stop();
    }
  }, 120_000);

  it("never runs more of a user's jobs at once than their limit; the others wait in RECEIVE and say why", async () => {
    const free = await newCustomer(platform.url, "free");
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) {
      const created = await free.call("POST", "/v1/jobs", order(`capped planning tools ${i}`, 2000 + i));
      expect(created.status).toBe(201);
      ids.push(created.body.data.job_id);
    }
    const waiting = await free.call("GET", `/v1/jobs/${ids[7]}`);
    expect(waiting.body.data.state_history[0].note).toMatch(
      /waiting for a slot: 7 of your jobs .* runs 5 at once/,
    );
    expect((await free.call("GET", `/v1/jobs/${ids[2]}`)).body.data.state_history[0].note).toBeUndefined();
    const work = runner(12);
    try {
      const peak = await peakRunning({ user_id: free.id }, allFinal(ids));
      expect(peak).toBeLessThanOrEqual(5);
      expect(peak).toBeGreaterThan(1);
      const times = [...(await timeline(ids)).values()];
      const overlap = Math.max(
        ...times.map((t) => times.filter((o) => o.start <= t.start && o.end > t.start).length),
      );
      expect(overlap).toBeLessThanOrEqual(5);
    } finally {
      await work.stop();
    }
  }, 120_000);

  it("starts no job of a disabled customer until the account is enabled again", async () => {
    const customer = await newCustomer(platform.url, "pro");
    const admin = client(platform.url, { authorization: `Bearer ${await accessToken("admin")}` });
    const created = await customer.call("POST", "/v1/jobs", order("paused account tools", 4000));
    const id = created.body.data.job_id as string;
    expect((await admin("PATCH", `/v1/users/${customer.id}`, { disabled: true })).status).toBe(200);
    const work = runner(2);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const waiting = await platform.database.db
        .selectFrom("jobs")
        .select(["status", "locked_by"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(waiting).toEqual({ status: "RECEIVE", locked_by: null });
      await admin("PATCH", `/v1/users/${customer.id}`, { disabled: false });
      await allFinal([id]);
    } finally {
      await work.stop();
    }
  }, 60_000);

  it("runs a batch chunk by chunk, at most parallel_jobs at a time", async () => {
    const customer = await newCustomer(platform.url, "pro");
    const created = await customer.call("POST", "/v1/batches", {
      name: "chunks of three",
      jobs: Array.from({ length: 7 }, (_, i) => order(`chunked planning tools ${i}`, 3000 + i)),
      options: { chunk_size: 3, parallel_jobs: 2 },
    });
    const { batch_id, job_ids } = created.body.data as { batch_id: string; job_ids: string[] };
    expect(created.body.data.progress).toMatchObject({ in_progress: 3, pending: 4 });
    const work = runner(10);
    try {
      const peak = await peakRunning({ batch_id }, allFinal(job_ids));
      expect(peak).toBeLessThanOrEqual(2);
      const times = await timeline(job_ids);
      const chunks = [job_ids.slice(0, 3), job_ids.slice(3, 6), job_ids.slice(6)];
      for (let k = 1; k < chunks.length; k++) {
        const previousEnd = Math.max(...(chunks[k - 1] ?? []).map((id) => times.get(id)?.end ?? Number.NaN));
        const nextStart = Math.min(...(chunks[k] ?? []).map((id) => times.get(id)?.start ?? Number.NaN));
        expect(nextStart).toBeGreaterThanOrEqual(previousEnd);
      }
      const done = await customer.call("GET", `/v1/batches/${batch_id}`);
      expect(done.body.data).toMatchObject({ status: "COMPLETED", progress: { percentage: 100 } });
    } finally {
      await work.stop();
    }
  }, 120_000);
});

describe("footprint control", () => {
  it("rewrites the parts of a later article that repeat an earlier one of its batch for the same target", async () => {
    const customer = await newCustomer(platform.url, "pro");
    const sameTarget = (anchor: string) => ({ ...order(anchor, 9000), target_url: `${sites.base}/product` });
    const created = await customer.call("POST", "/v1/batches", {
      name: "one target twice",
      jobs: [sameTarget("project planning tools"), sameTarget("tools for project planning")],
      options: { chunk_size: 1, parallel_jobs: 1 },
    });
    const { batch_id, job_ids } = created.body.data as { batch_id: string; job_ids: string[] };
    const work = runner(2);
    try {
      await allFinal(job_ids);
    } finally {
      await work.stop();
    }
    const first = (await customer.call("GET", `/v1/jobs/${job_ids[0]}`)).body.data;
    const second = (await customer.call("GET", `/v1/jobs/${job_ids[1]}`)).body.data;
    expect(first.status).toBe("DELIVER");
    expect(first.qc_report.checks.originality.footprint.similarity).toBe(0);
    const history = second.state_history.map(
      (t: { state: string; note?: string }) => `${t.state} ${t.note ?? ""}`,
    );
    expect(history.join("\n")).toMatch(/QC score [\d.]+, FAIL/);
    expect(second.qc_report.rescue.map((r: { action: string }) => r.action)).toContain("rewrite_sections");
    expect(second.status).toBe("DELIVER");
    const measured = second.qc_report.checks.originality.footprint;
    expect(measured.similarity).toBeLessThanOrEqual(measured.max_similarity);
    const batch = await customer.call("GET", `/v1/batches/${batch_id}`);
    expect(batch.body.data.anchors).toEqual([
      expect.objectContaining({ jobs: 2, exact_match_anchor: null, exact_match_share: 0, warning: false }),
    ]);
  }, 120_000);
});

describe("a 175-job batch", () => {
  it("runs to COMPLETED through the worker, its progress adding up at every event", async () => {
    const customer = await newCustomer(platform.url, "pro");
    const created = await customer.call("POST", "/v1/batches", {
      name: "175 articles",
      jobs: Array.from({ length: 175 }, (_, i) => order(`project planning tools ${i}`, 5000 + i)),
      options: { chunk_size: 25, parallel_jobs: 20, preflight_mode: "light", strategy: "single_stage" },
    });
    expect(created.status).toBe(201);
    const { batch_id } = created.body.data;
    const events: { status: string; progress: Record<string, number>; summary: Record<string, number> }[] =
      [];
    const stream = fetch(`${platform.url}/v1/batches/${batch_id}/events`, {
      headers: { authorization: `Bearer ${customer.token}` },
    }).then(async (response) => {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
      const parser = createParser({
        onEvent: (event) => {
          if (event.event === "progress") events.push(JSON.parse(event.data));
        },
      });
      parser.feed(await response.text());
    });
    const work = runner(20);
    try {
      await stream;
    } finally {
      await work.stop();
    }
    expect(events.length).toBeGreaterThan(5);
    let lastPercentage = -1;
    for (const event of events) {
      const p = event.progress;
      const sum =
        (p.completed ?? 0) +
        (p.in_progress ?? 0) +
        (p.pending ?? 0) +
        (p.failed ?? 0) +
        (p.blocked ?? 0) +
        (p.cancelled ?? 0);
      expect(sum).toBe(175);
      expect(p.percentage).toBeGreaterThanOrEqual(lastPercentage);
      lastPercentage = p.percentage ?? 0;
    }
    const last = events.at(-1);
    expect(last).toMatchObject({
      status: "COMPLETED",
      progress: { percentage: 100, pending: 0, in_progress: 0 },
    });
    expect(last?.summary.successful_jobs).toBe(175);
    const read = await customer.call("GET", `/v1/batches/${batch_id}`);
    expect(read.body.data.summary).toMatchObject({ successful_jobs: 175, blocked_jobs: 0, failed_jobs: 0 });
    expect(read.body.data.summary.avg_qc_score).toBeGreaterThan(80);
  }, 300_000);
});
