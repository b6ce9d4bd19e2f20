// net/sched/cls_api.c: filter chains and the filter half of rtnetlink
// (RTM_NEWTFILTER, DELTFILTER, GETTFILTER, the filter dump, RTM_GETCHAIN's
// dump), the registry of classifier kinds (register_tcf_proto_ops), and
// tcf_classify() which classful qdiscs and the ingress/egress hooks call.
//
// A qdisc (or class) holds a TcfBlock (tcf_block.ts); its `chains` field is
// this file's ClsBlock: the chains by index in creation order, each a list of
// tcf_proto sorted by priority, and block->classid — the parent of the last
// filter request, which the dump prints as the parent (as Linux does: `tc
// filter show dev X egress` on an ingress qdisc says "parent ffff:" or
// "egress" depending on what was added last).

import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import type { Task } from "../task/task.js";
import { devGetByIndex } from "../core/dev.js";
import { kerr } from "../../uapi/errno.js";
import { NLM_F_CREATE, NLM_F_EXCL } from "../../uapi/rtnetlink.js";
import { tcHMaj, tcHMake, tcHMin, type TcMsg } from "../../uapi/pkt_sched.js";
import { TCM_IFINDEX_MAGIC_BLOCK, type TcaBpfOptions, type TcaU32Options, type TcFilterMsg, type TcFilterMsgType } from "../../uapi/pkt_cls.js";
import { qdiscLookup } from "./sch_api.js";
import type { Qdisc, QdiscClass } from "./qdisc.js";
import { setTcfClassify, tcfBlockNew, TC_ACT_RECLASSIFY, TC_ACT_SHOT, TC_ACT_UNSPEC, type TcfBlock, type TcfResult } from "./tcf_block.js";

export const ETH_P_ALL = 0x0003;
const TC_ACT_EXT_VAL_MASK = 0x0fffffff;
const TC_ACT_GOTO_CHAIN = 0x20000000;
const TC_ACT_EXT_OPCODE_MAX = 0xf0000000;
/** tcf_classify's bound on reclassify rounds (max_reclassify_loop). */
const MAX_RECLASSIFY_LOOP = 16;

/** A classifier's options as a request carries them (the kind's own nest; u32 is the one modelled). */
export type ClsOptions = TcaU32Options | TcaBpfOptions;

/** The TCA_* of a filter message. */
export interface TcfAttrs {
  TCA_KIND?: string;
  TCA_OPTIONS?: ClsOptions;
  TCA_CHAIN?: number;
}

/** A filter request: tcmsg + attributes (tcm_info: prio << 16 | protocol). */
export interface TcFilterRequest {
  type: TcFilterMsgType;
  nlmsg_flags: number;
  dump?: boolean;
  tcm: TcFilterMsg;
  attrs: TcfAttrs;
}

/** One message of a filter reply or notification. */
export interface TcFilterNlMsg {
  nlmsg_type: TcFilterMsgType;
  nlmsg_flags: number;
  tcm: TcFilterMsg;
  attrs: TcfAttrs;
}

/** struct tcf_proto_ops: one classifier kind. A filter handle (fh) is whatever the kind hands out. */
export interface TcfProtoOps {
  readonly kind: string;
  classify(skb: SkBuff, tp: TcfProto, res: TcfResult): number;
  init(tp: TcfProto): void;
  destroy(tp: TcfProto): void;
  get(tp: TcfProto, handle: number): object | undefined;
  /**
   * Creates or changes the filter `fh` (undefined: new); returns it (undefined:
   * nothing made, as u32 without options). `base`: the parent class id the
   * request named. Throws KernelError.
   */
  change(tp: TcfProto, base: number, handle: number, opts: ClsOptions | undefined, fh: object | undefined, flags: number): object | undefined;
  /** Throws KernelError; returns `last`: the tp holds nothing more and may go. */
  delete(tp: TcfProto, fh: object): boolean;
  /** The filters in dump order. */
  walk(tp: TcfProto): object[];
  /** tcm_handle and TCA_OPTIONS of one filter. */
  dump(tp: TcfProto, fh: object): { handle: number; options: ClsOptions };
}

