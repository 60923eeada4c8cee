import type { LlmProvider } from "./ports";

const byPrefix: [RegExp, LlmProvider][] = [
  [/^claude/i, "anthropic"],
  [/^(gpt-|o\d|chatgpt-)/i, "openai"],
  [/^gemini/i, "google"],
  [/^deepseek/i, "deepseek"],
];

/** The provider that serves a model name, when the name says so. */
export function providerOfModel(model: string): LlmProvider | undefined {
  return byPrefix.find(([pattern]) => pattern.test(model))?.[1];
}
