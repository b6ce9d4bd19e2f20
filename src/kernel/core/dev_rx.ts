// The receive half of net/core/dev.c: netif_rx() queues a frame on the host's
// backlog (the per-CPU softnet queue), which the clock drains at the current
// virtual time (NET_RX_SOFTIRQ), in bounded batches, so a frame never recurses
// into the stack of the code that sent it and a ping flood cannot overflow the
// JavaScript stack. __netif_receive_skb() then shows the frame to taps
// (tcpdump), to the device's rx_handler (a bridge port), and to the protocol
// handler registered for its ethertype (dev_add_pack).

import { tcHooks } from "./dev_tc_hooks.js";
import { fastPathsOff } from "./fast_path.js";
import { nfNetdevHook } from "../netfilter/nf_netdev.js";
import type { Host } from "../host.js";
import { countDrop, type SkbDropReason } from "./drop-reason.js";
import { netCore } from "./net_namespace.js";
import type { NetDevice } from "./netdevice.js";
import type { NetNamespace } from "./netns.js";
import { sysctlGenerationRef } from "../fs/procfs-sys.js";
import { IFF_UP } from "../../uapi/if_link.js";
import type { SkBuff } from "./skbuff.js";

/** struct packet_type: a protocol's receive function for one ethertype. */
export interface PacketType {
  type: number;
  func: (skb: SkBuff) => void;
  /**
   * For the aggregated flood (RxBatch below), both parts must hold for `func`
   * to end a frame on a device with no effect but counters (no state, no
   * random draw, no reply). `quietDev`: the device's part, which may read only
   * the device's own fields and state that bumps its namespace's generation
   * (fs/procfs-sys.ts sysctlGeneration) when it changes: rxQuiet caches it.
   * `quiet`: reads a frame once; undefined when the frame may act anywhere.
   */
  quietDev?: (dev: NetDevice) => boolean;
  quiet?: (data: Uint8Array) => QuietFrame | undefined;
  /**
   * For the counted flood (bridge/br_flood_count.ts), which settles the
   * counters of quiet receives only when they are read: where a quiet
   * receive on `dev` counts now (`quietTarget`), adding n receives' worth
   * there (`quietApply`: `tally` as QuietFrame.tally), and what
   * QuietFrame.group is compared with (`quietGroups`). What they read must
   * bump the namespace's generation when it changes, as for quietDev.
   */
  quietTarget?: (dev: NetDevice) => unknown;
  quietApply?: (target: unknown, tally: readonly number[]) => void;
  quietGroups?: (dev: NetDevice) => readonly unknown[];
}

/** What a protocol says about one frame for the aggregated flood (PacketType.quiet). */
export interface QuietFrame {
  /** true when quietDev alone decides, else the frame's own test for a device. */
  readonly test: true | ((dev: NetDevice) => boolean);
  /** The counters the receive still moves on a device where it ends quietly (the MIB's InReceives...). */
  readonly count: (dev: NetDevice) => void;
  /** The same as numbers to add (PacketType.quietApply), so that many receives can be counted at once. */
  readonly tally: readonly number[];
  /** When `test` is not true: it fails exactly on devices whose quietGroups include this. */
  readonly group: unknown;
}

/** The protocol's hooks for counting quiet receives later, when it has them all. */
export function ptypeCounted(protocol: number): PacketType | undefined {
  const pt = ptypeBase.get(protocol);
  return pt?.quietTarget && pt.quietApply && pt.quietGroups ? pt : undefined;
}

const ptypeBase = new Map<number, PacketType>();

/** dev_add_pack(): IPv4 registers ETH_P_IP, ARP ETH_P_ARP... (one handler per ethertype here). */
export function devAddPack(pt: PacketType): void {
  ptypeBase.set(pt.type, pt);
}

/** A frame's receive-side tests (see PacketType.quietDev/quiet). */
export interface RxQuiet {
  readonly protocol: number;
  readonly dev: (dev: NetDevice) => boolean;
  readonly frame: QuietFrame;
}

/** The receive-side tests for a frame of `protocol`, or undefined when it may act. */
export function ptypeQuiet(protocol: number, data: Uint8Array): RxQuiet | undefined {
  const pt = ptypeBase.get(protocol);
  if (!pt?.quiet || !pt.quietDev) return undefined;
  const frame = pt.quiet(data);
  return frame ? { protocol, dev: pt.quietDev, frame } : undefined;
}

/** kfree_skb_reason(): the one place frames die; counts per namespace and reason. */
export function kfreeSkbReason(skb: SkBuff, reason: SkbDropReason): void {
  countDrop(netCore(skb.dev.net).drops, reason);
}

