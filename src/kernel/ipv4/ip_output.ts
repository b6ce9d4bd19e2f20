// Sending IPv4 (net/ipv4/ip_output.c): ip_local_out → LOCAL_OUT →
// dst_output → ip_output → POST_ROUTING → ip_finish_output2, which hands the
// packet to the next hop's neighbour entry (resolving it if needed). A packet
// whose route is local goes out through lo and keeps its route across the
// loopback (as skb_dst survives loopback_xmit), so the receiving side knows
// which device owned the address.

import { emitIpv4Header, IPPROTO_ICMP, IPV4_MIN_HLEN } from "../../wire/ipv4.js";
import { ipOptionsBuild, ipOptionsLen, type IpOptions } from "./ip_options.js";
import { IFF_LOOPBACK } from "../../uapi/if_link.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import type { NetDevice } from "../core/netdevice.js";
import { netCore } from "../core/net_namespace.js";
import { allocFrameBytes, allocSkb, ETH_HLEN, ETH_P_IP, type SkBuff } from "../core/skbuff.js";
import type { NetNamespace } from "../core/netns.js";
import { arpNeighFor, arpTbl } from "./arp.js";
import { nfHook, nfHookPlain } from "./nf_hooks.js";
import { ipFragmentSkb, type IpcbSkb } from "./ip_fragment.js";
import { ipv4Of, ipv4Sysctl } from "./netns_ipv4.js";
import type { Rtable } from "./route.js";
import { RTN_BROADCAST, RTN_MULTICAST } from "../../uapi/route.js";
import {
  ICMP_OUTMSGS, icmpMsgOf, IPSTATS_FRAGCREATES, IPSTATS_FRAGFAILS, IPSTATS_FRAGOKS, IPSTATS_OUTBCASTOCTETS, IPSTATS_OUTBCASTPKTS,
  IPSTATS_OUTDISCARDS, IPSTATS_OUTMCASTOCTETS, IPSTATS_OUTMCASTPKTS, IPSTATS_OUTOCTETS, IPSTATS_OUTREQUESTS, IPSTATS_OUTTRANSMITS, netMib,
} from "../core/snmp.js";
import { ipv4Mtu } from "./route_fnhe.js";

/** The route a packet carries across lo (skb_dst kept by loopback_xmit). */
const loopDst = new WeakMap<Uint8Array, Rtable>();

export function loopbackDst(skb: SkBuff): Rtable | undefined {
  if (!(skb.dev.flags & IFF_LOOPBACK)) return undefined;
  const rt = loopDst.get(skb.data);
  return rt && rt.ns === skb.dev.net ? rt : undefined;
}

/**
 * Routes of packets in flight, by their bytes (skb_rtable() for packets this
 * host sent): kept on the byte array itself under a private symbol, which
 * is what a WeakMap keyed by it would hold, without a weak table entry per
 * packet for the garbage collector to sweep.
 */
const RT = Symbol("skb_rtable");
type WithRt = Uint8Array & { [RT]?: Rtable };
export function skbRtable(skb: SkBuff): Rtable | undefined {
  return (skb.data as WithRt)[RT];
}
export function setSkbRtable(skb: SkBuff, rt: Rtable): void {
  (skb.data as WithRt)[RT] = rt;
}

/** ip_select_ident(): the next IP id of the namespace (seeded from the world RNG). */
export function ipSelectIdent(ns: NetNamespace): number {
  const st = ipv4Of(ns);
  if (st.ipId === undefined) st.ipId = netCore(ns).host.rng.int(0, 0xffff);
  st.ipId = (st.ipId + 1) & 0xffff;
  return st.ipId;
}

export interface IpBuildOpts {
  src: number;
  dst: number;
  protocol: number;
  ttl?: number;
  tos?: number;
  df?: boolean;
  /** The IP id to use (connected sockets keep their own counter); default: 0 with DF, else ip_select_ident(). */
  id?: number;
  /** IP options (IP_OPTIONS, or what a reply echoes): ip_options_build() after the header. */
  options?: IpOptions;
}

/** Builds an skb holding an Ethernet header (filled at transmit) and the IPv4 datagram. */
export function ipBuildSkb(ns: NetNamespace, rt: Rtable, o: IpBuildOpts, payload: Uint8Array): SkBuff {
  const skb = ipAllocSkb(ns, rt, o, payload.length);
  skb.data.set(payload, ETH_HLEN + IPV4_MIN_HLEN);
  if (o.protocol === IPPROTO_ICMP) icmpOutCount(ns, payload[0]!);
  return skb;
}

