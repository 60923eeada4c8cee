import { BatchTimeoutError } from "../errors";
import { followUntilFinal } from "../follow";
import { listPages, type PagePromise } from "../page";
import { readEvents } from "../sse";
import { newIdempotencyKey, type RequestOptions, type Transport } from "../transport";
import { type Body, camelize, type Data, type Query, snakeize, type WireData } from "../wire";
import type { JobSummary, ListJobsParams } from "./jobs";

/** A batch as `GET /v1/batches/{id}` answers it (with `jobIds`). */
export type BatchData = Data<"v1-batches-get">;
/** A batch as the create answer has it: `jobIds`, plus `notices` (e.g. `parallel_jobs` clamped). */
export type CreatedBatchData = Data<"v1-batches-create">;
export type BatchStatus = BatchData["status"];
/** A batch without its job ids: a list entry, an event of its stream, the cancel answer. */
export type BatchSummary = Data<"v1-batches-list">["batches"][number];
/** Where the batch's jobs stand; the counts add up to `totalJobs`, `percentage` is the share delivered. */
export type BatchProgress = BatchData["progress"];
export type BatchNotice = CreatedBatchData["notices"][number];
export type CreateBatchParams = Body<"v1-batches-create">;
export type ListBatchesParams = Query<"v1-batches-list">;

export const finalBatchStatuses: readonly BatchStatus[] = ["COMPLETED", "CANCELLED"];
const isFinal = (status: BatchStatus) => finalBatchStatuses.includes(status);

export interface BatchWaitOptions {
  /**
   * Milliseconds before rejecting with BatchTimeoutError (whose message says the last progress); default one
   * hour; `Infinity` waits as long as it takes.
   */
  timeout?: number;
  signal?: AbortSignal;
  /** Called with the batch (without job ids) whenever its status or counts change. */
  onProgress?: (batch: BatchSummary) => void;
  /** Use the event stream (default), or only poll. */
  stream?: boolean;
  /** Polling interval when there is no stream; default 2 000 ms. */
  pollInterval?: number;
}

/** The batch's fields, merged into the class below (see Job: set by Object.assign). */
export interface Batch extends Omit<Partial<CreatedBatchData>, "batchId" | "status"> {}

/** A batch: its data as last fetched, plus what can be done with it. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: see the interface above
export class Batch {
  readonly batchId: string;
  status: BatchStatus;
  readonly #batches: BatchesResource;

  constructor(
    batches: BatchesResource,
    data: { batchId: string; status: BatchStatus } & Partial<CreatedBatchData>,
  ) {
    this.#batches = batches;
    this.batchId = data.batchId;
    this.status = data.status;
    Object.assign(this, data);
  }

  /** COMPLETED (every job final) or CANCELLED. */
  get isFinished(): boolean {
    return isFinal(this.status);
  }

  /** Fetches the batch again. */
  refresh(options?: RequestOptions): Promise<Batch> {
    return this.#batches.get(this.batchId, options);
  }

  cancel(options?: RequestOptions): Promise<Batch> {
    return this.#batches.cancel(this.batchId, options);
  }

  /** The batch's jobs (`GET /v1/jobs?batch_id=…`), a page that iterates every page. */
  jobs(params: Omit<ListJobsParams, "batchId"> = {}, options?: RequestOptions): PagePromise<JobSummary> {
    return this.#batches.jobs(this.batchId, params, options);
  }

  events(options?: RequestOptions): AsyncGenerator<BatchSummary> {
    return this.#batches.events(this.batchId, options);
  }

  /**
   * Resolves with the finished batch (COMPLETED or CANCELLED), fetched with its job ids. Follows the server's
   * event stream; if the stream is unavailable or drops, polls instead. Rejects with BatchTimeoutError after
   * `timeout`, saying how far the batch got.
   */
  async waitForCompletion(options: BatchWaitOptions = {}): Promise<Batch> {
    const timeout = options.timeout ?? 3_600_000;
    const finished = await followUntilFinal<BatchSummary, Batch>({
      timeout,
      timeoutError: (last) => new BatchTimeoutError(this.batchId, timeout, last?.progress),
      signal: options.signal,
      stream: options.stream,
      pollInterval: options.pollInterval,
      events: (signal) => this.#batches.events(this.batchId, { signal }),
      poll: async (signal) => {
        const batch = await this.#batches.get(this.batchId, { signal });
        const { jobIds: _, notices: __, ...summary } = batch;
        return { progress: summary as BatchSummary, ...(batch.isFinished ? { final: batch } : {}) };
      },
      isFinal: (batch) => isFinal(batch.status),
      changeKey: ({ status, progress: p }) =>
        [status, p.completed, p.inProgress, p.pending, p.failed, p.blocked, p.cancelled].join(":"),
      onProgress: options.onProgress,
    });
    // A get answer has no notices: the create answer's stay on this batch.
    Object.assign(this, finished);
    this.status = finished.status;
    return finished;
  }
}