/** NETDEV_MAX_BACKLOG */
const MAX_BACKLOG = 1000;
/** netdev_budget: frames handled per softirq run before yielding to the clock. */
const BUDGET = 300;
/**
 * MAX_SOFTIRQ_RESTART (10) runs of netdev_budget: how many frames the softirq
 * handles at one instant before the backlog is left to ksoftirqd (the storm
 * bound, see README). Below it a run that does not drain goes on at the same
 * instant, as before: a backlog holds at most MAX_BACKLOG frames, so only
 * frames that keep coming back (a bridge loop) ever reach it.
 */
const STORM_FRAMES = 10 * BUDGET;
/** The CPU cost of one frame under ksoftirqd, in virtual ns (~1 µs: 300 frames a run → 300 µs). */
const FRAME_COST_NS = 1_000;

/**
 * One flooded frame's deliveries to several devices, queued as one backlog
 * entry (the aggregated flood, see README): each device still takes one
 * backlog slot and one unit of the softirq budget, in the order it was
 * queued, and is received at its turn; only a device whose receive would end
 * the frame without any effect (rxQuiet) is passed over without an skb.
 */
export class RxBatch {
  /** The receiving devices, in queue order. */
  readonly devs: NetDevice[] = [];
  /** The first one not received yet. */
  next = 0;
  constructor(
    /** Each delivery's skb but for dev, iif and tstamp. */
    readonly base: SkBuff,
    readonly tstamp: number,
    readonly quiet: RxQuiet,
  ) {}

  /** The skb the device would have received. */
  skbFor(dev: NetDevice): SkBuff {
    return { ...this.base, dev, iif: dev.ifindex, tstamp: this.tstamp };
  }
}

/**
 * A counted flood's deliveries (bridge/br_flood_count.ts): `total` devices,
 * each of which takes one backlog slot and one unit of the softirq budget in
 * turn and ends the frame quietly, so only how many have been received
 * (`done`) is kept; the owner knows which devices they are and settles their
 * counters when read. If anything about them may change before they are all
 * received, the owner turns the rest back into an RxBatch (rxCountToBatch).
 */
export class RxCount {
  done = 0;
  constructor(
    readonly host: Host,
    readonly total: number,
    readonly base: SkBuff,
    readonly tstamp: number,
    readonly quiet: RxQuiet,
    /** Called once all are received. */
    public complete: ((e: RxCount) => void) | undefined,
  ) {}
}

interface Backlog {
  /**
   * Queued entries in [head, tail) (a moving head, not shift(): O(1) per
   * entry). Slots are cleared as entries leave and the array is kept when it
   * drains, so a steady flow does not allocate a new one per softirq run.
   */
  queue: Array<SkBuff | RxBatch | RxCount | undefined>;
  head: number;
  tail: number;
  /** Frames queued (a batch counts each device it has still to receive). */
  pending: number;
  scheduled: boolean;
  /** The run was raised by a task and holds wakeups until it is done. */
  held: boolean;
  /** Frames handled since the backlog was last empty. */
  busy: number;
  /** net_rx_action for this backlog, made once. */
  run: () => void;
}
const backlogs = new WeakMap<Host, Backlog>();
/** The last host's backlog: one WeakMap lookup less per frame in a one-host world. */
let lastHost: Host | undefined;
let lastBacklog: Backlog | undefined;

let aggregated = true;
/** The switch of the aggregated flood (on by default; off: every delivery is an skb, as before). */
export function setAggregatedFlood(on: boolean): void {
  aggregated = on;
}
export function aggregatedFlood(): boolean {
  return aggregated;
}
/** How many deliveries went into batches, how many of them needed no skb, and how many were counted (RxCount) (for tests and the bench). */
export const rxBatchCounts = { queued: 0, quiet: 0, counted: 0 };

function backlogOf(host: Host): Backlog {
  let b = host === lastHost ? lastBacklog : backlogs.get(host);
  if (!b) {
    const nb: Backlog = { queue: [], head: 0, tail: 0, pending: 0, scheduled: false, held: false, busy: 0, run: () => netRxAction(host, nb) };
    backlogs.set(host, (b = nb));
  }
  lastHost = host;
  lastBacklog = b;
  return b;
}

/** netif_rx(): enqueue for later processing; drops when the backlog is full. */
export function netifRx(skb: SkBuff): void {
  const dev = skb.dev;
  const host = netCore(dev.net).host;
  const b = backlogOf(host);
  if (b.pending >= MAX_BACKLOG) {
    dev.stats.rx_dropped++;
    kfreeSkbReason(skb, "FULL_RING");
    return;
  }
  skb.tstamp = host.clock.now;
  b.queue[b.tail++] = skb;
  b.pending++;
  if (!b.scheduled) raiseRx(host, b);
}

