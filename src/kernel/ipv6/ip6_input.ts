// ipv6_rcv() reduced to what the model needs (net/ipv6/ip6_input.c,
// ndisc.c's receive side): frames of ETH_P_IPV6 are accepted by a device
// with IPv6 enabled (so they are not counted as "no handler"), dropped with
// IPV6DISABLED otherwise; then ip6tables PREROUTING, the route lookup (only
// multicast is delivered, to a group the device joined: the model has no
// unicast IPv6), ip6tables INPUT, and neighbour discovery:
// - solicitations and advertisements for our tentative addresses are DAD
//   conflicts (a solicitation carrying our own nonce is our own, looped back
//   by a switch, and is ignored, as enhanced DAD does);
// - a DAD solicitation (from ::) for one of our valid addresses is answered
//   with an advertisement to ff02::1 (ndisc_recv_ns -> ndisc_send_na);
// - address resolution: solicitations for our addresses and advertisements
//   for entries we hold go to ndisc_tbl.ts; echo and ICMPv6 errors to icmp.ts.
// A DROP in INPUT therefore breaks neighbour discovery, as on Linux.

import { netMib6, IPSTATS_INDELIVERS, IPSTATS_INDISCARDS, IPSTATS_INHDRERRORS, IPSTATS_INMCASTOCTETS, IPSTATS_INMCASTPKTS, IPSTATS_INNOECTPKTS, IPSTATS_INOCTETS, IPSTATS_INRECEIVES, IPSTATS_INTRUNCATEDPKTS } from "../core/snmp.js";
import { icmp6MsgStats, ip6Stats, ip6UpdPoStats } from "./mib6.js";
import { ICMPV6_ECHO_REPLY, ICMPV6_ECHO_REQUEST, NDISC_NEIGHBOUR_ADVERTISEMENT, NDISC_REDIRECT, NDISC_NEIGHBOUR_SOLICITATION, parseIcmpv6 } from "../../wire/icmpv6.js";
import { IPV6_HLEN, NEXTHDR_ICMP, parseIpv6 } from "../../wire/ipv6.js";
import { IFA_F_TENTATIVE } from "../../uapi/if_addr.js";
import { devAddPack, kfreeSkbReason, type QuietFrame } from "../core/dev_rx.js";
import { ETH_P_IPV6, type SkBuff } from "../core/skbuff.js";
import type { NetDevice } from "../core/netdevice.js";
import { addrconfDadFailure } from "./addrconf.js";
import { IN6ADDR_LINKLOCAL_ALLNODES } from "./mcast.js";
import { ndiscSendNa } from "./ndisc.js";
import { nfHook, nfHookActive, nfHookActiveEither } from "../netfilter/core.js";
import type { NfSkb } from "../netfilter/nf_skb.js";
import { NFPROTO_IPV6, NF_INET_LOCAL_IN, NF_INET_PRE_ROUTING } from "../../uapi/x_tables.js";
import { ip6FromBytes, solicitedNode } from "../../wire/addr.js";
import { IFF_LOOPBACK } from "../../uapi/if_link.js";
import { icmpv6Rcv } from "./icmp.js";
import { ndiscRedirectRcv } from "./ndisc_redirect.js";
import { inet6Protocol } from "./protocol.js";
import { ipv6FragRcv, NEXTHDR_FRAGMENT } from "./ip6_fragment.js";
import { ndiscRecvNa, ndiscRecvNs, ndiscRecvNsProxy, ndTbl } from "./ndisc_tbl.js";
import { pneighAny } from "../core/pneigh.js";
import { ipv6ChkAddr } from "./saddr.js";
import { cnf, in6DevGet, in6DevStats, type Inet6Dev, type Inet6Ifaddr } from "./inet6_dev.js";
import type { NetNamespace } from "../core/netns.js";

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function dadUnderWay(a: Inet6Ifaddr): boolean {
  return (a.flags & IFA_F_TENTATIVE) !== 0 && a.state === "PROCESS";
}

