import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  createQcCheckService,
  defaultQcSettings,
  type FetchedPage,
  type PageFetcher,
  qcCheckKeys,
} from "../../src";

/**
 * The labelled calibration set: hand-written articles with their order, the
 * publisher and target pages preflight reads, and the verdict a careful editor
 * gives under ../shared/QC.md. Labels were written before QC ever saw the
 * articles; a disagreement is QC's to explain, not the label's to follow.
 */
export const calibrationDir = fileURLToPath(new URL(".", import.meta.url));
export const calibrationLanguages = ["en", "sv"] as const;

/** Every check a label may name: QC's own check keys (one source), so a label naming no check fails to load. */
export const calibrationCheckKeys = qcCheckKeys;

/** Checks whose failure is a warning only (QC.md): they never decide the verdict. */
export const calibrationWarningChecks: readonly (typeof calibrationCheckKeys)[number][] = ["readability"];

export const calibrationCaseSchema = z.object({
  id: z.string().min(1),
  language: z.enum(calibrationLanguages),
  publisher_domain: z.string().min(1),
  publisher_page: z.string().startsWith("pages/"),
  target_url: z.url(),
  target_page: z.string().startsWith("pages/"),
  anchor_text: z.string().min(1),
  expected: z.object({
    status: z.enum(["PASS", "FAIL"]),
    failing_checks: z.array(z.enum(calibrationCheckKeys)),
  }),
  note: z.string(),
});
export type CalibrationCaseLabel = z.infer<typeof calibrationCaseSchema>;
export type CalibrationCase = CalibrationCaseLabel & {
  article: string;
  publisherHtml: string;
  targetHtml: string;
};

export interface CalibrationResult {
  id: string;
  language: CalibrationCaseLabel["language"];
  expectedStatus: "PASS" | "FAIL";
  /** ERROR when QC threw: a disagreement, never a pass. */
  gotStatus: "PASS" | "FAIL" | "ERROR";
  score: number;
  error?: string;
  expectedFailing: string[];
  gotFailing: string[];
  /** Same verdict and the same set of failing checks. */
  agree: boolean;
  /** Expected FAIL, got PASS: the one disagreement that can ship a bad article. */
  falsePass: boolean;
}

/** Every case under `<dir>/en` and `<dir>/sv`: `<id>.json` (the label) beside `<id>.md` (the article). */
export function loadCalibrationCases(dir: string = calibrationDir): CalibrationCase[] {
  const cases: CalibrationCase[] = [];
  for (const language of calibrationLanguages) {
    const folder = join(dir, language);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith(".json")).sort()) {
      const file = join(folder, name);
      const label = calibrationCaseSchema.parse(JSON.parse(readFileSync(file, "utf8")));
      const id = name.slice(0, -".json".length);
      if (label.id !== id) throw new Error(`${file}: id "${label.id}" differs from the file name`);
      if (label.language !== language)
        throw new Error(`${file}: language "${label.language}" outside ${language}/`);
      cases.push({
        ...label,
        article: readFileSync(join(folder, `${id}.md`), "utf8"),
        publisherHtml: readFileSync(join(dir, label.publisher_page), "utf8"),
        targetHtml: readFileSync(join(dir, label.target_page), "utf8"),
      });
    }
  }
  return cases;
}

function comparableUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed.toString();
}

/**
 * The web as preflight sees it for one case: the target URL answers with the
 * target page, every URL on the publisher's host with the publisher page,
 * anything else 404.
 */
export function calibrationFetcher(c: CalibrationCase): PageFetcher {
  const target = comparableUrl(c.target_url);
  const publisherHost = c.publisher_domain.toLowerCase();
  return {
    async fetch(url) {
      const page = (body: string, status = 200): FetchedPage => ({
        url,
        status,
        contentType: "text/html; charset=utf-8",
        body,
      });
      if (comparableUrl(url) === target) return page(c.targetHtml);
      const host = new URL(url).hostname.toLowerCase();
      if (host === publisherHost || host === `www.${publisherHost}`) return page(c.publisherHtml);
      return page("<!doctype html><title>Not found</title>", 404);
    },
  };
}