/** Schedules net_rx_action for the backlog. */
function raiseRx(host: Host, b: Backlog): void {
  b.scheduled = true;
  // Raised from a task (its sendmsg, inside dev_queue_xmit's bh-disabled
  // section): Linux runs the softirq before that task goes on and before
  // any task it woke runs. Raised from a timer or from the softirq itself,
  // it runs with the other events of this instant.
  b.held = !host.clock.inEvent;
  if (b.held) host.sched.holdWakeups();
  host.clock.at(host.clock.now, b.run);
}

/**
 * netif_rx() of `base` retargeted to `dev` (what a flood hands each port's
 * peer), as one more device of the batch `cur` when that is still the last
 * entry of the backlog, else of a new batch. Returns the batch to pass next time.
 */
export function netifRxBatch(dev: NetDevice, base: SkBuff, quiet: RxQuiet, cur: RxBatch | undefined): RxBatch | undefined {
  const host = netCore(dev.net).host;
  const b = backlogOf(host);
  if (b.pending >= MAX_BACKLOG) {
    const skb: SkBuff = { ...base, dev, iif: dev.ifindex };
    dev.stats.rx_dropped++;
    kfreeSkbReason(skb, "FULL_RING");
    return cur;
  }
  b.pending++;
  rxBatchCounts.queued++;
  const q = b.queue;
  if (cur && b.tail > b.head && q[b.tail - 1] === cur) {
    cur.devs.push(dev);
    return cur;
  }
  const batch = new RxBatch(base, host.clock.now, quiet);
  batch.devs.push(dev);
  q[b.tail++] = batch;
  if (!b.scheduled) raiseRx(host, b);
  return batch;
}

/** How many more frames `host`'s backlog takes before netif_rx drops them. */
export function rxRoomLeft(host: Host): number {
  return Math.max(0, MAX_BACKLOG - backlogOf(host).pending);
}

/** Queues a counted flood's deliveries (the caller checked rxRoom). */
export function netifRxCount(e: RxCount): void {
  const host = e.host;
  const b = backlogOf(host);
  b.pending += e.total;
  rxBatchCounts.queued += e.total;
  b.queue[b.tail++] = e;
  if (!b.scheduled) raiseRx(host, b);
}

/** Replaces a counted flood not yet wholly received by a batch of the devices still to receive it, in order. */
export function rxCountToBatch(e: RxCount, devs: NetDevice[]): void {
  const b = backlogOf(e.host);
  const i = b.queue.indexOf(e, b.head);
  if (i < 0 || i >= b.tail || devs.length !== e.total - e.done) throw new Error("rxCountToBatch: not queued");
  const batch = new RxBatch(e.base, e.tstamp, e.quiet);
  for (const d of devs) batch.devs.push(d);
  b.queue[i] = batch;
  e.complete = undefined;
}

/**
 * Who settles counters of quiet receives that are owed but not yet written
 * (the counted flood): readers of a namespace's MIB call rxSettle first.
 */
let settlers: Array<(ns: NetNamespace) => void> = [];
export function registerRxSettler(fn: (ns: NetNamespace) => void): void {
  if (!settlers.includes(fn)) settlers = [...settlers, fn];
}
export function rxSettle(ns: NetNamespace): void {
  for (const fn of settlers) fn(ns);
}

/** One frame off the backlog. */
function processBacklogSkb(skb: SkBuff): void {
  if (skb.dev.regState !== "REGISTERED" || skb.dev.net.dead) {
    kfreeSkbReason(skb, "NETNS_GONE");
    return;
  }
  netifReceiveSkb(skb);
}

/** The device part of rxQuiet as last computed, and what it was computed under. */
interface RxQuietCache {
  ref: { readonly gen: number };
  gen: number;
  net: NetNamespace;
  name: string;
  protocol: number;
  ok: boolean;
}

/**
 * What processBacklogSkb would do to the batch's frame on `dev` is nothing at
 * all: the device is registered, up and has no rx_handler (read each time),
 * its namespace is alive with no tap in it, and the protocol's device test
 * passes (these two cached on the device while its namespace's generation,
 * its namespace and its name are unchanged: packet taps and netfilter hooks
 * bump the generation too), and the protocol's test of this frame passes.
 * A dead namespace has no registered device left (cleanup_net unregisters
 * them all at once), so the cached part never outlives one.
 */
function rxQuiet(dev: NetDevice, batch: RxBatch): boolean {
  if (dev.regState !== "REGISTERED" || !(dev.flags & IFF_UP) || dev.rxHandler || fastPathsOff()) return false;
  const q = batch.quiet;
  const net = dev.net;
  let c = dev.rxQuietCache as RxQuietCache | undefined;
  if (!c || c.ref.gen !== c.gen || c.net !== net || c.name !== dev.name || c.protocol !== q.protocol) {
    const ok = !net.dead && netCore(net).taps.size === 0 && q.dev(dev);
    const ref = sysctlGenerationRef(net);
    if (!ref) return ok && (q.frame.test === true || q.frame.test(dev));
    if (!c) dev.rxQuietCache = c = { ref, gen: ref.gen, net, name: dev.name, protocol: q.protocol, ok };
    else {
      c.ref = ref;
      c.gen = ref.gen;
      c.net = net;
      c.name = dev.name;
      c.protocol = q.protocol;
      c.ok = ok;
    }
  }
  return c.ok && (q.frame.test === true || q.frame.test(dev));
}

