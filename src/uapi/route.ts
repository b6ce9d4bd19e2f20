// Routes over rtnetlink (include/uapi/linux/rtnetlink.h: struct rtmsg, RTN_*,
// RT_SCOPE_*, RTPROT_*, RT_TABLE_*, RTNH_F_*, RTM_F_*, RTCF_*). `ip route`
// builds these; the kernel's FIB answers with one RtMsg per route.

export const RTN_UNSPEC = 0;
export const RTN_UNICAST = 1;
export const RTN_LOCAL = 2;
export const RTN_BROADCAST = 3;
export const RTN_ANYCAST = 4;
export const RTN_MULTICAST = 5;
export const RTN_BLACKHOLE = 6;
export const RTN_UNREACHABLE = 7;
export const RTN_PROHIBIT = 8;
export const RTN_THROW = 9;
export const RTN_NAT = 10;
export const RTN_XRESOLVE = 11;
export const RTN_MAX = 11;

export const RT_SCOPE_UNIVERSE = 0;
export const RT_SCOPE_SITE = 200;
export const RT_SCOPE_LINK = 253;
export const RT_SCOPE_HOST = 254;
export const RT_SCOPE_NOWHERE = 255;

export const RTPROT_UNSPEC = 0;
export const RTPROT_REDIRECT = 1;
export const RTPROT_KERNEL = 2;
export const RTPROT_BOOT = 3;
export const RTPROT_STATIC = 4;

export const RT_TABLE_UNSPEC = 0;
export const RT_TABLE_COMPAT = 252;
export const RT_TABLE_DEFAULT = 253;
export const RT_TABLE_MAIN = 254;
export const RT_TABLE_LOCAL = 255;

export const RTNH_F_DEAD = 1;
export const RTNH_F_PERVASIVE = 2;
export const RTNH_F_ONLINK = 4;
export const RTNH_F_OFFLOAD = 8;
export const RTNH_F_LINKDOWN = 16;
export const RTNH_F_UNRESOLVED = 32;

export const RTM_F_NOTIFY = 0x100;
export const RTM_F_CLONED = 0x200;
export const RTM_F_EQUALIZE = 0x400;
export const RTM_F_PREFIX = 0x800;
export const RTM_F_LOOKUP_TABLE = 0x1000;
export const RTM_F_FIB_MATCH = 0x2000;

/** RTCF_* flags of a cached route (rtm_flags of an `ip route get` answer, upper bits). */
export const RTCF_NOTIFY = 0x00010000;
export const RTCF_DIRECTDST = 0x00020000;
export const RTCF_REDIRECTED = 0x00040000;
export const RTCF_TPROXY = 0x00080000;
export const RTCF_FAST = 0x00200000;
export const RTCF_MASQ = 0x00400000;
export const RTCF_SNAT = 0x00800000;
export const RTCF_DOREDIRECT = 0x01000000;
export const RTCF_DIRECTSRC = 0x04000000;
export const RTCF_DNAT = 0x08000000;
export const RTCF_BROADCAST = 0x10000000;
export const RTCF_MULTICAST = 0x20000000;
export const RTCF_REJECT = 0x40000000;
export const RTCF_LOCAL = 0x80000000;

export interface RtaCacheinfo {
  rta_clntref: number;
  rta_lastuse: number;
  rta_expires: number;
  rta_error: number;
  rta_used: number;
  rta_id: number;
  rta_ts: number;
  rta_tsage: number;
}

