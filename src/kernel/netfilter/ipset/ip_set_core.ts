// ipset core (net/netfilter/ipset/ip_set_core.c): per network namespace, a
// table of named sets by index. Commands (create, destroy, flush, rename,
// swap, add, del, test, list) answer with the kernel's errno-like reasons,
// which the ipset tool turns into its messages. Rules refer to a set by its
// index (as xt_set does), so a rename keeps them and a swap exchanges what
// they see; a set some rule refers to cannot be destroyed.

import { netCore } from "../../core/net_namespace.js";
import type { NetNamespace } from "../../core/netns.js";
import { nftAllRules } from "../nf_tables.js";
import { HASH_TYPES, type HashEntry, type HashSet, type IpSetElem, bitmapElements, fillEntry, hashAdd, hashDel, hashFlush, hashMemsize, hashPurge, hashTest, newHashSet, type SetOptions } from "./ip_set_hash.js";
import { type ListRef, listAdd, listDel, listTest } from "./ip_set_list.js";

/** ip_set_max default (IP_SET_MAX 256 unless the module parameter says otherwise). */
export const IP_SET_MAX = 256;

/** Reasons a command fails (the errnos and IPSET_ERR_* codes the tool decodes). */
export type IpSetErr =
  | "ENOENT" // set does not exist
  | "EEXIST_SET" // create: name taken
  | "EEXIST" // add: element already there
  | "ENOENT_ELEM" // del: element not there
  | "EBUSY" // destroy: in use
  | "EXIST_SETNAME2" // rename: new name taken
  | "REFERENCED" // rename: a rule refers to the set
  | "EXIST_SETNAME2_SWAP" // swap: second missing
  | "TYPE_MISMATCH" // swap: types differ
  | "HASH_FULL"
  | "TIMEOUT" // element timeout without set support
  | "COMMENT"
  | "COUNTER"
  | "MAX_SETS"
  | "BITMAP_RANGE" // bitmap: element outside the range, or a netmask no finer than the range
  | "BITMAP_RANGE_SIZE" // bitmap: more than 65536 slots
  | "NAME" // list:set: the member set does not exist
  | "LOOP" // list:set: a list:set cannot be a member
  | "NAMEREF" // list:set: the before/after set does not exist
  | "REF_EXIST"; // list:set: the before/after set is not where asked

export interface IpSetStore {
  /** By index; undefined slots are free (ip_set_list[]). */
  sets: (HashSet | undefined)[];
}

function store(net: NetNamespace): IpSetStore {
  return net.get<IpSetStore>("ip_set", () => ({ sets: [] }));
}

function now(net: NetNamespace): number {
  return netCore(net).host.clock.now;
}

export function ipSetByName(net: NetNamespace, name: string): { index: number; set: HashSet } | undefined {
  const s = store(net).sets;
  for (let i = 0; i < s.length; i++) if (s[i]?.name === name) return { index: i, set: s[i]! };
  return undefined;
}

export function ipSetByIndex(net: NetNamespace, index: number): HashSet | undefined {
  return store(net).sets[index];
}

/** Every set, in index order (what `ipset list` walks). */
export function ipSetAll(net: NetNamespace): HashSet[] {
  return store(net).sets.filter((s): s is HashSet => s !== undefined);
}

/** References: rules of every table and family that name the set's index, and list:set sets holding it. */
export function ipSetRefs(net: NetNamespace, index: number): number {
  let n = 0;
  for (const s of store(net).sets) if (s?.type.kind === "list" && s.entries.has(`set/${index}`)) n++;
  for (const e of nftAllRules(net)) {
    for (const m of e.matches) if (m.name === "set" && (m.data as { index: number }).index === index) n++;
    const t = e.target;
    if (t.kind === "ext" && t.name === "SET") {
      const d = t.data as { add: { index: number }; del: { index: number } };
      if (d.add.index === index) n++;
      if (d.del.index === index) n++;
    }
  }
  return n;
}

export function ipSetCreate(net: NetNamespace, name: string, type: string, opts: SetOptions, exist: boolean): IpSetErr | undefined {
  const have = ipSetByName(net, name);
  if (have) {
    // -exist: quietly succeeds only when type and parameters are the same
    if (exist && have.set.type.name === type && sameOptions(have.set.opts, opts)) return undefined;
    return "EEXIST_SET";
  }
  const s = store(net).sets;
  let i = s.findIndex((x) => x === undefined);
  if (i < 0) i = s.length;
  if (i >= IP_SET_MAX) return "MAX_SETS";
  const t = HASH_TYPES.find((x) => x.name === type)!;
  if (t.kind === "bitmap") {
    const err = bitmapCreateCheck(t.noIp === true, opts);
    if (err) return err;
  }
  // only the hash types draw a seed (jhash initval)
  s[i] = newHashSet(name, t, opts, t.kind ? 0 : (opts.initval ?? netCore(net).host.rng.u32()));
  return undefined;
}

