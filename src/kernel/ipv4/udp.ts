// UDP (net/ipv4/udp.c): udp_rcv() checks the checksum and hands a datagram to
// the best-matching socket (a connected socket's exact 4-tuple first, then the
// bound ones), or answers ICMP port unreachable when none holds the port;
// udp_sendmsg() routes, autobinds an ephemeral port and sends; udp_err() turns
// ICMP errors into sk_err for connected sockets (ECONNREFUSED after a port
// unreachable) and, with IP_RECVERR, queues them for MSG_ERRQUEUE (traceroute).
// Datagrams leave with DF set (IP_PMTUDISC_WANT) when they fit the route's
// MTU: id 0 unless connected; a bigger one goes out in fragments without DF
// (__ip_make_skb), its id from the generator unless connected.

import { netMib, UDP_CSUMERRORS, UDP_IGNOREDMULTI, UDP_INERRORS, UDP_NOPORTS, UDP_OUTDATAGRAMS, UDP_RCVBUFERRORS } from "../core/snmp.js";
import { emitUdp, parseUdp, udpChecksumState } from "../../wire/udp.js";
import { IPPROTO_UDP } from "../../wire/ipv4.js";
import { ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, ICMP_TIME_EXCEEDED } from "../../wire/icmp.js";
import { ERRNO, kerr } from "../../uapi/errno.js";
import { TCP_ESTABLISHED, type SockExtendedErr } from "../../uapi/socket.js";
import { RTCF_BROADCAST, RTCF_MULTICAST } from "../../uapi/route.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import type { NetNamespace } from "../core/netns.js";
import { netCore } from "../core/net_namespace.js";
import type { SkBuff } from "../core/skbuff.js";
import { isPartialCsum, maybePartial } from "./csum_offload.js";
import { icmpSend, ipHdr, registerIcmpErrHandler, type IcmpErrInfo } from "./icmp.js";
import { inetAddProtocol } from "./ip_input.js";
import { ipBuildSkb, ipLocalOut, ipSelectIdent } from "./ip_output.js";
import { ipMtuLocked, ipv4Mtu } from "./route_fnhe.js";
import { ipv4SkRedirect } from "./route_redirect.js";
import { inetGetPort, inetLookupBound, inetUnhash, hashinfo } from "./inet_hashtables.js";
import { inetSockInit, nowNs, sockAccount, sockWake, type InetSock } from "./inet_sock.js";
import { ipRouteOutput, ipRouteOutputCounted, type Rtable } from "./route.js";

export interface UdpDatagram {
  data: Uint8Array;
  from: number;
  fport: number;
  /** Destination address (IP_PKTINFO), for servers bound to 0.0.0.0. */
  to: number;
  /** AF_INET6 sockets: the sender and the destination (from/to are 0 then), and the receiving device. */
  from6?: bigint;
  to6?: bigint;
  iif?: number;
}

export interface UdpSock extends InetSock {
  readonly proto: "udp";
  /** TCP_ESTABLISHED once connect()ed (what ss shows as ESTAB). */
  state: number;
  readonly rcvq: UdpDatagram[];
  rcvqBytes: number;
  readonly errq: SockExtendedErr[];
  /** SHUT_RD / SHUT_WR seen. */
  shutRd: boolean;
  closed: boolean;
  /** connected IP id counter (inet_id). */
  ipId: number;
}

/** sk_rcvbuf default (net.core.rmem_default = 212992). */
export const RCVBUF = 212992;

export function udpSocket(ns: NetNamespace, family: 4 | 6 = 4): UdpSock {
  const base = inetSockInit(ns, "udp", family);
  return sockAccount({ ...base, proto: "udp", state: 7, rcvq: [], rcvqBytes: 0, errq: [], shutRd: false, closed: false, ipId: 0 });
}

export function udpBind(sk: UdpSock, addr: number, port: number): void {
  if (sk.sport) throw kerr("EINVAL");
  sk.rcvSaddr = addr;
  sk.saddr = addr;
  inetGetPort(sk, port);
}

