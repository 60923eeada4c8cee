import type { SiteAccountRecord, SiteAccountRepository } from "@bacowr/core";
import type { Kysely } from "kysely";
import type { Database } from "../schema";

const columns = [
  "id",
  "campaign_id",
  "site_domain",
  "username",
  "email",
  "status",
  "verification_link",
  "verified_at",
  "created_at",
  "updated_at",
] as const;

// The status column is free text in SQL; the service only ever writes the documented set.
const asRecord = (row: Omit<SiteAccountRecord, "status"> & { status: string }) => row as SiteAccountRecord;

export function createSiteAccountRepository(db: Kysely<Database>): SiteAccountRepository {
  return {
    async create(account, now) {
      const row = await db
        .insertInto("site_accounts")
        .values({ ...account, created_at: now, updated_at: now })
        .returning(columns)
        .executeTakeFirstOrThrow();
      return asRecord(row);
    },
    async update(id, changes, now) {
      const row = await db
        .updateTable("site_accounts")
        .set({ ...changes, updated_at: now })
        .where("id", "=", id)
        .returning(columns)
        .executeTakeFirst();
      return row && asRecord(row);
    },
    async find(id) {
      const row = await db
        .selectFrom("site_accounts")
        .select(columns)
        .where("id", "=", id)
        .executeTakeFirst();
      return row && asRecord(row);
    },
  };
}
