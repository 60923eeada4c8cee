import { AppError } from "../app-error";
import type { Clock } from "../clock";
import type { BridgeRepositories, TaskRepository } from "./ports";
import type { CampaignRecord } from "./records";

/** What operators do to feed the workers: campaigns and their tasks. */
export function createOperatorService(repos: BridgeRepositories, clock: Clock) {
  return {
    createCampaign(campaign: { name: string; owner_id: string | null; settings: Record<string, unknown> }) {
      return repos.campaigns.create(campaign);
    },

    listCampaigns(query: { limit: number; offset: number }) {
      return repos.campaigns.list(query);
    },

    async addTasks(
      campaignId: number,
      tasks: { type: string; payload: Record<string, unknown>; max_retries: number }[],
    ): Promise<{ campaign: CampaignRecord; ids: number[] }> {
      const campaign = await repos.campaigns.find(campaignId);
      if (!campaign) throw new AppError("NOT_FOUND", "Campaign not found");
      // The contract's payload examples repeat campaign_id inside the payload; keep them consistent.
      const withCampaign = tasks.map((t) => ({ ...t, payload: { campaign_id: campaignId, ...t.payload } }));
      return { campaign, ids: await repos.tasks.createMany(campaignId, withCampaign, clock.now()) };
    },

    listTasks(query: Parameters<TaskRepository["list"]>[0]) {
      return repos.tasks.list(query);
    },
  };
}

export type OperatorService = ReturnType<typeof createOperatorService>;
