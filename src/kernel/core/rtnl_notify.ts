// RTNLGRP_NEIGH multicast notifications (rtnl_notify() to the group): what a
// netlink socket subscribed to neighbour events (`ip monitor neigh`) reads.
// Listeners are per namespace, as netlink groups are; a message is handed to
// every listener of the namespace at the moment it is sent (a listener keeps
// its own queue, like a socket receive buffer).
//
// Senders in the model: the neighbour tables (neigh_update_notify,
// neigh_cleanup_and_release) and the vxlan driver (vxlan_fdb_notify: fdb
// changes as AF_BRIDGE, l2miss/l3miss as RTM_GETNEIGH).

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

// Beside the namespace (a WeakMap): sending into a namespace nobody listens in allocates nothing.
const groups = new WeakMap<NetNamespace, Set<NeighListener>>();

function listeners(net: NetNamespace): Set<NeighListener> {
  let s = groups.get(net);
  if (!s) groups.set(net, (s = new Set()));
  return s;
}

/** Joins RTNLGRP_NEIGH in `net`; returns the leave function (the socket's close). */
export function rtnlNeighListen(net: NetNamespace, fn: NeighListener): () => void {
  const s = listeners(net);
  s.add(fn);
  return () => s.delete(fn);
}

/** rtnl_has_listeners(net, RTNLGRP_NEIGH): senders skip building a message no one would read. */
export function rtnlNeighListening(net: NetNamespace): boolean {
  return (groups.get(net)?.size ?? 0) > 0;
}

/** rtnl_notify(..., RTNLGRP_NEIGH): nothing to do when no one listens. */
export function rtnlNeighNotify(net: NetNamespace, m: NeighNotify): void {
  const s = groups.get(net);
  if (!s?.size) return;
  for (const fn of [...s]) fn(m);
}

// ---- RTNLGRP_IPV4_IFADDR / RTNLGRP_IPV6_IFADDR: address notifications (`ip monitor address`).

/** An address notification: the message as the dump would give it (IPv4 or IPv6 form). */
export interface AddrNotify {
  type: "RTM_NEWADDR" | "RTM_DELADDR";
  /** IfAddrMsg (uapi/if_addr.ts) for AF_INET, In6IfAddrMsg (uapi/in6.ts) for AF_INET6. */
  msg: unknown;
  family: 2 | 10;
}

export type AddrListener = (m: AddrNotify) => void;

const addrGroups = new WeakMap<NetNamespace, Set<AddrListener>>();

/** Joins the address groups in `net`; returns the leave function. */
export function rtnlAddrListen(net: NetNamespace, fn: AddrListener): () => void {
  let s = addrGroups.get(net);
  if (!s) addrGroups.set(net, (s = new Set()));
  s.add(fn);
  return () => s.delete(fn);
}

/** rtnl_has_listeners() for the address groups: senders build nothing otherwise. */
export function rtnlAddrListening(net: NetNamespace): boolean {
  return (addrGroups.get(net)?.size ?? 0) > 0;
}

export function rtnlAddrNotify(net: NetNamespace, m: AddrNotify): void {
  const s = addrGroups.get(net);
  if (!s?.size) return;
  for (const fn of [...s]) fn(m);
}
