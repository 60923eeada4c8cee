import { writeSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  APIConnectionError,
  AuthenticationError,
  BacowrClient,
  BacowrError,
  type CreateJobParams,
  type Job,
  type ListJobsParams,
  PermissionDeniedError,
} from "@bacowr/sdk";
import { SingleBar } from "cli-progress";
import { readSession, sessionPath, writeSession } from "./session";

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
  help: { type: "boolean", short: "h" },
} as const;

class UsageError extends Error {}

const place = { variable: "BACOWR_SESSION", file: "session.json" };

// Enumerated flags (provider, strategy, preflight, status) pass through as typed but unchecked: the server
// validates them and its VALIDATION_ERROR names the field, which is the message the user needs anyway.
type JobOptionsParam = NonNullable<CreateJobParams["options"]>;
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

function clientFor(url: string | undefined): BacowrClient {
  const env = process.env;
  const file = sessionPath(env, place);
  const session = readSession(file);
  const baseUrl = url ?? env.BACOWR_BASE_URL ?? session?.url;
  if (env.BACOWR_TOKEN || env.BACOWR_API_KEY) {
    return new BacowrClient({ baseUrl, token: env.BACOWR_TOKEN, apiKey: env.BACOWR_API_KEY });
  }
  if (!session)
    throw new AuthenticationError("not logged in: run `bacowr login --url URL --email EMAIL` first");
  return new BacowrClient({
    baseUrl,
    token: session.access_token,
    refreshToken: session.refresh_token,
    // Keep the renewed tokens, so the next command starts from them.
    onTokens: (tokens) =>
      writeSession(
        { url: session.url, access_token: tokens.accessToken, refresh_token: tokens.refreshToken ?? "" },
        file,
      ),
  });
}

function need(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`--${flag} is required`);
  return value;
}

function number(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new UsageError(`--${flag} must be a whole number`);
  return parsed;
}

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
    return values.help ? 0 : 64;
  }

  if (group === "login") {
    const url = need(values.url ?? process.env.BACOWR_BASE_URL, "url");
    const password = values.password ?? process.env.BACOWR_PASSWORD;
    const client = new BacowrClient({ baseUrl: url });
    const session = await client.auth.login({
      email: need(values.email, "email"),
      password: need(password, "password"),
    });
    writeSession(
      { url: client.baseUrl, access_token: session.accessToken, refresh_token: session.refreshToken },
      sessionPath(process.env, place),
    );
    process.stderr.write(`logged in to ${client.baseUrl}\n`);
    return 0;
  }
  if (group !== "jobs") throw new UsageError(`unknown command "${group}"`);

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
      const job = await client().jobs.create(params);
      if (!values.wait) {
        print(job);
        return 0;
      }
      process.stderr.write(`job ${job.jobId} created\n`);
      const progress = progressReporter();
      let result: Job;
      try {
        result = await job.waitForCompletion({
          timeout: (number(values.timeout, "timeout") ?? 600) * 1000,
          onProgress: (p) => progress.update(p.status, p.progress),
        });
      } finally {
        progress.stop();
      }
      print(result);
      return result.status === "DELIVER" ? 0 : 4;
    }
    case "get":
      print(await client().jobs.get(need(id, "ID (jobs get ID)")));
      return 0;
    case "list": {
      const params: ListJobsParams = {
        ...(values.status ? { status: values.status as ListJobsParams["status"] } : {}),
        ...(values.publisher ? { publisherDomain: values.publisher } : {}),
        ...(values.limit ? { limit: number(values.limit, "limit") } : {}),
        ...(values.offset ? { offset: number(values.offset, "offset") } : {}),
      };
      if (values.all) {
        for await (const job of client().jobs.list(params)) process.stdout.write(`${JSON.stringify(job)}\n`);
        return 0;
      }
      const page = await client().jobs.list(params);
      print({ jobs: page.items, pagination: page.pagination });
      return 0;
    }
    case "cancel":
      print(await client().jobs.cancel(need(id, "ID (jobs cancel ID)")));
      return 0;
    case "article": {
      const jobId = need(id, "ID (jobs article ID)");
      if (values.html) {
        process.stdout.write(await client().jobs.articleHtml(jobId));
        return 0;
      }
      const job = await client().jobs.get(jobId);
      if (!job.article) {
        process.stderr.write(`bacowr: job ${jobId} has no article yet (status ${job.status})\n`);
        return 1;
      }
      process.stdout.write(
        job.article.content.endsWith("\n") ? job.article.content : `${job.article.content}\n`,
      );
      return 0;
    }
    default:
      throw new UsageError(`unknown jobs command "${command ?? ""}"`);
  }
}

function explain(error: unknown): { message: string; code: number } {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith?.("ERR_PARSE_ARGS")) {
    return { message: `${(error as Error).message}\n\n${usage}`, code: 64 };
  }
  if (error instanceof AuthenticationError) {
    return {
      message: `not logged in, or the session expired: ${error.message}. Run \`bacowr login\``,
      code: 2,
    };
  }
  if (error instanceof PermissionDeniedError) return { message: `not allowed: ${error.message}`, code: 2 };
  if (error instanceof APIConnectionError)
    return { message: `server unreachable: ${error.message}`, code: 3 };
  if (error instanceof BacowrError) {
    const where = error.field ? ` (${error.field})` : "";
    const code = error.code ? `${error.code}: ` : "";
    const status = typeof error.body?.job_status === "string" ? ` [job status ${error.body.job_status}]` : "";
    return { message: `${code}${error.message}${where}${status}`, code: 1 };
  }
  return { message: error instanceof Error ? error.message : String(error), code: 1 };
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const { message, code } = explain(error);
    process.stderr.write(`bacowr: ${message}\n`);
    process.exit(code);
  },
);
