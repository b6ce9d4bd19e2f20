// The counted flood: br_flood() of a multicast frame in O(1) when every port
// it reaches would only count it and hand it to a receiver that ends it
// quietly (see the aggregated flood in core/README.md, of which this is the
// bulk form). Exact: what every device, namespace and the clock see is what
// the per-port path gives; only when the counters are written differs, and
// every reader settles them first.
//
// Per bridge, each port has a record (PortRec) saying whether it is not
// reached by a flood (ABSENT: not forwarding or down), reached the ordinary
// way (SLOW), or a MEMBER: a driver with ndoPeer (a veth), carrier and queue
// running, whose peer is registered, up, in a live namespace of the same
// host with no tap, no rx_handler, an MTU that fits any frame this path
// takes, and passes its protocol's device test (PacketType.quietDev). Records
// are re-evaluated lazily: any change that may alter one (a netdev event on
// the port or its peer, the peer namespace's generation moving — taps,
// netfilter hooks, IPv6 state, joined groups, sysctls, devices —, the port's
// STP state) marks it dirty, and the next flood re-evaluates the dirty ones.
//
// A flood where all reached ports are members, with none of them joined to
// the frame's group when that matters (QuietFrame.group; the ingress port's
// own peer is not reached), and whose deliveries fit the backlog, then costs:
// - the drivers' counters (tx on each port, rx on each peer): one bridge-wide
//   count of floods and bytes (tP, tB); a record's devices are owed the
//   difference to their snapshot, paid when their stats are read or written
//   (NetDevice.stats); the ingress port's snapshot moves on with the bridge's
//   so it is owed nothing for this flood;
// - one backlog entry (RxCount) with the number of deliveries; each takes its
//   slot and its unit of the softirq budget in turn, as before;
// - the receivers' protocol counters (the IPv6 MIB): a bridge-wide sum of the
//   tallies of wholly received floods (r), plus, for a flood in the backlog,
//   the receivers it has reached so far (by position); paid to the namespace
//   and inet6_dev the record names when the namespace's MIB is read (rxSettle);
// - the tail drops when the deliveries do not fit the backlog (FULL_RING: the
//   receiver's rx_dropped and its namespace's drop counter): always the
//   members from some position to the end of the list but the ingress one,
//   i.e. those whose port is as old as that position's or older (the list is
//   in descending port sequence), so one entry in a Fenwick tree over port
//   sequence numbers (DropTree) and a count on the ingress record. A record
//   is owed the overflows that reached back to its port, less those it was
//   skipped for and those paid (a joining record starts with all so far
//   paid); paid with the drivers' counters and when its namespace's drop
//   counters are read (netDrops).
// Marking a record dirty first pays it, and turns any flood of the bridge
// still in the backlog back into a per-device batch (rxCountToBatch), so the
// state a counted flood was decided on holds until it is wholly received.

