// Sending the kernel's own IPv6 control packets (net/ipv6/ip6_output.c,
// ndisc.c's ndisc_send_skb, mcast.c's mld_sendpack): an IPv6 header over a
// payload (the kernel's ND and MLD messages are written straight into the frame
// that carries them: ip6McFrame), an Ethernet header to the group's 33:33:xx:xx:xx:xx address (every
// packet sent here goes to a multicast group: neighbour/router solicitations
// and MLD reports), through ip6tables OUTPUT and POSTROUTING, and dev_queue_xmit. Flow label 0, as ip6_nd_hdr and
// ip6_mc_hdr write it. No local loopback copy (dev_loopback_xmit) is made, as
// on Linux: the ndisc socket has mc_loop off, and MLDv2 reports go to ff02::16,
// which a host does not join (recorded: POSTROUTING counts each packet once).
// Also the unicast the model originates (ICMPv6 echo from ping sockets,
// ICMPv6 answers): ip6SendUnicast routes it, and ip6_finish_output2 hands it
// to lo (a local destination) or to the next hop's neighbour entry
// (ndisc_tbl.ts, installed through setIp6NeighOutput). Its flow label is
// ip6_make_flowlabel's under net.ipv6.auto_flowlabels (autoFlowLabel below).

import { IPSTATS_OUTDISCARDS, IPSTATS_OUTMCASTOCTETS, IPSTATS_OUTMCASTPKTS, IPSTATS_OUTOCTETS, IPSTATS_OUTREQUESTS, IPSTATS_OUTTRANSMITS } from "../core/snmp.js";
import { icmp6MsgStats, ip6Stats, ip6UpdPoStats } from "./mib6.js";
import { ip6FromBytes, ip6ToBytes, macToBytes, type Ip6Addr } from "../../wire/addr.js";
import { get32, put16, put32 } from "../../wire/bytes.js";
import { ETH_P_IPV6 } from "../../wire/ethernet.js";
import { NEXTHDR_HOP, NEXTHDR_ICMP } from "../../wire/ipv6.js";
import { devQueueXmit, NET_XMIT_DROP } from "../core/dev_xmit.js";
import { jhash3 } from "../core/jhash.js";
import { maybePartial6At } from "../ipv4/csum_offload.js";
import type { NetNamespace } from "../core/netns.js";
import { sysctlGenerationRef, sysctlGet } from "../fs/procfs-sys.js";
import type { NetDevice } from "../core/netdevice.js";
import { allocFrameBytes, allocSkb, type SkBuff } from "../core/skbuff.js";
import { nfHook, nfHookActive, nfHookActiveEither } from "../netfilter/core.js";
import { NFPROTO_IPV6, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING } from "../../uapi/x_tables.js";
import { cnf, hostOf } from "./inet6_dev.js";
import { IFF_LOOPBACK } from "../../uapi/if_link.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import type { Rt6Lookup } from "./route.js";
import { IPV6_MIN_MTU, rt6Mtu } from "./rt6_exception.js";
import { ip6FragmentSkb, NEXTHDR_FRAGMENT, type Ip6cbSkb } from "./ip6_fragment.js";

function macOf(dev: NetDevice): number {
  let m = 0;
  for (const b of dev.addr) m = m * 256 + b;
  return m;
}

/** Where a frame from ip6McFrame carries its IPv6 payload (after the Ethernet and IPv6 headers). */
export const IP6_MC_PAYLOAD = 54;

/**
 * A frame for ip6SendMulticastFrame: zeroed, with room for `payloadLen`
 * bytes at IP6_MC_PAYLOAD and the IPv6 addresses already written (so the
 * payload's checksum can read them: pseudoSum6At(frame, IP6_MC_ADDRS, …)).
 * The kernel's own ND and MLD messages are written straight into it.
 */
