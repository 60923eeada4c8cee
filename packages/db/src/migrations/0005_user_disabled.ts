import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time
type Db = Kysely<any>;

/** An administrator can disable an account without deleting what it owns; null means active. */
export async function up(db: Db): Promise<void> {
  await db.schema.alterTable("users").addColumn("disabled_at", "timestamptz").execute();
}
