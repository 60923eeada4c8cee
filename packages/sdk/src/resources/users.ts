import type { RequestOptions, Transport } from "../transport";
import { type Body, camelize, type Data, snakeize, type WireData } from "../wire";

export type User = Data<"v1-auth-createUser">;
export type CreateUserParams = Body<"v1-auth-createUser">;
export type UpdateUserParams = Body<"v1-auth-updateUser">;
export type DeletedUser = Data<"v1-auth-deleteUser">;

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

  /**
   * Changes a user's role, tier or standing; effective within 30 s on tokens already issued.
   * `disabled: true` also revokes the user's refresh tokens and API keys.
   */
  async update(userId: string, params: UpdateUserParams, options?: RequestOptions): Promise<User> {
    const data = await this.transport.request(
      { method: "PATCH", path: `/v1/users/${encodeURIComponent(userId)}`, body: snakeize(params) },
      options ?? {},
    );
    return camelize(data as WireData<"v1-auth-updateUser">);
  }

  /** Deletes a user with their jobs, batches, webhooks, keys and sessions; cannot be undone. */
  async delete(userId: string, options?: RequestOptions): Promise<DeletedUser> {
    const data = await this.transport.request(
      { method: "DELETE", path: `/v1/users/${encodeURIComponent(userId)}` },
      options ?? {},
    );
    return camelize(data as WireData<"v1-auth-deleteUser">);
  }
}
