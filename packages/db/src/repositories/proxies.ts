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

/**
 * Proxies with passwords sealed at rest and opened only on the way out. A row
 * sealed under another key (a rotated ENCRYPTION_KEY, another instance's key
 * file) cannot be opened: it is left out of listings and reported through
 * `onUnreadable`, so one bad row never takes the proxy list down.
 */
export function createProxyRepository(
  db: Kysely<Database>,
  box: SecretBox,
  onUnreadable: (proxyId: number, error: unknown) => void = () => undefined,
): ProxyRepository {
  const reveal = ({ password_encrypted, ...proxy }: StoredProxy): ProxyRecord | undefined => {
    let password: string | null = null;
    if (password_encrypted !== null) {
      try {
        password = box.open(password_encrypted);
      } catch (error) {
        onUnreadable(proxy.id, error);
        return undefined;
      }
    }
    return { ...proxy, type: proxy.type as ProxyRecord["type"], password };
  };

  return {
    async list({ country, activeOnly }) {
      let query = db.selectFrom("proxies").select(columns);
      if (country) query = query.where("country", "=", country);
      if (activeOnly) query = query.where("is_active", "=", true);
      const rows = await query.orderBy("error_count").orderBy("id").execute();
      return rows.flatMap((row) => reveal(row) ?? []);
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
        .returning(["id", "is_active", "error_count"])
        .executeTakeFirst();
      return row;
    },
  };
}
