import { describe, expect, it } from "vitest";
import {
  briefFrom,
  classifyIntent,
  defaultEstimateShape,
  defaultPrices,
  defaultQcSettings,
  type EstimateSettings,
  estimatedJobSeconds,
  estimatedTokens,
  estimateJob,
  expectedCalls,
  type JobOptions,
  qcContextFrom,
  qcContextSchema,
  runPreflight,
  systemPromptFor,
  typicalBrief,
  writingPrompt,
} from "../src";
import { calibrationFetcher, loadCalibrationCases } from "./qc-calibration/calibration";

const settings: EstimateSettings = {
  prices: defaultPrices,
  models: { anthropic: "claude-sonnet-4-6", openai: "gpt-4o-mini" },
  serpCostPerQuery: 0.002,
};
const single: JobOptions = { llm_provider: "anthropic", strategy: "single_stage", preflight_mode: "light" };
const multi: JobOptions = { ...single, strategy: "multi_stage" };

describe("the cost estimate of a job", () => {
  it("counts the calls each strategy makes, and the expected repair", () => {
    expect(expectedCalls(single).map((c) => c.task)).toEqual(["draft", "expand_section"]);
    expect(expectedCalls(multi).map((c) => c.task)).toEqual(["outline", "draft", "polish", "expand_section"]);
    const noRescue = { ...defaultEstimateShape, maxRescueRounds: 0 };
    expect(expectedCalls(multi, noRescue).map((c) => c.task)).toEqual(["outline", "draft", "polish"]);
  });

  it("measures the prompts the pipeline sends, at four characters a token", () => {
    const brief = typicalBrief(single, defaultQcSettings);
    const draft = expectedCalls(single).find((c) => c.task === "draft");
    const sent = systemPromptFor(brief).length / 4 + writingPrompt(brief, { task: "draft" }).length / 4;
    expect(draft?.size.inputTokens).toBeGreaterThanOrEqual(sent);
    expect(draft?.size.inputTokens).toBeLessThanOrEqual(sent + 2);
    // The answer: the recommended 1 200 words at 6.4 characters a word.
    expect(draft?.size.outputTokens).toBe(Math.ceil((1200 * 6.4) / 4));
    // Polishing reads the whole draft back.
    const [, , polish] = expectedCalls(multi);
    expect(polish?.size.inputTokens).toBeGreaterThan((draft?.size.inputTokens ?? 0) + 1800);
  });

  it("follows what the order adds to the prompts", () => {
    const instructions = "x".repeat(400);
    const plain = estimateJob(single, settings);
    const custom = estimateJob({ ...single, custom_instructions: instructions }, settings);
    // The instructions travel in the brief of both calls (draft and repair): 100 tokens each, and JSON quoting.
    expect(custom.input_tokens - plain.input_tokens).toBeGreaterThanOrEqual(200);
    expect(custom.input_tokens - plain.input_tokens).toBeLessThan(220);
  });

  it("prices every call with the provider's model", () => {
    const estimate = estimateJob(multi, settings);
    const byHand = expectedCalls(multi).reduce(
      (sum, c) => sum + (c.count * (c.size.inputTokens * 3 + c.size.outputTokens * 15)) / 1_000_000,
      0,
    );
    expect(estimate.llm).toBeCloseTo(byHand, 6);
    expect(estimate).toMatchObject({ serp: 0, currency: "USD", model: "claude-sonnet-4-6", calls: 4 });
    expect(estimate.total).toBe(estimate.llm);
    // About 8 cents for a multi-stage article on Sonnet: the order of magnitude a reader can check.
    expect(estimate.total).toBeGreaterThan(0.05);
    expect(estimate.total).toBeLessThan(0.12);
    const mini = estimateJob({ ...multi, llm_provider: "openai" }, settings);
    expect(mini.total).toBeLessThan(estimate.total / 10);
  });

  it("adds one SERP query and the research to the prompts with heavy preflight", () => {
    const light = estimateJob(single, settings);
    const heavy = estimateJob({ ...single, preflight_mode: "heavy" }, settings);
    expect(heavy.serp).toBe(0.002);
    expect(heavy.input_tokens).toBeGreaterThan(light.input_tokens + 300);
    expect(heavy.total).toBeCloseTo(heavy.llm + 0.002, 6);
  });

  it("costs nothing it cannot price", () => {
    const estimate = estimateJob({ ...single, llm_provider: "google" }, settings);
    expect(estimate).toMatchObject({ llm: 0, model: null });
  });

  it("never expects an answer longer than LLM_MAX_OUTPUT_TOKENS", () => {
    const capped = expectedCalls(single, { ...defaultEstimateShape, maxOutputTokens: 500 });
    expect(capped.every((c) => c.size.outputTokens <= 500)).toBe(true);
  });

  it("expects more time for more calls and heavier research", () => {
    expect(estimatedJobSeconds(multi)).toBeGreaterThan(estimatedJobSeconds(single));
    expect(estimatedJobSeconds({ ...single, preflight_mode: "heavy" })).toBeGreaterThan(
      estimatedJobSeconds(single),
    );
    expect(estimateJob(multi, settings).duration_seconds).toBe(estimatedJobSeconds(multi));
  });

  it("counts tokens as characters ÷ 4, rounded up", () => {
    expect(estimatedTokens("")).toBe(0);
    expect(estimatedTokens("abcde")).toBe(2);
  });
});

describe("the typical brief", () => {
  it("is the size of the briefs research builds from real pages (the QC calibration set), within ±10 %", async () => {
    const typical = typicalBrief(single, defaultQcSettings);
    const sizeOf = (brief: typeof typical) =>
      estimatedTokens(systemPromptFor(brief)) + estimatedTokens(writingPrompt(brief, { task: "draft" }));
    const errors: number[] = [];
    for (const c of loadCalibrationCases()) {
      const order = {
        publisherDomain: c.publisher_domain,
        targetUrl: c.target_url,
        anchorText: c.anchor_text,
      };
      const preflight = await runPreflight(calibrationFetcher(c), order, {
        publisherHome: (domain) => `https://${domain}/`,
        qc: defaultQcSettings,
      });
      // As the pipeline researches a light job.
      const qcContext = qcContextSchema.parse({
        ...qcContextFrom(order, preflight),
        intent: classifyIntent(c.anchor_text),
        topicTerms: [...new Set(preflight.topicTerms)].slice(0, 10),
        competitorDomains: [],
        trustCandidates: preflight.trustCandidates,
      });
      const real = sizeOf(briefFrom(order, { preflight, qcContext }, defaultQcSettings, undefined));
      errors.push((sizeOf(typical) - real) / real);
    }
    expect(errors.length).toBeGreaterThanOrEqual(40);
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(Math.max(...errors.map(Math.abs))).toBeLessThan(0.2);
  });
});
