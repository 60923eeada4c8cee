import { ProviderError } from "../provider-error";

export const llmProviders = ["openai", "anthropic", "google", "deepseek"] as const;
export type LlmProvider = (typeof llmProviders)[number];

export interface LlmRequest {
  model: string;
  prompt: string;
  system?: string | undefined;
  maxTokens: number;
  temperature?: number | undefined;
  signal?: AbortSignal | undefined;
}

export interface LlmResult {
  content: string;
  /** The model that answered, as the provider names it. */
  model: string;
  inputTokens: number;
  outputTokens: number;
}

/** One LLM provider behind its official SDK. */
export interface LlmClient {
  readonly provider: LlmProvider;
  readonly defaultModel: string;
  complete(request: LlmRequest): Promise<LlmResult>;
}

/** An LLM provider refused or failed. */
export class LlmProviderError extends ProviderError {
  override name = "LlmProviderError";
  constructor(
    override readonly provider: LlmProvider,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(provider, reason, options);
  }
}
