import { type ArticleLink, parseArticle } from "../qc/article-model";
import { findAnchor } from "../qc/find-anchor";
import { qcIssueKinds, type RescueAction, rescueActions } from "../qc/issue-codes";
import type { QcContext } from "../qc/qc-context";
import type { QcIssue, QcReport } from "../qc/qc-report";
import type { QcSettings } from "../qc/qc-settings";
import { disclaimerFor } from "../qc/verticals";
import { collapseWhitespace, countPhrase, normaliseText } from "../text/normalise";
import { wordsOf } from "../text/segment";
import { normaliseUrl } from "../text/urls";
import {
  blocksOf,
  cleanModelMarkdown,
  insertBlockAfter,
  replaceRange,
  type Section,
  sectionsOf,
  unlink,
} from "./article-edit";
import { type FootprintBaseline, sectionsToRewrite } from "./footprint";
import type { RescueEntry } from "./job-records";
import type { WritingTask } from "./writing-tasks";

/** Runs one writing call and returns the model's text. */
export type Write = (task: WritingTask) => Promise<string>;

export interface RescueInput {
  markdown: string;
  report: QcReport;
  context: QcContext;
  settings: QcSettings;
  write: Write;
  round: number;
  /** The batch's earlier articles for the same target, when the job belongs to a batch. */
  footprint?: FootprintBaseline | undefined;
}

/** The article as a round's repairs leave it, and what they did. */
interface RoundState {
  markdown: string;
  entries: RescueEntry[];
}

/**
 * One targeted repair. It answers `issue` (the first fixable issue whose code
 * maps to it in `qcIssueKinds`), edits `state.markdown` and records each edit.
 */
type Repair = (state: RoundState, issue: QcIssue, input: RescueInput) => Promise<void>;

const excerpt = (text: string) => {
  const flat = collapseWhitespace(text);
  return flat.length > 240 ? `${flat.slice(0, 239)}…` : flat;
};

function record(
  state: RoundState,
  input: RescueInput,
  action: RescueAction,
  issue: QcIssue,
  before: string,
  after: string,
) {
  state.entries.push({
    round: input.round,
    action,
    issue: issue.message,
    before: excerpt(before),
    after: excerpt(after),
  });
}

/** The section the anchor belongs in: a middle one (not the first or the last). */
function middleSection(sections: Section[]): Section | undefined {
  if (sections.length >= 3) return sections[Math.floor((sections.length - 1) / 2) || 1];
  return sections[1] ?? sections[0];
}

const linksTo = (markdown: string, url: string) =>
  parseArticle(markdown).links.some((l) => normaliseUrl(l.href) === normaliseUrl(url));

