// net/sched/sch_htb.c: the hierarchical token bucket. Classes form a tree
// (leaves hold a qdisc, default pfifo; inner classes lend); each class has a
// rate bucket (tokens/buffer) and a ceil bucket (ctokens/cbuffer) and a mode
// (CAN_SEND, MAY_BORROW, CANT_SEND) recomputed when it is charged or when its
// wait time is up (the per-level event queues). Dequeue serves level 0 (own
// rate) before borrowing levels, lower prio first, deficit round robin by
// quantum among leaves of one level and prio; a charge walks up the tree
// (lends/borrows, overlimits on entering CANT_SEND). Unclassified frames go
// to the default class, or to the direct queue (direct_qlen, counted in
// direct_packets_stat). Classification asks tcf_block.ts (filters on the
// qdisc and on inner classes).
//
// Known difference: Linux keeps the classes of one level and prio in
// rb-trees with a pointer per tree node; the model keeps one round-robin
// pointer per level and prio over the candidates in classid order, which is
// the same order for the one-level trees people build.

import { kerr } from "../../uapi/errno.js";
import { TC_H_ROOT, tcHMaj, tcHMake, type TcHtbGlob, type TcHtbOpt, type TcHtbOptions, type TcHtbXstats } from "../../uapi/pkt_sched.js";
import type { SkBuff } from "../core/skbuff.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import { netCore } from "../core/net_namespace.js";
import {
  NET_XMIT_CN,
  NET_XMIT_MASK,
  NET_XMIT_SUCCESS,
  NOOP_QDISC,
  SkbQueue,
  registerQdisc,
  type Qdisc,
  type QdiscOps,
} from "./qdisc.js";
import {
  devGraftQdisc,
  devTxQueues,
  qdiscBstatsUpdate,
  qdiscCreateDflt,
  qdiscDrop,
  qdiscPut,
  qdiscReset,
  qdiscWatchdogCancel,
  qdiscWatchdogInit,
  qdiscWatchdogSchedule,
  type QdiscWatchdog,
} from "./sch_generic.js";
import { qdiscPktLen } from "./sch_generic.js";
import { PFIFO_QDISC_OPS } from "./sch_fifo.js";
import { qdiscHashAdd } from "./sch_hash.js";
import { clockOfDev, qdiscTreeReduceBacklog, tcSetAckWarning } from "./sch_api.js";
import { estAdvance, genEstimatorRead, genNewEstimator, type RateEstimator } from "./gen_estimator.js";
import { ClassHash } from "./sch_class_hash.js";
import { psched_ns2ticks, psched_ticks2ns, pschedL2tNs, pschedRatecfgGetrate, pschedRatecfgPrecompute, type PschedRatecfg } from "./psched.js";
import { tcfBlockPut } from "./cls_api.js";
import { TC_ACT_QUEUED, TC_ACT_SHOT, TC_ACT_STOLEN, TC_ACT_TRAP, tcfBlockNew, tcfClassify, type TcfBlock, type TcfResult } from "./tcf_block.js";

const TC_HTB_NUMPRIO = 8;
const TC_HTB_MAXDEPTH = 8;
const HTB_VER = 0x30011;
const CANT_SEND = 0;
const MAY_BORROW = 1;
const CAN_SEND = 2;
const NSEC_PER_SEC = 1_000_000_000;

interface HtbClass {
  classid: number;
  parent: HtbClass | undefined;
  children: number;
  level: number;
  prio: number;
  quantum: number;
  rate: PschedRatecfg;
  ceil: PschedRatecfg;
  buffer: number;
  cbuffer: number;
  mbuffer: number;
  tokens: number;
  ctokens: number;
  tC: number;
  cmode: number;
  /** When a class not in CAN_SEND is looked at again (the wait queue's key). */
  pqKey: number;
  leafQ: Qdisc;
  deficit: number[];
  bstats: { bytes: number; packets: number };
  drops: number;
  overlimits: number;
  lends: number;
  borrows: number;
  giants: number;
  block: TcfBlock | undefined;
  filterCnt: number;
  rateEst: RateEstimator | undefined;
}

