import type { RequestOptions, Transport } from "../transport";
import { type Body, camelize, type Data, snakeize, type WireData } from "../wire";

export type WordPressConnection = Data<"v1-cms-createConnection">;
export type SaveWordPressParams = Body<"v1-cms-createConnection">;
export type ExportToWordPressParams = Body<"v1-cms-exportWordPress">;
export type WordPressExport = Data<"v1-cms-exportWordPress">;

/** WordPress sites saved for export: the application password is stored encrypted and never shown again. */
export class CmsResource {
  constructor(private readonly transport: Transport) {}

  /** Checks the credentials against the site and saves them (400 `CMS_AUTH_FAILED` when WordPress refuses). */
  async saveWordPress(params: SaveWordPressParams, options?: RequestOptions): Promise<WordPressConnection> {
    const data = await this.transport.request(
      { method: "POST", path: "/v1/cms/wordpress", body: snakeize(params), once: true },
      options ?? {},
    );
    return camelize(data as WireData<"v1-cms-createConnection">);
  }

  async listWordPress(options?: RequestOptions): Promise<WordPressConnection[]> {
    const data = await this.transport.request({ method: "GET", path: "/v1/cms/wordpress" }, options ?? {});
    return camelize(data as WireData<"v1-cms-listConnections">).connections;
  }

  async deleteWordPress(connectionId: string, options?: RequestOptions): Promise<void> {
    await this.transport.request(
      { method: "DELETE", path: `/v1/cms/wordpress/${encodeURIComponent(connectionId)}` },
      options ?? {},
    );
  }
}
