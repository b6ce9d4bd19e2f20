// Data of the ip6tables-only extensions (ip6t_icmp, ip6t_REJECT, ip6t_ah,
// ip6t_frag, ip6t_opts for dst/hbh, ip6t_rt, ip6t_mh, ip6t_ipv6header, eui64).

export interface Ip6tIcmp6 {
  type: number;
  codeMin: number;
  codeMax: number;
  invert: boolean;
}

/** enum ip6t_reject_with (6 = tcp-reset). */
export interface Ip6tReject {
  with: number;
}

export interface Ip6tAh {
  spis: [number, number];
  len: number;
  hasLen: boolean;
  res: boolean;
  invSpi: boolean;
  invLen: boolean;
}

export interface Ip6tFrag {
  ids: [number, number];
  len: number;
  hasLen: boolean;
  /** RES 1, FST 2, MF 4, NMF 8 */
  flags: number;
  invIds: boolean;
  invLen: boolean;
}

/** dst and hbh (ip6t_opts): header length and [type] or [type, len] items. */
export interface Ip6tOpts {
  len: number;
  hasLen: boolean;
  invLen: boolean;
  opts: number[][];
}

export interface Ip6tRt {
  type: number;
  hasType: boolean;
  invType: boolean;
  segs: [number, number];
  invSegs: boolean;
  len: number;
  hasLen: boolean;
  invLen: boolean;
  res: boolean;
}

export interface Ip6tMh {
  min: number;
  max: number;
  invert: boolean;
}

export interface Ip6tHeader {
  flags: number;
  invert: boolean;
  soft: boolean;
}

export type Ip6tEui64 = Record<string, never>;

/** ip6t_srh (revision 1): per option id, its value or address/prefix; bit per option set/inverted. */
export interface Ip6tSrh {
  vals: number[];
  sids: { addr: bigint; len: number }[];
  flags: number;
  invflags: number;
}

/** ip6t_npt_tginfo (SNPT/DNPT): the prefixes translated between. */
export interface Ip6tNpt {
  src: bigint;
  srcLen: number;
  dst: bigint;
  dstLen: number;
}
