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

/**
 * IPv6 forms that carry an IPv4 address a relay or translator delivers to: NAT64's well-known prefix
 * (64:ff9b::/96, the last 32 bits), 6to4 (2002::/16, bits 16-47) and Teredo (2001::/32, the server in
 * bits 32-63 and the client, inverted, in the last 32). Each is judged by the IPv4 addresses it carries.
 */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4[] | undefined {
  const b = address.toByteArray();
  const v4 = (at: number, invert = false) =>
    new ipaddr.IPv4(b.slice(at, at + 4).map((byte) => (invert ? byte ^ 0xff : byte)));
  if (address.match(ipaddr.IPv6.parse("64:ff9b::"), 96)) return [v4(12)];
  if (address.match(ipaddr.IPv6.parse("2002::"), 16)) return [v4(2)];
  if (address.match(ipaddr.IPv6.parse("2001::"), 32)) return [v4(4), v4(12, true)];
  return undefined;
}

// Global unicast: everything else in IPv6 (IPv4-compatible ::/96, ::ffff:0:0:0/96, local NAT64
// 64:ff9b:1::/48, discard, ULA, link-local, multicast) is not globally routable.
const globalUnicast = ipaddr.IPv6.parse("2000::");

/**
 * The IPv6 address a literal names, read through the WHATWG URL parser first: ipaddr.js reads the
 * IPv4-compatible `::127.0.0.1` as IPv4-mapped, while a URL carries it as `::7f00:1`.
 */
function parseIPv6(literal: string): ipaddr.IPv6 | undefined {
  try {
    const host = new URL(`http://[${literal}]/`).hostname;
    return ipaddr.IPv6.parse(stripBrackets(host));
  } catch {
    return undefined;
  }
}

/**
 * True for any IP that is not public, globally routable unicast. IPv4-mapped IPv6 is judged as the IPv4
 * it carries, as are NAT64, 6to4 and Teredo addresses; any other IPv6 must be global unicast (2000::/3).
 */
export function isNonPublicAddress(ip: string): boolean {
  const bare = stripBrackets(ip);
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return ipaddr.IPv4.parse(bare).range() !== "unicast";
  if (!bare.includes(":")) return !ipaddr.isValid(bare) || ipaddr.parse(bare).range() !== "unicast";
  const address = parseIPv6(bare);
  if (!address) return true;
  if (address.isIPv4MappedAddress()) return address.toIPv4Address().range() !== "unicast";
  const carried = embeddedIPv4(address);
  if (carried) return carried.some((v4) => v4.range() !== "unicast");
  return !address.match(globalUnicast, 3) || address.range() !== "unicast";
}

export function isPrivateHostname(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return privateNamePatterns.some((pattern) => pattern.test(name)) || !name.includes(".");
}

/** An allow-list entry: a host name, an IP, or a CIDR range (`127.0.0.1`, `10.0.0.0/8`, `fixtures.test`). */
export type AddressAllowList = readonly string[];

export function isAllowListedHost(host: string, allow: AddressAllowList): boolean {
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
  if (isAllowListedHost(host, allow)) return true;
  if (isIpLiteral(host)) return !isNonPublicAddress(host);
  return !isPrivateHostname(host);
}

/** Whether an address that a public name resolved to may be connected to. */
export function isAllowedAddress(ip: string, allow: AddressAllowList = []): boolean {
  return isAllowListedHost(ip, allow) || !isNonPublicAddress(ip);
}
