import type { AnalyticsInterval } from "./analytics-records";

/** One owner's jobs created since a moment, aggregated (averages are null when nothing was averaged). */
export interface JobAggregates {
  /** Jobs in each outcome state (see `analyticsOutcomes`). */
  successful: number;
  blocked: number;
  failed: number;
  /** Every job created, whatever its state: what the cost covers. */
  placed: number;
  costLlm: number;
  costSerp: number;
  /** Over successful jobs: what the customer received. */
  avgQcScore: number | null;
  avgWordCount: number | null;
  avgTrustSources: number | null;
  /** Creation to completion, over jobs with an outcome. */
  avgDurationSeconds: number | null;
}

/** The research cache's entries written since a moment: each was written after one miss, and counts its hits. */
export interface ResearchCacheUse {
  entries: number;
  hits: number;
}

/** One bucket of an owner's jobs; `date` is its first day (`YYYY-MM-DD`, UTC). */
export interface JobBucket {
  date: string;
  /** Jobs with an outcome. */
  finished: number;
  successful: number;
  /** Cost of every job created in the bucket. */
  cost: number;
}

/** Aggregates over jobs and the research cache, computed by the database. */
export interface AnalyticsRepository {
  userExists(userId: string): Promise<boolean>;
  /** `since` null: every job the owner ever created. */
  jobAggregates(userId: string, since: Date | null): Promise<JobAggregates>;
  /** The SERP research cache (shared by every customer), entries created since `since` (null: all). */
  researchCacheUse(since: Date | null): Promise<ResearchCacheUse>;
  /**
   * Every bucket from the one holding `since` (null: the owner's first job, or `until` without jobs) to the one
   * holding `until`, in order, empty ones included; only jobs created at or after `since` count.
   */
  jobBuckets(
    userId: string,
    range: { since: Date | null; until: Date; interval: AnalyticsInterval },
  ): Promise<JobBucket[]>;
}
