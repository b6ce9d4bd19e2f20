// net/sched/sch_api.c: the qdisc and class halves of rtnetlink (RTM_NEWQDISC,
// DELQDISC, GETQDISC, NEWTCLASS, DELTCLASS, GETTCLASS), the registry of
// qdisc kinds (register_qdisc), handle allocation, qdisc_graft, and the
// dumps in the kernel's order. tcTalk() is the tools' door, as rtnlTalk() is
// for links; errors are KernelErrors carrying the kernel's extack.

import { devHooksInUse } from "../core/fast_path.js";
import type { Task } from "../task/task.js";
import type { NetNamespace } from "../core/netns.js";
import type { NetDevice } from "../core/netdevice.js";
import type { Host } from "../host.js";
import { devGetByIndex, devList } from "../core/dev.js";
import { netCore } from "../core/net_namespace.js";
import { kerr } from "../../uapi/errno.js";
import { NLM_F_CREATE, NLM_F_EXCL, NLM_F_REPLACE } from "../../uapi/rtnetlink.js";
import {
  TC_H_INGRESS,
  TC_H_ROOT,
  tcHMaj,
  tcHMake,
  tcHMin,
  type TcaAttrs,
  type TcMsg,
  type TcMsgType,
  type TcNlMsg,
  type TcReply,
  type TcRequest,
} from "../../uapi/pkt_sched.js";
import {
  NOOP_QDISC,
  NOQUEUE_QDISC_OPS,
  Qdisc,
  TCQ_F_BUILTIN,
  TCQ_F_INGRESS,
  TCQ_F_SHARED_DFLT,
  TCQ_F_INVISIBLE,
  TCQ_F_MQROOT,
  TCQ_F_NOPARENT,
  TCQ_F_OFFLOADED,
  TCQ_F_ONETXQUEUE,
  qdiscLookupOps,
  type QdiscClass,
} from "./qdisc.js";
import {
  devActivate,
  devDeactivate,
  devGraftQdisc,
  devIngressQueueCreate,
  devNoQueue,
  devTxQueues,
  netifIsMultiqueue,
  qdiscDestroy,
  qdiscPut,
  updateQdiscQueued,
} from "./sch_generic.js";
import { qdiscHashAdd, qdiscHashAll, qdiscHashBucket } from "./sch_hash.js";
import { genEstimatorRead, genNewEstimator } from "./gen_estimator.js";

// ---- handles and lookups ----------------------------------------------------

/** qdisc_alloc_handle()'s static autohandle: one per kernel (host), shared by every device. */
const autohandles = new WeakMap<Host, { next: number }>();

function qdiscAllocHandle(dev: NetDevice): number {
  const host = netCore(dev.net).host;
  let s = autohandles.get(host);
  if (!s) autohandles.set(host, (s = { next: 0x80000000 }));
  for (let i = 0x8000; i > 0; i--) {
    s.next = (s.next + 0x10000) >>> 0;
    if (s.next === 0xffff0000) s.next = 0x80000000;
    if (!qdiscLookup(dev, s.next)) return s.next;
  }
  return 0;
}

/** qdisc_match_from_root() */
function qdiscMatchFromRoot(root: Qdisc, handle: number): Qdisc | undefined {
  if (root.devQueue === undefined) return root.handle === handle ? root : undefined;
  if (!(root.flags & TCQ_F_BUILTIN) && root.handle === handle) return root;
  for (const q of qdiscHashBucket(root.dev, handle)) if (q.handle === handle) return q;
  return undefined;
}

/** qdisc_lookup() */
export function qdiscLookup(dev: NetDevice, handle: number): Qdisc | undefined {
  if (!handle) return undefined;
  const q = qdiscMatchFromRoot(dev.qdisc, handle);
  if (q) return q;
  const ing = dev.sched?.ingressQueue;
  return ing ? qdiscMatchFromRoot(ing.qdiscSleeping, handle) : undefined;
}

