// include/net/sch_generic.h: struct Qdisc, Qdisc_ops, Qdisc_class_ops and
// netdev_queue, plus noop_qdisc (the builtin that stands on a device with no
// qdisc). No runtime imports: NetDevice holds a Qdisc from construction.

import type { NetDevice } from "../core/netdevice.js";
import type { SkBuff } from "../core/skbuff.js";
import type { GnetStatsRateEst, TcEstimator, TcMsg } from "../../uapi/pkt_sched.js";
import type { TcfBlock } from "./tcf_block.js";

/** NET_XMIT_* (include/linux/netdevice.h) */
export const NET_XMIT_SUCCESS = 0;
export const NET_XMIT_DROP = 1;
export const NET_XMIT_CN = 2;
/** __NET_XMIT_STOLEN / __NET_XMIT_BYPASS as qdiscs return them with the code. */
export const NET_XMIT_MASK = 0x0f;

/** TCQ_F_* */
export const TCQ_F_BUILTIN = 1;
export const TCQ_F_INGRESS = 2;
export const TCQ_F_CAN_BYPASS = 4;
export const TCQ_F_MQROOT = 8;
export const TCQ_F_ONETXQUEUE = 0x10;
export const TCQ_F_WARN_NONWC = 1 << 16;
export const TCQ_F_INVISIBLE = 0x80;
export const TCQ_F_NOLOCK = 0x100;
export const TCQ_F_OFFLOADED = 0x200;
export const TCQ_F_NOPARENT = 0x40;

/** An error a qdisc's init/change refuses with (errno + extack), raised by the caller as a KernelError. */
export interface QdiscOps {
  readonly id: string;
  readonly clOps?: QdiscClassOps;
  /** Flags every qdisc of this kind starts with (ingress/clsact: TCQ_F_INGRESS). */
  readonly staticFlags?: number;
  /** Absent: the qdisc does not queue (noqueue, mq, ingress): dev_queue_xmit goes to the driver. */
  enqueue?(skb: SkBuff, sch: Qdisc): number;
  dequeue?(sch: Qdisc): SkBuff | undefined;
  peek?(sch: Qdisc): SkBuff | undefined;
  /** ops->init(): throws a KernelError (errno, extack) to refuse. */
  init?(sch: Qdisc, opt: object | undefined): void;
  change?(sch: Qdisc, opt: object | undefined): void;
  reset?(sch: Qdisc): void;
  destroy?(sch: Qdisc): void;
  /** mq: grafts its children on the tx queues itself. */
  attach?(sch: Qdisc): void;
  /** The TCA_OPTIONS nest of a dump (undefined: none). */
  dump?(sch: Qdisc): object | undefined;
  /** TCA_XSTATS */
  dumpStats?(sch: Qdisc): object | undefined;
  ingressBlockGet?(sch: Qdisc): number;
  egressBlockGet?(sch: Qdisc): number;
  ingressBlockSet?(sch: Qdisc, idx: number): void;
  egressBlockSet?(sch: Qdisc, idx: number): void;
}

/** A class of a classful qdisc: what its ops hand out (cl in Linux's unsigned long). */
export type QdiscClass = object;

/** What a class dump fills: the tcmsg fields and TCA_OPTIONS / TCA_XSTATS. */
export interface ClassDump {
  parent: number;
  handle: number;
  /** The leaf qdisc's handle (tcm_info), 0 without one. */
  info: number;
  options?: object;
}

