// The forwarding database (net/bridge/br_fdb.c): source addresses learned per
// port, local entries for the bridge's and its ports' own addresses, entries
// added by the user (`bridge fdb add ... master`), and ageing.
//
// List order is the kernel's fdb_list: a new entry goes to the head, an
// updated or replaced one keeps its place (the Map keeps insertion order;
// fdbList() reverses it). Ageing is the kernel's gc work (br_fdb_cleanup): a
// delayed work started when the bridge opens (after HZ/10), run again at once
// when ageing_time is set, and re-armed by each run for the next expiry (at
// least 10 ms on); a run deletes, with an RTM_DELNEIGH, every learned or
// dynamic entry whose hold time (ageing_time, or forward_delay during an STP
// topology change) has passed. Between its expiry and the next run an entry
// is still used and is shown "stale" (fdb_to_nud) — what a topology change,
// which shortens the hold time without waking the work, makes visible.
//
// The table is keyed by the address as one 48-bit number (macKey), not its
// text: a lookup per frame then formats nothing.

import { macBytes } from "../core/skbuff.js";
import { etherAddrEqual, formatMac, isValidEtherAddr } from "../core/netdevice.js";
import { rtnlNeighListening, rtnlNeighNotify } from "../core/rtnl_notify.js";
import type { FdbEntry, NetBridge, NetBridgePort } from "./br_private.js";
import { clockTToJiffies, jiffiesToNs, msecsToJiffies, nsToJiffies } from "../core/jiffies.js";
import { netCore } from "../core/net_namespace.js";
import { timerWheelDelay } from "../core/timer_wheel.js";
import { NTF_STICKY } from "../../uapi/neighbour.js";

const NUD_BITS = { PERMANENT: 0x80, NOARP: 0x40, REACHABLE: 0x02, STALE: 0x04 } as const;

/**
 * fdb_notify() -> fdb_fill_info(): RTNLGRP_NEIGH hears of entries created,
 * moved or deleted (AF_BRIDGE, the port's ifindex or the bridge's
 * for its own address, NDA_MASTER). An expired entry is notified
 * (RTM_DELNEIGH) when the gc work deletes it (fdbCleanup).
 */
function fdbNotify(br: NetBridge, e: FdbEntry, type: "RTM_NEWNEIGH" | "RTM_DELNEIGH"): void {
  if (!rtnlNeighListening(br.dev.net)) return;
  rtnlNeighNotify(br.dev.net, {
    type,
    ndm_family: 7,
    ndm_ifindex: e.dst ? e.dst.dev.ifindex : br.dev.ifindex,
    ndm_state: NUD_BITS[fdbToNud(e, br, netCore(br.dev.net).host.clock.now)],
    // fdb_fill_info(): no NTF_MASTER in the flags (NDA_MASTER names the bridge).
    ndm_flags: e.sticky ? NTF_STICKY : 0,
    NDA_LLADDR: e.addr.slice(),
    NDA_MASTER: br.dev.ifindex,
  });
}

/** The 6 bytes of a MAC address (at `off`) as one exact integer (48 bits fit a double). */
export function macKey(a: Uint8Array, off = 0): number {
  return (a[off]! * 0x10000 + ((a[off + 1]! << 8) | a[off + 2]!)) * 0x1000000 + ((a[off + 3]! << 16) | (a[off + 4]! << 8) | a[off + 5]!);
}

/** hold_time(): how long an entry lives, in jiffies (kept in centiseconds here: clock_t -> jiffies). */
function holdJiffies(br: NetBridge): number {
  return clockTToJiffies(br.topologyChange ? br.forwardDelay : br.ageingTime);
}

/** has_expired(): a learned or dynamic entry whose hold time has passed (the gc deletes it at its next run). */
export function fdbHasExpired(br: NetBridge, e: FdbEntry, now: number): boolean {
  if (e.isStatic || e.isLocal) return false;
  return nsToJiffies(e.updated) + holdJiffies(br) <= nsToJiffies(now);
}

/** br_fdb_find() */
export function fdbFind(br: NetBridge, addr: Uint8Array): FdbEntry | undefined {
  return br.fdb.get(macKey(addr));
}

