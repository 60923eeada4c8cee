import { briefOfPrompt, promptPart, taskOfPrompt, type WritingBrief } from "@bacowr/core";

/**
 * A scripted stand-in for the model behind the fake LLM servers: it reads the
 * task and the brief from BACOWR's real prompts and answers in Markdown, well
 * or badly on purpose, so tests, the demo and the benchmark exercise every
 * path of the pipeline. Its output is labelled as scripted wherever shown.
 */
export type WriterMode =
  /** A clean article that passes QC. */
  | "clean"
  /** Too short and without a trust source: QC fails, RESCUE can fix both. */
  | "thin"
  /** Written in Swedish for an English publisher: a critical issue RESCUE cannot fix. */
  | "wrong-language"
  /** Cites the brief's first source in a sentence its page supports (project management, teams, goals). */
  | "cites-supported"
  /** Cites a page that exists but is about something else (Wikipedia's Volcano). */
  | "cites-unrelated"
  /** Cites a page on the topic that is gone (404), in a sentence a live page on the topic would support. */
  | "cites-dead"
  /** Cites a URL no one ever published, with a figure, as a model that invents sources would. */
  | "cites-invented";

export const UNRELATED_SOURCE = "https://en.wikipedia.org/wiki/Volcano";
export const DEAD_SOURCE = "https://en.wikipedia.org/wiki/Project_management_software";
export const INVENTED_SOURCE = "https://www.teamwork-statistics-institute.org/survey-2024";

const english = [
  "A good team agrees early on how the work will be shared and reviewed.",
  "Clear planning saves time later, because fewer questions come back at the last minute.",
  "Most people in an office juggle several tasks at once and need a simple overview.",
  "When every deadline is visible, it is easier to say no to work that does not fit.",
  "Software cannot replace a conversation, but it can remember what was decided.",
  "A shared way of working also helps new colleagues find their feet in the first weeks.",
  "Small teams often start with a whiteboard and move to an app as they grow.",
  "It pays to compare a few options before the whole company commits to one of them.",
  "The best choice is usually the one people actually open every morning.",
  "Managers who write down priorities find that meetings get shorter and calmer.",
  "Remote colleagues value a single place where the latest status is always written down.",
  "Short weekly reviews catch problems while they are still cheap to fix.",
  "A realistic plan leaves room for holidays, sick days and the unexpected.",
  "People trust a schedule more when they helped to build it themselves.",
  "Tools should follow the habits of the team rather than force new ones on it.",
  "Good habits spread quickly once a few respected colleagues adopt them.",
];

const swedish = [
  "Ett bra team kommer tidigt överens om hur arbetet ska delas upp och granskas.",
  "Tydlig planering sparar tid senare, eftersom färre frågor dyker upp i sista stund.",
  "De flesta på ett kontor jonglerar flera uppgifter samtidigt och behöver en enkel överblick.",
  "När varje deadline syns blir det lättare att säga nej till arbete som inte passar.",
  "Ett program kan inte ersätta ett samtal, men det kan komma ihåg vad som bestämdes.",
  "Små företag börjar ofta med en whiteboard och byter till en app när de växer.",
  "Det lönar sig att jämföra några alternativ innan hela företaget väljer ett av dem.",
  "Chefer som skriver ner prioriteringar märker att möten blir kortare och lugnare.",
];

/** Short asides the "rewrite in fresh words" task weaves in. */
const asides = [
  "as a rule",
  "in most teams",
  "week by week",
  "in practice",
  "for many of us",
  "on the whole",
];

let cursor = 0;
function sentences(bank: string[], count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(bank[cursor++ % bank.length] as string);
  return out.join(" ");
}

const titleCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function termSentence(brief: WritingBrief): string {
  const terms = brief.topic_terms;
  return `Teams that care about ${terms.slice(0, 4).join(", ")} also think hard about ${terms.slice(4).join(", ") || "their daily routines"}.`;
}

function anchorParagraph(brief: WritingBrief): string {
  const link = `[${brief.anchor_text}](${brief.target.url})`;
  return [
    termSentence(brief),
    `Many readers therefore compare the ${link} before they choose how to organise their work.`,
    "A simple comparison of features, price and habits shows which option fits best.",
  ].join(" ");
}