/** Adds H2 sections before the last one until the article has enough. */
const addSection: Repair = async (state, issue, input) => {
  const { context, settings, write } = input;
  let article = parseArticle(state.markdown, context.language);
  while (article.h2Count < settings.minH2) {
    const sections = sectionsOf(state.markdown);
    const last = sections[sections.length - 1];
    const added = cleanModelMarkdown(
      await write({ task: "add_section", article: state.markdown, words: 220 }),
      false,
    );
    const at = last ? last.heading.start : state.markdown.length;
    state.markdown = insertBlockAfter(state.markdown, at, unlink(added, context.targetUrl));
    record(state, input, "add_section", issue, "", added);
    article = parseArticle(state.markdown, context.language);
    // A model that answers without a heading would loop forever.
    if (!/^## /m.test(added)) break;
  }
};

/** Lengthens the thinnest sections until the article has enough words and paragraphs. */
const expandSection: Repair = async (state, issue, input) => {
  const { context, settings, write } = input;
  const article = parseArticle(state.markdown, context.language);
  if (article.bodyWords >= settings.wordCount.min && article.paragraphs.length >= settings.minParagraphs) {
    return; // an added section already made up the shortfall
  }
  const deficit = Math.max(
    settings.wordCount.recommended - article.bodyWords,
    (settings.minParagraphs - article.paragraphs.length) * 80,
  );
  const thinnest = sectionsOf(state.markdown)
    .map((section) => ({
      section,
      words: section.blocks.reduce((n, b) => n + wordsOf(b.text).length, 0),
    }))
    .sort((a, b) => a.words - b.words)
    .slice(0, Math.min(3, Math.max(1, Math.ceil(deficit / 200))));
  // Expand from the end of the article backwards so earlier offsets stay valid.
  for (const { section } of thinnest.sort((a, b) => b.section.end - a.section.end)) {
    const words = Math.ceil(deficit / thinnest.length);
    const text = state.markdown.slice(section.heading.start, section.end);
    const added = cleanModelMarkdown(
      await write({
        task: "expand_section",
        section: text,
        paragraphs: Math.max(2, Math.round(words / 90)),
        words,
      }),
      false,
    );
    state.markdown = insertBlockAfter(state.markdown, section.end, unlink(added, context.targetUrl));
    record(state, input, "expand_section", issue, text, added);
  }
};

/**
 * Removes every link to the target and rewrites the first paragraph of a
 * middle section around one anchor link with the topic terms: this answers a
 * missing, duplicated, misplaced or badly surrounded anchor alike.
 */
const placeAnchor: Repair = async (state, issue, input) => {
  const { context, settings, write } = input;
  state.markdown = unlink(state.markdown, context.targetUrl);
  const paragraph = middleSection(sectionsOf(state.markdown))?.blocks.find((b) => b.kind === "paragraph");
  if (!paragraph) return;
  const before = state.markdown.slice(paragraph.start, paragraph.end);
  const terms = context.topicTerms.slice(0, settings.lsi.max);
  const rewritten = cleanModelMarkdown(
    await write({
      task: "place_anchor",
      paragraph: before,
      terms,
      minTerms: Math.min(settings.lsi.min, terms.length),
    }),
    false,
  ).trim();
  state.markdown = replaceRange(state.markdown, paragraph.start, paragraph.end, rewritten);
  record(state, input, "place_anchor", issue, before, rewritten);
};

/** Says the repeated anchor phrase in other words everywhere except the anchor's own paragraph. */
const varyPhrase: Repair = async (state, issue, input) => {
  const { context, settings, write } = input;
  const article = parseArticle(state.markdown, context.language);
  // A re-placed anchor may already have removed the repeats.
  if (countPhrase(article.bodyText, context.anchorText) <= settings.maxAnchorPhraseOccurrences) return;
  const anchorParagraph = normaliseText(findAnchor(article, context).paragraph?.text ?? "");
  const repeats = blocksOf(state.markdown)
    .filter((b) => b.kind === "paragraph" && countPhrase(b.text, context.anchorText) > 0)
    .filter((b) => normaliseText(b.text) !== anchorParagraph)
    .reverse();
  for (const block of repeats) {
    const before = state.markdown.slice(block.start, block.end);
    const after = cleanModelMarkdown(
      await write({ task: "vary_phrase", paragraph: before, phrase: context.anchorText }),
      false,
    ).trim();
    state.markdown = replaceRange(state.markdown, block.start, block.end, after);
    record(state, input, "vary_phrase", issue, before, after);
  }
};

/**
 * The verified source ledger's repair: each cited page that is dead or does not support its sentence is
 * swapped for a research candidate the article does not cite yet, or, when none is left, the sentences that
 * cite it are removed (a claim with no source behind it goes). The next QC round checks the result again.
 */
const swapSource: Repair = async (state, issue, input) => {
  const failing = (input.report.sources ?? []).filter((s) => !s.live || !s.supports_claim).map((s) => s.url);
  for (const url of failing) {
    const { markdown } = state;
    if (!linksTo(markdown, url)) continue;
    const replacement = input.context.trustCandidates.find(
      (c) => !failing.includes(c) && !linksTo(markdown, c),
    );
    if (replacement) {
      state.markdown = markdown.split(`](${url})`).join(`](${replacement})`);
      record(state, input, "swap_source", issue, url, replacement);
      continue;
    }
    const cites = sectionsOf(markdown)
      .flatMap((s) => s.blocks)
      .filter((b) => markdown.slice(b.start, b.end).includes(`](${url}`))
      .reverse();
    for (const block of cites) {
      const before = state.markdown.slice(block.start, block.end);
      const after = before
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => !sentence.includes(`](${url}`))
        .join(" ");
      state.markdown = replaceRange(state.markdown, block.start, block.end, after);
      record(
        state,
        input,
        "swap_source",
        issue,
        before,
        after || "(paragraph removed: its only claim had no source)",
      );
    }
  }
};