/** fdbFind() of the address in a frame's bytes at `off` (no view of them needed). */
export function fdbFindAt(br: NetBridge, frame: Uint8Array, off: number): FdbEntry | undefined {
  return br.fdb.get(macKey(frame, off));
}

/** mod_delayed_work(system_long_wq, &br->gc_work, delay): `delayJ` jiffies (0: at once). */
export function fdbGcSchedule(br: NetBridge, delayJ: number): void {
  br.gcWork?.cancel();
  const clock = netCore(br.dev.net).host.clock;
  const at = delayJ === 0 ? clock.now : clock.now + timerWheelDelay(clock.now, jiffiesToNs(delayJ));
  br.gcWork = clock.at(at, () => {
    br.gcWork = undefined;
    fdbCleanup(br);
  });
}

/** cancel_delayed_work_sync(&br->gc_work): the bridge went down. */
export function fdbGcCancel(br: NetBridge): void {
  br.gcWork?.cancel();
  br.gcWork = undefined;
}

/** br_fdb_cleanup(): the gc work. */
function fdbCleanup(br: NetBridge): void {
  const now = netCore(br.dev.net).host.clock.now;
  const nowJ = nsToJiffies(now);
  const delay = holdJiffies(br);
  let workDelay = delay;
  // Only the expired entries are collected (not a copy of the whole table);
  // they go in fdb_list order (newest first), i.e. from the end of the list.
  const expired: [number, FdbEntry][] = [];
  for (const [k, e] of br.fdb) {
    if (e.isStatic || e.isLocal) continue;
    const thisTimer = nsToJiffies(e.updated) + delay;
    if (thisTimer > nowJ) workDelay = Math.min(workDelay, thisTimer - nowJ);
    else expired.push([k, e]);
  }
  for (let i = expired.length - 1; i >= 0; i--) {
    const [k, e] = expired[i]!;
    // A listener of the notification may have changed the table.
    if (br.fdb.get(k) !== e) continue;
    br.fdb.delete(k);
    fdbNotify(br, e, "RTM_DELNEIGH");
  }
  // Cleanup minimum 10 milliseconds apart.
  fdbGcSchedule(br, Math.max(workDelay, msecsToJiffies(10)));
}

/** br_fdb_update(): learn (or refresh) where a source address lives. */
export function fdbUpdate(br: NetBridge, port: NetBridgePort, addr: Uint8Array, now: number): void {
  fdbUpdateAt(br, port, addr, 0, now);
}

/** fdbUpdate() of the address in a frame's bytes at `off`. */
export function fdbUpdateAt(br: NetBridge, port: NetBridgePort, frame: Uint8Array, off: number, now: number): void {
  const key = macKey(frame, off);
  const e = br.fdb.get(key);
  if (e) {
    // br_fdb_update(): a local entry never moves; any other, static ones included,
    // follows its address to the new port unless it is sticky (refreshed in place).
    if (e.isLocal) return;
    const moved = e.dst !== port && !e.sticky;
    if (moved) e.dst = port;
    e.updated = now;
    if (moved) fdbNotify(br, e, "RTM_NEWNEIGH");
    return;
  }
  const n: FdbEntry = { addr: macBytes(frame, off), dst: port, isLocal: false, isStatic: false, updated: now, used: now, addedByUser: false, sticky: false };
  br.fdb.set(key, n);
  fdbNotify(br, n, "RTM_NEWNEIGH");
}

/** br_fdb_add_local() / fdb_add_local(): a port's (or the bridge's) own address; a learned entry for it goes. */
export function fdbInsertLocal(br: NetBridge, port: NetBridgePort | undefined, addr: Uint8Array, now: number): void {
  if (!isValidEtherAddr(addr)) return;
  const key = macKey(addr);
  const e = br.fdb.get(key);
  if (e?.isLocal) return;
  if (e) {
    br.fdb.delete(key);
    fdbNotify(br, e, "RTM_DELNEIGH");
  }
  const n: FdbEntry = { addr: macBytes(addr), dst: port, isLocal: true, isStatic: true, updated: now, used: now, addedByUser: false, sticky: false };
  br.fdb.set(key, n);
  fdbNotify(br, n, "RTM_NEWNEIGH");
}

