import { createHash } from "node:crypto";
import type { Kysely } from "kysely";

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
  // The old table's hash depended on member order; keys carried over get today's fingerprint, recomputed from
  // the job as it was created (its normalised order and resolved options), so a retry within the window still
  // replays instead of answering 422.
  const carried: JobKeyRow[] = await db
    .selectFrom("job_idempotency_keys as k")
    .innerJoin("jobs as j", "j.id", "k.job_id")
    .select([
      "k.user_id",
      "k.idempotency_key",
      "k.job_id",
      "k.created_at",
      "j.publisher_domain",
      "j.target_url",
      "j.anchor_text",
      "j.options",
    ])
    .execute();
  for (const row of carried) {
    const { publisher_domain, target_url, anchor_text, options } = row;
    await db
      .insertInto("idempotency_keys")
      .values({
        user_id: row.user_id,
        scope: "jobs",
        idempotency_key: row.idempotency_key,
        fingerprint: fingerprintOf({ publisher_domain, target_url, anchor_text, options }),
        resource_id: row.job_id,
        response_status: 201,
        first_used_at: row.created_at,
      })
      .execute();
  }
  await db.schema.dropTable("job_idempotency_keys").execute();
}

interface JobKeyRow {
  user_id: string;
  idempotency_key: string;
  job_id: string;
  created_at: Date;
  publisher_domain: string;
  target_url: string;
  anchor_text: string;
  options: unknown;
}

// Frozen copy of core's requestFingerprint as of this migration (a migration must not change with later code).
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

function fingerprintOf(request: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(canonical(request)))
    .digest("hex");
}
