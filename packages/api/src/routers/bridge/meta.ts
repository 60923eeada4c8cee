import { z } from "zod";
import { bridgeProcedure } from "../../trpc";
import { versionQuerySchema } from "../meta-schemas";

export const bridgeMetaRouter = {
  version: bridgeProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/api/meta/version",
        tags: ["worker bridge"],
        summary: "Service version, for a worker's start-up check",
      },
    })
    .input(versionQuerySchema)
    .output(
      z.object({
        name: z.literal("bacowr"),
        version: z.string(),
        worker_id: z.string().nullable().optional(),
      }),
    )
    .query(({ ctx, input }) => ({
      name: "bacowr" as const,
      version: ctx.deps.serviceVersion,
      ...(input.verbose ? { worker_id: ctx.workerId ?? null } : {}),
    })),
};
