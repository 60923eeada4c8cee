import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhookRepository, type DatabaseHandle, migrateToLatest, openDatabase } from "../src";
import { batchJobRow, batchRow, insertBatchOwner, testTarget } from "./fixtures/batch-rows";

let handle: DatabaseHandle;
const suffix = Math.random().toString(36).slice(2, 8);
const webhookId = `wh_paused_${suffix}`;
let userId = "";

beforeAll(async () => {
  handle = await openDatabase(testTarget);
  await migrateToLatest(handle.db);
  userId = await insertBatchOwner(handle.db, `paused_${suffix}`);
  await handle.db
    .insertInto("webhook_subscriptions")
    .values({
      id: webhookId,
      user_id: userId,
      url: "https://hooks.example.com/in",
      events: JSON.stringify(["job.created"]),
      secret_encrypted: "sealed",
      active: false,
      disabled_at: new Date(),
      disabled_reason: "every delivery failed for 3 days",
    })
    .execute();
});
afterAll(() => handle?.close());

describe(`a paused or disabled webhook on ${testTarget.kind}`, () => {
  it("still gets its events recorded, claimed only once it is active again", async () => {
    const batchId = `batch_paused_${suffix}`;
    await handle.db
      .insertInto("batches")
      .values(batchRow(batchId, userId, { total_jobs: 1, max_cost: null }))
      .execute();
    const jobId = `job_paused_${suffix}`;
    await handle.db
      .insertInto("jobs")
      .values(batchJobRow(jobId, userId, batchId, 0, { status: "RECEIVE" }))
      .execute();
    const waiting = await handle.db
      .selectFrom("webhook_deliveries")
      .select(["event", "status", "data"])
      .where("subscription_id", "=", webhookId)
      .execute();
    expect(waiting).toMatchObject([{ event: "job.created", status: "pending", data: { job_id: jobId } }]);

    const repository = createWebhookRepository(handle.db);
    const future = new Date(Date.now() + 60_000);
    const mine = async () =>
      (await repository.claimDue(future, new Date(future.getTime() + 60_000), 1000)).filter(
        (due) => due.subscription.id === webhookId,
      );
    expect(await mine()).toEqual([]);
    await repository.update(
      webhookId,
      userId,
      { active: true, disabled_at: null, disabled_reason: null },
      new Date(),
    );
    const claimed = await mine();
    expect(claimed.map((due) => due.delivery.event)).toEqual(["job.created"]);
  });
});
