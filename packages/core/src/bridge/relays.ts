import { AppError } from "../app-error";
import { CaptchaProviderError, type CaptchaSolver, type CaptchaType } from "../captcha";
import {
  costOfTokens,
  type LlmClient,
  type LlmProvider,
  LlmProviderError,
  type PriceTable,
  providerOfModel,
} from "../llm";
import type { BridgeRepositories } from "./ports";

export interface LlmRelaySettings {
  clients: Partial<Record<LlmProvider, LlmClient>>;
  /** Serves prompts whose model names no provider (and prompts with no model). */
  defaultProvider: LlmProvider;
  maxTokensLimit: number;
  defaultMaxTokens: number;
  prices: PriceTable;
}

const providerKeyName: Record<LlmProvider, string> = {
  openai: "OPENAI_API_KEY",
  anthropic: "ANTHROPIC_API_KEY",
  google: "GOOGLE_API_KEY",
  deepseek: "DEEPSEEK_API_KEY",
};

/** The worker bridge's LLM relay: route by model, call the provider, record tokens and cost. */
export function createLlmRelay(repos: BridgeRepositories, settings: LlmRelaySettings) {
  return {
    async generate(
      request: {
        prompt: string;
        maxTokens?: number | undefined;
        temperature?: number | undefined;
        model?: string | undefined;
      },
      workerId: string | undefined,
    ): Promise<{ content: string; model: string; provider: LlmProvider; cost: number }> {
      const maxTokens = request.maxTokens ?? Math.min(settings.defaultMaxTokens, settings.maxTokensLimit);
      if (maxTokens > settings.maxTokensLimit) {
        const message = `The max tokens may not be greater than ${settings.maxTokensLimit}.`;
        throw new AppError("VALIDATION_ERROR", message, {
          field: "options.max_tokens",
          fieldErrors: { "options.max_tokens": [message] },
        });
      }
      const provider = (request.model && providerOfModel(request.model)) || settings.defaultProvider;
      const client = settings.clients[provider];
      if (!client) {
        throw new AppError(
          "LLM_API_ERROR",
          `LLM service error: provider ${provider} is not configured (set ${providerKeyName[provider]})`,
        );
      }
      const model = request.model ?? client.defaultModel;
      try {
        const result = await client.complete({
          model,
          prompt: request.prompt,
          maxTokens,
          temperature: request.temperature,
        });
        const cost = costOfTokens(
          settings.prices,
          result.model || model,
          result.inputTokens,
          result.outputTokens,
        );
        await repos.usage.recordLlm({
          source: "bridge",
          job_id: null,
          campaign_id: null,
          worker_id: workerId ?? null,
          provider,
          model: result.model || model,
          input_tokens: result.inputTokens,
          output_tokens: result.outputTokens,
          cost,
        });
        return { content: result.content, model: result.model || model, provider, cost };
      } catch (error) {
        if (error instanceof LlmProviderError) {
          throw new AppError("LLM_API_ERROR", `LLM service error: ${error.reason}`, { cause: error });
        }
        throw error;
      }
    },
  };
}

export type LlmRelay = ReturnType<typeof createLlmRelay>;

/** The worker bridge's captcha relay: solve through the configured service and book the cost. */
export function createCaptchaRelay(repos: BridgeRepositories, solver: CaptchaSolver | undefined) {
  return {
    async solve(
      request: {
        type: CaptchaType;
        siteKey: string;
        pageUrl: string;
        campaignId?: number | undefined;
        siteDomain?: string | undefined;
      },
      workerId: string | undefined,
    ): Promise<{ solution: string; taskId: string; cost: number }> {
      if (request.campaignId !== undefined && !(await repos.campaigns.find(request.campaignId))) {
        const message = "The selected campaign id is invalid.";
        throw new AppError("VALIDATION_ERROR", message, {
          field: "data.campaign_id",
          fieldErrors: { "data.campaign_id": [message] },
        });
      }
      if (!solver) {
        throw new AppError(
          "CAPTCHA_API_ERROR",
          "Captcha service is not configured (set CAPTCHA_PROVIDER and CAPTCHA_API_KEY)",
        );
      }
      const booking = {
        campaign_id: request.campaignId ?? null,
        site_domain: request.siteDomain ?? null,
        captcha_type: request.type,
        provider: solver.provider,
        worker_id: workerId ?? null,
      };
      try {
        const solved = await solver.solve({
          type: request.type,
          siteKey: request.siteKey,
          pageUrl: request.pageUrl,
        });
        await repos.usage.recordCaptcha({
          ...booking,
          provider_task_id: solved.taskId,
          cost: solved.cost,
          success: true,
          error: null,
        });
        return solved;
      } catch (error) {
        if (error instanceof CaptchaProviderError) {
          await repos.usage.recordCaptcha({
            ...booking,
            provider_task_id: error.taskId ?? null,
            cost: 0,
            success: false,
            error: error.reason,
          });
          throw new AppError("CAPTCHA_API_ERROR", `Captcha service error: ${error.reason}`, { cause: error });
        }
        throw error;
      }
    },
  };
}

export type CaptchaRelay = ReturnType<typeof createCaptchaRelay>;
