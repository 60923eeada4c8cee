import { normaliseText } from "../text/normalise";
import { normaliseUrl } from "../text/urls";
import type { ArticleLink, ArticleModel, ArticleParagraph } from "./article-model";
import type { QcContext } from "./qc-context";

/**
 * The links that point at the target page, and the one that carries the
 * anchor: its text equals the ordered anchor case-insensitively and with
 * whitespace normalised (../QC.md), wherever a check looks for it.
 */
export function findAnchor(article: ArticleModel, context: QcContext) {
  const target = normaliseUrl(context.targetUrl);
  const toTarget = article.links.filter((l) => normaliseUrl(l.href) === target);
  const anchor = normaliseText(context.anchorText);
  const withAnchor = toTarget.filter((l) => normaliseText(l.text) === anchor);
  const inHeadings = article.headingLinks.filter((l) => normaliseUrl(l.href) === target);
  const link = withAnchor[0];
  const paragraph = link && article.paragraphs.find((p) => p.links.includes(link as ArticleLink));
  return { toTarget, withAnchor, inHeadings, link, paragraph };
}

/** The index of the paragraph's sentence that holds the link (its text compared normalised), else -1. */
export function linkSentenceIndex(paragraph: ArticleParagraph, link: ArticleLink): number {
  const text = normaliseText(link.text);
  return paragraph.sentences.findIndex((s) => normaliseText(s).includes(text));
}
