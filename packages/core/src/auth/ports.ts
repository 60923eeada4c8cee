import type { IdempotencyClaim, IdempotencyKeyStore } from "../idempotency/ports";
import type { ApiKeyRecord, Principal, UserRecord } from "./records";

export interface UserRepository {
  /**
   * Undefined when the email is taken (compared case-insensitively). Stores
   * `claim` with the user in one transaction; throws IdempotencyKeyTaken when the key is held.
   */
  create(
    user: Omit<UserRecord, "created_at" | "disabled_at" | "limits"> & { password_hash: string },
    claim?: IdempotencyClaim,
  ): Promise<UserRecord | undefined>;
  findByEmail(email: string): Promise<(UserRecord & { password_hash: string }) | undefined>;
  findById(id: string): Promise<UserRecord | undefined>;
  countAdmins(): Promise<number>;
  /**
   * Changes role, tier and standing; undefined when there is no such user. Disabling (`disabled_at` set)
   * revokes the user's refresh tokens and API keys in the same transaction.
   */
  update(
    id: string,
    patch: {
      role?: UserRecord["role"];
      tier?: UserRecord["tier"];
      disabled_at?: Date | null;
      limits?: Partial<UserRecord["limits"]>;
    },
    now: Date,
  ): Promise<UserRecord | undefined>;
  /** Deletes the user and, by the schema's cascade, everything it owns; false when there was none. */
  delete(id: string): Promise<boolean>;
}

export interface RefreshTokenRow {
  id: string;
  user_id: string;
  family_id: string;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}

export interface RefreshTokenRepository {
  insert(token: {
    id: string;
    user_id: string;
    family_id: string;
    token_hash: string;
    expires_at: Date;
  }): Promise<void>;
  findByHash(tokenHash: string): Promise<RefreshTokenRow | undefined>;
  /** Marks the token used if it was not yet; false when another request spent it first. */
  markUsed(id: string, now: Date): Promise<boolean>;
  revokeFamily(familyId: string, now: Date): Promise<void>;
}

export interface ApiKeyRepository {
  /** Stores `claim` with the key in one transaction; throws IdempotencyKeyTaken when the key is held. */
  insert(
    key: { id: string; user_id: string; name: string; prefix: string; key_hash: string },
    claim?: IdempotencyClaim,
  ): Promise<ApiKeyRecord>;
  findOwned(id: string, userId: string): Promise<ApiKeyRecord | undefined>;
  listByUser(userId: string): Promise<ApiKeyRecord[]>;
  /** False when the key does not exist, is not the user's, or was already revoked. */
  revoke(id: string, userId: string, now: Date): Promise<boolean>;
  /** The active key's owner, touching `last_used_at`. */
  principalOf(keyHash: string, now: Date): Promise<Principal | undefined>;
}

/** Signs access tokens; implemented at the HTTP edge with jose. */
export interface AccessTokenIssuer {
  readonly ttlSeconds: number;
  issue(principal: Principal): Promise<string>;
}

export interface AuthRepositories {
  users: UserRepository;
  refreshTokens: RefreshTokenRepository;
  apiKeys: ApiKeyRepository;
  idempotencyKeys: IdempotencyKeyStore;
}