/** struct Qdisc_class_ops */
export interface QdiscClassOps {
  /** Which tx queue a child created under `tcm` gets (mq). */
  selectQueue?(sch: Qdisc, tcm: TcMsg): NetdevQueue | undefined;
  /** Puts `child` (or the default when undefined) on class `cl`; returns the old leaf. Throws KernelError. */
  graft?(sch: Qdisc, cl: QdiscClass, child: Qdisc | undefined): Qdisc | undefined;
  leaf(sch: Qdisc, cl: QdiscClass): Qdisc | undefined;
  qlenNotify?(sch: Qdisc, cl: QdiscClass): void;
  find(sch: Qdisc, classid: number): QdiscClass | undefined;
  /** Creates (cl undefined) or changes a class. Throws KernelError. Returns the class. */
  change?(sch: Qdisc, classid: number, parentid: number, opt: object | undefined, cl: QdiscClass | undefined, rate?: TcEstimator): QdiscClass;
  /** Throws KernelError when the class cannot go (children, filters). */
  delete?(sch: Qdisc, cl: QdiscClass): void;
  /** The classes in the order qdisc_walk visits them. */
  walk(sch: Qdisc): QdiscClass[];
  /** The class's (or, cl undefined, the qdisc's) filter block: where tcf's classifiers hang. */
  tcfBlock?(sch: Qdisc, cl: QdiscClass | undefined): TcfBlock | undefined;
  bindTcf?(sch: Qdisc, parent: number, classid: number): QdiscClass | undefined;
  unbindTcf?(sch: Qdisc, cl: QdiscClass): void;
  dump(sch: Qdisc, cl: QdiscClass): ClassDump;
  /** TCA_STATS2 basic/queue of the class and its TCA_XSTATS. */
  dumpStats?(sch: Qdisc, cl: QdiscClass): { bstats: BasicStats; qstats: QueueStats; qlen: number; xstats?: object; rateEst?: GnetStatsRateEst };
}

/** gnet_stats_basic_sync */
export interface BasicStats {
  bytes: number;
  packets: number;
}

/** gnet_stats_queue (qlen apart: the qdisc's own q.qlen) */
export interface QueueStats {
  backlog: number;
  drops: number;
  requeues: number;
  overlimits: number;
}

/** struct netdev_queue (the qdisc part). */
export interface NetdevQueue {
  readonly dev: NetDevice;
  readonly index: number;
  /** What transmits use: qdiscSleeping while active, noop while deactivated. */
  qdisc: Qdisc;
  qdiscSleeping: Qdisc;
}

/** The scheduler's per-device state beyond dev->qdisc (NetDevice.sched). */
export interface DevSched {
  /** dev->_tx */
  txqs: NetdevQueue[] | undefined;
  /** dev->ingress_queue */
  ingressQueue: NetdevQueue | undefined;
  /** dev->qdisc_hash */
  qdiscHash: Qdisc[][] | undefined;
  /** IFF_NO_QUEUE while the noqueue fallback attaches (undefined: the driver's, ops.defaultQdisc). */
  noQueue: boolean | undefined;
}

/** NetDevice.sched, made on first use. */
export function devSched(dev: NetDevice): DevSched {
  return (dev.sched ??= { txqs: undefined, ingressQueue: undefined, qdiscHash: undefined, noQueue: undefined });
}

/** A FIFO of skbs (struct qdisc_skb_head): array with a moving head. */
export class SkbQueue {
  private items: SkBuff[] = [];
  private head = 0;
  get length(): number {
    return this.items.length - this.head;
  }
  push(skb: SkBuff): void {
    this.items.push(skb);
  }
  unshift(skb: SkBuff): void {
    if (this.head > 0) this.items[--this.head] = skb;
    else this.items.unshift(skb);
  }
  peek(): SkBuff | undefined {
    return this.items[this.head];
  }
  shift(): SkBuff | undefined {
    if (this.head >= this.items.length) return undefined;
    const skb = this.items[this.head]!;
    this.items[this.head++] = undefined as unknown as SkBuff;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return skb;
  }
  /** Empties the queue, handing back what it held. */
  drain(): SkBuff[] {
    const out = this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return out;
  }
}