/** Cites a trust source research found (never an invented URL) in a paragraph without links. */
const citeSource: Repair = async (state, issue, input) => {
  const { context, write } = input;
  const { markdown } = state;
  const source = context.trustCandidates.find((url) => !linksTo(markdown, url));
  const anchorParagraph = findAnchor(parseArticle(markdown, context.language), context).paragraph?.text;
  const host = sectionsOf(markdown)
    .flatMap((s) => s.blocks)
    .filter((b) => b.kind === "paragraph" && !b.text.includes(anchorParagraph ?? "\u0000"))
    .find((b) => !markdown.slice(b.start, b.end).includes("]("));
  if (!source || !host) return;
  const before = markdown.slice(host.start, host.end);
  const sentences = cleanModelMarkdown(
    await write({ task: "cite_source", paragraph: before, source }),
    false,
  ).trim();
  if (linksTo(sentences, source) && !linksTo(sentences, context.targetUrl)) {
    const after = `${before.trimEnd()} ${sentences}`;
    state.markdown = replaceRange(markdown, host.start, host.end, after);
    record(state, input, "cite_source", issue, before, after);
  } else {
    record(
      state,
      input,
      "cite_source",
      issue,
      before,
      "unchanged: the model's sentences did not cite the research source",
    );
  }
};

/** What must survive a rewrite: the anchor link as it is, and every other link's URL. */
function linkKeys(markdown: string, context: QcContext): string[] {
  const article = parseArticle(markdown, context.language);
  const target = normaliseUrl(context.targetUrl);
  const key = (l: ArticleLink) => {
    const url = normaliseUrl(l.href) ?? l.href;
    return url === target ? `${normaliseText(l.text)} ${url}` : url;
  };
  return [...article.headingLinks, ...article.links].map(key).sort();
}