interface HtbPriv {
  clhash: ClassHash<HtbClass>;
  rate2quantum: number;
  defcls: number;
  directQlen: number;
  direct: SkbQueue;
  directPkts: number;
  overlimits: number;
  watchdog: QdiscWatchdog;
  block: TcfBlock;
  nearEv: number[];
  /** Round-robin position per level and prio: the classid served last. */
  rr: Map<number, number>;
  now: number;
}

const priv = (sch: Qdisc): HtbPriv => sch.priv as HtbPriv;
const clock = (sch: Qdisc): number => netCore(sch.dev.net).host.clock.now;

function htbFind(sch: Qdisc, classid: number): HtbClass | undefined {
  return priv(sch).clhash.find(classid);
}

/** htb_class_mode() (htb_hysteresis off: both water marks 0). */
function htbClassMode(cl: HtbClass, diff: number): { mode: number; diff: number } {
  let toks = cl.ctokens + diff;
  if (toks < 0) return { mode: CANT_SEND, diff: -toks };
  toks = cl.tokens + diff;
  if (toks >= 0) return { mode: CAN_SEND, diff };
  return { mode: MAY_BORROW, diff: -toks };
}

/** htb_change_class_mode(); returns the delay until it may change again. */
function htbChangeClassMode(q: HtbPriv, cl: HtbClass, diff: number): number {
  const r = htbClassMode(cl, diff);
  if (r.mode !== cl.cmode) {
    if (r.mode === CANT_SEND) {
      cl.overlimits++;
      q.overlimits++;
    }
    cl.cmode = r.mode;
  }
  return r.diff;
}

/** htb_add_to_wait_tree() */
function addToWait(q: HtbPriv, cl: HtbClass, delay: number): void {
  cl.pqKey = q.now + delay;
  if (cl.pqKey === q.now) cl.pqKey++;
  const lvl = cl.level;
  if (cl.pqKey < q.nearEv[lvl]!) q.nearEv[lvl] = cl.pqKey;
}

/** htb_do_events(): the classes of `level` whose wait is over get their mode again; the next event or 0. */
function htbDoEvents(q: HtbPriv, level: number): number {
  let next = 0;
  const due = q.clhash
    .all()
    .filter((c) => c.level === level && c.cmode !== CAN_SEND)
    .sort((a, b) => a.pqKey - b.pqKey || a.classid - b.classid);
  for (const cl of due) {
    if (cl.pqKey > q.now) {
      if (!next || cl.pqKey < next) next = cl.pqKey;
      continue;
    }
    const diff = Math.min(q.now - cl.tC, cl.mbuffer);
    const d = htbChangeClassMode(q, cl, diff);
    if (cl.cmode !== CAN_SEND) {
      addToWait(q, cl, d);
      if (!next || cl.pqKey < next) next = cl.pqKey;
    }
  }
  return next;
}

/** Tokens for `bytes` at the class's rate (htb_accnt_tokens / htb_accnt_ctokens). */
function accnt(toks: number, diff: number, buf: number, rate: PschedRatecfg, bytes: number, mbuffer: number): number {
  let t = diff + toks;
  if (t > buf) t = buf;
  t -= pschedL2tNs(rate, bytes);
  if (t <= -mbuffer) t = 1 - mbuffer;
  return t;
}

