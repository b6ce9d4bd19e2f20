// Kernel-side targets and their user-space data: NETMAP's address mapping,
// HMARK's hash (jhash_3words and the reciprocal scale), RATEEST's stored
// times as the real tool prints them back (32-bit wrap included), and the
// libxtables address-option quirks NETMAP and HMARK rely on. End-to-end
// behaviour is in the goldens recorded from the kernel:
// test/golden/nat/netmap-ping, test/golden/iptables/traffic-{tee,hmark,rateest}; the IPv6
// HMARK marks below were recorded on the kernel (the model sends no IPv6 UDP yet).
import { describe, expect, it } from "vitest";
import { netmapAddr } from "../../src/kernel/netfilter/nat/nf_nat_netmap.js";
import { jhash3 } from "../../src/kernel/core/jhash.js";
import { hmarkHash } from "../../src/kernel/netfilter/xt/xt_HMARK.js";
import "../../src/kernel/netfilter/xt/index.js";
import { XT_CONTINUE, xtFindTarget } from "../../src/kernel/netfilter/xt_registry.js";
import { rateestTimes } from "../../src/tools/iptables/ext/rateest.js";
import { mask6ToCidr, parsePlen4, plenToMask4 } from "../../src/tools/iptables/ext/xthost.js";
import { XT_HMARK_MODULUS, XT_HMARK_OFFSET, type XtHmark } from "../../src/uapi/xt_ext_targets.js";

const ip = (s: string) => s.split(".").reduce((a, p) => ((a << 8) | Number(p)) >>> 0, 0);

describe("NETMAP", () => {
  it("keeps the host bits and takes the block's network bits", () => {
    const block = { minIp: ip("172.18.0.0"), maxIp: ip("172.18.0.255") };
    expect(netmapAddr(ip("10.9.0.42"), block)).toBe(ip("172.18.0.42"));
    const one = { minIp: ip("1.2.3.4"), maxIp: ip("1.2.3.4") };
    expect(netmapAddr(ip("9.9.9.9"), one)).toBe(ip("1.2.3.4"));
    const slash16 = { minIp: ip("10.77.0.0"), maxIp: ip("10.77.255.255") };
    expect(netmapAddr(ip("192.168.122.7"), slash16)).toBe(ip("10.77.122.7"));
  });
});

describe("HMARK", () => {
  // The marks test/golden/iptables/traffic-hmark.sh recorded on the kernel (counters per mark rule).
  const base = { srcMask: 0xffffffff, dstMask: 0xffffffff, srcPlen6: 128, dstPlen6: 128, portMaskSrc: 0, portMaskDst: 0, portSetSrc: 0, portSetDst: 0 };
  const flags = (1 << XT_HMARK_MODULUS) | (1 << XT_HMARK_OFFSET);
  const tally = (marks: number[]) => marks.reduce<Record<number, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {});

  it("gives the ICMP packets of the recorded run their marks", () => {
    const d: XtHmark = { ...base, protoMask: 0xffff, hashrnd: 0x1234, hmodulus: 7, hoffset: 100, flags };
    const lo = ip("127.0.0.1");
    const pkts = [
      // three pings (request and reply each) ...
      [lo, lo, 1], [lo, lo, 1], [lo, ip("127.0.0.2"), 1], [ip("127.0.0.2"), lo, 1], [lo, ip("127.3.4.5"), 1], [ip("127.3.4.5"), lo, 1],
      // ... and the port unreachables for the three UDP probes, hashed as the datagrams they quote
      [lo, lo, 17], [lo, lo, 17], [lo, ip("127.0.0.9"), 17],
    ] as const;
    const marks = pkts.map(([src, dst, proto]) => hmarkHash({ src, dst, ports: 0, proto }, d));
    expect(tally(marks)).toEqual({ 100: 2, 102: 1, 104: 4, 106: 2 });
  });

  it("gives the UDP datagrams of the recorded run their marks (ports masked, OR-ed, larger first)", () => {
    const d: XtHmark = { ...base, portMaskSrc: 0xffff, portMaskDst: 0xffff, portSetSrc: 7, protoMask: 0xffff, hashrnd: 0xcafe, hmodulus: 5, hoffset: 0, flags: 1 << XT_HMARK_MODULUS };
    const lo = ip("127.0.0.1");
    // sport 5000|7 and 5001|7 are both 5007: the first two hash alike.
    const ports = (s: number, t: number) => (s > t ? ((s << 16) | t) >>> 0 : ((t << 16) | s) >>> 0);
    const marks = [
      hmarkHash({ src: lo, dst: lo, ports: ports(5000 | 7, 53), proto: 17 }, d),
      hmarkHash({ src: lo, dst: lo, ports: ports(5001 | 7, 53), proto: 17 }, d),
      hmarkHash({ src: lo, dst: ip("127.0.0.9"), ports: ports(6000 | 7, 4000), proto: 17 }, d),
    ];
    expect(tally(marks)).toEqual({ 1: 1, 3: 2 });
    expect(jhash3(1, 2, 3, 4)).not.toBe(jhash3(1, 2, 3, 5));
  });

  it("orders the addresses, scales by the modulus and adds the offset", () => {
    const d: XtHmark = {
      srcMask: 0xffffffff, dstMask: 0xffffffff, srcPlen6: 128, dstPlen6: 128, portMaskSrc: 0, portMaskDst: 0,
      portSetSrc: 0, portSetDst: 0, protoMask: 0xffff, hashrnd: 0x1234, hmodulus: 7, hoffset: 100,
      flags: (1 << XT_HMARK_MODULUS) | (1 << XT_HMARK_OFFSET),
    };
    const a = hmarkHash({ src: ip("10.0.0.1"), dst: ip("10.0.0.2"), ports: 0, proto: 1 }, d);
    const b = hmarkHash({ src: ip("10.0.0.2"), dst: ip("10.0.0.1"), ports: 0, proto: 1 }, d);
    expect(a).toBe(b);
    for (let i = 0; i < 50; i++) {
      const m = hmarkHash({ src: ip(`10.0.${i}.1`), dst: ip("10.0.0.2"), ports: i, proto: 17 }, d);
      expect(m).toBeGreaterThanOrEqual(100);
      expect(m).toBeLessThan(107);
    }
  });
});