/**
 * br_fdb_change_mac_address(): the bridge's own address changed (a port's MAC
 * taken over, or set by the user): its old entry goes unless the user added
 * it, the new one is added unless a port already owns that address.
 */
export function fdbChangeMacAddress(br: NetBridge, newaddr: Uint8Array, now: number): void {
  // The matching keys first (not a copy of the whole table: a 1 000-port
  // bridge holds over 1 000 entries); notifying changes no entry.
  const gone: number[] = [];
  for (const [k, e] of br.fdb) if (e.isLocal && !e.dst && !e.addedByUser) gone.push(k);
  for (const k of gone) {
    const e = br.fdb.get(k)!;
    br.fdb.delete(k);
    fdbNotify(br, e, "RTM_DELNEIGH");
  }
  fdbInsertLocal(br, undefined, newaddr, now);
}

/**
 * fdb_delete_local(): a port's own address entry, as the port leaves or changes address, passes
 * quietly to another port with the same address, else to the bridge itself when the bridge has that
 * address (br_fdb_change_mac_address removes it later, naming the bridge); only otherwise it goes.
 */
function fdbDeleteLocal(br: NetBridge, port: NetBridgePort, key: number, e: FdbEntry): void {
  for (const op of br.ports) {
    if (op !== port && etherAddrEqual(op.dev.addr, e.addr)) {
      e.dst = op;
      e.addedByUser = false;
      return;
    }
  }
  if (etherAddrEqual(br.dev.addr, e.addr)) {
    e.dst = undefined;
    e.addedByUser = false;
    return;
  }
  br.fdb.delete(key);
  fdbNotify(br, e, "RTM_DELNEIGH");
}

/** br_fdb_delete_by_port(): everything learned on, or owned by, a leaving port. */
export function fdbDeleteByPort(br: NetBridge, port: NetBridgePort, doAll = true): void {
  // fdb_list order: newest first.
  for (const [k, e] of [...br.fdb].reverse()) {
    if (e.dst !== port) continue;
    // Without do_all, local and static entries stay.
    if (!doAll && (e.isLocal || e.isStatic)) continue;
    if (e.isLocal) {
      fdbDeleteLocal(br, port, k, e);
      continue;
    }
    br.fdb.delete(k);
    fdbNotify(br, e, "RTM_DELNEIGH");
  }
}

/**
 * br_fdb_changeaddr(): a port's address changed: its first own-address entry not added by the user
 * goes (fdb_delete_local; without VLANs the walk stops there), then the new address is inserted.
 */
export function fdbChangeAddr(br: NetBridge, port: NetBridgePort, newaddr: Uint8Array, now: number): void {
  for (const [k, e] of [...br.fdb].reverse()) {
    if (e.dst === port && e.isLocal && !e.addedByUser) {
      fdbDeleteLocal(br, port, k, e);
      break;
    }
  }
  fdbInsertLocal(br, port, newaddr, now);
}

/**
 * br_fdb_fillbuf(): what brctl reads (BRCTL_GET_FDB, the brforward file): the
 * port entries in fdb_list order; the bridge's own address (an entry with no
 * port) and expired entries the gc has not yet collected are left out.
 */
export function fdbFillbuf(br: NetBridge, now: number): FdbEntry[] {
  return fdbList(br).filter((e) => e.dst !== undefined && !fdbHasExpired(br, e, now));
}

/** Entries for `brctl showmacs` (br_fdb_fillbuf), in address order (brctl sorts them itself). */
export function fdbEntries(br: NetBridge, now: number): FdbEntry[] {
  return fdbFillbuf(br, now).sort((a, b) => (formatMac(a.addr) < formatMac(b.addr) ? -1 : 1));
}

/** The entries in fdb_list order (newest first), as br_fdb_dump walks them. */
export function fdbList(br: NetBridge): FdbEntry[] {
  return [...br.fdb.values()].reverse();
}

/** NUD_* of an entry as fdb_fill_info reports it (fdb_to_nud). */
export function fdbToNud(e: FdbEntry, br: NetBridge, now: number): "PERMANENT" | "NOARP" | "REACHABLE" | "STALE" {
  if (e.isLocal) return "PERMANENT";
  if (e.isStatic) return "NOARP";
  if (fdbHasExpired(br, e, now)) return "STALE";
  return "REACHABLE";
}

