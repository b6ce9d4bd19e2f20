// The data of each match and target extension, as the xt_*_info structs of
// include/uapi/linux/netfilter/ carry it (names and bit values kept), parsed by
// the iptables tool and read by the kernel's match/target functions.

/** Any extension's data: one of the interfaces below, chosen by the extension name. */
export type XtMatchData = object;
export type XtTargetData = object;

/** xt_tcp (tcp match) */
export interface XtTcp {
  spts: [number, number];
  dpts: [number, number];
  option: number;
  flgMask: number;
  flgCmp: number;
  invflags: number;
}
export const XT_TCP_INV_SRCPT = 0x01;
export const XT_TCP_INV_DSTPT = 0x02;
export const XT_TCP_INV_FLAGS = 0x04;
export const XT_TCP_INV_OPTION = 0x08;

/** xt_udp */
export interface XtUdp {
  spts: [number, number];
  dpts: [number, number];
  invflags: number;
}
export const XT_UDP_INV_SRCPT = 0x01;
export const XT_UDP_INV_DSTPT = 0x02;

/** ipt_icmp: type 0xff = any. */
export interface IptIcmp {
  type: number;
  code: [number, number];
  invflags: number;
}
export const IPT_ICMP_INV = 0x01;

/** xt_multiport_v1 */
export interface XtMultiport {
  flags: "src" | "dst" | "any";
  /** Ports, and for each whether it starts a range with the next one (pflags). */
  ports: number[];
  pflags: boolean[];
  invert: boolean;
}

export interface XtComment {
  comment: string;
}

/** xt_mark_mtinfo1 / xt_connmark_mtinfo1 */
export interface XtMarkMatch {
  mark: number;
  mask: number;
  invert: boolean;
}

/** xt_conntrack_mtinfo (revisions 1-3 share this shape here). */
export interface XtConntrack {
  /** XT_CONNTRACK_* bits of which fields are set, and which are inverted. */
  matchFlags: number;
  invertFlags: number;
  stateMask: number;
  statusMask: number;
  origSrc?: { addr: number; mask: number };
  origDst?: { addr: number; mask: number };
  replSrc?: { addr: number; mask: number };
  replDst?: { addr: number; mask: number };
  l4proto: number;
  origSrcPort: [number, number];
  origDstPort: [number, number];
  replSrcPort: [number, number];
  replDstPort: [number, number];
  expiresMin: number;
  expiresMax: number;
  direction: "ORIGINAL" | "REPLY" | undefined;
}
export const XT_CONNTRACK_STATE = 1 << 0;
export const XT_CONNTRACK_PROTO = 1 << 1;
export const XT_CONNTRACK_ORIGSRC = 1 << 2;
export const XT_CONNTRACK_ORIGDST = 1 << 3;
export const XT_CONNTRACK_REPLSRC = 1 << 4;
export const XT_CONNTRACK_REPLDST = 1 << 5;
export const XT_CONNTRACK_STATUS = 1 << 6;
export const XT_CONNTRACK_EXPIRES = 1 << 7;
export const XT_CONNTRACK_ORIGSRC_PORT = 1 << 8;
export const XT_CONNTRACK_ORIGDST_PORT = 1 << 9;
export const XT_CONNTRACK_REPLSRC_PORT = 1 << 10;
export const XT_CONNTRACK_REPLDST_PORT = 1 << 11;
export const XT_CONNTRACK_DIRECTION = 1 << 12;
export const XT_CONNTRACK_STATE_ALIAS = 1 << 13;

/** State bits (XT_STATE_BIT(ctinfo)): INVALID, ESTABLISHED, RELATED, NEW, UNTRACKED, + SNAT/DNAT for conntrack. */
export const XT_STATE_INVALID = 1 << 0;
export const XT_STATE_ESTABLISHED = 1 << 1;
export const XT_STATE_RELATED = 1 << 2;
export const XT_STATE_NEW = 1 << 3;
export const XT_STATE_UNTRACKED = 1 << 4;
export const XT_CONNTRACK_STATE_SNAT = 1 << 5;
export const XT_CONNTRACK_STATE_DNAT = 1 << 6;

/** xt_state_info */
export interface XtState {
  stateMask: number;
}

/** xt_rateinfo: avg in 1/10000 s per packet (XT_LIMIT_SCALE), burst. */
export interface XtRateinfo {
  avg: number;
  burst: number;
}
export const XT_LIMIT_SCALE = 10000;

/** xt_statistic_info */
export interface XtStatistic {
  mode: "random" | "nth";
  invert: boolean;
  /** random: probability * 2^31, rounded as iptables does. */
  probability: number;
  every: number;
  packet: number;
  /** nth: the counter's start, every - packet (libxt_statistic's final check fills it; the kernel's checkentry loads it). */
  count: number;
}

