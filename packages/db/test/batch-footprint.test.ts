import { type JobStatus, sameTargetUrls } from "@bacowr/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobRepository, type DatabaseHandle, migrateToLatest, openDatabase } from "../src";
import { batchJobRow, batchRow, insertBatchOwner, testTarget } from "./fixtures/batch-rows";

let handle: DatabaseHandle;
const suffix = Math.random().toString(36).slice(2, 8);
const batchId = `batch_fp_${suffix}`;
const otherBatch = `batch_fp_other_${suffix}`;
const id = (n: number) => `job_fp_${suffix}_${n}`;

beforeAll(async () => {
  handle = await openDatabase(testTarget);
  await migrateToLatest(handle.db);
  const userId = await insertBatchOwner(handle.db, `fp_${suffix}`);
  const batch = (batch: string) => batchRow(batch, userId, { total_jobs: 3, max_cost: null });
  await handle.db
    .insertInto("batches")
    .values([batch(batchId), batch(otherBatch)])
    .execute();
  const job = (n: number, batch: string, status: JobStatus, completedMinute: number | null) =>
    batchJobRow(id(n), userId, batch, n, {
      status,
      target_url: `https://t.example/${n % 2 ? "a" : "b"}`,
      completed_at: completedMinute === null ? null : new Date(Date.UTC(2026, 10, 1, 0, completedMinute)),
      article: JSON.stringify({
        title: `Article ${n}`,
        content: `# Article ${n}\n\nText of article ${n}.\n`,
        word_count: 4,
        backlink: { anchor_text: "anchor text", target_url: "https://t.example/", position: null },
      }),
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

describe(`a batch's delivered articles on ${testTarget.kind}`, () => {
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
