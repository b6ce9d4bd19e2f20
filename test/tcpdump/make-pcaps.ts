// Builds the crafted captures under pcaps/ from the wire emitters, so the
// recorded expectations exercise every printer. Run: npx tsx test/tcpdump/make-pcaps.ts
// (deterministic: same bytes every run). Real captures (real-*.pcap) were made
// with tcpdump -w inside ../shared/tools/kernel-sandbox and are kept as they are.

import { writeFileSync } from "node:fs";
import { parseIp6, parseIpv4Pton, parseMac } from "../../src/wire/addr.js";
import { emitArp } from "../../src/wire/arp.js";
import { emitEthernet } from "../../src/wire/ethernet.js";
import { emitIcmp, type IcmpRepr } from "../../src/wire/icmp.js";
import { emitIcmpv6, type Icmpv6Repr } from "../../src/wire/icmpv6.js";
import { emitIgmp, type IgmpRepr } from "../../src/wire/igmp.js";
import { emitIpv4, IPV4_ROUTER_ALERT, type Ipv4Repr } from "../../src/wire/ipv4.js";
import { emitIpv6, emitIpv6Options, ROUTER_ALERT_MLD } from "../../src/wire/ipv6.js";
import { emitTcp, type TcpOption, type TcpRepr } from "../../src/wire/tcp.js";
import { emitUdp } from "../../src/wire/udp.js";
import { emitVxlan } from "../../src/wire/vxlan.js";
import { buildPcap, LINKTYPE_ETHERNET, type PcapPacket } from "../../src/tools/tcpdump/savefile.js";

const dir = new URL("./pcaps/", import.meta.url).pathname;
const ip = (s: string) => parseIpv4Pton(s)!;
const ip6 = (s: string) => parseIp6(s)!;
const mac = (s: string) => parseMac(s)!;
const enc = new TextEncoder();

const A = mac("02:00:00:00:00:01");
const B = mac("02:00:00:00:00:02");
const BC = mac("ff:ff:ff:ff:ff:ff");
const IA = ip("10.0.0.1");
const IB = ip("10.0.0.2");

let t = 1767225600 * 1e6 + 1000; // 2026-01-01 00:00:00.001 in microseconds
const pkts: Record<string, PcapPacket[]> = {};
function add(file: string, frame: Uint8Array, snap?: number): void {
  t += 1234;
  (pkts[file] ??= []).push({ sec: Math.floor(t / 1e6), usec: t % 1e6, data: snap ? frame.slice(0, snap) : frame, len: frame.length });
}

function eth(dst: number, src: number, type: number, payload: Uint8Array, vlan?: number): Uint8Array {
  return emitEthernet({ dst, src, ethertype: type, vlan: vlan === undefined ? undefined : { tpid: 0x8100, pcp: 0, dei: false, vid: vlan } }, payload);
}
function v4(r: Partial<Ipv4Repr> & { protocol: number }, payload: Uint8Array): Uint8Array {
  return emitIpv4({ tos: 0, id: 4660, df: true, mf: false, fragOffset: 0, ttl: 64, src: IA, dst: IB, ...r }, payload);
}
function icmpFrame(r: IcmpRepr, ipr: Partial<Ipv4Repr> = {}): Uint8Array {
  return eth(B, A, 0x0800, v4({ protocol: 1, ...ipr }, emitIcmp(r)));
}
const ping = new Uint8Array(56).map((_, i) => i);

// ---- ARP
add("arp", eth(BC, A, 0x0806, emitArp({ op: 1, senderMac: A, senderIp: IA, targetMac: 0, targetIp: IB })));
add("arp", eth(A, B, 0x0806, emitArp({ op: 2, senderMac: B, senderIp: IB, targetMac: A, targetIp: IA })));
add("arp", eth(BC, A, 0x0806, emitArp({ op: 1, senderMac: A, senderIp: IA, targetMac: B, targetIp: IB })));
add("arp", eth(BC, A, 0x0806, emitArp({ op: 1, senderMac: A, senderIp: IA, targetMac: 0, targetIp: IA })), 60);
add("arp", emitEthernet({ dst: BC, src: A, ethertype: 0x0806 }, emitArp({ op: 1, senderMac: A, senderIp: IA, targetMac: 0, targetIp: ip("127.0.0.1") }), true));

// ---- ICMP
add("icmp", icmpFrame({ kind: "echo-request", id: 77, seq: 1, data: ping }));
add("icmp", eth(A, B, 0x0800, v4({ protocol: 1, src: IB, dst: IA, df: false }, emitIcmp({ kind: "echo-reply", id: 77, seq: 1, data: ping }))));
const udpOrig = v4({ protocol: 17 }, emitUdp({ srcPort: 40000, dstPort: 33434 }, enc.encode("probe"), { family: 4, src: IA, dst: IB }));
const tcpOrig = v4({ protocol: 6 }, emitTcp({ srcPort: 40001, dstPort: 22, seq: 1000, ack: 0, flags: 2, window: 64240, urgent: 0, options: [] }, new Uint8Array(0), { family: 4, src: IA, dst: IB }));
const rawOrig = v4({ protocol: 253 }, new Uint8Array(8));
for (let code = 0; code <= 16; code++) {
  const orig = code === 3 ? udpOrig : rawOrig;
  add("icmp-unreach", icmpFrame({ kind: "dest-unreachable", code, mtu: code === 4 ? 1400 : 0, original: orig }, { src: IB, dst: IA, tos: 0xc0, df: false }));
}
add("icmp-unreach", icmpFrame({ kind: "dest-unreachable", code: 3, mtu: 0, original: tcpOrig }, { src: IB, dst: IA, tos: 0xc0, df: false }));
add("icmp-unreach", icmpFrame({ kind: "dest-unreachable", code: 4, mtu: 0, original: rawOrig }, { src: IB, dst: IA }));
add("icmp-other", icmpFrame({ kind: "time-exceeded", code: 0, original: udpOrig }, { src: ip("10.0.1.254"), dst: IA, tos: 0xc0, df: false }));
add("icmp-other", icmpFrame({ kind: "time-exceeded", code: 1, original: udpOrig }, { src: IB, dst: IA }));
add("icmp-other", icmpFrame({ kind: "time-exceeded", code: 7, original: udpOrig }, { src: IB, dst: IA }));
for (let code = 0; code <= 4; code++) add("icmp-other", icmpFrame({ kind: "redirect", code, gateway: ip("10.0.0.254"), original: udpOrig }, { src: IB, dst: IA }));
add("icmp-other", icmpFrame({ kind: "other", type: 12, code: 0, rest: 0x14000000, data: udpOrig }));
add("icmp-other", icmpFrame({ kind: "other", type: 12, code: 1, rest: 0, data: udpOrig }));
add("icmp-other", icmpFrame({ kind: "other", type: 13, code: 0, rest: 0x00050001, data: new Uint8Array(12) }));
add("icmp-other", icmpFrame({ kind: "other", type: 14, code: 0, rest: 0x00050001, data: new Uint8Array([0, 0x10, 0, 0, 0, 0x20, 0, 0, 0, 0x30, 0, 0]) }));
add("icmp-other", icmpFrame({ kind: "other", type: 4, code: 0, rest: 0, data: udpOrig }));
add("icmp-other", icmpFrame({ kind: "other", type: 10, code: 0, rest: 0, data: new Uint8Array(0) }));
add("icmp-other", icmpFrame({ kind: "other", type: 42, code: 3, rest: 0, data: new Uint8Array(4) }));
{
  // A bad ICMP checksum and a bad IP header checksum.
  const f = icmpFrame({ kind: "echo-request", id: 1, seq: 9, data: ping });
  f[14 + 20 + 2] ^= 0xff;
  add("icmp-other", f);
  const g = icmpFrame({ kind: "echo-request", id: 1, seq: 10, data: ping });
  g[14 + 10] ^= 0x55;
  add("icmp-other", g);
}

