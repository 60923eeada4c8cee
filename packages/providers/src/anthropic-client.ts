import Anthropic from "@anthropic-ai/sdk";
import { type LlmClient, LlmProviderError } from "@bacowr/core";
import { withStatus } from "./provider-error";

export interface AnthropicOptions {
  apiKey: string;
  baseURL?: string | undefined;
  defaultModel: string;
  timeoutMs: number;
  maxRetries: number;
}

/** Anthropic's Messages API through the official SDK. */
export function createAnthropicClient(options: AnthropicOptions): LlmClient {
  const sdk = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
  });
  return {
    provider: "anthropic",
    defaultModel: options.defaultModel,
    async complete(request) {
      try {
        const message = await sdk.messages.create(
          {
            model: request.model,
            max_tokens: request.maxTokens,
            ...(request.system ? { system: request.system } : {}),
            ...(request.temperature === undefined ? {} : { temperature: Math.min(1, request.temperature) }),
            messages: [{ role: "user", content: request.prompt }],
          },
          { signal: request.signal },
        );
        const content = message.content
          .flatMap((block) => (block.type === "text" ? [block.text] : []))
          .join("");
        if (!content) throw new LlmProviderError("anthropic", "the response had no text");
        return {
          content,
          model: message.model || request.model,
          inputTokens: message.usage.input_tokens,
          outputTokens: message.usage.output_tokens,
        };
      } catch (error) {
        if (error instanceof LlmProviderError) throw error;
        if (error instanceof Anthropic.APIError) {
          throw new LlmProviderError("anthropic", withStatus(error.status, error.message), { cause: error });
        }
        throw new LlmProviderError("anthropic", error instanceof Error ? error.message : String(error), {
          cause: error,
        });
      }
    },
  };
}
