import { z } from "zod";
import { topicTerms } from "../preflight/topic-terms";
import { ProviderError } from "../provider-error";
import type { QcSettings } from "../qc/qc-settings";
import { intentOfQuery, type SearchIntent } from "../text/intent";
import { normaliseText } from "../text/normalise";
import { isUserGenerated, trustTierOf } from "../text/trust";
import { hostOf } from "../text/urls";

export const serpResultSchema = z.object({
  position: z.number().int(),
  title: z.string(),
  url: z.string(),
  snippet: z.string(),
});
export const serpPageSchema = z.object({
  query: z.string(),
  results: z.array(serpResultSchema),
  relatedSearches: z.array(z.string()),
});
export type SerpPage = z.infer<typeof serpPageSchema>;

/** A web search API. */
export interface SerpClient {
  readonly provider: string;
  search(
    query: string,
    options: { language: string; country?: string | undefined; num: number },
  ): Promise<SerpPage>;
}

export class SerpProviderError extends ProviderError {
  override name = "SerpProviderError";
}

/** A cache with expiry whose reads are counted, for analytics' cache hit rate. */
export interface ResearchCache {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, namespace: string, value: unknown, ttlSeconds: number): Promise<void>;
}

/** The search intent of a query, from its own words and what the results' titles look like. */
export function classifyIntent(query: string, page?: SerpPage): SearchIntent {
  return intentOfQuery(
    query,
    (page?.results ?? []).map((r) => r.title),
  );
}

export interface SerpResearch {
  query: string;
  intent: SearchIntent;
  topResults: SerpPage["results"];
  topicTerms: string[];
  trustCandidates: string[];
  /** Result domains that are neither the target, trusted sources nor user-generated: the niche. */
  competitorDomains: string[];
  sourceTexts: string[];
  fromCache: boolean;
}

/** SERP research for an anchor, cached for `ttlSeconds`. */
export async function researchSerp(
  deps: { serp: SerpClient; cache: ResearchCache; qc: QcSettings; ttlSeconds: number },
  order: { anchorText: string; targetUrl: string; language: string },
): Promise<SerpResearch> {
  const key = `serp:${deps.serp.provider}:${order.language}:${normaliseText(order.anchorText)}`;
  const cached = serpPageSchema.safeParse(await deps.cache.get(key));
  let page: SerpPage;
  if (cached.success) page = cached.data;
  else {
    page = await deps.serp.search(order.anchorText, { language: order.language, num: 10 });
    await deps.cache.set(key, "serp", page, deps.ttlSeconds);
  }
  const targetHost = hostOf(order.targetUrl);
  const trustCandidates: string[] = [];
  const competitors = new Set<string>();
  for (const result of page.results) {
    const host = hostOf(result.url);
    if (!host || host === targetHost) continue;
    if (trustTierOf(host, deps.qc.trust)) trustCandidates.push(result.url);
    else if (!isUserGenerated(host, deps.qc.trust)) competitors.add(host);
  }
  const text = page.results.map((r) => `${r.title}. ${r.snippet}`).join("\n");
  return {
    query: page.query,
    intent: classifyIntent(order.anchorText, page),
    topResults: page.results.slice(0, 10),
    topicTerms: topicTerms(`${text}\n${page.relatedSearches.join(". ")}`, {
      language: order.language,
      limit: 10,
      stopwords: deps.qc.extraStopwords[order.language] ?? [],
    }),
    trustCandidates,
    competitorDomains: [...competitors],
    sourceTexts: page.results.map((r) => r.snippet),
    fromCache: cached.success,
  };
}
