import { apiKeyRecordSchema, BATCH_JOBS_CEILING, userRecordSchema, userRoles, userTiers } from "@bacowr/core";
import { z } from "zod";
import { answerCreation, idempotencyKeyOf } from "../../http/idempotency";
import { boolean, integer } from "../../schemas/common";
import { adminProcedure, publicProcedure, v1Procedure } from "../../trpc";

const tokenPairSchema = z.object({
  access_token: z.string(),
  token_type: z.literal("Bearer"),
  expires_in: z.number().int(),
  refresh_token: z.string(),
});

const email = z
  .email()
  .max(254)
  .transform((v) => v.toLowerCase());

export const authRouter = {
  login: publicProcedure
    .meta({
      errors: ["UNAUTHORIZED", "RATE_LIMIT_EXCEEDED"],
      openapi: {
        method: "POST",
        path: "/v1/auth/login",
        tags: ["auth"],
        summary: "Log in",
        description:
          "An access token (JWT, 24 h) and a refresh token that rotates on every use. Failed logins are throttled, never locked (429 with `Retry-After`): after 5 in a row from one address for one account (or 20 from one address) that address waits 1 s, 2 s, 4 s … up to 15 minutes; the account itself, from anywhere, waits at most 30 s; one attempt per account is checked at a time; a success resets the account.",
        protect: false,
      },
    })
    .input(z.object({ email, password: z.string().min(1).max(1024) }))
    .output(tokenPairSchema)
    .mutation(({ ctx, input }) => ctx.deps.auth.login(input.email, input.password, ctx.req.ip)),

  refresh: publicProcedure
    .meta({
      errors: ["UNAUTHORIZED"],
      openapi: {
        method: "POST",
        path: "/v1/auth/refresh",
        tags: ["auth"],
        summary: "Exchange a refresh token",
        description: "Each refresh token works once; presenting a spent one revokes the whole session.",
        protect: false,
      },
    })
    .input(z.object({ refresh_token: z.string().min(1).max(200) }))
    .output(tokenPairSchema)
    .mutation(({ ctx, input }) => ctx.deps.auth.refresh(input.refresh_token)),

  createApiKey: v1Procedure
    .meta({
      idempotent: true,
      openapi: {
        method: "POST",
        path: "/v1/api-keys",
        tags: ["auth"],
        summary: "Create an API key (shown once)",
        description: "Legacy `X-API-Key: sk_live_…` authentication; only a hash is stored.",
      },
      successStatus: 201,
    })
    .input(z.object({ name: z.string().trim().min(1).max(100).default("default") }))
    .output(apiKeyRecordSchema.extend({ key: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const { apiKey, ...outcome } = await ctx.deps.auth.createApiKey(
        ctx.principal.userId,
        input.name,
        idempotencyKeyOf(ctx),
      );
      answerCreation(ctx, outcome);
      return apiKey;
    }),

  listApiKeys: v1Procedure
    .meta({ openapi: { method: "GET", path: "/v1/api-keys", tags: ["auth"], summary: "List your API keys" } })
    .input(z.object({}))
    .output(z.object({ api_keys: z.array(apiKeyRecordSchema) }))
    .query(async ({ ctx }) => ({ api_keys: await ctx.deps.auth.listApiKeys(ctx.principal.userId) })),

  revokeApiKey: v1Procedure
    .meta({
      errors: ["NOT_FOUND"],
      openapi: { method: "DELETE", path: "/v1/api-keys/{id}", tags: ["auth"], summary: "Revoke an API key" },
    })
    .input(z.object({ id: z.string().min(1).max(100) }))
    .output(z.object({ id: z.string(), revoked: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.deps.auth.revokeApiKey(ctx.principal.userId, input.id);
      return { id: input.id, revoked: true as const };
    }),

  createUser: adminProcedure
    .meta({
      errors: ["CONFLICT"],
      idempotent: true,
      openapi: { method: "POST", path: "/v1/users", tags: ["operators"], summary: "Create a user (admin)" },
      successStatus: 201,
    })
    .input(
      z.object({
        email,
        password: z.string().min(12, "must be at least 12 characters").max(1024),
        role: z.enum(userRoles).default("user"),
        tier: z.enum(userTiers).default("free"),
      }),
    )
    .output(userRecordSchema)
    .mutation(async ({ ctx, input }) => {
      const { user, ...outcome } = await ctx.deps.auth.createUser(input, {
        userId: ctx.principal.userId,
        idempotencyKey: idempotencyKeyOf(ctx),
      });
      answerCreation(ctx, outcome);
      return user;
    }),

  updateUser: adminProcedure
    .meta({
      errors: ["NOT_FOUND", "CONFLICT"],
      openapi: {
        method: "PATCH",
        path: "/v1/users/{id}",
        tags: ["operators"],
        summary: "Change a user's role, tier, limits or standing (admin)",
        description:
          "Takes effect within 30 s on tokens already issued. `disabled: true` refuses the user's logins, access tokens and API keys and revokes their refresh tokens and API keys; `disabled: false` lets them log in again (keys stay revoked). Administrators cannot demote or disable themselves. `limits` sets this customer's own requests/hour, concurrent jobs and batch size (null: the tier's); every limit header and error then reports them.",
      },
    })
    .input(
      z.object({
        id: z.string().min(1).max(100),
        role: z.enum(userRoles).optional(),
        tier: z.enum(userTiers).optional(),
        disabled: boolean().optional(),
        limits: z
          .object({
            requests_per_hour: integer(1, 10_000_000).nullable().optional(),
            concurrent_jobs: integer(1, 100_000).nullable().optional(),
            batch_size: integer(1, BATCH_JOBS_CEILING).nullable().optional(),
          })
          .strict()
          .optional()
          .meta({
            description:
              "This customer's own limits (\"Enterprise: Custom\"); null goes back to the tier's, an absent member is kept.",
          }),
      }),
    )
    .output(userRecordSchema)
    .mutation(({ ctx, input: { id, ...change } }) =>
      ctx.deps.auth.updateUser(ctx.principal.userId, id, change),
    ),

  deleteUser: adminProcedure
    .meta({
      errors: ["NOT_FOUND", "CONFLICT"],
      openapi: {
        method: "DELETE",
        path: "/v1/users/{id}",
        tags: ["operators"],
        summary: "Delete a user and everything they own (admin)",
        description:
          "Removes the account with its jobs, batches, webhooks, API keys and sessions (campaigns it created stay, without an owner); it cannot be undone. To stop an account but keep its history, disable it with PATCH instead. Administrators cannot delete themselves.",
      },
    })
    .input(z.object({ id: z.string().min(1).max(100) }))
    .output(z.object({ id: z.string(), deleted: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.deps.auth.deleteUser(ctx.principal.userId, input.id);
      return { id: input.id, deleted: true as const };
    }),
};
