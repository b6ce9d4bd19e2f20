// ICMP sockets (net/ipv4/ping.c, "ping sockets": socket(AF_INET, SOCK_DGRAM,
// IPPROTO_ICMP)) as ping(8) uses them: the kernel picks the echo identifier
// (here from the world RNG), bind()/SO_BINDTODEVICE/connect() behave as
// ip4_datagram_connect (EACCES for a broadcast route without SO_BROADCAST),
// sendmsg() routes and sends one echo request, and replies and ICMP errors
// about our requests wait in the socket's queue until recv() takes them; a
// blocking recv() waits through task.block() with a timeout on the world clock.
// Also the throwaway UDP "probe" connect ping does first to learn its source.

import { emitEchoInto, ICMP_ECHO, ICMP_HLEN } from "../../wire/icmp.js";
import { IPPROTO_ICMP } from "../../wire/ipv4.js";
import { ETH_HLEN } from "../core/skbuff.js";
import { kerr, KernelError } from "../../uapi/errno.js";
import { RTCF_BROADCAST } from "../../uapi/route.js";
import { devGetByName } from "../core/dev.js";
import { netCore } from "../core/net_namespace.js";
import type { NetNamespace } from "../core/netns.js";
import type { Task } from "../task/task.js";
import { taskCred } from "../task/cred.js";
import type { Clock, TimerHandle } from "../../sim/clock.js";
import type { Waiter } from "../../sim/scheduler.js";
import { icmpOutCount, ipAllocSkb, ipSelectIdent, ipSendSkb } from "./ip_output.js";
import { NET_XMIT_DROP } from "../core/dev_xmit.js";
import { ipDevFind, ipRouteOutput, ipRouteOutputCounted, isMulticast, type Rtable } from "./route.js";
import { dstStamp, dstValid, routeCacheStats, type DstStamp } from "./route_cache.js";
import { ipMtuLocked, ipv4Mtu } from "./route_fnhe.js";
import { ipv4SkRedirect, type SkRedirect } from "./route_redirect.js";
import { ipOptionsGet, ipOptionsLen, type IpOptions } from "./ip_options.js";

export type PingEvent =
  | { kind: "reply"; from: number; ttl: number; seq: number; data: Uint8Array; at: number; options?: Uint8Array }
  | { kind: "error"; from: number; type: number; code: number; info: number; seq: number; at: number }
  /** An ICMP redirect about one of our echo requests (ping's raw socket reads it as a packet, not as an error). */
  | { kind: "redirect"; from: number; code: number; gw: number; seq: number; at: number };

export interface PingSock {
  readonly ns: NetNamespace;
  readonly id: number;
  /** sk_uid: the creator's fsuid (route lookups, `ip rule uidrange`). */
  readonly uid: number;
  boundDev: number;
  boundAddr: number;
  daddr: number;
  broadcast: boolean;
  ttl: number | undefined;
  tos: number;
  /** IP_MTU_DISCOVER: IP_PMTUDISC_DONT (0), WANT (1, the default), DO (2), PROBE (3). */
  pmtudisc: number;
  /** IP_OPTIONS (inet->inet_opt). */
  options?: IpOptions;
  queue: PingEvent[];
  /** The task blocked in pingWait(), woken by the next event (or pingClose). */
  waiter?: Waiter<void>;
  closed: boolean;
  /**
   * The wait's timeout, kept armed after a packet ended the wait: a flood
   * waits again and again with the same deadline (virtual time does not move
   * while replies come in zero time), so one timer serves them all instead of
   * one created and cancelled per reply.
   */
  timer?: TimerHandle;
  /** The waiter whose deadline is `timer`'s. */
  timerWaiter?: Waiter<void>;
  /** pingWait()'s arm and cleanup for the deadline in `waitUntil`, made once per socket. */
  arm?: (w: Waiter<void>) => () => void;
  waitUntil: number;
  /** sk_dst_cache: the route of the last send and the addressing it was made for. */
  dst?: SockDst;
}

interface SockDst extends DstStamp {
  daddr: number;
  saddr: number;
  oif: number;
  broadcast: boolean;
  rt: Rtable;
}

/** The socket's route for sending: its cached dst while valid for the same addressing, else ip4_datagram_connect()'s. */
function pingSockDst(s: PingSock): Rtable {
  const d = s.dst;
  if (
    d !== undefined && d.daddr === s.daddr && d.saddr === s.boundAddr && d.oif === s.boundDev && d.broadcast === s.broadcast && dstValid(d) &&
    d.rt.expires === undefined && d.rt.pmtu === undefined
  ) {
    routeCacheStats.hits++;
    return d.rt;
  }
  const stamp = dstStamp(s.ns);
  const rt = inetDatagramConnect(s.ns, { daddr: s.daddr, saddr: s.boundAddr, oif: s.boundDev, broadcast: s.broadcast, proto: 1, uid: s.uid });
  s.dst = { ...stamp, daddr: s.daddr, saddr: s.boundAddr, oif: s.boundDev, broadcast: s.broadcast, rt };
  return rt;
}

