// net/sched/sch_generic.c: the device's tx queues and their qdiscs
// (dev_activate / dev_deactivate / attach_default_qdiscs / dev_shutdown),
// qdisc allocation, reset and release, the default qdiscs (noqueue,
// pfifo_fast), and the transmit loop (__dev_xmit_skb + __qdisc_run +
// dev_hard_start_xmit) a frame takes when its tx queue's qdisc queues.
//
// The common case stays free: a device whose qdiscs do not queue (noqueue,
// the default for veth, bridge, vxlan, macvlan, lo) keeps `qdiscQueued`
// false and dev_queue_xmit hands frames to the driver as before.

import { deliverToTaps, kfreeSkbReason } from "../core/dev_rx.js";
import { netCore } from "../core/net_namespace.js";
import type { NetDevice } from "../core/netdevice.js";
import type { SkBuff } from "../core/skbuff.js";
import type { SkbDropReason } from "../core/drop-reason.js";
import { TC_H_ROOT, type TcPrioQopt } from "../../uapi/pkt_sched.js";
import { kerr } from "../../uapi/errno.js";
import {
  NET_XMIT_DROP,
  NET_XMIT_MASK,
  NET_XMIT_SUCCESS,
  NOOP_QDISC,
  NOQUEUE_DEFAULT,
  NOQUEUE_QDISC_OPS,
  TCQ_F_SHARED_DFLT,
  Qdisc,
  SkbQueue,
  TCQ_F_BUILTIN,
  TCQ_F_NOPARENT,
  TCQ_F_ONETXQUEUE,
  qdiscLookupOps,
  registerQdisc,
  schedHooks,
  type NetdevQueue,
  type QdiscOps,
} from "./qdisc.js";
import { devSched } from "./qdisc.js";
import { qdiscHashAdd, qdiscHashDel } from "./sch_hash.js";
import { estAdvance } from "./gen_estimator.js";

// ---- tx queues ------------------------------------------------------------

/** dev->_tx: made on first use, one per numTxQueues, each on noop_qdisc. */
export function devTxQueues(dev: NetDevice): NetdevQueue[] {
  let txqs = dev.sched?.txqs;
  if (txqs === undefined) {
    // An IFF_NO_QUEUE device's queues all hold the shared default noqueue until made.
    const q = dev.qdisc === NOQUEUE_DEFAULT ? NOQUEUE_DEFAULT : NOOP_QDISC;
    txqs = [];
    for (let i = 0; i < dev.numTxQueues; i++) txqs.push({ dev, index: i, qdisc: NOOP_QDISC, qdiscSleeping: q });
    devSched(dev).txqs = txqs;
  }
  return txqs;
}

/** dev_ingress_queue_create(): the ingress queue, made when first asked for. */
export function devIngressQueueCreate(dev: NetDevice): NetdevQueue {
  let q = dev.sched?.ingressQueue;
  if (q === undefined) {
    q = { dev, index: -1, qdisc: NOOP_QDISC, qdiscSleeping: NOOP_QDISC };
    devSched(dev).ingressQueue = q;
  }
  return q;
}

/** netif_is_multiqueue() */
export function netifIsMultiqueue(dev: NetDevice): boolean {
  return dev.numTxQueues > 1;
}

/** dev->real_num_tx_queues (veth uses one of its two). */
export function realNumTxQueues(dev: NetDevice): number {
  return dev.ops.realNumTxQueues?.(dev) ?? dev.numTxQueues;
}

/** IFF_NO_QUEUE: set by the driver (every virtual device but ifb and tun), or after a failed default. */
export function devNoQueue(dev: NetDevice): boolean {
  return dev.sched?.noQueue ?? dev.ops.defaultQdisc === undefined;
}

// ---- allocation, reset, release ------------------------------------------

/** qdisc_alloc() */
export function qdiscAlloc(devQueue: NetdevQueue, ops: QdiscOps): Qdisc {
  return new Qdisc(ops, devQueue);
}

/** qdisc_create_dflt(): a kind with no options; undefined when its init refuses. */
export function qdiscCreateDflt(devQueue: NetdevQueue, ops: QdiscOps, parentid: number): Qdisc | undefined {
  const sch = qdiscAlloc(devQueue, ops);
  sch.parent = parentid;
  try {
    ops.init?.(sch, undefined);
  } catch {
    ops.destroy?.(sch);
    return undefined;
  }
  return sch;
}

