import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { type AdminClient, CliError, createAdminClient } from "./http-client";
import { parseRecords, readInput, typedProxy } from "./input-files";

const usage = `bacowr-admin: operator commands over the BACOWR server's HTTP API

  login --url URL --email EMAIL [--password P]   (or BACOWR_ADMIN_PASSWORD)
  users create --email EMAIL --password P [--role user|admin] [--tier free|pro|enterprise]
  campaigns create --name NAME [--settings JSON]
  campaigns list [--limit N] [--offset N]
  tasks add --campaign ID --file FILE|-          (JSON array, {"tasks": [...]}, or JSON Lines)
  tasks list [--campaign ID] [--status S] [--type T] [--limit N] [--offset N]
  proxies import --file FILE|-                   (JSON, JSON Lines, or CSV: host,port,username,password,type,country)

Options: --url overrides the saved server; BACOWR_ADMIN_SESSION names the session file.
Exit codes: 0 done, 1 refused by the server, 2 not logged in / not allowed, 3 server unreachable, 64 usage.`;

const CHUNK = 1000;

const options = {
  url: { type: "string" },
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

const print = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

function required(values: Values, name: keyof Values): string {
  const value = values[name];
  if (typeof value !== "string" || value === "") throw new CliError(`--${name} is required\n\n${usage}`, 64);
  return value;
}

function query(values: Values, names: (keyof Values)[]): string {
  const params = new URLSearchParams();
  for (const name of names) {
    const value = values[name];
    if (typeof value === "string") params.set(name === "campaign" ? "campaign_id" : name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Sends records in chunks with a progress bar on a terminal; returns the created ids. */
async function sendInChunks(
  records: Record<string, unknown>[],
  send: (chunk: Record<string, unknown>[]) => Promise<number[]>,
): Promise<number[]> {
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

async function run(client: AdminClient, command: string, values: Values): Promise<void> {
  switch (command) {
    case "login": {
      const password = values.password ?? process.env.BACOWR_ADMIN_PASSWORD;
      if (!password) throw new CliError("--password (or BACOWR_ADMIN_PASSWORD) is required", 64);
      await client.login(required(values, "email"), password);
      process.stderr.write("logged in\n");
      return;
    }
    case "users create":
      return print(
        await client.call("POST", "/v1/users", {
          email: required(values, "email"),
          password: required(values, "password"),
          ...(values.role ? { role: values.role } : {}),
          ...(values.tier ? { tier: values.tier } : {}),
        }),
      );
    case "campaigns create": {
      let settings: unknown = {};
      if (values.settings) {
        try {
          settings = JSON.parse(values.settings);
        } catch {
          throw new CliError("--settings must be JSON", 64);
        }
      }
      return print(await client.call("POST", "/v1/campaigns", { name: required(values, "name"), settings }));
    }
    case "campaigns list":
      return print(await client.call("GET", `/v1/campaigns${query(values, ["limit", "offset"])}`));
    case "tasks add": {
      const campaign = required(values, "campaign");
      const file = required(values, "file");
      const tasks = parseRecords(readInput(file), file, "tasks");
      if (tasks.length === 0) throw new CliError(`${file}: no tasks`);
      const ids = await sendInChunks(tasks, async (chunk) => {
        const created = await client.call<{ task_ids: number[] }>("POST", `/v1/campaigns/${campaign}/tasks`, {
          tasks: chunk,
        });
        return created.task_ids;
      });
      return print({ campaign_id: Number(campaign), count: ids.length, task_ids: ids });
    }
    case "tasks list":
      return print(
        await client.call(
          "GET",
          `/v1/tasks${query(values, ["campaign", "status", "type", "limit", "offset"])}`,
        ),
      );
    case "proxies import": {
      const file = required(values, "file");
      const proxies = parseRecords(readInput(file), file, "proxies").map(typedProxy);
      if (proxies.length === 0) throw new CliError(`${file}: no proxies`);
      const ids = await sendInChunks(proxies, async (chunk) => {
        const created = await client.call<{ proxy_ids: number[] }>("POST", "/v1/proxies", { proxies: chunk });
        return created.proxy_ids;
      });
      return print({ count: ids.length, proxy_ids: ids });
    }
    default:
      throw new CliError(`unknown command: ${command || "(none)"}\n\n${usage}`, 64);
  }
}

async function main(argv: string[]) {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : error}\n\n${usage}`, 64);
  }
  if (parsed.values.help || parsed.positionals.length === 0) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const client = createAdminClient({ url: parsed.values.url });
  await run(client, parsed.positionals.join(" "), parsed.values);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    process.stderr.write(`bacowr-admin: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  process.stderr.write(`bacowr-admin: unexpected failure: ${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
