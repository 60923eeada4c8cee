import { BacowrClient, Batch, type BatchSummary } from "@bacowr/sdk";
import { describe, expect, it } from "vitest";
import { allDelivered, batchRow, batchSummary, progressLine } from "../src/batch-summary";
import { batchJobs } from "../src/input-files";

const batches = new BacowrClient({ baseUrl: "http://127.0.0.1:9" }).batches;

const running: BatchSummary = {
  batchId: "batch_run1",
  name: "March agencies",
  totalJobs: 10,
  status: "RUNNING",
  createdAt: "2026-11-23T10:00:00.000Z",
  updatedAt: "2026-11-23T10:05:00.000Z",
  estimatedCompletion: "2026-11-23T10:20:00.000Z",
  options: { chunkSize: 5, parallelJobs: 2 },
  progress: { completed: 2, inProgress: 2, pending: 4, failed: 1, blocked: 1, cancelled: 0, percentage: 40 },
  summary: {
    successfulJobs: 2,
    blockedJobs: 1,
    failedJobs: 1,
    cancelledJobs: 0,
    avgQcScore: 87.5,
    totalCost: 0.12345,
    currency: "USD",
    maxCost: 5,
    stoppedByCostLimit: 1,
  },
};

describe("batchSummary", () => {
  it("shows outcomes, what is still running, QC, cost against the cap, notices and where to look next", () => {
    const batch = new Batch(batches, {
      ...running,
      jobIds: [],
      anchors: [
        {
          targetUrl: "https://t.example/a",
          jobs: 6,
          exactMatchAnchor: "best tools",
          exactMatchShare: 0.5,
          warning: true,
        },
        {
          targetUrl: "https://t.example/b",
          jobs: 4,
          exactMatchAnchor: null,
          exactMatchShare: 0,
          warning: false,
        },
      ],
      notices: [
        { code: "PARALLEL_JOBS_CLAMPED", message: "parallel_jobs 50 is above your limit of 5", details: {} },
      ],
    });
    expect(batchSummary(batch)).toBe(
      [
        "Batch:     batch_run1  RUNNING  40% final",
        "Name:      March agencies",
        "Jobs:      10: 2 delivered, 1 blocked, 1 failed, 0 cancelled",
        "Running:   2 in progress, 4 pending",
        "QC:        average score 87.5/100",
        "Cost:      $0.1235 USD (cap $5.0000, 1 job stopped by it)",
        "Notices:   PARALLEL_JOBS_CLAMPED: parallel_jobs 50 is above your limit of 5",
        'Anchors:   "best tools" is 50% of the 6 jobs for https://t.example/a',
        "Jobs list: bacowr jobs list --batch batch_run1",
        "Follow:    bacowr batches get batch_run1 --wait",
      ].join("\n"),
    );
    expect(allDelivered(batch)).toBe(false);
    expect(progressLine(running)).toBe(
      " 40% 4/10 final: 2 delivered, 1 blocked, 1 failed, 0 cancelled, 2 in progress, 4 pending [RUNNING]",
    );
    expect(batchRow(running)).toBe(
      "batch_run1                  RUNNING     40%     4/10  March agencies  2026-11-23T10:00:00.000Z",
    );
  });

  it("is done when every job is delivered, and says so when nothing was checked yet", () => {
    const done = new Batch(batches, {
      ...running,
      status: "COMPLETED",
      progress: {
        completed: 10,
        inProgress: 0,
        pending: 0,
        failed: 0,
        blocked: 0,
        cancelled: 0,
        percentage: 100,
      },
      summary: { ...running.summary, avgQcScore: null, maxCost: null },
    });
    expect(allDelivered(done)).toBe(true);
    const text = batchSummary(done);
    expect(text).toContain("QC:        no article checked yet");
    expect(text).toContain("Cost:      $0.1235 USD\n");
    expect(text).not.toContain("Running:");
    expect(text).not.toContain("Follow:");
    expect(allDelivered(new Batch(batches, { ...done, status: "CANCELLED" }))).toBe(false);
  });
});

describe("batchJobs", () => {
  it("takes the API's columns, nests per-row options, types max_cost and leaves empty cells out", () => {
    const jobs = batchJobs(
      [
        { publisher_domain: "a.example", target_url: "https://t.example/", anchor_text: "one", strategy: "" },
        {
          publisher_domain: "b.example",
          target_url: "https://t.example/",
          anchor_text: "two",
          max_cost: "0.5",
          preflight_mode: "light",
          options: { llm_provider: "openai" },
        },
      ],
      "jobs.csv",
    );
    expect(jobs).toEqual([
      { publisher_domain: "a.example", target_url: "https://t.example/", anchor_text: "one" },
      {
        publisher_domain: "b.example",
        target_url: "https://t.example/",
        anchor_text: "two",
        max_cost: 0.5,
        options: { llm_provider: "openai", preflight_mode: "light" },
      },
    ]);
  });

  it("refuses a misspelt column, a cost that is not a number, and an empty file, naming the row", () => {
    const row = { publisher_domain: "a.example", target_url: "https://t.example/", anchor_text: "one" };
    expect(() => batchJobs([row, { ...row, anchor: "x" }], "jobs.csv")).toThrow(
      /^jobs\.csv row 2: unknown column "anchor" \(known: publisher_domain, /,
    );
    expect(() => batchJobs([{ ...row, max_cost: "cheap" }], "jobs.csv")).toThrow(
      "jobs.csv row 1: max_cost must be a number of USD",
    );
    expect(() => batchJobs([], "jobs.csv")).toThrow("jobs.csv: no jobs");
  });
});
