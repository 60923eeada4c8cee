import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrateToLatest, openDatabase, purgeFinishedWebhookDeliveries } from "../src";
import { insertBatchOwner, testTarget } from "./fixtures/batch-rows";

let handle: DatabaseHandle;
const suffix = Math.random().toString(36).slice(2, 8);
const subscriptionId = `wh_purge_${suffix}`;
const day = 86_400_000;
const now = Date.now();

beforeAll(async () => {
  handle = await openDatabase(testTarget);
  await migrateToLatest(handle.db);
  const userId = await insertBatchOwner(handle.db, `purge_${suffix}`);
  await handle.db
    .insertInto("webhook_subscriptions")
    .values({
      id: subscriptionId,
      user_id: userId,
      url: "https://hooks.example.com/in",
      events: JSON.stringify(["job.created"]),
      secret_encrypted: "sealed",
    })
    .execute();
  const delivery = (name: string, status: "pending" | "delivered" | "dead", ageDays: number) => {
    const at = new Date(now - ageDays * day);
    return {
      id: `whd_${name}_${suffix}`,
      subscription_id: subscriptionId,
      event_id: `evt_${name}_${suffix}`,
      event: "job.created",
      occurred_at: at,
      data: JSON.stringify({}),
      status,
      next_attempt_at: at,
      created_at: at,
    };
  };
  await handle.db
    .insertInto("webhook_deliveries")
    .values([
      delivery("old_delivered", "delivered", 40),
      delivery("old_dead", "dead", 31),
      delivery("old_pending", "pending", 40),
      delivery("new_delivered", "delivered", 5),
    ])
    .execute();
  await handle.db
    .insertInto("webhook_delivery_attempts")
    .values({
      delivery_id: `whd_old_delivered_${suffix}`,
      attempt: 1,
      at: new Date(now - 40 * day),
      duration_ms: 5,
    })
    .execute();
});
afterAll(() => handle?.close());

describe(`purging webhook deliveries on ${testTarget.kind}`, () => {
  it("deletes finished deliveries past the retention, with their attempts, and never a pending one", async () => {
    const purged = await purgeFinishedWebhookDeliveries(handle.db, new Date(now - 30 * day), 100);
    expect(purged).toBeGreaterThanOrEqual(2);
    const left = await handle.db
      .selectFrom("webhook_deliveries")
      .select("id")
      .where("subscription_id", "=", subscriptionId)
      .orderBy("id")
      .execute();
    expect(left.map((row) => row.id)).toEqual([`whd_new_delivered_${suffix}`, `whd_old_pending_${suffix}`]);
    const attempts = await handle.db
      .selectFrom("webhook_delivery_attempts")
      .select("id")
      .where("delivery_id", "=", `whd_old_delivered_${suffix}`)
      .execute();
    expect(attempts).toEqual([]);
  });
});
