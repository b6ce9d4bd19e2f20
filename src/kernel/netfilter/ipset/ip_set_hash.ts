// The hash:* set types (net/netfilter/ipset/ip_set_hash_gen.h and
// ip_set_hash_{ip,net,ipport,netport}.c), family inet. An element is an
// address (with a prefix length for the net types) and, for the ,port types,
// a protocol and port. Entries may carry a timeout (on the virtual clock),
// packet/byte counters and a comment.
//
// Where we differ: the kernel walks its buckets in an order set by a random
// hash seed (initval), so its listing order is random; we keep insertion order
// (goldens sort member lines, test/golden/README.md). Expired entries are
// dropped when the set is next touched (the kernel's gc runs every few
// seconds but lookups already skip them). The size shown by `list` is the
// kernel's sum (set header + regions + one bucket of AHASH_INIT_SIZE slots per
// entry + comments), as if no two entries shared a bucket.

import { ip6PrefixMask } from "../../../wire/addr.js";
import type { AddExt, IpSetErr } from "./ip_set_core.js";

const enc = new TextEncoder();

export interface IpSetType {
  name: string;
  revision: number;
  /** Prefix length is part of the element. */
  net: boolean;
  /** Second dimension is proto:port (bitmap:port: the port is the only one). */
  port: boolean;
  /** bitmap:* (ip_set_bitmap_gen.h) or list:set (ip_set_list_set.c); hash types have none. */
  kind?: "bitmap" | "list";
  /** bitmap:ip,mac: the element is an address and, once known, a MAC address. */
  mac?: boolean;
  /** bitmap:port: no address dimension. */
  noIp?: boolean;
  /** hash:ip,port,ip / hash:ip,port,net: a third dimension, an address or a prefix (`elem.ip2`/`cidr2`). */
  third?: "ip" | "net";
  /** hash:net,iface: the second dimension is an interface name (`elem.iface`, `physdev:` flag). */
  iface?: boolean;
  /** The types with a prefix in the element (hash:net*, hash:ip,port,net): an entry may be `nomatch`. */
  nomatch?: boolean;
}

export const HASH_TYPES: readonly IpSetType[] = [
  { name: "hash:ip", revision: 6, net: false, port: false },
  { name: "hash:net", revision: 7, net: true, port: false, nomatch: true },
  { name: "hash:ip,port", revision: 7, net: false, port: true },
  { name: "hash:net,port", revision: 8, net: true, port: true, nomatch: true },
  // ip_set_hash_ipportip.c, ip_set_hash_ipportnet.c (the prefix is the third dimension's), ip_set_hash_netiface.c
  { name: "hash:ip,port,ip", revision: 6, net: false, port: true, third: "ip" },
  { name: "hash:ip,port,net", revision: 8, net: false, port: true, third: "net", nomatch: true },
  { name: "hash:net,iface", revision: 8, net: true, port: false, iface: true, nomatch: true },
  // ip_set_bitmap_{ip,ipmac,port}.c and ip_set_list_set.c (revision 3: skbinfo support)
  { name: "bitmap:ip", revision: 3, net: false, port: false, kind: "bitmap" },
  { name: "bitmap:ip,mac", revision: 3, net: false, port: false, kind: "bitmap", mac: true },
  { name: "bitmap:port", revision: 3, net: false, port: true, kind: "bitmap", noIp: true },
  { name: "list:set", revision: 3, net: false, port: false, kind: "list" },
];

/** Types ipset 7.17 knows whose kernel module this kernel lacks: creating one fails in the kernel. */
export const MISSING_TYPES: readonly string[] = ["hash:mac", "hash:ip,mac", "hash:net,net", "hash:net,port,net", "hash:ip,mark"];

