// ICMPv6 (net/ipv6/icmp.c): answering echo requests to our addresses
// (icmpv6_echo_reply: from the address asked, hop limit of the route's
// device), handing echo replies and errors about our echo requests to the
// ping sockets, and icmp6_send() for the errors this host originates (no
// route, address unreachable after failed neighbour discovery, hop limit
// exceeded when forwarding) — never about an ICMPv6 error or a packet from
// an unspecified or multicast source. Errors are rate limited
// (icmpv6_global_allow, icmpv6_xrlim_allow): the namespace's ICMP bucket,
// then the destination's inet_peer tokens, for the types in
// net.ipv6.icmp.ratemask (Packet Too Big is not in the default one). The
// global credit is taken before the per-destination test (the kernel takes
// it after, and 0-2 of it at random: icmp_global_consume).

import {
  emitIcmpv6,
  ICMPV6_DEST_UNREACH,
  ICMPV6_ECHO_REPLY,
  ICMPV6_ECHO_REQUEST,
  ICMPV6_PARAMPROB,
  ICMPV6_PKT_TOOBIG,
  ICMPV6_TIME_EXCEED,
} from "../../wire/icmpv6.js";
import { NEXTHDR_ICMP } from "../../wire/ipv6.js";
import type { Ip6Addr } from "../../wire/addr.js";
import { devGetByIndex } from "../core/dev.js";
import type { NetDevice } from "../core/netdevice.js";
import type { SkBuff } from "../core/skbuff.js";
import { ip6DstHoplimit, ip6SendDropped } from "./ip6_output.js";
import { ping6Err, ping6Rcv } from "./ping.js";
import { ip6RouteLookup, type Rt6Lookup } from "./route.js";
import { inet6ErrHandler } from "./protocol.js";
import { ip6RtUpdatePmtu } from "./rt6_exception.js";
import { NEXTHDR_FRAGMENT, setFrag6ExpireHook } from "./ip6_fragment.js";
import { inet6PeerXrlimAllow } from "./inet_peer6.js";
import { icmp6Stats } from "./mib6.js";
import { icmpGlobalAllow } from "../ipv4/icmp.js";
import { ICMP_RATELIMITGLOBAL, ICMP_RATELIMITHOST, netMib } from "../core/snmp.js";
import { IFF_LOOPBACK } from "../../uapi/if_link.js";
import { netCore } from "../core/net_namespace.js";
import type { NetNamespace } from "../core/netns.js";
import { msecsToJiffies } from "../core/jiffies.js";
import { sysctlGet, sysctlInt } from "../fs/procfs-sys.js";
import { ipv6AddrScope, ip6RouteGetSaddr, ipv6ChkAddr, ipv6DevGetSaddr } from "./saddr.js";

function addrAt(b: Uint8Array, o: number): Ip6Addr {
  let a = 0n;
  for (let i = o; i < o + 16; i++) a = (a << 8n) | BigInt(b[i]!);
  return a;
}

/**
 * Sends an ICMPv6 message from `src` to `dst` (the reply's route; link scope
 * keeps the incoming device). An error (`limit`: its type) passes the rate
 * limits first.
 */
function icmp6Xmit(dev: NetDevice, src: Ip6Addr | undefined, dst: Ip6Addr, body: (src: Ip6Addr) => Uint8Array, limit?: number): void {
  const ns = dev.net;
  // icmpv6_global_allow(): a type in net.ipv6.icmp.ratemask takes a credit of
  // the namespace's ICMP bucket (not for a packet that came in on lo).
  const apply = limit !== undefined && !icmpv6MaskAllow(ns, limit);
  if (apply && !(dev.flags & IFF_LOOPBACK) && !icmpGlobalAllow(ns, netCore(ns).host.clock.now)) {
    netMib(ns).icmp[ICMP_RATELIMITGLOBAL]++;
    return;
  }
  const oif = ipv6AddrScope(dst) <= 2 ? dev.ifindex : 0;
  const route = ip6RouteLookup(ns, dst, oif, devGetByIndex(ns, 1));
  if (!route) return;
  if (apply && !icmpv6XrlimAllow(ns, route, dst)) return;
  const s = src ?? ip6RouteGetSaddr(ns, route.rt, dst, route.rt.dev);
  if (s === undefined) return;
  // icmpv6_push_pending_frames(): a refused frame counts OutDiscards.
  ip6SendDropped(route, s, dst, NEXTHDR_ICMP, ip6DstHoplimit(route.dev), body(s));
}

