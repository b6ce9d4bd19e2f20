// TCP over IPv6 (net/ipv6/tcp_ipv6.c): only the address-family half. The
// state machine, timers, output and the post-lookup receive path are IPv4's
// (kernel/ipv4/tcp_*.ts), shared as Linux shares them through
// inet_connection_sock_af_ops: tcp_v6_connect() routes and picks the source
// the way ip6_datagram_connect does, tcp_v6_rcv() finds the connection or
// listener among AF_INET6 sockets, tcp_v6_conn_request() makes the child,
// inet6_csk_xmit() and tcp_v6_send_reset() put segments in IPv6 packets,
// tcp_v6_err() turns ICMPv6 errors into connect() failures. The MSS is the
// MTU less 60 (IPv6 header 40 + TCP 20). Not modelled: v4-mapped addresses
// (an AF_INET6 socket talking IPv4), flow labels.

import { parseTcp, tcpChecksumOk } from "../../wire/tcp.js";
import { isPartialCsum6 } from "../ipv4/csum_offload.js";
import { netMib, TCP_CSUMERRORS, TCP_INERRS, TCP_INSEGS } from "../core/snmp.js";
import { NEXTHDR_TCP } from "../../wire/ipv6.js";
import type { Ip6Addr } from "../../wire/addr.js";
import { kerr } from "../../uapi/errno.js";
import { IPPROTO_TCP, TCP_LISTEN, TCP_SYN_SENT, TCP_TIME_WAIT } from "../../uapi/socket.js";
import { devGetByIndex } from "../core/dev.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import { netCore } from "../core/net_namespace.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import { ehash6Key, hashinfo, inetEhashInsert, inetGetPort, inetLookupBound, inetUnhash } from "../ipv4/inet_hashtables.js";
import { initOptions, tcpConnRequestChild, tcpErrApply, tcpRcvSegment, tcpV4Connect } from "../ipv4/tcp_ipv4.js";
import { tcpSegFrom, type TcpSeg } from "../ipv4/tcp_input.js";
import { initialWindow, setTcp6Ops, tcpSendSyn, type ResetSeg, type TcpBuild } from "../ipv4/tcp_output.js";
import { tcpSetState, type TcpSock } from "../ipv4/tcp_sock.js";
import { ip6DstHoplimit, ip6SendUnicast } from "./ip6_output.js";
import { ip6DatagramConnect } from "./ping.js";
import { icmpv6ErrConvert, inet6AddProtocol, ip6Upper, isV4Mapped, quotedFlow, V4MAPPED, type Icmp6ErrInfo } from "./protocol.js";
import { ip6RouteLookup, type Rt6Lookup } from "./route.js";
import { ipv6AddrScope } from "./saddr.js";

/** tcp_v6_mss / ipv6_default_advmss: the route's MTU less the headers. */
function advmss6(route: Rt6Lookup): number {
  return Math.min(route.dev.mtu - 60, 65475);
}

/** The output interface a link-local peer needs (its scope id), else the bound device. */
function oifFor(addr: Ip6Addr, boundDev: number, scope: number): number {
  return boundDev || (ipv6AddrScope(addr) <= 2 ? scope : 0);
}

/** tcp_v6_connect(): the SYN is on its way when it returns. */
export function tcpV6Connect(sk: TcpSock, daddr: Ip6Addr, dport: number, scope = 0): void {
  if (isV4Mapped(daddr)) {
    // tcp_v6_connect() hands a v4-mapped peer to tcp_v4_connect (ipv6_mapped ops from then on).
    sk.v4mapped = true;
    try {
      tcpV4Connect(sk, Number(daddr & 0xffffffffn), dport);
    } catch (e) {
      sk.v4mapped = false;
      throw e;
    }
    sk.saddr6 = V4MAPPED | BigInt(sk.saddr >>> 0);
    sk.daddr6 = daddr;
    return;
  }
  if (daddr === 0n) daddr = 1n; // connecting to :: means the loopback address
  const oif = oifFor(daddr, sk.boundDev, scope);
  // A link-local peer needs a device: a scope id or SO_BINDTODEVICE.
  if (ipv6AddrScope(daddr) === 2 && !oif) throw kerr("EINVAL");
  const { route, src } = ip6DatagramConnect(sk.ns, daddr, sk.rcvSaddr6, oif, { proto: IPPROTO_TCP, sport: sk.sport, dport, uid: sk.uid });
  if (!sk.boundDev && oif) sk.boundDev = oif;
  sk.daddr6 = daddr;
  sk.dport = dport;
  if (!sk.saddr6) sk.saddr6 = src;
  if (!sk.sport) inetGetPort(sk, 0, "connect");
  if (!inetEhashInsert(sk)) {
    inetUnhash(sk);
    sk.daddr6 = 0n;
    sk.dport = 0;
    throw kerr("EADDRNOTAVAIL");
  }
  initOptions(sk);
  sk.advmss = advmss6(route);
  sk.pathMss = sk.advmss;
  sk.rcvWndInit = initialWindow(sk.advmss);
  sk.iss = netCore(sk.ns).host.rng.u32();
  sk.sndUna = sk.iss;
  tcpSetState(sk, TCP_SYN_SENT);
  tcpSendSyn(sk);
}