/** struct tcf_proto */
export interface TcfProto {
  readonly ops: TcfProtoOps;
  /** ETH_P_* (host order) */
  readonly protocol: number;
  /** The priority as the kernel keeps it: pref << 16. */
  readonly prio: number;
  readonly chain: TcfChain;
  /** The classifier's state (tp->root / tp->data). */
  data: unknown;
}

/** struct tcf_chain */
export interface TcfChain {
  readonly index: number;
  readonly block: TcfBlock;
  /** sorted by prio */
  filters: TcfProto[];
  /** Created by `tc chain add` (kept when its last filter goes). */
  explicitlyCreated: boolean;
}

/** What cls_api keeps in TcfBlock.chains. */
interface ClsBlock {
  chains: TcfChain[];
  /** block->classid: the parent of the last filter request. */
  classid: number;
}

// ---- the registry -------------------------------------------------------------

const tcfProtoBase = new Map<string, TcfProtoOps>();

/** register_tcf_proto_ops() */
export function registerTcfProtoOps(ops: TcfProtoOps): void {
  tcfProtoBase.set(ops.kind, ops);
}

// ---- blocks and chains ----------------------------------------------------------

function clsBlock(block: TcfBlock): ClsBlock {
  if (block.chains === undefined) block.chains = { chains: [], classid: 0 } satisfies ClsBlock;
  return block.chains as ClsBlock;
}

function chainFind(block: TcfBlock, index: number): TcfChain | undefined {
  if (block.chains === undefined) return undefined;
  return clsBlock(block).chains.find((c) => c.index === index);
}

/** tcf_chain_get(create): a new chain is announced (RTM_NEWCHAIN, "added"). */
function chainGet(block: TcfBlock, index: number, create: boolean): TcfChain | undefined {
  const found = chainFind(block, index);
  if (found || !create) return found;
  const chain: TcfChain = { index, block, filters: [], explicitlyCreated: false };
  clsBlock(block).chains.push(chain);
  chainNotify(chain, "RTM_NEWCHAIN", NLM_F_CREATE | NLM_F_EXCL);
  return chain;
}

/** A chain with no filter and not made by `tc chain add` goes (tcf_chain_put), announced. */
function chainPutEmpty(chain: TcfChain): void {
  if (chain.filters.length || chain.explicitlyCreated) return;
  const cb = clsBlock(chain.block);
  cb.chains = cb.chains.filter((c) => c !== chain);
  chainNotify(chain, "RTM_DELCHAIN", 0);
  if (cb.chains.length === 0) chain.block.chains = undefined;
}

/** tc_chain_fill_node(): a chain by its qdisc's device and handle, or a shared block by its index. */
function blockTcm(block: TcfBlock): TcFilterMsg {
  if (block.index) return { tcm_family: 0, tcm_ifindex: TCM_IFINDEX_MAGIC_BLOCK, tcm_handle: 0, tcm_parent: block.index, tcm_block_index: block.index, tcm_info: 0 };
  return { tcm_family: 0, tcm_ifindex: block.q.dev.ifindex, tcm_handle: 0, tcm_parent: block.q.handle, tcm_info: 0 };
}

/** tc_chain_notify(): the chain by its qdisc's handle. */
function chainNotify(chain: TcfChain, type: "RTM_NEWCHAIN" | "RTM_DELCHAIN", flags: number): void {
  const block = chain.block;
  notify(block.q.dev.net, () => ({
    nlmsg_type: type,
    nlmsg_flags: flags,
    tcm: blockTcm(block),
    attrs: { TCA_CHAIN: chain.index },
  }));
}

function tpDestroy(tp: TcfProto): void {
  tp.ops.destroy(tp);
}

/** tcf_chain_flush(): every tp of the chain destroyed. */
function chainFlush(chain: TcfChain): void {
  const tps = chain.filters;
  chain.filters = [];
  for (const tp of tps) tpDestroy(tp);
}

