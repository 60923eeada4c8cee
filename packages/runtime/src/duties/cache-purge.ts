import type { Database } from "@bacowr/db";
import { purgeExpiredCacheEntries } from "@bacowr/db";
import type { Kysely } from "kysely";
import type { Duty } from "../duty";

/** Deletes expired rows of the database cache, a bounded batch per tick. */
export function cachePurgeDuty(db: Kysely<Database>, batchSize = 500): Duty {
  return {
    name: "cache-purge",
    run: () => purgeExpiredCacheEntries(db, new Date(), batchSize),
  };
}
