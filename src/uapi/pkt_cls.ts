// include/uapi/linux/pkt_cls.h (the parts nslab models): the u32
// classifier's selector and attributes, TCA_CLS_FLAGS_*, and the tcmsg
// message types of filters and chains (RTM_*TFILTER, RTM_*CHAIN).
//
// u32 keys are kept as the 32-bit big-endian words the packet holds at the
// key's offset (ntohl() of the kernel's __be32 val/mask): a key matches when
// ((word ^ val) & mask) === 0, and "%08x" prints them as tc does.

/** struct tc_u32_key */
export interface TcU32Key {
  val: number;
  mask: number;
  /** Offset of the 32-bit word from the network header (plus the "nexthdr+" offset when offmask). */
  off: number;
  /** -1 (all bits): add the offset the previous node computed ("nexthdr+"); 0: none. */
  offmask: number;
}

/** struct tc_u32_sel */
export interface TcU32Sel {
  flags: number;
  offshift: number;
  /** __be16, as the 16 bits read big-endian */
  offmask: number;
  off: number;
  offoff: number;
  hoff: number;
  /** __be32, as the 32 bits read big-endian */
  hmask: number;
  keys: TcU32Key[];
}

export const TC_U32_TERMINAL = 1;
export const TC_U32_OFFSET = 2;
export const TC_U32_VAROFFSET = 4;
export const TC_U32_EAT = 8;
export const TC_U32_MAXDEPTH = 8;

/** Handle parts: htid (12 bits) : hash bucket (8 bits) : node (12 bits). */
export const tcU32Htid = (h: number): number => (h & 0xfff00000) >>> 0;
export const tcU32UserHtid = (h: number): number => (h >>> 20) & 0xfff;
export const tcU32Hash = (h: number): number => (h >>> 12) & 0xff;
export const tcU32Node = (h: number): number => h & 0xfff;
export const tcU32Key = (h: number): number => h & 0xfffff;
export const TC_U32_ROOT = 0xfff00000;

/** struct tc_u32_mark */
export interface TcU32Mark {
  val: number;
  mask: number;
  success: number;
}

/** TCA_CLS_FLAGS_* */
export const TCA_CLS_FLAGS_SKIP_HW = 1;
export const TCA_CLS_FLAGS_SKIP_SW = 2;
export const TCA_CLS_FLAGS_IN_HW = 4;
export const TCA_CLS_FLAGS_NOT_IN_HW = 8;
export const TCA_CLS_FLAGS_VERBOSE = 16;

/** TCA_U32_* (the nest a u32 filter's TCA_OPTIONS carries). */
export interface TcaU32Options {
  TCA_U32_CLASSID?: number;
  TCA_U32_HASH?: number;
  TCA_U32_LINK?: number;
  TCA_U32_DIVISOR?: number;
  TCA_U32_SEL?: TcU32Sel;
  TCA_U32_POLICE?: TcaActOptions;
  TCA_U32_ACT?: TcaAction[];
  TCA_U32_INDEV?: string;
  TCA_U32_MARK?: TcU32Mark;
  TCA_U32_FLAGS?: number;
}

/** TCA_BPF_* (the nest a bpf filter's TCA_OPTIONS carries; classic BPF only). */
export interface TcaBpfOptions {
  TCA_BPF_CLASSID?: number;
  /** TCA_BPF_OPS + TCA_BPF_OPS_LEN: the sock_filter program */
  TCA_BPF_OPS?: { code: number; jt: number; jf: number; k: number }[];
  TCA_BPF_FD?: number;
  TCA_BPF_NAME?: string;
  TCA_BPF_FLAGS?: number;
  TCA_BPF_FLAGS_GEN?: number;
  TCA_BPF_POLICE?: TcaActOptions;
  TCA_BPF_ACT?: TcaAction[];
}
export const TCA_BPF_FLAG_ACT_DIRECT = 1;

/**
 * One action of a TCA_*_ACT list (TCA_ACT_KIND, TCA_ACT_OPTIONS, …): the
 * kernel has no action module here, so only the kind is ever looked at; the
 * options are what the action's tc parser built.
 */
export interface TcaAction {
  /** TCA_ACT_KIND */
  kind: string;
  /** TCA_ACT_OPTIONS */
  options?: TcaActOptions;
  index?: number;
  cookie?: Uint8Array;
  hwStats?: number;
  flags?: number;
  /** TCA_ACT_USED_HW_STATS of a dump (the hw stats types in use; 0: "disabled") */
  usedHwStats?: number;
  /** TCA_ACT_STATS of a dump */
  stats?: { bytes: number; packets: number; drops: number };
}
export type TcaActOptions = Record<string, unknown>;

import type { TcMsg } from "./pkt_sched.js";

/** struct tcmsg as filters use it: tcm_block_index shares tcm_parent's place when tcm_ifindex is TCM_IFINDEX_MAGIC_BLOCK. */
export interface TcFilterMsg extends TcMsg {
  tcm_block_index?: number;
}

export type TcFilterMsgType = "RTM_NEWTFILTER" | "RTM_DELTFILTER" | "RTM_GETTFILTER" | "RTM_NEWCHAIN" | "RTM_DELCHAIN" | "RTM_GETCHAIN";

/** TCM_IFINDEX_MAGIC_BLOCK: tcm_ifindex naming a shared block (tcm_block_index) rather than a device. */
export const TCM_IFINDEX_MAGIC_BLOCK = 0xffffffff;
