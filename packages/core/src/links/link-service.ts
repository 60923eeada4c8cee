import { AppError } from "../app-error";
import type { BacklinkRecord, CampaignRecord } from "../bridge/records";
import type { Clock } from "../clock";
import type { JobExportRecord } from "../cms/export-records";
import { deliveredJob } from "../cms/export-service";
import type { EventBus } from "../coordination-ports";
import { prefixedId } from "../ids";
import type { JobRecord } from "../jobs/job-records";
import type { JobRepository } from "../jobs/ports";
import type { AddressAllowList } from "../net/address-policy";
import { FetchRefusedError, type PageFetcher } from "../net/page-fetcher";
import { checkPublicHttpUrl } from "../net/public-url";
import { hostOf } from "../text/urls";
import { WEBHOOKS_DUE_CHANNEL } from "../webhooks/webhook-records";
import { emptyCheck, inspectLinkPage, inspectSourcePage, type LinkCheck } from "./link-inspection";
import {
  LINKS_DUE_CHANNEL,
  type LinkListFilters,
  type NewPlacedLink,
  type PlacedLinkRecord,
} from "./link-records";
import { linkStatusAfter, nextLinkCheckAt } from "./link-schedule";
import type { DueLink, LinkRepository } from "./ports";

/** After a check that could not reach the page, the next one comes at most this soon. */
const UNREACHABLE_RETRY_SECONDS = 3_600;

export interface LinkServiceSettings {
  /** Seconds after placement of each re-check; the last interval repeats (LINK_CHECK_SCHEDULE). */
  schedule: number[];
  /** How long one check may hold its link before another checker may take it over. */
  leaseSeconds: number;
  /** Links (on different hosts) checked at once by one checker. */
  batchSize: number;
  allowPrivateHosts: AddressAllowList;
}

export interface LinkServiceDeps {
  links: LinkRepository;
  jobs: Pick<JobRepository, "findOwned">;
  /** The SSRF-safe fetcher, with a user agent that names the product. */
  fetcher: PageFetcher;
  /** Where to fetch a cited source instead of its own URL (a Wikipedia article through its page-HTML API), if anywhere. */
  checkUrlOf?: (url: string) => string | undefined;
  clock: Clock;
  events?: EventBus;
  settings: LinkServiceSettings;
}

/** A check that never got a page: a name that stopped resolving publicly is gone; anything else may pass. */
function failedCheck(error: unknown, now: Date): LinkCheck {
  const gone =
    error instanceof FetchRefusedError && ["private_address", "invalid_url"].includes(error.reason);
  return {
    ...emptyCheck(now, undefined),
    verdict: gone ? "page_gone" : "unreachable",
    error: error instanceof Error ? error.message.slice(0, 500) : "the page could not be fetched",
  };
}

/**
 * The live-link monitor: every placed link (a v1 job's published post, or a bridge backlink that went live)
 * is checked on its page when placed and then on a schedule, and keeps its verdict and history.
 */
