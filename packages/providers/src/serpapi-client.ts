import type { PageFetcher, SerpClient } from "@bacowr/core";
import { z } from "zod";
import { serpJson } from "./serp-request";

/** SerpApi's answer to `GET /search.json?engine=google` (the fields research reads). */
const serpApiResponse = z.object({
  organic_results: z
    .array(
      z.object({
        position: z.number().int(),
        title: z.string(),
        link: z.string(),
        snippet: z.string().default(""),
      }),
    )
    .default([]),
  related_searches: z.array(z.object({ query: z.string() })).default([]),
});

/** SerpApi (serpapi.com), Google engine: `GET` with the key in `api_key`, as its API takes it. */
export function createSerpApiClient(options: {
  apiKey: string;
  url: string;
  fetcher: PageFetcher;
}): SerpClient {
  return {
    provider: "serpapi",
    async search(query, { language, country, num }) {
      const url = new URL(options.url);
      url.search = new URLSearchParams({
        engine: "google",
        q: query,
        hl: language,
        num: String(num),
        ...(country ? { gl: country.toLowerCase() } : {}),
        api_key: options.apiKey,
      }).toString();
      const parsed = await serpJson(
        "serpapi",
        options.fetcher,
        url.toString(),
        { method: "GET", headers: {} },
        serpApiResponse,
      );
      return {
        query,
        results: parsed.organic_results.map((r) => ({
          position: r.position,
          title: r.title,
          url: r.link,
          snippet: r.snippet,
        })),
        relatedSearches: parsed.related_searches.map((r) => r.query),
      };
    },
  };
}