/** bitmap_{ip,port}_create: the range (swapped when given backwards), the netmask against it, 65536 slots at most. */
function bitmapCreateCheck(port: boolean, o: SetOptions): IpSetErr | undefined {
  let first = o.first!;
  let last = o.last!;
  if (first > last) [first, last] = [last, first];
  const nm = o.netmask ?? 32;
  if (!port && nm !== 32) {
    const host = nm === 0 ? 0xffffffff : ~(0xffffffff << (32 - nm)) >>> 0;
    first = (first & ~host) >>> 0;
    last = (last | host) >>> 0;
    // range_to_mask(): widen the mask until it maps `last` onto `first`
    let mask = 0xfffffffe;
    let bits = 32;
    while (--bits > 0 && mask !== 0 && ((last & mask) >>> 0) !== first) mask = (mask << 1) >>> 0;
    if ((mask === 0 && (first !== 0 || last !== 0xffffffff)) || nm <= bits) return "BITMAP_RANGE";
  }
  o.first = first;
  o.last = last;
  if (bitmapElements(port, o) > 65536) return "BITMAP_RANGE_SIZE";
  return undefined;
}

function sameOptions(a: SetOptions, b: SetOptions): boolean {
  return (
    a.hashsize === b.hashsize && a.maxelem === b.maxelem && a.timeout === b.timeout && a.counters === b.counters && a.comment === b.comment &&
    a.first === b.first && a.last === b.last && a.netmask === b.netmask && a.size === b.size && a.inet6 === b.inet6
  );
}

/** Destroys one set, or every set (none when any is referenced). */
export function ipSetDestroy(net: NetNamespace, name?: string): IpSetErr | undefined {
  const s = store(net).sets;
  if (name === undefined) {
    for (let i = 0; i < s.length; i++) if (s[i] && ipSetRefs(net, i) > 0) return "EBUSY";
    s.length = 0;
    return undefined;
  }
  const f = ipSetByName(net, name);
  if (!f) return "ENOENT";
  if (ipSetRefs(net, f.index) > 0) return "EBUSY";
  s[f.index] = undefined;
  while (s.length && s[s.length - 1] === undefined) s.length--;
  return undefined;
}

export function ipSetFlush(net: NetNamespace, name?: string): IpSetErr | undefined {
  if (name === undefined) {
    for (const x of ipSetAll(net)) hashFlush(x);
    return undefined;
  }
  const f = ipSetByName(net, name);
  if (!f) return "ENOENT";
  hashFlush(f.set);
  return undefined;
}

export function ipSetRename(net: NetNamespace, from: string, to: string): IpSetErr | undefined {
  const f = ipSetByName(net, from);
  if (!f) return "ENOENT";
  if (ipSetRefs(net, f.index) > 0) return "REFERENCED";
  if (ipSetByName(net, to)) return "EXIST_SETNAME2";
  f.set.name = to;
  return undefined;
}

/** Exchanges the two sets' places (and names), so rules see the other set. */
export function ipSetSwap(net: NetNamespace, a: string, b: string): IpSetErr | undefined {
  const fa = ipSetByName(net, a);
  if (!fa) return "ENOENT";
  const fb = ipSetByName(net, b);
  if (!fb) return "EXIST_SETNAME2_SWAP";
  if (fa.set.type !== fb.set.type || fa.set.opts.inet6 !== fb.set.opts.inet6) return "TYPE_MISMATCH";
  const s = store(net).sets;
  s[fa.index] = fb.set;
  s[fb.index] = fa.set;
  fa.set.name = b;
  fb.set.name = a;
  return undefined;
}

export interface AddExt {
  timeout?: number;
  packets?: number;
  bytes?: number;
  comment?: string;
  /** The net types' nomatch flag. */
  nomatch?: boolean;
}

/** A bitmap refuses elements outside its range (bitmap_*_uadt: nothing is added then). */
function outOfRange1(set: HashSet, e: IpSetElem): boolean {
  if (set.type.kind !== "bitmap") return false;
  const v = set.type.noIp ? e.port : e.ip;
  return v < set.opts.first! || v > set.opts.last!;
}

