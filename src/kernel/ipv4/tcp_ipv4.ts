// TCP over IPv4 (net/ipv4/tcp_ipv4.c): tcp_v4_rcv() checks the segment and
// finds its socket — an established (or TIME_WAIT, or half-open child)
// connection by 4-tuple, else a listener — and answers RST when there is
// none; tcp_v4_conn_request() makes a SYN_RECV child per SYN (dropped when
// the accept queue is full, as LISTEN_OVERFLOW); tcp_v4_connect() routes,
// picks the source and an ephemeral port, and sends the SYN; tcp_v4_err()
// turns ICMP errors into connect() failures (EHOSTUNREACH, ENETUNREACH...)
// while connecting, and into sk_err_soft otherwise.

import { LINUX_MIB_LISTENDROPS, LINUX_MIB_LISTENOVERFLOWS, netMib, TCP_CSUMERRORS, TCP_INERRS, TCP_INSEGS } from "../core/snmp.js";
import { parseTcp, tcpChecksumOk, TH_ACK, TH_RST, TH_SYN } from "../../wire/tcp.js";
import { IPPROTO_TCP } from "../../wire/ipv4.js";
import { ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED } from "../../wire/icmp.js";
import { kerr } from "../../uapi/errno.js";
import { RTN_BROADCAST, RTN_MULTICAST } from "../../uapi/route.js";
import { TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT } from "../../uapi/socket.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import { netCore } from "../core/net_namespace.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import { isPartialCsum } from "./csum_offload.js";
import { ipHdr, registerIcmpErrHandler, type IcmpErrInfo } from "./icmp.js";
import { ipv4SkRedirect } from "./route_redirect.js";
import { inetAddProtocol } from "./ip_input.js";
import { inetEhashInsert, inetGetPort, inetInheritPort, inetLookupBound, inetLookupEstablished, inetUnhash } from "./inet_hashtables.js";
import { nowNs, sockWake } from "./inet_sock.js";
import { ipRouteOutput, ipRouteOutputCounted, type Rtable } from "./route.js";
import { KernelError } from "../../uapi/errno.js";
import { tcpParseSynOptions, tcpRcvStateProcess, tcpSegFrom, type TcpSeg } from "./tcp_input.js";
import { RTAX_INITCWND, RTAX_INITRWND } from "../../uapi/route.js";
import { routeMetric } from "./route_fnhe.js";
import { advmssFor, initialWindowFor, pathMssFor, rcvWscaleFor, tcpSendSyn, tcpSendSynAck, tcpV4SendReset } from "./tcp_output.js";
import { icmpErrConvert } from "./udp.js";
import { tcpDone, tcpSockCreate, tcpSetState, tcpSysctl, type TcpSock } from "./tcp_sock.js";

function rng(ns: NetNamespace) {
  return netCore(ns).host.rng;
}

/** Options this namespace offers in a SYN (tcp_timestamps, tcp_sack, tcp_window_scaling). */
export function initOptions(sk: TcpSock): void {
  sk.tsOk = tcpSysctl(sk.ns, "tcp_timestamps", 1) !== 0;
  sk.sackOk = tcpSysctl(sk.ns, "tcp_sack", 1) !== 0;
  sk.wscaleOk = tcpSysctl(sk.ns, "tcp_window_scaling", 1) !== 0;
  sk.rcvWscale = sk.wscaleOk ? rcvWscaleFor(sk.ns) : 0;
  sk.tsOffset = rng(sk.ns).u32();
  sk.ipId = rng(sk.ns).int(0, 0xffff);
}

/** tcp_v4_connect(): throws ENETUNREACH, EADDRNOTAVAIL...; the SYN is on its way when it returns. */
export function tcpV4Connect(sk: TcpSock, daddr: number, dport: number): void {
  // ip_route_connect(): the flow carries the protocol and ports (the source
  // port is 0 until bound), so `ip rule ... ipproto tcp dport N` applies, and
  // it picks the source address.
  const origSport = sk.sport;
  let rt = ipRouteOutputCounted(sk.ns, { daddr, saddr: sk.rcvSaddr, oif: sk.boundDev, tos: sk.tos, proto: IPPROTO_TCP, sport: origSport, dport, uid: sk.uid });
  if (rt.type === RTN_BROADCAST || rt.type === RTN_MULTICAST) throw kerr("ENETUNREACH");
  sk.daddr = daddr;
  sk.dport = dport;
  if (!sk.saddr) sk.saddr = rt.src;
  if (!sk.sport) inetGetPort(sk, 0, "connect");
  if (!inetEhashInsert(sk)) {
    sk.daddr = 0;
    sk.dport = 0;
    throw kerr("EADDRNOTAVAIL");
  }
  // ip_route_newports(): once the port is chosen, routed again with it (and the source already picked).
  // A failure there closes the socket (tcp_set_state(CLOSE) gives the port back).
  if (sk.sport !== origSport) {
    try {
      rt = ipRouteOutput(sk.ns, { daddr, saddr: sk.saddr, oif: sk.boundDev, tos: sk.tos, proto: IPPROTO_TCP, sport: sk.sport, dport, uid: sk.uid });
    } catch (e) {
      inetUnhash(sk);
      sk.sport = 0;
      sk.daddr = 0;
      sk.dport = 0;
      if (!sk.rcvSaddr) sk.saddr = 0;
      throw e;
    }
  }
  initOptions(sk);
  sk.advmss = advmssFor(rt);
  sk.pathMss = pathMssFor(rt);
  sk.rcvWndInit = initialWindowFor(routeMetric(rt, RTAX_INITRWND), sk.advmss);
  sk.cwnd = tcpInitCwnd(routeMetric(rt, RTAX_INITCWND));
  sk.iss = rng(sk.ns).u32();
  sk.sndUna = sk.iss;
  tcpSetState(sk, TCP_SYN_SENT);
  tcpSendSyn(sk);
}

