// The neighbour subsystem (net/core/neighbour.c): one entry per (device,
// protocol address) with the NUD state machine and Linux's timers —
// INCOMPLETE probes retrans_time apart (ucast + app + mcast probes in all),
// then FAILED; REACHABLE for reachable_time (base_reachable_time randomised in
// [base/2, 3*base/2) from the world RNG, re-drawn when the base changes or
// every 300 s); then DELAY if the entry was used within delay_first_probe_time,
// else STALE; DELAY becomes PROBE (unicast probes) unless confirmed meanwhile.
// Packets wait in the entry's queue (unres_qlen_bytes) while it resolves, and
// are answered with the protocol's error report when it fails.
// The protocol (ARP) supplies solicit/errorReport and the hardware header.
// Proxy entries live apart, in pneigh.ts.
// Knowingly left out: garbage collection (it only runs above gc_thresh1 = 128
// entries, which the model's scenarios never reach), NTF_*
// flags other than the state, and the hh header cache.

import type { TimerHandle } from "../../sim/clock.js";
import {
  NUD_DELAY,
  NUD_FAILED,
  NUD_INCOMPLETE,
  NUD_NOARP,
  NUD_NONE,
  NUD_PERMANENT,
  NUD_PROBE,
  NUD_REACHABLE,
  NUD_STALE,
  NTF_EXT_LEARNED,
  NTF_ROUTER,
} from "../../uapi/neighbour.js";
import { kerr } from "../../uapi/errno.js";
import type { Host } from "../host.js";
import { kfreeSkbReason } from "./dev_rx.js";
import { netCore } from "./net_namespace.js";
import type { NetDevice } from "./netdevice.js";
import type { NetNamespace } from "./netns.js";
import type { SkBuff } from "./skbuff.js";
import { rtnlNeighListening, rtnlNeighNotify } from "./rtnl_notify.js";
import { appendSmall } from "./small_array.js";
import { macFromBytes } from "../../wire/addr.js";
import { packBytes, packedEquals, packMac, unpack } from "./lladdr_packed.js";
import { NS_PER_JIFFY as JIFFY } from "./jiffies.js";

export const NUD_IN_TIMER = NUD_INCOMPLETE | NUD_REACHABLE | NUD_DELAY | NUD_PROBE;
export const NUD_VALID = NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE | NUD_PROBE | NUD_STALE | NUD_DELAY;
export const NUD_CONNECTED = NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE;

const HZ_NS = 1_000_000_000;

export const NEIGH_UPDATE_F_OVERRIDE = 1;
export const NEIGH_UPDATE_F_WEAK_OVERRIDE = 2;
export const NEIGH_UPDATE_F_OVERRIDE_ISROUTER = 4;
export const NEIGH_UPDATE_F_EXT_LEARNED = 0x20;
export const NEIGH_UPDATE_F_ISROUTER = 0x40;
export const NEIGH_UPDATE_F_ADMIN = 0x80000000;

/**
 * neigh_add()'s update flags from the request's ndm_flags: an administrative
 * override (add, replace and change alike set or clear NTF_ROUTER and
 * NTF_EXT_LEARNED to what was asked); without NLM_F_REPLACE no override.
 */
export function neighAdminFlags(ndmFlags: number, replace: boolean): number {
  let f = NEIGH_UPDATE_F_ADMIN | NEIGH_UPDATE_F_OVERRIDE_ISROUTER;
  if (replace) f |= NEIGH_UPDATE_F_OVERRIDE;
  if (ndmFlags & NTF_EXT_LEARNED) f |= NEIGH_UPDATE_F_EXT_LEARNED;
  if (ndmFlags & NTF_ROUTER) f |= NEIGH_UPDATE_F_ISROUTER;
  return f;
}

/** A protocol address: IPv4 as a uint32 (ARP), IPv6 as a bigint (ndisc). */
export type NeighKey = number | bigint;

