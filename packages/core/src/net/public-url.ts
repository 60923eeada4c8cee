import { AppError } from "../app-error";
import { type AddressAllowList, isPublicHost } from "./address-policy";

/**
 * A URL the platform will reach on a customer's behalf: well formed, http(s), no credentials (they would be
 * sent on and kept in our records), and a public host unless FETCH_ALLOW_PRIVATE_HOSTS allows it. Each
 * refusal is INVALID_URL naming the field and the rule (`details.reason`).
 */
export function checkPublicHttpUrl(
  raw: string,
  where: { field: string; label: string; allow?: AddressAllowList },
): URL {
  const { field, label } = where;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError("INVALID_URL", `${label} is malformed`, { field, details: { reason: "malformed" } });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AppError("INVALID_URL", `${label} must use http or https`, {
      field,
      details: { reason: "scheme", scheme: url.protocol.replace(":", "") },
    });
  }
  if (url.username || url.password) {
    throw new AppError("INVALID_URL", `${label} must not carry a user name or password`, {
      field,
      details: { reason: "credentials_in_url" },
    });
  }
  if (!isPublicHost(url.hostname, where.allow ?? [])) {
    throw new AppError("INVALID_URL", `${label} must point at a public website`, {
      field,
      details: { reason: "private_address" },
    });
  }
  return url;
}