export type FdbAddResult = "ok" | "EEXIST" | "ENOENT" | "EPERM" | "EINVAL";

/**
 * fdb_add_entry(): `bridge fdb add|replace|append ADDR dev PORT master`.
 * state: what NUD_* bits the request carried.
 */
export function fdbAddEntry(
  br: NetBridge,
  source: NetBridgePort | undefined,
  addr: Uint8Array,
  state: { permanent: boolean; noarp: boolean; sticky?: boolean },
  flags: { create: boolean; excl: boolean },
  now: number,
): FdbAddResult {
  // A port that cannot learn takes only local and static entries.
  if (source && !state.permanent && !state.noarp && source.state !== 2 && source.state !== 3) return "EPERM";
  if (!source && !state.permanent) return "EINVAL";
  const key = macKey(addr);
  let e = fdbFind(br, addr);
  if (!e) {
    if (!flags.create) return "ENOENT";
    e = { addr: macBytes(addr), dst: source, isLocal: false, isStatic: false, updated: now, used: now, addedByUser: true, sticky: false };
    br.fdb.set(key, e);
  } else {
    if (flags.excl) return "EEXIST";
    e.dst = source;
  }
  if (state.permanent) {
    e.isLocal = true;
    e.isStatic = true;
  } else if (state.noarp) {
    e.isLocal = false;
    e.isStatic = true;
  } else {
    e.isLocal = false;
    e.isStatic = false;
  }
  // BR_FDB_STICKY follows the request: a replace without `sticky` clears it.
  e.sticky = !!state.sticky;
  e.addedByUser = true;
  e.used = now;
  e.updated = now;
  fdbNotify(br, e, "RTM_NEWNEIGH");
  return "ok";
}

/** fdb_delete_by_addr_and_port(): `bridge fdb del ADDR dev PORT master`. */
export function fdbDeleteByAddrAndPort(br: NetBridge, port: NetBridgePort | undefined, addr: Uint8Array, now: number): boolean {
  const e = fdbFind(br, addr);
  if (!e || e.dst !== port) return false;
  br.fdb.delete(macKey(addr));
  fdbNotify(br, e, "RTM_DELNEIGH");
  return true;
}

/** BR_FDB_LOCAL, BR_FDB_STATIC, BR_FDB_STICKY, BR_FDB_ADDED_BY_USER, BR_FDB_ADDED_BY_EXT_LEARN, BR_FDB_OFFLOADED as bits. */
export const BR_FDB_LOCAL = 1;
export const BR_FDB_STATIC = 2;
export const BR_FDB_STICKY = 4;
export const BR_FDB_ADDED_BY_USER = 8;
export const BR_FDB_ADDED_BY_EXT_LEARN = 16;
export const BR_FDB_OFFLOADED = 32;

/** struct net_bridge_fdb_flush_desc */
export interface FdbFlushDesc {
  flags: number;
  flagsMask: number;
  portIfindex: number;
  vlanId: number;
}

/** br_fdb_flush(): every entry __fdb_flush_matches() takes, notified (the bridge's own addresses too when nothing filters). */
export function fdbFlush(br: NetBridge, desc: FdbFlushDesc): void {
  // fdb_list order: newest first.
  for (const [k, e] of [...br.fdb].reverse()) {
    // Every entry is VLAN 0 without VLAN filtering.
    if (desc.vlanId) continue;
    if (desc.portIfindex && desc.portIfindex !== (e.dst ? e.dst.dev.ifindex : br.dev.ifindex)) continue;
    if (desc.flagsMask) {
      const f = (e.isLocal ? BR_FDB_LOCAL : 0) | (e.isStatic ? BR_FDB_STATIC : 0) | (e.addedByUser ? BR_FDB_ADDED_BY_USER : 0) | (e.sticky ? BR_FDB_STICKY : 0);
      if ((f & desc.flagsMask) !== desc.flags) continue;
    }
    br.fdb.delete(k);
    fdbNotify(br, e, "RTM_DELNEIGH");
  }
}