/** tcp_v4_conn_request(): a SYN for a listener. */
function connRequest(lsk: TcpSock, seg: TcpSeg): void {
  const ns = lsk.ns;
  // inet_csk_route_req(): TCP, our port as source, the peer's as destination.
  // No route back to the peer: the SYN is dropped (no SYN-ACK, no child), and
  // the peer retransmits until it gives up.
  let out: Rtable;
  try {
    out = ipRouteOutput(ns, { daddr: seg.saddr, saddr: seg.daddr, oif: lsk.boundDev, tos: 0, proto: IPPROTO_TCP, sport: seg.dport, dport: seg.sport, uid: lsk.uid });
  } catch (e) {
    if (e instanceof KernelError) return;
    throw e;
  }
  tcpConnRequestChild(lsk, seg, advmssFor(out), pathMssFor(out), (c) => {
    c.rcvSaddr = seg.daddr;
    c.saddr = seg.daddr;
    c.daddr = seg.saddr;
    if (c.family === 6) {
      // A dual-stack listener's child: IPv4 on the wire, ::ffff:a.b.c.d to its owner.
      c.v4mapped = true;
      c.rcvSaddr6 = c.saddr6 = 0xffff00000000n | BigInt(seg.daddr >>> 0);
      c.daddr6 = 0xffff00000000n | BigInt(seg.saddr >>> 0);
    }
  }, routeMetric(out, RTAX_INITRWND), routeMetric(out, RTAX_INITCWND));
}

/**
 * tcp_init_cwnd(): the route's `initcwnd` metric, else TCP_INIT_CWND (10). The kernel applies it
 * when the connection is established (tcp_init_transfer); nothing before that reads cwnd here.
 */
export function tcpInitCwnd(metric: number): number {
  return metric || 10;
}

/**
 * tcp_conn_request(), shared by both families: a SYN_RECV child of `lsk`
 * for `seg`, hashed and answered with a SYN-ACK. `addrs` fills in the
 * family's addresses; `advmss` comes from the route back.
 */
export function tcpConnRequestChild(
  lsk: TcpSock,
  seg: TcpSeg,
  advmss: number,
  pathMss: number,
  addrs: (c: TcpSock) => void,
  initrwnd = 0,
  initcwnd = 0,
): void {
  const ns = lsk.ns;
  const c = tcpSockCreate(ns, lsk.family);
  c.parent = lsk;
  c.passive = true;
  c.hasFile = false;
  c.sport = seg.dport;
  c.dport = seg.sport;
  c.boundDev = lsk.boundDev;
  c.ttl = lsk.ttl;
  c.tos = lsk.tos;
  c.nodelay = lsk.nodelay;
  c.uid = lsk.uid; // sk_clone_lock copies sk_uid
  addrs(c);
  initOptions(c);
  tcpParseSynOptions(c, seg, c.rcvWscale);
  c.irs = seg.seq;
  c.rcvNxt = (seg.seq + 1) >>> 0;
  c.sndWnd = seg.window;
  c.advmss = advmss;
  c.pathMss = pathMss;
  // tcp_openreq_init_rwin(): the advertised MSS less the timestamps, bounded by the route's initrwnd.
  c.rcvWndInit = initialWindowFor(initrwnd, c.advmss - (c.tsOk ? 12 : 0));
  c.cwnd = tcpInitCwnd(initcwnd);
  c.iss = rng(ns).u32();
  c.sndUna = c.iss;
  c.state = TCP_SYN_RECV;
  inetEhashInsert(c);
  inetInheritPort(c);
  lsk.synq.add(c);
  tcpSendSynAck(c);
}