/** qdisc_reset(): drops what is queued (rtnl_kfree_skbs: no reason), keeps the counters. */
export function qdiscReset(sch: Qdisc): void {
  sch.ops.reset?.(sch);
  for (const skb of sch.q.drain()) kfreeSkbReason(skb, "NOT_SPECIFIED");
  if (sch.gsoSkb) {
    kfreeSkbReason(sch.gsoSkb, "NOT_SPECIFIED");
    sch.gsoSkb = undefined;
  }
  sch.qlen = 0;
  sch.qstats.backlog = 0;
}

/** qdisc_destroy() */
export function qdiscDestroy(sch: Qdisc): void {
  if (sch.flags & (TCQ_F_BUILTIN | TCQ_F_SHARED_DFLT)) return;
  qdiscHashDel(sch);
  qdiscReset(sch);
  sch.ops.destroy?.(sch);
}

/** qdisc_put(): the last reference destroys. */
export function qdiscPut(sch: Qdisc | undefined): void {
  if (!sch || sch.flags & (TCQ_F_BUILTIN | TCQ_F_SHARED_DFLT)) return;
  if (--sch.refcnt === 0) qdiscDestroy(sch);
}

/** dev_graft_qdisc(): puts `q` (noop for none) on the queue; returns what was there. */
export function devGraftQdisc(devQueue: NetdevQueue, q: Qdisc | undefined): Qdisc {
  const old = devQueue.qdiscSleeping;
  devQueue.qdiscSleeping = q ?? NOOP_QDISC;
  devQueue.qdisc = NOOP_QDISC;
  return old;
}

// ---- activation -----------------------------------------------------------

/** default_qdisc_ops (net.core.default_qdisc: pfifo_fast on the recorded kernel). */
function defaultQdiscOps(): QdiscOps {
  return qdiscLookupOps("pfifo_fast") ?? PFIFO_FAST_OPS;
}

/** get_default_qdisc_ops(): what mq puts on each tx queue (pfifo_fast past the real ones). */
export function mqDefaultQdiscOps(dev: NetDevice, ntx: number): QdiscOps {
  return ntx < realNumTxQueues(dev) ? defaultQdiscOps() : PFIFO_FAST_OPS;
}

/** attach_one_default_qdisc() */
function attachOneDefaultQdisc(dev: NetDevice, txq: NetdevQueue): void {
  if (devNoQueue(dev)) {
    txq.qdiscSleeping = NOQUEUE_DEFAULT;
    return;
  }
  const ops = defaultQdiscOps();
  const q = qdiscCreateDflt(txq, ops, TC_H_ROOT);
  if (!q) return;
  if (!netifIsMultiqueue(dev)) q.flags |= TCQ_F_ONETXQUEUE | TCQ_F_NOPARENT;
  txq.qdiscSleeping = q;
}

/** attach_default_qdiscs() */
function attachDefaultQdiscs(dev: NetDevice): void {
  if (devNoQueue(dev) && dev.sched?.txqs === undefined) {
    // Every queue gets noqueue: the shared default, no queues made yet.
    dev.qdisc = NOQUEUE_DEFAULT;
    return;
  }
  const txqs = devTxQueues(dev);
  const txq = txqs[0]!;
  if (!netifIsMultiqueue(dev) || devNoQueue(dev)) {
    for (const t of txqs) attachOneDefaultQdisc(dev, t);
    dev.qdisc = txq.qdiscSleeping;
    if (dev.qdisc !== NOOP_QDISC && dev.qdisc !== NOQUEUE_DEFAULT) dev.qdisc.refcnt++;
  } else {
    const mq = qdiscLookupOps("mq");
    const q = mq ? qdiscCreateDflt(txq, mq, TC_H_ROOT) : undefined;
    if (q) {
      dev.qdisc = q;
      q.ops.attach?.(q);
    }
  }
  // The default's init failed (pfifo_fast with txqueuelen 0): noqueue instead,
  // with IFF_NO_QUEUE set only while it is attached (the flag is toggled back:
  // a later qdisc's limit still reads txqueuelen 0, as recorded).
  if (dev.qdisc === NOOP_QDISC) {
    for (const t of txqs) qdiscPut(devGraftQdisc(t, undefined));
    const was = dev.sched?.noQueue;
    devSched(dev).noQueue = true;
    for (const t of txqs) attachOneDefaultQdisc(dev, t);
    dev.qdisc = txq.qdiscSleeping;
    devSched(dev).noQueue = was;
  }
  if (dev.qdisc !== NOOP_QDISC && dev.qdisc !== NOQUEUE_DEFAULT) qdiscHashAdd(dev.qdisc, false);
}

