import type { ArticleModel } from "./article-model";
import type { CheckOutcome, QcIssue } from "./qc-report";
import type { QcSettings } from "./qc-settings";

export function checkWordCount(article: ArticleModel, settings: QcSettings): CheckOutcome {
  const { min, recommended, max } = settings.wordCount;
  const words = article.bodyWords;
  const paragraphs = article.paragraphs.length;
  const issues: QcIssue[] = [];
  if (words < min) {
    issues.push({
      severity: "high",
      category: "word_count",
      message: `Article too short (${words} words, minimum ${min})`,
      auto_fixable: true,
    });
  }
  if (words > max) {
    issues.push({
      severity: "medium",
      category: "word_count",
      message: `Article too long (${words} words, maximum ${max})`,
      auto_fixable: false,
      action: "Shorten the article below the maximum",
    });
  }
  if (paragraphs < settings.minParagraphs) {
    issues.push({
      severity: "medium",
      category: "word_count",
      message: `Too few paragraphs (${paragraphs}, minimum ${settings.minParagraphs})`,
      auto_fixable: true,
    });
  }
  if (article.h2Count < settings.minH2) {
    issues.push({
      severity: "medium",
      category: "word_count",
      message: `Too few H2 sections (${article.h2Count}, minimum ${settings.minH2})`,
      auto_fixable: true,
    });
  }
  const lengthPoints = words > max ? 80 : Math.min(100, (words / recommended) * 100);
  const structurePoints = issues.some((i) => i.message.startsWith("Too few")) ? 60 : 100;
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