export interface SetOptions {
  hashsize: number;
  maxelem: number;
  /** Default timeout in seconds when the set has timeout support. */
  timeout?: number;
  counters: boolean;
  comment: boolean;
  /** Entries per bucket before the table grows (an even number 2..12; 12 by default). */
  bucketsize?: number;
  /** The hash seed asked for at creation (ipset save writes it); otherwise a random one. */
  initval?: number;
  /** bitmap types: first and last address (or port) of the range, both included. */
  first?: number;
  last?: number;
  /** bitmap:ip: the prefix length each element stands for (32: single addresses). */
  netmask?: number;
  /** list:set: the size asked for (the kernel keeps it for show only; at least 4). */
  size?: number;
  /** Family inet6 (the hash types): addresses are `IpSetElem.ip6`, prefixes up to 128. */
  inet6?: boolean;
}

export interface IpSetElem {
  ip: number;
  /** 32 for a host. */
  cidr: number;
  proto: number;
  port: number;
  /** bitmap:ip,mac: "aa:bb:cc:dd:ee:ff", absent until given or learnt from a packet. */
  mac?: string;
  /** list:set: the member set's index. */
  set?: number;
  /** Family inet6: the address (ip stays 0); `cidr` then counts to 128. */
  ip6?: bigint;
  /** hash:ip,port,ip/net: the third dimension's address and prefix length (32 for an address). */
  ip2?: number;
  /** Family inet6: the third dimension's address (ip2 unset). */
  ip62?: bigint;
  cidr2?: number;
  /** hash:net,iface: the interface name and whether it names a bridge port (`physdev:`). */
  iface?: string;
  physdev?: boolean;
}

export interface HashEntry {
  elem: IpSetElem;
  /** Virtual time (ns) the entry expires; undefined = permanent. */
  expires?: number;
  packets: number;
  bytes: number;
  comment?: string;
  /**
   * The net types' nomatch flag (IPSET_FLAG_NOMATCH): a lookup that lands on this entry answers
   * "not in the set" (-ENOTEMPTY), so a longer prefix can carve an exception out of a shorter one.
   */
  nomatch?: boolean;
}

export interface HashSet {
  name: string;
  type: IpSetType;
  opts: SetOptions;
  initval: number;
  entries: Map<string, HashEntry>;
  /**
   * Elements the garbage collector expired whose bucket it kept: gc frees a
   * bucket only once AHASH_INIT_SIZE of its slots are free, so a lone expired
   * entry's bucket stays allocated (and counted) until the set is flushed or
   * the element comes back into its old slot.
   */
  stale: Set<string>;
}

export function newHashSet(name: string, type: IpSetType, opts: SetOptions, initval: number): HashSet {
  return { name, type, opts, initval, entries: new Map(), stale: new Set() };
}

export function prefixMask(cidr: number): number {
  return cidr === 0 ? 0 : (0xffffffff << (32 - cidr)) >>> 0;
}

function key(e: IpSetElem): string {
  // bitmap:ip,mac keeps one entry per address (the MAC is its payload); list:set one per member set
  if (e.set !== undefined) return `set/${e.set}`;
  let k = `${e.ip6 ?? e.ip}/${e.cidr}/${e.proto}/${e.port}`;
  if (e.cidr2 !== undefined) k += `/${e.ip62 ?? e.ip2}/${e.cidr2}`;
  if (e.iface !== undefined) k += `/${e.physdev ? "p" : ""}${e.iface}`;
  return k;
}

export function hashPurge(set: HashSet, now: number): void {
  for (const [k, e] of set.entries)
    if (e.expires !== undefined && e.expires <= now) {
      set.entries.delete(k);
      set.stale.add(k);
    }
}

export function hashFlush(set: HashSet): void {
  set.entries.clear();
  set.stale.clear();
}

/** Sets an entry's extensions from an add (or an -exist re-add): timeout, counters, comment, nomatch. */
export function fillEntry(set: HashSet, e: HashEntry, ext: AddExt, now: number): void {
  const timeout = ext.timeout ?? set.opts.timeout;
  e.expires = timeout === undefined || timeout === 0 ? undefined : now + timeout * 1e9;
  if (ext.packets !== undefined) e.packets = ext.packets;
  if (ext.bytes !== undefined) e.bytes = ext.bytes;
  if (set.opts.comment) e.comment = ext.comment;
  if (set.type.nomatch) e.nomatch = ext.nomatch === true;
}

