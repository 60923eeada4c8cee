import type { UsageRepository } from "@bacowr/core";
import type { Kysely } from "kysely";
import type { Database } from "../schema";

export function createUsageRepository(db: Kysely<Database>): UsageRepository {
  return {
    async recordLlm(usage) {
      await db.insertInto("llm_usage").values(usage).execute();
    },
    async recordCaptcha(usage) {
      await db.insertInto("captcha_usage").values(usage).execute();
    },
  };
}
