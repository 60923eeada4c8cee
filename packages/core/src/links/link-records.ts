import { z } from "zod";
import { linkRelValues } from "../cms/export-records";
import { linkCheckSchema } from "./link-inspection";

/** A placed link's state: its latest verdict (`pending` until the first check). */
export const linkStatuses = ["pending", "verified", "changed", "missing", "page_gone"] as const;
export type LinkStatus = (typeof linkStatuses)[number];

/** `placement`: the article's link on a publisher's page; `source`: a page a delivered article cites. */
export const linkKinds = ["placement", "source"] as const;
export type LinkKind = (typeof linkKinds)[number];

/** The event-bus channel that wakes the link checkers (a link was placed or asked to be checked now). */
export const LINKS_DUE_CHANNEL = "links:due";

export const placedLinkRecordSchema = z.object({
  id: z.string(),
  user_id: z.string().nullable(),
  job_id: z.string().nullable(),
  backlink_id: z.number().int().nullable(),
  export_id: z.string().nullable(),
  kind: z.enum(linkKinds),
  page_url: z.string(),
  host: z.string(),
  publisher_domain: z.string(),
  target_url: z.string(),
  target_domain: z.string(),
  anchor_text: z.string(),
  expected_rel: z.array(z.enum(linkRelValues)),
  status: z.enum(linkStatuses),
  last_check: linkCheckSchema.nullable(),
  checks_done: z.number().int(),
  checked_at: z.date().nullable(),
  next_check_at: z.date(),
  placed_at: z.date(),
  created_at: z.date(),
  updated_at: z.date(),
});
export type PlacedLinkRecord = z.infer<typeof placedLinkRecordSchema>;

export type NewPlacedLink = Pick<
  PlacedLinkRecord,
  | "id"
  | "user_id"
  | "job_id"
  | "backlink_id"
  | "export_id"
  | "kind"
  | "page_url"
  | "host"
  | "publisher_domain"
  | "target_url"
  | "target_domain"
  | "anchor_text"
  | "expected_rel"
  | "placed_at"
>;

export const placeLinkRequestSchema = z.object({ url: z.string().trim().min(1).max(2048) });

export const linkListFiltersSchema = z.object({
  status: z.enum(linkStatuses).optional(),
  /** The linked site's host (`example.com` also matches `www.example.com` and its subdomains). */
  target_domain: z.string().trim().toLowerCase().min(1).max(253).optional(),
  /** The publishing site's host, matched the same way. */
  publisher: z.string().trim().toLowerCase().min(1).max(253).optional(),
  job_id: z.string().trim().min(1).max(100).optional(),
  kind: z.enum(linkKinds).optional(),
  limit: z.number().int().min(1).max(100),
  offset: z.number().int().min(0),
});
export type LinkListFilters = z.infer<typeof linkListFiltersSchema>;

/** A placed link with its latest verdict, as the API shows it. */
export const linkViewSchema = z.object({
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
  last_checked_at: z.date().nullable(),
  next_check_at: z.date(),
  checks: z.number().int(),
  placed_at: z.date(),
  last_check: linkCheckSchema.nullable(),
});

export function linkView(link: PlacedLinkRecord): z.infer<typeof linkViewSchema> {
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
