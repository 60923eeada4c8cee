import type { TaskEvent, TaskRecord, TaskRepository } from "@bacowr/core";
import { type Kysely, sql, type UpdateQueryBuilder, type UpdateResult } from "kysely";
import type { Database } from "../schema";
import { createWithKey } from "./idempotency-keys";

const taskColumns = [
  "id",
  "campaign_id",
  "type",
  "status",
  "payload",
  "max_retries",
  "retry_count",
  "locked_by",
  "locked_at",
  "lock_expires_at",
  "run_after",
  "result",
  "error",
  "last_worker_id",
  "created_at",
  "updated_at",
  "completed_at",
] as const;

export function createTaskRepository(db: Kysely<Database>): TaskRepository {
  /** Runs `change` (an UPDATE … RETURNING) and logs its event in the same statement. */
  const changeWithEvent = async (
    id: number,
    event: TaskEvent,
    fromStatus: string,
    at: Date,
    change: (
      qb: Kysely<Database>,
    ) => UpdateQueryBuilder<Database, "worker_tasks", "worker_tasks", UpdateResult>,
  ): Promise<TaskRecord | undefined> => {
    const row = await db
      .with("changed", () => change(db).where("id", "=", id).returning(taskColumns))
      .with("logged", (qb) =>
        qb
          .insertInto("task_events")
          .columns(["task_id", "worker_id", "event", "from_status", "to_status", "detail", "at"])
          .expression((eb) =>
            eb
              .selectFrom("changed")
              .select([
                "changed.id",
                sql.lit(event.workerId ?? null).as("worker_id"),
                sql.lit(event.event).as("event"),
                sql.lit(fromStatus).as("from_status"),
                sql<string>`changed.status`.as("to_status"),
                sql.lit(event.detail ?? null).as("detail"),
                sql`${at}::timestamptz`.as("at"),
              ]),
          )
          .returning("task_events.id"),
      )
      .selectFrom("changed")
      .selectAll()
      .executeTakeFirst();
    return row as TaskRecord | undefined;
  };

  return {
    async listPending({ limit, type, now }) {
      let query = db
        .selectFrom("worker_tasks")
        .select(taskColumns)
        .where("status", "=", "pending")
        .where("run_after", "<=", now);
      if (type) query = query.where("type", "=", type);
      return query.orderBy("run_after").orderBy("id").limit(limit).execute();
    },

    async find(id) {
      return db.selectFrom("worker_tasks").select(taskColumns).where("id", "=", id).executeTakeFirst();
    },

    async tryLock(id, { workerId, now, leaseUntil }) {
      return changeWithEvent(id, { workerId, event: "locked" }, "pending", now, (q) =>
        q
          .updateTable("worker_tasks")
          .set({
            status: "running",
            locked_by: workerId,
            locked_at: now,
            lock_expires_at: leaseUntil,
            last_worker_id: workerId,
            updated_at: now,
          })
          .where("status", "=", "pending")
          .where("locked_by", "is", null)
          .where("run_after", "<=", now),
      );
    },

    async release(id, guard, now, event) {
      const row = await changeWithEvent(id, event, "running", now, (q) => {
        let update = q
          .updateTable("worker_tasks")
          .set({
            status: "pending",
            locked_by: null,
            locked_at: null,
            lock_expires_at: null,
            updated_at: now,
            ...(event.workerId ? { last_worker_id: event.workerId } : {}),
          })
          .where("status", "=", "running");
        if (guard.lockedBy) update = update.where("locked_by", "=", guard.lockedBy);
        return update;
      });
      return row !== undefined;
    },

    async finishAttempt(id, guard, { outcome, result, error, now }, event) {
      const row = await changeWithEvent(id, event, "running", now, (q) => {
        let update = q
          .updateTable("worker_tasks")
          .set({
            status: outcome.status,
            locked_by: null,
            locked_at: null,
            lock_expires_at: null,
            updated_at: now,
            error,
            ...(result === null ? {} : { result: JSON.stringify(result) }),
            ...(outcome.final
              ? { completed_at: now }
              : { retry_count: outcome.retryCount, run_after: outcome.runAfter }),
            ...(event.workerId ? { last_worker_id: event.workerId } : {}),
          })
          .where("status", "=", "running");
        if (guard.lockedBy) update = update.where("locked_by", "=", guard.lockedBy);
        if (guard.leaseEndedBy) update = update.where("lock_expires_at", "<=", guard.leaseEndedBy);
        return update;
      });
      return row !== undefined;
    },

    async findExpiredLeases(now, limit) {
      return db
        .selectFrom("worker_tasks")
        .select(taskColumns)
        .where("status", "=", "running")
        .where("lock_expires_at", "<=", now)
        .orderBy("lock_expires_at")
        .limit(limit)
        .execute();
    },

    async createMany(campaignId, tasks, now, claim) {
      if (tasks.length === 0) return [];
      return createWithKey(db, claim, async (trx) => {
        const rows = await trx
          .insertInto("worker_tasks")
          .values(
            tasks.map((t) => ({
              campaign_id: campaignId,
              type: t.type,
              payload: JSON.stringify(t.payload),
              max_retries: t.max_retries,
              status: "pending" as const,
              run_after: now,
              created_at: now,
              updated_at: now,
            })),
          )
          .returning("id")
          .execute();
        await trx
          .insertInto("task_events")
          .values(rows.map((r) => ({ task_id: r.id, event: "created", to_status: "pending", at: now })))
          .execute();
        const ids = rows.map((r) => r.id);
        return { value: ids, resourceId: ids.join(",") };
      });
    },

    async list({ campaignId, status, type, limit, offset }) {
      let query = db.selectFrom("worker_tasks");
      if (campaignId !== undefined) query = query.where("campaign_id", "=", campaignId);
      if (status) query = query.where("status", "=", status);
      if (type) query = query.where("type", "=", type);
      const [tasks, count] = await Promise.all([
        query.select(taskColumns).orderBy("id", "desc").limit(limit).offset(offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
      ]);
      return { tasks, total: Number(count.total) };
    },
  };
}
