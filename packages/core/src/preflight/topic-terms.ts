import stopwordsIso from "stopwords-iso";
import { wordsOf } from "../text/segment";
import { stemOf } from "../text/stem";

// The package is one JSON object of ISO 639-1 code → stop words.
const stopwordLists = stopwordsIso as Record<string, string[] | undefined>;
const stopwordSets = new Map<string, Set<string>>();
const noExtra: readonly string[] = [];
/** Sets with a configured extra list (`QcSettings.extraStopwords`), per list and language. */
const extendedSets = new WeakMap<readonly string[], Map<string, Set<string>>>();
/**
 * Stop words of a language plus English ones (function words common on every
 * web page), plus `extra` words (the configured ones stopwords-iso lacks).
 */
export function stopwordsFor(language: string | undefined, extra: readonly string[] = noExtra): Set<string> {
  const key = language ?? "en";
  let set = stopwordSets.get(key);
  if (!set) {
    // Unknown languages still drop English function words, common on every web page.
    set = new Set([...(stopwordLists[key] ?? []), ...(stopwordLists.en ?? [])]);
    stopwordSets.set(key, set);
  }
  if (extra.length === 0) return set;
  let byLanguage = extendedSets.get(extra);
  if (!byLanguage) {
    byLanguage = new Map();
    extendedSets.set(extra, byLanguage);
  }
  let extended = byLanguage.get(key);
  if (!extended) {
    extended = new Set([...set, ...extra.map((w) => w.toLowerCase())]);
    byLanguage.set(key, extended);
  }
  return extended;
}

/**
 * Code-point order: the same on every machine, whatever its locale (`localeCompare` puts `ä` after `z`
 * under sv_SE and beside `a` under en_US, and so would change which terms a tie keeps).
 */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * The most characteristic terms of a text: unigrams and bigrams without stop
 * words, counted, with words from the title and headings counting triple.
 */
export function topicTerms(
  text: string,
  options: { language?: string; emphasis?: string; limit?: number; stopwords?: readonly string[] } = {},
): string[] {
  const stop = stopwordsFor(options.language, options.stopwords);
  const counts = new Map<string, number>();
  const add = (source: string, weight: number) => {
    // A bigram never spans a sentence, list or title separator ("Elcyklar för pendling – CykelHuset", "växlar, bromsar").
    for (const phrase of source.toLowerCase().split(/[.,!?:;|()/–—\n]+|\s-\s/)) addPhrase(phrase, weight);
  };
  const addPhrase = (source: string, weight: number) => {
    const words = wordsOf(source, options.language).filter((w) => w.length > 2 && !/^\d+$/.test(w));
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      if (stop.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + weight);
      const next = words[i + 1];
      if (next && !stop.has(next))
        counts.set(`${word} ${next}`, (counts.get(`${word} ${next}`) ?? 0) + weight * 1.5);
    }
  };
  add(text, 1);
  if (options.emphasis) add(options.emphasis, 3);
  return [...counts.entries()]
    .filter(([term, count]) => count >= 2 || term.includes(" "))
    .sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
    .slice(0, options.limit ?? 12)
    .map(([term]) => term);
}

/**
 * Every content word of a text, one per stem, in order of first use: no stop
 * words, no one- or two-letter words, no numbers. A target page is short and
 * on one subject, so its content words are the topic's vocabulary; an editor
 * checking the text around a link counts any of them (`stänkskärmar`,
 * `pakethållare` on an e-bike page), not only the dozen most frequent that
 * `topicTerms` keeps.
 */
export function topicVocabulary(text: string, language?: string, stopwords?: readonly string[]): string[] {
  const stop = stopwordsFor(language, stopwords);
  const byStem = new Map<string, string>();
  for (const word of wordsOf(text.toLowerCase(), language)) {
    if (word.length <= 2 || stop.has(word) || /^\d/.test(word)) continue;
    const stem = stemOf(word, language);
    if (!byStem.has(stem)) byStem.set(stem, word);
  }
  return [...byStem.values()];
}