/** What a protocol plugs into the table (struct neigh_ops + table hooks). */
export interface NeighOps<K extends NeighKey = number> {
  /** Sends a probe; `probes` is the count before this one (neigh->probes). */
  solicit(n: Neighbour<K>, skb: SkBuff | undefined): void;
  /** A queued packet that will never be sent (arp_error_report). */
  errorReport(n: Neighbour<K>, skb: SkBuff): void;
  /** Builds the link-layer header and transmits (dev_hard_header + dev_queue_xmit). */
  xmit(n: Neighbour<K>, skb: SkBuff): number;
  /** arp_constructor(): the fixed address of an entry that needs no resolution (NOARP), if any. */
  construct(dev: NetDevice, key: K): Uint8Array | undefined;
  /** The key an entry is stored under (arp_constructor rewrites it); lookups still use the address asked for. */
  primaryKey?(dev: NetDevice, key: K): K;
  /** sysctl namespace of the parameters ("ipv4"). */
  parmsFamily: string;
}

/** No packets waiting: every entry shares this (frozen: a push on it would be a bug). */
const NO_SKBS: SkBuff[] = Object.freeze([]) as unknown as SkBuff[];

/**
 * A device's entries in one namespace (dev->neighbours): in creation order,
 * indexed by key once there are more than a few (a router's LAN side).
 */
interface DevNeighs<K extends NeighKey> {
  readonly tbl: NeighTable<K>;
  readonly dev: NetDevice;
  readonly ns: NetNamespace;
  list: Neighbour<K>[];
  byKey: Map<K, Neighbour<K>> | undefined;
  /** Its index in the namespace's list of records. */
  slot: number;
  /**
   * The device's next record (dev.neighRecs): another table's, or the same
   * table's in another namespace (entries made around a move).
   */
  next: DevNeighs<NeighKey> | undefined;
}

/** Up to this many entries a device's list is searched; past it a Map indexes them. */
const LIST_MAX = 8;

/** struct neighbour */
export class Neighbour<K extends NeighKey = number> {
  state = NUD_NONE;
  flags = 0;
  probes = 0;
  timer: TimerHandle | undefined = undefined;
  /** Packets waiting for resolution (arp_queue); the shared empty list when none. */
  queue: SkBuff[] = NO_SKBS;
  queueBytes = 0;
  dead = false;
  /**
   * The link-layer address (neigh->ha): a 6-byte one as a number (nearly
   * all; a Uint8Array costs ~200 bytes on the heap), any other length as
   * bytes (then `mac` is unused).
   */
  private mac = 0;
  private bytes: Uint8Array | undefined;

  constructor(
    /** The protocol address (IPv4 as uint32, IPv6 as bigint). */
    readonly key: K,
    /** Virtual ns timestamps. */
    public confirmed: number,
    public used: number,
    public updated: number,
    /** The record holding it (its table and device), and its place in the table's creation order. */
    readonly own: DevNeighs<K>,
    readonly seq: number,
    ha: Uint8Array,
  ) {
    this.setHa(ha);
  }

  get tbl(): NeighTable<K> {
    return this.own.tbl;
  }

  get dev(): NetDevice {
    return this.own.dev;
  }

  /** A copy of the link-layer address (read-only use: writing to it changes nothing). */
  get ha(): Uint8Array {
    return unpack(this.mac, this.bytes);
  }

  /** neigh->ha = a copy of `a`. */
  setHa(a: Uint8Array): void {
    this.mac = packMac(a);
    this.bytes = packBytes(a);
  }

  /** memcmp(lladdr, neigh->ha) over the whole address. */
  haEquals(a: Uint8Array): boolean {
    return packedEquals(this.mac, this.bytes, a);
  }

