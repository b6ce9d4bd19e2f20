// Data of the IPv4-header and IPsec-SPI extensions (xt_tos/xt_TOS revision 1,
// xt_dscp/xt_DSCP, ipt_ttl/ipt_TTL, xt_ecn/ipt_ECN, xt_ah/xt_esp), as plain objects.

/** ipt_ttl_info: mode 0 eq, 1 ne, 2 lt, 3 gt. */
export interface XtTtl {
  mode: number;
  ttl: number;
}

/** ipt_TTL_info: mode 0 set, 1 inc, 2 dec. */
export interface XtTtlTarget {
  mode: number;
  ttl: number;
}

/** xt_tos_match_info / xt_tos_target_info: tos = (tos & ~mask) ^ value for the target. */
export interface XtTos {
  value: number;
  mask: number;
  invert: boolean;
}

export interface XtDscp {
  dscp: number;
  invert: boolean;
}

/** xt_ecn_info: operation and invert are bit sets (IP 0x01, ECE 0x10, CWR 0x20). */
export interface XtEcn {
  operation: number;
  invert: number;
  ipEct: number;
}

/** ipt_ECN_info */
export interface XtEcnTarget {
  operation: number;
  ipEct: number;
  ece: number;
  cwr: number;
}

/** xt_ah / xt_esp: SPI range. proto is the protocol the match needs (51 ah, 50 esp). */
export interface XtSpi {
  min: number;
  max: number;
  invert: boolean;
  proto: number;
}

/** xt_ecn operation/invert bits (the ECN target's operations use the same values). */
export const XT_ECN_IP = 0x01;
export const XT_ECN_TCP_ECE = 0x10;
export const XT_ECN_TCP_CWR = 0x20;
