import { AppError } from "../app-error";
import { type AddressAllowList, isIpLiteral, isPublicHost } from "../net/address-policy";
import { checkPublicHttpUrl } from "../net/public-url";

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

  // Credentials would be sent to the site (and kept in the job's record): refused, and said so.
  const target = checkPublicHttpUrl(order.target_url, { field: "target_url", label: "Target URL", allow });

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
