import { FetchRefusedError, type PageFetcher, type SerpClient, SerpProviderError } from "@bacowr/core";
import { z } from "zod";

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

/** A JSON SERP API in Serper's format, called through the SSRF-safe fetcher. */
export function createSerperClient(options: {
  apiKey: string;
  url: string;
  fetcher: PageFetcher;
}): SerpClient {
  return {
    provider: "serper",
    async search(query, { language, country, num }) {
      let body: string;
      let status: number;
      try {
        const page = await options.fetcher.fetch(options.url, {
          method: "POST",
          headers: {
            "x-api-key": options.apiKey,
            "content-type": "application/json",
            accept: "application/json",
          },
          body: JSON.stringify({
            q: query,
            hl: language,
            num,
            ...(country ? { gl: country.toLowerCase() } : {}),
          }),
        });
        body = page.body;
        status = page.status;
      } catch (error) {
        const reason =
          error instanceof FetchRefusedError ? `${error.reason}: ${error.message}` : String(error);
        throw new SerpProviderError("serper", reason, { cause: error });
      }
      if (status >= 400) throw new SerpProviderError("serper", `HTTP ${status}: ${body.slice(0, 200)}`);
      let parsed: z.infer<typeof serperResponse>;
      try {
        parsed = serperResponse.parse(JSON.parse(body));
      } catch (error) {
        throw new SerpProviderError("serper", "unexpected response body", { cause: error });
      }
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