/** qdisc_leaf() */
function qdiscLeaf(p: Qdisc, classid: number): Qdisc | undefined {
  const cops = p.ops.clOps;
  if (!cops) throw kerr("EOPNOTSUPP", "Parent qdisc is not classful");
  const cl = cops.find(p, classid);
  if (!cl) throw kerr("ENOENT", "Specified class not found");
  return cops.leaf(p, cl);
}

/** The virtual clock of a device's host (an estimator's ticks). */
export function clockOfDev(dev: NetDevice): () => number {
  const clock = netCore(dev.net).host.clock;
  return () => clock.now;
}

/** qdisc_tree_reduce_backlog(): frames a child dropped on its own leave its ancestors' counts too. */
export function qdiscTreeReduceBacklog(sch: Qdisc, n: number, len: number): void {
  const drops = Math.max(n, 0);
  for (let depth = 0; depth < 16; depth++) {
    const parentid = sch.parent;
    if (!parentid || parentid === TC_H_ROOT || sch.flags & TCQ_F_NOPARENT) break;
    const notify = sch.qlen === 0;
    const p = qdiscLookup(sch.dev, tcHMaj(parentid));
    if (!p) break;
    const cops = p.ops.clOps;
    if (notify && cops?.qlenNotify) {
      const cl = cops.find(p, parentid);
      if (cl) cops.qlenNotify(p, cl);
    }
    p.qlen -= n;
    p.qstats.backlog -= len;
    p.qstats.drops += drops;
    sch = p;
  }
}

// ---- notifications (RTNLGRP_TC) --------------------------------------------

type TcListener = (m: TcNlMsg) => void;
const listeners = new WeakMap<NetNamespace, Set<TcListener>>();

/** Joins RTNLGRP_TC in `net` (tc monitor); returns the leave function. */
export function tcNotifyListen(net: NetNamespace, fn: TcListener): () => void {
  let s = listeners.get(net);
  if (!s) listeners.set(net, (s = new Set()));
  s.add(fn);
  return () => s.delete(fn);
}

function tcNotify(net: NetNamespace, m: TcNlMsg): void {
  const s = listeners.get(net);
  if (s) for (const fn of [...s]) fn(m);
}

function tcNotifyNeeded(net: NetNamespace): boolean {
  const s = listeners.get(net);
  return s !== undefined && s.size > 0;
}

/** tc_qdisc_dump_ignore() */
function dumpIgnore(q: Qdisc, dumpInvisible: boolean): boolean {
  if (q.flags & TCQ_F_BUILTIN) return true;
  return (q.flags & TCQ_F_INVISIBLE) !== 0 && !dumpInvisible;
}

/**
 * qdisc_notify(): RTM_DELQDISC of the old, RTM_NEWQDISC of the new; the new
 * one's flags are NLM_F_REPLACE when it took an old one's place, never the
 * request's CREATE/EXCL (so tc monitor prints neither "added" nor "replaced").
 */
function qdiscNotify(dev: NetDevice, clid: number, old: Qdisc | undefined, q: Qdisc | undefined, oldRefcnt?: number): void {
  const net = dev.net;
  if (!tcNotifyNeeded(net)) return;
  if (old && !dumpIgnore(old, false)) {
    const m = tcFillQdisc(dev, old, clid, 0, "RTM_DELQDISC");
    if (oldRefcnt !== undefined) m.tcm.tcm_info = oldRefcnt;
    tcNotify(net, m);
  }
  if (q && !dumpIgnore(q, false)) tcNotify(net, tcFillQdisc(dev, q, clid, old ? NLM_F_REPLACE : 0, "RTM_NEWQDISC"));
}

// ---- filling messages -------------------------------------------------------

