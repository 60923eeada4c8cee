import type { Clock, ResearchCache } from "@bacowr/core";
import { type Kysely, sql } from "kysely";
import type { Database } from "./schema";

/** Deletes up to `limit` expired cache rows; returns how many went. */
export async function purgeExpiredCacheEntries(
  db: Kysely<Database>,
  now: Date,
  limit: number,
): Promise<number> {
  const result = await db
    .deleteFrom("cache_entries")
    .where(
      "key",
      "in",
      db.selectFrom("cache_entries").select("key").where("expires_at", "<=", now).limit(limit),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Reads a live cache entry and counts the hit. */
export async function readCacheEntry(
  db: Kysely<Database>,
  key: string,
  now: Date,
): Promise<unknown | undefined> {
  const row = await db
    .updateTable("cache_entries")
    .set({ hits: sql`hits + 1` })
    .where("key", "=", key)
    .where("expires_at", ">", now)
    .returning("value")
    .executeTakeFirst();
  return row?.value;
}

export async function writeCacheEntry(
  db: Kysely<Database>,
  entry: { key: string; namespace: string; value: unknown; expiresAt: Date },
): Promise<void> {
  const value = JSON.stringify(entry.value);
  await db
    .insertInto("cache_entries")
    .values({ key: entry.key, namespace: entry.namespace, value, expires_at: entry.expiresAt })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value, expires_at: entry.expiresAt, hits: 0 }))
    .execute();
}

/** The database cache as research's port: entries expire, and every hit is counted. */
export function createResearchCache(db: Kysely<Database>, clock: Clock): ResearchCache {
  return {
    get: (key: string) => readCacheEntry(db, key, clock.now()),
    set: (key: string, namespace: string, value: unknown, ttlSeconds: number) =>
      writeCacheEntry(db, {
        key,
        namespace,
        value,
        expiresAt: new Date(clock.now().getTime() + ttlSeconds * 1000),
      }),
  };
}
