import { countWords, type Tokens, termCounter, tokensOf } from "../../text/terms";
import type { ArticleModel } from "../article-model";
import { findAnchor, linkSentenceIndex } from "../find-anchor";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, qcIssue } from "../qc-report";
import { type QcSettings, topicCompounds } from "../qc-settings";

/** A sentence's tokens without the link's own words: the anchor is what the context must support, not context. */
function withoutLinkText(sentence: Tokens, linkText: string, language: string): Tokens {
  const link = tokensOf(linkText, language).words;
  if (!link.length || !countWords(sentence, link)) return sentence;
  const at = sentence.words.findIndex((_, i) => link.every((w, j) => sentence.words[i + j] === w));
  return {
    words: [...sentence.words.slice(0, at), ...sentence.words.slice(at + link.length)],
    stems: [...sentence.stems.slice(0, at), ...sentence.stems.slice(at + link.length)],
  };
}

/**
 * Topic terms (matched on stems) within ±N sentences of the sentence holding
 * the link. The terms are research's topic terms and the target page's
 * vocabulary (every content word of the page, see preflight's
 * `topicVocabulary`): what an editor compares the link's surroundings with.
 * The link's own text does not count, or an anchor of three words would bring
 * its own "coverage". Without a link to the target there is nothing to judge
 * at the link: the check does not apply (anchor_link reports the missing link).
 */
export function checkLsiCoverage(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const { placed: link, placedParagraph: paragraph } = findAnchor(article, context);
  const terms = [...new Set([...context.topicTerms, ...(context.targetPage?.vocabulary ?? [])])];
  const required = Math.min(settings.lsi.min, terms.length);
  if (!link || !paragraph) {
    return {
      check: { passed: true, points: 100, applicable: false, count: 0, required, terms: [] },
      issues: [],
    };
  }
  const inParagraph = linkSentenceIndex(paragraph, link);
  const before = article.paragraphs
    .slice(0, paragraph.index)
    .reduce((n, p) => n + p.sentenceTokens.length, 0);
  const sentences = article.paragraphs.flatMap((p) => p.sentenceTokens);
  const span = settings.lsi.windowSentences;
  let window: Tokens[] = [];
  if (inParagraph >= 0) {
    const at = before + inParagraph;
    const own = withoutLinkText(sentences[at] as Tokens, link.text, context.language);
    window = [...sentences.slice(Math.max(0, at - span), at), own, ...sentences.slice(at + 1, at + span + 1)];
  }
  const count = termCounter(window, context.language, topicCompounds(settings));
  const found = terms.filter((t) => count(t) > 0);
  const passed = inParagraph >= 0 && found.length >= required;
  const issues = passed
    ? []
    : [qcIssue("lsi_terms_low", `${found.length} topic term(s) near the link (minimum ${required})`)];
  return {
    check: {
      passed,
      points: required ? Math.round(Math.min(1, found.length / required) * 100) : 100,
      count: found.length,
      required,
      terms: found,
    },
    issues,
  };
}