const socks = new WeakMap<NetNamespace, Set<PingSock>>();

function nsSocks(ns: NetNamespace): Set<PingSock> {
  let s = socks.get(ns);
  if (!s) socks.set(ns, (s = new Set()));
  return s;
}

/** The open ping socket holding echo identifier `id` (the socket its echo requests carry). */
export function pingSockById(ns: NetNamespace, id: number): PingSock | undefined {
  for (const s of nsSocks(ns)) if (s.id === id) return s;
  return undefined;
}

/** socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP) + the implicit bind of ping_get_port(). */
export function pingSocket(task: Task): PingSock {
  const ns = task.netns;
  const used = new Set([...nsSocks(ns)].map((s) => s.id));
  let id = task.host.rng.int(1, 0xffff);
  for (let i = 0; i < 0x10000 && used.has(id); i++) id = (id % 0xffff) + 1;
  const s: PingSock = { ns, id, uid: taskCred(task).uid, boundDev: 0, boundAddr: 0, daddr: 0, broadcast: false, ttl: undefined, tos: 0, pmtudisc: 1, queue: [], closed: false, waitUntil: 0 };
  nsSocks(ns).add(s);
  return s;
}

export function pingClose(s: PingSock): void {
  s.closed = true;
  s.timer?.cancel();
  s.timer = undefined;
  nsSocks(s.ns).delete(s);
  s.waiter?.wake();
}

/** setsockopt(IP_OPTIONS): EINVAL for malformed options; none clears them. */
export function pingSetOptions(s: PingSock, raw: Uint8Array): void {
  s.options = ipOptionsGet(raw);
}

/** setsockopt(SO_BINDTODEVICE): ENODEV for an unknown name. */
export function sockBindToDevice(ns: NetNamespace, name: string): number {
  const dev = devGetByName(ns, name);
  if (!dev) throw kerr("ENODEV");
  return dev.ifindex;
}

/** bind(): the address must be local (EADDRNOTAVAIL). */
export function sockCheckBindAddr(ns: NetNamespace, addr: number): void {
  if (addr && !isMulticast(addr) && !ipDevFind(ns, addr)) throw kerr("EADDRNOTAVAIL");
}

export interface ConnectOpts {
  daddr: number;
  saddr: number;
  oif: number;
  broadcast: boolean;
  /** The socket's protocol (flowi4_proto): ICMP for ping sockets. */
  proto?: number;
  /** sk_uid of the socket. */
  uid?: number;
}

/** ip4_datagram_connect(): the route to the peer; returns it (its .src is what getsockname() says). */
export function inetDatagramConnect(ns: NetNamespace, o: ConnectOpts): Rtable {
  const rt = ipRouteOutputCounted(ns, { daddr: o.daddr, saddr: o.saddr, oif: o.oif, tos: 0, proto: o.proto, uid: o.uid });
  if (rt.flags & RTCF_BROADCAST && !o.broadcast) throw kerr("EACCES");
  return rt;
}

/**
 * EMSGSIZE from ip_append_data(), which also queues a "local error" (with
 * the MTU) on the socket's error queue: ping(8) prints it from there.
 */
export class LocalMsgSizeError extends KernelError {
  constructor(
    readonly mtu: number,
    /** Queued by ipv6_local_error() (ping prints "mtu: N" for it, "mtu=N" for IPv4's ip_local_error). */
    readonly v6 = false,
  ) {
    super(kerr("EMSGSIZE").errno);
  }
}

/** sendmsg() of one echo request (ping_v4_sendmsg). */
export function pingSend(s: PingSock, seq: number, data: Uint8Array): void {
  if (s.closed) throw kerr("EBADF");
  // ping_common_sendmsg(): an ICMP message over 64 KiB is refused outright.
  if (data.length + 8 > 0xffff) throw kerr("EMSGSIZE");
  const rt = pingSockDst(s);
  const len = ICMP_HLEN + data.length;
  const hlen = ipOptionsLen(s.options);
  // ip_append_data(): under DO/PROBE the datagram must fit the MTU; otherwise
  // (ignore_df) only the 64 KiB IP limit holds. Both report the route's MTU
  // (a learned path MTU, else the device's).
  const mtu = ipv4Mtu(rt);
  const total = hlen + len;
  if (total > (s.pmtudisc >= 2 ? mtu : 0xffff)) throw new LocalMsgSizeError(mtu);
  // ip_dont_fragment(): DF unless IP_PMTUDISC_DONT (recorded: echo requests carry
  // DF, the kernel's replies do not) — and, under WANT, only on a datagram that
  // fits the MTU (__ip_make_skb); a bigger one goes out in fragments without DF.
  // ip_select_ident() gives id 0 only to a DF packet that may not be fragmented
  // locally (DO/PROBE); under WANT the skb has ignore_df set and takes an id
  // from the generator.
  const df = s.pmtudisc !== 0 && (s.pmtudisc >= 2 || (total <= mtu && !ipMtuLocked(rt)));
  const id = s.pmtudisc >= 2 ? 0 : ipSelectIdent(s.ns);
  const skb = ipAllocSkb(s.ns, rt, { src: rt.src, dst: s.daddr, protocol: IPPROTO_ICMP, ttl: s.ttl, tos: s.tos, df, id, options: s.options }, len);
  emitEchoInto(skb.data, ETH_HLEN + hlen, ICMP_ECHO, s.id, seq, data, 0, data.length);
  icmpOutCount(s.ns, ICMP_ECHO);
  // ip_push_pending_frames() -> ip_send_skb(): a frame the driver refused is ENOBUFS.
  if (ipSendSkb(skb, rt) === NET_XMIT_DROP) throw kerr("ENOBUFS");
}

