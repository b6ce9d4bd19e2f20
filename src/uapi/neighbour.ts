// Neighbour entries over rtnetlink (include/uapi/linux/neighbour.h): ndmsg,
// NUD_* states, NTF_* flags, NDA_* attributes. `ip neigh`, arp(8) and
// /proc/net/arp read the same table.

export const NUD_INCOMPLETE = 0x01;
export const NUD_REACHABLE = 0x02;
export const NUD_STALE = 0x04;
export const NUD_DELAY = 0x08;
export const NUD_PROBE = 0x10;
export const NUD_FAILED = 0x20;
export const NUD_NOARP = 0x40;
export const NUD_PERMANENT = 0x80;
export const NUD_NONE = 0x00;

export const NTF_USE = 0x01;
export const NTF_SELF = 0x02;
export const NTF_MASTER = 0x04;
export const NTF_PROXY = 0x08;
export const NTF_EXT_LEARNED = 0x10;
export const NTF_OFFLOADED = 0x20;
export const NTF_STICKY = 0x40;
export const NTF_ROUTER = 0x80;

export interface NdaCacheinfo {
  /** Clock ticks (USER_HZ, 100/s) since the entry was confirmed/used/updated. */
  ndm_confirmed: number;
  ndm_used: number;
  ndm_updated: number;
  ndm_refcnt: number;
}

export interface NdMsg {
  ndm_family: number;
  ndm_ifindex: number;
  ndm_state: number;
  ndm_flags: number;
  ndm_type: number;
  /** IPv4 as uint32 (0 for an IPv6 entry). */
  NDA_DST: number;
  /** The address of an IPv6 (ndisc) entry. */
  NDA_DST6?: bigint;
  NDA_LLADDR?: Uint8Array;
  NDA_CACHEINFO: NdaCacheinfo;
  NDA_PROBES: number;
  /** NDA_PROTOCOL (a proxy entry's, when set). */
  NDA_PROTOCOL?: number;
}

export interface RtmNewNeigh {
  type: "RTM_NEWNEIGH";
  nlmsg_flags: number;
  ndm_family: number;
  ndm_ifindex: number;
  ndm_state: number;
  ndm_flags: number;
  NDA_DST: number;
  NDA_LLADDR?: Uint8Array;
  NDA_PROTOCOL?: number;
}

export interface RtmDelNeigh {
  type: "RTM_DELNEIGH";
  ndm_family: number;
  /** 0: no device (a proxy entry without one). */
  ndm_ifindex: number;
  ndm_flags?: number;
  NDA_DST: number;
}

export interface RtmGetNeigh {
  type: "RTM_GETNEIGH";
  ndm_family: number;
  /** NTF_PROXY: the proxy entries instead of the neighbours. */
  ndm_flags?: number;
  /** Strict-dump filter: one device. */
  ndm_ifindex?: number;
}
