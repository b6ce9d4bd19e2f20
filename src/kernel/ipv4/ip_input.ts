// Receiving IPv4 (net/ipv4/ip_input.c, ip_forward.c, route.c's ip_error):
// ip_rcv checks the header (IP_INHDR drops), PRE_ROUTING, ip_rcv_finish routes
// the packet (or keeps the route it came with over lo), then either
// ip_local_deliver (LOCAL_IN, then ICMP or a registered protocol), ip_forward
// (forwarding on the ingress device, TTL: ICMP time exceeded at 1, FORWARD,
// then out through ip_output), or ip_error (ICMP unreachable when forwarding is
// on, a silent drop otherwise). Every drop names its SKB_DROP_REASON_*.

import { ipv4FixChecksum, IPPROTO_ICMP, IPV4_MIN_HLEN } from "../../wire/ipv4.js";
import { foldComplement, sumRange } from "../../wire/checksum.js";
import { ICMP_DEST_UNREACH, ICMP_EXC_FRAGTIME, ICMP_EXC_TTL, ICMP_FRAG_NEEDED, ICMP_HOST_UNREACH, ICMP_NET_UNREACH, ICMP_PARAMETERPROB, ICMP_PKT_FILTERED, ICMP_PROT_UNREACH, ICMP_TIME_EXCEEDED } from "../../wire/icmp.js";
import { devAddPack, kfreeSkbReason } from "../core/dev_rx.js";
import { netCore } from "../core/net_namespace.js";
import { skbCopy, ETH_P_IP, type SkBuff } from "../core/skbuff.js";
import { icmpRcv, icmpSend, inetGetPeer } from "./icmp.js";
import { ipOutput, loopbackDst, setFragNeededHook, setSkbRtable } from "./ip_output.js";
import { ipDefrag, ipIsFragment, setFragExpireHook } from "./ip_fragment.js";
import { ipcbOptions, ipForwardOptions, ipRcvOptions, paramProbInfo } from "./ip_options.js";
import { nfHook, nfHookPlain } from "./nf_hooks.js";
import { devConf } from "./netns_ipv4.js";
import { ipRouteInput, type Rtable } from "./route.js";
import { fibRulesFlowKeys, ipFlowKeys, NO_FLOW_KEYS } from "./fib_rules.js";
import { fibMultipathWantsPorts } from "./fib_multipath.js";
import { setArpLinkFailure } from "./arp.js";
import { skbRtable } from "./ip_output.js";
import { RTCF_DOREDIRECT, RTN_BROADCAST, RTN_MULTICAST } from "../../uapi/route.js";
import { ipRtSendRedirect } from "./route_redirect.js";
import {
  IPSTATS_FORWDATAGRAMS, IPSTATS_FRAGFAILS, IPSTATS_INADDRERRORS, IPSTATS_INBCASTOCTETS, IPSTATS_INBCASTPKTS, IPSTATS_INCSUMERRORS,
  IPSTATS_INDELIVERS, IPSTATS_INHDRERRORS, IPSTATS_INMCASTOCTETS, IPSTATS_INMCASTPKTS, IPSTATS_INNOECTPKTS, IPSTATS_INNOROUTES,
  IPSTATS_INOCTETS, IPSTATS_INRECEIVES, IPSTATS_INTRUNCATEDPKTS, IPSTATS_INUNKNOWNPROTOS, LINUX_MIB_IPRPFILTER, netMib,
} from "../core/snmp.js";

/** struct net_protocol: a transport's receive function (udp_rcv, tcp_v4_rcv...). */
export type InetProtocolHandler = (skb: SkBuff, rt: Rtable, iif: number) => void;
const inetProtos = new Map<number, InetProtocolHandler>();

/** inet_add_protocol(): UDP, TCP... register here; ICMP is built in. */
export function inetAddProtocol(protocol: number, handler: InetProtocolHandler): void {
  inetProtos.set(protocol, handler);
}

/** The handler registered for a protocol (a tunnel demux wraps UDP's: see udp_tunnel.ts). */
export function inetGetProtocol(protocol: number): InetProtocolHandler | undefined {
  return inetProtos.get(protocol);
}

