// include/uapi/linux/tcp_metrics.h: the "tcp_metrics" generic netlink family
// as typed messages (TCP_METRICS_CMD_GET/DEL and what a dump answers).

export const TCP_METRICS_GENL_NAME = "tcp_metrics";
export const TCP_METRICS_GENL_VERSION = 1;

/** An address of either family: a number for IPv4, a bigint for IPv6. */
export type TcpmAddr = number | bigint;

export type TcpMetricsRequest =
  | { cmd: "GET"; dump: true }
  | { cmd: "GET"; dump: false; daddr: TcpmAddr; saddr?: TcpmAddr }
  /** DEL without an address: every entry of the namespace. */
  | { cmd: "DEL"; daddr?: TcpmAddr; saddr?: TcpmAddr };

/** tcp_metrics_fill_info(): the metrics that are not 0 (rtt/rttvar in µs, as TCP_METRIC_RTT_US/RTTVAR_US carry them). */
export interface TcpMetricsMsg {
  daddr: TcpmAddr;
  saddr: TcpmAddr;
  /** TCP_METRICS_ATTR_AGE: ms since the entry was last updated. */
  ageMs: number;
  /** TCP_METRIC_RTT_US (srtt << 3) and TCP_METRIC_RTTVAR_US (<< 2). */
  rttUs?: number;
  rttvarUs?: number;
  ssthresh?: number;
  cwnd?: number;
  reordering?: number;
}
