import { containsPhrase } from "../../text/normalise";
import type { ArticleModel } from "../article-model";
import { findAnchor } from "../find-anchor";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, qcIssue } from "../qc-report";
import type { QcSettings } from "../qc-settings";

/** Topic terms within ±N sentences of the sentence holding the link. */
export function checkLsiCoverage(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const { link } = findAnchor(article, context);
  const sentences = article.paragraphs.flatMap((p) => p.sentences);
  const at = link ? sentences.findIndex((s) => s.includes(link.text)) : -1;
  const window =
    at < 0
      ? ""
      : sentences
          .slice(Math.max(0, at - settings.lsi.windowSentences), at + settings.lsi.windowSentences + 1)
          .join(" ");
  const found = context.topicTerms.filter((t) => containsPhrase(window, t, context.language));
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
