import {
  AppError,
  type AppErrorCode,
  constantTimeEquals,
  effectiveLimits,
  type Principal,
} from "@bacowr/core";
import { initTRPC } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import { verifyAccessToken } from "./auth/access-token";
import { type BridgeRateLimitBucket, type Context, headerValue } from "./context";
import { limitBridgeCall } from "./http/bridge-rate-limit";
import { toAppError, toErrorPayload } from "./http/error-payload";
import { assertSafeJson } from "./http/input-guard";
import { trpcStatusOf } from "./http/trpc-status";

/** Who may call a procedure; set by the base procedures below, never by a procedure itself. */
export type Guard = "public" | "v1" | "admin" | "bridge";

export type Meta = OpenApiMeta<{
  /** Status of a successful response when the procedure does not set one (default 200). */
  successStatus?: number;
  /**
   * Every error the handler itself can raise (its services' errors). With its guard's and its input's,
   * the one source of the error responses the OpenAPI document lists for it.
   */
  errors?: AppErrorCode[];
  /**
   * A creating procedure that honours `Idempotency-Key`: it may replay an earlier answer (200), and
   * refuses a live key sent with another request (422 IDEMPOTENCY_KEY_REUSED) or still in use (409 CONFLICT).
   */
  idempotent?: boolean;
  /** When a creating procedure may also answer 200 (the thing existed already): what that 200 means. */
  existingAnswer?: string;
  guard?: Guard;
  /** The bridge rate-limit bucket a worker-bridge procedure counts against (default `default`). */
  bridgeRateLimit?: BridgeRateLimitBucket;
}>;

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error, ctx }) {
      // A stack names the server's files: only where a debug setting asks for it, whatever NODE_ENV says.
      const { stack, ...data } = shape.data;
      const debug = ctx?.deps.exposeErrorStacks && stack !== undefined ? { stack } : {};
      const { code, jsonRpcCode, httpStatus } = trpcStatusOf(error);
      const app = toErrorPayload(toAppError(error));
      // The contract error rides along in `data.app`; the HTTP layer renders it per face. Its message, not the
      // thrown one: an unexpected failure's own text (a database error) stays in the log.
      return {
        ...shape,
        message: app.message,
        code: jsonRpcCode,
        data: { ...data, ...debug, code, httpStatus, app },
      };
    },
  });

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** The errors each guard raises before a handler runs. */
export const guardErrors: Record<Guard, AppErrorCode[]> = {
  public: [],
  v1: ["UNAUTHORIZED", "RATE_LIMIT_EXCEEDED"],
  admin: ["UNAUTHORIZED", "FORBIDDEN", "RATE_LIMIT_EXCEEDED"],
  // The bridge's rate limit is per client IP, counted before the token is checked.
  bridge: ["UNAUTHORIZED", "RATE_LIMIT_EXCEEDED"],
};

// Every procedure, whichever face calls it (/trpc too), refuses input PostgreSQL would refuse (NUL,
// unpaired surrogates) or nested deeper than MAX_JSON_DEPTH, as a 400 before any other work.
const guardedProcedure = t.procedure.use(async ({ ctx, meta, path, getRawInput, next }) => {
  // The first operation a request reaches names it (a /trpc batch has several).
  ctx.response.route ??= meta?.openapi?.path ?? path;
  assertSafeJson(await getRawInput());
  return next();
});

export const publicProcedure = guardedProcedure.meta({ guard: "public" });

/** v1 customers: `Authorization: Bearer <jwt>`, or a legacy `X-API-Key: sk_live_…`. */
export const v1Procedure = guardedProcedure.meta({ guard: "v1" }).use(async ({ ctx, next }) => {
  const authorization = headerValue(ctx.req, "authorization");
  const apiKey = headerValue(ctx.req, "x-api-key");
  let principal: Principal;
  if (authorization) {
    const match = authorization.match(/^Bearer\s+(\S+)$/i);
    if (!match?.[1]) throw new AppError("UNAUTHORIZED", "Missing or invalid Authorization header");
    const claims = await verifyAccessToken(ctx.deps.accessTokens, match[1]);
    // The token proves who; what they may do is read from the database (cached ≤ 30 s), so a demoted,
    // disabled or deleted user loses their rights without waiting for the token to expire.
    principal = await ctx.deps.auth.principalOfUser(claims.sub);
  } else if (apiKey) {
    principal = await ctx.deps.auth.principalOfApiKey(apiKey);
  } else {
    throw new AppError("UNAUTHORIZED", "Missing or invalid Authorization header");
  }
  // The contract's tiered limits: every authenticated v1 call counts against its user.
  const { limiter, windowSeconds } = ctx.deps.v1RateLimit;
  // The user's effective limits (their own, else their tier's), read once here for every rule that needs them.
  const limits = effectiveLimits(principal.tier, principal.limits, ctx.deps.tierLimits);
  const decision = await limiter.hit(`v1:${principal.userId}`, limits.requests_per_hour, windowSeconds);
  const resetAt = Math.ceil(Date.now() / 1000) + decision.resetSeconds;
  const headers = {
    "X-RateLimit-Limit": String(decision.limit),
    "X-RateLimit-Remaining": String(decision.remaining),
    "X-RateLimit-Reset": String(resetAt),
  };
  // Kept on the context, so every answer to this request carries them, errors included.
  Object.assign(ctx.response.headers, headers);
  if (!decision.allowed) {
    ctx.deps.onRateLimitRefused?.("v1", principal.tier);
    const per = windowSeconds === 3600 ? "hour" : `${windowSeconds} seconds`;
    throw new AppError("RATE_LIMIT_EXCEEDED", `Rate limit of ${decision.limit} requests/${per} exceeded`, {
      headers: { ...headers, "Retry-After": String(decision.resetSeconds) },
      extra: { retry_after: decision.resetSeconds, reset_at: new Date(resetAt * 1000).toISOString() },
    });
  }
  return next({ ctx: { ...ctx, principal, limits } });
});

/** v1 operators: an access token whose role is `admin`. */
export const adminProcedure = v1Procedure.meta({ guard: "admin" }).use(({ ctx, next }) => {
  if (ctx.principal.role !== "admin") throw new AppError("FORBIDDEN", "This endpoint is for administrators");
  return next();
});

/**
 * Python workers: `X-API-Token`, compared in constant time; `X-Worker-ID` is kept for tracking. Each call first
 * counts against its client IP in the bucket the procedure declares (`bridgeRateLimit` in its meta).
 */
export const bridgeProcedure = guardedProcedure.meta({ guard: "bridge" }).use(async ({ ctx, meta, next }) => {
  await limitBridgeCall(ctx, meta?.bridgeRateLimit ?? "default");
  const given = headerValue(ctx.req, "x-api-token");
  const expected = ctx.deps.bridgeApiToken;
  if (!given || !expected || !constantTimeEquals(given, expected)) {
    throw new AppError("UNAUTHORIZED", "Unauthorized");
  }
  const workerId = headerValue(ctx.req, "x-worker-id")?.trim().slice(0, 255) || undefined;
  return next({ ctx: { ...ctx, workerId } });
});
