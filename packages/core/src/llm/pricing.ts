import { z } from "zod";

/** USD per million tokens. */
export const modelPriceSchema = z.object({ input: z.number().min(0), output: z.number().min(0) });
export const priceTableSchema = z.record(z.string(), modelPriceSchema);
export type PriceTable = z.infer<typeof priceTableSchema>;

/**
 * List prices of common models; a deployment overrides or extends them with
 * LLM_PRICES. Keys match a model exactly, or as a prefix (`gpt-4o-mini` prices
 * `gpt-4o-mini-2024-07-18`); the longest matching key wins.
 */
export const defaultPrices: PriceTable = {
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-3.5-turbo": { input: 0.5, output: 1.5 },
  "claude-3-5-haiku": { input: 0.8, output: 4 },
  "claude-haiku-4-5": { input: 1, output: 5 },
  "claude-sonnet-4": { input: 3, output: 15 },
  "claude-opus-4": { input: 15, output: 75 },
  "gemini-2.0-flash": { input: 0.1, output: 0.4 },
  "gemini-2.5-flash": { input: 0.3, output: 2.5 },
  "gemini-2.5-pro": { input: 1.25, output: 10 },
  "deepseek-chat": { input: 0.27, output: 1.1 },
  "deepseek-reasoner": { input: 0.55, output: 2.19 },
};

export function priceOf(table: PriceTable, model: string): z.infer<typeof modelPriceSchema> | undefined {
  let best: string | undefined;
  for (const key of Object.keys(table)) {
    if ((model === key || model.startsWith(key)) && (!best || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : table[best];
}

/** Cost in USD of one call; an unpriced model costs 0 (and the caller may log it). */
export function costOfTokens(
  table: PriceTable,
  model: string,
  inputTokens: number,
  outputTokens: number,
): number {
  const price = priceOf(table, model);
  if (!price) return 0;
  return Math.round(((inputTokens * price.input + outputTokens * price.output) / 1_000_000) * 1e8) / 1e8;
}
