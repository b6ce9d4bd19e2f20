// ICMP (net/ipv4/icmp.c): answering echo requests (not to broadcasts while
// icmp_echo_ignore_broadcasts=1), handing echo replies and errors to the ping
// sockets, and icmp_send() for the errors this host originates — time
// exceeded when forwarding, unreachable from ip_error() and after a failed
// neighbour resolution — with the kernel's rules: never about an ICMP error,
// a broadcast or a fragment; the source is the offending packet's destination
// when local, else chosen by routing back to the sender; rate-limited per
// destination (icmp_ratelimit ms per token, burst 6, for the types in
// icmp_ratemask) and namespace-wide (icmp_msgs_per_sec/burst), except over lo.

import { pktFastPaths } from "../core/fast_paths.js";
import { ICMP_CSUMERRORS, ICMP_INERRORS, ICMP_INMSGS, ICMP_RATELIMITGLOBAL, ICMP_RATELIMITHOST, icmpMsgOf, netMib } from "../core/snmp.js";
import {
  emitEchoInto,
  echoReplySum,
  emitIcmp,
  emitIcmpInto,
  ICMP_HLEN,
  icmpLen,
  type IcmpRepr,
  icmpQuote,
  parseIcmp,
  ICMP_DEST_UNREACH,
  ICMP_ECHO,
  ICMP_ECHOREPLY,
  ICMP_EXC_FRAGTIME,
  ICMP_FRAG_NEEDED,
  ICMP_PARAMETERPROB,
  ICMP_REDIRECT,
  ICMP_SOURCE_QUENCH,
  ICMP_TIME_EXCEEDED,
} from "../../wire/icmp.js";
import { IPPROTO_ICMP, IPV4_MIN_HLEN } from "../../wire/ipv4.js";
import { ipcbOptions, ipOptionsEcho, ipOptionsLen } from "./ip_options.js";
import { KernelError } from "../../uapi/errno.js";
import { foldComplement, sumRange } from "../../wire/checksum.js";
import { IFF_LOOPBACK } from "../../uapi/if_link.js";
import { RTCF_BROADCAST, RTCF_LOCAL, RTCF_MULTICAST } from "../../uapi/route.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import { netCore } from "../core/net_namespace.js";
import { ETH_HLEN, type SkBuff } from "../core/skbuff.js";
import { specDst } from "./fib.js";
import { icmpOutCount, ipAllocSkb, ipBuildSkb, ipLocalOut, ipSendSkb } from "./ip_output.js";
import { ipv4Of, ipv4Sysctl } from "./netns_ipv4.js";
import { pingErr, pingRcv, pingRedirect } from "./ping.js";
import { ipv4SkRedirect, type SkRedirect } from "./route_redirect.js";
import { ipRouteOutput, ipRouteOutputSlow, type Rtable } from "./route.js";
import { ipRtUpdatePmtu } from "./route_fnhe.js";
import type { NetNamespace } from "../core/netns.js";

const NS_MS = 1_000_000;

/** The IPv4 header fields icmp needs, from a frame (Ethernet at 0, IP at 14). */
export function ipHdr(skb: SkBuff): { ihl: number; tos: number; len: number; fragOff: number; ttl: number; protocol: number; saddr: number; daddr: number } {
  const d = skb.data;
  const g32 = (o: number) => ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;
  return {
    ihl: (d[14]! & 0xf) * 4,
    tos: d[15]!,
    len: (d[16]! << 8) | d[17]!,
    fragOff: ((d[20]! << 8) | d[21]!) & 0x1fff,
    ttl: d[22]!,
    protocol: d[23]!,
    saddr: g32(26),
    daddr: g32(30),
  };
}

function isErrorType(t: number): boolean {
  return t === ICMP_DEST_UNREACH || t === ICMP_SOURCE_QUENCH || t === ICMP_REDIRECT || t === ICMP_TIME_EXCEEDED || t === ICMP_PARAMETERPROB;
}

