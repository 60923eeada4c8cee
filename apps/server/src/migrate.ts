import { migrateToLatest, openDatabase } from "@bacowr/db";
import { loadConfigOrExit } from "./config-or-exit";

const config = loadConfigOrExit("bacowr db:migrate");
const database = await openDatabase(config.database);
try {
  const { applied } = await migrateToLatest(database.db);
  process.stdout.write(
    applied.length > 0
      ? `applied ${applied.join(", ")} (${database.kind})\n`
      : `database is up to date (${database.kind})\n`,
  );
} finally {
  await database.close();
}
