// TCP's timers (net/ipv4/tcp_timer.c) on the world clock: the retransmit
// timer with exponential backoff — linear for the first
// tcp_syn_linear_timeouts SYN retransmissions, so a SYN leaves at 0, 1, 2, 3,
// 4, 5, 7, 11, 19, 35, 67 s and connect() fails with ETIMEDOUT at 131 s with
// the default tcp_syn_retries=6 (the give-up time is tcp_model_timeout() of
// tcp_syn_retries, as measured on the kernel here) —, the
// SYN-ACK retries of a half-open child, the delayed ACK (40 ms), TIME_WAIT
// (60 s) and the orphaned FIN_WAIT2 linger (tcp_fin_timeout).

import { LINUX_MIB_DELAYEDACKS, LINUX_MIB_TCPABORTONTIMEOUT, LINUX_MIB_TCPTIMEOUTREHASH, LINUX_MIB_TCPTIMEOUTS, LINUX_MIB_TW, netMib } from "../core/snmp.js";
import { ERRNO } from "../../uapi/errno.js";
import { TCP_CLOSE, TCP_FIN_WAIT2, TCP_SYN_RECV, TCP_SYN_SENT, TCP_TIME_WAIT } from "../../uapi/socket.js";
import { netCore } from "../core/net_namespace.js";
import { timerWheelDelay } from "../core/timer_wheel.js";
import { nowNs, sockWake } from "./inet_sock.js";
import { tcpUpdateMetrics } from "./tcp_metrics.js";
import { tcpRetransmitHead, tcpSendAck } from "./tcp_output.js";
import { NS_MS, TCP_DELACK, TCP_RTO_MAX, TCP_RTO_MIN, TCP_TIMEOUT_INIT, TCP_TIMEWAIT_LEN, tcpDone, tcpSetState, tcpSysctl, type TcpSock } from "./tcp_sock.js";

function clock(sk: TcpSock) {
  return netCore(sk.ns).host.clock;
}

/** inet_csk_reset_xmit_timer(ICSK_TIME_RETRANS, rto): a wheel timer, so it runs late by the wheel's granularity. */
export function tcpArmRto(sk: TcpSock): void {
  sk.rtoTimer?.cancel();
  const c = clock(sk);
  sk.rtoDue = c.now + sk.rto;
  sk.rtoTimer = c.after(timerWheelDelay(c.now, sk.rto), () => {
    sk.rtoTimer = undefined;
    tcpRetransmitTimer(sk);
  });
}

export function tcpStopRto(sk: TcpSock): void {
  sk.rtoTimer?.cancel();
  sk.rtoTimer = undefined;
}

/** tcp_model_timeout(): how long `boundary` exponential retransmissions take from `rtoBase`. */
export function tcpModelTimeout(boundary: number, rtoBase: number): number {
  const thresh = Math.floor(Math.log2(TCP_RTO_MAX / rtoBase));
  if (boundary <= thresh) return ((2 << boundary) - 1) * rtoBase;
  return ((2 << thresh) - 1) * rtoBase + (boundary - thresh) * TCP_RTO_MAX;
}

/** tcp_write_timeout(): true when the connection is given up (and then closed). */
function tcpWriteTimeout(sk: TcpSock): boolean {
  const ns = sk.ns;
  let expired: boolean;
  if (sk.state === TCP_SYN_SENT) {
    // Measured: tcp_syn_retries=1 gives up at 3 s (SYNs at 0, 1, 2), =3 at 19 s
    // (0, 1, 2, 3, 4, 5, 7, 11): the time the exponential schedule would take,
    // whatever the linear first retransmissions did.
    expired = sk.retransmits > 0 && nowNs(ns) - sk.retransStamp >= tcpModelTimeout(tcpSysctl(ns, "tcp_syn_retries", 6), TCP_TIMEOUT_INIT);
  } else if (sk.state === TCP_SYN_RECV && sk.parent) {
    expired = sk.retransmits >= tcpSysctl(ns, "tcp_synack_retries", 5);
  } else {
    let boundary = tcpSysctl(ns, "tcp_retries2", 15);
    if (sk.orphan) boundary = tcpSysctl(ns, "tcp_orphan_retries", 0) || 8;
    expired = sk.retransmits > 0 && nowNs(ns) - sk.retransStamp >= tcpModelTimeout(boundary, TCP_RTO_MIN);
  }
  if (!expired) {
    // sk_rethink_txhash() (net.core.txrehash on): a new flow hash after each timeout.
    if (!(sk.state === TCP_SYN_RECV && sk.parent)) netMib(ns).net[LINUX_MIB_TCPTIMEOUTREHASH]++;
    return false;
  }
  // tcp_write_err(); a request sock that runs out of SYN-ACK retries just goes.
  if (!(sk.state === TCP_SYN_RECV && sk.parent)) netMib(ns).net[LINUX_MIB_TCPABORTONTIMEOUT]++;
  if (!(sk.state === TCP_SYN_RECV && sk.parent)) sk.err = sk.errSoft || ERRNO.ETIMEDOUT;
  tcpDone(sk);
  return true;
}