/**
 * net_rx_action(): drain up to BUDGET frames, then let other events at this
 * instant run. A backlog that has not been empty for STORM_FRAMES frames is
 * ksoftirqd's: each further run starts the CPU time of the previous one later,
 * so timers and tasks go on during a storm.
 */
function netRxAction(host: Host, b: Backlog): void {
  const q = b.queue;
  let n = 0;
  while (n < BUDGET && b.head < b.tail) {
    const e = q[b.head]!;
    if (e instanceof RxCount) {
      const k = Math.min(BUDGET - n, e.total - e.done);
      e.done += k;
      n += k;
      b.pending -= k;
      rxBatchCounts.quiet += k;
      rxBatchCounts.counted += k;
      if (e.done === e.total) {
        q[b.head++] = undefined;
        e.complete?.(e);
      }
      continue;
    }
    if (e instanceof RxBatch) {
      const devs = e.devs;
      while (n < BUDGET && e.next < devs.length) {
        const dev = devs[e.next++]!;
        n++;
        b.pending--;
        if (rxQuiet(dev, e)) {
          rxBatchCounts.quiet++;
          e.quiet.frame.count(dev);
        } else processBacklogSkb(e.skbFor(dev));
      }
      if (e.next === devs.length) q[b.head++] = undefined;
      continue;
    }
    q[b.head++] = undefined;
    n++;
    b.pending--;
    processBacklogSkb(e);
  }
  if (b.head === b.tail) {
    b.head = 0;
    b.tail = 0;
  } else if (b.head > 4096 && b.head * 2 > b.tail) {
    q.copyWithin(0, b.head, b.tail);
    q.fill(undefined, b.tail - b.head, b.tail);
    b.tail -= b.head;
    b.head = 0;
  }
  if (b.head < b.tail) {
    b.busy += n;
    if (b.busy < STORM_FRAMES) host.clock.at(host.clock.now, b.run);
    else {
      // ksoftirqd: the raising task's syscall has long returned, and the
      // tasks it woke compete with the softirq thread.
      if (b.held) host.sched.releaseWakeups();
      b.held = false;
      host.clock.at(host.clock.now + n * FRAME_COST_NS, b.run);
    }
  } else {
    b.busy = 0;
    b.scheduled = false;
    if (b.held) host.sched.releaseWakeups();
    b.held = false;
  }
}

/** Taps see every frame on a device of their namespace (ptype_all / packet sockets). */
export function deliverToTaps(skb: SkBuff, dir: "in" | "out"): void {
  const taps = netCore(skb.dev.net).taps;
  if (taps.size) for (const t of [...taps]) t(skb, dir);
}

/** __netif_receive_skb_core() */
export function netifReceiveSkb(skb: SkBuff): void {
  for (let another = 0; another < 8; another++) {
    const dev: NetDevice = skb.dev;
    deliverToTaps(skb, "in");
    if (!dev.isUp) {
      kfreeSkbReason(skb, "DEV_READY");
      return;
    }
    // sch_handle_ingress(): an ingress/clsact qdisc's filters, before any rx handler.
    if (dev.sched?.ingressQueue) {
      const v = tcHooks.ingress(skb);
      if (v === "DROP") {
        kfreeSkbReason(skb, "TC_INGRESS");
        return;
      }
      if (v === "CONSUMED") return;
    }
    // nf_ingress(): netdev ingress chains bound to this device, before its rx handler.
    if (!skb.brInput && !nfNetdevHook(skb, "ingress")) {
      kfreeSkbReason(skb, "NETFILTER_DROP");
      return;
    }
    if (dev.rxHandler && !skb.brInput) {
      const r = dev.rxHandler(skb);
      if (r === "CONSUMED") return;
      if (r === "ANOTHER") continue; // skb.dev was changed: go round again as that device
    }
    break;
  }
  const pt = ptypeBase.get(skb.protocol);
  if (!pt) {
    skb.dev.stats.rx_nohandler++;
    kfreeSkbReason(skb, "UNHANDLED_PROTO");
    return;
  }
  if (skb.pktType === "OTHERHOST") {
    // ip_rcv/arp_rcv drop frames for another host; counted here once for all.
    kfreeSkbReason(skb, "OTHERHOST");
    return;
  }
  pt.func(skb);
}