function ipv6Rcv(skb: SkBuff): void {
  const dev = skb.dev;
  const idev = in6DevGet(dev);
  // (ip6_rcv_core()'s drop of a frame for another host, before it counts, is
  // netifReceiveSkb's: such a frame never gets here.)
  ip6UpdPoStats(dev, IPSTATS_INRECEIVES, IPSTATS_INOCTETS, skb.data.length - 14);
  if (!idev || cnf(dev, "disable_ipv6")) {
    ip6Stats(dev, IPSTATS_INDISCARDS);
    kfreeSkbReason(skb, "IPV6DISABLED");
    return;
  }
  // The header checks of parseIpv6, read in place: a bridge floods every
  // container's MLD reports, DAD and router solicitations to every port, so
  // most frames here are for a group nobody in this namespace listens to.
  const b = skb.data;
  const len = b.length - 14;
  if (len < IPV6_HLEN || b[14]! >> 4 !== 6 || len < IPV6_HLEN + ((b[18]! << 8) | b[19]!)) {
    ip6Stats(dev, len >= IPV6_HLEN && b[14]! >> 4 === 6 ? IPSTATS_INTRUNCATEDPKTS : IPSTATS_INHDRERRORS);
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return;
  }
  const ecn = IPSTATS_INNOECTPKTS + ((((b[14]! & 0xf) << 4) | (b[15]! >> 4)) & 3);
  ip6Stats(dev, ecn);
  // ip_sabotage_in(): a bridged frame's PRE_ROUTING hooks already ran at the bridge.
  if ((skb as NfSkb).nfBridge) {
    (skb as NfSkb).nfBridge = undefined;
    ip6RcvFinish(skb);
    return;
  }
  nfHook(NFPROTO_IPV6, NF_INET_PRE_ROUTING, dev.net, skb, dev, undefined, ip6RcvFinish);
}

/** ip6_rcv_finish -> ip6_route_input -> ip6_mc_input: only joined groups reach LOCAL_IN. */
function ip6RcvFinish(skb: SkBuff): void {
  const b = skb.data;
  if (b[38] !== 0xff) {
    ip6RcvUnicast(skb);
    return;
  }
  const dev = skb.dev;
  // ip6_mc_input(): counted before the membership check.
  ip6UpdPoStats(dev, IPSTATS_INMCASTPKTS, IPSTATS_INMCASTOCTETS, b.length - 14);
  const idev = in6DevGet(dev);
  // ipv6_chk_mcast_addr(): only groups the device joined go on (and count as delivered).
  if (!idev || !joined(idev, ip6FromBytes(b, 38))) return;
  nfHook(NFPROTO_IPV6, NF_INET_LOCAL_IN, dev.net, skb, dev, undefined, ip6InputFinish);
}

/** ipv6_chk_mcast_addr() (a loop, no closure: every multicast frame a device receives asks). */
function joined(idev: Inet6Dev, group: bigint): boolean {
  const mc = idev.mc;
  for (let i = 0; i < mc.length; i++) if (mc[i]!.addr === group) return true;
  return false;
}

/**
 * ip6_route_input() for a unicast destination: one of our addresses (any
 * device's for a global one, the weak host model; a link-local one only on
 * its own device; whatever lo loops back was routed locally already) goes up
 * through LOCAL_IN; anything else is dropped (forwarding: ip6_forward.ts).
 */
function ip6RcvUnicast(skb: SkBuff): void {
  const dev = skb.dev;
  const b = skb.data;
  const dst = ip6FromBytes(b, 38);
  if (!ipv6ChkAddr(dev.net, dst, dev.flags & IFF_LOOPBACK ? undefined : dev)) {
    ip6ForwardHook(skb, dst);
    return;
  }
  nfHook(NFPROTO_IPV6, NF_INET_LOCAL_IN, dev.net, skb, dev, undefined, ip6InputFinish);
}

/** ip6_forward(), installed by ip6_forward.ts (which imports this file's neighbours). */
let ip6ForwardHook: (skb: SkBuff, dst: bigint) => void = (skb) => kfreeSkbReason(skb, "IP_INADDRERRORS");
export function setIp6Forward(fn: (skb: SkBuff, dst: bigint) => void): void {
  ip6ForwardHook = fn;
}

/** ICMPv6 types icmp.ts handles: echo, and the errors ping sockets hear about. */
function isEchoOrError(t: number | undefined): boolean {
  return t === ICMPV6_ECHO_REQUEST || t === ICMPV6_ECHO_REPLY || (t !== undefined && t >= 1 && t <= 4);
}



