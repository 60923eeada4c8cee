import { countPhrase, normaliseText, wordKeys } from "../../text/normalise";
import type { ArticleModel } from "../article-model";
import { findAnchor } from "../find-anchor";
import type { QcIssueCode } from "../issue-codes";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, qcIssue } from "../qc-report";
import type { QcSettings } from "../qc-settings";

/**
 * Score 0–10, starting from 10: each problem found costs points. When the
 * score falls below the pass mark, each problem is reported under its own
 * code, so RESCUE repairs exactly what is wrong.
 */
export function checkAnchorNaturalness(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const { paragraph, link } = findAnchor(article, context);
  const problems: { code: QcIssueCode; cost: number; reason: string }[] = [];
  const occurrences = countPhrase(article.bodyText, context.anchorText, context.language);
  if (occurrences > settings.maxAnchorPhraseOccurrences) {
    problems.push({
      code: "anchor_phrase_repeated",
      cost: 3,
      reason: `the exact anchor phrase appears ${occurrences} times`,
    });
  }
  const anchor = normaliseText(context.anchorText);
  if (settings.spamAnchors.some((spam) => normaliseText(spam) === anchor)) {
    problems.push({ code: "anchor_spammy", cost: 5, reason: `"${context.anchorText}" is a spammy anchor` });
  }
  if (paragraph && link && context.topicTerms.length > 0) {
    const sentence = paragraph.sentences.find((s) => s.includes(link.text)) ?? paragraph.text;
    const anchorWords = new Set(wordKeys(anchor, context.language));
    const words = new Set(wordKeys(sentence, context.language).filter((w) => !anchorWords.has(w)));
    const overlap = context.topicTerms.some((term) =>
      wordKeys(term, context.language).some((w) => words.has(w)),
    );
    if (!overlap) {
      problems.push({
        code: "anchor_off_topic",
        cost: 3,
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
  return { check: { passed, points: score * 10, score, required: settings.naturalnessPass }, issues };
}
