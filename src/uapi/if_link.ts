// Link-layer ABI shared by the kernel model and the tools: interface flags
// (include/uapi/linux/if.h), operational states (RFC 2863, IF_OPER_*), link
// modes, ARPHRD_* device types (if_arp.h), rtnl_link_stats64 (if_link.h) and
// the typed form of an RTM_NEWLINK reply: each IFLA_* attribute the kernel
// fills becomes an optional property, so a printer can test "is the attribute
// there" exactly as iproute2 tests tb[IFLA_*].

import type { IflaVxlanInfo } from "./if_link_vxlan.js";
import type { IflaMacvlanInfo } from "./if_link_macvlan.js";
import type { IflaTunInfo } from "./if_tun.js";

export const IFF_UP = 0x1;
export const IFF_BROADCAST = 0x2;
export const IFF_DEBUG = 0x4;
export const IFF_LOOPBACK = 0x8;
export const IFF_POINTOPOINT = 0x10;
export const IFF_NOTRAILERS = 0x20;
export const IFF_RUNNING = 0x40;
export const IFF_NOARP = 0x80;
export const IFF_PROMISC = 0x100;
export const IFF_ALLMULTI = 0x200;
export const IFF_MASTER = 0x400;
export const IFF_SLAVE = 0x800;
export const IFF_MULTICAST = 0x1000;
export const IFF_PORTSEL = 0x2000;
export const IFF_AUTOMEDIA = 0x4000;
export const IFF_DYNAMIC = 0x8000;
export const IFF_LOWER_UP = 0x10000;
export const IFF_DORMANT = 0x20000;
export const IFF_ECHO = 0x40000;

export const IFNAMSIZ = 16;
export const IFALIASZ = 256;

/** IF_OPER_* (RFC 2863 operational states), indexes of iproute2's oper_states[]. */
export const IF_OPER_UNKNOWN = 0;
export const IF_OPER_NOTPRESENT = 1;
export const IF_OPER_DOWN = 2;
export const IF_OPER_LOWERLAYERDOWN = 3;
export const IF_OPER_TESTING = 4;
export const IF_OPER_DORMANT = 5;
export const IF_OPER_UP = 6;
export type IfOperState = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const IF_LINK_MODE_DEFAULT = 0;
export const IF_LINK_MODE_DORMANT = 1;

/** ARPHRD_* hardware types (ifi_type). */
export const ARPHRD_ETHER = 1;
export const ARPHRD_LOOPBACK = 772;
export const ARPHRD_NONE = 0xfffe;

/** IN6_ADDR_GEN_MODE_* (IFLA_INET6_ADDR_GEN_MODE). */
export const IN6_ADDR_GEN_MODE_EUI64 = 0;
export const IN6_ADDR_GEN_MODE_NONE = 1;
export const IN6_ADDR_GEN_MODE_STABLE_PRIVACY = 2;
export const IN6_ADDR_GEN_MODE_RANDOM = 3;

/** struct rtnl_link_stats64, field for field. */
export interface RtnlLinkStats64 {
  rx_packets: number;
  tx_packets: number;
  rx_bytes: number;
  tx_bytes: number;
  rx_errors: number;
  tx_errors: number;
  rx_dropped: number;
  tx_dropped: number;
  multicast: number;
  collisions: number;
  rx_length_errors: number;
  rx_over_errors: number;
  rx_crc_errors: number;
  rx_frame_errors: number;
  rx_fifo_errors: number;
  rx_missed_errors: number;
  tx_aborted_errors: number;
  tx_carrier_errors: number;
  tx_fifo_errors: number;
  tx_heartbeat_errors: number;
  tx_window_errors: number;
  rx_compressed: number;
  tx_compressed: number;
  rx_nohandler: number;
  rx_otherhost_dropped: number;
}

export function zeroStats64(): RtnlLinkStats64 {
  return {
    rx_packets: 0, tx_packets: 0, rx_bytes: 0, tx_bytes: 0, rx_errors: 0, tx_errors: 0, rx_dropped: 0,
    tx_dropped: 0, multicast: 0, collisions: 0, rx_length_errors: 0, rx_over_errors: 0, rx_crc_errors: 0,
    rx_frame_errors: 0, rx_fifo_errors: 0, rx_missed_errors: 0, tx_aborted_errors: 0, tx_carrier_errors: 0,
    tx_fifo_errors: 0, tx_heartbeat_errors: 0, tx_window_errors: 0, rx_compressed: 0, tx_compressed: 0,
    rx_nohandler: 0, rx_otherhost_dropped: 0,
  };
}

