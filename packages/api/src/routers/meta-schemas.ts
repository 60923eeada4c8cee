import { z } from "zod";
import { queryBoolean } from "../schemas/common";

export const versionQuerySchema = z.object({
  verbose: queryBoolean.optional().describe("`true` adds who the server thinks is calling"),
});