/** Whether any tx queue's qdisc queues (the transmit path's one test). */
export function updateQdiscQueued(dev: NetDevice): void {
  const txqs = dev.sched?.txqs;
  let queued = false;
  if (txqs) for (const t of txqs) if (t.qdiscSleeping.ops.enqueue) queued = true;
  dev.qdiscQueued = queued;
}

/** dev_activate(): the default qdiscs on first use; the queues start only with carrier. */
export function devActivate(dev: NetDevice): void {
  if (dev.qdisc === NOOP_QDISC) attachDefaultQdiscs(dev);
  const txqs = dev.sched?.txqs;
  if (txqs) for (const t of txqs) if (!(t.qdiscSleeping.flags & TCQ_F_SHARED_DFLT)) t.qdiscSleeping.deactivated = false;
  updateQdiscQueued(dev);
  // "Delay activation until next carrier-on event": the caller sets txActive from the carrier.
}

/** dev_deactivate(): the queues go back to noop and what they held is dropped. */
export function devDeactivate(dev: NetDevice): void {
  const txqs = dev.sched?.txqs;
  if (txqs === undefined) return;
  for (const t of txqs) {
    const q = t.qdiscSleeping;
    if (q.flags & (TCQ_F_BUILTIN | TCQ_F_SHARED_DFLT)) continue;
    q.deactivated = true;
    qdiscResetTree(q);
  }
}

/** dev_reset_queue() on a root and, through its classes, every qdisc under it. */
function qdiscResetTree(q: Qdisc): void {
  qdiscReset(q);
}

/** dev_shutdown(): at unregister, every qdisc goes. */
export function devShutdown(dev: NetDevice): void {
  const txqs = dev.sched?.txqs;
  if (txqs) for (const t of txqs) qdiscPut(devGraftQdisc(t, undefined));
  const ing = dev.sched?.ingressQueue;
  if (ing) qdiscPut(devGraftQdisc(ing, undefined));
  qdiscPut(dev.qdisc);
  dev.qdisc = NOOP_QDISC;
  dev.qdiscQueued = false;
}

// ---- the transmit path ----------------------------------------------------

/** qdisc_drop(): counted on the qdisc, freed with its reason. */
export function qdiscDrop(skb: SkBuff, sch: Qdisc, reason: SkbDropReason = "QDISC_DROP"): number {
  sch.qstats.drops++;
  kfreeSkbReason(skb, reason);
  return NET_XMIT_DROP;
}

/** qdisc_enqueue_tail() */
export function qdiscEnqueueTail(skb: SkBuff, sch: Qdisc): number {
  sch.q.push(skb);
  sch.qlen++;
  sch.qstats.backlog += qdiscPktLen(skb);
  return NET_XMIT_SUCCESS;
}

/** qdisc_dequeue_head(): off the FIFO, counted as sent (qdisc_bstats_update). */
export function qdiscDequeueHead(sch: Qdisc): SkBuff | undefined {
  const skb = sch.q.shift();
  if (skb) {
    sch.qlen--;
    sch.qstats.backlog -= qdiscPktLen(skb);
    qdiscBstatsUpdate(sch, skb);
  }
  return skb;
}

export function qdiscBstatsUpdate(sch: Qdisc, skb: SkBuff): void {
  // The estimator's ticks due before this frame see the counters without it.
  if (sch.rateEst) estAdvance(sch);
  sch.bstats.bytes += qdiscPktLen(skb);
  sch.bstats.packets++;
}

/** Frame lengths a root's size table set (qdisc_skb_cb(skb)->pkt_len), only for frames through a qdisc with one. */
const stabLen = new WeakMap<SkBuff, number>();
let stabInUse = false;

/** qdisc_pkt_len(): the length the qdiscs count (the frame's own unless a size table set another). */
export function qdiscPktLen(skb: SkBuff): number {
  return stabInUse ? (stabLen.get(skb) ?? skb.data.length) : skb.data.length;
}

