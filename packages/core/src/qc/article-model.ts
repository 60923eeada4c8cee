import type { Heading, Link, Nodes, Paragraph, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as textOf } from "mdast-util-to-string";
import { collapseWhitespace } from "../text/normalise";
import { sentencesOf } from "../text/segment";
import { joinTokens, type Tokens, tokensOf } from "../text/terms";

/** A link as QC judges it: its visible text, target and character offset in the Markdown. */
export interface ArticleLink {
  text: string;
  href: string;
  offset: number;
  /** Where the link's text starts in its paragraph's `text` (whitespace collapsed as there). */
  textOffset?: number;
}

export interface ArticleParagraph {
  text: string;
  sentences: string[];
  /** Each sentence's words and stems, segmented once for every check. */
  sentenceTokens: Tokens[];
  links: ArticleLink[];
  /** Index among all body paragraphs. */
  index: number;
}

export interface ArticleSection {
  /** The H2 heading, or null for the text before the first H2. */
  heading: string | null;
  paragraphs: ArticleParagraph[];
}

/** A Markdown article as a tree QC can judge: never regexes over the raw text. */
export interface ArticleModel {
  title: string | null;
  sections: ArticleSection[];
  paragraphs: ArticleParagraph[];
  /** Links inside H1/H2 headings. */
  headingLinks: ArticleLink[];
  links: ArticleLink[];
  /** Body text: paragraphs and list items, without headings. */
  bodyText: string;
  bodyWords: number;
  /** The body's words and stems (all paragraphs' sentences in order). */
  bodyTokens: Tokens;
  /** The H1 title's and the H2 headings' words and stems. */
  titleTokens: Tokens;
  headingTokens: Tokens;
  h2Count: number;
}

function linksIn(node: Nodes): ArticleLink[] {
  const found: ArticleLink[] = [];
  // The text before each link, as mdast-util-to-string joins it, tells which sentence holds the link
  // even when the anchor phrase also appears earlier in the paragraph.
  let before = "";
  const walk = (n: Nodes) => {
    if (n.type === "link") {
      const link = n as Link;
      found.push({
        text: textOf(link),
        href: link.url,
        offset: link.position?.start.offset ?? 0,
        textOffset: before.replace(/\s+/g, " ").trimStart().length,
      });
    }
    if ("value" in n && typeof n.value === "string") before += n.value;
    else if ("alt" in n && n.alt) before += n.alt;
    else if ("children" in n) for (const child of n.children as Nodes[]) walk(child);
  };
  walk(node);
  return found;
}

/** The article's tree; `language` (ISO 639-1) tunes sentence splitting, e.g. Swedish abbreviations. */
export function parseArticle(markdown: string, language?: string): ArticleModel {
  const tree: Root = fromMarkdown(markdown);
  let title: string | null = null;
  const sections: ArticleSection[] = [{ heading: null, paragraphs: [] }];
  const paragraphs: ArticleParagraph[] = [];
  const headingLinks: ArticleLink[] = [];
  let h2Count = 0;

  const addParagraph = (node: Paragraph | Nodes) => {
    const text = collapseWhitespace(textOf(node));
    if (!text) return;
    const sentences = sentencesOf(text, language);
    const paragraph: ArticleParagraph = {
      text,
      sentences,
      sentenceTokens: sentences.map((s) => tokensOf(s, language)),
      links: linksIn(node),
      index: paragraphs.length,
    };
    paragraphs.push(paragraph);
    sections[sections.length - 1]?.paragraphs.push(paragraph);
  };

  for (const node of tree.children) {
    if (node.type === "heading") {
      const heading = node as Heading;
      if (heading.depth <= 2) headingLinks.push(...linksIn(heading));
      if (heading.depth === 1 && title === null) title = textOf(heading).trim();
      else if (heading.depth === 2) {
        h2Count++;
        sections.push({ heading: textOf(heading).trim(), paragraphs: [] });
      }
    } else if (node.type === "paragraph" || node.type === "blockquote") {
      addParagraph(node);
    } else if (node.type === "list") {
      for (const item of node.children) addParagraph(item);
    }
  }

  const bodyText = paragraphs.map((p) => p.text).join("\n\n");
  const bodyTokens = joinTokens(paragraphs.flatMap((p) => p.sentenceTokens));
  const headings = sections.flatMap((s) => (s.heading ? [s.heading] : []));
  return {
    title,
    sections: sections.filter((s) => s.heading !== null || s.paragraphs.length > 0),
    paragraphs,
    headingLinks,
    links: paragraphs.flatMap((p) => p.links),
    bodyText,
    bodyWords: bodyTokens.words.length,
    bodyTokens,
    titleTokens: tokensOf(title ?? "", language),
    headingTokens: joinTokens(headings.map((h) => tokensOf(h, language))),
    h2Count,
  };
}
