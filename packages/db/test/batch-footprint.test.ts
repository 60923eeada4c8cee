import { sameTargetUrls } from "@bacowr/core";
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
const batchId = `batch_fp_${suffix}`;
const otherBatch = `batch_fp_other_${suffix}`;
const id = (n: number) => `job_fp_${suffix}_${n}`;

beforeAll(async () => {
  handle = await openDatabase(target);
  await migrateToLatest(handle.db);
  const userId = `user_fp_${suffix}`;
  await handle.db
    .insertInto("users")
    .values({
      id: userId,
      email: `fp-${suffix}@example.com`,
      password_hash: "x",
      role: "user",
      tier: "pro",
      disabled_at: null,
      rate_limit_per_hour: null,
      max_concurrent_jobs: null,
      max_batch_size: null,
    })
    .execute();
  const batch = (batch: string) => ({
    id: batch,
    user_id: userId,
    name: "b",
    status: "RUNNING" as const,
    options: {},
    total_jobs: 3,
    max_cost: null,
  });
  await handle.db
    .insertInto("batches")
    .values([batch(batchId), batch(otherBatch)])
    .execute();
  const job = (n: number, batch: string, status: string, completedMinute: number | null) => ({
    id: id(n),
    user_id: userId,
    batch_id: batch,
    batch_position: n,
    publisher_domain: "p.example",
    target_url: `https://t.example/${n % 2 ? "a" : "b"}`,
    anchor_text: "anchor text",
    options: { llm_provider: "anthropic", strategy: "single_stage", preflight_mode: "light" } as const,
    status: status as "DELIVER",
    cost_llm: 0,
    cost_serp: 0,
    max_cost: null,
    estimated_cost: 0,
    error_code: null,
    error_message: null,
    locked_by: null,
    locked_until: null,
    cancel_requested_at: null,
    estimated_completion: null,
    completed_at: completedMinute === null ? null : new Date(Date.UTC(2026, 10, 1, 0, completedMinute)),
    article: JSON.stringify({
      title: `Article ${n}`,
      content: `# Article ${n}\n\nText of article ${n}.\n`,
      word_count: 4,
      backlink: { anchor_text: "anchor text", target_url: "https://t.example/", position: null },
    }),
    qc_report: null,
  });
  await handle.db
    .insertInto("jobs")
    .values([
      job(0, batchId, "DELIVER", 5), // delivered later than job 2
      job(1, batchId, "BLOCKED", 1), // not delivered: not a sibling
      job(2, batchId, "DELIVER", 2),
      job(3, batchId, "QC", null), // the job asking
      job(4, otherBatch, "DELIVER", 3), // another batch
      { ...job(5, batchId, "WRITE", null), article: null },
      { ...job(6, batchId, "DELIVER", 4), target_url: "https://www.t.example/b/" }, // the same page, spelt otherwise
      job(7, batchId, "DELIVER", 6), // another target
    ])
    .execute();
});
afterAll(() => handle?.close());

describe(`a batch's delivered articles on ${target.kind}`, () => {
  const forms = sameTargetUrls("https://t.example/b");

  it("lists the batch's other delivered articles for the target, oldest delivery first", async () => {
    const jobs = createJobRepository(handle.db);
    expect(await jobs.deliveredInBatch(batchId, id(3), forms)).toEqual([
      { job_id: id(2), target_url: "https://t.example/b", content: "# Article 2\n\nText of article 2.\n" },
      {
        job_id: id(6),
        target_url: "https://www.t.example/b/",
        content: "# Article 6\n\nText of article 6.\n",
      },
      { job_id: id(0), target_url: "https://t.example/b", content: "# Article 0\n\nText of article 0.\n" },
    ]);
    // A delivered job asking (a resumed QC) does not compare with itself.
    expect((await jobs.deliveredInBatch(batchId, id(2), forms)).map((s) => s.job_id)).toEqual([id(6), id(0)]);
    expect(
      (await jobs.deliveredInBatch(batchId, id(3), ["https://t.example/a"])).map((s) => s.job_id),
    ).toEqual([id(7)]);
  });

  it("finds nothing in a batch without deliveries, or for no target", async () => {
    const jobs = createJobRepository(handle.db);
    expect(await jobs.deliveredInBatch("batch_missing", id(3), forms)).toEqual([]);
    expect(await jobs.deliveredInBatch(batchId, id(3), [])).toEqual([]);
  });
});
