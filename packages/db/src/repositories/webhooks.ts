import type { DueWebhookDelivery, WebhookDeliveryRecord, WebhookRepository } from "@bacowr/core";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

const subscriptionColumns = [
  "id",
  "user_id",
  "url",
  "events",
  "description",
  "secret_encrypted",
  "previous_secret_encrypted",
  "previous_secret_expires_at",
  "active",
  "failing_since",
  "disabled_at",
  "disabled_reason",
  "created_at",
  "updated_at",
] as const;

const deliveryColumns = [
  "id",
  "subscription_id",
  "event_id",
  "event",
  "occurred_at",
  "data",
  "status",
  "attempts",
  "next_attempt_at",
  "last_status_code",
  "last_error",
  "created_at",
  "delivered_at",
  "replayed_at",
] as const;

/** Attempts shown per delivery (the newest). */
export const ATTEMPT_LOG_LENGTH = 20;

type DeliveryRow = Omit<WebhookDeliveryRecord, "data"> & { data: Record<string, unknown> };

export function createWebhookRepository(db: Kysely<Database>): WebhookRepository {
  return {
    create(subscription, maxPerUser) {
      return db.transaction().execute(async (trx) => {
        // The user's row lock queues a user's simultaneous subscribes, so each counts the ones before it.
        await trx
          .selectFrom("users")
          .select("id")
          .where("id", "=", subscription.user_id)
          .forUpdate()
          .execute();
        const owned = await trx
          .selectFrom("webhook_subscriptions")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("user_id", "=", subscription.user_id)
          .executeTakeFirstOrThrow();
        if (Number(owned.n) >= maxPerUser) return undefined;
        return trx
          .insertInto("webhook_subscriptions")
          .values({
            ...subscription,
            events: JSON.stringify(subscription.events),
            updated_at: subscription.created_at,
          })
          .returning(subscriptionColumns)
          .executeTakeFirstOrThrow();
      });
    },

    async list(userId, page) {
      const query = db.selectFrom("webhook_subscriptions").where("user_id", "=", userId);
      const [subscriptions, count] = await Promise.all([
        query
          .select(subscriptionColumns)
          .orderBy("created_at", "desc")
          .orderBy("id")
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { subscriptions, total: Number(count.n) };
    },

    findOwned(id, userId) {
      return db
        .selectFrom("webhook_subscriptions")
        .select(subscriptionColumns)
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .executeTakeFirst();
    },

    update(id, userId, change, now) {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable("webhook_subscriptions")
          .set({
            ...change,
            ...(change.events ? { events: JSON.stringify(change.events) } : {}),
            updated_at: now,
          })
          .where("id", "=", id)
          .where("user_id", "=", userId)
          .returning(subscriptionColumns)
          .executeTakeFirst();
        // Pausing holds what waits (out of the due index); resuming releases it, due at once.
        if (updated && change.active !== undefined) {
          await trx
            .updateTable("webhook_deliveries")
            .set({ held: !change.active })
            .where("subscription_id", "=", id)
            .where("status", "=", "pending")
            .where("held", "=", change.active)
            .execute();
        }
        return updated;
      });
    },

    async delete(id, userId) {
      const result = await db
        .deleteFrom("webhook_subscriptions")
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async enqueue(subscriptionId, event, now) {
      return (await db
        .insertInto("webhook_deliveries")
        .values({
          id: sql<string>`'whd_' || replace(gen_random_uuid()::text, '-', '')`,
          subscription_id: subscriptionId,
          event_id: event.event_id,
          event: event.event,
          occurred_at: event.occurred_at,
          data: JSON.stringify(event.data),
          next_attempt_at: now,
          created_at: now,
          held: sql<boolean>`not (select active from webhook_subscriptions where id = ${subscriptionId})`,
        })
        .returning(deliveryColumns)
        .executeTakeFirstOrThrow()) as DeliveryRow;
    },

    async deliveries(subscriptionId, filters) {
      let query = db.selectFrom("webhook_deliveries").where("subscription_id", "=", subscriptionId);
      if (filters.status) query = query.where("status", "=", filters.status);
      if (filters.event) query = query.where("event", "=", filters.event);
      const [rows, count] = await Promise.all([
        query
          .select(deliveryColumns)
          .orderBy("created_at", "desc")
          .orderBy("id", "desc")
          .limit(filters.limit)
          .offset(filters.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { deliveries: rows as DeliveryRow[], total: Number(count.n) };
    },

    async attempts(deliveryIds) {
      if (deliveryIds.length === 0) return [];
      // The latest ATTEMPT_LOG_LENGTH of each: replays can add attempts without end, a page must not.
      const latest = db
        .selectFrom("webhook_delivery_attempts")
        .select([
          "id",
          "delivery_id",
          "attempt",
          "at",
          "duration_ms",
          "status_code",
          "response_excerpt",
          "error",
          sql<number>`row_number() over (partition by delivery_id order by id desc)`.as("recency"),
        ])
        .where("delivery_id", "in", deliveryIds)
        .as("latest");
      return db
        .selectFrom(latest)
        .select(["delivery_id", "attempt", "at", "duration_ms", "status_code", "response_excerpt", "error"])
        .where("recency", "<=", ATTEMPT_LOG_LENGTH)
        .orderBy("id")
        .execute();
    },

    async findOwnedDelivery(id, userId) {
      const row = await db
        .selectFrom("webhook_deliveries as d")
        .innerJoin("webhook_subscriptions as s", "s.id", "d.subscription_id")
        .where("d.id", "=", id)
        .where("s.user_id", "=", userId)
        .select(deliveryColumns.map((column) => `d.${column}` as const))
        .executeTakeFirst();
      return row as DeliveryRow | undefined;
    },

    async replay(target, now) {
      let query = db
        .updateTable("webhook_deliveries")
        .set({ status: "pending", attempts: 0, next_attempt_at: now, replayed_at: now, lease_id: null })
        // Not while an attempt is under way: it would be sent twice at once.
        .where((eb) => eb.or([eb("lease_id", "is", null), eb("next_attempt_at", "<=", now)]));
      query =
        "deliveryId" in target
          ? query.where("id", "=", target.deliveryId)
          : query
              .where("subscription_id", "=", target.subscriptionId)
              .where("status", "=", target.status)
              .where("created_at", ">=", target.since);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async claimDue(now, leaseUntil, limit) {
      const claimed = await sql<DeliveryRow & { lease_id: string }>`
        with picked as (
          select d.id from webhook_deliveries d
          join webhook_subscriptions s on s.id = d.subscription_id
          where d.status = 'pending' and not d.held and d.next_attempt_at <= ${now} and s.active
          order by d.next_attempt_at
          limit ${limit}
          for update of d skip locked
        )
        update webhook_deliveries d
        set attempts = d.attempts + 1, next_attempt_at = ${leaseUntil},
            lease_id = replace(gen_random_uuid()::text, '-', '')
        from picked
        where d.id = picked.id
        returning ${sql.join(deliveryColumns.map((c) => sql.ref(`d.${c}`)))}, d.lease_id`.execute(db);
      if (claimed.rows.length === 0) return [];
      const subscriptions = await db
        .selectFrom("webhook_subscriptions")
        .select(subscriptionColumns)
        .where("id", "in", [...new Set(claimed.rows.map((row) => row.subscription_id))])
        .execute();
      const byId = new Map(subscriptions.map((s) => [s.id, s]));
      return claimed.rows.flatMap((row): DueWebhookDelivery[] => {
        const subscription = byId.get(row.subscription_id);
        // Deleted between the claim and this read: its deliveries went with it.
        if (!subscription) return [];
        const { lease_id, ...delivery } = row;
        return [{ delivery, subscription, lease_id }];
      });
    },

    async finishAttempt(deliveryId, leaseId, record, next) {
      await db.transaction().execute(async (trx) => {
        // Its webhook may have been deleted (with its deliveries) while the attempt ran: nothing to record then.
        // The lock keeps a delete from slipping in between this look and the attempt's row.
        const exists = await trx
          .selectFrom("webhook_deliveries")
          .select("id")
          .where("id", "=", deliveryId)
          .forUpdate()
          .executeTakeFirst();
        if (!exists) return;
        await trx
          .insertInto("webhook_delivery_attempts")
          .values({ delivery_id: deliveryId, ...record })
          .execute();
        await trx
          .updateTable("webhook_deliveries")
          .set({
            status: next.status,
            next_attempt_at: next.next_attempt_at,
            last_status_code: record.status_code,
            last_error: record.error,
            ...(next.status === "delivered" ? { delivered_at: next.next_attempt_at } : {}),
            lease_id: null,
          })
          .where("id", "=", deliveryId)
          .where("lease_id", "=", leaseId)
          .execute();
      });
    },

    async markFailing(subscriptionId, now, quietSince) {
      const row = await db
        .updateTable("webhook_subscriptions")
        .set({
          // A streak is failures without a success and without a quiet gap: a failure after a quiet spell starts anew.
          failing_since: sql`case when failing_since is null or last_failure_at < ${quietSince}::timestamptz
                                  then ${now}::timestamptz else failing_since end`,
          last_failure_at: now,
        })
        .where("id", "=", subscriptionId)
        .returning("failing_since")
        .executeTakeFirst();
      return row?.failing_since ?? now;
    },

    async markHealthy(subscriptionId) {
      await db
        .updateTable("webhook_subscriptions")
        .set({ failing_since: null, last_failure_at: null })
        .where("id", "=", subscriptionId)
        .where("failing_since", "is not", null)
        .execute();
    },
  };
}

/**
 * Deletes up to `limit` deliveries created before `before`, with their attempts: finished ones (delivered or
 * dead), and those still waiting for a paused or disabled subscription. A pending delivery of an active
 * subscription is never deleted.
 */
export async function purgeExpiredWebhookDeliveries(
  db: Kysely<Database>,
  before: Date,
  limit: number,
): Promise<number> {
  const result = await sql`
    delete from webhook_deliveries where id in (
      select d.id from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id
      where d.created_at < ${before} and (d.status in ('delivered', 'dead') or d.held)
      limit ${limit})`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}
