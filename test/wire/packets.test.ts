// Packet formats against bytes the real kernel put on a veth (pcaps/real-veth.pcap,
// captured with tcpdump -w in the kernel sandbox): parse every frame, check the
// checksums the kernel computed, and re-emit the parsed Reprs to the same bytes.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PcapReader } from "../../src/tools/tcpdump/savefile.js";
import { formatIp6, formatIpv4, formatMac } from "../../src/wire/addr.js";
import { emitArp, parseArp } from "../../src/wire/arp.js";
import { emitEthernet, parseEthernet } from "../../src/wire/ethernet.js";
import { emitIcmp, icmpQuote, parseIcmp } from "../../src/wire/icmp.js";
import { emitIcmpv6, icmpv6ChecksumOk, parseIcmpv6 } from "../../src/wire/icmpv6.js";
import { emitIgmp, parseIgmp } from "../../src/wire/igmp.js";
import { emitIpv4, parseIpv4, parseIpv4Options } from "../../src/wire/ipv4.js";
import { emitIpv6, emitIpv6Options, parseIpv6, parseIpv6Options } from "../../src/wire/ipv6.js";
import { emitTcp, parseTcp, tcpChecksumOk } from "../../src/wire/tcp.js";
import { emitUdp, parseUdp, udpChecksumState } from "../../src/wire/udp.js";
import { emitVxlan, parseVxlan } from "../../src/wire/vxlan.js";
import { emitSll2, parseSll2 } from "../../src/wire/sll2.js";

function frames(name: string): Uint8Array[] {
  const r = PcapReader.open(new Uint8Array(readFileSync(new URL(`../tcpdump/pcaps/${name}`, import.meta.url))));
  if ("error" in r) throw new Error(r.error);
  const out: Uint8Array[] = [];
  for (;;) {
    const n = r.next();
    if (n.kind !== "packet") break;
    out.push(n.packet.data);
  }
  return out;
}

const real = frames("real-veth.pcap");

