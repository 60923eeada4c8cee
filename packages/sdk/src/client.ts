import { AnalyticsResource } from "./resources/analytics";
import { AuthResource } from "./resources/auth";
import { BatchesResource } from "./resources/batches";
import { CmsResource } from "./resources/cms";
import { type Estimate, type EstimateParams, estimate } from "./resources/estimate";
import { JobsResource } from "./resources/jobs";
import { LinksResource } from "./resources/links";
import { CampaignsResource, TasksResource } from "./resources/operators";
import { ProxiesResource } from "./resources/proxies";
import { UsersResource } from "./resources/users";
import { WebhooksResource } from "./resources/webhooks";
import { type ClientOptions, type RequestOptions, Transport } from "./transport";

/**
 * The BACOWR v1 API client.
 *
 * ```ts
 * const client = new BacowrClient({ token });          // or { apiKey: "sk_live_…" }
 * const job = await client.jobs.create({ publisherDomain, targetUrl, anchorText });
 * const result = await job.waitForCompletion({ timeout: 120_000 });
 *
 * const batch = await client.batches.create({ name: "March", jobs: [{ publisherDomain, targetUrl, anchorText }] });
 * const done = await batch.waitForCompletion({ onProgress: (b) => console.log(b.progress.percentage) });
 *
 * const stats = await client.analytics.stats({ period: "30d" });
 *
 * const { webhookId, secret } = await client.webhooks.subscribe("job.completed", "https://example.com/hooks");
 * // and in the receiver: const event = await verifyWebhook(rawBody, headers, secret);
 * ```
 */
export class BacowrClient {
  readonly auth: AuthResource;
  readonly jobs: JobsResource;
  readonly batches: BatchesResource;
  readonly campaigns: CampaignsResource;
  readonly tasks: TasksResource;
  readonly proxies: ProxiesResource;
  readonly users: UsersResource;
  readonly analytics: AnalyticsResource;
  readonly webhooks: WebhooksResource;
  readonly links: LinksResource;
  readonly cms: CmsResource;
  readonly baseUrl: string;
  readonly #transport: Transport;

  constructor(options: ClientOptions = {}) {
    const transport = new Transport(options);
    this.#transport = transport;
    this.baseUrl = transport.baseUrl;
    this.auth = new AuthResource(transport);
    this.jobs = new JobsResource(transport);
    this.batches = new BatchesResource(transport);
    this.campaigns = new CampaignsResource(transport);
    this.tasks = new TasksResource(transport);
    this.proxies = new ProxiesResource(transport);
    this.users = new UsersResource(transport);
    this.analytics = new AnalyticsResource(transport);
    this.webhooks = new WebhooksResource(transport);
    this.links = new LinksResource(transport);
    this.cms = new CmsResource(transport);
  }

  /**
   * What a job or a batch would cost and take, before placing it (`POST /v1/estimate`): pass the body you would
   * pass to `jobs.create` or `batches.create` (a body with `jobs` is a batch). Nothing is created; the body is
   * validated as creating it would be.
   */
  estimate(params: EstimateParams, options?: RequestOptions): Promise<Estimate> {
    return estimate(this.#transport, params, options);
  }

  /**
   * GET any v1 path with this client's credentials, retries and token renewal, and return the response's
   * `data` exactly as the API sends it (snake_case, nothing renamed): for the wire shape itself, or a path
   * the SDK has no method for.
   *
   * ```ts
   * const job = await client.get("/v1/jobs/job_abc123"); // { job_id, status, qc_report: { … }, … }
   * ```
   */
  get(path: string, query?: Record<string, unknown>, options?: RequestOptions): Promise<unknown> {
    return this.#transport.request({ method: "GET", path, query }, options ?? {});
  }
}
