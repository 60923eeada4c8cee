import { AppError } from "../app-error";
import type { Clock } from "../clock";
import type { Principal, UserRecord } from "./records";

/** How long a user's role, tier and standing may be served from memory: a demotion or a ban takes effect within this. */
export const PRINCIPAL_CACHE_SECONDS = 30;
const MAX_ENTRIES = 10_000;

/**
 * Who an access token's subject is now. The token proves identity only: role and tier come from the
 * database, and a user that was deleted or disabled is refused. Answers are kept at most
 * PRINCIPAL_CACHE_SECONDS per process (dropped at once by `forget` on this process's own changes).
 */
export function createPrincipalResolver(
  findUser: (id: string) => Promise<UserRecord | undefined>,
  clock: Clock,
  ttlSeconds = PRINCIPAL_CACHE_SECONDS,
) {
  const cache = new Map<string, { principal: Principal; expires: number }>();
  // Bumped by `forget`: a read that started before a change must not cache what it read after the change landed.
  const generations = new Map<string, number>();
  return {
    async resolve(userId: string): Promise<Principal> {
      const now = clock.now().getTime();
      const hit = cache.get(userId);
      if (hit && hit.expires > now) return hit.principal;
      cache.delete(userId);
      const generation = generations.get(userId) ?? 0;
      const user = await findUser(userId);
      if (!user || user.disabled_at) {
        throw new AppError(
          "UNAUTHORIZED",
          "The account of this access token no longer exists or is disabled",
        );
      }
      const principal: Principal = { userId: user.id, role: user.role, tier: user.tier, limits: user.limits };
      if ((generations.get(userId) ?? 0) !== generation) return principal;
      // Bounded, so tokens of many users cannot grow memory: the oldest entry goes first.
      const oldest = cache.keys().next();
      if (cache.size >= MAX_ENTRIES && !oldest.done) cache.delete(oldest.value);
      cache.set(userId, { principal, expires: now + ttlSeconds * 1000 });
      return principal;
    },
    forget(userId: string): void {
      cache.delete(userId);
      generations.set(userId, (generations.get(userId) ?? 0) + 1);
      if (generations.size > MAX_ENTRIES) generations.delete(generations.keys().next().value ?? userId);
    },
  };
}
