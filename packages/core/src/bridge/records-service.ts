import { AppError } from "../app-error";
import type { Clock } from "../clock";
import { type AddressAllowList, isPublicHost } from "../net/address-policy";
import type {
  BacklinkChanges,
  BridgeRepositories,
  NewBacklink,
  NewProxy,
  NewSiteAccount,
  SiteAccountChanges,
} from "./ports";
import type { BacklinkRecord, CampaignRecord, ProxyRecord, SiteAccountRecord } from "./records";

/** A field-level validation failure, in the shape Laravel clients expect (`errors.field[]`). */
function invalid(field: string, message: string): AppError {
  return new AppError("VALIDATION_ERROR", message, { field, fieldErrors: { [field]: [message] } });
}

const PRIVATE_URL_MESSAGE =
  "must be a public http(s) URL (private, loopback and link-local addresses are refused)";

/** Marking something verified without a time means "verified now", unless it was verified before. */
function verificationStamp(
  changes: { status?: string | undefined; verified_at?: Date | null | undefined },
  existing: { verified_at: Date | null },
  now: Date,
): { verified_at?: Date } {
  return changes.status === "verified" && changes.verified_at === undefined && existing.verified_at === null
    ? { verified_at: now }
    : {};
}

export interface RecordsServiceSettings {
  /** Failures after which a reported proxy is deactivated. */
  proxyDeactivateAfter: number;
  /** FETCH_ALLOW_PRIVATE_HOSTS: hosts a backlink may sit on although private (the monitor can reach them). */
  allowPrivateHosts?: AddressAllowList;
  /** Told of each backlink a worker reports `live`, so the link monitor verifies it on its page. */
  onBacklinkLive?: (backlink: BacklinkRecord, campaign: CampaignRecord) => Promise<void>;
}

/** Backlinks, site accounts and proxies as workers record and use them. */
export function createRecordsService(
  repos: BridgeRepositories,
  clock: Clock,
  settings: RecordsServiceSettings,
) {
  const requireCampaign = async (campaignId: number) => {
    const campaign = await repos.campaigns.find(campaignId);
    if (!campaign) throw invalid("campaign_id", "The selected campaign id is invalid.");
    return campaign;
  };
  const requirePublicUrl = (url: string) => {
    if (!URL.canParse(url) || !isPublicHost(new URL(url).hostname, settings.allowPrivateHosts ?? [])) {
      throw invalid("url", PRIVATE_URL_MESSAGE);
    }
  };
  const watchIfLive = async (backlink: BacklinkRecord, campaign?: CampaignRecord) => {
    if (backlink.status !== "live" || !settings.onBacklinkLive) return;
    const owner = campaign ?? (await repos.campaigns.find(backlink.campaign_id));
    if (owner) await settings.onBacklinkLive(backlink, owner);
  };
  const requireSiteAccountOf = async (siteAccountId: number, campaignId: number) => {
    const account = await repos.siteAccounts.find(siteAccountId);
    if (!account || account.campaign_id !== campaignId) {
      throw invalid("site_account_id", "The selected site account id is invalid for this campaign.");
    }
  };

  return {
    async createBacklink(backlink: NewBacklink): Promise<BacklinkRecord> {
      requirePublicUrl(backlink.url);
      const campaign = await requireCampaign(backlink.campaign_id);
      if (backlink.site_account_id !== null)
        await requireSiteAccountOf(backlink.site_account_id, backlink.campaign_id);
      const created = await repos.backlinks.create(backlink, clock.now());
      await watchIfLive(created, campaign);
      return created;
    },

    async updateBacklink(id: number, changes: BacklinkChanges): Promise<BacklinkRecord> {
      const existing = await repos.backlinks.find(id);
      if (!existing) throw new AppError("NOT_FOUND", "Backlink not found");
      if (changes.url !== undefined) requirePublicUrl(changes.url);
      if (changes.site_account_id != null)
        await requireSiteAccountOf(changes.site_account_id, existing.campaign_id);
      const now = clock.now();
      const updated = await repos.backlinks.update(
        id,
        { ...changes, ...verificationStamp(changes, existing, now) },
        now,
      );
      if (!updated) throw new AppError("NOT_FOUND", "Backlink not found");
      if (changes.status !== undefined || changes.url !== undefined) await watchIfLive(updated);
      return updated;
    },

    async createSiteAccount(account: NewSiteAccount): Promise<SiteAccountRecord> {
      await requireCampaign(account.campaign_id);
      return repos.siteAccounts.create(account, clock.now());
    },

    async updateSiteAccount(id: number, changes: SiteAccountChanges): Promise<SiteAccountRecord> {
      const existing = await repos.siteAccounts.find(id);
      if (!existing) throw new AppError("NOT_FOUND", "Site account not found");
      const now = clock.now();
      const updated = await repos.siteAccounts.update(
        id,
        { ...changes, ...verificationStamp(changes, existing, now) },
        now,
      );
      if (!updated) throw new AppError("NOT_FOUND", "Site account not found");
      return updated;
    },

    listProxies(query: { country?: string | undefined; activeOnly: boolean }): Promise<ProxyRecord[]> {
      return repos.proxies.list(query);
    },

    importProxies(proxies: NewProxy[]): Promise<number[]> {
      return repos.proxies.createMany(proxies, clock.now());
    },

    async reportProxyFailure(
      id: number,
      error: string | null,
    ): Promise<Pick<ProxyRecord, "id" | "is_active" | "error_count">> {
      const proxy = await repos.proxies.reportFailure(id, {
        error,
        deactivateAt: settings.proxyDeactivateAfter,
        now: clock.now(),
      });
      if (!proxy) throw new AppError("NOT_FOUND", "Proxy not found");
      return proxy;
    },
  };
}

export type RecordsService = ReturnType<typeof createRecordsService>;