/**
 * __ip_make_skb(): an ICMP message counts as sent when its skb is made
 * (icmp_out_count). ipBuildSkb counts its own; a caller of ipAllocSkb that
 * writes an ICMP message in place counts it with the type it writes.
 */
export function icmpOutCount(ns: NetNamespace, type: number): void {
  const m = netMib(ns);
  m.icmp[ICMP_OUTMSGS]++;
  icmpMsgOf(m)[256 + type]++;
}

/**
 * ipBuildSkb() with the payload left zero, for a caller that writes it in
 * place at ETH_HLEN + IPV4_MIN_HLEN (the IPv4 header checksum does not cover it).
 */
export function ipAllocSkb(ns: NetNamespace, rt: Rtable, o: IpBuildOpts, payloadLen: number): SkBuff {
  const ttl = o.ttl ?? ipv4Sysctl(ns, "ip_default_ttl", 64);
  // Ethernet header (addresses filled at transmit), IPv4 header and payload in one buffer.
  const hlen = ipOptionsLen(o.options);
  const frame = allocFrameBytes(ETH_HLEN + hlen + payloadLen);
  frame[12] = ETH_P_IP >> 8;
  frame[13] = ETH_P_IP & 0xff;
  const repr = {
    tos: o.tos ?? 0,
    id: o.id ?? (o.df ? 0 : ipSelectIdent(ns)),
    df: o.df ?? false,
    mf: false,
    fragOffset: 0,
    ttl,
    protocol: o.protocol,
    src: o.src,
    dst: o.dst,
  };
  emitIpv4Header(o.options ? { ...repr, options: o.options.data } : repr, frame, ETH_HLEN, hlen + payloadLen);
  const now = netCore(ns).host.clock.now;
  if (o.options) ipOptionsBuild(frame, ETH_HLEN, o.options, now);
  const skb = allocSkb(frame, rt.dev, now);
  skb.pktType = "HOST";
  setSkbRtable(skb, rt);
  return skb;
}

/** ip_local_out(): LOCAL_OUT, then dst_output(); false when LOCAL_OUT did not pass the packet on (NF_DROP: -EPERM). */
export function ipLocalOut(skb: SkBuff, rt: Rtable): boolean {
  return ipLocalOutRc(skb, rt) !== -1;
}

/**
 * ip_local_out() with what dst_output() answered: 0, NET_XMIT_DROP when the
 * driver refused the frame (ip_send_skb() makes that ENOBUFS and counts
 * OutDiscards), or -1 (-EPERM) when LOCAL_OUT did not pass the packet on.
 */
export function ipLocalOutRc(skb: SkBuff, rt: Rtable): number {
  netMib(rt.ns).ip[IPSTATS_OUTREQUESTS]++;
  setSkbRtable(skb, rt);
  // LOCAL_OUT may re-route the packet (ip_route_me_harder after a MARK or a DNAT): dst_output() follows skb_dst.
  if (nfHookPlain("NF_INET_LOCAL_OUT", skb, undefined, rt.dev)) return ipOutput(skb, skbRtable(skb) ?? rt);
  let rc = -1;
  nfHook("NF_INET_LOCAL_OUT", skb, undefined, rt.dev, (s) => {
    rc = ipOutput(s, skbRtable(s) ?? rt);
  });
  return rc;
}

/** ip_send_skb(): ip_local_out(), counting OutDiscards when the transmit failed (net_xmit_errno). */
export function ipSendSkb(skb: SkBuff, rt: Rtable): number {
  const rc = ipLocalOutRc(skb, rt);
  if (rc > 0) netMib(rt.ns).ip[IPSTATS_OUTDISCARDS]++;
  return rc;
}

/**
 * ip_output(): POST_ROUTING, then ip_finish_output2(); the transmit's answer (0 while queued or hooked away).
 * The hook's in device is skb->dev as it was (the device a forwarded packet came in by, `inDev`; none for
 * a local one): recorded on 6.18, a trace at POSTROUTING of a forwarded ping shows `iif "veth0" oif "veth2"`.
 */
