import type { TRPCError } from "@trpc/server";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import type { Context } from "../context";
import { toAppError } from "./error-payload";

type TrpcCode = keyof typeof TRPC_ERROR_CODES_BY_KEY;

const codeOfStatus: Record<number, TrpcCode> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_SUPPORTED",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  422: "UNPROCESSABLE_CONTENT",
  429: "TOO_MANY_REQUESTS",
  503: "SERVICE_UNAVAILABLE",
};

/**
 * The tRPC code and HTTP status of an error as its contract error says, so `/trpc` answers a refused
 * call as the REST faces do (401, 403, 404, 429…), not as tRPC's 500 for any error it did not raise.
 */
export function trpcStatusOf(error: unknown): {
  code: TrpcCode;
  jsonRpcCode: (typeof TRPC_ERROR_CODES_BY_KEY)[TrpcCode];
  httpStatus: number;
} {
  const { status } = toAppError(error);
  const code = codeOfStatus[status] ?? (status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR");
  return { code, jsonRpcCode: TRPC_ERROR_CODES_BY_KEY[code], httpStatus: status };
}

/**
 * `/trpc`'s responseMeta: the contract status of a failed call (a batch whose calls fail alike answers that
 * status; a mixed batch keeps tRPC's 207), the error's own headers (Retry-After), and the headers the
 * procedures set on the context (the rate-limit counters).
 */
export function trpcResponseMeta(opts: { ctx?: Context; errors: TRPCError[]; paths?: readonly string[] }) {
  const headers: Record<string, string> = { ...opts.ctx?.response.headers };
  if (opts.errors.length === 0) return { headers };
  const appErrors = opts.errors.map(toAppError);
  for (const appError of appErrors) Object.assign(headers, appError.headers);
  const statuses = new Set(appErrors.map((appError) => appError.status));
  const [status] = statuses;
  const allFailed = opts.errors.length === (opts.paths?.length ?? 1);
  return statuses.size === 1 && allFailed ? { status, headers } : { headers };
}
