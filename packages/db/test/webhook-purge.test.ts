import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrateToLatest, openDatabase, purgeExpiredWebhookDeliveries } from "../src";
import { insertBatchOwner, testTarget } from "./fixtures/batch-rows";

let handle: DatabaseHandle;
const suffix = Math.random().toString(36).slice(2, 8);
const subscriptionId = `wh_purge_${suffix}`;
const pausedId = `wh_paused_${suffix}`;
const day = 86_400_000;
const now = Date.now();

beforeAll(async () => {
  handle = await openDatabase(testTarget);
  await migrateToLatest(handle.db);
  const userId = await insertBatchOwner(handle.db, `purge_${suffix}`);
  const subscription = (id: string, active: boolean) => ({
    id,
    user_id: userId,
    url: "https://hooks.example.com/in",
    events: JSON.stringify(["job.created"]),
    secret_encrypted: "sealed",
    active,
  });
  await handle.db
    .insertInto("webhook_subscriptions")
    .values([subscription(subscriptionId, true), subscription(pausedId, false)])
    .execute();
  const delivery = (
    name: string,
    status: "pending" | "delivered" | "dead",
    ageDays: number,
    owner = subscriptionId,
  ) => {
    const at = new Date(now - ageDays * day);
    return {
      id: `whd_${name}_${suffix}`,
      subscription_id: owner,
      event_id: `evt_${name}_${suffix}`,
      event: "job.created",
      occurred_at: at,
      data: JSON.stringify({}),
      status,
      next_attempt_at: at,
      created_at: at,
      // As the fan-out writes them for a paused webhook.
      held: owner === pausedId,
    };
  };
  await handle.db
    .insertInto("webhook_deliveries")
    .values([
      delivery("old_delivered", "delivered", 40),
      delivery("old_dead", "dead", 31),
      delivery("old_pending", "pending", 40),
      delivery("new_delivered", "delivered", 5),
      delivery("paused_old_pending", "pending", 40, pausedId),
      delivery("paused_new_pending", "pending", 5, pausedId),
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
  it("deletes finished deliveries and a paused webhook's waiting ones past the retention, never an active webhook's pending one", async () => {
    const purged = await purgeExpiredWebhookDeliveries(handle.db, new Date(now - 30 * day), 100);
    expect(purged).toBeGreaterThanOrEqual(3);
    const left = await handle.db
      .selectFrom("webhook_deliveries")
      .select("id")
      .where("subscription_id", "in", [subscriptionId, pausedId])
      .orderBy("id")
      .execute();
    expect(left.map((row) => row.id)).toEqual([
      `whd_new_delivered_${suffix}`,
      `whd_old_pending_${suffix}`,
      `whd_paused_new_pending_${suffix}`,
    ]);
    const attempts = await handle.db
      .selectFrom("webhook_delivery_attempts")
      .select("id")
      .where("delivery_id", "=", `whd_old_delivered_${suffix}`)
      .execute();
    expect(attempts).toEqual([]);
  });
});
