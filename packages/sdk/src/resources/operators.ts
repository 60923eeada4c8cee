import { listPages, type PagePromise } from "../page";
import type { RequestOptions, Transport } from "../transport";
import { type Body, camelize, type Data, type Query, snakeize, type WireData } from "../wire";

export type Campaign = Data<"v1-operator-createCampaign">;
export type Task = Data<"v1-operator-listTasks">["tasks"][number];
export type CreateCampaignParams = Body<"v1-operator-createCampaign">;
export type ListCampaignsParams = Query<"v1-operator-listCampaigns">;
export type TaskParams = Body<"v1-operator-addTasks">["tasks"][number];
export type AddTasksResult = Data<"v1-operator-addTasks">;
export type ListTasksParams = Query<"v1-operator-listTasks">;

/** Campaigns for the worker bridge (administrators). */
export class CampaignsResource {
  constructor(private readonly transport: Transport) {}

  async create(params: CreateCampaignParams, options?: RequestOptions): Promise<Campaign> {
    const data = await this.transport.request(
      { method: "POST", path: "/v1/campaigns", body: snakeize(params) },
      options ?? {},
    );
    return camelize(data as WireData<"v1-operator-createCampaign">);
  }

  list(params: ListCampaignsParams = {}, options?: RequestOptions): PagePromise<Campaign> {
    return listPages<Campaign>(this.transport, "/v1/campaigns", "campaigns", params, options);
  }

  /** Queues tasks for the campaign's workers. */
  async addTasks(campaignId: number, tasks: TaskParams[], options?: RequestOptions): Promise<AddTasksResult> {
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

  list(params: ListTasksParams = {}, options?: RequestOptions): PagePromise<Task> {
    return listPages<Task>(this.transport, "/v1/tasks", "tasks", params, options);
  }
}