/** ip4_datagram_connect(): routes to the peer, fixes the source, autobinds. */
export function udpConnect(sk: UdpSock, daddr: number, dport: number): void {
  if (daddr === 0 && dport === 0) {
    // AF_UNSPEC: disconnect.
    sk.daddr = 0;
    sk.dport = 0;
    sk.state = 7;
    if (!sk.rcvSaddr) sk.saddr = 0;
    return;
  }
  // inet_dgram_connect() autobinds first; ip_route_connect() routes with protocol and ports.
  if (!sk.sport) inetGetPort(sk, 0);
  const rt = ipRouteOutputCounted(sk.ns, { daddr, saddr: sk.rcvSaddr, oif: sk.boundDev, tos: sk.tos, proto: IPPROTO_UDP, sport: sk.sport, dport, uid: sk.uid });
  if (rt.flags & RTCF_BROADCAST && !sk.broadcast) throw kerr("EACCES");
  if (!sk.saddr) sk.saddr = rt.src;
  sk.daddr = daddr;
  sk.dport = dport;
  sk.state = TCP_ESTABLISHED;
  sk.ipId = netCore(sk.ns).host.rng.int(0, 0xffff);
}

/** udp_sendmsg(): returns the bytes sent. */
export function udpSendmsg(sk: UdpSock, data: Uint8Array, to?: { addr: number; port: number }): number {
  const daddr = to ? to.addr : sk.daddr;
  const dport = to ? to.port : sk.dport;
  if (!to && sk.state !== TCP_ESTABLISHED) throw kerr("EDESTADDRREQ");
  if (data.length > 65507) throw kerr("EMSGSIZE");
  // inet_send_prepare() autobinds before udp_sendmsg routes the flow (protocol and ports).
  if (!sk.sport) inetGetPort(sk, 0);
  const rt = ipRouteOutput(sk.ns, { daddr, saddr: sk.rcvSaddr || (to ? 0 : sk.saddr), oif: sk.boundDev, tos: sk.tos, proto: IPPROTO_UDP, sport: sk.sport, dport, uid: sk.uid });
  if (rt.flags & RTCF_BROADCAST && !sk.broadcast) throw kerr("EACCES");
  const src = rt.src;
  const body = emitUdp({ srcPort: sk.sport, dstPort: dport }, data, { family: 4, src, dst: daddr });
  maybePartial(rt.dev, body, 6, src, daddr, IPPROTO_UDP);
  const connected = !to && sk.state === TCP_ESTABLISHED;
  const df = 20 + body.length <= ipv4Mtu(rt) && !ipMtuLocked(rt);
  const id = connected ? (sk.ipId = (sk.ipId + 1) & 0xffff) : df ? 0 : ipSelectIdent(sk.ns);
  const skb = ipBuildSkb(sk.ns, rt, { src, dst: daddr, protocol: IPPROTO_UDP, ttl: sk.ttl, tos: sk.tos, df, id }, body);
  // udp_send_skb(): counted only when ip_send_skb() succeeded.
  if (ipLocalOut(skb, rt)) netMib(sk.ns).udp[UDP_OUTDATAGRAMS]++;
  return data.length;
}

export function udpClose(sk: UdpSock): void {
  sk.closed = true;
  sk.hasFile = false;
  if (sk.sport) inetUnhash(sk);
  sockWake(sk);
}

/** __udp4_lib_rcv() */
function udpRcv(skb: SkBuff, rt: Rtable, iif: number): void {
  const ns = rt.ns;
  const iph = ipHdr(skb);
  const seg = skb.data.subarray(14 + iph.ihl, 14 + iph.len);
  const p = parseUdp(seg);
  const udp = netMib(ns).udp;
  if (!p.ok) {
    udp[UDP_INERRORS]++;
    kfreeSkbReason(skb, "PKT_TOO_SMALL");
    return;
  }
  const dg = seg.subarray(0, p.repr.length);
  if (udpChecksumState(dg, { family: 4, src: iph.saddr, dst: iph.daddr }) === "bad" && !isPartialCsum(dg, 6, iph.saddr, iph.daddr, IPPROTO_UDP)) {
    udp[UDP_CSUMERRORS]++;
    udp[UDP_INERRORS]++;
    kfreeSkbReason(skb, "UDP_CSUM");
    return;
  }
  const { srcPort, dstPort } = p.repr;
  const hi = hashinfo(ns, "udp");
  // A connected socket with the exact 4-tuple wins; then the best bound one.
  let sk: UdpSock | undefined;
  for (const s of hi.bhash.get(dstPort) ?? []) {
    const u = s as UdpSock;
    if (u.state === TCP_ESTABLISHED && u.daddr === iph.saddr && u.dport === srcPort && (!u.rcvSaddr || u.rcvSaddr === iph.daddr)) {
      sk = u;
      break;
    }
  }
  sk ??= inetLookupBound(ns, "udp", iph.daddr, dstPort, iif, (s) => (s as UdpSock).state !== TCP_ESTABLISHED) as UdpSock | undefined;
  if (!sk) {
    if (!(rt.flags & (RTCF_BROADCAST | RTCF_MULTICAST))) {
      udp[UDP_NOPORTS]++;
      icmpSend(skb, rt, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, 0);
    } else udp[UDP_IGNOREDMULTI]++; // __udp4_lib_mcast_deliver() found nobody
    kfreeSkbReason(skb, "NO_SOCKET");
    return;
  }
  if (sk.shutRd || sk.rcvqBytes + p.payload.length > RCVBUF) {
    udp[UDP_RCVBUFERRORS]++;
    udp[UDP_INERRORS]++;
    kfreeSkbReason(skb, "SOCKET_RCVBUFF");
    return;
  }
  sk.rcvq.push({ data: p.payload.slice(), from: iph.saddr, fport: srcPort, to: iph.daddr });
  sk.rcvqBytes += p.payload.length;
  sockWake(sk);
}

