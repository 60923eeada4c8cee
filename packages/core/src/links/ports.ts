import type { LinkCheck, LinkVerdict } from "./link-inspection";
import type { LinkListFilters, LinkStatus, NewPlacedLink, PlacedLinkRecord } from "./link-records";

/** A link a checker leased, with the verdicts before this check (newest first). */
export interface DueLink {
  link: PlacedLinkRecord;
  lease_id: string;
  recent_verdicts: LinkVerdict[];
}

export interface LinkRepository {
  /**
   * Records a placement, or, when the job already has a link on that page (or the backlink already has
   * one), makes it due now with the new expectations. `created` says which.
   */
  placeLink(link: NewPlacedLink, now: Date): Promise<{ link: PlacedLinkRecord; created: boolean }>;
  findLink(id: string, userId: string): Promise<PlacedLinkRecord | undefined>;
  listLinks(userId: string, filters: LinkListFilters): Promise<{ links: PlacedLinkRecord[]; total: number }>;
  linksForJob(jobId: string): Promise<PlacedLinkRecord[]>;
  /** The link's latest checks, newest first. */
  checksOf(linkId: string, limit: number): Promise<LinkCheck[]>;
  /** Makes a user's link due now; false when it is not theirs. */
  requestCheck(id: string, userId: string, now: Date): Promise<boolean>;
  /**
   * Leases up to `limit` due links, at most one per host and none on a host whose check is under way (in
   * any process), so each publisher sees one request from us at a time.
   */
  claimDueLinks(now: Date, limit: number, leaseSeconds: number): Promise<DueLink[]>;
  /**
   * Stores a check's outcome if `leaseId` still holds the link: the history row, the link's state and next
   * check, and a bridge backlink's status (`verified` or `lost`) in one transaction. False when the lease
   * was lost (another checker took the link over).
   */
  recordCheck(
    linkId: string,
    leaseId: string,
    outcome: { check: LinkCheck; status: LinkStatus; nextCheckAt: Date; now: Date },
  ): Promise<boolean>;
}
