import {
  linkCheckSchema,
  linkKinds,
  linkStatuses,
  linkView,
  linkViewSchema,
  placeLinkRequestSchema,
} from "@bacowr/core";
import { z } from "zod";
import { answerCreation } from "../../http/idempotency";
import { paginationInput, paginationOf, paginationSchema } from "../../schemas/common";
import { v1Procedure } from "../../trpc";

const tags = ["links"];
const linkId = z.string().trim().min(1).max(100);
const domain = z.string().trim().toLowerCase().min(1).max(253);

export const linksRouter = {
  place: v1Procedure
    .meta({
      errors: ["JOB_NOT_FOUND", "JOB_BLOCKED", "JOB_NOT_DELIVERED", "INVALID_URL"],
      openapi: {
        method: "POST",
        path: "/v1/jobs/{job_id}/placement",
        tags,
        summary: "Say where a delivered article went live",
        description:
          "The link monitor fetches the page, looks for the link to the job's target with its anchor, and " +
          "checks it again on a schedule (LINK_CHECK_SCHEDULE: 1 h, 1 d, 7 d, then every 30 d). 201 with the " +
          "new link (status `pending` until its first check, which starts at once); 200 when that page was " +
          "already placed (it is checked again now).",
      },
      successStatus: 201,
      existingAnswer: "That page was already placed for this job: the same link, checked again now",
    })
    .input(placeLinkRequestSchema.extend({ job_id: z.string().trim().min(1).max(100) }))
    .output(linkViewSchema)
    .mutation(async ({ ctx, input }) => {
      const { link, created } = await ctx.deps.links.placeForJob(
        ctx.principal.userId,
        input.job_id,
        input.url,
      );
      answerCreation(ctx, { status: created ? 201 : 200, replayed: false });
      return linkView(link);
    }),

  list: v1Procedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/links",
        tags,
        summary: "List your placed links and their latest verdicts",
        description:
          "Links of your jobs and of the bridge backlinks of campaigns you own. Verdicts: `verified`, " +
          "`changed` (anchor or rel differ from the order, or the page is noindex/nofollow), `missing`, " +
          "`page_gone`; `pending` before the first check. `target_domain` and `publisher` match subdomains too.",
      },
    })
    .input(
      z.object({
        status: z.enum(linkStatuses).optional(),
        target_domain: domain.optional(),
        publisher: domain.optional(),
        job_id: z.string().trim().min(1).max(100).optional(),
        kind: z.enum(linkKinds).optional(),
        ...paginationInput,
      }),
    )
    .output(z.object({ links: z.array(linkViewSchema), pagination: paginationSchema }))
    .query(async ({ ctx, input }) => {
      const { links, total } = await ctx.deps.links.list(ctx.principal.userId, input);
      return { links: links.map(linkView), pagination: paginationOf(total, input.limit, input.offset) };
    }),

  get: v1Procedure
    .meta({
      errors: ["LINK_NOT_FOUND"],
      openapi: {
        method: "GET",
        path: "/v1/links/{link_id}",
        tags,
        summary: "Get a placed link with its check history",
        description: "`history`: the latest 50 checks, newest first.",
      },
    })
    .input(z.object({ link_id: linkId }))
    .output(linkViewSchema.extend({ history: z.array(linkCheckSchema) }))
    .query(async ({ ctx, input }) => {
      const { link, checks } = await ctx.deps.links.get(ctx.principal.userId, input.link_id);
      return { ...linkView(link), history: checks };
    }),

  check: v1Procedure
    .meta({
      errors: ["LINK_NOT_FOUND"],
      openapi: {
        method: "POST",
        path: "/v1/links/{link_id}/check",
        tags,
        summary: "Check a placed link now",
        description: "Makes the link due at once; its verdict follows within the monitor's next round.",
      },
      successStatus: 202,
    })
    .input(z.object({ link_id: linkId }))
    .output(linkViewSchema)
    .mutation(async ({ ctx, input }) =>
      linkView(await ctx.deps.links.checkNow(ctx.principal.userId, input.link_id)),
    ),
};
