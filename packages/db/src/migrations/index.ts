import type { Migration } from "kysely";
import * as initial from "./0001_initial";
import * as jobCheckpoint from "./0002_job_checkpoint";
import * as idempotencyKeys from "./0003_idempotency_keys";

/**
 * Every migration, in order. Listed statically (not read from disk) so the
 * same code runs under tsx, vitest and a bundled build. Forward-only.
 */
export const migrations: Record<string, Migration> = {
  "0001_initial": initial,
  "0002_job_checkpoint": jobCheckpoint,
  "0003_idempotency_keys": idempotencyKeys,
};
