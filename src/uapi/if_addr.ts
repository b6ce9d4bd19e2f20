// Interface addresses over rtnetlink (include/uapi/linux/if_addr.h): what
// `ip addr` sends (RTM_NEWADDR/RTM_DELADDR/RTM_GETADDR) and what the kernel
// answers, one IfAddrMsg per address. Attribute names keep their uapi spelling.

export const AF_UNSPEC = 0;
export const AF_INET = 2;
export const AF_INET6 = 10;

export const IFA_F_SECONDARY = 0x01;
export const IFA_F_NODAD = 0x02;
export const IFA_F_OPTIMISTIC = 0x04;
export const IFA_F_DADFAILED = 0x08;
export const IFA_F_HOMEADDRESS = 0x10;
export const IFA_F_DEPRECATED = 0x20;
export const IFA_F_TENTATIVE = 0x40;
export const IFA_F_PERMANENT = 0x80;
export const IFA_F_MANAGETEMPADDR = 0x100;
export const IFA_F_NOPREFIXROUTE = 0x200;
export const IFA_F_MCAUTOJOIN = 0x400;
export const IFA_F_STABLE_PRIVACY = 0x800;

/** INFINITY_LIFE_TIME */
export const INFINITY_LIFE_TIME = 0xffffffff;

export interface IfaCacheinfo {
  ifa_prefered: number;
  ifa_valid: number;
  /** Hundredths of a second since boot. */
  cstamp: number;
  tstamp: number;
}

/** struct ifaddrmsg + attributes, as the kernel reports an address. */
export interface IfAddrMsg {
  ifa_family: number;
  ifa_prefixlen: number;
  /** Low 8 bits of the flags (IFA_FLAGS carries all of them). */
  ifa_flags: number;
  ifa_scope: number;
  ifa_index: number;
  /** IPv4 addresses as uint32, host order. */
  IFA_ADDRESS?: number;
  /** An AF_INET6 address (struct in6_addr), from the IPv6 model (kernel/ipv6/addrconf_rtnl.ts). */
  IFA_ADDRESS6?: Uint8Array;
  IFA_LOCAL?: number;
  IFA_BROADCAST?: number;
  IFA_LABEL?: string;
  IFA_FLAGS: number;
  IFA_CACHEINFO: IfaCacheinfo;
  IFA_RT_PRIORITY?: number;
}

export interface RtmNewAddr {
  type: "RTM_NEWADDR";
  /** NLM_F_CREATE | NLM_F_EXCL | NLM_F_REPLACE */
  nlmsg_flags: number;
  ifa_family: number;
  ifa_prefixlen: number;
  ifa_scope: number;
  ifa_index: number;
  IFA_LOCAL?: number;
  IFA_ADDRESS?: number;
  IFA_BROADCAST?: number;
  IFA_LABEL?: string;
  IFA_FLAGS?: number;
  IFA_RT_PRIORITY?: number;
  /** Lifetimes in seconds (INFINITY_LIFE_TIME: forever); only valid and preferred are read. */
  IFA_CACHEINFO?: { ifa_valid: number; ifa_prefered: number };
}

export interface RtmDelAddr {
  type: "RTM_DELADDR";
  ifa_family: number;
  ifa_prefixlen: number;
  ifa_index: number;
  IFA_LOCAL?: number;
  IFA_ADDRESS?: number;
  IFA_LABEL?: string;
}

export interface RtmGetAddr {
  type: "RTM_GETADDR";
  ifa_family: number;
  /** Strict-dump filter: one device. */
  ifa_index?: number;
}
