// The ping flood batch (not in Linux as such; exact): a `ping -f -q` whose
// round trips take no virtual time repeats one identical round trip at one
// instant, so k of them can be accounted at once. ping's loop
// (tools/iputils/ping.ts) samples two round trips through the ordinary path,
// each between two tallies of the host's counters (`floodTally`); when both
// moved the same counters by the same amounts, nothing else could have
// observed them and nothing else changed, `floodBatchApply` adds k times the
// difference, and ping does its own bookkeeping for the k probes and replies.
//
// Why k trips then leave the world as k single ones would: a round trip is
// a function of the world's state; between two trips only counters change
// (device statistics, the SNMP MIBs, the IP ID generator, the clock's
// timer/event counts: what the tally holds) and state a trip sets to the
// same value again at the same instant (neighbour and FDB timestamps, the
// socket's kept wait timer, cached routes); no decision on the path reads
// a counter. Everything that could read or record a single packet is
// excluded up front (`floodBatchQuiet`): packet taps (tcpdump), netfilter
// hooks of any family (iptables/nft rules, conntrack, br_netfilter, limit
// and quota matches, LOG), ebtables; and checked on the samples: the clock
// did not move, no RNG draw, only ping's own task ran (one wakeup per trip),
// every timer a trip made also ran within it and no other was pending for
// the instant, no drop was counted, the devices whose counters moved are
// veths (no qdisc or driver state outside the tally), and the tally's layout
// (devices, MIB arrays) is the same object for object. ping falls back to
// the ordinary path on any failure and keeps the last round trip of its
// count for it. Worlds of more than MAX_NETS namespaces are not batched (a
// tally walks every namespace of the host). `setFloodBatch(false)` turns it
// off (test/ipv4/ping-batch-diff.test.ts compares on and off).

import type { Host } from "../host.js";
import { liveNets, netCore } from "../core/net_namespace.js";
import { netDrops } from "../core/dev.js";
import type { NetNamespace } from "../core/netns.js";
import { nfAnyHook } from "../netfilter/core.js";
import { brEbtActive } from "../bridge/br_forward.js";
import { ipv4Of } from "./netns_ipv4.js";
import { fastPathsOff } from "../core/fast_path.js";
import type { Inet6Dev } from "../ipv6/inet6_dev.js";

let on = true;

export function floodBatchEnabled(): boolean {
  return on;
}

export function setFloodBatch(v: boolean): void {
  on = v;
}

/** Round trips accounted in batches so far (tests check that the batch was taken). */
export const floodBatchStats = { trips: 0 };

/** Hosts with more namespaces than this are not batched (a tally walks them all). */
const MAX_NETS = 64;

/** The counters of a host at one moment: where each lives (object and key) and its value. */
export interface FloodTally {
  objs: object[];
  keys: (string | number)[];
  vals: number[];
  /** Per namespace: its IP ID generator's value (16-bit, wraps), -1 while undrawn. */
  nets: NetNamespace[];
  ipIds: number[];
  /** Drops counted, all namespaces together (must not move). */
  drops: number;
  /** Whether each counter slot belongs to a veth (a moving counter elsewhere ends the batch). */
  veth: boolean[];
  now: number;
  timers: number;
  events: number;
  pending: number;
  rng: number;
  wakeups: number;
}

/** No observer of single packets anywhere on the host: no taps, no netfilter hook, no ebtables table. */
export function floodBatchQuiet(host: Host): boolean {
  if (!on || fastPathsOff()) return false;
  const nets = liveNets(host);
  if (nets.length > MAX_NETS) return false;
  for (const ns of nets) {
    if (netCore(ns).taps.size || nfAnyHook(ns) || brEbtActive(ns)) return false;
  }
  return true;
}

/** Reads every counter of the host the tally covers. */
export function floodTally(host: Host): FloodTally {
  const objs: object[] = [];
  const keys: (string | number)[] = [];
  const vals: number[] = [];
  const veth: boolean[] = [];
  const nets = liveNets(host).slice();
  const ipIds: number[] = [];
  let drops = 0;
  // icmpv6msg counts: (slot, count) pairs, the counts at odd indices.
  const msgCounts = (p: number[]) => {
    for (let i = 1; i < p.length; i += 2) (objs.push(p), keys.push(i), vals.push(p[i]!), veth.push(false));
  };
  for (const ns of nets) {
    const core = netCore(ns);
    // netDrops first: it pays drop counts still owed (the counted flood's tail
    // drops), which also moves the devices' rx_dropped read below.
    for (const n of netDrops(ns).values()) drops += n;
    for (const dev of core.devices.values()) {
      const st = dev.ownStats as unknown as Record<string, number>;
      // A veth whose qdisc queues has counters outside the tally (the qdisc's).
      const isVeth = dev.ops.kind === "veth" && !dev.qdiscQueued;
      for (const k in st) {
        objs.push(st);
        keys.push(k);
        vals.push(st[k]!);
        veth.push(isVeth);
      }
      // dev_snmp6's counters (IPv6 on the device).
      const st6 = (dev.ip6Ptr as Inet6Dev | undefined)?.stats;
      if (st6) {
        const c = st6.c;
        for (let i = 0; i < c.length; i++) (objs.push(c), keys.push(i), vals.push(c[i]!), veth.push(false));
        if (st6.icmp6Msg) msgCounts(st6.icmp6Msg.pairsArray());
      }
    }
    const m = ns.mib;
    if (m) {
      for (const a of [m.ip, m.icmp, m.icmpMsg, m.tcp, m.udp, m.net]) {
        if (a) for (let i = 0; i < a.length; i++) (objs.push(a), keys.push(i), vals.push(a[i]!), veth.push(false));
      }
    }
    const m6 = ns.mib6;
    if (m6) {
      for (let i = 0; i < m6.c.length; i++) (objs.push(m6.c), keys.push(i), vals.push(m6.c[i]!), veth.push(false));
      const u = m6.udp6IfAny();
      if (u) for (let i = 0; i < u.length; i++) (objs.push(u), keys.push(i), vals.push(u[i]!), veth.push(false));
      if (m6.icmp6Msg) msgCounts(m6.icmp6Msg.pairsArray());
    }
    ipIds.push(ipv4Of(ns).ipId ?? -1);
  }
  const clock = host.clock;
  return {
    objs, keys, vals, veth, nets, ipIds, drops,
    now: clock.now, timers: clock.timersMade, events: clock.eventsRun, pending: clock.pending,
    rng: host.rng.drawMark, wakeups: host.sched.wakeups,
  };
}

