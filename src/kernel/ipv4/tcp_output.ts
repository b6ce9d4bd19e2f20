// Sending TCP segments (net/ipv4/tcp_output.c, tcp_ipv4.c's send_reset/ack):
// the SYN and SYN-ACK with Linux's option layout (mss, sackOK, TS, nop,
// wscale), data cut to the MSS within the peer's window and the congestion
// window (Nagle holding small segments while data is in flight), the FIN after
// the queued data, pure ACKs with the window we offer, and RSTs. Every
// segment leaves through ip_local_out with DF set.

import { IPSTATS_OUTNOROUTES, LINUX_MIB_TCPORIGDATASENT, LINUX_MIB_TCPSPURIOUS_RTX_HOSTQUEUES, LINUX_MIB_TCPSYNRETRANS, netMib, TCP_ACTIVEOPENS, TCP_OUTRSTS, TCP_OUTSEGS, TCP_RETRANSSEGS } from "../core/snmp.js";
import { emitTcp, TH_ACK, TH_FIN, TH_PUSH, TH_RST, TH_SYN, type TcpOption } from "../../wire/tcp.js";
import { IPPROTO_TCP } from "../../wire/ipv4.js";
import type { PseudoHeader } from "../../wire/checksum.js";
import type { TcpSeg } from "./tcp_input.js";
import { KernelError } from "../../uapi/errno.js";
import type { NetNamespace } from "../core/netns.js";
import { ipBuildSkb, ipLocalOut, skbRtable } from "./ip_output.js";
import { arpTbl } from "./arp.js";
import type { SkBuff } from "../core/skbuff.js";
import { maybePartial } from "./csum_offload.js";
import { nowNs } from "./inet_sock.js";
import { ipRouteOutput, type Rtable } from "./route.js";
import { ipMtuLocked, ipv4Mtu, routeMetric } from "./route_fnhe.js";
import { RTAX_ADVMSS, RTAX_INITRWND, RTAX_MTU } from "../../uapi/route.js";
import { tcpArmRto, tcpCancelDelack } from "./tcp_timer.js";
import { after, seqAdd, seqDiff, tcpSysctl, type TcpSock, type TxSeg } from "./tcp_sock.js";

/** The route a socket's segments take now (nothing is cached; routes may change). */
export function tcpRoute(sk: TcpSock): Rtable | undefined {
  try {
    return ipRouteOutput(sk.ns, { daddr: sk.daddr, saddr: sk.saddr, oif: sk.boundDev, tos: sk.tos, proto: 6, sport: sk.sport, dport: sk.dport, uid: sk.uid });
  } catch (e) {
    if (e instanceof KernelError) {
      // ip_queue_xmit(): no route.
      netMib(sk.ns).ip[IPSTATS_OUTNOROUTES]++;
      return undefined;
    }
    throw e;
  }
}

/**
 * ip_dont_fragment() for a TCP socket (IP_PMTUDISC_WANT): DF unless the route's MTU is locked
 * (`ip route … mtu lock N`), whose segments leave fragmentable.
 */
export function tcpDontFragment(rt: Rtable): boolean {
  return !ipMtuLocked(rt);
}

/** tcp_sync_mss()'s MSS from the path MTU (dst_mtu(): ipv4_mtu()): less the IPv4 and TCP headers. */
export function pathMssFor(rt: Rtable): number {
  return Math.max(ipv4Mtu(rt) - 40, 48);
}

/**
 * dst_metric_advmss(): the route's `advmss` metric, else ipv4_default_advmss() — the MTU less 40, at least
 * ip_rt_min_advmss (256), at most 65535 - 40.
 */
export function advmssFor(rt: Rtable): number {
  const m = routeMetric(rt, RTAX_ADVMSS);
  if (m) return m;
  return Math.min(Math.max(ipv4Mtu(rt) - 40, 256), 65495);
}

/**
 * tcp_select_initial_window()'s window for a SYN or SYN-ACK: the largest multiple of `mss` that fits 65535,
 * bounded by the route's `initrwnd` metric (segments; 0: unset).
 */
export function initialWindowFor(initrwnd: number, mss: number): number {
  const w = initialWindow(mss);
  return initrwnd ? Math.min(w, initrwnd * mss) : w;
}

/** tcp_select_initial_window()'s window-scale shift: what makes the largest rcvbuf fit 16 bits. */
export function rcvWscaleFor(ns: NetNamespace): number {
  let space = Math.max(tcpSysctl(ns, "tcp_rmem", 33554432, 2), 0);
  let ws = 0;
  while (space > 65535 && ws < 14) {
    space = Math.floor(space / 2);
    ws++;
  }
  return ws;
}

/** The initial receive window: the largest multiple of `mss` that fits 65535. */
export function initialWindow(mss: number): number {
  return Math.floor(65535 / mss) * mss;
}

