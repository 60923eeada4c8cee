import {
  type IdempotencyClaim,
  type IdempotencyKeyRecord,
  type IdempotencyKeyStore,
  IdempotencyKeyTaken,
} from "@bacowr/core";
import { type Kysely, sql, type Transaction } from "kysely";
import type { Database } from "../schema";

const columns = [
  "user_id",
  "scope",
  "idempotency_key",
  "fingerprint",
  "resource_id",
  "response_status",
  "replay_secret",
  "first_used_at",
] as const;

function findKey(db: Kysely<Database>, userId: string, scope: string, key: string) {
  return db
    .selectFrom("idempotency_keys")
    .select(columns)
    .where("user_id", "=", userId)
    .where("scope", "=", scope)
    .where("idempotency_key", "=", key)
    .executeTakeFirst()
    .then(
      (row): IdempotencyKeyRecord | undefined =>
        row && {
          userId: row.user_id,
          scope: row.scope,
          key: row.idempotency_key,
          fingerprint: row.fingerprint,
          resourceId: row.resource_id,
          responseStatus: row.response_status,
          replaySecret: row.replay_secret,
          firstUsedAt: row.first_used_at,
        },
    );
}

export function createIdempotencyKeyStore(db: Kysely<Database>): IdempotencyKeyStore {
  return { find: (userId, scope, key) => findKey(db, userId, scope, key) };
}

/** Rolls back the creating transaction when another request holds the key. */
class KeyHeld extends Error {}

/**
 * Runs `create` in one transaction with storing `claim`: a spent key is
 * replaced; a key another request holds rolls the creation back and is
 * reported as IdempotencyKeyTaken. `resourceId` undefined means nothing was
 * created, and no key is stored.
 */
export async function createWithKey<T>(
  db: Kysely<Database>,
  claim: IdempotencyClaim | undefined,
  create: (trx: Transaction<Database>) => Promise<{ value: T; resourceId: string | undefined }>,
): Promise<T> {
  try {
    return await db.transaction().execute(async (trx) => {
      if (claim) {
        await trx
          .deleteFrom("idempotency_keys")
          .where("user_id", "=", claim.userId)
          .where("scope", "=", claim.scope)
          .where("idempotency_key", "=", claim.key)
          .where("first_used_at", "<", claim.spentBefore)
          .execute();
      }
      const { value, resourceId } = await create(trx);
      if (claim && resourceId !== undefined) {
        // Concurrent duplicates meet here: the primary key lets one through, the others roll back.
        const stored = await trx
          .insertInto("idempotency_keys")
          .values({
            user_id: claim.userId,
            scope: claim.scope,
            idempotency_key: claim.key,
            fingerprint: claim.fingerprint,
            resource_id: resourceId,
            response_status: claim.responseStatus,
            replay_secret: claim.replaySecret ?? null,
            first_used_at: claim.firstUsedAt,
          })
          .onConflict((oc) => oc.columns(["user_id", "scope", "idempotency_key"]).doNothing())
          .returning("resource_id")
          .executeTakeFirst();
        if (!stored) throw new KeyHeld();
      }
      return value;
    });
  } catch (error) {
    if (!(error instanceof KeyHeld) || !claim) throw error;
    throw new IdempotencyKeyTaken(await findKey(db, claim.userId, claim.scope, claim.key));
  }
}

/** Deletes up to `limit` keys first used before `before`: spent keys, with any secret sealed for a replay. */
export async function purgeSpentIdempotencyKeys(
  db: Kysely<Database>,
  before: Date,
  limit: number,
): Promise<number> {
  const result = await sql`
    delete from idempotency_keys where ctid in (
      select ctid from idempotency_keys where first_used_at < ${before} limit ${limit})`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}
