import { requestFingerprint } from "@bacowr/core";
import { Migrator, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "../src";
import { migrations } from "../src/migrations";

describe("migration 0003: job idempotency keys carried into the one keys table", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ kind: "pglite", dataDir: "memory" });
  });
  afterAll(() => handle?.close());

  it("gives a carried key today's fingerprint of its job, so a retry in the window still replays", async () => {
    const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo("0002_job_checkpoint")).error).toBeUndefined();
    const db = handle.db;
    await db
      .insertInto("users")
      .values({ id: "usr_old", email: "old@example.com", password_hash: "x", role: "user", tier: "free" })
      .execute();
    const order = {
      publisher_domain: "aftonbladet.se",
      target_url: "https://example.com/product",
      anchor_text: "best project tools",
    };
    // Resolved options as the job service stores them; member order differs from the sorted fingerprint's.
    const options = { strategy: "multi_stage", llm_provider: "anthropic", preflight_mode: "light" };
    await db
      .insertInto("jobs")
      .values({
        id: "job_old",
        user_id: "usr_old",
        ...order,
        options: JSON.stringify(options),
        status: "RECEIVE",
      })
      .execute();
    // The table is gone from today's types: written as the schema of its time had it.
    await sql`insert into job_idempotency_keys (user_id, idempotency_key, job_id, request_hash)
              values ('usr_old', 'retry-me', 'job_old', 'old-hash')`.execute(db);

    await migrateToLatest(handle.db);
    const carried = await handle.db
      .selectFrom("idempotency_keys")
      .selectAll()
      .where("idempotency_key", "=", "retry-me")
      .executeTakeFirstOrThrow();
    expect(carried).toMatchObject({
      user_id: "usr_old",
      scope: "jobs",
      resource_id: "job_old",
      response_status: 201,
    });
    expect(carried.fingerprint).toBe(requestFingerprint({ ...order, options }));
  });
});