/** icmp_global_allow(): the namespace-wide token bucket (IPv4 and IPv6 share it). */
export function icmpGlobalAllow(ns: import("../core/netns.js").NetNamespace, now: number): boolean {
  const g = ipv4Of(ns).icmpGlobal;
  const perSec = ipv4Sysctl(ns, "icmp_msgs_per_sec", 1000);
  const burst = ipv4Sysctl(ns, "icmp_msgs_burst", 50);
  if (g.credit < 0) {
    g.credit = burst;
    g.stamp = now;
  }
  const delta = Math.min(now - g.stamp, 1000 * NS_MS);
  if (delta >= 20 * NS_MS) {
    g.credit = Math.min(g.credit + Math.floor((delta * perSec) / (1000 * NS_MS)), burst);
    g.stamp = now;
  }
  if (g.credit <= 0) return false;
  g.credit--;
  return true;
}

/** inet_getpeer_v4(create): the namespace's inet_peer for `addr`; a new one starts with rate_last 60 s in the past (a full burst). */
export function inetGetPeer(ns: import("../core/netns.js").NetNamespace, addr: number, now: number): { tokens: number; last: number; redirects?: number } {
  const v4 = ipv4Of(ns);
  const peers = (v4.icmpPeers ??= new Map());
  let p = peers.get(addr);
  if (!p) peers.set(addr, (p = { tokens: 0, last: now - 60_000 * NS_MS }));
  return p;
}

/** inet_peer_xrlim_allow(): one token per icmp_ratelimit ms, burst of 6, per destination. */
function peerAllow(ns: import("../core/netns.js").NetNamespace, daddr: number, now: number, timeoutMs: number): boolean {
  const p = inetGetPeer(ns, daddr, now);
  const timeout = timeoutMs * NS_MS;
  let token = p.tokens + (now - p.last);
  if (token > 6 * timeout) token = 6 * timeout;
  let ok = false;
  if (token >= timeout) {
    token -= timeout;
    ok = true;
  }
  p.tokens = token;
  p.last = now;
  return ok;
}

/** icmpv4_xrlim_allow() */
function xrlimAllow(rt: Rtable, type: number, code: number, daddr: number): boolean {
  const ns = rt.ns;
  const mask = ipv4Sysctl(ns, "icmp_ratemask", 6168);
  if (type > 18 || !(mask & (1 << type))) return true;
  // icmpv4_mask_allow(): "Don't limit PMTU discovery."
  if (type === ICMP_DEST_UNREACH && code === ICMP_FRAG_NEEDED) return true;
  if (rt.dev.flags & IFF_LOOPBACK) return true;
  const now = netCore(ns).host.clock.now;
  if (!icmpGlobalAllow(ns, now)) {
    netMib(ns).icmp[ICMP_RATELIMITGLOBAL]++;
    return false;
  }
  if (peerAllow(ns, daddr, now, ipv4Sysctl(ns, "icmp_ratelimit", 1000))) return true;
  netMib(ns).icmp[ICMP_RATELIMITHOST]++;
  return false;
}

/** icmp_send(): an error about `skbIn` (a packet received or sent by this host). */
export function icmpSend(skbIn: SkBuff, rtIn: Rtable | undefined, type: number, code: number, info: number): void {
  if (!rtIn) return;
  const ns = rtIn.ns;
  const iph = ipHdr(skbIn);
  if (skbIn.pktType !== "HOST" && skbIn.pktType !== "OUTGOING") return;
  if (rtIn.flags & (RTCF_BROADCAST | RTCF_MULTICAST)) return;
  if (iph.fragOff) return;
  if (isErrorType(type) && iph.protocol === IPPROTO_ICMP) {
    const inner = skbIn.data[14 + iph.ihl];
    if (inner === undefined || isErrorType(inner)) return;
  }
  let saddr = iph.daddr;
  if (!(rtIn.flags & RTCF_LOCAL)) saddr = 0;
  const tos = isErrorType(type) ? (iph.tos & 0x1e) | 0xc0 : iph.tos;
  let rt: Rtable;
  try {
    rt = ipRouteOutput(ns, { daddr: iph.saddr, saddr, oif: 0, tos: 0, proto: 1 });
  } catch (e) {
    if (e instanceof KernelError) return;
    throw e;
  }
  if (!xrlimAllow(rt, type, code, iph.saddr)) return;
  const original = icmpQuote(skbIn.data.subarray(14, 14 + iph.len));
  let body: Uint8Array;
  if (type === ICMP_DEST_UNREACH) body = emitIcmp({ kind: "dest-unreachable", code, mtu: info, original });
  else if (type === ICMP_TIME_EXCEEDED) body = emitIcmp({ kind: "time-exceeded", code, original });
  else body = emitIcmp({ kind: "other", type, code, rest: info, data: original });
  const skb = ipBuildSkb(ns, rt, { src: rt.src, dst: iph.saddr, protocol: IPPROTO_ICMP, tos }, body);
  ipLocalOut(skb, rt);
}


