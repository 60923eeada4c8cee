import type { EncyclopediaSearch, PageFetcher } from "@bacowr/core";
import { z } from "zod";

const searchAnswer = z.object({
  pages: z.array(z.object({ key: z.string(), title: z.string(), excerpt: z.string().nullish() })).default([]),
});
const summaryAnswer = z.object({
  type: z.string().default("standard"),
  title: z.string(),
  extract: z.string().default(""),
  content_urls: z.object({ desktop: z.object({ page: z.string() }) }),
});

/**
 * Wikipedia's public APIs, no key needed: the search API (`/w/rest.php/v1/search/page`) finds articles in the
 * job's language's edition, the page-summary API (`/api/rest_v1/page/summary/{title}`) gives each one's
 * summary and canonical URL (what the writer cites), and the page-HTML API (`/api/rest_v1/page/html/{title}`)
 * is what a check fetches. `urlTemplate` is the edition's base with `{lang}` (`https://{lang}.wikipedia.org`).
 * Disambiguation pages are skipped; a failing call yields fewer candidates, never an error.
 */
export function createWikipediaSearch(options: {
  fetcher: PageFetcher;
  urlTemplate: string;
}): EncyclopediaSearch {
  const json = async <T extends z.ZodType>(url: string, schema: T): Promise<z.infer<T> | undefined> => {
    try {
      const page = await options.fetcher.fetch(url, { headers: { accept: "application/json" } });
      if (page.status !== 200) return undefined;
      const parsed = schema.safeParse(JSON.parse(page.body));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    async search(query, language, limit) {
      if (!/^[a-z]{2,3}$/.test(language)) return [];
      const base = options.urlTemplate.replaceAll("{lang}", language).replace(/\/+$/, "");
      const found = await json(
        `${base}/w/rest.php/v1/search/page?${new URLSearchParams({ q: query, limit: String(limit) })}`,
        searchAnswer,
      );
      const summaries = await Promise.all(
        (found?.pages ?? []).map((page) =>
          json(`${base}/api/rest_v1/page/summary/${encodeURIComponent(page.key)}`, summaryAnswer).then(
            (summary) => summary && { key: page.key, ...summary },
          ),
        ),
      );
      return summaries.flatMap((summary) =>
        summary && summary.type !== "disambiguation"
          ? [
              {
                title: summary.title,
                url: summary.content_urls.desktop.page,
                summary: summary.extract,
                checkUrl: `${base}/api/rest_v1/page/html/${encodeURIComponent(summary.key)}`,
              },
            ]
          : [],
      );
    },
  };
}

/**
 * Where a check fetches a Wikipedia article cited by its canonical URL (`https://sv.wikipedia.org/wiki/X`):
 * the page-HTML API of the configured edition base, as the search does; undefined for any other URL.
 */
export function wikipediaCheckUrl(urlTemplate: string): (url: string) => string | undefined {
  return (url) => {
    const match = /^https:\/\/([a-z]{2,3})\.wikipedia\.org\/wiki\/([^?#]+)$/.exec(url);
    if (!match?.[1] || !match[2]) return undefined;
    const base = urlTemplate.replaceAll("{lang}", match[1]).replace(/\/+$/, "");
    return `${base}/api/rest_v1/page/html/${match[2]}`;
  };
}
