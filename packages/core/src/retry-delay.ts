/** How a failed piece of work (a worker task, an article job, a webhook delivery) waits before its next try. */
export interface RetryPolicy {
  /** The delay before the first retry; each later retry doubles it. */
  baseSeconds: number;
  /** No delay is longer than this. */
  capSeconds: number;
  /** Uniform in [0, 1); Math.random unless a test injects its own. */
  random?: () => number;
}

/** The share of a delay that is random, so retries of work that failed together spread out. */
export const RETRY_JITTER = 0.25;

/**
 * Seconds to wait before retry number `attempt` (from 1): base × 2^(attempt−1),
 * capped, then shortened by up to 25 % at random. The delay lies in
 * [0.75 × d, d] for d = min(cap, base × 2^(attempt−1)): never above the cap,
 * and a zero base (tests) gives zero.
 */
export function retryDelay(attempt: number, policy: RetryPolicy): number {
  const exponent = Math.min(Math.max(0, attempt - 1), 30);
  const capped = Math.min(policy.capSeconds, policy.baseSeconds * 2 ** exponent);
  const random = policy.random ?? Math.random;
  return capped * (1 - RETRY_JITTER * Math.min(1, Math.max(0, random())));
}
