// include/uapi/linux/pkt_sched.h, gen_stats.h and the tcmsg half of
// rtnetlink.h: the door between `tc` and the packet scheduler
// (kernel/sched/sch_api.ts tcTalk). A request is a tcmsg plus TCA_*
// attributes; TCA_OPTIONS is each kind's own nest, typed by the kind's
// interface below (the tool's q_<kind>.ts builds it, the kernel's
// sch_<kind>.ts reads it), as netlink carries an opaque nest per kind.

/** TC_H_* (pkt_sched.h) */
export const TC_H_UNSPEC = 0;
export const TC_H_ROOT = 0xffffffff;
export const TC_H_INGRESS = 0xfffffff1;
export const TC_H_CLSACT = TC_H_INGRESS;
export const TC_H_MIN_PRIORITY = 0xffe0;
export const TC_H_MIN_INGRESS = 0xfff2;
export const TC_H_MIN_EGRESS = 0xfff3;

export const tcHMaj = (h: number): number => (h & 0xffff0000) >>> 0;
export const tcHMin = (h: number): number => h & 0xffff;
export const tcHMake = (maj: number, min: number): number => ((maj & 0xffff0000) | (min & 0xffff)) >>> 0;

/** struct tcmsg */
export interface TcMsg {
  tcm_family: number;
  tcm_ifindex: number;
  tcm_handle: number;
  tcm_parent: number;
  /** Filters: protocol and priority; qdisc dumps: the refcount. */
  tcm_info: number;
}

/** struct gnet_stats_basic */
export interface GnetStatsBasic {
  bytes: number;
  packets: number;
}

/** struct gnet_stats_queue */
export interface GnetStatsQueue {
  qlen: number;
  backlog: number;
  drops: number;
  requeues: number;
  overlimits: number;
}

/** struct gnet_stats_rate_est64 */
export interface GnetStatsRateEst {
  bps: number;
  pps: number;
}

/** TCA_STATS2's nest: TCA_STATS_BASIC, TCA_STATS_RATE_EST64, TCA_STATS_QUEUE. */
export interface TcaStats2 {
  basic?: GnetStatsBasic;
  rateEst?: GnetStatsRateEst;
  queue?: GnetStatsQueue;
}

/** struct tc_estimator */
export interface TcEstimator {
  interval: number;
  ewma_log: number;
}

/** struct tc_sizespec (TCA_STAB_BASE) and the table (TCA_STAB_DATA). */
export interface TcSizespec {
  cell_log: number;
  size_log: number;
  cell_align: number;
  overhead: number;
  linklayer: number;
  mpu: number;
  mtu: number;
  tsize: number;
}
export interface TcaStab {
  base: TcSizespec;
  data?: number[];
}

/**
 * TCA_* of a qdisc, class or filter message. TCA_OPTIONS is the kind's nest:
 * an object whose type the kind's uapi interface gives (TcFifoQopt,
 * TcTbfOptions...), passed opaque here as netlink passes bytes.
 */
export interface TcaAttrs {
  TCA_KIND?: string;
  TCA_OPTIONS?: object;
  TCA_STATS2?: TcaStats2;
  /** The kind's extended statistics (tc_htb_xstats, tc_fq_codel_xstats...). */
  TCA_XSTATS?: object;
  TCA_RATE?: TcEstimator;
  TCA_STAB?: TcaStab;
  TCA_INGRESS_BLOCK?: number;
  TCA_EGRESS_BLOCK?: number;
  TCA_DUMP_INVISIBLE?: true;
  TCA_HW_OFFLOAD?: number;
  TCA_CHAIN?: number;
  /** TCA_EXT_WARN_MSG: the extack warning a notification carries. */
  TCA_EXT_WARN_MSG?: string;
}

export type TcMsgType =
  | "RTM_NEWQDISC"
  | "RTM_DELQDISC"
  | "RTM_GETQDISC"
  | "RTM_NEWTCLASS"
  | "RTM_DELTCLASS"
  | "RTM_GETTCLASS";

/** One tcmsg request (nlmsg_flags: NLM_F_CREATE/EXCL/REPLACE/ECHO; dump: NLM_F_DUMP). */
export interface TcRequest {
  type: TcMsgType;
  nlmsg_flags: number;
  dump?: boolean;
  tcm: TcMsg;
  attrs: TcaAttrs;
}

/** One message of a reply or notification. */
export interface TcNlMsg {
  nlmsg_type: TcMsgType;
  nlmsg_flags: number;
  tcm: TcMsg;
  attrs: TcaAttrs;
}

/** An ack may carry the extack of a request that succeeded with a warning (NL_SET_ERR_MSG on success). */
export type TcReply = { type: "ack"; warning?: string } | { type: "tc"; msgs: TcNlMsg[] };

// ---- the kinds' option nests -------------------------------------------

/** struct tc_fifo_qopt: pfifo, bfifo, pfifo_head_drop. */
export interface TcFifoQopt {
  limit: number;
}

/** struct tc_prio_qopt: prio, and pfifo_fast's dump. */
export interface TcPrioQopt {
  bands: number;
  priomap: number[];
}
export const TC_PRIO_MAX = 15;

/** struct tc_ratespec */
export interface TcRatespec {
  cell_log: number;
  linklayer: number;
  overhead: number;
  cell_align: number;
  mpu: number;
  /** bytes per second (u32; rate64 carries what does not fit) */
  rate: number;
}
export const TC_LINKLAYER_UNAWARE = 0;
export const TC_LINKLAYER_ETHERNET = 1;
export const TC_LINKLAYER_ATM = 2;

/** struct tc_tbf_qopt */
export interface TcTbfQopt {
  rate: TcRatespec;
  peakrate: TcRatespec;
  limit: number;
  /** psched ticks */
  buffer: number;
  mtu: number;
}

/** TCA_TBF_* */
export interface TcTbfOptions {
  TCA_TBF_PARMS?: TcTbfQopt;
  TCA_TBF_RTAB?: number[];
  TCA_TBF_PTAB?: number[];
  TCA_TBF_RATE64?: number;
  TCA_TBF_PRATE64?: number;
  TCA_TBF_BURST?: number;
  TCA_TBF_PBURST?: number;
}

/** struct tc_htb_glob */
export interface TcHtbGlob {
  version: number;
  rate2quantum: number;
  defcls: number;
  debug: number;
  direct_pkts: number;
}

/** struct tc_htb_opt */
export interface TcHtbOpt {
  rate: TcRatespec;
  ceil: TcRatespec;
  buffer: number;
  cbuffer: number;
  quantum: number;
  level: number;
  prio: number;
}

/** TCA_HTB_* (qdisc: INIT, DIRECT_QLEN, OFFLOAD; class: PARMS, RTAB, CTAB, RATE64, CEIL64) */
export interface TcHtbOptions {
  TCA_HTB_PARMS?: TcHtbOpt;
  TCA_HTB_INIT?: TcHtbGlob;
  TCA_HTB_CTAB?: number[];
  TCA_HTB_RTAB?: number[];
  TCA_HTB_DIRECT_QLEN?: number;
  TCA_HTB_RATE64?: number;
  TCA_HTB_CEIL64?: number;
  TCA_HTB_OFFLOAD?: true;
}

/** struct tc_htb_xstats */
export interface TcHtbXstats {
  lends: number;
  borrows: number;
  giants: number;
  tokens: number;
  ctokens: number;
}
