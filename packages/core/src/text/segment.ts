/**
 * Words and sentences on `Intl.Segmenter` (ICU's Unicode segmentation, built
 * into Node): letters such as å, ä and ö, apostrophes and decimal numbers are
 * handled by the standard rules instead of a hand-written pattern.
 */

const wordSegmenters = new Map<string, Intl.Segmenter>();
const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, locale: string, granularity: "word" | "sentence") {
  let found = cache.get(locale);
  if (!found) {
    try {
      found = new Intl.Segmenter(locale, { granularity });
    } catch {
      // A page's `<html lang>` can be any string; an invalid tag segments by the root rules.
      found = new Intl.Segmenter("und", { granularity });
    }
    cache.set(locale, found);
  }
  return found;
}

/**
 * Splits a text into pieces of about `size` characters at a `boundary` where
 * segmentation breaks anyway. V8's segment iterator slows down quadratically on
 * long strings (an article takes tens of milliseconds whole, one in pieces).
 */
function* pieces(text: string, boundary: RegExp, size = 400): Generator<[offset: number, piece: string]> {
  let start = 0;
  while (text.length - start > size) {
    boundary.lastIndex = start + size;
    const match = boundary.exec(text);
    if (!match) break;
    const end = match.index + match[0].length;
    yield [start, text.slice(start, end)];
    start = end;
  }
  yield [start, text.slice(start)];
}

/** Words never span whitespace. */
const wordBoundary = /\s+/g;
/** Full stop, question or exclamation mark, a space and a capital: ICU's sentence rules always break there. */
const sentenceBoundary = /[.!?]\s+(?=\p{Lu})/gu;

const hyphens = new Set(["-", "\u2010", "\u2011"]);

/**
 * The words of a text. A hyphenated compound (`e-post`, `well-known`) stays one
 * word, as word counts and LIX count it; Unicode segmentation alone would split it.
 */
export function wordsOf(text: string, locale = "und"): string[] {
  if (text.length < memoMinLength) return segmentWords(text, locale);
  const key = `${locale}\u0000${text}`;
  let words = recentWords.get(key);
  if (words) recentWords.delete(key);
  else words = segmentWords(text, locale);
  recentWords.set(key, words);
  if (recentWords.size > memoSize) recentWords.delete(recentWords.keys().next().value as string);
  return [...words];
}

/**
 * Segmenting costs about a microsecond per word, and QC reads the same article
 * body in several checks: the last few long texts' words are kept.
 */
const recentWords = new Map<string, string[]>();
const memoMinLength = 1000;
const memoSize = 8;

function segmentWords(text: string, locale: string): string[] {
  const words: string[] = [];
  let lastEnd = -1;
  const words_ = segmenter(wordSegmenters, locale, "word");
  for (const [offset, piece] of pieces(text, wordBoundary)) {
    for (const { segment, index: at, isWordLike } of words_.segment(piece)) {
      if (!isWordLike) continue;
      const index = offset + at;
      if (words.length > 0 && index === lastEnd + 1 && hyphens.has(text[lastEnd] ?? "")) {
        words[words.length - 1] += text.slice(lastEnd, index + segment.length);
      } else words.push(segment);
      lastEnd = index + segment.length;
    }
  }
  return words;
}

/**
 * Abbreviations that end with a period but not a sentence, by language.
 * ICU already keeps `e.g. the` together (a lower-case word follows); these are
 * the ones usually followed by a capital or a number.
 */
const abbreviations: Record<string, string[]> = {
  en: [
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "mt",
    "jr",
    "sr",
    "no",
    "vs",
    "approx",
    "fig",
    "e.g",
    "i.e",
    "cf",
  ],
  sv: [
    "t.ex",
    "bl.a",
    "s.k",
    "d.v.s",
    "p.g.a",
    "f.d",
    "fr.o.m",
    "t.o.m",
    "o.d",
    "m.fl",
    "ca",
    "kl",
    "nr",
    "jfr",
    "resp",
    "dr",
    "prof",
  ],
};
const allAbbreviations = new Set(Object.values(abbreviations).flat());

function endsWithAbbreviation(sentence: string, language: string | undefined): boolean {
  const last = sentence
    .trimEnd()
    .match(/(?:^|\s)([\p{L}.]+)\.$/u)?.[1]
    ?.toLowerCase();
  if (!last) return false;
  const list = language ? abbreviations[language] : undefined;
  return list ? list.includes(last) : allAbbreviations.has(last);
}

/**
 * The sentences of a text (whitespace collapsed first, so a line break inside a
 * paragraph does not end a sentence). A sentence that ends on a known
 * abbreviation (`t.ex.`, `Dr.`) runs on into the next.
 */
export function sentencesOf(text: string, locale = "und"): string[] {
  const language = locale === "und" ? undefined : locale.split("-")[0]?.toLowerCase();
  const flat = text.replace(/\s+/g, " ");
  const sentences: string[] = [];
  let carry = "";
  const sentences_ = segmenter(sentenceSegmenters, locale, "sentence");
  for (const [, piece] of pieces(flat, sentenceBoundary)) {
    for (const { segment } of sentences_.segment(piece)) {
      const joined = carry + segment;
      if (endsWithAbbreviation(joined, language)) carry = joined;
      else {
        sentences.push(joined.trim());
        carry = "";
      }
    }
  }
  if (carry) sentences.push(carry.trim());
  return sentences.filter((s) => /[\p{L}\p{N}]/u.test(s));
}
