import { AppError } from "../app-error";
import type { Clock } from "../clock";
import type { KeyValueCache } from "../coordination-ports";

/**
 * Throttles password guessing without locking anyone out: after `freeFailures` failed logins in a row
 * an account (or an IP) waits 1 s, then 2 s, 4 s … never more than `maxDelaySeconds`, before its next
 * attempt is even checked. A success resets the account; failures are forgotten after `forgetAfterSeconds`
 * without one. An IP gets more free failures than an account, since many users may share one address.
 */
export interface LoginThrottleSettings {
  accountFreeFailures: number;
  ipFreeFailures: number;
  maxDelaySeconds: number;
  forgetAfterSeconds: number;
}

export const defaultLoginThrottle: LoginThrottleSettings = {
  accountFreeFailures: 5,
  ipFreeFailures: 20,
  maxDelaySeconds: 900,
  forgetAfterSeconds: 900,
};

/** The wait after `failures` failures in a row: none up to `freeFailures`, then doubling from 1 s to the cap. */
export function loginDelaySeconds(failures: number, freeFailures: number, maxDelaySeconds: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(2 ** Math.min(failures - freeFailures, 30), maxDelaySeconds);
}

interface FailureState {
  failures: number;
  /** Epoch ms before which the next attempt is refused. */
  until: number;
}

/** Login throttling over the shared cache (Redis when configured), so every instance sees the same counts. */
export function createLoginThrottle(cache: KeyValueCache, clock: Clock, settings = defaultLoginThrottle) {
  const keys = (email: string, ip: string) => [
    { key: `login-failures:account:${email.toLowerCase()}`, free: settings.accountFreeFailures },
    { key: `login-failures:ip:${ip}`, free: settings.ipFreeFailures },
  ];
  const read = async (key: string): Promise<FailureState> => {
    const raw = await cache.get(key);
    if (!raw) return { failures: 0, until: 0 };
    try {
      const parsed = JSON.parse(raw) as Partial<FailureState>;
      return { failures: Number(parsed.failures) || 0, until: Number(parsed.until) || 0 };
    } catch {
      return { failures: 0, until: 0 };
    }
  };

  return {
    /** Refuses with 429 and `Retry-After` while the account or the IP is waiting out a delay. */
    async check(email: string, ip: string): Promise<void> {
      const now = clock.now().getTime();
      let waitMs = 0;
      for (const { key } of keys(email, ip)) waitMs = Math.max(waitMs, (await read(key)).until - now);
      if (waitMs <= 0) return;
      const retryAfter = Math.ceil(waitMs / 1000);
      throw new AppError("RATE_LIMIT_EXCEEDED", "Too many failed logins; try again later", {
        headers: { "Retry-After": String(retryAfter) },
        extra: { retry_after: retryAfter },
      });
    },

    async failed(email: string, ip: string): Promise<void> {
      const now = clock.now().getTime();
      for (const { key, free } of keys(email, ip)) {
        const failures = (await read(key)).failures + 1;
        const delay = loginDelaySeconds(failures, free, settings.maxDelaySeconds);
        await cache.set(
          key,
          JSON.stringify({ failures, until: now + delay * 1000 }),
          settings.forgetAfterSeconds + delay,
        );
      }
    },

    /** A correct password clears the account's failures; the IP's decay on their own, so one valid login cannot reset them. */
    async succeeded(email: string): Promise<void> {
      await cache.delete(`login-failures:account:${email.toLowerCase()}`);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
