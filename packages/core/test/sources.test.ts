import { describe, expect, it } from "vitest";
import {
  defaultQcSettings,
  defaultSourceRegister,
  judgeSourcePage,
  sourceRegisterSchema,
  trustTierOf,
} from "../src";

describe("the source register", () => {
  it("is valid, lists real pages (not bare domains) and only hosts QC trusts", () => {
    expect(sourceRegisterSchema.parse(defaultSourceRegister)).toHaveLength(defaultSourceRegister.length);
    for (const entry of defaultSourceRegister) {
      const url = new URL(entry.url);
      expect(url.protocol, entry.url).toBe("https:");
      expect(trustTierOf(url.hostname.replace(/^www\./, ""), defaultQcSettings.trust), entry.url).toBe("T1");
    }
    for (const language of ["sv", "en"]) {
      for (const vertical of ["general", "finance", "health", "gambling"]) {
        expect(
          defaultSourceRegister.some((e) => e.language === language && e.verticals.includes(vertical)),
          `${language} ${vertical}`,
        ).toBe(true);
      }
    }
  });
});

describe("judgeSourcePage", () => {
  const page = (body: string, extra: Partial<Parameters<typeof judgeSourcePage>[0]> = {}) => ({
    url: "https://example.org/a",
    status: 200,
    contentType: "text/html",
    headers: {},
    body,
    ...extra,
  });
  it("offers live, indexable HTML and notes its language", () => {
    expect(judgeSourcePage(page('<html lang="sv-SE"><body>Hej</body></html>'))).toEqual({
      live: true,
      status: 200,
      language: "sv",
      reason: null,
    });
  });
  it("refuses what is gone, not HTML or noindex", () => {
    expect(judgeSourcePage(page("", { status: 404 })).live).toBe(false);
    expect(judgeSourcePage(page("{}", { contentType: "application/json" })).reason).toMatch(/not HTML/);
    expect(judgeSourcePage(page('<meta name="robots" content="NOINDEX, follow">')).reason).toBe("noindex");
    expect(judgeSourcePage(page("<p>x</p>", { headers: { "x-robots-tag": "none" } })).reason).toBe("noindex");
  });
});
