// struct tcp_sock (include/linux/tcp.h) and the state bookkeeping of
// net/ipv4/tcp.c (tcp_set_state, tcp_done): sequence space, windows, the
// negotiated options, the queues (unsent, in flight, received), the timers
// and, for a listener, its accept queue. Sequence numbers are uint32 and
// compared modulo 2^32 (before()/after() in include/net/tcp.h).

import type { SkBuff } from "../core/skbuff.js";
import { netMib, TCP_ATTEMPTFAILS, TCP_CURRESTAB, TCP_ESTABRESETS } from "../core/snmp.js";
import { TCP_CLOSE, TCP_CLOSE_WAIT, TCP_ESTABLISHED, TCP_LISTEN, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT } from "../../uapi/socket.js";
import type { TimerHandle } from "../../sim/clock.js";
import { sysctlGet } from "../fs/procfs-sys.js";
import type { NetNamespace } from "../core/netns.js";
import { inetSockInit, sockAccount, sockWake, type InetSock } from "./inet_sock.js";
import { inetUnhash } from "./inet_hashtables.js";

export const NS_MS = 1_000_000;
/** TCP_TIMEOUT_INIT: the first SYN's RTO. */
export const TCP_TIMEOUT_INIT = 1000 * NS_MS;
export const TCP_RTO_MIN = 200 * NS_MS;
export const TCP_RTO_MAX = 120_000 * NS_MS;
/** TCP_DELACK_MIN */
export const TCP_DELACK = 40 * NS_MS;
/** TCP_TIMEWAIT_LEN */
export const TCP_TIMEWAIT_LEN = 60_000 * NS_MS;

/** A segment sent and not yet acknowledged (the retransmit queue). */
export interface TxSeg {
  seq: number;
  /** Sequence space it covers (data length, +1 for SYN or FIN). */
  len: number;
  flags: number;
  data: Uint8Array;
  sentAt: number;
  retransmitted: boolean;
  /** The IPv4 packet of its last transmission, while it may still wait in a neighbour queue (skb_still_in_host_queue). */
  skb?: SkBuff;
}

export interface TcpSock extends InetSock {
  readonly proto: "tcp";
  state: number;
  // --- send side
  iss: number;
  sndUna: number;
  sndNxt: number;
  /** Peer's window, in bytes (already scaled). */
  sndWnd: number;
  /** The peer's window-scale shift (snd_wscale) and ours (rcv_wscale). */
  sndWscale: number;
  rcvWscale: number;
  wscaleOk: boolean;
  tsOk: boolean;
  sackOk: boolean;
  /** Our advertised MSS (the route's advmss metric, else its MTU less the headers) and the peer's (mss_clamp). */
  advmss: number;
  peerMss: number;
  /** tcp_sync_mss()'s bound from the path MTU (MTU less the headers): what we send, with the peer's MSS. */
  pathMss: number;
  /** Bytes written by the application and not yet sent. */
  sendq: Uint8Array[];
  sendqBytes: number;
  readonly rtx: TxSeg[];
  /** The application shut down writing: a FIN follows the queued data. */
  finQueued: boolean;
  finSent: boolean;
  cwnd: number;
  nodelay: boolean;
  ipId: number;
  // --- receive side
  irs: number;
  rcvNxt: number;
  /** The window offered when nothing is unread (tcp_select_initial_window). */
  rcvWndInit: number;
  readonly rcvq: Uint8Array[];
  rcvqBytes: number;
  /** The peer's FIN was received (EOF after rcvq). */
  finRcvd: boolean;
  shutRd: boolean;
  tsOffset: number;
  tsRecent: number;
  // --- timers (icsk_retransmit_timer, delack, TIME_WAIT / FIN_WAIT2)
  rto: number;
  backoff: number;
  retransmits: number;
  /** When the first unacknowledged transmission left (retrans_stamp). */
  retransStamp: number;
  srtt: number;
  rttvar: number;
  rtoTimer?: TimerHandle;
  /** icsk_timeout: when the retransmit timer is due (the wheel runs it a little later). */
  rtoDue?: number;
  delackTimer?: TimerHandle;
  lingerTimer?: TimerHandle;
  ackPending: boolean;
  /** inet_csk_in_pingpong_mode(): interactive, so ACKs are delayed. */
  pingpong: boolean;
  /** icsk_ack.ato != 0: some data was received (tcp_event_data_recv), so a quick reply can enter pingpong. */
  atoInit: boolean;
  lrcvtime: number;
  /** pred_flags' window (the raw window a segment must carry to take the fast path), -1 when off. */
  predWnd: number;
  // --- listener
  backlog: number;
  readonly acceptq: TcpSock[];
  /** Children still in SYN_RECV. */
  readonly synq: Set<TcpSock>;
  parent?: TcpSock;
  /** Made by a listener (passive open): /proc/net/tcp shows its refcount as 1, an active opener's as 2. */
  passive?: true;
  // --- lifecycle
  /** The application closed its file (an orphan finishing its FIN exchange). */
  orphan: boolean;
}

