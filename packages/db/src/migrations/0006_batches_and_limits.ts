import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time
type Db = Kysely<any>;

/**
 * Batches as the scheduler needs them (chunking, parallelism, a cost cap),
 * each job's place in its batch and its cost cap, and per-customer limits
 * that override the tier's ("Enterprise: Custom"). Nulls fall back to defaults.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable("batches")
    .addColumn("chunk_size", "integer", (c) => c.notNull().defaultTo(25))
    .addColumn("parallel_jobs", "integer", (c) => c.notNull().defaultTo(5))
    .addColumn("max_cost", "double precision")
    .addColumn("cancelled_at", "timestamptz")
    .execute();
  await db.schema
    .alterTable("jobs")
    .addColumn("batch_position", "integer")
    .addColumn("max_cost", "double precision")
    .addColumn("estimated_cost", "double precision", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("users")
    .addColumn("rate_limit_per_hour", "integer")
    .addColumn("max_concurrent_jobs", "integer")
    .addColumn("max_batch_size", "integer")
    .execute();
  await db.schema.dropIndex("jobs_batch_idx").execute();
  await db.schema
    .createIndex("jobs_batch_position_idx")
    .on("jobs")
    .columns(["batch_id", "batch_position"])
    .execute();
  // The claim counts each user's leased jobs; only running jobs are in this index.
  await sql`create index jobs_leased_idx on jobs (user_id, batch_id)
            where status not in ('DELIVER', 'BLOCKED', 'ERROR', 'CANCELLED') and locked_until is not null`.execute(
    db,
  );
}
