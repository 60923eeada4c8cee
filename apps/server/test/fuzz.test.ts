import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { FAKE_CAPTCHA_KEY, startFakeCaptchaService } from "./fakes/captcha-service";
import type { FakeServer } from "./fakes/http-fake";
import {
  FAKE_ANTHROPIC_KEY,
  FAKE_OPENAI_KEY,
  startFakeAnthropic,
  startFakeOpenAi,
} from "./fakes/llm-providers";
import { startTestPlatform, TEST_BRIDGE_TOKEN } from "./harness";

/**
 * Property-based requests generated from the server's own openapi.json, over both REST faces and /trpc, with
 * valid credentials and hostile mutations (wrong types, NUL bytes, lone surrogates, 10 000-deep nesting, oversized
 * strings, odd path ids, wrong content types, case-changed and dot-segment paths, truncated JSON). Every answer
 * must be below 500 and, when it is an error, in its face's shape. Heavy: it runs where FUZZ_REQUESTS is set (CI
 * sets it on the PostgreSQL + Redis pass); FUZZ_SEED replays a run.
 */
const total = Number(process.env.FUZZ_REQUESTS ?? 0);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const ADMIN = { email: "fuzz-admin@bacowr.test", password: "fuzz admin password 1" };

/** The bootstrap admin's real access token (a login, as a client would). */
async function adminBearer(base: string) {
  const login = await fetch(`${base}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  }).then((r) => r.json() as Promise<{ data: { access_token: string } }>);
  return { authorization: `Bearer ${login.data.access_token}` };
}

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters?: { name: string; in: "path" | "query"; schema?: Schema; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface Document {
  paths: Record<string, Record<string, Omit<Operation, "method" | "path">>>;
  components?: { schemas?: Record<string, Schema> };
}

// Only addresses on this machine or refused by the SSRF policy before any lookup: the fuzzer never leaves it.
const hosts = [
  "127.0.0.1",
  "localhost",
  "10.0.0.1",
  "169.254.169.254",
  "[::1]",
  "[::ffff:127.0.0.1]",
  "0.0.0.0",
];
const urlArb = fc
  .tuple(fc.constantFrom("http", "https", "ftp", "javascript"), fc.constantFrom(...hosts), fc.webPath())
  .map(([scheme, host, path]) => `${scheme}://${host}${path}`);

function arbitraryOf(schema: Schema | undefined, doc: Document, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.jsonValue({ maxDepth: 2 });
  if (schema.$ref) {
    const name = schema.$ref.split("/").pop() ?? "";
    return arbitraryOf(doc.components?.schemas?.[name], doc, depth + 1);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) return fc.oneof(...choices.map((s) => arbitraryOf(s, doc, depth + 1)));
  if (schema.allOf?.length) return arbitraryOf(schema.allOf[0], doc, depth + 1);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const arbs = types.map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "boolean":
        return fc.boolean();
      case "integer":
        return fc.integer({
          min: schema.minimum ?? -5,
          max: Math.min(schema.maximum ?? 100_000, 2_147_483_647),
        });
      case "number":
        return fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum, max: schema.maximum });
      case "string":
        if (schema.format === "uri") return urlArb;
        if (schema.format === "email") return fc.emailAddress();
        if (schema.format === "date-time")
          return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
        return fc.string({
          minLength: schema.minLength ?? 0,
          maxLength: Math.min(schema.maxLength ?? 40, 60),
        });
      case "array":
        return fc.array(arbitraryOf(schema.items, doc, depth + 1), { maxLength: 3 });
      case "object": {
        const properties = schema.properties ?? {};
        const model = Object.fromEntries(
          Object.entries(properties).map(([key, s]) => [key, arbitraryOf(s, doc, depth + 1)]),
        );
        return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  });
  return arbs.length === 1 && arbs[0] ? arbs[0] : fc.oneof(...arbs);
}

const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
const hostileValue = fc.constantFrom<unknown>(
  true,
  [1],
  {},
  "0x1",
  "-1",
  "1e3",
  -1,
  0,
  1e308,
  null,
  "a\u0000b",
  "\ud800",
  "x".repeat(5000),
);
const oddId = fc.constantFrom(
  "0",
  "-1",
  "0x1",
  "1e3",
  "%00",
  "a%00b",
  "..%2f..%2fetc",
  "job_%5F",
  "%ff",
  "😀",
  "9".repeat(40),
  "job_".padEnd(300, "z"),
);

type Mutation =
  | "none"
  | "wrong-field"
  | "deep"
  | "oversized"
  | "odd-id"
  | "content-type"
  | "case"
  | "dot-segment"
  | "escaped-prefix"
  | "truncated";
const mutationArb = fc.constantFrom<Mutation>(
  "none",
  "none",
  "none",
  "wrong-field",
  "deep",
  "oversized",
  "odd-id",
  "content-type",
  "case",
  "dot-segment",
  "escaped-prefix",
  "truncated",
);

