import type { CampaignRepository } from "@bacowr/core";
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { createWithKey } from "./idempotency-keys";

const columns = ["id", "name", "owner_id", "status", "settings", "created_at", "updated_at"] as const;

export function createCampaignRepository(db: Kysely<Database>): CampaignRepository {
  return {
    create({ name, owner_id, settings }, claim) {
      return createWithKey(db, claim, async (trx) => {
        const campaign = await trx
          .insertInto("campaigns")
          .values({ name, owner_id, settings: JSON.stringify(settings) })
          .returning(columns)
          .executeTakeFirstOrThrow();
        return { value: campaign, resourceId: String(campaign.id) };
      });
    },
    async find(id) {
      return db.selectFrom("campaigns").select(columns).where("id", "=", id).executeTakeFirst();
    },
    async list({ limit, offset }) {
      const [campaigns, count] = await Promise.all([
        db
          .selectFrom("campaigns")
          .select(columns)
          .orderBy("id", "desc")
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom("campaigns")
          .select((eb) => eb.fn.countAll<number>().as("total"))
          .executeTakeFirstOrThrow(),
      ]);
      return { campaigns, total: Number(count.total) };
    },
  };
}
