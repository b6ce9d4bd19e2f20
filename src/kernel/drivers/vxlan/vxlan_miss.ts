// vxlan_fdb_miss() / vxlan_ip_miss() (drivers/net/vxlan/vxlan_core.c): with
// `l2miss`, a unicast destination MAC the FDB does not know (and no all-zeros
// default entry) is reported to user space; with `l3miss`, an IPv4 address the
// vxlan's neighbour table does not know (an ARP request reduced by `proxy`).
// Both are RTM_GETNEIGH to RTNLGRP_NEIGH, built by vxlan_fdb_info() from a
// stack fdb entry in NUD_STALE: family AF_INET, NDA_LLADDR only for a non-zero
// MAC, NDA_DST only for a non-zero address (NDA_VNI and NDA_CACHEINFO, which
// `ip monitor` does not print, are left out). This is how user space daemons
// (old flannel, Docker's overlay driver) filled the tables on demand.

import { NUD_STALE } from "../../../uapi/neighbour.js";
import type { NetDevice } from "../../core/netdevice.js";
import { rtnlNeighNotify } from "../../core/rtnl_notify.js";

const AF_INET = 2;

/** vxlan_fdb_miss(): notified in the vxlan device's own namespace (dev_net). */
export function vxlanFdbMiss(dev: NetDevice, mac: Uint8Array): void {
  const zero = mac.every((b) => b === 0);
  rtnlNeighNotify(dev.net, {
    type: "RTM_GETNEIGH",
    ndm_family: AF_INET,
    ndm_ifindex: dev.ifindex,
    ndm_state: NUD_STALE,
    ndm_flags: 0,
    ...(zero ? {} : { NDA_LLADDR: mac.slice(0, 6) }),
  });
}

/** vxlan_ip_miss() */
export function vxlanIpMiss(dev: NetDevice, ip: number): void {
  rtnlNeighNotify(dev.net, {
    type: "RTM_GETNEIGH",
    ndm_family: AF_INET,
    ndm_ifindex: dev.ifindex,
    ndm_state: NUD_STALE,
    ndm_flags: 0,
    ...(ip ? { NDA_DST: { family: 4 as const, addr: ip } } : {}),
  });
}
