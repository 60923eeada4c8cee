import { captchaTypes } from "@bacowr/core";
import { z } from "zod";
import { domainName, integer, number, positiveId, publicHttpUrl } from "../../schemas/common";
import { bridgeProcedure } from "../../trpc";

const modelName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:/-]+$/, "must be a model name, e.g. gpt-4o-mini");

export const bridgeLlmRouter = {
  generate: bridgeProcedure
    .meta({
      bridgeRateLimit: "relay",
      errors: ["LLM_API_ERROR"],
      openapi: {
        method: "POST",
        path: "/api/llm/generate",
        tags: ["worker bridge: relays"],
        summary: "Generate text with an LLM",
        description:
          "Routes by model name (gpt-*/o* → OpenAI, claude-* → Anthropic, gemini-* → Google, deepseek-* → " +
          "DeepSeek; anything else → LLM_RELAY_PROVIDER). Tokens and cost are recorded per call. A provider " +
          "failure is a 500 with the provider's reason.",
      },
    })
    .input(
      z.object({
        prompt: z.string().min(1).max(100_000),
        options: z
          .object({
            max_tokens: integer(1, 200_000).optional(),
            temperature: number(0, 2).optional(),
            model: modelName.optional(),
          })
          .default({}),
      }),
    )
    .output(z.object({ success: z.literal(true), content: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const { content } = await ctx.deps.bridge.llm.generate(
        {
          prompt: input.prompt,
          maxTokens: input.options.max_tokens,
          temperature: input.options.temperature,
          model: input.options.model,
        },
        ctx.workerId,
      );
      return { success: true as const, content };
    }),
};

export const bridgeCaptchaRouter = {
  solve: bridgeProcedure
    .meta({
      bridgeRateLimit: "relay",
      errors: ["CAPTCHA_API_ERROR"],
      openapi: {
        method: "POST",
        path: "/api/captcha/solve",
        tags: ["worker bridge: relays"],
        summary: "Solve a captcha",
        description:
          `Types: ${captchaTypes.join(", ")}. Solved through CAPTCHA_PROVIDER (2captcha or anticaptcha); ` +
          "the cost is booked against data.campaign_id and data.site_domain.",
      },
    })
    .input(
      z.object({
        captcha_type: z.enum(captchaTypes, {
          error: `Unsupported captcha type (supported: ${captchaTypes.join(", ")}).`,
        }),
        data: z.object({
          site_key: z.string().trim().min(1).max(200),
          page_url: publicHttpUrl,
          campaign_id: positiveId.optional(),
          site_domain: domainName.optional(),
        }),
      }),
    )
    .output(
      z.object({ success: z.literal(true), solution: z.string(), task_id: z.string(), cost: z.number() }),
    )
    .mutation(async ({ ctx, input }) => {
      const solved = await ctx.deps.bridge.captcha.solve(
        {
          type: input.captcha_type,
          siteKey: input.data.site_key,
          pageUrl: input.data.page_url,
          campaignId: input.data.campaign_id,
          siteDomain: input.data.site_domain,
        },
        ctx.workerId,
      );
      return { success: true as const, solution: solved.solution, task_id: solved.taskId, cost: solved.cost };
    }),
};
