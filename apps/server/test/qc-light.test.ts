import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type QcArticleLanguage, qcArticles } from "../bench/qc-articles";
import type { Platform } from "../src/platform";
import { accessToken, client, startTestPlatform } from "./harness";

/**
 * Light mode over HTTP: no SERP research, so QC judges intent from the target
 * page. A good Swedish and a good English article of the same quality both
 * pass; an article about something else fails intent_alignment.
 */
let server: ReturnType<typeof createServer>;
let base: string;
let platform: Platform;
let call: ReturnType<typeof client>;

beforeAll(async () => {
  const pages: Record<string, string> = {};
  for (const language of ["en", "sv"] as const) {
    const order = qcArticles.orders[language];
    pages[order.path] = qcArticles.page(language, "target");
    pages[`/sites/${order.publisherDomain}/`] = qcArticles.page(language, "publisher");
  }
  server = createServer((req, res) => {
    const page = pages[(req.url ?? "/").split("?")[0] ?? "/"];
    res.writeHead(page ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(page ?? "<h1>Not found</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  platform = await startTestPlatform({
    FETCH_ALLOW_PRIVATE_HOSTS: "127.0.0.1",
    PUBLISHER_URL_TEMPLATE: `${base}/sites/{domain}/`,
  });
  call = client(platform.url, { authorization: `Bearer ${await accessToken("user")}` });
});
afterAll(async () => {
  await platform?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function check(language: QcArticleLanguage, article?: string) {
  const order = qcArticles.orders[language];
  const target = `${base}${order.path}`;
  const { status, body } = await call("POST", "/v1/qc/check", {
    publisher_domain: order.publisherDomain,
    target_url: target,
    anchor_text: order.anchorText,
    article: article ?? qcArticles.article(language, target),
  });
  expect(status).toBe(200);
  return body.data;
}

describe("POST /v1/qc/check in light mode", () => {
  it.each(["en", "sv"] as const)(
    "passes a good %s article, judging intent from the target page",
    async (language) => {
      const data = await check(language);
      expect(data.language).toBe(language);
      const report = data.qc_report;
      const failing = Object.entries(report.checks as Record<string, { passed: boolean }>)
        .filter(([key, c]) => !c.passed && key !== "readability")
        .map(([key]) => key);
      expect(failing).toEqual([]);
      expect(report.status).toBe("PASS");
      expect(report.score).toBeGreaterThanOrEqual(90);
      expect(report.checks.intent_alignment).toMatchObject({ passed: true, basis: "target_page" });
      expect(report.checks.trust_sources.tiers.T1).toBeGreaterThanOrEqual(1);
    },
  );

  it("fails intent_alignment for an article about something else with the same link", async () => {
    const order = qcArticles.orders.en;
    const target = `${base}${order.path}`;
    // The Swedish article's subject (e-bikes for commuting) translated in spirit: the same link, another topic.
    const offTopic = qcArticles
      .article("en", target)
      .split("\n")
      .map((line) =>
        line.startsWith("#") || line.includes("](") || line.trim() === ""
          ? line
          : "Commuting by electric bike is easier than many people think. The battery helps on hills, and the motor makes long rides feel short. Riders should check the range, the brakes and the tyres before winter.",
      )
      .join("\n")
      .replace(/^# .*$/m, "# Why an electric bike makes commuting easier")
      .replace(/^## (.*)$/gm, "## Riding an electric bike through the seasons");
    const report = (await check("en", offTopic)).qc_report;
    expect(report.checks.intent_alignment.passed).toBe(false);
    expect(report.checks.intent_alignment.basis).toBe("target_page");
    expect(report.status).toBe("FAIL");
  });
});