  /** The first (up to) six bytes of the address into a frame at `off` (dev_hard_header's destination). */
  writeHa(d: Uint8Array, off: number): void {
    if (this.bytes) {
      d.set(this.bytes.subarray(0, 6), off);
      return;
    }
    const m = this.mac;
    // (A 48-bit integer: the subtraction is exact, where `m % 2 ** 32` on a
    // double is a call to fmod, which showed in a flood's profile.)
    const hi = Math.floor(m / 2 ** 32);
    const lo = m - hi * 2 ** 32;
    d[off] = hi >>> 8;
    d[off + 1] = hi & 0xff;
    d[off + 2] = lo >>> 24;
    d[off + 3] = (lo >>> 16) & 0xff;
    d[off + 4] = (lo >>> 8) & 0xff;
    d[off + 5] = lo & 0xff;
  }

  /** The address as a number (6-byte addresses only). */
  haMac(): number {
    return this.bytes ? macFromBytes(this.bytes) : this.mac;
  }
}

interface ParmsCache {
  base: number;
  reachable: number;
  drawn: number;
}

export class NeighTable<K extends NeighKey = number> {
  /** Per namespace: the records of its devices that hold entries, in no order. */
  private readonly byNet = new WeakMap<NetNamespace, DevNeighs<K>[]>();
  private readonly parms = new WeakMap<NetDevice, ParmsCache>();
  /** Creation counter: the table's order (dumps, flushes). */
  private seq = 0;

  constructor(
    readonly name: string,
    readonly ops: NeighOps<K>,
    private readonly parm: (dev: NetDevice, name: string, dflt: number) => number,
  ) {}

  /**
   * The device's record in this table and namespace. A device's records (one
   * per table and namespace it has entries in, rarely more than two) are
   * chained from its own field, dev.neighRecs: a WeakMap keyed by the device
   * was looked up for every packet sent to a neighbour (and every multicast
   * frame's entry), and its entries cost more than a field.
   */
  private rec(dev: NetDevice, ns: NetNamespace): DevNeighs<K> | undefined {
    let r = dev.neighRecs as DevNeighs<NeighKey> | undefined;
    while (r !== undefined && (r.tbl !== (this as unknown) || r.ns !== ns)) r = r.next;
    return r as DevNeighs<K> | undefined;
  }

  private newRec(dev: NetDevice, ns: NetNamespace): DevNeighs<K> {
    const recs = this.byNet.get(ns);
    const r: DevNeighs<K> = { tbl: this, dev, ns, list: [], byKey: undefined, slot: recs ? recs.length : 0, next: dev.neighRecs as DevNeighs<NeighKey> | undefined };
    dev.neighRecs = r;
    this.byNet.set(ns, recs ? appendSmall(recs, r) : [r]);
    return r;
  }

  /** A record left empty goes (the namespace's list: swapped with its last; the device's chain: unlinked). */
  private dropRec(r: DevNeighs<K>): void {
    const recs = this.byNet.get(r.ns)!;
    const last = recs.pop()!;
    if (last !== r) {
      recs[r.slot] = last;
      last.slot = r.slot;
    }
    if (!recs.length) this.byNet.delete(r.ns);
    const dev = r.dev;
    let head = dev.neighRecs as DevNeighs<NeighKey> | undefined;
    if (head === (r as unknown)) {
      dev.neighRecs = r.next;
      return;
    }
    while (head && head.next !== (r as unknown)) head = head.next;
    if (head) head.next = r.next;
  }

  host(dev: NetDevice): Host {
    return netCore(dev.net).host;
  }

  now(dev: NetDevice): number {
    return this.host(dev).clock.now;
  }

