import { analyticsIntervals, analyticsPeriods, usageStatsSchema, usageTimeseriesSchema } from "@bacowr/core";
import { z } from "zod";
import { v1Procedure } from "../../trpc";

const tags = ["analytics"];

const period = z.enum(analyticsPeriods).default("30d").meta({
  description:
    "The last 7, 30 or 90 UTC calendar days, today included (jobs counted by `created_at`), or `all`. Default 30d.",
});
const userId = z.string().trim().min(1).max(100).optional().meta({
  description:
    "Administrators only: whose figures to read (default: your own). Anyone else naming another user gets 403 FORBIDDEN.",
});

const whoAndWhen =
  "Your own jobs only (an administrator may name any user with `user_id`; anyone else naming another user " +
  "gets 403 FORBIDDEN, an administrator naming an unknown user 404 NOT_FOUND). `period` counts jobs by " +
  "`created_at` over the last N UTC calendar days, today included (7d: today and the six days before).";

export const analyticsRouter = {
  stats: v1Procedure
    .meta({
      errors: ["FORBIDDEN", "NOT_FOUND"],
      openapi: {
        method: "GET",
        path: "/v1/analytics/stats",
        tags,
        summary: "Usage statistics",
        description:
          `${whoAndWhen} ` +
          "`jobs`: `successful` (DELIVER), `blocked` (BLOCKED) and `failed` (ERROR) jobs; `total` is their sum " +
          "(jobs still running and cancelled jobs have no outcome and are not counted); `success_rate` is " +
          "successful ÷ total in percent, one decimal. `quality` averages the delivered articles: QC score (one " +
          "decimal), word count (whole words) and the trusted sources QC counted (one decimal). `cost` (USD) is " +
          "what every job created in the period spent, cancelled and running ones included; `avg_per_job` divides " +
          "it by the number of those jobs. `performance.avg_duration_seconds` is creation to completion over the " +
          "jobs in `total`; `cache_hit_rate` is hits ÷ lookups (0–1, two decimals) of the SERP research cache " +
          "entries written in the period and still held, each written after one miss. The research cache is shared " +
          "by every customer, so this one figure is the platform's, not yours. A figure over nothing is 0.",
      },
    })
    .input(z.object({ period, user_id: userId }))
    .output(usageStatsSchema)
    .query(({ ctx, input }) =>
      ctx.deps.analytics.stats(ctx.principal, { period: input.period, userId: input.user_id }),
    ),

  timeseries: v1Procedure
    .meta({
      errors: ["FORBIDDEN", "NOT_FOUND"],
      openapi: {
        method: "GET",
        path: "/v1/analytics/timeseries",
        tags,
        summary: "Jobs, success rate and cost per day or week",
        description:
          `${whoAndWhen} ` +
          "One bucket per UTC day, or per ISO week (Monday to Sunday, UTC; `date` is its Monday and the first " +
          "week may start before the period), oldest first, from the period's first day (for `all`, your first " +
          "job's) to today; buckets without jobs are there with zeros. `jobs`, `successful` and `success_rate` " +
          "count and judge as GET /v1/analytics/stats does, `cost` is what the jobs created in the bucket spent " +
          "(USD): the buckets add up to the stats of the same period.",
      },
    })
    .input(
      z.object({
        period,
        interval: z.enum(analyticsIntervals).default("day").meta({ description: "day (default) or week" }),
        user_id: userId,
      }),
    )
    .output(usageTimeseriesSchema)
    .query(({ ctx, input }) =>
      ctx.deps.analytics.timeseries(ctx.principal, {
        period: input.period,
        interval: input.interval,
        userId: input.user_id,
      }),
    ),
};