/** ip6_input_finish -> icmpv6_rcv -> ndisc_rcv (hop limit 255 only). */
function ip6InputFinish(skb: SkBuff): void {
  // ipv6_frag_rcv(): a fragment is queued; the datagram it completes is resubmitted whole.
  if (skb.data[20] === NEXTHDR_FRAGMENT) {
    const whole = ipv6FragRcv(skb);
    if (whole) ip6InputFinish(whole);
    return;
  }
  const dev = skb.dev;
  const idev = in6DevGet(dev);
  const b = skb.data;
  // ip6_protocol_deliver_rcu(): UDP and TCP (no extension headers in the model).
  const upper = b[20] === NEXTHDR_ICMP ? undefined : inet6Protocol(b[20]!);
  // ip6_protocol_deliver_rcu(): delivered to a transport (ICMPv6 included).
  if (upper || b[20] === NEXTHDR_ICMP) ip6Stats(dev, IPSTATS_INDELIVERS);
  if (upper) {
    upper(skb);
    return;
  }
  if (b[20] === NEXTHDR_ICMP) icmp6MsgStats(dev, b[54]!, false);
  if (b[20] === NEXTHDR_ICMP && isEchoOrError(b[54])) {
    icmpv6Rcv(skb);
    return;
  }
  if (!idev || b[20] !== NEXTHDR_ICMP || b[21] !== 255) return;
  // Only a solicitation for an address we hold, or an advertisement while DAD
  // is under way, does anything; anything else ends here unparsed, exactly as it
  // would have after parsing.
  const t = b[54];
  if (((b[18]! << 8) | b[19]!) < 4) return;
  // ndisc_rcv(): code 0 only.
  if (t === NDISC_REDIRECT) {
    if (b[55] === 0) ndiscRedirectRcv(skb);
    return;
  }
  // ndisc_recv_na() for address resolution: an advertisement for an entry we hold.
  if (t === NDISC_NEIGHBOUR_ADVERTISEMENT && ((b[18]! << 8) | b[19]!) >= 24) {
    let target = 0n;
    for (let i = 62; i < 78; i++) target = (target << 8n) | BigInt(b[i]!);
    if (ndTbl.lookup(dev, target)) {
      const ip = parseIpv6(b.subarray(14));
      const icmp = ip.ok ? parseIcmpv6(ip.payload) : undefined;
      if (icmp?.ok && icmp.repr.kind === "neighbor-advert") ndiscRecvNa(dev, target, icmp.repr);
    }
  }
  if (t !== NDISC_NEIGHBOUR_SOLICITATION && (t !== NDISC_NEIGHBOUR_ADVERTISEMENT || !idev.addrs.some(dadUnderWay))) return;
  // Both branches below act only when the target (bytes 8..23 of the
  // message) is an address of ours: compare its last 32 bits before parsing,
  // since a bridge floods every container's DAD solicitation to every port.
  // A message too short to hold a target fails to parse below anyway.
  if (((b[18]! << 8) | b[19]!) < 24) return;
  const low = ((b[74]! << 24) | (b[75]! << 16) | (b[76]! << 8) | b[77]!) >>> 0;
  if (!idev.addrs.some((a) => a.low32 === low)) {
    // Not ours: a proxy entry may answer (ndisc_recv_ns's proxy_ndp branch; not for DAD).
    if (t === NDISC_NEIGHBOUR_SOLICITATION && pneighAny(dev.net, true)) {
      const ip = parseIpv6(b.subarray(14));
      const icmp = ip.ok ? parseIcmpv6(ip.payload) : undefined;
      if (ip.ok && icmp?.ok && icmp.repr.kind === "neighbor-solicit" && ip.repr.src !== 0n) {
        ndiscRecvNsProxy(dev, ip.repr.src, ip.repr.dst, icmp.repr.target, icmp.repr.options, skb.pktType === "HOST");
      }
    }
    return;
  }
  const ip = parseIpv6(b.subarray(14));
  if (!ip.ok) return;
  const icmp = parseIcmpv6(ip.payload);
  if (!icmp.ok) return;
  const m = icmp.repr;
  if (m.kind === "neighbor-solicit" && ip.repr.src !== 0n) {
    // ndisc_recv_ns() for address resolution: answered only for a usable address of this device.
    const held = idev.addrs.find((a) => a.addr === m.target && !a.dead && !(a.flags & IFA_F_TENTATIVE));
    if (held) ndiscRecvNs(dev, ip.repr.src, m.target, m.options);
    return;
  }
  if (m.kind === "neighbor-solicit" && ip.repr.src === 0n) {
    // ndisc_recv_ns() for DAD: only to the target's solicited-node group.
    if (ip.repr.dst !== solicitedNode(m.target)) return;
    const held = idev.addrs.find((a) => a.addr === m.target && !a.dead);
    if (held && !(held.flags & IFA_F_TENTATIVE)) {
      ndiscSendNa(dev, m.target, IN6ADDR_LINKLOCAL_ALLNODES, cnf(dev, "forwarding") !== 0);
      return;
    }
  }
  if (m.kind !== "neighbor-solicit" && m.kind !== "neighbor-advert") return;
  const ifp = idev.addrs.find((a) => a.addr === m.target && dadUnderWay(a));
  if (!ifp) return;
  if (m.kind === "neighbor-solicit") {
    if (ip.repr.src !== 0n) return;
    const nonce = m.options.find((o) => o.kind === "nonce");
    if (nonce && nonce.kind === "nonce" && sameBytes(nonce.nonce, ifp.dadNonce)) return;
  }
  addrconfDadFailure(ifp);
}

