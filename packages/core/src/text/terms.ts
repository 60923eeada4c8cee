import { wordsOf } from "./segment";
import { stemOf } from "./stem";

/** A text's words in lower case and their stems, side by side: segmented and stemmed once, matched many times. */
export interface Tokens {
  words: readonly string[];
  stems: readonly string[];
}

export const emptyTokens: Tokens = { words: [], stems: [] };

/** Lower case, with the typographic apostrophe as the plain one (`today’s` is `today's`). */
const wordKey = (word: string) => word.toLowerCase().replace(/\u2019/g, "'");

/**
 * ICU's word rules (../segment.ts) for Latin-script text as one regular
 * expression, several times faster than `Intl.Segmenter` on an article: letters
 * and digits, joined by an apostrophe or full stop (`don’t`, `e.g`, `3.5`), a
 * colon between letters (`EU:s`), a comma between digits (`1,200`), and a
 * hyphen (`sms-lån`, the compound rule of `wordsOf`). A test holds it equal to
 * `wordsOf` on real articles.
 */
const latinWord =
  /[\p{L}\p{M}\p{N}_]+(?:(?:['’.\-\u2010\u2011]|(?<=\p{L}):(?=\p{L})|(?<=\p{N})[,;](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;
const latinOnly = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u;

/** The words of a text: the fast expression for Latin script, Unicode segmentation otherwise. */
export function fastWordsOf(text: string, language: string | undefined): string[] {
  return latinOnly.test(text) ? (text.match(latinWord) ?? []) : wordsOf(text, language);
}

export function tokensOf(text: string, language: string | undefined): Tokens {
  const words = fastWordsOf(text, language).map(wordKey);
  return { words, stems: words.map((w) => stemOf(w, language)) };
}

export function joinTokens(parts: readonly Tokens[]): Tokens {
  const words: string[] = [];
  const stems: string[] = [];
  for (const part of parts) {
    for (const word of part.words) words.push(word);
    for (const stem of part.stems) stems.push(stem);
  }
  return { words, stems };
}

/**
 * How terms match words beyond equal stems: in languages that write compounds
 * as one word (Swedish `spelbolag`, `elcykelbatteri`), a term of at least
 * `minLength` letters also matches as the head of a compound.
 */
export interface CompoundRule {
  languages: readonly string[];
  minLength: number;
  /** Whether a term also matches as a compound's first part. */
  modifiers?: boolean;
}

interface TermWord {
  word: string;
  stem: string;
}

/** Terms (cues, topic terms) are looked up on every QC run: each is split and stemmed once (bounded). */
const recentTerms = new Map<string, TermWord[]>();
function termParts(term: string, language: string | undefined): TermWord[] {
  const key = `${language ?? ""}\u0000${term}`;
  let parts = recentTerms.get(key);
  if (!parts) {
    parts = fastWordsOf(term, language).map((w) => {
      const word = wordKey(w);
      return { word, stem: stemOf(word, language) };
    });
    if (recentTerms.size >= 10_000) recentTerms.clear();
    recentTerms.set(key, parts);
  }
  return parts;
}

/** Counts terms (one or more words) in tokens on stems, so `elcyklar` finds `elcykeln` and `mortgages` finds `mortgage`. */
export function termCounter(
  text: Tokens | readonly Tokens[],
  language: string | undefined,
  compound?: CompoundRule,
): (term: string) => number {
  // Several parts (title, headings, sentences) are searched one by one: a term never spans two.
  const parts = Array.isArray(text) ? (text as readonly Tokens[]) : [text as Tokens];
  const lang = language?.split("-")[0] ?? "";
  const compounds = compound?.languages.includes(lang) ? compound.minLength : 0;
  const modifiers = compound?.modifiers ?? false;
  const matches = (tokens: Tokens, i: number, t: TermWord) => {
    const stem = tokens.stems[i] as string;
    if (stem === t.stem) return true;
    if (!compounds || t.stem.length < compounds || stem.length <= t.stem.length) return false;
    // The head of a compound carries its meaning (`spelbolag` is a `bolag`); a first part names the topic
    // too (`sovvagnsbiljett`), where the rule allows it: never for cues (`Stockholm` is not `stocks`).
    const word = tokens.words[i] as string;
    return (
      stem.endsWith(t.stem) ||
      word.endsWith(t.word) ||
      (modifiers && (stem.startsWith(t.stem) || word.startsWith(t.word)))
    );
  };
  return (term) => {
    const words = termParts(term, language);
    const first = words[0];
    if (!first) return 0;
    let count = 0;
    for (const tokens of parts) {
      const last = tokens.stems.length - words.length;
      for (let i = 0; i <= last; i++) {
        if (!matches(tokens, i, first)) continue;
        let all = true;
        for (let j = 1; j < words.length && all; j++) all = matches(tokens, i + j, words[j] as TermWord);
        if (all) count++;
      }
    }
    return count;
  };
}

/** Counts an exact phrase (its words in lower case, in order) in tokens: no stemming. */
export function countWords(tokens: Tokens, phrase: readonly string[]): number {
  let count = 0;
  const last = tokens.words.length - phrase.length;
  for (let i = 0; i <= last; i++) {
    let all = phrase.length > 0;
    for (let j = 0; j < phrase.length && all; j++) all = tokens.words[i + j] === phrase[j];
    if (all) count++;
  }
  return count;
}
