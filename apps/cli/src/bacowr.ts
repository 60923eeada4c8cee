import { writeSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  BacowrClient,
  type CreateJobParams,
  type Job,
  type JobSummary,
  type ListJobsParams,
  snakeize,
} from "@bacowr/sdk";
import { SingleBar } from "cli-progress";
import { exitCodes, runMain, sessionRefused, usageError } from "./failure";
import { jobSummary } from "./job-summary";
import { login, sessionClient, sessionPath } from "./session";

const usage = `bacowr: BACOWR article jobs from the command line

  login --url URL --email EMAIL [--password P]      (or BACOWR_PASSWORD)
  jobs create --publisher DOMAIN --target URL --anchor TEXT
              [--provider anthropic|openai|google] [--strategy single_stage|multi_stage]
              [--preflight light|heavy] [--instructions TEXT] [--idempotency-key KEY]
              [--wait [--timeout SECONDS]]
  jobs get ID
  jobs list [--status S] [--publisher DOMAIN] [--limit N] [--offset N] [--all]
  jobs cancel ID
  jobs article ID [--html]                          (Markdown, or the sanitised HTML page, on stdout)

Jobs print a short summary; --json prints the API's JSON instead (snake_case, as GET /v1/jobs/{id} answers;
JSON Lines for list --all).
Credentials: the session saved by login (BACOWR_SESSION names the file), or BACOWR_TOKEN / BACOWR_API_KEY
with BACOWR_BASE_URL (or --url).
Exit codes: 0 done (a waited job was delivered), 1 refused by the server, 2 not logged in / not allowed,
3 server unreachable, 4 the waited job ended BLOCKED, ERROR or CANCELLED, 64 usage.`;

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

/** One line per job for `jobs list`. */
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
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
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
  if (group !== "jobs") throw usageError(`unknown command "${group}"`);

  // Built on first use, so usage errors are reported before credentials are looked for.
  let built: BacowrClient | undefined;
  const client = () => {
    built ??= clientFor(values.url);
    return built;
  };
  switch (command) {
    case "create": {
      const params: CreateJobParams = {
        publisherDomain: need(values.publisher, "publisher"),
        targetUrl: need(values.target, "target"),
        anchorText: need(values.anchor, "anchor"),
        ...(values["idempotency-key"] ? { idempotencyKey: values["idempotency-key"] } : {}),
        options: {
          ...(values.provider ? { llmProvider: values.provider as JobOptionsParam["llmProvider"] } : {}),
          ...(values.strategy ? { strategy: values.strategy as JobOptionsParam["strategy"] } : {}),
          ...(values.preflight
            ? { preflightMode: values.preflight as JobOptionsParam["preflightMode"] }
            : {}),
          ...(values.instructions ? { customInstructions: values.instructions } : {}),
        },
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
        ...(values.limit ? { limit: number(values.limit, "limit") } : {}),
        ...(values.offset ? { offset: number(values.offset, "offset") } : {}),
      };
      // A job's list entry has only flat, snake_case fields, so the SDK's renaming is undone exactly.
      if (values.all) {
        for await (const job of client().jobs.list(params)) {
          out(values.json ? JSON.stringify(snakeize(job)) : jobRow(job));
        }
        return exitCodes.done;
      }
      const page = await client().jobs.list(params);
      if (values.json) {
        out(json(snakeize({ jobs: page.items, pagination: page.pagination })));
        return exitCodes.done;
      }
      for (const job of page.items) out(jobRow(job));
      const { offset, total, nextOffset } = page.pagination;
      const more = nextOffset === null ? "" : `; --offset ${nextOffset} for more, or --all`;
      process.stderr.write(
        `${page.items.length ? `${offset + 1}–${offset + page.items.length}` : "none"} of ${total}${more}\n`,
      );
      return exitCodes.done;
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
    default:
      throw usageError(`unknown jobs command "${command ?? ""}"`);
  }
}

runMain({ name: "bacowr", usage }, () =>
  run(process.argv.slice(2)).catch(
    sessionRefused("run `bacowr login` again (or check BACOWR_TOKEN / BACOWR_API_KEY)"),
  ),
);
