import { z } from "zod";
import type { UserRecord } from "../auth/records";

/** What one user may do: the seed's tier table ("Rate Limiting"), per tier or per customer. */
export const userLimitsSchema = z.object({
  requests_per_hour: z.number().int().positive(),
  /** Jobs running at once across all of the user's jobs and batches; the rest wait in RECEIVE. */
  concurrent_jobs: z.number().int().positive(),
  /** Jobs one batch may hold. */
  batch_size: z.number().int().positive(),
});
export type UserLimits = z.infer<typeof userLimitsSchema>;

/** An administrator's per-customer limits ("Enterprise: Custom"); null falls back to the tier's. */
export const limitOverridesSchema = z.object({
  requests_per_hour: z.number().int().positive().nullable(),
  concurrent_jobs: z.number().int().positive().nullable(),
  batch_size: z.number().int().positive().nullable(),
});
export type LimitOverrides = z.infer<typeof limitOverridesSchema>;

export const noOverrides: LimitOverrides = {
  requests_per_hour: null,
  concurrent_jobs: null,
  batch_size: null,
};

export type TierLimits = Record<UserRecord["tier"], UserLimits>;

/** The seed's table; Enterprise ("Custom") defaults are a deployment's to set. */
export const defaultTierLimits: TierLimits = {
  free: { requests_per_hour: 100, concurrent_jobs: 5, batch_size: 25 },
  pro: { requests_per_hour: 1_000, concurrent_jobs: 20, batch_size: 175 },
  enterprise: { requests_per_hour: 10_000, concurrent_jobs: 100, batch_size: 1_000 },
};

export function effectiveLimits(
  tier: UserRecord["tier"],
  overrides: LimitOverrides,
  tiers: TierLimits,
): UserLimits {
  const base = tiers[tier];
  return {
    requests_per_hour: overrides.requests_per_hour ?? base.requests_per_hour,
    concurrent_jobs: overrides.concurrent_jobs ?? base.concurrent_jobs,
    batch_size: overrides.batch_size ?? base.batch_size,
  };
}
