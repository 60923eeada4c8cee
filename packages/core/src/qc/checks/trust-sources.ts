import { type TrustTier, trustTierOf } from "../../text/trust";
import { hostMatches, hostOf } from "../../text/urls";
import type { ArticleModel } from "../article-model";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, type QcIssue, qcIssue } from "../qc-report";
import type { QcSettings } from "../qc-settings";

export function checkTrustSources(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const targetHost = hostOf(context.targetUrl);
  const issues: QcIssue[] = [];
  const trusted = new Map<string, TrustTier>();
  // With the ledger, a source counts only if its page is live and supports what the article says it does.
  const failing = new Set<string>();
  for (const entry of context.sourceLedger ?? []) {
    if (!entry.live) {
      failing.add(entry.url);
      issues.push(
        qcIssue(
          "source_dead",
          `The cited page ${entry.url} is not live (${entry.reason ?? `HTTP ${entry.status}`})`,
          {
            action: `Replace or remove the source ${entry.url}`,
          },
        ),
      );
    } else if (!entry.supports_claim) {
      failing.add(entry.url);
      const figures = entry.missing_figures.length
        ? `; figures not on the page: ${entry.missing_figures.join(", ")}`
        : "";
      issues.push(
        qcIssue("source_unrelated", `The cited page ${entry.url} does not support its sentence${figures}`, {
          action: `Replace or remove the source ${entry.url}`,
        }),
      );
    }
  }
  for (const link of article.links) {
    const host = hostOf(link.href);
    if (!host || host === targetHost || failing.has(link.href)) continue;
    const competitor = context.competitorDomains.find((d) => hostMatches(host, d.toLowerCase()));
    if (competitor) {
      issues.push(
        qcIssue("competitor_linked", `Links to a competitor of the target (${host})`, {
          action: `Remove the link to ${host}`,
        }),
      );
      continue;
    }
    const tier = trustTierOf(host, settings.trust);
    if (tier) trusted.set(host, tier);
  }
  const count = trusted.size;
  if (count < settings.trust.minSources) {
    // RESCUE only ever cites a source research found; without one a human must add it.
    const fixable = context.trustCandidates.length > 0;
    issues.push(
      qcIssue(
        "trust_source_missing",
        `No trusted sources cited (${count}, minimum ${settings.trust.minSources})`,
        fixable ? {} : { autoFixable: false, action: "Manual review required - add authoritative sources" },
      ),
    );
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
