// Proxy neighbour entries (net/core/neighbour.c pneigh_*): per namespace and
// table (arp_tbl, nd_tbl), a key (the protocol address) and an optional
// device, kept in PNEIGH_HASHMASK + 1 buckets by pneigh_hash() of the key's
// last four bytes, each bucket newest first — the order a dump walks them.
// `ip neigh add proxy ADDR [dev DEV]` makes them; ARP answers for them
// (arp_process); a device going down or away takes its entries with it
// (pneigh_ifdown from neigh_ifdown).

import { NTF_PROXY, NUD_NONE, type NdMsg } from "../../uapi/neighbour.js";
import { RTN_UNICAST } from "../../uapi/route.js";
import type { NetDevice } from "./netdevice.js";
import type { NetNamespace } from "./netns.js";

export type PneighKey = number | bigint;

export interface PneighEntry {
  key: PneighKey;
  /** No device: the entry answers on every device. */
  dev?: NetDevice;
  /** NTF_* given at creation (NTF_PROXY is added on the way out). */
  flags: number;
  /** NDA_PROTOCOL (0 = none). */
  protocol: number;
}

const PNEIGH_BUCKETS = 16;

/** Per namespace: arp_tbl's (false) and nd_tbl's (true) buckets. */
const tables = new WeakMap<NetNamespace, { v4?: PneighEntry[][]; v6?: PneighEntry[][] }>();

function buckets(net: NetNamespace, v6: boolean, create: boolean): PneighEntry[][] | undefined {
  let t = tables.get(net);
  if (!t) {
    if (!create) return undefined;
    tables.set(net, (t = {}));
  }
  const k = v6 ? "v6" : "v4";
  let b = t[k];
  if (!b && create) b = t[k] = Array.from({ length: PNEIGH_BUCKETS }, () => []);
  return b;
}

/** The key's last four bytes as a little-endian u32 (the address is in network order). */
function lastWord(key: PneighKey): number {
  const w = typeof key === "bigint" ? Number(key & 0xffffffffn) : key;
  return (((w & 0xff) << 24) | ((w & 0xff00) << 8) | ((w >>> 8) & 0xff00) | (w >>> 24)) >>> 0;
}

/** pneigh_hash() */
function pneighHash(key: PneighKey): number {
  let h = lastWord(key);
  h ^= h >>> 16;
  h ^= h >>> 8;
  h ^= h >>> 4;
  return h & (PNEIGH_BUCKETS - 1);
}

/**
 * pneigh_lookup(): the entry for `key` on `dev` — an entry without a device
 * matches any — made (at the head of its bucket) when `create` and missing.
 */
export function pneighLookup(net: NetNamespace, key: PneighKey, dev: NetDevice | undefined, create: boolean): PneighEntry | undefined {
  const b = buckets(net, typeof key === "bigint", create);
  if (!b) return undefined;
  const bucket = b[pneighHash(key)]!;
  const found = bucket.find((e) => e.key === key && (e.dev === dev || !e.dev));
  if (found || !create) return found;
  const e: PneighEntry = { key, dev, flags: 0, protocol: 0 };
  bucket.unshift(e);
  return e;
}

/** pneigh_delete(): the entry for exactly this key and device; false if there is none. */
export function pneighDelete(net: NetNamespace, key: PneighKey, dev: NetDevice | undefined): boolean {
  const bucket = buckets(net, typeof key === "bigint", false)?.[pneighHash(key)];
  const i = bucket ? bucket.findIndex((e) => e.key === key && e.dev === dev) : -1;
  if (i < 0) return false;
  bucket!.splice(i, 1);
  return true;
}

/** Whether a namespace holds any entry of one table (a quick test before parsing for one). */
export function pneighAny(net: NetNamespace, v6: boolean): boolean {
  const b = buckets(net, v6, false);
  return !!b && b.some((x) => x.length > 0);
}

/** pneigh_dump_table(): every entry of one table, bucket by bucket. */
export function pneighEntries(net: NetNamespace, v6: boolean): PneighEntry[] {
  const b = buckets(net, v6, false);
  return b ? b.flat() : [];
}

/** pneigh_ifdown(): the device's entries go (NETDEV_DOWN, unregister). */
export function pneighIfdown(dev: NetDevice, v6: boolean): void {
  const b = buckets(dev.net, v6, false);
  if (!b) return;
  for (let i = 0; i < b.length; i++) if (b[i]!.some((e) => e.dev === dev)) b[i] = b[i]!.filter((e) => e.dev !== dev);
}

/** neigh_add() with NTF_PROXY: made or updated (flags always, the protocol when given). */
export function pneighAdd(net: NetNamespace, key: PneighKey, dev: NetDevice | undefined, flags: number, protocol: number): void {
  const e = pneighLookup(net, key, dev, true)!;
  e.flags = flags;
  if (protocol) e.protocol = protocol;
}

/** pneigh_fill_info() for a dump of one table, optionally of one device (a device filter leaves device-less entries out). */
export function pneighDump(net: NetNamespace, v6: boolean, ifindex: number | undefined): NdMsg[] {
  const out: NdMsg[] = [];
  for (const e of pneighEntries(net, v6)) {
    if (ifindex && e.dev?.ifindex !== ifindex) continue;
    out.push(pneighMsg(e));
  }
  return out;
}

function pneighMsg(e: PneighEntry): NdMsg {
  const m: NdMsg = {
    ndm_family: typeof e.key === "bigint" ? 10 : 2,
    ndm_ifindex: e.dev ? e.dev.ifindex : 0,
    ndm_state: NUD_NONE,
    ndm_flags: e.flags | NTF_PROXY,
    ndm_type: RTN_UNICAST,
    NDA_DST: typeof e.key === "bigint" ? 0 : e.key,
    NDA_CACHEINFO: { ndm_used: 0, ndm_confirmed: 0, ndm_updated: 0, ndm_refcnt: 0 },
    NDA_PROBES: 0,
  };
  if (typeof e.key === "bigint") m.NDA_DST6 = e.key;
  if (e.protocol) m.NDA_PROTOCOL = e.protocol;
  return m;
}
