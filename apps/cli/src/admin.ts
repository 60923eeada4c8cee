import { parseArgs } from "node:util";
import {
  type BacowrClient,
  type ListTasksParams,
  type ProxyParams,
  snakeize,
  type TaskParams,
} from "@bacowr/sdk";
import { SingleBar } from "cli-progress";
import { CliError, runMain, sessionRefused, usageError } from "./failure";
import { parseRecords, readInput, typedProxy } from "./input-files";
import { login, sessionClient, sessionPath } from "./session";

const usage = `bacowr-admin: operator commands over the BACOWR server's HTTP API

  login --url URL --email EMAIL [--password P]   (or BACOWR_ADMIN_PASSWORD)
  users create --email EMAIL --password P [--role user|admin] [--tier free|pro|enterprise]
  users update --id ID [--role user|admin] [--tier free|pro|enterprise] [--disabled true|false]
                                                 (disabling revokes the user's sessions and API keys)
  users delete --id ID                           (deletes the user's jobs, batches, keys and sessions too)
  campaigns create --name NAME [--settings JSON]
  campaigns list [--limit N] [--offset N]
  tasks add --campaign ID --file FILE|-          (JSON array, {"tasks": [...]}, or JSON Lines)
  tasks list [--campaign ID] [--status S] [--type T] [--limit N] [--offset N]
  proxies import --file FILE|-                   (JSON, JSON Lines, or CSV: host,port,username,password,type,country)

Output is the API's JSON (snake_case). --url overrides the saved server; BACOWR_ADMIN_SESSION names the session file.
Exit codes: 0 done, 1 refused by the server, 2 not logged in / not allowed, 3 server unreachable, 64 usage.`;

const CHUNK = 1000;
const place = { variable: "BACOWR_ADMIN_SESSION", file: "admin.json" };

const options = {
  url: { type: "string" },
  id: { type: "string" },
  disabled: { type: "string" },
  email: { type: "string" },
  password: { type: "string" },
  role: { type: "string" },
  tier: { type: "string" },
  name: { type: "string" },
  settings: { type: "string" },
  campaign: { type: "string" },
  status: { type: "string" },
  type: { type: "string" },
  file: { type: "string" },
  limit: { type: "string" },
  offset: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>["values"];

/** Prints what the server answered in its own shape, as the API documents it. */
const print = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(snakeize(value), null, 2)}\n`);
};

function required(values: Values, name: keyof Values): string {
  const value = values[name];
  if (typeof value !== "string" || value === "") throw usageError(`--${name} is required`);
  return value;
}

function whole(values: Values, name: "limit" | "offset" | "campaign"): number | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value === "" || !Number.isInteger(parsed) || parsed < 0)
    throw usageError(`--${name} must be a whole number`);
  return parsed;
}

/** Sends records in chunks with a progress bar on a terminal; returns the created ids. */
async function sendInChunks<T>(records: T[], send: (chunk: T[]) => Promise<number[]>): Promise<number[]> {
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: "{bar} {value}/{total} {eta_formatted}" })
    : undefined;
  bar?.start(records.length, 0);
  const ids: number[] = [];
  try {
    for (let i = 0; i < records.length; i += CHUNK) {
      ids.push(...(await send(records.slice(i, i + CHUNK))));
      bar?.update(ids.length);
    }
  } finally {
    bar?.stop();
  }
  return ids;
}

async function run(client: () => BacowrClient, command: string, values: Values): Promise<void> {
  switch (command) {
    case "users create":
      return print(
        await client().users.create({
          email: required(values, "email"),
          password: required(values, "password"),
          // Passed through unchecked: the server's VALIDATION_ERROR names the field and the values it takes.
          ...(values.role ? { role: values.role as "user" | "admin" } : {}),
          ...(values.tier ? { tier: values.tier as "free" | "pro" | "enterprise" } : {}),
        }),
      );
    case "users update": {
      const disabled = values.disabled;
      if (disabled !== undefined && disabled !== "true" && disabled !== "false")
        throw usageError("--disabled must be true or false");
      if (values.role === undefined && values.tier === undefined && disabled === undefined)
        throw usageError("give at least one of --role, --tier, --disabled");
      return print(
        await client().users.update(required(values, "id"), {
          ...(values.role ? { role: values.role as "user" | "admin" } : {}),
          ...(values.tier ? { tier: values.tier as "free" | "pro" | "enterprise" } : {}),
          ...(disabled === undefined ? {} : { disabled: disabled === "true" }),
        }),
      );
    }
    case "users delete":
      return print(await client().users.delete(required(values, "id")));
    case "campaigns create": {
      let settings: Record<string, unknown> = {};
      if (values.settings) {
        try {
          settings = JSON.parse(values.settings);
        } catch {
          throw usageError("--settings must be JSON");
        }
      }
      return print(await client().campaigns.create({ name: required(values, "name"), settings }));
    }
    case "campaigns list": {
      const page = await client().campaigns.list({
        limit: whole(values, "limit"),
        offset: whole(values, "offset"),
      });
      return print({ campaigns: page.items, pagination: page.pagination });
    }
    case "tasks add": {
      const campaign = whole(values, "campaign");
      if (campaign === undefined) throw usageError("--campaign is required");
      const file = required(values, "file");
      // Records go out as written in the file; the server validates each one and names the failing field.
      const tasks = parseRecords(readInput(file), file, "tasks") as TaskParams[];
      if (tasks.length === 0) throw new CliError(`${file}: no tasks`);
      const ids = await sendInChunks(
        tasks,
        async (chunk) => (await client().campaigns.addTasks(campaign, chunk)).taskIds,
      );
      return print({ campaignId: campaign, count: ids.length, taskIds: ids });
    }
    case "tasks list": {
      const page = await client().tasks.list({
        campaignId: whole(values, "campaign"),
        status: values.status as ListTasksParams["status"],
        type: values.type as ListTasksParams["type"],
        limit: whole(values, "limit"),
        offset: whole(values, "offset"),
      });
      return print({ tasks: page.items, pagination: page.pagination });
    }
    case "proxies import": {
      const file = required(values, "file");
      const proxies = parseRecords(readInput(file), file, "proxies").map(typedProxy) as ProxyParams[];
      if (proxies.length === 0) throw new CliError(`${file}: no proxies`);
      const ids = await sendInChunks(
        proxies,
        async (chunk) => (await client().proxies.import(chunk)).proxyIds,
      );
      return print({ count: ids.length, proxyIds: ids });
    }
    default:
      throw usageError(`unknown command: ${command || "(none)"}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const file = sessionPath(process.env, place);
  const command = positionals.join(" ");
  if (command === "login") {
    const password = values.password ?? process.env.BACOWR_ADMIN_PASSWORD;
    if (!password) throw usageError("--password (or BACOWR_ADMIN_PASSWORD) is required");
    await login(file, values.url, { email: required(values, "email"), password });
    process.stderr.write("logged in\n");
    return 0;
  }
  // Built on first use, so usage errors are reported before the session is looked for.
  let built: BacowrClient | undefined;
  const client = () => {
    built ??= sessionClient(file, values.url, "bacowr-admin login --url URL --email EMAIL");
    return built;
  };
  await run(client, command, values).catch(sessionRefused("run `bacowr-admin login` again"));
  return 0;
}

runMain({ name: "bacowr-admin", usage }, () => main(process.argv.slice(2)));