function sourceSentence(brief: WritingBrief, mode: WriterMode = "clean"): string {
  if (mode === "cites-invented") {
    return ` A [2024 survey of project teams](${INVENTED_SOURCE}) found that 42 % of teams miss their project goals.`;
  }
  const source =
    mode === "cites-unrelated"
      ? UNRELATED_SOURCE
      : mode === "cites-dead"
        ? DEAD_SOURCE
        : brief.trust_sources[0];
  if (!source) return "";
  return mode === "clean" || mode === "thin" || mode === "wrong-language"
    ? ` Official figures from [this public source](${source}) show how common such work has become.`
    : ` Research on [project management](${source}) shows how a team can reach its project goals on time.`;
}

function article(brief: WritingBrief, mode: WriterMode): string {
  cursor = 0;
  const bank = mode === "wrong-language" ? swedish : english;
  const perParagraph = mode === "thin" ? 3 : 6;
  const paragraphs = mode === "thin" ? 1 : 3;
  const headings = [
    "Why it matters",
    "How to compare the options",
    "Making it work day to day",
    "A guide to the first month",
  ];
  const out = [
    `# ${titleCase(brief.anchor_text)}: a practical guide for ${brief.publisher.domain} readers`,
    "",
  ];
  out.push(sentences(bank, perParagraph), "", sentences(bank, perParagraph), "");
  headings.forEach((heading, s) => {
    out.push(`## ${heading}`, "");
    for (let p = 0; p < paragraphs; p++) {
      if (s === 1 && p === 0)
        out.push(
          mode === "wrong-language"
            ? `${sentences(bank, 2)} [${brief.anchor_text}](${brief.target.url}) ${sentences(bank, 2)}`
            : anchorParagraph(brief),
          "",
        );
      else if (s === 2 && p === 0 && mode !== "thin")
        out.push(`${sentences(bank, perParagraph - 1)}${sourceSentence(brief, mode)}`, "");
      else out.push(sentences(bank, perParagraph), "");
    }
  });
  out.push(`How you choose in the end matters less than choosing together. ${sentences(bank, 3)}`, "");
  return out.join("\n");
}

/** The scripted answer to one of BACOWR's writing prompts. */
export function scriptedReply(prompt: string, mode: WriterMode = "clean"): string {
  const brief = briefOfPrompt(prompt);
  const task = taskOfPrompt(prompt);
  if (!brief || !task) return "I can only answer BACOWR writing prompts.";
  switch (task) {
    case "outline":
      return [
        "# Outline",
        "## Why it matters",
        "## How to compare the options",
        "## Making it work day to day",
        "## A guide to the first month",
      ].join("\n");
    case "draft":
      return article(brief, mode);
    case "polish":
      return promptPart(prompt, "article") ?? article(brief, mode);
    case "expand_section":
    case "add_section": {
      cursor = 3;
      const body = [sentences(english, 7), sentences(english, 7), sentences(english, 7)].join("\n\n");
      return task === "add_section" ? `## What teams learn along the way\n\n${body}` : body;
    }
    case "place_anchor":
      return anchorParagraph(brief);
    case "cite_source":
      return (
        sourceSentence(
          brief,
          mode === "cites-unrelated" || mode === "cites-invented" || mode === "cites-dead"
            ? "cites-supported"
            : mode,
        ).trim() || "No source was given."
      );
    case "vary_phrase":
      return promptPart(prompt, "paragraph") ?? "";
    case "rewrite_section": {
      // The same words in other runs: a short aside after every fourth word breaks each run of five words the
      // earlier article shares, while the topic's words stay (as a real rewrite keeps the topic). Paragraphs
      // that carry a link are kept word for word, so the anchor and its href survive.
      const section = promptPart(prompt, "section") ?? "";
      const [first = "", ...rest] = section.split("\n");
      const heading = first.startsWith("## ") ? `## ${first.slice(3)}, in practice` : undefined;
      const body = heading ? rest.join("\n") : section;
      let aside = [...first].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
      const reworded = body
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph) => {
          if (paragraph.includes("](")) return paragraph;
          return paragraph
            .split(/\s+/)
            .map((word, i) =>
              i % 4 === 3 && !/[.!?]$/.test(word) ? `${word} ${asides[aside++ % asides.length]}` : word,
            )
            .join(" ");
        });
      return [heading, ...reworded].filter(Boolean).join("\n\n");
    }
    default:
      return `Unknown task ${task}.`;
  }
}

/** Picks the mode from the anchor text, so one fake server can play every scenario. */
export function modeByAnchor(modes: Record<string, WriterMode>) {
  return (prompt: string): string => {
    const brief = briefOfPrompt(prompt);
    return scriptedReply(prompt, (brief && modes[brief.anchor_text]) ?? "clean");
  };
}
