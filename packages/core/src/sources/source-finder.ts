import { load } from "cheerio";
import { z } from "zod";
import type { FetchedPage, PageFetcher } from "../net/page-fetcher";
import { topicVocabulary } from "../preflight/topic-terms";
import type { QcSettings } from "../qc/qc-settings";
import type { ResearchCache } from "../research/serp";
import { detectLanguage } from "../text/language";
import { stemOf } from "../text/stem";
import { trustTierOf, trustTiers } from "../text/trust";
import { hostOf } from "../text/urls";
import type { SourceRegisterEntry } from "./source-register";

export const sourceOrigins = ["register", "wikipedia"] as const;

/** A source offered to the writer: found for the job's topic, and fetched and live when offered. */
export const foundSourceSchema = z.object({
  url: z.string(),
  title: z.string(),
  summary: z.string(),
  origin: z.enum(sourceOrigins),
  tier: z.enum(trustTiers).nullable(),
  language: z.string().nullable(),
  /** The job's topic words (stems) the source's title and summary share. */
  matched_terms: z.array(z.string()),
});
export type FoundSource = z.infer<typeof foundSourceSchema>;

/** An encyclopedia's search in one language's edition (Wikipedia's public APIs). */
export interface EncyclopediaSearch {
  search(
    query: string,
    language: string,
    limit: number,
  ): Promise<{ title: string; url: string; summary: string; checkUrl: string }[]>;
}

/** What fetching a candidate showed: live, HTML, indexable, and in which language. */
const sourceCheckSchema = z.object({
  live: z.boolean(),
  status: z.number().int().nullable(),
  language: z.string().nullable(),
  reason: z.string().nullable(),
});
export type SourceCheck = z.infer<typeof sourceCheckSchema>;

export interface SourceFinderDeps {
  fetcher: PageFetcher;
  encyclopedia?: EncyclopediaSearch;
  register: readonly SourceRegisterEntry[];
  cache: ResearchCache;
  /** How long a candidate's check is kept before it is fetched again. */
  ttlSeconds: number;
  qc: QcSettings;
  /** Sources offered per job. */
  limit?: number;
}

export interface SourceQuery {
  language: string;
  /** Regulated verticals detected for the job (`gambling`, `finance`…); `general` entries always qualify. */
  verticals: readonly string[];
  anchorText: string;
  /** The target page's topic terms. */
  topics: readonly string[];
}

/** Judges a fetched candidate: 200 after redirects, HTML, not noindex; notes its language. */
export function judgeSourcePage(page: FetchedPage): SourceCheck {
  if (page.status !== 200) {
    return { live: false, status: page.status, language: null, reason: `HTTP ${page.status}` };
  }
  if (!/html/i.test(page.contentType ?? "")) {
    return {
      live: false,
      status: page.status,
      language: null,
      reason: `not HTML (${page.contentType ?? "no type"})`,
    };
  }
  const $ = load(page.body);
  const robots = [
    ...$('meta[name="robots" i], meta[name="googlebot" i]')
      .map((_, el) => $(el).attr("content") ?? "")
      .get(),
    page.headers?.["x-robots-tag"] ?? "",
  ]
    .join(",")
    .toLowerCase();
  if (/\b(noindex|none)\b/.test(robots))
    return { live: false, status: 200, language: null, reason: "noindex" };
  const declared = $("html").attr("lang")?.toLowerCase().split("-")[0];
  const language = declared || detectLanguage($("body").text()) || null;
  return { live: true, status: 200, language, reason: null };
}

const stemsOf = (text: string, language: string) =>
  new Set(topicVocabulary(text, language).map((word) => stemOf(word, language)));

/**
 * Trust sources without a SERP key: the curated register's pages for the job's language and verticals, and
 * the encyclopedia's articles on the anchor, each scored by the topic words its title and summary share with
 * the anchor and the target page, and fetched (through the SSRF-safe fetcher, the result cached) before it
 * is offered: a dead, non-HTML or noindex page, or one in another language, never reaches the writer.
 */
export function createSourceFinder(deps: SourceFinderDeps) {
  const limit = deps.limit ?? 5;

  async function check(url: string): Promise<SourceCheck> {
    const key = `source:${url}`;
    const cached = sourceCheckSchema.safeParse(await deps.cache.get(key));
    if (cached.success) return cached.data;
    let result: SourceCheck;
    try {
      result = judgeSourcePage(await deps.fetcher.fetch(url));
    } catch (error) {
      result = {
        live: false,
        status: null,
        language: null,
        reason: error instanceof Error ? error.message : "unreachable",
      };
    }
    await deps.cache.set(key, "source", result, deps.ttlSeconds);
    return result;
  }

  return {
    /**
     * The candidates other research found (trusted links on the target's and publisher's pages, the SERP's
     * trusted results) that are live now, in order: they too are fetched (and cached) before they are offered.
     */
    async liveOnly(urls: readonly string[]): Promise<string[]> {
      const checks = await Promise.all(urls.map((url) => check(url)));
      return urls.filter((_, index) => checks[index]?.live);
    },

    async find(query: SourceQuery): Promise<FoundSource[]> {
      const { language } = query;
      const wanted = stemsOf([query.anchorText, ...query.topics].join(" "), language);
      const shared = (text: string) => [...stemsOf(text, language)].filter((stem) => wanted.has(stem));
      const verticals = new Set(["general", ...query.verticals]);

      const candidates: (FoundSource & { checkUrl: string })[] = [];
      for (const entry of deps.register) {
        if (entry.language !== language || !entry.verticals.some((v) => verticals.has(v))) continue;
        const matched = shared(`${entry.title} ${entry.topics.join(" ")}`);
        if (matched.length === 0) continue;
        candidates.push({
          url: entry.url,
          checkUrl: entry.url,
          title: entry.title,
          summary: entry.topics.join(", "),
          origin: "register",
          tier: null,
          language: entry.language,
          matched_terms: matched,
        });
      }
      if (deps.encyclopedia) {
        const found = await deps.encyclopedia.search(query.anchorText, language, limit).catch(() => []);
        for (const page of found) {
          const matched = shared(`${page.title} ${page.summary}`);
          if (matched.length === 0) continue;
          candidates.push({ ...page, origin: "wikipedia", tier: null, language, matched_terms: matched });
        }
      }
      // The best-matching first; on a tie the register's public bodies before the encyclopedia.
      candidates.sort((a, b) => b.matched_terms.length - a.matched_terms.length);
      const seen = new Set<string>();
      const unique = candidates.filter((c) => !seen.has(c.url) && seen.add(c.url));
      const checks = await Promise.all(unique.slice(0, limit * 2).map((c) => check(c.checkUrl)));
      const offered: FoundSource[] = [];
      unique.slice(0, limit * 2).forEach((candidate, index) => {
        const result = checks[index];
        if (!result?.live || (result.language && result.language !== language)) return;
        const host = hostOf(candidate.url);
        const { checkUrl: _, ...source } = candidate;
        offered.push({
          ...source,
          language: result.language,
          tier: host ? (trustTierOf(host, deps.qc.trust) ?? null) : null,
        });
      });
      return offered.slice(0, limit);
    },
  };
}

export type SourceFinder = ReturnType<typeof createSourceFinder>;
