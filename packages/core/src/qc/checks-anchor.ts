import { type ArticleLink, type ArticleModel, wordsOf } from "./article-model";
import type { QcContext } from "./qc-context";
import type { CheckOutcome, QcIssue } from "./qc-report";
import type { QcSettings } from "./qc-settings";
import { normaliseText, normaliseUrl } from "./url-match";

const penalty = { critical: 100, high: 40, medium: 20, low: 5 } as const;
const pointsAfter = (issues: QcIssue[]) =>
  Math.max(0, 100 - issues.reduce((sum, i) => sum + penalty[i.severity], 0));

/** The links that point at the target page, and the one that carries the anchor. */
export function findAnchor(article: ArticleModel, context: QcContext) {
  const target = normaliseUrl(context.targetUrl);
  const toTarget = article.links.filter((l) => normaliseUrl(l.href) === target);
  const anchor = normaliseText(context.anchorText);
  const withAnchor = toTarget.filter((l) => normaliseText(l.text) === anchor);
  const inHeadings = article.headingLinks.filter((l) => normaliseUrl(l.href) === target);
  const paragraph =
    withAnchor[0] && article.paragraphs.find((p) => p.links.includes(withAnchor[0] as ArticleLink));
  return { toTarget, withAnchor, inHeadings, link: withAnchor[0], paragraph };
}

export function checkAnchorLink(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const { toTarget, withAnchor, inHeadings, paragraph } = findAnchor(article, context);
  const issues: QcIssue[] = [];
  const issue = (severity: QcIssue["severity"], message: string) =>
    issues.push({ severity, category: "anchor_link", message, auto_fixable: true });

  if (toTarget.length === 0 && inHeadings.length === 0)
    issue("critical", `No link to the target URL ${context.targetUrl}`);
  else if (withAnchor.length === 0 && toTarget.length > 0) {
    issue(
      "critical",
      `The link to the target reads "${toTarget[0]?.text}", not the anchor "${context.anchorText}"`,
    );
  }
  if (toTarget.length > 1)
    issue("high", `The target is linked ${toTarget.length} times; exactly one link is expected`);
  if (inHeadings.length > 0) issue("high", "The target link sits inside a heading");
  if (paragraph) {
    if (paragraph.links.length > 1)
      issue("medium", "The anchor's paragraph holds other links; one link per paragraph");
    const context_ = paragraph.sentences.length - 1;
    if (context_ < settings.minContextSentences) {
      issue(
        "medium",
        `Only ${context_} sentence(s) of context around the anchor (minimum ${settings.minContextSentences})`,
      );
    }
  }
  return {
    check: { passed: issues.length === 0, points: pointsAfter(issues), count: toTarget.length, required: 1 },
    issues,
  };
}

export function checkAnchorPlacement(article: ArticleModel, context: QcContext): CheckOutcome {
  const { link, paragraph } = findAnchor(article, context);
  if (!link || !paragraph) {
    return { check: { passed: false, points: 0, position: null }, issues: [] }; // reported by anchor_link
  }
  const issues: QcIssue[] = [];
  const last = article.paragraphs.length - 1;
  if (paragraph.index === 0 || paragraph.index === last) {
    issues.push({
      severity: "high",
      category: "anchor_placement",
      message: `The anchor is in the ${paragraph.index === 0 ? "first" : "last"} paragraph; it belongs in the middle`,
      auto_fixable: true,
    });
  }
  const sections = article.sections.filter((s) => s.heading !== null);
  const sectionIndex = sections.findIndex((s) => s.paragraphs.includes(paragraph));
  const middleSection = sectionIndex > 0 && sectionIndex < sections.length - 1;
  const early = (sections[sectionIndex]?.paragraphs.indexOf(paragraph) ?? 99) <= 1;
  const points = issues.length > 0 ? 30 : middleSection && early ? 100 : 80;
  return {
    check: {
      passed: issues.length === 0,
      points,
      position: link.offset,
      paragraph: paragraph.index + 1,
      section: sectionIndex >= 0 ? sections[sectionIndex]?.heading : null,
      preferred: middleSection && early,
    },
    issues,
  };
}

/** Occurrences of a phrase in text, on word boundaries, case-insensitively. */
export function countPhrase(text: string, phrase: string): number {
  const words = wordsOf(normaliseText(text));
  const target = wordsOf(normaliseText(phrase));
  if (target.length === 0) return 0;
  let count = 0;
  for (let i = 0; i + target.length <= words.length; i++) {
    if (target.every((w, j) => words[i + j] === w)) count++;
  }
  return count;
}

export function checkAnchorNaturalness(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const { paragraph, link } = findAnchor(article, context);
  let score = 10;
  const reasons: string[] = [];
  const occurrences = countPhrase(article.bodyText, context.anchorText);
  if (occurrences > settings.maxAnchorPhraseOccurrences) {
    score -= 3;
    reasons.push(`the exact anchor phrase appears ${occurrences} times`);
  }
  const anchor = normaliseText(context.anchorText);
  if (settings.spamAnchors.some((spam) => normaliseText(spam) === anchor)) {
    score -= 5;
    reasons.push(`"${context.anchorText}" is a spammy anchor`);
  }
  if (paragraph && link && context.topicTerms.length > 0) {
    const sentence = paragraph.sentences.find((s) => s.includes(link.text)) ?? paragraph.text;
    const anchorWords = new Set(wordsOf(anchor));
    const words = new Set(wordsOf(normaliseText(sentence)).filter((w) => !anchorWords.has(w)));
    const overlap = context.topicTerms.some((term) => wordsOf(normaliseText(term)).some((w) => words.has(w)));
    if (!overlap) {
      score -= 3;
      reasons.push("the anchor's sentence shares no topic with the target");
    }
  }
  score = Math.max(0, score);
  const passed = score >= settings.naturalnessPass;
  const issues: QcIssue[] = passed
    ? []
    : [
        {
          severity: "medium",
          category: "anchor_naturalness",
          message: `Anchor reads unnaturally (${score}/10): ${reasons.join("; ")}`,
          auto_fixable: true,
        },
      ];
  return { check: { passed, points: score * 10, score, required: settings.naturalnessPass }, issues };
}
