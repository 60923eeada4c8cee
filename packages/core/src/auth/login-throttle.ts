import { AppError } from "../app-error";
import type { Clock } from "../clock";
import type { KeyValueCache } from "../coordination-ports";

/**
 * Throttles password guessing without locking anyone out. Failures are counted three ways: per account and
 * address together (after `pairFreeFailures` in a row, a doubling wait up to `maxDelaySeconds`), per address
 * (after `ipFreeFailures`, the same), and per account from anywhere (after `accountFreeFailures`, a doubling wait
 * capped at `accountMaxDelaySeconds`, short): so an attacker's own attempts slow to a crawl while the real user,
 * from another address, waits seconds at most. One attempt per account is checked at a time (an atomic claim in
 * the shared store), so parallel guesses cannot all slip in before the first failure is counted. A success resets
 * the account; failures are forgotten after `forgetAfterSeconds` without one.
 */
export interface LoginThrottleSettings {
  pairFreeFailures: number;
  accountFreeFailures: number;
  ipFreeFailures: number;
  maxDelaySeconds: number;
  accountMaxDelaySeconds: number;
  forgetAfterSeconds: number;
}

export const defaultLoginThrottle: LoginThrottleSettings = {
  pairFreeFailures: 5,
  accountFreeFailures: 5,
  ipFreeFailures: 20,
  maxDelaySeconds: 900,
  accountMaxDelaySeconds: 30,
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
  const account = (email: string) => email.toLowerCase();
  const keys = (email: string, ip: string) => [
    {
      key: `login-failures:pair:${account(email)}|${ip}`,
      free: settings.pairFreeFailures,
      cap: settings.maxDelaySeconds,
    },
    {
      key: `login-failures:account:${account(email)}`,
      free: settings.accountFreeFailures,
      cap: settings.accountMaxDelaySeconds,
    },
    { key: `login-failures:ip:${ip}`, free: settings.ipFreeFailures, cap: settings.maxDelaySeconds },
  ];
  const refuse = (retryAfter: number) =>
    new AppError("RATE_LIMIT_EXCEEDED", "Too many failed logins; try again later", {
      headers: { "Retry-After": String(retryAfter) },
      extra: { retry_after: retryAfter },
    });
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

  const check = async (email: string, ip: string) => {
    const now = clock.now().getTime();
    let waitMs = 0;
    for (const { key } of keys(email, ip)) waitMs = Math.max(waitMs, (await read(key)).until - now);
    if (waitMs > 0) throw refuse(Math.ceil(waitMs / 1000));
  };
  const failed = async (email: string, ip: string) => {
    const now = clock.now().getTime();
    for (const { key, free, cap } of keys(email, ip)) {
      const failures = (await read(key)).failures + 1;
      const delay = loginDelaySeconds(failures, free, cap);
      await cache.set(
        key,
        JSON.stringify({ failures, until: now + delay * 1000 }),
        settings.forgetAfterSeconds + delay,
      );
    }
  };
  const succeeded = async (email: string, ip: string) => {
    // The IP's failures decay on their own, so one valid login cannot reset an address's count.
    await cache.delete(`login-failures:account:${account(email)}`);
    await cache.delete(`login-failures:pair:${account(email)}|${ip}`);
  };

  return {
    /**
     * Runs one login attempt under the throttle: refused with 429 and `Retry-After` while a wait is running or
     * another attempt for the account is being checked; `verify` says whether the password was right.
     */
    async attempt<T>(
      email: string,
      ip: string,
      verify: () => Promise<T | undefined>,
    ): Promise<T | undefined> {
      await check(email, ip);
      const claim = `login-inflight:${account(email)}`;
      // The claim expires on its own, so a process that dies mid-check never blocks the account for long.
      if (!(await cache.add(claim, "1", 30))) throw refuse(1);
      try {
        const outcome = await verify();
        if (outcome === undefined) await failed(email, ip);
        else await succeeded(email, ip);
        return outcome;
      } finally {
        await cache.delete(claim);
      }
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
