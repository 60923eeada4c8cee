import { type ArticleModel, wordsOf } from "./article-model";
import type { QcContext } from "./qc-context";
import type { CheckOutcome, QcIssue } from "./qc-report";
import type { QcSettings } from "./qc-settings";
import { hostMatches, hostOf, normaliseText } from "./url-match";

type Tier = keyof QcSettings["trust"]["tiers"];

export function trustTierOf(host: string, settings: QcSettings): Tier | undefined {
  if (settings.trust.userGenerated.some((rule) => hostMatches(host, rule))) return undefined;
  for (const tier of ["T1", "T2", "T3", "T4"] as const) {
    if (settings.trust.tiers[tier].some((rule) => hostMatches(host, rule))) return tier;
  }
  return undefined;
}

export function checkTrustSources(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const targetHost = hostOf(context.targetUrl);
  const issues: QcIssue[] = [];
  const trusted = new Map<string, Tier>();
  for (const link of article.links) {
    const host = hostOf(link.href);
    if (!host || host === targetHost) continue;
    const competitor = context.competitorDomains.find((d) => hostMatches(host, d.toLowerCase()));
    if (competitor) {
      issues.push({
        severity: "critical",
        category: "trust_sources",
        message: `Links to a competitor of the target (${host})`,
        auto_fixable: false,
        action: `Remove the link to ${host}`,
      });
      continue;
    }
    const tier = trustTierOf(host, settings);
    if (tier) trusted.set(host, tier);
  }
  const count = trusted.size;
  if (count < settings.trust.minSources) {
    const fixable = context.trustCandidates.length > 0;
    issues.push({
      severity: "high",
      category: "trust_sources",
      message: `No trusted sources cited (${count}, minimum ${settings.trust.minSources})`,
      auto_fixable: fixable,
      ...(fixable ? {} : { action: "Manual review required - add authoritative sources" }),
    });
  }
  const tiers = { T1: 0, T2: 0, T3: 0, T4: 0 };
  for (const tier of trusted.values()) tiers[tier]++;
  const points = issues.some((i) => i.severity === "critical")
    ? 0
    : Math.min(100, (count / settings.trust.preferredSources) * 100);
  return {
    check: {
      passed: issues.length === 0,
      points: Math.round(points),
      count,
      required: settings.trust.minSources,
      preferred: settings.trust.preferredSources,
      tiers,
    },
    issues,
  };
}

/** Passages of `length` consecutive words the article shares with any source text. */
export function copiedPassages(articleText: string, sources: readonly string[], length: number): string[] {
  const shingles = new Set<string>();
  for (const source of sources) {
    const words = wordsOf(normaliseText(source));
    for (let i = 0; i + length <= words.length; i++) shingles.add(words.slice(i, i + length).join(" "));
  }
  const found: string[] = [];
  const words = wordsOf(normaliseText(articleText));
  for (let i = 0; i + length <= words.length; i++) {
    const shingle = words.slice(i, i + length).join(" ");
    if (shingles.has(shingle)) {
      found.push(shingle);
      i += length - 1; // report overlapping runs once
    }
  }
  return found;
}

export function checkOriginality(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const copied = copiedPassages(article.bodyText, context.sourceTexts, settings.originalityShingleWords);
  const issues: QcIssue[] = copied.length
    ? [
        {
          severity: "critical",
          category: "originality",
          message: `${copied.length} passage(s) of ${settings.originalityShingleWords}+ words copied from sources, e.g. "${copied[0]}"`,
          auto_fixable: false,
          action: "Rewrite the copied passages in original words",
        },
      ]
    : [];
  return {
    check: { passed: copied.length === 0, points: copied.length ? 0 : 100, copied_passages: copied.length },
    issues,
  };
}