  /** NEIGH_VAR(): parameters in ns (times) or counts. */
  retransTime(dev: NetDevice): number {
    return this.parm(dev, "retrans_time_ms", 1000) * 1_000_000;
  }
  delayProbeTime(dev: NetDevice): number {
    return this.parm(dev, "delay_first_probe_time", 5) * HZ_NS;
  }
  baseReachable(dev: NetDevice): number {
    return this.parm(dev, "base_reachable_time_ms", 30000) * 1_000_000;
  }
  locktime(dev: NetDevice): number {
    return this.parm(dev, "locktime", 100) * 10_000_000;
  }
  ucastProbes(dev: NetDevice): number {
    return this.parm(dev, "ucast_solicit", 3);
  }
  appProbes(dev: NetDevice): number {
    return this.parm(dev, "app_solicit", 0);
  }
  mcastProbes(dev: NetDevice): number {
    return this.parm(dev, "mcast_solicit", 3);
  }
  mcastReprobes(dev: NetDevice): number {
    return this.parm(dev, "mcast_resolicit", 0);
  }
  unresQlenBytes(dev: NetDevice): number {
    return this.parm(dev, "unres_qlen_bytes", 212992);
  }

  /** parms->reachable_time: neigh_rand_reach_time(base), re-drawn on a new base or after 300 s. */
  reachableTime(dev: NetDevice): number {
    const base = this.baseReachable(dev);
    const now = this.now(dev);
    let p = this.parms.get(dev);
    if (!p || p.base !== base || now - p.drawn >= 300 * HZ_NS) {
      const rng = this.host(dev).rng;
      const r = base ? rng.int(0, base - 1) + Math.floor(base / 2) : 0;
      p = { base, reachable: Math.ceil(r / JIFFY) * JIFFY, drawn: now };
      this.parms.set(dev, p);
    }
    return p.reachable;
  }

  lookup(dev: NetDevice, key: K): Neighbour<K> | undefined {
    const r = this.rec(dev, dev.net);
    if (!r) return undefined;
    if (r.byKey) return r.byKey.get(key);
    const l = r.list;
    for (let i = 0; i < l.length; i++) if (l[i]!.key === key) return l[i];
    return undefined;
  }

  /** __neigh_create() */
  create(dev: NetDevice, addr: K): Neighbour<K> {
    // ___neigh_create(): the constructor may change the key; an entry already
    // under the new key is the one returned (and updated by the caller).
    const key = this.ops.primaryKey ? this.ops.primaryKey(dev, addr) : addr;
    const have = this.lookup(dev, key);
    if (have) return have;
    const now = this.now(dev);
    const ns = dev.net;
    const r = this.rec(dev, ns) ?? this.newRec(dev, ns);
    const fixed = this.ops.construct(dev, key);
    const n = new Neighbour<K>(key, now - 2 * this.baseReachable(dev), now, now, r, this.seq++, fixed ?? new Uint8Array(dev.addr.length));
    if (fixed) n.state = NUD_NOARP;
    r.list = appendSmall(r.list, n);
    if (r.byKey) r.byKey.set(key, n);
    else if (r.list.length > LIST_MAX) r.byKey = new Map(r.list.map((e) => [e.key, e]));
    return n;
  }

  /** Every entry of a namespace, in table order. */
  entries(ns: NetNamespace): Neighbour<K>[] {
    const recs = this.byNet.get(ns);
    if (!recs) return [];
    if (recs.length === 1) return recs[0]!.list.slice();
    const all: Neighbour<K>[] = [];
    for (const r of recs) for (const n of r.list) all.push(n);
    return all.sort((a, b) => a.seq - b.seq);
  }

  /** neigh_remove_one() / neigh_flush_dev(): neigh_cleanup_and_release() tells RTNLGRP_NEIGH. */
  remove(n: Neighbour<K>): void {
    this.delTimer(n);
    n.dead = true;
    this.purgeQueue(n);
    const r = n.own;
    const i = r.list.indexOf(n);
    if (i >= 0) {
      r.list.splice(i, 1);
      r.byKey?.delete(n.key);
      if (!r.list.length) this.dropRec(r);
    }
    this.notify(n, "RTM_DELNEIGH");
  }