export function createLinkService(deps: LinkServiceDeps) {
  const { links, clock, settings } = deps;
  const wake = () => deps.events?.publish(LINKS_DUE_CHANNEL, "").catch(() => undefined);

  async function place(
    link: Omit<NewPlacedLink, "id" | "host" | "placed_at" | "kind"> & { kind?: NewPlacedLink["kind"] },
  ) {
    const now = clock.now();
    const placed = await links.placeLink(
      {
        kind: "placement",
        ...link,
        id: prefixedId("lnk"),
        host: new URL(link.page_url).hostname.toLowerCase(),
        placed_at: now,
      },
      now,
    );
    await wake();
    return placed;
  }

  const placementOf = (job: JobRecord, pageUrl: string, expectedRel: NewPlacedLink["expected_rel"]) => ({
    user_id: job.user_id,
    job_id: job.id,
    backlink_id: null,
    export_id: null,
    page_url: pageUrl,
    publisher_domain: hostOf(pageUrl) ?? job.publisher_domain,
    target_url: job.target_url,
    target_domain: hostOf(job.target_url) ?? "",
    anchor_text: job.anchor_text,
    expected_rel: expectedRel,
  });

  async function checkOne(due: DueLink): Promise<void> {
    const { link } = due;
    const now = () => clock.now();
    let check: LinkCheck;
    try {
      const pageUrl = new URL(link.page_url);
      pageUrl.hash = "";
      const fetchUrl = (link.kind === "source" && deps.checkUrlOf?.(link.page_url)) || pageUrl.toString();
      const page = await deps.fetcher.fetch(fetchUrl);
      check =
        link.kind === "source"
          ? inspectSourcePage(page, now())
          : inspectLinkPage(
              page,
              { targetUrl: link.target_url, anchorText: link.anchor_text, expectedRel: link.expected_rel },
              now(),
            );
    } catch (error) {
      check = failedCheck(error, now());
    }
    const at = now();
    const status = linkStatusAfter(link.status, [check.verdict, ...due.recent_verdicts]);
    let nextCheckAt = nextLinkCheckAt(link.placed_at, link.checks_done + 1, settings.schedule, at);
    if (check.verdict === "unreachable") {
      const retry = new Date(at.getTime() + UNREACHABLE_RETRY_SECONDS * 1000);
      if (retry < nextCheckAt) nextCheckAt = retry;
    }
    const recorded = await links.recordCheck(link.id, due.lease_id, { check, status, nextCheckAt, now: at });
    // A new verdict is a webhook event (written by the database with the change): wake the dispatchers.
    if (recorded && status !== link.status)
      await deps.events?.publish(WEBHOOKS_DUE_CHANNEL, "").catch(() => undefined);
  }

  return {
    /** `POST /v1/jobs/{id}/placement`: the customer says where the article went live. */
    async placeForJob(userId: string, jobId: string, url: string) {
      const job = deliveredJob(await deps.jobs.findOwned(jobId, userId));
      const page = checkPublicHttpUrl(url, {
        field: "url",
        label: "Placement URL",
        allow: settings.allowPrivateHosts,
      });
      return place(placementOf(job, page.toString(), []));
    },

    /** A post the export published: watched with the rel the export set. */
    async placeExport(job: JobRecord, record: JobExportRecord) {
      if (!record.published_url) return;
      await place({ ...placementOf(job, record.published_url, record.link_rel), export_id: record.id });
    },

    /**
     * A bridge backlink that went live. Its target is its campaign's `settings.target_url` (the seed's task
     * payload field); a campaign without one has nothing to look for, so its backlinks are not watched.
     */
    async placeBacklink(backlink: BacklinkRecord, campaign: CampaignRecord) {
      const target = campaign.settings.target_url;
      if (typeof target !== "string" || !hostOf(target) || !hostOf(backlink.url)) return;
      await place({
        user_id: campaign.owner_id,
        job_id: null,
        backlink_id: backlink.id,
        export_id: null,
        page_url: backlink.url,
        publisher_domain: hostOf(backlink.url) ?? "",
        target_url: target,
        target_domain: hostOf(target) ?? "",
        anchor_text: backlink.anchor_text ?? "",
        expected_rel: [],
      });
    },

    /**
     * The live pages a delivered article cites, watched for link rot like placed links (same schedule and
     * politeness): a page that goes is `source.lost` on the job's links and as a webhook event.
     */
    async placeSources(job: JobRecord, sources: readonly { url: string; live: boolean }[]) {
      for (const source of sources) {
        const host = hostOf(source.url);
        if (!source.live || !host) continue;
        await place({
          kind: "source",
          user_id: job.user_id,
          job_id: job.id,
          backlink_id: null,
          export_id: null,
          page_url: source.url,
          publisher_domain: host,
          target_url: source.url,
          target_domain: host,
          anchor_text: "",
          expected_rel: [],
        });
      }
    },

    list: (userId: string, filters: LinkListFilters) => links.listLinks(userId, filters),

    async get(userId: string, linkId: string, historyLimit = 50) {
      const link = await links.findLink(linkId, userId);
      if (!link) throw new AppError("LINK_NOT_FOUND", "Link not found");
      return { link, checks: await links.checksOf(link.id, historyLimit) };
    },

    forJob: (jobId: string): Promise<PlacedLinkRecord[]> => links.linksForJob(jobId),

    async checkNow(userId: string, linkId: string) {
      if (!(await links.requestCheck(linkId, userId, clock.now()))) {
        throw new AppError("LINK_NOT_FOUND", "Link not found");
      }
      await wake();
      const link = await links.findLink(linkId, userId);
      if (!link) throw new AppError("LINK_NOT_FOUND", "Link not found");
      return link;
    },

    /** One round of due checks (a worker duty): at most one per host, the hosts in parallel. */
    async runDueChecks(signal: AbortSignal): Promise<number> {
      if (signal.aborted) return 0;
      const due = await links.claimDueLinks(clock.now(), settings.batchSize, settings.leaseSeconds);
      await Promise.all(due.map(checkOne));
      return due.length;
    },
  };
}

export type LinkService = ReturnType<typeof createLinkService>;