/** __qdisc_calculate_pkt_len(): the root's size table maps the frame's length (plus overhead) to the one counted. */
function qdiscCalculatePktLen(skb: SkBuff, stab: NonNullable<Qdisc["stab"]>): void {
  const s = stab.base;
  let pktLen = skb.data.length + s.overhead;
  const data = stab.data;
  if (s.tsize && data) {
    let slot = pktLen + s.cell_align;
    if (slot < 0) slot = 0;
    slot >>= s.cell_log;
    if (slot < s.tsize) pktLen = data[slot]!;
    else pktLen = data[s.tsize - 1]! * Math.floor(slot / s.tsize) + data[slot % s.tsize]!;
    pktLen <<= s.size_log;
  }
  if (pktLen < 1) pktLen = 1;
  stabInUse = true;
  stabLen.set(skb, pktLen);
}

/** netdev_core_pick_tx(): one queue unless the device really has several (skb_tx_hash over the frame). */
function pickTx(dev: NetDevice, skb: SkBuff, txqs: NetdevQueue[]): NetdevQueue {
  const n = realNumTxQueues(dev);
  if (n <= 1) return txqs[0]!;
  // skb_get_hash() is random per flow in Linux; the model hashes the frame's addresses.
  const d = skb.data;
  let h = 0;
  for (let i = 26; i < 34 && i < d.length; i++) h = (h * 31 + d[i]!) >>> 0;
  return txqs[h % n]!;
}

/**
 * __dev_xmit_skb(): the frame goes into its tx queue's qdisc, then the queue
 * runs (qdisc_run): what the qdisc lets out goes to the driver. The answer is
 * the enqueue's (NET_XMIT_SUCCESS, _DROP, _CN).
 */
export function schedXmit(skb: SkBuff, dev: NetDevice): number {
  const txq = pickTx(dev, skb, dev.sched?.txqs!);
  const q = txq.qdiscSleeping;
  const enqueue = q.ops.enqueue;
  if (enqueue === undefined) return devHardStartXmit(skb, dev);
  // qdisc_calculate_pkt_len(): a size table on the root.
  if (q.stab) qdiscCalculatePktLen(skb, q.stab);
  const rc = enqueue(skb, q) & NET_XMIT_MASK;
  qdiscRun(q);
  return rc;
}

/** Marks a root qdisc whose run loop is on the stack (qdisc_run_begin). */
const running = new WeakSet<Qdisc>();

/** __qdisc_run(): dequeue and hand to the driver until the qdisc has nothing ready. */
export function qdiscRun(q: Qdisc): void {
  if (q.deactivated || running.has(q)) return;
  const dev = q.dev;
  if (!dev.txActive) return;
  const deq = q.ops.dequeue;
  if (!deq) return;
  running.add(q);
  try {
    // Each turn takes at least one frame out or stops; the guard only bounds a broken qdisc.
    for (let guard = 0; guard < 1_000_000; guard++) {
      const skb = q.gsoSkb ?? deq(q);
      if (q.gsoSkb) {
        q.gsoSkb = undefined;
        q.qlen--;
      }
      if (!skb) break;
      // dequeue_skb(): a qdisc that may feed several tx queues (no
      // TCQ_F_ONETXQUEUE: a user qdisc on a multiqueue device such as veth)
      // takes up to 8 more at once (try_bulk_dequeue_skb_slow) — a shaper
      // refusing one counts the refusal (tbf: an overlimit) before the
      // driver has the first. One-queue qdiscs bulk by BQL's limit, which
      // is 0 on the virtual drivers here: no second dequeue.
      if (!(q.flags & TCQ_F_ONETXQUEUE)) {
        const batch = [skb];
        for (let cnt = 0; cnt < 8; cnt++) {
          const n = deq(q);
          if (!n) break;
          batch.push(n);
        }
        for (const s of batch) devHardStartXmit(s, dev);
      } else devHardStartXmit(skb, dev);
    }
  } finally {
    running.delete(q);
  }
}

/** dev_hard_start_xmit(): taps see the frame as it leaves, then the driver takes it. */
export function devHardStartXmit(skb: SkBuff, dev: NetDevice): number {
  deliverToTaps(skb, "out");
  return dev.ops.ndoStartXmit(skb, dev) === "DROP" ? NET_XMIT_DROP : NET_XMIT_SUCCESS;
}

