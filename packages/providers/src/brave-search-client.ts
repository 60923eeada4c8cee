import type { PageFetcher, SerpClient } from "@bacowr/core";
import { z } from "zod";
import { serpJson } from "./serp-request";

/** Brave Search API's answer to `GET /res/v1/web/search` (the fields research reads). */
const braveResponse = z.object({
  web: z
    .object({
      results: z
        .array(z.object({ title: z.string(), url: z.string(), description: z.string().default("") }))
        .default([]),
    })
    .default({ results: [] }),
});

/** Brave's snippets mark the query's words with <strong>; research wants plain text. */
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, entity: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[entity] ?? "",
    );

/** Brave Search API (api.search.brave.com): `GET` with the key in `X-Subscription-Token`. It has no related searches. */
export function createBraveSearchClient(options: {
  apiKey: string;
  url: string;
  fetcher: PageFetcher;
}): SerpClient {
  return {
    provider: "brave",
    async search(query, { language, country, num }) {
      const url = new URL(options.url);
      url.search = new URLSearchParams({
        q: query,
        count: String(Math.min(num, 20)),
        search_lang: language,
        ...(country ? { country: country.toUpperCase() } : {}),
      }).toString();
      const parsed = await serpJson(
        "brave",
        options.fetcher,
        url.toString(),
        { method: "GET", headers: { "x-subscription-token": options.apiKey } },
        braveResponse,
      );
      return {
        query,
        results: parsed.web.results.map((r, index) => ({
          position: index + 1,
          title: plain(r.title),
          url: r.url,
          snippet: plain(r.description),
        })),
        relatedSearches: [],
      };
    },
  };
}