/** tc_fill_qdisc() */
export function tcFillQdisc(dev: NetDevice, q: Qdisc, clid: number, flags: number, type: TcMsgType): TcNlMsg {
  const attrs: TcaAttrs = { TCA_KIND: q.ops.id };
  const ib = q.ops.ingressBlockGet?.(q);
  if (ib) attrs.TCA_INGRESS_BLOCK = ib;
  const eb = q.ops.egressBlockGet?.(q);
  if (eb) attrs.TCA_EGRESS_BLOCK = eb;
  const opt = q.ops.dump?.(q);
  if (opt) attrs.TCA_OPTIONS = opt;
  attrs.TCA_HW_OFFLOAD = q.flags & TCQ_F_OFFLOADED ? 1 : 0;
  if (q.stab) attrs.TCA_STAB = { base: q.stab.base };
  const xstats = q.ops.dumpStats?.(q);
  if (xstats) attrs.TCA_XSTATS = xstats;
  const rateEst = genEstimatorRead(q);
  attrs.TCA_STATS2 = {
    basic: { bytes: q.bstats.bytes, packets: q.bstats.packets },
    ...(rateEst ? { rateEst } : {}),
    queue: { qlen: q.qlen, backlog: q.qstats.backlog, drops: q.qstats.drops, requeues: q.qstats.requeues, overlimits: q.qstats.overlimits },
  };
  return {
    nlmsg_type: type,
    nlmsg_flags: flags,
    tcm: { tcm_family: 0, tcm_ifindex: dev.ifindex, tcm_parent: clid, tcm_handle: q.handle, tcm_info: q.refcnt },
    attrs,
  };
}

/** tc_fill_tclass() */
function tcFillTclass(q: Qdisc, cl: QdiscClass, type: TcMsgType): TcNlMsg {
  const cops = q.ops.clOps!;
  const d = cops.dump(q, cl);
  const attrs: TcaAttrs = { TCA_KIND: q.ops.id };
  if (d.options) attrs.TCA_OPTIONS = d.options;
  const st = cops.dumpStats?.(q, cl);
  // gnet_stats_start_copy(): the nest is there even when the class has no dump_stats.
  attrs.TCA_STATS2 = {};
  if (st) {
    attrs.TCA_STATS2 = {
      basic: { bytes: st.bstats.bytes, packets: st.bstats.packets },
      ...(st.rateEst ? { rateEst: st.rateEst } : {}),
      queue: { qlen: st.qlen, backlog: st.qstats.backlog, drops: st.qstats.drops, requeues: st.qstats.requeues, overlimits: st.qstats.overlimits },
    };
    if (st.xstats) attrs.TCA_XSTATS = st.xstats;
  }
  return {
    nlmsg_type: type,
    nlmsg_flags: 0,
    tcm: { tcm_family: 0, tcm_ifindex: q.dev.ifindex, tcm_parent: d.parent, tcm_handle: d.handle, tcm_info: d.info },
    attrs,
  };
}

// ---- create, change, graft ----------------------------------------------------

/** qdisc_create() */
function qdiscCreate(dev: NetDevice, devQueue: ReturnType<typeof devTxQueues>[number], parent: number, handle: number, tca: TcaAttrs): Qdisc {
  const ops = qdiscLookupOps(tca.TCA_KIND);
  if (!ops) throw kerr("ENOENT", "Specified qdisc kind is unknown");
  // A qdisc the user asked for (ingress/clsact included): the batched fast paths stand aside from now on.
  devHooksInUse();
  const sch = new Qdisc(ops, devQueue);
  sch.parent = parent;
  if (handle === TC_H_INGRESS) {
    if (!(sch.flags & TCQ_F_INGRESS)) throw kerr("EINVAL", "Specified parent ID is reserved for ingress and clsact Qdiscs");
    handle = tcHMake(TC_H_INGRESS, 0);
  } else {
    if (handle === 0) {
      handle = qdiscAllocHandle(dev);
      if (handle === 0) throw kerr("ENOSPC", "Maximum number of qdisc handles was exceeded");
    }
    if (!netifIsMultiqueue(dev)) sch.flags |= TCQ_F_ONETXQUEUE;
  }
  sch.handle = handle;
  // "Caught tx_queue_len zero misconfig": an IFF_NO_QUEUE device gets its txqueuelen back.
  if (devNoQueue(dev) && dev.txqueuelen === 0) dev.txqueuelen = 1000;
  qdiscBlockIndexesSet(sch, tca);
  if (tca.TCA_STAB) sch.stab = qdiscGetStab(tca);
  try {
    ops.init?.(sch, tca.TCA_OPTIONS);
    if (tca.TCA_RATE) {
      if (sch.flags & TCQ_F_MQROOT) throw kerr("EOPNOTSUPP", "Cannot attach rate estimator to a multi-queue root qdisc");
      genNewEstimator(sch, tca.TCA_RATE, clockOfDev(dev));
    }
  } catch (e) {
    ops.destroy?.(sch);
    throw e;
  }
  qdiscHashAdd(sch, false);
  return sch;
}