/** htb_charge_class() */
function htbChargeClass(q: HtbPriv, leaf: HtbClass, level: number, skb: SkBuff): void {
  const bytes = qdiscPktLen(skb);
  for (let cl: HtbClass | undefined = leaf; cl; cl = cl.parent) {
    let diff = Math.min(q.now - cl.tC, cl.mbuffer);
    if (cl.level >= level) {
      if (cl.level === level) cl.lends++;
      cl.tokens = accnt(cl.tokens, diff, cl.buffer, cl.rate, bytes, cl.mbuffer);
    } else {
      cl.borrows++;
      cl.tokens += diff;
    }
    cl.ctokens = accnt(cl.ctokens, diff, cl.cbuffer, cl.ceil, bytes, cl.mbuffer);
    cl.tC = q.now;
    const old = cl.cmode;
    diff = htbChangeClassMode(q, cl, 0);
    if (old !== cl.cmode && cl.cmode !== CAN_SEND) addToWait(q, cl, diff);
    if (cl.level) {
      if (cl.rateEst) estAdvance(cl);
      cl.bstats.bytes += bytes;
      cl.bstats.packets++;
    }
  }
}

/** The level a leaf with frames is served at now: its own (0), a lender's, or -1 (it must wait). */
function servingLevel(leaf: HtbClass): number {
  for (let c: HtbClass | undefined = leaf; c; c = c.parent) {
    if (c.cmode === CAN_SEND) return c.level;
    if (c.cmode === CANT_SEND) return -1;
  }
  return -1;
}

/** The classids from the root down to the leaf: the order the feeds are walked in. */
function pathKey(cl: HtbClass): number[] {
  const p: number[] = [];
  for (let c: HtbClass | undefined = cl; c; c = c.parent) p.unshift(c.classid);
  return p;
}

