import type { AppConfig } from "@bacowr/config";
import {
  type CaptchaSolver,
  defaultPrices,
  type LlmClient,
  type LlmProvider,
  type PriceTable,
} from "@bacowr/core";
import {
  createAnthropicClient,
  createCaptchaTaskApiSolver,
  createOpenAiCompatibleClient,
} from "@bacowr/providers";

/** One client per LLM provider that has a key; a provider without a key is simply not offered. */
export function llmClientsFrom(config: AppConfig): Partial<Record<LlmProvider, LlmClient>> {
  const { env } = config;
  const common = { timeoutMs: env.LLM_TIMEOUT_MS, maxRetries: env.LLM_MAX_RETRIES };
  const clients: Partial<Record<LlmProvider, LlmClient>> = {};
  if (env.OPENAI_API_KEY) {
    clients.openai = createOpenAiCompatibleClient({
      ...common,
      provider: "openai",
      apiKey: env.OPENAI_API_KEY,
      baseURL: env.OPENAI_BASE_URL,
      defaultModel: env.OPENAI_MODEL,
    });
  }
  if (env.ANTHROPIC_API_KEY) {
    clients.anthropic = createAnthropicClient({
      ...common,
      apiKey: env.ANTHROPIC_API_KEY,
      baseURL: env.ANTHROPIC_BASE_URL,
      defaultModel: env.ANTHROPIC_MODEL,
    });
  }
  if (env.GOOGLE_API_KEY) {
    clients.google = createOpenAiCompatibleClient({
      ...common,
      provider: "google",
      apiKey: env.GOOGLE_API_KEY,
      baseURL: env.GOOGLE_BASE_URL,
      defaultModel: env.GOOGLE_MODEL,
    });
  }
  if (env.DEEPSEEK_API_KEY) {
    clients.deepseek = createOpenAiCompatibleClient({
      ...common,
      provider: "deepseek",
      apiKey: env.DEEPSEEK_API_KEY,
      baseURL: env.DEEPSEEK_BASE_URL,
      defaultModel: env.DEEPSEEK_MODEL,
    });
  }
  return clients;
}

export function priceTableFrom(config: AppConfig): PriceTable {
  return { ...defaultPrices, ...config.env.LLM_PRICES };
}

export function captchaSolverFrom(config: AppConfig): CaptchaSolver | undefined {
  const { env } = config;
  if (!env.CAPTCHA_PROVIDER || !env.CAPTCHA_API_KEY) return undefined;
  return createCaptchaTaskApiSolver({
    service: env.CAPTCHA_PROVIDER,
    apiKey: env.CAPTCHA_API_KEY,
    baseUrl: env.CAPTCHA_BASE_URL,
    pollIntervalMs: env.CAPTCHA_POLL_INTERVAL_MS,
    timeoutMs: env.CAPTCHA_TIMEOUT_MS,
  });
}
