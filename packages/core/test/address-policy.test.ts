import { describe, expect, it } from "vitest";
import { isAllowedAddress, isPublicHost } from "../src";

describe("isPublicHost", () => {
  it.each([
    "localhost",
    "LOCALHOST.",
    "api.localhost",
    "printer.local",
    "metadata.google.internal",
    "router.home.arpa",
    "intranet",
    "127.0.0.1",
    "127.1.2.3",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "[::1]",
    "::1",
    "[fd00::1]",
    "[fe80::1]",
    "[::ffff:127.0.0.1]",
    "[::ffff:169.254.169.254]",
    "[::]",
  ])("refuses %s", (host) => {
    expect(isPublicHost(host)).toBe(false);
  });

  it.each([
    "example.com",
    "aftonbladet.se",
    "sub.domain.co.uk",
    "93.184.216.34",
    "[2606:2800:220:1:248:1893:25c8:1946]",
  ])("accepts %s", (host) => {
    expect(isPublicHost(host)).toBe(true);
  });

  // IPv6 forms that embed an IPv4 address are judged by it; the rest of IPv6 must be global unicast.
  it.each([
    "[::127.0.0.1]",
    "[::7f00:1]",
    "[::10.0.0.1]",
    "[::8.8.8.8]",
    "[::ffff:0:127.0.0.1]",
    "[64:ff9b::127.0.0.1]",
    "[64:ff9b::a9fe:a9fe]",
    "[64:ff9b:1::808:808]",
    "[2002:7f00:1::1]",
    "[2002:c0a8:101::]",
    "[2001:0:7f00:1::1]",
    "[2001:0:4136:e378:8000:63bf:f5ff:fffe]",
    "[2001:db8::1]",
    "[100::1]",
    "[3fff::1]",
    "[ff02::1]",
    "[fe80::1%25eth0]",
  ])("refuses the IPv6 form %s", (host) => {
    expect(isPublicHost(host)).toBe(false);
    expect(isAllowedAddress(host.slice(1, -1))).toBe(false);
  });

  it.each([
    "[64:ff9b::808:808]",
    "[2002:808:808::1]",
    "[2001:0:4136:e378:8000:63bf:f7f7:f7f7]",
    "[::ffff:8.8.8.8]",
  ])("accepts %s, which carries a public IPv4 address", (host) => {
    expect(isPublicHost(host)).toBe(true);
  });

  it("lets an operator allow-list hosts, addresses and CIDR ranges", () => {
    expect(isPublicHost("127.0.0.1", ["127.0.0.1"])).toBe(true);
    expect(isPublicHost("10.1.2.3", ["10.0.0.0/8"])).toBe(true);
    expect(isPublicHost("10.1.2.3", ["192.168.0.0/16"])).toBe(false);
    expect(isPublicHost("fixtures.local", ["fixtures.local"])).toBe(true);
    expect(isAllowedAddress("::1", ["::1/128"])).toBe(true);
    expect(isAllowedAddress("192.168.0.7", [])).toBe(false);
    expect(isAllowedAddress("93.184.216.34", [])).toBe(true);
  });
});
