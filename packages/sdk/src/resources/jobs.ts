import { JobTimeoutError } from "../errors";
import { followUntilFinal } from "../follow";
import { listPages, type PagePromise } from "../page";
import { readEvents } from "../sse";
import { newIdempotencyKey, type RequestOptions, type Transport } from "../transport";
import { type Body, camelize, type Data, type Query, snakeize, type WireData } from "../wire";
import type { ExportToWordPressParams, WordPressExport } from "./cms";
import type { LinkSummary } from "./links";

export type JobData = Data<"v1-jobs-get">;
export type JobStatus = JobData["status"];
export type JobSummary = Data<"v1-jobs-list">["jobs"][number];
export type CreateJobParams = Body<"v1-jobs-create">;
export type ListJobsParams = Query<"v1-jobs-list">;
export type QcCheckParams = Body<"v1-qc-check">;
export type QcCheckResult = Data<"v1-qc-check">;

/** One step of a job's progress, as the event stream and polling report it. */
export interface JobProgress {
  jobId: string;
  status: JobStatus;
  progress: number;
}

export const finalStatuses: readonly JobStatus[] = ["DELIVER", "BLOCKED", "ERROR", "CANCELLED"];
const isFinal = (status: JobStatus) => finalStatuses.includes(status);

export interface WaitOptions {
  /** Milliseconds before rejecting with JobTimeoutError; default 10 minutes. */
  timeout?: number;
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
  /** Use the event stream (default), or only poll. */
  stream?: boolean;
  /** Polling interval when there is no stream; default 2 000 ms. */
  pollInterval?: number;
}

/**
 * The job's fields, merged into the class below: all optional (a job just
 * created has only its id, status and timestamps), set by Object.assign.
 */
export interface Job extends Omit<Partial<JobData>, "jobId" | "status"> {}

/** A job: its data as last fetched, plus what can be done with it. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: see the interface above
export class Job {
  readonly jobId: string;
  status: JobStatus;
  readonly #jobs: JobsResource;

  constructor(jobs: JobsResource, data: { jobId: string; status: JobStatus } & Partial<JobData>) {
    this.#jobs = jobs;
    this.jobId = data.jobId;
    this.status = data.status;
    Object.assign(this, data);
  }

  get isFinished(): boolean {
    return isFinal(this.status);
  }

  /** Fetches the job again. */
  refresh(options?: RequestOptions): Promise<Job> {
    return this.#jobs.get(this.jobId, options);
  }

  cancel(options?: RequestOptions) {
    return this.#jobs.cancel(this.jobId, options);
  }

  /**
   * Resolves with the finished job (DELIVER, BLOCKED, ERROR or CANCELLED).
   * Follows the server's event stream; if the stream is unavailable or
   * drops, polls instead. Rejects with JobTimeoutError after `timeout`.
   */
  async waitForCompletion(options: WaitOptions = {}): Promise<Job> {
    const timeout = options.timeout ?? 600_000;
    const finished = await followUntilFinal<JobProgress, Job>({
      timeout,
      timeoutError: () => new JobTimeoutError(`Job ${this.jobId} did not finish within ${timeout} ms`),
      signal: options.signal,
      stream: options.stream,
      pollInterval: options.pollInterval,
      events: (signal) => this.#jobs.events(this.jobId, { signal }),
      poll: async (signal) => {
        const job = await this.#jobs.get(this.jobId, { signal });
        const progress = { jobId: job.jobId, status: job.status, progress: job.progress ?? 0 };
        return { progress, ...(job.isFinished ? { final: job } : {}) };
      },
      isFinal: (progress) => isFinal(progress.status),
      changeKey: (progress) => `${progress.status}:${progress.progress}`,
      onProgress: options.onProgress,
    });
    Object.assign(this, finished);
    this.status = finished.status;
    return finished;
  }
}

