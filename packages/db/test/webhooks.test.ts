import type { JobStatus, WebhookAttemptRecord } from "@bacowr/core";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createWebhookRepository,
  type DatabaseHandle,
  type DatabaseTarget,
  migrateToLatest,
  openDatabase,
} from "../src";
import { batchJobRow, batchRow, insertBatchOwner, testTarget } from "./fixtures/batch-rows";

// The outbox as the database keeps it: which changes the triggers turn into deliveries, and the repository's
// claim, lease, finish and replay. On PostgreSQL the suite gets a database of its own, so no other suite's
// deliveries are claimed here (and no other suite's dispatcher claims these).
let handle: DatabaseHandle;
let dropScratch: (() => Promise<void>) | undefined;
const suffix = Math.random().toString(36).slice(2, 8);
let userA: string;
let userB: string;
const subAll = `wh_all_${suffix}`;
const subSome = `wh_some_${suffix}`;
const subInactive = `wh_off_${suffix}`;
const subOther = `wh_other_${suffix}`;
let counter = 0;
const unique = (prefix: string) => `${prefix}_${suffix}_${++counter}`;

const allEvents = [
  "job.created",
  "job.completed",
  "job.blocked",
  "job.failed",
  "job.cancelled",
  "batch.completed",
  "batch.cancelled",
];

