import type { PreflightResult } from "../preflight/preflight";
import type { QcContextInput } from "../qc/qc-context";
import type { SerpResearch } from "../research/serp";
import type { RescueEntry } from "./job-records";

/** What preflight learned, kept so a resumed job does not fetch and pay again. */
export interface JobResearch {
  preflight: PreflightResult;
  serp?: SerpResearch | undefined;
  qcContext: QcContextInput;
}

/**
 * The pipeline's progress, saved at each stage boundary. A job whose worker
 * died resumes from here on another worker instead of starting over.
 */
export interface JobCheckpoint {
  research?: JobResearch;
  /** The article as it stands (Markdown). */
  draft?: string;
  rescue?: RescueEntry[];
  rescueRounds?: number;
  /** Infrastructure failures so far (LLM or SERP provider down), for backoff. */
  failures?: number;
}
