import { termCounter } from "../../text/terms";
import type { ArticleModel } from "../article-model";
import { findAnchor, linkSentenceIndex } from "../find-anchor";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, qcIssue } from "../qc-report";
import { type QcSettings, topicCompounds } from "../qc-settings";

/** Topic terms (matched on stems) within ±N sentences of the sentence holding the link. */
export function checkLsiCoverage(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const { placed: link, placedParagraph: paragraph } = findAnchor(article, context);
  const sentences = article.paragraphs.flatMap((p) => p.sentenceTokens);
  let at = -1;
  if (link && paragraph) {
    const inParagraph = linkSentenceIndex(paragraph, link);
    const before = article.paragraphs
      .slice(0, paragraph.index)
      .reduce((n, p) => n + p.sentenceTokens.length, 0);
    if (inParagraph >= 0) at = before + inParagraph;
  }
  const span = settings.lsi.windowSentences;
  const window = at < 0 ? [] : sentences.slice(Math.max(0, at - span), at + span + 1);
  const count = termCounter(window, context.language, topicCompounds(settings));
  const found = context.topicTerms.filter((t) => count(t) > 0);
  const required = Math.min(settings.lsi.min, context.topicTerms.length);
  const passed = at >= 0 && found.length >= required;
  const issues = passed
    ? []
    : [qcIssue("lsi_terms_low", `${found.length} topic term(s) near the link (minimum ${required})`)];
  return {
    check: {
      passed,
      points: required ? Math.round(Math.min(1, found.length / required) * 100) : 100,
      count: found.length,
      required,
      terms: found,
    },
    issues,
  };
}
