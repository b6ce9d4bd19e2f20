// IFLA_MACVLAN_* (include/uapi/linux/if_link.h): the kind-specific attributes
// of a macvlan device, in a request and as macvlan_fill_info() reports them.

/** enum macvlan_mode */
export const MACVLAN_MODE_PRIVATE = 1;
export const MACVLAN_MODE_VEPA = 2;
export const MACVLAN_MODE_BRIDGE = 4;
export const MACVLAN_MODE_PASSTHRU = 8;
export const MACVLAN_MODE_SOURCE = 16;

export const MACVLAN_FLAG_NOPROMISC = 1;
export const MACVLAN_FLAG_NODST = 2;

/** enum macvlan_macaddr_mode (IFLA_MACVLAN_MACADDR_MODE): the source list operations. */
export const MACVLAN_MACADDR_ADD = 0;
export const MACVLAN_MACADDR_DEL = 1;
export const MACVLAN_MACADDR_FLUSH = 2;
export const MACVLAN_MACADDR_SET = 3;

export interface MacvlanRequestData {
  IFLA_MACVLAN_MODE?: number;
  IFLA_MACVLAN_FLAGS?: number;
  IFLA_MACVLAN_BC_QUEUE_LEN?: number;
  IFLA_MACVLAN_MACADDR_MODE?: number;
  /** One address (add, del, or the first of set). */
  IFLA_MACVLAN_MACADDR?: Uint8Array;
  /** The addresses of `set` (IFLA_MACVLAN_MACADDR_DATA's nested IFLA_MACVLAN_MACADDR). */
  IFLA_MACVLAN_MACADDR_DATA?: Uint8Array[];
}

export interface IflaMacvlanInfo {
  IFLA_MACVLAN_MODE: number;
  IFLA_MACVLAN_FLAGS: number;
  IFLA_MACVLAN_BC_QUEUE_LEN: number;
  IFLA_MACVLAN_BC_QUEUE_LEN_USED: number;
  IFLA_MACVLAN_MACADDR_COUNT: number;
  /** The source addresses in the port's hash order (only when there are some). */
  IFLA_MACVLAN_MACADDR_DATA?: Uint8Array[];
}