// ---- IPv4 specials: options, fragments, TTL 0/1, ECN, unknown protocol, truncation
add("ipv4", eth(B, A, 0x0800, v4({ protocol: 1, options: new Uint8Array([7, 11, 4, 0, 0, 0, 0, 0, 0, 0, 0, 1]) }, emitIcmp({ kind: "echo-request", id: 5, seq: 1, data: ping }))));
add("ipv4", eth(B, A, 0x0800, v4({ protocol: 1, options: new Uint8Array([1, 1, 1, 0]) }, emitIcmp({ kind: "echo-request", id: 5, seq: 2, data: ping }))));
add("ipv4", eth(B, A, 0x0800, v4({ protocol: 1, df: false, mf: true, id: 999 }, emitIcmp({ kind: "echo-request", id: 5, seq: 3, data: new Uint8Array(1472) }).subarray(0, 1480))));
add("ipv4", eth(B, A, 0x0800, v4({ protocol: 1, df: false, fragOffset: 1480, id: 999 }, new Uint8Array(100))));
add("ipv4", eth(B, A, 0x0800, v4({ protocol: 17, df: false, fragOffset: 8, id: 1000 }, new Uint8Array(20))));
add("ipv4", eth(B, A, 0x0800, v4({ protocol: 6, df: false, fragOffset: 16, id: 1001 }, new Uint8Array(20))));
add("ipv4", eth(B, A, 0x0800, v4({ protocol: 253, tos: 0x02 }, new Uint8Array(24))));
add("ipv4", eth(B, A, 0x0800, v4({ protocol: 99, tos: 0x03, ttl: 0 }, new Uint8Array(10))));
add("ipv4", eth(B, A, 0x0800, v4({ protocol: 1, tos: 0xb9, ttl: 1, rf: true }, emitIcmp({ kind: "echo-request", id: 5, seq: 4, data: ping }))));
add("ipv4", eth(B, A, 0x0800, v4({ protocol: 1 }, emitIcmp({ kind: "echo-request", id: 5, seq: 5, data: ping }))), 40);
add("ipv4", eth(B, A, 0x0800, v4({ protocol: 1 }, emitIcmp({ kind: "echo-request", id: 5, seq: 6, data: ping }))), 20);
add("ipv4", eth(B, A, 0x0800, v4({ protocol: 4, src: ip("192.168.1.1"), dst: ip("192.168.2.1") }, v4({ protocol: 1 }, emitIcmp({ kind: "echo-request", id: 6, seq: 1, data: ping })))));
add("ipv4", emitEthernet({ dst: B, src: A, ethertype: 0x0800 }, v4({ protocol: 17 }, emitUdp({ srcPort: 1, dstPort: 9 }, new Uint8Array(2), { family: 4, src: IA, dst: IB })), true));

// ---- UDP
const udp = (sp: number, dp: number, payload: Uint8Array, src = IA, dst = IB) =>
  eth(B, A, 0x0800, v4({ protocol: 17, src, dst, df: false }, emitUdp({ srcPort: sp, dstPort: dp }, payload, { family: 4, src, dst })));
add("udp", udp(40000, 9999, enc.encode("hello")));
add("udp", udp(6800, 6700, new Uint8Array(0)));
add("udp", udp(5000, 5001, new Uint8Array(100)));
add("udp", udp(1230, 1230, new Uint8Array(0)));
add("udp", udp(5140, 5140, enc.encode("x")));
{
  const f = udp(40000, 9999, enc.encode("nocksum"));
  f[14 + 20 + 6] = 0;
  f[14 + 20 + 7] = 0;
  add("udp", f);
  const g = udp(40000, 9999, enc.encode("badsum"));
  g[14 + 20 + 6] ^= 0x11;
  add("udp", g);
  const h = udp(40000, 9999, enc.encode("longer than it says"));
  h[14 + 20 + 5] = 12;
  add("udp", h);
}
add("udp", udp(1, 2, new Uint8Array(50)), 44);

