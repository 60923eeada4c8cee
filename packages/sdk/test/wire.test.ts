import { describe, expect, it } from "vitest";
import { camelize, snakeize } from "../src/wire";

describe("wire keys", () => {
  it("snakeize undoes camelize, keys spelled with capitals included", () => {
    const wire = {
      job_id: "job_1",
      qc_report: { checks: { trust_sources: { tiers: { T1: 1, T2: 0 } } }, avg_qc_score: 9 },
      state_history: [{ state: "RECEIVE", timestamp: "2026-11-01T00:00:00Z" }],
      payload: { keepMe_As: 1 },
    };
    expect(snakeize(camelize(wire))).toEqual(wire);
    expect(camelize(wire).qcReport.avgQcScore).toBe(9);
  });
});