interface Planned {
  via: "rest" | "trpc";
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  face: "v1" | "bridge" | "trpc";
  label: string;
}

function planArb(
  operations: Operation[],
  doc: Document,
  ids: { job: string; campaign: number; task: number },
) {
  return fc
    .tuple(
      fc.constantFrom(...operations),
      fc.constantFrom<"rest" | "trpc">("rest", "rest", "rest", "trpc"),
      mutationArb,
      fc.integer({ min: 0, max: 1_000 }),
    )
    .chain(([op, via, mutation, pick]) => {
      const bodySchema = op.requestBody?.content["application/json"]?.schema;
      const query = (op.parameters ?? []).filter((p) => p.in === "query");
      const pathParams = (op.parameters ?? []).filter((p) => p.in === "path");
      return fc
        .record({
          body: bodySchema ? arbitraryOf(bodySchema, doc) : fc.constant(undefined),
          query: fc.record(Object.fromEntries(query.map((p) => [p.name, arbitraryOf(p.schema, doc)])), {
            requiredKeys: [],
          }),
          hostile: hostileValue,
          odd: oddId,
        })
        .map(({ body, query: q, hostile, odd }) => {
          let path = op.path;
          for (const p of pathParams) {
            const known =
              p.name === "job_id"
                ? ids.job
                : p.name === "id"
                  ? String(pick % 2 ? ids.campaign : ids.task)
                  : "1";
            path = path.replace(`{${p.name}}`, encodeURIComponent(mutation === "odd-id" ? odd : known));
            if (mutation === "odd-id") path = path.replace(encodeURIComponent(odd), odd);
          }
          let input: unknown = body;
          if (mutation === "wrong-field" && input && typeof input === "object" && !Array.isArray(input)) {
            const keys = Object.keys(input);
            const key = keys[pick % Math.max(keys.length, 1)] ?? "extra";
            input = { ...input, [key]: hostile };
          }
          const face: Planned["face"] = op.path.startsWith("/api/") ? "bridge" : "v1";
          const auth: Record<string, string> = face === "bridge" ? { "x-api-token": TEST_BRIDGE_TOKEN } : {};
          const label = `${op.method.toUpperCase()} ${op.path}`;
          if (via === "trpc") {
            const procedure = op.operationId.replaceAll("-", ".");
            const isQuery = op.method === "get";
            const args = { ...q, ...(typeof input === "object" && input ? input : {}) };
            for (const p of pathParams)
              (args as Record<string, unknown>)[p.name] =
                mutation === "odd-id" ? odd : p.name === "job_id" ? ids.job : pick % 5;
            const json = mutation === "deep" ? deep(10_000) : JSON.stringify(args);
            return {
              via,
              face: "trpc" as const,
              label: `trpc ${procedure}`,
              method: isQuery ? "GET" : "POST",
              url: isQuery ? `/trpc/${procedure}?input=${encodeURIComponent(json)}` : `/trpc/${procedure}`,
              headers: { ...auth, "content-type": "application/json" },
              body: isQuery ? undefined : json,
            } satisfies Planned;
          }
          if (mutation === "case") path = path.replace(/^\/(v1|api)\//, (m) => m.toUpperCase());
          if (mutation === "dot-segment") path = path.replace(/^\/(v1|api)\//, (m) => `${m}./`);
          if (mutation === "escaped-prefix") {
            path = path.replace(/^\/(v1|api)\//, (m) => `/%${m.charCodeAt(1).toString(16)}${m.slice(2)}`);
          }
          const search = new URLSearchParams(
            Object.entries(q).map(([k, v]): [string, string] => [
              k,
              typeof v === "string" ? v : JSON.stringify(v),
            ]),
          ).toString();
          const url = `${path}${search ? `?${search}` : ""}`;
          const bodyless = op.method === "get" || op.method === "delete";
          let text = input === undefined || bodyless ? undefined : JSON.stringify(input);
          let type = "application/json";
          if (!bodyless) {
            if (mutation === "deep") text = deep(10_000);
            if (mutation === "oversized") text = JSON.stringify({ name: "x".repeat(2_000_000) });
            if (mutation === "truncated")
              text = (text ?? "{}").slice(0, Math.max(1, (text ?? "{}").length - 1));
            if (mutation === "content-type")
              type = pick % 2 ? "text/plain" : "application/x-www-form-urlencoded";
          }
          return {
            via,
            face,
            label,
            method: op.method.toUpperCase(),
            url,
            headers: bodyless ? auth : { ...auth, "content-type": type },
            body: text,
          } satisfies Planned;
        });
    });
}

function inFaceShape(face: Planned["face"], body: unknown): boolean {
  if (!body || typeof body !== "object") return false;
  const b = body as Record<string, unknown>;
  if (face === "bridge") {
    return typeof b.error === "string" && (b.errors === undefined || typeof b.errors === "object");
  }
  if (face === "trpc") return typeof b.error === "object" && b.error !== null;
  const error = b.error as Record<string, unknown> | undefined;
  return b.success === false && typeof error?.code === "string" && typeof error.message === "string";
}

const fakes: FakeServer[] = [];
let platform: Platform;

describe.skipIf(!total)(
  total
    ? `HTTP fuzzer (${total} requests, seed ${seed})`
    : "HTTP fuzzer (skipped: set FUZZ_REQUESTS, as CI does)",
  () => {
    beforeAll(async () => {
      const [openai, anthropic, captcha] = await Promise.all([
        startFakeOpenAi({ reply: () => "A thoughtful comment." }),
        startFakeAnthropic({ reply: () => "A thoughtful comment." }),
        startFakeCaptchaService({ pollsUntilReady: 0 }),
      ]);
      fakes.push(openai, anthropic, captcha);
      platform = await startTestPlatform(
        {
          BACOWR_ADMIN_EMAIL: ADMIN.email,
          BACOWR_ADMIN_PASSWORD: ADMIN.password,
          OPENAI_API_KEY: FAKE_OPENAI_KEY,
          OPENAI_BASE_URL: `${openai.url}/v1`,
          GOOGLE_API_KEY: FAKE_OPENAI_KEY,
          GOOGLE_BASE_URL: `${openai.url}/v1`,
          DEEPSEEK_API_KEY: FAKE_OPENAI_KEY,
          DEEPSEEK_BASE_URL: `${openai.url}/v1`,
          ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
          ANTHROPIC_BASE_URL: anthropic.url,
          CAPTCHA_PROVIDER: "2captcha",
          CAPTCHA_API_KEY: FAKE_CAPTCHA_KEY,
          CAPTCHA_BASE_URL: captcha.url,
          CAPTCHA_POLL_INTERVAL_MS: "10",
          // Publisher pages are looked up on loopback, which the SSRF policy refuses: QC never leaves the machine.
          PUBLISHER_URL_TEMPLATE: "http://127.0.0.1:9/{domain}",
        },
        { ownDatabase: true },
      );
    });
    afterAll(async () => {
      await platform?.close();
      await Promise.all(fakes.map((f) => f.close()));
    });

    it("answers every generated request below 500, errors in the face's shape, and stays up", async () => {
      const bearer = await adminBearer(platform.url);
      const post = (path: string, body: unknown) =>
        fetch(`${platform.url}${path}`, {
          method: "POST",
          headers: { ...bearer, "content-type": "application/json" },
          body: JSON.stringify(body),
        }).then((r) => r.json() as Promise<{ data: Record<string, unknown> }>);
      // Real ids to aim at, so requests reach past "not found" as often as they stop there.
      const job = await post("/v1/jobs", {
        publisher_domain: "aftonbladet.se",
        target_url: "https://example.com/product",
        anchor_text: "best project tools",
        options: { preflight_mode: "light" },
      });
      const campaign = await post("/v1/campaigns", { name: "fuzz" });
      const tasks = await post(`/v1/campaigns/${campaign.data.id}/tasks`, {
        tasks: [{ type: "comment", payload: { target_url: "https://example.com/a" } }],
      });
      const ids = {
        job: String(job.data.job_id),
        campaign: Number(campaign.data.id),
        task: Number((tasks.data.task_ids as number[] | undefined)?.[0] ?? 1),
      };

      const doc = (await fetch(`${platform.url}/openapi.json`).then((r) => r.json())) as Document;
      const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
        Object.entries(item)
          .filter(([method]) => ["get", "post", "put", "patch", "delete"].includes(method))
          // The event stream stays open until the job ends; it has its own tests.
          .filter(([, op]) => !op.operationId.endsWith("events"))
          .map(([method, op]) => ({ ...op, method, path })),
      );
      const plans = fc.sample(planArb(operations, doc, ids), { seed, numRuns: total });

      const byStatus = new Map<number, number>();
      const failures: string[] = [];
      let next = 0;
      const worker = async () => {
        while (next < plans.length) {
          const plan = plans[next++] as Planned;
          const headers = plan.face === "bridge" ? plan.headers : { ...bearer, ...plan.headers };
          let status = 0;
          let text = "";
          try {
            const response = await fetch(`${platform.url}${plan.url}`, {
              method: plan.method,
              headers,
              body: plan.body,
              signal: AbortSignal.timeout(30_000),
            });
            status = response.status;
            text = await response.text();
          } catch (error) {
            failures.push(`${plan.label} ${plan.url.slice(0, 120)}: no answer (${(error as Error).message})`);
            continue;
          }
          byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
          const type = plan.url.endsWith("article.html") && status === 200 ? "html" : "json";
          let body: unknown;
          if (type === "json") {
            try {
              body = JSON.parse(text);
            } catch {
              failures.push(
                `${plan.label} ${plan.url.slice(0, 120)}: ${status} with a body that is not JSON`,
              );
              continue;
            }
          }
          if (status >= 500)
            failures.push(`${plan.label} ${plan.url.slice(0, 120)}: ${status} ${text.slice(0, 200)}`);
          else if (status >= 400 && !inFaceShape(plan.face, body)) {
            failures.push(
              `${plan.label} ${plan.url.slice(0, 120)}: ${status} outside the face's shape ${text.slice(0, 200)}`,
            );
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));

      const counts = [...byStatus.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
      console.log(`fuzzer seed ${seed}: ${plans.length} requests; by status ${counts.join(", ")}`);
      expect((await fetch(`${platform.url}/healthz`)).status).toBe(200);
      expect(failures.slice(0, 25), `replay with FUZZ_SEED=${seed}`).toEqual([]);
    });
  },
);

describe("rate limits hold for every spelling of a path", () => {
  let limited: Platform;
  let relayModel: FakeServer;
  beforeAll(async () => {
    relayModel = await startFakeOpenAi({ reply: () => "A thoughtful comment." });
    limited = await startTestPlatform(
      {
        BACOWR_ADMIN_EMAIL: ADMIN.email,
        BACOWR_ADMIN_PASSWORD: ADMIN.password,
        OPENAI_API_KEY: FAKE_OPENAI_KEY,
        OPENAI_BASE_URL: `${relayModel.url}/v1`,
        LLM_RELAY_PROVIDER: "openai",
        BRIDGE_RATE_LIMIT_TASKS: "6",
        BRIDGE_RATE_LIMIT_RELAY: "4",
        V1_RATE_LIMIT_FREE: "6",
        V1_RATE_LIMIT_PRO: "6",
        V1_RATE_LIMIT_ENTERPRISE: "6",
      },
      // Its own database on PostgreSQL: the bootstrap admin is made only where no admin exists yet.
      { ownDatabase: true },
    );
  });
  afterAll(async () => {
    await limited?.close();
    await relayModel?.close();
  });

  // Served answers (2xx) across all spellings of one bucket never exceed its limit; a spelling that is not the
  // route's is 404 and costs nothing.
  async function served(
    spellings: { method: string; path: string; body?: unknown }[],
    headers: Record<string, string>,
  ) {
    let ok = 0;
    const seen = new Map<string, number[]>();
    for (let round = 0; round < 5; round++) {
      for (const { method, path, body } of spellings) {
        const response = await fetch(`${limited.url}${path}`, {
          method,
          headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        await response.text();
        seen.set(path, [...(seen.get(path) ?? []), response.status]);
        if (response.status < 300) ok++;
      }
    }
    return { ok, seen };
  }

  it("counts the bridge's task bucket once, however the path is spelled, /trpc included", async () => {
    const { ok, seen } = await served(
      [
        "/api/tasks/pending",
        "/API/tasks/pending",
        "/api/TASKS/pending",
        "/api/./tasks/pending",
        "/trpc/bridge.tasks.pending",
      ].map((path) => ({ method: "GET", path })),
      { "x-api-token": TEST_BRIDGE_TOKEN },
    );
    expect(ok, JSON.stringify(Object.fromEntries(seen))).toBeLessThanOrEqual(6);
    expect(seen.get("/api/tasks/pending")).toContain(429);
  });

  it("counts the paid LLM relay's bucket once, however the path is spelled, /trpc included", async () => {
    const generate = { prompt: "Write a comment.", options: { model: "gpt-4o-mini", max_tokens: 20 } };
    const { ok, seen } = await served(
      [
        "/api/llm/generate",
        "/API/llm/generate",
        "/api/LLM/Generate",
        "/api/./llm/generate",
        "/trpc/bridge.llm.generate",
      ].map((path) => ({ method: "POST", path, body: generate })),
      { "x-api-token": TEST_BRIDGE_TOKEN },
    );
    expect(seen.get("/api/llm/generate")?.[0], JSON.stringify(Object.fromEntries(seen))).toBe(200);
    expect(ok, JSON.stringify(Object.fromEntries(seen))).toBeLessThanOrEqual(4);
  });

  it("counts the v1 user's tier limit once, under /v1, /api/v1 and /trpc", async () => {
    const bearer = await adminBearer(limited.url);
    const { ok, seen } = await served(
      ["/v1/jobs", "/V1/jobs", "/api/v1/jobs", "/API/V1/jobs", "/trpc/v1.jobs.list"].map((path) => ({
        method: "GET",
        path,
      })),
      bearer,
    );
    expect(ok, JSON.stringify(Object.fromEntries(seen))).toBeLessThanOrEqual(6);
  });
});