/** Raw sockets see every datagram of their protocol first (raw_local_deliver). */
export type RawDeliver = (skb: SkBuff, rt: Rtable, iif: number) => boolean;
const rawDelivers: RawDeliver[] = [];
export function registerRawDeliver(fn: RawDeliver): void {
  rawDelivers.push(fn);
}

/**
 * ip_rcv_core()'s header checks, read in the frame (parseIpv4's tests, with
 * no view or object per packet): the total length, or TRUNCATED, MALFORMED
 * or BAD_CSUM.
 */
const TRUNCATED = -1;
const MALFORMED = -2;
const BAD_CSUM = -3;
function ipHeaderCheck(d: Uint8Array, off: number): number {
  const len = d.length - off;
  if (len < IPV4_MIN_HLEN) return TRUNCATED;
  const v = d[off]!;
  if (v >> 4 !== 4) return MALFORMED;
  const hl = (v & 0xf) * 4;
  const total = (d[off + 2]! << 8) | d[off + 3]!;
  if (hl < IPV4_MIN_HLEN || total < hl) return MALFORMED;
  if (len < hl || len < total) return TRUNCATED;
  if (foldComplement(sumRange(d, off, off + hl)) !== 0) return BAD_CSUM;
  return total;
}

/** ip_rcv() + ip_rcv_core() */
function ipRcv(skb: SkBuff): void {
  // (A frame for another host never gets here: netifReceiveSkb drops it
  // before any protocol handler, uncounted, as ip_rcv_core does.)
  const ip = netMib(skb.dev.net).ip;
  ip[IPSTATS_INRECEIVES]++;
  ip[IPSTATS_INOCTETS] += skb.data.length - 14;
  const total = ipHeaderCheck(skb.data, 14);
  if (total < 0) {
    if (total === TRUNCATED) ip[IPSTATS_INTRUNCATEDPKTS]++;
    else {
      if (total === BAD_CSUM) ip[IPSTATS_INCSUMERRORS]++;
      ip[IPSTATS_INHDRERRORS]++;
    }
    kfreeSkbReason(skb, total === TRUNCATED ? "PKT_TOO_SMALL" : "IP_INHDR");
    return;
  }
  ip[IPSTATS_INNOECTPKTS + (skb.data[15]! & 3)]++;
  if (skb.data.length > 14 + total) skb.data = skb.data.subarray(0, 14 + total);
  nfHook("NF_INET_PRE_ROUTING", skb, skb.dev, undefined, ipRcvFinish);
}

/** ip_rcv_finish() */
function ipRcvFinish(skb: SkBuff): void {
  const d = skb.data;
  const g32 = (o: number) => ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;
  const saddr = g32(26);
  const daddr = g32(30);
  let rt = loopbackDst(skb);
  let iif = skb.dev.ifindex;
  if (rt) iif = rt.iif;
  else {
    let fk = fibRulesFlowKeys(skb.dev.net, d, 14);
    if (fk === NO_FLOW_KEYS && fibMultipathWantsPorts(skb.dev.net)) fk = ipFlowKeys(d, 14);
    const r = ipRouteInput(skb.dev, daddr, saddr, d[15]! & 0x1e, fk === NO_FLOW_KEYS && !skb.mark ? undefined : { mark: skb.mark, ...fk });
    if (r.kind === "drop") {
      if (r.reason === "IP_RPFILTER") netMib(skb.dev.net).net[LINUX_MIB_IPRPFILTER]++;
      kfreeSkbReason(skb, r.reason);
      return;
    }
    rt = r.rt;
  }
  setSkbRtable(skb, rt);
  if (d[14]! > 0x45 && !ipRcvOptionsOk(skb, rt)) return;
  if (rt.type === RTN_MULTICAST || rt.type === RTN_BROADCAST) {
    const ip = netMib(skb.dev.net).ip;
    const mc = rt.type === RTN_MULTICAST;
    ip[mc ? IPSTATS_INMCASTPKTS : IPSTATS_INBCASTPKTS]++;
    ip[mc ? IPSTATS_INMCASTOCTETS : IPSTATS_INBCASTOCTETS] += d.length - 14;
  }
  switch (rt.input ?? "local") {
    case "local":
      ipLocalDeliver(skb, rt, iif);
      return;
    case "forward":
      ipForward(skb, rt);
      return;
    case "error":
      ipError(skb, rt);
      return;
  }
}

