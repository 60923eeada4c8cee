import { AppError, type Principal } from "@bacowr/core";
import { initTRPC } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import { verifyAccessToken } from "./auth/access-token";
import { constantTimeEquals } from "./auth/constant-time";
import { type Context, headerValue } from "./context";
import { toAppError, toErrorPayload } from "./http/error-payload";

export type Meta = OpenApiMeta<{
  /** Status of a successful response when the procedure does not set one (default 200). */
  successStatus?: number;
}>;

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      // The contract error rides along in `data.app`; the HTTP layer renders it per face.
      return { ...shape, data: { ...shape.data, app: toErrorPayload(toAppError(error)) } };
    },
  });

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure;

/** v1 customers: `Authorization: Bearer <jwt>`, or a legacy `X-API-Key: sk_live_…`. */
export const v1Procedure = t.procedure.use(async ({ ctx, next }) => {
  const authorization = headerValue(ctx.req, "authorization");
  const apiKey = headerValue(ctx.req, "x-api-key");
  let principal: Principal;
  if (authorization) {
    const match = authorization.match(/^Bearer\s+(\S+)$/i);
    if (!match?.[1]) throw new AppError("UNAUTHORIZED", "Missing or invalid Authorization header");
    const claims = await verifyAccessToken(ctx.deps.accessTokens, match[1]);
    principal = { userId: claims.sub, role: claims.role, tier: claims.tier };
  } else if (apiKey) {
    principal = await ctx.deps.auth.principalOfApiKey(apiKey);
  } else {
    throw new AppError("UNAUTHORIZED", "Missing or invalid Authorization header");
  }
  // The contract's tiered limits: every authenticated v1 call counts against its user.
  const { limiter, windowSeconds, perTier } = ctx.deps.v1RateLimit;
  const decision = await limiter.hit(`v1:${principal.userId}`, perTier[principal.tier], windowSeconds);
  const resetAt = Math.ceil(Date.now() / 1000) + decision.resetSeconds;
  const headers = {
    "X-RateLimit-Limit": String(decision.limit),
    "X-RateLimit-Remaining": String(decision.remaining),
    "X-RateLimit-Reset": String(resetAt),
  };
  Object.assign(ctx.response.headers, headers);
  if (!decision.allowed) {
    const per = windowSeconds === 3600 ? "hour" : `${windowSeconds} seconds`;
    throw new AppError("RATE_LIMIT_EXCEEDED", `Rate limit of ${decision.limit} requests/${per} exceeded`, {
      headers: { ...headers, "Retry-After": String(decision.resetSeconds) },
      extra: { retry_after: decision.resetSeconds, reset_at: new Date(resetAt * 1000).toISOString() },
    });
  }
  return next({ ctx: { ...ctx, principal } });
});

/** v1 operators: an access token whose role is `admin`. */
export const adminProcedure = v1Procedure.use(({ ctx, next }) => {
  if (ctx.principal.role !== "admin") throw new AppError("FORBIDDEN", "This endpoint is for administrators");
  return next();
});

/** Python workers: `X-API-Token`, compared in constant time; `X-Worker-ID` is kept for tracking. */
export const bridgeProcedure = t.procedure.use(async ({ ctx, next }) => {
  const given = headerValue(ctx.req, "x-api-token");
  const expected = ctx.deps.bridgeApiToken;
  if (!given || !expected || !constantTimeEquals(given, expected)) {
    throw new AppError("UNAUTHORIZED", "Unauthorized");
  }
  const workerId = headerValue(ctx.req, "x-worker-id")?.trim().slice(0, 255) || undefined;
  return next({ ctx: { ...ctx, workerId } });
});