// ---- TCP: a handshake, data, SACK, RST, URG, ECN flags, window scale only, unknown option
function tcp(src: number, dst: number, r: Partial<TcpRepr> & { srcPort: number; dstPort: number }, payload = new Uint8Array(0), to = B, from = A): Uint8Array {
  const repr: TcpRepr = { seq: 0, ack: 0, flags: 0x10, window: 502, urgent: 0, options: [], ...r };
  return eth(to, from, 0x0800, v4({ protocol: 6, src, dst }, emitTcp(repr, payload, { family: 4, src, dst })));
}
const synOpts: TcpOption[] = [{ kind: "mss", mss: 1460 }, { kind: "sack-permitted" }, { kind: "timestamp", val: 1000, ecr: 0 }, { kind: "nop" }, { kind: "wscale", shift: 7 }];
const ts = (v: number, e: number): TcpOption[] => [{ kind: "nop" }, { kind: "nop" }, { kind: "timestamp", val: v, ecr: e }];
const C = 4000000000;
const S = 123456789;
add("tcp", tcp(IA, IB, { srcPort: 45678, dstPort: 80, seq: C, flags: 0x02, window: 64240, options: synOpts }));
add("tcp", tcp(IB, IA, { srcPort: 80, dstPort: 45678, seq: S, ack: C + 1, flags: 0x12, window: 65160, options: [...synOpts.slice(0, 2), { kind: "timestamp", val: 2000, ecr: 1000 }, { kind: "nop" }, { kind: "wscale", shift: 7 }] }, undefined, A, B));
add("tcp", tcp(IA, IB, { srcPort: 45678, dstPort: 80, seq: C + 1, ack: S + 1, options: ts(1001, 2000) }));
add("tcp", tcp(IA, IB, { srcPort: 45678, dstPort: 80, seq: C + 1, ack: S + 1, flags: 0x18, options: ts(1002, 2000) }, enc.encode("GET /index.html HTTP/1.1\r\nHost: b\r\n\r\n")));
add("tcp", tcp(IB, IA, { srcPort: 80, dstPort: 45678, seq: S + 1, ack: C + 38, flags: 0x18, options: ts(2001, 1002) }, enc.encode("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"), A, B));
add("tcp", tcp(IA, IB, { srcPort: 45678, dstPort: 80, seq: C + 38, ack: S + 39, options: [{ kind: "nop" }, { kind: "nop" }, { kind: "sack", blocks: [[S + 100, S + 200], [S + 300, S + 400]] }] }));
add("tcp", tcp(IA, IB, { srcPort: 45678, dstPort: 80, seq: C + 38, ack: S + 39, flags: 0x11, options: ts(1003, 2001) }));
add("tcp", tcp(IB, IA, { srcPort: 80, dstPort: 45678, seq: S + 39, ack: C + 39, flags: 0x14, window: 0 }, undefined, A, B));
add("tcp", tcp(IA, IB, { srcPort: 2222, dstPort: 8080, seq: 5, ack: 0, flags: 0x04, window: 0 }, enc.encode("reset reason text that is long enough")));
add("tcp", tcp(IA, IB, { srcPort: 2222, dstPort: 23, seq: 7, ack: 9, flags: 0xf8 | 0x20, urgent: 3, options: [{ kind: "wscale", shift: 14 }, { kind: "unknown", type: 99, data: new Uint8Array([1, 2]) }, { kind: "eol" }] }, enc.encode("abc")));
add("tcp", tcp(IA, IB, { srcPort: 3000, dstPort: 3000, seq: 1, ack: 1, flags: 0x10, options: [{ kind: "mss", mss: 536 }] }));
add("tcp", tcp(IA, IB, { srcPort: 45678, dstPort: 80, seq: C + 1, ack: S + 1, flags: 0x18, options: ts(1002, 2000) }, enc.encode("POST /x HTTP/1.0\r\n")), 80);
{
  const f = tcp(IA, IB, { srcPort: 1234, dstPort: 4321, seq: 1, ack: 0, flags: 0x02 });
  f[14 + 20 + 16] ^= 1;
  add("tcp", f);
  add("tcp", tcp(IA, IB, { srcPort: 1234, dstPort: 4321, seq: 1, ack: 0, flags: 0x02, options: synOpts }), 60);
  add("tcp", tcp(IA, IB, { srcPort: 1234, dstPort: 4321, seq: 1, ack: 0, flags: 0x00 }));
}

// ---- IPv6 / ICMPv6 / MLD
const LL_A = ip6("fe80::ff:fe00:1");
const LL_B = ip6("fe80::ff:fe00:2");
const G6 = ip6("2001:db8::1");
function v6frame(src: bigint, dst: bigint, r: Icmpv6Repr, opts: { hbh?: boolean; hop?: number; dstMac?: number; flow?: number; tc?: number } = {}): Uint8Array {
  const body = emitIcmpv6(r, src, dst);
  const payload = opts.hbh ? emitIpv6Options({ nextHeader: 58, options: [ROUTER_ALERT_MLD] }, body) : body;
  return eth(opts.dstMac ?? mac("33:33:00:00:00:01"), A, 0x86dd, emitIpv6({ trafficClass: opts.tc ?? 0, flowLabel: opts.flow ?? 0, nextHeader: opts.hbh ? 0 : 58, hopLimit: opts.hop ?? 255, src, dst }, payload));
}
add("icmp6", v6frame(0n, ip6("ff02::1:ff00:2"), { kind: "neighbor-solicit", target: LL_B, options: [{ kind: "nonce", nonce: new Uint8Array([1, 2, 3, 4, 5, 6]) }] }));
add("icmp6", v6frame(LL_A, ip6("ff02::1:ff00:2"), { kind: "neighbor-solicit", target: LL_B, options: [{ kind: "source-lladdr", mac: A }] }));
add("icmp6", v6frame(LL_B, LL_A, { kind: "neighbor-advert", router: false, solicited: true, override: true, target: LL_B, options: [{ kind: "target-lladdr", mac: B }] }, { dstMac: A }));
add("icmp6", v6frame(LL_B, ip6("ff02::1"), { kind: "neighbor-advert", router: true, solicited: false, override: true, target: G6, options: [] }));
add("icmp6", v6frame(LL_A, ip6("ff02::2"), { kind: "router-solicit", options: [{ kind: "source-lladdr", mac: A }] }));
add("icmp6", v6frame(LL_B, ip6("ff02::1"), {
  kind: "router-advert", curHopLimit: 64, flags: 0xc0, routerLifetime: 1800, reachableTime: 0, retransTimer: 0,
  options: [{ kind: "source-lladdr", mac: B }, { kind: "mtu", mtu: 1500 }, { kind: "prefix-info", prefixLen: 64, onLink: true, autonomous: true, validLifetime: 2592000, preferredLifetime: 0xffffffff, prefix: ip6("2001:db8:1::") }],
}));
add("icmp6", v6frame(0n, ip6("ff02::16"), { kind: "mld2-report", records: [{ type: 4, aux: new Uint8Array(0), group: ip6("ff02::1:ff00:1"), sources: [] }] }, { hbh: true, hop: 1 }));
add("icmp6", v6frame(LL_A, ip6("ff02::16"), { kind: "mld2-report", records: [{ type: 1, aux: new Uint8Array(0), group: ip6("ff05::2"), sources: [LL_B, G6] }, { type: 6, aux: new Uint8Array(0), group: ip6("ff05::3"), sources: [G6] }] }, { hbh: true, hop: 1 }));
add("icmp6", v6frame(LL_B, ip6("ff02::1"), { kind: "mld-query", maxResponse: 10000, group: 0n, v2: { sFlag: false, qrv: 2, qqic: 125, sources: [] } }, { hbh: true, hop: 1 }));
add("icmp6", v6frame(LL_B, ip6("ff02::1"), { kind: "mld-query", maxResponse: 10000, group: 0n }, { hbh: true, hop: 1 }));
add("icmp6", v6frame(LL_A, ip6("ff05::2"), { kind: "mld-report", maxResponse: 0, group: ip6("ff05::2") }, { hbh: true, hop: 1 }));
add("icmp6", v6frame(LL_A, ip6("ff02::2"), { kind: "mld-done", maxResponse: 0, group: ip6("ff05::2") }, { hbh: true, hop: 1 }));
add("icmp6", v6frame(G6, ip6("2001:db8::2"), { kind: "echo-request", id: 1234, seq: 1, data: ping }, { dstMac: B, hop: 64, flow: 0x12345 }));
add("icmp6", v6frame(ip6("2001:db8::2"), G6, { kind: "echo-reply", id: 1234, seq: 1, data: ping }, { dstMac: A, hop: 64, tc: 0xb8 }));
{
  const inner = emitIpv6({ trafficClass: 0, flowLabel: 0, nextHeader: 17, hopLimit: 64, src: G6, dst: ip6("2001:db8::2") }, emitUdp({ srcPort: 5555, dstPort: 33434 }, new Uint8Array(4), { family: 6, src: G6, dst: ip6("2001:db8::2") }));
  for (const code of [0, 1, 3, 4, 5]) add("icmp6", v6frame(ip6("2001:db8::2"), G6, { kind: "dest-unreachable", code, original: inner }, { dstMac: A, hop: 64 }));
  add("icmp6", v6frame(ip6("2001:db8::fe"), G6, { kind: "packet-too-big", mtu: 1280, original: inner }, { dstMac: A, hop: 64 }));
  add("icmp6", v6frame(ip6("2001:db8::fe"), G6, { kind: "time-exceeded", code: 0, original: inner }, { dstMac: A, hop: 64 }));
  add("icmp6", v6frame(ip6("2001:db8::fe"), G6, { kind: "time-exceeded", code: 1, original: inner }, { dstMac: A, hop: 64 }));
  add("icmp6", v6frame(ip6("2001:db8::fe"), G6, { kind: "param-problem", code: 1, pointer: 40, original: inner }, { dstMac: A, hop: 64 }));
  add("icmp6", v6frame(ip6("2001:db8::fe"), G6, { kind: "other", type: 200, code: 0, body: new Uint8Array(8) }, { dstMac: A, hop: 64 }));
  const u6 = emitUdp({ srcPort: 5350, dstPort: 9000 }, enc.encode("six"), { family: 6, src: G6, dst: ip6("2001:db8::2") });
  add("icmp6", eth(B, A, 0x86dd, emitIpv6({ trafficClass: 0, flowLabel: 7, nextHeader: 17, hopLimit: 64, src: G6, dst: ip6("2001:db8::2") }, u6)));
  const t6 = emitTcp({ srcPort: 40000, dstPort: 22, seq: 1, ack: 0, flags: 2, window: 64800, urgent: 0, options: synOpts }, new Uint8Array(0), { family: 6, src: G6, dst: ip6("2001:db8::2") });
  add("icmp6", eth(B, A, 0x86dd, emitIpv6({ trafficClass: 0, flowLabel: 0, nextHeader: 6, hopLimit: 64, src: G6, dst: ip6("2001:db8::2") }, t6)));
  add("icmp6", eth(B, A, 0x86dd, emitIpv6({ trafficClass: 0, flowLabel: 0, nextHeader: 59, hopLimit: 64, src: ip6("::1"), dst: ip6("::ffff:10.0.0.1") }, new Uint8Array(0))));
}

