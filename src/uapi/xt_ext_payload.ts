// Data of the string match (xt_string_info revision 1) and the TCPOPTSTRIP target.

export interface XtString {
  algo: string;
  from: number;
  to: number;
  pattern: Uint8Array;
  invert: boolean;
  icase: boolean;
}

/** xt_tcpoptstrip_target_info: one bit per TCP option kind (0..255). */
export interface XtTcpoptstrip {
  kinds: number[];
}
