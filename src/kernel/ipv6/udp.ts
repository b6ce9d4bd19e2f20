// UDP over IPv6 (net/ipv6/udp.c): the same socket, queue and port table as
// IPv4's (kernel/ipv4/udp.ts, inet_hashtables.ts), with the IPv6 halves:
// ip6_datagram_connect() (route and source as ping -6 picks them),
// udpv6_sendmsg() (the checksum is mandatory over IPv6), __udp6_lib_rcv()
// (the connected 4-tuple first, then the best bound socket; ICMPv6 port
// unreachable when none) and __udp6_lib_err() (ECONNREFUSED for a connected
// socket after a port unreachable). A socket on :: also hears IPv4 (the
// v4 receive path finds it; the sender shows as ::ffff:a.b.c.d) and answers
// a v4-mapped peer through udp_sendmsg. Not modelled: IPV6_RECVERR queues,
// multicast delivery.

import { netMib6, UDP_CSUMERRORS, UDP_INERRORS, UDP_NOPORTS, UDP_OUTDATAGRAMS, UDP_RCVBUFERRORS } from "../core/snmp.js";
import { emitUdp, parseUdp, udpChecksumState } from "../../wire/udp.js";
import { isPartialCsum6 } from "../ipv4/csum_offload.js";
import { NEXTHDR_UDP } from "../../wire/ipv6.js";
import type { Ip6Addr } from "../../wire/addr.js";
import { kerr } from "../../uapi/errno.js";
import { IPPROTO_UDP, TCP_ESTABLISHED } from "../../uapi/socket.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import { hashinfo, inetGetPort, inetLookupBound } from "../ipv4/inet_hashtables.js";
import { sockWake } from "../ipv4/inet_sock.js";
import { RCVBUF, udpConnect, udpSendmsg, type UdpSock } from "../ipv4/udp.js";
import { icmp6Send } from "./icmp.js";
import { ip6DstHoplimit, ip6SendUnicast } from "./ip6_output.js";
import { ip6DatagramConnect, ping6CheckBindAddr } from "./ping.js";
import { ipv6AddrScope } from "./saddr.js";
import { icmpv6ErrConvert, inet6AddProtocol, ip6Upper, isV4Mapped, quotedFlow, V4MAPPED, type Icmp6ErrInfo } from "./protocol.js";

export { V4MAPPED };

/** bind() of an AF_INET6 socket: the address must be ours (or ::). */
export function inet6CheckBindAddr(ns: NetNamespace, addr: Ip6Addr, oif: number): void {
  if (addr !== 0n) ping6CheckBindAddr(ns, addr, oif);
}

export function udpv6Bind(sk: UdpSock, addr: Ip6Addr, port: number): void {
  if (sk.sport) throw kerr("EINVAL");
  sk.rcvSaddr6 = addr;
  sk.saddr6 = addr;
  inetGetPort(sk, port);
}

/** ip6_datagram_connect(); `daddr` 0n with port 0 is AF_UNSPEC (disconnect). */
export function udpv6Connect(sk: UdpSock, daddr: Ip6Addr, dport: number, scope = 0): void {
  if (daddr === 0n && dport === 0) {
    udpConnect(sk, 0, 0);
    sk.v4mapped = false;
    sk.daddr6 = 0n;
    if (!sk.rcvSaddr6) sk.saddr6 = 0n;
    return;
  }
  if (isV4Mapped(daddr)) {
    // ip6_datagram_connect_v4(): a v4-mapped peer is connected to over IPv4.
    udpConnect(sk, Number(daddr & 0xffffffffn), dport);
    sk.v4mapped = true;
    sk.saddr6 = V4MAPPED | BigInt(sk.saddr >>> 0);
    sk.daddr6 = daddr;
    return;
  }
  // ip6_datagram_connect(): a link-local peer needs a device (scope id or SO_BINDTODEVICE).
  if (ipv6AddrScope(daddr) === 2 && !(sk.boundDev || scope)) throw kerr("EINVAL");
  if (!sk.sport) inetGetPort(sk, 0);
  const { src } = ip6DatagramConnect(sk.ns, daddr, sk.rcvSaddr6, sk.boundDev || scope, { proto: IPPROTO_UDP, sport: sk.sport, dport, uid: sk.uid });
  if (!sk.boundDev && scope && ipv6AddrScope(daddr) === 2) sk.boundDev = scope;
  if (!sk.saddr6) sk.saddr6 = src;
  sk.daddr6 = daddr;
  sk.dport = dport;
  sk.state = TCP_ESTABLISHED;
}

