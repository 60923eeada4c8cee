import type { JobStatus } from "@bacowr/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobRepository, type DatabaseHandle, migrateToLatest, openDatabase } from "../src";
import { batchJobRow, batchRow, insertBatchOwner, testTarget } from "./fixtures/batch-rows";

let handle: DatabaseHandle;
const suffix = Math.random().toString(36).slice(2, 8);
const batchId = `batch_budget_${suffix}`;

beforeAll(async () => {
  handle = await openDatabase(testTarget);
  await migrateToLatest(handle.db);
  const userId = await insertBatchOwner(handle.db, `budget_${suffix}`);
  await handle.db
    .insertInto("batches")
    .values(batchRow(batchId, userId, { total_jobs: 5, max_cost: 2 }))
    .execute();
  const job = (n: number, status: JobStatus, cost: number, estimated: number, leased: boolean) =>
    batchJobRow(`job_budget_${suffix}_${n}`, userId, batchId, n, {
      status,
      cost_llm: cost,
      estimated_cost: estimated,
      locked_by: leased ? "worker" : null,
      locked_until: leased ? new Date(Date.now() + 60_000) : null,
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

describe(`a batch's budget on ${testTarget.kind}`, () => {
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
