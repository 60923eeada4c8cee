import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  BacowrError,
  errorFromResponse,
} from "./errors";

export interface Tokens {
  accessToken: string;
  refreshToken?: string | undefined;
}

export interface ClientOptions {
  /**
   * The API's base URL; default `BACOWR_BASE_URL` from the environment, else `http://127.0.0.1:8000`. A trailing
   * `/v1` is allowed (`http://localhost:5000/api/v1`, the contract's development URL, reaches the `/api/v1` alias).
   */
  baseUrl?: string;
  /** A v1 access token (`Authorization: Bearer`). */
  token?: string;
  /** With a token: renews it automatically when it expires. */
  refreshToken?: string;
  /** A legacy `sk_live_…` key (`X-API-Key`). */
  apiKey?: string;
  /** Retries on connection errors, 429 and 5xx; default 2. */
  maxRetries?: number;
  /** Milliseconds per request attempt; default 60 000. */
  timeout?: number;
  /** Called whenever the client obtains new tokens (login, refresh), e.g. to store them. */
  onTokens?: (tokens: Tokens) => void;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  timeout?: number;
  signal?: AbortSignal;
  maxRetries?: number;
  headers?: Record<string, string>;
  /**
   * The `Idempotency-Key` of a POST or DELETE; one is generated per call when
   * not given, and every retry of the call sends the same one.
   */
  idempotencyKey?: string;
}

interface Call {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
  /** `json` (default) returns the envelope's data; `text` the raw body; `stream` the open response. */
  expect?: "json" | "text" | "stream";
  /** Never retried (refresh tokens are single-use). */
  once?: boolean;
  /** The key this call must be sent with (a job's body `idempotency_key`); generated when unset. */
  idempotencyKey?: string | undefined;
  anonymous?: boolean;
}

const retryableStatus = (status: number) => status === 408 || status === 429 || status >= 500;

function defaultBaseUrl(): string {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.BACOWR_BASE_URL ?? "http://127.0.0.1:8000";
}

/** Seconds from `Retry-After` (delta or HTTP date), capped. */
function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get("retry-after");
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 60_000) : undefined;
}

/**
 * The server's retry rule (core's `retryDelay`), which this dependency-free
 * package cannot import: 0.5 s doubling to a cap of 8 s, up to 25 % shorter at random.
 */
const backoffMs = (attempt: number) => Math.min(8_000, 500 * 2 ** attempt) * (1 - 0.25 * Math.random());

/**
 * Waits `ms`, or rejects with `failure()` when `signal` aborts first. The
 * abort listener goes when the wait ends, so a signal shared by many waits
 * (polling) never gathers listeners.
 */
export function wait(ms: number, signal: AbortSignal | undefined, failure: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(failure());
    const stop = () => {
      clearTimeout(timer);
      reject(failure());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", stop);
      resolve();
    }, ms);
    signal?.addEventListener("abort", stop, { once: true });
  });
}

const sleep = (ms: number, signal: AbortSignal | undefined) =>
  wait(ms, signal, () => new APIUserAbortError("The request was aborted"));

let keyCounter = 0;

/** A fresh idempotency key: a UUID where the platform has one (browsers, Node 19+). */
export function newIdempotencyKey(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `sdk-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${(keyCounter++).toString(36)}`
  );
}

/** Seconds since the epoch when a JWT expires, read without verifying it. */
function expiryOf(token: string): number | undefined {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp : undefined;
  } catch {
    return undefined;
  }
}

