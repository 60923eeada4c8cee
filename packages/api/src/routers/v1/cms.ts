import {
  type AppErrorCode,
  type CmsConnectionRecord,
  createCmsConnectionRequestSchema,
  exportToWordPressFieldsSchema,
  exportToWordPressResultSchema,
  linkRelValues,
  requireWordPressSite,
} from "@bacowr/core";
import { z } from "zod";
import { v1Procedure } from "../../trpc";

const tags = ["cms"];
const timestamp = z.date();

/** A saved site as answers show it: never its application password. */
const connectionSchema = z.object({
  connection_id: z.string(),
  cms: z.literal("wordpress"),
  name: z.string().nullable(),
  wordpress_url: z.string(),
  username: z.string(),
  link_rel: z.array(z.enum(linkRelValues)),
  last_used_at: timestamp.nullable(),
  created_at: timestamp,
});

const connectionOf = (c: CmsConnectionRecord): z.infer<typeof connectionSchema> => ({
  connection_id: c.id,
  cms: c.cms,
  name: c.name,
  wordpress_url: c.site_url,
  username: c.username,
  link_rel: c.link_rel,
  last_used_at: c.last_used_at,
  created_at: c.created_at,
});

const cmsErrors: AppErrorCode[] = [
  "CMS_AUTH_FAILED",
  "CMS_UNREACHABLE",
  "CMS_REJECTED",
  "CMS_UPSTREAM_ERROR",
  "INVALID_URL",
];

export const cmsRouter = {
  exportWordPress: v1Procedure
    .meta({
      errors: [
        "JOB_NOT_FOUND",
        "JOB_BLOCKED",
        "JOB_NOT_DELIVERED",
        "CONNECTION_NOT_FOUND",
        "CMS_LINK_CHANGED",
        "CONFLICT",
        ...cmsErrors,
      ],
      openapi: {
        method: "POST",
        path: "/v1/jobs/{job_id}/export/wordpress",
        tags,
        summary: "Export a delivered article to WordPress",
        description:
          "Creates (or, for a job already exported to that site, updates) a post through the site's REST API " +
          "with an application password, which is used for this call only and never stored (save a site with " +
          "POST /v1/cms/wordpress and name its `connection_id` instead). Tags are names (missing ones are " +
          "created); categories are ids. With `post_status: publish` the post is written as a draft, read " +
          "back, and published only if the target link kept its href, anchor and rel and the text its length " +
          "(within 2 %); otherwise it stays a draft and the answer is 409 CMS_LINK_CHANGED with `details." +
          "problems`. A published post is watched by the link monitor. Errors: JOB_BLOCKED (422), " +
          "JOB_NOT_DELIVERED (400, with `job_status`), VALIDATION_ERROR (an unknown category, named in " +
          "`details.unknown_categories`), CONFLICT (409: an export of the same job to the same site is under way), " +
          "CMS_AUTH_FAILED (400: WordPress refused the credentials), " +
          "CMS_UNREACHABLE (400: no WordPress REST API at that URL), CMS_REJECTED (400: WordPress refused the " +
          "post), CMS_UPSTREAM_ERROR (502: WordPress failed, `details.upstream_status`).",
      },
    })
    .input(
      exportToWordPressFieldsSchema
        .extend({ job_id: z.string().trim().min(1).max(100) })
        .superRefine(requireWordPressSite),
    )
    .output(exportToWordPressResultSchema)
    .mutation(({ ctx, input }) => {
      const { job_id, ...request } = input;
      return ctx.deps.exports.exportToWordPress(ctx.principal.userId, job_id, request);
    }),

  createConnection: v1Procedure
    .meta({
      errors: cmsErrors,
      openapi: {
        method: "POST",
        path: "/v1/cms/wordpress",
        tags,
        summary: "Save a WordPress site",
        description:
          "Checks the credentials against the site (GET /wp/v2/users/me) and stores them, the application " +
          "password encrypted at rest (AES-256-GCM with ENCRYPTION_KEY). `link_rel` is the site's link policy " +
          "(e.g. `sponsored`), applied to exports that do not give their own.",
      },
      successStatus: 201,
    })
    .input(createCmsConnectionRequestSchema)
    .output(connectionSchema)
    .mutation(async ({ ctx, input }) =>
      connectionOf(await ctx.deps.exports.saveConnection(ctx.principal.userId, input)),
    ),

  listConnections: v1Procedure
    .meta({
      openapi: { method: "GET", path: "/v1/cms/wordpress", tags, summary: "List your saved WordPress sites" },
    })
    .input(z.object({}))
    .output(z.object({ connections: z.array(connectionSchema) }))
    .query(async ({ ctx }) => ({
      connections: (await ctx.deps.exports.listConnections(ctx.principal.userId)).map(connectionOf),
    })),

  deleteConnection: v1Procedure
    .meta({
      errors: ["CONNECTION_NOT_FOUND"],
      openapi: {
        method: "DELETE",
        path: "/v1/cms/wordpress/{connection_id}",
        tags,
        summary: "Forget a saved WordPress site",
        description: "Its exports keep their records; later exports need credentials or another connection.",
      },
    })
    .input(z.object({ connection_id: z.string().trim().min(1).max(100) }))
    .output(z.object({ connection_id: z.string(), deleted: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.deps.exports.deleteConnection(ctx.principal.userId, input.connection_id);
      return { connection_id: input.connection_id, deleted: true as const };
    }),
};