/** An ICMP error about a datagram of another protocol: `quoted` is its IP header and first bytes. */
export interface IcmpErrInfo {
  from: number;
  type: number;
  code: number;
  info: number;
  quoted: Uint8Array;
  ttl: number;
  /** For a redirect: what ipv4_sk_redirect() needs beyond the socket's own keys. */
  redirect?: SkRedirect;
}

/** struct net_protocol's err_handler (udp_err, tcp_v4_err), by IP protocol number. */
const icmpErrHandlers = new Map<number, (ns: import("../core/netns.js").NetNamespace, e: IcmpErrInfo) => void>();

/** Registers a transport's err_handler (additive; UDP and TCP use it). */
export function registerIcmpErrHandler(protocol: number, fn: (ns: import("../core/netns.js").NetNamespace, e: IcmpErrInfo) => void): void {
  icmpErrHandlers.set(protocol, fn);
}

/**
 * icmp_rcv() of a unicast echo request or reply whose checksum holds, read in
 * the frame: what the general path below does for one (same counters, same
 * reply bytes, same socket event) without its parse and message objects.
 * False: not such a message, the general path takes it.
 */
function icmpRcvEcho(skb: SkBuff, rt: Rtable, iif: number): boolean {
  if (rt.flags & (RTCF_BROADCAST | RTCF_MULTICAST)) return false;
  const d = skb.data;
  // A header with options takes the general path (their echo, the socket's copy).
  if (d[14] !== 0x45) return false;
  const off = 14 + IPV4_MIN_HLEN;
  const end = Math.min(14 + ((d[16]! << 8) | d[17]!), d.length);
  if (end - off < ICMP_HLEN) return false;
  const type = d[off]!;
  if (type !== ICMP_ECHO && type !== ICMP_ECHOREPLY) return false;
  const sum = sumRange(d, off, end);
  if (foldComplement(sum) !== 0) return false;
  const ns = rt.ns;
  const mib = netMib(ns);
  mib.icmp[ICMP_INMSGS]++;
  icmpMsgOf(mib)[type]++;
  const id = (d[off + 4]! << 8) | d[off + 5]!;
  const seq = (d[off + 6]! << 8) | d[off + 7]!;
  const saddr = ((d[26]! << 24) | (d[27]! << 16) | (d[28]! << 8) | d[29]!) >>> 0;
  const daddr = ((d[30]! << 24) | (d[31]! << 16) | (d[32]! << 8) | d[33]!) >>> 0;
  if (type === ICMP_ECHOREPLY) {
    pingRcv(ns, saddr, daddr, d[22]!, id, seq, d, off + ICMP_HLEN, end, iif);
    return true;
  }
  if (ipv4Sysctl(ns, "icmp_echo_ignore_all", 0)) return true;
  const src = specDst(skb, rt, saddr, daddr);
  const tos = d[15]!;
  let out: Rtable;
  try {
    out = ipRouteOutput(ns, { daddr: saddr, saddr: src, oif: 0, tos, proto: 1 });
  } catch (e) {
    if (e instanceof KernelError) return true;
    throw e;
  }
  const skbOut = ipAllocSkb(ns, out, { src: out.src, dst: saddr, protocol: IPPROTO_ICMP, tos }, end - off);
  emitEchoInto(skbOut.data, ETH_HLEN + 20, ICMP_ECHOREPLY, id, seq, d, off + ICMP_HLEN, end, echoReplySum(d, off, sum));
  icmpOutCount(ns, ICMP_ECHOREPLY);
  // icmp_reply() -> icmp_push_reply() -> ip_push_pending_frames(): a refused frame counts OutDiscards.
  ipSendSkb(skbOut, out);
  return true;
}

