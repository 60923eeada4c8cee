import { createBatchRequestSchema, createJobRequestSchema, orderEstimateSchema } from "@bacowr/core";
import { z } from "zod";
import { v1Procedure } from "../../trpc";

/** A batch body is one with `jobs`; anything else is judged as a job body. */
const isBatchBody = (body: unknown) => typeof body === "object" && body !== null && "jobs" in body;

/**
 * The body as the OpenAPI document describes it: the members of a job body
 * and of a batch body (whose `options` and `max_cost` are the wider ones).
 */
const orderBodySchema = z
  .object({ ...createJobRequestSchema.partial().shape, ...createBatchRequestSchema.partial().shape })
  .meta({
    description:
      "A job body as POST /v1/jobs takes it (publisher_domain, target_url, anchor_text, options, max_cost), or a " +
      "batch body as POST /v1/batches takes it (name, jobs, options, max_cost).",
  });

/**
 * Validates the body by the schema of the kind it is, so the errors (codes,
 * field names such as `jobs[3].anchor_text`, details) are those creating it
 * would answer; a union would answer "no option matched" for either kind.
 */
const estimateBodySchema = z.preprocess((body, ctx) => {
  const parsed = (isBatchBody(body) ? createBatchRequestSchema : createJobRequestSchema).safeParse(body);
  if (parsed.success) return parsed.data;
  // Passed on as they are (code, path, bounds), so the error names the same field with the same details.
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue } as z.core.$ZodRawIssue);
  return z.NEVER;
}, orderBodySchema);

export const estimateRouter = {
  create: v1Procedure
    .meta({
      errors: ["BATCH_TOO_LARGE", "ANCHOR_TOO_LONG", "INVALID_URL", "INVALID_PUBLISHER"],
      openapi: {
        method: "POST",
        path: "/v1/estimate",
        tags: ["estimate"],
        summary: "Estimate what a job or a batch will cost",
        description:
          "Send the body you would send to POST /v1/jobs, or to POST /v1/batches (a body with `jobs`): nothing is " +
          "created. It is validated exactly like the real request (the same 400 codes and field names) and " +
          "answers the expected cost in USD (`llm`, `serp`, `total`) and `duration_seconds` (for a batch: " +
          "totals as it would be scheduled, and `per_job`, the average job). The LLM cost prices the prompts the " +
          "pipeline sends for the strategy's calls (single_stage: draft; multi_stage: outline, draft, polish) " +
          "plus one expected repair call, with the provider's configured model, at 4 characters a token; heavy " +
          "preflight adds one SERP query. Set `max_cost` on the job or the batch to make it a hard cap: a job " +
          "that would pass it stops before the LLM call, in ERROR with the code COST_LIMIT_EXCEEDED.",
      },
    })
    .input(estimateBodySchema)
    .output(orderEstimateSchema)
    .mutation(({ ctx, input }) => {
      // Already valid: parsed again only to be typed as the one kind it is.
      if (isBatchBody(input))
        return ctx.deps.estimates.batch(createBatchRequestSchema.parse(input), ctx.limits);
      return ctx.deps.estimates.job(createJobRequestSchema.parse(input));
    }),
};
