// ipv6_route_ioctl() (net/ipv6/route.c): SIOCADDRT / SIOCDELRT on an
// AF_INET6 socket with struct in6_rtmsg, as net-tools' `route -A inet6`
// sends them. rtmsg_to_fib6_config(): table main, metric 1024 when 0, proto
// boot, the RTF_* flags as given. There is no netlink header: an addition is
// neither exclusive nor a replacement (only the same nexthop is a duplicate),
// and the RTF_HOST bit route(8) sets for a /128 reads as RTNH_F_ONLINK.

import { kerr } from "../../uapi/errno.js";
import { RTF6_GATEWAY, RTF6_HOST, RTF6_UP, type In6Rtmsg } from "../../uapi/in6.js";
import { RT_TABLE_MAIN, RTN_UNICAST, RTPROT_BOOT } from "../../uapi/route.js";
import { devGetByIndex } from "../core/dev.js";
import type { NetNamespace } from "../core/netns.js";
import { ip6RouteAddCfg } from "./addrconf_rtnl.js";
import { ip6RouteDel, type Rt6Config } from "./route.js";

export function ipv6RouteIoctl(ns: NetNamespace, cmd: "SIOCADDRT" | "SIOCDELRT", m: In6Rtmsg): void {
  if (m.rtmsg_dst_len > 128) throw kerr("EINVAL");
  const dev = m.rtmsg_ifindex ? devGetByIndex(ns, m.rtmsg_ifindex) : undefined;
  if (m.rtmsg_ifindex && !dev) throw kerr("ENODEV");
  const gw = m.rtmsg_flags & RTF6_GATEWAY ? m.rtmsg_gateway : undefined;
  const metric = m.rtmsg_metric || 1024;
  if (cmd === "SIOCDELRT") {
    ip6RouteDel(ns, { table: RT_TABLE_MAIN, dst: m.rtmsg_dst, dstLen: m.rtmsg_dst_len, metric, gw, dev });
    return;
  }
  const cfg: Rt6Config = {
    table: RT_TABLE_MAIN,
    type: m.rtmsg_type || RTN_UNICAST,
    dst: m.rtmsg_dst,
    dstLen: m.rtmsg_dst_len,
    metric,
    protocol: RTPROT_BOOT,
    rtf: m.rtmsg_flags & ~(RTF6_UP | RTF6_GATEWAY),
    onlink: (m.rtmsg_flags & RTF6_HOST) !== 0,
  };
  if (gw !== undefined) cfg.gw = gw;
  ip6RouteAddCfg(ns, cfg, dev, { excl: false, replace: false, create: true, ioctl: true });
}
