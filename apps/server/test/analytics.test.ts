import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { accessToken, client, newCustomer, startTestPlatform } from "./harness";

// GET /v1/analytics/*: jobs and research cache rows with known figures are written straight into the
// database, so every figure of the answers can be checked exactly, on PGlite and on PostgreSQL.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

// The platform's clock stands still at the last noon UTC that has passed: the days of the fixture never
// straddle midnight, and access tokens (signed on real time) are never issued before the clock's now.
const realNow = Date.now();
const lastNoon = Math.floor((realNow - 12 * HOUR_MS) / DAY_MS) * DAY_MS + 12 * HOUR_MS;
const NOW = new Date(lastNoon);
const today = lastNoon - 12 * HOUR_MS;
/** A moment `daysAgo` UTC days before today, `hour` hours after that day's midnight. */
const at = (daysAgo: number, hour = 10) => new Date(today - daysAgo * DAY_MS + hour * HOUR_MS);
const dateOf = (daysAgo: number) => at(daysAgo, 0).toISOString().slice(0, 10);

let platform: Platform;
let owner: Awaited<ReturnType<typeof newCustomer>>;
let other: Awaited<ReturnType<typeof newCustomer>>;
let empty: Awaited<ReturnType<typeof newCustomer>>;
let admin: ReturnType<typeof client>;

interface FixtureJob {
  daysAgo: number;
  hour?: number;
  status: "DELIVER" | "BLOCKED" | "ERROR" | "CANCELLED" | "WRITE";
  llm: number;
  serp?: number;
  /** QC score, word count and trusted sources counted by QC. */
  qc?: { score: number; words: number; trust: number };
  /** Seconds from creation to completion. */
  seconds?: number;
}

// The owner's jobs. Figures by period (7d: today and the six days before it):
//   7d  → #1 #2 #3 #4 #5 #6 #8    30d → also #7 #9    all → also #10
const ownerJobs: FixtureJob[] = [
  /* 1 */ { daysAgo: 0, hour: 8, status: "DELIVER", llm: 0.25, serp: 0.125, qc: q(90, 1000, 2), seconds: 60 },
  /* 2 */ { daysAgo: 2, status: "DELIVER", llm: 0.5, serp: 0.25, qc: q(80, 1200, 3), seconds: 120 },
  // Blocked: its QC report and article are no delivered article's, so quality leaves them out.
  /* 3 */ { daysAgo: 2, hour: 11, status: "BLOCKED", llm: 0.125, qc: q(40, 500, 0), seconds: 30 },
  /* 4 */ { daysAgo: 5, status: "ERROR", llm: 0.0625, seconds: 90 },
  // Cancelled and still running: no outcome, but what they spent is spent.
  /* 5 */ { daysAgo: 1, status: "CANCELLED", llm: 0.03125, seconds: 5 },
  /* 6 */ { daysAgo: 0, hour: 11, status: "WRITE", llm: 0.03 },
  /* 7 */ { daysAgo: 10, status: "DELIVER", llm: 1, qc: q(70, 800, 1), seconds: 300 },
  // The first moment of the 7d period is in it; the last moment before it is not.
  /* 8 */ { daysAgo: 6, hour: 0, status: "DELIVER", llm: 0.25, qc: q(85, 1100, 2), seconds: 200 },
  /* 9 */ { daysAgo: 7, hour: 24 - 1 / 3600, status: "BLOCKED", llm: 0.5, seconds: 10 },
  /* 10 */ { daysAgo: 100, status: "DELIVER", llm: 2, serp: 0.5, qc: q(100, 1500, 4), seconds: 40 },
];

// Another customer's jobs: counted, any of them would change every figure of the owner's answers.
const otherJobs: FixtureJob[] = [
  { daysAgo: 0, status: "DELIVER", llm: 100, serp: 50, qc: q(10, 10, 9), seconds: 5000 },
  { daysAgo: 3, status: "ERROR", llm: 7, seconds: 1 },
];

function q(score: number, words: number, trust: number) {
  return { score, words, trust };
}