async function scratchTarget(): Promise<DatabaseTarget> {
  if (testTarget.kind !== "postgres") return testTarget;
  const serverUrl = testTarget.url;
  const name = `bacowr_webhooks_${process.pid}_${suffix}`;
  const admin = new pg.Client({ connectionString: testTarget.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  dropScratch = async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  };
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { kind: "postgres", url: url.toString() };
}

let target: DatabaseTarget;

beforeAll(async () => {
  target = await scratchTarget();
  handle = await openDatabase(target);
  await migrateToLatest(handle.db);
  userA = await insertBatchOwner(handle.db, `wha_${suffix}`);
  userB = await insertBatchOwner(handle.db, `whb_${suffix}`);
  const subscription = (id: string, userId: string, events: string[], active = true) => ({
    id,
    user_id: userId,
    url: "https://93.184.216.34/in",
    events: JSON.stringify(events),
    secret_encrypted: "sealed",
    active,
  });
  await handle.db
    .insertInto("webhook_subscriptions")
    .values([
      subscription(subAll, userA, allEvents),
      subscription(subSome, userA, ["job.created", "job.completed"]),
      subscription(subInactive, userA, allEvents, false),
      subscription(subOther, userB, allEvents),
    ])
    .execute();
});
afterAll(async () => {
  await handle?.close();
  await dropScratch?.();
});

/** Deliveries whose data names one of these jobs (or batches), by subscription. */
async function deliveriesFor(ids: string[], key: "job_id" | "batch_id" = "job_id") {
  const rows = await handle.db
    .selectFrom("webhook_deliveries")
    .selectAll()
    .where(sql<boolean>`data->>${key} in (${sql.join(ids)})`)
    .orderBy("id")
    .execute();
  return {
    rows,
    of: (subscriptionId: string) => rows.filter((row) => row.subscription_id === subscriptionId),
  };
}

async function insertBatch(n: number, status: JobStatus = "RECEIVE") {
  const batchId = unique("batch");
  await handle.db
    .insertInto("batches")
    .values(batchRow(batchId, userA, { total_jobs: n, max_cost: null }))
    .execute();
  const jobIds = Array.from({ length: n }, () => unique("job"));
  // One statement for the batch's jobs, as the batch service writes them.
  await handle.db
    .insertInto("jobs")
    .values(jobIds.map((id, i) => batchJobRow(id, userA, batchId, i, { status })))
    .execute();
  return { batchId, jobIds };
}

const setStatus = (jobIds: string[], status: JobStatus) =>
  handle.db.updateTable("jobs").set({ status }).where("id", "in", jobIds).execute();

describe(`webhook triggers on ${testTarget.kind}`, () => {
  it("writes one job.created per job of a multi-row insert, each with its own event id", async () => {
    const { batchId, jobIds } = await insertBatch(3);
    const found = await deliveriesFor(jobIds);
    const all = found.of(subAll);
    expect(all.map((d) => d.event)).toEqual(["job.created", "job.created", "job.created"]);
    expect(new Set(all.map((d) => d.data.job_id))).toEqual(new Set(jobIds));
    expect(new Set(all.map((d) => d.event_id)).size).toBe(3);
    for (const delivery of all) {
      expect(delivery.event_id).toMatch(/^evt_[0-9a-f]{32}$/);
      expect(delivery.id).toMatch(/^whd_[0-9a-f]{32}$/);
      expect(delivery).toMatchObject({ status: "pending", attempts: 0, delivered_at: null });
      expect(delivery.data).toMatchObject({ status: "RECEIVE", batch_id: batchId, error: null });
    }
    // The user's other subscriptions get the same events under the same ids (a paused one keeps them until it is
    // active again); the other user's gets nothing.
    const idOf = (rows: typeof all) =>
      Object.fromEntries(rows.map((d) => [String(d.data.job_id), d.event_id]));
    expect(idOf(found.of(subSome))).toEqual(idOf(all));
    expect(idOf(found.of(subInactive))).toEqual(idOf(all));
    expect(found.of(subOther)).toEqual([]);
    expect(found.rows).toHaveLength(9);
  });

  it.each([
    ["DELIVER", "job.completed", true],
    ["BLOCKED", "job.blocked", false],
    ["ERROR", "job.failed", false],
    ["CANCELLED", "job.cancelled", false],
  ] as const)(
    "a job becoming %s is %s (to the subscriptions that asked)",
    async (status, event, bothAsked) => {
      const { jobIds } = await insertBatch(2, "WRITE");
      await setStatus(jobIds, status);
      const found = await deliveriesFor(jobIds);
      const changed = found.rows.filter((d) => d.event !== "job.created");
      expect(changed.every((d) => d.event === event)).toBe(true);
      expect(found.of(subAll).filter((d) => d.event === event)).toHaveLength(2);
      expect(found.of(subSome).filter((d) => d.event === event)).toHaveLength(bothAsked ? 2 : 0);
      expect(found.of(subInactive).filter((d) => d.event === event)).toHaveLength(2);
      expect(found.of(subOther)).toEqual([]);
      // Each job's event has one id, whichever subscription it went to.
      expect(new Set(changed.map((d) => d.event_id)).size).toBe(2);
      for (const delivery of found.of(subAll).filter((d) => d.event === event)) {
        expect(delivery.data.status).toBe(status);
      }
    },
  );

  it("writes nothing for a change to a non-final state or an update that keeps the status", async () => {
    const { jobIds } = await insertBatch(2, "RECEIVE");
    const before = (await deliveriesFor(jobIds)).rows.length;
    await setStatus(jobIds, "PREFLIGHT");
    await setStatus(jobIds, "WRITE");
    await handle.db.updateTable("jobs").set({ progress: 50 }).where("id", "in", jobIds).execute();
    expect((await deliveriesFor(jobIds)).rows).toHaveLength(before);
    await setStatus(jobIds, "DELIVER");
    const delivered = (await deliveriesFor(jobIds)).rows.length;
    expect(delivered).toBe(before + 6);
    // DELIVER again (a repeated write of the final state) and a later cost update: no second event.
    await setStatus(jobIds, "DELIVER");
    await handle.db.updateTable("jobs").set({ cost_llm: 0.5 }).where("id", "in", jobIds).execute();
    expect((await deliveriesFor(jobIds)).rows).toHaveLength(delivered);
  });

  it("writes batch.completed and batch.cancelled with the batch's counts", async () => {
    const { batchId, jobIds } = await insertBatch(4, "WRITE");
    await setStatus([jobIds[0] as string], "DELIVER");
    await setStatus([jobIds[1] as string], "BLOCKED");
    await setStatus([jobIds[2] as string], "ERROR");
    await setStatus([jobIds[3] as string], "CANCELLED");
    await handle.db.updateTable("batches").set({ status: "COMPLETED" }).where("id", "=", batchId).execute();
    // A status that stays COMPLETED writes nothing more.
    await handle.db.updateTable("batches").set({ status: "COMPLETED" }).where("id", "=", batchId).execute();
    const found = await deliveriesFor([batchId], "batch_id");
    const batchEvents = found.rows.filter((d) => d.event.startsWith("batch."));
    expect(batchEvents.map((d) => [d.subscription_id, d.event]).sort()).toEqual([
      [subAll, "batch.completed"],
      [subInactive, "batch.completed"],
    ]);
    expect(batchEvents[0]?.data).toEqual({
      batch_id: batchId,
      status: "COMPLETED",
      name: "b",
      total_jobs: 4,
      completed: 1,
      blocked: 1,
      failed: 1,
      cancelled: 1,
    });

    const cancelled = await insertBatch(2, "WRITE");
    await handle.db
      .updateTable("batches")
      .set({ status: "CANCELLED" })
      .where("id", "=", cancelled.batchId)
      .execute();
    const events = (await deliveriesFor([cancelled.batchId], "batch_id")).rows.filter((d) =>
      d.event.startsWith("batch."),
    );
    expect(events.map((d) => [d.subscription_id, d.event]).sort()).toEqual([
      [subAll, "batch.cancelled"],
      [subInactive, "batch.cancelled"],
    ]);
    expect(events[0]?.data).toMatchObject({ status: "CANCELLED", total_jobs: 2, completed: 0, cancelled: 0 });
  });

  it("writes nothing from a transaction that rolled back", async () => {
    const jobId = unique("job_rolled_back");
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await trx
          .insertInto("jobs")
          .values({
            ...batchJobRow(jobId, userA, "", 0, { status: "RECEIVE" }),
            batch_id: null,
            batch_position: null,
          })
          .execute();
        await trx.updateTable("jobs").set({ status: "DELIVER" }).where("id", "=", jobId).execute();
        expect(
          (
            await trx
              .selectFrom("webhook_deliveries")
              .select("id")
              .where(sql<boolean>`data->>'job_id' = ${jobId}`)
              .execute()
          ).length,
        ).toBe(6);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await deliveriesFor([jobId])).rows).toEqual([]);
  });
});

