// include/uapi/linux/netconf.h: RTM_GETNETCONF and the netconfmsg a family's
// devconf answers with (NETCONFA_* attributes; absent ones are not in the
// message). `ip netconf` asks through netconfRtnlTalk (kernel/ipv4/netconf.ts);
// `ip monitor netconf` hears the same messages as notifications.

/** NETCONFA_IFINDEX values naming the "all" and "default" configurations rather than a device. */
export const NETCONFA_IFINDEX_ALL = -1;
export const NETCONFA_IFINDEX_DEFAULT = -2;

export interface NetconfMsg {
  /** ncm_family: AF_INET (2) or AF_INET6 (10). */
  family: 2 | 10;
  /** NETCONFA_IFINDEX: a device, or NETCONFA_IFINDEX_ALL / NETCONFA_IFINDEX_DEFAULT. */
  ifindex: number;
  forwarding?: number;
  rp_filter?: number;
  mc_forwarding?: number;
  proxy_neigh?: number;
  ignore_routes_with_linkdown?: number;
}

/**
 * With `ifindex` the doit (inet_netconf_get_devconf / inet6_netconf_get_devconf: one family, one
 * configuration); without it the dump of `family` (0: every family's dumpit in turn, rtnl_dump_all).
 */
export interface RtmGetNetconf {
  type: "RTM_GETNETCONF";
  family: number;
  ifindex?: number;
}

export type NetconfReply = { type: "netconf"; msgs: NetconfMsg[] };