/** tcp_retransmit_timer() */
function tcpRetransmitTimer(sk: TcpSock): void {
  if (sk.state === TCP_CLOSE || !sk.rtx.length) return;
  if (!(sk.state === TCP_SYN_RECV && sk.parent)) netMib(sk.ns).net[LINUX_MIB_TCPTIMEOUTS]++;
  if (tcpWriteTimeout(sk)) return;
  sk.retransmits++;
  tcpRetransmitHead(sk);
  sk.cwnd = 1;
  const linear = sk.state === TCP_SYN_SENT && sk.retransmits <= tcpSysctl(sk.ns, "tcp_syn_linear_timeouts", 4);
  if (!linear) sk.backoff++;
  const base = sk.state === TCP_SYN_SENT || sk.state === TCP_SYN_RECV ? TCP_TIMEOUT_INIT : Math.max(sk.rto >> 0, TCP_RTO_MIN);
  if (sk.state === TCP_SYN_SENT || sk.state === TCP_SYN_RECV) sk.rto = Math.min(base * 2 ** sk.backoff, TCP_RTO_MAX);
  else sk.rto = Math.min(linear ? sk.rto : sk.rto * 2, TCP_RTO_MAX);
  tcpArmRto(sk);
}

/** tcp_rtt_estimator() + tcp_set_rto(): RFC 6298 with Linux's 200 ms floor on the variance term. */
export function tcpRttSample(sk: TcpSock, rtt: number): void {
  if (sk.srtt === 0) {
    // srtt_us is at least 1 once measured (tcp_rtt_estimator): 0 stays "no sample yet" (tcp_update_metrics asks).
    sk.srtt = Math.max(rtt, 1);
    sk.rttvar = rtt / 2;
  } else {
    sk.rttvar = 0.75 * sk.rttvar + 0.25 * Math.abs(sk.srtt - rtt);
    sk.srtt = 0.875 * sk.srtt + 0.125 * rtt;
  }
  sk.rto = Math.min(Math.round(sk.srtt + Math.max(4 * sk.rttvar, TCP_RTO_MIN)), TCP_RTO_MAX);
}

/** inet_csk_schedule_ack + ICSK_TIME_DACK */
export function tcpSendDelayedAck(sk: TcpSock): void {
  sk.ackPending = true;
  if (sk.delackTimer) return;
  sk.delackTimer = clock(sk).after(TCP_DELACK, () => {
    sk.delackTimer = undefined;
    if (sk.ackPending && sk.state !== TCP_CLOSE) {
      netMib(sk.ns).net[LINUX_MIB_DELAYEDACKS]++;
      tcpSendAck(sk);
    }
  });
}

export function tcpCancelDelack(sk: TcpSock): void {
  sk.delackTimer?.cancel();
  sk.delackTimer = undefined;
}

/** tcp_time_wait(): the socket lingers in TIME_WAIT for 60 s, then goes. */
export function tcpTimeWait(sk: TcpSock): void {
  sk.rtoTimer?.cancel();
  sk.rtoTimer = undefined;
  sk.rtx.length = 0;
  tcpUpdateMetrics(sk);
  tcpSetState(sk, TCP_TIME_WAIT);
  netMib(sk.ns).net[LINUX_MIB_TW]++;
  sk.lingerTimer?.cancel();
  sk.lingerTimer = clock(sk).after(TCP_TIMEWAIT_LEN, () => {
    sk.lingerTimer = undefined;
    if (sk.state === TCP_TIME_WAIT) tcpDone(sk);
  });
}

/** An orphan in FIN_WAIT2 waits tcp_fin_timeout for the peer's FIN. */
export function tcpFinWait2Timer(sk: TcpSock): void {
  if (sk.state !== TCP_FIN_WAIT2 || !sk.orphan) return;
  sk.lingerTimer?.cancel();
  const secs = tcpSysctl(sk.ns, "tcp_fin_timeout", 60);
  sk.lingerTimer = clock(sk).after(secs * 1000 * NS_MS, () => {
    sk.lingerTimer = undefined;
    if (sk.state === TCP_FIN_WAIT2) tcpDone(sk);
  });
}

export { sockWake };
