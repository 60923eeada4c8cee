import { normaliseText } from "../text/normalise";
import { normaliseUrl } from "../text/urls";
import type { ArticleLink, ArticleModel, ArticleParagraph } from "./article-model";
import type { QcContext } from "./qc-context";

/**
 * The links that point at the target page, and the ones that carry the
 * anchor: their text equals the ordered anchor case-insensitively and with
 * whitespace normalised (../QC.md), wherever a check looks for it. `placed`
 * is the first link with the anchor, else the first to the target.
 */
export function findAnchor(article: ArticleModel, context: QcContext) {
  const target = normaliseUrl(context.targetUrl);
  const toTarget = article.links.filter((l) => normaliseUrl(l.href) === target);
  const anchor = normaliseText(context.anchorText);
  const withAnchor = toTarget.filter((l) => normaliseText(l.text) === anchor);
  const inHeadings = article.headingLinks.filter((l) => normaliseUrl(l.href) === target);
  const paragraphOf = (l: ArticleLink | undefined) =>
    l && article.paragraphs.find((p) => p.links.includes(l));
  const link = withAnchor[0];
  // A link to the target with other text is anchor_link's failure; placement and context judge it all the same.
  const placed = link ?? toTarget[0];
  return {
    toTarget,
    withAnchor,
    inHeadings,
    link,
    paragraph: paragraphOf(link),
    placed,
    placedParagraph: paragraphOf(placed),
  };
}

/**
 * The index of the paragraph's sentence that holds the link, else -1: found by
 * the link's position in the paragraph's text, so an earlier mention of the
 * anchor phrase is not taken for the link; by its text where the position is unknown.
 */
export function linkSentenceIndex(paragraph: ArticleParagraph, link: ArticleLink): number {
  if (link.textOffset !== undefined) {
    let cursor = 0;
    for (let i = 0; i < paragraph.sentences.length; i++) {
      const sentence = paragraph.sentences[i] as string;
      const start = paragraph.text.indexOf(sentence, cursor);
      if (start < 0) break;
      cursor = start + sentence.length;
      if (link.textOffset < cursor) return i;
    }
  }
  const text = normaliseText(link.text);
  return paragraph.sentences.findIndex((s) => normaliseText(s).includes(text));
}
