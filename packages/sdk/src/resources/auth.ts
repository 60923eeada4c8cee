import type { RequestOptions, Transport } from "../transport";
import { type Body, camelize, type Data, snakeize, type WireData } from "../wire";

export type LoginResult = Data<"v1-auth-login">;

export class AuthResource {
  constructor(private readonly transport: Transport) {}

  /** Logs in; the client then uses the access token and renews it with the refresh token when it expires. */
  async login(params: Body<"v1-auth-login">, options?: RequestOptions): Promise<LoginResult> {
    const data = (await this.transport.request(
      { method: "POST", path: "/v1/auth/login", body: snakeize(params), anonymous: true },
      options ?? {},
    )) as WireData<"v1-auth-login">;
    this.transport.setTokens({ accessToken: data.access_token, refreshToken: data.refresh_token });
    return camelize(data);
  }

  /** Renews the access token now (the client also does it by itself when needed). */
  refresh(): Promise<void> {
    return this.transport.refresh();
  }
}