function sameLayout(a: FloodTally, b: FloodTally): boolean {
  if (a.objs.length !== b.objs.length || a.nets.length !== b.nets.length) return false;
  for (let i = 0; i < a.objs.length; i++) if (a.objs[i] !== b.objs[i] || a.keys[i] !== b.keys[i]) return false;
  for (let i = 0; i < a.nets.length; i++) if (a.nets[i] !== b.nets[i]) return false;
  return true;
}

/** The effect of one round trip, from the tallies around two consecutive ones (undefined: they differ, or a guard fails). */
export interface TripDelta {
  slots: number[];
  by: number[];
  ipIdBy: number[];
  timers: number;
  events: number;
}

/** What one round trip did, if the trips t0→t1 and t1→t2 did exactly the same and nothing but counters. */
export function floodTripDelta(t0: FloodTally, t1: FloodTally, t2: FloodTally): TripDelta | undefined {
  if (!sameLayout(t0, t1) || !sameLayout(t1, t2)) return undefined;
  if (t0.now !== t1.now || t1.now !== t2.now) return undefined;
  if (t0.rng !== t1.rng || t1.rng !== t2.rng) return undefined;
  if (t0.drops !== t1.drops || t1.drops !== t2.drops) return undefined;
  // Only ping's own task resumed, once per trip.
  if (t1.wakeups - t0.wakeups !== 1 || t2.wakeups - t1.wakeups !== 1) return undefined;
  // Every timer a trip made ran in it; nothing else pending changed.
  const timers = t1.timers - t0.timers;
  const events = t1.events - t0.events;
  if (timers !== events || t2.timers - t1.timers !== timers || t2.events - t1.events !== events) return undefined;
  if (t0.pending !== t1.pending || t1.pending !== t2.pending) return undefined;
  const slots: number[] = [];
  const by: number[] = [];
  for (let i = 0; i < t0.vals.length; i++) {
    const d = t1.vals[i]! - t0.vals[i]!;
    if (t2.vals[i]! - t1.vals[i]! !== d) return undefined;
    if (d === 0) continue;
    if (d < 0 || !Number.isInteger(d)) return undefined;
    slots.push(i);
    by.push(d);
  }
  // Counters moved on veths and in namespaces' MIBs only.
  for (const i of slots) {
    const o = t0.objs[i]!;
    if (!t0.veth[i] && !(o instanceof Float64Array) && !Array.isArray(o)) return undefined;
  }
  const ipIdBy: number[] = [];
  for (let j = 0; j < t0.nets.length; j++) {
    const a = t0.ipIds[j]!, b = t1.ipIds[j]!, c = t2.ipIds[j]!;
    if ((a < 0) !== (b < 0) || (b < 0) !== (c < 0)) return undefined;
    const d = a < 0 ? 0 : (b - a) & 0xffff;
    if (a >= 0 && ((c - b) & 0xffff) !== d) return undefined;
    ipIdBy.push(d);
  }
  return { slots, by, ipIdBy, timers, events };
}

/**
 * Accounts k more round trips like the sampled ones (tally `t` is the world
 * now, taken after the second sample and unchanged since).
 */
export function floodBatchApply(host: Host, t: FloodTally, d: TripDelta, k: number): void {
  for (let j = 0; j < d.slots.length; j++) {
    const i = d.slots[j]!;
    const o = t.objs[i] as Record<string | number, number>;
    o[t.keys[i]!] = o[t.keys[i]!]! + k * d.by[j]!;
  }
  for (let j = 0; j < t.nets.length; j++) {
    const by = d.ipIdBy[j]!;
    if (!by) continue;
    const st = ipv4Of(t.nets[j]!);
    st.ipId = (st.ipId! + ((k * by) % 0x10000)) & 0xffff;
  }
  host.clock.chargeBatch(k * d.timers, k * d.events);
  floodBatchStats.trips += k;
  host.sched.chargeEvents(k * d.events);
}

/** The most round trips a batch may account now: the running drive()'s event limit must not be reached inside it. */
export function floodBatchRoom(host: Host, d: TripDelta): number {
  const left = host.sched.eventsLeft;
  if (!d.events || left === Number.POSITIVE_INFINITY) return Number.MAX_SAFE_INTEGER;
  return Math.max(0, Math.floor(left / d.events) - 2);
}
