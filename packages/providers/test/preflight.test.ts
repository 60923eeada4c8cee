import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PreflightError, qcContextFrom, runPreflight, runQc } from "@bacowr/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSafeFetcher } from "../src";

const publisherHtml = `<!doctype html><html lang="sv"><head><title>Arbetsliv Idag – om jobb, ledarskap och team</title>
<meta name="description" content="Nyheter och guider om arbetsliv, ledarskap och distansarbete."></head>
<body><nav><a href="/">Hem</a> <a href="/om">Om oss</a></nav>
<main><h1>Arbetsliv Idag</h1>
<article><h2>Så lyckas ditt team med distansarbete</h2><p>Många team arbetar på distans och behöver tydlig planering av projekt och uppgifter.</p>
<p>Vi har pratat med chefer om hur de leder sina team och planerar projekt utan att mötas varje dag.</p></article>
<article><h2>Ledarskap i projekt</h2><p>Ett bra ledarskap gör att projekt håller tidsplanen och att teamet trivs på jobbet.</p>
<p>Läs också vad <a href="https://www.scb.se/statistik">SCB:s statistik</a> säger om arbetstider i Sverige.</p></article>
</main><footer>© Arbetsliv Idag</footer><script>track("x")</script></body></html>`;

const targetHtml = `<!doctype html><html lang="en"><head><title>TaskFlow – project management tools for small teams</title>
<meta name="description" content="Plan projects, share tasks and hit every deadline."></head>
<body><header><a href="/pricing">Pricing</a></header>
<main><h1>Project management tools that small teams actually use</h1>
<p>TaskFlow helps a team plan projects, share tasks and keep every deadline visible in one place.</p>
<p>Project management gets easier when collaboration and planning happen in the same software.</p>
<h2>Why teams choose TaskFlow</h2><ul><li>Shared task boards for the whole team</li><li>Deadline reminders that respect your workflow</li></ul>
<p>Research from the <a href="https://www.bls.gov/ooh/">Bureau of Labor Statistics</a> shows project work keeps growing. Some users wrote about us on <a href="https://medium.com/@fan/taskflow">Medium</a>.</p>
</main><script>var secret = "do not index";</script></body></html>`;

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/publisher/arbetslividag.se/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(publisherHtml);
    } else if (req.url === "/product") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(targetHtml);
    } else if (req.url === "/logo.png") {
      res.writeHead(200, { "content-type": "image/png" });
      res.end("PNG");
    } else {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<h1>Not found</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const fetcher = (allowList = ["127.0.0.1"]) =>
  createSafeFetcher({
    allowList,
    timeoutMs: 2_000,
    maxBytes: 1_000_000,
    maxRedirects: 3,
    userAgent: "BACOWR-test",
  });
const settings = { publisherHome: (domain: string) => `${base}/publisher/${domain}/` };
const order = () => ({
  publisherDomain: "arbetslividag.se",
  targetUrl: `${base}/product`,
  anchorText: "project management tools",
});

describe("preflight (light mode) over real HTTP", () => {
  it("profiles the target and the publisher and chooses a bridge", async () => {
    const result = await runPreflight(fetcher(), order(), settings);
    expect(result.target).toMatchObject({
      title: "TaskFlow – project management tools for small teams",
      h1: "Project management tools that small teams actually use",
      metaDescription: "Plan projects, share tasks and hit every deadline.",
      language: "en",
    });
    expect(result.target.mainText).toContain("TaskFlow helps a team plan projects");
    expect(result.target.mainText).not.toMatch(/secret|Pricing/);
    expect(result.topicTerms).toContain("project management");
    expect(result.publisher).toMatchObject({ language: "sv", url: `${base}/publisher/arbetslividag.se/` });
    expect(result.publisher.topics.length).toBeGreaterThan(0);
    expect(result.language).toBe("sv");
    expect(["strong", "pivot", "wrapper"]).toContain(result.bridge.strategy);
    expect(result.trustCandidates).toEqual(
      expect.arrayContaining(["https://www.bls.gov/ooh/", "https://www.scb.se/statistik"]),
    );
    expect(result.trustCandidates.some((c) => c.includes("medium.com"))).toBe(false);
  });

  it("gives QC the publisher's language and the target's topics", async () => {
    const result = await runPreflight(fetcher(), order(), settings);
    const report = runQc(
      "# Title\n\nThis article is written in English about project management.",
      qcContextFrom(order(), result),
    );
    expect(report.checks.language).toMatchObject({ passed: false, required: "sv" });
  });

  it("fails with the page and the reason when a page cannot be read", async () => {
    const missing = await runPreflight(fetcher(), { ...order(), targetUrl: `${base}/gone` }, settings).catch(
      (e) => e,
    );
    expect(missing).toBeInstanceOf(PreflightError);
    expect(missing).toMatchObject({ page: "target", reason: expect.stringMatching(/^HTTP 404/) });

    const image = await runPreflight(
      fetcher(),
      { ...order(), targetUrl: `${base}/logo.png` },
      settings,
    ).catch((e) => e);
    expect(image.reason).toMatch(/not an HTML page/);

    const privateTarget = await runPreflight(fetcher([]), order(), settings).catch((e) => e);
    expect(privateTarget).toBeInstanceOf(PreflightError);
    expect(privateTarget.reason).toMatch(/^private_address/);
  });
});
