import type { Link, Nodes, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as textOf } from "mdast-util-to-string";
import { normaliseUrl } from "../text/urls";

/** A top-level block of the Markdown with its source range. */
export interface Block {
  kind: "h1" | "h2" | "heading" | "paragraph" | "other";
  start: number;
  end: number;
  text: string;
}

/** An H2 section: its heading block and the blocks until the next H1/H2. */
export interface Section {
  heading: Block;
  blocks: Block[];
  /** End offset of the section's last block (or heading). */
  end: number;
}

function kindOf(node: RootContent): Block["kind"] {
  if (node.type === "heading") return node.depth === 1 ? "h1" : node.depth === 2 ? "h2" : "heading";
  if (node.type === "paragraph") return "paragraph";
  return "other";
}

export function blocksOf(markdown: string): Block[] {
  return fromMarkdown(markdown).children.flatMap((node) =>
    node.position?.start.offset === undefined || node.position.end.offset === undefined
      ? []
      : [
          {
            kind: kindOf(node),
            start: node.position.start.offset,
            end: node.position.end.offset,
            text: textOf(node),
          },
        ],
  );
}

export function sectionsOf(markdown: string): Section[] {
  const sections: Section[] = [];
  for (const block of blocksOf(markdown)) {
    if (block.kind === "h2") sections.push({ heading: block, blocks: [], end: block.end });
    else if (block.kind === "h1") continue;
    else {
      const current = sections[sections.length - 1];
      if (current) {
        current.blocks.push(block);
        current.end = block.end;
      }
    }
  }
  return sections;
}

export function replaceRange(markdown: string, start: number, end: number, replacement: string): string {
  return markdown.slice(0, start) + replacement + markdown.slice(end);
}

/** Inserts a new block (paragraphs, a section) after `offset`, separated by blank lines. */
export function insertBlockAfter(markdown: string, offset: number, block: string): string {
  return (
    `${markdown.slice(0, offset).trimEnd()}\n\n${block.trim()}\n\n${markdown.slice(offset).trimStart()}`.trimEnd() +
    "\n"
  );
}

/** Every link to `url` replaced by its plain text, e.g. before the anchor is placed anew. */
export function unlink(markdown: string, url: string): string {
  const target = normaliseUrl(url);
  const ranges: { start: number; end: number; text: string }[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "link") {
      const link = node as Link;
      const { start, end } = link.position ?? {};
      if (normaliseUrl(link.url) === target && start?.offset !== undefined && end?.offset !== undefined) {
        ranges.push({ start: start.offset, end: end.offset, text: textOf(link) });
        return;
      }
    }
    if ("children" in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(fromMarkdown(markdown));
  let out = markdown;
  for (const range of ranges.sort((a, b) => b.start - a.start)) {
    out = replaceRange(out, range.start, range.end, range.text);
  }
  return out;
}

/** Removes a wrapping code fence and any chatter before the first heading an LLM may add. */
export function cleanModelMarkdown(text: string, expectHeading: boolean): string {
  let out = text.trim();
  const fenced = out.match(/^```[a-z]*\n([\s\S]*?)\n```$/i);
  if (fenced?.[1]) out = fenced[1].trim();
  if (expectHeading) {
    const h1 = out.search(/^# /m);
    if (h1 > 0) out = out.slice(h1);
  }
  return `${out}\n`;
}
