import type { DatabaseHandle } from "@bacowr/db";
import type { Services } from "../compose";
import type { Duty } from "../duty";
import { cachePurgeDuty } from "./cache-purge";
import { idempotencyPurgeDuty } from "./idempotency-purge";
import { taskLeaseDuty } from "./task-leases";
import { webhookPurgeDuty } from "./webhook-purge";

/** Every duty a worker process runs, in order. */
export function defaultDuties(database: DatabaseHandle, services: Services): Duty[] {
  return [
    taskLeaseDuty(services.bridge.tasks),
    cachePurgeDuty(database.db),
    idempotencyPurgeDuty(database.db, services.pipeline.clock),
    webhookPurgeDuty(database.db, services.pipeline.clock, services.webhookRetentionDays),
  ];
}
