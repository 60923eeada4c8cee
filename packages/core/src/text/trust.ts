import type { QcSettings } from "../qc/qc-settings";
import { hostMatches } from "./urls";

export const trustTiers = ["T1", "T2", "T3", "T4"] as const;
export type TrustTier = (typeof trustTiers)[number];

/** Which hosts count as trusted sources, by tier, and which never count: QC's configured trust lists. */
export type TrustLists = Pick<QcSettings["trust"], "tiers" | "userGenerated">;

/** User-generated sites (forums, blogs on shared hosts) are never a source, whatever else matches. */
export const isUserGenerated = (host: string, lists: TrustLists) =>
  lists.userGenerated.some((rule) => hostMatches(host, rule));

/** The host's trust tier, or undefined when it is not a trusted source. */
export function trustTierOf(host: string, lists: TrustLists): TrustTier | undefined {
  if (isUserGenerated(host, lists)) return undefined;
  return trustTiers.find((tier) => lists.tiers[tier].some((rule) => hostMatches(host, rule)));
}
