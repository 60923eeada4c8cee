import { AuthResource } from "./resources/auth";
import { JobsResource } from "./resources/jobs";
import { CampaignsResource, TasksResource } from "./resources/operators";
import { type ClientOptions, Transport } from "./transport";

/**
 * The BACOWR v1 API client.
 *
 * ```ts
 * const client = new BacowrClient({ token });          // or { apiKey: "sk_live_…" }
 * const job = await client.jobs.create({ publisherDomain, targetUrl, anchorText });
 * const result = await job.waitForCompletion({ timeout: 120_000 });
 * ```
 */
export class BacowrClient {
  readonly auth: AuthResource;
  readonly jobs: JobsResource;
  readonly campaigns: CampaignsResource;
  readonly tasks: TasksResource;
  readonly baseUrl: string;

  constructor(options: ClientOptions = {}) {
    const transport = new Transport(options);
    this.baseUrl = transport.baseUrl;
    this.auth = new AuthResource(transport);
    this.jobs = new JobsResource(transport);
    this.campaigns = new CampaignsResource(transport);
    this.tasks = new TasksResource(transport);
  }
}
