import type { Root, RootContent } from "hast";
import { defaultSchema, sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toHast } from "mdast-util-to-hast";
import type { Article } from "./job-records";

function sanitisedTree(article: Article): Root {
  const tree = sanitize(toHast(fromMarkdown(article.content)), defaultSchema);
  // A root goes in, so a root comes out; the library's signature only promises some node.
  return tree.type === "root" ? tree : { type: "root", children: [] };
}

const plainText = (node: RootContent): string =>
  node.type === "text" ? node.value : "children" in node ? node.children.map(plainText).join("") : "";
const sameText = (a: string, b: string) =>
  a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();

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
  const body = toHtml(sanitisedTree(article));
  return [
    "<!doctype html>",
    '<html><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(article.title)}</title></head>`,
    `<body><article>${body}</article></body></html>`,
    "",
  ].join("\n");
}

/**
 * The article's body as an HTML fragment for a CMS post: the same sanitised rendering as `article.html`,
 * without the heading that repeats the title (the CMS shows the title itself), and with `rel` on the target
 * link when the publisher's link policy asks for it. The link's href and anchor are left exactly as ordered.
 */
export function renderArticleBody(article: Article, options: { linkRel?: readonly string[] } = {}): string {
  const tree = sanitisedTree(article);
  const first = tree.children.findIndex((node) => node.type === "element");
  const head = tree.children[first];
  if (head?.type === "element" && head.tagName === "h1" && sameText(plainText(head), article.title)) {
    tree.children.splice(first, 1);
  }
  const rel = [...new Set(options.linkRel ?? [])];
  if (rel.length > 0) {
    const visit = (node: RootContent) => {
      if (node.type !== "element") return;
      if (node.tagName === "a" && node.properties.href === article.backlink.target_url)
        node.properties.rel = rel;
      node.children.forEach(visit);
    };
    tree.children.forEach(visit);
  }
  return toHtml(tree).trim();
}