/** udpv6_sendmsg() */
export function udpv6Sendmsg(sk: UdpSock, data: Uint8Array, to?: { addr6: Ip6Addr; port: number; scope?: number }): number {
  const daddr = to ? to.addr6 : sk.daddr6;
  const dport = to ? to.port : sk.dport;
  if (!to && sk.state !== TCP_ESTABLISHED) throw kerr("EDESTADDRREQ");
  // udpv6_sendmsg() hands a v4-mapped destination to udp_sendmsg().
  if (to ? isV4Mapped(to.addr6) : sk.v4mapped) return udpSendmsg(sk, data, to ? { addr: Number(to.addr6 & 0xffffffffn), port: to.port } : undefined);
  if (data.length > 65527) throw kerr("EMSGSIZE");
  if (!sk.sport) inetGetPort(sk, 0);
  const { route, src } = ip6DatagramConnect(sk.ns, daddr, sk.rcvSaddr6 || (to ? 0n : sk.saddr6), sk.boundDev || (to?.scope ?? 0), { proto: IPPROTO_UDP, sport: sk.sport, dport, uid: sk.uid });
  const body = emitUdp({ srcPort: sk.sport, dstPort: dport }, data, { family: 6, src, dst: daddr });
  ip6SendUnicast(route, src, daddr, NEXTHDR_UDP, sk.ttl ?? ip6DstHoplimit(route.dev), body);
  netMib6(sk.ns).udp6[UDP_OUTDATAGRAMS]++;
  return data.length;
}

/** __udp6_lib_rcv(); `b` is the frame (IPv6 header at 14). */
function udpv6Rcv(skb: SkBuff): void {
  const ns = skb.dev.net;
  const { seg, saddr, daddr } = ip6Upper(skb);
  const p = parseUdp(seg);
  const udp6 = netMib6(ns).udp6;
  if (!p.ok) {
    udp6[UDP_INERRORS]++;
    kfreeSkbReason(skb, "PKT_TOO_SMALL");
    return;
  }
  const dg = seg.subarray(0, p.repr.length);
  // A zero checksum is invalid over IPv6 (RFC 8200), and so is a wrong one.
  if (udpChecksumState(dg, { family: 6, src: saddr, dst: daddr }) !== "ok" && !isPartialCsum6(dg, 6, saddr, daddr, 17)) {
    udp6[UDP_CSUMERRORS]++;
    udp6[UDP_INERRORS]++;
    kfreeSkbReason(skb, "UDP_CSUM");
    return;
  }
  const { srcPort, dstPort } = p.repr;
  let sk: UdpSock | undefined;
  for (const s of hashinfo(ns, "udp").bhash.get(dstPort) ?? []) {
    const u = s as UdpSock;
    if (u.family === 6 && u.state === TCP_ESTABLISHED && u.daddr6 === saddr && u.dport === srcPort && (!u.rcvSaddr6 || u.rcvSaddr6 === daddr)) {
      sk = u;
      break;
    }
  }
  const iif = skb.dev.ifindex;
  sk ??= inetLookupBound(ns, "udp", 0, dstPort, iif, (s) => (s as UdpSock).state !== TCP_ESTABLISHED, daddr) as UdpSock | undefined;
  if (!sk) {
    udp6[UDP_NOPORTS]++;
    icmp6Send(skb, 1, 4, 0); // ICMPV6_DEST_UNREACH / ICMPV6_PORT_UNREACH
    kfreeSkbReason(skb, "NO_SOCKET");
    return;
  }
  if (sk.shutRd || sk.rcvqBytes + p.payload.length > RCVBUF) {
    udp6[UDP_RCVBUFERRORS]++;
    udp6[UDP_INERRORS]++;
    kfreeSkbReason(skb, "SOCKET_RCVBUFF");
    return;
  }
  sk.rcvq.push({ data: p.payload.slice(), from: 0, fport: srcPort, to: 0, from6: saddr, to6: daddr, iif });
  sk.rcvqBytes += p.payload.length;
  sockWake(sk);
}

/** __udp6_lib_err(): the quoted datagram names the socket. */
function udpv6Err(ns: NetNamespace, e: Icmp6ErrInfo): void {
  const f = quotedFlow(e.quoted);
  if (!f) return;
  const { saddr, daddr, sport, dport } = f;
  let sk: UdpSock | undefined;
  for (const s of hashinfo(ns, "udp").bhash.get(sport) ?? []) {
    const u = s as UdpSock;
    if (u.family !== 6) continue;
    if (u.rcvSaddr6 && u.rcvSaddr6 !== saddr) continue;
    if (u.state === TCP_ESTABLISHED && (u.daddr6 !== daddr || u.dport !== dport)) continue;
    sk = u;
    break;
  }
  if (!sk) return;
  if (e.redirect) {
    e.redirect(sk.boundDev);
    return;
  }
  const { errno, fatal } = icmpv6ErrConvert(e.type, e.code);
  if (!fatal || sk.state !== TCP_ESTABLISHED) return;
  sk.err = errno;
  sockWake(sk);
}

inet6AddProtocol(NEXTHDR_UDP, udpv6Rcv, udpv6Err);
