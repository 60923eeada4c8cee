import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { FetchRefusedError } from "@bacowr/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSafeFetcher, type Resolver } from "../src";

let server: Server;
let port: number;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? "");
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/page") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<html><head><title>Fixture</title></head><body>Hej världen</body></html>");
    } else if (url.pathname === "/redirect") {
      res.writeHead(302, { location: url.searchParams.get("to") ?? "/page" });
      res.end();
    } else if (url.pathname === "/loop") {
      res.writeHead(301, { location: "/loop" });
      res.end();
    } else if (url.pathname === "/huge") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("x".repeat(300_000));
    } else if (url.pathname === "/huge-declared") {
      res.writeHead(200, { "content-length": String(10_000_000) });
      res.end();
    } else if (url.pathname === "/slow") {
      setTimeout(() => res.end("late"), 2_000);
    } else if (url.pathname === "/trickle") {
      // The status at once, then a body that never finishes in time.
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("accepted");
      setTimeout(() => res.end(" eventually"), 2_000);
    } else {
      res.writeHead(404);
      res.end("missing");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const fakeDns: Resolver = async (hostname) => {
  const table: Record<string, string> = {
    "publisher.example": "127.0.0.1",
    "rebinding.example": "127.0.0.1",
    "metadata.example": "169.254.169.254",
  };
  const address = table[hostname];
  if (!address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  return [{ address, family: 4 }];
};

function fetcher(allowList: string[] = [], overrides: Partial<Parameters<typeof createSafeFetcher>[0]> = {}) {
  return createSafeFetcher({
    allowList,
    timeoutMs: 1_000,
    maxBytes: 100_000,
    maxRedirects: 3,
    userAgent: "BACOWR-test",
    resolve: fakeDns,
    ...overrides,
  });
}

async function refusal(promise: Promise<unknown>): Promise<FetchRefusedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefusedError);
  return error as FetchRefusedError;
}

describe("the safe fetcher", () => {
  it("fetches an allow-listed local page with its final URL, status, type and body", async () => {
    const page = await fetcher(["127.0.0.1"]).fetch(`http://127.0.0.1:${port}/page`);
    expect(page).toEqual({
      url: `http://127.0.0.1:${port}/page`,
      status: 200,
      contentType: "text/html; charset=utf-8",
      // Names in lower case (the link monitor reads X-Robots-Tag from here).
      headers: expect.objectContaining({ "content-type": "text/html; charset=utf-8" }),
      body: expect.stringContaining("Hej världen"),
    });
  });

  it.each([
    "http://127.0.0.1:PORT/page",
    "http://localhost:PORT/page",
    "http://[::1]:PORT/page",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/",
    "http://[::ffff:127.0.0.1]:PORT/page",
  ])("refuses %s when nothing is allow-listed, before any request", async (raw) => {
    const before = hits.length;
    const error = await refusal(fetcher().fetch(raw.replace("PORT", String(port))));
    expect(error.reason).toBe("private_address");
    expect(hits.length).toBe(before);
  });

  it("refuses a public-looking name that resolves to a private address (DNS rebinding)", async () => {
    const error = await refusal(fetcher().fetch(`http://rebinding.example:${port}/page`));
    expect(error.reason).toBe("private_address");
    expect(error.message).toContain("127.0.0.1");
    expect((await refusal(fetcher().fetch("http://metadata.example/"))).reason).toBe("private_address");
  });

  it("connects to a name whose addresses are allow-listed by CIDR", async () => {
    const page = await fetcher(["127.0.0.0/8"]).fetch(`http://publisher.example:${port}/page`);
    expect(page.status).toBe(200);
  });

  it("re-checks every redirect hop", async () => {
    const toMetadata = encodeURIComponent("http://169.254.169.254/latest/meta-data/");
    const error = await refusal(
      fetcher(["127.0.0.1"]).fetch(`http://127.0.0.1:${port}/redirect?to=${toMetadata}`),
    );
    expect(error.reason).toBe("private_address");
    const toLocalhost = encodeURIComponent(`http://localhost:${port}/page`);
    expect(
      (await refusal(fetcher(["127.0.0.1"]).fetch(`http://127.0.0.1:${port}/redirect?to=${toLocalhost}`)))
        .reason,
    ).toBe("private_address");
    const followed = await fetcher(["127.0.0.1"]).fetch(`http://127.0.0.1:${port}/redirect?to=/page`);
    expect(followed.url).toBe(`http://127.0.0.1:${port}/page`);
  });

  it("caps redirects, size and time", async () => {
    const base = `http://127.0.0.1:${port}`;
    expect((await refusal(fetcher(["127.0.0.1"]).fetch(`${base}/loop`))).reason).toBe("too_many_redirects");
    expect((await refusal(fetcher(["127.0.0.1"]).fetch(`${base}/huge`))).reason).toBe("too_large");
    expect((await refusal(fetcher(["127.0.0.1"]).fetch(`${base}/huge-declared`))).reason).toBe("too_large");
    expect((await refusal(fetcher(["127.0.0.1"], { timeoutMs: 200 }).fetch(`${base}/slow`))).reason).toBe(
      "timeout",
    );
  });

  it.each(["file:///etc/passwd", "ftp://example.com/x", "gopher://example.com", "not a url"])(
    "refuses %s as an invalid URL",
    async (raw) => {
      expect((await refusal(fetcher().fetch(raw))).reason).toBe("invalid_url");
    },
  );

  it.each(["http://user:pw@example.com/", "http://user@example.com/", "http://:pw@example.com/"])(
    "refuses %s for its credentials",
    async (raw) => {
      expect((await refusal(fetcher().fetch(raw))).reason).toBe("credentials_in_url");
    },
  );

  it("reads only the first bytes of an answer when asked, so a long or slow body is no failure", async () => {
    const base = `http://127.0.0.1:${port}`;
    const huge = await fetcher(["127.0.0.1"]).fetch(`${base}/huge`, { readBytes: 1024 });
    expect(huge).toMatchObject({ status: 200, body: "x".repeat(1024) });
    const declared = await fetcher(["127.0.0.1"]).fetch(`${base}/huge-declared`, { readBytes: 1024 });
    expect(declared.status).toBe(200);
    const trickle = await fetcher(["127.0.0.1"], { timeoutMs: 300 }).fetch(`${base}/trickle`, {
      readBytes: 1024,
    });
    expect(trickle).toMatchObject({ status: 200, body: "accepted" });
  });

  it("answers a redirect as it is when told not to follow it", async () => {
    const answer = await fetcher(["127.0.0.1"]).fetch(`http://127.0.0.1:${port}/redirect?to=/page`, {
      redirect: "manual",
    });
    expect(answer.status).toBe(302);
  });

  it("reports unresolvable names as network failures", async () => {
    expect((await refusal(fetcher().fetch("http://nowhere.example/"))).reason).toBe("network");
  });
});
