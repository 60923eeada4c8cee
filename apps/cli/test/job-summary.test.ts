import { BacowrClient, Job, type JobData } from "@bacowr/sdk";
import { describe, expect, it } from "vitest";
import { jobSummary } from "../src/job-summary";

const jobs = new BacowrClient({ baseUrl: "http://127.0.0.1:9" }).jobs;

describe("jobSummary", () => {
  it("names each failing check by its QC name with its issue, and points at the article", () => {
    const data: Partial<JobData> & Pick<JobData, "jobId" | "status"> = {
      jobId: "job_blocked1",
      status: "BLOCKED",
      progress: 100,
      article: {
        title: "T",
        content: "# T",
        wordCount: 640,
        backlink: { anchorText: "a", targetUrl: "https://t.example/", position: 2 },
      },
      cost: { llm: 0.0125, serp: 0.002, total: 0.0145, currency: "USD" },
    };
    const job = new Job(jobs, data);
    // The SDK camelizes the report's map of checks; the summary speaks QC.md's names.
    Object.assign(job, {
      qcReport: {
        status: "FAIL",
        score: 61.5,
        checks: { wordCount: { passed: false, points: 0 }, anchorLink: { passed: true, points: 15 } },
        issues: [
          { severity: "high", category: "word_count", message: "640 words, 900 needed", autoFixable: true },
        ],
      },
    });
    expect(jobSummary(job)).toBe(
      [
        "Job:     job_blocked1  BLOCKED  100%",
        "QC:      FAIL, score 61.5/100",
        "Failing: word_count (high): 640 words, 900 needed",
        "Words:   640",
        "Cost:    $0.0145 (LLM $0.0125, SERP $0.0020)",
        "Article: bacowr jobs article job_blocked1   (--html for the sanitised page)",
      ].join("\n"),
    );
  });

  it("reports an error job's code, and how to follow an unfinished one", () => {
    const failed = new Job(jobs, {
      jobId: "job_err1",
      status: "ERROR",
      progress: 100,
      error: { code: "LLM_API_ERROR", message: "provider down" },
    });
    expect(jobSummary(failed)).toBe("Job:   job_err1  ERROR  100%\nError: LLM_API_ERROR: provider down");
    const running = new Job(jobs, { jobId: "job_run1", status: "WRITE", progress: 30 });
    expect(jobSummary(running)).toBe("Job:    job_run1  WRITE  30%\nFollow: bacowr jobs get job_run1");
  });

  it("lists a delivered job's WordPress exports (a held one with its problems) and its link's verdict", () => {
    const exported = {
      cms: "wordpress" as const,
      connectionId: null,
      linkRel: [],
      exportedAt: "2026-11-24T00:00:00Z",
      updatedAt: "2026-11-24T00:00:00Z",
    };
    const job = new Job(jobs, {
      jobId: "job_live1",
      status: "DELIVER",
      progress: 100,
      linkStatus: "changed",
      exports: [
        {
          ...exported,
          exportId: "exp_1",
          siteUrl: "https://blog.example",
          wordpressPostId: 7,
          postUrl: "https://blog.example/?p=7",
          publishedUrl: "https://blog.example/tools/",
          status: "publish",
          outcome: "completed",
          problems: [],
        },
        {
          ...exported,
          exportId: "exp_2",
          siteUrl: "https://other.example",
          wordpressPostId: 3,
          postUrl: "https://other.example/?p=3",
          publishedUrl: null,
          status: "draft",
          outcome: "held",
          problems: ["rel changed"],
        },
      ],
    });
    expect(jobSummary(job)).toBe(
      [
        "Job:     job_live1  DELIVER  100%",
        "Exports: https://blog.example/tools/  post 7 publish",
        "         https://other.example/?p=3  post 3 draft, held: rel changed",
        "Link:    changed   (bacowr links list --job job_live1)",
      ].join("\n"),
    );
  });
});