export function ipOutput(skb: SkBuff, rt: Rtable, inDev?: NetDevice): number {
  skb.dev = rt.dev;
  skb.protocol = ETH_P_IP;
  if (nfHookPlain("NF_INET_POST_ROUTING", skb, inDev, rt.dev)) return ipFinishOutput(skb, rt);
  let rc = 0;
  nfHook("NF_INET_POST_ROUTING", skb, inDev, rt.dev, (s) => {
    rc = ipFinishOutput(s, rt);
  });
  return rc;
}

/**
 * ip_finish_output(): a datagram longer than the route's MTU (a learned
 * path MTU for local output, route_fnhe.ts; else the device's; route MTU
 * metrics are not applied), or one netfilter's defrag rebuilt (frag_max_size:
 * cut again no larger than its largest fragment), is fragmented, unless it carries DF
 * and may not ignore it — then ip_fragment() answers with ICMP frag needed
 * and drops it (a local sender under IP_PMTUDISC_WANT has cleared DF already;
 * forwarding checks DF earlier, in ip_forward).
 */
function ipFinishOutput(skb: SkBuff, rt: Rtable): number {
  const d = skb.data;
  const total = (d[16]! << 8) | d[17]!;
  const mtu = ipv4Mtu(rt);
  // A datagram netfilter reassembled (frag_max_size) goes out in pieces again.
  if (total <= mtu && !(skb as IpcbSkb).ipFragMax) return ipFinishOutput2(skb, rt);
  const ip = netMib(rt.ns).ip;
  if (total > mtu && d[20]! & 0x40) {
    ip[IPSTATS_FRAGFAILS]++;
    icmpSendHook?.(skb, rt, mtu);
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return 0;
  }
  // ip_do_fragment(): a fragment the output refuses ends it; the rest are
  // freed and the datagram counts as FragFails.
  for (const f of ipFragmentSkb(skb, mtu)) {
    setSkbRtable(f, rt);
    const rc = ipFinishOutput2(f, rt);
    if (rc) {
      ip[IPSTATS_FRAGFAILS]++;
      return rc;
    }
    ip[IPSTATS_FRAGCREATES]++;
  }
  ip[IPSTATS_FRAGOKS]++;
  return 0;
}

/** icmp_send(ICMP_FRAG_NEEDED) for ip_fragment(), set by ip_input (icmp.ts imports this file). */
let icmpSendHook: ((skb: SkBuff, rt: Rtable, mtu: number) => void) | undefined;
export function setFragNeededHook(fn: (skb: SkBuff, rt: Rtable, mtu: number) => void): void {
  icmpSendHook = fn;
}

/** ip_neigh_gw6(): an IPv6 next hop's ndisc entry (set by ipv6/ndisc_tbl.ts). */
let ip6NeighOutputFor: (dev: NetDevice, gw6: bigint, skb: SkBuff) => number = (_d, _g, skb) => {
  kfreeSkbReason(skb, "NEIGH_FAILED");
  return 0;
};
export function setIp4ViaIp6Output(fn: typeof ip6NeighOutputFor): void {
  ip6NeighOutputFor = fn;
}

/** ip_finish_output2(): the next hop's neighbour entry takes it from here. */
function ipFinishOutput2(skb: SkBuff, rt: Rtable): number {
  const dev = rt.dev;
  const ip = netMib(rt.ns).ip;
  const len = skb.data.length - ETH_HLEN;
  if (rt.type === RTN_MULTICAST || rt.type === RTN_BROADCAST) {
    const mc = rt.type === RTN_MULTICAST;
    ip[mc ? IPSTATS_OUTMCASTPKTS : IPSTATS_OUTBCASTPKTS]++;
    ip[mc ? IPSTATS_OUTMCASTOCTETS : IPSTATS_OUTBCASTOCTETS] += len;
  }
  ip[IPSTATS_OUTTRANSMITS]++;
  ip[IPSTATS_OUTOCTETS] += len;
  if (!dev.isUp || dev.regState !== "REGISTERED") {
    dev.stats.tx_dropped++;
    kfreeSkbReason(skb, "DEV_READY");
    return 0;
  }
  const d = skb.data;
  const daddr = ((d[30]! << 24) | (d[31]! << 16) | (d[32]! << 8) | d[33]!) >>> 0;
  if (rt.gw6 !== undefined) return ip6NeighOutputFor(dev, rt.gw6, skb);
  const nexthop = rt.gw || daddr;
  if (dev.flags & IFF_LOOPBACK) loopDst.set(skb.data, rt);
  const n = arpNeighFor(dev, nexthop);
  return arpTbl.output(n, skb);
}

export { IPPROTO_ICMP };
