// vxlan_igmp_join() / vxlan_igmp_leave() / vxlan_group_used()
// (drivers/net/vxlan/vxlan_multicast.c): a vxlan whose default destination is
// a multicast group joins that group on its lower device when it opens, as a
// socket membership of its UDP socket (ip_mc_join_group with imr_ifindex = the
// `dev`): the lower device then carries the group's MAC in its filter, lists
// it in /proc/net/igmp (`ip maddr`) and sends IGMPv3 reports for it. A second
// vxlan on the same socket, group and device finds the membership taken
// (EADDRINUSE, ignored); the group is left only when no other running vxlan of
// the socket still uses it.

import { devGetByIndex } from "../../core/dev.js";
import type { NetDevice } from "../../core/netdevice.js";
import { ipMcDecGroup, ipMcIncGroup } from "../../ipv4/igmp.js";
import { ipv6DevMcDec, ipv6DevMcInc } from "../../ipv6/mcast.js";
import { vxlanAddrMulticast as isMcast, type VxlanPriv } from "./vxlan_dev.js";

/** Memberships held by the vxlan sockets of a namespace: "port/ifindex/group" (one socket per port here). */
function memberships(v: VxlanPriv): Set<string> {
  return v.net.get<Set<string>>("vxlan_mc_memberships", () => new Set());
}

function key(v: VxlanPriv): string {
  return `${v.cfg.dstPort}/${v.cfg.remoteIfindex}/${v.cfg.remote}`;
}

/** vxlan_open(): join the group when the default destination is one. */
export function vxlanIgmpJoin(v: VxlanPriv): void {
  if (!isMcast(v.cfg.remote)) return;
  const m = memberships(v);
  const k = key(v);
  if (m.has(k)) return; // -EADDRINUSE: already a member through another vxlan
  // vxlan_config_validate() required the lower device for a group.
  const lower = devGetByIndex(v.net, v.cfg.remoteIfindex);
  if (!lower) return;
  m.add(k);
  // an IPv6 group: ipv6_sock_mc_join() on the AF_INET6 socket (MLD reports, `ip maddr` inet6)
  if (typeof v.cfg.remote === "bigint") ipv6DevMcInc(lower, v.cfg.remote);
  else ipMcIncGroup(lower, v.cfg.remote);
}

/** vxlan_stop(): leave unless another running vxlan of the socket uses the same group on the same device. */
export function vxlanIgmpLeave(v: VxlanPriv, self: NetDevice, others: readonly NetDevice[]): void {
  if (!isMcast(v.cfg.remote)) return;
  const k = key(v);
  const m = memberships(v);
  if (!m.has(k)) return;
  for (const d of others) {
    if (d === self || !d.isUp) continue;
    const o = d.priv as VxlanPriv;
    if (o.sockOpen && key(o) === k) return;
  }
  m.delete(k);
  const lower = devGetByIndex(v.net, v.cfg.remoteIfindex);
  if (lower && typeof v.cfg.remote === "bigint") ipv6DevMcDec(lower, v.cfg.remote);
  else if (lower) ipMcDecGroup(lower, v.cfg.remote as number);
}
