import type {
  ApiKeyRepository,
  AuthRepositories,
  RefreshTokenRepository,
  UserRepository,
} from "@bacowr/core";
import { type Kysely, type Selectable, sql } from "kysely";
import type { Database, UsersTable } from "../schema";
import { createIdempotencyKeyStore, createWithKey } from "./idempotency-keys";

const userColumns = [
  "id",
  "email",
  "role",
  "tier",
  "created_at",
  "disabled_at",
  "rate_limit_per_hour",
  "max_concurrent_jobs",
  "max_batch_size",
] as const;

type UserRow = Pick<Selectable<UsersTable>, (typeof userColumns)[number]>;

type LimitColumns = Pick<UserRow, "rate_limit_per_hour" | "max_concurrent_jobs" | "max_batch_size">;

/** The limit columns as the customer's overrides (null: the tier's). */
const limitsOf = (row: LimitColumns) => ({
  requests_per_hour: row.rate_limit_per_hour,
  concurrent_jobs: row.max_concurrent_jobs,
  batch_size: row.max_batch_size,
});

/** A users row as the core's record: the limit columns grouped as the customer's overrides. */
function userRecord<T extends UserRow>(row: T) {
  const { rate_limit_per_hour: _, max_concurrent_jobs: __, max_batch_size: ___, ...rest } = row;
  return { ...rest, limits: limitsOf(row) };
}

const userRecordOrUndefined = <T extends UserRow>(row: T | undefined) => row && userRecord(row);
const apiKeyColumns = ["id", "name", "prefix", "created_at", "last_used_at", "revoked_at"] as const;

function createUserRepository(db: Kysely<Database>): UserRepository {
  return {
    create(user, claim) {
      return createWithKey(db, claim, async (trx) => {
        const created = await trx
          .insertInto("users")
          .values(user)
          .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
          .returning(userColumns)
          .executeTakeFirst();
        return { value: userRecordOrUndefined(created), resourceId: created?.id };
      });
    },
    async findByEmail(email) {
      return userRecordOrUndefined(
        await db
          .selectFrom("users")
          .select([...userColumns, "password_hash"])
          .where(sql`lower(email)`, "=", email.toLowerCase())
          .executeTakeFirst(),
      );
    },
    async findById(id) {
      return userRecordOrUndefined(
        await db.selectFrom("users").select(userColumns).where("id", "=", id).executeTakeFirst(),
      );
    },
    async countAdmins() {
      const row = await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("role", "=", "admin")
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    update(id, patch, now) {
      return db.transaction().execute(async (trx) => {
        const { limits, ...fields } = patch;
        const user = await trx
          .updateTable("users")
          .set({
            ...fields,
            ...(limits?.requests_per_hour === undefined
              ? {}
              : { rate_limit_per_hour: limits.requests_per_hour }),
            ...(limits?.concurrent_jobs === undefined ? {} : { max_concurrent_jobs: limits.concurrent_jobs }),
            ...(limits?.batch_size === undefined ? {} : { max_batch_size: limits.batch_size }),
            updated_at: now,
          })
          .where("id", "=", id)
          .returning(userColumns)
          .executeTakeFirst();
        if (user && patch.disabled_at) {
          await trx
            .updateTable("refresh_tokens")
            .set({ revoked_at: now })
            .where("user_id", "=", id)
            .where("revoked_at", "is", null)
            .execute();
          await trx
            .updateTable("api_keys")
            .set({ revoked_at: now })
            .where("user_id", "=", id)
            .where("revoked_at", "is", null)
            .execute();
          // As when one key is revoked: no sealed copy of a revoked key may be shown again.
          await trx
            .updateTable("idempotency_keys")
            .set({ replay_secret: null })
            .where("user_id", "=", id)
            .where("scope", "=", "api_keys")
            .execute();
        }
        return userRecordOrUndefined(user);
      });
    },
    delete(id) {
      return db.transaction().execute(async (trx) => {
        // Idempotency records carry no foreign key (their resources live in several tables): removed by hand.
        await trx.deleteFrom("idempotency_keys").where("user_id", "=", id).execute();
        const result = await trx.deleteFrom("users").where("id", "=", id).executeTakeFirst();
        return Number(result.numDeletedRows) === 1;
      });
    },
  };
}

function createRefreshTokenRepository(db: Kysely<Database>): RefreshTokenRepository {
  return {
    async insert(token) {
      await db.insertInto("refresh_tokens").values(token).execute();
    },
    async findByHash(tokenHash) {
      return db
        .selectFrom("refresh_tokens")
        .select(["id", "user_id", "family_id", "expires_at", "used_at", "revoked_at"])
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst();
    },
    async markUsed(id, now) {
      const result = await db
        .updateTable("refresh_tokens")
        .set({ used_at: now })
        .where("id", "=", id)
        .where("used_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async revokeFamily(familyId, now) {
      await db
        .updateTable("refresh_tokens")
        .set({ revoked_at: now })
        .where("family_id", "=", familyId)
        .where("revoked_at", "is", null)
        .execute();
    },
  };
}

function createApiKeyRepository(db: Kysely<Database>): ApiKeyRepository {
  return {
    insert(key, claim) {
      return createWithKey(db, claim, async (trx) => {
        const created = await trx
          .insertInto("api_keys")
          .values(key)
          .returning(apiKeyColumns)
          .executeTakeFirstOrThrow();
        return { value: created, resourceId: created.id };
      });
    },
    findOwned(id, userId) {
      return db
        .selectFrom("api_keys")
        .select(apiKeyColumns)
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .executeTakeFirst();
    },
    async listByUser(userId) {
      return db
        .selectFrom("api_keys")
        .select(apiKeyColumns)
        .where("user_id", "=", userId)
        .orderBy("created_at", "desc")
        .execute();
    },
    async revoke(id, userId, now) {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable("api_keys")
          .set({ revoked_at: now })
          .where("id", "=", id)
          .where("user_id", "=", userId)
          .where("revoked_at", "is", null)
          .executeTakeFirst();
        // A revoked key's secret is never shown again: the copy sealed for an idempotent replay goes with it.
        await trx
          .updateTable("idempotency_keys")
          .set({ replay_secret: null })
          .where("user_id", "=", userId)
          .where("scope", "=", "api_keys")
          .where("resource_id", "=", id)
          .execute();
        return Number(result.numUpdatedRows) === 1;
      });
    },
    async principalOf(keyHash, now) {
      const row = await db
        .updateTable("api_keys")
        .set({ last_used_at: now })
        .from("users")
        .whereRef("users.id", "=", "api_keys.user_id")
        .where("api_keys.key_hash", "=", keyHash)
        .where("api_keys.revoked_at", "is", null)
        .where("users.disabled_at", "is", null)
        .returning([
          "users.id as userId",
          "users.role as role",
          "users.tier as tier",
          "users.rate_limit_per_hour",
          "users.max_concurrent_jobs",
          "users.max_batch_size",
        ])
        .executeTakeFirst();
      return row && { userId: row.userId, role: row.role, tier: row.tier, limits: limitsOf(row) };
    },
  };
}

export function createAuthRepositories(db: Kysely<Database>): AuthRepositories {
  return {
    users: createUserRepository(db),
    refreshTokens: createRefreshTokenRepository(db),
    apiKeys: createApiKeyRepository(db),
    idempotencyKeys: createIdempotencyKeyStore(db),
  };
}