export const TCP_STATE_NAMES: Record<number, string> = {
  1: "ESTABLISHED",
  2: "SYN_SENT",
  3: "SYN_RECV",
  4: "FIN_WAIT1",
  5: "FIN_WAIT2",
  6: "TIME_WAIT",
  7: "CLOSE",
  8: "CLOSE_WAIT",
  9: "LAST_ACK",
  10: "LISTEN",
  11: "CLOSING",
};

export function tcpSockCreate(ns: NetNamespace, family: 4 | 6 = 4): TcpSock {
  const base = inetSockInit(ns, "tcp", family);
  return sockAccount({
    ...base,
    proto: "tcp",
    state: TCP_CLOSE,
    iss: 0,
    sndUna: 0,
    sndNxt: 0,
    sndWnd: 0,
    sndWscale: 0,
    rcvWscale: 0,
    wscaleOk: false,
    tsOk: false,
    sackOk: false,
    advmss: 536,
    peerMss: 536,
    pathMss: 536,
    sendq: [],
    sendqBytes: 0,
    rtx: [],
    finQueued: false,
    finSent: false,
    cwnd: 10,
    nodelay: false,
    ipId: 0,
    irs: 0,
    rcvNxt: 0,
    rcvWndInit: 65535,
    rcvq: [],
    rcvqBytes: 0,
    finRcvd: false,
    shutRd: false,
    tsOffset: 0,
    tsRecent: 0,
    rto: TCP_TIMEOUT_INIT,
    backoff: 0,
    retransmits: 0,
    retransStamp: 0,
    srtt: 0,
    rttvar: 0,
    ackPending: false,
    pingpong: false,
    atoInit: false,
    predWnd: -1,
    lrcvtime: 0,
    backlog: 0,
    acceptq: [],
    synq: new Set(),
    orphan: false,
  });
}

// Sequence-space comparisons.
export const seqAdd = (a: number, n: number): number => (a + n) >>> 0;
export const seqDiff = (a: number, b: number): number => (a - b) | 0;
export const before = (a: number, b: number): boolean => seqDiff(a, b) < 0;
export const after = (a: number, b: number): boolean => seqDiff(a, b) > 0;

/** A numeric net.ipv4.* sysctl (first field of a vector like tcp_rmem when `index` is given). */
export function tcpSysctl(ns: NetNamespace, name: string, dflt: number, index = 0): number {
  const v = sysctlGet(ns, `net.ipv4.${name}`);
  if (v === undefined) return dflt;
  const n = Number.parseInt(v.split(/\s+/)[index] ?? "", 10);
  return Number.isNaN(n) ? dflt : n;
}

/** Bytes in flight plus unsent (what ss shows as Send-Q for a connection). */
export function tcpSendQueued(sk: TcpSock): number {
  let n = sk.sendqBytes;
  for (const s of sk.rtx) n += s.data.length;
  return n;
}

export function tcpClearTimers(sk: TcpSock): void {
  sk.rtoTimer?.cancel();
  sk.rtoTimer = undefined;
  sk.delackTimer?.cancel();
  sk.delackTimer = undefined;
  sk.lingerTimer?.cancel();
  sk.lingerTimer = undefined;
}

/** tcp_set_state() */
export function tcpSetState(sk: TcpSock, state: number): void {
  const old = sk.state;
  sk.state = state;
  // The MIB's view of the change (CurrEstab counts ESTABLISHED and CLOSE_WAIT).
  const tcp = netMib(sk.ns).tcp;
  if (state === TCP_ESTABLISHED) {
    if (old !== TCP_ESTABLISHED) tcp[TCP_CURRESTAB]++;
  } else if (state === TCP_CLOSE_WAIT) {
    if (old === TCP_SYN_RECV) tcp[TCP_CURRESTAB]++;
  } else {
    if (state === TCP_CLOSE && (old === TCP_ESTABLISHED || old === TCP_CLOSE_WAIT)) tcp[TCP_ESTABRESETS]++;
    if (old === TCP_ESTABLISHED || old === TCP_CLOSE_WAIT) tcp[TCP_CURRESTAB]--;
  }
  if (state === TCP_CLOSE) {
    tcpClearTimers(sk);
    inetUnhash(sk);
    if (sk.parent) {
      sk.parent.synq.delete(sk);
      const i = sk.parent.acceptq.indexOf(sk);
      if (i >= 0) sk.parent.acceptq.splice(i, 1);
    }
  }
  sockWake(sk);
}

/**
 * tcp_done(): the connection is over (reset, timed out, or closed). A failed
 * attempt counts in TcpAttemptFails, except where the kernel ends the socket
 * without tcp_done (close or shutdown while connecting: tcp_set_state) and for
 * an ICMP error while connecting (recorded on Linux 6.18: refused/prohibited
 * by ICMP leaves the counter alone, a RST counts).
 */
export function tcpDone(sk: TcpSock, countAttempt = true): void {
  if (countAttempt && (sk.state === TCP_SYN_SENT || (sk.state === TCP_SYN_RECV && !sk.parent))) netMib(sk.ns).tcp[TCP_ATTEMPTFAILS]++;
  tcpSetState(sk, TCP_CLOSE);
}

export function isSynchronized(state: number): boolean {
  return state !== TCP_LISTEN && state !== TCP_CLOSE && state !== 2 && state !== TCP_SYN_RECV;
}

export { TCP_ESTABLISHED, TCP_TIME_WAIT };
