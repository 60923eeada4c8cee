import type { RequestOptions, Transport } from "../transport";
import { camelize, type Data, snakeize, type WireData } from "../wire";
import type { CreateBatchParams } from "./batches";
import type { CreateJobParams } from "./jobs";

/** The expected cost in USD (`llm`, `serp`, `total`) and `durationSeconds`; a batch's also has `perJob`. */
export type Estimate = Data<"v1-estimate-create">;
/** A job body or a batch body, exactly as `jobs.create` or `batches.create` takes it. */
export type EstimateParams = CreateJobParams | CreateBatchParams;

export async function estimate(
  transport: Transport,
  params: EstimateParams,
  options?: RequestOptions,
): Promise<Estimate> {
  const data = await transport.request(
    { method: "POST", path: "/v1/estimate", body: snakeize(params) },
    options ?? {},
  );
  return camelize(data as WireData<"v1-estimate-create">);
}