/** Why a rewritten section cannot replace the original, if it cannot. */
function rewriteProblem(before: string, after: string, heading: boolean, context: QcContext): string | null {
  if (heading ? /^# /m.test(after) : /^#{1,6} /m.test(after)) return "the rewrite changed the headings";
  if (linkKeys(after, context).join("\n") !== linkKeys(before, context).join("\n")) {
    return "the rewrite did not keep the section's links as they were";
  }
  if (wordsOf(after).length < 0.8 * wordsOf(before).length) return "the rewrite was much shorter";
  return null;
}

/**
 * Rewrites the sections that read most like the batch's earlier articles,
 * most similar first, as many as should bring the similarity under the
 * threshold (with a margin). The anchor link and every other link must come
 * back as they were, or the section is left alone.
 */
const rewriteSections: Repair = async (state, issue, input) => {
  const { context, settings, write, footprint } = input;
  if (!footprint) return;
  const chosen = sectionsToRewrite(state.markdown, footprint, settings.footprint.maxSimilarity * 0.8);
  // From the end of the article backwards so earlier offsets stay valid.
  for (const section of chosen.sort((a, b) => b.start - a.start)) {
    const before = state.markdown.slice(section.start, section.end);
    const heading = section.heading !== null;
    const links = parseArticle(before, context.language).links.map((l) => `[${l.text}](${l.href})`);
    let after = cleanModelMarkdown(
      await write({
        task: "rewrite_section",
        section: before,
        heading,
        words: wordsOf(before).length,
        links,
      }),
      false,
    ).trim();
    // A model that drops the heading line would merge the section into the one before.
    if (heading && !after.startsWith("## ")) after = `${before.split("\n", 1)[0]}\n\n${after}`;
    const problem = rewriteProblem(before, after, heading, context);
    if (problem) {
      record(state, input, "rewrite_sections", issue, before, `unchanged: ${problem}`);
      continue;
    }
    state.markdown = replaceRange(state.markdown, section.start, section.end, after);
    record(state, input, "rewrite_sections", issue, before, after);
  }
};

/** Appends the disclaimer of every regulated vertical that lacks one; no model call. */
const injectDisclaimer: Repair = async (state, issue, input) => {
  const missing = (input.report.checks.compliance?.missing as string[] | undefined) ?? [];
  const texts = missing.flatMap(
    (vertical) => disclaimerFor(input.settings.verticals, vertical, input.context.language) ?? [],
  );
  if (texts.length === 0) return;
  const block = texts.map((t) => `*${t}*`).join("\n\n");
  state.markdown = `${state.markdown.trimEnd()}\n\n${block}\n`;
  record(state, input, "inject_disclaimer", issue, "", block);
};

/**
 * Rewords only the sentences the ai_tells check named, each with one focused
 * call that asks for the same sentence without its stock phrase or repeated
 * opener. A sentence that carries markup (a link) is reworded with its
 * paragraph, and a rewording that changes any link's text or href is
 * dropped: the anchor must survive.
 */
const rewordSentences: Repair = async (state, issue, input) => {
  const { context, settings, write } = input;
  const check = input.report.checks.ai_tells;
  const sentences = (check?.sentences as string[] | undefined) ?? [];
  const openers = (check?.repeated_openers as string[] | undefined) ?? [];
  const phrases = [...(settings.aiTells.phrases[context.language] ?? []), ...openers];
  // From the end backwards, so earlier offsets stay valid.
  const targets = sentences
    .map((sentence) => {
      const lower = normaliseText(sentence);
      const tells = phrases.filter((p) => lower.includes(normaliseText(p)));
      const at = state.markdown.lastIndexOf(sentence);
      if (at >= 0) return { start: at, end: at + sentence.length, tells };
      const block = blocksOf(state.markdown).find(
        (b) => b.kind === "paragraph" && normaliseText(b.text).includes(lower),
      );
      return block ? { start: block.start, end: block.end, tells } : undefined;
    })
    .filter(
      (t): t is { start: number; end: number; tells: string[] } => t !== undefined && t.tells.length > 0,
    )
    .sort((a, b) => b.start - a.start)
    .filter((t, i, all) => i === 0 || t.end <= (all[i - 1] as { start: number }).start);
  for (const target of targets) {
    const before = state.markdown.slice(target.start, target.end);
    const after = cleanModelMarkdown(
      await write({ task: "vary_phrase", paragraph: before, phrase: target.tells.join('" or "') }),
      false,
    ).trim();
    if (!after || after === before) continue;
    // A reworded paragraph that holds the anchor (or a source) must keep every link exactly.
    const links = (markdown: string) =>
      parseArticle(markdown, context.language)
        .links.map((l) => `[${normaliseText(l.text)}](${normaliseUrl(l.href)})`)
        .join("\n");
    if (links(after) !== links(before)) {
      record(state, input, "reword_sentences", issue, before, "unchanged: the rewording changed a link");
      continue;
    }
    state.markdown = replaceRange(state.markdown, target.start, target.end, after);
    record(state, input, "reword_sentences", issue, before, after);
  }
};

/** Each repair RESCUE can make; which issue codes call for it is fixed in `qcIssueKinds`. */
const repairs: Record<RescueAction, Repair> = {
  add_section: addSection,
  expand_section: expandSection,
  rewrite_sections: rewriteSections,
  place_anchor: placeAnchor,
  vary_phrase: varyPhrase,
  swap_source: swapSource,
  cite_source: citeSource,
  inject_disclaimer: injectDisclaimer,
  reword_sentences: rewordSentences,
};

/**
 * One RESCUE round (../QC.md): each repair called for by an auto-fixable
 * issue's code runs once, in the order of `rescueActions`: structure first,
 * since later repairs choose paragraphs from the final layout. Issues that are
 * not fixable are left for the verdict.
 */
export async function rescueRound(input: RescueInput): Promise<RoundState> {
  const fixable = input.report.issues.filter((i) => i.auto_fixable);
  const state: RoundState = { markdown: input.markdown, entries: [] };
  for (const action of rescueActions) {
    const issue = fixable.find((i) => qcIssueKinds[i.code].repair === action);
    if (issue) await repairs[action](state, issue, input);
  }
  return state;
}
