import { z } from "zod";
import type { LlmProvider } from "../llm/ports";
import { costOfTokens, type PriceTable } from "../llm/pricing";
import { defaultQcSettings, type QcSettings } from "../qc/qc-settings";
import type { JobOptions } from "./job-records";
import { systemPromptFor, type WritingBrief } from "./writing-brief";
import { type WritingTask, writingPrompt } from "./writing-tasks";

/**
 * What a job is expected to cost before it runs, and what one writing call is
 * expected to cost just before it is made (the `max_cost` check). Both count
 * the prompts the pipeline really sends, built by the same functions
 * (`systemPromptFor`, `writingPrompt`), so a longer prompt moves the estimate.
 *
 * Tokens are characters ÷ 4: the usual rule of thumb for English text and
 * JSON with the tokenizers of the supported providers (about 4.0–4.5
 * characters per token for prose, fewer for URLs and JSON, so it errs high).
 * No tokenizer is shipped: each provider has its own, and the estimate is a
 * budget, not an invoice; the invoice is the provider's usage on each call.
 */
export const CHARS_PER_TOKEN = 4;

/**
 * Characters per word of a Markdown article, spaces, punctuation, headings and
 * links included: 6.0–6.7 (mean 6.4) on the articles of the QC calibration set.
 */
export const CHARS_PER_WORD = 6.4;

/** An outline answer: an H1 and 3–6 H2 lines, each with a line on what it covers. */
const OUTLINE_CHARS = 900;

/** A citation: one or two sentences with a Markdown link. */
const CITATION_CHARS = 260;

/**
 * Repair calls a job makes on average. A draft that passes QC makes none; a
 * thin one needs a round of about four (the thin drafts of the test suite:
 * expand, add a section, cite, place the anchor). Assuming about a quarter of
 * drafts need a round, that is one call per job, counted as the most common
 * repair, an expanded section. It makes the estimate err high, as a budget should.
 */
const EXPECTED_RESCUE_CALLS = 1;

/** Seconds the model takes: a fixed latency per call plus the output at a typical speed. */
const CALL_LATENCY_SECONDS = 2;
const OUTPUT_TOKENS_PER_SECOND = 50;
/** Reading the pages (and the SERP when heavy), then QC and saving. */
const RESEARCH_SECONDS = { light: 10, heavy: 20 } as const;
const OVERHEAD_SECONDS = 15;

export const estimatedTokens = (text: string): number => Math.ceil(text.length / CHARS_PER_TOKEN);

const wordsToChars = (words: number) => Math.round(words * CHARS_PER_WORD);

/** The characters the model is expected to answer a task with. */
export function expectedOutputChars(task: WritingTask, qc: QcSettings): number {
  switch (task.task) {
    case "outline":
      return OUTLINE_CHARS;
    case "draft":
      return wordsToChars(qc.wordCount.recommended);
    case "polish":
      return task.article.length;
    case "expand_section":
      return wordsToChars(task.words);
    case "add_section":
      return wordsToChars(task.words) + 40;
    case "place_anchor":
      // The paragraph again, with the link and a few topic terms worked in.
      return task.paragraph.length + 200;
    case "cite_source":
      return CITATION_CHARS;
    case "vary_phrase":
      return task.paragraph.length;
    default:
      return rewriteChars(task);
  }
}

/** Any other rewrite answers with the words it is asked for, else with a section's worth. */
const rewriteChars = (task: WritingTask) => wordsToChars("words" in task ? task.words : 250);

/** The size of one call, in tokens. */
export interface CallSize {
  inputTokens: number;
  outputTokens: number;
}

/** What the pipeline will send for `task` (system prompt and user prompt) and is expected to get back. */
export function callSize(
  system: string,
  prompt: string,
  task: WritingTask,
  qc: QcSettings,
  maxOutputTokens: number,
): CallSize {
  return {
    inputTokens: estimatedTokens(system) + estimatedTokens(prompt),
    outputTokens: Math.min(maxOutputTokens, Math.ceil(expectedOutputChars(task, qc) / CHARS_PER_TOKEN)),
  };
}

export const costOfCall = (prices: PriceTable, model: string, size: CallSize): number =>
  costOfTokens(prices, model, size.inputTokens, size.outputTokens);

/** What shapes a job's calls besides its options; the server's settings, or these defaults. */
export interface EstimateShape {
  qc: QcSettings;
  /** LLM_MAX_OUTPUT_TOKENS: no answer is longer. */
  maxOutputTokens: number;
  /** RESCUE_MAX_ROUNDS: with 0, no repair call is ever made. */
  maxRescueRounds: number;
}

export const defaultEstimateShape: EstimateShape = {
  qc: defaultQcSettings,
  maxOutputTokens: 8_000,
  maxRescueRounds: 2,
};

/** Placeholder text of a typical length: only the length of a prompt counts. */
const text = (chars: number) => "x".repeat(chars);
const list = (count: number, chars: number) => Array.from({ length: count }, () => text(chars));

/**
 * A brief of the size research typically produces, measured on the 50 real
 * publisher and target pages of the QC calibration set (packages/core/test/
 * qc-calibration): ten topics per page and ten topic terms of about ten
 * characters, a 65-character title, a 170-character description. Heavy
 * preflight adds SERP insights (five titles and snippets of Google's usual
 * length), the competitors to avoid and trust sources found in the results.
 */