/** icmp_rcv() */
export function icmpRcv(skb: SkBuff, rt: Rtable, iif: number): void {
  if (pktFastPaths() && icmpRcvEcho(skb, rt, iif)) return;
  const ns = rt.ns;
  const iph = ipHdr(skb);
  const payload = skb.data.subarray(14 + iph.ihl, 14 + iph.len);
  const mib = netMib(ns);
  mib.icmp[ICMP_INMSGS]++;
  const p = parseIcmp(payload);
  if (!p.ok || !p.repr.checksumOk) {
    if (p.ok || payload.length >= 8) mib.icmp[ICMP_CSUMERRORS]++;
    mib.icmp[ICMP_INERRORS]++;
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return;
  }
  const m = p.repr;
  const type = payload[0]!;
  icmpMsgOf(mib)[type]++;
  if (rt.flags & (RTCF_BROADCAST | RTCF_MULTICAST)) {
    if ((type === ICMP_ECHO || type === 13) && ipv4Sysctl(ns, "icmp_echo_ignore_broadcasts", 1)) {
      mib.icmp[ICMP_INERRORS]++;
      kfreeSkbReason(skb, "NOT_SPECIFIED");
      return;
    }
    if (type !== ICMP_ECHO && type !== 13 && type !== 17 && type !== 18) {
      mib.icmp[ICMP_INERRORS]++;
      kfreeSkbReason(skb, "NOT_SPECIFIED");
      return;
    }
  }
  if (m.kind === "echo-request") {
    if (ipv4Sysctl(ns, "icmp_echo_ignore_all", 0)) return;
    const src = specDst(skb, rt, iph.saddr, iph.daddr);
    let out: Rtable;
    try {
      out = ipRouteOutput(ns, { daddr: iph.saddr, saddr: src, oif: 0, tos: iph.tos, proto: 1 });
    } catch (e) {
      if (e instanceof KernelError) return;
      throw e;
    }
    // icmp_reply(): ip_options_echo() first (options it cannot echo: no reply).
    const rcvOpt = iph.ihl > IPV4_MIN_HLEN ? ipcbOptions(skb) : undefined;
    const options = rcvOpt ? ipOptionsEcho(skb.data.subarray(14), rcvOpt) : undefined;
    if (options === null) return;
    const reply: IcmpRepr = { kind: "echo-reply", id: m.id, seq: m.seq, data: m.data };
    const skbOut = ipAllocSkb(ns, out, { src: out.src, dst: iph.saddr, protocol: IPPROTO_ICMP, tos: iph.tos, options }, icmpLen(reply));
    const hlen = ipOptionsLen(options);
    emitIcmpInto(reply, skbOut.data, ETH_HLEN + hlen);
    icmpOutCount(ns, skbOut.data[ETH_HLEN + hlen]!);
    // icmp_reply() -> icmp_push_reply() -> ip_push_pending_frames(): a refused frame counts OutDiscards.
    ipSendSkb(skbOut, out);
    return;
  }
  if (m.kind === "echo-reply") {
    const options = iph.ihl > IPV4_MIN_HLEN ? skb.data.slice(14 + IPV4_MIN_HLEN, 14 + iph.ihl) : undefined;
    pingRcv(ns, iph.saddr, iph.daddr, iph.ttl, m.id, m.seq, m.data, 0, m.data.length, iif, options);
    return;
  }
  if (m.kind === "redirect") {
    icmpRedirect(ns, skb, iph.saddr, m.code, m.gateway, m.original);
    return;
  }
  // icmp_unreach(): a fragment reassembly time exceeded reaches no socket
  // (recorded: ping does not report it; raw sockets saw it already).
  if (m.kind === "time-exceeded" && m.code === ICMP_EXC_FRAGTIME) return;
  if (m.kind === "dest-unreachable" || m.kind === "time-exceeded") {
    // icmp_unreach(): the quoted header tells whose packet it was.
    const q = m.original;
    // Fragmentation needed: the protocols' error handlers (icmp_err, raw_err,
    // udp_err, tcp_v4_err) all lower the path MTU to the quoted destination.
    if (m.kind === "dest-unreachable" && m.code === ICMP_FRAG_NEEDED && q.length >= 20) icmpUpdatePmtu(ns, q, m.mtu);
    if (q.length >= 28 && q[9] !== IPPROTO_ICMP) {
      icmpErrHandlers.get(q[9]!)?.(ns, { from: iph.saddr, type, code: m.code, info: m.kind === "dest-unreachable" ? m.mtu : 0, quoted: q, ttl: iph.ttl });
      return;
    }
    if (q.length < 28 || q[9] !== IPPROTO_ICMP) return;
    const qihl = (q[0]! & 0xf) * 4;
    if (q.length < qihl + 8 || q[qihl] !== ICMP_ECHO) return;
    const id = (q[qihl + 4]! << 8) | q[qihl + 5]!;
    const seq = (q[qihl + 6]! << 8) | q[qihl + 7]!;
    const qdst = ((q[16]! << 24) | (q[17]! << 16) | (q[18]! << 8) | q[19]!) >>> 0;
    pingErr(ns, { from: iph.saddr, type, code: m.code, info: m.kind === "dest-unreachable" ? m.mtu : 0, id, seq, dst: qdst });
    return;
  }
  void ICMP_ECHOREPLY;
}

