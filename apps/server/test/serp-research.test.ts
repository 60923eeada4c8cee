import { loadConfig } from "@bacowr/config";
import { classifyIntent, defaultQcSettings, researchSerp, SerpProviderError } from "@bacowr/core";
import { createResearchCache } from "@bacowr/db";
import {
  createBraveSearchClient,
  createSafeFetcher,
  createSerpApiClient,
  createSerperClient,
} from "@bacowr/providers";
import { serpClientFrom } from "@bacowr/runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import type { FakeServer } from "./fakes/http-fake";
import {
  FAKE_SERP_KEY,
  startFakeBraveSearch,
  startFakeSerpApi,
  startFakeSerpApiDotCom,
} from "./fakes/serp-api";
import { startTestPlatform } from "./harness";

// Each SERP adapter against a fake speaking its provider's real request and response format: the same
// research comes out of each, cached under the provider's name, with the same failures.
const providers = [
  {
    name: "serper",
    create: createSerperClient,
    start: startFakeSerpApi,
    path: "/search",
    refused: /^HTTP 403/,
    // biome-ignore lint/suspicious/noExplicitAny: fakes record whatever the client sent
    sent: (request: any) => ({ ...request.body }),
  },
  {
    name: "serpapi",
    create: createSerpApiClient,
    start: startFakeSerpApiDotCom,
    path: "/search.json",
    refused: /^HTTP 401/,
    // biome-ignore lint/suspicious/noExplicitAny: fakes record whatever the client sent
    sent: (request: any) => ({ ...Object.fromEntries(request.query), num: Number(request.query.get("num")) }),
  },
  {
    name: "brave",
    create: createBraveSearchClient,
    start: startFakeBraveSearch,
    path: "/res/v1/web/search",
    refused: /^HTTP 422/,
    // biome-ignore lint/suspicious/noExplicitAny: fakes record whatever the client sent
    sent: (request: any) => ({
      ...Object.fromEntries(request.query),
      num: Number(request.query.get("count")),
    }),
  },
] as const;

let platform: Platform;
const fetcher = createSafeFetcher({
  allowList: ["127.0.0.1"],
  timeoutMs: 2_000,
  maxBytes: 1_000_000,
  maxRedirects: 2,
  userAgent: "t",
});

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
  await fetcher.close();
});

describe.each(providers)("SERP research through $name", (provider) => {
  let serpApi: FakeServer;
  beforeAll(async () => {
    serpApi = await provider.start();
  });
  afterAll(() => serpApi?.close());

  const deps = (url = `${serpApi.url}${provider.path}`, apiKey = FAKE_SERP_KEY) => ({
    serp: provider.create({ apiKey, url, fetcher }),
    cache: createResearchCache(platform.database.db, { now: () => new Date() }),
    qc: defaultQcSettings,
    ttlSeconds: 3600,
  });

  it("finds intent, topic terms, trust candidates and competitors, and caches the page with hit counts", async () => {
    const anchor = `project management tools ${Math.random().toString(36).slice(2, 7)}`;
    const order = { anchorText: anchor, targetUrl: "https://example.com/product", language: "en" };
    const first = await researchSerp(deps(), order);
    const sent = provider.sent(serpApi.requests.at(-1));
    expect(sent).toMatchObject({ q: anchor, num: 10 });
    expect(sent.hl ?? sent.search_lang).toBe("en");
    expect(JSON.stringify(sent)).not.toContain("wrong");
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
      .where("key", "like", `serp:${provider.name}:en:${anchor}`)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ namespace: "serp", hits: 1 }); // one miss that filled it, one hit
  });

  it("reports provider failures, refused keys and private API URLs as SerpProviderError", async () => {
    const order = { anchorText: "anything at all", targetUrl: "https://example.com/", language: "en" };
    const refused = await researchSerp(deps(undefined, "wrong-key"), order).catch((e) => e);
    expect(refused).toBeInstanceOf(SerpProviderError);
    expect(refused.reason).toMatch(provider.refused);
    // The key never shows in what is reported (SerpApi takes it in the query string).
    expect(refused.message).not.toContain("wrong-key");

    const broken = await provider.start({ failWith: 502 });
    try {
      const failed = await researchSerp(deps(`${broken.url}${provider.path}`), {
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
    const blocked = await provider
      .create({ apiKey: FAKE_SERP_KEY, url: `${serpApi.url}${provider.path}`, fetcher: strict })
      .search("x", { language: "en", num: 1 })
      .catch((e) => e);
    expect(blocked.reason).toMatch(/^private_address/);
  });
});

describe("SERP_PROVIDER", () => {
  it("picks the adapter and, unless SERP_API_URL says otherwise, the provider's own endpoint", async () => {
    const seen: string[] = [];
    const recording = {
      fetch: async (url: string) => {
        seen.push(url.split("?")[0] ?? url);
        return { url, status: 200, contentType: "application/json", body: "{}" };
      },
    };
    for (const [name, endpoint] of [
      ["serper", "https://google.serper.dev/search"],
      ["serpapi", "https://serpapi.com/search.json"],
      ["brave", "https://api.search.brave.com/res/v1/web/search"],
    ] as const) {
      const config = loadConfig({ SERP_PROVIDER: name, SERP_API_KEY: "k" });
      const client = serpClientFrom(config, recording);
      expect(client?.provider).toBe(name);
      await client?.search("q", { language: "en", num: 10 });
      expect(seen.at(-1)).toBe(endpoint);
    }
    expect(serpClientFrom(loadConfig({ SERP_PROVIDER: "brave" }), recording)).toBeUndefined();
    expect(() => loadConfig({ SERP_PROVIDER: "bing" })).toThrow(/SERP_PROVIDER/);
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
