import { describe, expect, it } from "vitest";
import { calibrationLanguages, formatCalibration, loadCalibrationCases, runCalibration } from "./calibration";

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

  it(`agrees with the labels on at least ${MIN_AGREEMENT * 100} % of cases and never passes a bad article`, async () => {
    const run = await runCalibration(cases);
    const table = formatCalibration(run);
    expect(run.overall.falsePasses, table).toBe(0);
    expect(run.overall.agreement, table).toBeGreaterThanOrEqual(MIN_AGREEMENT);
  });
});