describe("RATEEST", () => {
  it("prints back the times the kernel data stands for", () => {
    // 250ms/500ms: interval -2 (254 as u8), ewma_log 1.
    expect(rateestTimes({ name: "RE1", interval: 254, ewmaLog: 1 })).toEqual({ interval: 250000, ewma: 500000 });
    // 1s/8s: interval 0, ewma_log 3.
    expect(rateestTimes({ name: "RE2", interval: 0, ewmaLog: 3 })).toEqual({ interval: 1000000, ewma: 8000000 });
    // 100us/8s as recorded: ewma_log 16 wraps 250000 << 16 to 3499098112 (3499.1s).
    expect(rateestTimes({ name: "RE3", interval: 254, ewmaLog: 16 })).toEqual({ interval: 250000, ewma: 3499098112 });
  });
});

describe("XTTYPE_PLENMASK", () => {
  it("reads prefix lengths, masks, and what getaddrinfo makes of other numbers", () => {
    expect(parsePlen4("HMARK", "hmark-src-prefix", "24")).toBe(24);
    expect(parsePlen4("HMARK", "hmark-src-prefix", "255.255.0.0")).toBe(16);
    // A mask with holes, or "33" (inet_aton: 0.0.0.33), has no prefix length: 255, an all-ones mask.
    expect(parsePlen4("HMARK", "hmark-src-prefix", "255.0.255.0")).toBe(255);
    expect(parsePlen4("HMARK", "hmark-src-prefix", "33")).toBe(255);
    expect(plenToMask4(255)).toBe(0xffffffff);
    expect(plenToMask4(0)).toBe(0);
    expect(() => parsePlen4("HMARK", "hmark-src-prefix", "x")).toThrow(/neither a valid network mask nor valid CIDR \(0-32\)/);
    expect(mask6ToCidr(((1n << 128n) - 1n) ^ ((1n << 64n) - 1n))).toBe(64);
    expect(mask6ToCidr(1n)).toBe(255);
  });
});

describe("HMARK for IPv6", () => {
  // What the kernel gave in the run ext-hmark6.sh was cut down from (nc -6 -u to ::1, ports
  // 5000→53, 6001→4000, 7001→4001): the three port unreachables all 0x69; the datagrams with
  // --hmark-src-prefix 64: one 0x1, two 0x2.
  const LO6 = [...new Array(15).fill(0), 1];
  function ipv6(next: number, payload: number[]): Uint8Array {
    return Uint8Array.from([0x60, 0, 0, 0, payload.length >> 8, payload.length & 255, next, 64, ...LO6, ...LO6, ...payload]);
  }
  const udp = (s: number, d: number) => [s >> 8, s & 255, d >> 8, d & 255, 0, 10, 0, 0, 0x78, 0x0a];
  const unreach = (s: number, d: number) => [1, 4, 0, 0, 0, 0, 0, 0, ...ipv6(17, udp(s, d))];
  const hmark = xtFindTarget("HMARK", 6)!;
  const markOf = (pkt: Uint8Array, d: XtHmark) => {
    const skb = { data: pkt, mark: 0 };
    const v = hmark.target({ skb, nhoff: 0, thoff: 40, fragoff: 0 } as never, d);
    expect(v).toBe(XT_CONTINUE);
    return skb.mark;
  };
  const base = { srcMask: 0, dstMask: 0, portSetSrc: 0, portSetDst: 0, protoMask: 0xffff, flags: (1 << XT_HMARK_MODULUS) | (1 << XT_HMARK_OFFSET) };

  it("hashes ICMPv6 errors as the datagram they quote", () => {
    const d: XtHmark = { ...base, srcPlen6: 128, dstPlen6: 128, portMaskSrc: 0, portMaskDst: 0, hashrnd: 0x1234, hmodulus: 7, hoffset: 100 };
    expect([unreach(5000, 53), unreach(6001, 4000), unreach(7001, 4001)].map((u) => markOf(ipv6(58, u), d))).toEqual([0x69, 0x69, 0x69]);
  });

  it("folds the masked addresses and hashes the ports", () => {
    const d: XtHmark = { ...base, srcPlen6: 64, dstPlen6: 128, portMaskSrc: 0xffff, portMaskDst: 0xffff, hashrnd: 0xcafe, hmodulus: 5, hoffset: 0 };
    const marks = [udp(5000, 53), udp(6001, 4000), udp(7001, 4001)].map((u) => markOf(ipv6(17, u), d));
    expect(marks.reduce<Record<number, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {})).toEqual({ 1: 1, 2: 2 });
  });
});
