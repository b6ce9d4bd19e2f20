// The bridge multicast database over rtnetlink (family PF_BRIDGE:
// RTM_NEWMDB / RTM_DELMDB / RTM_GETMDB with struct br_port_msg): what
// `bridge mdb` sends, what the kernel dumps (one message per bridge: MDBA_MDB
// holding the entries, MDBA_ROUTER the router ports) and what RTNLGRP_MDB
// listeners (`bridge monitor mdb`) read.

/** MDB_TEMPORARY / MDB_PERMANENT (br_mdb_entry.state). */
export const MDB_TEMPORARY = 0;
export const MDB_PERMANENT = 1;

/** MDB_RTR_TYPE_* (a port's mcast_router). */
export const MDB_RTR_TYPE_DISABLED = 0;
export const MDB_RTR_TYPE_TEMP_QUERY = 1;
export const MDB_RTR_TYPE_PERM = 2;
export const MDB_RTR_TYPE_TEMP = 3;

/** One MDBA_ROUTER_PORT: the port's ifindex, MDBA_ROUTER_PATTR_TIMER (clock_t) and _TYPE (MDB_RTR_TYPE_*). */
export interface BrMdbRouterPort {
  ifindex: number;
  timer: number;
  type: number;
}

/** struct br_mdb_entry + the MDBA_MDB_EATTR_* beside it. */
export interface BrMdbEntryMsg {
  /** The port's ifindex, or the bridge's for a host-joined group. */
  ifindex: number;
  state: number;
  flags: number;
  vid: number;
  /** addr.proto: 4 (ETH_P_IP), 6 (ETH_P_IPV6); the group (IPv4 host order or IPv6). */
  proto: 4 | 6;
  grp: number | bigint;
  /** MDBA_MDB_EATTR_TIMER (clock_t). */
  timer: number;
  /** MDBA_MDB_EATTR_SOURCE */
  src?: number | bigint;
  /** MDBA_MDB_EATTR_RTPROT (port groups only). */
  rtprot?: number;
}

/** One RTM_NEWMDB/RTM_GETMDB/RTM_DELMDB message: br_port_msg.ifindex (the bridge) and its entries. */
export interface BrMdbMsg {
  type: "RTM_GETMDB" | "RTM_NEWMDB" | "RTM_DELMDB";
  ifindex: number;
  entries: BrMdbEntryMsg[];
  /** MDBA_ROUTER: the router ports; absent when there are none. */
  router?: BrMdbRouterPort[];
}

/** RTM_NEWMDB / RTM_DELMDB requests (MDBA_SET_ENTRY and MDBA_SET_ENTRY_ATTRS' MDBE_ATTR_SOURCE). */
export interface BrMdbSetRequest {
  type: "RTM_NEWMDB" | "RTM_DELMDB";
  ifindex: number;
  entry: { ifindex: number; state: number; vid: number; proto: 4 | 6 | 0; grp: number | bigint; mac?: Uint8Array };
  src?: { proto: 4 | 6; addr: number | bigint };
}

export type BrMdbRequest = BrMdbSetRequest | { type: "RTM_GETMDB" };
export type BrMdbReply = { type: "ack" } | { type: "mdb"; msgs: BrMdbMsg[] };
