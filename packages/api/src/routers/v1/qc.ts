import { qcReportSchema } from "@bacowr/core";
import { z } from "zod";
import { v1Procedure } from "../../trpc";

export const qcRouter = {
  check: v1Procedure
    .meta({
      errors: ["ANCHOR_TOO_LONG", "INVALID_URL", "INVALID_PUBLISHER"],
      openapi: {
        method: "POST",
        path: "/v1/qc/check",
        tags: ["quality control"],
        summary: "Run QC on your own article",
        description:
          "Researches the publisher and target like a job's preflight, then runs the same checks on the " +
          "Markdown article you send. Errors: VALIDATION_ERROR / ANCHOR_TOO_LONG (anchor_text), INVALID_URL " +
          "(target_url malformed, private or unreachable), INVALID_PUBLISHER.",
      },
    })
    .input(
      z.object({
        article: z.string().min(1).max(200_000),
        publisher_domain: z.string().min(1).max(1_000),
        target_url: z.string().min(1).max(4_096),
        anchor_text: z.string().max(10_000),
      }),
    )
    .output(z.object({ qc_report: qcReportSchema, language: z.string() }))
    .mutation(({ ctx, input }) => {
      const { article, ...order } = input;
      return ctx.deps.qcCheck.check(order, article);
    }),
};