  /** __neigh_notify() -> neigh_fill_info(): the lladdr only while the entry is valid. */
  private notify(n: Neighbour<K>, type: "RTM_NEWNEIGH" | "RTM_DELNEIGH"): void {
    if (!rtnlNeighListening(n.dev.net)) return;
    rtnlNeighNotify(n.dev.net, {
      type,
      ndm_family: typeof n.key === "bigint" ? 10 : 2,
      ndm_ifindex: n.dev.ifindex,
      ndm_state: n.state,
      ndm_flags: n.flags,
      NDA_DST: typeof n.key === "bigint" ? { family: 6, addr: n.key } : { family: 4, addr: n.key as number },
      ...(n.state & NUD_VALID ? { NDA_LLADDR: n.ha } : {}),
    });
  }

  /** neigh_flush_dev(): forget a device's entries (all, or all but permanent ones). */
  flushDev(dev: NetDevice, skipPerm: boolean): void {
    // neigh_flush_dev() walks the device's own list (dev->neighbours), newest
    // first: the order RTNLGRP_NEIGH hears the deletions in.
    const r = this.rec(dev, dev.net);
    if (!r) return;
    const l = r.list.slice();
    for (let i = l.length - 1; i >= 0; i--) {
      const n = l[i]!;
      if (skipPerm && n.state & NUD_PERMANENT) continue;
      this.remove(n);
    }
  }

  /** Entries keyed by a device that left the namespace or vanished (neigh_ifdown on unregister). */
  forgetDev(dev: NetDevice, ns: NetNamespace): void {
    const r = this.rec(dev, ns);
    if (r) for (const n of r.list.slice()) this.remove(n);
  }

  private purgeQueue(n: Neighbour<K>): void {
    for (const skb of n.queue) kfreeSkbReason(skb, "NEIGH_FAILED");
    n.queue = NO_SKBS;
    n.queueBytes = 0;
  }

  private delTimer(n: Neighbour<K>): void {
    n.timer?.cancel();
    n.timer = undefined;
  }

  private addTimer(n: Neighbour<K>, at: number): void {
    this.delTimer(n);
    const clock = this.host(n.dev).clock;
    n.timer = clock.at(Math.max(at, clock.now), () => {
      n.timer = undefined;
      this.timerHandler(n);
    });
  }

  private maxProbes(n: Neighbour<K>): number {
    const d = n.dev;
    return this.ucastProbes(d) + this.appProbes(d) + (n.state & NUD_PROBE ? this.mcastReprobes(d) : this.mcastProbes(d));
  }

  /** neigh_probe(): solicit, then count the probe. */
  private probe(n: Neighbour<K>): void {
    const skb = n.queue[n.queue.length - 1];
    this.ops.solicit(n, skb);
    n.probes++;
  }

  /** neigh_invalidate(): report every queued packet as undeliverable. */
  private invalidate(n: Neighbour<K>): void {
    const q = n.queue;
    n.queue = NO_SKBS;
    n.queueBytes = 0;
    for (const skb of q) {
      this.ops.errorReport(n, skb);
      kfreeSkbReason(skb, "NEIGH_FAILED");
    }
  }

