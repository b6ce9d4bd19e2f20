// ICMPv6 "ping sockets" (net/ipv6/ping.c, socket(AF_INET6, SOCK_DGRAM,
// IPPROTO_ICMPV6)) as ping(8) -6 uses them: the same socket shape, queue and
// blocking wait as IPv4's (kernel/ipv4/ping.ts: pingWait works on these too),
// with IPv6 addresses. Connecting routes the destination and picks the source
// the way ip6_dst_lookup_tail does: no usable source at all is
// EADDRNOTAVAIL (checked first), no route ENETUNREACH.

import { kerr } from "../../uapi/errno.js";
import { emitIcmpv6 } from "../../wire/icmpv6.js";
import { NEXTHDR_ICMP } from "../../wire/ipv6.js";
import type { Ip6Addr } from "../../wire/addr.js";
import { devGetByIndex } from "../core/dev.js";
import { netCore } from "../core/net_namespace.js";
import { IPSTATS_OUTNOROUTES, netMib6 } from "../core/snmp.js";
import type { NetNamespace } from "../core/netns.js";
import { LocalMsgSizeError, type PingEvent, type PingSock } from "../ipv4/ping.js";
import { rt6Mtu } from "./rt6_exception.js";
import { taskCred } from "../task/cred.js";
import type { Task } from "../task/task.js";
import { ip6DstHoplimit, ip6SendDropped } from "./ip6_output.js";
import { ip6RejectError, ip6RouteOutput, type Flow6, type Rt6Lookup } from "./route.js";
import { ip6RouteGetSaddr, ipv6ChkAddr, ipv6DevGetSaddr } from "./saddr.js";

/** An event of an IPv6 ping socket: `from` is unused (0), the address is `from6`. */
export type Ping6Event = PingEvent & { from6: Ip6Addr; /** The receiving device (sin6_scope_id of a link-local source). */ iif: number };

export interface Ping6Sock extends PingSock {
  daddr6: Ip6Addr;
  saddr6: Ip6Addr;
  /** IPV6_UNICAST_HOPS, when set. */
  hops?: number;
}

const socks = new WeakMap<NetNamespace, Set<Ping6Sock>>();
function nsSocks(ns: NetNamespace): Set<Ping6Sock> {
  let s = socks.get(ns);
  if (!s) socks.set(ns, (s = new Set()));
  return s;
}

export function ping6Socket(task: Task): Ping6Sock {
  const ns = task.netns;
  const used = new Set([...nsSocks(ns)].map((s) => s.id));
  let id = task.host.rng.int(1, 0xffff);
  for (let i = 0; i < 0x10000 && used.has(id); i++) id = (id % 0xffff) + 1;
  const s: Ping6Sock = {
    ns, id, uid: taskCred(task).uid, boundDev: 0, boundAddr: 0, daddr: 0, broadcast: false, ttl: undefined, tos: 0, pmtudisc: 1,
    queue: [], closed: false, waitUntil: 0, daddr6: 0n, saddr6: 0n,
  };
  nsSocks(ns).add(s);
  return s;
}

export function ping6Close(s: Ping6Sock): void {
  s.closed = true;
  s.timer?.cancel();
  s.timer = undefined;
  nsSocks(s.ns).delete(s);
  s.waiter?.wake();
}

export interface Route6 {
  route: Rt6Lookup;
  src: Ip6Addr;
}

/**
 * ip6_datagram_connect() / ip6_dst_lookup_tail(): the route and source to
 * `daddr`. `fl` is the rest of the socket's flowi6 (protocol, ports, uid,
 * mark) that policy rules and the multipath hash read; a bound source is in
 * the flow too (RT6_LOOKUP_F_HAS_SADDR).
 */
