import { briefBlock, type WritingBrief } from "./writing-brief";

/** One writing call: what to ask and the text it works on. */
export type WritingTask =
  | { task: "outline" }
  | { task: "draft"; outline?: string | undefined }
  | { task: "polish"; article: string }
  | { task: "expand_section"; section: string; paragraphs: number; words: number }
  | { task: "add_section"; article: string; words: number }
  | { task: "place_anchor"; paragraph: string; terms: string[]; minTerms: number }
  | { task: "cite_source"; paragraph: string; source: string }
  | { task: "vary_phrase"; paragraph: string; phrase: string }
  | { task: "rewrite_section"; section: string; heading: boolean; words: number; links: string[] };

export type WritingTaskName = WritingTask["task"];

function instruction(brief: WritingBrief, t: WritingTask): string[] {
  const link = `[${brief.anchor_text}](${brief.target.url})`;
  switch (t.task) {
    case "outline":
      return [
        `Plan the article: an H1 title and ${brief.min_sections}–6 H2 sections that bridge the publisher's readers to the target.`,
        "Answer with the outline only: the H1 line, then each H2 line followed by one line on what it covers and where the link and the trust source go.",
      ];
    case "draft":
      return [
        `Write the complete article: about ${brief.words.recommended} words (at least ${brief.words.min}, at most ${brief.words.max}), at least ${brief.min_sections} H2 sections with two or more paragraphs each.`,
        ...(t.outline ? ["Follow this outline:", `<outline>\n${t.outline.trim()}\n</outline>`] : []),
      ];
    case "polish":
      return [
        "Polish this draft: tighten the wording, fix flow and grammar, keep every heading, link and fact, keep the length. Return the whole article.",
        `<article>\n${t.article.trim()}\n</article>`,
      ];
    case "expand_section":
      return [
        `This section is too thin. Write ${t.paragraphs} new paragraph(s), about ${t.words} words in total, that continue it. Return only the new paragraphs: no heading, no links.`,
        `<section>\n${t.section.trim()}\n</section>`,
      ];
    case "add_section":
      return [
        `The article needs one more H2 section. Write it (a ## heading and two or three paragraphs, about ${t.words} words) so it fits before the last section. Return only the new section, without links.`,
        `<article>\n${t.article.trim()}\n</article>`,
      ];
    case "place_anchor":
      return [
        `Rewrite this paragraph so it contains the link ${link} exactly once, with at least two full sentences around the link, and uses at least ${t.minTerms} of these terms: ${t.terms.join(", ")}. Keep it about the same topic. Return only the paragraph.`,
        `<paragraph>\n${t.paragraph.trim()}\n</paragraph>`,
      ];
    case "cite_source":
      return [
        `Write one or two sentences to add to the end of this paragraph that cite ${t.source} as a Markdown link to exactly that URL and say what the reader finds there. Return only the new sentences.`,
        `<paragraph>\n${t.paragraph.trim()}\n</paragraph>`,
      ];
    case "vary_phrase":
      return [
        `Rewrite this paragraph so it no longer uses the exact phrase "${t.phrase}"; say it in other words, keep the meaning and any links. Return only the paragraph.`,
        `<paragraph>\n${t.paragraph.trim()}\n</paragraph>`,
      ];
    case "rewrite_section":
      return [
        `This ${t.heading ? "section" : "introduction"} reads too much like another article written for the same target, and publishers and search engines notice templated text. Rewrite it in fresh words: other sentence structures, another order of ideas, other examples, the same topic and facts, about ${t.words} words.`,
        [
          t.heading
            ? "Start with its ## heading line (reword the heading too)."
            : "Return paragraphs only, without a heading.",
          t.links.length
            ? `Keep each of these links exactly once, with the same link text and URL: ${t.links.join(", ")}. Add no other links.`
            : "Add no links.",
          `Return only the rewritten ${t.heading ? "section" : "introduction"}.`,
        ].join(" "),
        `<section>\n${t.section.trim()}\n</section>`,
      ];
  }
}

/** The user prompt for a task: the task name, the brief, then the instruction and its text. */
export function writingPrompt(brief: WritingBrief, task: WritingTask): string {
  return [`<task>${task.task}</task>`, briefBlock(brief), ...instruction(brief, task)].join("\n\n");
}

/** The text a task works on, back out of its prompt (for fakes that answer these prompts). */
export function promptPart(
  prompt: string,
  part: "outline" | "article" | "section" | "paragraph",
): string | undefined {
  return prompt.match(new RegExp(`<${part}>\\n([\\s\\S]*?)\\n</${part}>`))?.[1];
}