/** One case through the code path of `POST /v1/qc/check` in light mode, with default settings. */
export async function runCalibrationCase(c: CalibrationCase): Promise<CalibrationResult> {
  const expectedFailing = [...new Set(c.expected.failing_checks)].sort();
  try {
    return await judgeCase(c, expectedFailing);
  } catch (error) {
    return {
      id: c.id,
      language: c.language,
      expectedStatus: c.expected.status,
      gotStatus: "ERROR",
      score: 0,
      error: error instanceof Error ? error.message : String(error),
      expectedFailing,
      gotFailing: [],
      agree: false,
      falsePass: false,
    };
  }
}

async function judgeCase(c: CalibrationCase, expectedFailing: string[]): Promise<CalibrationResult> {
  const service = createQcCheckService({
    fetcher: calibrationFetcher(c),
    preflight: { publisherHome: (domain) => `https://${domain}/` },
    qc: defaultQcSettings,
    allowPrivateHosts: [],
  });
  const { qc_report } = await service.check(
    { publisher_domain: c.publisher_domain, target_url: c.target_url, anchor_text: c.anchor_text },
    c.article,
  );
  const gotFailing = Object.entries(qc_report.checks)
    .filter(([, check]) => !check.passed)
    .map(([key]) => key)
    .sort();
  const sameChecks =
    gotFailing.length === expectedFailing.length && gotFailing.every((key, i) => key === expectedFailing[i]);
  return {
    id: c.id,
    language: c.language,
    expectedStatus: c.expected.status,
    gotStatus: qc_report.status,
    score: qc_report.score,
    expectedFailing,
    gotFailing,
    agree: sameChecks && qc_report.status === c.expected.status,
    falsePass: c.expected.status === "FAIL" && qc_report.status === "PASS",
  };
}

export interface CalibrationTotals {
  cases: number;
  agreeing: number;
  /** Share of cases that agree, 0–1. */
  agreement: number;
  /** Cases whose verdict alone agrees (a weaker measure, for diagnosis). */
  verdictsAgreeing: number;
  falsePasses: number;
}

function totalsOf(results: readonly CalibrationResult[]): CalibrationTotals {
  const agreeing = results.filter((r) => r.agree).length;
  return {
    cases: results.length,
    agreeing,
    agreement: results.length ? agreeing / results.length : 0,
    verdictsAgreeing: results.filter((r) => r.gotStatus === r.expectedStatus).length,
    falsePasses: results.filter((r) => r.falsePass).length,
  };
}

export interface CalibrationRun {
  results: CalibrationResult[];
  byLanguage: Record<CalibrationCaseLabel["language"], CalibrationTotals>;
  overall: CalibrationTotals;
}

/** The whole set, one case after another (QC is synchronous; the fetcher is in memory). */
export async function runCalibration(cases: readonly CalibrationCase[] = loadCalibrationCases()) {
  const results: CalibrationResult[] = [];
  for (const c of cases) results.push(await runCalibrationCase(c));
  return {
    results,
    byLanguage: {
      en: totalsOf(results.filter((r) => r.language === "en")),
      sv: totalsOf(results.filter((r) => r.language === "sv")),
    },
    overall: totalsOf(results),
  } satisfies CalibrationRun;
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The agreement table and its totals, as `pnpm qc:calibrate` prints them. */
export function formatCalibration(run: CalibrationRun): string {
  const header = ["id", "lang", "expected", "got", "score", "expected failing", "got failing", "agree"];
  const rows = run.results.map((r) => [
    r.id,
    r.language,
    r.expectedStatus,
    r.gotStatus,
    r.score.toFixed(1),
    r.expectedFailing.join(",") || "-",
    r.error ? `error: ${r.error}` : r.gotFailing.join(",") || "-",
    r.agree ? "yes" : r.falsePass ? "NO (false PASS)" : "no",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const totals = (name: string, t: CalibrationTotals) =>
    `${name.padEnd(8)} ${t.agreeing}/${t.cases} agree (${percent(t.agreement)}), false PASS: ${t.falsePasses}` +
    ` (verdict alone agrees on ${t.verdictsAgreeing}/${t.cases})`;
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    "A case agrees when QC's verdict equals the label's AND QC's set of failing checks equals the label's.",
    totals("en", run.byLanguage.en),
    totals("sv", run.byLanguage.sv),
    totals("overall", run.overall),
  ].join("\n");
}
