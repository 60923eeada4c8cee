import { defaultSchema, sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toHast } from "mdast-util-to-hast";
import type { Article } from "./job-records";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/**
 * The article as a standalone HTML page. Raw HTML in the Markdown is dropped
 * (mdast-util-to-hast ignores it) and the tree is sanitised with GitHub's
 * schema, so an article can never carry script, event handlers or
 * `javascript:` links to whoever opens it.
 */
export function renderArticleHtml(article: Article): string {
  const tree = toHast(fromMarkdown(article.content));
  const body = toHtml(sanitize(tree, defaultSchema));
  return [
    "<!doctype html>",
    '<html><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(article.title)}</title></head>`,
    `<body><article>${body}</article></body></html>`,
    "",
  ].join("\n");
}