function deliver(s: PingSock, ev: PingEvent): void {
  if (s.queue.length >= 256) return; // sk_rcvbuf full: dropped
  s.queue.push(ev);
  const w = s.waiter;
  s.waiter = undefined;
  w?.wake();
}

/**
 * ping_rcv(): an echo reply for the socket holding its identifier; its data
 * is data[start, end), copied for the socket (the frame is not kept).
 */
export function pingRcv(ns: NetNamespace, from: number, to: number, ttl: number, id: number, seq: number, data: Uint8Array, start: number, end: number, iif: number, options?: Uint8Array): void {
  for (const s of nsSocks(ns)) {
    if (s.id !== id) continue;
    if (s.boundDev && s.boundDev !== iif) continue;
    if (s.boundAddr && s.boundAddr !== to) continue;
    // sk_rcvbuf full: dropped (deliver() would drop it; no copy for it).
    if (s.queue.length >= 256) return;
    const ev: PingEvent = { kind: "reply", from, ttl, seq, data: data.slice(start, end), at: netCore(ns).host.clock.now };
    // The IP header's options, as a raw socket's reader (or IP_RETOPTS) sees them.
    if (options) ev.options = options;
    deliver(s, ev);
    return;
  }
}

/** ping_err(): an ICMP error quoting one of our echo requests. */
export function pingErr(ns: NetNamespace, e: { from: number; type: number; code: number; info: number; id: number; seq: number; dst: number }): void {
  const now = netCore(ns).host.clock.now;
  for (const s of nsSocks(ns)) {
    if (s.id !== e.id) continue;
    deliver(s, { kind: "error", from: e.from, type: e.type, code: e.code, info: e.info, seq: e.seq, at: now });
    return;
  }
}

/**
 * raw_err()/ping_err() for a redirect: the socket that sent the echo request
 * lets ipv4_sk_redirect() judge it with its own keys (bound device, TOS,
 * protocol), and ping reads the redirect itself as a packet.
 */
export function pingRedirect(ns: NetNamespace, id: number, seq: number, r: SkRedirect): void {
  for (const s of nsSocks(ns)) {
    if (s.id !== id) continue;
    ipv4SkRedirect(ns, { ...r, oif: s.boundDev, tos: s.tos, proto: IPPROTO_ICMP });
    deliver(s, { kind: "redirect", from: r.from, code: r.code, gw: r.gw, seq, at: netCore(ns).host.clock.now });
    return;
  }
}

/**
 * poll() / a blocking recvmsg() with a timeout (SO_RCVTIMEO): waits until an
 * event is queued (true) or `deadline` (absolute virtual ns) passes (false).
 * Throws Interrupted on a signal.
 */
export async function pingWait(task: Task, s: PingSock, deadline: number): Promise<boolean> {
  if (s.queue.length) return true;
  const w = pingWaitFor(task, s, deadline);
  if (!w) return false;
  await w;
  return s.queue.length > 0;
}

/**
 * pingWait()'s wait itself, for a caller that needs no answer: the block to
 * await, or undefined when nothing needs waiting for (an event is queued or
 * `deadline` has passed). A flood waits once per round trip.
 */
export function pingWaitFor(task: Task, s: PingSock, deadline: number): Promise<void> | undefined {
  if (s.queue.length) return undefined;
  const clock = task.host.clock;
  if (deadline <= clock.now) return undefined;
  s.waitUntil = deadline;
  return task.block<void>((s.arm ??= pingArm(s, clock)));
}

/** The arm of pingWait()'s block for socket `s` (one per socket: a flood waits once per round trip). */
function pingArm(s: PingSock, clock: Clock): (w: Waiter<void>) => () => void {
  const unarm = () => {
    s.waiter = undefined;
    s.timerWaiter = undefined;
  };
  return (w) => {
    const deadline = s.waitUntil;
    if (!s.timer || s.timer.cancelled || s.timer.at !== deadline) {
      s.timer?.cancel();
      const t = clock.at(deadline, () => {
        if (s.timer === t) s.timer = undefined;
        s.timerWaiter?.wake();
      });
      s.timer = t;
    }
    s.waiter = w;
    s.timerWaiter = w;
    return unarm;
  };
}

/** recvmsg() with a timeout: the next event, or undefined when `deadline` passes first. */
export async function pingRecv(task: Task, s: PingSock, deadline: number): Promise<PingEvent | undefined> {
  await pingWait(task, s, deadline);
  return s.queue.shift();
}

export { KernelError };
