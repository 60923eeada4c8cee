import { type Clock, IDEMPOTENCY_WINDOW_SECONDS } from "@bacowr/core";
import type { Database } from "@bacowr/db";
import { purgeSpentIdempotencyKeys } from "@bacowr/db";
import type { Kysely } from "kysely";
import type { Duty } from "../duty";

/** Deletes idempotency keys past their 24 h window, with any API key sealed for a replay. */
export function idempotencyPurgeDuty(db: Kysely<Database>, clock: Clock, batchSize = 500): Duty {
  return {
    name: "idempotency-purge",
    run: () =>
      purgeSpentIdempotencyKeys(
        db,
        new Date(clock.now().getTime() - IDEMPOTENCY_WINDOW_SECONDS * 1000),
        batchSize,
      ),
  };
}
