import { isIpLiteral, isPublicHost } from "@bacowr/core";
import { z } from "zod";

/** Input building blocks shared by the routers. */

export const httpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.hostname, error: "must be an http(s) URL" })
  .max(2048);

/**
 * An http(s) URL on a public host. Records that workers file and URLs that
 * leave the server (to a captcha service) never point into a private network.
 */
export const publicHttpUrl = httpUrl.refine((value) => isPublicHost(new URL(value).hostname), {
  error: "must be a public http(s) URL (private, loopback and link-local addresses are refused)",
});

export const isoDateTime = z.iso
  .datetime({ offset: true, error: "must be an ISO 8601 date-time, e.g. 2025-12-03T10:15:00Z" })
  .transform((value) => new Date(value));

export const domainName = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(
    /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/,
    "must be a domain name, e.g. example.com",
  )
  .refine(
    (name) => !isIpLiteral(name) && /[a-z]/.test(name.slice(name.lastIndexOf(".") + 1)) && isPublicHost(name),
    {
      error: "must be a public domain name, not an IP address or a private name",
    },
  );

export const positiveId = z.coerce.number().int().positive().max(2_147_483_647);

export const queryBoolean = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, "must be a two-letter country code, e.g. US")
  .transform((v) => v.toUpperCase());

export const jsonObject = z.record(z.string(), z.unknown());

export const paginationInput = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const paginationSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  has_more: z.boolean(),
  next_offset: z.number().int().nullable(),
});

export function paginationOf(total: number, limit: number, offset: number): z.infer<typeof paginationSchema> {
  const hasMore = offset + limit < total;
  return { total, limit, offset, has_more: hasMore, next_offset: hasMore ? offset + limit : null };
}

export const messageSchema = z.object({ message: z.string() });
