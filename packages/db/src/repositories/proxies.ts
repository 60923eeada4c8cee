import type { ProxyRecord, ProxyRepository, SecretBox } from "@bacowr/core";
import { type Kysely, sql } from "kysely";
import type { Database, Row } from "../schema";

const columns = [
  "id",
  "host",
  "port",
  "username",
  "password_encrypted",
  "type",
  "country",
  "is_active",
  "error_count",
] as const;

type StoredProxy = Pick<Row<"proxies">, (typeof columns)[number]>;

/** Proxies with passwords sealed at rest and opened only on the way out. */
export function createProxyRepository(db: Kysely<Database>, box: SecretBox): ProxyRepository {
  const reveal = ({ password_encrypted, ...proxy }: StoredProxy): ProxyRecord => ({
    ...proxy,
    type: proxy.type as ProxyRecord["type"],
    password: password_encrypted === null ? null : box.open(password_encrypted),
  });

  return {
    async list({ country, activeOnly }) {
      let query = db.selectFrom("proxies").select(columns);
      if (country) query = query.where("country", "=", country);
      if (activeOnly) query = query.where("is_active", "=", true);
      const rows = await query.orderBy("error_count").orderBy("id").execute();
      return rows.map(reveal);
    },
    async createMany(proxies, now) {
      if (proxies.length === 0) return [];
      const rows = await db
        .insertInto("proxies")
        .values(
          proxies.map(({ password, ...proxy }) => ({
            ...proxy,
            password_encrypted: password === null ? null : box.seal(password),
            created_at: now,
            updated_at: now,
          })),
        )
        .returning("id")
        .execute();
      return rows.map((r) => r.id);
    },
    async reportFailure(id, { error, deactivateAt, now }) {
      const row = await db
        .updateTable("proxies")
        .set({
          error_count: sql`error_count + 1`,
          is_active: sql`is_active and error_count + 1 < ${deactivateAt}`,
          last_error: error,
          updated_at: now,
        })
        .where("id", "=", id)
        .returning(columns)
        .executeTakeFirst();
      return row && reveal(row);
    },
  };
}