let sequence = 0;
async function insertJobs(userId: string, jobs: FixtureJob[]) {
  await platform.database.db
    .insertInto("jobs")
    .values(
      jobs.map((job) => {
        const created = at(job.daysAgo, job.hour);
        sequence += 1;
        return {
          id: `job_analytics_${sequence}_${Math.random().toString(36).slice(2, 8)}`,
          user_id: userId,
          publisher_domain: "example.com",
          target_url: "https://example.org/page",
          anchor_text: "project tools",
          options: "{}",
          status: job.status,
          progress: job.status === "WRITE" ? 40 : 100,
          cost_llm: job.llm,
          cost_serp: job.serp ?? 0,
          created_at: created,
          updated_at: created,
          completed_at: job.seconds === undefined ? null : new Date(created.getTime() + job.seconds * 1000),
          qc_report: job.qc
            ? JSON.stringify({
                status: job.status === "DELIVER" ? "PASS" : "FAIL",
                score: job.qc.score,
                checks: { trust_sources: { passed: job.qc.trust > 0, points: 50, count: job.qc.trust } },
                issues: [],
                rescue: [],
              })
            : null,
          article: job.qc
            ? JSON.stringify({
                title: "A title",
                content: "Some words.",
                word_count: job.qc.words,
                backlink: {
                  anchor_text: "project tools",
                  target_url: "https://example.org/page",
                  position: 0,
                },
              })
            : null,
        };
      }),
    )
    .execute();
}

beforeAll(async () => {
  // A database of its own on PostgreSQL: the research cache is the platform's, and no other suite may add to it.
  platform = await startTestPlatform({}, { clock: { now: () => NOW }, ownDatabase: true });
  owner = await newCustomer(platform.url);
  other = await newCustomer(platform.url);
  empty = await newCustomer(platform.url);
  admin = client(platform.url, { authorization: `Bearer ${await accessToken("admin")}` });
  await insertJobs(owner.id, ownerJobs);
  await insertJobs(other.id, otherJobs);
  // SERP research cache entries with their hit counts (each written after one miss): 7d → 3 hits in 5
  // lookups, 30d → 8 in 11, all → 9 in 13. Another namespace's entry never counts.
  const cache = [
    { namespace: "serp", created: at(0), hits: 3 },
    { namespace: "serp", created: at(3), hits: 0 },
    { namespace: "serp", created: at(20), hits: 5 },
    { namespace: "serp", created: at(200), hits: 1 },
    { namespace: "page", created: at(0), hits: 100 },
  ];
  await platform.database.db
    .insertInto("cache_entries")
    .values(
      cache.map((entry, i) => ({
        key: `analytics-test:${i}`,
        namespace: entry.namespace,
        value: "{}",
        hits: entry.hits,
        created_at: entry.created,
        expires_at: new Date(NOW.getTime() + DAY_MS),
      })),
    )
    .execute();
});
afterAll(async () => {
  await platform?.close();
});

