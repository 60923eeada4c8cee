import type { Database } from "@bacowr/db";
import type { Kysely } from "kysely";
import type { Duty } from "../duty";
import { cachePurgeDuty } from "./cache-purge";

/** Every duty a worker process runs, in order. */
export function defaultDuties(db: Kysely<Database>): Duty[] {
  return [cachePurgeDuty(db)];
}