/** xt_addrtype_info_v1 */
export interface XtAddrtype {
  source: number;
  dest: number;
  flags: number;
}
export const XT_ADDRTYPE_INVERT_SOURCE = 0x1;
export const XT_ADDRTYPE_INVERT_DEST = 0x2;
export const XT_ADDRTYPE_LIMIT_IFACE_IN = 0x4;
export const XT_ADDRTYPE_LIMIT_IFACE_OUT = 0x8;

/** xt_iprange_mtinfo */
export interface XtIprange {
  flags: number;
  srcMin: number;
  srcMax: number;
  dstMin: number;
  dstMax: number;
}
export const IPRANGE_SRC = 1 << 0;
export const IPRANGE_DST = 1 << 1;
export const IPRANGE_SRC_INV = 1 << 4;
export const IPRANGE_DST_INV = 1 << 5;

/** xt_mac_info */
export interface XtMac {
  srcaddr: number[];
  invert: boolean;
}

/** xt_physdev_info */
export interface XtPhysdev {
  physindev: string;
  physoutdev: string;
  invert: number;
  bitmask: number;
}
export const XT_PHYSDEV_OP_IN = 0x01;
export const XT_PHYSDEV_OP_OUT = 0x02;
export const XT_PHYSDEV_OP_BRIDGED = 0x04;
export const XT_PHYSDEV_OP_ISIN = 0x08;
export const XT_PHYSDEV_OP_ISOUT = 0x10;

/** xt_pkttype_info: PACKET_HOST=0, BROADCAST=1, MULTICAST=2, OTHERHOST=3. */
export interface XtPkttype {
  pkttype: number;
  invert: boolean;
}

/** xt_length_info */
export interface XtLength {
  min: number;
  max: number;
  invert: boolean;
}

// ---------------------------------------------------------------- targets

/** ipt_log_info / xt_log_info */
export interface XtLog {
  level: number;
  logflags: number;
  prefix: string;
}
export const XT_LOG_TCPSEQ = 0x01;
export const XT_LOG_TCPOPT = 0x02;
export const XT_LOG_IPOPT = 0x04;
export const XT_LOG_UID = 0x08;
export const XT_LOG_NFLOG = 0x10;
export const XT_LOG_MACDECODE = 0x20;

/** ipt_reject_info: enum ipt_reject_with. */
export interface IptReject {
  with: number;
}
export const IPT_ICMP_NET_UNREACHABLE = 0;
export const IPT_ICMP_HOST_UNREACHABLE = 1;
export const IPT_ICMP_PROT_UNREACHABLE = 2;
export const IPT_ICMP_PORT_UNREACHABLE = 3;
export const IPT_ICMP_ECHOREPLY = 4;
export const IPT_ICMP_NET_PROHIBITED = 5;
export const IPT_ICMP_HOST_PROHIBITED = 6;
export const IPT_TCP_RESET = 7;
export const IPT_ICMP_ADMIN_PROHIBITED = 8;

/** xt_mark_tginfo2: mark = (mark & ~mask) ^ value. */
export interface XtMarkTarget {
  mark: number;
  mask: number;
}

/** xt_connmark_tginfo1/2 */
export interface XtConnmarkTarget {
  mode: "set" | "save" | "restore";
  ctmark: number;
  ctmask: number;
  nfmask: number;
}

/** xt_ct_target_info (notrack flag, zone, helper...); NOTRACK is CT --notrack. */
export interface XtCt {
  notrack: boolean;
  /** Sent by `-j NOTRACK` (XT_CT_NOTRACK_ALIAS): listed back as NOTRACK. */
  alias: boolean;
  zone: number;
  helper: string;
  /** --ctevents / --expevents bit masks (IPCT_*, IPEXP_*); 0 when not given. */
  ctEvents?: number;
  expEvents?: number;
}

/** nf_nat_range2 (SNAT/DNAT rev 2; MASQUERADE/REDIRECT use the ports part). */
export interface NfNatRange {
  flags: number;
  minAddr: number;
  maxAddr: number;
  minProto: number;
  maxProto: number;
  /** rev 2: --to-destination port offset/base (kept 0: iptables 1.8.9 never sets it on IPv4 output). */
  baseProto: number;
  /** ip6tables' SNAT/DNAT: the IPv6 address range (minAddr/maxAddr stay 0). */
  minAddr6?: bigint;
  maxAddr6?: bigint;
}
export const NF_NAT_RANGE_MAP_IPS = 1 << 0;
export const NF_NAT_RANGE_PROTO_SPECIFIED = 1 << 1;
export const NF_NAT_RANGE_PROTO_RANDOM = 1 << 2;
export const NF_NAT_RANGE_PERSISTENT = 1 << 3;
export const NF_NAT_RANGE_PROTO_RANDOM_FULLY = 1 << 4;
export const NF_NAT_RANGE_PROTO_OFFSET = 1 << 5;

/** Empty data (TRACE, targets without options). */
export type XtEmpty = Record<string, never>;