/** The qdisc a frame of `q` leaves through (qdisc_root): the one on its tx queue. */
export function qdiscRoot(q: Qdisc): Qdisc {
  return q.devQueue!.qdiscSleeping;
}

/**
 * qdisc_watchdog_schedule_ns(): the root runs again at `at` (virtual ns), under
 * the softirq's rules (wakeups it causes wait for the run, as in devQueueXmit).
 */
export function qdiscWatchdogSchedule(wd: QdiscWatchdog, at: number): void {
  const q = wd.q;
  const root = qdiscRoot(q);
  if (root.deactivated) return;
  if (wd.timer && !wd.timer.cancelled) {
    if (wd.timer.at === at) return;
    wd.timer.cancel();
  }
  const host = netCore(q.dev.net).host;
  wd.timer = host.clock.at(at, () => {
    wd.timer = undefined;
    const r = qdiscRoot(q);
    host.sched.holdWakeups();
    try {
      qdiscRun(r);
    } finally {
      host.sched.releaseWakeups();
    }
  });
}

export interface QdiscWatchdog {
  q: Qdisc;
  timer: import("../../sim/clock.js").TimerHandle | undefined;
}

export function qdiscWatchdogInit(q: Qdisc): QdiscWatchdog {
  return { q, timer: undefined };
}

export function qdiscWatchdogCancel(wd: QdiscWatchdog): void {
  wd.timer?.cancel();
  wd.timer = undefined;
}

// ---- pfifo_fast -------------------------------------------------------------

const PFIFO_FAST_BANDS = 3;
/** prio2band: TC_PRIO_* to band (sch_generic.c). */
const PRIO2BAND = [1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1];

interface PfifoFastPriv {
  bands: SkbQueue[];
  /** Each band's ring holds tx_queue_len frames (skb_array). */
  limit: number;
}

/** pfifo_fast_ops: three bands by the frame's priority (TC_PRIO_MAX bits through prio2band), each a ring of txqueuelen. */
export const PFIFO_FAST_OPS: QdiscOps = {
  id: "pfifo_fast",
  init(sch) {
    const qlen = sch.dev.txqueuelen;
    // pfifo_fast_init(): a ring of zero frames cannot be made.
    if (qlen === 0) throw kerr("EINVAL");
    sch.priv = { bands: [new SkbQueue(), new SkbQueue(), new SkbQueue()], limit: qlen } satisfies PfifoFastPriv;
  },
  enqueue(skb, sch) {
    const p = sch.priv as PfifoFastPriv;
    // pfifo_fast_enqueue(): prio2band[skb->priority & TC_PRIO_MAX].
    const band = p.bands[PRIO2BAND[(skb.priority ?? 0) & 15]!]!;
    if (band.length >= p.limit) return qdiscDrop(skb, sch, "QDISC_OVERLIMIT");
    band.push(skb);
    sch.qlen++;
    sch.qstats.backlog += qdiscPktLen(skb);
    return NET_XMIT_SUCCESS;
  },
  dequeue(sch) {
    const p = sch.priv as PfifoFastPriv;
    for (const band of p.bands) {
      const skb = band.shift();
      if (skb) {
        sch.qlen--;
        sch.qstats.backlog -= qdiscPktLen(skb);
        qdiscBstatsUpdate(sch, skb);
        return skb;
      }
    }
    return undefined;
  },
  peek(sch) {
    const p = sch.priv as PfifoFastPriv;
    for (const band of p.bands) if (band.length) return band.peek();
    return undefined;
  },
  reset(sch) {
    const p = sch.priv as PfifoFastPriv | undefined;
    if (p) for (const band of p.bands) for (const skb of band.drain()) kfreeSkbReason(skb, "NOT_SPECIFIED");
  },
  dump(): TcPrioQopt {
    return { bands: PFIFO_FAST_BANDS, priomap: PRIO2BAND.slice() };
  },
};

registerQdisc(PFIFO_FAST_OPS);
schedHooks.activate = devActivate;
schedHooks.deactivate = devDeactivate;
schedHooks.shutdown = devShutdown;
schedHooks.xmit = schedXmit;
