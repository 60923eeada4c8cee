import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createJobRepository,
  type DatabaseHandle,
  type DatabaseTarget,
  migrateToLatest,
  openDatabase,
} from "../src";

// The suite runs on in-memory PGlite, and on the real server when CI sets DATABASE_URL.
const target: DatabaseTarget = process.env.DATABASE_URL
  ? { kind: "postgres", url: process.env.DATABASE_URL }
  : { kind: "pglite", dataDir: "memory" };

let handle: DatabaseHandle;
const suffix = Math.random().toString(36).slice(2, 8);
const batchId = `batch_budget_${suffix}`;

beforeAll(async () => {
  handle = await openDatabase(target);
  await migrateToLatest(handle.db);
  const userId = `user_budget_${suffix}`;
  await handle.db
    .insertInto("users")
    .values({
      id: userId,
      email: `budget-${suffix}@example.com`,
      password_hash: "x",
      role: "user",
      tier: "pro",
      disabled_at: null,
      rate_limit_per_hour: null,
      max_concurrent_jobs: null,
      max_batch_size: null,
    })
    .execute();
  await handle.db
    .insertInto("batches")
    .values({
      id: batchId,
      user_id: userId,
      name: "b",
      status: "RUNNING",
      options: {},
      total_jobs: 5,
      max_cost: 2,
    })
    .execute();
  const job = (n: number, status: string, cost: number, estimated: number, leased: boolean) => ({
    id: `job_budget_${suffix}_${n}`,
    user_id: userId,
    batch_id: batchId,
    batch_position: n,
    publisher_domain: "p.example",
    target_url: "https://t.example/",
    anchor_text: "anchor text",
    options: { llm_provider: "anthropic", strategy: "single_stage", preflight_mode: "light" } as const,
    status: status as "WRITE",
    cost_llm: cost,
    cost_serp: 0,
    max_cost: null,
    estimated_cost: estimated,
    error_code: null,
    error_message: null,
    locked_by: leased ? "worker" : null,
    locked_until: leased ? new Date(Date.now() + 60_000) : null,
    cancel_requested_at: null,
    estimated_completion: null,
    completed_at: null,
    article: null,
    qc_report: null,
  });
  await handle.db
    .insertInto("jobs")
    .values([
      job(0, "DELIVER", 0.3, 0.25, false), // final: spent counts, reserves nothing
      job(1, "WRITE", 0.1, 0.25, true), // running: reserves 0.15 more
      job(2, "WRITE", 0.4, 0.25, true), // running past its estimate: reserves nothing
      job(3, "RECEIVE", 0, 0.25, false), // waiting, not leased: reserves nothing yet
      job(4, "PREFLIGHT", 0.05, 0.25, true), // the job asking: its own estimate is not "reserved by others"
    ])
    .execute();
});
afterAll(() => handle?.close());

describe(`a batch's budget on ${target.kind}`, () => {
  it("sums what the batch spent and what its running jobs submitted earlier still reserve", async () => {
    const jobs = createJobRepository(handle.db);
    const budget = await jobs.batchBudget(batchId, `job_budget_${suffix}_4`);
    expect(budget?.max_cost).toBe(2);
    expect(budget?.spent).toBeCloseTo(0.85, 9);
    expect(budget?.reserved).toBeCloseTo(0.15, 9);
    // Asked by job 1, the running job 4 was submitted later: it reserves nothing against job 1, so jobs
    // started together never refuse each other and the budget goes in submission order.
    const fromJob1 = await jobs.batchBudget(batchId, `job_budget_${suffix}_1`);
    expect(fromJob1?.reserved).toBe(0);
  });

  it("knows no batch it does not have", async () => {
    expect(await createJobRepository(handle.db).batchBudget("batch_missing", "job_x")).toBeUndefined();
  });
});