export function ip6McFrame(src: Ip6Addr, dst: Ip6Addr, payloadLen: number): Uint8Array {
  // (Carved from the frame slab: a typed array over 64 bytes would get its own off-heap buffer.)
  const b = allocFrameBytes(IP6_MC_PAYLOAD + payloadLen);
  if (src !== 0n) ip6ToBytes(src, b, IP6_MC_ADDRS);
  // Every MLD report goes to ff02::16 and every router solicitation to ff02::2:
  // their bytes are copied (a BigInt comparison allocates nothing; the conversion does).
  const k = dst === GROUP_MLDV2 ? GROUP_MLDV2_BYTES : dst === GROUP_ROUTERS ? GROUP_ROUTERS_BYTES : undefined;
  if (k !== undefined) for (let i = 0; i < 16; i++) b[IP6_MC_ADDRS + 16 + i] = k[i]!;
  else ip6ToBytes(dst, b, IP6_MC_ADDRS + 16);
  return b;
}

/** ff02::16 (all MLDv2-capable routers) and ff02::2 (all routers), and their bytes. */
const GROUP_MLDV2: Ip6Addr = 0xff020000000000000000000000000016n;
const GROUP_ROUTERS: Ip6Addr = 0xff020000000000000000000000000002n;
const GROUP_MLDV2_BYTES = ip6ToBytes(GROUP_MLDV2);
const GROUP_ROUTERS_BYTES = ip6ToBytes(GROUP_ROUTERS);

/** The offset of the IPv6 source address (then the destination) in a frame from ip6McFrame. */
export const IP6_MC_ADDRS = 22;

/**
 * Transmits one packet to a multicast destination: a frame from ip6McFrame
 * whose payload is written; the Ethernet header and the rest of the IPv6
 * header (flow label 0, as ip6_nd_hdr and ip6_mc_hdr write it) are filled
 * in place.
 */
export function ip6SendMulticastFrame(
  dev: NetDevice,
  frame: Uint8Array,
  dst: Ip6Addr,
  nextHeader: number,
  hopLimit: number,
  /** A unicast neighbour's MAC (ndisc's probes in PROBE state), instead of the group's. */
  dstMac?: number,
): void {
  if (!dev.isUp || dev.regState !== "REGISTERED") return;
  outRequest(dev, nextHeader, frame, IP6_MC_PAYLOAD);
  // ip6_output(): nothing leaves a device whose IPv6 is disabled (a bridge re-joining
  // ff02::6a when snooping comes back on reports it into this).
  if (cnf(dev, "disable_ipv6")) {
    ip6Stats(dev, IPSTATS_OUTDISCARDS);
    return;
  }
  // ip6_finish_output2() looks the next hop up in nd_tbl, creating the entry:
  // a multicast group gets a NOARP one (`ip -6 neigh show nud all`).
  if (dstMac === undefined) neighTouch(dev, dst);
  // The IPv6 header (emitIpv6): version 6, traffic class 0, flow label 0.
  frame[14] = 0x60;
  put16(frame, 18, frame.length - IP6_MC_PAYLOAD);
  frame[20] = nextHeader;
  frame[21] = hopLimit;
  // The Ethernet header (emitEthernet): the group's 33:33 + its low 32 bits (multicastMac6), or the neighbour's.
  // (Byte by byte: copyWithin and set are calls out of the compiled code, dear for four or six bytes.)
  if (dstMac === undefined) {
    frame[0] = 0x33;
    frame[1] = 0x33;
    for (let i = 0; i < 4; i++) frame[2 + i] = frame[IP6_MC_ADDRS + 28 + i]!;
  } else macToBytes(dstMac, frame, 0);
  const addr = dev.addr;
  if (addr.length === 6) for (let i = 0; i < 6; i++) frame[6 + i] = addr[i]!;
  else macToBytes(macOf(dev), frame, 6);
  put16(frame, 12, ETH_P_IPV6);
  const skb = allocSkb(frame, dev, hostOf(dev).clock.now);
  // ndisc_send_skb / mld_sendpack: NF_HOOK(LOCAL_OUT) then dst_output ->
  // ip6_output: NF_HOOK_COND(POST_ROUTING) -> ip6_finish_output2. The packet
  // is PACKET_HOST to the hooks (-m pkttype sees no "multicast" there).
  // No hook at either point: straight on, without a closure per frame (nfHook would only call okfn).
  if (!nfHookActiveEither(dev.net, NFPROTO_IPV6, NF_INET_LOCAL_OUT, NF_INET_POST_ROUTING)) {
    ip6FinishOutput2(skb);
    return;
  }
  nfHook(NFPROTO_IPV6, NF_INET_LOCAL_OUT, dev.net, skb, undefined, dev, (s) =>
    nfHook(NFPROTO_IPV6, NF_INET_POST_ROUTING, dev.net, s, undefined, dev, ip6FinishOutput2),
  );
}

