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
  // The terms lsi_coverage counts (research's topic terms and the target page's vocabulary), less the
  // anchor's own words: they do not show that the link's surroundings are on topic.
  const anchorStems = new Set(tokensOf(context.anchorText, context.language).stems);
  // Any word of a term will do, as an editor would take "interest" for "interest rate".
  const terms = [
    ...new Set(
      [...context.topicTerms, ...(context.targetPage?.vocabulary ?? [])].flatMap((term) => {
        const { words, stems } = tokensOf(term, context.language);
        return words.filter((_, i) => !anchorStems.has(stems[i] as string));
      }),
    ),
  ];
  if (paragraph && link && terms.length > 0) {
    const inParagraph = linkSentenceIndex(paragraph, link);
    const before = article.paragraphs
      .slice(0, paragraph.index)
      .reduce((n, p) => n + p.sentenceTokens.length, 0);
    const sentences = article.paragraphs.flatMap((p) => p.sentenceTokens);
    const at = before + Math.max(0, inParagraph);
    const span = settings.naturalnessWindowSentences;
    const window = sentences.slice(Math.max(0, at - span), at + span + 1).map((tokens) => ({
      words: tokens.words.filter((_, i) => !anchorStems.has(tokens.stems[i] as string)),
      stems: tokens.stems.filter((s) => !anchorStems.has(s)),
    }));
    const count = termCounter(window, context.language, topicCompounds(settings));
    const overlap = terms.some((term) => count(term) > 0);
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