/** ip_rcv_options(): a malformed option is answered with a parameter problem and dropped (InHdrErrors). */
function ipRcvOptionsOk(skb: SkBuff, rt: Rtable): boolean {
  const r = ipRcvOptions(skb, rt);
  if (typeof r !== "number") return true;
  icmpSend(skb, rt, ICMP_PARAMETERPROB, 0, paramProbInfo(r));
  netMib(skb.dev.net).ip[IPSTATS_INHDRERRORS]++;
  kfreeSkbReason(skb, "IP_INHDR");
  return false;
}

/** ip_local_deliver(): fragments wait in ip_defrag() for the rest; LOCAL_IN, then the protocol. */
function ipLocalDeliver(skbIn: SkBuff, rt: Rtable, iif: number): void {
  let skb = skbIn;
  if (ipIsFragment(skb.data)) {
    const whole = ipDefrag(skb);
    if (!whole) return;
    skb = whole;
    setSkbRtable(skb, rt);
  }
  if (nfHookPlain("NF_INET_LOCAL_IN", skb, skb.dev, undefined)) ipLocalDeliverFinish(skb, rt, iif);
  else nfHook("NF_INET_LOCAL_IN", skb, skb.dev, undefined, (s) => ipLocalDeliverFinish(s, rt, iif));
}

function ipLocalDeliverFinish(skb: SkBuff, rt: Rtable, iif: number): void {
  const protocol = skb.data[23]!;
  let raw = false;
  for (const fn of rawDelivers) if (fn(skb, rt, iif)) raw = true;
  const ip = netMib(rt.ns).ip;
  if (protocol === IPPROTO_ICMP) {
    icmpRcv(skb, rt, iif);
    ip[IPSTATS_INDELIVERS]++;
    return;
  }
  const h = inetProtos.get(protocol);
  if (h) {
    h(skb, rt, iif);
    ip[IPSTATS_INDELIVERS]++;
    return;
  }
  if (!raw) {
    ip[IPSTATS_INUNKNOWNPROTOS]++;
    icmpSend(skb, rt, ICMP_DEST_UNREACH, ICMP_PROT_UNREACH, 0);
  } else ip[IPSTATS_INDELIVERS]++;
  kfreeSkbReason(skb, "NOT_SPECIFIED");
}

/** ip_tos2prio (route.c): TC_PRIO_* by the TOS bits (IPTOS_TOS(tos) >> 1). */
const RT_TOS2PRIORITY = [0, 0, 0, 0, 2, 2, 2, 2, 6, 6, 6, 6, 4, 4, 4, 4];

/** ip_forward() */
function ipForward(skbIn: SkBuff, rt: Rtable): void {
  if (skbIn.pktType !== "HOST") {
    kfreeSkbReason(skbIn, "OTHERHOST");
    return;
  }
  const ttl = skbIn.data[22]!;
  if (ttl <= 1) {
    netMib(rt.ns).ip[IPSTATS_INHDRERRORS]++;
    icmpSend(skbIn, rt, ICMP_TIME_EXCEEDED, ICMP_EXC_TTL, 0);
    kfreeSkbReason(skbIn, "TTL_EXPIRED");
    return;
  }
  // ip_exceeds_mtu(): a DF datagram too big for the next hop is answered with
  // frag needed carrying that MTU (no route MTU metrics or PMTU in this model).
  const mtu = rt.dev.mtu;
  if (((skbIn.data[16]! << 8) | skbIn.data[17]!) > mtu && skbIn.data[20]! & 0x40) {
    netMib(rt.ns).ip[IPSTATS_FRAGFAILS]++;
    icmpSend(skbIn, rt, ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, mtu);
    kfreeSkbReason(skbIn, "PKT_TOO_BIG");
    return;
  }
  // skb_cow() + ip_decrease_ttl(): our own copy of the bytes from here on.
  const opt = skbIn.data[14]! > 0x45 ? ipcbOptions(skbIn) : undefined;
  const skb = skbCopy(skbIn);
  // skb->priority = rt_tos2priority(iph->tos): a priority set before (CLASSIFY
  // in the sender's namespace; veth keeps it) is replaced. Unset stays unset
  // (0 for TOS 0; other TOS values would only pick a pfifo_fast band).
  if (skb.priority !== undefined) skb.priority = RT_TOS2PRIORITY[(skb.data[15]! & 0x1e) >> 1]!;
  skb.data[22] = ttl - 1;
  ipv4FixChecksum(skb.data.subarray(14));
  const inDev = skbIn.dev;
  setSkbRtable(skb, rt);
  // IPSKB_DOREDIRECT (source routes are not modelled, so no srr test).
  if (rt.flags & RTCF_DOREDIRECT) ipRtSendRedirect(skb, rt);
  // Recorded on 6.18: counted before the FORWARD hook (a datagram FORWARD drops still counts).
  netMib(rt.ns).ip[IPSTATS_FORWDATAGRAMS]++;
  nfHook("NF_INET_FORWARD", skb, inDev, rt.dev, (s) => {
    // ip_forward_finish(): ip_forward_options(), then dst_output()
    if (opt) ipForwardOptions(s, rt, opt);
    ipOutput(s, rt, inDev);
  });
}