function qdiscBlockIndexesSet(sch: Qdisc, tca: TcaAttrs): void {
  if (tca.TCA_INGRESS_BLOCK !== undefined) {
    if (!tca.TCA_INGRESS_BLOCK) throw kerr("EINVAL", "Ingress block index cannot be 0");
    if (!sch.ops.ingressBlockSet) throw kerr("EOPNOTSUPP", "Ingress block sharing is not supported");
    sch.ops.ingressBlockSet(sch, tca.TCA_INGRESS_BLOCK);
  }
  if (tca.TCA_EGRESS_BLOCK !== undefined) {
    if (!tca.TCA_EGRESS_BLOCK) throw kerr("EINVAL", "Egress block index cannot be 0");
    if (!sch.ops.egressBlockSet) throw kerr("EOPNOTSUPP", "Egress block sharing is not supported");
    sch.ops.egressBlockSet(sch, tca.TCA_EGRESS_BLOCK);
  }
}

/** qdisc_get_stab(): the table's checks (the data itself is only kept for the dump). */
function qdiscGetStab(tca: TcaAttrs): NonNullable<Qdisc["stab"]> {
  const st = tca.TCA_STAB!;
  const s = st.base;
  const tsize = st.data?.length ?? 0;
  if (tsize !== s.tsize) throw kerr("EINVAL", "Invalid size of size table");
  if (s.size_log > 30 || s.cell_log > 30) throw kerr("EINVAL", "Invalid logarithmic size of size table");
  return { base: { ...s }, data: st.data?.slice() };
}

/** qdisc_change() */
function qdiscChange(sch: Qdisc, tca: TcaAttrs): void {
  if (tca.TCA_OPTIONS) {
    if (!sch.ops.change) throw kerr("EINVAL", "Change operation not supported by specified qdisc");
    if (tca.TCA_INGRESS_BLOCK !== undefined || tca.TCA_EGRESS_BLOCK !== undefined) {
      throw kerr("EOPNOTSUPP", "Change of blocks is not supported");
    }
    sch.ops.change(sch, tca.TCA_OPTIONS);
  }
  sch.stab = tca.TCA_STAB ? qdiscGetStab(tca) : undefined;
  // gen_replace_estimator(): its errors are ignored ("change can't be undone").
  if (tca.TCA_RATE && !(sch.flags & TCQ_F_MQROOT)) {
    try {
      genNewEstimator(sch, tca.TCA_RATE, clockOfDev(sch.dev));
    } catch {
      // kept as it was
    }
  }
}

/** check_loop(): is `p` somewhere under `q`? */
function checkLoop(q: Qdisc, p: Qdisc, depth: number): boolean {
  const cops = q.ops.clOps;
  if (!cops) return false;
  for (const cl of cops.walk(q)) {
    const leaf = cops.leaf(q, cl);
    if (leaf) {
      if (leaf === p || depth > 7) return true;
      if (checkLoop(leaf, p, depth + 1)) return true;
    }
  }
  return false;
}

