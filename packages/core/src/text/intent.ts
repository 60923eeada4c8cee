import { countPhrase, phraseCounter } from "./normalise";

export const searchIntents = ["informational", "commercial", "transactional", "navigational"] as const;
export type SearchIntent = (typeof searchIntents)[number];

/**
 * The words that signal each search intent, in English and Swedish: research
 * reads a query's intent from them and QC checks that the article speaks to
 * it, so both use this one list.
 */
export const intentCues: Record<SearchIntent, readonly string[]> = {
  transactional: [
    "buy",
    "price",
    "cheap",
    "order",
    "discount",
    "deal",
    "köp",
    "köpa",
    "pris",
    "billig",
    "beställ",
    "rabatt",
    "erbjudande",
  ],
  commercial: [
    "best",
    "top",
    "review",
    "reviews",
    "compare",
    "comparison",
    "vs",
    "bästa",
    "bäst",
    "jämför",
    "jämförelse",
    "recension",
    "test",
  ],
  navigational: [
    "login",
    "log in",
    "official",
    "website",
    "contact",
    "logga in",
    "officiell",
    "webbplats",
    "kontakt",
    "kundtjänst",
  ],
  informational: ["how", "what", "why", "guide", "tips", "hur", "vad", "varför", "så"],
};

/** A query's own words decide first, in this order; informational is what is left. */
const queryOrder = ["transactional", "commercial", "navigational"] as const;

/** The search intent of a query, from its own words, else from the result titles (`titles`). */
export function intentOfQuery(query: string, titles: readonly string[] = []): SearchIntent {
  for (const intent of queryOrder) {
    if (intentCues[intent].some((cue) => countPhrase(query, cue) > 0)) return intent;
  }
  if (titles.length > 0) {
    // How often the results' titles use each intent's words: ten "best X" titles mean a commercial query.
    const count = phraseCounter(titles.join(" \n "));
    const ranked = queryOrder
      .map((intent) => [intent, intentCues[intent].reduce((sum, cue) => sum + count(cue), 0)] as const)
      .sort((a, b) => b[1] - a[1]);
    if (ranked[0] && ranked[0][1] >= 3) return ranked[0][0];
  }
  return "informational";
}