function route6(ns: NetNamespace, daddr: Ip6Addr, oif: number): Rt6Lookup | undefined {
  return ip6RouteLookup(ns, daddr, oif, devGetByIndex(ns, 1));
}

/** tcp_v6_conn_request() */
function connRequest6(lsk: TcpSock, seg: TcpSeg): void {
  const daddr = seg.saddr6!;
  const route = route6(lsk.ns, daddr, oifFor(daddr, lsk.boundDev, seg.iif ?? 0));
  if (!route) return;
  tcpConnRequestChild(lsk, seg, advmss6(route), advmss6(route), (c) => {
    c.rcvSaddr6 = seg.daddr6!;
    c.saddr6 = seg.daddr6!;
    c.daddr6 = daddr;
    // A link-local peer keeps the child on the device it came from.
    if (ipv6AddrScope(daddr) <= 2 && !c.boundDev) c.boundDev = seg.iif ?? 0;
  });
}

/** tcp_v6_rcv(); the frame has the IPv6 header at 14. */
function tcpV6Rcv(skb: SkBuff): void {
  const ns = skb.dev.net;
  const { seg: bytes, saddr, daddr } = ip6Upper(skb);
  const tcp = netMib(ns).tcp;
  tcp[TCP_INSEGS]++;
  const p = parseTcp(bytes);
  if (!p.ok) {
    kfreeSkbReason(skb, "PKT_TOO_SMALL");
    return;
  }
  if (!tcpChecksumOk(bytes, { family: 6, src: saddr, dst: daddr }) && !isPartialCsum6(bytes, 16, saddr, daddr, 6)) {
    tcp[TCP_CSUMERRORS]++;
    tcp[TCP_INERRS]++;
    kfreeSkbReason(skb, "TCP_CSUM");
    return;
  }
  const r = p.repr;
  const iif = skb.dev.ifindex;
  const seg = tcpSegFrom(r, p.payload, { saddr: 0, daddr: 0, saddr6: saddr, daddr6: daddr, iif });
  const sk = hashinfo(ns, "tcp").ehash.get(ehash6Key(daddr, r.dstPort, saddr, r.srcPort)) as TcpSock | undefined;
  tcpRcvSegment(skb, seg, sk, () => inetLookupBound(ns, "tcp", 0, r.dstPort, iif, (s) => s.state === TCP_LISTEN, daddr) as TcpSock | undefined, connRequest6);
}

/** tcp_v6_err() */
function tcpV6Err(ns: NetNamespace, e: Icmp6ErrInfo): void {
  const f = quotedFlow(e.quoted);
  if (!f) return;
  const sk = hashinfo(ns, "tcp").ehash.get(ehash6Key(f.saddr, f.sport, f.daddr, f.dport)) as TcpSock | undefined;
  if (!sk || sk.state === TCP_TIME_WAIT) return;
  if (e.redirect) {
    // NDISC_REDIRECT: the socket's dst takes it (ip6_sk_redirect).
    e.redirect(sk.boundDev);
    return;
  }
  if (e.type === 2) return; // Packet too big: PMTU not modelled
  tcpErrApply(sk, icmpv6ErrConvert(e.type, e.code).errno);
}

setTcp6Ops({
  xmit(sk: TcpSock, build: TcpBuild): boolean {
    const route = route6(sk.ns, sk.daddr6, sk.boundDev);
    if (!route) return false;
    const body = build({ family: 6, src: sk.saddr6, dst: sk.daddr6 });
    ip6SendUnicast(route, sk.saddr6, sk.daddr6, NEXTHDR_TCP, sk.ttl ?? ip6DstHoplimit(route.dev), body);
    return true;
  },
  sendReset(ns: NetNamespace, seg: ResetSeg, build: TcpBuild): void {
    const dst = seg.saddr6!;
    const src = seg.daddr6!;
    const route = route6(ns, dst, ipv6AddrScope(dst) <= 2 ? (seg.iif ?? 0) : 0);
    if (!route) return;
    ip6SendUnicast(route, src, dst, NEXTHDR_TCP, ip6DstHoplimit(route.dev), build({ family: 6, src, dst }));
  },
});

inet6AddProtocol(NEXTHDR_TCP, tcpV6Rcv, tcpV6Err);
