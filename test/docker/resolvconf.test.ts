// The container's resolv.conf generator (src/container/docker/etc-files.ts)
// against moby's own goldens: the inputs are those of moby v28.2.2
// libnetwork/internal/resolvconf/resolvconf_test.go (TestRCTransformForIntNS,
// TestRCTransformForLegacyNw), the expected files are moby's testdata, copied
// by resolvconf/fetch.sh. Each case: Parse(input, "/etc/resolv.conf"),
// overrides, the transform, then WriteFile (Generate with comments, no header).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateResolvConf, overrideResolvConf, parseResolvConf, transformIntNS, transformLegacy } from "../../src/container/docker/etc-files.js";

const golden = (suite: string, name: string) =>
  readFileSync(new URL(`./resolvconf/${suite}/${name.replaceAll(" ", "_")}.golden`, import.meta.url), "utf8");

interface IntCase {
  name: string;
  input: string;
  overrideNS?: string[];
  overrideOptions?: string[];
  reqdOptions?: string[];
  ext: string[];
}

// resolvconf_test.go TestRCTransformForIntNS's table (expExtServers as ExtDNSEntry.String()).
const intCases: IntCase[] = [
  { name: "IPv4 only", input: "nameserver 10.0.0.1", ext: ["host(10.0.0.1)"] },
  { name: "IPv4 and IPv6, ipv6 enabled", input: "nameserver 10.0.0.1\nnameserver fdb6:b8fe:b528::1", ext: ["host(10.0.0.1)", "host(fdb6:b8fe:b528::1)"] },
  { name: "IPv4 localhost", input: "nameserver 127.0.0.53", ext: ["host(127.0.0.53)"] },
  { name: "IPv4 localhost override", input: "nameserver 10.0.0.1", overrideNS: ["127.0.0.53"], ext: ["127.0.0.53"] },
  { name: "IPv6 only", input: "nameserver fd14:6e0e:f855::1", ext: ["host(fd14:6e0e:f855::1)"] },
  { name: "IPv4 and IPv6 localhost", input: "nameserver 127.0.0.53\nnameserver ::1", ext: ["host(127.0.0.53)", "host(::1)"] },
  { name: "ndots present and required", input: "nameserver 127.0.0.53\noptions ndots:1", reqdOptions: ["ndots:0"], ext: ["host(127.0.0.53)"] },
  { name: "ndots missing but required", input: "nameserver 127.0.0.53", reqdOptions: ["ndots:0"], ext: ["host(127.0.0.53)"] },
  { name: "ndots host, override and required", input: "nameserver 127.0.0.53", reqdOptions: ["ndots:0"], overrideOptions: ["ndots:2"], ext: ["host(127.0.0.53)"] },
  { name: "Extra required options", input: "nameserver 127.0.0.53\noptions trust-ad", reqdOptions: ["ndots:0", "attempts:3", "edns0", "trust-ad"], ext: ["host(127.0.0.53)"] },
  { name: "No config", input: "", ext: [] },
];

// TestRCTransformForLegacyNw's table.
const legacyCases: Array<{ name: string; input: string; ipv6: boolean; overrideNS?: string[] }> = [
  { name: "Routable IPv4 only", input: "nameserver 10.0.0.1", ipv6: false },
  { name: "Routable IPv4 and IPv6, ipv6 enabled", input: "nameserver 10.0.0.1\nnameserver fdb6:b8fe:b528::1", ipv6: true },
  { name: "Routable IPv4 and IPv6, ipv6 disabled", input: "nameserver 10.0.0.1\nnameserver fdb6:b8fe:b528::1", ipv6: false },
  { name: "IPv4 localhost, ipv6 disabled", input: "nameserver 127.0.0.53", ipv6: false },
  { name: "IPv4 localhost, ipv6 enabled", input: "nameserver 127.0.0.53", ipv6: true },
  { name: "IPv4 and IPv6 localhost, ipv6 disabled", input: "nameserver 127.0.0.53\nnameserver ::1", ipv6: false },
  { name: "IPv4 and IPv6 localhost, ipv6 enabled", input: "nameserver 127.0.0.53\nnameserver ::1", ipv6: true },
  { name: "IPv4 localhost, IPv6 routeable, ipv6 enabled", input: "nameserver 127.0.0.53\nnameserver fd3e:2d1a:1f5a::1", ipv6: true },
  { name: "IPv4 localhost, IPv6 routeable, ipv6 disabled", input: "nameserver 127.0.0.53\nnameserver fd3e:2d1a:1f5a::1", ipv6: false },
  { name: "Override nameservers", input: "nameserver 127.0.0.53", overrideNS: ["127.0.0.1", "::1"], ipv6: false },
];

describe("resolv.conf as moby v28.2.2 writes it", () => {
  for (const tc of intCases) {
    it(`internal resolver: ${tc.name}`, () => {
      const rc = parseResolvConf(tc.input, "/etc/resolv.conf");
      overrideResolvConf(rc, { nameServers: tc.overrideNS, options: tc.overrideOptions });
      transformIntNS(rc, tc.reqdOptions ?? []);
      expect(generateResolvConf(rc)).toBe(golden("TestRCTransformForIntNS", tc.name));
      expect(rc.ext.map((e) => (e.hostLoopback ? `host(${e.addr})` : e.addr))).toEqual(tc.ext);
    });
  }
  for (const tc of legacyCases) {
    it(`legacy network: ${tc.name}`, () => {
      const rc = parseResolvConf(tc.input, "/etc/resolv.conf");
      overrideResolvConf(rc, { nameServers: tc.overrideNS });
      transformLegacy(rc, tc.ipv6);
      expect(generateResolvConf(rc)).toBe(golden("TestRCTransformForLegacyNw", tc.name));
    });
  }

  // TestRCTransformForIntNSInvalidNdots: invalid ndots values are dropped only when ndots is required.
  it("invalid ndots options", () => {
    const cases: Array<[string, string[], string[], string]> = [
      ["options ndots:-1", [], ["ndots:-1"], "host"],
      ["options ndots:-1 foo:bar ndots ndots:", ["ndots:2"], ["foo:bar", "ndots:2"], "internal"],
      ["options ndots:1 foo:bar ndots ndots:", ["ndots:2"], ["ndots:1", "foo:bar"], "host"],
    ];
    for (const [options, reqd, expOptions, from] of cases) {
      const rc = parseResolvConf(`nameserver 8.8.8.8\n${options}`, "/etc/resolv.conf");
      transformIntNS(rc, reqd);
      expect([rc.options, rc.ndotsFrom]).toEqual([expOptions, from]);
    }
  });
});
