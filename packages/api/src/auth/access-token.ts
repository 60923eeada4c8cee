import { type AccessTokenIssuer, AppError, type Principal } from "@bacowr/core";
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";

/** Access tokens are HS256 only: pinning the algorithm rules out `alg: none` and key confusion. */
export const ACCESS_TOKEN_ALGORITHM = "HS256";
export const ACCESS_TOKEN_TTL_SECONDS = 86_400;
/** Clock skew allowed between the signer and this server; an `iat` further ahead was not issued by us. */
export const ACCESS_TOKEN_MAX_FUTURE_IAT_SECONDS = 60;

export interface AccessTokenSettings {
  secret: Uint8Array;
  issuer: string;
  audience: string;
}

export const accessTokenClaimsSchema = z.object({
  sub: z.string().min(1),
  role: z.enum(["user", "admin"]),
  tier: z.enum(["free", "pro", "enterprise"]),
});
export type AccessTokenClaims = z.infer<typeof accessTokenClaimsSchema>;

export async function signAccessToken(
  settings: AccessTokenSettings,
  claims: AccessTokenClaims,
  ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
): Promise<string> {
  return new SignJWT({ role: claims.role, tier: claims.tier })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(settings.secret);
}

export async function verifyAccessToken(
  settings: AccessTokenSettings,
  token: string,
): Promise<AccessTokenClaims> {
  try {
    const { payload } = await jwtVerify(token, settings.secret, {
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: settings.issuer,
      audience: settings.audience,
      // A token that never expires would outlive every revocation of its secret's users.
      requiredClaims: ["exp"],
    });
    if (
      payload.iat !== undefined &&
      payload.iat > Math.floor(Date.now() / 1000) + ACCESS_TOKEN_MAX_FUTURE_IAT_SECONDS
    ) {
      throw new AppError("UNAUTHORIZED", "Invalid or missing access token");
    }
    return accessTokenClaimsSchema.parse(payload);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message =
      error instanceof joseErrors.JWTExpired ? "Access token has expired" : "Invalid or missing access token";
    throw new AppError("UNAUTHORIZED", message, { cause: error });
  }
}

/** The core's token issuer, signing with these settings. */
export function createAccessTokenIssuer(settings: AccessTokenSettings): AccessTokenIssuer {
  return {
    ttlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    issue: (principal: Principal) =>
      signAccessToken(settings, { sub: principal.userId, role: principal.role, tier: principal.tier }),
  };
}