function ip6FinishOutput2(skb: SkBuff): void {
  outTransmit(skb.dev, skb, true);
  skb.pktType = "OUTGOING";
  devQueueXmit(skb);
}

/**
 * OutRequests (ip6_xmit, __ip6_make_skb, ndisc_send_skb, mld_sendpack) and,
 * for ICMPv6 (directly or behind MLD's hop-by-hop header), the message sent.
 */
function outRequest(dev: NetDevice, nextHeader: number, payload: Uint8Array, o = 0): void {
  ip6Stats(dev, IPSTATS_OUTREQUESTS);
  if (nextHeader === NEXTHDR_ICMP) icmp6MsgStats(dev, payload[o]!, true);
  else if (nextHeader === NEXTHDR_HOP && payload[o] === NEXTHDR_ICMP) icmp6MsgStats(dev, payload[o + 8 + 8 * payload[o + 1]!]!, true);
}

/** ip6_finish_output2(): OutTransmits and OutOctets, and the multicast share. */
function outTransmit(dev: NetDevice, skb: SkBuff, mcast: boolean): void {
  const len = skb.data.length - 14;
  const mc = mcast || skb.data[38] === 0xff;
  ip6UpdPoStats(dev, IPSTATS_OUTTRANSMITS, IPSTATS_OUTOCTETS, len);
  if (mc) ip6UpdPoStats(dev, IPSTATS_OUTMCASTPKTS, IPSTATS_OUTMCASTOCTETS, len);
}

/** ndisc's neighbour output for a next hop (set by ndisc_tbl.ts: this file must not import it). */
let neighOutput: (dev: NetDevice, nexthop: Ip6Addr, skb: SkBuff) => number = (_d, _n, skb) => {
  kfreeSkbReason(skb, "NEIGH_FAILED");
  return 0;
};
export function setIp6NeighOutput(fn: (dev: NetDevice, nexthop: Ip6Addr, skb: SkBuff) => number): void {
  neighOutput = fn;
}

/** __neigh_create() for a next hop that needs no resolution (set by ndisc_tbl.ts). */
let neighTouch: (dev: NetDevice, nexthop: Ip6Addr) => void = () => {};
export function setIp6NeighTouch(fn: (dev: NetDevice, nexthop: Ip6Addr) => void): void {
  neighTouch = fn;
}

/** The route a packet carries (skb_dst), by its bytes. */
const RT6 = Symbol("skb_rt6");
type WithRt6 = Uint8Array & { [RT6]?: Rt6Lookup };
export function skbRt6(skb: SkBuff): Rt6Lookup | undefined {
  return (skb.data as WithRt6)[RT6];
}
export function setSkbRt6(skb: SkBuff, route: Rt6Lookup): void {
  (skb.data as WithRt6)[RT6] = route;
}

/** ip6_dst_hoplimit(): the output device's hop_limit sysctl. */
export function ip6DstHoplimit(dev: NetDevice): number {
  return cnf(dev, "hop_limit", 64) || 64;
}

/**
 * Builds a unicast packet (Ethernet header filled at transmit) and sends it:
 * ip6_local_out(), answering what the transmit did (NET_XMIT_DROP when the
 * driver refused the frame: ip6_send_skb's callers make it ENOBUFS and count
 * OutDiscards; -1 when LOCAL_OUT did not pass it on, nf_hook_slow's -EPERM
 * for NF_DROP; 0 otherwise, also while the packet waits for its neighbour).
 */
