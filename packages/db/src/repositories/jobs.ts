import { AppError, finalJobStatuses, type JobRepository } from "@bacowr/core";
import { type Kysely, sql, type UpdateQueryBuilder, type UpdateResult } from "kysely";
import type { Database } from "../schema";
import { createWithKey } from "./idempotency-keys";

const jobColumns = [
  "id",
  "user_id",
  "batch_id",
  "batch_position",
  "publisher_domain",
  "target_url",
  "anchor_text",
  "options",
  "status",
  "progress",
  "article",
  "qc_report",
  "cost_llm",
  "cost_serp",
  "max_cost",
  "estimated_cost",
  "error_code",
  "error_message",
  "attempts",
  "locked_by",
  "locked_until",
  "run_after",
  "cancel_requested_at",
  "estimated_completion",
  "created_at",
  "updated_at",
  "completed_at",
] as const;

const final = [...finalJobStatuses];

/** PostgreSQL's lock_not_available: the claim lock was not free within the lock timeout. */
const LOCK_NOT_AVAILABLE = "55P03";

/** The advisory lock that serialises claims (an arbitrary constant, "bacowr" in ASCII). */
const CLAIM_LOCK = 0x6261636f7772;

type JobUpdate = UpdateQueryBuilder<Database, "jobs", "jobs", UpdateResult>;