  /** neigh_timer_handler() */
  private timerHandler(n: Neighbour<K>): void {
    if (n.dead) return;
    let state = n.state;
    const now = this.now(n.dev);
    const dev = n.dev;
    let next = now + HZ_NS;
    // neigh_timer_handler() tells RTNLGRP_NEIGH of REACHABLE->STALE, DELAY->REACHABLE and FAILED.
    let notify = false;
    if (!(state & NUD_IN_TIMER)) return;
    if (state & NUD_REACHABLE) {
      const rt = this.reachableTime(dev);
      if (now <= n.confirmed + rt) next = n.confirmed + rt;
      else if (now <= n.used + this.delayProbeTime(dev)) {
        n.state = NUD_DELAY;
        n.updated = now;
        next = now + this.delayProbeTime(dev);
      } else {
        n.state = NUD_STALE;
        n.updated = now;
        notify = true;
      }
    } else if (state & NUD_DELAY) {
      if (now <= n.confirmed + this.delayProbeTime(dev)) {
        n.state = NUD_REACHABLE;
        n.updated = now;
        next = n.confirmed + this.reachableTime(dev);
        notify = true;
      } else {
        n.state = NUD_PROBE;
        n.updated = now;
        n.probes = 0;
        next = now + Math.max(this.retransTime(dev), 10_000_000);
      }
    } else {
      next = now + Math.max(this.retransTime(dev), 10_000_000);
    }
    state = n.state;
    if (state & (NUD_INCOMPLETE | NUD_PROBE) && n.probes >= this.maxProbes(n)) {
      n.state = NUD_FAILED;
      n.updated = now;
      this.invalidate(n);
      this.notify(n, "RTM_NEWNEIGH");
      return;
    }
    if (state & NUD_IN_TIMER) this.addTimer(n, Math.max(next, now + 10_000_000));
    if (state & (NUD_INCOMPLETE | NUD_PROBE)) {
      // A unicast probe also counts as a use of the entry.
      if (state & NUD_PROBE) n.used = now;
      this.probe(n);
    }
    if (notify) this.notify(n, "RTM_NEWNEIGH");
  }

  /**
   * __neigh_event_send(): about to send through `n`. Returns true when the
   * packet was queued (or dropped) instead of being sendable now.
   */
  eventSend(n: Neighbour<K>, skb: SkBuff | undefined): boolean {
    const now = this.now(n.dev);
    n.used = now;
    if (n.state & (NUD_CONNECTED | NUD_DELAY | NUD_PROBE)) return false;
    if (n.dead) {
      if (skb) kfreeSkbReason(skb, "NEIGH_FAILED");
      return true;
    }
    const dev = n.dev;
    let immediate = false;
    if (!(n.state & (NUD_STALE | NUD_INCOMPLETE))) {
      if (this.mcastProbes(dev) + this.appProbes(dev)) {
        n.probes = this.ucastProbes(dev);
        n.state = NUD_INCOMPLETE;
        n.updated = now;
        immediate = true;
        this.addTimer(n, now + Math.max(this.retransTime(dev), 10_000_000));
      } else {
        n.state = NUD_FAILED;
        n.updated = now;
        if (skb) kfreeSkbReason(skb, "NEIGH_FAILED");
        return true;
      }
    } else if (n.state & NUD_STALE) {
      n.state = NUD_DELAY;
      n.updated = now;
      this.addTimer(n, now + this.delayProbeTime(dev));
    }
    let queued = false;
    if (n.state === NUD_INCOMPLETE) {
      if (skb) {
        const limit = this.unresQlenBytes(dev);
        const size = skb.data.length + 256; // truesize: data plus sk_buff overhead
        while (n.queue.length && n.queueBytes + size > limit) {
          const old = n.queue.shift()!;
          n.queueBytes -= old.data.length + 256;
          kfreeSkbReason(old, "NEIGH_QUEUEFULL");
        }
        if (n.queue === NO_SKBS) n.queue = [skb];
        else n.queue.push(skb);
        n.queueBytes += size;
      }
      queued = true;
    }
    if (immediate) this.probe(n);
    return queued;
  }

  /** neigh_output(): send now if resolved (dev_queue_xmit's answer), else queue and resolve (0). */
  output(n: Neighbour<K>, skb: SkBuff): number {
    if (n.state & NUD_CONNECTED) return this.ops.xmit(n, skb);
    if (!this.eventSend(n, skb)) return this.ops.xmit(n, skb);
    return 0;
  }

