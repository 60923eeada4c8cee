import type { CmsConnectionRecord, JobExportRecord } from "./export-records";

export type NewJobExport = Omit<JobExportRecord, "created_at" | "updated_at">;

export interface ExportRepository {
  /** The job's export to that site, if any (a re-export updates its post). */
  findExport(
    jobId: string,
    cms: JobExportRecord["cms"],
    siteUrl: string,
  ): Promise<JobExportRecord | undefined>;
  /** Inserts, or updates the row for the same job, CMS and site (keeping its id and creation time). */
  saveExport(record: NewJobExport, now: Date): Promise<JobExportRecord>;
  exportsForJob(jobId: string): Promise<JobExportRecord[]>;
  /**
   * Holds the job's export to that site until `until` (or its release): false while another export of the
   * same job to the same site holds it, so two requests at once cannot create two posts.
   */
  lockExport(
    jobId: string,
    cms: JobExportRecord["cms"],
    siteUrl: string,
    now: Date,
    until: Date,
  ): Promise<boolean>;
  unlockExport(jobId: string, cms: JobExportRecord["cms"], siteUrl: string): Promise<void>;
}

export interface CmsConnectionRepository {
  createConnection(
    record: Omit<CmsConnectionRecord, "last_used_at" | "updated_at">,
  ): Promise<CmsConnectionRecord>;
  findConnection(id: string, userId: string): Promise<CmsConnectionRecord | undefined>;
  listConnections(userId: string): Promise<CmsConnectionRecord[]>;
  deleteConnection(id: string, userId: string): Promise<boolean>;
  touchConnection(id: string, now: Date): Promise<void>;
}
