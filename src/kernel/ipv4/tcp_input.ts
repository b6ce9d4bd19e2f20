// Receiving a segment on a socket (net/ipv4/tcp_input.c's
// tcp_rcv_state_process and tcp_rcv_synsent_state_process, tcp_minisocks.c's
// TIME_WAIT handling, reduced): RFC 9293's checks in order — sequence
// acceptability, RST, SYN in a synchronized state (challenge ACK), ACK
// processing with the state transitions it drives, the data, then the FIN.
// Data is taken in order only (the model never reorders; an out-of-order
// segment is dropped and answered with a duplicate ACK, as SACK-less TCP
// would). ACKs follow Linux: immediate (quickack) until the connection turns
// interactive (pingpong: we sent data right after receiving data), then delayed
// 40 ms unless two full segments are waiting; a FIN's ACK is delayed too
// (tcp_fin enters pingpong), so a prompt close() carries it on its own FIN.

import {
  LINUX_MIB_EMBRYONICRSTS, LINUX_MIB_TCPABORTONDATA, LINUX_MIB_TCPDELIVERED, LINUX_MIB_TCPHPACKS, LINUX_MIB_TCPHPHITS,
  LINUX_MIB_TCPPUREACKS, LINUX_MIB_TCPRCVCOALESCE, netMib, TCP_ATTEMPTFAILS, TCP_PASSIVEOPENS,
} from "../core/snmp.js";
import { TH_ACK, TH_FIN, TH_PUSH, TH_RST, TH_SYN, type TcpOption, type TcpRepr } from "../../wire/tcp.js";
import { ERRNO } from "../../uapi/errno.js";
import {
  TCP_CLOSE,
  TCP_CLOSE_WAIT,
  TCP_CLOSING,
  TCP_ESTABLISHED,
  TCP_FIN_WAIT1,
  TCP_FIN_WAIT2,
  TCP_LAST_ACK,
  TCP_SYN_RECV,
  TCP_SYN_SENT,
  TCP_TIME_WAIT,
} from "../../uapi/socket.js";
import { nowNs, sockWake } from "./inet_sock.js";
import { tcpSendAck, tcpSendActiveReset, tcpSendMss, tcpSendSynAck, tcpV4SendReset, tcpWriteXmit } from "./tcp_output.js";
import { tcpArmRto, tcpFinWait2Timer, tcpRttSample, tcpSendDelayedAck, tcpStopRto, tcpTimeWait } from "./tcp_timer.js";
import { after, before, seqAdd, seqDiff, tcpDone, tcpSetState, TCP_DELACK, type TcpSock } from "./tcp_sock.js";
import { tcpUpdateMetrics } from "./tcp_metrics.js";

/** A received segment, parsed. */
export interface TcpSeg {
  saddr: number;
  daddr: number;
  /** An IPv6 segment's addresses (saddr/daddr are 0 then) and receiving device. */
  saddr6?: bigint;
  daddr6?: bigint;
  iif?: number;
  sport: number;
  dport: number;
  seq: number;
  ack: number;
  flags: number;
  window: number;
  options: TcpOption[];
  data: Uint8Array;
}

/** A parsed segment with the addresses it came with (either family's). */
export function tcpSegFrom(r: TcpRepr, data: Uint8Array, addrs: Pick<TcpSeg, "saddr" | "daddr" | "saddr6" | "daddr6" | "iif">): TcpSeg {
  return { ...addrs, sport: r.srcPort, dport: r.dstPort, seq: r.seq, ack: r.ack, flags: r.flags, window: r.window, options: r.options, data };
}

export function segLen(s: TcpSeg): number {
  return s.data.length + (s.flags & TH_SYN ? 1 : 0) + (s.flags & TH_FIN ? 1 : 0);
}

/** tcp_parse_options() into the socket, for a SYN or SYN-ACK. */
export function tcpParseSynOptions(sk: TcpSock, seg: TcpSeg, ourWscale: number): void {
  let mss = 536;
  let ws: number | undefined;
  let sack = false;
  let ts: { val: number; ecr: number } | undefined;
  for (const o of seg.options) {
    if (o.kind === "mss") mss = o.mss;
    else if (o.kind === "wscale") ws = Math.min(o.shift, 14);
    else if (o.kind === "sack-permitted") sack = true;
    else if (o.kind === "timestamp") ts = o;
  }
  sk.peerMss = mss;
  sk.wscaleOk = ws !== undefined && sk.wscaleOk;
  sk.sndWscale = sk.wscaleOk ? ws! : 0;
  sk.rcvWscale = sk.wscaleOk ? ourWscale : 0;
  sk.sackOk = sack && sk.sackOk;
  sk.tsOk = ts !== undefined && sk.tsOk;
  if (sk.tsOk) sk.tsRecent = ts!.val;
}