// ---- IGMP
function igmpFrame(r: IgmpRepr, dst: number, src = IA): Uint8Array {
  return eth(mac("01:00:5e:00:00:16"), A, 0x0800, v4({ protocol: 2, ttl: 1, tos: 0xc0, df: true, src, dst, options: IPV4_ROUTER_ALERT }, emitIgmp(r)));
}
add("igmp", igmpFrame({ kind: "v3-report", records: [{ type: 4, aux: new Uint8Array(0), group: ip("239.1.1.1"), sources: [] }] }, ip("224.0.0.22")));
add("igmp", igmpFrame({ kind: "v3-report", records: [{ type: 1, aux: new Uint8Array(0), group: ip("232.1.1.1"), sources: [ip("10.1.1.1"), ip("10.1.1.2")] }, { type: 3, aux: new Uint8Array(0), group: ip("239.2.2.2"), sources: [] }] }, ip("224.0.0.22")));
add("igmp", igmpFrame({ kind: "v2-report", maxResp: 0, group: ip("239.1.1.1") }, ip("239.1.1.1")));
add("igmp", igmpFrame({ kind: "leave", maxResp: 0, group: ip("239.1.1.1") }, ip("224.0.0.2")));
add("igmp", igmpFrame({ kind: "v1-report", maxResp: 0, group: ip("239.1.1.1") }, ip("239.1.1.1")));
add("igmp", igmpFrame({ kind: "query", maxResp: 100, group: 0 }, ip("224.0.0.1"), IB));
add("igmp", igmpFrame({ kind: "query", maxResp: 0, group: 0 }, ip("224.0.0.1"), IB));
add("igmp", igmpFrame({ kind: "query", maxResp: 50, group: ip("239.1.1.1") }, ip("239.1.1.1"), IB));
add("igmp", igmpFrame({ kind: "query", maxResp: 100, group: 0, v3: { sFlag: false, qrv: 2, qqic: 125, sources: [] } }, ip("224.0.0.1"), IB));
add("igmp", igmpFrame({ kind: "query", maxResp: 200, group: ip("232.1.1.1"), v3: { sFlag: true, qrv: 2, qqic: 125, sources: [ip("10.1.1.1")] } }, ip("232.1.1.1"), IB));