import { netCore } from "../core/net_namespace.js";
import type { FloodOwed, NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { netifRxCount, ptypeCounted, registerRxSettler, rxCountToBatch, rxRoomLeft, RxCount, type PacketType, type RxQuiet } from "../core/dev_rx.js";
import { registerDropSettler, registerNetdevNotifier } from "../core/dev.js";
import { countDrop } from "../core/drop-reason.js";
import { setSysctlGenerationHook } from "../fs/procfs-sys.js";
import type { SkBuff } from "../core/skbuff.js";
import { IFF_UP } from "../../uapi/if_link.js";
import { BR_STATE_FORWARDING, brOf, type NetBridge, type NetBridgePort } from "./br_private.js";
import { brPortSeqNext } from "./br_stp_sel.js";

const NONE: number[] = [];
const ABSENT = 0;
const MEMBER = 1;
const SLOW = 2;

/** The largest frame the counted flood takes; a member's peer MTU must fit it (ndoForwardToPeer's test). */
const MAX_LEN = 1514;

let enabled = true;
let countedDrops = true;
/** The tail drops as owed counts (on by default; off: each dropped copy counted at once, per member). */
export function setCountedDrops(on: boolean): void {
  countedDrops = on;
}
/** The counted flood's own switch (on by default; the aggregated flood's switch covers it too). */
export function setCountedFlood(on: boolean): void {
  enabled = on;
}

class PortRec implements FloodOwed {
  state = ABSENT;
  dirty = false;
  /** MEMBER only: the peer, where its counters go, its joined groups, its index in g.asc (see memberPos). */
  peer: NetDevice | undefined = undefined;
  net: NetNamespace | undefined = undefined;
  target: unknown = undefined;
  groups: readonly unknown[] = [];
  ai = -1;
  /** Snapshots of g.tP, g.tB and g.r as last paid. */
  tP = 0;
  tB = 0;
  r: number[] = NONE;
  /** FULL_RING tail drops: g.dropEvents when last paid; of the overflows that reached its port, those paid (or before it joined) and those that skipped it (as ingress). */
  dSeen = 0;
  dPaid = 0;
  dSkip = 0;
  constructor(
    readonly g: FloodGroup,
    readonly port: NetBridgePort,
  ) {}

  /** Tail drops owed imply tP owed too: every overflowing flood moves g.tP (the ingress record's tP moves with it, and it is owed no drop). */
  owed(): boolean {
    return this.state === MEMBER && this.tP !== this.g.tP;
  }

  /** Pays the tail drops of overflowing floods (the peer's rx_dropped, FULL_RING in its namespace). */
  settleDrops(): void {
    const g = this.g;
    if (this.dSeen === g.dropEvents) return;
    this.dSeen = g.dropEvents;
    const d = g.dropTree!.from(this.port.seq) - this.dSkip - this.dPaid;
    if (d === 0) return;
    this.dPaid += d;
    this.peer!.ownStats.rx_dropped += d;
    countDrop(netCore(this.net!).drops, "FULL_RING", d);
  }

  /** Pays the drivers' counters (port tx, peer rx) and the tail drops. */
  settle(): void {
    const g = this.g;
    this.settleDrops();
    const n = g.tP - this.tP;
    const bytes = g.tB - this.tB;
    this.tP = g.tP;
    this.tB = g.tB;
    if (n === 0 && bytes === 0) return;
    const tx = this.port.dev.ownStats;
    tx.tx_packets += n;
    tx.tx_bytes += bytes;
    const rx = this.peer!.ownStats;
    rx.rx_packets += n;
    rx.rx_bytes += bytes;
  }

  /** Pays the receive side's protocol counters: the bridge's sum since the snapshot, plus floods in the backlog that reached it. */
  settleRx(): void {
    const g = this.g;
    const d = g.r.map((v, i) => v - this.r[i]!);
    for (const e of g.inflight) {
      if (!reached(this, e)) continue;
      for (let i = 0; i < d.length; i++) d[i]! += e.tally[i]!;
    }
    if (d.every((v) => v === 0)) return;
    for (let i = 0; i < d.length; i++) this.r[i]! += d[i]!;
    g.pt.quietApply!(this.target, d);
  }
}

/** A counted flood in the backlog. */
interface Inflight {
  entry: RxCount;
  /** Flood position (memberPos) of the ingress port's record, which it does not reach; -1: none. */
  skip: number;
  skipRec: PortRec | undefined;
  tally: readonly number[];
  /** g.asc when it was queued (records keep their positions while it is in flight). */
  asc: PortRec[];
}

function reached(rec: PortRec, e: Inflight): boolean {
  const at = memberPos(rec.g, rec);
  if (at === e.skip) return false;
  const ord = e.skip >= 0 && at > e.skip ? at - 1 : at;
  return ord < e.entry.done;
}

/**
 * A member's position in flood order (the bridge's port order, descending
 * NetBridgePort.seq). The members are kept in g.asc in ascending seq, so a
 * new port (the highest seq) is appended and no other member moves; a
 * member's index there (ai) is right for every member below g.validTo, and
 * those at or above it are renumbered when one of them is asked for.
 */
function memberPos(g: FloodGroup, rec: PortRec): number {
  const asc = g.asc;
  if (rec.ai >= g.validTo) {
    for (let i = g.validTo; i < asc.length; i++) asc[i]!.ai = i;
    g.validTo = asc.length;
  }
  return asc.length - 1 - rec.ai;
}

class FloodGroup {
  /**
   * MEMBER records in reverse flood order (ascending port seq; floods go
   * newest port first); changed in place by reevaluate only while no flood
   * is in flight. Every record below validTo has its index in ai; records at
   * or above it have an ai at or above it too (see memberPos).
   */
  asc: PortRec[] = [];
  validTo = 0;
  dirty: PortRec[] = [];
  slow = 0;
  /** How many members' peers joined each group. */
  readonly joins = new Map<unknown, number>();
  tP = 0;
  tB = 0;
  r: number[];
  inflight: Inflight[] = [];
  /** Tail drops: overflows counted, and where each began (made at the first). */
  dropEvents = 0;
  dropTree: DropTree | undefined = undefined;
  /** The lowest port sequence number this group can meet (DropTree keys). */
  readonly seqBase: number;
  constructor(
    readonly br: NetBridge,
    readonly pt: PacketType,
  ) {
    this.r = new Array<number>(TALLY).fill(0);
    let base = brPortSeqNext();
    for (const p of br.ports) base = Math.min(base, p.seq);
    this.seqBase = base;
    for (const p of br.ports) mark(this.rec(p));
  }

  /** The port's record (on its device: a device is a port of one bridge at most). */
  rec(p: NetBridgePort): PortRec {
    const have = recOf(p);
    if (have) return have;
    const r = new PortRec(this, p);
    p.dev.floodPort = r;
    return r;
  }
}

function recOf(p: NetBridgePort): PortRec | undefined {
  const r = p.dev.floodPort as PortRec | undefined;
  return r?.port === p ? r : undefined;
}

/**
 * A Fenwick tree counting overflows by the sequence number of the first port
 * each dropped for (it and every older port got a drop; keys: seq - base, base
 * the lowest port sequence of the bridge when its group was made, as ports
 * made later have higher ones). Its size is a power of two and doubles as keys
 * grow (the new upper half is empty, its top node the old total).
 */
class DropTree {
  n = 64;
  t = new Int32Array(65);
  total = 0;
  constructor(readonly base: number) {}

  add(seq: number): void {
    const k = seq - this.base;
    while (k >= this.n) {
      const t = new Int32Array(2 * this.n + 1);
      t.set(this.t);
      t[2 * this.n] = this.t[this.n]!;
      this.t = t;
      this.n *= 2;
    }
    for (let i = k + 1; i <= this.n; i += i & -i) this.t[i]!++;
    this.total++;
  }

  /** Overflows that reached a port of this sequence number (those whose key is at or above its own). */
  from(seq: number): number {
    const k = Math.min(seq - this.base, this.n);
    let below = 0;
    for (let i = k; i > 0; i -= i & -i) below += this.t[i]!;
    return this.total - below;
  }
}

/** Length of a tally (PacketType.quietApply); the IPv6 one. */
const TALLY = 6;

const groups = new WeakMap<NetBridge, FloodGroup>();
/** Members by the namespace their counters go to (rxSettle, generation changes). */
const byNet = new WeakMap<NetNamespace, PortRec[]>();

/** Marks a record for re-evaluation at the next flood, paying it and unbatching the bridge's floods in flight first. */
function mark(rec: PortRec): void {
  const g = rec.g;
  if (g.inflight.length) unbatch(g);
  if (rec.state === MEMBER) {
    rec.settle();
    rec.settleRx();
  }
  if (!rec.dirty) {
    rec.dirty = true;
    g.dirty.push(rec);
  }
}

/** Turns every counted flood of the bridge still in the backlog into per-device batches: the receivers reached are paid now. */
function unbatch(g: FloodGroup): void {
  const all = g.inflight;
  g.inflight = [];
  for (const e of all) {
    const rest: NetDevice[] = [];
    let ord = 0;
    const asc = e.asc;
    for (let i = asc.length - 1; i >= 0; i--) {
      const rec = asc[i]!;
      if (asc.length - 1 - i === e.skip) continue;
      const o = ord++;
      if (o < e.entry.done) {
        // Reached: what settleRx counts for this flood while it is in flight,
        // paid now (the snapshot stays: owed = sum - snapshot + in flight).
        g.pt.quietApply!(rec.target, e.tally);
      } else if (o < e.entry.total) rest.push(rec.peer!);
    }
    rxCountToBatch(e.entry, rest);
  }
}

/** Everything the flood path checks per port and per receiver, once (see the file's head). */
function verdict(g: FloodGroup, rec: PortRec): number {
  const p = rec.port;
  const dev = p.dev;
  // Not on the bridge's list, or not reached by any flood (shouldDeliver).
  if (dev.rxHandlerData !== p || p.state !== BR_STATE_FORWARDING || !dev.isUp) return ABSENT;
  const peer = dev.ops.ndoPeer?.(dev);
  if (!peer || !dev.ops.ndoForwardToPeer || dev.regState !== "REGISTERED" || dev.net !== g.br.dev.net || !dev.txActive || dev.qdiscQueued) return SLOW;
  if (peer.regState !== "REGISTERED" || !(peer.flags & IFF_UP) || peer.rxHandler || peer.mtu + 18 < MAX_LEN) return SLOW;
  // br_dev_queue_push_xmit()'s is_skb_forwardable() on the port itself.
  if (dev.mtu + 18 < MAX_LEN) return SLOW;
  const net = peer.net;
  if (net.dead) return SLOW;
  const core = netCore(net);
  if (core.taps.size || core.host !== netCore(g.br.dev.net).host) return SLOW;
  if (!g.pt.quietDev!(peer)) return SLOW;
  return MEMBER;
}

function unlinkMember(g: FloodGroup, rec: PortRec): void {
  for (const grp of rec.groups) {
    const n = g.joins.get(grp)! - 1;
    if (n) g.joins.set(grp, n);
    else g.joins.delete(grp);
  }
  rec.groups = [];
  if (rec.peer && rec.peer.floodPeer === rec) rec.peer.floodPeer = undefined;
  const list = rec.net && byNet.get(rec.net);
  if (list) {
    const i = list.indexOf(rec);
    if (i >= 0) list.splice(i, 1);
    if (!list.length) byNet.delete(rec.net!);
  }
  rec.peer = undefined;
  rec.net = undefined;
  rec.target = undefined;
}

/** Re-evaluates the dirty records (each was paid when marked; nothing is in flight). */
function reevaluate(g: FloodGroup): void {
  const dirty = g.dirty;
  g.dirty = [];
  let membership = false;
  let left = false;
  const joined: PortRec[] = [];
  for (const rec of dirty) {
    rec.dirty = false;
    const old = rec.state;
    const now = verdict(g, rec);
    if (old === MEMBER) unlinkMember(g, rec);
    if (old === SLOW) g.slow--;
    rec.state = now;
    if (now === SLOW) g.slow++;
    if (now === MEMBER) {
      const peer = rec.port.dev.ops.ndoPeer!(rec.port.dev)!;
      rec.peer = peer;
      peer.floodPeer = rec;
      rec.net = peer.net;
      rec.target = g.pt.quietTarget!(peer);
      rec.groups = g.pt.quietGroups!(peer);
      for (const grp of rec.groups) g.joins.set(grp, (g.joins.get(grp) ?? 0) + 1);
      const list = byNet.get(peer.net);
      if (list) list.push(rec);
      else byNet.set(peer.net, [rec]);
      rec.tP = g.tP;
      rec.tB = g.tB;
      rec.r = g.r.slice();
      if (old !== MEMBER) {
        // Owed none of the overflows so far.
        rec.dSeen = g.dropEvents;
        rec.dSkip = 0;
        rec.dPaid = g.dropTree ? g.dropTree.from(rec.port.seq) : 0;
      }
    }
    if ((old === MEMBER) !== (now === MEMBER)) {
      membership = true;
      if (now === MEMBER) joined.push(rec);
      else left = true;
    }
    if (now === ABSENT && rec.port.dev.rxHandlerData !== rec.port) {
      // No longer a port of this bridge.
      if (rec.port.dev.floodPort === rec) rec.port.dev.floodPort = undefined;
      rec.r = NONE;
    }
  }
  if (membership) {
    // The members in ascending port seq (reverse flood order): the old list
    // without those that left, merged with those that joined. A port that
    // leaves the list is always marked (its netdev events), so every member
    // not re-evaluated here is still a port. A new port has the highest seq
    // of all, so joining is usually an append, which moves no other member
    // (renumbering 1 000 members per container was most of this function).
    joined.sort((a, b) => a.port.seq - b.port.seq);
    // A flood in the backlog keeps the list it was queued with (none is, as
    // every mark unbatches, but a new list then costs nothing to be sure of);
    // otherwise the list is changed in place.
    const asc = g.inflight.length ? g.asc.slice() : g.asc;
    if (left) {
      let k = 0;
      for (let i = 0; i < asc.length; i++) {
        const rec = asc[i]!;
        if (rec.state === MEMBER) asc[k++] = rec;
        else if (k === i && k < g.validTo) g.validTo = k;
      }
      asc.length = k;
    }
    const last = asc.length ? asc[asc.length - 1]!.port.seq : -Infinity;
    if (!joined.length) {
      // Only leavers.
    } else if (joined[0]!.port.seq > last) {
      for (const rec of joined) {
        rec.ai = asc.length;
        asc.push(rec);
      }
      if (g.validTo === asc.length - joined.length) g.validTo = asc.length;
    } else {
      // Merge from the back: the joined records into their places.
      let i = asc.length - 1;
      let j = joined.length - 1;
      asc.length += joined.length;
      for (let w = asc.length - 1; j >= 0; w--) {
        if (i >= 0 && asc[i]!.port.seq > joined[j]!.port.seq) asc[w] = asc[i--]!;
        else asc[w] = joined[j--]!;
      }
      // Everything from the first joined record's place up moved.
      const first = i + 1;
      if (first < g.validTo) g.validTo = first;
      for (const rec of joined) rec.ai = asc.length;
    }
    g.asc = asc;
  }
}

/**
 * br_flood() of `skb` as one counted flood, if it can be (see the file's
 * head): `base` is the skb each receiver would get but for dev, iif and
 * tstamp, `quiet` its receive-side tests. False: nothing was done, flood per port.
 */
export function brFloodCounted(br: NetBridge, skb: SkBuff, base: SkBuff, quiet: RxQuiet): boolean {
  if (!enabled) return false;
  const len = skb.data.length;
  if (len > MAX_LEN) return false;
  let g = groups.get(br);
  if (!g) {
    const pt = ptypeCounted(quiet.protocol);
    if (!pt) return false;
    g = new FloodGroup(br, pt);
    groups.set(br, g);
  }
  if (g.pt !== ptypeCounted(quiet.protocol)) return false;
  if (g.dirty.length) reevaluate(g);
  // The ingress port (shouldDeliver: the port whose ifindex is the skb's iif) is not reached unless hairpin.
  const inDev = netCore(br.dev.net).devices.get(skb.iif);
  const inPort = inDev?.floodPort as PortRec | undefined;
  const inRec = inPort?.g === g ? inPort : undefined;
  const inSkipped = inRec !== undefined && !inRec.port.hairpin;
  if (g.slow > (inSkipped && inRec.state === SLOW ? 1 : 0)) return false;
  const skip = inSkipped && inRec.state === MEMBER ? inRec : undefined;
  const asc = g.asc;
  const n = asc.length;
  const total = n - (skip ? 1 : 0);
  if (total === 0) return false;
  const group = quiet.frame.group;
  if (quiet.frame.test !== true) {
    let joined = g.joins.get(group) ?? 0;
    if (skip?.groups.includes(group)) joined--;
    if (joined > 0) return false;
  }
  const host = netCore(br.dev.net).host;
  g.tP++;
  g.tB += len;
  if (skip) {
    skip.tP++;
    skip.tB += len;
  }
  // netif_rx() takes as many as the backlog has room for; each one after
  // that is dropped (FULL_RING, rx_dropped on the peer), as in the batch path.
  const queued = Math.min(total, rxRoomLeft(host));
  const skipAt = skip ? memberPos(g, skip) : -1;
  if (queued < total) {
    // The members from the queued-th delivery on (the skipped ingress record
    // is no delivery) are each owed a drop: one entry in the tree.
    const from = skip && skipAt <= queued ? queued + 1 : queued;
    if (!countedDrops) {
      // Flood positions from..n-1 are asc[n-1-from]..asc[0].
      for (let i = n - 1 - from; i >= 0; i--) {
        if (asc[i] === skip) continue;
        const peer = asc[i]!.peer!;
        // ownStats, not stats: the getter would pay this peer's flood counters
        // now (a pure transfer, the same whenever it happens).
        peer.ownStats.rx_dropped++;
        countDrop(netCore(peer.net).drops, "FULL_RING");
      }
    } else if (from < n) {
      g.dropTree ??= new DropTree(g.seqBase);
      g.dropTree.add(asc[n - 1 - from]!.port.seq);
      g.dropEvents++;
      if (skip && skipAt >= from) skip.dSkip++;
    }
  }
  if (queued === 0) return true;
  const fg = g;
  const inflight: Inflight = {
    entry: new RxCount(host, queued, base, host.clock.now, quiet, () => complete(fg, inflight)),
    skip: skipAt,
    skipRec: skip,
    tally: quiet.frame.tally,
    asc,
  };
  g.inflight.push(inflight);
  netifRxCount(inflight.entry);
  return true;
}

/** A counted flood wholly received: its tally joins the bridge's sum (the skipped ingress record is owed none of it). */
function complete(g: FloodGroup, e: Inflight): void {
  const i = g.inflight.indexOf(e);
  if (i < 0) return;
  g.inflight.splice(i, 1);
  for (let k = 0; k < e.tally.length; k++) g.r[k]! += e.tally[k]!;
  const rec = e.skipRec;
  if (rec) {
    for (let k = 0; k < e.tally.length; k++) rec.r[k]! += e.tally[k]!;
  }
}

/** Marks the records a device's change may alter: its own as a port, and the one whose peer it is. */
function touch(dev: NetDevice): void {
  const a = dev.floodPort as PortRec | undefined;
  if (a) mark(a);
  const b = dev.floodPeer as PortRec | undefined;
  if (b) mark(b);
}

registerNetdevNotifier((_event, dev) => {
  touch(dev);
  // A new port (br_add_if's NETDEV_CHANGEUPPER): a record, to be evaluated.
  const p = dev.rxHandlerData as NetBridgePort | undefined;
  if (p && p.dev === dev && dev.master && brOf(dev.master) === p.br && !recOf(p)) {
    const g = groups.get(p.br);
    if (g) mark(g.rec(p));
  }
});

setSysctlGenerationHook((ns) => {
  const list = byNet.get(ns);
  if (list) for (const rec of [...list]) mark(rec);
});

registerDropSettler((ns) => {
  const list = byNet.get(ns);
  if (list) for (const rec of list) rec.settleDrops();
});

registerRxSettler((ns) => {
  const list = byNet.get(ns);
  if (list) for (const rec of list) rec.settleRx();
});

/** br_set_state(): a port's state decides whether floods reach it. */
export function brFloodPortChanged(p: NetBridgePort): void {
  const rec = p.dev.floodPort as PortRec | undefined;
  if (rec && rec.port === p) mark(rec);
}

/**
 * Tests only: the kept positions against the walk they replace. Every member
 * of br's counted flood is asked its flood position (memberPos), which must
 * be its place among the members in the bridge's port order (descending
 * seq); the list must hold exactly the records whose state is MEMBER. The
 * mismatches, as text (none: empty).
 */
export function floodPositionsCheck(br: NetBridge): string[] {
  const g = groups.get(br);
  if (!g) return [];
  const bad: string[] = [];
  const asc = g.asc;
  const walk = [...asc].sort((a, b) => b.port.seq - a.port.seq);
  const n = asc.length;
  for (let i = 0; i < n; i++) {
    const rec = asc[i]!;
    if (rec.state !== MEMBER) bad.push(`${rec.port.dev.name} listed but not a member`);
    if (walk[n - 1 - i] !== rec) bad.push(`${rec.port.dev.name} out of order`);
  }
  if (!g.dirty.length) {
    for (const p of br.ports) {
      const rec = recOf(p);
      if (rec?.state === MEMBER && !asc.includes(rec)) bad.push(`${p.dev.name} a member, not listed`);
    }
  }
  for (let i = 0; i < n; i++) {
    const at = memberPos(g, asc[i]!);
    if (at !== walk.indexOf(asc[i]!)) bad.push(`${asc[i]!.port.dev.name} at ${at}, walk ${walk.indexOf(asc[i]!)}`);
  }
  return bad;
}