/** qdisc_graft(): `q` (or nothing) in place of what is on the device or on class `classid` of `parent`. */
function qdiscGraft(dev: NetDevice, parent: Qdisc | undefined, flags: number, classid: number, q: Qdisc | undefined, old: Qdisc | undefined): void {
  if (parent === undefined) {
    if (q) q.depth = 0;
    const ingress = (old !== undefined && (old.flags & TCQ_F_INGRESS) !== 0) || (q !== undefined && (q.flags & TCQ_F_INGRESS) !== 0);
    const up = dev.isUp;
    if (up) devDeactivate(dev);
    if (!ingress) {
      // The shared default noqueue stands for one object per queue: the
      // queue's put leaves dev->qdisc's reference (refcnt 1) when announced.
      let sharedPut = false;
      if (!(q && q.ops.attach)) {
        const txqs = devTxQueues(dev);
        for (let i = 0; i < txqs.length; i++) {
          const o = devGraftQdisc(txqs[i]!, q);
          if (q && i > 0) q.refcnt++;
          if (o.flags & TCQ_F_SHARED_DFLT) sharedPut = true;
          qdiscPut(o);
        }
      }
      const prev = dev.qdisc;
      if (q && !q.ops.attach) q.refcnt++;
      dev.qdisc = q ?? NOOP_QDISC;
      qdiscNotify(dev, classid, prev === NOOP_QDISC ? undefined : prev, q, sharedPut ? prev.refcnt - 1 : undefined);
      qdiscPut(prev);
      if (q && q.ops.attach) q.ops.attach(q);
    } else {
      const dq = dev.sched?.ingressQueue;
      if (!dq) throw kerr("ENOENT", "Device does not have an ingress queue");
      // qdisc_refcount_dec_if_one() before the notification: a deleted
      // ingress/clsact is announced with "refcnt 0", then destroyed.
      const cur = dq.qdiscSleeping;
      if (cur !== NOOP_QDISC) cur.refcnt--;
      const o = devGraftQdisc(dq, undefined);
      qdiscNotify(dev, classid, o === NOOP_QDISC ? undefined : o, q);
      if (cur !== NOOP_QDISC) qdiscDestroy(cur);
      devGraftQdisc(dq, q);
    }
    if (up) {
      devActivate(dev);
      dev.txActive = dev.carrier;
    } else updateQdiscQueued(dev);
    return;
  }
  const cops = parent.ops.clOps;
  if (!cops || !cops.graft) throw kerr("EOPNOTSUPP");
  const cl = cops.find(parent, classid);
  if (!cl) throw kerr("ENOENT", "Specified class not found");
  if (q && q.ops === NOQUEUE_QDISC_OPS) throw kerr("EINVAL", "Cannot assign noqueue to a class");
  if (q && !(parent.flags & TCQ_F_MQROOT) && q.stab) throw kerr("EINVAL", "STAB not supported on a non root");
  if (q && parent.depth >= 7) throw kerr("E2BIG", "Qdisc hierarchy is too deep");
  const prev = cops.graft(parent, cl, q);
  if (q) q.depth = parent.depth + 1;
  qdiscNotify(dev, classid, prev, q);
  if (prev) qdiscPut(prev);
  updateQdiscQueued(dev);
}