export class JobsResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Creates a job. An idempotency key is generated when none is given, so the
   * SDK's own retries can never create a second job.
   */
  async create(params: CreateJobParams, options?: RequestOptions): Promise<Job> {
    const idempotencyKey = params.idempotencyKey ?? options?.idempotencyKey ?? newIdempotencyKey();
    const body = { ...params, idempotencyKey };
    // The header carries the body's key too, so both name the same request.
    const data = (await this.transport.request(
      { method: "POST", path: "/v1/jobs", body: snakeize(body), idempotencyKey },
      options ?? {},
    )) as WireData<"v1-jobs-create">;
    return new Job(this, camelize(data) as Data<"v1-jobs-create">);
  }

  async get(jobId: string, options?: RequestOptions): Promise<Job> {
    const data = (await this.transport.request(
      { method: "GET", path: `/v1/jobs/${encodeURIComponent(jobId)}` },
      options ?? {},
    )) as WireData<"v1-jobs-get">;
    return new Job(this, camelize(data));
  }

  /** A page of your jobs, newest first by default; iterate it to walk every page. */
  list(params: ListJobsParams = {}, options?: RequestOptions): PagePromise<JobSummary> {
    return listPages<JobSummary>(this.transport, "/v1/jobs", "jobs", params, options);
  }

  /**
   * Exports a delivered article to WordPress (the seed's `POST /v1/jobs/{id}/export/wordpress`), with the site's
   * URL, user and application password or a saved `connectionId`. Sent once, never retried: it writes to the
   * site. Exporting the same job to the same site again updates its post.
   */
  async exportToWordPress(
    jobId: string,
    params: ExportToWordPressParams,
    options?: RequestOptions,
  ): Promise<WordPressExport> {
    const data = await this.transport.request(
      {
        method: "POST",
        path: `/v1/jobs/${encodeURIComponent(jobId)}/export/wordpress`,
        body: snakeize(params),
        once: true,
      },
      options ?? {},
    );
    return camelize(data as WireData<"v1-cms-exportWordPress">);
  }

  /**
   * Says where the article went live; the link monitor checks the page at once and then on a schedule. Sent
   * once, never retried, like the export: each attempt would have the server fetch the publisher's page.
   */
  async place(jobId: string, url: string, options?: RequestOptions): Promise<LinkSummary> {
    const data = await this.transport.request(
      { method: "POST", path: `/v1/jobs/${encodeURIComponent(jobId)}/placement`, body: { url }, once: true },
      options ?? {},
    );
    return camelize(data as WireData<"v1-links-place">);
  }

  async cancel(jobId: string, options?: RequestOptions): Promise<Data<"v1-jobs-cancel">> {
    const data = await this.transport.request(
      { method: "DELETE", path: `/v1/jobs/${encodeURIComponent(jobId)}` },
      options ?? {},
    );
    return camelize(data as WireData<"v1-jobs-cancel">);
  }

  /** The finished article as a sanitised HTML page. */
  async articleHtml(jobId: string, options?: RequestOptions): Promise<string> {
    return (await this.transport.request(
      { method: "GET", path: `/v1/jobs/${encodeURIComponent(jobId)}/article.html`, expect: "text" },
      options ?? {},
    )) as string;
  }

  /** QC for an article written elsewhere. */
  async checkQc(params: QcCheckParams, options?: RequestOptions): Promise<QcCheckResult> {
    const data = await this.transport.request(
      { method: "POST", path: "/v1/qc/check", body: snakeize(params) },
      options ?? {},
    );
    return camelize(data as WireData<"v1-qc-check">);
  }

  /** The job's progress as server-sent events, ending after a final state. */
  async *events(jobId: string, options: RequestOptions = {}): AsyncGenerator<JobProgress> {
    const response = (await this.transport.request(
      { method: "GET", path: `/v1/jobs/${encodeURIComponent(jobId)}/events`, expect: "stream" },
      { ...options, maxRetries: 0 },
    )) as Response;
    if (!response.body) return;
    for await (const event of readEvents(response.body)) {
      if (event.event !== "progress") continue;
      const progress = camelize(
        JSON.parse(event.data) as { job_id: string; status: JobStatus; progress: number },
      );
      yield progress;
      if (isFinal(progress.status)) return;
    }
  }
}