export function ip6SendUnicast(
  route: Rt6Lookup,
  src: Ip6Addr,
  dst: Ip6Addr,
  nextHeader: number,
  hopLimit: number,
  payload: Uint8Array,
  /** ip6_make_flowlabel() applies (sockets' output; ndisc's ip6_nd_hdr leaves the label 0). */
  autoLabel = true,
  /** A label set by the sender itself (a tunnel's `flowlabel`), instead of any automatic one. */
  fixedLabel?: number,
): number {
  const dev = route.dev;
  outRequest(dev, nextHeader, payload);
  // One frame, written in place (emitIpv6 with traffic class 0, behind an
  // Ethernet header filled at transmit): the addresses first, so the flow
  // hash and a partial checksum read them there rather than from the BigInts.
  const frame = ip6McFrame(src, dst, payload.length);
  frame[12] = ETH_P_IPV6 >> 8;
  frame[13] = ETH_P_IPV6 & 0xff;
  const flowLabel = fixedLabel ?? (autoLabel ? autoFlowLabel(dev.net, frame, nextHeader, payload) : 0);
  put32(frame, 14, ((6 << 28) | (flowLabel & 0xfffff)) >>> 0);
  put16(frame, 18, payload.length);
  frame[20] = nextHeader;
  frame[21] = hopLimit;
  // TCP and UDP leave CHECKSUM_PARTIAL to a device that offloads it (tcp_v6_send_check, udp6_hwcsum_outgoing).
  if (nextHeader === 6) maybePartial6At(dev, payload, 16, frame, IP6_MC_ADDRS, 6);
  else if (nextHeader === 17) maybePartial6At(dev, payload, 6, frame, IP6_MC_ADDRS, 17);
  frame.set(payload, IP6_MC_PAYLOAD);
  const skb = allocSkb(frame, dev, hostOf(dev).clock.now);
  (skb.data as WithRt6)[RT6] = route;
  // No hook: straight on, without a closure per packet (nfHook would only call okfn).
  if (!nfHookActive(dev.net, NFPROTO_IPV6, NF_INET_LOCAL_OUT)) return ip6Output(skb);
  let rc = -1;
  nfHook(NFPROTO_IPV6, NF_INET_LOCAL_OUT, dev.net, skb, undefined, dev, (s) => {
    rc = ip6Output(s);
  });
  return rc;
}

/**
 * ip6_send_skb() / ip6_push_pending_frames(): the send, with OutDiscards
 * counted on the route's device when the driver refused the frame; the
 * sender's error: ENOBUFS then, EPERM when LOCAL_OUT dropped it.
 */
export function ip6SendDropped(route: Rt6Lookup, src: Ip6Addr, dst: Ip6Addr, nextHeader: number, hopLimit: number, payload: Uint8Array): "ENOBUFS" | "EPERM" | undefined {
  const rc = ip6SendUnicast(route, src, dst, nextHeader, hopLimit, payload);
  if (rc === -1) return "EPERM";
  if (rc !== NET_XMIT_DROP) return undefined;
  ip6Stats(route.dev, IPSTATS_OUTDISCARDS);
  return "ENOBUFS";
}

/** Folds the address at `b[o, o + 16)` into one word for the flow hash (its four 32-bit words XORed). */
function fold6At(b: Uint8Array, o: number): number {
  return (get32(b, o) ^ get32(b, o + 4) ^ get32(b, o + 8) ^ get32(b, o + 12)) >>> 0;
}

/**
 * ip6_make_flowlabel() under net.ipv6.auto_flowlabels 1 (opt-out) or 3
 * (forced): the flow's hash (addresses, protocol, TCP/UDP ports), rotated
 * 16 bits and cut to 20, as the label. The kernel keys the hash with a
 * random boot-time secret (TCP with the socket's random txhash), so the
 * value itself is not reproducible (tcpdump's `flowlabel 0x…` is masked);
 * the model keys it with a constant. The addresses are read from the frame
 * (`frame[22, 54)`); the sysctl is read once per generation of the namespace's table.
 */
