// xt_policy_info, as plain data.

export interface XtPolicyElem {
  reqid?: number;
  spi?: number;
  proto?: number;
  /** 0 transport, 1 tunnel */
  mode?: number;
  tunnelSrc?: { addr: number; mask: number };
  tunnelDst?: { addr: number; mask: number };
  /** option name -> inverted */
  inv: Record<string, boolean>;
}

export interface XtPolicy {
  /** "in" or "out" */
  dir: string;
  /** "none" or "ipsec" */
  pol: string;
  strict: boolean;
  elems: XtPolicyElem[];
}