export function ip6DatagramConnect(ns: NetNamespace, daddr: Ip6Addr, saddr: Ip6Addr, oif: number, fl?: Flow6): Route6 {
  const flow = fl && saddr !== 0n ? { ...fl, saddr } : fl;
  const found = ip6RouteOutput(ns, daddr, oif, devGetByIndex(ns, 1), flow);
  // A failed lookup (reject route or none) picks the source without a route's device.
  const route = found && "reject" in found ? undefined : found;
  let src = saddr;
  if (src === 0n) {
    const s = ip6RouteGetSaddr(ns, route?.rt, daddr, route?.rt.dev ?? (oif ? devGetByIndex(ns, oif) : undefined));
    if (s === undefined) throw kerr("EADDRNOTAVAIL");
    src = s;
  }
  // out_err_release: a route error of ENETUNREACH (no route, a throw) counts OutNoRoutes.
  const err = found && "reject" in found ? ip6RejectError(found.reject.type) : route ? undefined : "ENETUNREACH";
  if (err === "ENETUNREACH") netMib6(ns).c[IPSTATS_OUTNOROUTES]++;
  if (err) throw kerr(err);
  return { route: route!, src };
}

/** bind() to an IPv6 address: it must be ours. */
export function ping6CheckBindAddr(ns: NetNamespace, addr: Ip6Addr, oif: number): void {
  if (!ipv6ChkAddr(ns, addr, oif ? devGetByIndex(ns, oif) : undefined)) throw kerr("EADDRNOTAVAIL");
}

/** sendmsg() of one echo request (ping_v6_sendmsg). */
export function ping6Send(s: Ping6Sock, seq: number, data: Uint8Array): void {
  if (s.closed) throw kerr("EBADF");
  if (data.length + 8 > 0xffff) throw kerr("EMSGSIZE");
  // ping_v6_sendmsg(): flowi6_proto ICMPv6; fl6_icmp_type/code share the
  // bytes of the ports (the type is the high byte of what reads as dport).
  const { route, src } = ip6DatagramConnect(s.ns, s.daddr6, s.saddr6, s.boundDev, { proto: 58, dport: 128 << 8 });
  // __ip6_append_data(): under IPV6_PMTUDISC_DO/PROBE (ip6_sk_ignore_df false)
  // the packet must fit the MTU (PROBE: the device's, else the route's, a
  // learned path MTU included); EMSGSIZE also queues a local error with it.
  // Otherwise a bigger packet is fragmented at ip6_finish_output.
  if (s.pmtudisc >= 2 && s.pmtudisc !== 5) {
    const mtu = s.pmtudisc >= 3 ? route.dev.mtu : rt6Mtu(s.ns, route, s.daddr6);
    if (40 + 8 + data.length > mtu) throw new LocalMsgSizeError(mtu, true);
  }
  const body = emitIcmpv6({ kind: "echo-request", id: s.id, seq, data }, src, s.daddr6);
  // ip6_push_pending_frames(): a frame the driver refused is ENOBUFS (and OutDiscards), one LOCAL_OUT dropped EPERM.
  const err = ip6SendDropped(route, src, s.daddr6, NEXTHDR_ICMP, s.hops ?? ip6DstHoplimit(route.dev), body);
  if (err) throw kerr(err);
}

function deliver(s: Ping6Sock, ev: Ping6Event): void {
  if (s.queue.length >= 256) return;
  s.queue.push(ev);
  const w = s.waiter;
  s.waiter = undefined;
  w?.wake();
}

/** ping_rcv() for ICMPv6: an echo reply for the socket holding its identifier. */
export function ping6Rcv(ns: NetNamespace, r: { from: Ip6Addr; hops: number; id: number; seq: number; data: Uint8Array; iif: number }): void {
  const now = netCore(ns).host.clock.now;
  for (const s of nsSocks(ns)) {
    if (s.id !== r.id) continue;
    if (s.boundDev && s.boundDev !== r.iif) continue;
    deliver(s, { kind: "reply", from: 0, from6: r.from, iif: r.iif, ttl: r.hops, seq: r.seq, data: r.data, at: now });
    return;
  }
}

/** ping_err() for ICMPv6: an error quoting one of our echo requests. */
export function ping6Err(ns: NetNamespace, e: { from: Ip6Addr; type: number; code: number; info: number; id: number; seq: number; iif: number }): void {
  const now = netCore(ns).host.clock.now;
  for (const s of nsSocks(ns)) {
    if (s.id !== e.id) continue;
    deliver(s, { kind: "error", from: 0, from6: e.from, iif: e.iif, type: e.type, code: e.code, info: e.info, seq: e.seq, at: now });
    return;
  }
}