function autoFlowLabel(ns: NetNamespace, frame: Uint8Array, nextHeader: number, payload: Uint8Array): number {
  if (!autoFlowlabelsOn(ns)) return 0;
  const ports = nextHeader === 6 || nextHeader === 17 ? ((payload[0]! << 24) | (payload[1]! << 16) | (payload[2]! << 8) | payload[3]!) >>> 0 : 0;
  const h = jhash3(fold6At(frame, IP6_MC_ADDRS), fold6At(frame, IP6_MC_ADDRS + 16), (ports ^ nextHeader) >>> 0, FLOW_SEED);
  return ((h << 16) | (h >>> 16)) & 0xfffff;
}

/** net.ipv6.auto_flowlabels is 1 or 3, as last read while the table's generation (`ref.gen`) was `gen`. */
interface AutoFlowlabels {
  ref: { readonly gen: number };
  gen: number;
  on: boolean;
}
const autoFlowlabelsCache = new WeakMap<NetNamespace, AutoFlowlabels>();

function autoFlowlabelsOn(ns: NetNamespace): boolean {
  const c = autoFlowlabelsCache.get(ns);
  if (c && c.ref.gen === c.gen) return c.on;
  const mode = sysctlGet(ns, "net.ipv6.auto_flowlabels");
  const on = mode === "1" || mode === "3";
  const ref = sysctlGenerationRef(ns);
  if (ref) autoFlowlabelsCache.set(ns, { ref, gen: ref.gen, on });
  return on;
}
const FLOW_SEED = 0x6c616265;

/** ip6_output(): POST_ROUTING, then ip6_finish_output2. Also the end of ip6_forward. */
export function ip6Output(skb: SkBuff): number {
  const route = skbRt6(skb);
  if (!route) {
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return 0;
  }
  const dev = route.dev;
  skb.dev = dev;
  skb.protocol = ETH_P_IPV6;
  if (!nfHookActive(dev.net, NFPROTO_IPV6, NF_INET_POST_ROUTING)) return ip6FinishUnicast(skb, route);
  let rc = 0;
  nfHook(NFPROTO_IPV6, NF_INET_POST_ROUTING, dev.net, skb, undefined, dev, (s) => {
    rc = ip6FinishUnicast(s, route);
  });
  return rc;
}

/** ip6_finish_output2() for unicast: lo takes it back at once, any other device through its neighbour. */
function ip6FinishUnicast(skb: SkBuff, route: Rt6Lookup): number {
  const dev = route.dev;
  if (!dev.isUp || dev.regState !== "REGISTERED") {
    dev.stats.tx_dropped++;
    kfreeSkbReason(skb, "DEV_READY");
    return 0;
  }
  const daddr = ip6FromBytes(skb.data, 38);
  // ip6_finish_output(): a packet over the route's MTU (a learned path MTU,
  // else the device's) is fragmented (ip6_fragment): the model's local
  // senders refuse what may not be fragmented before this, and ip6_forward
  // answers a forwarded one with Packet Too Big.
  // A packet netfilter rebuilt (frag_max_size) goes out cut no larger than its largest fragment.
  const mtu = dev.flags & IFF_LOOPBACK ? dev.mtu : rt6Mtu(dev.net, route, daddr);
  const fragMax = (skb as Ip6cbSkb).ip6FragMax;
  const cut = fragMax !== undefined && fragMax < mtu ? Math.max(fragMax, IPV6_MIN_MTU) : mtu;
  if (skb.data.length - 14 > cut && skb.data[20] !== NEXTHDR_FRAGMENT) {
    for (const f of ip6FragmentSkb(skb, cut, dev)) {
      setSkbRt6(f, route);
      ip6FinishOutput2Unicast(f, route, daddr);
    }
    return 0;
  }
  return ip6FinishOutput2Unicast(skb, route, daddr);
}

function ip6FinishOutput2Unicast(skb: SkBuff, route: Rt6Lookup, daddr: Ip6Addr): number {
  const dev = route.dev;
  outTransmit(dev, skb, false);
  skb.pktType = "OUTGOING";
  const nexthop = route.gw ?? daddr;
  if (dev.flags & IFF_LOOPBACK) {
    neighTouch(dev, nexthop);
    skb.data.fill(0, 0, 12);
    return devQueueXmit(skb);
  }
  return neighOutput(dev, nexthop, skb);
}
