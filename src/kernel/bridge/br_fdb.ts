// The forwarding database (net/bridge/br_fdb.c): source addresses learned per
// port, local entries for the bridge's and its ports' own addresses, entries
// added by the user (`bridge fdb add ... master`), and ageing.
//
// List order is the kernel's fdb_list: a new entry goes to the head, an
// updated or replaced one keeps its place (the Map keeps insertion order;
// fdbList() reverses it). Ageing: the kernel's gc work re-arms itself for the
// next expiry and deletes an entry when ageing_time has passed since it was
// last seen, so an expired entry is never shown as "stale"; here an expired
// learned entry is dropped the first time anyone looks (lookup, dump), which
// is indistinguishable from the outside.
//
// The table is keyed by the address as one 48-bit number (macKey), not its
// text: a lookup per frame then formats nothing.

import { formatMac, isValidEtherAddr } from "../core/netdevice.js";
import { rtnlNeighListening, rtnlNeighNotify } from "../core/rtnl_notify.js";
import type { FdbEntry, NetBridge, NetBridgePort } from "./br_private.js";

const NUD_BITS = { PERMANENT: 0x80, NOARP: 0x40, REACHABLE: 0x02 } as const;

/**
 * fdb_notify() -> fdb_fill_info(): RTNLGRP_NEIGH hears of entries created,
 * moved or deleted (AF_BRIDGE, the port's ifindex or the bridge's
 * for its own address, NDA_MASTER). Lazy expiry is not notified (the kernel's
 * gc would at the expiry time).
 */
function fdbNotify(br: NetBridge, e: FdbEntry, type: "RTM_NEWNEIGH" | "RTM_DELNEIGH"): void {
  if (!rtnlNeighListening(br.dev.net)) return;
  rtnlNeighNotify(br.dev.net, {
    type,
    ndm_family: 7,
    ndm_ifindex: e.dst ? e.dst.dev.ifindex : br.dev.ifindex,
    ndm_state: NUD_BITS[fdbToNud(e)],
    // fdb_fill_info(): no NTF_MASTER in the flags (NDA_MASTER names the bridge).
    ndm_flags: 0,
    NDA_LLADDR: e.addr.slice(),
    NDA_MASTER: br.dev.ifindex,
  });
}

/** The 6 bytes of a MAC address (at `off`) as one exact integer (48 bits fit a double). */
export function macKey(a: Uint8Array, off = 0): number {
  return (a[off]! * 0x10000 + ((a[off + 1]! << 8) | a[off + 2]!)) * 0x1000000 + ((a[off + 3]! << 16) | (a[off + 4]! << 8) | a[off + 5]!);
}

function ageingNs(br: NetBridge): number {
  return br.ageingTime * 10_000_000;
}

function expired(br: NetBridge, e: FdbEntry, now: number): boolean {
  return !e.isStatic && !e.isLocal && now - e.updated > ageingNs(br);
}

/** br_fdb_find() with lazy ageing. */
export function fdbFind(br: NetBridge, addr: Uint8Array, now: number): FdbEntry | undefined {
  return fdbFindKey(br, macKey(addr), now);
}

/** fdbFind() of the address in a frame's bytes at `off` (no view of them needed). */
export function fdbFindAt(br: NetBridge, frame: Uint8Array, off: number, now: number): FdbEntry | undefined {
  return fdbFindKey(br, macKey(frame, off), now);
}

function fdbFindKey(br: NetBridge, key: number, now: number): FdbEntry | undefined {
  const e = br.fdb.get(key);
  if (!e) return undefined;
  if (expired(br, e, now)) {
    br.fdb.delete(key);
    return undefined;
  }
  return e;
}

/** br_fdb_update(): learn (or refresh) where a source address lives. */
export function fdbUpdate(br: NetBridge, port: NetBridgePort, addr: Uint8Array, now: number): void {
  fdbUpdateAt(br, port, addr, 0, now);
}