function updateTsRecent(sk: TcpSock, seg: TcpSeg): void {
  if (!sk.tsOk) return;
  for (const o of seg.options) if (o.kind === "timestamp" && seg.seq === sk.rcvNxt) sk.tsRecent = o.val;
}

/** tcp_ack(): what the peer acknowledged; false if it acknowledges something never sent. */
function tcpAck(sk: TcpSock, seg: TcpSeg): boolean {
  const ack = seg.ack;
  if (after(ack, sk.sndNxt)) return false;
  // Window update (snd_wl1/wl2 simplified: every acceptable ACK carries the latest window).
  sk.sndWnd = seg.window << sk.sndWscale;
  if (!after(ack, sk.sndUna)) return true;
  const now = nowNs(sk.ns);
  // Packets acked (tcp_clean_rtx_queue's pkts_acked): data and FIN segments; a SYN's is not the
  // connection's growth (tcp_init_transfer sets the initial window after the handshake).
  let pkts = 0;
  let delivered = 0;
  while (sk.rtx.length) {
    const s = sk.rtx[0]!;
    const end = seqAdd(s.seq, s.len);
    if (after(end, ack)) break;
    sk.rtx.shift();
    if (!(s.flags & TH_SYN)) pkts++;
    // tp->delivered: a passive open's SYN-ACK belonged to the request sock, not to this socket.
    if ((s.flags & (TH_SYN | TH_ACK)) !== (TH_SYN | TH_ACK)) delivered++;
    if (!s.retransmitted) tcpRttSample(sk, now - s.sentAt);
  }
  if (delivered) netMib(sk.ns).net[LINUX_MIB_TCPDELIVERED] += delivered;
  sk.sndUna = ack;
  sk.retransmits = 0;
  sk.backoff = 0;
  // The sandbox kernel's congestion control is BBR: in startup each acked packet adds one to cwnd (bbr_set_cwnd).
  sk.cwnd += pkts;
  if (sk.rtx.length) {
    sk.retransStamp = sk.rtx[0]!.sentAt;
    tcpArmRto(sk);
  } else tcpStopRto(sk);
  sockWake(sk);
  return true;
}

function ourFinAcked(sk: TcpSock): boolean {
  return sk.finSent && sk.sndUna === sk.sndNxt;
}

/**
 * The TcpExt counters of tcp_rcv_established()'s header prediction and of
 * tcp_ack() for a segment in a synchronized state, before the ACK is taken:
 * the fast path (ESTABLISHED, flags ACK[+PSH], in sequence, the window of
 * pred_flags, and for data room already charged: something still unread)
 * counts TCPHPHits for data and TCPHPAcks for an ACK that advances; the slow
 * path counts TCPPureAcks for an acceptable ACK carrying no sequence space.
 * Returns whether the segment took the fast path.
 */
function ackMib(sk: TcpSock, seg: TcpSeg): boolean {
  const net = netMib(sk.ns).net;
  if (after(seg.ack, sk.sndNxt)) return false;
  const fast =
    sk.state === TCP_ESTABLISHED &&
    sk.predWnd === seg.window &&
    (seg.flags & ~TH_PUSH) === TH_ACK &&
    seg.seq === sk.rcvNxt &&
    (seg.data.length === 0 || sk.rcvqBytes > 0);
  if (fast) {
    if (seg.data.length) net[LINUX_MIB_TCPHPHITS]++;
    if (after(seg.ack, sk.sndUna)) net[LINUX_MIB_TCPHPACKS]++;
    else if (!seg.data.length) net[LINUX_MIB_TCPPUREACKS]++;
    return true;
  }
  if (!before(seg.ack, sk.sndUna) && !segLen(seg)) net[LINUX_MIB_TCPPUREACKS]++;
  return false;
}

/** Schedules the ACK for data just queued: now, or 40 ms later when interactive. */
function ackData(sk: TcpSock, bytes: number): void {
  if (!sk.pingpong || bytes >= 2 * tcpSendMss(sk)) tcpSendAck(sk);
  else tcpSendDelayedAck(sk);
}

