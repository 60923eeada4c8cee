import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { accessToken, client, newCustomer, startTestPlatform } from "./harness";

// The Batch API over HTTP, without a worker: what creation, reading, listing and cancelling answer.
let platform: Platform;
let pro: Awaited<ReturnType<typeof newCustomer>>;
let other: Awaited<ReturnType<typeof newCustomer>>;

beforeAll(async () => {
  platform = await startTestPlatform({
    FETCH_ALLOW_PRIVATE_HOSTS: "",
    ANTHROPIC_API_KEY: "sk-ant-test-unused",
    OPENAI_API_KEY: "sk-test-unused",
  });
  pro = await newCustomer(platform.url, "pro");
  other = await newCustomer(platform.url, "pro");
});
afterAll(async () => {
  await platform?.close();
});

const job = (i: number, extra: Record<string, unknown> = {}) => ({
  publisher_domain: i % 2 ? "aftonbladet.se" : "svd.se",
  target_url: `https://example.com/product-${i}`,
  anchor_text: `best project tools ${i}`,
  ...extra,
});
const jobs = (n: number) => Array.from({ length: n }, (_, i) => job(i));

async function countJobs(userId: string): Promise<number> {
  const row = await platform.database.db
    .selectFrom("jobs")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("POST /v1/batches", () => {
  it("creates 175 jobs in one call and answers the seed's body: 25 released, 150 waiting", async () => {
    const started = performance.now();
    const created = await pro.call("POST", "/v1/batches", {
      name: "Swedish News Sites - December 2025",
      jobs: jobs(175),
      options: { llm_provider: "anthropic", strategy: "multi_stage", chunk_size: 25, parallel_jobs: 5 },
    });
    const elapsed = performance.now() - started;
    expect(created.status).toBe(201);
    const batch = created.body.data;
    expect(batch.batch_id).toMatch(/^batch_/);
    expect(batch).toMatchObject({
      name: "Swedish News Sites - December 2025",
      total_jobs: 175,
      status: "RUNNING",
      progress: {
        completed: 0,
        in_progress: 25,
        pending: 150,
        failed: 0,
        blocked: 0,
        cancelled: 0,
        percentage: 0,
      },
      options: { chunk_size: 25, parallel_jobs: 5, llm_provider: "anthropic", strategy: "multi_stage" },
      notices: [],
    });
    expect(new Date(batch.estimated_completion).getTime()).toBeGreaterThan(
      new Date(batch.created_at).getTime(),
    );
    expect(batch.job_ids).toHaveLength(175);
    // Printed, not asserted: timings belong to benchmarks (pnpm bench:batch), not to tests.
    console.info(`175-job batch created over HTTP in ${elapsed.toFixed(0)} ms`);

    const read = await pro.call("GET", `/v1/batches/${batch.batch_id}`);
    expect(read.status).toBe(200);
    expect(read.body.data.job_ids).toEqual(batch.job_ids);
    expect(read.body.data.summary).toMatchObject({
      successful_jobs: 0,
      blocked_jobs: 0,
      failed_jobs: 0,
      avg_qc_score: null,
      total_cost: 0,
    });

    // The batch's jobs are ordinary jobs: listed by batch, each naming its batch, in submission order.
    const listed = await pro.call("GET", `/v1/jobs?batch_id=${batch.batch_id}&limit=100&sort=created_at`);
    expect(listed.body.data.pagination.total).toBe(175);
    expect(listed.body.data.jobs.every((j: { batch_id: string }) => j.batch_id === batch.batch_id)).toBe(
      true,
    );
    const last = await pro.call("GET", `/v1/jobs/${batch.job_ids[174]}`);
    expect(last.body.data).toMatchObject({
      batch_id: batch.batch_id,
      status: "RECEIVE",
      anchor_text: "best project tools 174",
    });
    expect(last.body.data.state_history[0].note).toMatch(/chunk 7 of 7/);
  });

  it("lets a job's own options override the batch's", async () => {
    const created = await pro.call("POST", "/v1/batches", {
      name: "mixed providers",
      jobs: [job(1), job(2, { options: { llm_provider: "openai", strategy: "single_stage" } })],
      options: { llm_provider: "anthropic", strategy: "multi_stage", custom_instructions: "Friendly tone." },
    });
    expect(created.status).toBe(201);
    const [first, second] = created.body.data.job_ids;
    const a = (await pro.call("GET", `/v1/jobs/${first}`)).body.data;
    const b = (await pro.call("GET", `/v1/jobs/${second}`)).body.data;
    expect(a.options).toMatchObject({
      llm_provider: "anthropic",
      strategy: "multi_stage",
      custom_instructions: "Friendly tone.",
    });
    expect(b.options).toMatchObject({
      llm_provider: "openai",
      strategy: "single_stage",
      custom_instructions: "Friendly tone.",
    });
  });

  it("refuses the whole batch for one invalid job, naming it by index, and creates nothing", async () => {
    const before = await countJobs(pro.id);
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ anchor_text: "ab" }, 3, "VALIDATION_ERROR", "jobs[3].anchor_text"],
      [{ anchor_text: "x".repeat(151) }, 1, "ANCHOR_TOO_LONG", "jobs[1].anchor_text"],
      [{ target_url: "http://127.0.0.1:8080/admin" }, 2, "INVALID_URL", "jobs[2].target_url"],
      [{ target_url: "http://[::1]/" }, 0, "INVALID_URL", "jobs[0].target_url"],
      [{ target_url: "not a url" }, 4, "INVALID_URL", "jobs[4].target_url"],
      [{ publisher_domain: "10.0.0.1" }, 2, "INVALID_PUBLISHER", "jobs[2].publisher_domain"],
      [{ options: { llm_provider: "google" } }, 1, "VALIDATION_ERROR", "jobs[1].options.llm_provider"],
      [{ publisher_domain: undefined }, 0, "VALIDATION_ERROR", "jobs[0].publisher_domain"],
      [{ anchor_text: 42 }, 3, "VALIDATION_ERROR", "jobs[3].anchor_text"],
    ];
    for (const [change, index, code, field] of cases) {
      const list = jobs(5);
      list[index] = { ...list[index], ...change } as (typeof list)[number];
      const refused = await pro.call("POST", "/v1/batches", { name: "one bad job", jobs: list });
      expect(refused.status, JSON.stringify(change)).toBe(400);
      expect(refused.body.error, JSON.stringify(change)).toMatchObject({ code, field });
    }
    expect(await countJobs(pro.id)).toBe(before);
  });

  it("refuses malformed, empty and oversized batches with a clear 400", async () => {
    const bad: unknown[] = [
      {},
      { name: "no jobs" },
      { name: "empty", jobs: [] },
      { name: "", jobs: jobs(1) },
      { name: "x".repeat(201), jobs: jobs(1) },
      { name: "not a list", jobs: "everything" },
      { name: "null job", jobs: [null] },
      { name: "chunk", jobs: jobs(2), options: { chunk_size: 0 } },
      { name: "parallel", jobs: jobs(2), options: { parallel_jobs: -1 } },
      { name: "fraction", jobs: jobs(2), options: { parallel_jobs: 2.5 } },
      { name: "cost", jobs: jobs(2), max_cost: -5 },
      { name: "cost", jobs: jobs(2), max_cost: "lots" },
      { name: "ceiling", jobs: Array.from({ length: 10_001 }, () => ({})) },
      "[1,2,3]",
      "{not json",
    ];
    for (const body of bad) {
      const refused = await pro.call("POST", "/v1/batches", body);
      expect(refused.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(refused.body.success).toBe(false);
    }
  });

  it("answers BATCH_TOO_LARGE above the tier's batch size, and a customer's own limit lifts it", async () => {
    const free = await newCustomer(platform.url, "free");
    const tooMany = await free.call("POST", "/v1/batches", { name: "too big", jobs: jobs(26) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatchObject({
      code: "BATCH_TOO_LARGE",
      field: "jobs",
      details: { max: 25, provided: 26 },
    });
    const admin = client(platform.url, { authorization: `Bearer ${await accessToken("admin")}` });
    const patched = await admin("PATCH", `/v1/users/${free.id}`, {
      limits: { batch_size: 30, concurrent_jobs: 2, requests_per_hour: 5_000 },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.data.limits).toEqual({
      batch_size: 30,
      concurrent_jobs: 2,
      requests_per_hour: 5_000,
    });
    // Admin changes take effect at once on this process (the principal cache is told).
    const allowed = await free.call("POST", "/v1/batches", {
      name: "custom",
      jobs: jobs(26),
      options: { parallel_jobs: 8 },
    });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get("x-ratelimit-limit")).toBe("5000");
    expect(allowed.body.data.options.parallel_jobs).toBe(2);
    expect(allowed.body.data.notices).toEqual([
      expect.objectContaining({
        code: "PARALLEL_JOBS_CLAMPED",
        details: { requested: 8, applied: 2, max: 2 },
      }),
    ]);
    const over = await free.call("POST", "/v1/batches", { name: "over custom", jobs: jobs(31) });
    expect(over.body.error).toMatchObject({ code: "BATCH_TOO_LARGE", details: { max: 30, provided: 31 } });
    // null goes back to the tier's.
    const reset = await admin("PATCH", `/v1/users/${free.id}`, { limits: { batch_size: null } });
    expect(reset.body.data.limits).toEqual({
      batch_size: null,
      concurrent_jobs: 2,
      requests_per_hour: 5_000,
    });
    const again = await free.call("POST", "/v1/batches", { name: "too big again", jobs: jobs(26) });
    expect(again.body.error).toMatchObject({ code: "BATCH_TOO_LARGE", details: { max: 25, provided: 26 } });
    const badLimit = await admin("PATCH", `/v1/users/${free.id}`, { limits: { batch_size: 0 } });
    expect(badLimit.status).toBe(400);
  });

  it("replays a retried batch with the same idempotency key and refuses the key for another batch", async () => {
    const body = { name: "retry me", jobs: jobs(3), idempotency_key: `batch-key-${Math.random()}` };
    const first = await pro.call("POST", "/v1/batches", body);
    expect(first.status).toBe(201);
    const retry = await pro.call("POST", "/v1/batches", body);
    expect(retry.status).toBe(200);
    expect(retry.body.data.batch_id).toBe(first.body.data.batch_id);
    expect(retry.body.data.job_ids).toEqual(first.body.data.job_ids);
    const reused = await pro.call("POST", "/v1/batches", { ...body, jobs: jobs(4) });
    expect(reused.status).toBe(422);
    expect(reused.body.error).toMatchObject({
      code: "IDEMPOTENCY_KEY_REUSED",
      details: { batch_id: first.body.data.batch_id },
    });
    const header = `hdr-${Math.random()}`;
    const viaHeader = await pro.call(
      "POST",
      "/v1/batches",
      { name: "hdr", jobs: jobs(2) },
      { "idempotency-key": header },
    );
    const viaHeaderAgain = await pro.call(
      "POST",
      "/v1/batches",
      { name: "hdr", jobs: jobs(2) },
      { "idempotency-key": header },
    );
    expect(viaHeader.status).toBe(201);
    expect(viaHeaderAgain.status).toBe(200);
    expect(viaHeaderAgain.body.data.batch_id).toBe(viaHeader.body.data.batch_id);
  });
});

describe("GET, list and DELETE /v1/batches", () => {
  it("is owner-scoped: another user's batch is 404 BATCH_NOT_FOUND", async () => {
    const created = await pro.call("POST", "/v1/batches", { name: "mine", jobs: jobs(2) });
    const id = created.body.data.batch_id;
    for (const [method, path] of [
      ["GET", `/v1/batches/${id}`],
      ["DELETE", `/v1/batches/${id}`],
      ["GET", `/v1/batches/${id}/events`],
    ] as const) {
      const answer = await other.call(method, path);
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.body.error.code).toBe("BATCH_NOT_FOUND");
    }
    expect((await pro.call("GET", "/v1/batches/batch_doesnotexist")).body.error.code).toBe("BATCH_NOT_FOUND");
    const listed = await other.call("GET", `/v1/jobs?batch_id=${id}`);
    expect(listed.body.data.pagination.total).toBe(0);
  });

  it("lists batches newest first, paginated and filtered by status", async () => {
    const customer = await newCustomer(platform.url, "pro");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(
        (await customer.call("POST", "/v1/batches", { name: `b${i}`, jobs: jobs(2) })).body.data.batch_id,
      );
    }
    await customer.call("DELETE", `/v1/batches/${ids[1]}`);
    const page = await customer.call("GET", "/v1/batches?limit=2");
    expect(page.status).toBe(200);
    expect(page.body.data.batches.map((b: { batch_id: string }) => b.batch_id)).toEqual([ids[2], ids[1]]);
    expect(page.body.data.pagination).toMatchObject({ total: 3, has_more: true, next_offset: 2 });
    const cancelled = await customer.call("GET", "/v1/batches?status=CANCELLED");
    expect(cancelled.body.data.batches.map((b: { batch_id: string }) => b.batch_id)).toEqual([ids[1]]);
    const running = await customer.call("GET", "/v1/batches?status=RUNNING");
    expect(running.body.data.pagination.total).toBe(2);
    expect((await customer.call("GET", "/v1/batches?status=DONE")).status).toBe(400);
    expect((await customer.call("GET", "/v1/batches?limit=0")).status).toBe(400);
  });

  it("cancels every unfinished job, keeps final ones, and answers a second DELETE the same", async () => {
    const created = await pro.call("POST", "/v1/batches", { name: "to cancel", jobs: jobs(4) });
    const { batch_id, job_ids } = created.body.data;
    // One job finished before the cancel: it keeps its state.
    await pro.call("DELETE", `/v1/jobs/${job_ids[0]}`);
    const cancelled = await pro.call("DELETE", `/v1/batches/${batch_id}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({
      status: "CANCELLED",
      progress: { cancelled: 4, pending: 0, in_progress: 0, percentage: 0 },
      summary: { cancelled_jobs: 4 },
    });
    const again = await pro.call("DELETE", `/v1/batches/${batch_id}`);
    expect(again.status).toBe(200);
    expect(again.body.data.cancelled_at).toBe(cancelled.body.data.cancelled_at);
    const history = (await pro.call("GET", `/v1/jobs/${job_ids[2]}`)).body.data.state_history;
    expect(history.at(-1)).toMatchObject({ state: "CANCELLED", note: "cancelled with its batch" });
    const first = (await pro.call("GET", `/v1/jobs/${job_ids[0]}`)).body.data.state_history;
    expect(first.at(-1)).toMatchObject({ state: "CANCELLED", note: "cancelled by the owner" });
  });

  it("marks a batch COMPLETED once its last job is final; it then cannot be cancelled", async () => {
    const created = await pro.call("POST", "/v1/batches", { name: "one by one", jobs: jobs(2) });
    const { batch_id, job_ids } = created.body.data;
    for (const id of job_ids) await pro.call("DELETE", `/v1/jobs/${id}`);
    const read = await pro.call("GET", `/v1/batches/${batch_id}`);
    expect(read.body.data).toMatchObject({
      status: "COMPLETED",
      progress: { cancelled: 2, percentage: 0 },
    });
    const refused = await pro.call("DELETE", `/v1/batches/${batch_id}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("CANNOT_CANCEL_COMPLETED_BATCH");
  });

  it("settles a batch whose jobs all ended on any read, should the settling after the last job have been lost", async () => {
    const created = await pro.call("POST", "/v1/batches", { name: "lost settle", jobs: jobs(3) });
    const { batch_id, job_ids } = created.body.data;
    // As a worker that died between a job's final change and settling its batch would leave it.
    await platform.database.db
      .updateTable("jobs")
      .set({ status: "DELIVER", completed_at: new Date() })
      .where("id", "in", job_ids)
      .execute();
    const read = await pro.call("GET", `/v1/batches/${batch_id}`);
    expect(read.body.data).toMatchObject({
      status: "COMPLETED",
      progress: { completed: 3, in_progress: 0, pending: 0, percentage: 100 },
    });
    expect((await pro.call("DELETE", `/v1/batches/${batch_id}`)).body.error.code).toBe(
      "CANNOT_CANCEL_COMPLETED_BATCH",
    );
  });

  it("reports percentage as the share delivered, as the seed's example does (87 of 175: 49.7)", async () => {
    const created = await pro.call("POST", "/v1/batches", { name: "seed figures", jobs: jobs(175) });
    const ids: string[] = created.body.data.job_ids;
    const set = (from: number, to: number, status: "DELIVER" | "ERROR") =>
      platform.database.db
        .updateTable("jobs")
        .set({ status, completed_at: new Date() })
        .where("id", "in", ids.slice(from, to))
        .execute();
    await set(0, 87, "DELIVER");
    await set(87, 92, "ERROR");
    const read = await pro.call("GET", `/v1/batches/${created.body.data.batch_id}`);
    expect(read.body.data.progress).toEqual({
      completed: 87,
      in_progress: 8,
      pending: 75,
      failed: 5,
      blocked: 0,
      cancelled: 0,
      percentage: 49.7,
    });
    await pro.call("DELETE", `/v1/batches/${created.body.data.batch_id}`);
  });
});