export function createJobRepository(db: Kysely<Database>): JobRepository {
  /** Runs an UPDATE of one job and logs its (new or same) state with `note` in the same statement. */
  const changeAndLog = async (update: JobUpdate, at: Date, note: string | null): Promise<boolean> => {
    const logged = await db
      .with("changed", () => update.returning(["id", "status"]))
      .insertInto("job_state_transitions")
      .columns(["job_id", "state", "at", "note"])
      .expression((eb) =>
        eb
          .selectFrom("changed")
          .select([
            "changed.id",
            "changed.status",
            sql`${at}::timestamptz`.as("at"),
            sql`${note}::text`.as("note"),
          ]),
      )
      .executeTakeFirst();
    return (logged.numInsertedOrUpdatedRows ?? 0n) > 0n;
  };

  /** Marks the job's batch COMPLETED once none of its jobs is left to run. */
  const settleBatchOf = async (jobId: string, now: Date): Promise<void> => {
    await sql`
      update batches set status = 'COMPLETED', completed_at = ${now}, updated_at = ${now}
      where id = (select batch_id from jobs where id = ${jobId})
        and status = 'RUNNING'
        and not exists (
          select 1 from jobs where jobs.batch_id = batches.id and jobs.status not in (${sql.join(final.map((s) => sql.lit(s)))})
        )`.execute(db);
  };

  return {
    async create({ note, ...job }, claim) {
      try {
        return await createWithKey(db, claim, async (trx) => {
          const row = await trx
            .insertInto("jobs")
            .values({
              ...job,
              options: JSON.stringify(job.options),
              status: "RECEIVE",
              run_after: job.created_at,
              updated_at: job.created_at,
            })
            .returning(jobColumns)
            .executeTakeFirstOrThrow();
          await trx
            .insertInto("job_state_transitions")
            .values({ job_id: job.id, state: "RECEIVE", at: job.created_at, note: note ?? null })
            .execute();
          return { value: row, resourceId: row.id };
        });
      } catch (error) {
        // A valid token whose account was deleted: the job has no owner to belong to.
        if ((error as { code?: unknown }).code === "23503") {
          throw new AppError("UNAUTHORIZED", "This account no longer exists", { cause: error });
        }
        throw error;
      }
    },

    async unfinishedJobs(userId) {
      const row = await db
        .selectFrom("jobs")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("user_id", "=", userId)
        .where("status", "not in", final)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    findOwned(id, userId) {
      return db
        .selectFrom("jobs")
        .select(jobColumns)
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .executeTakeFirst();
    },

    history(id) {
      return db
        .selectFrom("job_state_transitions")
        .select(["state", "at", "note"])
        .where("job_id", "=", id)
        .orderBy("id")
        .execute();
    },

    async list(userId, filters) {
      let query = db.selectFrom("jobs").where("user_id", "=", userId);
      if (filters.batch_id) query = query.where("batch_id", "=", filters.batch_id);
      if (filters.status) query = query.where("status", "=", filters.status);
      if (filters.publisher_domain) query = query.where("publisher_domain", "=", filters.publisher_domain);
      if (filters.date_from) query = query.where("created_at", ">=", filters.date_from);
      if (filters.date_to) query = query.where("created_at", "<=", filters.date_to);
      const direction = filters.sort === "created_at" ? "asc" : "desc";
      const [jobs, count] = await Promise.all([
        (filters.sort === "status"
          ? query.orderBy("status").orderBy("created_at", "desc")
          : query.orderBy("created_at", direction)
        )
          // A batch's jobs share one creation time: their submission order decides.
          .orderBy("batch_position", direction)
          .orderBy("id")
          .select(jobColumns)
          .limit(filters.limit)
          .offset(filters.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { jobs, total: Number(count.n) };
    },

    async cancel(id, userId, now) {
      const cancelled = await changeAndLog(
        db
          .updateTable("jobs")
          .set({ status: "CANCELLED", cancel_requested_at: now, completed_at: now, updated_at: now })
          .where("id", "=", id)
          .where("user_id", "=", userId)
          .where("status", "not in", final),
        now,
        "cancelled by the owner",
      );
      if (cancelled) await settleBatchOf(id, now);
      const job = await this.findOwned(id, userId);
      return job && { job, cancelled };
    },

    async claim(workerId, now, leaseUntil, tiers) {
      const finalList = sql.join(final.map((status) => sql.lit(status)));
      return db.transaction().execute(async (trx) => {
        // One claim at a time across all workers: the limits below count running jobs, which a
        // concurrent claim would not see. A claim is a single indexed statement, so this is cheap.
        // Bounded: a claimer that stalls while holding the lock must not hang every worker behind it.
        await sql`set local lock_timeout = '5s'`.execute(trx);
        try {
          await sql`select pg_advisory_xact_lock(${CLAIM_LOCK})`.execute(trx);
        } catch (error) {
          if ((error as { code?: unknown }).code === LOCK_NOT_AVAILABLE) return undefined;
          throw error;
        }
        const picked = await sql<{ id: string }>`
          with leased as (
            select user_id, batch_id from jobs
            where status not in (${finalList}) and locked_until is not null and locked_until >= ${now}
          ),
          user_load as (select user_id, count(*)::int as n from leased group by user_id),
          batch_load as (
            select batch_id, count(*)::int as n from leased where batch_id is not null group by batch_id
          ),
          batch_front as (
            select batch_id, min(batch_position) as position from jobs
            where batch_id is not null and status not in (${finalList}) group by batch_id
          )
          select j.id from jobs j
          join users u on u.id = j.user_id
          left join user_load ul on ul.user_id = j.user_id
          left join batches b on b.id = j.batch_id
          left join batch_load bl on bl.batch_id = j.batch_id
          left join batch_front bf on bf.batch_id = j.batch_id
          where j.status not in (${finalList})
            and u.disabled_at is null
            and j.run_after <= ${now}
            and (j.locked_until is null or j.locked_until < ${now})
            and coalesce(ul.n, 0) < coalesce(u.max_concurrent_jobs, case u.tier
              when 'free' then ${tiers.free.concurrent_jobs}::int
              when 'pro' then ${tiers.pro.concurrent_jobs}::int
              else ${tiers.enterprise.concurrent_jobs}::int end)
            and (j.batch_id is null or (
              coalesce(bl.n, 0) < b.parallel_jobs
              and j.batch_position / b.chunk_size <= bf.position / b.chunk_size))
          -- Fair share: the user with the fewest running jobs goes first, so one user's big batch
          -- takes turns with everyone else's jobs instead of holding every slot.
          order by coalesce(ul.n, 0), j.run_after, j.created_at, j.batch_position
          limit 1
          for update of j skip locked`.execute(trx);
        const id = picked.rows[0]?.id;
        if (!id) return undefined;
        return trx
          .updateTable("jobs")
          .set((eb) => ({
            locked_by: workerId,
            locked_until: leaseUntil,
            attempts: eb("attempts", "+", 1),
            updated_at: now,
          }))
          .where("id", "=", id)
          .where("status", "not in", final)
          .returning([...jobColumns, "checkpoint"])
          .executeTakeFirst();
      });
    },

    async heartbeat(id, workerId, leaseUntil) {
      const result = await db
        .updateTable("jobs")
        .set({ locked_until: leaseUntil })
        .where("id", "=", id)
        .where("locked_by", "=", workerId)
        .where("status", "not in", final)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async advance(id, workerId, change, now) {
      const update = db
        .updateTable("jobs")
        .set((eb) => ({
          updated_at: now,
          ...(change.status ? { status: change.status } : {}),
          ...(change.progress === undefined ? {} : { progress: change.progress }),
          ...(change.checkpoint ? { checkpoint: JSON.stringify(change.checkpoint) } : {}),
          ...(change.article === undefined
            ? {}
            : { article: change.article && JSON.stringify(change.article) }),
          ...(change.qc_report === undefined
            ? {}
            : { qc_report: change.qc_report && JSON.stringify(change.qc_report) }),
          ...(change.addCost?.llm ? { cost_llm: eb("cost_llm", "+", change.addCost.llm) } : {}),
          ...(change.addCost?.serp ? { cost_serp: eb("cost_serp", "+", change.addCost.serp) } : {}),
          ...(change.error ? { error_code: change.error.code, error_message: change.error.message } : {}),
          ...(change.completed ? { completed_at: now, locked_until: null } : {}),
        }))
        .where("id", "=", id)
        .where("locked_by", "=", workerId)
        .where("status", "not in", final);
      if (!change.status) return (await update.executeTakeFirst()).numUpdatedRows > 0n;
      const changed = await changeAndLog(update, now, change.note ?? null);
      if (changed && change.completed) await settleBatchOf(id, now);
      return changed;
    },

    async release(id, workerId, runAfter, note, now) {
      const release = db
        .updateTable("jobs")
        .set({ locked_by: null, locked_until: null, run_after: runAfter, updated_at: now })
        .where("id", "=", id)
        .where("locked_by", "=", workerId)
        .where("status", "not in", final);
      return changeAndLog(release, now, note);
    },

    async deliveredInBatch(batchId, exceptJobId, targetUrls) {
      if (targetUrls.length === 0) return [];
      const rows = await db
        .selectFrom("jobs")
        .where("batch_id", "=", batchId)
        .where("target_url", "in", targetUrls)
        .where("status", "=", "DELIVER")
        .where("id", "<>", exceptJobId)
        .where("article", "is not", null)
        .select(["id", "target_url", sql<string>`article->>'content'`.as("content")])
        .orderBy("completed_at")
        .orderBy("id")
        .execute();
      return rows.map((r) => ({ job_id: r.id, target_url: r.target_url, content: r.content }));
    },

    async batchBudget(batchId, jobId) {
      // A running job submitted earlier in the batch reserves what its estimate has not yet spent; jobs held
      // back (not leased) or submitted later reserve nothing, so jobs started together never refuse each other
      // and the budget goes to them in submission order.
      const row = await db
        .selectFrom("batches")
        .leftJoin("jobs", "jobs.batch_id", "batches.id")
        .where("batches.id", "=", batchId)
        .groupBy("batches.max_cost")
        .select([
          "batches.max_cost",
          sql<number>`coalesce(sum(jobs.cost_llm + jobs.cost_serp), 0)`.as("spent"),
          sql<number>`coalesce(sum(greatest(jobs.estimated_cost - jobs.cost_llm - jobs.cost_serp, 0)) filter (
            where jobs.id <> ${jobId} and jobs.locked_by is not null
              and jobs.batch_position < (select batch_position from jobs where id = ${jobId})
              and jobs.status not in (${sql.join(final.map((s) => sql.lit(s)))})), 0)`.as("reserved"),
        ])
        .executeTakeFirst();
      return row && { max_cost: row.max_cost, spent: Number(row.spent), reserved: Number(row.reserved) };
    },
  };
}
