import { intentCues } from "../../text/intent";
import { phraseCounter, wordKeys } from "../../text/normalise";
import type { ArticleModel } from "../article-model";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, type QcIssue, qcIssue } from "../qc-report";
import type { QcSettings } from "../qc-settings";

/** Confidence 0–1 that the article serves the anchor's search intent and bridges publisher and target. */
export function checkIntentAlignment(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const inText = phraseCounter(`${article.title ?? ""}\n${article.bodyText}`, context.language);
  const inBody = phraseCounter(article.bodyText, context.language);
  const terms = context.topicTerms;
  const coverage = terms.length ? terms.filter((t) => inText(t) > 0).length / terms.length : 0.5;
  const cues = context.intent ? intentCues[context.intent] : [];
  const cueScore = cues.length ? Math.min(1, cues.filter((c) => inText(c) > 0).length / 2) : 0.5;
  const anchorWords = wordKeys(context.anchorText, context.language).filter((w) => w.length > 3);
  const bridge = anchorWords.length
    ? anchorWords.filter((w) => inBody(w) > 0).length / anchorWords.length
    : 0;
  const confidence =
    Math.round((0.5 * Math.min(1, coverage * 1.25) + 0.25 * cueScore + 0.25 * bridge) * 100) / 100;
  const level =
    confidence >= settings.intent.aligned
      ? "aligned"
      : confidence >= settings.intent.partial
        ? "partial"
        : "fail";
  const issues: QcIssue[] = [];
  if (level !== "aligned") {
    issues.push(
      qcIssue(
        level === "fail" ? "intent_mismatch" : "intent_partial",
        `Intent alignment is ${level} (confidence ${confidence})`,
        { action: "Redraft the article around the anchor's search intent" },
      ),
    );
  }
  return {
    check: { passed: level === "aligned", points: Math.round(confidence * 100), confidence, level },
    issues,
  };
}
