// rtnetlink requests and replies as typed messages (include/uapi/linux/rtnetlink.h,
// if_link.h, net_namespace.h). The tools build these exactly as iproute2 fills
// its nlmsghdr + ifinfomsg + attributes; the kernel model answers with typed
// replies or a KernelError (errno + extack), which the tools render as
// "RTNETLINK answers: ..." or "Error: ...". Attributes keep their uapi names.

import type { IfInfoMsg } from "./if_link.js";
import type { VxlanRequestData } from "./if_link_vxlan.js";
import type { MacvlanRequestData } from "./if_link_macvlan.js";

export const NLM_F_CREATE = 0x400;
export const NLM_F_EXCL = 0x200;
export const NLM_F_REPLACE = 0x100;

/** IFLA_EXT_MASK bits. */
export const RTEXT_FILTER_VF = 1 << 0;
export const RTEXT_FILTER_SKIP_STATS = 1 << 3;

/** Attributes of RTM_NEWLINK/RTM_SETLINK requests (the subset the model understands). */
export interface IflaRequestAttrs {
  IFLA_IFNAME?: string;
  IFLA_ADDRESS?: Uint8Array;
  IFLA_BROADCAST?: Uint8Array;
  IFLA_MTU?: number;
  IFLA_TXQLEN?: number;
  /** 0 = nomaster */
  IFLA_MASTER?: number;
  /** A file descriptor of the requesting task that refers to an nsfs inode. */
  IFLA_NET_NS_FD?: number;
  IFLA_NET_NS_PID?: number;
  IFLA_IFALIAS?: string;
  IFLA_GROUP?: number;
  IFLA_NUM_TX_QUEUES?: number;
  IFLA_NUM_RX_QUEUES?: number;
  IFLA_CARRIER?: number;
  IFLA_NEW_IFINDEX?: number;
  IFLA_LINKINFO?: IflaLinkInfoRequest;
  IFLA_INET6_ADDR_GEN_MODE?: number;
  /** IFLA_AF_SPEC / AF_INET6 / IFLA_INET6_TOKEN (`ip token set`): only its low 64 bits are kept. */
  IFLA_INET6_TOKEN?: bigint;
  /** The lower device of a stacked link (`ip link add link DEV`); kinds without one ignore it. */
  IFLA_LINK?: number;
  /** IFLA_LINKINFO's IFLA_INFO_SLAVE_KIND + IFLA_INFO_SLAVE_DATA (`type bridge_slave ...`). */
  IFLA_INFO_SLAVE?: { kind: "bridge"; data: BrportRequest & { IFLA_BRPORT_FLUSH?: boolean } };
}

/** IFLA_LINKINFO in a request: the kind and its kind-specific IFLA_INFO_DATA. */
export type IflaLinkInfoRequest =
  | { IFLA_INFO_KIND: "veth"; IFLA_INFO_DATA?: { VETH_INFO_PEER?: VethPeerRequest } }
  | { IFLA_INFO_KIND: "bridge"; IFLA_INFO_DATA?: BridgeRequestData }
  | { IFLA_INFO_KIND: "vxlan"; IFLA_INFO_DATA?: VxlanRequestData }
  | { IFLA_INFO_KIND: "macvlan"; IFLA_INFO_DATA?: MacvlanRequestData }
  | { IFLA_INFO_KIND: string; IFLA_INFO_DATA?: undefined };

/** VETH_INFO_PEER carries a whole ifinfomsg + attributes for the peer. */
export interface VethPeerRequest {
  ifi_index: number;
  attrs: IflaRequestAttrs;
}

