import { AppError } from "../app-error";
import type { Clock } from "../clock";
import {
  createOnce,
  idempotencyScopes,
  type Requester,
  requestFingerprint,
} from "../idempotency/idempotency";
import type { IdempotencyKeyStore } from "../idempotency/ports";
import type { BridgeRepositories, TaskRepository } from "./ports";
import type { CampaignRecord } from "./records";

type NewTask = { type: string; payload: Record<string, unknown>; max_retries: number };

/** What operators do to feed the workers: campaigns and their tasks. */
export function createOperatorService(
  repos: BridgeRepositories,
  idempotencyKeys: IdempotencyKeyStore,
  clock: Clock,
) {
  const findCampaign = async (id: number) => {
    const campaign = await repos.campaigns.find(id);
    if (!campaign) throw new AppError("NOT_FOUND", "Campaign not found");
    return campaign;
  };

  return {
    async createCampaign(
      campaign: { name: string; owner_id: string | null; settings: Record<string, unknown> },
      by?: Requester,
    ): Promise<{ campaign: CampaignRecord; status: number; replayed: boolean }> {
      const outcome = await createOnce({
        scope: idempotencyScopes.campaigns,
        request: {
          userId: by?.userId ?? "",
          key: by?.idempotencyKey,
          fingerprint: requestFingerprint(campaign),
          keyField: "Idempotency-Key",
        },
        now: clock.now(),
        keys: idempotencyKeys,
        create: (claim) => repos.campaigns.create(campaign, claim),
        replay: (record) => findCampaign(Number(record.resourceId)),
      });
      return { campaign: outcome.value, status: outcome.status, replayed: outcome.replayed };
    },

    listCampaigns(query: { limit: number; offset: number }) {
      return repos.campaigns.list(query);
    },

    async addTasks(
      campaignId: number,
      tasks: NewTask[],
      by?: Requester,
    ): Promise<{ campaign: CampaignRecord; ids: number[]; status: number; replayed: boolean }> {
      const campaign = await findCampaign(campaignId);
      // The contract's payload examples repeat campaign_id inside the payload; keep them consistent.
      const withCampaign = tasks.map((t) => ({ ...t, payload: { campaign_id: campaignId, ...t.payload } }));
      const now = clock.now();
      const outcome = await createOnce({
        scope: idempotencyScopes.campaignTasks,
        request: {
          userId: by?.userId ?? "",
          key: by?.idempotencyKey,
          fingerprint: requestFingerprint({ campaign_id: campaignId, tasks: withCampaign }),
          keyField: "Idempotency-Key",
        },
        now,
        keys: idempotencyKeys,
        create: (claim) => repos.tasks.createMany(campaignId, withCampaign, now, claim),
        replay: async (record) => record.resourceId.split(",").map(Number),
      });
      return { campaign, ids: outcome.value, status: outcome.status, replayed: outcome.replayed };
    },

    listTasks(query: Parameters<TaskRepository["list"]>[0]) {
      return repos.tasks.list(query);
    },
  };
}

export type OperatorService = ReturnType<typeof createOperatorService>;
