import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import {
  type AddressAllowList,
  type FetchedPage,
  FetchRefusedError,
  isAllowedAddress,
  isIpLiteral,
  isPublicHost,
  type PageFetcher,
} from "@bacowr/core";
import { Agent, request, errors as undiciErrors } from "undici";

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

/** How long a name may take to resolve. */
const RESOLVE_TIMEOUT_MS = 5_000;

export interface SafeFetcherOptions {
  /** Hosts, IPs or CIDR ranges that may be reached although private (FETCH_ALLOW_PRIVATE_HOSTS). */
  allowList: AddressAllowList;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Name resolution; the system resolver unless a test injects one. */
  resolve?: Resolver;
}

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

const refuse = (
  reason: ConstructorParameters<typeof FetchRefusedError>[0],
  message: string,
  cause?: unknown,
) => new FetchRefusedError(reason, message, cause === undefined ? undefined : { cause });

function checkedUrl(raw: string, allow: AddressAllowList): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw refuse("invalid_url", `not a URL: ${raw.slice(0, 200)}`, error);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw refuse("invalid_url", `only http and https URLs are fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw refuse("credentials_in_url", "URLs with a user name or password are not fetched");
  }
  if (!isPublicHost(url.hostname, allow)) {
    throw refuse("private_address", `${url.hostname} is a private, loopback or link-local host`);
  }
  return url;
}

/**
 * The one way the platform reaches the web. Host names are checked twice: by
 * name before the request, and by every address they resolve to when the
 * connection is made (so a name cannot be re-pointed at a private address
 * between the check and the connect). Redirects are followed by hand and each
 * hop is checked again; time and size are capped.
 */
export function createSafeFetcher(options: SafeFetcherOptions): PageFetcher & { close(): Promise<void> } {
  const allow = options.allowList;
  const vet = createUrlVetter(options);

  const agent = new Agent({
    connect: {
      // Called for host names only: IP literals were judged by checkedUrl already.
      lookup(hostname, lookupOptions, callback) {
        vet.addresses(hostname).then(
          (addresses) => {
            // With `all`, net.lookup's callback takes the address list; its typing only knows the single form.
            if ((lookupOptions as { all?: boolean }).all) return callback(null, addresses as never, 0);
            const first = addresses[0] as LookupAddress;
            callback(null, first.address, first.family);
          },
          (error: unknown) => callback(error as NodeJS.ErrnoException, "", 0),
        );
      },
    },
  });

  return {
    async fetch(raw, init = {}) {
      const deadline = AbortSignal.timeout(options.timeoutMs);
      const signal = init.signal ? AbortSignal.any([deadline, init.signal]) : deadline;
      let url = checkedUrl(raw, allow);
      let method = init.method ?? "GET";
      let body = init.body;
      for (let hop = 0; ; hop++) {
        let response: Awaited<ReturnType<typeof request>>;
        try {
          response = await request(url, {
            dispatcher: agent,
            method,
            body,
            signal,
            headers: {
              "user-agent": options.userAgent,
              accept: "text/html,application/json;q=0.9,*/*;q=0.5",
              ...init.headers,
            },
          });
        } catch (error) {
          throw failure(error, url, deadline);
        }
        const location = response.headers.location;
        if (
          response.statusCode >= 300 &&
          response.statusCode < 400 &&
          location &&
          init.redirect !== "manual"
        ) {
          await response.body.dump();
          if (hop >= options.maxRedirects)
            throw refuse("too_many_redirects", `more than ${options.maxRedirects} redirects`);
          url = checkedUrl(new URL(String(location), url).toString(), allow);
          // 303 (and, by browser convention, 301/302 after POST) continue as GET without a body.
          if (response.statusCode === 303 || method === "POST") {
            method = "GET";
            body = undefined;
          }
          continue;
        }
        const declared = Number(response.headers["content-length"] ?? 0);
        if (init.readBytes !== undefined) return await headOf(response, url, init.readBytes, deadline);
        if (declared > options.maxBytes) {
          response.body.destroy();
          throw refuse("too_large", `${url.host} declared ${declared} bytes (limit ${options.maxBytes})`);
        }
        const chunks: Buffer[] = [];
        let size = 0;
        try {
          for await (const chunk of response.body) {
            size += (chunk as Buffer).length;
            if (size > options.maxBytes) {
              response.body.destroy();
              throw refuse("too_large", `${url.host} sent more than ${options.maxBytes} bytes`);
            }
            chunks.push(chunk as Buffer);
          }
        } catch (error) {
          if (error instanceof FetchRefusedError) throw error;
          throw failure(error, url, deadline);
        }
        const contentType = response.headers["content-type"];
        return {
          url: url.toString(),
          status: response.statusCode,
          contentType: Array.isArray(contentType) ? contentType[0] : contentType,
          headers: flatHeaders(response.headers),
          body: Buffer.concat(chunks).toString("utf8"),
        } satisfies FetchedPage;
      }
    },
    close: () => agent.close(),
  };
}

/** The first `limit` bytes of an answer, the rest discarded unread (the connection is closed). */
async function headOf(
  response: Awaited<ReturnType<typeof request>>,
  url: URL,
  limit: number,
  deadline: AbortSignal,
): Promise<FetchedPage> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= limit) break;
    }
  } catch (error) {
    // The status line has arrived; a body that breaks off or trickles past the deadline leaves what came.
    if (!deadline.aborted && !(error instanceof undiciErrors.BodyTimeoutError))
      throw failure(error, url, deadline);
  } finally {
    response.body.destroy();
  }
  const contentType = response.headers["content-type"];
  return {
    url: url.toString(),
    status: response.statusCode,
    contentType: Array.isArray(contentType) ? contentType[0] : contentType,
    headers: flatHeaders(response.headers),
    body: Buffer.concat(chunks).subarray(0, limit).toString("utf8"),
  };
}

/** Header names in lower case, a repeated header's values joined with ", " (as HTTP allows for lists). */
function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

/**
 * The fetcher's address rules without fetching: the URL's form and host, then every address its
 * name resolves to (webhook URLs are vetted this way when subscribed, and again by the fetcher at each send).
 */
export function createUrlVetter(options: Pick<SafeFetcherOptions, "allowList" | "resolve">) {
  const resolve = options.resolve ?? systemResolver;
  const allow = options.allowList;
  /** The addresses `hostname` resolves to, all allowed; refused (`private_address`) otherwise. */
  const addresses = async (hostname: string): Promise<LookupAddress[]> => {
    let found: LookupAddress[];
    let timer: NodeJS.Timeout | undefined;
    try {
      // dns.lookup cannot be cancelled; a name whose servers never answer must not hold a request for long.
      found = await Promise.race([
        resolve(hostname),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error("DNS timeout")), RESOLVE_TIMEOUT_MS);
        }),
      ]);
    } catch (error) {
      throw refuse("network", `${hostname} did not resolve`, error);
    } finally {
      clearTimeout(timer);
    }
    const hostAllowed = allow.some((entry) => entry.trim().toLowerCase() === hostname.toLowerCase());
    const refused = found.find((a) => !hostAllowed && !isAllowedAddress(a.address, allow));
    if (refused) {
      throw refuse("private_address", `${hostname} resolves to a non-public address (${refused.address})`);
    }
    if (found.length === 0) throw refuse("private_address", `${hostname} did not resolve`);
    return found;
  };
  return {
    addresses,
    async url(raw: string): Promise<void> {
      const url = checkedUrl(raw, allow);
      if (!isIpLiteral(url.hostname)) await addresses(url.hostname);
    },
  };
}

function failure(error: unknown, url: URL, deadline: AbortSignal): FetchRefusedError {
  if (error instanceof FetchRefusedError) return error;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof FetchRefusedError) return cause;
  if (
    deadline.aborted ||
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError
  ) {
    return refuse("timeout", `${url.host} did not answer in time`, error);
  }
  return refuse("network", `${url.host}: ${error instanceof Error ? error.message : String(error)}`, error);
}