describe("GET /v1/analytics/stats", () => {
  it("answers the seed's body for the last 7 days, every figure from the owner's jobs", async () => {
    const answer = await owner.call("GET", "/v1/analytics/stats?period=7d");
    expect(answer.status).toBe(200);
    expect(answer.body.success).toBe(true);
    expect(answer.body.data).toEqual({
      period: "7d",
      // #1 #2 #8 delivered, #3 blocked, #4 failed; #5 (cancelled) and #6 (running) have no outcome.
      jobs: { total: 5, successful: 3, blocked: 1, failed: 1, success_rate: 60 },
      // Delivered only: (90 + 80 + 85) / 3, (1000 + 1200 + 1100) / 3, (2 + 3 + 2) / 3.
      quality: { avg_qc_score: 85, avg_word_count: 1100, avg_trust_sources: 2.3 },
      // Every job created in the period, #5 and #6 included: 1.62375 over 7 jobs.
      cost: { total: 1.62375, avg_per_job: 0.231964, llm: 1.24875, serp: 0.375, currency: "USD" },
      // (60 + 120 + 30 + 90 + 200) / 5; cache: 3 hits in 3 + 2 lookups.
      performance: { avg_duration_seconds: 100, cache_hit_rate: 0.6 },
    });
  });

  it("answers the last 30 days and all time", async () => {
    const thirty = await owner.call("GET", "/v1/analytics/stats?period=30d");
    expect(thirty.status).toBe(200);
    expect(thirty.body.data).toEqual({
      period: "30d",
      jobs: { total: 7, successful: 4, blocked: 2, failed: 1, success_rate: 57.1 },
      quality: { avg_qc_score: 81.3, avg_word_count: 1025, avg_trust_sources: 2 },
      cost: { total: 3.12375, avg_per_job: 0.347083, llm: 2.74875, serp: 0.375, currency: "USD" },
      performance: { avg_duration_seconds: 116, cache_hit_rate: 0.73 },
    });
    // 30d is the default period.
    expect((await owner.call("GET", "/v1/analytics/stats")).body.data).toEqual(thirty.body.data);

    const all = await owner.call("GET", "/v1/analytics/stats?period=all");
    expect(all.body.data).toEqual({
      period: "all",
      jobs: { total: 8, successful: 5, blocked: 2, failed: 1, success_rate: 62.5 },
      quality: { avg_qc_score: 85, avg_word_count: 1120, avg_trust_sources: 2.4 },
      cost: { total: 5.62375, avg_per_job: 0.562375, llm: 4.74875, serp: 0.875, currency: "USD" },
      performance: { avg_duration_seconds: 106, cache_hit_rate: 0.69 },
    });

    const ninety = await owner.call("GET", "/v1/analytics/stats?period=90d");
    expect(ninety.body.data).toEqual({ ...thirty.body.data, period: "90d" });
  });

  it("counts only the caller's jobs; a customer without jobs gets zeros", async () => {
    const mine = await other.call("GET", "/v1/analytics/stats?period=7d");
    expect(mine.body.data).toMatchObject({
      jobs: { total: 2, successful: 1, blocked: 0, failed: 1, success_rate: 50 },
      quality: { avg_qc_score: 10, avg_word_count: 10, avg_trust_sources: 9 },
      cost: { total: 157, avg_per_job: 78.5, llm: 107, serp: 50, currency: "USD" },
      performance: { avg_duration_seconds: 2501 },
    });

    const none = await empty.call("GET", "/v1/analytics/stats?period=all");
    expect(none.body.data).toEqual({
      period: "all",
      jobs: { total: 0, successful: 0, blocked: 0, failed: 0, success_rate: 0 },
      quality: { avg_qc_score: 0, avg_word_count: 0, avg_trust_sources: 0 },
      cost: { total: 0, avg_per_job: 0, llm: 0, serp: 0, currency: "USD" },
      // The research cache is shared: its hit rate is the platform's.
      performance: { avg_duration_seconds: 0, cache_hit_rate: 0.69 },
    });
  });

  it("lets an administrator read any user's figures, and nobody else", async () => {
    const mine = await owner.call("GET", "/v1/analytics/stats?period=7d");
    const asAdmin = await admin("GET", `/v1/analytics/stats?period=7d&user_id=${owner.id}`);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.data).toEqual(mine.body.data);
    // Naming oneself is allowed.
    const self = await owner.call("GET", `/v1/analytics/stats?period=7d&user_id=${owner.id}`);
    expect(self.body.data).toEqual(mine.body.data);

    const refused = await other.call("GET", `/v1/analytics/stats?period=7d&user_id=${owner.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("FORBIDDEN");
    const refusedSeries = await other.call("GET", `/v1/analytics/timeseries?user_id=${owner.id}`);
    expect(refusedSeries.status).toBe(403);

    const unknown = await admin("GET", "/v1/analytics/stats?user_id=usr_nobody");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("NOT_FOUND");
  });

  it("refuses an unknown period or interval with 400 VALIDATION_ERROR", async () => {
    for (const path of [
      "/v1/analytics/stats?period=1y",
      "/v1/analytics/stats?period=7D",
      "/v1/analytics/timeseries?period=14d",
      "/v1/analytics/timeseries?interval=month",
    ]) {
      const answer = await owner.call("GET", path);
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.code, path).toBe("VALIDATION_ERROR");
    }
  });
});

describe("GET /v1/analytics/timeseries", () => {
  it("answers one bucket per UTC day, empty days with zeros, adding up to the stats", async () => {
    const answer = await owner.call("GET", "/v1/analytics/timeseries?period=7d&interval=day");
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      period: "7d",
      interval: "day",
      currency: "USD",
      buckets: [
        { date: dateOf(6), jobs: 1, successful: 1, success_rate: 100, cost: 0.25 },
        { date: dateOf(5), jobs: 1, successful: 0, success_rate: 0, cost: 0.0625 },
        { date: dateOf(4), jobs: 0, successful: 0, success_rate: 0, cost: 0 },
        { date: dateOf(3), jobs: 0, successful: 0, success_rate: 0, cost: 0 },
        { date: dateOf(2), jobs: 2, successful: 1, success_rate: 50, cost: 0.875 },
        // The cancelled job's spend, and no outcome.
        { date: dateOf(1), jobs: 0, successful: 0, success_rate: 0, cost: 0.03125 },
        { date: dateOf(0), jobs: 1, successful: 1, success_rate: 100, cost: 0.405 },
      ],
    });
  });

  it("defaults to 30 days by day; all time starts at the owner's first job", async () => {
    const thirty = await owner.call("GET", "/v1/analytics/timeseries");
    const buckets = thirty.body.data.buckets;
    expect(thirty.body.data).toMatchObject({ period: "30d", interval: "day" });
    expect(buckets).toHaveLength(30);
    expect(buckets[0].date).toBe(dateOf(29));
    expect(buckets.find((b: { date: string }) => b.date === dateOf(10))).toEqual({
      date: dateOf(10),
      jobs: 1,
      successful: 1,
      success_rate: 100,
      cost: 1,
    });
    expect(buckets.find((b: { date: string }) => b.date === dateOf(7))).toEqual({
      date: dateOf(7),
      jobs: 1,
      successful: 0,
      success_rate: 0,
      cost: 0.5,
    });
    expect(sum(buckets, "jobs")).toBe(7);
    expect(sum(buckets, "cost")).toBeCloseTo(3.12375, 9);

    const all = await owner.call("GET", "/v1/analytics/timeseries?period=all");
    expect(all.body.data.buckets).toHaveLength(101);
    expect(all.body.data.buckets[0]).toEqual({
      date: dateOf(100),
      jobs: 1,
      successful: 1,
      success_rate: 100,
      cost: 2.5,
    });
    expect(sum(all.body.data.buckets, "successful")).toBe(5);

    const none = await empty.call("GET", "/v1/analytics/timeseries?period=all");
    expect(none.body.data.buckets).toEqual([
      { date: dateOf(0), jobs: 0, successful: 0, success_rate: 0, cost: 0 },
    ]);
  });

  it("answers ISO weeks (Monday, UTC), the first one cut at the period's start", async () => {
    const answer = await owner.call("GET", "/v1/analytics/timeseries?period=30d&interval=week");
    expect(answer.status).toBe(200);
    const { buckets } = answer.body.data;
    const mondayOf = (daysAgo: number) => {
      const day = at(daysAgo, 0);
      return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS).toISOString().slice(0, 10);
    };
    const weeks: string[] = [];
    for (let d = 29; d >= 0; d--) if (!weeks.includes(mondayOf(d))) weeks.push(mondayOf(d));
    expect(buckets.map((b: { date: string }) => b.date)).toEqual(weeks);
    // Each job of the 30 days in its week; #10 (100 days ago) in none.
    const expected = new Map(weeks.map((w) => [w, { jobs: 0, successful: 0, cost: 0 }]));
    for (const job of ownerJobs.filter((j) => j.daysAgo <= 29)) {
      const week = expected.get(mondayOf(job.daysAgo));
      if (!week) throw new Error("a job outside every week");
      if (job.status === "DELIVER" || job.status === "BLOCKED" || job.status === "ERROR") week.jobs += 1;
      if (job.status === "DELIVER") week.successful += 1;
      week.cost += job.llm + (job.serp ?? 0);
    }
    for (const bucket of buckets) {
      const week = expected.get(bucket.date);
      expect(bucket, bucket.date).toMatchObject({ jobs: week?.jobs, successful: week?.successful });
      expect(bucket.cost, bucket.date).toBeCloseTo(week?.cost ?? Number.NaN, 9);
      expect(bucket.success_rate).toBe(
        bucket.jobs === 0 ? 0 : Math.round((bucket.successful / bucket.jobs) * 1000) / 10,
      );
    }
  });
});

function sum(buckets: Record<string, number>[], key: string): number {
  return buckets.reduce((total, bucket) => total + (bucket[key] ?? 0), 0);
}