/**
 * PacketType.quietDev/quiet for the aggregated flood: whether ipv6_rcv above
 * would end a frame on a device with no effect but its counters, by the same
 * tests in the same order. Per device: IPv6 on (else IPV6DISABLED is counted)
 * and no ip6tables PREROUTING or INPUT hook (they run and count); all of it
 * bumps the namespace's generation when it changes (inet6_dev.ts in6DevSet,
 * sysctl writes, netfilter hook registration). Per frame: a sound header and
 * a multicast destination, so ip6RcvFinish counts it (InReceives, InOctets,
 * the ECN class, InMcastPkts, InMcastOctets: `count`) and ends it unless the
 * device joined the group; joined, ICMPv6 goes on to ip6InputFinish (it is
 * delivered, counted, maybe acted on) and so is not quiet, while a next
 * header with neither an upper protocol nor ICMPv6 (an MLD report behind
 * its hop-by-hop header) ends there uncounted, joined or not.
 */
function ipv6QuietDev(dev: NetDevice): boolean {
  return !!in6DevGet(dev) && !cnf(dev, "disable_ipv6") && !nfHookActiveEither(dev.net, NFPROTO_IPV6, NF_INET_PRE_ROUTING, NF_INET_LOCAL_IN);
}

function ipv6Quiet(b: Uint8Array): QuietFrame | undefined {
  const len = b.length - 14;
  if (len < IPV6_HLEN || b[14]! >> 4 !== 6) return undefined;
  const plen = (b[18]! << 8) | b[19]!;
  if (len < IPV6_HLEN + plen || b[38] !== 0xff) return undefined;
  const icmp = b[20] === NEXTHDR_ICMP;
  if (!icmp && inet6Protocol(b[20]!)) return undefined;
  const ecn = (((b[14]! & 0xf) << 4) | (b[15]! >> 4)) & 3;
  const tally = [1, len, 0, 0, 0, 0];
  tally[2 + ecn] = 1;
  const count = (dev: NetDevice): void => ipv6QuietApply({ net: dev.net, idev: in6DevGet(dev) }, tally);
  if (!icmp) return { test: true, count, tally, group: undefined };
  const dst = ip6FromBytes(b, 38);
  return { test: (dev) => !in6DevGet(dev)!.mc.some((m) => m.addr === dst), count, tally, group: dst };
}

/** Where ipv6Rcv counts a device's receives: its namespace and its inet6_dev. */
interface QuietTarget {
  net: NetNamespace;
  idev: Inet6Dev | undefined;
}

/**
 * What ipv6Rcv and ip6RcvFinish count for quiet multicast frames: `tally` is
 * [frames, octets after the Ethernet header, then frames per ECN class],
 * each counted as ip6Stats counts it (the namespace's Ip6 and dev_snmp6).
 */
function ipv6QuietApply(target: unknown, tally: readonly number[]): void {
  const t = target as QuietTarget;
  const [n, octets, e0, e1, e2, e3] = tally as [number, number, number, number, number, number];
  const add = (c: Float64Array): void => {
    c[IPSTATS_INRECEIVES] += n;
    c[IPSTATS_INOCTETS] += octets;
    c[IPSTATS_INNOECTPKTS] += e0;
    c[IPSTATS_INNOECTPKTS + 1] += e1;
    c[IPSTATS_INNOECTPKTS + 2] += e2;
    c[IPSTATS_INNOECTPKTS + 3] += e3;
    c[IPSTATS_INMCASTPKTS] += n;
    c[IPSTATS_INMCASTOCTETS] += octets;
  };
  add(netMib6(t.net).c);
  if (t.idev) add(in6DevStats(t.idev).c);
}

devAddPack({
  type: ETH_P_IPV6,
  func: ipv6Rcv,
  quietDev: ipv6QuietDev,
  quiet: ipv6Quiet,
  quietTarget: (dev): QuietTarget => ({ net: dev.net, idev: in6DevGet(dev) }),
  quietApply: ipv6QuietApply,
  // Group membership changes bump the generation (mcast.ts).
  quietGroups: (dev) => in6DevGet(dev)?.mc.map((m) => m.addr) ?? [],
});
