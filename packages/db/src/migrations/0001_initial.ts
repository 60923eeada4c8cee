import { type Kysely, sql } from "kysely";

// Migrations take Kysely<any>: they describe the schema as it was at their
// point in history, which later table types must not constrain.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Db = Kysely<any>;

const now = sql`now()`;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().defaultTo("user").check(sql`role in ('user', 'admin')`))
    .addColumn("tier", "text", (c) =>
      c.notNull().defaultTo("free").check(sql`tier in ('free', 'pro', 'enterprise')`),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await sql`create unique index users_email_lower_key on users (lower(email))`.execute(db);

  await db.schema
    .createTable("refresh_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("family_id", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("used_at", "timestamptz")
    .addColumn("revoked_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("refresh_tokens_family_idx").on("refresh_tokens").column("family_id").execute();

  await db.schema
    .createTable("api_keys")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("key_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("last_used_at", "timestamptz")
    .addColumn("revoked_at", "timestamptz")
    .execute();
  await db.schema.createIndex("api_keys_user_idx").on("api_keys").column("user_id").execute();

  await db.schema
    .createTable("batches")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("options", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("total_jobs", "integer", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("completed_at", "timestamptz")
    .execute();
  await db.schema.createIndex("batches_user_idx").on("batches").columns(["user_id", "created_at"]).execute();

  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("batch_id", "text", (c) => c.references("batches.id").onDelete("set null"))
    .addColumn("publisher_domain", "text", (c) => c.notNull())
    .addColumn("target_url", "text", (c) => c.notNull())
    .addColumn("anchor_text", "text", (c) => c.notNull())
    .addColumn("options", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("progress", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("article", "jsonb")
    .addColumn("qc_report", "jsonb")
    .addColumn("cost_llm", "double precision", (c) => c.notNull().defaultTo(0))
    .addColumn("cost_serp", "double precision", (c) => c.notNull().defaultTo(0))
    .addColumn("error_code", "text")
    .addColumn("error_message", "text")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_by", "text")
    .addColumn("locked_until", "timestamptz")
    .addColumn("run_after", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("cancel_requested_at", "timestamptz")
    .addColumn("estimated_completion", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("completed_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("jobs_user_created_idx")
    .on("jobs")
    .columns(["user_id", "created_at"])
    .execute();
  await db.schema.createIndex("jobs_batch_idx").on("jobs").column("batch_id").execute();
  // The claim query scans runnable jobs only; finished jobs stay out of this index.
  await sql`create index jobs_claim_idx on jobs (run_after, created_at)
            where status not in ('DELIVER', 'BLOCKED', 'ERROR', 'CANCELLED')`.execute(db);

  await db.schema
    .createTable("job_state_transitions")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("job_id", "text", (c) => c.notNull().references("jobs.id").onDelete("cascade"))
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("note", "text")
    .execute();
  await db.schema
    .createIndex("job_state_transitions_job_idx")
    .on("job_state_transitions")
    .columns(["job_id", "id"])
    .execute();

  await db.schema
    .createTable("job_idempotency_keys")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("job_id", "text", (c) => c.notNull().references("jobs.id").onDelete("cascade"))
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("job_idempotency_keys_pkey", ["user_id", "idempotency_key"])
    .execute();

  await db.schema
    .createTable("job_exports")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("job_id", "text", (c) => c.notNull().references("jobs.id").onDelete("cascade"))
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("remote_id", "text")
    .addColumn("remote_url", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("webhook_subscriptions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("events", "jsonb", (c) => c.notNull())
    .addColumn("secret_encrypted", "text", (c) => c.notNull())
    .addColumn("active", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("subscription_id", "text", (c) =>
      c.notNull().references("webhook_subscriptions.id").onDelete("cascade"),
    )
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("payload", "jsonb", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("last_status_code", "integer")
    .addColumn("last_error", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("delivered_at", "timestamptz")
    .execute();
  await sql`create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at)
            where status = 'pending'`.execute(db);

  await db.schema
    .createTable("campaigns")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("owner_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("active"))
    .addColumn("settings", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("worker_tasks")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("campaign_id", "integer", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("pending")
        .check(sql`status in ('pending', 'running', 'success', 'failed', 'error')`),
    )
    .addColumn("payload", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("max_retries", "integer", (c) => c.notNull().defaultTo(3))
    .addColumn("retry_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_by", "text")
    .addColumn("locked_at", "timestamptz")
    .addColumn("lock_expires_at", "timestamptz")
    .addColumn("run_after", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("result", "jsonb")
    .addColumn("error", "text")
    .addColumn("last_worker_id", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("completed_at", "timestamptz")
    .execute();
  await sql`create index worker_tasks_pending_idx on worker_tasks (run_after, id) where status = 'pending'`.execute(
    db,
  );
  await sql`create index worker_tasks_lease_idx on worker_tasks (lock_expires_at) where status = 'running'`.execute(
    db,
  );
  await db.schema
    .createIndex("worker_tasks_campaign_idx")
    .on("worker_tasks")
    .columns(["campaign_id", "id"])
    .execute();

  await db.schema
    .createTable("task_events")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("task_id", "integer", (c) => c.notNull().references("worker_tasks.id").onDelete("cascade"))
    .addColumn("worker_id", "text")
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text")
    .addColumn("detail", "text")
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("task_events_task_idx").on("task_events").columns(["task_id", "id"]).execute();

  await db.schema
    .createTable("site_accounts")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("campaign_id", "integer", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("site_domain", "text", (c) => c.notNull())
    .addColumn("username", "text")
    .addColumn("email", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("verification_link", "text")
    .addColumn("verified_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("backlinks")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("campaign_id", "integer", (c) => c.notNull().references("campaigns.id").onDelete("cascade"))
    .addColumn("site_account_id", "integer", (c) => c.references("site_accounts.id").onDelete("set null"))
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("keyword", "text")
    .addColumn("anchor_text", "text")
    .addColumn("verified_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex("backlinks_campaign_idx")
    .on("backlinks")
    .columns(["campaign_id", "id"])
    .execute();

  await db.schema
    .createTable("proxies")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("host", "text", (c) => c.notNull())
    .addColumn("port", "integer", (c) => c.notNull().check(sql`port between 1 and 65535`))
    .addColumn("username", "text")
    .addColumn("password_encrypted", "text")
    .addColumn("type", "text", (c) => c.notNull().defaultTo("http"))
    .addColumn("country", "text")
    .addColumn("is_active", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("error_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .addColumn("last_used_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("llm_usage")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("job_id", "text", (c) => c.references("jobs.id").onDelete("set null"))
    .addColumn("campaign_id", "integer", (c) => c.references("campaigns.id").onDelete("set null"))
    .addColumn("worker_id", "text")
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("model", "text", (c) => c.notNull())
    .addColumn("input_tokens", "integer", (c) => c.notNull())
    .addColumn("output_tokens", "integer", (c) => c.notNull())
    .addColumn("cost", "double precision", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("captcha_usage")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("campaign_id", "integer", (c) => c.references("campaigns.id").onDelete("set null"))
    .addColumn("site_domain", "text")
    .addColumn("captcha_type", "text", (c) => c.notNull())
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("provider_task_id", "text")
    .addColumn("cost", "double precision", (c) => c.notNull())
    .addColumn("success", "boolean", (c) => c.notNull())
    .addColumn("error", "text")
    .addColumn("worker_id", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable("cache_entries")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("namespace", "text", (c) => c.notNull())
    .addColumn("value", "jsonb", (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex("cache_entries_expiry_idx").on("cache_entries").column("expires_at").execute();
}

export async function down(): Promise<void> {
  throw new Error("migrations are forward-only");
}