export function hashAdd(set: HashSet, elem: IpSetElem, ext: AddExt, exist: boolean, now: number): IpSetErr | undefined {
  const k = key(elem);
  const have = set.entries.get(k);
  const fill = (e: HashEntry): void => fillEntry(set, e, ext, now);
  if (have) {
    if (!exist) return "EEXIST";
    // -exist re-adds: the timeout, counters and comment are refreshed
    fill(have);
    return undefined;
  }
  if (set.type.kind === undefined && set.entries.size >= set.opts.maxelem) return "HASH_FULL";
  const e: HashEntry = { elem, packets: 0, bytes: 0 };
  fill(e);
  set.entries.set(k, e);
  set.stale.delete(k);
  return undefined;
}

export function hashDel(set: HashSet, elem: IpSetElem): boolean {
  return set.entries.delete(key(elem));
}

/** Prefix lengths present, longest first (the set's nets[] / cidr bookkeeping); of the third dimension for hash:ip,port,net. */
function cidrs(set: HashSet): number[] {
  const s = new Set<number>();
  const third = set.type.third === "net";
  for (const e of set.entries.values()) s.add(third ? e.elem.cidr2! : e.elem.cidr);
  return [...s].sort((a, b) => b - a);
}

/**
 * Lookup. For the net types a host address (cidr 32) is tried against every
 * prefix length the set holds, longest first (mtype_test_cidrs); an explicit
 * prefix must match exactly. The entry found may be a nomatch one: callers
 * decide (a packet then does not match; `ipset test` compares the flag).
 */
export function hashTest(set: HashSet, elem: IpSetElem): HashEntry | undefined {
  let hit: HashEntry | undefined;
  const v6 = set.opts.inet6 === true;
  if (set.type.net && elem.cidr === (v6 ? 128 : 32)) {
    for (const c of cidrs(set)) {
      const masked = v6 ? { ...elem, ip6: elem.ip6! & ip6PrefixMask(c), cidr: c } : { ...elem, ip: (elem.ip & prefixMask(c)) >>> 0, cidr: c };
      hit = set.entries.get(key(masked));
      if (hit) break;
    }
  } else if (set.type.third === "net" && elem.cidr2 === (v6 ? 128 : 32)) {
    for (const c of cidrs(set)) {
      const masked = v6 ? { ...elem, ip62: elem.ip62! & ip6PrefixMask(c), cidr2: c } : { ...elem, ip2: (elem.ip2! & prefixMask(c)) >>> 0, cidr2: c };
      hit = set.entries.get(key(masked));
      if (hit) break;
    }
  } else hit = set.entries.get(key(elem));
  // bitmap:ip,mac: an address asked with a MAC matches only a filled entry with that MAC; an
  // unfilled one answers yes (bitmap_ipmac_do_test's -EAGAIN)
  if (hit && set.type.mac && elem.mac !== undefined && hit.elem.mac !== undefined && hit.elem.mac !== elem.mac) return undefined;
  return hit;
}

/** Remaining seconds of an entry's timeout, as the kernel prints it (never 0 while alive). */
export function hashTimeLeft(e: HashEntry, now: number): number {
  if (e.expires === undefined) return 0;
  const t = Math.floor((e.expires - now) / 1e9);
  return t === 0 ? 1 : t;
}

// struct sizes (x86_64): hbucket header (rcu_head, used bitmap, size, pos),
// one ip_set_region per 2^10 buckets, AHASH_INIT_SIZE slots per new bucket.
const HBUCKET = 32;
const AHASH_INIT_SIZE = 2;
const REGION = 24;
const COMMENT_RCU = 16;

