import { detectLanguage } from "../../text/language";
import type { ArticleModel } from "../article-model";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, qcIssue } from "../qc-report";
import type { QcSettings } from "../qc-settings";

export function checkLanguage(article: ArticleModel, context: QcContext, settings: QcSettings): CheckOutcome {
  const detected = detectLanguage(
    article.bodyText.slice(0, settings.languageSampleChars),
    settings.languageCandidates,
  );
  const passed = detected === context.language;
  const issues = passed
    ? []
    : [
        qcIssue(
          "language_mismatch",
          `The article is in ${detected ?? "an undetermined language"}; the publisher writes in ${context.language}`,
          { action: `Rewrite the article in ${context.language}` },
        ),
      ];
  return {
    check: { passed, points: passed ? 100 : 0, detected: detected ?? null, required: context.language },
    issues,
  };
}