/** HTTP for the SDK: auth headers, the v1 envelope, typed errors, retries, timeouts, token refresh. */
export class Transport {
  readonly baseUrl: string;
  private tokens: Tokens | undefined;
  private readonly apiKey: string | undefined;
  private readonly maxRetries: number;
  private readonly timeout: number;
  private readonly fetchImpl: typeof fetch;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly options: ClientOptions = {}) {
    // Paths carry their own `/v1`, so a base URL written the contract's way (`https://api.bacowr.com/v1`,
    // `http://localhost:5000/api/v1`) drops its trailing `/v1` instead of doubling it.
    this.baseUrl = (options.baseUrl ?? defaultBaseUrl()).replace(/\/+$/, "").replace(/\/v1$/, "");
    this.tokens = options.token
      ? { accessToken: options.token, refreshToken: options.refreshToken }
      : undefined;
    this.apiKey = options.apiKey;
    this.maxRetries = options.maxRetries ?? 2;
    this.timeout = options.timeout ?? 60_000;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  setTokens(tokens: Tokens): void {
    this.tokens = tokens;
    this.options.onTokens?.(tokens);
  }

  private authHeaders(): Record<string, string> {
    if (this.tokens) return { authorization: `Bearer ${this.tokens.accessToken}` };
    if (this.apiKey) return { "x-api-key": this.apiKey };
    return {};
  }

  private canRefresh(): boolean {
    return this.tokens?.refreshToken !== undefined;
  }

  /** Renews the access token with the refresh token; concurrent callers share one refresh. */
  async refresh(): Promise<void> {
    const refreshToken = this.tokens?.refreshToken;
    if (!refreshToken) throw new BacowrError("No refresh token to renew the access token with");
    this.refreshing ??= (async () => {
      try {
        const data = (await this.request(
          {
            method: "POST",
            path: "/v1/auth/refresh",
            body: { refresh_token: refreshToken },
            once: true,
            anonymous: true,
          },
          {},
        )) as { access_token: string; refresh_token: string };
        this.setTokens({ accessToken: data.access_token, refreshToken: data.refresh_token });
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  url(path: string, query?: Record<string, unknown>): string {
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null)
        url.searchParams.set(key, value instanceof Date ? value.toISOString() : String(value));
    }
    return url.toString();
  }

  async request(call: Call, options: RequestOptions): Promise<unknown> {
    const maxRetries = call.once ? 0 : (options.maxRetries ?? this.maxRetries);
    const timeout = options.timeout ?? this.timeout;
    let refreshed = false;
    if (!call.anonymous && this.canRefresh()) {
      const exp = this.tokens && expiryOf(this.tokens.accessToken);
      if (exp !== undefined && exp * 1000 < Date.now() + 30_000) {
        await this.refresh();
        refreshed = true;
      }
    }
    // One key per logical call, sent with every attempt: a retry after a lost answer is recognised, not repeated.
    const idempotencyKey =
      call.method === "GET" || call.once
        ? undefined
        : (call.idempotencyKey ?? options.idempotencyKey ?? newIdempotencyKey());
    for (let attempt = 0; ; attempt++) {
      const controller = new AbortController();
      const onAbort = () => controller.abort();
      options.signal?.addEventListener("abort", onAbort, { once: true });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeout);
      let response: Response;
      let payload: unknown;
      try {
        if (options.signal?.aborted) throw new APIUserAbortError("The request was aborted");
        response = await this.fetchImpl(this.url(call.path, call.query), {
          method: call.method,
          headers: {
            accept: call.expect === "stream" ? "text/event-stream" : "application/json",
            "user-agent": "BACOWR-Client/1.0 (@bacowr/sdk)",
            ...(call.body === undefined ? {} : { "content-type": "application/json" }),
            ...(call.anonymous ? {} : this.authHeaders()),
            ...(idempotencyKey === undefined ? {} : { "idempotency-key": idempotencyKey }),
            ...options.headers,
          },
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
          signal: controller.signal,
        });
        if (call.expect === "stream" && response.ok) {
          clearTimeout(timer);
          return response;
        }
        const text = await response.text();
        payload = call.expect === "text" && response.ok ? text : text ? safeJson(text) : undefined;
      } catch (error) {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        if (error instanceof APIUserAbortError || options.signal?.aborted) {
          throw new APIUserAbortError("The request was aborted", { cause: error });
        }
        const failure = timedOut
          ? new APITimeoutError(`The request timed out after ${timeout} ms`, { cause: error })
          : new APIConnectionError(`Cannot reach ${this.baseUrl}: ${(error as Error).message}`, {
              cause: error,
            });
        if (attempt >= maxRetries) throw failure;
        await sleep(backoffMs(attempt), options.signal);
        continue;
      }
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);

      const requestId = response.headers.get("x-request-id") ?? undefined;
      if (response.status === 401 && !call.anonymous && this.canRefresh() && !refreshed) {
        await this.refresh();
        refreshed = true;
        attempt--;
        continue;
      }
      if (!response.ok) {
        if (retryableStatus(response.status) && attempt < maxRetries) {
          await sleep(retryAfterMs(response) ?? backoffMs(attempt), options.signal);
          continue;
        }
        throw errorFromResponse(response.status, payload, requestId);
      }
      if (call.expect === "text") return payload;
      return (payload as { data?: unknown } | undefined)?.data;
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { error: { message: text.slice(0, 500) } };
  }
}
