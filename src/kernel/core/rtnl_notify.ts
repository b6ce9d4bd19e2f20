// RTNLGRP_NEIGH multicast notifications (rtnl_notify() to the group): what a
// netlink socket subscribed to neighbour events (`ip monitor neigh`) reads.
// Listeners are per namespace, as netlink groups are; a message is handed to
// every listener of the namespace at the moment it is sent (a listener keeps
// its own queue, like a socket receive buffer).
//
// Senders in the model: the neighbour tables (neigh_update_notify,
// neigh_cleanup_and_release) and the vxlan driver (vxlan_fdb_notify: fdb
// changes as AF_BRIDGE, l2miss/l3miss as RTM_GETNEIGH).

import type { NetconfMsg } from "../../uapi/netconf.js";
import type { NetNamespace } from "./netns.js";

export type NeighNotifyType = "RTM_NEWNEIGH" | "RTM_DELNEIGH" | "RTM_GETNEIGH";

/** struct ndmsg + the attributes a notification may carry. */
export interface NeighNotify {
  type: NeighNotifyType;
  /** AF_INET (2), AF_INET6 (10), AF_BRIDGE (7). */
  ndm_family: number;
  ndm_ifindex: number;
  ndm_state: number;
  ndm_flags: number;
  /** NDA_DST: an IPv4 address (host order) or an IPv6 one. */
  NDA_DST?: { family: 4; addr: number } | { family: 6; addr: bigint };
  NDA_LLADDR?: Uint8Array;
  NDA_MASTER?: number;
  NDA_VLAN?: number;
}

export type NeighListener = (m: NeighNotify) => void;

/**
 * A multicast group's listeners per namespace, kept beside the namespace (a
 * WeakMap): sending into a namespace nobody listens in allocates nothing.
 */
export class RtnlGroup<M> {
  private readonly groups = new WeakMap<NetNamespace, Set<(m: M) => void>>();

  /** Joins the group in `net`; returns the leave function (the socket's close). */
  listen(net: NetNamespace, fn: (m: M) => void): () => void {
    let s = this.groups.get(net);
    if (!s) this.groups.set(net, (s = new Set()));
    s.add(fn);
    return () => s.delete(fn);
  }

  /** rtnl_has_listeners(): senders skip building a message no one would read. */
  listening(net: NetNamespace): boolean {
    return (this.groups.get(net)?.size ?? 0) > 0;
  }

  /** rtnl_notify(): nothing to do when no one listens. */
  notify(net: NetNamespace, m: M): void {
    const s = this.groups.get(net);
    if (!s?.size) return;
    for (const fn of [...s]) fn(m);
  }
}

const neighGroup = new RtnlGroup<NeighNotify>();

/** Joins RTNLGRP_NEIGH in `net`; returns the leave function (the socket's close). */
export function rtnlNeighListen(net: NetNamespace, fn: NeighListener): () => void {
  return neighGroup.listen(net, fn);
}

/** rtnl_has_listeners(net, RTNLGRP_NEIGH) */
export function rtnlNeighListening(net: NetNamespace): boolean {
  return neighGroup.listening(net);
}

/** rtnl_notify(..., RTNLGRP_NEIGH) */
export function rtnlNeighNotify(net: NetNamespace, m: NeighNotify): void {
  neighGroup.notify(net, m);
}

// ---- RTNLGRP_IPV4_IFADDR / RTNLGRP_IPV6_IFADDR: address notifications (`ip monitor address`).

/** An address notification: the message as the dump would give it (IPv4 or IPv6 form). */
export interface AddrNotify {
  type: "RTM_NEWADDR" | "RTM_DELADDR";
  /** IfAddrMsg (uapi/if_addr.ts) for AF_INET, In6IfAddrMsg (uapi/in6.ts) for AF_INET6. */
  msg: unknown;
  family: 2 | 10;
}

const addrGroup = new RtnlGroup<AddrNotify>();

/** Joins the address groups in `net`; returns the leave function. */
export function rtnlAddrListen(net: NetNamespace, fn: (m: AddrNotify) => void): () => void {
  return addrGroup.listen(net, fn);
}

export function rtnlAddrListening(net: NetNamespace): boolean {
  return addrGroup.listening(net);
}

export function rtnlAddrNotify(net: NetNamespace, m: AddrNotify): void {
  addrGroup.notify(net, m);
}

// ---- The other rtnetlink groups `ip monitor` and `bridge monitor` join. Each
// message is built when it is sent (the object as it is at that moment) and
// only when someone listens in the namespace.

/** RTNLGRP_LINK: rtmsg_ifinfo() (AF_UNSPEC, `msg` an IfInfoMsg) and br_ifinfo_notify() (AF_BRIDGE). */
export interface LinkNotify {
  type: "RTM_NEWLINK" | "RTM_DELLINK";
  /** 0 (AF_UNSPEC) or 7 (AF_BRIDGE). */
  family: 0 | 7;
  /** IfInfoMsg (uapi/if_link.ts) */
  msg: unknown;
}
export const rtnlLinkGroup = new RtnlGroup<LinkNotify>();

/** RTNLGRP_IPV4_ROUTE (rtmsg_fib) / RTNLGRP_IPV6_ROUTE (inet6_rt_notify). */
export interface RouteNotify {
  type: "RTM_NEWROUTE" | "RTM_DELROUTE";
  family: 2 | 10;
  /** RtMsg (uapi/route.ts) for AF_INET, Rt6Msg (uapi/in6.ts) for AF_INET6. */
  msg: unknown;
}
export const rtnlRouteGroup = new RtnlGroup<RouteNotify>();

/** RTNLGRP_IPV4_RULE / RTNLGRP_IPV6_RULE: notify_rule_change(). */
export interface RuleNotify {
  type: "RTM_NEWRULE" | "RTM_DELRULE";
  family: 2 | 10;
  /** FibRuleMsg (uapi/fib_rules.ts) */
  msg: unknown;
}
export const rtnlRuleGroup = new RtnlGroup<RuleNotify>();

/** RTNLGRP_IPV4_NETCONF / RTNLGRP_IPV6_NETCONF: inet_netconf_notify_devconf() and its IPv6 twin. */
export interface NetconfNotify extends NetconfMsg {
  type: "RTM_NEWNETCONF" | "RTM_DELNETCONF";
}
export const rtnlNetconfGroup = new RtnlGroup<NetconfNotify>();

/** RTNLGRP_NEXTHOP: nexthop_notify() (`msg` a copy of the NhObj, kernel/ipv4/nexthop.ts). */
export interface NexthopNotify {
  type: "RTM_NEWNEXTHOP" | "RTM_DELNEXTHOP";
  msg: unknown;
}
export const rtnlNexthopGroup = new RtnlGroup<NexthopNotify>();

/** RTNLGRP_NSID: rtnl_net_notifyid() — an id this namespace gives a peer was assigned or dropped (NETNSA_NSID). */
export interface NsidNotify {
  type: "RTM_NEWNSID" | "RTM_DELNSID";
  nsid: number;
}
export const rtnlNsidGroup = new RtnlGroup<NsidNotify>();
