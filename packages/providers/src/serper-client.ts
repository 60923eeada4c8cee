import type { PageFetcher, SerpClient } from "@bacowr/core";
import { z } from "zod";
import { serpJson } from "./serp-request";

/** Serper's answer to `POST /search` (Google results as JSON). */
const serperResponse = z.object({
  organic: z
    .array(
      z.object({
        title: z.string(),
        link: z.string(),
        snippet: z.string().default(""),
        position: z.number().int(),
      }),
    )
    .default([]),
  relatedSearches: z.array(z.object({ query: z.string() })).default([]),
});

/** Serper (serper.dev): `POST` with the key in `X-API-KEY`. */
export function createSerperClient(options: {
  apiKey: string;
  url: string;
  fetcher: PageFetcher;
}): SerpClient {
  return {
    provider: "serper",
    async search(query, { language, country, num }) {
      const parsed = await serpJson(
        "serper",
        options.fetcher,
        options.url,
        {
          method: "POST",
          headers: { "x-api-key": options.apiKey, "content-type": "application/json" },
          body: JSON.stringify({
            q: query,
            hl: language,
            num,
            ...(country ? { gl: country.toLowerCase() } : {}),
          }),
        },
        serperResponse,
      );
      return {
        query,
        results: parsed.organic.map((r) => ({
          position: r.position,
          title: r.title,
          url: r.link,
          snippet: r.snippet,
        })),
        relatedSearches: parsed.relatedSearches.map((r) => r.query),
      };
    },
  };
}
