import type { ArticleModel } from "../article-model";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, qcIssue } from "../qc-report";
import type { QcSettings } from "../qc-settings";

/**
 * English syllables by the usual rule: vowel groups, less a silent final -e,
 * -es or -ed (`make`, `takes`, `planned`), and a leading y that is a consonant.
 */
function syllables(word: string): number {
  if (word.length <= 3) return 1;
  const trimmed = word.replace(/(?:[^laeiouy]es|[^td]ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}
const letters = (word: string) => (word.length <= 6 ? word.length : (word.match(/\p{L}/gu) ?? []).length);

/**
 * LIX for Swedish (35–50), Flesch reading ease for English (60–70): a warning
 * only. LIX as Björnsson defined it: words per sentence plus the percentage of
 * long words, those of more than six letters.
 */
export function checkReadability(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const words = article.bodyTokens.words;
  const sentences = Math.max(
    1,
    article.paragraphs.reduce((n, p) => n + p.sentences.length, 0),
  );
  const r = settings.readability;
  let measure: { name: string; value: number; min: number; max: number } | undefined;
  if (context.language === "sv" && words.length) {
    const long = words.filter((w) => letters(w) > 6).length;
    measure = {
      name: "lix",
      value: words.length / sentences + (100 * long) / words.length,
      min: r.lixMin,
      max: r.lixMax,
    };
  } else if (context.language === "en" && words.length) {
    const syl = words.reduce((n, w) => n + syllables(w), 0);
    const flesch = 206.835 - 1.015 * (words.length / sentences) - 84.6 * (syl / words.length);
    measure = { name: "flesch", value: flesch, min: r.fleschMin, max: r.fleschMax };
  }
  if (!measure) return { check: { passed: true, points: 100, measured: null }, issues: [] };
  const value = Math.round(measure.value * 10) / 10;
  const passed = value >= measure.min && value <= measure.max;
  const distance = passed ? 0 : Math.min(Math.abs(value - measure.min), Math.abs(value - measure.max));
  return {
    check: {
      passed,
      points: Math.max(0, Math.round(100 - distance * 4)),
      [measure.name]: value,
      range: [measure.min, measure.max],
      warning_only: true,
    },
    issues: passed
      ? []
      : [
          qcIssue(
            "readability_out_of_range",
            `${measure.name.toUpperCase()} ${value} is outside ${measure.min}–${measure.max}`,
            { action: "Consider simpler sentences (a warning only)" },
          ),
        ],
  };
}