/**
 * icmp_redirect() -> icmp_socket_deliver(): the socket that sent the quoted
 * packet takes it (raw_err/ping_err, udp_err, tcp_v4_err: ipv4_sk_redirect);
 * an echo reply's redirect is the kernel's own (icmp_err: ipv4_redirect).
 * No socket, no redirect.
 */
function icmpRedirect(ns: NetNamespace, skb: SkBuff, from: number, code: number, gw: number, q: Uint8Array): void {
  // pskb_may_pull(ihl + 8)
  const qihl = (q[0]! & 0xf) * 4;
  if (q.length < qihl + 8) {
    netMib(ns).icmp[ICMP_INERRORS]++;
    return;
  }
  const proto = q[9]!;
  const r: SkRedirect = { dev: skb.dev, from, code, gw, quoted: q, oif: 0, mark: 0, tos: 0, proto };
  if (proto === IPPROTO_ICMP) {
    if (q[qihl] === ICMP_ECHOREPLY) {
      ipv4SkRedirect(ns, r);
      return;
    }
    if (q[qihl] !== ICMP_ECHO) return;
    const id = (q[qihl + 4]! << 8) | q[qihl + 5]!;
    const seq = (q[qihl + 6]! << 8) | q[qihl + 7]!;
    pingRedirect(ns, id, seq, r);
    return;
  }
  icmpErrHandlers.get(proto)?.(ns, { from, type: ICMP_REDIRECT, code, info: gw, quoted: q, ttl: 0, redirect: r });
}

/** ipv4_update_pmtu(): the output route of the quoted packet's flow (oif 0) learns `mtu`. */
function icmpUpdatePmtu(ns: NetNamespace, q: Uint8Array, mtu: number): void {
  const saddr = ((q[12]! << 24) | (q[13]! << 16) | (q[14]! << 8) | q[15]!) >>> 0;
  const daddr = ((q[16]! << 24) | (q[17]! << 16) | (q[18]! << 8) | q[19]!) >>> 0;
  let rt: Rtable;
  try {
    // A route of its own (not one the cache hands to others): the update writes into it.
    rt = ipRouteOutputSlow(ns, { daddr, saddr, oif: 0, tos: q[1]! & 0x1e, proto: q[9]! });
  } catch (e) {
    if (e instanceof KernelError) return;
    throw e;
  }
  ipRtUpdatePmtu(rt, daddr, mtu);
}