/** Whether chain 0 holds a filter (what makes the ingress/egress hooks run: mini_qdisc). */
export function tcfBlockHasFilters(block: TcfBlock | undefined): boolean {
  const c = block ? chainFind(block, 0) : undefined;
  return c !== undefined && c.filters.length > 0;
}

/** tcf_net's idr: the shared blocks of a namespace by index. */
const sharedBlocks = new WeakMap<NetNamespace, Map<number, TcfBlock>>();

function sharedBlockMap(net: NetNamespace): Map<number, TcfBlock> {
  let m = sharedBlocks.get(net);
  if (!m) sharedBlocks.set(net, (m = new Map()));
  return m;
}

/**
 * tcf_block_get_ext(): a qdisc's own block, or with an index the namespace's
 * shared block of that index (made by the first qdisc asking for it).
 */
export function tcfBlockGet(q: Qdisc, classid: number, index: number): TcfBlock {
  if (!index) return tcfBlockNew(q, classid);
  const m = sharedBlockMap(q.dev.net);
  const have = m.get(index);
  if (have) {
    have.refcnt++;
    return have;
  }
  const block = tcfBlockNew(q, classid, index);
  m.set(index, block);
  return block;
}

/**
 * Destroys every chain of a block (a qdisc going away: tcf_block_put); a
 * shared block only when its last qdisc lets go of it.
 */
export function tcfBlockPut(block: TcfBlock | undefined): void {
  if (!block) return;
  if (block.index) {
    if (--block.refcnt > 0) return;
    sharedBlockMap(block.q.dev.net).delete(block.index);
  }
  if (block.chains === undefined) return;
  for (const c of clsBlock(block).chains) {
    chainFlush(c);
    chainNotify(c, "RTM_DELCHAIN", 0);
  }
  block.chains = undefined;
}

/**
 * tcf_chain_tp_find(): the tp at `prio`, where a new one would go, or a
 * conflict. prioAllocate: the caller wants a fresh priority.
 */
function chainTpFind(chain: TcfChain, protocol: number, prio: number, prioAllocate: boolean): { tp?: TcfProto; pos: number } {
  let pos = 0;
  for (; pos < chain.filters.length; pos++) {
    const tp = chain.filters[pos]!;
    if (tp.prio >= prio) {
      if (tp.prio === prio) {
        if (prioAllocate || (tp.protocol !== protocol && protocol)) throw kerr("EINVAL", "Protocol mismatch for filter with specified priority");
        return { tp, pos };
      }
      break;
    }
  }
  return { pos };
}

/** tcf_auto_prio(): one below the filter a new one would be put before, else 0xC000. */
function autoPrio(next: TcfProto | undefined): number {
  const first = next ? (next.prio - 1) >>> 0 : 0xc0000000;
  return tcHMaj(first);
}

// ---- finding the qdisc and block of a request -------------------------------------

interface Found {
  dev: NetDevice;
  q: Qdisc;
  parent: number;
  cl: QdiscClass | undefined;
  block: TcfBlock;
}

/** __tcf_qdisc_find() + __tcf_qdisc_cl_find() + __tcf_block_find(). */
function blockFind(net: NetNamespace, tcm: TcFilterMsg): Found {
  if (tcm.tcm_ifindex === TCM_IFINDEX_MAGIC_BLOCK) {
    const block = sharedBlocks.get(net)?.get(tcm.tcm_block_index ?? tcm.tcm_parent);
    if (!block) throw kerr("EINVAL", "Block of given index was not found");
    return { dev: block.q.dev, q: block.q, parent: 0, cl: undefined, block };
  }
  const dev = devGetByIndex(net, tcm.tcm_ifindex);
  if (!dev) throw kerr("ENODEV");
  let parent = tcm.tcm_parent;
  let q: Qdisc | undefined;
  if (!parent) {
    q = dev.qdisc;
    parent = q.handle;
  } else {
    q = qdiscLookup(dev, tcHMaj(parent));
    if (!q) throw kerr("EINVAL", "Parent Qdisc doesn't exists");
  }
  const cops = q.ops.clOps;
  if (!cops) throw kerr("EINVAL", "Qdisc not classful");
  if (!cops.tcfBlock) throw kerr("EOPNOTSUPP", "Class doesn't support blocks");
  let cl: QdiscClass | undefined;
  if (tcHMin(parent)) {
    cl = cops.find(q, parent);
    if (cl === undefined) throw kerr("ENOENT", "Specified class doesn't exist");
  }
  const block = cops.tcfBlock(q, cl);
  if (!block) throw kerr("EINVAL");
  if (block.index) throw kerr("EOPNOTSUPP", "This filter block is shared. Please use the block index to manipulate the filters");
  return { dev, q, parent, cl, block };
}