/** __tc_modify_qdisc() */
function tcModifyQdisc(dev: NetDevice, req: TcRequest): void {
  const tcm = req.tcm;
  const tca = req.attrs;
  const flags = req.nlmsg_flags;
  let q: Qdisc | undefined;
  let p: Qdisc | undefined;
  const clid = tcm.tcm_parent;
  let mode: "change" | "create" | "create2" | "graft" = "change";
  if (clid) {
    if (clid !== TC_H_ROOT) {
      if (clid !== TC_H_INGRESS) {
        p = qdiscLookup(dev, tcHMaj(clid));
        if (!p) throw kerr("ENOENT", "Failed to find specified qdisc");
        if (p.flags & TCQ_F_INGRESS) throw kerr("EOPNOTSUPP", "Cannot add children to ingress/clsact qdisc");
        q = qdiscLeaf(p, clid);
      } else {
        q = devIngressQueueCreate(dev).qdiscSleeping;
        if (q === NOOP_QDISC) q = undefined;
      }
    } else q = dev.qdisc;
    // It may be default qdisc, ignore it.
    if (q && q.handle === 0) q = undefined;
    if (!q || !tcm.tcm_handle || q.handle !== tcm.tcm_handle) {
      if (tcm.tcm_handle) {
        if (q && !(flags & NLM_F_REPLACE)) throw kerr("EEXIST", "NLM_F_REPLACE needed to override");
        if (tcHMin(tcm.tcm_handle)) throw kerr("EINVAL", "Invalid minor handle");
        q = qdiscLookup(dev, tcm.tcm_handle);
        if (!q) mode = "create";
        else {
          if (q.parent !== tcm.tcm_parent) throw kerr("EINVAL", "Cannot move an existing qdisc to a different parent");
          if (flags & NLM_F_EXCL) throw kerr("EEXIST", "Exclusivity flag on, cannot override");
          if (tca.TCA_KIND !== undefined && tca.TCA_KIND !== q.ops.id) throw kerr("EINVAL", "Invalid qdisc name: must match existing qdisc");
          if (q.flags & TCQ_F_INGRESS) throw kerr("EINVAL", "Cannot regraft ingress or clsact Qdiscs");
          if (q === p || (p && checkLoop(q, p, 0))) throw kerr("ELOOP", "Qdisc parent/child loop detected");
          if (clid === TC_H_INGRESS) throw kerr("EINVAL", "Ingress cannot graft directly");
          q.refcnt++;
          mode = "graft";
        }
      } else if (!q) mode = "create";
      else if (tca.TCA_KIND !== undefined && tca.TCA_KIND !== q.ops.id) {
        const cr = flags & NLM_F_CREATE && flags & NLM_F_REPLACE;
        const ce = flags & NLM_F_CREATE && flags & NLM_F_EXCL;
        const ch = !(flags & (NLM_F_CREATE | NLM_F_REPLACE | NLM_F_EXCL));
        if (cr || ce) mode = "create";
        else if (ch) mode = "create2";
      }
    }
  } else {
    if (!tcm.tcm_handle) throw kerr("EINVAL", "Handle cannot be zero");
    q = qdiscLookup(dev, tcm.tcm_handle);
  }

  if (mode === "change") {
    if (!q) throw kerr("ENOENT", "Specified qdisc not found");
    if (flags & NLM_F_EXCL) throw kerr("EEXIST", "Exclusivity flag on, cannot modify");
    if (tca.TCA_KIND !== undefined && tca.TCA_KIND !== q.ops.id) throw kerr("EINVAL", "Invalid qdisc name: must match existing qdisc");
    qdiscChange(q, tca);
    qdiscNotify(dev, clid, undefined, q);
    return;
  }
  if (mode === "create" && !(flags & NLM_F_CREATE)) throw kerr("ENOENT", "Qdisc not found. To create specify NLM_F_CREATE flag");
  if (mode === "create" || mode === "create2") {
    if (clid === TC_H_INGRESS) {
      const dq = dev.sched?.ingressQueue;
      if (!dq) throw kerr("ENOENT", "Cannot find ingress queue for specified device");
      q = qdiscCreate(dev, dq, tcm.tcm_parent, tcm.tcm_parent, tca);
    } else {
      const dq = (p && p.ops.clOps?.selectQueue?.(p, tcm)) ?? (p ? p.devQueue! : devTxQueues(dev)[0]!);
      q = qdiscCreate(dev, dq, tcm.tcm_parent, tcm.tcm_handle, tca);
    }
  }
  try {
    qdiscGraft(dev, p, flags, clid, q, undefined);
  } catch (e) {
    if (q) qdiscPut(q);
    throw e;
  }
}

/** __tc_get_qdisc(): RTM_GETQDISC (one) and RTM_DELQDISC. */
function tcGetQdisc(dev: NetDevice, req: TcRequest): TcNlMsg | undefined {
  const tcm = req.tcm;
  let q: Qdisc | undefined;
  let p: Qdisc | undefined;
  const clid = tcm.tcm_parent;
  if (clid) {
    if (clid !== TC_H_ROOT) {
      if (tcHMaj(clid) !== tcHMaj(TC_H_INGRESS)) {
        p = qdiscLookup(dev, tcHMaj(clid));
        if (!p) throw kerr("ENOENT", "Failed to find qdisc with specified classid");
        q = qdiscLeaf(p, clid);
      } else if (dev.sched?.ingressQueue) {
        q = dev.sched?.ingressQueue.qdiscSleeping;
      }
    } else q = dev.qdisc;
    if (!q) throw kerr("ENOENT", "Cannot find specified qdisc on specified device");
    if (tcm.tcm_handle && q.handle !== tcm.tcm_handle) throw kerr("EINVAL", "Invalid handle");
  } else {
    q = qdiscLookup(dev, tcm.tcm_handle);
    if (!q) throw kerr("ENOENT", "Failed to find qdisc with specified handle");
  }
  if (req.attrs.TCA_KIND !== undefined && req.attrs.TCA_KIND !== q.ops.id) {
    throw kerr("EINVAL", "Invalid qdisc name: must match existing qdisc");
  }
  if (req.type === "RTM_DELQDISC") {
    if (!clid) throw kerr("EINVAL", "Classid cannot be zero");
    if (q.handle === 0) throw kerr("ENOENT", "Cannot delete qdisc with handle of zero");
    qdiscGraft(dev, p, req.nlmsg_flags, clid, undefined, q);
    return undefined;
  }
  // qdisc_get_notify(): a builtin gives an empty answer, which rtnl_talk refuses.
  if (dumpIgnore(q, false)) throw kerr("EINVAL");
  return tcFillQdisc(dev, q, clid, 0, "RTM_NEWQDISC");
}