export interface BridgeRequestData {
  IFLA_BR_FORWARD_DELAY?: number;
  IFLA_BR_HELLO_TIME?: number;
  IFLA_BR_MAX_AGE?: number;
  IFLA_BR_AGEING_TIME?: number;
  IFLA_BR_STP_STATE?: number;
  IFLA_BR_PRIORITY?: number;
  IFLA_BR_VLAN_FILTERING?: number;
  /** `fdb_flush`: br_fdb_flush() of every entry but the static ones. */
  IFLA_BR_FDB_FLUSH?: boolean;
  IFLA_BR_VLAN_PROTOCOL?: number;
  IFLA_BR_VLAN_DEFAULT_PVID?: number;
  IFLA_BR_VLAN_STATS_ENABLED?: number;
  IFLA_BR_VLAN_STATS_PER_PORT?: number;
  IFLA_BR_MCAST_SNOOPING?: number;
  IFLA_BR_MCAST_QUERIER?: number;
  /** IFLA_BR_MULTI_BOOLOPT's BR_BOOLOPT_MCAST_VLAN_SNOOPING bit (`mcast_vlan_snooping`). */
  IFLA_BR_MCAST_VLAN_SNOOPING?: number;
  /** IFLA_BR_MULTI_BOOLOPT's BR_BOOLOPT_NO_LL_LEARN bit (`no_linklocal_learn`). */
  IFLA_BR_NO_LINKLOCAL_LEARN?: number;
  IFLA_BR_GROUP_FWD_MASK?: number;
  IFLA_BR_GROUP_ADDR?: Uint8Array;
  IFLA_BR_MCAST_ROUTER?: number;
  IFLA_BR_MCAST_QUERY_USE_IFADDR?: number;
  IFLA_BR_MCAST_HASH_ELASTICITY?: number;
  IFLA_BR_MCAST_HASH_MAX?: number;
  IFLA_BR_MCAST_LAST_MEMBER_CNT?: number;
  IFLA_BR_MCAST_STARTUP_QUERY_CNT?: number;
  /** The intervals are clock_t (u64 on the wire). */
  IFLA_BR_MCAST_LAST_MEMBER_INTVL?: number;
  IFLA_BR_MCAST_MEMBERSHIP_INTVL?: number;
  IFLA_BR_MCAST_QUERIER_INTVL?: number;
  IFLA_BR_MCAST_QUERY_INTVL?: number;
  IFLA_BR_MCAST_QUERY_RESPONSE_INTVL?: number;
  IFLA_BR_MCAST_STARTUP_QUERY_INTVL?: number;
  IFLA_BR_MCAST_STATS_ENABLED?: number;
  IFLA_BR_MCAST_IGMP_VERSION?: number;
  IFLA_BR_MCAST_MLD_VERSION?: number;
  IFLA_BR_NF_CALL_IPTABLES?: number;
  IFLA_BR_NF_CALL_IP6TABLES?: number;
  IFLA_BR_NF_CALL_ARPTABLES?: number;
}

export interface RtmNewLink {
  type: "RTM_NEWLINK";
  /** NLM_F_CREATE | NLM_F_EXCL | NLM_F_REPLACE */
  nlmsg_flags: number;
  ifi_index: number;
  ifi_flags: number;
  ifi_change: number;
  attrs: IflaRequestAttrs;
}

export interface RtmDelLink {
  type: "RTM_DELLINK";
  ifi_index: number;
  attrs: { IFLA_IFNAME?: string };
}

/**
 * RTM_NEWLINKPROP / RTM_DELLINKPROP (`ip link property add|del`): the device by
 * index or name (an altname too), IFLA_PROP_LIST's IFLA_ALT_IFNAME entries.
 */
export interface RtmLinkProp {
  type: "RTM_NEWLINKPROP" | "RTM_DELLINKPROP";
  ifi_index: number;
  attrs: { IFLA_IFNAME?: string; IFLA_PROP_LIST?: string[] };
}

/** RTM_GETLINK: one device (by index or name) or, with dump, all of them. */
export interface RtmGetLink {
  type: "RTM_GETLINK";
  dump: boolean;
  /** ifi_family: a dump for AF_INET6 goes to addrconf's inet6_dump_ifinfo. */
  ifi_family?: number;
  ifi_index: number;
  attrs: {
    IFLA_IFNAME?: string;
    IFLA_EXT_MASK?: number;
    /** Dump filters (strict dump): only ports of this master / only this kind. */
    IFLA_MASTER?: number;
    IFLA_INFO_KIND?: string;
  };
}

/** RTM_NEWNSID: assign an id (or -1 = the lowest free) to the namespace behind a fd or pid. */
export interface RtmNewNsid {
  type: "RTM_NEWNSID";
  NETNSA_NSID: number;
  NETNSA_FD?: number;
  NETNSA_PID?: number;
}

/**
 * RTM_GETNSID: the id the requester's namespace gives the one behind a fd/pid/nsid (-1 = none);
 * with NETNSA_TARGET_NSID, the id that namespace gives it (and NETNSA_CURRENT_NSID the requester's).
 */
