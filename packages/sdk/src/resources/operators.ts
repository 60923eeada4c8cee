import { Page, type PagePromise, pagePromise } from "../page";
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
    const fetchPage = async (offset: number): Promise<Page<Campaign>> => {
      const data = (await this.transport.request(
        {
          method: "GET",
          path: "/v1/campaigns",
          query: snakeize({ ...params, offset }) as Record<string, unknown>,
        },
        options ?? {},
      )) as WireData<"v1-operator-listCampaigns">;
      const { campaigns, pagination } = camelize(data);
      return new Page(campaigns, pagination, fetchPage);
    };
    return pagePromise(fetchPage(params.offset ?? 0));
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
    const fetchPage = async (offset: number): Promise<Page<Task>> => {
      const data = (await this.transport.request(
        {
          method: "GET",
          path: "/v1/tasks",
          query: snakeize({ ...params, offset }) as Record<string, unknown>,
        },
        options ?? {},
      )) as WireData<"v1-operator-listTasks">;
      const { tasks, pagination } = camelize(data);
      return new Page(tasks, pagination, fetchPage);
    };
    return pagePromise(fetchPage(params.offset ?? 0));
  }
}
