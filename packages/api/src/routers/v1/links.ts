import {
  linkCheckSchema,
  linkKinds,
  linkRelValues,
  linkStatuses,
  type PlacedLinkRecord,
  placeLinkRequestSchema,
} from "@bacowr/core";
import { z } from "zod";
import { answerCreation } from "../../http/idempotency";
import { paginationInput, paginationOf, paginationSchema } from "../../schemas/common";
import { v1Procedure } from "../../trpc";

const tags = ["links"];
const linkId = z.string().trim().min(1).max(100);
const timestamp = z.date();
const domain = z.string().trim().toLowerCase().min(1).max(253);

/** A placed link with its latest verdict. */
export const linkSchema = z.object({
  link_id: z.string(),
  /** `placement`: the article's link on a publisher's page; `source`: a page the delivered article cites, watched for link rot. */
  kind: z.enum(linkKinds),
  /** The v1 job it belongs to; null for a bridge backlink. */
  job_id: z.string().nullable(),
  /** The bridge backlink it belongs to; null for a v1 job. */
  backlink_id: z.number().int().nullable(),
  page_url: z.string(),
  publisher_domain: z.string(),
  target_url: z.string(),
  target_domain: z.string(),
  anchor_text: z.string(),
  /** The rel the link must carry (the publisher's link policy at export). */
  expected_rel: z.array(z.enum(linkRelValues)),
  status: z.enum(linkStatuses),
  last_checked_at: timestamp.nullable(),
  next_check_at: timestamp,
  checks: z.number().int(),
  placed_at: timestamp,
  last_check: linkCheckSchema.nullable(),
});

export function linkOf(link: PlacedLinkRecord): z.infer<typeof linkSchema> {
  return {
    link_id: link.id,
    kind: link.kind,
    job_id: link.job_id,
    backlink_id: link.backlink_id,
    page_url: link.page_url,
    publisher_domain: link.publisher_domain,
    target_url: link.target_url,
    target_domain: link.target_domain,
    anchor_text: link.anchor_text,
    expected_rel: link.expected_rel,
    status: link.status,
    last_checked_at: link.checked_at,
    next_check_at: link.next_check_at,
    checks: link.checks_done,
    placed_at: link.placed_at,
    last_check: link.last_check,
  };
}

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
    .output(linkSchema)
    .mutation(async ({ ctx, input }) => {
      const { link, created } = await ctx.deps.links.placeForJob(
        ctx.principal.userId,
        input.job_id,
        input.url,
      );
      answerCreation(ctx, { status: created ? 201 : 200, replayed: false });
      return linkOf(link);
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
    .output(z.object({ links: z.array(linkSchema), pagination: paginationSchema }))
    .query(async ({ ctx, input }) => {
      const { links, total } = await ctx.deps.links.list(ctx.principal.userId, input);
      return { links: links.map(linkOf), pagination: paginationOf(total, input.limit, input.offset) };
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
    .output(linkSchema.extend({ history: z.array(linkCheckSchema) }))
    .query(async ({ ctx, input }) => {
      const { link, checks } = await ctx.deps.links.get(ctx.principal.userId, input.link_id);
      return { ...linkOf(link), history: checks };
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
    .output(linkSchema)
    .mutation(async ({ ctx, input }) =>
      linkOf(await ctx.deps.links.checkNow(ctx.principal.userId, input.link_id)),
    ),
};
