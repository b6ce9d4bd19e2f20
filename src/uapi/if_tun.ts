// include/uapi/linux/if_tun.h: the TUNSETIFF flags and the IFLA_TUN_* link data.

export const IFF_TUN = 0x0001;
export const IFF_TAP = 0x0002;
export const IFF_NAPI = 0x0010;
export const IFF_NAPI_FRAGS = 0x0020;
export const IFF_MULTI_QUEUE = 0x0100;
export const IFF_PERSIST = 0x0800;
export const IFF_NO_PI = 0x1000;
/** The same bit as IFF_NO_PI: a queue without a packet filter. */
export const IFF_NOFILTER = 0x1000;
export const IFF_ONE_QUEUE = 0x2000;
export const IFF_VNET_HDR = 0x4000;
export const IFF_TUN_EXCL = 0x8000;
/** TUN_FEATURES: what TUNSETIFF copies from the caller's flags. */
export const TUN_FEATURES = IFF_NO_PI | IFF_ONE_QUEUE | IFF_VNET_HDR | IFF_MULTI_QUEUE | IFF_NAPI | IFF_NAPI_FRAGS;
/** MAX_TAP_QUEUES: the queues a multi-queue device is allocated with. */
export const MAX_TAP_QUEUES = 256;

/** tun_fill_info(): IFLA_TUN_* of a tun/tap device. */
export interface IflaTunInfo {
  /** IFLA_TUN_TYPE: IFF_TUN or IFF_TAP. */
  type: number;
  pi: boolean;
  vnetHdr: boolean;
  persist: boolean;
  multiQueue: boolean;
  /** IFLA_TUN_OWNER / IFLA_TUN_GROUP, when set (-1 = none). */
  owner: number;
  group: number;
  /** IFLA_TUN_NUM_QUEUES / IFLA_TUN_NUM_DISABLED_QUEUES (multi-queue devices only). */
  numQueues: number;
  numDisabledQueues: number;
}

/** struct ifreq for TUNSETIFF: the name ("" = tun%d/tap%d) and IFF_* flags. */
export interface TunIfreq {
  name: string;
  flags: number;
}
