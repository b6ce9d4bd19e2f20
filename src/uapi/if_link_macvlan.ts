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

export interface MacvlanRequestData {
  IFLA_MACVLAN_MODE?: number;
  IFLA_MACVLAN_FLAGS?: number;
  IFLA_MACVLAN_BC_QUEUE_LEN?: number;
}

export interface IflaMacvlanInfo {
  IFLA_MACVLAN_MODE: number;
  IFLA_MACVLAN_FLAGS: number;
  IFLA_MACVLAN_BC_QUEUE_LEN: number;
  IFLA_MACVLAN_BC_QUEUE_LEN_USED: number;
}
