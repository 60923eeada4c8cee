import { createHash, randomBytes } from "node:crypto";
import { AppError } from "../app-error";
import type { Clock } from "../clock";
import {
  createOnce,
  idempotencyKeyReused,
  idempotencyScopes,
  type Requester,
  requestFingerprint,
} from "../idempotency/idempotency";
import { prefixedId } from "../ids";
import type { SecretBox } from "../secret-box";
import type { LoginThrottle } from "./login-throttle";
import { hashPassword, owaspScryptCost, type ScryptCost, verifyPassword } from "./password-hash";
import type { AccessTokenIssuer, AuthRepositories } from "./ports";
import { createPrincipalResolver } from "./principal-resolver";
import type { ApiKeyRecord, Principal, UserRecord } from "./records";

export interface AuthSettings {
  refreshTokenTtlSeconds: number;
  /** Seals a new API key for the 24 h in which a retry of its request may show it again. */
  secretBox: SecretBox;
  scryptCost?: ScryptCost;
  /** Per-account and per-IP delays after failed logins; none when absent. */
  loginThrottle?: LoginThrottle;
}

export interface UserChange {
  role?: UserRecord["role"];
  tier?: UserRecord["tier"];
  disabled?: boolean;
  /** Per-customer limits to set; a null member goes back to the tier's, an absent one is kept. */
  limits?: Partial<UserRecord["limits"]> | undefined;
}

const sha256 = (value: string) => createHash("sha256").update(value).digest("base64url");
const secret = (prefix: string) => `${prefix}${randomBytes(32).toString("base64url")}`;
const invalidLogin = () => new AppError("UNAUTHORIZED", "Invalid email or password");

/**
 * Logins, rotating refresh tokens, API keys and users. Refresh tokens and API
 * keys are high-entropy random strings, so a SHA-256 of each is what is stored.
 */
