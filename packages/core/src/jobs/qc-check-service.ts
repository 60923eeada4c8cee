import { AppError } from "../app-error";
import type { AddressAllowList } from "../net/address-policy";
import type { PageFetcher } from "../net/page-fetcher";
import { PreflightError, type PreflightSettings, qcContextFrom, runPreflight } from "../preflight/preflight";
import type { QcReport } from "../qc/qc-report";
import type { QcSettings } from "../qc/qc-settings";
import { runQc } from "../qc/run-qc";
import { checkOrder, type OrderFields } from "./order-rules";

/**
 * QC for an article written elsewhere: the same preflight research and the
 * same checks the pipeline runs, so a PASS here means a PASS there.
 */
export function createQcCheckService(deps: {
  fetcher: PageFetcher;
  preflight: PreflightSettings;
  qc: QcSettings;
  allowPrivateHosts: AddressAllowList;
}) {
  return {
    async check(order: OrderFields, article: string): Promise<{ qc_report: QcReport; language: string }> {
      const fields = checkOrder(order, deps.allowPrivateHosts);
      const preflightOrder = {
        publisherDomain: fields.publisher_domain,
        targetUrl: fields.target_url,
        anchorText: fields.anchor_text,
      };
      let research: Awaited<ReturnType<typeof runPreflight>>;
      try {
        research = await runPreflight(deps.fetcher, preflightOrder, { ...deps.preflight, qc: deps.qc });
      } catch (error) {
        if (error instanceof PreflightError) {
          const target = error.page === "target";
          throw new AppError(
            target ? "INVALID_URL" : "INVALID_PUBLISHER",
            `${target ? "Target URL" : "Publisher site"} is unreachable: ${error.reason}`,
            {
              field: target ? "target_url" : "publisher_domain",
              details: { reason: error.reason },
              cause: error,
            },
          );
        }
        throw error;
      }
      return {
        qc_report: runQc(article, qcContextFrom(preflightOrder, research), deps.qc),
        language: research.language,
      };
    },
  };
}

export type QcCheckService = ReturnType<typeof createQcCheckService>;
