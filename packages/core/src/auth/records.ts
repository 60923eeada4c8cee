import { z } from "zod";
import { limitOverridesSchema } from "../jobs/limits";

export const userRoles = ["user", "admin"] as const;
export const userTiers = ["free", "pro", "enterprise"] as const;

export const userRecordSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(userRoles),
  tier: z.enum(userTiers),
  created_at: z.date(),
  /** Set while the account is disabled: it cannot log in, and its tokens and keys are refused. */
  disabled_at: z.date().nullable(),
  /** Limits an administrator set for this customer; null means the tier's. */
  limits: limitOverridesSchema,
});
export type UserRecord = z.infer<typeof userRecordSchema>;

export const apiKeyRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  created_at: z.date(),
  last_used_at: z.date().nullable(),
  revoked_at: z.date().nullable(),
});
export type ApiKeyRecord = z.infer<typeof apiKeyRecordSchema>;

/** Who is calling, however they authenticated. */
export interface Principal {
  userId: string;
  role: UserRecord["role"];
  tier: UserRecord["tier"];
  limits: UserRecord["limits"];
}
