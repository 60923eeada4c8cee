import type {
  AnalyticsService,
  AuthService,
  BatchService,
  CaptchaRelay,
  EstimateService,
  ExportService,
  JobService,
  LinkService,
  LlmRelay,
  OperatorService,
  QcCheckService,
  RateLimiter,
  RecordsService,
  TaskService,
  TierLimits,
  WebhookService,
} from "@bacowr/core";
import type { AccessTokenSettings } from "./auth/access-token";

/** The core services behind the worker bridge and its operator endpoints. */
export interface BridgeServices {
  tasks: TaskService;
  records: RecordsService;
  operator: OperatorService;
  llm: LlmRelay;
  captcha: CaptchaRelay;
}

/** What the API needs from the host. Everything is injected; nothing reads the environment. */
export interface ApiDeps {
  serviceVersion: string;
  accessTokens: AccessTokenSettings;
  /** The worker-bridge `X-API-Token`; undefined means the bridge refuses every call. */
  bridgeApiToken: string | undefined;
  bridge: BridgeServices;
  auth: AuthService;
  qcCheck: QcCheckService;
  jobs: JobService;
  batches: BatchService;
  /** Prices an order without placing it (POST /v1/estimate). */
  estimates: EstimateService;
  /** Usage statistics and timeseries of an owner's jobs (GET /v1/analytics/*). */
  analytics: AnalyticsService;
  /** Webhook subscriptions, their delivery log and replays (/v1/webhooks). */
  webhooks: WebhookService;
  /** WordPress export and saved CMS connections (/v1/jobs/{id}/export/wordpress, /v1/cms/wordpress). */
  exports: ExportService;
  /** Placed links and their checks (/v1/links, /v1/jobs/{id}/placement). */
  links: LinkService;
  /** Each tier's limits (requests/hour, concurrent jobs, batch size); a customer's own limits override them. */
  tierLimits: TierLimits;
  /** Per-user request limits of the v1 face, counted in the shared store. */
  v1RateLimit: {
    limiter: RateLimiter;
    windowSeconds: number;
  };
  /** Per-client-IP limits of the worker bridge, by bucket (each procedure names its own), counted in the shared store. */
  bridgeRateLimit: {
    limiter: RateLimiter;
    windowSeconds: number;
    perBucket: Record<BridgeRateLimitBucket, number>;
  };
  /** Whether error answers may carry a stack trace (a debug setting; never in production). */
  exposeErrorStacks: boolean;
  /**
   * Told of each call refused for its rate limit (the operators' metrics): v1 with the caller's tier,
   * the bridge with the procedure's bucket. Must not throw.
   */
  onRateLimitRefused?: ((face: "v1" | "bridge", bucket: string) => void) | undefined;
}

/** The bridge's rate-limit buckets: task polling is busier, paid relay calls are scarcer. */
export type BridgeRateLimitBucket = "default" | "tasks" | "relay";

type HeaderValue = string | string[] | undefined;

/** The request as the procedures see it, independent of the HTTP framework. */
export interface RequestInfo {
  id: string;
  ip: string;
  headers: Record<string, HeaderValue>;
}

/** Lets a procedure choose its success status (201, or 200 for an idempotent replay) and headers. */
export interface ResponseControl {
  status?: number;
  headers: Record<string, string>;
  /**
   * The operation the request reached: its documented path (`/v1/jobs/{job_id}`), else its procedure path.
   * A pattern, never the request's own URL, so metrics can label by it.
   */
  route?: string;
}

export interface Context {
  deps: ApiDeps;
  req: RequestInfo;
  response: ResponseControl;
}

export function createContext(deps: ApiDeps, req: RequestInfo): Context {
  return { deps, req, response: { headers: {} } };
}

export function headerValue(req: RequestInfo, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
