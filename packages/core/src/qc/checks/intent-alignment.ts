import { stopwordsFor } from "../../preflight/topic-terms";
import { intentCues } from "../../text/intent";
import { type Tokens, termCounter, tokensOf } from "../../text/terms";
import type { ArticleModel } from "../article-model";
import { findAnchor } from "../find-anchor";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, type QcIssue, qcIssue } from "../qc-report";
import { type QcSettings, topicCompounds } from "../qc-settings";

/** A text's content words (no stop words, no one- or two-letter words, no numbers), one per stem. */
function contentWords(
  text: string,
  language: string,
  extraStopwords: readonly string[] = [],
): { words: string[]; stems: string[] } {
  const stop = stopwordsFor(language, extraStopwords);
  const tokens = tokensOf(text, language);
  const byStem = new Map<string, string>();
  tokens.words.forEach((word, i) => {
    const stem = tokens.stems[i] as string;
    if (word.length > 2 && !stop.has(word) && !/^\d+$/.test(word) && !byStem.has(stem))
      byStem.set(stem, word);
  });
  return { words: [...byStem.values()], stems: [...byStem.keys()] };
}

/**
 * A thin target page's focus words: the content words of its title, headings
 * and the anchor that are the page's own (the site's name is not), each
 * weighted by how many of those places use it, so the word of the title, the
 * H1 and the anchor outweighs one that occurs once.
 */
function thinPageFocus(
  context: QcContext,
  language: string,
  extraStopwords: readonly string[] | undefined,
): { word: string; weight: number }[] {
  const page = context.targetPage;
  if (!page) return [];
  const vocabulary = new Set(page.vocabulary.flatMap((w) => tokensOf(w, language).stems));
  const anchorStems = new Set(contentWords(context.anchorText, language, extraStopwords).stems);
  const weights = new Map<string, { word: string; weight: number }>();
  for (const place of [page.title, ...page.headings, context.anchorText]) {
    if (!place) continue;
    const { words, stems } = contentWords(place, language, extraStopwords);
    stems.forEach((stem, i) => {
      if (!vocabulary.has(stem) && !anchorStems.has(stem)) return;
      const known = weights.get(stem) ?? { word: words[i] as string, weight: 0 };
      known.weight++;
      weights.set(stem, known);
    });
  }
  return [...weights.values()];
}

/**
 * Whether tokens name a word: on stems and compounds (termCounter), or, with
 * `parts` in a language written with compounds, by a part of it written on its
 * own (`kängor` or `vandring` for `vandringskängor`).
 */
function namer(language: string, settings: QcSettings) {
  const compounding = settings.compounds.languages.includes(language);
  const min = settings.compounds.minLength;
  return (tokens: readonly Tokens[], word: string, parts = false): boolean => {
    if (termCounter(tokens, language, topicCompounds(settings))(word) > 0) return true;
    if (!parts || !compounding) return false;
    const stem = tokensOf(word, language).stems[0] ?? word;
    const partOf = (w: string, of: string) =>
      w.length >= min && w.length < of.length && (of.startsWith(w) || of.endsWith(w));
    return tokens.some(
      (t) => t.words.some((w) => partOf(w, word)) || t.stems.some((s) => partOf(s, stem) || partOf(s, word)),
    );
  };
}

/**
 * Confidence 0–1 that the article serves the anchor's search intent and
 * bridges publisher and target: half topic-term coverage (enough of the terms
 * named), a quarter the anchor's words used beyond the link itself,
 * and a quarter the intent signal; all of it scaled down when the topic
 * appears in too few of the article's sections (`spread`).
 * With SERP research (`basis: "serp"`) that signal is the query intent's cue
 * words; without it (`basis: "target_page"`, light mode) it is whether the
 * article's title and headings speak of what the target page is about.
 */