/** What a request may name as the chain. */
function chainIndexOf(attrs: TcfAttrs): number {
  const idx = attrs.TCA_CHAIN ?? 0;
  if (idx > TC_ACT_EXT_VAL_MASK) throw kerr("EINVAL", "Specified chain index exceeds upper limit");
  return idx;
}

// ---- notifications and replies ---------------------------------------------------

/** tcf_fill_node(): the tp alone (fh undefined) or one of its filters. */
function fillNode(dev: NetDevice, tp: TcfProto, fh: object | undefined, parent: number, type: TcFilterMsgType, flags: number): TcFilterNlMsg {
  const b = tp.chain.block;
  const tcm: TcFilterMsg = b.index
    ? { tcm_family: 0, tcm_ifindex: TCM_IFINDEX_MAGIC_BLOCK, tcm_handle: 0, tcm_parent: b.index, tcm_block_index: b.index, tcm_info: tcHMake(tp.prio, tp.protocol) }
    : { tcm_family: 0, tcm_ifindex: dev.ifindex, tcm_handle: 0, tcm_parent: parent, tcm_info: tcHMake(tp.prio, tp.protocol) };
  const attrs: TcfAttrs = { TCA_KIND: tp.ops.kind, TCA_CHAIN: tp.chain.index };
  if (fh !== undefined) {
    const d = tp.ops.dump(tp, fh);
    tcm.tcm_handle = d.handle;
    attrs.TCA_OPTIONS = d.options;
  }
  return { nlmsg_type: type, nlmsg_flags: flags, tcm, attrs };
}

type FilterListener = (m: TcFilterNlMsg) => void;
const listeners = new WeakMap<NetNamespace, Set<FilterListener>>();

/** What `tc monitor` joins (RTNLGRP_TC, the filter half). */
export function tcFilterNotifyListen(net: NetNamespace, fn: FilterListener): () => void {
  let set = listeners.get(net);
  if (!set) listeners.set(net, (set = new Set()));
  set.add(fn);
  return () => set!.delete(fn);
}

function notify(net: NetNamespace, make: () => TcFilterNlMsg): void {
  const set = listeners.get(net);
  if (!set || set.size === 0) return;
  const m = make();
  for (const fn of [...set]) fn(m);
}

// ---- RTM_NEWTFILTER ---------------------------------------------------------------

