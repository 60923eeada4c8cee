import { z } from "zod";

/** The windows analytics answer for: the last N UTC calendar days (today included), or everything. */
export const analyticsPeriods = ["7d", "30d", "90d", "all"] as const;
export type AnalyticsPeriod = (typeof analyticsPeriods)[number];

/** A timeseries bucket: a UTC day, or an ISO week (Monday to Sunday, UTC). */
export const analyticsIntervals = ["day", "week"] as const;
export type AnalyticsInterval = (typeof analyticsIntervals)[number];

/** The job states each outcome figure counts; jobs still running and cancelled jobs have no outcome. */
export const analyticsOutcomes = { successful: "DELIVER", blocked: "BLOCKED", failed: "ERROR" } as const;

export const usageStatsSchema = z.object({
  period: z.enum(analyticsPeriods),
  jobs: z.object({
    /** Jobs with an outcome: successful + blocked + failed. */
    total: z.number().int(),
    successful: z.number().int(),
    blocked: z.number().int(),
    failed: z.number().int(),
    /** successful ÷ total, in percent with one decimal (83.9). */
    success_rate: z.number(),
  }),
  quality: z.object({
    avg_qc_score: z.number(),
    avg_word_count: z.number().int(),
    avg_trust_sources: z.number(),
  }),
  cost: z.object({
    total: z.number(),
    avg_per_job: z.number(),
    llm: z.number(),
    serp: z.number(),
    currency: z.literal("USD"),
  }),
  performance: z.object({
    avg_duration_seconds: z.number().int(),
    /** Research cache hits ÷ lookups, a ratio 0–1 with two decimals. */
    cache_hit_rate: z.number().min(0).max(1),
  }),
});
export type UsageStats = z.infer<typeof usageStatsSchema>;

export const timeseriesBucketSchema = z.object({
  /** The bucket's first day, `YYYY-MM-DD` (UTC). */
  date: z.string(),
  jobs: z.number().int(),
  successful: z.number().int(),
  success_rate: z.number(),
  cost: z.number(),
});
export type TimeseriesBucket = z.infer<typeof timeseriesBucketSchema>;

export const usageTimeseriesSchema = z.object({
  period: z.enum(analyticsPeriods),
  interval: z.enum(analyticsIntervals),
  currency: z.literal("USD"),
  buckets: z.array(timeseriesBucketSchema),
});
export type UsageTimeseries = z.infer<typeof usageTimeseriesSchema>;