/** IFLA_BR_* attributes of a bridge (IFLA_INFO_DATA for kind "bridge"), as the kernel reports them. */
export interface IflaBridgeInfo {
  IFLA_BR_FORWARD_DELAY: number; // centiseconds (clock_t)
  IFLA_BR_HELLO_TIME: number;
  IFLA_BR_MAX_AGE: number;
  IFLA_BR_AGEING_TIME: number;
  IFLA_BR_STP_STATE: number;
  IFLA_BR_PRIORITY: number;
  IFLA_BR_VLAN_FILTERING: number;
  IFLA_BR_BRIDGE_ID: { prio: number; addr: Uint8Array };
  IFLA_BR_ROOT_ID: { prio: number; addr: Uint8Array };
  IFLA_BR_ROOT_PORT: number;
  IFLA_BR_ROOT_PATH_COST: number;
  IFLA_BR_TOPOLOGY_CHANGE: number;
  IFLA_BR_TOPOLOGY_CHANGE_DETECTED: number;
  IFLA_BR_HELLO_TIMER: number;
  IFLA_BR_TCN_TIMER: number;
  IFLA_BR_TOPOLOGY_CHANGE_TIMER: number;
  IFLA_BR_GC_TIMER: number;
  IFLA_BR_GROUP_FWD_MASK: number;
  IFLA_BR_GROUP_ADDR: Uint8Array;
  IFLA_BR_MCAST_SNOOPING: number;
  IFLA_BR_NO_LINKLOCAL_LEARN: number;
  IFLA_BR_MCAST_VLAN_SNOOPING: number;
  IFLA_BR_MCAST_ROUTER: number;
  IFLA_BR_MCAST_QUERY_USE_IFADDR: number;
  IFLA_BR_MCAST_QUERIER: number;
  IFLA_BR_MCAST_HASH_ELASTICITY: number;
  IFLA_BR_MCAST_HASH_MAX: number;
  IFLA_BR_MCAST_LAST_MEMBER_CNT: number;
  IFLA_BR_MCAST_STARTUP_QUERY_CNT: number;
  IFLA_BR_MCAST_LAST_MEMBER_INTVL: number;
  IFLA_BR_MCAST_MEMBERSHIP_INTVL: number;
  IFLA_BR_MCAST_QUERIER_INTVL: number;
  IFLA_BR_MCAST_QUERY_INTVL: number;
  IFLA_BR_MCAST_QUERY_RESPONSE_INTVL: number;
  IFLA_BR_MCAST_STARTUP_QUERY_INTVL: number;
  IFLA_BR_MCAST_STATS_ENABLED: number;
  IFLA_BR_MCAST_IGMP_VERSION: number;
  IFLA_BR_MCAST_MLD_VERSION: number;
  IFLA_BR_NF_CALL_IPTABLES: number;
  IFLA_BR_NF_CALL_IP6TABLES: number;
  IFLA_BR_NF_CALL_ARPTABLES: number;
}

/** IFLA_BRPORT_* of a bridge port (IFLA_INFO_SLAVE_DATA, slave kind "bridge"). */
export interface IflaBrportInfo {
  IFLA_BRPORT_STATE: number;
  IFLA_BRPORT_PRIORITY: number;
  IFLA_BRPORT_COST: number;
  IFLA_BRPORT_MODE: number; // hairpin
  IFLA_BRPORT_GUARD: number;
  IFLA_BRPORT_PROTECT: number;
  IFLA_BRPORT_FAST_LEAVE: number;
  IFLA_BRPORT_LEARNING: number;
  IFLA_BRPORT_UNICAST_FLOOD: number;
  IFLA_BRPORT_ID: number;
  IFLA_BRPORT_NO: number;
  IFLA_BRPORT_MCAST_FLOOD: number;
  IFLA_BRPORT_BCAST_FLOOD: number;
  IFLA_BRPORT_NEIGH_SUPPRESS: number;
  IFLA_BRPORT_ISOLATED: number;
  IFLA_BRPORT_MCAST_TO_UCAST: number;
  IFLA_BRPORT_VLAN_TUNNEL: number;
  IFLA_BRPORT_LOCKED: number;
  IFLA_BRPORT_PROXYARP: number;
  IFLA_BRPORT_PROXYARP_WIFI: number;
  IFLA_BRPORT_MULTICAST_ROUTER: number;
  /** Sent only when the port has a backup port. */
  IFLA_BRPORT_BACKUP_PORT?: number;
  IFLA_BRPORT_ROOT_ID: { prio: number; addr: Uint8Array };
  IFLA_BRPORT_BRIDGE_ID: { prio: number; addr: Uint8Array };
  IFLA_BRPORT_DESIGNATED_PORT: number;
  IFLA_BRPORT_DESIGNATED_COST: number;
  IFLA_BRPORT_TOPOLOGY_CHANGE_ACK: number;
  IFLA_BRPORT_CONFIG_PENDING: number;
  /** Centiseconds left (br_timer_value). */
  IFLA_BRPORT_MESSAGE_AGE_TIMER: number;
  IFLA_BRPORT_FORWARD_DELAY_TIMER: number;
  IFLA_BRPORT_HOLD_TIMER: number;
}

