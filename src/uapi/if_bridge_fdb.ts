// The bridge forwarding database over rtnetlink (family PF_BRIDGE:
// RTM_NEWNEIGH / RTM_DELNEIGH / RTM_GETNEIGH with struct ndmsg): what
// `bridge fdb` sends and what the kernel dumps, one message per entry, from
// the bridge (NTF_MASTER side, with NDA_MASTER) or from a device's own
// address lists (NTF_SELF). NUD_* and NTF_* are in neighbour.ts.

export interface NdaCacheinfo {
  /** clock_t (hundredths of a second) since the entry was last used / updated. */
  ndm_used: number;
  ndm_confirmed: number;
  ndm_updated: number;
  ndm_refcnt: number;
}

export interface BrFdbMsg {
  ndm_ifindex: number;
  ndm_state: number;
  ndm_flags: number;
  NDA_LLADDR: Uint8Array;
  NDA_MASTER?: number;
  NDA_VLAN?: number;
  NDA_CACHEINFO?: NdaCacheinfo;
  /** VXLAN remote attributes (ndo_fdb_add of a vxlan device): NDA_DST (IPv4, host order; a bigint: IPv6), NDA_PORT, NDA_VNI, NDA_IFINDEX (via). */
  NDA_DST?: number | bigint;
  NDA_PORT?: number;
  NDA_VNI?: number;
  NDA_IFINDEX?: number;
  /** The namespace (id as seen by the dumper) a vxlan's remotes are reached from, when it is not the device's own. */
  NDA_LINK_NETNSID?: number;
}

export interface RtmNewNeighBridge {
  type: "RTM_NEWNEIGH";
  /** NLM_F_CREATE | NLM_F_EXCL | NLM_F_REPLACE | NLM_F_APPEND */
  nlmsg_flags: number;
  ndm_ifindex: number;
  ndm_state: number;
  ndm_flags: number;
  NDA_LLADDR?: Uint8Array;
  NDA_VLAN?: number;
  /** VXLAN remote attributes (ndo_fdb_add of a vxlan device): NDA_DST (IPv4, host order; a bigint: IPv6), NDA_PORT, NDA_VNI, NDA_IFINDEX (via). */
  NDA_DST?: number | bigint;
  NDA_PORT?: number;
  NDA_VNI?: number;
  NDA_IFINDEX?: number;
}

export interface RtmDelNeighBridge {
  type: "RTM_DELNEIGH";
  ndm_ifindex: number;
  ndm_state: number;
  ndm_flags: number;
  NDA_LLADDR?: Uint8Array;
  NDA_VLAN?: number;
  /** VXLAN remote attributes (ndo_fdb_add of a vxlan device): NDA_DST (IPv4, host order; a bigint: IPv6), NDA_PORT, NDA_VNI, NDA_IFINDEX (via). */
  NDA_DST?: number | bigint;
  NDA_PORT?: number;
  NDA_VNI?: number;
  NDA_IFINDEX?: number;
}

/** A dump, optionally only one bridge (NDA_MASTER) and/or one port (NDA_IFINDEX). */
export interface RtmGetNeighBridge {
  type: "RTM_GETNEIGH";
  NDA_MASTER?: number;
  NDA_IFINDEX?: number;
}

/** `bridge fdb get`: RTM_GETNEIGH without NLM_F_DUMP (rtnl_fdb_get). */
export interface RtmGetNeighBridgeOne {
  type: "RTM_GETNEIGH_ONE";
  ndm_ifindex: number;
  ndm_flags: number;
  NDA_LLADDR?: Uint8Array;
  NDA_MASTER?: number;
  NDA_VLAN?: number;
  NDA_VNI?: number;
}

/** `bridge fdb flush`: RTM_DELNEIGH with NLM_F_BULK (ndo_fdb_del_bulk). */
export interface RtmDelNeighBridgeBulk {
  type: "RTM_DELNEIGH_BULK";
  ndm_ifindex: number;
  ndm_state: number;
  ndm_flags: number;
  /** The port whose entries go (NDA_IFINDEX). */
  NDA_IFINDEX?: number;
  NDA_VLAN?: number;
  NDA_NDM_STATE_MASK?: number;
  NDA_NDM_FLAGS_MASK?: number;
}

export type BrFdbRequest = RtmNewNeighBridge | RtmDelNeighBridge | RtmGetNeighBridge | RtmGetNeighBridgeOne | RtmDelNeighBridgeBulk;

export type BrFdbReply = { type: "ack" } | { type: "fdb"; entries: BrFdbMsg[] };

export const NLM_F_APPEND = 0x800;
