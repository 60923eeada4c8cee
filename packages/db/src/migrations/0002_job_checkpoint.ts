import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time
type Db = Kysely<any>;

/** The pipeline's saved progress, so a job whose worker died resumes instead of starting over. */
export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable("jobs")
    .addColumn("checkpoint", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  // Owner-scoped listing filters by status and publisher as well as by date.
  await db.schema
    .createIndex("jobs_user_status_idx")
    .on("jobs")
    .columns(["user_id", "status", "created_at"])
    .execute();
}
