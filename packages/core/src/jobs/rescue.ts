import { parseArticle } from "../qc/article-model";
import { countPhrase, findAnchor } from "../qc/checks-anchor";
import { disclaimerFor } from "../qc/checks-content";
import type { QcContext } from "../qc/qc-context";
import type { QcIssue, QcReport } from "../qc/qc-report";
import type { QcSettings } from "../qc/qc-settings";
import { normaliseText, normaliseUrl } from "../qc/url-match";
import {
  blocksOf,
  cleanModelMarkdown,
  insertBlockAfter,
  replaceRange,
  type Section,
  sectionsOf,
  unlink,
} from "./article-edit";
import type { RescueEntry } from "./job-records";
import type { WritingTask } from "./writing-tasks";

/** Runs one writing call and returns the model's text. */
export type Write = (task: WritingTask) => Promise<string>;

interface RescueInput {
  markdown: string;
  report: QcReport;
  context: QcContext;
  settings: QcSettings;
  write: Write;
  round: number;
}

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 240 ? `${flat.slice(0, 239)}…` : flat;
};

/** The section the anchor belongs in: a middle one (not the first or the last). */
function middleSection(sections: Section[]): Section | undefined {
  if (sections.length >= 3) return sections[Math.floor((sections.length - 1) / 2) || 1];
  return sections[1] ?? sections[0];
}

const linksTo = (markdown: string, url: string) =>
  parseArticle(markdown).links.some((l) => normaliseUrl(l.href) === normaliseUrl(url));

/**
 * One RESCUE round (../QC.md): every auto-fixable issue gets one targeted
 * repair, a focused LLM call or a deterministic edit, recorded for audit.
 * Issues that are not fixable are left for the verdict.
 */
export async function rescueRound(input: RescueInput): Promise<{ markdown: string; entries: RescueEntry[] }> {
  const { context, settings, write, round } = input;
  const fixable = input.report.issues.filter((i) => i.auto_fixable);
  const has = (...categories: QcIssue["category"][]) =>
    fixable.filter((i) => categories.includes(i.category));
  const entries: RescueEntry[] = [];
  let markdown = input.markdown;
  const record = (action: string, issue: QcIssue | undefined, before: string, after: string) =>
    entries.push({
      round,
      action,
      issue: issue?.message ?? "",
      before: excerpt(before),
      after: excerpt(after),
    });

  // Structure first: later repairs choose paragraphs from the final layout.
  const structure = has("word_count")[0];
  if (structure) {
    let article = parseArticle(markdown);
    while (article.h2Count < settings.minH2) {
      const sections = sectionsOf(markdown);
      const last = sections[sections.length - 1];
      const added = cleanModelMarkdown(
        await write({ task: "add_section", article: markdown, words: 220 }),
        false,
      );
      const at = last ? last.heading.start : markdown.length;
      markdown = insertBlockAfter(markdown, at, unlink(added, context.targetUrl));
      record("add_section", structure, "", added);
      article = parseArticle(markdown);
      if (!/^## /m.test(added)) break;
    }
    const deficit = Math.max(
      settings.wordCount.recommended - article.bodyWords,
      (settings.minParagraphs - article.paragraphs.length) * 80,
    );
    if (article.bodyWords < settings.wordCount.min || article.paragraphs.length < settings.minParagraphs) {
      const thinnest = sectionsOf(markdown)
        .map((section) => ({
          section,
          words: section.blocks.reduce((n, b) => n + b.text.split(/\s+/).length, 0),
        }))
        .sort((a, b) => a.words - b.words)
        .slice(0, Math.min(3, Math.max(1, Math.ceil(deficit / 200))));
      // Expand from the end of the article backwards so earlier offsets stay valid.
      for (const { section } of thinnest.sort((a, b) => b.section.end - a.section.end)) {
        const words = Math.ceil(deficit / thinnest.length);
        const text = markdown.slice(section.heading.start, section.end);
        const added = cleanModelMarkdown(
          await write({
            task: "expand_section",
            section: text,
            paragraphs: Math.max(2, Math.round(words / 90)),
            words,
          }),
          false,
        );
        markdown = insertBlockAfter(markdown, section.end, unlink(added, context.targetUrl));
        record("expand_section", structure, text, added);
      }
    }
  }

  const anchorIssue = has("anchor_link", "anchor_placement", "lsi_coverage")[0];
  const naturalness = has("anchor_naturalness")[0];
  if (anchorIssue || (naturalness && /shares no topic/.test(naturalness.message))) {
    const section = middleSection(sectionsOf(unlink(markdown, context.targetUrl)));
    markdown = unlink(markdown, context.targetUrl);
    const paragraph = section?.blocks.find((b) => b.kind === "paragraph");
    if (section && paragraph) {
      const before = markdown.slice(paragraph.start, paragraph.end);
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
      markdown = replaceRange(markdown, paragraph.start, paragraph.end, rewritten);
      record("place_anchor", anchorIssue ?? naturalness, before, rewritten);
    }
  }

  if (
    naturalness &&
    countPhrase(parseArticle(markdown).bodyText, context.anchorText) > settings.maxAnchorPhraseOccurrences
  ) {
    // Say the repeated phrase in other words everywhere except the anchor's own paragraph.
    const anchorParagraph = findAnchor(parseArticle(markdown), context).paragraph?.text;
    const phrase = normaliseText(context.anchorText);
    const repeats = blocksOf(markdown)
      .filter((b) => b.kind === "paragraph" && countPhrase(b.text, phrase) > 0)
      .filter((b) => normaliseText(b.text) !== normaliseText(anchorParagraph ?? ""))
      .reverse();
    for (const block of repeats) {
      const before = markdown.slice(block.start, block.end);
      const after = cleanModelMarkdown(
        await write({ task: "vary_phrase", paragraph: before, phrase: context.anchorText }),
        false,
      ).trim();
      markdown = replaceRange(markdown, block.start, block.end, after);
      record("vary_phrase", naturalness, before, after);
    }
  }

  const trust = has("trust_sources")[0];
  if (trust) {
    const source = context.trustCandidates.find((url) => !linksTo(markdown, url));
    const anchorSection = findAnchor(parseArticle(markdown), context).paragraph?.text;
    const host = sectionsOf(markdown)
      .flatMap((s) => s.blocks)
      .filter((b) => b.kind === "paragraph" && !b.text.includes(anchorSection ?? "\u0000"))
      .find((b) => !markdown.slice(b.start, b.end).includes("]("));
    if (source && host) {
      const before = markdown.slice(host.start, host.end);
      const sentences = cleanModelMarkdown(
        await write({ task: "cite_source", paragraph: before, source }),
        false,
      ).trim();
      if (linksTo(sentences, source) && !linksTo(sentences, context.targetUrl)) {
        const after = `${before.trimEnd()} ${sentences}`;
        markdown = replaceRange(markdown, host.start, host.end, after);
        record("cite_source", trust, before, after);
      } else {
        record(
          "cite_source",
          trust,
          before,
          "unchanged: the model's sentences did not cite the research source",
        );
      }
    }
  }

  const compliance = has("compliance");
  if (compliance.length > 0) {
    const missing = (input.report.checks.compliance?.missing as string[] | undefined) ?? [];
    const texts = missing.flatMap((vertical) => disclaimerFor(vertical, context.language) ?? []);
    if (texts.length > 0) {
      const block = texts.map((t) => `*${t}*`).join("\n\n");
      markdown = `${markdown.trimEnd()}\n\n${block}\n`;
      record("inject_disclaimer", compliance[0], "", block);
    }
  }

  return { markdown, entries };
}
