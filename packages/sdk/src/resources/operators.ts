import { listPages, type PagePromise } from "../page";
import type { RequestOptions, Transport } from "../transport";
import { type Body, camelize, type Data, type Query, snakeize, type WireData } from "../wire";

export type Campaign = Data<"v1-operator-createCampaign">;
export type Task = Data<"v1-operator-listTasks">["tasks"][number];

/** Campaigns for the worker bridge (administrators). */
export class CampaignsResource {
  constructor(private readonly transport: Transport) {}

  async create(params: Body<"v1-operator-createCampaign">, options?: RequestOptions): Promise<Campaign> {
    const data = await this.transport.request(
      { method: "POST", path: "/v1/campaigns", body: snakeize(params) },
      options ?? {},
    );
    return camelize(data as WireData<"v1-operator-createCampaign">);
  }

  list(params: Query<"v1-operator-listCampaigns"> = {}, options?: RequestOptions): PagePromise<Campaign> {
    return listPages<Campaign>(this.transport, "/v1/campaigns", "campaigns", params, options);
  }

  /** Queues tasks for the campaign's workers. */
  async addTasks(
    campaignId: number,
    tasks: Body<"v1-operator-addTasks">["tasks"],
    options?: RequestOptions,
  ): Promise<Data<"v1-operator-addTasks">> {
    const data = await this.transport.request(
      { method: "POST", path: `/v1/campaigns/${campaignId}/tasks`, body: snakeize({ tasks }) },
      options ?? {},
    );
    return camelize(data as WireData<"v1-operator-addTasks">);
  }
}

/** Worker-bridge tasks across campaigns (administrators). */
export class TasksResource {
  constructor(private readonly transport: Transport) {}

  list(params: Query<"v1-operator-listTasks"> = {}, options?: RequestOptions): PagePromise<Task> {
    return listPages<Task>(this.transport, "/v1/tasks", "tasks", params, options);
  }
}