/** icmpv6_mask_allow(): types outside net.ipv6.icmp.ratemask (a bitmap list such as "0-1,3-127") are never limited. */
function icmpv6MaskAllow(ns: NetNamespace, type: number): boolean {
  for (const part of (sysctlGet(ns, "net.ipv6.icmp.ratemask") ?? "").split(",")) {
    if (!part) continue;
    const [lo, hi] = part.split("-");
    if (type >= Number(lo) && type <= Number(hi ?? lo)) return false;
  }
  return true;
}

/**
 * icmpv6_xrlim_allow(): errors towards a destination reached through lo are
 * free; others take net.ipv6.icmp.ratelimit (ms) of the destination's
 * inet_peer tokens (a burst of 6). Icmp6OutRateLimitHost counts refusals.
 * The kernel shortens the time for routes shorter than /97 ("more bandwidth
 * to wider prefixes", by the dst's rt6i_dst.plen); measured on 6.18 the full
 * time applies to a /64 and a default route alike, as modelled here.
 */
function icmpv6XrlimAllow(ns: NetNamespace, route: Rt6Lookup, dst: Ip6Addr): boolean {
  if (route.dev.flags & IFF_LOOPBACK) return true;
  const tmo = msecsToJiffies(sysctlInt(ns, "net.ipv6.icmp.ratelimit"));
  if (inet6PeerXrlimAllow(ns, dst, tmo)) return true;
  icmp6Stats(route.dev, ICMP_RATELIMITHOST);
  return false;
}

/** icmpv6_rcv() for what is not neighbour discovery or MLD. `b` is the frame (IPv6 at 14). */
export function icmpv6Rcv(skb: SkBuff): void {
  const b = skb.data;
  const plen = (b[18]! << 8) | b[19]!;
  if (plen < 8) return;
  const msg = b.subarray(54, 54 + plen);
  const src = addrAt(b, 22);
  const dst = addrAt(b, 38);
  const type = msg[0]!;
  const g16 = (o: number) => (msg[o]! << 8) | msg[o + 1]!;
  if (type === ICMPV6_ECHO_REQUEST) {
    // icmpv6_echo_reply(): from the address asked (a multicast request is answered from one of ours).
    if (src === 0n) return;
    const from = dst >> 120n === 0xffn ? undefined : dst;
    const id = g16(4);
    const seq = g16(6);
    const data = msg.slice(8);
    icmp6Xmit(skb.dev, from, src, (s) => emitIcmpv6({ kind: "echo-reply", id, seq, data }, s, src));
    return;
  }
  if (type === ICMPV6_ECHO_REPLY) {
    ping6Rcv(skb.dev.net, { from: src, hops: b[21]!, id: g16(4), seq: g16(6), data: msg.slice(8), iif: skb.dev.ifindex });
    return;
  }
  if (type === ICMPV6_DEST_UNREACH || type === ICMPV6_TIME_EXCEED || type === ICMPV6_PKT_TOOBIG || type === ICMPV6_PARAMPROB) {
    const info = (msg[4]! << 24) | (msg[5]! << 16) | (msg[6]! << 8) | msg[7]!;
    // icmpv6_err() / udpv6_err() / tcp_v6_err(): Packet Too Big about one of
    // our packets teaches the route to its destination the path MTU
    // (ip6_update_pmtu, looked up with the receiving device as oif).
    if (type === ICMPV6_PKT_TOOBIG && msg.length >= 8 + 40) {
      const ns = skb.dev.net;
      const inner = addrAt(msg, 8 + 24);
      const route = ip6RouteLookup(ns, inner, skb.dev.ifindex, devGetByIndex(ns, 1));
      if (route) ip6RtUpdatePmtu(ns, route, inner, info >>> 0);
    }
    // icmpv6_notify(): an error quoting a UDP or TCP packet goes to that protocol's err_handler.
    // icmpv6_notify(): ipv6_skip_exthdr() past a first fragment's header to the quoted upper layer.
    let inner = msg[8 + 6]!;
    let up = 48;
    if (inner === NEXTHDR_FRAGMENT && msg.length >= 56 && !(((msg[50]! << 8) | msg[51]!) & 0xfff8)) {
      inner = msg[48]!;
      up = 56;
    }
    if (up !== 48) {
      // (Only ping's echo requests are fragmented in the model.)
      if (msg.length < up + 8 || inner !== NEXTHDR_ICMP || msg[up] !== ICMPV6_ECHO_REQUEST) return;
      ping6Err(skb.dev.net, { from: src, type, code: msg[1]!, info, id: g16(up + 4), seq: g16(up + 6), iif: skb.dev.ifindex });
      return;
    }
    const errh = msg.length >= 8 + 40 + 4 ? inet6ErrHandler(msg[8 + 6]!) : undefined;
    if (errh && msg[8 + 6] !== NEXTHDR_ICMP) {
      errh(skb.dev.net, { type, code: msg[1]!, info, from: src, quoted: msg.subarray(8), hops: b[21]! });
      return;
    }
    // The quoted packet: our echo request (IPv6 header at 8, its ICMPv6 at 48).
    if (msg.length < 8 + 40 + 8 || msg[8 + 6] !== NEXTHDR_ICMP || msg[48] !== ICMPV6_ECHO_REQUEST) return;
    ping6Err(skb.dev.net, { from: src, type, code: msg[1]!, info, id: g16(52), seq: g16(54), iif: skb.dev.ifindex });
  }
}

