// xt_set's data (include/uapi/linux/netfilter/xt_set.h, ipset/ip_set.h):
// the set match (revision 4) and the SET target (revision 3). A set is named
// by its index in the namespace's ipset table; `flags` has bit i set when
// dimension i+1 is taken from the destination.

export const IPSET_INV_MATCH = 0x01;
export const IPSET_RETURN_NOMATCH = 0x80;
export const IPSET_FLAG_SKIP_COUNTER_UPDATE = 0x100;
export const IPSET_FLAG_SKIP_SUBCOUNTER_UPDATE = 0x200;
export const IPSET_FLAG_EXIST = 0x02;

export const IPSET_COUNTER_NONE = 0;
export const IPSET_COUNTER_EQ = 1;
export const IPSET_COUNTER_NE = 2;
export const IPSET_COUNTER_LT = 3;
export const IPSET_COUNTER_GT = 4;

export const IPSET_INVALID_ID = 65535;

export interface XtSetDim {
  index: number;
  dim: number;
  /** Bit i: dimension i+1 from the destination. */
  flags: number;
}

export interface XtSetMatch extends XtSetDim {
  /** IPSET_INV_MATCH, IPSET_RETURN_NOMATCH, IPSET_FLAG_SKIP_* */
  cmdflags: number;
  packets: { op: number; value: number };
  bytes: { op: number; value: number };
}

export interface XtSetTarget {
  add: XtSetDim;
  del: XtSetDim;
  /** IPSET_FLAG_EXIST */
  cmdflags: number;
  /** Seconds; undefined = the set's default. */
  timeout?: number;
}
