import type { BacklinkRecord, BacklinkRepository } from "@bacowr/core";
import type { Kysely } from "kysely";
import type { Database } from "../schema";

const columns = [
  "id",
  "campaign_id",
  "site_account_id",
  "url",
  "type",
  "status",
  "keyword",
  "anchor_text",
  "verified_at",
  "created_at",
  "updated_at",
] as const;

// The status column is free text in SQL; the service only ever writes the documented set.
const asRecord = (row: Omit<BacklinkRecord, "status"> & { status: string }) => row as BacklinkRecord;

export function createBacklinkRepository(db: Kysely<Database>): BacklinkRepository {
  return {
    async create(backlink, now) {
      const row = await db
        .insertInto("backlinks")
        .values({ ...backlink, created_at: now, updated_at: now })
        .returning(columns)
        .executeTakeFirstOrThrow();
      return asRecord(row);
    },
    async update(id, changes, now) {
      const row = await db
        .updateTable("backlinks")
        .set({ ...changes, updated_at: now })
        .where("id", "=", id)
        .returning(columns)
        .executeTakeFirst();
      return row && asRecord(row);
    },
    async find(id) {
      const row = await db.selectFrom("backlinks").select(columns).where("id", "=", id).executeTakeFirst();
      return row && asRecord(row);
    },
  };
}
