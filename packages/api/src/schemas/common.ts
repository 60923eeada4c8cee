import { isIpLiteral, isPublicHost } from "@bacowr/core";
import { z } from "zod";
import { parseIsoPeriod } from "./iso-instant";

/** Input building blocks shared by the routers. */

// `abort`: zod runs later refinements even after a failed format check, on a string that is no URL at all.
export const httpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.hostname, error: "must be an http(s) URL", abort: true })
  .max(2048);

/**
 * An http(s) URL on a public host. Records that workers file and URLs that
 * leave the server (to a captcha service) never point into a private network.
 */
export const publicHttpUrl = httpUrl.refine(
  (value) => URL.canParse(value) && isPublicHost(new URL(value).hostname),
  {
    error: "must be a public http(s) URL (private, loopback and link-local addresses are refused)",
  },
);

const isoMessage = "must be an ISO 8601 date or date-time, e.g. 2026-11-01 or 2026-11-01T10:15:00Z";
// Case-insensitive, spelled out: JSON Schema patterns take no flags, and the document must say what is accepted.
const isoShape =
  "^\\d{4}(-?\\d{2}(-?\\d{2})?|-?\\d{3}|-?W\\d{2}-?[1-7])?([Tt ][0-9:.,]+([Zz]|[+-]\\d{2}(:?\\d{2})?)?)?$";

function isoPeriodBound(bound: "start" | "end", description: string) {
  return z
    .string()
    .regex(new RegExp(isoShape), isoMessage)
    .transform((value, context) => {
      const period = parseIsoPeriod(value);
      if (period) return period[bound];
      context.issues.push({ code: "custom", message: isoMessage, input: value });
      return z.NEVER;
    })
    .meta({ description });
}

/** A lower bound: the first moment of the period the value names (`2026-11-01` is 00:00:00.000 UTC). */
export const isoPeriodStart = isoPeriodBound(
  "start",
  "ISO 8601 date or date-time; a date counts from the start of that day (UTC unless an offset is given)",
);

/** An upper bound, inclusive: the last moment of the period the value names (`2026-11-01` is 23:59:59.999 UTC). */
export const isoPeriodEnd = isoPeriodBound(
  "end",
  "ISO 8601 date or date-time; a date counts to the end of that day (UTC unless an offset is given)",
);

/**
 * An instant a client reports (`verified_at`): any ISO 8601 form; without an offset it is UTC, so Python's
 * naive `datetime.isoformat()` (`2025-12-03T10:15:00.123456`) is taken as sent.
 */
export const isoDateTime = isoPeriodBound(
  "start",
  "ISO 8601 date-time, e.g. 2025-12-03T10:15:00Z; UTC unless an offset is given",
);

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

// Numbers and booleans are taken as JSON sends them. trpc-to-openapi coerces every number, boolean and
// date schema it finds in an input (`true`, `[1]` and `"0x1"` all become 1) and does so by mutating the
// schema, which /trpc shares; a pipe is left alone, so every such building block is one.

/** A JSON integer (no string, boolean or array) from `min` to `max`. */
export const integer = (min: number, max: number) => z.int().min(min).max(max).pipe(z.int());
/** A JSON number (no string, boolean or array) from `min` to `max`. */
export const number = (min: number, max: number) => z.number().min(min).max(max).pipe(z.number());
/** A JSON boolean: `"false"` is not one. */
export const boolean = () => z.boolean().pipe(z.boolean());

const maxId = 2_147_483_647;

/** An id in a body: a JSON integer. */
export const positiveId = integer(1, maxId);

/**
 * An integer a path or query parameter carries: decimal digits only (no sign, `0x`, exponent or
 * spaces), or a JSON integer where the input is JSON (/trpc).
 */
export const integerParam = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && /^[0-9]{1,16}$/.test(value) ? Number(value) : value),
    z.int("must be a whole number in decimal digits").min(min).max(max),
  );

/**
 * An id in a path or query parameter. A preprocessed schema takes `undefined` as input, so the document
 * would call a path id optional; a path parameter never is.
 */
export const idParam = integerParam(1, maxId).meta({ param: { required: true } });

/**
 * A boolean in a query string as clients send it: `true/false`, `1/0`, `yes/no`, in any letter case
 * (Python's `requests` sends `True`).
 */
export const queryBoolean = z
  .string()
  .regex(
    /^(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|1|0)$/,
    "must be a boolean: true/false, 1/0 or yes/no (any letter case)",
  )
  .transform((value) => ["true", "1", "yes"].includes(value.toLowerCase()))
  .meta({ description: "true/false, 1/0 or yes/no, in any letter case" });

export const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, "must be a two-letter country code, e.g. US")
  .transform((v) => v.toUpperCase());

export const jsonObject = z.record(z.string(), z.unknown());

export const paginationInput = {
  limit: integerParam(1, 100).default(20),
  offset: integerParam(0, 1_000_000).default(0),
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
