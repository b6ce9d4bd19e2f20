import type { RtaMetrics } from "./route.js";
// The IPv6 half of rtnetlink's address and route messages (family AF_INET6):
// struct ifaddrmsg / struct rtmsg with their attributes, addresses as 16
// bytes (struct in6_addr). `ip -6 addr`, `ip -6 route`, `ip maddr` and
// ifconfig read these; the IPv4 half is in if_addr.ts / route.ts.

import type { IfaCacheinfo } from "./if_addr.js";
import type { NdMsg } from "./neighbour.js";

/** RTM_NEWADDR (AF_INET6) as the kernel reports an address. */
export interface In6IfAddrMsg {
  ifa_family: 10;
  ifa_prefixlen: number;
  /** Low 8 bits of the flags (IFA_FLAGS carries all of them). */
  ifa_flags: number;
  /** RT_SCOPE_*: 253 link, 254 host, 0 global. */
  ifa_scope: number;
  ifa_index: number;
  IFA_ADDRESS: Uint8Array;
  IFA_FLAGS: number;
  IFA_CACHEINFO: IfaCacheinfo;
}

/** RTM_NEWROUTE (AF_INET6) in a dump. */
export interface Rt6Msg {
  rtm_family: 10;
  rtm_dst_len: number;
  rtm_src_len: number;
  rtm_table: number;
  /** RTPROT_* */
  rtm_protocol: number;
  rtm_scope: number;
  /** RTN_* */
  rtm_type: number;
  /** RTNH_F_* (RTNH_F_LINKDOWN while the device has no carrier). */
  rtm_flags: number;
  RTA_TABLE: number;
  RTA_DST?: Uint8Array;
  RTA_OIF: number;
  RTA_PRIORITY: number;
  RTA_GATEWAY?: Uint8Array;
  /** RTA_PREFSRC, in `ip -6 route get` answers. */
  RTA_PREFSRC?: Uint8Array;
  /** RTA_IIF, in `ip -6 route get ... iif DEV` answers (instead of RTA_PREFSRC). */
  RTA_IIF?: number;
  /** ICMPV6_ROUTER_PREF_*: 0 medium. */
  RTA_PREF: number;
  /** RTA_CACHEINFO's rta_expires (USER_HZ ticks left), for a route that expires (an RTF_CACHE exception). */
  RTA_EXPIRES?: number;
  /** RTAX_MTU of RTA_METRICS (an exception's learned path MTU). */
  RTA_MTU?: number;
  /** RTA_METRICS of the route (mtu, advmss, hoplimit...). */
  RTA_METRICS?: RtaMetrics;
  /** RTA_NH_ID: the nexthop object the route goes through. */
  RTA_NH_ID?: number;
  /** A route with siblings: one rtnexthop per sibling (then no RTA_OIF/RTA_GATEWAY of its own). */
  RTA_MULTIPATH?: Rt6Nexthop[];
}

/** struct rtnexthop with its IPv6 RTA_GATEWAY (RTA_MULTIPATH of an AF_INET6 route). */
export interface Rt6Nexthop {
  /** RTNH_F_* */
  rtnh_flags: number;
  /** weight - 1 */
  rtnh_hops: number;
  rtnh_ifindex: number;
  RTA_GATEWAY?: Uint8Array;
}

/** One IPv6 multicast group of a device (/proc/net/igmp6 line). */
export interface In6McMsg {
  ifindex: number;
  ifname: string;
  group: Uint8Array;
  users: number;
  /** MAF_* flags */
  flags: number;
}

