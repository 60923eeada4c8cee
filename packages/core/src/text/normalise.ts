import { wordsOf } from "./segment";

/** Runs of whitespace (line breaks included) as one space, none at the ends. */
export const collapseWhitespace = (text: string) => text.replace(/\s+/g, " ").trim();

/** Text as phrase matching compares it: lower case, whitespace collapsed, composed Unicode (NFC). */
export const normaliseText = (text: string) => collapseWhitespace(text.normalize("NFC").toLowerCase());

/** The words of a text in lower case, for comparing phrases word by word. */
export const wordKeys = (text: string, locale?: string) => wordsOf(text, locale).map((w) => w.toLowerCase());

/**
 * Counts phrases in one text on word boundaries, case-insensitively. The text
 * is segmented once, however many phrases are looked up.
 */
export function phraseCounter(text: string, locale?: string): (phrase: string) => number {
  const words = wordKeys(text, locale);
  return (phrase) => {
    const target = wordKeys(phrase, locale);
    if (target.length === 0) return 0;
    let count = 0;
    for (let i = 0; i + target.length <= words.length; i++) {
      if (target.every((w, j) => words[i + j] === w)) count++;
    }
    return count;
  };
}

/** Occurrences of a phrase in a text, on word boundaries, case-insensitively. */
export const countPhrase = (text: string, phrase: string, locale?: string) =>
  phraseCounter(text, locale)(phrase);

/** Whether a text contains a phrase on word boundaries, case-insensitively. */
export const containsPhrase = (text: string, phrase: string, locale?: string) =>
  countPhrase(text, phrase, locale) > 0;
