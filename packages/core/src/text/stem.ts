import { newStemmer, type Stemmer } from "snowball-stemmers";

/**
 * Word stems for matching topic terms and cues whatever their inflection:
 * the Snowball stemmers (Swedish, and English "Porter2"), the standard in
 * search engines. Other languages compare lower-case words.
 */
const algorithms: Record<string, string> = { sv: "swedish", en: "english" };
const stemmers = new Map<string, Stemmer>();
/** Stems are pure functions of the word: each is computed once per process (bounded). */
const cache = new Map<string, Map<string, string>>();
const cacheLimit = 50_000;

const swedishVowels = /[aeiouyäåö]/;

/** Snowball's R1: the part after the first non-vowel that follows a vowel, starting at index 3 or later. */
function swedishR1(word: string): number {
  for (let i = 1; i < word.length; i++) {
    if (!swedishVowels.test(word[i] as string) && swedishVowels.test(word[i - 1] as string)) {
      return Math.max(3, i + 1);
    }
  }
  return word.length;
}

/**
 * Snowball's Swedish stemmer is deliberately light: it leaves the definite
 * forms `elcykeln`, `räntan`, `bolaget` and the vowel drop of `cykel` →
 * `cyklar` alone. In its R1 region we also drop the definite endings -an, -et,
 * -n and the e of a final -el, so elcykel, elcyklar and elcykeln share a stem.
 */
function swedishStem(word: string, stemmer: Stemmer): string {
  let stem = stemmer.stem(word);
  const r1 = swedishR1(word);
  for (const ending of ["an", "et", "n"]) {
    if (stem.endsWith(ending) && stem.length - ending.length >= r1) {
      stem = stem.slice(0, -ending.length);
      break;
    }
  }
  const e = stem.length - 2;
  if (stem.endsWith("el") && e >= r1 && !swedishVowels.test(stem[e - 1] ?? "a")) {
    stem = `${stem.slice(0, e)}l`;
  }
  return stem;
}

/** The stem of a lower-case word in a language (ISO 639-1); the word itself where no stemmer exists. */
export function stemOf(word: string, language: string | undefined): string {
  const lang = language?.split("-")[0] ?? "";
  const algorithm = algorithms[lang];
  if (!algorithm) return word;
  let stems = cache.get(lang);
  if (!stems) {
    stems = new Map();
    cache.set(lang, stems);
  }
  let stem = stems.get(word);
  if (stem === undefined) {
    let stemmer = stemmers.get(lang);
    if (!stemmer) {
      stemmer = newStemmer(algorithm);
      stemmers.set(lang, stemmer);
    }
    stem = lang === "sv" ? swedishStem(word, stemmer) : stemmer.stem(word);
    if (stems.size >= cacheLimit) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}
