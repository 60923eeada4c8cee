import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DatabaseHandle,
  type DatabaseTarget,
  migrateToLatest,
  openDatabase,
  purgeExpiredCacheEntries,
  readCacheEntry,
  writeCacheEntry,
} from "../src";

// The suite runs on in-memory PGlite, and on the real server when CI sets DATABASE_URL.
const target: DatabaseTarget = process.env.DATABASE_URL
  ? { kind: "postgres", url: process.env.DATABASE_URL }
  : { kind: "pglite", dataDir: "memory" };

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openDatabase(target);
  await migrateToLatest(handle.db);
});
afterAll(() => handle?.close());

describe(`database on ${target.kind}`, () => {
  it("migrates idempotently", async () => {
    expect((await migrateToLatest(handle.db)).applied).toEqual([]);
  });

  it.runIf(target.kind === "postgres")(
    "lets several processes run migrate against one server at once",
    async () => {
      const others = await Promise.all([openDatabase(target), openDatabase(target), openDatabase(target)]);
      try {
        const outcomes = await Promise.all(others.map((o) => migrateToLatest(o.db)));
        expect(outcomes.every((o) => o.applied.length === 0)).toBe(true);
      } finally {
        await Promise.all(others.map((o) => o.close()));
      }
    },
  );

  it("creates every table of both contracts", async () => {
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = current_schema()`.execute(
      handle.db,
    );
    const tables = rows.map((r) => r.table_name);
    for (const table of [
      "users",
      "refresh_tokens",
      "api_keys",
      "jobs",
      "job_state_transitions",
      "idempotency_keys",
      "batches",
      "webhook_subscriptions",
      "webhook_deliveries",
      "campaigns",
      "worker_tasks",
      "task_events",
      "backlinks",
      "site_accounts",
      "proxies",
      "llm_usage",
      "captcha_usage",
      "cache_entries",
      "cms_connections",
      "job_exports",
      "placed_links",
      "link_checks",
    ]) {
      expect(tables).toContain(table);
    }
  });

  it("returns counts and int8 values as numbers and timestamps as Dates on both dialects", async () => {
    const row = await sql<{ n: number; big: number; at: Date }>`
      select count(*) as n, 9007199254740::bigint as big, now() as at`
      .execute(handle.db)
      .then((r) => r.rows[0]);
    expect(row).toEqual({ n: 1, big: 9007199254740, at: expect.any(Date) });
  });

  it("enforces the task status set", async () => {
    const campaign = await handle.db
      .insertInto("campaigns")
      .values({ name: "db test", settings: {} })
      .returning("id")
      .executeTakeFirstOrThrow();
    await expect(
      handle.db
        .insertInto("worker_tasks")
        .values({ campaign_id: campaign.id, type: "comment", status: "bogus" as "pending", payload: {} })
        .execute(),
    ).rejects.toThrow(/check/i);
  });

  it("caches with expiry and hit counting, and purges expired rows", async () => {
    const now = new Date();
    const key = `test:${Math.random()}`;
    const stale = `test:${Math.random()}`;
    await writeCacheEntry(handle.db, {
      key,
      namespace: "test",
      value: { a: 1 },
      expiresAt: new Date(+now + 60_000),
    });
    await writeCacheEntry(handle.db, {
      key: stale,
      namespace: "test",
      value: [1],
      expiresAt: new Date(+now - 1),
    });
    expect(await readCacheEntry(handle.db, key, now)).toEqual({ a: 1 });
    expect(await readCacheEntry(handle.db, stale, now)).toBeUndefined();
    const hits = await handle.db
      .selectFrom("cache_entries")
      .select("hits")
      .where("key", "=", key)
      .executeTakeFirst();
    expect(hits?.hits).toBe(1);
    expect(await purgeExpiredCacheEntries(handle.db, now, 1000)).toBeGreaterThanOrEqual(1);
    const left = await handle.db.selectFrom("cache_entries").select("key").where("key", "=", stale).execute();
    expect(left).toEqual([]);
  });
});