// ---- VXLAN / OTV / VLAN / STP / unknown EtherType
{
  const innerA = mac("0a:00:00:00:00:0a");
  const innerB = mac("0a:00:00:00:00:0b");
  const inner = emitEthernet({ dst: innerB, src: innerA, ethertype: 0x0800 }, emitIpv4({ tos: 0, id: 1, df: true, mf: false, fragOffset: 0, ttl: 64, protocol: 1, src: ip("192.168.0.1"), dst: ip("192.168.0.2") }, emitIcmp({ kind: "echo-request", id: 3, seq: 1, data: ping })));
  const outer = (port: number) => udp(51000, port, emitVxlan({ flags: 0x08, vni: 42 }, inner), ip("172.16.0.1"), ip("172.16.0.2"));
  add("encap", outer(4789));
  add("encap", outer(8472));
  add("encap", udp(51000, 4789, emitVxlan({ flags: 0x00, vni: 7 }, emitEthernet({ dst: BC, src: innerA, ethertype: 0x0806 }, emitArp({ op: 1, senderMac: innerA, senderIp: ip("192.168.0.1"), targetMac: 0, targetIp: ip("192.168.0.2") }))), ip("172.16.0.1"), ip("172.16.0.2")));
  add("encap", eth(B, A, 0x0800, v4({ protocol: 1 }, emitIcmp({ kind: "echo-request", id: 9, seq: 1, data: ping })), 100));
  add("encap", eth(BC, A, 0x0806, emitArp({ op: 1, senderMac: A, senderIp: IA, targetMac: 0, targetIp: IB }), 4094));
  const bpdu = new Uint8Array([0x42, 0x42, 0x03, 0, 0, 0, 0, 0, 0x80, 0, 0x02, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0x80, 0, 0x02, 0, 0, 0, 0, 1, 0x80, 0x01, 0, 0, 0x14, 0, 0x02, 0, 0x0f, 0]);
  add("encap", emitEthernet({ dst: mac("01:80:c2:00:00:00"), src: A, ethertype: bpdu.length }, bpdu, true));
  const rstp = new Uint8Array([0x42, 0x42, 0x03, 0, 0, 2, 2, 0x3c, 0x80, 0, 0x02, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0x80, 0, 0x02, 0, 0, 0, 0, 1, 0x80, 0x01, 0, 0, 0x14, 0, 0x02, 0, 0x0f, 0, 0]);
  add("encap", emitEthernet({ dst: mac("01:80:c2:00:00:00"), src: A, ethertype: rstp.length }, rstp, true));
  add("encap", eth(B, A, 0x88b5, enc.encode("local experimental ethertype payload")));
  add("encap", eth(BC, A, 0x9999, new Uint8Array(3)));
  add("encap", new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
}

for (const [name, list] of Object.entries(pkts)) writeFileSync(`${dir}${name}.pcap`, buildPcap(LINKTYPE_ETHERNET, list));

// A mixed capture for the filter cases (in time order), and broken files for the error cases.
const mix = Object.values(pkts).flat().filter((p) => p.data.length >= 14).sort((a, b) => a.sec - b.sec || a.usec - b.usec);
writeFileSync(`${dir}mix.pcap`, buildPcap(LINKTYPE_ETHERNET, mix));
const tcpFile = buildPcap(LINKTYPE_ETHERNET, pkts.tcp!);
writeFileSync(`${dir}bad-empty.pcap`, new Uint8Array(0));
writeFileSync(`${dir}bad-short.pcap`, tcpFile.slice(0, 10));
writeFileSync(`${dir}bad-hdronly.pcap`, tcpFile.slice(0, 24));
writeFileSync(`${dir}bad-trunc-data.pcap`, tcpFile.slice(0, 24 + 16 + 50));
writeFileSync(`${dir}bad-trunc-hdr.pcap`, tcpFile.slice(0, 24 + 16 + pkts.tcp![0]!.data.length + 6));
writeFileSync(`${dir}bad-text.pcap`, enc.encode("this is not a capture file\n"));
{
  // Big-endian and nanosecond variants of the icmp capture.
  const le = buildPcap(LINKTYPE_ETHERNET, pkts.icmp!);
  const be = le.slice();
  const swap4 = (o: number) => be.set([le[o + 3]!, le[o + 2]!, le[o + 1]!, le[o]!], o);
  const swap2 = (o: number) => be.set([le[o + 1]!, le[o]!], o);
  swap4(0), swap2(4), swap2(6), swap4(8), swap4(12), swap4(16), swap4(20);
  let o = 24;
  while (o < le.length) {
    const cap = le[o + 8]! | (le[o + 9]! << 8);
    for (const k of [0, 4, 8, 12]) swap4(o + k);
    o += 16 + cap;
  }
  writeFileSync(`${dir}icmp-be.pcap`, be);
  const ns = le.slice();
  ns.set([0x4d, 0x3c, 0xb2, 0xa1], 0);
  o = 24;
  while (o < ns.length) {
    const dv = new DataView(ns.buffer, o);
    dv.setUint32(4, dv.getUint32(4, true) * 1000 + 999, true);
    const cap = dv.getUint32(8, true);
    o += 16 + cap;
  }
  writeFileSync(`${dir}icmp-ns.pcap`, ns);
}
console.log(Object.entries(pkts).map(([n, l]) => `${n}: ${l.length}`).join("\n"));

// ---- Application protocols over UDP: BOOTP/DHCP, NTP, mDNS, and text
// payloads (what `printf hello | nc -u` sends) to their ports. Added after
// mix.pcap so the older captures keep their bytes.
{
  const bytes = (...parts: (number[] | Uint8Array | string)[]): Uint8Array => {
    const out: number[] = [];
    for (const p of parts) {
      if (typeof p === "string") out.push(...enc.encode(p));
      else out.push(...p);
    }
    return new Uint8Array(out);
  };
  const be32 = (v: number) => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
  const be16 = (v: number) => [(v >>> 8) & 255, v & 255];
  const ipb = (s: string) => be32(ip(s));
  const opt = (tag: number, data: number[] | string) => {
    const d = typeof data === "string" ? [...enc.encode(data)] : data;
    return [tag, d.length, ...d];
  };
  const CM = [0x02, 0x42, 0xac, 0x11, 0x00, 0x02];
  function bootp(f: { op: number; htype?: number; hlen?: number; hops?: number; xid?: number; secs?: number; flags?: number; ci?: string; yi?: string; si?: string; gi?: string; ch?: number[]; sname?: string; file?: string; vend: number[] }): Uint8Array {
    const b = new Uint8Array(236 + Math.max(f.vend.length, 64));
    b[0] = f.op;
    b[1] = f.htype ?? 1;
    b[2] = f.hlen ?? 6;
    b[3] = f.hops ?? 0;
    b.set(be32(f.xid ?? 0), 4);
    b.set(be16(f.secs ?? 0), 8);
    b.set(be16(f.flags ?? 0), 10);
    b.set(ipb(f.ci ?? "0.0.0.0"), 12);
    b.set(ipb(f.yi ?? "0.0.0.0"), 16);
    b.set(ipb(f.si ?? "0.0.0.0"), 20);
    b.set(ipb(f.gi ?? "0.0.0.0"), 24);
    b.set(f.ch ?? CM, 28);
    if (f.sname) b.set(enc.encode(f.sname), 44);
    if (f.file) b.set(enc.encode(f.file), 108);
    b.set(f.vend, 236);
    return b;
  }
  const COOKIE = [99, 130, 83, 99];
  const Z = "0.0.0.0";
  const BCA = "255.255.255.255";
  const dhcp = (sp: number, dp: number, payload: Uint8Array, src = Z, dst = BCA) => udp(sp, dp, payload, ip(src), ip(dst));
  const discover = bootp({ op: 1, xid: 0x3903f326, vend: [...COOKIE, ...opt(53, [1]), ...opt(61, [1, ...CM]), ...opt(57, be16(576)), ...opt(55, [1, 3, 6, 12, 15, 28, 42, 121]), ...opt(60, "udhcp 1.36.1"), ...opt(12, "client1"), 255] });
  add("bootp", dhcp(68, 67, discover));
  const offerVend = [...COOKIE, ...opt(53, [2]), ...opt(54, ipb("172.17.0.1")), ...opt(51, be32(3600)), ...opt(58, be32(1800)), ...opt(59, be32(3150)), ...opt(1, ipb("255.255.0.0")), ...opt(28, ipb("172.17.255.255")), ...opt(3, ipb("172.17.0.1")), ...opt(6, [...ipb("8.8.8.8"), ...ipb("1.1.1.1")]), ...opt(15, "example.org"), 255];
  add("bootp", dhcp(67, 68, bootp({ op: 2, xid: 0x3903f326, yi: "172.17.0.2", si: "172.17.0.1", vend: offerVend }), "172.17.0.1", "172.17.0.2"));
  add("bootp", dhcp(68, 67, bootp({ op: 1, xid: 0x3903f326, secs: 3, flags: 0x8000, vend: [...COOKIE, ...opt(53, [3]), ...opt(50, ipb("172.17.0.2")), ...opt(54, ipb("172.17.0.1")), 0, 0, 0, ...opt(55, [1, 3, 6]), 255, 0, 0] })));
  add("bootp", dhcp(67, 68, bootp({ op: 2, xid: 0x3903f326, flags: 0x8001, yi: "172.17.0.2", gi: "172.17.0.254", hops: 1, sname: "bootserver", file: "pxelinux.0", vend: [...COOKIE, ...opt(53, [5]), ...opt(121, [24, 10, 1, 2, ...ipb("172.17.0.1"), 0, ...ipb("172.17.0.1")]), ...opt(46, [8]), ...opt(52, [3]), ...opt(82, [1, 4, ...enc.encode("eth0"), 2, 3, 1, 2, 3, 9, 2, 7, 7]), ...opt(224, [1, 2, 3]), ...opt(225, [1, 2, 3, 4]), ...opt(226, [1, 2]), ...opt(81, [1, 0, 0, ...enc.encode("host.example")]), ...opt(19, [0, 1, 2]), ...opt(26, be16(1500)), ...opt(2, be32(-3600 >>> 0)), ...opt(77, [3, 97, 98, 99]), 255] }), "172.17.0.1", BCA));
  add("bootp", dhcp(67, 68, bootp({ op: 2, xid: 7, vend: [...COOKIE, ...opt(53, [6]), ...opt(56, "wrong address"), ...opt(61, [0, ...enc.encode("id")]), 255] }), "172.17.0.1", BCA));
  add("bootp", dhcp(68, 67, bootp({ op: 1, xid: 9, ci: "172.17.0.2", vend: [...COOKIE, ...opt(53, [7]), ...opt(54, ipb("172.17.0.1")), 255] }), "172.17.0.2", "172.17.0.1"));
  add("bootp", dhcp(67, 68, bootp({ op: 2, htype: 6, hlen: 6, xid: 0, vend: [0, 0, 0, 0] }), "172.17.0.1", BCA));
  add("bootp", dhcp(67, 68, bootp({ op: 3, htype: 1, hlen: 16, vend: [...enc.encode("CMU"), 0, 1, 0, 0, 0, ...ipb("255.255.255.0"), ...ipb("10.0.0.1")] }), "172.17.0.1", BCA));
  add("bootp", dhcp(67, 68, bootp({ op: 2, vend: [1, 2, 3, 4] }), "172.17.0.1", BCA));
  add("bootp", dhcp(68, 67, discover), 14 + 20 + 8 + 236 + 30);
  add("bootp", dhcp(68, 67, discover), 14 + 20 + 8 + 100);
  add("bootp", dhcp(68, 67, discover), 14 + 20 + 8 + 5);
  add("bootp", dhcp(68, 67, bytes("hello\n")));
  add("bootp", dhcp(67, 68, bytes("x")));
  add("bootp", dhcp(68, 67, bootp({ op: 1, xid: 1, vend: [...COOKIE, ...opt(53, [1]), 12, 40, ...enc.encode("short")] })));

  // NTP: a client request (chrony/ntpdate style), a server reply, a kiss-o'-death, control messages.
  const ntpTime = (mode: number, o: { li?: number; vn?: number; stratum?: number; poll?: number; prec?: number; rd?: number; rdisp?: number; refid?: number[]; ref?: number[]; org?: number[]; rec?: number[]; xmt?: number[]; tail?: number[] }) =>
    new Uint8Array([((o.li ?? 0) << 6) | ((o.vn ?? 4) << 3) | mode, o.stratum ?? 0, (o.poll ?? 0) & 255, (o.prec ?? 0) & 255, ...be32(o.rd ?? 0), ...be32(o.rdisp ?? 0), ...(o.refid ?? [0, 0, 0, 0]), ...(o.ref ?? [0, 0, 0, 0, 0, 0, 0, 0]), ...(o.org ?? [0, 0, 0, 0, 0, 0, 0, 0]), ...(o.rec ?? [0, 0, 0, 0, 0, 0, 0, 0]), ...(o.xmt ?? [0, 0, 0, 0, 0, 0, 0, 0]), ...(o.tail ?? [])]);
  const T1 = [...be32(3976214400 + 5), ...be32(0x80000000)];
  const T2 = [...be32(3976214400 + 6), ...be32(0x12345678)];
  const T3 = [...be32(3976214400 + 6), ...be32(0x23456789)];
  const ntp = (sp: number, dp: number, p: Uint8Array, src = IA, dst = IB) => udp(sp, dp, p, src, dst);
  const clientReq = ntpTime(3, { li: 3, poll: 6, prec: -20, rdisp: 0x00010000, xmt: T1 });
  add("ntp", ntp(41234, 123, clientReq));
  add("ntp", ntp(123, 41234, ntpTime(4, { stratum: 2, poll: 6, prec: -24, rd: 0x00000a3d, rdisp: 0x00001b2c, refid: ipb("192.0.2.7"), ref: [...be32(3976214000), ...be32(0x40000000)], org: T1, rec: T2, xmt: T3 }), IB, IA));
  add("ntp", ntp(123, 123, ntpTime(1, { vn: 3, stratum: 1, poll: 10, prec: -6, refid: [...enc.encode("GPS"), 0], xmt: T2 })));
  add("ntp", ntp(123, 41234, ntpTime(4, { li: 3, stratum: 0, poll: 17, refid: [...enc.encode("RATE")], org: T1, rec: T1, xmt: T1 }), IB, IA));
  add("ntp", ntp(123, 123, ntpTime(5, { vn: 4, stratum: 16, poll: -3, prec: -1, refid: ipb("10.9.8.7"), xmt: T3 })));
  add("ntp", ntp(41234, 123, ntpTime(3, { vn: 4, poll: 40, xmt: T3, org: T2, rec: T1, tail: [...be32(42), ...new Array(16).fill(0xab)] })));
  add("ntp", ntp(41234, 123, ntpTime(3, { vn: 4, xmt: T3, tail: [...be32(7)] })));
  add("ntp", ntp(41234, 123, ntpTime(3, { vn: 4, xmt: T3, tail: [...be32(7), ...new Array(20).fill(0xcd)] })));
  add("ntp", ntp(41234, 123, ntpTime(3, { vn: 4, xmt: T3, tail: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] })));
  add("ntp", ntp(41234, 123, ntpTime(2, { vn: 2, stratum: 62, refid: ipb("10.1.1.1") })));
  add("ntp", ntp(41234, 123, ntpTime(0, { vn: 1, stratum: 63, refid: ipb("10.1.1.1") })));
  add("ntp", ntp(41234, 123, new Uint8Array([0x16, 0x02, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0])));
  add("ntp", ntp(123, 41234, new Uint8Array([0x16, 0xa2, 0x00, 0x01, 0x06, 0x18, 0, 0, 0, 0, 0, 4, 0x61, 0x3d, 0x31, 0x0a]), IB, IA));
  add("ntp", ntp(123, 41234, new Uint8Array([0x16, 0xe2, 0x00, 0x01, 0x06, 0x18, 0, 0, 0, 0, 0, 40, 0x61]), IB, IA));
  add("ntp", ntp(41234, 123, new Uint8Array([0x17, 0x00, 0x03, 0x2a])));
  add("ntp", ntp(41234, 123, clientReq), 14 + 20 + 8 + 30);
  add("ntp", ntp(41234, 123, clientReq), 14 + 20 + 8 + 1);
  add("ntp", ntp(41234, 123, bytes("hello\n")));
  add("ntp", ntp(41234, 123, new Uint8Array(0)));

  // mDNS: a QU/QM query, a response with cache-flush records, an IPv6 query, text.
  const name = (...labels: string[]) => [...labels.flatMap((l) => [l.length, ...enc.encode(l)]), 0];
  const dnsHdr = (id: number, flags: number, qd: number, an: number, ns: number, ar: number) => [...be16(id), ...be16(flags), ...be16(qd), ...be16(an), ...be16(ns), ...be16(ar)];
  const MD = ip("224.0.0.251");
  const mdns = (p: Uint8Array, src = IA, dst = MD) => udp(5353, 5353, p, src, dst);
  add("mdns", mdns(bytes(dnsHdr(0, 0, 2, 0, 0, 0), name("_services", "_dns-sd", "_udp", "local"), be16(12), be16(0x8001), name("printer", "local"), be16(1), be16(1))));
  add("mdns", mdns(bytes(dnsHdr(0, 0x8400, 0, 3, 0, 1), name("printer", "local"), be16(1), be16(0x8001), be32(120), be16(4), ipb("10.0.0.1"), [0xc0, 12], be16(28), be16(0x8001), be32(120), be16(16), be32(0xfe800000), be32(0), be32(0x12345678), be32(9), name("_ipp", "_tcp", "local"), be16(12), be16(1), be32(4500), be16(10), [7, ...enc.encode("printer"), 0xc0, 12], [0xc0, 12], be16(47), be16(0x8001), be32(120), be16(5), [0xc0, 12, 0, 1, 0x40])));
  add("mdns", mdns(bytes(dnsHdr(0x1234, 0x0100, 1, 0, 0, 0), name("host", "local"), be16(255), be16(3))));
  {
    const s6 = ip6("fe80::1");
    const d6 = ip6("ff02::fb");
    const q = bytes(dnsHdr(0, 0, 1, 0, 0, 0), name("printer", "local"), be16(28), be16(0x8001));
    add("mdns", eth(mac("33:33:00:00:00:fb"), A, 0x86dd, emitIpv6({ trafficClass: 0, flowLabel: 0, nextHeader: 17, hopLimit: 255, src: s6, dst: d6 }, emitUdp({ srcPort: 5353, dstPort: 5353 }, q, { family: 6, src: s6, dst: d6 }))));
  }
  add("mdns", udp(40000, 5353, bytes("hello\n")));
  add("mdns", mdns(bytes(dnsHdr(0, 0x8400, 0, 1, 0, 0), name("printer", "local"), be16(1), be16(0x8001), be32(120), be16(4), ipb("10.0.0.1"))), 14 + 20 + 8 + 20);
}
for (const name of ["bootp", "ntp", "mdns"]) writeFileSync(`${dir}${name}.pcap`, buildPcap(LINKTYPE_ETHERNET, pkts[name]!));

