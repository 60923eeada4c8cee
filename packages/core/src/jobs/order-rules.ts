import { AppError } from "../app-error";
import { type AddressAllowList, isIpLiteral, isPublicHost } from "../net/address-policy";

export const ANCHOR_MIN = 3;
export const ANCHOR_MAX = 150;

const domainPattern =
  /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*\.[a-z][a-z0-9-]{1,62}$/;

export interface OrderFields {
  publisher_domain: string;
  target_url: string;
  anchor_text: string;
}

/**
 * The order's three fields, judged with the contract's error codes: anchors of
 * 3–150 characters (VALIDATION_ERROR with details, or ANCHOR_TOO_LONG), a
 * public http(s) target (INVALID_URL), a publisher that is a domain name
 * (INVALID_PUBLISHER). Returns them normalised.
 */
export function checkOrder(order: OrderFields, allow: AddressAllowList = []): OrderFields {
  const anchor = order.anchor_text.replace(/\s+/g, " ").trim();
  const details = { provided_length: anchor.length, min_length: ANCHOR_MIN, max_length: ANCHOR_MAX };
  if (anchor.length > ANCHOR_MAX) {
    throw new AppError("ANCHOR_TOO_LONG", `Anchor text exceeds ${ANCHOR_MAX} characters`, {
      field: "anchor_text",
      details,
    });
  }
  if (anchor.length < ANCHOR_MIN) {
    throw new AppError(
      "VALIDATION_ERROR",
      `Anchor text must be between ${ANCHOR_MIN} and ${ANCHOR_MAX} characters`,
      {
        field: "anchor_text",
        details,
      },
    );
  }

  let target: URL;
  try {
    target = new URL(order.target_url.trim());
  } catch {
    throw new AppError("INVALID_URL", "Target URL is malformed", {
      field: "target_url",
      details: { reason: "malformed" },
    });
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    throw new AppError("INVALID_URL", "Target URL must use http or https", {
      field: "target_url",
      details: { reason: "scheme", scheme: target.protocol.replace(":", "") },
    });
  }
  // Credentials would be sent to the site (and kept in the job's record): refused, and said so.
  if (target.username || target.password) {
    throw new AppError("INVALID_URL", "Target URL must not carry a user name or password", {
      field: "target_url",
      details: { reason: "credentials_in_url" },
    });
  }
  if (!isPublicHost(target.hostname, allow)) {
    throw new AppError("INVALID_URL", "Target URL must point at a public website", {
      field: "target_url",
      details: { reason: "private_address" },
    });
  }

  const publisher = order.publisher_domain.trim().toLowerCase().replace(/\.$/, "");
  const publisherOk =
    domainPattern.test(publisher) &&
    !isIpLiteral(publisher) &&
    (isPublicHost(publisher, allow) || allow.includes(publisher));
  if (!publisherOk) {
    throw new AppError("INVALID_PUBLISHER", "Publisher must be a domain name, e.g. aftonbladet.se", {
      field: "publisher_domain",
      details: { provided: order.publisher_domain.slice(0, 255) },
    });
  }
  return { publisher_domain: publisher, target_url: target.toString(), anchor_text: anchor };
}
