import type { Migration } from "kysely";
import * as initial from "./0001_initial";
import * as jobCheckpoint from "./0002_job_checkpoint";
import * as idempotencyKeys from "./0003_idempotency_keys";
import * as qcIssueCodes from "./0004_qc_issue_codes";
import * as userDisabled from "./0005_user_disabled";
import * as batchesAndLimits from "./0006_batches_and_limits";
import * as webhookOutbox from "./0007_webhook_outbox";
import * as exportsAndLinks from "./0008_exports_and_links";

/**
 * Every migration, in order. Listed statically (not read from disk) so the
 * same code runs under tsx, vitest and a bundled build. Forward-only.
 */
export const migrations: Record<string, Migration> = {
  "0001_initial": initial,
  "0002_job_checkpoint": jobCheckpoint,
  "0003_idempotency_keys": idempotencyKeys,
  "0004_qc_issue_codes": qcIssueCodes,
  "0005_user_disabled": userDisabled,
  "0006_batches_and_limits": batchesAndLimits,
  "0007_webhook_outbox": webhookOutbox,
  "0008_exports_and_links": exportsAndLinks,
};