// ---- syslog (514), TFTP (69), RIP (520): well-formed, malformed and cut short.
{
  const t = (s: string) => enc.encode(s);
  const cat = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));
  const be16 = (v: number) => [(v >>> 8) & 255, v & 255];
  const be32 = (v: number) => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
  const ipb = (s: string) => be32(ip(s));
  add("syslog", udp(40000, 514, t("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8")));
  add("syslog", udp(40000, 514, t("<13>hello\n")));
  add("syslog", udp(40000, 514, t("<191>x")));
  add("syslog", udp(40000, 514, t("<1234>too many digits")));
  add("syslog", udp(40000, 514, t("hello\n")));
  add("syslog", udp(40000, 514, t("<7")));
  add("syslog", udp(40000, 514, t("<>empty")));
  add("syslog", udp(514, 514, cat(t("<30>tab\there"), [0, 1, 0x80, 0xff])));
  add("syslog", udp(40000, 514, t("<165>1 2003-10-11T22:14:15.003Z host app - ID47 - cut short here")), 14 + 20 + 8 + 20);
  add("syslog", udp(40000, 514, new Uint8Array(0)));
  add("tftp", udp(40000, 69, cat([0, 1], t("pxelinux.0"), [0], t("octet"), [0])));
  add("tftp", udp(40000, 69, cat([0, 2], t("upload.bin"), [0], t("netascii"), [0], t("blksize"), [0], t("1428"), [0], t("tsize"), [0], t("0"), [0])));
  add("tftp", udp(69, 40000, cat([0, 6], t("blksize"), [0], t("1428"), [0])));
  add("tftp", udp(40001, 40000, cat([0, 3], [0, 1], new Uint8Array(30))));
  add("tftp", udp(40000, 69, cat([0, 3], [0, 1], t("data"))));
  add("tftp", udp(69, 40000, cat([0, 4], [0, 1])));
  add("tftp", udp(69, 40000, cat([0, 5], [0, 1], t("File not found"), [0])));
  add("tftp", udp(69, 40000, cat([0, 5], [0, 9], t("odd"), [0])));
  add("tftp", udp(69, 40000, cat([0, 9], [1, 2])));
  add("tftp", udp(40000, 69, t("hello\n")));
  add("tftp", udp(40000, 69, t("x")));
  add("tftp", udp(40000, 69, cat([0, 1], t("noterm"))));
  add("tftp", udp(40000, 69, cat([0, 1], t("file"), [0])));
  add("tftp", udp(40000, 69, cat([0, 4])));
  add("tftp", udp(40000, 69, cat([0, 1], t("longfilename.img"), [0], t("octet"), [0])), 14 + 20 + 8 + 8);
  const RIPB = ip("224.0.0.9");
  add("rip", udp(520, 520, cat([1, 2, 0, 0], [0, 0, 0, 0], ipb("0.0.0.0"), ipb("0.0.0.0"), ipb("0.0.0.0"), be32(16)), IA, RIPB));
  add("rip", udp(520, 520, cat([2, 2, 0, 0], [0, 2, 0, 0], ipb("10.1.0.0"), ipb("255.255.0.0"), ipb("0.0.0.0"), be32(1), [0, 2, 0, 7], ipb("192.168.5.0"), ipb("255.255.255.0"), ipb("10.0.0.254"), be32(3)), IA, RIPB));
  add("rip", udp(520, 520, cat([2, 1, 0, 0], [0, 2, 0, 0], ipb("10.2.0.0"), ipb("255.255.0.0"), ipb("0.0.0.0"), be32(2)), IA, IB));
  add("rip", udp(520, 520, cat([2, 2, 0, 0], [0xff, 0xff, 0, 2], t("secretpassword"), [0, 0], [0, 2, 0, 0], ipb("10.3.0.0"), ipb("255.255.0.0"), ipb("0.0.0.0"), be32(2)), IA, RIPB));
  add("rip", udp(520, 520, cat([2, 1, 0, 0], [0, 7, 0, 0], ipb("1.2.3.4"), ipb("0.0.0.0"), ipb("0.0.0.0"), be32(2)), IA, IB));
  add("rip", udp(520, 520, cat([2, 2, 0, 0], [0, 2, 0, 0], ipb("10.4.0.0"), ipb("255.0.255.0"), ipb("0.0.0.0"), be32(16), [0, 2]), IA, RIPB));
  add("rip", udp(520, 520, cat([1, 1, 0, 0], [0, 2, 0, 0], ipb("10.5.0.0"), [0, 0, 0, 1], ipb("0.0.0.0"), be32(1)), IA, IB));
  add("rip", udp(520, 520, cat([1, 2, 0, 0], [0, 2, 0, 0], ipb("10.6.0.0"), ipb("0.0.0.0"), ipb("0.0.0.0"), be32(4), [0, 2, 0, 0]), IA, RIPB));
  add("rip", udp(520, 520, cat([3, 2, 0, 0], [0, 2, 0, 0]), IA, RIPB));
  add("rip", udp(520, 520, cat([0, 1, 0, 0], [1, 2, 3]), IA, RIPB));
  add("rip", udp(520, 520, cat([7, 2, 0, 0], [9, 9]), IA, RIPB));
  add("rip", udp(520, 520, cat([5, 1, 0, 0]), IA, RIPB));
  add("rip", udp(40000, 520, t("hello\n")));
  add("rip", udp(40000, 520, t("x")));
  add("rip", udp(520, 520, cat([2, 2, 0, 0], [0, 2, 0, 0], ipb("10.1.0.0"), ipb("255.255.0.0"), ipb("0.0.0.0"), be32(1), [0, 2, 0, 0], ipb("10.7.0.0"), ipb("255.255.0.0"), ipb("0.0.0.0"), be32(1)), IA, RIPB), 14 + 20 + 8 + 30);
}
for (const name of ["syslog", "tftp", "rip"]) writeFileSync(`${dir}${name}.pcap`, buildPcap(LINKTYPE_ETHERNET, pkts[name]!));

