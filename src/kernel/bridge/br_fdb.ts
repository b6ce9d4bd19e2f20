// The forwarding database (net/bridge/br_fdb.c): source addresses learned per
// port, local entries for the bridge's and its ports' own addresses, and
// ageing (entries older than ageing_time are ignored and removed on lookup).

import { formatMac } from "../core/netdevice.js";
import type { FdbEntry, NetBridge, NetBridgePort } from "./br_private.js";

function ageingNs(br: NetBridge): number {
  return br.ageingTime * 10_000_000;
}

/** br_fdb_find() with lazy ageing. */
export function fdbFind(br: NetBridge, addr: Uint8Array, now: number): FdbEntry | undefined {
  const key = formatMac(addr);
  const e = br.fdb.get(key);
  if (!e) return undefined;
  if (!e.isStatic && !e.isLocal && now - e.updated > ageingNs(br)) {
    br.fdb.delete(key);
    return undefined;
  }
  return e;
}

/** br_fdb_update(): learn (or refresh) where a source address lives. */
export function fdbUpdate(br: NetBridge, port: NetBridgePort, addr: Uint8Array, now: number): void {
  const key = formatMac(addr);
  const e = br.fdb.get(key);
  if (e) {
    if (e.isLocal || e.isStatic) return;
    e.dst = port;
    e.updated = now;
    return;
  }
  br.fdb.set(key, { addr: addr.slice(), dst: port, isLocal: false, isStatic: false, updated: now });
}

/** br_fdb_add_local() / fdb_insert(): a port's (or the bridge's) own address. */
export function fdbInsertLocal(br: NetBridge, port: NetBridgePort | undefined, addr: Uint8Array, now: number): void {
  const key = formatMac(addr);
  const e = br.fdb.get(key);
  if (e?.isLocal) return;
  br.fdb.set(key, { addr: addr.slice(), dst: port, isLocal: true, isStatic: true, updated: now });
}

/** br_fdb_delete_by_port(): everything learned on, or owned by, a leaving port. */
export function fdbDeleteByPort(br: NetBridge, port: NetBridgePort): void {
  for (const [k, e] of [...br.fdb]) if (e.dst === port) br.fdb.delete(k);
}

/** Entries for `brctl showmacs` / `bridge fdb`, in the kernel's hash order replaced by address order. */
export function fdbEntries(br: NetBridge, now: number): FdbEntry[] {
  const out: FdbEntry[] = [];
  for (const e of [...br.fdb.values()]) {
    if (fdbFind(br, e.addr, now)) out.push(e);
  }
  return out.sort((a, b) => (formatMac(a.addr) < formatMac(b.addr) ? -1 : 1));
}
