// IFLA_VXLAN_* (include/uapi/linux/if_link.h): the kind-specific attributes of
// a vxlan device, in a request (what `ip link add … type vxlan` sends) and as
// the kernel reports them (what `ip -d link` prints). IPv4 addresses in host
// order (0 = not set); IPv6 ones (GROUP6/LOCAL6) as bigints.

/** enum ifla_vxlan_df */
export const VXLAN_DF_UNSET = 0;
export const VXLAN_DF_SET = 1;
export const VXLAN_DF_INHERIT = 2;

/** What the kernel reports for a vxlan device (vxlan_fill_info). */
export interface IflaVxlanInfo {
  IFLA_VXLAN_ID: number;
  /** remote (unicast) or group (multicast): the default destination. */
  IFLA_VXLAN_GROUP?: number;
  IFLA_VXLAN_LOCAL?: number;
  /** An IPv6 remote or group / local address (instead of GROUP / LOCAL). */
  IFLA_VXLAN_GROUP6?: bigint;
  IFLA_VXLAN_LOCAL6?: bigint;
  /** The lower device's ifindex (in the device's link namespace); 0 = none. */
  IFLA_VXLAN_LINK: number;
  IFLA_VXLAN_PORT_RANGE: { low: number; high: number };
  IFLA_VXLAN_PORT: number;
  IFLA_VXLAN_LEARNING: number;
  IFLA_VXLAN_PROXY: number;
  IFLA_VXLAN_RSC: number;
  IFLA_VXLAN_L2MISS: number;
  IFLA_VXLAN_L3MISS: number;
  IFLA_VXLAN_TOS: number;
  IFLA_VXLAN_TTL: number;
  IFLA_VXLAN_TTL_INHERIT: number;
  IFLA_VXLAN_DF: number;
  IFLA_VXLAN_LABEL: number;
  IFLA_VXLAN_AGEING: number;
  IFLA_VXLAN_LIMIT: number;
  IFLA_VXLAN_UDP_CSUM: number;
  IFLA_VXLAN_UDP_ZERO_CSUM6_TX: number;
  IFLA_VXLAN_UDP_ZERO_CSUM6_RX: number;
  IFLA_VXLAN_REMCSUM_TX: number;
  IFLA_VXLAN_REMCSUM_RX: number;
  IFLA_VXLAN_COLLECT_METADATA: number;
}

/** IFLA_INFO_DATA of an RTM_NEWLINK request for kind "vxlan": only what was given. */
export interface VxlanRequestData {
  IFLA_VXLAN_ID?: number;
  IFLA_VXLAN_GROUP?: number;
  IFLA_VXLAN_LOCAL?: number;
  IFLA_VXLAN_GROUP6?: bigint;
  IFLA_VXLAN_LOCAL6?: bigint;
  IFLA_VXLAN_LINK?: number;
  IFLA_VXLAN_PORT_RANGE?: { low: number; high: number };
  IFLA_VXLAN_PORT?: number;
  IFLA_VXLAN_LEARNING?: number;
  IFLA_VXLAN_PROXY?: number;
  IFLA_VXLAN_RSC?: number;
  IFLA_VXLAN_L2MISS?: number;
  IFLA_VXLAN_L3MISS?: number;
  IFLA_VXLAN_TOS?: number;
  IFLA_VXLAN_TTL?: number;
  IFLA_VXLAN_TTL_INHERIT?: number;
  IFLA_VXLAN_DF?: number;
  IFLA_VXLAN_LABEL?: number;
  IFLA_VXLAN_AGEING?: number;
  IFLA_VXLAN_LIMIT?: number;
  IFLA_VXLAN_UDP_CSUM?: number;
  IFLA_VXLAN_UDP_ZERO_CSUM6_TX?: number;
  IFLA_VXLAN_UDP_ZERO_CSUM6_RX?: number;
  IFLA_VXLAN_REMCSUM_TX?: number;
  IFLA_VXLAN_REMCSUM_RX?: number;
  IFLA_VXLAN_COLLECT_METADATA?: number;
}
