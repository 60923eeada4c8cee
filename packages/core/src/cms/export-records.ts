import { z } from "zod";

/** What a publisher may require on a paid link (`rel`), added to the target link when the article is exported. */
export const linkRelValues = ["sponsored", "nofollow", "ugc"] as const;
export type LinkRel = (typeof linkRelValues)[number];

export const wordPressPostStatuses = ["draft", "publish", "pending", "private"] as const;

const linkRel = z
  .array(z.enum(linkRelValues))
  .max(linkRelValues.length * 2)
  .transform((list) => [...new Set(list)]);

const siteFields = {
  wordpress_url: z.string().trim().min(1).max(2048),
  username: z.string().trim().min(1).max(200),
  // WordPress shows it in groups of four with spaces; it accepts it with or without them.
  application_password: z.string().trim().min(1).max(200),
};

/**
 * The seed's export request, plus `connection_id` (a saved site instead of credentials) and `link_rel`
 * (the publisher's link policy; a saved site's own policy applies when it is omitted).
 */
export const exportToWordPressFieldsSchema = z.object({
  connection_id: z.string().trim().min(1).max(100).optional(),
  wordpress_url: siteFields.wordpress_url.optional(),
  username: siteFields.username.optional(),
  application_password: siteFields.application_password.optional(),
  post_status: z.enum(wordPressPostStatuses).default("draft"),
  // A pipe, not a bare number: the REST adapter would coerce a bare one (`"12"` → 12), and a JSON body's numbers
  // must be JSON numbers (packages/api/test/input-coercion.test.ts).
  categories: z.array(z.int().min(1).max(2_147_483_647).pipe(z.int())).max(100).default([]),
  tags: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  link_rel: linkRel.optional(),
});

/** Credentials, or a saved connection: one or the other. */
export function requireWordPressSite(
  request: Pick<
    z.infer<typeof exportToWordPressFieldsSchema>,
    "connection_id" | "wordpress_url" | "username" | "application_password"
  >,
  ctx: z.RefinementCtx,
): void {
  if (request.connection_id !== undefined) {
    for (const field of ["wordpress_url", "username", "application_password"] as const) {
      if (request[field] !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `give either connection_id or ${field}, not both`,
        });
      }
    }
    return;
  }
  for (const field of ["wordpress_url", "username", "application_password"] as const) {
    if (request[field] === undefined) {
      ctx.addIssue({ code: "custom", path: [field], message: `${field} is required (or a connection_id)` });
    }
  }
}

export const exportToWordPressRequestSchema = exportToWordPressFieldsSchema.superRefine(requireWordPressSite);
export type ExportToWordPressRequest = z.infer<typeof exportToWordPressRequestSchema>;

/** The seed's response, exactly. */
export const exportToWordPressResultSchema = z.object({
  wordpress_post_id: z.number().int(),
  post_url: z.string(),
  published_url: z.string().nullable(),
  status: z.string(),
});
export type ExportToWordPressResult = z.infer<typeof exportToWordPressResultSchema>;

export const exportOutcomes = ["completed", "held"] as const;

export const jobExportRecordSchema = z.object({
  id: z.string(),
  job_id: z.string(),
  user_id: z.string(),
  cms: z.literal("wordpress"),
  site_url: z.string(),
  connection_id: z.string().nullable(),
  remote_post_id: z.number().int(),
  post_url: z.string(),
  published_url: z.string().nullable(),
  status: z.string(),
  /** `held`: a safe publish stopped at draft because the site changed the link (`problems` says how). */
  outcome: z.enum(exportOutcomes),
  link_rel: z.array(z.enum(linkRelValues)),
  problems: z.array(z.string()),
  created_at: z.date(),
  updated_at: z.date(),
});
export type JobExportRecord = z.infer<typeof jobExportRecordSchema>;

export const createCmsConnectionRequestSchema = z.object({
  ...siteFields,
  name: z.string().trim().min(1).max(200).optional(),
  link_rel: linkRel.default([]),
});
export type CreateCmsConnectionRequest = z.infer<typeof createCmsConnectionRequestSchema>;

export const cmsConnectionRecordSchema = z.object({
  id: z.string(),
  user_id: z.string(),
  cms: z.literal("wordpress"),
  name: z.string().nullable(),
  site_url: z.string(),
  username: z.string(),
  /** The application password, sealed with ENCRYPTION_KEY (AES-256-GCM). */
  secret_encrypted: z.string(),
  link_rel: z.array(z.enum(linkRelValues)),
  last_used_at: z.date().nullable(),
  created_at: z.date(),
  updated_at: z.date(),
});
export type CmsConnectionRecord = z.infer<typeof cmsConnectionRecordSchema>;

/** An export as `GET /v1/jobs/{id}` shows it (in `exports`). */
export const jobExportViewSchema = z.object({
  export_id: z.string(),
  cms: z.literal("wordpress"),
  site_url: z.string(),
  connection_id: z.string().nullable(),
  wordpress_post_id: z.number().int(),
  post_url: z.string(),
  published_url: z.string().nullable(),
  status: z.string(),
  /** `held`: a safe publish stopped at draft because the site changed the link (`problems` says how). */
  outcome: z.enum(exportOutcomes),
  link_rel: z.array(z.enum(linkRelValues)),
  problems: z.array(z.string()),
  exported_at: z.date(),
  updated_at: z.date(),
});

export const jobExportView = (record: JobExportRecord): z.infer<typeof jobExportViewSchema> => ({
  export_id: record.id,
  cms: record.cms,
  site_url: record.site_url,
  connection_id: record.connection_id,
  wordpress_post_id: record.remote_post_id,
  post_url: record.post_url,
  published_url: record.published_url,
  status: record.status,
  outcome: record.outcome,
  link_rel: record.link_rel,
  problems: record.problems,
  exported_at: record.created_at,
  updated_at: record.updated_at,
});