function elemSize(set: HashSet): number {
  // struct hash_*4_elem / hash_*6_elem: the address, then port/proto/cidr/nomatch bytes
  // (hash_ipportip4_elem / hash_ipportnet4_elem: two addresses, port, proto, cidr: 12; hash_netiface4_elem with its name: 28)
  let len = set.type.iface ? 28 : set.type.third ? 12 : set.opts.inet6 ? (set.type.net || set.type.port ? 20 : 16) : set.type.net || set.type.port ? 8 : 4;
  const o = set.opts;
  if (!o.counters && o.timeout === undefined && !o.comment) return len;
  len = Math.ceil(len / 8) * 8;
  if (o.counters) len += 16;
  if (o.timeout !== undefined) len += 8;
  if (o.comment) len += 8;
  return len;
}

/** The per-entry extensions a bitmap or list keeps for every slot (ip_set_elem_len). */
function extLen(o: SetOptions): number {
  return (o.timeout !== undefined ? 8 : 0) + (o.counters ? 16 : 0) + (o.comment ? 8 : 0);
}

function commentsSize(set: HashSet): number {
  let n = 0;
  for (const e of set.entries.values()) if (e.comment !== undefined) n += COMMENT_RCU + enc.encode(e.comment).length + 1;
  return n;
}

/** Slots of a bitmap set (map->elements); `noIp`: bitmap:port. */
export function bitmapElements(noIp: boolean, o: SetOptions): number {
  const hosts = noIp ? 1 : 2 ** (32 - (o.netmask ?? 32));
  return Math.floor((o.last! - o.first!) / hosts) + 1;
}

export function hashMemsize(set: HashSet): number {
  if (set.type.kind === "bitmap") {
    // sizeof(struct bitmap_*) + BITS_TO_LONGS(elements) longs + elements * dsize + comments
    const n = bitmapElements(!!set.type.noIp, set.opts);
    const head = set.type.noIp ? 72 : set.type.mac ? 80 : 88;
    const dsize = set.type.mac ? Math.ceil((8 + extLen(set.opts)) / 8) * 8 : extLen(set.opts);
    return head + Math.ceil(n / 64) * 8 + n * dsize + commentsSize(set);
  }
  if (set.type.kind === "list") {
    // struct list_set + one struct set_elem (48 bytes) with its extensions per member
    return 80 + set.entries.size * (48 + extLen(set.opts)) + commentsSize(set);
  }
  const bits = Math.log2(set.opts.hashsize);
  const locks = bits > 10 ? 2 ** (bits - 10) : 1;
  // struct htype + struct htable (+ the net types' per-prefix counters)
  // (the inet6 header's larger temporary element and per-prefix counters for 129 lengths)
  // (recorded: hash:ip,port,ip 208, hash:ip,port,net 464, hash:net,iface 488 for family inet)
  const head = set.opts.inet6
    ? set.type.net ? 1240 : set.type.port ? 232 : 224
    : set.type.iface ? 488 : set.type.third === "net" ? 464 : set.type.third ? 208 : set.type.net ? 456 : 216;
  let size = head - REGION + locks * REGION;
  const bucket = HBUCKET + AHASH_INIT_SIZE * elemSize(set);
  size += set.stale.size * bucket;
  if (set.type.iface) {
    // hash:net,iface hashes the element without its name (HKEY_DATALEN is hash_netiface4_elem_hashed):
    // the same net on several interfaces shares a bucket, grown AHASH_INIT_SIZE slots at a time
    const per = new Map<string, number>();
    for (const e of set.entries.values()) {
      const k = `${e.elem.ip6 ?? e.elem.ip}/${e.elem.cidr}/${e.elem.physdev ? 1 : 0}/${e.nomatch ? 1 : 0}`;
      per.set(k, (per.get(k) ?? 0) + 1);
    }
    for (const n of per.values()) size += HBUCKET + Math.ceil(n / AHASH_INIT_SIZE) * AHASH_INIT_SIZE * elemSize(set);
    return size + commentsSize(set);
  }
  size += set.entries.size * bucket + commentsSize(set);
  return size;
}
