import ipaddr from "ipaddr.js";

/**
 * Which addresses user-supplied URLs may point at. Anything that is not
 * public unicast (loopback, private, link-local and its cloud metadata
 * address, CGNAT, multicast, reserved, unspecified) is refused unless an
 * operator allow-lists it, so the server is never a way into its own network.
 */

/** Names that only ever resolve inside a machine or a private network. */
const privateNamePatterns = [
  /^localhost$/,
  /\.localhost$/,
  /\.local$/,
  /\.internal$/,
  /\.home\.arpa$/,
  /\.lan$/,
];

export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(stripBrackets(host));
}

function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/** True for any IP that is not public unicast. IPv4-mapped IPv6 is judged as the IPv4 it carries. */
export function isNonPublicAddress(ip: string): boolean {
  let address = ipaddr.parse(stripBrackets(ip));
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    address = (address as ipaddr.IPv6).toIPv4Address();
  }
  return address.range() !== "unicast";
}

export function isPrivateHostname(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return privateNamePatterns.some((pattern) => pattern.test(name)) || !name.includes(".");
}

/** An allow-list entry: a host name, an IP, or a CIDR range (`127.0.0.1`, `10.0.0.0/8`, `fixtures.test`). */
export type AddressAllowList = readonly string[];

function allowListed(host: string, allow: AddressAllowList): boolean {
  const bare = stripBrackets(host).toLowerCase();
  return allow.some((entry) => {
    const rule = entry.trim().toLowerCase();
    if (!rule) return false;
    if (rule.includes("/") && ipaddr.isValid(bare)) {
      try {
        const [range, bits] = ipaddr.parseCIDR(rule);
        const address = ipaddr.parse(bare);
        return address.kind() === range.kind() && address.match(range, bits);
      } catch {
        return false;
      }
    }
    return rule === bare;
  });
}

/**
 * Whether a URL's host may be used as given (without resolving it): public
 * names and public IP literals pass; private ones only when allow-listed.
 */
export function isPublicHost(host: string, allow: AddressAllowList = []): boolean {
  if (allowListed(host, allow)) return true;
  if (isIpLiteral(host)) return !isNonPublicAddress(host);
  return !isPrivateHostname(host);
}

/** Whether an address that a public name resolved to may be connected to. */
export function isAllowedAddress(ip: string, allow: AddressAllowList = []): boolean {
  return allowListed(ip, allow) || !isNonPublicAddress(ip);
}