/** struct Qdisc */
export class Qdisc {
  handle = 0;
  parent = 0;
  refcnt = 1;
  flags: number;
  depth = 0;
  /** q.qlen: packets queued (in this qdisc and, for a classful one, its children). */
  qlen = 0;
  readonly bstats: BasicStats = { bytes: 0, packets: 0 };
  readonly qstats: QueueStats = { backlog: 0, drops: 0, requeues: 0, overlimits: 0 };
  private fifo: SkbQueue | undefined = undefined;
  /** The qdisc's own FIFO (fifo; pfifo_fast's bands are in priv), made on first use. */
  get q(): SkbQueue {
    return (this.fifo ??= new SkbQueue());
  }
  /** A frame the driver refused, given back first (dev_requeue_skb). */
  gsoSkb: SkBuff | undefined = undefined;
  /** The kind's private state (qdisc_priv()). */
  priv: unknown = undefined;
  /** The size table (stab) as given, dumped back under -d. */
  stab: import("../../uapi/pkt_sched.js").TcaStab | undefined = undefined;
  /** Set while dev_deactivate() has it off its queue. */
  deactivated = false;
  /** In the device's qdisc hash (qdisc_hash_add), so lookups and dumps see it. */
  hashed = false;
  /** The rate estimator (TCA_RATE), when one was asked for (gen_estimator.ts). */
  rateEst: import("./gen_estimator.js").RateEstimator | undefined = undefined;

  constructor(
    readonly ops: QdiscOps,
    /** undefined for the global builtins (noop). */
    readonly devQueue: NetdevQueue | undefined,
  ) {
    this.flags = ops.staticFlags ?? 0;
  }

  get dev(): NetDevice {
    return this.devQueue!.dev;
  }
}

/** noop_qdisc_ops: refuses everything (a device that is down, or between qdiscs). */
export const NOOP_QDISC_OPS: QdiscOps = { id: "noop" };

/** noop_qdisc: TCQ_F_BUILTIN, never dumped, refcount never printed. */
export const NOOP_QDISC = new Qdisc(NOOP_QDISC_OPS, undefined);
NOOP_QDISC.flags = TCQ_F_BUILTIN;

/** noqueue_qdisc_ops: no enqueue, so dev_queue_xmit hands frames straight to the driver. */
export const NOQUEUE_QDISC_OPS: QdiscOps = { id: "noqueue" };

/** Not in Linux: marks NOQUEUE_DEFAULT (never released, its device given by the caller). */
export const TCQ_F_SHARED_DFLT = 1 << 30;

/**
 * The noqueue qdisc attach_default_qdiscs() gives every tx queue of an
 * IFF_NO_QUEUE device (lo, veth, bridge...). It never holds or counts
 * anything, so one object stands for all of them (Linux allocates one per
 * queue: the model saves that memory on every container's devices); the
 * device's queues are made only when another qdisc is grafted. It dumps as
 * the kernel's does: handle 0, refcnt 2 (the queue's and dev->qdisc's).
 */
export const NOQUEUE_DEFAULT = new Qdisc(NOQUEUE_QDISC_OPS, undefined);
NOQUEUE_DEFAULT.flags = TCQ_F_SHARED_DFLT;
NOQUEUE_DEFAULT.refcnt = 2;
/** TC_H_ROOT: it stands on the device's queues. */
NOQUEUE_DEFAULT.parent = 0xffffffff;

// ---- the hooks net/core calls (filled by sch_generic.ts when it loads) -----
// net/core (dev.ts, link_watch.ts, dev_xmit.ts) reaches the scheduler through
// these so it need not import sch_generic.ts (whose imports would run before
// net/core's own module bodies).

export const schedHooks = {
  /** dev_activate() */
  activate: (_dev: NetDevice): void => {},
  /** dev_deactivate() */
  deactivate: (_dev: NetDevice): void => {},
  /** dev_shutdown() */
  shutdown: (_dev: NetDevice): void => {},
  /** __dev_xmit_skb() for a device whose queue's qdisc queues. */
  xmit: (_skb: SkBuff, _dev: NetDevice): number => NET_XMIT_DROP,
};

// ---- the registry (sch_api.c qdisc_base, register_qdisc) ------------------
// Here rather than in sch_api.ts so each sch_<kind>.ts can register itself at
// load time whatever order the modules are evaluated in.

const qdiscBase = new Map<string, QdiscOps>();

/** register_qdisc() */
export function registerQdisc(ops: QdiscOps): void {
  qdiscBase.set(ops.id, ops);
}

/** qdisc_lookup_ops() */
export function qdiscLookupOps(kind: string | undefined): QdiscOps | undefined {
  return kind === undefined ? undefined : qdiscBase.get(kind);
}

registerQdisc(NOQUEUE_QDISC_OPS);
