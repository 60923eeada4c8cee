import { z } from "zod";
import { API_VERSION } from "../../faces";
import { v1Procedure } from "../../trpc";
import { versionQuerySchema } from "../meta-schemas";

export const v1MetaRouter = {
  version: v1Procedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/meta/version",
        tags: ["meta"],
        summary: "Service and API version",
        description: "Confirms that a token is accepted and reports the running version.",
      },
    })
    .input(versionQuerySchema)
    .output(
      z.object({
        name: z.literal("bacowr"),
        version: z.string(),
        api_version: z.literal(API_VERSION),
        principal: z.object({ user_id: z.string(), role: z.string(), tier: z.string() }).optional(),
      }),
    )
    .query(({ ctx, input }) => ({
      name: "bacowr" as const,
      version: ctx.deps.serviceVersion,
      api_version: API_VERSION,
      ...(input.verbose
        ? { principal: { user_id: ctx.principal.userId, role: ctx.principal.role, tier: ctx.principal.tier } }
        : {}),
    })),
};
