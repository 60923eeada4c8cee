/** The states a job moves through; the last four are final. */
export const jobStatuses = [
  "RECEIVE",
  "PREFLIGHT",
  "WRITE",
  "QC",
  "RESCUE",
  "DELIVER",
  "BLOCKED",
  "ERROR",
  "CANCELLED",
] as const;
export type JobStatus = (typeof jobStatuses)[number];

export const finalJobStatuses: readonly JobStatus[] = ["DELIVER", "BLOCKED", "ERROR", "CANCELLED"];

export function isFinal(status: string): boolean {
  return (finalJobStatuses as readonly string[]).includes(status);
}

/**
 * Progress reported when a job enters a state. WRITE is the long stage, so
 * its own steps (outline, draft, polish) move progress within 30–65.
 */
export const progressOnEntry: Record<JobStatus, number> = {
  RECEIVE: 0,
  PREFLIGHT: 5,
  WRITE: 30,
  QC: 70,
  RESCUE: 80,
  DELIVER: 100,
  BLOCKED: 100,
  ERROR: 100,
  CANCELLED: 100,
};