/** The send MSS: the peer's MSS and our path's, less the timestamp option. */
export function tcpSendMss(sk: TcpSock): number {
  return Math.max(Math.min(sk.peerMss, sk.pathMss) - (sk.tsOk ? 12 : 0), 48);
}

export function tsVal(sk: TcpSock): number {
  return (sk.tsOffset + Math.floor(nowNs(sk.ns) / 1_000_000)) >>> 0;
}

/** The window field of a non-SYN segment (__tcp_select_window, simplified). */
function selectWindow(sk: TcpSock): number {
  // tcp_space(): half of the receive buffer (tcp_rmem[1], adv_win_scale 1) less what waits unread.
  const free = Math.max(0, Math.floor(tcpSysctl(sk.ns, "tcp_rmem", 131072, 1) / 2) - sk.rcvqBytes);
  const shift = sk.wscaleOk ? sk.rcvWscale : 0;
  // The offered window never shrinks while the buffer has room; it is rounded up to the scale unit.
  let w = free >= sk.rcvWndInit ? Math.ceil(sk.rcvWndInit / (1 << shift)) : Math.floor(free / (1 << shift));
  if (w > 65535) w = 65535;
  return w;
}

interface XmitOpts {
  seq: number;
  flags: number;
  data?: Uint8Array;
  /** SYN options instead of the timestamp-only block. */
  syn?: boolean;
  /** IP id 0 (SYN-ACK, control-socket replies) instead of the socket's counter. */
  idZero?: boolean;
  /** A retransmission (tcp_retransmit_skb): its sequence space was counted in OutSegs already. */
  rtx?: boolean;
}

/** A TCP segment's bytes for a pseudo-header (the checksum covers the addresses). */
export type TcpBuild = (ph: PseudoHeader) => Uint8Array;

/** The IPv6 half (kernel/ipv6/tcp_ipv6.ts installs it: inet6_connection_sock's af_ops). */
export interface Tcp6Ops {
  /** inet6_csk_xmit(): routes and sends; false when there is no route. */
  xmit(sk: TcpSock, build: TcpBuild): boolean;
  /** tcp_v6_send_reset() from the namespace's control socket. */
  sendReset(ns: NetNamespace, seg: ResetSeg, build: TcpBuild): void;
}
let tcp6: Tcp6Ops | undefined;
export function setTcp6Ops(ops: Tcp6Ops): void {
  tcp6 = ops;
}

/** __tcp_transmit_skb() */
export function tcpTransmit(sk: TcpSock, o: XmitOpts): boolean {
  lastSkb = undefined;
  const v4 = sk.family === 4 || sk.v4mapped;
  const rt = v4 ? tcpRoute(sk) : undefined;
  if (v4 && !rt) return false;
  const data = o.data ?? new Uint8Array(0);
  const options: TcpOption[] = [];
  let window: number;
  if (o.syn) {
    options.push({ kind: "mss", mss: sk.advmss });
    if (sk.sackOk) options.push({ kind: "sack-permitted" });
    if (sk.tsOk) options.push({ kind: "timestamp", val: tsVal(sk), ecr: o.flags & TH_ACK ? sk.tsRecent : 0 });
    else if (sk.sackOk) options.push({ kind: "nop" }, { kind: "nop" });
    if (sk.wscaleOk) options.push({ kind: "nop" }, { kind: "wscale", shift: sk.rcvWscale });
    window = Math.min(sk.rcvWndInit, 65535);
  } else {
    if (sk.tsOk) options.push({ kind: "nop" }, { kind: "nop" }, { kind: "timestamp", val: tsVal(sk), ecr: sk.tsRecent });
    window = selectWindow(sk);
  }
  const ack = o.flags & TH_ACK ? sk.rcvNxt : 0;
  // TCP_MIB_OUTSEGS: new sequence space or none at all (a retransmission is not counted again;
  // a SYN-ACK is built afresh each time, tcp_make_synack); OUTRSTS for tcp_send_active_reset.
  const tcp = netMib(sk.ns).tcp;
  if (!o.rtx || (o.flags & (TH_SYN | TH_ACK)) === (TH_SYN | TH_ACK)) tcp[TCP_OUTSEGS]++;
  if (o.flags & TH_RST) tcp[TCP_OUTRSTS]++;
  const build: TcpBuild = (ph) => emitTcp({ srcPort: sk.sport, dstPort: sk.dport, seq: o.seq >>> 0, ack, flags: o.flags, window, urgent: 0, options }, data, ph);
  if (!rt) {
    if (!tcp6?.xmit(sk, build)) return false;
    if (o.flags & TH_ACK) {
      sk.ackPending = false;
      tcpCancelDelack(sk);
    }
    return true;
  }
  const body = build({ family: 4, src: sk.saddr, dst: sk.daddr });
  maybePartial(rt.dev, body, 16, sk.saddr, sk.daddr, IPPROTO_TCP);
  let id = 0;
  if (!o.idZero) {
    id = sk.ipId;
    sk.ipId = (sk.ipId + 1) & 0xffff;
  }
  const skb = ipBuildSkb(sk.ns, rt, { src: sk.saddr, dst: sk.daddr, protocol: IPPROTO_TCP, ttl: sk.ttl, tos: sk.tos, df: tcpDontFragment(rt), id }, body);
  if (o.flags & TH_ACK) {
    sk.ackPending = false;
    tcpCancelDelack(sk);
  }
  lastSkb = skb;
  ipLocalOut(skb, rt);
  return true;
}

