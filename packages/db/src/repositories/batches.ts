import { AppError, type BatchRecord, type BatchRepository, finalJobStatuses } from "@bacowr/core";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";
import { createWithKey } from "./idempotency-keys";

const batchColumns = [
  "id",
  "user_id",
  "name",
  "status",
  "options",
  "total_jobs",
  "chunk_size",
  "parallel_jobs",
  "max_cost",
  "created_at",
  "updated_at",
  "completed_at",
  "cancelled_at",
] as const;

const final = [...finalJobStatuses];

/** Rows per INSERT: well under PostgreSQL's 65 535 bind parameters for a batch of any allowed size. */
const INSERT_CHUNK = 500;

// The status column is text; only the service writes it, with these values.
const asRecord = (row: Omit<BatchRecord, "status"> & { status: string }) => row as BatchRecord;

export function createBatchRepository(db: Kysely<Database>): BatchRepository {
  const findOwned = async (id: string, userId: string) => {
    const row = await db
      .selectFrom("batches")
      .select(batchColumns)
      .where("id", "=", id)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return row && asRecord(row);
  };

  return {
    async create(batch, jobs, claim) {
      try {
        return await createWithKey(db, claim, async (trx) => {
          const row = await trx
            .insertInto("batches")
            .values({
              ...batch,
              options: JSON.stringify(batch.options),
              status: "RUNNING",
              total_jobs: jobs.length,
              updated_at: batch.created_at,
            })
            .returning(batchColumns)
            .executeTakeFirstOrThrow();
          for (let start = 0; start < jobs.length; start += INSERT_CHUNK) {
            const slice = jobs.slice(start, start + INSERT_CHUNK);
            await trx
              .insertInto("jobs")
              .values(
                slice.map(({ note: _, ...job }) => ({
                  ...job,
                  options: JSON.stringify(job.options),
                  status: "RECEIVE" as const,
                  run_after: job.created_at,
                  updated_at: job.created_at,
                })),
              )
              .execute();
            await trx
              .insertInto("job_state_transitions")
              .values(
                slice.map((job) => ({
                  job_id: job.id,
                  state: "RECEIVE" as const,
                  at: job.created_at,
                  note: job.note,
                })),
              )
              .execute();
          }
          return { value: asRecord(row), resourceId: row.id };
        });
      } catch (error) {
        if ((error as { code?: unknown }).code === "23503") {
          throw new AppError("UNAUTHORIZED", "This account no longer exists", { cause: error });
        }
        throw error;
      }
    },

    findOwned,

    async tally(id) {
      const finalList = sql.join(final.map((status) => sql.lit(status)));
      // Released: the chunks up to the one holding the batch's first unfinished job (the seed's `in_progress`).
      const released = sql`j.batch_position / b.chunk_size <= (
        select min(batch_position) from jobs where batch_id = ${id} and status not in (${finalList})
      ) / b.chunk_size`;
      const result = await sql<{
        completed: number;
        blocked: number;
        failed: number;
        cancelled: number;
        in_progress: number;
        pending: number;
        avg_qc_score: number | null;
        spent: number;
        stopped_by_cost: number;
        estimated_completion: Date | null;
        jobs_updated_at: Date | null;
        batch_updated_at: Date;
      }>`
        select
          count(j.id) filter (where j.status = 'DELIVER')::int as completed,
          count(j.id) filter (where j.status = 'BLOCKED')::int as blocked,
          count(j.id) filter (where j.status = 'ERROR')::int as failed,
          count(j.id) filter (where j.status = 'CANCELLED')::int as cancelled,
          count(j.id) filter (where j.status not in (${finalList}) and ${released})::int as in_progress,
          count(j.id) filter (where j.status not in (${finalList}) and not ${released})::int as pending,
          avg((j.qc_report->>'score')::float8) filter (where j.status in ('DELIVER', 'BLOCKED')) as avg_qc_score,
          coalesce(sum(j.cost_llm + j.cost_serp), 0)::float8 as spent,
          count(j.id) filter (where j.status = 'ERROR' and j.error_code = 'COST_LIMIT_EXCEEDED')::int as stopped_by_cost,
          max(j.estimated_completion) as estimated_completion,
          max(j.updated_at) as jobs_updated_at,
          b.updated_at as batch_updated_at
        from batches b left join jobs j on j.batch_id = b.id
        where b.id = ${id}
        group by b.id, b.updated_at`.execute(db);
      const row = result.rows[0];
      if (!row) throw new Error(`batch ${id} vanished while being read`);
      const { jobs_updated_at, batch_updated_at, ...counts } = row;
      const jobsUpdated = jobs_updated_at ? new Date(jobs_updated_at) : undefined;
      const batchUpdated = new Date(batch_updated_at);
      return {
        ...counts,
        avg_qc_score: counts.avg_qc_score === null ? null : Math.round(Number(counts.avg_qc_score) * 10) / 10,
        spent: Number(counts.spent),
        estimated_completion: counts.estimated_completion && new Date(counts.estimated_completion),
        updated_at: jobsUpdated && jobsUpdated > batchUpdated ? jobsUpdated : batchUpdated,
      };
    },

    async settle(id, now) {
      const row = await db
        .updateTable("batches")
        .set({ status: "COMPLETED", completed_at: now, updated_at: now })
        .where("id", "=", id)
        .where("status", "=", "RUNNING")
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom("jobs").select("id").where("batch_id", "=", id).where("status", "not in", final),
            ),
          ),
        )
        .returning(batchColumns)
        .executeTakeFirst();
      return row && asRecord(row);
    },

    async jobIds(id) {
      const rows = await db
        .selectFrom("jobs")
        .select("id")
        .where("batch_id", "=", id)
        .orderBy("batch_position")
        .execute();
      return rows.map((r) => r.id);
    },

    anchors(id) {
      return db
        .selectFrom("jobs")
        .select(["target_url", "anchor_text"])
        .where("batch_id", "=", id)
        .orderBy("batch_position")
        .execute();
    },

    async list(userId, filters) {
      let query = db.selectFrom("batches").where("user_id", "=", userId);
      if (filters.status) query = query.where("status", "=", filters.status);
      const [rows, count] = await Promise.all([
        query
          .select(batchColumns)
          .orderBy("created_at", "desc")
          .orderBy("id")
          .limit(filters.limit)
          .offset(filters.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { batches: rows.map(asRecord), total: Number(count.n) };
    },

    async cancel(id, userId, now) {
      return db.transaction().execute(async (trx) => {
        const batch = await trx
          .selectFrom("batches")
          .select("id")
          .where("id", "=", id)
          .where("user_id", "=", userId)
          .forUpdate()
          .executeTakeFirst();
        if (!batch) return undefined;
        const cancelled = await trx
          .updateTable("jobs")
          .set({ status: "CANCELLED", cancel_requested_at: now, completed_at: now, updated_at: now })
          .where("batch_id", "=", id)
          .where("status", "not in", final)
          .returning(["id", "progress"])
          .execute();
        if (cancelled.length > 0) {
          await trx
            .insertInto("job_state_transitions")
            .values(
              cancelled.map((job) => ({
                job_id: job.id,
                state: "CANCELLED" as const,
                at: now,
                note: "cancelled with its batch",
              })),
            )
            .execute();
          await trx
            .updateTable("batches")
            .set({ status: "CANCELLED", cancelled_at: now, completed_at: now, updated_at: now })
            .where("id", "=", id)
            .where("status", "=", "RUNNING")
            .execute();
        }
        const row = await trx
          .selectFrom("batches")
          .select(batchColumns)
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
        return { batch: asRecord(row), cancelled };
      });
    },
  };
}
