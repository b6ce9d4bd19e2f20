// net/core/rtnetlink.c rtnl_stats_get() / rtnl_stats_dump() / rtnl_stats_set()
// with net/core/dev.c's offload xstats: what `ip stats` reads. Each device
// answers IFLA_STATS_LINK_64 (its counters) and the offload group's
// HW_S_INFO (l3_stats: requested by RTM_SETSTATS, never used — no driver here
// offloads L3 statistics), plus L3_STATS (all zero) while it is requested.
// Nothing is answered for IFLA_STATS_LINK_OFFLOAD_XSTATS_CPU_HIT (no driver
// has ndo_has_offload_stats) nor IFLA_STATS_AF_SPEC (no MPLS module).
// Left out: the bridge and bond xstats (IFLA_STATS_LINK_XSTATS[_SLAVE]) a
// bridge, a bond or their ports would answer; the filter masks (the tool
// picks what it shows).

import { kerr } from "../../uapi/errno.js";
import type { IfStatsMsg, RtmStatsReply, RtmStatsRequest, RtnlHwStats64 } from "../../uapi/if_stats.js";
import type { Task } from "../task/task.js";
import { devGetByIndex, devListByIndex } from "./dev.js";
import type { NetDevice } from "./netdevice.js";

/** netdev_offload_xstats_enable()'s record: devices whose L3 statistics were requested. */
const l3Requested = new WeakSet<NetDevice>();

const zeroHw = (): RtnlHwStats64 => ({
  rx_packets: 0, tx_packets: 0, rx_bytes: 0, tx_bytes: 0, rx_errors: 0, tx_errors: 0, rx_dropped: 0, tx_dropped: 0, multicast: 0,
});

function fill(dev: NetDevice): IfStatsMsg {
  const request = l3Requested.has(dev);
  return {
    ifindex: dev.ifindex,
    IFLA_STATS_LINK_64: { ...dev.stats },
    offload: { HW_S_INFO: { l3_stats: { request, used: false } }, ...(request ? { L3_STATS: zeroHw() } : {}) },
  };
}

export function rtnlStatsTalk(task: Task, req: RtmStatsRequest): RtmStatsReply {
  const net = task.netns;
  if (req.type === "RTM_GETSTATS") {
    if (!req.ifindex) return { type: "stats", stats: devListByIndex(net).map(fill) };
    const dev = devGetByIndex(net, req.ifindex);
    if (!dev) throw kerr("ENODEV");
    return { type: "stats", stats: [fill(dev)] };
  }
  const dev = devGetByIndex(net, req.ifindex);
  if (!dev) throw kerr("ENODEV");
  if (req.IFLA_STATS_SET_OFFLOAD_XSTATS_L3_STATS) l3Requested.add(dev);
  else l3Requested.delete(dev);
  return { type: "ack" };
}
