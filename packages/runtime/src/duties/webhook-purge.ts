import type { Clock } from "@bacowr/core";
import type { Database } from "@bacowr/db";
import { purgeExpiredWebhookDeliveries } from "@bacowr/db";
import type { Kysely } from "kysely";
import type { Duty } from "../duty";

/** Deletes webhook deliveries past their retention: finished ones, and those a paused or disabled webhook kept waiting. */
export function webhookPurgeDuty(
  db: Kysely<Database>,
  clock: Clock,
  retentionDays: number,
  batchSize = 500,
): Duty {
  return {
    name: "webhook-purge",
    run: () =>
      purgeExpiredWebhookDeliveries(
        db,
        new Date(clock.now().getTime() - retentionDays * 86_400_000),
        batchSize,
      ),
  };
}
