import { z } from "zod";

export const versionQuerySchema = z.object({
  verbose: z.enum(["true", "false"]).optional().describe("`true` adds who the server thinks is calling"),
});