/** IFLA_LINKINFO as reported: kind + per-kind data, and the port (slave) kind when enslaved. */
export interface IflaLinkInfo {
  IFLA_INFO_KIND?: string;
  IFLA_INFO_DATA?:
    | { kind: "bridge"; br: IflaBridgeInfo }
    | { kind: "vxlan"; vx: IflaVxlanInfo }
    | { kind: "macvlan"; mv: IflaMacvlanInfo }
    | { kind: "tun"; tun: IflaTunInfo }
    | { kind: "none" };
  IFLA_INFO_SLAVE_KIND?: string;
  IFLA_INFO_SLAVE_DATA?: { kind: "bridge"; port: IflaBrportInfo };
}

/** One RTM_NEWLINK message from the kernel: struct ifinfomsg + its attributes. */
export interface IfInfoMsg {
  ifi_type: number;
  ifi_index: number;
  ifi_flags: number;
  IFLA_IFNAME: string;
  IFLA_TXQLEN?: number;
  IFLA_OPERSTATE: number;
  IFLA_LINKMODE?: number;
  IFLA_MTU: number;
  IFLA_MIN_MTU?: number;
  IFLA_MAX_MTU?: number;
  IFLA_GROUP?: number;
  /** IFLA_EVENT_* of a notification (rtnl_get_event): 2 FEATURE CHANGE. */
  IFLA_EVENT?: number;
  IFLA_PROMISCUITY?: number;
  IFLA_ALLMULTI?: number;
  IFLA_NUM_TX_QUEUES?: number;
  IFLA_NUM_RX_QUEUES?: number;
  IFLA_GSO_MAX_SIZE?: number;
  IFLA_GSO_MAX_SEGS?: number;
  IFLA_TSO_MAX_SIZE?: number;
  IFLA_TSO_MAX_SEGS?: number;
  IFLA_GRO_MAX_SIZE?: number;
  IFLA_CARRIER?: number;
  IFLA_CARRIER_CHANGES?: number;
  IFLA_QDISC?: string;
  IFLA_IFALIAS?: string;
  /** IFLA_PROP_LIST: its IFLA_ALT_IFNAME entries, in the order they were added. */
  IFLA_PROP_LIST?: string[];
  IFLA_MASTER?: number;
  /** Index of the lower/peer device (dev_get_iflink), present when it differs from ifi_index. */
  IFLA_LINK?: number;
  /** The link's namespace id as seen from the requester, when the link lives elsewhere. */
  IFLA_LINK_NETNSID?: number;
  IFLA_ADDRESS?: Uint8Array;
  IFLA_BROADCAST?: Uint8Array;
  IFLA_PERM_ADDRESS?: Uint8Array;
  /** Absent when the request asked to skip statistics (RTEXT_FILTER_SKIP_STATS). */
  IFLA_STATS64?: RtnlLinkStats64;
  IFLA_LINKINFO?: IflaLinkInfo;
  /** The port's IFLA_BRPORT_* of a PF_BRIDGE RTM_NEWLINK (br_fill_ifinfo). */
  IFLA_PROTINFO?: IflaBrportInfo;
  /** IFLA_AF_SPEC / AF_INET6 / IFLA_INET6_ADDR_GEN_MODE */
  IFLA_INET6_ADDR_GEN_MODE?: number;
  /** IFLA_PROTINFO / IFLA_INET6_TOKEN of an AF_INET6 link dump (inet6_fill_ifinfo). */
  IFLA_INET6_TOKEN?: bigint;
}