export interface RtmGetNsid {
  type: "RTM_GETNSID";
  NETNSA_FD?: number;
  NETNSA_PID?: number;
  NETNSA_NSID?: number;
  NETNSA_TARGET_NSID?: number;
}

/** RTM_GETNSID dump: every id the requester's namespace (or NETNSA_TARGET_NSID's) has assigned. */
export interface RtmDumpNsid {
  type: "RTM_GETNSID_DUMP";
  NETNSA_TARGET_NSID?: number;
}

/** RTM_GETNEIGH, family AF_BRIDGE: a bridge's forwarding database (`bridge fdb`, brctl showmacs). */
export interface RtmGetFdb {
  type: "RTM_GETNEIGH_BRIDGE";
  /** NDA_MASTER: the bridge's ifindex. */
  NDA_MASTER: number;
}

export interface FdbMsg {
  /** NDA_IFINDEX: the port's device (the bridge itself for its own address). */
  ifindex: number;
  /** The port's number (brctl showmacs "port no"), 0 for the bridge device. */
  port_no: number;
  NDA_LLADDR: Uint8Array;
  /** NUD_PERMANENT for local entries. */
  is_local: boolean;
  is_static: boolean;
  /** Centiseconds since the address was last seen (NDA_CACHEINFO ndm_updated). */
  ageing_cs: number;
}

/** The IFLA_BRPORT_* attributes a PF_BRIDGE RTM_SETLINK may carry in IFLA_PROTINFO. */
export interface BrportRequest {
  IFLA_BRPORT_GUARD?: number;
  IFLA_BRPORT_MODE?: number;
  IFLA_BRPORT_FAST_LEAVE?: number;
  IFLA_BRPORT_PROTECT?: number;
  IFLA_BRPORT_LEARNING?: number;
  IFLA_BRPORT_UNICAST_FLOOD?: number;
  IFLA_BRPORT_MCAST_FLOOD?: number;
  IFLA_BRPORT_BCAST_FLOOD?: number;
  IFLA_BRPORT_NEIGH_SUPPRESS?: number;
  IFLA_BRPORT_ISOLATED?: number;
  IFLA_BRPORT_MCAST_TO_UCAST?: number;
  IFLA_BRPORT_VLAN_TUNNEL?: number;
  IFLA_BRPORT_LOCKED?: number;
  IFLA_BRPORT_PROXYARP?: number;
  IFLA_BRPORT_PROXYARP_WIFI?: number;
  /** An ifindex; 0 removes the backup port. */
  IFLA_BRPORT_BACKUP_PORT?: number;
  IFLA_BRPORT_COST?: number;
  IFLA_BRPORT_PRIORITY?: number;
  IFLA_BRPORT_STATE?: number;
  /** MDB_RTR_TYPE_* (br_multicast_set_port_router). */
  IFLA_BRPORT_MULTICAST_ROUTER?: number;
}

/** RTM_SETLINK, family PF_BRIDGE (`bridge link set`): a port's options; IFLA_BRIDGE_FLAGS self/master in flags. */
export interface RtmSetLinkBridge {
  type: "RTM_SETLINK_BRIDGE";
  ifi_index: number;
  protinfo: BrportRequest;
  /** IFLA_AF_SPEC's IFLA_BRIDGE_FLAGS: BRIDGE_FLAGS_MASTER 1, BRIDGE_FLAGS_SELF 2 (0: master). */
  flags: number;
  /** IFLA_AF_SPEC's IFLA_BRIDGE_VLAN_INFO (`bridge vlan add|del`); del is RTM_DELLINK. */
  vlan?: { del: boolean; vid: number; vidEnd?: number; flags: number };
}

export type RtnlRequest = RtmNewLink | RtmDelLink | RtmLinkProp | RtmGetLink | RtmNewNsid | RtmGetNsid | RtmDumpNsid | RtmGetFdb | RtmSetLinkBridge;

export interface NsidMsg {
  NETNSA_NSID: number;
  NETNSA_CURRENT_NSID?: number;
}

export type RtnlReply =
  | { type: "ack" }
  | { type: "links"; links: IfInfoMsg[] }
  | { type: "nsid"; nsid: NsidMsg }
  | { type: "nsids"; nsids: NsidMsg[] }
  | { type: "fdb"; entries: FdbMsg[] };