/** tc_new_tfilter() */
function tcNewTfilter(net: NetNamespace, req: TcFilterRequest): TcFilterNlMsg | undefined {
  const tcm = req.tcm;
  const flags = req.nlmsg_flags;
  const protocol = tcHMin(tcm.tcm_info);
  let prio = tcHMaj(tcm.tcm_info);
  let prioAllocate = false;
  if (prio === 0) {
    if (!(flags & NLM_F_CREATE)) throw kerr("ENOENT", "Invalid filter command with priority of zero");
    prio = tcHMake(0x80000000, 0);
    prioAllocate = true;
  }
  const f = blockFind(net, tcm);
  const kind = req.attrs.TCA_KIND;
  if (kind !== undefined && kind.length >= 16) throw kerr("EINVAL", "Specified TC filter name too long");
  clsBlock(f.block).classid = f.parent;
  const chainIndex = chainIndexOf(req.attrs);
  const chain = chainGet(f.block, chainIndex, true)!;
  let tpCreated = false;
  let tp: TcfProto | undefined;
  try {
    let found: { tp?: TcfProto; pos: number };
    try {
      found = chainTpFind(chain, protocol, prio, prioAllocate);
    } catch (e) {
      chainPutEmpty(chain);
      throw e;
    }
    tp = found.tp;
    if (!tp) {
      if (kind === undefined || !protocol) throw kerr("EINVAL", "Filter kind and protocol must be specified");
      if (!(flags & NLM_F_CREATE)) throw kerr("ENOENT", "Need both RTM_NEWTFILTER and NLM_F_CREATE to create a new filter");
      if (prioAllocate) prio = autoPrio(chain.filters[found.pos]);
      const ops = tcfProtoBase.get(kind);
      if (!ops) throw kerr("ENOENT", "TC classifier not found");
      tp = { ops, protocol, prio, chain, data: undefined };
      ops.init(tp);
      // tcf_chain_tp_insert_unique(): by priority.
      const at = chain.filters.findIndex((t) => t.prio > prio);
      chain.filters.splice(at < 0 ? chain.filters.length : at, 0, tp);
      tpCreated = true;
    }
    if (kind !== undefined && kind !== tp.ops.kind) throw kerr("EINVAL", "Specified filter kind does not match existing one");
    let fh = tp.ops.get(tp, tcm.tcm_handle);
    if (!fh) {
      if (!(flags & NLM_F_CREATE)) throw kerr("ENOENT", "Need both RTM_NEWTFILTER and NLM_F_CREATE to create a new filter");
    } else if (flags & NLM_F_EXCL) throw kerr("EEXIST", "Filter already exists");
    fh = tp.ops.change(tp, f.parent, tcm.tcm_handle, req.attrs.TCA_OPTIONS, fh, flags);
    f.q.flags &= ~4; // TCQ_F_CAN_BYPASS: a qdisc with filters classifies every frame.
    const made = tp;
    const madeFh = fh;
    notify(net, () => fillNode(f.dev, made, madeFh, f.parent, "RTM_NEWTFILTER", flags));
    return undefined;
  } catch (e) {
    if (tpCreated && tp) {
      chain.filters = chain.filters.filter((t) => t !== tp);
      tpDestroy(tp);
    }
    chainPutEmpty(chain);
    throw e;
  }
}

// ---- RTM_DELTFILTER ---------------------------------------------------------------

/** tc_del_tfilter() */
function tcDelTfilter(net: NetNamespace, req: TcFilterRequest): void {
  const tcm = req.tcm;
  const protocol = tcHMin(tcm.tcm_info);
  const prio = tcHMaj(tcm.tcm_info);
  if (prio === 0 && (protocol || tcm.tcm_handle || req.attrs.TCA_KIND !== undefined)) {
    throw kerr("ENOENT", "Cannot flush filters with protocol, handle or kind set");
  }
  const f = blockFind(net, tcm);
  const chainIndex = chainIndexOf(req.attrs);
  const chain = chainFind(f.block, chainIndex);
  if (!chain) {
    // A flush of a chain that does not exist has nothing to do.
    if (prio === 0) return;
    throw kerr("EINVAL", "Cannot find specified filter chain");
  }
  if (prio === 0) {
    // tfilter_notify_chain(): each tp, as a whole, before the flush.
    for (const tp of chain.filters) notify(net, () => fillNode(f.dev, tp, undefined, f.parent, "RTM_DELTFILTER", 0));
    chainFlush(chain);
    chainPutEmpty(chain);
    return;
  }
  let tp: TcfProto | undefined;
  try {
    tp = chainTpFind(chain, protocol, prio, false).tp;
  } catch {
    tp = undefined;
  }
  if (!tp) throw kerr("ENOENT", "Filter with specified priority/protocol not found");
  if (req.attrs.TCA_KIND !== undefined && req.attrs.TCA_KIND !== tp.ops.kind) {
    throw kerr("EINVAL", "Specified filter kind does not match existing one");
  }
  const fh = tp.ops.get(tp, tcm.tcm_handle);
  if (!fh) {
    if (tcm.tcm_handle !== 0) throw kerr("ENOENT", "Specified filter handle not found");
    const gone = tp;
    chain.filters = chain.filters.filter((t) => t !== gone);
    notify(net, () => fillNode(f.dev, gone, undefined, f.parent, "RTM_DELTFILTER", 0));
    tpDestroy(gone);
    chainPutEmpty(chain);
    return;
  }
  const note = fillNode(f.dev, tp, fh, f.parent, "RTM_DELTFILTER", 0);
  const last = tp.ops.delete(tp, fh);
  notify(net, () => note);
  if (last) {
    const gone = tp;
    chain.filters = chain.filters.filter((t) => t !== gone);
    tpDestroy(gone);
    chainPutEmpty(chain);
  }
}