export function checkIntentAlignment(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const language = context.language;
  const inText = termCounter(
    [article.titleTokens, article.headingTokens, article.bodyTokens],
    language,
    topicCompounds(settings),
  );
  const terms = context.topicTerms;
  const found = terms.filter((t) => inText(t) > 0).length;
  // Research lists hold noise: naming enough of the terms is full coverage.
  let coverage = terms.length
    ? Math.min(1, found / Math.min(terms.length, settings.intent.coverageTerms))
    : 0.5;

  // The link's own text is one use of each anchor word; the article must use them again to bridge.
  const { link, paragraph } = findAnchor(article, context);
  const extraStopwords = settings.extraStopwords[language];
  const anchor = contentWords(context.anchorText, language, extraStopwords);
  const inBody = termCounter(article.bodyTokens, language, topicCompounds(settings));
  // A compound anchor word is used again when its parts are: "badrum" and "renovering" for "badrumsrenovering".
  const compounding = settings.compounds.languages.includes(language);
  const bodyStems = compounding ? [...new Set(article.bodyTokens.stems)] : [];
  const partsUsed = (stem: string) =>
    bodyStems.some(
      (s) =>
        s.length >= settings.compounds.minLength &&
        s.length < stem.length &&
        (stem.startsWith(s) || stem.endsWith(s)),
    );
  // A part written out on its own uses the compound word again too: "foder" for "valpfoder" (its stem
  // "fod" is too short to compare), "locks" for "d-locks" (a hyphenated word's head).
  const bodyWords = compounding ? [...new Set(article.bodyTokens.words)] : [];
  const wordPartsUsed = (word: string) =>
    bodyWords.some(
      (w) =>
        w.length >= settings.compounds.minLength &&
        w.length < word.length &&
        (word.startsWith(w) || word.endsWith(w)),
    );
  const headUsed = (word: string) => {
    const head = word.split(/[-\u2010\u2011]/).at(-1) ?? "";
    return head.length >= 3 && head !== word && inBody(head) > 0;
  };
  const bridge = anchor.words.length
    ? anchor.words.filter(
        (w, i) =>
          inBody(w) - (link ? 1 : 0) > 0 ||
          partsUsed(anchor.stems[i] as string) ||
          wordPartsUsed(w) ||
          headUsed(w),
      ).length / anchor.words.length
    : 0;

  // An article about something else names the target's topic in one well-made paragraph
  // around the link; one that serves the intent names it throughout its sections. With the
  // target page's vocabulary a section is on topic when it uses several of the page's words
  // (one stray "dry" or "dog" in a gardening article is not the topic); without it, any topic
  // term or anchor word will do.
  const vocabulary = context.targetPage?.vocabulary ?? [];
  // A thin target page (a product listing: a heading, a few product names, a price) gives too
  // few words to judge by its vocabulary, and its topic terms are product names a good article
  // need not repeat. Then its title, headings and the anchor say what it is about: coverage is
  // how much of their weight the article names, and a section is on topic when it names one.
  const thin =
    !context.serpResearched &&
    // No vocabulary at all is a profile stored before it existed, not a thin page.
    vocabulary.length > 0 &&
    vocabulary.length < settings.intent.thinVocabulary;
  const focusWeights = thin ? thinPageFocus(context, language, extraStopwords) : [];
  const names = namer(language, settings);
  if (thin && focusWeights.length) {
    const titleTokens = [article.titleTokens, article.headingTokens];
    const total = focusWeights.reduce((sum, f) => sum + f.weight, 0);
    const named = focusWeights
      .filter(
        (f) =>
          names(titleTokens, f.word) ||
          // Beyond the link's own words: the article must use them again.
          inBody(f.word) - (link ? 1 : 0) > 0 ||
          names([article.bodyTokens], f.word, true),
      )
      .reduce((sum, f) => sum + f.weight, 0);
    coverage = total ? named / total : coverage;
  }
  const sectionWords = vocabulary.length ? settings.intent.sectionWords : 1;
  const sectionTerms = vocabulary.length ? vocabulary : [...terms, ...anchor.words];
  // One-word terms by stem (multi-word terms are left to the full search).
  const sectionTermStems = sectionTerms.map((term) => {
    const { stems } = tokensOf(term, language);
    return stems.length === 1 ? stems[0] : undefined;
  });
  const sections = article.sections.filter((s) => s.paragraphs.some((p) => p !== paragraph));
  const onTopic = sections.filter((section) => {
    const tokens = [
      tokensOf(section.heading ?? "", language),
      ...section.paragraphs.filter((p) => p !== paragraph).flatMap((p) => p.sentenceTokens),
    ];
    if (thin) {
      // The page's own focus, weighted: its main word (title, H1 and anchor) alone will do, one
      // stray word that occurs once on the page will not.
      let weight = 0;
      for (const f of focusWeights) {
        if (!names(tokens, f.word, true)) continue;
        weight += f.weight;
        if (weight >= settings.intent.thinSectionWeight) return true;
      }
      return false;
    }
    // Most sections of an on-topic article use the words as they are: equal stems decide
    // without the slower compound search.
    const stems = new Set(tokens.flatMap((t) => t.stems));
    const plain = sectionTermStems.filter((stem) => stem !== undefined && stems.has(stem)).length;
    if (plain >= sectionWords) return true;
    const count = termCounter(tokens, language, topicCompounds(settings));
    let named = 0;
    for (const term of sectionTerms) {
      if (count(term) > 0 && ++named >= sectionWords) return true;
    }
    return false;
  }).length;
  const spread = sections.length ? Math.min(1, onTopic / sections.length / settings.intent.spreadShare) : 1;

  const basis = context.serpResearched ? "serp" : "target_page";
  let signal: number;
  if (basis === "serp") {
    const cues = context.intent ? intentCues[context.intent] : [];
    signal = cues.length ? Math.min(1, cues.filter((c) => inText(c) > 0).length / 2) : 0.5;
  } else {
    const page = context.targetPage;
    const focus = page
      ? contentWords(
          [page.title, page.description, ...page.headings, context.anchorText].filter(Boolean).join(". "),
          language,
          extraStopwords,
        )
      : anchor;
    // How many of the title and headings name what the target page is about (compounds and
    // inflections included): a title and a heading about fish speak to "färsk fisk på nätet".
    const headings = [article.title ?? "", ...article.sections.map((s) => s.heading ?? "")].filter(Boolean);
    let named = 0;
    for (const heading of headings) {
      const tokens = tokensOf(heading, language);
      const stems = new Set(tokens.stems);
      const names =
        focus.stems.some((stem) => stems.has(stem)) ||
        focus.words.some(termCounter(tokens, language, topicCompounds(settings)));
      if (names && ++named >= settings.intent.focusWords) break;
    }
    signal = focus.words.length ? Math.min(1, named / settings.intent.focusWords) : 0.5;
  }

  const confidence = Math.round((0.5 * coverage + 0.25 * signal + 0.25 * bridge) * spread * 100) / 100;
  const level =
    confidence >= settings.intent.aligned
      ? "aligned"
      : confidence >= settings.intent.partial
        ? "partial"
        : "fail";
  const issues: QcIssue[] = [];
  if (level !== "aligned") {
    issues.push(
      qcIssue(
        level === "fail" ? "intent_mismatch" : "intent_partial",
        `Intent alignment is ${level} (confidence ${confidence}, judged from the ${basis === "serp" ? "SERP" : "target page"})`,
        { action: "Redraft the article around the anchor's search intent" },
      ),
    );
  }
  return {
    check: {
      passed: level === "aligned",
      ...(thin ? { thin_target: true } : {}),
      points: Math.round(confidence * 100),
      confidence,
      level,
      basis,
      coverage: Math.round(coverage * 100) / 100,
      bridge: Math.round(bridge * 100) / 100,
      signal: Math.round(signal * 100) / 100,
      spread: Math.round(spread * 100) / 100,
    },
    issues,
  };
}
