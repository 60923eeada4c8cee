import { z } from "zod";
import type { QcSettings } from "../qc/qc-settings";
import { searchIntents } from "../text/intent";
import { languageNames } from "../text/language";
import type { JobResearch } from "./job-checkpoint";

/**
 * Everything the writer must know, sent to the model as JSON inside the
 * prompt: structured facts are followed more reliably than prose, and the
 * brief is one typed shape from research to prompt.
 */
export const writingBriefSchema = z.object({
  language: z.string(),
  language_name: z.string(),
  publisher: z.object({
    domain: z.string(),
    tone: z.string(),
    topics: z.array(z.string()),
  }),
  target: z.object({
    url: z.string(),
    title: z.string().nullable(),
    h1: z.string().nullable(),
    description: z.string().nullable(),
    topics: z.array(z.string()),
  }),
  anchor_text: z.string(),
  search_intent: z.enum(searchIntents).optional(),
  bridge_strategy: z.enum(["strong", "pivot", "wrapper"]),
  topic_terms: z.array(z.string()),
  trust_sources: z.array(z.string()),
  avoid_linking: z.array(z.string()),
  serp_insights: z.array(z.object({ title: z.string(), snippet: z.string() })),
  words: z.object({ min: z.number(), recommended: z.number(), max: z.number() }),
  min_sections: z.number(),
  custom_instructions: z.string().optional(),
});
export type WritingBrief = z.infer<typeof writingBriefSchema>;

export function briefFrom(
  order: { publisherDomain: string; targetUrl: string; anchorText: string },
  research: JobResearch,
  qc: QcSettings,
  customInstructions: string | undefined,
): WritingBrief {
  const { preflight, serp, qcContext } = research;
  const language = preflight.language;
  return {
    language,
    language_name: languageNames[language] ?? language,
    publisher: {
      domain: order.publisherDomain,
      tone: preflight.publisher.tone,
      topics: preflight.publisher.topics.slice(0, 10),
    },
    target: {
      url: order.targetUrl,
      title: preflight.target.title,
      h1: preflight.target.h1,
      description: preflight.target.metaDescription,
      topics: preflight.target.topics.slice(0, 10),
    },
    anchor_text: order.anchorText,
    ...(qcContext.intent ? { search_intent: qcContext.intent } : {}),
    bridge_strategy: preflight.bridge.strategy,
    topic_terms: qcContext.topicTerms ?? [],
    trust_sources: (qcContext.trustCandidates ?? []).slice(0, 5),
    avoid_linking: qcContext.competitorDomains ?? [],
    serp_insights: (serp?.topResults ?? []).slice(0, 5).map((r) => ({ title: r.title, snippet: r.snippet })),
    words: { ...qc.wordCount },
    min_sections: qc.minH2,
    ...(customInstructions ? { custom_instructions: customInstructions } : {}),
  };
}

const strategyGuide: Record<WritingBrief["bridge_strategy"], string> = {
  strong: "The publisher's readers and the target share a topic: link directly where the topic comes up.",
  pivot: "The topics overlap partly: open on the publisher's topic, pivot to the shared ground, link there.",
  wrapper:
    "The topics are far apart: write a wider story that fits the publisher, and wrap a natural mention of the target inside it.",
};

/** The rules every writing call follows; QC checks the same rules afterwards. */
export function systemPromptFor(brief: WritingBrief): string {
  return [
    `You are a senior editor at ${brief.publisher.domain}. Write in ${brief.language_name} only, in a ${brief.publisher.tone} tone that fits the publisher.`,
    "Output Markdown only, no preamble: one H1 title (# …), H2 sections (## …), plain paragraphs.",
    `Link the target exactly once as [${brief.anchor_text}](${brief.target.url}) inside a paragraph, never in a heading, not in the first or last paragraph; preferably in the first paragraph of a middle section, with at least two full sentences around it in the same paragraph.`,
    "The paragraph with the link must use several of the topic terms, and hold no other link.",
    "Cite at least one of the trust sources by linking to its exact URL in another paragraph. Never invent URLs, and never link to the domains listed under avoid_linking.",
    "Do not copy sentences from the target page or the search results; write original text.",
    strategyGuide[brief.bridge_strategy],
  ].join("\n");
}

export const briefBlock = (brief: WritingBrief) => `<brief>\n${JSON.stringify(brief, null, 2)}\n</brief>`;

/** The brief back out of a prompt (fakes and tests read prompts with it). */
export function briefOfPrompt(prompt: string): WritingBrief | undefined {
  const match = prompt.match(/<brief>\n([\s\S]*?)\n<\/brief>/);
  if (!match?.[1]) return undefined;
  const parsed = writingBriefSchema.safeParse(JSON.parse(match[1]));
  return parsed.success ? parsed.data : undefined;
}

/** The task of a writing prompt, e.g. `draft` or `expand_section`. */
export function taskOfPrompt(prompt: string): string | undefined {
  return prompt.match(/<task>([a-z_]+)<\/task>/)?.[1];
}
