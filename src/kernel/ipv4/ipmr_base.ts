// net/ipv4/ipmr.c, net/ipv6/ip6mr.c and ipmr_base.c's mr_rtm_dumproute():
// the multicast routing tables of a namespace as RTM_GETROUTE dumps of
// RTNL_FAMILY_IPMR / RTNL_FAMILY_IP6MR see them. ipmr_rules_init() makes one
// table per family at namespace init: RT_TABLE_DEFAULT (253) for IPv4, the
// main table (254, RT6_TABLE_DFLT) for IPv6; more come only from a multicast
// routing daemon's MRT_TABLE socket option, and entries (MFC) only from its
// MRT_ADD_MFC or from traffic to a daemon's vifs. nslab runs no such daemon
// (no MRT_* socket options), so the tables stay empty: a dump lists nothing,
// and a dump filtered on a table that does not exist is ENOENT with
// "ipv4|ipv6: MR table does not exist".

import { kerr } from "../../uapi/errno.js";

export const RTNL_FAMILY_IPMR = 128;
export const RTNL_FAMILY_IP6MR = 129;

const MR_TABLES: Record<number, readonly number[]> = {
  [RTNL_FAMILY_IPMR]: [253],
  [RTNL_FAMILY_IP6MR]: [254],
};

/** mr_rtm_dumproute(): checks the table filter (0: all); every table is empty, so nothing follows. */
export function mrRtmDumproute(family: number, table: number): void {
  const tables = MR_TABLES[family] ?? [];
  if (table && !tables.includes(table)) {
    throw kerr("ENOENT", `${family === RTNL_FAMILY_IP6MR ? "ipv6" : "ipv4"}: MR table does not exist`);
  }
}
