import type { ArticleModel } from "../article-model";
import { type CheckOutcome, type QcIssue, qcIssue } from "../qc-report";
import type { QcSettings } from "../qc-settings";

export function checkWordCount(article: ArticleModel, settings: QcSettings): CheckOutcome {
  const { min, recommended, max } = settings.wordCount;
  const words = article.bodyWords;
  const paragraphs = article.paragraphs.length;
  const issues: QcIssue[] = [];
  if (words < min)
    issues.push(qcIssue("word_count_low", `Article too short (${words} words, minimum ${min})`));
  if (words > max) {
    issues.push(
      qcIssue("word_count_high", `Article too long (${words} words, maximum ${max})`, {
        action: "Shorten the article below the maximum",
      }),
    );
  }
  if (paragraphs < settings.minParagraphs) {
    issues.push(
      qcIssue("paragraphs_few", `Too few paragraphs (${paragraphs}, minimum ${settings.minParagraphs})`),
    );
  }
  if (article.h2Count < settings.minH2) {
    issues.push(
      qcIssue("sections_few", `Too few H2 sections (${article.h2Count}, minimum ${settings.minH2})`),
    );
  }
  const lengthPoints = words > max ? 80 : Math.min(100, (words / recommended) * 100);
  const thinStructure = issues.some((i) => i.code === "paragraphs_few" || i.code === "sections_few");
  const structurePoints = thinStructure ? 60 : 100;
  return {
    check: {
      passed: issues.length === 0,
      points: Math.round(Math.min(lengthPoints, structurePoints)),
      actual: words,
      required: min,
      recommended,
      paragraphs,
      h2_sections: article.h2Count,
    },
    issues,
  };
}