export function createAuthService(
  repos: AuthRepositories,
  issuer: AccessTokenIssuer,
  clock: Clock,
  settings: AuthSettings,
) {
  const cost = settings.scryptCost ?? owaspScryptCost;
  // Verified against when the email is unknown, so both answers take as long.
  const decoy = hashPassword(randomBytes(16).toString("hex"), cost);

  const startSession = async (principal: Principal, familyId = prefixedId("rtf")) => {
    const refreshToken = secret("rt_");
    await repos.refreshTokens.insert({
      id: prefixedId("rt"),
      user_id: principal.userId,
      family_id: familyId,
      token_hash: sha256(refreshToken),
      expires_at: new Date(clock.now().getTime() + settings.refreshTokenTtlSeconds * 1000),
    });
    return {
      access_token: await issuer.issue(principal),
      token_type: "Bearer" as const,
      expires_in: issuer.ttlSeconds,
      refresh_token: refreshToken,
    };
  };

  const principals = createPrincipalResolver((id) => repos.users.findById(id), clock);
  // Keeps at least the administrator making the call, so no request can leave the platform without one.
  const refuseSelf = () => {
    throw new AppError("CONFLICT", "Administrators cannot demote, disable or delete themselves");
  };

  const principalOf = (user: UserRecord): Principal => ({
    userId: user.id,
    role: user.role,
    tier: user.tier,
    limits: user.limits,
  });

  return {
    /**
     * Creates a user. With an idempotency key, a retry answers the same user;
     * the password is checked against that user's, never kept in a fingerprint.
     */
    async createUser(
      input: { email: string; password: string; role: UserRecord["role"]; tier: UserRecord["tier"] },
      by?: Requester,
    ): Promise<{ user: UserRecord; status: number; replayed: boolean }> {
      const scope = idempotencyScopes.users;
      const outcome = await createOnce({
        scope,
        request: {
          userId: by?.userId ?? "",
          key: by?.idempotencyKey,
          fingerprint: requestFingerprint({ email: input.email, role: input.role, tier: input.tier }),
          keyField: "Idempotency-Key",
        },
        now: clock.now(),
        keys: repos.idempotencyKeys,
        create: async (claim) =>
          repos.users.create(
            {
              id: prefixedId("usr"),
              email: input.email,
              role: input.role,
              tier: input.tier,
              password_hash: await hashPassword(input.password, cost),
            },
            claim,
          ),
        replay: async (record) => {
          const user = await repos.users.findByEmail(input.email);
          if (user?.id !== record.resourceId || !(await verifyPassword(input.password, user.password_hash))) {
            throw idempotencyKeyReused(scope, record);
          }
          const { password_hash: _, ...found } = user;
          return found;
        },
      });
      if (!outcome.value) {
        throw new AppError("CONFLICT", "A user with this email already exists", {
          field: "email",
          fieldErrors: { email: ["A user with this email already exists"] },
        });
      }
      return { user: outcome.value, status: outcome.status, replayed: outcome.replayed };
    },

    /** Creates the first administrator when there is none; true when it did. */
    async ensureAdmin(email: string, password: string): Promise<boolean> {
      if ((await repos.users.countAdmins()) > 0) return false;
      const existing = await repos.users.findByEmail(email);
      if (existing) return false;
      await this.createUser({ email, password, role: "admin", tier: "enterprise" });
      return true;
    },

    /** `ip` is the caller's address, for the per-IP login throttle. */
    async login(email: string, password: string, ip = "") {
      const verify = async () => {
        const user = await repos.users.findByEmail(email);
        // A disabled account answers like a wrong password, after the same work, so it reveals nothing.
        const valid = await verifyPassword(password, user?.password_hash ?? (await decoy));
        return user && valid && !user.disabled_at ? user : undefined;
      };
      const throttle = settings.loginThrottle;
      const user = throttle ? await throttle.attempt(email, ip, verify) : await verify();
      if (!user) throw invalidLogin();
      return startSession(principalOf(user));
    },

    /** Spends a refresh token for a new pair; spending one twice revokes its whole family. */
    async refresh(refreshToken: string) {
      const now = clock.now();
      const row = await repos.refreshTokens.findByHash(sha256(refreshToken));
      const refused = new AppError("UNAUTHORIZED", "Invalid or expired refresh token");
      if (!row || row.revoked_at || row.expires_at <= now) throw refused;
      if (row.used_at || !(await repos.refreshTokens.markUsed(row.id, now))) {
        // A spent token presented again means it leaked: end every session descended from it.
        await repos.refreshTokens.revokeFamily(row.family_id, now);
        throw new AppError("UNAUTHORIZED", "Refresh token was already used; the session has been revoked");
      }
      const user = await repos.users.findById(row.user_id);
      if (!user || user.disabled_at) throw refused;
      return startSession(principalOf(user), row.family_id);
    },

    /** Creates an API key, shown once; a retry with the same idempotency key within 24 h shows it again. */
    async createApiKey(
      userId: string,
      name: string,
      idempotencyKey?: string,
    ): Promise<{ apiKey: ApiKeyRecord & { key: string }; status: number; replayed: boolean }> {
      const key = secret("sk_live_");
      const outcome = await createOnce({
        scope: idempotencyScopes.apiKeys,
        request: {
          userId,
          key: idempotencyKey,
          fingerprint: requestFingerprint({ name }),
          keyField: "Idempotency-Key",
        },
        now: clock.now(),
        keys: repos.idempotencyKeys,
        replaySecret: idempotencyKey === undefined ? undefined : settings.secretBox.seal(key),
        create: async (claim) => {
          const record = await repos.apiKeys.insert(
            { id: prefixedId("key"), user_id: userId, name, prefix: key.slice(0, 12), key_hash: sha256(key) },
            claim,
          );
          return { ...record, key };
        },
        replay: async (record) => {
          const found = await repos.apiKeys.findOwned(record.resourceId, userId);
          if (!found) throw new AppError("NOT_FOUND", "API key not found");
          if (found.revoked_at || !record.replaySecret) {
            throw new AppError(
              "CONFLICT",
              "The API key this idempotency key created has been revoked; create a new one with another key",
              { details: { api_key_id: found.id } },
            );
          }
          return { ...found, key: settings.secretBox.open(record.replaySecret) };
        },
      });
      return { apiKey: outcome.value, status: outcome.status, replayed: outcome.replayed };
    },

    listApiKeys(userId: string) {
      return repos.apiKeys.listByUser(userId);
    },

    async revokeApiKey(userId: string, keyId: string) {
      if (!(await repos.apiKeys.revoke(keyId, userId, clock.now()))) {
        throw new AppError("NOT_FOUND", "API key not found");
      }
    },

    /** The current role and tier of an access token's subject; refuses a deleted or disabled user. */
    principalOfUser(userId: string): Promise<Principal> {
      return principals.resolve(userId);
    },

    /** An administrator changes another user's role, tier or standing; disabling revokes their sessions and keys. */
    async updateUser(by: string, id: string, change: UserChange): Promise<UserRecord> {
      if (by === id && (change.role === "user" || change.disabled === true)) refuseSelf();
      const user = await repos.users.update(
        id,
        {
          role: change.role,
          tier: change.tier,
          ...(change.limits ? { limits: change.limits } : {}),
          ...(change.disabled === undefined ? {} : { disabled_at: change.disabled ? clock.now() : null }),
        },
        clock.now(),
      );
      principals.forget(id);
      if (!user) throw new AppError("NOT_FOUND", "User not found");
      return user;
    },

    /** Deletes another user with everything they own (jobs, batches, keys, sessions). */
    async deleteUser(by: string, id: string): Promise<void> {
      if (by === id) refuseSelf();
      const deleted = await repos.users.delete(id);
      principals.forget(id);
      if (!deleted) throw new AppError("NOT_FOUND", "User not found");
    },

    async principalOfApiKey(key: string): Promise<Principal> {
      const principal = key.startsWith("sk_live_")
        ? await repos.apiKeys.principalOf(sha256(key), clock.now())
        : undefined;
      if (!principal) throw new AppError("UNAUTHORIZED", "Invalid or revoked API key");
      return principal;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
