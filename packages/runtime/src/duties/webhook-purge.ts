import type { Clock } from "@bacowr/core";
import type { Database } from "@bacowr/db";
import { purgeFinishedWebhookDeliveries } from "@bacowr/db";
import type { Kysely } from "kysely";
import type { Duty } from "../duty";

/** Deletes delivered and dead webhook deliveries past their retention; pending ones are never deleted. */
export function webhookPurgeDuty(
  db: Kysely<Database>,
  clock: Clock,
  retentionDays: number,
  batchSize = 500,
): Duty {
  return {
    name: "webhook-purge",
    run: () =>
      purgeFinishedWebhookDeliveries(
        db,
        new Date(clock.now().getTime() - retentionDays * 86_400_000),
        batchSize,
      ),
  };
}
