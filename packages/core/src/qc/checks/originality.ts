import { tokensOf } from "../../text/terms";
import type { ArticleModel } from "../article-model";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, qcIssue } from "../qc-report";
import type { QcSettings } from "../qc-settings";

/**
 * A source text's shingles, and the 3-word prefixes they start with (a cheap
 * first test before a full shingle is built). The same target page is checked
 * against every draft and rescue round, so the last few sources' sets are kept
 * (a pure function of the text, so QC stays deterministic).
 */
interface SourceShingles {
  shingles: Set<string>;
  prefixes: Set<string>;
}
const recentShingles = new Map<string, SourceShingles>();
const prefixWords = 3;
function shinglesOf(source: string, length: number, locale?: string): SourceShingles {
  const key = `${length}\u0000${locale ?? ""}\u0000${source}`;
  let found = recentShingles.get(key);
  if (!found) {
    found = { shingles: new Set(), prefixes: new Set() };
    const { words } = tokensOf(source, locale);
    for (let i = 0; i + length <= words.length; i++) {
      found.shingles.add(words.slice(i, i + length).join(" "));
      found.prefixes.add(words.slice(i, i + Math.min(prefixWords, length)).join(" "));
    }
    if (recentShingles.size >= 16) recentShingles.delete(recentShingles.keys().next().value as string);
    recentShingles.set(key, found);
  }
  return found;
}

/** Passages of `length` consecutive words the article shares with any source text. */
export function copiedPassages(
  articleText: string | readonly string[],
  sources: readonly string[],
  length: number,
  locale?: string,
  /** Shingles that may be shared (required wording). */
  ignore?: ReadonlySet<string>,
): string[] {
  const sets = sources.map((source) => shinglesOf(source, length, locale));
  const found: string[] = [];
  const words = typeof articleText === "string" ? tokensOf(articleText, locale).words : articleText;
  const prefixLength = Math.min(prefixWords, length);
  for (let i = 0; i + length <= words.length; i++) {
    const prefix = words.slice(i, i + prefixLength).join(" ");
    if (!sets.some((s) => s.prefixes.has(prefix))) continue;
    const shingle = words.slice(i, i + length).join(" ");
    if (sets.some((s) => s.shingles.has(shingle)) && !ignore?.has(shingle)) {
      found.push(shingle);
      i += length - 1; // report overlapping runs once
    }
  }
  return found;
}

/** Statutory warnings must be quoted word for word, so the article and the target page both carry them. */
const allowedCache = new WeakMap<QcSettings, Map<string, Set<string>>>();
function requiredShingles(settings: QcSettings, language: string): Set<string> {
  let byLanguage = allowedCache.get(settings);
  if (!byLanguage) {
    byLanguage = new Map();
    allowedCache.set(settings, byLanguage);
  }
  let found = byLanguage.get(language);
  if (!found) {
    found = new Set();
    const length = settings.originalityShingleWords;
    for (const passage of settings.originalityAllowed) {
      const { words } = tokensOf(passage, language);
      for (let i = 0; i + length <= words.length; i++) found.add(words.slice(i, i + length).join(" "));
    }
    byLanguage.set(language, found);
  }
  return found;
}

export function checkOriginality(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const required = requiredShingles(settings, context.language);
  const copied = copiedPassages(
    article.bodyTokens.words,
    context.sourceTexts,
    settings.originalityShingleWords,
    context.language,
    required,
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
