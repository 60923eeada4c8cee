import {
  backlinkRecordSchema,
  backlinkStatuses,
  siteAccountRecordSchema,
  siteAccountStatuses,
} from "@bacowr/core";
import { z } from "zod";
import {
  domainName,
  httpUrl,
  idParam,
  isoDateTime,
  messageSchema,
  positiveId,
  publicHttpUrl,
} from "../../schemas/common";
import { bridgeProcedure } from "../../trpc";

const linkType = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[a-z0-9_.-]+$/i, "must be letters, digits, '_', '-' or '.'");
const shortText = z.string().trim().max(255);

const backlinkFields = {
  // Public, or a FETCH_ALLOW_PRIVATE_HOSTS host: the records service judges it, knowing the allow list.
  url: httpUrl,
  type: linkType,
  status: z.enum(backlinkStatuses),
  keyword: shortText.nullish(),
  anchor_text: shortText.nullish(),
  site_account_id: positiveId.nullish(),
  verified_at: isoDateTime.nullish(),
};

const siteAccountFields = {
  username: shortText.nullish(),
  email: z.email().max(255).nullish(),
  status: z.enum(siteAccountStatuses),
  verification_link: publicHttpUrl.nullish(),
  verified_at: isoDateTime.nullish(),
};

/** Drops keys the client did not send, so a partial update leaves the rest alone. */
function sentOnly<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const bridgeBacklinksRouter = {
  create: bridgeProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/api/backlinks",
        tags: ["worker bridge: backlinks"],
        summary: "Record a backlink",
        description: `Statuses: ${backlinkStatuses.join(", ")} (default submitted). The campaign must exist.`,
      },
      successStatus: 201,
    })
    .input(
      z.object({
        campaign_id: positiveId,
        ...backlinkFields,
        status: backlinkFields.status.default("submitted"),
      }),
    )
    .output(
      z.object({
        message: z.string(),
        backlink: backlinkRecordSchema.pick({
          id: true,
          campaign_id: true,
          url: true,
          type: true,
          status: true,
          created_at: true,
        }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const backlink = await ctx.deps.bridge.records.createBacklink({
        ...input,
        keyword: input.keyword ?? null,
        anchor_text: input.anchor_text ?? null,
        site_account_id: input.site_account_id ?? null,
        verified_at: input.verified_at ?? null,
      });
      const { id, campaign_id, url, type, status, created_at } = backlink;
      return {
        message: "Backlink created successfully",
        backlink: { id, campaign_id, url, type, status, created_at },
      };
    }),

  update: bridgeProcedure
    .meta({
      errors: ["NOT_FOUND"],
      openapi: {
        method: "PUT",
        path: "/api/backlinks/{id}",
        tags: ["worker bridge: backlinks"],
        summary: "Update a backlink",
        description:
          "Partial update. Setting status `verified` without `verified_at` stamps the current time.",
      },
    })
    .input(z.object({ id: idParam, ...z.object(backlinkFields).partial().shape }))
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      const { id, ...changes } = input;
      await ctx.deps.bridge.records.updateBacklink(id, sentOnly(changes));
      return { message: "Backlink updated successfully" };
    }),
};

export const bridgeSiteAccountsRouter = {
  create: bridgeProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/api/site-accounts",
        tags: ["worker bridge: site accounts"],
        summary: "Record a site account",
        description: `Statuses: ${siteAccountStatuses.join(", ")} (default pending_verification).`,
      },
      successStatus: 201,
    })
    .input(
      z.object({
        campaign_id: positiveId,
        site_domain: domainName,
        ...siteAccountFields,
        status: siteAccountFields.status.default("pending_verification"),
      }),
    )
    .output(
      z.object({
        message: z.string(),
        site_account: siteAccountRecordSchema.pick({
          id: true,
          campaign_id: true,
          site_domain: true,
          status: true,
        }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const account = await ctx.deps.bridge.records.createSiteAccount({
        ...input,
        username: input.username ?? null,
        email: input.email ?? null,
        verification_link: input.verification_link ?? null,
        verified_at: input.verified_at ?? null,
      });
      const { id, campaign_id, site_domain, status } = account;
      return {
        message: "Site account created successfully",
        site_account: { id, campaign_id, site_domain, status },
      };
    }),

  update: bridgeProcedure
    .meta({
      errors: ["NOT_FOUND"],
      openapi: {
        method: "PUT",
        path: "/api/site-accounts/{id}",
        tags: ["worker bridge: site accounts"],
        summary: "Update a site account",
        description: "Partial update, e.g. after email verification.",
      },
    })
    .input(z.object({ id: idParam, ...z.object(siteAccountFields).partial().shape }))
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      const { id, ...changes } = input;
      await ctx.deps.bridge.records.updateSiteAccount(id, sentOnly(changes));
      return { message: "Site account updated successfully" };
    }),
};
