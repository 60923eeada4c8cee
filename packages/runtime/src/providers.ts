import { readFileSync } from "node:fs";
import { type AppConfig, serpEndpoints } from "@bacowr/config";
import {
  type CaptchaSolver,
  defaultPrices,
  defaultSourceRegister,
  type LlmClient,
  type LlmProvider,
  type PageFetcher,
  type PriceTable,
  type SerpClient,
  type SourceRegisterEntry,
  sourceRegisterSchema,
} from "@bacowr/core";
import {
  createAnthropicClient,
  createBraveSearchClient,
  createCaptchaTaskApiSolver,
  createOpenAiCompatibleClient,
  createSerpApiClient,
  createSerperClient,
} from "@bacowr/providers";

const serpAdapters = {
  serper: createSerperClient,
  serpapi: createSerpApiClient,
  brave: createBraveSearchClient,
} satisfies Record<AppConfig["env"]["SERP_PROVIDER"], unknown>;

/**
 * The source register: the curated defaults plus SOURCE_REGISTER_FILE's entries (a JSON array of
 * `{url, title, language, verticals, topics}`), read and checked once at start; a bad file stops the process.
 */
export function sourceRegisterFrom(config: AppConfig): SourceRegisterEntry[] {
  const file = config.env.SOURCE_REGISTER_FILE;
  if (!file) return defaultSourceRegister;
  const parsed = sourceRegisterSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    throw new Error(
      `SOURCE_REGISTER_FILE ${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return [...defaultSourceRegister, ...parsed.data];
}

/** The SERP API heavy preflight calls (SERP_PROVIDER), or undefined without SERP_API_KEY (light mode only). */
export function serpClientFrom(config: AppConfig, fetcher: PageFetcher): SerpClient | undefined {
  const { env } = config;
  if (!env.SERP_API_KEY) return undefined;
  return serpAdapters[env.SERP_PROVIDER]({
    apiKey: env.SERP_API_KEY,
    url: env.SERP_API_URL ?? serpEndpoints[env.SERP_PROVIDER],
    fetcher,
  });
}

/** One client per LLM provider that has a key; a provider without a key is simply not offered. */
export function llmClientsFrom(config: AppConfig): Partial<Record<LlmProvider, LlmClient>> {
  const { env } = config;
  const common = { timeoutMs: env.LLM_TIMEOUT_MS, maxRetries: env.LLM_MAX_RETRIES };
  const clients: Partial<Record<LlmProvider, LlmClient>> = {};
  // Everything but Anthropic speaks OpenAI's Chat Completions through the openai SDK.
  const openAiCompatible: [
    Exclude<LlmProvider, "anthropic">,
    string | undefined,
    string | undefined,
    string,
  ][] = [
    ["openai", env.OPENAI_API_KEY, env.OPENAI_BASE_URL, env.OPENAI_MODEL],
    ["google", env.GOOGLE_API_KEY, env.GOOGLE_BASE_URL, env.GOOGLE_MODEL],
    ["deepseek", env.DEEPSEEK_API_KEY, env.DEEPSEEK_BASE_URL, env.DEEPSEEK_MODEL],
  ];
  for (const [provider, apiKey, baseURL, defaultModel] of openAiCompatible) {
    if (apiKey)
      clients[provider] = createOpenAiCompatibleClient({
        ...common,
        provider,
        apiKey,
        baseURL,
        defaultModel,
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
