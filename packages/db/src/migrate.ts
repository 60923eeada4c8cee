import { type Kysely, Migrator } from "kysely";
import { migrations } from "./migrations";
import type { Database } from "./schema";

export interface MigrationOutcome {
  applied: string[];
}

/**
 * Brings the schema to the latest migration. Safe to call from several
 * processes at once: Kysely's migrator serialises them with a lock row.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : "";
    throw new Error(
      `database migration failed${name}: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
      },
    );
  }
  return { applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}
