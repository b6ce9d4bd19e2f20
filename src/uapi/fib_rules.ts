// include/uapi/linux/fib_rules.h: struct fib_rule_hdr and the FRA_* attributes
// as typed fields, the request/reply union of the RTM_{NEW,DEL,GET}RULE door
// (kernel/ipv4/fib_rules_rtnl.ts) that `ip rule` talks through.

export const FIB_RULE_PERMANENT = 0x00000001;
export const FIB_RULE_INVERT = 0x00000002;
export const FIB_RULE_UNRESOLVED = 0x00000004;
export const FIB_RULE_IIF_DETACHED = 0x00000008;
export const FIB_RULE_OIF_DETACHED = 0x00000010;

/** enum fr_act */
export const FR_ACT_UNSPEC = 0;
export const FR_ACT_TO_TBL = 1;
export const FR_ACT_GOTO = 2;
export const FR_ACT_NOP = 3;
export const FR_ACT_BLACKHOLE = 6;
export const FR_ACT_UNREACHABLE = 7;
export const FR_ACT_PROHIBIT = 8;

export interface FibRulePortRange {
  start: number;
  end: number;
}

/** struct fib_rule_hdr plus the attributes, as one message. */
export interface FibRuleMsg {
  family: number;
  dst_len: number;
  src_len: number;
  tos: number;
  /** u8 table (RT_TABLE_COMPAT when above 255: see FRA_TABLE). */
  table: number;
  action: number;
  flags: number;
  FRA_SRC?: number;
  FRA_DST?: number;
  /** FRA_SRC / FRA_DST of an AF_INET6 rule (16 bytes), or of an AF_INET request that carried an IPv6 prefix. */
  FRA_SRC6?: bigint;
  FRA_DST6?: bigint;
  FRA_PRIORITY?: number;
  FRA_IIFNAME?: string;
  FRA_OIFNAME?: string;
  FRA_FWMARK?: number;
  FRA_FWMASK?: number;
  FRA_FLOW?: number;
  FRA_TABLE?: number;
  /** u32; -1 (unset) is reported as 0xffffffff. */
  FRA_SUPPRESS_PREFIXLEN?: number;
  FRA_SUPPRESS_IFGROUP?: number;
  FRA_GOTO?: number;
  FRA_L3MDEV?: number;
  FRA_UID_RANGE?: FibRulePortRange;
  FRA_PROTOCOL?: number;
  FRA_IP_PROTO?: number;
  FRA_SPORT_RANGE?: FibRulePortRange;
  FRA_DPORT_RANGE?: FibRulePortRange;
}

export type FibRuleRequest =
  | { type: "RTM_NEWRULE" | "RTM_DELRULE"; nlmsg_flags: number; msg: FibRuleMsg }
  | { type: "RTM_GETRULE"; family: number };

export type FibRuleReply = { type: "ack" } | { type: "rules"; rules: FibRuleMsg[] };
