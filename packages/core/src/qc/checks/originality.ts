import { wordKeys } from "../../text/normalise";
import type { ArticleModel } from "../article-model";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, qcIssue } from "../qc-report";
import type { QcSettings } from "../qc-settings";

/** Passages of `length` consecutive words the article shares with any source text. */
export function copiedPassages(
  articleText: string,
  sources: readonly string[],
  length: number,
  locale?: string,
): string[] {
  const shingles = new Set<string>();
  for (const source of sources) {
    const words = wordKeys(source, locale);
    for (let i = 0; i + length <= words.length; i++) shingles.add(words.slice(i, i + length).join(" "));
  }
  const found: string[] = [];
  const words = wordKeys(articleText, locale);
  for (let i = 0; i + length <= words.length; i++) {
    const shingle = words.slice(i, i + length).join(" ");
    if (shingles.has(shingle)) {
      found.push(shingle);
      i += length - 1; // report overlapping runs once
    }
  }
  return found;
}

export function checkOriginality(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const copied = copiedPassages(
    article.bodyText,
    context.sourceTexts,
    settings.originalityShingleWords,
    context.language,
  );
  const issues = copied.length
    ? [
        qcIssue(
          "copied_passage",
          `${copied.length} passage(s) of ${settings.originalityShingleWords}+ words copied from sources, e.g. "${copied[0]}"`,
          { action: "Rewrite the copied passages in original words" },
        ),
      ]
    : [];
  return {
    check: { passed: copied.length === 0, points: copied.length ? 0 : 100, copied_passages: copied.length },
    issues,
  };
}