/** tcp_rcv_synsent_state_process() */
function synSent(sk: TcpSock, seg: TcpSeg): void {
  if (seg.flags & TH_ACK) {
    if (!after(seg.ack, sk.iss) || after(seg.ack, sk.sndNxt)) {
      if (!(seg.flags & TH_RST)) tcpV4SendReset(sk.ns, { ...seg, len: seg.data.length });
      return;
    }
    if (seg.flags & TH_RST) {
      sk.err = ERRNO.ECONNREFUSED;
      tcpDone(sk);
      return;
    }
  }
  if (seg.flags & TH_RST) return;
  if (!(seg.flags & TH_SYN)) return;
  sk.irs = seg.seq;
  sk.rcvNxt = seqAdd(seg.seq, 1);
  tcpParseSynOptions(sk, seg, sk.rcvWscale);
  if (seg.flags & TH_ACK) {
    tcpAck(sk, seg);
    sk.sndWnd = seg.window; // never scaled in a SYN
    sk.lrcvtime = nowNs(sk.ns);
    // tcp_finish_connect(): header prediction only without window scaling.
    sk.predWnd = sk.sndWscale ? -1 : seg.window;
    tcpSetState(sk, TCP_ESTABLISHED);
    tcpSendAck(sk);
    tcpWriteXmit(sk);
    return;
  }
  // Simultaneous open: our SYN crossed theirs.
  tcpSetState(sk, TCP_SYN_RECV);
  sk.rtx.length = 0;
  tcpStopRto(sk);
  tcpSendSynAck(sk);
}

/** Whether a segment falls in the receive window (tcp_sequence()). */
function acceptable(sk: TcpSock, seg: TcpSeg): boolean {
  const len = segLen(seg);
  const wnd = Math.max(sk.rcvWndInit - sk.rcvqBytes, 0);
  const end = seqAdd(seg.seq, len);
  if (len === 0) return seg.seq === sk.rcvNxt || (!before(seg.seq, sk.rcvNxt) && seqDiff(seg.seq, sk.rcvNxt) <= wnd);
  return after(end, sk.rcvNxt) && before(seg.seq, seqAdd(sk.rcvNxt, wnd + 1));
}