function outOfRange(set: HashSet, elems: IpSetElem[]): boolean {
  return elems.some((e) => outOfRange1(set, e));
}

/** bitmap:ip with a netmask: an address stands for its slot (ip_to_id). */
function slot(set: HashSet, e: IpSetElem): IpSetElem {
  const nm = set.opts.netmask;
  if (set.type.kind !== "bitmap" || nm === undefined || nm === 32) return e;
  const m = (0xffffffff << (32 - nm)) >>> 0;
  return { ...e, ip: (e.ip & m) >>> 0 };
}

function slots(set: HashSet, elems: IpSetElem[]): IpSetElem[] {
  return elems.map((e) => slot(set, e));
}

/** Extensions the set was not created with (timeout, comment, counters, in that order).
 * `fromKernel`: added by the SET target, which hands every set its packet's counters (ignored without counters). */
function extErr(set: HashSet, ext: AddExt, fromKernel = false): IpSetErr | undefined {
  if (ext.timeout !== undefined && set.opts.timeout === undefined) return "TIMEOUT";
  if (ext.comment !== undefined && !set.opts.comment) return "COMMENT";
  if ((ext.packets !== undefined || ext.bytes !== undefined) && !set.opts.counters && !fromKernel) return "COUNTER";
  return undefined;
}

export function ipSetAdd(net: NetNamespace, set: HashSet, elems0: IpSetElem[], ext: AddExt, exist: boolean, fromKernel = false): IpSetErr | undefined {
  if (outOfRange(set, elems0)) return "BITMAP_RANGE";
  const elems = slots(set, elems0);
  const xe = extErr(set, ext, fromKernel);
  if (xe) return xe;
  const t = now(net);
  hashPurge(set, t);
  for (const e of elems) {
    const r = hashAdd(set, e, ext, exist, t);
    if (r) return r;
  }
  return undefined;
}

export function ipSetDel(net: NetNamespace, set: HashSet, elems0: IpSetElem[], exist: boolean): IpSetErr | undefined {
  if (outOfRange(set, elems0)) return "BITMAP_RANGE";
  const elems = slots(set, elems0);
  hashPurge(set, now(net));
  for (const e of elems) if (!hashDel(set, e) && !exist) return "ENOENT_ELEM";
  return undefined;
}

/** The entry holding the element, if any. */
export function ipSetTest(net: NetNamespace, set: HashSet, e: IpSetElem): HashEntry | undefined {
  if (outOfRange1(set, e)) return undefined;
  hashPurge(set, now(net));
  return hashTest(set, slot(set, e));
}

/** list:set add/del/test from userspace (list_set_uadt): member and reference sets by name. */
export function ipSetListCmd(
  net: NetNamespace,
  set: HashSet,
  cmd: "add" | "del" | "test",
  member: string,
  where: { before: number; ref?: string },
  ext: AddExt,
  exist: boolean,
): { err?: IpSetErr; hit?: HashEntry } {
  const m = ipSetByName(net, member);
  if (!m) return { err: "NAME" };
  if (m.set.type.kind === "list") return { err: "LOOP" };
  const r: ListRef = { before: where.before };
  if (where.ref !== undefined) {
    const f = ipSetByName(net, where.ref);
    if (!f) return { err: "NAMEREF" };
    r.ref = f.index;
  }
  const t = now(net);
  hashPurge(set, t);
  if (cmd === "test") return { hit: listTest(set, m.index, r) };
  if (cmd === "del") {
    const err = listDel(set, m.index, r);
    return err === "ENOENT_ELEM" && exist ? {} : { err };
  }
  const xe = extErr(set, ext);
  if (xe) return { err: xe };
  return { err: listAdd(set, m.index, r, (e) => fillEntry(set, e, ext, t), exist) };
}

/** The member sets of a list:set, in order (what a packet is tested against). */
export function ipSetListMembers(net: NetNamespace, set: HashSet): HashSet[] {
  hashPurge(set, now(net));
  const out: HashSet[] = [];
  for (const e of set.entries.values()) {
    const m = ipSetByIndex(net, e.elem.set!);
    if (m) out.push(m);
  }
  return out;
}

export function ipSetMemsize(set: HashSet): number {
  return hashMemsize(set);
}

export function ipSetNow(net: NetNamespace): number {
  return now(net);
}
