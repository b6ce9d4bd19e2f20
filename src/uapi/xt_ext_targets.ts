// Data of the targets NETMAP, TEE, TPROXY, HMARK, AUDIT, SECMARK,
// CONNSECMARK, IDLETIMER, LED, RATEEST, SYNPROXY and of the rateest match
// (linux/netfilter/xt_*.h, nf_nat.h), as plain objects. Addresses are host
// order numbers (IPv4) or bigints (IPv6).

/** nf_nat_ipv4_range / nf_nat_range2 as NETMAP uses it: an address block (min..max). */
export interface XtNetmap {
  /** IPv4 block. */
  minIp: number;
  maxIp: number;
  /** IPv6 block (ip6tables). */
  minIp6?: bigint;
  maxIp6?: bigint;
}

/** xt_tee_tginfo */
export interface XtTee {
  gw: number;
  gw6?: bigint;
  oif: string;
}

/** xt_tproxy_target_info_v1 */
export interface XtTproxy {
  markValue: number;
  markMask: number;
  laddr: number;
  laddr6?: bigint;
  lport: number;
}

/** enum xt_hmark_type bits (XT_HMARK_FLAG). */
export const XT_HMARK_SADDR_MASK = 0;
export const XT_HMARK_DADDR_MASK = 1;
export const XT_HMARK_SPI = 2;
export const XT_HMARK_SPI_MASK = 3;
export const XT_HMARK_SPORT = 4;
export const XT_HMARK_DPORT = 5;
export const XT_HMARK_SPORT_MASK = 6;
export const XT_HMARK_DPORT_MASK = 7;
export const XT_HMARK_PROTO_MASK = 8;
export const XT_HMARK_RND = 9;
export const XT_HMARK_MODULUS = 10;
export const XT_HMARK_OFFSET = 11;
export const XT_HMARK_CT = 12;
export const XT_HMARK_METHOD_L3 = 13;
export const XT_HMARK_METHOD_L3_4 = 14;

/** xt_hmark_info (masks as prefix lengths' masks; ports in host order). */
export interface XtHmark {
  /** IPv4 masks (host order); IPv6 masks as prefix lengths. */
  srcMask: number;
  dstMask: number;
  srcPlen6: number;
  dstPlen6: number;
  /** port_mask and port_set: src/dst 16-bit halves; together (src << 16 | dst) the SPI's. */
  portMaskSrc: number;
  portMaskDst: number;
  portSetSrc: number;
  portSetDst: number;
  protoMask: number;
  hashrnd: number;
  hmodulus: number;
  hoffset: number;
  flags: number;
}

export const XT_AUDIT_TYPE_ACCEPT = 0;
export const XT_AUDIT_TYPE_DROP = 1;
export const XT_AUDIT_TYPE_REJECT = 2;

export interface XtAudit {
  type: number;
}

export const SECMARK_MODE_SEL = 1;
export interface XtSecmark {
  mode: number;
  secctx: string;
}

export const CONNSECMARK_SAVE = 1;
export const CONNSECMARK_RESTORE = 2;
export interface XtConnsecmark {
  mode: number;
}

/** idletimer_tg_info(_v1) */
export interface XtIdletimer {
  timeout: number;
  label: string;
  /** v1: XT_IDLETIMER_ALARM (1) or 0. */
  timerType: number;
}

/** xt_led_info */
export interface XtLed {
  id: string;
  alwaysBlink: boolean;
  /** Milliseconds, or -1 for "inf". */
  delay: number;
}

/** xt_rateest_target_info: interval is a signed log2 of quarter seconds (-2..3), as u8. */
export interface XtRateestTarget {
  name: string;
  interval: number;
  ewmaLog: number;
}

export const XT_RATEEST_MATCH_INVERT = 1 << 0;
export const XT_RATEEST_MATCH_ABS = 1 << 1;
export const XT_RATEEST_MATCH_REL = 1 << 2;
export const XT_RATEEST_MATCH_DELTA = 1 << 3;
export const XT_RATEEST_MATCH_BPS = 1 << 4;
export const XT_RATEEST_MATCH_PPS = 1 << 5;
export const XT_RATEEST_MATCH_NONE = 0;
export const XT_RATEEST_MATCH_EQ = 1;
export const XT_RATEEST_MATCH_LT = 2;
export const XT_RATEEST_MATCH_GT = 3;

/** xt_rateest_match_info (rates in bytes per second). */
export interface XtRateestMatch {
  name1: string;
  name2: string;
  flags: number;
  mode: number;
  bps1: number;
  pps1: number;
  bps2: number;
  pps2: number;
  /** Option bits seen while parsing (the old-style parser's *flags; not sent to the kernel). */
  seen?: number;
}

export const XT_SYNPROXY_OPT_MSS = 0x01;
export const XT_SYNPROXY_OPT_WSCALE = 0x02;
export const XT_SYNPROXY_OPT_SACK_PERM = 0x04;
export const XT_SYNPROXY_OPT_TIMESTAMP = 0x08;
export const XT_SYNPROXY_OPT_ECN = 0x10;

export interface XtSynproxy {
  options: number;
  wscale: number;
  mss: number;
}
