import { normaliseText } from "../text/normalise";
import { normaliseUrl } from "../text/urls";
import type { ArticleLink, ArticleModel } from "./article-model";
import type { QcContext } from "./qc-context";

/** The links that point at the target page, and the one that carries the anchor. */
export function findAnchor(article: ArticleModel, context: QcContext) {
  const target = normaliseUrl(context.targetUrl);
  const toTarget = article.links.filter((l) => normaliseUrl(l.href) === target);
  const anchor = normaliseText(context.anchorText);
  const withAnchor = toTarget.filter((l) => normaliseText(l.text) === anchor);
  const inHeadings = article.headingLinks.filter((l) => normaliseUrl(l.href) === target);
  const paragraph =
    withAnchor[0] && article.paragraphs.find((p) => p.links.includes(withAnchor[0] as ArticleLink));
  return { toTarget, withAnchor, inHeadings, link: withAnchor[0], paragraph };
}
