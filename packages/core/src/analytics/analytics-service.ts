import { AppError } from "../app-error";
import type { Principal } from "../auth/records";
import type { Clock } from "../clock";
import { roundUsd } from "../jobs/cost-estimate";
import type {
  AnalyticsInterval,
  AnalyticsPeriod,
  TimeseriesBucket,
  UsageStats,
  UsageTimeseries,
} from "./analytics-records";
import type { AnalyticsRepository } from "./ports";

const DAY_MS = 86_400_000;
const periodDays: Record<Exclude<AnalyticsPeriod, "all">, number> = { "7d": 7, "30d": 30, "90d": 90 };

/**
 * Where a period starts: midnight UTC N−1 days before today, so "7d" is today and the six whole days before
 * it, and a timeseries by day has exactly N buckets that add up to the stats. Null for "all".
 */
export function periodStart(period: AnalyticsPeriod, now: Date): Date | null {
  if (period === "all") return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (periodDays[period] - 1) * DAY_MS);
}

const round = (value: number, decimals: number) => {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
};

/** A share in percent with one decimal; 0 when there is nothing to share. */
const percent = (part: number, whole: number) => (whole === 0 ? 0 : round((part / whole) * 100, 1));

/**
 * Usage analytics of one owner (GET /v1/analytics/*). The database aggregates; this decides whose figures a
 * caller may read, where periods start, and how figures are rounded. A figure over nothing is 0.
 */
export function createAnalyticsService(repository: AnalyticsRepository, clock: Clock) {
  /** The owner whose figures to read: the caller, or any user an administrator names. */
  async function ownerFor(caller: Principal, userId: string | undefined): Promise<string> {
    if (userId === undefined || userId === caller.userId) return caller.userId;
    if (caller.role !== "admin")
      throw new AppError("FORBIDDEN", "Only administrators may read another user's analytics");
    if (!(await repository.userExists(userId))) {
      throw new AppError("NOT_FOUND", "User not found", { field: "user_id" });
    }
    return userId;
  }

  return {
    async stats(caller: Principal, query: { period: AnalyticsPeriod; userId?: string }): Promise<UsageStats> {
      const owner = await ownerFor(caller, query.userId);
      const since = periodStart(query.period, clock.now());
      const [jobs, cache] = await Promise.all([
        repository.jobAggregates(owner, since),
        repository.researchCacheUse(since),
      ]);
      const total = jobs.successful + jobs.blocked + jobs.failed;
      const cost = jobs.costLlm + jobs.costSerp;
      const lookups = cache.hits + cache.entries;
      return {
        period: query.period,
        jobs: {
          total,
          successful: jobs.successful,
          blocked: jobs.blocked,
          failed: jobs.failed,
          success_rate: percent(jobs.successful, total),
        },
        quality: {
          avg_qc_score: round(jobs.avgQcScore ?? 0, 1),
          avg_word_count: Math.round(jobs.avgWordCount ?? 0),
          avg_trust_sources: round(jobs.avgTrustSources ?? 0, 1),
        },
        cost: {
          total: roundUsd(cost),
          avg_per_job: jobs.placed === 0 ? 0 : roundUsd(cost / jobs.placed),
          llm: roundUsd(jobs.costLlm),
          serp: roundUsd(jobs.costSerp),
          currency: "USD",
        },
        performance: {
          avg_duration_seconds: Math.round(jobs.avgDurationSeconds ?? 0),
          cache_hit_rate: lookups === 0 ? 0 : round(cache.hits / lookups, 2),
        },
      };
    },

    async timeseries(
      caller: Principal,
      query: { period: AnalyticsPeriod; interval: AnalyticsInterval; userId?: string },
    ): Promise<UsageTimeseries> {
      const owner = await ownerFor(caller, query.userId);
      const now = clock.now();
      const rows = await repository.jobBuckets(owner, {
        since: periodStart(query.period, now),
        until: now,
        interval: query.interval,
      });
      const buckets: TimeseriesBucket[] = rows.map((row) => ({
        date: row.date,
        jobs: row.finished,
        successful: row.successful,
        success_rate: percent(row.successful, row.finished),
        cost: roundUsd(row.cost),
      }));
      return { period: query.period, interval: query.interval, currency: "USD", buckets };
    },
  };
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
