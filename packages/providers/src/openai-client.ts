import { type LlmClient, type LlmProvider, LlmProviderError } from "@bacowr/core";
import OpenAI from "openai";
import { withStatus } from "./provider-error";

export interface OpenAiCompatibleOptions {
  /** Which provider this is for usage records: OpenAI itself, or a compatible server. */
  provider: LlmProvider;
  apiKey: string;
  baseURL?: string | undefined;
  defaultModel: string;
  timeoutMs: number;
  maxRetries: number;
}

/**
 * OpenAI and every OpenAI-compatible Chat Completions server (DeepSeek,
 * Gemini's OpenAI endpoint, vLLM, Ollama) through the official SDK.
 */
export function createOpenAiCompatibleClient(options: OpenAiCompatibleOptions): LlmClient {
  const sdk = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
  });
  return {
    provider: options.provider,
    defaultModel: options.defaultModel,
    async complete(request) {
      try {
        const completion = await sdk.chat.completions.create(
          {
            model: request.model,
            messages: [
              ...(request.system ? [{ role: "system" as const, content: request.system }] : []),
              { role: "user" as const, content: request.prompt },
            ],
            max_tokens: request.maxTokens,
            ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
          },
          { signal: request.signal },
        );
        const content = completion.choices[0]?.message?.content;
        if (typeof content !== "string")
          throw new LlmProviderError(options.provider, "the response had no text");
        return {
          content,
          model: completion.model || request.model,
          inputTokens: completion.usage?.prompt_tokens ?? 0,
          outputTokens: completion.usage?.completion_tokens ?? 0,
        };
      } catch (error) {
        throw toProviderError(options.provider, error);
      }
    },
  };
}

function toProviderError(provider: LlmProvider, error: unknown): LlmProviderError {
  if (error instanceof LlmProviderError) return error;
  if (error instanceof OpenAI.APIError) {
    return new LlmProviderError(provider, withStatus(error.status, error.message), { cause: error });
  }
  return new LlmProviderError(provider, error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}