/** fdbUpdate() of the address in a frame's bytes at `off`. */
export function fdbUpdateAt(br: NetBridge, port: NetBridgePort, frame: Uint8Array, off: number, now: number): void {
  const key = macKey(frame, off);
  const e = fdbFindKey(br, key, now);
  if (e) {
    // br_fdb_update(): a local entry never moves; any other, static ones included
    // (only NTF_STICKY, not modelled, would hold it), follows its address to the new port.
    if (e.isLocal) return;
    const moved = e.dst !== port;
    e.dst = port;
    e.updated = now;
    if (moved) fdbNotify(br, e, "RTM_NEWNEIGH");
    return;
  }
  const n: FdbEntry = { addr: frame.slice(off, off + 6), dst: port, isLocal: false, isStatic: false, updated: now, used: now, addedByUser: false };
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
  const n: FdbEntry = { addr: addr.slice(), dst: port, isLocal: true, isStatic: true, updated: now, used: now, addedByUser: false };
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

/** br_fdb_delete_by_port(): everything learned on, or owned by, a leaving port. */
export function fdbDeleteByPort(br: NetBridge, port: NetBridgePort, doAll = true): void {
  // fdb_list order: newest first.
  for (const [k, e] of [...br.fdb].reverse()) {
    if (e.dst !== port) continue;
    // Without do_all, local and static entries stay.
    if (!doAll && (e.isLocal || e.isStatic)) continue;
    br.fdb.delete(k);
    fdbNotify(br, e, "RTM_DELNEIGH");
  }
}

/** Entries for `brctl showmacs`, in address order (brctl sorts them itself). */
export function fdbEntries(br: NetBridge, now: number): FdbEntry[] {
  return fdbList(br, now).sort((a, b) => (formatMac(a.addr) < formatMac(b.addr) ? -1 : 1));
}

/** The live entries in fdb_list order (newest first), as br_fdb_dump walks them. */
export function fdbList(br: NetBridge, now: number): FdbEntry[] {
  const out: FdbEntry[] = [];
  for (const [k, e] of [...br.fdb]) {
    if (expired(br, e, now)) br.fdb.delete(k);
    else out.push(e);
  }
  return out.reverse();
}

/** NUD_* of an entry as fdb_fill_info reports it (fdb_to_nud). */
export function fdbToNud(e: FdbEntry): "PERMANENT" | "NOARP" | "REACHABLE" {
  if (e.isLocal) return "PERMANENT";
  if (e.isStatic) return "NOARP";
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
  state: { permanent: boolean; noarp: boolean },
  flags: { create: boolean; excl: boolean },
  now: number,
): FdbAddResult {
  // A port that cannot learn takes only local and static entries.
  if (source && !state.permanent && !state.noarp && source.state !== 2 && source.state !== 3) return "EPERM";
  if (!source && !state.permanent) return "EINVAL";
  const key = macKey(addr);
  let e = fdbFind(br, addr, now);
  if (!e) {
    if (!flags.create) return "ENOENT";
    e = { addr: addr.slice(), dst: source, isLocal: false, isStatic: false, updated: now, used: now, addedByUser: true };
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
  e.addedByUser = true;
  e.used = now;
  e.updated = now;
  fdbNotify(br, e, "RTM_NEWNEIGH");
  return "ok";
}

/** fdb_delete_by_addr_and_port(): `bridge fdb del ADDR dev PORT master`. */
export function fdbDeleteByAddrAndPort(br: NetBridge, port: NetBridgePort | undefined, addr: Uint8Array, now: number): boolean {
  const e = fdbFind(br, addr, now);
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
      const f = (e.isLocal ? BR_FDB_LOCAL : 0) | (e.isStatic ? BR_FDB_STATIC : 0) | (e.addedByUser ? BR_FDB_ADDED_BY_USER : 0);
      if ((f & desc.flagsMask) !== desc.flags) continue;
    }
    br.fdb.delete(k);
    fdbNotify(br, e, "RTM_DELNEIGH");
  }
}