export function typicalBrief(options: JobOptions, qc: QcSettings): WritingBrief {
  const heavy = options.preflight_mode === "heavy";
  return {
    language: "en",
    language_name: "English",
    publisher: { domain: text(16), tone: "conversational", topics: list(10, 10) },
    target: {
      url: text(47),
      title: text(65),
      h1: text(25),
      description: text(170),
      topics: list(10, 10),
    },
    anchor_text: text(21),
    search_intent: "commercial",
    bridge_strategy: "pivot",
    topic_terms: list(10, 10),
    trust_sources: list(heavy ? 3 : 1, 40),
    avoid_linking: heavy ? list(5, 15) : [],
    serp_insights: heavy ? Array.from({ length: 5 }, () => ({ title: text(60), snippet: text(155) })) : [],
    words: { ...qc.wordCount },
    min_sections: qc.minH2,
    ...(options.custom_instructions ? { custom_instructions: options.custom_instructions } : {}),
  };
}

/** One kind of call a job makes, how many of it are expected, and its size. */
export interface ExpectedCall {
  task: WritingTask["task"];
  count: number;
  size: CallSize;
}

/**
 * The calls of a job: `draft` (single_stage) or `outline`, `draft` with the
 * outline, `polish` of the draft (multi_stage, as `writeArticle` makes them),
 * then the expected repair calls.
 */
export function expectedCalls(
  options: JobOptions,
  shape: EstimateShape = defaultEstimateShape,
): ExpectedCall[] {
  const { qc, maxOutputTokens } = shape;
  const brief = typicalBrief(options, qc);
  const system = systemPromptFor(brief);
  const call = (task: WritingTask, count = 1): ExpectedCall => ({
    task: task.task,
    count,
    size: callSize(system, writingPrompt(brief, task), task, qc, maxOutputTokens),
  });
  const article = text(expectedOutputChars({ task: "draft" }, qc));
  const calls =
    options.strategy === "multi_stage"
      ? [
          call({ task: "outline" }),
          call({ task: "draft", outline: text(OUTLINE_CHARS) }),
          call({ task: "polish", article }),
        ]
      : [call({ task: "draft" })];
  if (shape.maxRescueRounds > 0) {
    // The thinnest section of a draft with the recommended sections, grown by a few paragraphs.
    const section = text(Math.round(article.length / (qc.minH2 + 1)));
    calls.push(call({ task: "expand_section", section, paragraphs: 3, words: 250 }, EXPECTED_RESCUE_CALLS));
  }
  return calls;
}

/** A cost in USD as every answer shows it: a job's spending, an estimate. */
export const costSchema = z.object({
  llm: z.number(),
  serp: z.number(),
  total: z.number(),
  currency: z.literal("USD"),
});
export type CostEstimate = z.infer<typeof costSchema>;

export interface JobEstimate extends CostEstimate {
  duration_seconds: number;
  /** The model the estimate priced (the provider's configured default); null when the provider has none. */
  model: string | null;
  calls: number;
  input_tokens: number;
  output_tokens: number;
}

/** What the estimate needs from the server: prices, each configured provider's model, the SERP price. */
export interface EstimateSettings {
  prices: PriceTable;
  models: Partial<Record<LlmProvider, string>>;
  /** USD per SERP query (SERP_COST_PER_QUERY); heavy preflight makes one per job. */
  serpCostPerQuery: number;
  shape?: EstimateShape | undefined;
}

/** USD to 6 decimals: a millionth of a dollar is below any price a provider bills. */
export const roundUsd = (value: number) => Math.round(value * 1e6) / 1e6;

/** Seconds from creation to a final state, for `estimated_completion` and the estimate's `duration_seconds`. */
export function estimatedJobSeconds(
  options: JobOptions,
  shape: EstimateShape = defaultEstimateShape,
): number {
  const writing = expectedCalls(options, shape).reduce(
    (sum, c) => sum + c.count * (CALL_LATENCY_SECONDS + c.size.outputTokens / OUTPUT_TOKENS_PER_SECOND),
    0,
  );
  return Math.round(RESEARCH_SECONDS[options.preflight_mode] + writing + OVERHEAD_SECONDS);
}

/**
 * The expected cost of one job with these (resolved) options. SERP research
 * is priced as one uncached query: a cached one is free, so this errs high.
 */
export function estimateJob(options: JobOptions, settings: EstimateSettings): JobEstimate {
  const shape = settings.shape ?? defaultEstimateShape;
  const model = settings.models[options.llm_provider] ?? null;
  const calls = expectedCalls(options, shape);
  let llm = 0;
  let input = 0;
  let output = 0;
  for (const c of calls) {
    if (model) llm += c.count * costOfCall(settings.prices, model, c.size);
    input += c.count * c.size.inputTokens;
    output += c.count * c.size.outputTokens;
  }
  const serp = options.preflight_mode === "heavy" ? settings.serpCostPerQuery : 0;
  return {
    llm: roundUsd(llm),
    serp: roundUsd(serp),
    total: roundUsd(llm + serp),
    currency: "USD",
    duration_seconds: estimatedJobSeconds(options, shape),
    model,
    calls: calls.reduce((n, c) => n + c.count, 0),
    input_tokens: Math.round(input),
    output_tokens: Math.round(output),
  };
}