/** tc_dump_qdisc() */
function tcDumpQdisc(net: NetNamespace, req: TcRequest): TcNlMsg[] {
  const out: TcNlMsg[] = [];
  const inv = req.attrs.TCA_DUMP_INVISIBLE === true;
  const dumpRoot = (dev: NetDevice, root: Qdisc, recur: boolean): void => {
    if (!dumpIgnore(root, inv)) out.push(tcFillQdisc(dev, root, root.parent, 0, "RTM_NEWQDISC"));
    if (root.devQueue === undefined || !recur) return;
    for (const q of qdiscHashAll(dev)) if (!dumpIgnore(q, inv)) out.push(tcFillQdisc(dev, q, q.parent, 0, "RTM_NEWQDISC"));
  };
  for (const dev of devList(net)) {
    dumpRoot(dev, dev.qdisc, true);
    if (dev.sched?.ingressQueue) dumpRoot(dev, dev.sched?.ingressQueue.qdiscSleeping, false);
  }
  return out;
}

// ---- classes ------------------------------------------------------------------

/** __tc_ctl_tclass() */
function tcCtlTclass(dev: NetDevice, req: TcRequest): TcNlMsg | undefined {
  const tcm = req.tcm;
  const tca = req.attrs;
  let portid = tcm.tcm_parent;
  let clid = tcm.tcm_handle;
  let qid = tcHMaj(clid);
  if (portid !== TC_H_ROOT) {
    const qid1 = tcHMaj(portid);
    if (qid && qid1) {
      if (qid !== qid1) throw kerr("EINVAL");
    } else if (qid1) qid = qid1;
    else if (qid === 0) qid = dev.qdisc.handle;
    if (portid) portid = tcHMake(qid, portid);
  } else if (qid === 0) qid = dev.qdisc.handle;
  const q = qdiscLookup(dev, qid);
  if (!q) throw kerr("ENOENT");
  const cops = q.ops.clOps;
  if (!cops) throw kerr("EINVAL");
  if (clid === 0) {
    if (portid === TC_H_ROOT) clid = qid;
  } else clid = tcHMake(qid, clid);
  const cl = clid ? cops.find(q, clid) : undefined;
  if (!cl) {
    if (req.type !== "RTM_NEWTCLASS" || !(req.nlmsg_flags & NLM_F_CREATE)) throw kerr("ENOENT");
  } else {
    switch (req.type) {
      case "RTM_NEWTCLASS":
        if (req.nlmsg_flags & NLM_F_EXCL) throw kerr("EEXIST");
        break;
      case "RTM_DELTCLASS": {
        if (!cops.delete) throw kerr("EOPNOTSUPP");
        const note = tcNotifyNeeded(dev.net) ? tcFillTclass(q, cl, "RTM_DELTCLASS") : undefined;
        cops.delete(q, cl);
        if (note) tcNotify(dev.net, note);
        updateQdiscQueued(dev);
        return undefined;
      }
      case "RTM_GETTCLASS":
        return tcFillTclass(q, cl, "RTM_NEWTCLASS");
      default:
        throw kerr("EINVAL");
    }
  }
  if (tca.TCA_INGRESS_BLOCK !== undefined || tca.TCA_EGRESS_BLOCK !== undefined) {
    throw kerr("EOPNOTSUPP", "Shared blocks are not supported for classes");
  }
  if (clid === TC_H_ROOT) throw kerr("EINVAL", "Cannot create traffic class with classid TC_H_ROOT");
  if (!cops.change) throw kerr("EOPNOTSUPP");
  const ncl = cops.change(q, clid, portid, tca.TCA_OPTIONS, cl, tca.TCA_RATE);
  if (tcNotifyNeeded(dev.net)) tcNotify(dev.net, tcFillTclass(q, ncl, "RTM_NEWTCLASS"));
  updateQdiscQueued(dev);
  return undefined;
}

