import { z } from "zod";
import { FetchRefusedError, type PageFetcher } from "../net/page-fetcher";
import { profilePage } from "../preflight/page-profile";
import { topicVocabulary } from "../preflight/topic-terms";
import { parseArticle } from "../qc/article-model";
import type { QcSettings } from "../qc/qc-settings";
import { stemOf } from "../text/stem";
import { trustTierOf, trustTiers } from "../text/trust";
import { hostOf } from "../text/urls";
import { judgeSourcePage } from "./source-finder";

/** One outbound link of an article, checked on its page after QC: `qc_report.sources`. */
export const sourceEntrySchema = z.object({
  url: z.string(),
  /** Where it led after redirects; null when it could not be fetched. */
  final_url: z.string().nullable(),
  tier: z.enum(trustTiers).nullable(),
  /** The HTTP status after redirects; null when there was no answer. */
  status: z.number().int().nullable(),
  /** Live: a 200 HTML page that is not noindex. */
  live: z.boolean(),
  language: z.string().nullable(),
  /** Whether the page supports the sentence that links it: its key terms, and every figure in it, are on the page. */
  supports_claim: z.boolean(),
  /** The sentence's key terms (stems) found in the page's main text. */
  matched_terms: z.array(z.string()),
  /** Figures in the sentence that the page does not show. */
  missing_figures: z.array(z.string()),
  /** ISO 8601 (the ledger is kept in the job's QC report, a JSON document). */
  checked_at: z.string(),
  /** Why it is not live, when it is not. */
  reason: z.string().nullable(),
});
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/** A sentence supports its link when this many of its key terms (at most) are on the page. */
const MIN_MATCHED_TERMS = 2;

const figuresOf = (text: string) =>
  [...text.matchAll(/\d+(?:[.,\s]\d+)*/g)].map((m) => m[0].replace(/[\s,]/g, "")).filter((f) => f.length > 0);

/** The sentence of its paragraph in which a link's text starts. */
function sentenceAt(sentences: readonly string[], paragraph: string, offset: number): string {
  let at = 0;
  for (const sentence of sentences) {
    const start = paragraph.indexOf(sentence, at);
    if (start < 0) continue;
    const end = start + sentence.length;
    if (offset >= start && offset < end) return sentence;
    at = end;
  }
  return sentences[0] ?? paragraph;
}

export interface SourceLedgerDeps {
  fetcher: PageFetcher;
  qc: QcSettings;
  /** Where to fetch a URL instead of itself (a Wikipedia article through its page-HTML API), if anywhere. */
  checkUrlOf?: (url: string) => string | undefined;
  now: () => Date;
}

/**
 * The verified source ledger: after an article is written, every outbound link but the target is fetched
 * through the SSRF-safe fetcher and judged: live or dead, its tier, and whether its page supports the
 * sentence that cites it (the sentence's key terms, stemmed, in the page's main text; every figure of the
 * sentence on the page). QC turns a dead or unrelated source into an issue that RESCUE repairs.
 */
export function createSourceLedger(deps: SourceLedgerDeps) {
  return {
    async verify(markdown: string, order: { targetUrl: string; language: string }): Promise<SourceEntry[]> {
      const article = parseArticle(markdown, order.language);
      const targetHost = hostOf(order.targetUrl);
      const cited = new Map<string, string[]>();
      for (const paragraph of article.paragraphs) {
        for (const link of paragraph.links) {
          const host = hostOf(link.href);
          if (!host || host === targetHost || !/^https?:/i.test(link.href)) continue;
          const sentence = sentenceAt(paragraph.sentences, paragraph.text, link.textOffset ?? 0);
          cited.set(link.href, [...(cited.get(link.href) ?? []), sentence]);
        }
      }
      return Promise.all(
        [...cited].map(async ([url, sentences]) => {
          const host = hostOf(url);
          const tier = host ? (trustTierOf(host, deps.qc.trust) ?? null) : null;
          const base = { url, tier, checked_at: deps.now().toISOString() };
          let page: Awaited<ReturnType<PageFetcher["fetch"]>>;
          try {
            page = await deps.fetcher.fetch(deps.checkUrlOf?.(url) ?? url);
          } catch (error) {
            const reason =
              error instanceof FetchRefusedError ? `${error.reason}: ${error.message}` : "unreachable";
            return {
              ...base,
              final_url: null,
              status: null,
              live: false,
              language: null,
              supports_claim: false,
              matched_terms: [],
              missing_figures: [],
              reason,
            };
          }
          const judged = judgeSourcePage(page);
          const profile = judged.live ? profilePage(page.body, page.url) : undefined;
          const pageText = profile ? `${profile.title ?? ""} ${profile.mainText}` : "";
          const pageStems = new Set(
            topicVocabulary(pageText, order.language).map((w) => stemOf(w, order.language)),
          );
          const pageFigures = new Set(figuresOf(pageText));
          // Every sentence that cites the page must be supported by it.
          let supported = judged.live;
          const matched = new Set<string>();
          const missing = new Set<string>();
          for (const sentence of sentences) {
            const terms = topicVocabulary(sentence, order.language).map((w) => stemOf(w, order.language));
            const found = terms.filter((stem) => pageStems.has(stem));
            for (const stem of found) matched.add(stem);
            const absent = figuresOf(sentence).filter((figure) => !pageFigures.has(figure));
            for (const figure of absent) missing.add(figure);
            if (found.length < Math.min(MIN_MATCHED_TERMS, terms.length) || absent.length > 0)
              supported = false;
          }
          return {
            ...base,
            final_url: page.url,
            status: page.status,
            live: judged.live,
            language: judged.language,
            supports_claim: supported,
            matched_terms: [...matched],
            missing_figures: [...missing],
            reason: judged.reason,
          };
        }),
      );
    },
  };
}

export type SourceLedger = ReturnType<typeof createSourceLedger>;