/** The IPv4 packet tcpTransmit() built last (undefined after an IPv6 one), for rtxQueue(). */
let lastSkb: SkBuff | undefined;

/** skb_still_in_host_queue(): the earlier transmission still waits for its neighbour to resolve. */
function stillQueued(skb: SkBuff): boolean {
  const rt = skbRtable(skb);
  if (!rt) return false;
  const d = skb.data;
  const daddr = ((d[30]! << 24) | (d[31]! << 16) | (d[32]! << 8) | d[33]!) >>> 0;
  return arpTbl.lookup(rt.dev, rt.gw || daddr)?.queue.includes(skb) ?? false;
}

/** tcp_send_ack() */
export function tcpSendAck(sk: TcpSock): void {
  tcpTransmit(sk, { seq: sk.sndNxt, flags: TH_ACK });
}

/** Queues a segment for retransmission and arms the RTO timer if idle. */
function rtxQueue(sk: TcpSock, seg: TxSeg): void {
  seg.skb = lastSkb;
  lastSkb = undefined;
  sk.rtx.push(seg);
  if (!sk.rtoTimer) {
    sk.retransStamp = seg.sentAt;
    tcpArmRto(sk);
  }
}

/** tcp_connect(): the SYN. */
export function tcpSendSyn(sk: TcpSock): void {
  const now = nowNs(sk.ns);
  netMib(sk.ns).tcp[TCP_ACTIVEOPENS]++;
  tcpTransmit(sk, { seq: sk.iss, flags: TH_SYN, syn: true });
  sk.sndNxt = seqAdd(sk.iss, 1);
  rtxQueue(sk, { seq: sk.iss, len: 1, flags: TH_SYN, data: new Uint8Array(0), sentAt: now, retransmitted: false });
}

/** tcp_make_synack() */
export function tcpSendSynAck(sk: TcpSock): void {
  const now = nowNs(sk.ns);
  tcpTransmit(sk, { seq: sk.iss, flags: TH_SYN | TH_ACK, syn: true, idZero: true });
  sk.sndNxt = seqAdd(sk.iss, 1);
  rtxQueue(sk, { seq: sk.iss, len: 1, flags: TH_SYN | TH_ACK, data: new Uint8Array(0), sentAt: now, retransmitted: false });
}

/** Re-sends the first unacknowledged segment (tcp_retransmit_skb). */
export function tcpRetransmitHead(sk: TcpSock): void {
  const s = sk.rtx[0];
  if (!s) return;
  s.retransmitted = true;
  const syn = (s.flags & TH_SYN) !== 0;
  const m = netMib(sk.ns);
  if (s.skb && stillQueued(s.skb)) {
    m.net[LINUX_MIB_TCPSPURIOUS_RTX_HOSTQUEUES]++;
    return;
  }
  m.tcp[TCP_RETRANSSEGS]++;
  if (syn) m.net[LINUX_MIB_TCPSYNRETRANS]++;
  lastSkb = undefined;
  tcpTransmit(sk, { seq: s.seq, flags: s.flags, data: s.data, syn, idZero: syn && (s.flags & TH_ACK) !== 0, rtx: true });
  s.skb = lastSkb;
  lastSkb = undefined;
}

function takeFromSendq(sk: TcpSock, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let o = 0;
  while (o < n) {
    const head = sk.sendq[0]!;
    const k = Math.min(head.length, n - o);
    out.set(head.subarray(0, k), o);
    o += k;
    if (k === head.length) sk.sendq.shift();
    else sk.sendq[0] = head.subarray(k);
  }
  sk.sendqBytes -= n;
  return out;
}

/**
 * tcp_write_xmit(): sends what the windows allow, then the FIN once the
 * queue is empty. `push` marks the last segment of a write (PSH).
 */