/** tcp_v4_rcv() */
function tcpV4Rcv(skb: SkBuff, rt: Rtable, iif: number): void {
  const ns = rt.ns;
  const iph = ipHdr(skb);
  const bytes = skb.data.subarray(14 + iph.ihl, 14 + iph.len);
  const tcp = netMib(ns).tcp;
  tcp[TCP_INSEGS]++;
  const p = parseTcp(bytes);
  if (!p.ok) {
    kfreeSkbReason(skb, "PKT_TOO_SMALL");
    return;
  }
  if (!tcpChecksumOk(bytes, { family: 4, src: iph.saddr, dst: iph.daddr }) && !isPartialCsum(bytes, 16, iph.saddr, iph.daddr, IPPROTO_TCP)) {
    tcp[TCP_CSUMERRORS]++;
    tcp[TCP_INERRS]++;
    kfreeSkbReason(skb, "TCP_CSUM");
    return;
  }
  const r = p.repr;
  const seg = tcpSegFrom(r, p.payload, { saddr: iph.saddr, daddr: iph.daddr });
  const sk = inetLookupEstablished(ns, "tcp", iph.daddr, r.dstPort, iph.saddr, r.srcPort) as TcpSock | undefined;
  tcpRcvSegment(
    skb,
    seg,
    sk,
    () => inetLookupBound(ns, "tcp", iph.daddr, r.dstPort, iif, (s) => s.state === TCP_LISTEN) as TcpSock | undefined,
    connRequest,
  );
  void rt;
}

/**
 * The family-independent rest of tcp_v4_rcv()/tcp_v6_rcv(): `sk` is the
 * connection the 4-tuple found (if any); otherwise a listener from
 * `listener()`, a RST when there is none.
 */
export function tcpRcvSegment(skb: SkBuff, seg: TcpSeg, found: TcpSock | undefined, listener: () => TcpSock | undefined, request: (lsk: TcpSock, seg: TcpSeg) => void): void {
  const ns = skb.dev.net;
  let sk = found;
  if (sk && sk.state === TCP_TIME_WAIT && seg.flags & TH_SYN && !(seg.flags & (TH_ACK | TH_RST)) && ((seg.seq - sk.rcvNxt) | 0) > 0) {
    // A new SYN for a TIME_WAIT pair with a higher sequence: reopen (TCP_TW_SYN).
    tcpDone(sk);
    sk = undefined;
  }
  if (sk) {
    tcpRcvStateProcess(sk, seg);
    return;
  }
  const lsk = listener();
  if (!lsk) {
    tcpV4SendReset(ns, { ...seg, len: seg.data.length });
    kfreeSkbReason(skb, "NO_SOCKET");
    return;
  }
  if (seg.flags & TH_RST) return;
  if (seg.flags & TH_ACK) {
    tcpV4SendReset(ns, { ...seg, len: seg.data.length });
    return;
  }
  if (!(seg.flags & TH_SYN)) return;
  if (lsk.acceptq.length > lsk.backlog) {
    const net = netMib(ns).net;
    net[LINUX_MIB_LISTENOVERFLOWS]++;
    net[LINUX_MIB_LISTENDROPS]++;
    kfreeSkbReason(skb, "TCP_LISTEN_OVERFLOW");
    return;
  }
  request(lsk, seg);
}

/** tcp_v4_err() */
function tcpV4Err(ns: NetNamespace, e: IcmpErrInfo): void {
  const q = e.quoted;
  const ihl = (q[0]! & 0xf) * 4;
  if (q.length < ihl + 8) return;
  const g32 = (o: number) => ((q[o]! << 24) | (q[o + 1]! << 16) | (q[o + 2]! << 8) | q[o + 3]!) >>> 0;
  const saddr = g32(12);
  const daddr = g32(16);
  const sport = (q[ihl]! << 8) | q[ihl + 1]!;
  const dport = (q[ihl + 2]! << 8) | q[ihl + 3]!;
  const sk = inetLookupEstablished(ns, "tcp", saddr, sport, daddr, dport) as TcpSock | undefined;
  if (!sk || sk.state === TCP_TIME_WAIT) return;
  // do_redirect(): through the socket's route.
  if (e.redirect) {
    ipv4SkRedirect(ns, { ...e.redirect, oif: sk.boundDev, tos: sk.tos, proto: IPPROTO_TCP });
    return;
  }
  if (e.type === ICMP_DEST_UNREACH && e.code === ICMP_FRAG_NEEDED) return; // PMTU: not modelled
  const { errno } = icmpErrConvert(e.type, e.code);
  tcpErrApply(sk, errno);
}

/** The family-independent end of tcp_v4_err()/tcp_v6_err(). */
export function tcpErrApply(sk: TcpSock, errno: number): void {
  // While connecting, any ICMP error ends the attempt (tcp_v4_err: sk_err, tcp_done).
  if (sk.state === TCP_SYN_SENT || sk.state === TCP_SYN_RECV) {
    if (!(sk.state === TCP_SYN_RECV && sk.parent)) sk.err = errno;
    tcpDone(sk, false);
    return;
  }
  sk.errSoft = errno;
  sockWake(sk);
  void nowNs;
}

inetAddProtocol(IPPROTO_TCP, tcpV4Rcv);
registerIcmpErrHandler(IPPROTO_TCP, tcpV4Err);

export { inetUnhash, tcpSetState };
