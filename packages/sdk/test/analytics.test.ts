import { loadConfig } from "@bacowr/config";
import { type Platform, startPlatform } from "@bacowr/server";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BacowrClient, BadRequestError, PermissionDeniedError } from "../src";

const ADMIN = { email: "sdk-analytics-admin@bacowr.test", password: "sdk analytics admin password 1" };
const CUSTOMER = { email: "sdk-analytics@example.com", password: "a long password 1" };
const DAY_MS = 86_400_000;
let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform(
    loadConfig({
      PORT: "0",
      DATA_DIR: "memory",
      DATABASE_URL: "",
      LOG_LEVEL: "silent",
      WORKER_IN_PROCESS: "false",
      JWT_SECRET: "sdk-analytics-test-secret-0123456789-0123456789",
      API_TOKEN: "sdk-bridge-token",
      BACOWR_ADMIN_EMAIL: ADMIN.email,
      BACOWR_ADMIN_PASSWORD: ADMIN.password,
    }),
    pino({ level: "silent" }),
  );
});
afterAll(() => platform?.close());

describe("client.analytics", () => {
  it("reads the stats and the timeseries in camelCase, and names a user for an administrator", async () => {
    const admin = new BacowrClient({ baseUrl: platform.url });
    await admin.auth.login(ADMIN);
    const user = await admin.users.create(CUSTOMER);
    // One delivered job an hour old, written as the worker would have left it.
    const created = new Date(Date.now() - 3_600_000);
    await platform.database.db
      .insertInto("jobs")
      .values({
        id: "job_sdk_analytics",
        user_id: user.id,
        publisher_domain: "example.com",
        target_url: "https://example.org/page",
        anchor_text: "project tools",
        options: "{}",
        status: "DELIVER",
        cost_llm: 0.5,
        cost_serp: 0.25,
        created_at: created,
        completed_at: new Date(created.getTime() + 42_000),
        qc_report: JSON.stringify({
          status: "PASS",
          score: 88,
          checks: { trust_sources: { passed: true, points: 100, count: 2 } },
          issues: [],
          rescue: [],
        }),
        article: JSON.stringify({
          title: "t",
          content: "c",
          word_count: 1200,
          backlink: { anchor_text: "project tools", target_url: "https://example.org/page", position: 0 },
        }),
      })
      .execute();

    const customer = new BacowrClient({ baseUrl: platform.url });
    await customer.auth.login(CUSTOMER);
    const stats = await customer.analytics.stats({ period: "7d" });
    expect(stats).toEqual({
      period: "7d",
      jobs: { total: 1, successful: 1, blocked: 0, failed: 0, successRate: 100 },
      quality: { avgQcScore: 88, avgWordCount: 1200, avgTrustSources: 2 },
      cost: { total: 0.75, avgPerJob: 0.75, llm: 0.5, serp: 0.25, currency: "USD" },
      performance: { avgDurationSeconds: 42, cacheHitRate: 0 },
    });
    // `userId` goes out as `user_id`.
    expect(await admin.analytics.stats({ period: "7d", userId: user.id })).toEqual(stats);
    expect((await admin.analytics.stats({ period: "7d" })).jobs.total).toBe(0);

    const series = await customer.analytics.timeseries({ period: "7d", interval: "day" });
    expect(series).toMatchObject({ period: "7d", interval: "day", currency: "USD" });
    expect(series.buckets).toHaveLength(7);
    const day = created.toISOString().slice(0, 10);
    expect(series.buckets.find((b) => b.date === day)).toEqual({
      date: day,
      jobs: 1,
      successful: 1,
      successRate: 100,
      cost: 0.75,
    });
    expect(series.buckets.at(-1)?.date).toBe(new Date().toISOString().slice(0, 10));
    expect(series.buckets[0]?.date).toBe(new Date(Date.now() - 6 * DAY_MS).toISOString().slice(0, 10));

    await expect(customer.analytics.stats({ userId: "usr_someone_else" })).rejects.toThrow(
      PermissionDeniedError,
    );
    // @ts-expect-error: not a period the API knows
    await expect(customer.analytics.timeseries({ period: "1y" })).rejects.toThrow(BadRequestError);
  });
});