export type Inet6RtnlRequest =
  | { type: "RTM_GETADDR"; ifa_family: 10; ifa_index?: number }
  | { type: "RTM_GETROUTE"; rtm_family: 10; dump: true; RTA_TABLE?: number; /** RTM_F_CLONED: the exceptions instead of the routes. */ rtm_flags?: number }
  | { type: "RTM_GETMULTICAST"; ifa_family: 10 }
  | { type: "RTM_GETNEIGH"; ndm_family: 10; ndm_ifindex?: number; /** NTF_PROXY: the proxy entries. */ ndm_flags?: number }
  | { type: "RTM_DELNEIGH"; ndm_family: 10; ndm_ifindex: number; ndm_flags?: number; NDA_DST6: bigint }
  | { type: "RTM_NEWNEIGH"; nlmsg_flags: number; ndm_family: 10; ndm_ifindex: number; ndm_state: number; ndm_flags: number; NDA_DST6: bigint; NDA_LLADDR?: Uint8Array; NDA_PROTOCOL?: number }
  | { type: "RTM_NEWROUTE" | "RTM_DELROUTE"; rtm_family: 10; nlmsg_flags: number; rtm_dst_len: number; rtm_table: number; rtm_protocol: number; rtm_type: number; RTA_DST: Uint8Array; RTA_GATEWAY?: Uint8Array; RTA_PREFSRC?: Uint8Array; RTA_OIF?: number; RTA_PRIORITY?: number; /** RTM_F_CLONED on a deletion: the exception (RTF_CACHE); RTNH_F_ONLINK on an addition. */ rtm_flags?: number; RTA_MULTIPATH?: Rt6Nexthop[]; RTA_METRICS?: RtaMetrics; /** ICMPV6_ROUTER_PREF_* */ RTA_PREF?: number; /** seconds */ RTA_EXPIRES?: number; RTA_NH_ID?: number }
  | { type: "RTM_GETROUTE"; rtm_family: 10; dump?: false; RTA_DST: Uint8Array; RTA_OIF?: number; RTA_SRC?: Uint8Array; RTA_IIF?: number; RTA_MARK?: number; RTA_UID?: number; RTA_IP_PROTO?: number; RTA_SPORT?: number; RTA_DPORT?: number; /** RTM_F_FIB_MATCH: the FIB entry instead of the path. */ rtm_flags?: number }
  | { type: "RTM_NEWADDR" | "RTM_DELADDR"; /** NLM_F_REPLACE without NLM_F_EXCL: an existing address is modified (change/replace). */ nlmsg_flags?: number; ifa_family: 10; ifa_index: number; ifa_prefixlen: number; IFA_LOCAL: Uint8Array; IFA_FLAGS: number; /** Lifetimes in seconds (INFINITY_LIFE_TIME: forever). */ IFA_CACHEINFO?: { ifa_valid: number; ifa_prefered: number } };

export type Inet6RtnlReply =
  | { type: "addrs6"; addrs: In6IfAddrMsg[] }
  | { type: "routes6"; routes: Rt6Msg[] }
  | { type: "mcast6"; groups: In6McMsg[] }
  | { type: "ack" }
  | { type: "neighs6"; neighs: NdMsg[] }
  | { type: "route6"; route: Rt6Msg };

/** struct in6_rtmsg (include/uapi/linux/ipv6_route.h), what SIOCADDRT/SIOCDELRT on an AF_INET6 socket take. */
export interface In6Rtmsg {
  rtmsg_dst: bigint;
  rtmsg_gateway: bigint;
  /** RTF_* (RTF_UP, RTF_GATEWAY, RTF_HOST, RTF_MODIFIED, RTF_DYNAMIC as route(8) sets them). */
  rtmsg_flags: number;
  rtmsg_dst_len: number;
  rtmsg_metric: number;
  rtmsg_ifindex: number;
  /** RTN_*; 0 = unicast. */
  rtmsg_type: number;
}

/** The RTF_* bits of /proc/net/ipv6_route (include/uapi/linux/route.h, ipv6_route.h). */
export const RTF6_UP = 0x0001;
export const RTF6_GATEWAY = 0x0002;
export const RTF6_HOST = 0x0004;
export const RTF6_REJECT = 0x0200;
export const RTF6_DYNAMIC = 0x0010;
export const RTF6_MODIFIED = 0x0020;
export const RTF6_NONEXTHOP = 0x00200000;
export const RTF6_LOCAL = 0x80000000;
