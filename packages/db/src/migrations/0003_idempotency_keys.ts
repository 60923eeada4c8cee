import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time
type Db = Kysely<any>;

/**
 * One table of idempotency keys for every creating request (jobs, campaigns,
 * tasks, users, API keys), keyed by user, kind of request and key. The rule
 * (24 hours, replay or refuse) lives in core; this only stores what it needs.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable("idempotency_keys")
    // No foreign key: a key belongs to whoever the token names, and every key is purged once spent.
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("fingerprint", "text", (c) => c.notNull())
    .addColumn("resource_id", "text", (c) => c.notNull())
    .addColumn("response_status", "integer", (c) => c.notNull())
    // A secret the first response showed once (an API key), sealed with ENCRYPTION_KEY.
    .addColumn("replay_secret", "text")
    .addColumn("first_used_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("idempotency_keys_pkey", ["user_id", "scope", "idempotency_key"])
    .execute();
  // Spent keys are purged by age.
  await db.schema
    .createIndex("idempotency_keys_first_used_idx")
    .on("idempotency_keys")
    .column("first_used_at")
    .execute();
  await sql`
    insert into idempotency_keys
      (user_id, scope, idempotency_key, fingerprint, resource_id, response_status, first_used_at)
    select user_id, 'jobs', idempotency_key, request_hash, job_id, 201, created_at
    from job_idempotency_keys`.execute(db);
  await db.schema.dropTable("job_idempotency_keys").execute();
}