// ---- RTM_GETTFILTER ---------------------------------------------------------------

/** tc_get_tfilter() */
function tcGetTfilter(net: NetNamespace, req: TcFilterRequest): TcFilterNlMsg {
  const tcm = req.tcm;
  const protocol = tcHMin(tcm.tcm_info);
  const prio = tcHMaj(tcm.tcm_info);
  if (prio === 0) throw kerr("ENOENT", "Invalid filter command with priority of zero");
  const f = blockFind(net, tcm);
  const chain = chainFind(f.block, chainIndexOf(req.attrs));
  if (!chain) throw kerr("EINVAL", "Cannot find specified filter chain");
  let tp: TcfProto | undefined;
  try {
    tp = chainTpFind(chain, protocol, prio, false).tp;
  } catch {
    tp = undefined;
  }
  if (!tp) throw kerr("ENOENT", "Filter with specified priority/protocol not found");
  if (req.attrs.TCA_KIND !== undefined && req.attrs.TCA_KIND !== tp.ops.kind) {
    throw kerr("EINVAL", "Specified filter kind does not match existing one");
  }
  const fh = tp.ops.get(tp, tcm.tcm_handle);
  if (!fh) throw kerr("ENOENT", "Specified filter handle not found");
  return fillNode(f.dev, tp, fh, f.parent, "RTM_NEWTFILTER", 0);
}

// ---- dumps ------------------------------------------------------------------------

/** The block a dump names (tc_dump_tfilter / tc_dump_chain): undefined when there is none to show. */
function dumpBlock(net: NetNamespace, tcm: TcFilterMsg): { dev: NetDevice; q: Qdisc; block: TcfBlock; parent: number } | undefined {
  if (tcm.tcm_ifindex === TCM_IFINDEX_MAGIC_BLOCK) {
    const block = sharedBlocks.get(net)?.get(tcm.tcm_block_index ?? tcm.tcm_parent);
    return block && { dev: block.q.dev, q: block.q, block, parent: 0 };
  }
  const dev = devGetByIndex(net, tcm.tcm_ifindex);
  if (!dev) return undefined;
  const q = tcm.tcm_parent ? qdiscLookup(dev, tcHMaj(tcm.tcm_parent)) : dev.qdisc;
  if (!q) return undefined;
  const cops = q.ops.clOps;
  if (!cops || !cops.tcfBlock) return undefined;
  let cl: QdiscClass | undefined;
  if (tcHMin(tcm.tcm_parent)) {
    cl = cops.find(q, tcm.tcm_parent);
    if (cl === undefined) return undefined;
  }
  const block = cops.tcfBlock(q, cl);
  if (!block) return undefined;
  return { dev, q, block, parent: block.chains === undefined ? 0 : clsBlock(block).classid };
}

/** tc_dump_tfilter(): each chain (or the one asked), each tp (prio/protocol filtered), the tp then its filters. */
function tcDumpTfilter(net: NetNamespace, req: TcFilterRequest): TcFilterNlMsg[] {
  const out: TcFilterNlMsg[] = [];
  const b = dumpBlock(net, req.tcm);
  if (!b || b.block.chains === undefined) return out;
  const wantPrio = tcHMaj(req.tcm.tcm_info);
  const wantProto = tcHMin(req.tcm.tcm_info);
  for (const chain of clsBlock(b.block).chains) {
    if (req.attrs.TCA_CHAIN !== undefined && chain.index !== req.attrs.TCA_CHAIN) continue;
    for (const tp of chain.filters) {
      if (wantPrio && tp.prio !== wantPrio) continue;
      if (wantProto && tp.protocol !== wantProto) continue;
      out.push(fillNode(b.dev, tp, undefined, b.parent, "RTM_NEWTFILTER", 0));
      for (const fh of tp.ops.walk(tp)) out.push(fillNode(b.dev, tp, fh, b.parent, "RTM_NEWTFILTER", 0));
    }
  }
  return out;
}

