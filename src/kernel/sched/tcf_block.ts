// The classifier hook (include/net/pkt_cls.h tcf_block, tcf_classify()): a
// classful qdisc (htb, and the ones tcf adds) or one of its classes holds a
// filter block; on enqueue it asks tcfClassify() which class a frame goes to.
// The block's contents (chains, filters, actions) belong to cls_api
// (tcf's cls_*.ts): this file only gives the qdiscs a typed place to keep a
// block and one function to call. Until a classifier module registers
// itself, every block is empty and classification finds nothing
// (TC_ACT_UNSPEC, as tcf_classify on an empty chain).

import type { SkBuff } from "../core/skbuff.js";
import type { Qdisc } from "./qdisc.js";

/** TC_ACT_* (include/uapi/linux/pkt_cls.h): what a classification ends in. */
export const TC_ACT_UNSPEC = -1;
export const TC_ACT_OK = 0;
export const TC_ACT_RECLASSIFY = 1;
export const TC_ACT_SHOT = 2;
export const TC_ACT_PIPE = 3;
export const TC_ACT_STOLEN = 4;
export const TC_ACT_QUEUED = 5;
export const TC_ACT_REPEAT = 6;
export const TC_ACT_REDIRECT = 7;
export const TC_ACT_TRAP = 8;

/** struct tcf_result: the class a filter picked (classid; `class` once bound to the qdisc's class). */
export interface TcfResult {
  classid: number;
  /** The qdisc's class object when the filter was bound to one (tcf_bind_filter). */
  class?: object;
}

/**
 * struct tcf_block: where a qdisc's (or class's) filters live. The scheduler
 * makes one per filter-holding qdisc/class (tcfBlockNew) and keeps it; cls_api
 * stores its chains in `chains` (whatever shape it needs).
 */
export interface TcfBlock {
  /** The qdisc the block belongs to (for tcf_bind_filter / class lookups). */
  readonly q: Qdisc;
  /** The class id it hangs on (0: the qdisc itself). */
  readonly classid: number;
  /** cls_api's state: chains of filters. Empty/undefined = no filters. */
  chains: unknown;
  /** Filters in this block that are bound to classes of q (tcf_block's refcounts a class delete checks). */
  filterCount: number;
  /**
   * block->index of a shared block (ingress_block/egress_block N), 0 for a
   * qdisc's own. A shared block is kept by cls_api per namespace; `q` is then
   * only the qdisc that made it (Linux: block->q is NULL), and `refcnt`
   * counts the qdiscs holding it.
   */
  index: number;
  refcnt: number;
}

export function tcfBlockNew(q: Qdisc, classid: number, index = 0): TcfBlock {
  return { q, classid, chains: undefined, filterCount: 0, index, refcnt: 1 };
}

/** tcf_classify(): the verdict and the result. The default (no classifier module) matches nothing. */
export type TcfClassifyFn = (skb: SkBuff, block: TcfBlock, res: TcfResult) => number;

let classifyImpl: TcfClassifyFn = () => TC_ACT_UNSPEC;

/** cls_api registers the real classifier here. */
export function setTcfClassify(fn: TcfClassifyFn): void {
  classifyImpl = fn;
}

/** tcf_classify(skb, block, ...): called by classful qdiscs on enqueue; cheap for an empty block. */
export function tcfClassify(skb: SkBuff, block: TcfBlock | undefined, res: TcfResult): number {
  if (block === undefined || block.chains === undefined) return TC_ACT_UNSPEC;
  return classifyImpl(skb, block, res);
}
