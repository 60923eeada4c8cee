import type { RequestOptions, Transport } from "../transport";
import { type Body, camelize, type Data, snakeize, type WireData } from "../wire";

export type ProxyParams = Body<"v1-operator-importProxies">["proxies"][number];
export type ImportProxiesResult = Data<"v1-operator-importProxies">;

/** The proxy pool the worker bridge hands out (administrators). */
export class ProxiesResource {
  constructor(private readonly transport: Transport) {}

  /** Adds up to 1 000 proxies in one call; passwords are encrypted at rest and never listed here. */
  async import(proxies: ProxyParams[], options?: RequestOptions): Promise<ImportProxiesResult> {
    const data = await this.transport.request(
      { method: "POST", path: "/v1/proxies", body: snakeize({ proxies }) },
      options ?? {},
    );
    return camelize(data as WireData<"v1-operator-importProxies">);
  }
}