export class BatchesResource {
  constructor(private readonly transport: Transport) {}

  /**
   * Creates a batch of jobs in one request. An idempotency key is generated when none is given, so the SDK's
   * own retries can never create a second batch.
   */
  async create(params: CreateBatchParams, options?: RequestOptions): Promise<Batch> {
    const idempotencyKey = params.idempotencyKey ?? options?.idempotencyKey ?? newIdempotencyKey();
    const body = { ...params, idempotencyKey };
    const data = (await this.transport.request(
      { method: "POST", path: "/v1/batches", body: snakeize(body), idempotencyKey },
      options ?? {},
    )) as WireData<"v1-batches-create">;
    return new Batch(this, camelize(data));
  }

  async get(batchId: string, options?: RequestOptions): Promise<Batch> {
    const data = (await this.transport.request(
      { method: "GET", path: `/v1/batches/${encodeURIComponent(batchId)}` },
      options ?? {},
    )) as WireData<"v1-batches-get">;
    return new Batch(this, camelize(data));
  }

  /** A page of your batches, newest first; iterate it to walk every page. */
  list(params: ListBatchesParams = {}, options?: RequestOptions): PagePromise<BatchSummary> {
    return listPages<BatchSummary>(this.transport, "/v1/batches", "batches", params, options);
  }

  /** Cancels every job of the batch that is not final; resolves with the cancelled batch (no job ids). */
  async cancel(batchId: string, options?: RequestOptions): Promise<Batch> {
    const data = (await this.transport.request(
      { method: "DELETE", path: `/v1/batches/${encodeURIComponent(batchId)}` },
      options ?? {},
    )) as WireData<"v1-batches-cancel">;
    return new Batch(this, camelize(data));
  }

  /** The batch's jobs: `client.jobs.list({ batchId })`. */
  jobs(
    batchId: string,
    params: Omit<ListJobsParams, "batchId"> = {},
    options?: RequestOptions,
  ): PagePromise<JobSummary> {
    return listPages<JobSummary>(this.transport, "/v1/jobs", "jobs", { ...params, batchId }, options);
  }

  /** The batch (without job ids) after every change of its jobs, as server-sent events, ending once it is final. */
  async *events(batchId: string, options: RequestOptions = {}): AsyncGenerator<BatchSummary> {
    const response = (await this.transport.request(
      { method: "GET", path: `/v1/batches/${encodeURIComponent(batchId)}/events`, expect: "stream" },
      { ...options, maxRetries: 0 },
    )) as Response;
    if (!response.body) return;
    for await (const event of readEvents(response.body)) {
      if (event.event !== "progress") continue;
      const batch = camelize(JSON.parse(event.data) as WireData<"v1-batches-list">["batches"][number]);
      yield batch;
      if (isFinal(batch.status)) return;
    }
  }
}