  /** __neigh_update(): throws EINVAL ("No link layer address given") as the kernel does. */
  update(n: Neighbour<K>, lladdr: Uint8Array | undefined, newIn: number, flags: number): void {
    let newState = newIn;
    const old = n.state;
    const now = this.now(n.dev);
    if (!(flags & NEIGH_UPDATE_F_ADMIN) && old & (NUD_NOARP | NUD_PERMANENT)) return;
    if (n.dead) return;
    // neigh_update_flags() and, at `out:`, neigh_update_is_router(): a changed flag notifies too.
    const flagsChanged = this.updateFlags(n, flags);
    if (!(newState & NUD_VALID)) {
      this.delTimer(n);
      n.state = newState;
      let notify = (old & NUD_VALID) !== 0 || flagsChanged;
      if (old & (NUD_INCOMPLETE | NUD_PROBE) && newState & NUD_FAILED) {
        this.invalidate(n);
        notify = true;
      }
      if (notify) this.notify(n, "RTM_NEWNEIGH");
      return;
    }
    // The new address, or undefined to keep the entry's (the kernel's `lladdr = neigh->ha`).
    let addr: Uint8Array | undefined;
    if (!n.dev.addr.length) addr = undefined;
    else if (lladdr) addr = old & NUD_VALID && n.haEquals(lladdr) ? undefined : lladdr;
    else {
      if (!(old & NUD_VALID)) throw kerr("EINVAL", "No link layer address given");
      addr = undefined;
    }
    if (newState & NUD_CONNECTED) n.confirmed = now;
    if (old & NUD_VALID) {
      if (addr !== undefined && !(flags & NEIGH_UPDATE_F_OVERRIDE)) {
        if (flags & NEIGH_UPDATE_F_WEAK_OVERRIDE && old & NUD_CONNECTED) {
          addr = undefined;
          newState = NUD_STALE;
        } else {
          if (flagsChanged) this.notify(n, "RTM_NEWNEIGH");
          return;
        }
      } else if (addr === undefined && newState === NUD_STALE && !(flags & NEIGH_UPDATE_F_ADMIN)) {
        newState = old;
      }
    }
    if (newState !== old || addr !== undefined) n.updated = now;
    // neigh_update_notify(): a new state or a new address.
    const notify = newState !== old || addr !== undefined || flagsChanged;
    if (newState !== old) {
      this.delTimer(n);
      if (newState & NUD_PROBE) n.probes = 0;
      if (newState & NUD_IN_TIMER) this.addTimer(n, now + (newState & NUD_REACHABLE ? this.reachableTime(n.dev) : 0));
      n.state = newState;
    }
    if (addr !== undefined) {
      n.setHa(addr);
      if (!(newState & NUD_CONNECTED)) n.confirmed = now - 2 * this.baseReachable(n.dev);
    }
    if (notify) this.notify(n, "RTM_NEWNEIGH");
    if (newState === old) return;
    if (!(old & NUD_VALID)) {
      // Resolved: the packets that waited go out now.
      const q = n.queue;
      n.queue = NO_SKBS;
      n.queueBytes = 0;
      for (const skb of q) this.output(n, skb);
    }
  }

  /** The NTF_EXT_LEARNED (admin) and NTF_ROUTER (OVERRIDE_ISROUTER) parts of an update; true when one changed. */
  private updateFlags(n: Neighbour<K>, flags: number): boolean {
    const old = n.flags;
    if (flags & NEIGH_UPDATE_F_ADMIN) n.flags = flags & NEIGH_UPDATE_F_EXT_LEARNED ? n.flags | NTF_EXT_LEARNED : n.flags & ~NTF_EXT_LEARNED;
    if (flags & NEIGH_UPDATE_F_OVERRIDE_ISROUTER) n.flags = flags & NEIGH_UPDATE_F_ISROUTER ? n.flags | NTF_ROUTER : n.flags & ~NTF_ROUTER;
    return n.flags !== old;
  }

  /** Time stamps for NDA_CACHEINFO, in USER_HZ ticks ago. */
  cacheinfo(n: Neighbour<K>): { used: number; confirmed: number; updated: number; refcnt: number } {
    const now = this.now(n.dev);
    const t = (x: number) => Math.max(0, Math.floor((now - x) / 10_000_000));
    return { used: t(n.used), confirmed: t(n.confirmed), updated: t(n.updated), refcnt: n.timer ? 1 : 0 };
  }
}
