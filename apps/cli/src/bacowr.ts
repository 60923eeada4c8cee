import { writeSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import {
  BacowrClient,
  BacowrError,
  type Batch,
  type BatchSummary,
  type CreateBatchParams,
  type CreateJobParams,
  camelize,
  type ExportToWordPressParams,
  type Job,
  type JobSummary,
  type ListBatchesParams,
  type ListJobsParams,
  type ListLinksParams,
  type PagePromise,
  snakeize,
  type UpdateWebhookParams,
  type WebhookDelivery,
  type WebhookEventType,
} from "@bacowr/sdk";
import { SingleBar } from "cli-progress";
import { allDelivered, barValues, batchRow, batchSummary, progressLine } from "./batch-summary";
import { CliError, describeRefusal, exitCodes, runMain, sessionRefused, usageError } from "./failure";
import { batchJobs, parseRecords, readInput, rowOf } from "./input-files";
import { jobSummary } from "./job-summary";
import { exportSummary, linkRow, linkSummary } from "./link-summary";
import { login, sessionClient, sessionPath } from "./session";
import { deliveryRow, webhookRow, webhookSummary } from "./webhook-summary";

const usage = `bacowr: BACOWR article jobs from the command line

  login --url URL --email EMAIL [--password P]      (or BACOWR_PASSWORD)
  jobs create --publisher DOMAIN --target URL --anchor TEXT
              [--provider anthropic|openai|google] [--strategy single_stage|multi_stage]
              [--preflight light|heavy] [--instructions TEXT] [--idempotency-key KEY]
              [--max-cost USD] [--wait [--timeout SECONDS]]
  jobs get ID
  jobs list [--status S] [--publisher DOMAIN] [--batch ID] [--limit N] [--offset N] [--all]
  jobs cancel ID
  jobs article ID [--html]                          (Markdown, or the sanitised HTML page, on stdout)
  batches create --file FILE [--name NAME] [--chunk-size N] [--parallel N] [--max-cost USD]
              [--provider P] [--strategy S] [--preflight M] [--instructions TEXT] [--idempotency-key KEY]
              [--wait [--timeout SECONDS]]
  batches get ID [--wait [--timeout SECONDS]]
  batches list [--status RUNNING|COMPLETED|CANCELLED] [--limit N] [--offset N] [--all]
  batches cancel ID
  webhooks create URL --events E1,E2 [--description TEXT]
  webhooks list [--limit N] [--offset N] [--all]
  webhooks get ID   |   webhooks delete ID   |   webhooks rotate-secret ID   |   webhooks test ID
  webhooks update ID [--url URL] [--events E1,E2] [--description TEXT] [--active true|false]
  webhooks deliveries ID [--status pending|delivered|dead] [--event E] [--limit N] [--offset N] [--all]
  webhooks replay ID --since ISO-TIME [--status dead|delivered]
  webhooks replay-delivery DELIVERY_ID
  jobs place ID PAGE_URL                            (the page the article went live on: the monitor checks it)
  jobs export-wordpress ID (--url SITE_URL --username NAME | --connection ID) [--password-env VAR]
              [--status draft|publish|pending|private] [--category ID]... [--tag NAME]... [--rel sponsored]...
  links list [--status S] [--target-domain D] [--publisher D] [--job ID] [--kind placement|source]
             [--limit N] [--offset N] [--all]
  links get ID   |   links check ID

A batch file ending in .csv has a header row and one row per job: publisher_domain,target_url,anchor_text, and
optionally max_cost,llm_provider,strategy,preflight_mode,custom_instructions (an empty cell takes the batch's
option); any other file (- for standard input) is JSON: an array of such jobs, {"jobs": [...]}, or JSON Lines.
The batch is named after the file unless --name is given. --chunk-size jobs are released at a time and at most
--parallel of them run at once. --max-cost caps what the job, or the whole batch, may spend (USD): a job that
would pass it stops in ERROR with COST_LIMIT_EXCEEDED. --wait follows the batch with a live progress bar on a
terminal (one line per change otherwise) until every job is final (default timeout 3600 s), then sums it up.

Webhook events: job.created, job.completed, job.blocked, job.failed, job.cancelled, batch.completed,
batch.cancelled. create and rotate-secret print the signing secret, shown this once. In webhooks update, --url
is the webhook's new URL (the server is the session's, or BACOWR_BASE_URL). --active true resumes a paused
webhook and re-enables one disabled for failing. replay sends again the webhook's deliveries in --status
(default dead) created since --since; replay-delivery sends one delivery again.

jobs export-wordpress reads the site's application password from the environment variable --password-env names
(default BACOWR_WP_APP_PASSWORD), never from the command line, where other users of the machine could see it.
There --url is the WordPress site's (the server is the session's, or BACOWR_BASE_URL) and --status the post's
(draft by default; publish goes through safe publish).
links list shows each placed link's latest verdict (verified, changed, missing, page_gone, or pending); links
get adds its history of checks; links check asks for a check now.

Jobs and batches print a short summary; --json prints the API's JSON instead (snake_case, as GET
/v1/jobs/{id} or GET /v1/batches/{id} answers; JSON Lines for list --all).
Credentials: the session saved by login (BACOWR_SESSION names the file), or BACOWR_TOKEN / BACOWR_API_KEY
with BACOWR_BASE_URL (or --url).
Exit codes: 0 done (a waited job was delivered; every job of a waited batch was delivered), 1 refused by the
server (or a wait timed out), 2 not logged in / not allowed, 3 server unreachable, 4 the waited job ended
BLOCKED, ERROR or CANCELLED, or a waited batch has such a job or was cancelled, 64 usage.`;

const options = {
  url: { type: "string" },
  email: { type: "string" },
  password: { type: "string" },
  publisher: { type: "string" },
  target: { type: "string" },
  anchor: { type: "string" },
  provider: { type: "string" },
  strategy: { type: "string" },
  preflight: { type: "string" },
  instructions: { type: "string" },
  "idempotency-key": { type: "string" },
  wait: { type: "boolean" },
  timeout: { type: "string" },
  status: { type: "string" },
  limit: { type: "string" },
  offset: { type: "string" },
  all: { type: "boolean" },
  html: { type: "boolean" },
  json: { type: "boolean" },
  file: { type: "string" },
  name: { type: "string" },
  "chunk-size": { type: "string" },
  parallel: { type: "string" },
  "max-cost": { type: "string" },
  batch: { type: "string" },
  events: { type: "string" },
  description: { type: "string" },
  active: { type: "string" },
  since: { type: "string" },
  event: { type: "string" },
  site: { type: "string" },
  username: { type: "string" },
  "password-env": { type: "string" },
  connection: { type: "string" },
  "post-status": { type: "string" },
  category: { type: "string", multiple: true },
  tag: { type: "string", multiple: true },
  rel: { type: "string", multiple: true },
  "target-domain": { type: "string" },
  job: { type: "string" },
  kind: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const place = { variable: "BACOWR_SESSION", file: "session.json" };

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

// Enumerated flags (provider, strategy, preflight, status) pass through as typed but unchecked: the server
// validates them and its VALIDATION_ERROR names the field, which is the message the user needs anyway.
type JobOptionsParam = NonNullable<CreateJobParams["options"]>;

function clientFor(url: string | undefined): BacowrClient {
  const env = process.env;
  if (env.BACOWR_TOKEN || env.BACOWR_API_KEY) {
    return new BacowrClient({
      baseUrl: url ?? env.BACOWR_BASE_URL,
      token: env.BACOWR_TOKEN,
      apiKey: env.BACOWR_API_KEY,
    });
  }
  return sessionClient(
    sessionPath(env, place),
    url ?? env.BACOWR_BASE_URL,
    "bacowr login --url URL --email EMAIL",
  );
}

function need(value: string | undefined, flag: string): string {
  if (!value) throw usageError(`--${flag} is required`);
  return value;
}

function number(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw usageError(`--${flag} must be a whole number`);
  return parsed;
}

function dollars(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value.replace(/^\$/, ""));
  if (!Number.isFinite(parsed) || parsed <= 0)
    throw usageError(`--${flag} must be an amount of USD, e.g. 2.50`);
  return parsed;
}

const parse = (argv: string[]) => parseArgs({ args: argv, options, allowPositionals: true });
type Values = ReturnType<typeof parse>["values"];

/** The job options given as flags, as both a job and a batch take them. */
function jobOptions(values: Values): JobOptionsParam {
  return {
    ...(values.provider ? { llmProvider: values.provider as JobOptionsParam["llmProvider"] } : {}),
    ...(values.strategy ? { strategy: values.strategy as JobOptionsParam["strategy"] } : {}),
    ...(values.preflight ? { preflightMode: values.preflight as JobOptionsParam["preflightMode"] } : {}),
    ...(values.instructions ? { customInstructions: values.instructions } : {}),
  };
}

/** One line per job for `jobs list`. */
/**
 * A list command's output: one row per item of a page (with where it stands on stderr), every page with
 * `--all`, or the API's JSON with `--json` (JSON Lines with `--all`).
 */
async function printList<T>(
  list: () => PagePromise<T>,
  key: "jobs" | "batches" | "webhooks" | "deliveries" | "links",
  row: (item: T) => string,
  values: { all?: boolean | undefined; json?: boolean | undefined },
  out: (text: string) => void,
): Promise<number> {
  if (values.all) {
    for await (const item of list()) out(values.json ? JSON.stringify(snakeize(item)) : row(item));
    return exitCodes.done;
  }
  const page = await list();
  if (values.json) {
    out(json(snakeize({ [key]: page.items, pagination: page.pagination })));
    return exitCodes.done;
  }
  for (const item of page.items) out(row(item));
  const { offset, total, nextOffset } = page.pagination;
  const more = nextOffset === null ? "" : `; --offset ${nextOffset} for more, or --all`;
  process.stderr.write(
    `${page.items.length ? `${offset + 1}–${offset + page.items.length}` : "none"} of ${total}${more}\n`,
  );
  return exitCodes.done;
}

const jobRow = (job: JobSummary) =>
  [
    job.jobId.padEnd(24),
    job.status.padEnd(10),
    `${job.progress}%`.padStart(4),
    job.publisherDomain,
    job.createdAt,
  ].join("  ");

/** Shows progress on stderr: a live bar on a terminal, one line per state otherwise. */
function progressReporter() {
  const tty = process.stderr.isTTY;
  const bar = new SingleBar({
    format: " {bar} {percentage}% | {status}",
    hideCursor: true,
    stream: process.stderr,
  });
  let started = false;
  let shown = "";
  return {
    update(status: string, progress: number) {
      if (tty) {
        if (!started) bar.start(100, progress, { status });
        started = true;
        bar.update(progress, { status });
      } else if (status !== shown) {
        writeSync(2, `${String(progress).padStart(3)}% ${status}\n`);
      }
      shown = status;
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  const [group, command, id] = positionals;
  if (values.help || !group) {
    process.stdout.write(`${usage}\n`);
    return values.help ? exitCodes.done : exitCodes.usage;
  }
  const out = (text: string) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  /** The summary for a person, or with --json the API's own answer for the job, as `GET /v1/jobs/{id}` sends it. */
  const show = async (job: Job) =>
    out(
      values.json ? json(await client().get(`/v1/jobs/${encodeURIComponent(job.jobId)}`)) : jobSummary(job),
    );

  if (group === "login") {
    const client = await login(sessionPath(process.env, place), values.url ?? process.env.BACOWR_BASE_URL, {
      email: need(values.email, "email"),
      password: need(values.password ?? process.env.BACOWR_PASSWORD, "password"),
    });
    process.stderr.write(`logged in to ${client.baseUrl}\n`);
    return exitCodes.done;
  }
  if (group !== "jobs" && group !== "batches" && group !== "webhooks" && group !== "links") {
    throw usageError(`unknown command "${group}"`);
  }

  // Built on first use, so usage errors are reported before credentials are looked for. `webhooks update`
  // takes --url as the webhook's new URL and `jobs export-wordpress` as the WordPress site's, so there the
  // server comes from the session or BACOWR_BASE_URL.
  const urlIsNotTheServer =
    (group === "webhooks" && command === "update") || (group === "jobs" && command === "export-wordpress");
  let built: BacowrClient | undefined;
  const client = () => {
    built ??= clientFor(urlIsNotTheServer ? undefined : values.url);
    return built;
  };
  if (group === "batches") return batches(command, id, values, client, out);
  if (group === "webhooks") return webhooks(command, id, values, client, out);
  if (group === "links") return links(command, id, values, client, out);
  switch (command) {
    case "create": {
      const params: CreateJobParams = {
        publisherDomain: need(values.publisher, "publisher"),
        targetUrl: need(values.target, "target"),
        anchorText: need(values.anchor, "anchor"),
        ...(values["idempotency-key"] ? { idempotencyKey: values["idempotency-key"] } : {}),
        ...(values["max-cost"] ? { maxCost: dollars(values["max-cost"], "max-cost") } : {}),
        options: jobOptions(values),
      };
      const timeout = (number(values.timeout, "timeout") ?? 600) * 1000;
      const job = await client().jobs.create(params);
      if (!values.wait) {
        // The create answer itself (job_id, status, created_at, estimated_completion).
        out(values.json ? json(snakeize(job)) : jobSummary(job));
        return exitCodes.done;
      }
      process.stderr.write(`job ${job.jobId} created\n`);
      const progress = progressReporter();
      let result: Job;
      try {
        result = await job.waitForCompletion({
          timeout,
          onProgress: (p) => progress.update(p.status, p.progress),
        });
      } finally {
        progress.stop();
      }
      await show(result);
      return result.status === "DELIVER" ? exitCodes.done : exitCodes.jobNotDelivered;
    }
    case "get":
      await show(await client().jobs.get(need(id, "ID (jobs get ID)")));
      return exitCodes.done;
    case "list": {
      const params: ListJobsParams = {
        ...(values.status ? { status: values.status as ListJobsParams["status"] } : {}),
        ...(values.publisher ? { publisherDomain: values.publisher } : {}),
        ...(values.batch ? { batchId: values.batch } : {}),
        ...(values.limit ? { limit: number(values.limit, "limit") } : {}),
        ...(values.offset ? { offset: number(values.offset, "offset") } : {}),
      };
      // A job's list entry has only flat, snake_case fields, so the SDK's renaming is undone exactly.
      return printList(() => client().jobs.list(params), "jobs", jobRow, values, out);
    }
    case "cancel": {
      const cancelled = await client().jobs.cancel(need(id, "ID (jobs cancel ID)"));
      out(
        values.json
          ? json(snakeize(cancelled))
          : `${cancelled.jobId} ${cancelled.status} at ${cancelled.cancelledAt}`,
      );
      return exitCodes.done;
    }
    case "article": {
      const jobId = need(id, "ID (jobs article ID)");
      if (values.html) {
        process.stdout.write(await client().jobs.articleHtml(jobId));
        return exitCodes.done;
      }
      const job = await client().jobs.get(jobId);
      if (!job.article) {
        process.stderr.write(`bacowr: job ${jobId} has no article yet (status ${job.status})\n`);
        return exitCodes.refused;
      }
      out(job.article.content);
      return exitCodes.done;
    }
    case "place": {
      const [, , jobId, pageUrl] = positionals;
      const placed = await client().jobs.place(
        need(jobId, "ID (jobs place ID PAGE_URL)"),
        need(pageUrl, "PAGE_URL"),
      );
      out(values.json ? json(snakeize(placed)) : linkRow(placed));
      return exitCodes.done;
    }
    case "export-wordpress": {
      const jobId = need(id, "ID (jobs export-wordpress ID)");
      // --url is the documented flag; --site is kept for scripts written against its first spelling.
      const siteUrl = values.url ?? values.site;
      if (values.connection && (siteUrl || values.username)) {
        throw usageError("give --connection or --url with --username, not both");
      }
      const variable = values["password-env"] ?? "BACOWR_WP_APP_PASSWORD";
      const password = process.env[variable];
      if (!values.connection && !password) {
        throw usageError(
          `set ${variable} to the site's application password (--password-env names another variable; never the command line, which ps shows)`,
        );
      }
      const site = values.connection
        ? { connectionId: values.connection }
        : {
            wordpressUrl: need(siteUrl, "url"),
            username: need(values.username, "username"),
            applicationPassword: password ?? "",
          };
      const postStatus = values.status ?? values["post-status"];
      const categories = (values.category ?? []).map((c) => number(c, "category") ?? 0);
      const exported = await client().jobs.exportToWordPress(jobId, {
        ...site,
        ...(postStatus ? { postStatus: postStatus as ExportToWordPressParams["postStatus"] } : {}),
        ...(categories.length ? { categories } : {}),
        ...(values.tag?.length ? { tags: values.tag } : {}),
        ...(values.rel?.length ? { linkRel: values.rel as ExportToWordPressParams["linkRel"] } : {}),
      });
      out(values.json ? json(snakeize(exported)) : exportSummary(exported));
      return exitCodes.done;
    }
    default:
      throw usageError(`unknown jobs command "${command ?? ""}"`);
  }
}

async function links(
  command: string | undefined,
  id: string | undefined,
  values: Values,
  client: () => BacowrClient,
  out: (text: string) => void,
): Promise<number> {
  switch (command ?? "list") {
    case "list": {
      const params: ListLinksParams = {
        ...(values.status ? { status: values.status as ListLinksParams["status"] } : {}),
        ...(values["target-domain"] ? { targetDomain: values["target-domain"] } : {}),
        ...(values.publisher ? { publisher: values.publisher } : {}),
        ...(values.job ? { jobId: values.job } : {}),
        ...(values.kind ? { kind: values.kind as ListLinksParams["kind"] } : {}),
        ...(values.limit ? { limit: number(values.limit, "limit") } : {}),
        ...(values.offset ? { offset: number(values.offset, "offset") } : {}),
      };
      return printList(() => client().links.list(params), "links", linkRow, values, out);
    }
    case "get": {
      const link = await client().links.get(need(id, "ID (links get ID)"));
      if (values.json) {
        out(json(snakeize(link)));
        return exitCodes.done;
      }
      out(linkSummary(link));
      return exitCodes.done;
    }
    case "check": {
      const link = await client().links.check(need(id, "ID (links check ID)"));
      out(values.json ? json(snakeize(link)) : `${link.linkId}: a check is due now (status ${link.status})`);
      return exitCodes.done;
    }
    default:
      throw usageError(`unknown links command "${command}"`);
  }
}

/** A batch's progress on stderr: a live bar of its final jobs on a terminal, one line per change otherwise. */
function batchProgressReporter() {
  const tty = process.stderr.isTTY;
  const bar = new SingleBar({
    format: " {bar} {share}% | {final}/{total} final: {outcomes} | {running}",
    hideCursor: true,
    stream: process.stderr,
  });
  let started = false;
  return {
    update(batch: BatchSummary) {
      const payload = barValues(batch);
      if (!tty) {
        writeSync(2, `${progressLine(batch)}\n`);
        return;
      }
      if (!started) bar.start(batch.totalJobs, payload.final, payload);
      started = true;
      bar.update(payload.final, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** The refusal of a batch's job, with the row of the file it came from (`jobs[3]` is row 4). */
function fromRow(file: string) {
  return (error: unknown): never => {
    const index = error instanceof BacowrError ? /^jobs\[(\d+)\]/.exec(error.field ?? "")?.[1] : undefined;
    if (error instanceof BacowrError && index !== undefined) {
      throw new CliError(`${describeRefusal(error)}: ${file} ${rowOf(Number(index))}`);
    }
    throw error;
  };
}

async function batches(
  command: string | undefined,
  id: string | undefined,
  values: Values,
  client: () => BacowrClient,
  out: (text: string) => void,
): Promise<number> {
  /** The summary for a person, or with --json the API's own answer, as `GET /v1/batches/{id}` sends it. */
  const show = async (batch: Batch, notices = batch.notices) =>
    out(
      values.json
        ? json(await client().get(`/v1/batches/${encodeURIComponent(batch.batchId)}`))
        : batchSummary(batch, notices),
    );
  /** Follows the batch until every job is final, then shows it; the exit code says whether all were delivered. */
  const follow = async (batch: Batch, timeout: number) => {
    const progress = batchProgressReporter();
    let result: Batch;
    try {
      result = await batch.waitForCompletion({ timeout, onProgress: (b) => progress.update(b) });
    } finally {
      progress.stop();
    }
    await show(result, batch.notices);
    return allDelivered(result) ? exitCodes.done : exitCodes.jobNotDelivered;
  };

  // Checked before anything is created or fetched.
  const timeout = (number(values.timeout, "timeout") ?? 3600) * 1000;
  switch (command) {
    case "create": {
      const file = need(values.file, "file");
      const chunkSize = number(values["chunk-size"], "chunk-size");
      const parallelJobs = number(values.parallel, "parallel");
      const maxCost = dollars(values["max-cost"], "max-cost");
      const jobs = batchJobs(parseRecords(readInput(file), file, "jobs"), file);
      const params: CreateBatchParams = {
        name: values.name ?? (file === "-" ? "standard input" : basename(file)),
        // The file speaks the API's names; the SDK takes them camelized.
        jobs: camelize(jobs) as CreateBatchParams["jobs"],
        options: {
          ...jobOptions(values),
          ...(chunkSize !== undefined ? { chunkSize } : {}),
          ...(parallelJobs !== undefined ? { parallelJobs } : {}),
        },
        ...(maxCost !== undefined ? { maxCost } : {}),
        ...(values["idempotency-key"] ? { idempotencyKey: values["idempotency-key"] } : {}),
      };
      const batch = await client().batches.create(params).catch(fromRow(file));
      if (!values.wait) {
        out(values.json ? json(snakeize(batch)) : batchSummary(batch));
        return exitCodes.done;
      }
      process.stderr.write(`batch ${batch.batchId} created: ${batch.totalJobs} jobs\n`);
      for (const notice of batch.notices ?? []) process.stderr.write(`${notice.code}: ${notice.message}\n`);
      return follow(batch, timeout);
    }
    case "get": {
      const batch = await client().batches.get(need(id, "ID (batches get ID)"));
      if (values.wait && !batch.isFinished) return follow(batch, timeout);
      await show(batch);
      return values.wait && !allDelivered(batch) ? exitCodes.jobNotDelivered : exitCodes.done;
    }
    case "list": {
      const params: ListBatchesParams = {
        ...(values.status ? { status: values.status as ListBatchesParams["status"] } : {}),
        ...(values.limit ? { limit: number(values.limit, "limit") } : {}),
        ...(values.offset ? { offset: number(values.offset, "offset") } : {}),
      };
      return printList(() => client().batches.list(params), "batches", batchRow, values, out);
    }
    case "cancel": {
      const cancelled = await client().batches.cancel(need(id, "ID (batches cancel ID)"));
      out(values.json ? json(snakeize(cancelled)) : batchSummary(cancelled));
      return exitCodes.done;
    }
    default:
      throw usageError(`unknown batches command "${command ?? ""}"`);
  }
}

/** `--events a,b` as the API takes them (unchecked here: the server's VALIDATION_ERROR names a wrong one). */
function events(value: string): WebhookEventType[] {
  const list = value
    .split(",")
    .map((event) => event.trim())
    .filter(Boolean);
  if (list.length === 0) throw usageError("--events needs at least one event, e.g. job.completed,job.failed");
  return list as WebhookEventType[];
}

function active(value: string): boolean {
  if (value !== "true" && value !== "false") throw usageError("--active must be true or false");
  return value === "true";
}

async function webhooks(
  command: string | undefined,
  id: string | undefined,
  values: Values,
  client: () => BacowrClient,
  out: (text: string) => void,
): Promise<number> {
  const page = {
    ...(values.limit ? { limit: number(values.limit, "limit") } : {}),
    ...(values.offset ? { offset: number(values.offset, "offset") } : {}),
  };
  /** The summary for a person, or with --json the API's own answer (snake_case, as the wire has it). */
  const print = (value: object, summary: string) => out(values.json ? json(snakeize(value)) : summary);
  switch (command) {
    case "create": {
      const url = need(id, "URL (webhooks create URL --events E1,E2)");
      const created = await client().webhooks.create({
        url,
        events: events(need(values.events, "events")),
        ...(values.description === undefined ? {} : { description: values.description }),
      });
      print(created, webhookSummary(created));
      return exitCodes.done;
    }
    case "list":
      return printList(() => client().webhooks.list(page), "webhooks", webhookRow, values, out);
    case "get": {
      const webhookId = need(id, "ID (webhooks get ID)");
      if (values.json) out(json(await client().get(`/v1/webhooks/${encodeURIComponent(webhookId)}`)));
      else out(webhookSummary(await client().webhooks.get(webhookId)));
      return exitCodes.done;
    }
    case "update": {
      const webhookId = need(id, "ID (webhooks update ID)");
      const change: UpdateWebhookParams = {
        ...(values.url === undefined ? {} : { url: values.url }),
        ...(values.events === undefined ? {} : { events: events(values.events) }),
        ...(values.description === undefined ? {} : { description: values.description || null }),
        ...(values.active === undefined ? {} : { active: active(values.active) }),
      };
      if (Object.keys(change).length === 0) {
        throw usageError("webhooks update needs --url, --events, --description or --active");
      }
      const updated = await client().webhooks.update(webhookId, change);
      print(updated, webhookSummary(updated));
      return exitCodes.done;
    }
    case "delete": {
      const deleted = await client().webhooks.delete(need(id, "ID (webhooks delete ID)"));
      print(deleted, `${deleted.webhookId} deleted`);
      return exitCodes.done;
    }
    case "rotate-secret": {
      const rotated = await client().webhooks.rotateSecret(need(id, "ID (webhooks rotate-secret ID)"));
      print(rotated, webhookSummary(rotated));
      return exitCodes.done;
    }
    case "test": {
      const webhookId = need(id, "ID (webhooks test ID)");
      const delivery = await client().webhooks.test(webhookId);
      print(
        delivery,
        `${deliveryRow(delivery)}
follow it: bacowr webhooks deliveries ${webhookId} --event ping`,
      );
      return exitCodes.done;
    }
    case "deliveries": {
      const webhookId = need(id, "ID (webhooks deliveries ID)");
      const params = {
        ...page,
        ...(values.status ? { status: values.status as WebhookDelivery["status"] } : {}),
        ...(values.event ? { event: values.event } : {}),
      };
      return printList(
        () => client().webhooks.deliveries(webhookId, params),
        "deliveries",
        deliveryRow,
        values,
        out,
      );
    }
    case "replay": {
      const webhookId = need(id, "ID (webhooks replay ID --since ISO-TIME)");
      const since = need(values.since, "since");
      const status = values.status as "dead" | "delivered" | undefined;
      const result = await client().webhooks.replay(webhookId, { since, ...(status ? { status } : {}) });
      const n = result.replayed;
      print(
        result,
        `${n} ${status ?? "dead"} ${n === 1 ? "delivery" : "deliveries"} of ${webhookId} since ${since} sent again`,
      );
      return exitCodes.done;
    }
    case "replay-delivery": {
      const delivery = await client().webhooks.replayDelivery(
        need(id, "DELIVERY_ID (webhooks replay-delivery DELIVERY_ID)"),
      );
      print(delivery, deliveryRow(delivery));
      return exitCodes.done;
    }
    default:
      throw usageError(`unknown webhooks command "${command ?? ""}"`);
  }
}

runMain({ name: "bacowr", usage }, () =>
  run(process.argv.slice(2)).catch(
    sessionRefused("run `bacowr login` again (or check BACOWR_TOKEN / BACOWR_API_KEY)"),
  ),
);
