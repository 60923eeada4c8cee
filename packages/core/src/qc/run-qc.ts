import { parseArticle } from "./article-model";
import { checkAiTells } from "./checks/ai-tells";
import { checkAnchorLink } from "./checks/anchor-link";
import { checkAnchorNaturalness } from "./checks/anchor-naturalness";
import { checkAnchorPlacement } from "./checks/anchor-placement";
import { checkCompliance } from "./checks/compliance";
import { checkIntentAlignment } from "./checks/intent-alignment";
import { checkLanguage } from "./checks/language";
import { checkLsiCoverage } from "./checks/lsi-coverage";
import { checkOriginality } from "./checks/originality";
import { checkReadability } from "./checks/readability";
import { checkTrustSources } from "./checks/trust-sources";
import { checkWordCount } from "./checks/word-count";
import { type QcContextInput, qcContextSchema } from "./qc-context";
import type { CheckOutcome, QcCheckKey, QcIssue, QcReport } from "./qc-report";
import { defaultQcSettings, type QcSettings } from "./qc-settings";

function weightedScore(
  outcomes: Record<QcCheckKey, CheckOutcome>,
  settings: QcSettings,
  without: readonly QcCheckKey[] = [],
): number {
  let weighted = 0;
  let total = 0;
  for (const [key, outcome] of Object.entries(outcomes) as [QcCheckKey, CheckOutcome][]) {
    // A check that does not apply (placement and LSI without a link) neither adds to nor takes from the score.
    const applies = outcome.check.applicable !== false;
    const weight = without.includes(key) || !applies ? 0 : (settings.weights[key] ?? 0);
    weighted += weight * outcome.check.points;
    total += weight;
  }
  return total ? Math.round((weighted / total) * 10) / 10 : 0;
}

/** The issues that keep an article from delivery: of a blocking severity, and not of a warning-only check. */
export function blockingIssues(
  issues: readonly QcIssue[],
  settings: Pick<QcSettings, "blockingSeverities" | "warningOnly">,
): QcIssue[] {
  return issues.filter(
    (i) => settings.blockingSeverities.includes(i.severity) && !settings.warningOnly.includes(i.category),
  );
}

/**
 * Quality control: deterministic, no LLM call. The same article and context
 * always give the same report.
 */
export function runQc(
  markdown: string,
  contextInput: QcContextInput,
  settings: QcSettings = defaultQcSettings,
): QcReport {
  const context = qcContextSchema.parse(contextInput);
  const article = parseArticle(markdown, context.language);
  const outcomes: Record<QcCheckKey, CheckOutcome> = {
    word_count: checkWordCount(article, settings),
    anchor_link: checkAnchorLink(article, context, settings),
    anchor_placement: checkAnchorPlacement(article, context),
    anchor_naturalness: checkAnchorNaturalness(article, context, settings),
    trust_sources: checkTrustSources(article, context, settings),
    intent_alignment: checkIntentAlignment(article, context, settings),
    lsi_coverage: checkLsiCoverage(article, context, settings),
    language: checkLanguage(article, context, settings),
    readability: checkReadability(article, context, settings),
    compliance: checkCompliance(article, context, settings),
    originality: checkOriginality(article, context, settings),
    ai_tells: checkAiTells(article, context, settings),
  };
  const score = weightedScore(outcomes, settings);
  // Warning-only checks (readability) lower the reported score a little; the verdict is taken without them.
  const verdictScore = Math.max(score, weightedScore(outcomes, settings, settings.warningOnly));
  const issues = Object.values(outcomes).flatMap((o) => o.issues);
  return {
    status:
      verdictScore >= settings.passScore && blockingIssues(issues, settings).length === 0 ? "PASS" : "FAIL",
    score,
    checks: Object.fromEntries(Object.entries(outcomes).map(([k, o]) => [k, o.check])) as QcReport["checks"],
    issues,
    ...(context.sourceLedger ? { sources: context.sourceLedger } : {}),
  };
}