// ---- Geneve (6081): Ethernet and IPv4 payloads, options, bad versions and lengths, text.
{
  const cat = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));
  const innerA = mac("0a:00:00:00:00:0a");
  const innerB = mac("0a:00:00:00:00:0b");
  const innerIp = emitIpv4({ tos: 0, id: 1, df: true, mf: false, fragOffset: 0, ttl: 64, protocol: 1, src: ip("192.168.0.1"), dst: ip("192.168.0.2") }, emitIcmp({ kind: "echo-request", id: 3, seq: 1, data: ping }));
  const inner = emitEthernet({ dst: innerB, src: innerA, ethertype: 0x0800 }, innerIp);
  const gen = (payload: Uint8Array) => udp(51000, 6081, payload, ip("172.16.0.1"), ip("172.16.0.2"));
  add("geneve", gen(cat([0x00, 0x00, 0x65, 0x58, 0, 0, 42, 0], inner)));
  add("geneve", gen(cat([0x03, 0xc0, 0x65, 0x58, 0x12, 0x34, 0x56, 0x01], [0x01, 0x01, 0x80, 0x01, 0xde, 0xad, 0xbe, 0xef], [0xff, 0xf0, 0x05, 0x00], inner)));
  add("geneve", gen(cat([0x00, 0x3f, 0x08, 0x00, 0, 0, 7, 0], innerIp)));
  add("geneve", gen(cat([0x00, 0x00, 0x12, 0x34, 0, 0, 7, 0], [1, 2, 3, 4])));
  add("geneve", gen(cat([0x40, 0x00, 0x65, 0x58, 0, 0, 7, 0], inner)));
  add("geneve", gen(cat([0x05, 0x00, 0x65, 0x58, 0, 0, 7, 0], [1, 2, 3, 4])));
  add("geneve", gen(cat([0x02, 0x00, 0x65, 0x58, 0, 0, 7, 0], [0x00, 0x05, 0x01, 0x03, 1, 2, 3, 4], inner)));
  add("geneve", gen(cat([0x00, 0x00, 0x65, 0x58])));
  add("geneve", gen(enc.encode("hello\n")));
  add("geneve", gen(cat([0x00, 0x00, 0x65, 0x58, 0, 0, 42, 0], inner)), 14 + 20 + 8 + 8 + 20);
  add("geneve", gen(cat([0x00, 0x00, 0x65, 0x58, 0, 0, 42, 0], inner)), 14 + 20 + 8 + 5);
}
writeFileSync(`${dir}geneve.pcap`, buildPcap(LINKTYPE_ETHERNET, pkts.geneve!));