/** tc_dump_tclass() */
function tcDumpTclass(dev: NetDevice, tcm: TcMsg): TcNlMsg[] {
  const out: TcNlMsg[] = [];
  const dumpQdisc = (q: Qdisc): void => {
    if (dumpIgnore(q, false) || !q.ops.clOps || (tcm.tcm_parent && tcHMaj(tcm.tcm_parent) !== q.handle)) return;
    for (const cl of q.ops.clOps.walk(q)) out.push(tcFillTclass(q, cl, "RTM_NEWTCLASS"));
  };
  const dumpRoot = (root: Qdisc, recur: boolean): void => {
    dumpQdisc(root);
    if (root.devQueue === undefined || !recur) return;
    if (tcm.tcm_parent) {
      const q = qdiscMatchFromRoot(root, tcHMaj(tcm.tcm_parent));
      if (q && q !== root) dumpQdisc(q);
      return;
    }
    for (const q of qdiscHashAll(root.dev)) dumpQdisc(q);
  };
  dumpRoot(dev.qdisc, true);
  if (dev.sched?.ingressQueue) dumpRoot(dev.sched?.ingressQueue.qdiscSleeping, false);
  return out;
}

// ---- the door --------------------------------------------------------------------

/** The extack message a request that succeeds leaves (NL_SET_ERR_MSG on the success path: a warning). */
let ackWarning: string | undefined;

/** NL_SET_ERR_MSG_MOD() on a path that then succeeds. */
export function tcSetAckWarning(msg: string): void {
  ackWarning = msg;
}

/** Sends one tcmsg request as `task`: the reply, or a KernelError (errno + extack). */
export function tcTalk(task: Task, req: TcRequest): TcReply {
  ackWarning = undefined;
  const r = tcTalkInner(task, req);
  if (r.type === "ack" && ackWarning !== undefined) return { type: "ack", warning: ackWarning };
  return r;
}

function tcTalkInner(task: Task, req: TcRequest): TcReply {
  const net = task.netns;
  const dev = req.tcm.tcm_ifindex ? devGetByIndex(net, req.tcm.tcm_ifindex) : undefined;
  switch (req.type) {
    case "RTM_GETQDISC":
      if (req.dump) return { type: "tc", msgs: tcDumpQdisc(net, req) };
      if (!dev) throw kerr("ENODEV");
      return { type: "tc", msgs: [tcGetQdisc(dev, req)!] };
    case "RTM_NEWQDISC":
      // request_qdisc_module() runs before the device is looked up (nothing to load here).
      if (!dev) throw kerr("ENODEV");
      tcModifyQdisc(dev, req);
      return { type: "ack" };
    case "RTM_DELQDISC":
      if (!dev) throw kerr("ENODEV");
      tcGetQdisc(dev, req);
      return { type: "ack" };
    case "RTM_GETTCLASS":
      if (req.dump) return { type: "tc", msgs: dev ? tcDumpTclass(dev, req.tcm) : [] };
      if (!dev) throw kerr("ENODEV");
      return { type: "tc", msgs: [tcCtlTclass(dev, req)!] };
    case "RTM_NEWTCLASS":
    case "RTM_DELTCLASS":
      if (!dev) throw kerr("ENODEV");
      tcCtlTclass(dev, req);
      return { type: "ack" };
  }
}
