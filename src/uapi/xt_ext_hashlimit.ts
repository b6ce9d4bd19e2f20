// xt_hashlimit_mtinfo3, as plain data.

export interface XtHashlimit {
  name: string;
  /** Packets mode: 1e-6 s per packet (XT_HASHLIMIT_SCALE_v2); bytes mode: bytes per second. */
  avg: number;
  /** Packets mode: packets; bytes mode: bytes (0 = none given). */
  burst: number;
  /** XT_HASHLIMIT_HASH_DIP 1, DPT 2, SIP 4, SPT 8, INVERT 0x10 (above), BYTES 0x20, RATE_MATCH 0x40 */
  mode: number;
  size: number;
  max: number;
  gcInterval: number;
  expire: number;
  srcMask: number;
  dstMask: number;
  interval: number;
}
export const XT_HL_DIP = 1;
export const XT_HL_DPT = 2;
export const XT_HL_SIP = 4;
export const XT_HL_SPT = 8;
export const XT_HL_INVERT = 0x10;
export const XT_HL_BYTES = 0x20;
export const XT_HL_RATE_MATCH = 0x40;