/** struct rtmsg + attributes (IPv4 addresses as uint32). */
export interface RtMsg {
  rtm_family: number;
  rtm_dst_len: number;
  rtm_src_len: number;
  rtm_tos: number;
  /** Low 8 bits of the table id (RTA_TABLE carries it whole). */
  rtm_table: number;
  rtm_protocol: number;
  rtm_scope: number;
  rtm_type: number;
  rtm_flags: number;
  RTA_TABLE?: number;
  RTA_DST?: number;
  RTA_SRC?: number;
  RTA_IIF?: number;
  RTA_OIF?: number;
  RTA_GATEWAY?: number;
  /** RTA_VIA (struct rtvia) with an AF_INET6 address: an IPv4 route's IPv6 next hop (RFC 5549). */
  RTA_VIA6?: bigint;
  RTA_PRIORITY?: number;
  RTA_PREFSRC?: number;
  RTA_MARK?: number;
  /** RTA_FLOW: the route realms (from << 16 | to), CONFIG_IP_ROUTE_CLASSID. */
  RTA_FLOW?: number;
  RTA_UID?: number;
  /** `ip route get ... ipproto P sport N dport N`: the flow's protocol and ports. */
  RTA_IP_PROTO?: number;
  RTA_SPORT?: number;
  RTA_DPORT?: number;
  RTA_CACHEINFO?: RtaCacheinfo;
  RTA_METRICS?: RtaMetrics;
  /** RTA_MULTIPATH: the nexthops of a multipath route, in order. */
  RTA_MULTIPATH?: RtNexthop[];
  /** RTA_NH_ID: the nexthop object a route goes through. */
  RTA_NH_ID?: number;
}

/** struct rtnexthop and its attributes (rtnh_hops is the weight minus one). */
export interface RtNexthop {
  rtnh_flags: number;
  rtnh_hops: number;
  rtnh_ifindex: number;
  RTA_GATEWAY?: number;
  /** An IPv6 RTA_GATEWAY (the nexthops of an AF_INET6 route). */
  RTA_GATEWAY6?: bigint;
  /** RTA_VIA with an AF_INET6 address (an IPv4 route's nexthop). */
  RTA_VIA6?: bigint;
  /** RTA_FLOW: this nexthop's realms. */
  RTA_FLOW?: number;
}

/** RTAX_MTU: the path MTU metric. */
export const RTAX_MTU = 2;
/** RTAX_WINDOW, RTAX_RTT (in 1/8 ms), RTAX_ADVMSS: the metrics route(8) sets (RTF_WINDOW, RTF_IRTT, RTF_MSS). */
export const RTAX_WINDOW = 3;
export const RTAX_RTT = 4;
export const RTAX_ADVMSS = 8;
/** RTAX_INITCWND / RTAX_INITRWND: the initial congestion and receive windows, in segments. */
export const RTAX_INITCWND = 11;
export const RTAX_INITRWND = 14;

/** RTA_METRICS: RTAX_LOCK's bits and the RTAX_* values present, by index (RTAX_MTU 2 ... RTAX_INITRWND 14). */
export interface RtaMetrics {
  lock: number;
  vals: Array<[number, number]>;
  /** RTAX_CC_ALGO, which netlink carries as the algorithm's name. */
  cc?: string;
}

/** dst_metric_raw(): metric `rtax` of a route's RTA_METRICS, 0 when unset. */
export function rtaMetric(metrics: RtaMetrics | undefined, rtax: number): number {
  return metrics?.vals.find(([k]) => k === rtax)?.[1] ?? 0;
}

/** dst_metric_locked(): `ip route … mtu lock N` set RTAX_LOCK's bit for `rtax`. */
export function rtaMetricLocked(metrics: RtaMetrics | undefined, rtax: number): boolean {
  return ((metrics?.lock ?? 0) & (1 << rtax)) !== 0;
}

/** RTM_NEWROUTE / RTM_DELROUTE as `ip route add|del|replace|change|append|prepend` send them. */
export interface RtmModRoute {
  type: "RTM_NEWROUTE" | "RTM_DELROUTE";
  nlmsg_flags: number;
  msg: RtMsg;
}

/** RTM_GETROUTE: a dump of the tables (filtered by table when strict), or one lookup (`ip route get`). */
export type RtmGetRoute =
  | { type: "RTM_GETROUTE"; dump: true; rtm_family: number; RTA_TABLE?: number; /** RTM_F_CLONED: the cached exceptions instead. */ rtm_flags?: number }
  | { type: "RTM_GETROUTE"; dump: false; msg: RtMsg };

/** rtm_flags bits iproute2 names rt_offload / rt_trap / rt_offload_failed (RTCF_MULTICAST shares the last). */
export const RTM_F_OFFLOAD = 0x4000;
export const RTM_F_TRAP = 0x8000;
export const RTM_F_OFFLOAD_FAILED = 0x20000000;
/** RTNH_F_TRAP */
export const RTNH_F_TRAP = 64;
