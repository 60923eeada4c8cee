import { countWords, tokensOf } from "../../text/terms";
import type { ArticleModel } from "../article-model";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, type QcIssue, qcIssue } from "../qc-report";
import type { QcSettings } from "../qc-settings";

/** The configured phrases of a language as lower-case word sequences, per settings object. */
const phraseCache = new WeakMap<QcSettings, Map<string, { phrase: string; words: string[] }[]>>();
function phrasesFor(settings: QcSettings, language: string) {
  let byLanguage = phraseCache.get(settings);
  if (!byLanguage) {
    byLanguage = new Map();
    phraseCache.set(settings, byLanguage);
  }
  let phrases = byLanguage.get(language);
  if (!phrases) {
    phrases = (settings.aiTells.phrases[language] ?? []).map((phrase) => ({
      phrase,
      words: [...tokensOf(phrase, language).words],
    }));
    byLanguage.set(language, phrases);
  }
  return phrases;
}

/** The configured discourse openers of a language as lower-case word sequences, per settings object. */
const openerCache = new WeakMap<QcSettings, Map<string, { phrase: string; words: string[] }[]>>();
function openersFor(settings: QcSettings, language: string) {
  let byLanguage = openerCache.get(settings);
  if (!byLanguage) {
    byLanguage = new Map();
    openerCache.set(settings, byLanguage);
  }
  let openers = byLanguage.get(language);
  if (!openers) {
    openers = (settings.aiTells.openers[language] ?? []).map((phrase) => ({
      phrase: phrase.toLowerCase(),
      words: [...tokensOf(phrase, language).words],
    }));
    byLanguage.set(language, openers);
  }
  return openers;
}

/**
 * Phrases and patterns an editor reads as machine-written (beyond ../QC.md):
 * the configured stock phrases of the article's language, and one configured
 * discourse opener starting the first sentence of several paragraphs. Reports the sentences
 * concerned, which RESCUE rewords.
 */
export function checkAiTells(article: ArticleModel, context: QcContext, settings: QcSettings): CheckOutcome {
  const config = settings.aiTells;
  const phrases = phrasesFor(settings, context.language);
  const found: string[] = [];
  const sentences: string[] = [];
  for (const paragraph of article.paragraphs) {
    paragraph.sentenceTokens.forEach((tokens, i) => {
      const hits = phrases.filter((p) => countWords(tokens, p.words) > 0);
      if (hits.length === 0) return;
      found.push(...hits.map((h) => h.phrase));
      sentences.push(paragraph.sentences[i] as string);
    });
  }

  // Different paragraphs that open on the same discourse opener ("Moreover, …", "Dessutom är …"). Only
  // the configured openers count: an article that opens three paragraphs on its subject ("Standing
  // desks …", "En altan …") is ordinary writing, not a tell.
  const openerList = openersFor(settings, context.language);
  const openers = new Map<string, Set<string>>();
  for (const paragraph of article.paragraphs) {
    const words = paragraph.sentenceTokens[0]?.words ?? [];
    const opener = openerList.find((o) => o.words.length > 0 && o.words.every((w, i) => words[i] === w));
    if (!opener) continue;
    openers.set(
      opener.phrase,
      (openers.get(opener.phrase) ?? new Set()).add(paragraph.sentences[0] as string),
    );
  }
  const repeated = [...openers.entries()].filter(([, s]) => s.size >= config.repeatedOpenerParagraphs);
  for (const [, first] of repeated) sentences.push(...first);

  const tells = found.length + repeated.length;
  const passed = found.length <= config.maxPhrases && repeated.length === 0;
  const issues: QcIssue[] = [];
  if (!passed) {
    const parts = [
      ...(found.length ? [`stock phrases ${[...new Set(found)].map((f) => `"${f}"`).join(", ")}`] : []),
      ...repeated.map(([opener, s]) => `${s.size} paragraphs open with "${opener}"`),
    ];
    issues.push(qcIssue("ai_tells", `The text reads as machine-written: ${parts.join("; ")}`));
  }
  return {
    check: {
      passed,
      points: Math.max(0, 100 - 25 * tells),
      count: tells,
      phrases: [...new Set(found)],
      repeated_openers: repeated.map(([opener]) => opener),
      sentences: [...new Set(sentences)],
    },
    issues,
  };
}