describe("real kernel frames", () => {
  it("has the capture", () => expect(real.length).toBe(46));

  it("ARP request/reply parse and re-emit byte for byte", () => {
    const arps = real.filter((f) => f[12] === 0x08 && f[13] === 0x06);
    expect(arps.length).toBeGreaterThanOrEqual(2);
    for (const f of arps) {
      const e = parseEthernet(f);
      if (!e.ok) throw new Error(e.error);
      const a = parseArp(e.payload);
      if (!a.ok) throw new Error(a.error);
      expect(emitEthernet(e.repr, emitArp(a.repr))).toEqual(f);
    }
    const e = parseEthernet(arps[1]!);
    const a = e.ok ? parseArp(e.payload) : undefined;
    expect(a?.ok && [a.repr.op, formatMac(a.repr.senderMac), formatIpv4(a.repr.senderIp)]).toEqual([2, "12:da:90:ee:d6:36", "10.0.0.2"]);
  });

  it("IPv4 + ICMP echo: checksums verify and re-emit reproduces the kernel's bytes", () => {
    let n = 0;
    for (const f of real) {
      const e = parseEthernet(f);
      if (!e.ok || e.repr.ethertype !== 0x0800) continue;
      const ip = parseIpv4(e.payload);
      if (!ip.ok) throw new Error(ip.error);
      expect(ip.repr.checksumOk).toBe(true);
      if (ip.repr.protocol !== 1 || ip.repr.fragOffset !== 0 || ip.repr.mf) continue;
      const ic = parseIcmp(ip.payload);
      if (!ic.ok) throw new Error(ic.error);
      expect(ic.repr.checksumOk).toBe(true);
      expect(emitIpv4(ip.repr, emitIcmp(ic.repr))).toEqual(e.payload.subarray(0, ip.repr.totalLen));
      n++;
    }
    expect(n).toBeGreaterThanOrEqual(6);
  });

  it("ICMP port unreachable quotes the datagram", () => {
    const f = real.find((x) => x[12] === 8 && x[14 + 9] === 1 && x[14 + 20] === 3)!;
    const e = parseEthernet(f);
    const ip = e.ok && parseIpv4(e.payload);
    if (!ip || !ip.ok) throw new Error("no ip");
    const ic = parseIcmp(ip.payload);
    if (!ic.ok || ic.repr.kind !== "dest-unreachable") throw new Error("not unreach");
    expect(ic.repr.code).toBe(3);
    const inner = parseIpv4(ic.repr.original);
    expect(inner.ok && inner.repr.protocol).toBe(17);
    expect(icmpQuote(ic.repr.original)).toEqual(ic.repr.original);
  });

  it("IPv6 ND and MLDv2 (with the Hop-by-Hop Router Alert) verify and re-emit", () => {
    let nd = 0;
    let mld = 0;
    for (const f of real) {
      const e = parseEthernet(f);
      if (!e.ok || e.repr.ethertype !== 0x86dd) continue;
      const ip = parseIpv6(e.payload);
      if (!ip.ok) throw new Error(ip.error);
      let body = ip.payload;
      let hbh;
      if (ip.repr.nextHeader === 0) {
        const h = parseIpv6Options(body);
        if (!h.ok) throw new Error(h.error);
        hbh = h.repr;
        body = h.payload;
        expect(h.repr.options[0]).toEqual({ type: 5, data: new Uint8Array([0, 0]) });
      }
      expect(icmpv6ChecksumOk(body, ip.repr.src, ip.repr.dst)).toBe(true);
      const ic = parseIcmpv6(body);
      if (!ic.ok) throw new Error(ic.error);
      if (ic.repr.kind === "neighbor-solicit" || ic.repr.kind === "router-solicit" || ic.repr.kind === "neighbor-advert") nd++;
      if (ic.repr.kind === "mld2-report") {
        mld++;
        expect(ic.repr.records[0]!.type).toBe(4);
      }
      const again = emitIcmpv6(ic.repr, ip.repr.src, ip.repr.dst);
      expect(again).toEqual(body);
      const payload = hbh ? emitIpv6Options(hbh, again) : again;
      expect(emitIpv6(ip.repr, payload)).toEqual(e.payload);
    }
    expect(nd).toBeGreaterThanOrEqual(4);
    expect(mld).toBeGreaterThanOrEqual(4);
  });

  it("IGMPv3 reports verify and re-emit; the IP header carries Router Alert", () => {
    const igmps = real.filter((f) => f[12] === 8 && f[14 + 9] === 2);
    expect(igmps.length).toBe(2);
    for (const f of igmps) {
      const e = parseEthernet(f);
      const ip = e.ok ? parseIpv4(e.payload) : undefined;
      if (!ip?.ok) throw new Error("no ip");
      expect(parseIpv4Options(ip.repr.options!)).toEqual([{ type: 148, data: new Uint8Array([0, 0]) }]);
      const g = parseIgmp(ip.payload);
      if (!g.ok || g.repr.kind !== "v3-report") throw new Error("not v3");
      expect(g.repr.checksumOk).toBe(true);
      expect(formatIpv4(g.repr.records[0]!.group)).toBe("239.1.1.1");
      expect(emitIgmp(g.repr)).toEqual(ip.payload);
    }
  });

  it("TCP options parse as Linux sent them and emit back to the same header", () => {
    const syn = real.find((f) => f[12] === 8 && f[14 + 9] === 6 && f[14 + 20 + 13] === 0x02)!;
    const e = parseEthernet(syn);
    const ip = e.ok ? parseIpv4(e.payload) : undefined;
    if (!ip?.ok) throw new Error("no ip");
    const t = parseTcp(ip.payload);
    if (!t.ok) throw new Error(t.error);
    expect(t.repr.options.map((o) => o.kind)).toEqual(["mss", "sack-permitted", "timestamp", "nop", "wscale"]);
    // veth leaves the checksum partial (offload): only the header bytes can be compared.
    const ph = { family: 4 as const, src: ip.repr.src, dst: ip.repr.dst };
    const again = emitTcp(t.repr, t.payload, ph);
    expect(again.subarray(0, 16)).toEqual(ip.payload.subarray(0, 16));
    expect(again.subarray(18)).toEqual(ip.payload.subarray(18));
    expect(tcpChecksumOk(again, ph)).toBe(true);
  });
});

