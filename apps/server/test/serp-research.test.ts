import { classifyIntent, defaultQcSettings, researchSerp, SerpProviderError } from "@bacowr/core";
import { createResearchCache } from "@bacowr/db";
import { createSafeFetcher, createSerperClient } from "@bacowr/providers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import type { FakeServer } from "./fakes/http-fake";
import { FAKE_SERP_KEY, startFakeSerpApi } from "./fakes/serp-api";
import { startTestPlatform } from "./harness";

let platform: Platform;
let serpApi: FakeServer;
const fetcher = createSafeFetcher({
  allowList: ["127.0.0.1"],
  timeoutMs: 2_000,
  maxBytes: 1_000_000,
  maxRedirects: 2,
  userAgent: "t",
});

beforeAll(async () => {
  platform = await startTestPlatform();
  serpApi = await startFakeSerpApi();
});
afterAll(async () => {
  await platform?.close();
  await serpApi?.close();
  await fetcher.close();
});

const deps = (url = `${serpApi.url}/search`, apiKey = FAKE_SERP_KEY) => ({
  serp: createSerperClient({ apiKey, url, fetcher }),
  cache: createResearchCache(platform.database.db, { now: () => new Date() }),
  qc: defaultQcSettings,
  ttlSeconds: 3600,
});

describe("SERP research through a JSON SERP API", () => {
  it("finds intent, topic terms, trust candidates and competitors, and caches the page with hit counts", async () => {
    const anchor = `project management tools ${Math.random().toString(36).slice(2, 7)}`;
    const order = { anchorText: anchor, targetUrl: "https://example.com/product", language: "en" };
    const first = await researchSerp(deps(), order);
    expect(serpApi.requests.at(-1)?.body).toMatchObject({ q: anchor, hl: "en", num: 10 });
    expect(first).toMatchObject({ fromCache: false, intent: "commercial" });
    expect(first.topResults).toHaveLength(5);
    expect(first.trustCandidates).toEqual(["https://en.wikipedia.org/wiki/Project_management"]);
    expect(first.competitorDomains.sort()).toEqual(["otherapp.io", "rivaltools.com"]);
    expect(first.topicTerms.length).toBeGreaterThan(3);
    expect(first.sourceTexts).toContain(
      "Our review of planning software, task boards and deadline tracking for teams.",
    );

    const calls = serpApi.requests.length;
    const second = await researchSerp(deps(), order);
    expect(second.fromCache).toBe(true);
    expect(serpApi.requests.length).toBe(calls);
    const entry = await platform.database.db
      .selectFrom("cache_entries")
      .select(["namespace", "hits"])
      .where("key", "like", `serp:serper:en:${anchor}`)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ namespace: "serp", hits: 1 }); // one miss that filled it, one hit
  });

  it("reports provider failures, refused keys and private API URLs as SerpProviderError", async () => {
    const order = { anchorText: "anything at all", targetUrl: "https://example.com/", language: "en" };
    const refused = await researchSerp(deps(undefined, "wrong-key"), order).catch((e) => e);
    expect(refused).toBeInstanceOf(SerpProviderError);
    expect(refused.reason).toMatch(/^HTTP 403/);

    const broken = await startFakeSerpApi({ failWith: 502 });
    try {
      const failed = await researchSerp(deps(`${broken.url}/search`), {
        ...order,
        anchorText: "other query",
      }).catch((e) => e);
      expect(failed.reason).toMatch(/^HTTP 502/);
    } finally {
      await broken.close();
    }
    const strict = createSafeFetcher({
      allowList: [],
      timeoutMs: 1_000,
      maxBytes: 10_000,
      maxRedirects: 0,
      userAgent: "t",
    });
    const blocked = await createSerperClient({
      apiKey: FAKE_SERP_KEY,
      url: `${serpApi.url}/search`,
      fetcher: strict,
    })
      .search("x", { language: "en", num: 1 })
      .catch((e) => e);
    expect(blocked.reason).toMatch(/^private_address/);
  });
});

describe("classifyIntent", () => {
  it.each([
    ["buy running shoes", "transactional"],
    ["köpa billiga flygbiljetter", "transactional"],
    ["best project management tools", "commercial"],
    ["bästa bolånet 2026", "commercial"],
    ["spotify logga in", "navigational"],
    ["how does compound interest work", "informational"],
  ])("%s → %s", (query, intent) => {
    expect(classifyIntent(query)).toBe(intent);
  });
});
