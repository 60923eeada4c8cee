import type { RequestOptions, Transport } from "../transport";
import { type Body, camelize, type Data, snakeize, type WireData } from "../wire";

export type User = Data<"v1-auth-createUser">;
export type CreateUserParams = Body<"v1-auth-createUser">;

/** User accounts (administrators). */
export class UsersResource {
  constructor(private readonly transport: Transport) {}

  /** Creates a user; `role` defaults to `user`, `tier` to `free`. The password is never returned. */
  async create(params: CreateUserParams, options?: RequestOptions): Promise<User> {
    const data = await this.transport.request(
      { method: "POST", path: "/v1/users", body: snakeize(params) },
      options ?? {},
    );
    return camelize(data as WireData<"v1-auth-createUser">);
  }
}
