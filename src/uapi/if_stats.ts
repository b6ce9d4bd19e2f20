// RTM_GETSTATS / RTM_SETSTATS (include/uapi/linux/if_link.h: struct
// if_stats_msg, IFLA_STATS_*, IFLA_OFFLOAD_XSTATS_*) as typed messages: what
// `ip stats` asks for and the kernel's answer per device.

import type { RtnlLinkStats64 } from "./if_link.js";

/** IFLA_OFFLOAD_XSTATS_HW_S_INFO's entry for one hardware statistics suite. */
export interface HwStatsInfo {
  request: boolean;
  used: boolean;
}

/** struct rtnl_hw_stats64 (IFLA_OFFLOAD_XSTATS_L3_STATS). */
export interface RtnlHwStats64 {
  rx_packets: number;
  tx_packets: number;
  rx_bytes: number;
  tx_bytes: number;
  rx_errors: number;
  tx_errors: number;
  rx_dropped: number;
  tx_dropped: number;
  multicast: number;
}

/** One device's answer: only the attributes the kernel has for it. */
export interface IfStatsMsg {
  ifindex: number;
  IFLA_STATS_LINK_64?: RtnlLinkStats64;
  /** IFLA_STATS_LINK_OFFLOAD_XSTATS */
  offload?: { HW_S_INFO: { l3_stats: HwStatsInfo }; L3_STATS?: RtnlHwStats64 };
}

export type RtmStatsRequest =
  | { type: "RTM_GETSTATS"; /** 0: a dump of every device */ ifindex: number }
  | { type: "RTM_SETSTATS"; ifindex: number; IFLA_STATS_SET_OFFLOAD_XSTATS_L3_STATS: boolean };

export type RtmStatsReply = { type: "stats"; stats: IfStatsMsg[] } | { type: "ack" };
