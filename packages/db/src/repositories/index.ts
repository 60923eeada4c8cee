import type { BridgeRepositories, SecretBox } from "@bacowr/core";
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { createBacklinkRepository } from "./backlinks";
import { createCampaignRepository } from "./campaigns";
import { createProxyRepository } from "./proxies";
import { createSiteAccountRepository } from "./site-accounts";
import { createTaskRepository } from "./tasks";
import { createUsageRepository } from "./usage";

export function createBridgeRepositories(
  db: Kysely<Database>,
  box: SecretBox,
  options: { onUnreadableProxy?: (proxyId: number, error: unknown) => void } = {},
): BridgeRepositories {
  return {
    tasks: createTaskRepository(db),
    campaigns: createCampaignRepository(db),
    backlinks: createBacklinkRepository(db),
    siteAccounts: createSiteAccountRepository(db),
    proxies: createProxyRepository(db, box, options.onUnreadableProxy),
    usage: createUsageRepository(db),
  };
}

export { createAnalyticsRepository } from "./analytics";
export { createAuthRepositories } from "./auth";
export { createBatchRepository } from "./batches";
export { createCmsConnectionRepository, createExportRepository } from "./exports";
export { createIdempotencyKeyStore, purgeSpentIdempotencyKeys } from "./idempotency-keys";
export { createJobRepository } from "./jobs";
export { createLinkRepository } from "./links";
export { createOperationsMetricsSource } from "./operations-metrics";
export { createWebhookRepository, purgeExpiredWebhookDeliveries } from "./webhooks";
