// Address parsing/formatting, with expectations taken from the real tools:
// glibc getaddrinfo (`getent ahostsv4 010.0.0.1` → 8.0.0.1, `10.1` → 10.0.0.1),
// iproute2 (`ip addr add 010.1/16` shows 8.1.0.0/16, `1.2.3.256` rejected),
// glibc inet_ntop for IPv6 text.

import { describe, expect, it } from "vitest";
import {
  broadcastOf,
  formatIp6,
  formatIpv4,
  formatMac,
  linkLocalFromMac,
  maskToPrefix,
  multicastMac4,
  multicastMac6,
  networkOf,
  parseIp6,
  parseIpv4Aton,
  parseIpv4Iproute2,
  parseIpv4Pton,
  parseMac,
  prefixToMask,
  solicitedNode,
} from "../../src/wire/addr.js";

const v4 = (s: string | undefined) => (s === undefined ? undefined : s);

describe("IPv4 text", () => {
  it("inet_pton is strict", () => {
    expect(v4(parseIpv4Pton("10.0.0.1") === undefined ? undefined : formatIpv4(parseIpv4Pton("10.0.0.1")!))).toBe("10.0.0.1");
    for (const bad of ["010.0.0.1", "10.1", "1.2.3.256", "1.2.3.4 ", "0x1.2.3.4", "", "1..2.3"]) expect(parseIpv4Pton(bad)).toBeUndefined();
    expect(formatIpv4(parseIpv4Pton("255.255.255.255")!)).toBe("255.255.255.255");
  });
  it("inet_aton (getaddrinfo) reads octal, hex and short forms", () => {
    expect(formatIpv4(parseIpv4Aton("010.0.0.1")!)).toBe("8.0.0.1");
    expect(formatIpv4(parseIpv4Aton("10.1")!)).toBe("10.0.0.1");
    expect(formatIpv4(parseIpv4Aton("0x0a000001")!)).toBe("10.0.0.1");
    expect(formatIpv4(parseIpv4Aton("167772161")!)).toBe("10.0.0.1");
    expect(formatIpv4(parseIpv4Aton("10.1.258")!)).toBe("10.1.1.2");
    expect(parseIpv4Aton("1.2.3.4 x")).toBeUndefined();
    expect(formatIpv4(parseIpv4Aton("1.2.3.4 x", false)!)).toBe("1.2.3.4");
    for (const bad of ["08.1.1.1", "1.2.3.4.5", "256.1.1.1", "1.2.3.256", "0x", "", "a.b.c.d", "4294967296"]) expect(parseIpv4Aton(bad)).toBeUndefined();
  });
  it("iproute2's get_addr_ipv4 zero-fills missing octets", () => {
    expect(formatIpv4(parseIpv4Iproute2("010.1")!)).toBe("8.1.0.0");
    expect(formatIpv4(parseIpv4Iproute2("0x0a.2.3.4")!)).toBe("10.2.3.4");
    expect(formatIpv4(parseIpv4Iproute2("10")!)).toBe("10.0.0.0");
    expect(parseIpv4Iproute2("1.2.3.256")).toBeUndefined();
    expect(parseIpv4Iproute2("1.2.3.4.5")).toBeUndefined();
    expect(parseIpv4Iproute2("1.2.x")).toBeUndefined();
  });
  it("prefix math", () => {
    expect(formatIpv4(prefixToMask(24))).toBe("255.255.255.0");
    expect(prefixToMask(0)).toBe(0);
    expect(formatIpv4(prefixToMask(32))).toBe("255.255.255.255");
    expect(maskToPrefix(0xffffff00)).toBe(24);
    expect(maskToPrefix(0)).toBe(0);
    expect(maskToPrefix(0xff00ff00)).toBe(-1);
    expect(formatIpv4(networkOf(parseIpv4Pton("10.1.2.3")!, 16))).toBe("10.1.0.0");
    expect(formatIpv4(broadcastOf(parseIpv4Pton("10.1.2.3")!, 16))).toBe("10.1.255.255");
  });
});

describe("MAC", () => {
  it("parses and formats", () => {
    const m = parseMac("a:B:c:d:e:F")!;
    expect(formatMac(m)).toBe("0a:0b:0c:0d:0e:0f");
    expect(formatMac(parseMac("ff:ff:ff:ff:ff:ff")!)).toBe("ff:ff:ff:ff:ff:ff");
    for (const bad of ["0a:0b:0c:0d:0e", "0a:0b:0c:0d:0e:0f:10", "0g:00:00:00:00:00", "100:0:0:0:0:0"]) expect(parseMac(bad)).toBeUndefined();
    expect(formatMac(multicastMac4(parseIpv4Pton("239.129.1.2")!))).toBe("01:00:5e:01:01:02");
    expect(formatMac(multicastMac6(parseIp6("ff02::1:ff3c:e831")!))).toBe("33:33:ff:3c:e8:31");
  });
});

describe("IPv6 text as glibc's inet_ntop prints it", () => {
  const cases: Array<[string, string]> = [
    ["::", "::"],
    ["::1", "::1"],
    ["2001:db8:0:0:0:0:0:1", "2001:db8::1"],
    ["2001:0db8:0000:0001:0000:0000:0000:0001", "2001:db8:0:1::1"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["2001:db8:1:0:1:1:1:1", "2001:db8:1:0:1:1:1:1"],
    ["fe80::6cbd:eff:fe3c:e831", "fe80::6cbd:eff:fe3c:e831"],
    ["::ffff:10.0.0.1", "::ffff:10.0.0.1"],
    ["::10.0.0.1", "::10.0.0.1"],
    ["::ffff:0:1", "::ffff:0.0.0.1"],
    ["1::", "1::"],
    ["FF02::1:FF00:2", "ff02::1:ff00:2"],
  ];
  for (const [i, o] of cases) it(`${i} → ${o}`, () => expect(formatIp6(parseIp6(i)!)).toBe(o));
  it("rejects malformed text", () => {
    for (const bad of ["1:2:3:4:5:6:7", "1::2::3", "12345::", ":1:2:3:4:5:6:7", "::ffff:010.0.0.1", "g::", ""]) expect(parseIp6(bad)).toBeUndefined();
  });
  it("derives link-local and solicited-node addresses", () => {
    expect(formatIp6(linkLocalFromMac(parseMac("6e:bd:0e:3c:e8:31")!))).toBe("fe80::6cbd:eff:fe3c:e831");
    expect(formatIp6(solicitedNode(parseIp6("fe80::6cbd:eff:fe3c:e831")!))).toBe("ff02::1:ff3c:e831");
  });
});
