import type { RequestOptions, Transport } from "../transport";
import { camelize, type Data, type Query, snakeize, type WireData } from "../wire";

/** Jobs by outcome, quality, cost (USD) and performance over a period (`GET /v1/analytics/stats`). */
export type UsageStats = Data<"v1-analytics-stats">;
/** `period` (7d, 30d, 90d, all; default 30d); administrators may name a `userId`. */
export type UsageStatsParams = Query<"v1-analytics-stats">;
/** Jobs, success rate and cost per UTC day or ISO week, empty buckets included (`GET /v1/analytics/timeseries`). */
export type UsageTimeseries = Data<"v1-analytics-timeseries">;
/** `period` (default 30d) and `interval` (day or week; default day); administrators may name a `userId`. */
export type UsageTimeseriesParams = Query<"v1-analytics-timeseries">;

/**
 * Your usage in figures, for reports and charts.
 *
 * ```ts
 * const stats = await client.analytics.stats({ period: "30d" }); // stats.jobs.successRate: 83.9 (percent)
 * const { buckets } = await client.analytics.timeseries({ period: "30d", interval: "day" });
 * ```
 */
export class AnalyticsResource {
  constructor(private readonly transport: Transport) {}

  /** Totals of the period; every figure of a period without jobs is 0. */
  async stats(params: UsageStatsParams = {}, options?: RequestOptions): Promise<UsageStats> {
    const data = await this.transport.request(
      { method: "GET", path: "/v1/analytics/stats", query: snakeize(params) as Record<string, unknown> },
      options ?? {},
    );
    return camelize(data as WireData<"v1-analytics-stats">);
  }

  /** One bucket per day or week of the period, oldest first; the buckets add up to `stats` of the same period. */
  async timeseries(params: UsageTimeseriesParams = {}, options?: RequestOptions): Promise<UsageTimeseries> {
    const data = await this.transport.request(
      { method: "GET", path: "/v1/analytics/timeseries", query: snakeize(params) as Record<string, unknown> },
      options ?? {},
    );
    return camelize(data as WireData<"v1-analytics-timeseries">);
  }
}
