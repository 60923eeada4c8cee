import { listPages, type PagePromise } from "../page";
import type { RequestOptions, Transport } from "../transport";
import { camelize, type Data, type Query, type WireData } from "../wire";

/** A placed link (or a cited source watched for link rot) with its latest check. */
export type Link = Data<"v1-links-get">;
export type LinkSummary = Data<"v1-links-list">["links"][number];
export type LinkStatus = LinkSummary["status"];
export type LinkCheck = NonNullable<LinkSummary["lastCheck"]>;
export type ListLinksParams = Query<"v1-links-list">;

const path = (id: string) => `/v1/links/${encodeURIComponent(id)}`;

/**
 * The live-link monitor's view: every link of yours (`placement`s on publishers' pages, and the `source`s
 * delivered articles cite) with its verdict: `verified`, `changed`, `missing`, `page_gone`, or `pending`.
 */
export class LinksResource {
  constructor(private readonly transport: Transport) {}

  /** A page of your links, newest first; filter by `status`, `targetDomain`, `publisher`, `jobId`, `kind`. */
  list(params: ListLinksParams = {}, options?: RequestOptions): PagePromise<LinkSummary> {
    return listPages<LinkSummary>(this.transport, "/v1/links", "links", params, options);
  }

  /** A link with its `history` of checks, newest first. */
  async get(linkId: string, options?: RequestOptions): Promise<Link> {
    const data = await this.transport.request({ method: "GET", path: path(linkId) }, options ?? {});
    return camelize(data as WireData<"v1-links-get">);
  }

  /** Makes the link due now; its new verdict follows within the monitor's next round (read it with `get`). */
  async check(linkId: string, options?: RequestOptions): Promise<LinkSummary> {
    const data = await this.transport.request(
      { method: "POST", path: `${path(linkId)}/check` },
      options ?? {},
    );
    return camelize(data as WireData<"v1-links-check">);
  }
}
