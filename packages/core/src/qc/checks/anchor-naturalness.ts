import { normaliseText } from "../../text/normalise";
import { countWords, termCounter, tokensOf } from "../../text/terms";
import type { ArticleModel } from "../article-model";
import { findAnchor, linkSentenceIndex } from "../find-anchor";
import type { QcIssueCode } from "../issue-codes";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, qcIssue } from "../qc-report";
import { type QcSettings, topicCompounds } from "../qc-settings";

/**
 * Score 0–10, starting from 10: each problem found costs its configured
 * points. When the score falls below the pass mark, each problem is reported
 * under its own code, so RESCUE repairs exactly what is wrong.
 */
export function checkAnchorNaturalness(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const { paragraph, link } = findAnchor(article, context);
  const costs = settings.naturalnessCosts;
  const problems: { code: QcIssueCode; cost: number; reason: string }[] = [];
  // The exact phrase, case-insensitive on word boundaries: the link itself is one occurrence.
  const occurrences = countWords(article.bodyTokens, tokensOf(context.anchorText, context.language).words);
  if (occurrences > settings.maxAnchorPhraseOccurrences) {
    problems.push({
      code: "anchor_phrase_repeated",
      cost: costs.repeated,
      reason: `the exact anchor phrase appears ${occurrences} times (at most ${settings.maxAnchorPhraseOccurrences})`,
    });
  }
  const anchor = normaliseText(context.anchorText);
  if (settings.spamAnchors.some((spam) => normaliseText(spam) === anchor)) {
    problems.push({
      code: "anchor_spammy",
      cost: costs.spammy,
      reason: `"${context.anchorText}" is a spammy anchor`,
    });
  }
  if (paragraph && link && context.topicTerms.length > 0) {
    const at = linkSentenceIndex(paragraph, link);
    const tokens = paragraph.sentenceTokens[at];
    // The anchor's own words do not show that its sentence is on topic.
    const anchorStems = new Set(tokensOf(context.anchorText, context.language).stems);
    const rest = tokens
      ? {
          words: tokens.words.filter((_, i) => !anchorStems.has(tokens.stems[i] as string)),
          stems: tokens.stems.filter((s) => !anchorStems.has(s)),
        }
      : { words: [], stems: [] };
    const count = termCounter(rest, context.language, topicCompounds(settings));
    const overlap = context.topicTerms.some((term) => term.split(/\s+/).some((word) => count(word) > 0));
    if (!overlap) {
      problems.push({
        code: "anchor_off_topic",
        cost: costs.offTopic,
        reason: "the anchor's sentence shares no topic with the target",
      });
    }
  }
  const score = Math.max(0, 10 - problems.reduce((sum, p) => sum + p.cost, 0));
  const passed = score >= settings.naturalnessPass;
  const issues = passed
    ? []
    : problems.map((p) =>
        qcIssue(
          p.code,
          `Anchor reads unnaturally (${score}/10): ${p.reason}`,
          p.code === "anchor_spammy"
            ? { action: "Order the link with a descriptive anchor text instead of a generic phrase" }
            : {},
        ),
      );
  return {
    check: { passed, points: score * 10, score, required: settings.naturalnessPass, occurrences },
    issues,
  };
}