/** ip_error(): what the unreachable input route becomes. */
function ipError(skb: SkBuff, rt: Rtable): void {
  const dev = skb.dev;
  const ip = netMib(dev.net).ip;
  if (!devConf(dev, "forwarding")) {
    if (rt.error === "EHOSTUNREACH") ip[IPSTATS_INADDRERRORS]++;
    else if (rt.error === "ENETUNREACH") ip[IPSTATS_INNOROUTES]++;
    kfreeSkbReason(skb, rt.error === "ENETUNREACH" ? "IP_NOROUTE" : "IP_INADDRERRORS");
    return;
  }
  let code: number;
  switch (rt.error) {
    case "EHOSTUNREACH":
      code = ICMP_HOST_UNREACH;
      break;
    case "ENETUNREACH":
      code = ICMP_NET_UNREACH;
      ip[IPSTATS_INNOROUTES]++;
      break;
    case "EACCES":
      code = ICMP_PKT_FILTERED;
      break;
    default:
      kfreeSkbReason(skb, "IP_NOROUTE");
      return;
  }
  // ip_rt_error_cost (1 s) / ip_rt_error_burst (5 s), charged to the source's
  // inet_peer: the same rate_tokens that icmp_send()'s inet_peer_xrlim_allow()
  // then charges again, so a steady stream of errors to one host costs two
  // tokens each and, once the first burst is spent, no error passes both.
  const now = netCore(dev.net).host.clock.now;
  const saddr = ((skb.data[26]! << 24) | (skb.data[27]! << 16) | (skb.data[28]! << 8) | skb.data[29]!) >>> 0;
  const p = inetGetPeer(dev.net, saddr, now);
  p.tokens = Math.min(p.tokens + (now - p.last), 5e9);
  p.last = now;
  if (p.tokens >= 1e9) {
    p.tokens -= 1e9;
    icmpSend(skb, rt, ICMP_DEST_UNREACH, code, 0);
  }
  kfreeSkbReason(skb, "IP_NOROUTE");
}

devAddPack({ type: ETH_P_IP, func: ipRcv });

// ipv4_link_failure(): a packet that waited on a neighbour that never answered
// comes back to its sender as host unreachable.
setArpLinkFailure((skb) => {
  const rt = skbRtable(skb);
  if (!rt) return;
  skb.pktType = "HOST";
  icmpSend(skb, rt, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, 0);
});

// ip_fragment() on a DF datagram it may not split: frag needed with the MTU.
setFragNeededHook((skb, rt, mtu) => icmpSend(skb, rt, ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, mtu));

// ip_expire(): the first fragment is routed again and, when this host is its
// destination (RTN_LOCAL), quoted in a fragment reassembly time exceeded.
setFragExpireHook((first) => {
  const d = first.data;
  const g32 = (o: number) => ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;
  const r = ipRouteInput(first.dev, g32(30), g32(26), d[15]! & 0x1e, { mark: first.mark });
  if (r.kind === "drop" || (r.rt.input ?? "local") !== "local") return;
  icmpSend(first, r.rt, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, 0);
});