/** tcp_rcv_state_process() for every state but LISTEN. */
export function tcpRcvStateProcess(sk: TcpSock, seg: TcpSeg): void {
  if (sk.state === TCP_SYN_SENT) {
    synSent(sk, seg);
    return;
  }
  if (sk.state === TCP_CLOSE) return;
  if (sk.state === TCP_TIME_WAIT) {
    timeWait(sk, seg);
    return;
  }
  // 1. sequence check
  if (!acceptable(sk, seg) && !(seg.flags & TH_RST && seg.seq === sk.rcvNxt)) {
    if (!(seg.flags & TH_RST)) tcpSendAck(sk);
    return;
  }
  // 2. RST
  if (seg.flags & TH_RST) {
    if (seg.seq !== sk.rcvNxt) {
      tcpSendAck(sk); // challenge ACK (RFC 5961)
      return;
    }
    if (sk.state === TCP_SYN_RECV && sk.parent) {
      // tcp_check_req(): a RST for a request sock.
      const m = netMib(sk.ns);
      m.tcp[TCP_ATTEMPTFAILS]++;
      m.net[LINUX_MIB_EMBRYONICRSTS]++;
      tcpDone(sk);
      return;
    }
    sk.err = sk.state === TCP_CLOSE_WAIT ? ERRNO.EPIPE : ERRNO.ECONNRESET;
    if (sk.state === TCP_SYN_RECV) sk.err = ERRNO.ECONNREFUSED;
    tcpDone(sk);
    return;
  }
  // 3. SYN in a synchronized state: challenge ACK.
  if (seg.flags & TH_SYN) {
    if (sk.state === TCP_SYN_RECV && seg.seq === sk.irs) {
      // Retransmitted SYN: our SYN-ACK was lost.
      tcpSendSynAck(sk);
      return;
    }
    tcpSendAck(sk);
    return;
  }
  // 4. ACK
  if (!(seg.flags & TH_ACK)) return;
  if (sk.state === TCP_SYN_RECV) {
    if (seg.ack !== sk.sndNxt) {
      tcpV4SendReset(sk.ns, { ...seg, len: seg.data.length });
      return;
    }
    // The 3rd ACK acknowledges nothing new to the child (its snd_una starts past the SYN-ACK).
    if (!segLen(seg)) netMib(sk.ns).net[LINUX_MIB_TCPPUREACKS]++;
    tcpAck(sk, seg);
    sk.sndWnd = seg.window << sk.sndWscale;
    sk.lrcvtime = nowNs(sk.ns);
    sk.predWnd = seg.window;
    tcpSetState(sk, TCP_ESTABLISHED);
    const parent = sk.parent;
    // tcp_create_openreq_child()
    if (parent) netMib(sk.ns).tcp[TCP_PASSIVEOPENS]++;
    if (parent) {
      parent.synq.delete(sk);
      parent.acceptq.push(sk);
      sockWake(parent);
    }
  } else {
    const fast = ackMib(sk, seg);
    const wnd = sk.sndWnd;
    if (!tcpAck(sk, seg)) {
      tcpSendAck(sk);
      return;
    }
    // tcp_ack_update_window(): a new window re-arms header prediction (tcp_fast_path_check).
    if (!fast && sk.sndWnd !== wnd) sk.predWnd = seg.window;
  }
  switch (sk.state) {
    case TCP_FIN_WAIT1:
      if (ourFinAcked(sk)) {
        tcpSetState(sk, TCP_FIN_WAIT2);
        tcpFinWait2Timer(sk);
      }
      break;
    case TCP_CLOSING:
      if (ourFinAcked(sk)) {
        tcpTimeWait(sk);
        return;
      }
      break;
    case TCP_LAST_ACK:
      if (ourFinAcked(sk)) {
        tcpUpdateMetrics(sk);
        tcpDone(sk);
        return;
      }
      break;
  }
  updateTsRecent(sk, seg);
  // 5. data
  let dataLen = 0;
  if (seg.data.length && (sk.state === TCP_ESTABLISHED || sk.state === TCP_FIN_WAIT1 || sk.state === TCP_FIN_WAIT2)) {
    let data = seg.data;
    let seq = seg.seq;
    if (before(seq, sk.rcvNxt)) {
      const skip = seqDiff(sk.rcvNxt, seq);
      data = data.subarray(skip);
      seq = sk.rcvNxt;
    }
    if (seq !== sk.rcvNxt) {
      tcpSendAck(sk); // out of order: duplicate ACK
      return;
    }
    if (sk.orphan || sk.shutRd) {
      netMib(sk.ns).net[LINUX_MIB_TCPABORTONDATA]++;
      // Data for a socket nobody will read: tcp_reset() the peer.
      tcpSendActiveReset(sk);
      sk.err = ERRNO.ECONNRESET;
      tcpDone(sk);
      return;
    }
    if (data.length) {
      // tcp_data_queue() ends with tcp_fast_path_check().
      sk.predWnd = sk.sndWnd >> sk.sndWscale;
      // tcp_queue_rcv() merges into an unread tail (tcp_try_coalesce).
      if (sk.rcvqBytes > 0) netMib(sk.ns).net[LINUX_MIB_TCPRCVCOALESCE]++;
      sk.rcvq.push(data.slice());
      sk.rcvqBytes += data.length;
      sk.rcvNxt = seqAdd(sk.rcvNxt, data.length);
      sk.lrcvtime = nowNs(sk.ns);
      // tcp_event_data_recv(): the first data initialises the delayed-ACK engine (icsk_ack.ato).
      sk.atoInit = true;
      dataLen = data.length;
      sockWake(sk);
    }
  }
  // 6. FIN
  const finSeq = seqAdd(seg.seq, seg.data.length);
  if (seg.flags & TH_FIN && finSeq === sk.rcvNxt) {
    // A bare FIN is queued as an skb of its own, merged into unread data like any other.
    if (!seg.data.length && sk.rcvqBytes > 0) netMib(sk.ns).net[LINUX_MIB_TCPRCVCOALESCE]++;
    sk.rcvNxt = seqAdd(sk.rcvNxt, 1);
    sk.finRcvd = true;
    switch (sk.state) {
      case TCP_SYN_RECV:
      case TCP_ESTABLISHED:
        tcpSetState(sk, TCP_CLOSE_WAIT);
        sk.pingpong = true;
        tcpSendDelayedAck(sk);
        break;
      case TCP_FIN_WAIT1:
        if (ourFinAcked(sk)) {
          tcpSendAck(sk);
          tcpTimeWait(sk);
        } else {
          tcpSetState(sk, TCP_CLOSING);
          tcpSendAck(sk);
        }
        break;
      case TCP_FIN_WAIT2:
        tcpSendAck(sk);
        tcpTimeWait(sk);
        break;
      default:
        tcpSendAck(sk);
    }
    sockWake(sk);
  } else if (dataLen) ackData(sk, dataLen);
  // The peer's ACK may have opened the window for queued data.
  if (sk.state !== TCP_CLOSE && sk.state !== TCP_TIME_WAIT) tcpWriteXmit(sk);
}

/** tcp_timewait_state_process(): re-ACK a retransmitted FIN, die on RST. Returns "syn" to reopen. */
function timeWait(sk: TcpSock, seg: TcpSeg): void {
  if (seg.flags & TH_RST) {
    // RFC 1337: Linux ignores RSTs in TIME_WAIT (tcp_rfc1337=0 kills the socket).
    tcpDone(sk);
    return;
  }
  if (seg.flags & TH_FIN || segLen(seg) || seg.flags & TH_ACK) tcpSendAck(sk);
}

/** When a socket sends data, a recent receipt makes the connection interactive (tcp_event_data_sent). */
export function tcpEventDataSent(sk: TcpSock): void {
  // icsk_ack.ato is 0 until data was received: a socket that only sent (a banner) never turns interactive.
  if (sk.atoInit && nowNs(sk.ns) - sk.lrcvtime < TCP_DELACK) sk.pingpong = true;
}

export { TCP_CLOSE, tcpSendActiveReset };