/** icmp_err_convert[]: the errno of each ICMP unreachable code, and whether it is fatal. */
export function icmpErrConvert(type: number, code: number): { errno: number; fatal: boolean } {
  if (type === ICMP_TIME_EXCEEDED) return { errno: ERRNO.EHOSTUNREACH, fatal: false };
  if (type !== ICMP_DEST_UNREACH) return { errno: 71, fatal: false };
  const table: Array<[string, boolean]> = [
    ["ENETUNREACH", false], // NET_UNREACH
    ["EHOSTUNREACH", false], // HOST_UNREACH
    ["ENOPROTOOPT", true], // PROT_UNREACH
    ["ECONNREFUSED", true], // PORT_UNREACH
    ["EMSGSIZE", false], // FRAG_NEEDED
    ["EOPNOTSUPP", false], // SR_FAILED
    ["ENETUNREACH", true], // NET_UNKNOWN
    ["EHOSTDOWN", true], // HOST_UNKNOWN
    ["ENONET", true], // HOST_ISOLATED
    ["ENETUNREACH", true], // NET_ANO
    ["EHOSTUNREACH", true], // HOST_ANO
    ["ENETUNREACH", false], // NET_UNR_TOS
    ["EHOSTUNREACH", false], // HOST_UNR_TOS
    ["EHOSTUNREACH", true], // PKT_FILTERED
    ["EHOSTUNREACH", true], // PREC_VIOLATION
    ["EHOSTUNREACH", true], // PREC_CUTOFF
  ];
  const e = table[code];
  if (!e) return { errno: 71, fatal: false };
  const name = e[0];
  const num = name === "ENONET" ? 64 : name === "EPROTO" ? 71 : ERRNO[name as keyof typeof ERRNO];
  return { errno: num, fatal: e[1] };
}

/** __udp4_lib_err() */
function udpErr(ns: NetNamespace, e: IcmpErrInfo): void {
  const q = e.quoted;
  const ihl = (q[0]! & 0xf) * 4;
  if (q.length < ihl + 4) return;
  const g32 = (o: number) => ((q[o]! << 24) | (q[o + 1]! << 16) | (q[o + 2]! << 8) | q[o + 3]!) >>> 0;
  const saddr = g32(12);
  const daddr = g32(16);
  const sport = (q[ihl]! << 8) | q[ihl + 1]!;
  const dport = (q[ihl + 2]! << 8) | q[ihl + 3]!;
  let sk: UdpSock | undefined;
  for (const s of hashinfo(ns, "udp").bhash.get(sport) ?? []) {
    const u = s as UdpSock;
    if (u.rcvSaddr && u.rcvSaddr !== saddr) continue;
    if (u.state === TCP_ESTABLISHED && (u.daddr !== daddr || u.dport !== dport)) continue;
    sk = u;
    break;
  }
  if (!sk) return;
  if (e.redirect) {
    ipv4SkRedirect(ns, { ...e.redirect, oif: sk.boundDev, tos: sk.tos, proto: IPPROTO_UDP });
    return;
  }
  const { errno, fatal } = icmpErrConvert(e.type, e.code);
  // The port-unreachable case is always "hard" for UDP.
  const harderr = fatal || (e.type === ICMP_DEST_UNREACH && e.code === ICMP_PORT_UNREACH);
  if (sk.recverr) {
    if (sk.errq.length < 64)
      sk.errq.push({ errno, origin: "icmp", type: e.type, code: e.code, info: e.info, offender: e.from, dport, daddr, sport, at: nowNs(ns), ttl: e.ttl });
  } else if (!harderr || sk.state !== TCP_ESTABLISHED) return;
  sk.err = errno;
  sockWake(sk);
}

inetAddProtocol(IPPROTO_UDP, udpRcv);
registerIcmpErrHandler(IPPROTO_UDP, udpErr);