describe("emit/parse round trips", () => {
  const ph = { family: 4 as const, src: 0x0a000001, dst: 0x0a000002 };
  it("UDP checksum, zero checksum and the 0xffff rule", () => {
    const d = emitUdp({ srcPort: 1234, dstPort: 53 }, new Uint8Array([1, 2, 3]), ph);
    expect(udpChecksumState(d, ph)).toBe("ok");
    const u = parseUdp(d);
    expect(u.ok && [u.repr.srcPort, u.repr.dstPort, u.repr.length, [...u.payload]]).toEqual([1234, 53, 11, [1, 2, 3]]);
    const z = d.slice();
    z[6] = 0;
    z[7] = 0;
    expect(udpChecksumState(z, ph)).toBe("none");
    z[7] = 1;
    expect(udpChecksumState(z, ph)).toBe("bad");
    expect(parseUdp(d.subarray(0, 6))).toEqual({ ok: false, error: "truncated" });
  });
  it("IPv4 fragments and options", () => {
    const b = emitIpv4({ tos: 0xb8, id: 7, df: false, mf: true, fragOffset: 1480, ttl: 3, protocol: 17, src: 1, dst: 2, options: new Uint8Array([1, 1, 1]) }, new Uint8Array(8));
    const p = parseIpv4(b);
    expect(p.ok && [p.repr.headerLen, p.repr.mf, p.repr.fragOffset, p.repr.checksumOk, p.payload.length]).toEqual([24, true, 1480, true, 8]);
    expect(parseIpv4(b.subarray(0, 10))).toEqual({ ok: false, error: "truncated" });
    const bad = b.slice();
    bad[0] = 0x41;
    expect(parseIpv4(bad)).toEqual({ ok: false, error: "malformed" });
  });
  it("VLAN tags, VXLAN and SLL2", () => {
    const f = emitEthernet({ dst: 1, src: 2, ethertype: 0x0800, vlan: { tpid: 0x8100, pcp: 5, dei: true, vid: 100 } }, new Uint8Array(4));
    const e = parseEthernet(f);
    expect(e.ok && [e.repr.vlan, e.repr.ethertype, e.payload.length]).toEqual([{ tpid: 0x8100, pcp: 5, dei: true, vid: 100 }, 0x0800, 4]);
    expect(emitEthernet({ dst: 1, src: 2, ethertype: 0x0806 }, new Uint8Array(28), true).length).toBe(60);
    const v = parseVxlan(emitVxlan({ flags: 8, vni: 0xabcdef }, f));
    expect(v.ok && [v.repr.vni, v.payload]).toEqual([0xabcdef, f]);
    const s = parseSll2(emitSll2({ protocol: 0x86dd, ifindex: 7, hatype: 1, pkttype: 4, addr: new Uint8Array([1, 2, 3, 4, 5, 6]) }, new Uint8Array(3)));
    expect(s.ok && [s.repr.ifindex, s.repr.pkttype, [...s.repr.addr], s.payload.length]).toEqual([7, 4, [1, 2, 3, 4, 5, 6], 3]);
  });
  it("ICMPv6 router advertisement options", () => {
    const src = 0xfe800000000000000000000000000001n;
    const dst = 0xff020000000000000000000000000001n;
    const r = {
      kind: "router-advert" as const,
      curHopLimit: 64,
      flags: 0xc0,
      routerLifetime: 1800,
      reachableTime: 0,
      retransTimer: 0,
      options: [
        { kind: "source-lladdr" as const, mac: 0x020000000001 },
        { kind: "mtu" as const, mtu: 1500 },
        { kind: "prefix-info" as const, prefixLen: 64, onLink: true, autonomous: true, validLifetime: 86400, preferredLifetime: 14400, prefix: 0x20010db8000000000000000000000000n },
      ],
    };
    const b = emitIcmpv6(r, src, dst);
    expect(icmpv6ChecksumOk(b, src, dst)).toBe(true);
    const p = parseIcmpv6(b);
    expect(p.ok && { ...p.repr, checksum: 0 }).toEqual({ ...r, checksum: 0 });
    expect(p.ok && p.repr.kind === "router-advert" && p.repr.options[2]!.kind === "prefix-info" && formatIp6(p.repr.options[2]!.prefix)).toBe("2001:db8::");
  });
  it("parsers report truncation instead of throwing", () => {
    expect(parseEthernet(new Uint8Array(5)).ok).toBe(false);
    expect(parseArp(new Uint8Array(10)).ok).toBe(false);
    expect(parseIcmp(new Uint8Array(3)).ok).toBe(false);
    expect(parseTcp(new Uint8Array(19)).ok).toBe(false);
    expect(parseIpv6(new Uint8Array(39)).ok).toBe(false);
    expect(parseIcmpv6(new Uint8Array([135, 0, 0, 0, 0])).ok).toBe(false);
    expect(parseIgmp(new Uint8Array([0x22, 0, 0, 0, 0, 0, 0, 5])).ok).toBe(false);
  });
});
