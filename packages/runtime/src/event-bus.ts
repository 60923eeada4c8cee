import type { Coordination, EventBus } from "@bacowr/core";
import type { DatabaseHandle } from "@bacowr/db";

/**
 * Where new jobs are announced and job progress is pushed: Redis when
 * configured; else PostgreSQL LISTEN/NOTIFY, so separate worker processes on
 * one PostgreSQL start new jobs at once without Redis; else in-process (PGlite
 * belongs to one process). Polling stays either way: an event only wakes early.
 */
export function eventBusFor(coordination: Coordination, database: DatabaseHandle): EventBus {
  if (coordination.kind === "redis") return coordination.events;
  return database.events ?? coordination.events;
}
