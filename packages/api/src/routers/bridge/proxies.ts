import { proxyRecordSchema } from "@bacowr/core";
import { z } from "zod";
import { countryCode, idParam, queryBoolean } from "../../schemas/common";
import { bridgeProcedure } from "../../trpc";

const tags = ["worker bridge: proxies"];

export const bridgeProxiesRouter = {
  list: bridgeProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/api/proxies",
        tags,
        summary: "Available proxies",
        description:
          "`country` filters by ISO code; `active_only` defaults to true. Passwords are returned decrypted.",
      },
    })
    .input(z.object({ country: countryCode.optional(), active_only: queryBoolean.default(true) }))
    .output(z.object({ proxies: z.array(proxyRecordSchema) }))
    .query(async ({ ctx, input }) => ({
      proxies: await ctx.deps.bridge.records.listProxies({
        country: input.country,
        activeOnly: input.active_only,
      }),
    })),

  report: bridgeProcedure
    .meta({
      errors: ["NOT_FOUND"],
      openapi: {
        method: "POST",
        path: "/api/proxies/{id}/report",
        tags,
        summary: "Report a failing proxy",
        description: "Counts one failure; past the configured threshold the proxy is deactivated.",
      },
    })
    .input(z.object({ id: idParam, error: z.string().max(1000).nullish() }))
    .output(
      z.object({
        message: z.string(),
        proxy: proxyRecordSchema.pick({ id: true, is_active: true, error_count: true }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const proxy = await ctx.deps.bridge.records.reportProxyFailure(input.id, input.error ?? null);
      return {
        message: "Proxy failure recorded",
        proxy: { id: proxy.id, is_active: proxy.is_active, error_count: proxy.error_count },
      };
    }),
};
