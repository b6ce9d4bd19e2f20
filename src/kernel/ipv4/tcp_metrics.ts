// net/ipv4/tcp_metrics.c: what TCP remembers per destination (and source)
// address after a connection, and the "tcp_metrics" generic netlink family
// `ip tcp_metrics` talks to.
//
// tcp_update_metrics() runs where the kernel calls it: when a socket enters
// TIME_WAIT (tcp_time_wait) and when the passive closer's FIN is acked in
// LAST_ACK. A connection that measured no RTT, or whose retransmit timer
// backed off, stores nothing new (and zeroes a stored RTT). Otherwise the RTT
// is kept as the larger of the old and the new, else an EWMA (rtt << 3), its
// variation likewise (<< 2), and during initial slow start the larger cwnd;
// after a loss the average of old and new. net.ipv4.tcp_no_metrics_save=1
// turns saving off. Entries live per namespace; a dump lists them in hash
// order, which the kernel seeds at random per namespace (net_hash_mix), so
// this one lists them newest first and the goldens sort them.
// Not modelled: reading the metrics back into a new connection
// (tcp_init_metrics: initial RTT/ssthresh), the one-hour staleness reset,
// the per-bucket depth limit, TCP Fast Open's cookie cache, locked route
// metrics.

import { kerr } from "../../uapi/errno.js";
import { TCP_METRICS_GENL_NAME, TCP_METRICS_GENL_VERSION, type TcpmAddr, type TcpMetricsMsg, type TcpMetricsRequest } from "../../uapi/tcp_metrics.js";
import type { NetNamespace } from "../core/netns.js";
import { genlRegisterFamily } from "../netlink/genetlink.js";
import { nowNs } from "./inet_sock.js";
import { NS_MS, tcpSysctl, type TcpSock } from "./tcp_sock.js";

genlRegisterFamily(TCP_METRICS_GENL_NAME, TCP_METRICS_GENL_VERSION);

interface TcpMetricsBlock {
  daddr: TcpmAddr;
  saddr: TcpmAddr;
  /** tcpm_stamp, virtual ns. */
  stamp: number;
  rtt: number;
  rttvar: number;
  ssthresh: number;
  cwnd: number;
  reordering: number;
}

/** Newest first (the bucket head). */
function table(ns: NetNamespace): TcpMetricsBlock[] {
  return ns.get("tcp_metrics", () => [] as TcpMetricsBlock[]);
}

/** The socket's addresses as the metrics key them (an IPv4-mapped IPv6 socket by its IPv4 ones). */
function sockAddrs(sk: TcpSock): { daddr: TcpmAddr; saddr: TcpmAddr } {
  if (sk.family === 6 && !sk.v4mapped) return { daddr: sk.daddr6, saddr: sk.saddr6 };
  return { daddr: sk.daddr, saddr: sk.saddr };
}

function find(ns: NetNamespace, daddr: TcpmAddr, saddr: TcpmAddr): TcpMetricsBlock | undefined {
  return table(ns).find((t) => t.daddr === daddr && t.saddr === saddr);
}

/** tcp_update_metrics() */
export function tcpUpdateMetrics(sk: TcpSock): void {
  const ns = sk.ns;
  if (tcpSysctl(ns, "tcp_no_metrics_save", 0)) return;
  const { daddr, saddr } = sockAddrs(sk);
  // srtt_us (<< 3). The model's links answer within nanoseconds where a real stack's samples are
  // never under a microsecond (softirq work both ways: 20-700 µs seen on veth and lo), so a
  // measured RTT counts as at least 1 µs; the printed values are masked as timings anyway.
  const srttUs8 = sk.srtt ? Math.max(8, Math.round((sk.srtt / 1000) * 8)) : 0;
  if (sk.backoff || !srttUs8) {
    // "This session failed to estimate rtt": forget what was measured before.
    const tm = find(ns, daddr, saddr);
    if (tm) tm.rtt = 0;
    return;
  }
  let tm = find(ns, daddr, saddr);
  if (!tm) {
    tm = { daddr, saddr, stamp: 0, rtt: 0, rttvar: 0, ssthresh: 0, cwnd: 0, reordering: 0 };
    table(ns).unshift(tm);
  }
  let m = tm.rtt - srttUs8;
  tm.rtt = m <= 0 ? srttUs8 : tm.rtt - (m >> 3);
  m = Math.abs(m) >> 1;
  const mdevUs4 = Math.max(4, Math.round((sk.rttvar / 1000) * 4));
  if (m < mdevUs4) m = mdevUs4;
  tm.rttvar = m >= tm.rttvar ? m : tm.rttvar - ((tm.rttvar - m) >> 2);
  // The model has no ssthresh: a retransmit timeout (cwnd back to 1) is the loss that ends slow start.
  if (!sk.retransmits) tm.cwnd = Math.max(tm.cwnd, sk.cwnd);
  else tm.cwnd = (tm.cwnd + sk.cwnd) >> 1;
  tm.stamp = nowNs(ns);
}

function fill(ns: NetNamespace, t: TcpMetricsBlock): TcpMetricsMsg {
  const m: TcpMetricsMsg = { daddr: t.daddr, saddr: t.saddr, ageMs: Math.floor((nowNs(ns) - t.stamp) / NS_MS) };
  if (t.rtt) m.rttUs = t.rtt;
  if (t.rttvar) m.rttvarUs = t.rttvar;
  if (t.ssthresh) m.ssthresh = t.ssthresh;
  if (t.cwnd) m.cwnd = t.cwnd;
  if (t.reordering) m.reordering = t.reordering;
  return m;
}

/** tcp_metrics_nl_cmd_get_doit / _dumpit / _del_doit; ESRCH for an address with no entry. */
export function tcpMetricsTalk(ns: NetNamespace, req: TcpMetricsRequest): TcpMetricsMsg[] {
  const tab = table(ns);
  if (req.cmd === "GET") {
    if (req.dump) return tab.map((t) => fill(ns, t));
    const t = tab.find((e) => e.daddr === req.daddr && (req.saddr === undefined || e.saddr === req.saddr));
    if (!t) throw kerr("ESRCH");
    return [fill(ns, t)];
  }
  if (req.daddr === undefined) {
    tab.length = 0;
    return [];
  }
  const keep = tab.filter((e) => !(e.daddr === req.daddr && (req.saddr === undefined || e.saddr === req.saddr)));
  if (keep.length === tab.length) throw kerr("ESRCH");
  tab.splice(0, tab.length, ...keep);
  return [];
}