describe(`the webhook repository's outbox on ${testTarget.kind}`, () => {
  // Deliveries due in 2001, so a claim "at" 2001 takes only this suite's own.
  const past = new Date("2001-01-01T00:00:00Z");
  const at = (seconds: number) => new Date(past.getTime() + seconds * 1000);

  async function enqueueDue(count: number, subscriptionId = subAll) {
    const repository = createWebhookRepository(handle.db);
    const made = [];
    for (let i = 0; i < count; i++) {
      made.push(
        await repository.enqueue(
          subscriptionId,
          { event_id: unique("evt"), event: "ping", occurred_at: past, data: { n: i } },
          past,
        ),
      );
    }
    return made;
  }

  /** Takes every claimable delivery out of the way (dead), so each test starts with an empty queue. */
  async function drain() {
    await handle.db
      .updateTable("webhook_deliveries")
      .set({ status: "dead" })
      .where("status", "=", "pending")
      .where("next_attempt_at", "<", at(86_400))
      .execute();
  }

  const attempt = (n: number, fields: Partial<WebhookAttemptRecord> = {}): WebhookAttemptRecord => ({
    attempt: n,
    at: at(10),
    duration_ms: 5,
    status_code: 200,
    response_excerpt: "ok",
    error: null,
    ...fields,
  });

  it.skipIf(testTarget.kind === "pglite")(
    "never hands one delivery to two concurrent claimers (PostgreSQL: PGlite has one connection, so no true concurrency)",
    async () => {
      await drain();
      const made = await enqueueDue(40);
      const second = await openDatabase(target);
      try {
        const claimers = [createWebhookRepository(handle.db), createWebhookRepository(second.db)];
        const claimed: string[] = [];
        for (let round = 0; round < 10; round++) {
          const results = await Promise.all(
            claimers.flatMap((claimer) => [
              claimer.claimDue(at(1), at(600), 3),
              claimer.claimDue(at(1), at(600), 3),
            ]),
          );
          claimed.push(...results.flat().map((due) => due.delivery.id));
        }
        expect(new Set(claimed).size).toBe(claimed.length);
        expect(new Set(claimed)).toEqual(new Set(made.map((d) => d.id)));
      } finally {
        await second.close();
      }
    },
  );

  it("leases a claim: not claimable again until the lease ends, then claimable with the attempt counted", async () => {
    await drain();
    const [delivery] = await enqueueDue(1);
    const repository = createWebhookRepository(handle.db);
    const first = await repository.claimDue(at(1), at(60), 10);
    expect(first.map((d) => d.delivery.id)).toEqual([delivery?.id]);
    expect(first[0]?.delivery.attempts).toBe(1);
    expect(first[0]?.subscription.id).toBe(subAll);
    expect(await repository.claimDue(at(59), at(120), 10)).toEqual([]);
    const again = await repository.claimDue(at(60), at(120), 10);
    expect(again.map((d) => [d.delivery.id, d.delivery.attempts])).toEqual([[delivery?.id, 2]]);
  });

  it("claims nothing of an inactive subscription", async () => {
    await drain();
    await enqueueDue(1, subInactive);
    expect(await createWebhookRepository(handle.db).claimDue(at(1), at(60), 10)).toEqual([]);
  });

  it("refuses to replay a delivery while its attempt is under way, and allows it once the lease ran out", async () => {
    await drain();
    const [delivery] = await enqueueDue(1);
    const id = delivery?.id as string;
    const repository = createWebhookRepository(handle.db);
    const [claimed] = await repository.claimDue(at(1), at(60), 10);
    expect(await repository.replay({ deliveryId: id }, at(30))).toBe(0);
    expect(await repository.claimDue(at(31), at(90), 10)).toEqual([]);
    // After the lease: the replay takes it, and the old claim can no longer record an outcome over it.
    expect(await repository.replay({ deliveryId: id }, at(61))).toBe(1);
    await repository.finishAttempt(id, claimed?.lease_id as string, attempt(1), {
      status: "delivered",
      next_attempt_at: at(62),
    });
    const row = await handle.db
      .selectFrom("webhook_deliveries")
      .select(["status", "attempts"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "pending", attempts: 0 });
  });

  it("lets a stale attempt log itself but never overwrite the newer attempt's state", async () => {
    await drain();
    const [delivery] = await enqueueDue(1);
    const id = delivery?.id as string;
    const repository = createWebhookRepository(handle.db);
    // Attempt 1, whose dispatcher stalls past its lease, then attempt 2.
    const [stalled] = await repository.claimDue(at(1), at(60), 10);
    const [second] = await repository.claimDue(at(61), at(120), 10);
    expect(stalled?.lease_id).not.toBe(second?.lease_id);
    await repository.finishAttempt(
      id,
      second?.lease_id as string,
      attempt(2, { status_code: 500, error: "HTTP 500" }),
      {
        status: "pending",
        next_attempt_at: at(300),
      },
    );
    // The stalled attempt 1 comes back with a success: logged, but the delivery stays as attempt 2 left it.
    await repository.finishAttempt(id, stalled?.lease_id as string, attempt(1), {
      status: "delivered",
      next_attempt_at: at(70),
    });
    const row = await handle.db
      .selectFrom("webhook_deliveries")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: "pending",
      attempts: 2,
      last_status_code: 500,
      last_error: "HTTP 500",
      delivered_at: null,
    });
    expect(row.next_attempt_at).toEqual(at(300));
    const log = await repository.attempts([id]);
    expect(log.map((a) => [a.attempt, a.status_code])).toEqual([
      [2, 500],
      [1, 200],
    ]);
  });

  it("finishes quietly an attempt whose webhook was deleted while it was under way", async () => {
    await drain();
    const repository = createWebhookRepository(handle.db);
    const sub = unique("wh_deleted");
    await handle.db
      .insertInto("webhook_subscriptions")
      .values({
        id: sub,
        user_id: userB,
        url: "https://93.184.216.34/in",
        events: JSON.stringify(allEvents),
        secret_encrypted: "sealed",
      })
      .execute();
    const [delivery] = await enqueueDue(1, sub);
    const id = delivery?.id as string;
    const claimed = await repository.claimDue(at(1), at(60), 10);
    expect(claimed.map((d) => d.delivery.id)).toEqual([id]);
    expect(await repository.delete(sub, userB)).toBe(true);
    await expect(
      repository.finishAttempt(id, claimed[0]?.lease_id as string, attempt(1), {
        status: "delivered",
        next_attempt_at: at(2),
      }),
    ).resolves.toBeUndefined();
    expect(await repository.attempts([id])).toEqual([]);
  });

  it("finishes an attempt delivered, and replay resets it to pending with a fresh budget", async () => {
    await drain();
    const [delivery] = await enqueueDue(1);
    const id = delivery?.id as string;
    const repository = createWebhookRepository(handle.db);
    const [claimed] = await repository.claimDue(at(1), at(60), 10);
    await repository.finishAttempt(id, claimed?.lease_id as string, attempt(1), {
      status: "delivered",
      next_attempt_at: at(2),
    });
    const delivered = await handle.db
      .selectFrom("webhook_deliveries")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(delivered).toMatchObject({ status: "delivered", attempts: 1, last_status_code: 200 });
    expect(delivered.delivered_at).toEqual(at(2));

    expect(await repository.replay({ deliveryId: id }, at(100))).toBe(1);
    const replayed = await handle.db
      .selectFrom("webhook_deliveries")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(replayed).toMatchObject({ status: "pending", attempts: 0, event_id: delivery?.event_id });
    expect(replayed.replayed_at).toEqual(at(100));
    expect(replayed.next_attempt_at).toEqual(at(100));
    const reclaimed = await repository.claimDue(at(100), at(200), 10);
    expect(reclaimed.map((d) => [d.delivery.id, d.delivery.attempts])).toEqual([[id, 1]]);
  });

  it("replays a subscription's range by status and creation time", async () => {
    await drain();
    const repository = createWebhookRepository(handle.db);
    const sub = unique("wh_range");
    await handle.db
      .insertInto("webhook_subscriptions")
      .values({
        id: sub,
        user_id: userB,
        url: "https://93.184.216.34/in",
        events: JSON.stringify(allEvents),
        secret_encrypted: "sealed",
      })
      .execute();
    const made = await enqueueDue(3, sub);
    await handle.db
      .updateTable("webhook_deliveries")
      .set({ status: "dead", attempts: 10 })
      .where(
        "id",
        "in",
        made.map((d) => d.id),
      )
      .execute();
    await handle.db
      .updateTable("webhook_deliveries")
      .set({ created_at: at(-3600) })
      .where("id", "=", made[0]?.id as string)
      .execute();
    expect(await repository.replay({ subscriptionId: sub, since: past, status: "delivered" }, at(5))).toBe(0);
    expect(await repository.replay({ subscriptionId: sub, since: past, status: "dead" }, at(5))).toBe(2);
    const rows = await handle.db
      .selectFrom("webhook_deliveries")
      .select(["id", "status", "attempts"])
      .where("subscription_id", "=", sub)
      .orderBy("created_at")
      .execute();
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ["dead", 10],
      ["pending", 0],
      ["pending", 0],
    ]);
  });

  it("markFailing keeps the first failure's time; markHealthy forgets it", async () => {
    const repository = createWebhookRepository(handle.db);
    const sub = unique("wh_failing");
    await handle.db
      .insertInto("webhook_subscriptions")
      .values({
        id: sub,
        user_id: userB,
        url: "https://93.184.216.34/in",
        events: JSON.stringify(allEvents),
        secret_encrypted: "sealed",
      })
      .execute();
    expect(await repository.markFailing(sub, at(10), at(0))).toEqual(at(10));
    expect(await repository.markFailing(sub, at(500), at(0))).toEqual(at(10));
    // The previous failure (at 500) came before the quiet limit (600): a new streak starts.
    expect(await repository.markFailing(sub, at(1000), at(600))).toEqual(at(1000));
    await repository.markHealthy(sub);
    expect(await repository.markFailing(sub, at(1100), at(0))).toEqual(at(1100));
  });
});
