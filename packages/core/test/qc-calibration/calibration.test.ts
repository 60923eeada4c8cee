import { describe, expect, it } from "vitest";
import {
  calibrationLanguages,
  calibrationWarningChecks,
  formatCalibration,
  loadCalibrationCases,
  runCalibration,
} from "./calibration";

const MIN_CASES = 40;
const MIN_PER_LANGUAGE = 15;
const MIN_AGREEMENT = 0.95;

describe("QC calibration set", () => {
  const cases = loadCalibrationCases();

  it(`holds at least ${MIN_CASES} cases, at least ${MIN_PER_LANGUAGE} per language`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
    for (const language of calibrationLanguages) {
      expect(cases.filter((c) => c.language === language).length, language).toBeGreaterThanOrEqual(
        MIN_PER_LANGUAGE,
      );
    }
  });

  // QC.md: readability is a warning; any other failed check keeps an article from delivery.
  it("has labels that follow the verdict rule: PASS lists only warnings, FAIL names what fails", () => {
    const inconsistent = cases
      .filter((c) => {
        const blocking = c.expected.failing_checks.filter((k) => !calibrationWarningChecks.includes(k));
        return c.expected.status === "PASS" ? blocking.length > 0 : blocking.length === 0;
      })
      .map((c) => c.id);
    expect(inconsistent).toEqual([]);
  });

  it(`agrees with the labels on at least ${MIN_AGREEMENT * 100} % of cases and never passes a bad article`, async () => {
    const run = await runCalibration(cases);
    const table = formatCalibration(run);
    expect(run.overall.falsePasses, table).toBe(0);
    expect(run.overall.agreement, table).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  });
});
