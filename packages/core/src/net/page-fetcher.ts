/** A page fetched from the public web (publisher and target sites, SERP APIs). */
export interface FetchedPage {
  /** The URL that finally answered, after redirects. */
  url: string;
  status: number;
  contentType: string | undefined;
  /** The answer's headers, names in lower case, a repeated header's values joined with ", " (absent from test doubles that do not need them). */
  headers?: Record<string, string>;
  body: string;
}

export const fetchRefusalReasons = [
  "invalid_url",
  "credentials_in_url",
  "private_address",
  "too_many_redirects",
  "too_large",
  "timeout",
  "network",
] as const;
export type FetchRefusalReason = (typeof fetchRefusalReasons)[number];

/** The fetcher would not, or could not, bring the page. `reason` says which rule. */
export class FetchRefusedError extends Error {
  override name = "FetchRefusedError";
  constructor(
    readonly reason: FetchRefusalReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Outbound HTTP that never reaches into private networks. */
export interface PageFetcher {
  fetch(
    url: string,
    init?: {
      method?: "GET" | "POST";
      headers?: Record<string, string>;
      body?: string;
      signal?: AbortSignal;
      /** "manual" answers a redirect as it is (webhooks are not redirected); "follow" (the default) follows it. */
      redirect?: "follow" | "manual";
      /** Read only the first this many bytes of the answer, then stop (no `too_large`: the rest is not wanted). */
      readBytes?: number;
    },
  ): Promise<FetchedPage>;
}