function cmpPath(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** htb_dequeue_tree(): a frame from the next leaf of this level and prio, charged. */
function htbDequeueTree(q: HtbPriv, prio: number, level: number): SkBuff | undefined {
  const cands = q.clhash
    .all()
    .filter((c) => c.level === 0 && c.prio === prio && c.leafQ.qlen > 0 && servingLevel(c) === level)
    .map((c) => ({ c, k: pathKey(c) }))
    .sort((a, b) => cmpPath(a.k, b.k));
  if (!cands.length) return undefined;
  const key = level * TC_HTB_NUMPRIO + prio;
  const last = q.rr.get(key);
  let start = 0;
  if (last !== undefined) {
    const i = cands.findIndex((x) => x.c.classid === last);
    if (i >= 0) start = i;
    else {
      const j = cands.findIndex((x) => x.c.classid > last);
      start = j >= 0 ? j : 0;
    }
  }
  for (let n = 0; n < cands.length; n++) {
    const idx = (start + n) % cands.length;
    const cl = cands[idx]!.c;
    const skb = cl.leafQ.ops.dequeue?.(cl.leafQ);
    if (!skb) {
      q.rr.set(key, cands[(idx + 1) % cands.length]!.c.classid);
      continue;
    }
    if (cl.rateEst) estAdvance(cl);
    cl.bstats.bytes += qdiscPktLen(skb);
    cl.bstats.packets++;
    cl.deficit[level]! -= qdiscPktLen(skb);
    if (cl.deficit[level]! < 0) {
      cl.deficit[level]! += cl.quantum;
      q.rr.set(key, cands[(idx + 1) % cands.length]!.c.classid);
    } else q.rr.set(key, cl.classid);
    htbChargeClass(q, cl, level, skb);
    return skb;
  }
  return undefined;
}

/** htb_classify(): the leaf, "direct" (the qdisc itself), or undefined (dropped/stolen by a filter). */
function htbClassify(skb: SkBuff, sch: Qdisc): { cl?: HtbClass; direct?: true; stolen?: boolean } {
  const q = priv(sch);
  let block: TcfBlock | undefined = q.block;
  // skb->priority naming this qdisc or one of its classes (CLASSIFY --set-class)
  // wins before any filter; an inner class starts the walk at its own filters.
  const prio = skb.priority;
  if (prio) {
    if (prio === sch.handle) return { direct: true };
    const pc = htbFind(sch, prio);
    if (pc) {
      if (!pc.level) return { cl: pc };
      block = pc.block;
    }
  }
  const res: TcfResult = { classid: 0 };
  for (let depth = 0; depth < TC_HTB_MAXDEPTH + 1; depth++) {
    const result = tcfClassify(skb, block, res);
    if (result < 0) break;
    if (result === TC_ACT_QUEUED || result === TC_ACT_STOLEN || result === TC_ACT_TRAP) return { stolen: true };
    if (result === TC_ACT_SHOT) return {};
    let cl = res.class as HtbClass | undefined;
    if (!cl) {
      if (res.classid === sch.handle) return { direct: true };
      cl = htbFind(sch, res.classid);
      if (!cl) break;
    }
    if (!cl.level) return { cl };
    block = cl.block;
  }
  const def = htbFind(sch, tcHMake(tcHMaj(sch.handle), q.defcls));
  if (!def || def.level) return { direct: true };
  return { cl: def };
}

function newClass(sch: Qdisc, classid: number, parent: HtbClass | undefined, hopt: TcHtbOpt): HtbClass {
  const t = clock(sch);
  return {
    classid,
    parent,
    children: 0,
    level: 0,
    prio: 0,
    quantum: 0,
    rate: pschedRatecfgPrecompute(hopt.rate, 0),
    ceil: pschedRatecfgPrecompute(hopt.ceil, 0),
    buffer: 0,
    cbuffer: 0,
    mbuffer: 60 * NSEC_PER_SEC,
    tokens: psched_ticks2ns(hopt.buffer),
    ctokens: psched_ticks2ns(hopt.cbuffer),
    tC: t,
    cmode: CAN_SEND,
    pqKey: 0,
    leafQ: NOOP_QDISC,
    deficit: new Array<number>(TC_HTB_MAXDEPTH).fill(0),
    bstats: { bytes: 0, packets: 0 },
    drops: 0,
    overlimits: 0,
    lends: 0,
    borrows: 0,
    giants: 0,
    block: undefined,
    filterCnt: 0,
    rateEst: undefined,
  };
}

/** qdisc_purge_queue() */
function purge(q: Qdisc): void {
  const qlen = q.qlen;
  const backlog = q.qstats.backlog;
  qdiscReset(q);
  qdiscTreeReduceBacklog(q, qlen, backlog);
}

/** htb_change_class(): creates (cl undefined) or changes a class. */
function htbChangeClass(sch: Qdisc, classid: number, parentid: number, opt: object | undefined, existing: HtbClass | undefined): HtbClass {
  const q = priv(sch);
  if (!opt) throw kerr("EINVAL");
  const o = opt as TcHtbOptions;
  const hopt = o.TCA_HTB_PARMS;
  if (!hopt) throw kerr("EINVAL");
  const parent = parentid === TC_H_ROOT ? undefined : htbFind(sch, parentid);
  if (!hopt.rate.rate || !hopt.ceil.rate) throw kerr("EINVAL");
  let cl = existing;
  let parentQdisc: Qdisc | undefined;
  if (!cl) {
    if (!classid || tcHMaj((classid ^ sch.handle) >>> 0) || htbFind(sch, classid)) throw kerr("EINVAL");
    if (parent && parent.parent && parent.parent.level < 2) throw kerr("EINVAL", "sch_htb: tree is too deep");
    cl = newClass(sch, classid, parent, hopt);
    cl.block = tcfBlockNew(sch, classid);
    const newQ = qdiscCreateDflt(sch.devQueue!, PFIFO_QDISC_OPS, classid);
    if (parent && !parent.level) {
      // The parent turns from a leaf into an inner class.
      purge(parent.leafQ);
      parentQdisc = parent.leafQ;
      parent.cmode = CAN_SEND;
      parent.level = (parent.parent ? parent.parent.level : TC_HTB_MAXDEPTH) - 1;
      parent.leafQ = NOOP_QDISC;
    }
    cl.leafQ = newQ ?? NOOP_QDISC;
    q.clhash.insert(cl);
    if (parent) parent.children++;
    if (cl.leafQ !== NOOP_QDISC) qdiscHashAdd(cl.leafQ, true);
  }
  cl.rate = pschedRatecfgPrecompute(hopt.rate, o.TCA_HTB_RATE64 ?? 0);
  cl.ceil = pschedRatecfgPrecompute(hopt.ceil, o.TCA_HTB_CEIL64 ?? 0);
  let warn = 0;
  if (!cl.level) {
    const quantum = Math.floor(cl.rate.rateBytesPs / q.rate2quantum);
    cl.quantum = Math.min(quantum, 0x7fffffff);
    if (!hopt.quantum && cl.quantum < 1000) {
      warn = -1;
      cl.quantum = 1000;
    }
    if (!hopt.quantum && cl.quantum > 200000) {
      warn = 1;
      cl.quantum = 200000;
    }
    if (hopt.quantum) cl.quantum = hopt.quantum;
    cl.prio = hopt.prio >= TC_HTB_NUMPRIO ? TC_HTB_NUMPRIO - 1 : hopt.prio;
  }
  cl.buffer = psched_ticks2ns(hopt.buffer);
  cl.cbuffer = psched_ticks2ns(hopt.cbuffer);
  if (parentQdisc) qdiscPut(parentQdisc);
  if (warn) {
    tcSetAckWarning(`sch_htb: quantum of class ${cl.classid.toString(16).toUpperCase()} is ${warn === -1 ? "small" : "big"}. Consider r2q change`);
  }
  return cl;
}

/** htb_destroy_class(): the class's own filters go with it (tcf_block_put: each chain announced). */
function htbDestroyClass(cl: HtbClass): void {
  tcfBlockPut(cl.block);
  if (!cl.level) qdiscPut(cl.leafQ);
}

export const HTB_QDISC_OPS: QdiscOps = {
  id: "htb",
  /**
   * htb_attach_software(): a root htb goes on every tx queue only after
   * qdisc_graft() announced it (so `tc monitor` shows it without a refcnt,
   * and the noqueue it replaced with "refcnt 2").
   */
  attach(sch) {
    for (const txq of devTxQueues(sch.dev)) {
      const old = devGraftQdisc(txq, sch);
      sch.refcnt++;
      qdiscPut(old);
    }
  },
  clOps: {
    graft(sch, c, child) {
      const cl = c as HtbClass;
      if (cl.level) throw kerr("EINVAL");
      let n = child;
      if (!n) n = qdiscCreateDflt(sch.devQueue!, PFIFO_QDISC_OPS, cl.classid);
      if (!n) throw kerr("ENOBUFS");
      const old = cl.leafQ;
      cl.leafQ = n;
      if (old !== NOOP_QDISC) purge(old);
      return old === NOOP_QDISC ? undefined : old;
    },
    leaf: (_sch, c) => {
      const cl = c as HtbClass;
      return cl.level ? undefined : cl.leafQ;
    },
    qlenNotify() {
      // htb_qlen_notify(): an emptied leaf leaves the active lists (computed on demand here).
    },
    find: (sch, classid) => htbFind(sch, classid),
    change(sch, classid, parentid, opt, c, rate) {
      const cl = htbChangeClass(sch, classid, parentid, opt, c as HtbClass | undefined);
      // gen_new_estimator() / gen_replace_estimator() on the class's counters.
      if (rate) genNewEstimator(cl, rate, clockOfDev(sch.dev));
      return cl;
    },
    delete(sch, c) {
      const q = priv(sch);
      const cl = c as HtbClass;
      if (cl.children || cl.filterCnt > 0) throw kerr("EBUSY", "HTB class in use");
      const lastChild = !cl.level && cl.parent !== undefined && cl.parent.children <= 1;
      const newQ = lastChild ? qdiscCreateDflt(sch.devQueue!, PFIFO_QDISC_OPS, cl.parent!.classid) : undefined;
      if (!cl.level) purge(cl.leafQ);
      q.clhash.remove(cl);
      if (cl.parent) cl.parent.children--;
      if (lastChild) {
        // htb_parent_to_leaf(): the parent is a leaf again, with a fresh pfifo and full buckets.
        const p = cl.parent!;
        p.level = 0;
        p.leafQ = newQ ?? NOOP_QDISC;
        p.tokens = p.buffer;
        p.ctokens = p.cbuffer;
        p.tC = clock(sch);
        p.cmode = CAN_SEND;
      }
      htbDestroyClass(cl);
    },
    walk: (sch) => priv(sch).clhash.all(),
    tcfBlock: (sch, c) => (c ? (c as HtbClass).block : priv(sch).block),
    bindTcf(sch, _parent, classid) {
      const cl = htbFind(sch, classid);
      if (cl) cl.filterCnt++;
      return cl;
    },
    unbindTcf(_sch, c) {
      (c as HtbClass).filterCnt--;
    },
    dump(sch, c) {
      const cl = c as HtbClass;
      const opt: TcHtbOpt = {
        rate: pschedRatecfgGetrate(cl.rate),
        ceil: pschedRatecfgGetrate(cl.ceil),
        buffer: psched_ns2ticks(cl.buffer),
        cbuffer: psched_ns2ticks(cl.cbuffer),
        quantum: cl.quantum,
        prio: cl.prio,
        level: cl.level,
      };
      const options: TcHtbOptions = { TCA_HTB_PARMS: opt };
      if (cl.rate.rateBytesPs >= 2 ** 32) options.TCA_HTB_RATE64 = cl.rate.rateBytesPs;
      if (cl.ceil.rateBytesPs >= 2 ** 32) options.TCA_HTB_CEIL64 = cl.ceil.rateBytesPs;
      return {
        parent: cl.parent ? cl.parent.classid : TC_H_ROOT,
        handle: cl.classid,
        info: !cl.level ? cl.leafQ.handle : 0,
        options,
      };
    },
    dumpStats(_sch, c) {
      const cl = c as HtbClass;
      const clamp = (v: number): number => Math.max(-2147483648, Math.min(2147483647, Math.floor(v / 64)));
      const xstats: TcHtbXstats = { lends: cl.lends, borrows: cl.borrows, giants: cl.giants, tokens: clamp(cl.tokens), ctokens: clamp(cl.ctokens) };
      const leaf = !cl.level ? cl.leafQ : undefined;
      return {
        bstats: { ...cl.bstats },
        qstats: { backlog: leaf ? leaf.qstats.backlog : 0, drops: cl.drops, requeues: 0, overlimits: cl.overlimits },
        qlen: leaf ? leaf.qlen : 0,
        xstats,
        rateEst: genEstimatorRead(cl),
      };
    },
  },
  init(sch, opt) {
    const watchdog = qdiscWatchdogInit(sch);
    if (!opt) throw kerr("EINVAL");
    const o = opt as TcHtbOptions;
    const g: TcHtbGlob | undefined = o.TCA_HTB_INIT;
    if (!g) throw kerr("EINVAL");
    if (g.version !== HTB_VER >> 16) throw kerr("EINVAL");
    if (o.TCA_HTB_OFFLOAD) {
      if (sch.parent !== TC_H_ROOT) throw kerr("EOPNOTSUPP", "HTB must be the root qdisc to use offload");
      // No driver here has ndo_setup_tc (hw-tc-offload is off on every device).
      throw kerr("EOPNOTSUPP", "hw-tc-offload ethtool feature flag must be on");
    }
    sch.priv = {
      clhash: new ClassHash<HtbClass>(),
      rate2quantum: Math.max(g.rate2quantum, 1),
      defcls: g.defcls,
      directQlen: o.TCA_HTB_DIRECT_QLEN ?? sch.dev.txqueuelen,
      direct: new SkbQueue(),
      directPkts: 0,
      overlimits: 0,
      watchdog,
      block: tcfBlockNew(sch, 0),
      nearEv: new Array<number>(TC_HTB_MAXDEPTH).fill(0),
      rr: new Map(),
      now: 0,
    } satisfies HtbPriv;
  },
  enqueue(skb, sch) {
    const q = priv(sch);
    const len = qdiscPktLen(skb);
    const r = htbClassify(skb, sch);
    if (r.direct) {
      if (q.direct.length < q.directQlen) {
        q.direct.push(skb);
        q.directPkts++;
      } else return qdiscDrop(skb, sch);
    } else if (!r.cl) {
      // A filter's drop (TC_ACT_SHOT: __NET_XMIT_BYPASS) counts; a stolen frame does not.
      // Either way the sender hears NET_XMIT_SUCCESS (the flag bits are masked off).
      if (!r.stolen) sch.qstats.drops++;
      kfreeSkbReason(skb, r.stolen ? "NOT_SPECIFIED" : "QDISC_DROP");
      return NET_XMIT_SUCCESS;
    } else {
      const leaf = r.cl.leafQ;
      const ret = leaf.ops.enqueue ? leaf.ops.enqueue(skb, leaf) & NET_XMIT_MASK : qdiscDrop(skb, leaf);
      if (ret !== NET_XMIT_SUCCESS) {
        if (ret !== NET_XMIT_CN) {
          sch.qstats.drops++;
          r.cl.drops++;
        }
        return ret;
      }
    }
    sch.qstats.backlog += len;
    sch.qlen++;
    return NET_XMIT_SUCCESS;
  },
  dequeue(sch) {
    const q = priv(sch);
    let skb = q.direct.shift();
    if (!skb) {
      if (!sch.qlen) return undefined;
      q.now = clock(sch);
      let nextEvent = q.now + 5 * NSEC_PER_SEC;
      for (let level = 0; level < TC_HTB_MAXDEPTH && !skb; level++) {
        let event = q.nearEv[level]!;
        if (q.now >= event) {
          event = htbDoEvents(q, level);
          if (!event) event = q.now + NSEC_PER_SEC;
          q.nearEv[level] = event;
        }
        if (nextEvent > event) nextEvent = event;
        for (let prio = 0; prio < TC_HTB_NUMPRIO && !skb; prio++) skb = htbDequeueTree(q, prio, level);
      }
      if (!skb) {
        if (nextEvent > q.now) qdiscWatchdogSchedule(q.watchdog, nextEvent);
        return undefined;
      }
    }
    qdiscBstatsUpdate(sch, skb);
    sch.qstats.backlog -= qdiscPktLen(skb);
    sch.qlen--;
    return skb;
  },
  peek(sch) {
    const q = priv(sch);
    return q.direct.peek();
  },
  reset(sch) {
    const q = sch.priv as HtbPriv | undefined;
    if (!q) return;
    for (const cl of q.clhash.all()) {
      if (!cl.level && cl.leafQ.qlen) qdiscReset(cl.leafQ);
      cl.cmode = CAN_SEND;
    }
    for (const s of q.direct.drain()) kfreeSkbReason(s, "NOT_SPECIFIED");
    qdiscWatchdogCancel(q.watchdog);
    q.nearEv.fill(0);
  },
  destroy(sch) {
    const q = sch.priv as HtbPriv | undefined;
    if (!q) return;
    qdiscWatchdogCancel(q.watchdog);
    // htb_destroy(): the qdisc's block, then every class's, before the classes go.
    tcfBlockPut(q.block);
    for (const cl of q.clhash.all()) tcfBlockPut(cl.block);
    for (const cl of q.clhash.all()) htbDestroyClass(cl);
  },
  dump(sch): TcHtbOptions {
    const q = priv(sch);
    sch.qstats.overlimits = q.overlimits;
    return {
      TCA_HTB_INIT: { version: HTB_VER, rate2quantum: q.rate2quantum, defcls: q.defcls, debug: 0, direct_pkts: q.directPkts },
      TCA_HTB_DIRECT_QLEN: q.directQlen,
    };
  },
};

registerQdisc(HTB_QDISC_OPS);