export function tcpWriteXmit(sk: TcpSock): void {
  const mss = tcpSendMss(sk);
  for (let guard = 0; guard < 100_000 && sk.sendqBytes > 0; guard++) {
    const inFlight = seqDiff(sk.sndNxt, sk.sndUna);
    const wnd = Math.min(sk.sndWnd, sk.cwnd * mss);
    const room = wnd - inFlight;
    let size = Math.min(mss, sk.sendqBytes);
    if (room < size) {
      if (room <= 0 || room < mss) break;
      size = room;
    }
    // Nagle: a small segment waits while anything is unacknowledged.
    if (size < mss && inFlight > 0 && !sk.nodelay && !sk.finQueued) break;
    const data = takeFromSendq(sk, size);
    const last = sk.sendqBytes === 0;
    let flags = TH_ACK | (last ? TH_PUSH : 0);
    let len = size;
    if (last && sk.finQueued && !sk.finSent) {
      flags |= TH_FIN;
      len++;
      sk.finSent = true;
    }
    const seq = sk.sndNxt;
    tcpTransmit(sk, { seq, flags, data });
    netMib(sk.ns).net[LINUX_MIB_TCPORIGDATASENT]++;
    sk.sndNxt = seqAdd(seq, len);
    rtxQueue(sk, { seq, len, flags, data, sentAt: nowNs(sk.ns), retransmitted: false });
  }
  if (sk.sendqBytes === 0 && sk.finQueued && !sk.finSent) {
    const seq = sk.sndNxt;
    sk.finSent = true;
    tcpTransmit(sk, { seq, flags: TH_FIN | TH_ACK });
    netMib(sk.ns).net[LINUX_MIB_TCPORIGDATASENT]++;
    sk.sndNxt = seqAdd(seq, 1);
    rtxQueue(sk, { seq, len: 1, flags: TH_FIN | TH_ACK, data: new Uint8Array(0), sentAt: nowNs(sk.ns), retransmitted: false });
  }
  void after;
}

/** tcp_send_active_reset(): RST from a live connection (close with unread data, abort). */
export function tcpSendActiveReset(sk: TcpSock): void {
  tcpTransmit(sk, { seq: sk.sndNxt, flags: TH_RST | TH_ACK });
}

/**
 * tcp_v4_send_reset(): the answer to a segment no socket wants. If it carried
 * an ACK, the RST takes that number as its sequence; else it acknowledges
 * the segment (seq 0, ACK set). Sent from the namespace's control socket.
 * An IPv6 segment (saddr6 set) is answered the same way by tcp_v6_send_reset.
 */
/** The segment a RST answers (an IPv6 one has saddr6/daddr6 set). */
export type ResetSeg = Omit<TcpSeg, "window" | "options" | "data"> & { len: number };

export function tcpV4SendReset(ns: NetNamespace, seg: ResetSeg, nf = false): void {
  if (seg.flags & TH_RST) return;
  // Counted whether or not the reply finds a route (ip_send_unicast_reply's result is not looked at).
  // nf_send_reset() (`nf`: REJECT --reject-with tcp-reset) builds its own and counts nothing.
  if (!nf) {
    const tcp = netMib(ns).tcp;
    tcp[TCP_OUTSEGS]++;
    tcp[TCP_OUTRSTS]++;
  }
  let rt: Rtable | undefined;
  if (seg.saddr6 === undefined) {
    try {
      // ip_send_unicast_reply(): the reply's flow, ports swapped.
      rt = ipRouteOutput(ns, { daddr: seg.saddr, saddr: seg.daddr, oif: 0, tos: 0, proto: 6, sport: seg.dport, dport: seg.sport });
    } catch (e) {
      if (e instanceof KernelError) return;
      throw e;
    }
  }
  let seq = 0;
  let ack = 0;
  let flags = TH_RST;
  if (seg.flags & TH_ACK) seq = seg.ack;
  else {
    flags |= TH_ACK;
    ack = seqAdd(seg.seq, seg.len + (seg.flags & TH_SYN ? 1 : 0) + (seg.flags & TH_FIN ? 1 : 0));
  }
  const build: TcpBuild = (ph) => emitTcp({ srcPort: seg.dport, dstPort: seg.sport, seq, ack, flags, window: 0, urgent: 0, options: [] }, new Uint8Array(0), ph);
  if (!rt) {
    tcp6?.sendReset(ns, seg, build);
    return;
  }
  const body = build({ family: 4, src: seg.daddr, dst: seg.saddr });
  // nf_reject_ip_tcphdr_put(): CHECKSUM_PARTIAL, left so by an offloading device.
  if (nf) maybePartial(rt.dev, body, 16, seg.daddr, seg.saddr, IPPROTO_TCP);
  const skb = ipBuildSkb(ns, rt, { src: seg.daddr, dst: seg.saddr, protocol: IPPROTO_TCP, df: true, id: 0 }, body);
  ipLocalOut(skb, rt);
}