/**
 * icmp6_send(): an error about the packet in `skb` (frame, IPv6 at 14),
 * quoting as much of it as fits in the minimum MTU. Source: the offending
 * packet's destination when it is ours, else chosen for the way back.
 */
export function icmp6Send(skb: SkBuff, type: number, code: number, info: number, dev: NetDevice = skb.dev): void {
  const b = skb.data;
  const src = addrAt(b, 22);
  const dst = addrAt(b, 38);
  if (src === 0n || src >> 120n === 0xffn) return;
  // Never about an ICMPv6 error (types below 128).
  if (b[20] === NEXTHDR_ICMP && b.length > 54 && b[54]! < 128) return;
  const ns = dev.net;
  let from = ipv6ChkAddr(ns, dst) ? dst : undefined;
  // "Dest addr check": nothing about a packet sent to a group or not to us
  // at link level, but Packet Too Big (and parameter problem / unrecognised
  // option, which asks for it), then from an address chosen for the way back.
  if (dst >> 120n === 0xffn || (skb.pktType !== "HOST" && skb.pktType !== "OUTGOING")) {
    if (type !== ICMPV6_PKT_TOOBIG && !(type === ICMPV6_PARAMPROB && code === 2)) return;
    from = undefined;
  }
  const quote = b.slice(14, 14 + Math.min(b.length - 14, 1280 - 40 - 8));
  const original = quote;
  icmp6Xmit(
    dev,
    from,
    src,
    (s) => {
      if (type === ICMPV6_DEST_UNREACH) return emitIcmpv6({ kind: "dest-unreachable", code, original }, s, src);
      if (type === ICMPV6_TIME_EXCEED) return emitIcmpv6({ kind: "time-exceeded", code, original }, s, src);
      if (type === ICMPV6_PKT_TOOBIG) return emitIcmpv6({ kind: "packet-too-big", mtu: info, original }, s, src);
      return emitIcmpv6({ kind: "param-problem", code, pointer: info, original }, s, src);
    },
    type,
  );
}

/** ip6_frag_expire(): time exceeded / fragment reassembly time exceeded (ICMPV6_EXC_FRAGTIME), quoting the first fragment. */
setFrag6ExpireHook((first, dev) => {
  const head = { ...first, dev };
  icmp6Send(head, ICMPV6_TIME_EXCEED, 1, 0);
});
