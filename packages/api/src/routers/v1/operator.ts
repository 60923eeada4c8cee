import {
  campaignRecordSchema,
  proxyTypes,
  taskRecordSchema,
  taskStatuses,
  taskTypeSchema,
} from "@bacowr/core";
import { z } from "zod";
import { answerCreation, idempotencyKeyOf } from "../../http/idempotency";
import {
  boolean,
  countryCode,
  idParam,
  integer,
  jsonObject,
  paginationInput,
  paginationOf,
  paginationSchema,
} from "../../schemas/common";
import { adminProcedure } from "../../trpc";

const tags = ["operators"];

const hostName = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:-]+$/, "must be a host name or IP address");

export const operatorRouter = {
  createCampaign: adminProcedure
    .meta({
      idempotent: true,
      openapi: { method: "POST", path: "/v1/campaigns", tags, summary: "Create a campaign (admin)" },
      successStatus: 201,
    })
    .input(z.object({ name: z.string().trim().min(1).max(200), settings: jsonObject.default({}) }))
    .output(campaignRecordSchema)
    .mutation(async ({ ctx, input }) => {
      const { campaign, ...outcome } = await ctx.deps.bridge.operator.createCampaign(
        // Owners are linked once user accounts exist; until then campaigns belong to the operators.
        { name: input.name, settings: input.settings, owner_id: null },
        { userId: ctx.principal.userId, idempotencyKey: idempotencyKeyOf(ctx) },
      );
      answerCreation(ctx, outcome);
      return campaign;
    }),

  listCampaigns: adminProcedure
    .meta({ openapi: { method: "GET", path: "/v1/campaigns", tags, summary: "List campaigns (admin)" } })
    .input(z.object(paginationInput))
    .output(z.object({ campaigns: z.array(campaignRecordSchema), pagination: paginationSchema }))
    .query(async ({ ctx, input }) => {
      const { campaigns, total } = await ctx.deps.bridge.operator.listCampaigns(input);
      return { campaigns, pagination: paginationOf(total, input.limit, input.offset) };
    }),

  addTasks: adminProcedure
    .meta({
      errors: ["NOT_FOUND"],
      idempotent: true,
      openapi: {
        method: "POST",
        path: "/v1/campaigns/{id}/tasks",
        tags,
        summary: "Queue tasks for workers (admin)",
        description: "Up to 1000 tasks per call; each becomes pending at once. `max_retries` defaults to 3.",
      },
      successStatus: 201,
    })
    .input(
      z.object({
        id: idParam,
        tasks: z
          .array(
            z.object({
              type: taskTypeSchema,
              payload: jsonObject.default({}),
              max_retries: integer(0, 20).default(3),
            }),
          )
          .min(1)
          .max(1000),
      }),
    )
    .output(
      z.object({
        campaign_id: z.number().int(),
        task_ids: z.array(z.number().int()),
        count: z.number().int(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { campaign, ids, ...outcome } = await ctx.deps.bridge.operator.addTasks(input.id, input.tasks, {
        userId: ctx.principal.userId,
        idempotencyKey: idempotencyKeyOf(ctx),
      });
      answerCreation(ctx, outcome);
      return { campaign_id: campaign.id, task_ids: ids, count: ids.length };
    }),

  listTasks: adminProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/tasks",
        tags,
        summary: "List worker tasks (admin)",
        description: "Newest first, filtered by campaign, status and type.",
      },
    })
    .input(
      z.object({
        campaign_id: idParam.optional(),
        status: z.enum(taskStatuses).optional(),
        type: taskTypeSchema.optional(),
        ...paginationInput,
      }),
    )
    .output(z.object({ tasks: z.array(taskRecordSchema), pagination: paginationSchema }))
    .query(async ({ ctx, input }) => {
      const { tasks, total } = await ctx.deps.bridge.operator.listTasks({
        campaignId: input.campaign_id,
        status: input.status,
        type: input.type,
        limit: input.limit,
        offset: input.offset,
      });
      return { tasks, pagination: paginationOf(total, input.limit, input.offset) };
    }),

  importProxies: adminProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/v1/proxies",
        tags,
        summary: "Import proxies (admin)",
        description: "Up to 1000 per call; passwords are encrypted at rest.",
      },
      successStatus: 201,
    })
    .input(
      z.object({
        proxies: z
          .array(
            z.object({
              host: hostName,
              port: integer(1, 65535),
              username: z.string().max(255).nullish(),
              password: z.string().max(1024).nullish(),
              type: z.enum(proxyTypes).default("http"),
              country: countryCode.nullish(),
              is_active: boolean().default(true),
            }),
          )
          .min(1)
          .max(1000),
      }),
    )
    .output(z.object({ proxy_ids: z.array(z.number().int()), count: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const ids = await ctx.deps.bridge.records.importProxies(
        input.proxies.map((p) => ({
          ...p,
          username: p.username ?? null,
          password: p.password ?? null,
          country: p.country ?? null,
        })),
      );
      return { proxy_ids: ids, count: ids.length };
    }),
};