/** tc_dump_chain(): one message per chain (tcm_parent: the qdisc's handle). */
function tcDumpChain(net: NetNamespace, req: TcFilterRequest): TcFilterNlMsg[] {
  const b = dumpBlock(net, req.tcm);
  if (!b || b.block.chains === undefined) return [];
  return clsBlock(b.block).chains
    .filter((c) => req.attrs.TCA_CHAIN === undefined || c.index === req.attrs.TCA_CHAIN)
    .map((c) => ({
      nlmsg_type: "RTM_NEWCHAIN" as const,
      nlmsg_flags: 0,
      tcm: blockTcm(b.block),
      attrs: { TCA_CHAIN: c.index },
    }));
}

/** The filter door: one request as `task` (throws KernelError). */
export function tcFilterTalk(task: Task, req: TcFilterRequest): TcFilterNlMsg[] {
  const net = task.netns;
  switch (req.type) {
    case "RTM_NEWTFILTER":
      tcNewTfilter(net, req);
      return [];
    case "RTM_DELTFILTER":
      tcDelTfilter(net, req);
      return [];
    case "RTM_GETTFILTER":
      return req.dump ? tcDumpTfilter(net, req) : [tcGetTfilter(net, req)];
    case "RTM_GETCHAIN":
      return tcDumpChain(net, req);
    case "RTM_NEWCHAIN":
    case "RTM_DELCHAIN":
      throw kerr("EOPNOTSUPP");
  }
}

// ---- classification ---------------------------------------------------------------

/**
 * tcf_classify(): chain 0's filters in priority order, those of the frame's
 * protocol (or "all"); the first verdict that is not "continue" ends it.
 * Reclassify restarts (bounded); goto chain N continues in chain N.
 */
function tcfClassify(skb: SkBuff, block: TcfBlock, res: TcfResult): number {
  let chain = chainFind(block, 0);
  let loops = 0;
  let i = 0;
  while (chain && i < chain.filters.length) {
    const tp = chain.filters[i++]!;
    if (tp.protocol !== skb.protocol && tp.protocol !== ETH_P_ALL) continue;
    const err = tp.ops.classify(skb, tp, res);
    if (err === TC_ACT_RECLASSIFY) {
      if (++loops >= MAX_RECLASSIFY_LOOP) return TC_ACT_SHOT;
      i = 0;
      continue;
    }
    if (err >= 0 && (err & TC_ACT_EXT_OPCODE_MAX) >>> 0 === TC_ACT_GOTO_CHAIN) {
      chain = chainFind(block, err & TC_ACT_EXT_VAL_MASK);
      i = 0;
      if (!chain) return TC_ACT_SHOT;
      continue;
    }
    if (err >= 0) return err;
  }
  return TC_ACT_UNSPEC;
}

setTcfClassify(tcfClassify);

/** The block's filters are bound to classes of this qdisc (tcf_bind_filter): its class ops. */
export function tcfBindFilter(tp: TcfProto, res: TcfResult, base: number): void {
  // A shared block has no qdisc (block->q NULL): nothing to bind to.
  if (tp.chain.block.index) return;
  const q = tp.chain.block.q;
  const cops = q.ops.clOps;
  if (!cops?.bindTcf) return;
  const cl = cops.bindTcf(q, base, res.classid);
  const old = res.class;
  res.class = cl;
  if (old !== undefined) cops.unbindTcf?.(q, old);
}

/** tcf_unbind_filter() */
export function tcfUnbindFilter(tp: TcfProto, res: TcfResult): void {
  const q = tp.chain.block.q;
  if (res.class !== undefined) q.ops.clOps?.unbindTcf?.(q, res.class);
  res.class = undefined;
}

