// ipset core (net/netfilter/ipset/ip_set_core.c): per network namespace, a
// table of named sets by index. Commands (create, destroy, flush, rename,
// swap, add, del, test, list) answer with the kernel's errno-like reasons,
// which the ipset tool turns into its messages. Rules refer to a set by its
// index (as xt_set does), so a rename keeps them and a swap exchanges what
// they see; a set some rule refers to cannot be destroyed.

import { netCore } from "../../core/net_namespace.js";
import type { NetNamespace } from "../../core/netns.js";
import { nftAllRules } from "../nf_tables.js";
import { HASH_TYPES, type HashEntry, type HashSet, type IpSetElem, hashAdd, hashDel, hashFlush, hashMemsize, hashPurge, hashTest, newHashSet, type SetOptions } from "./ip_set_hash.js";

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
  | "MAX_SETS";

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

/** References: rules of every table and family that name the set's index. */
export function ipSetRefs(net: NetNamespace, index: number): number {
  let n = 0;
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
  s[i] = newHashSet(name, HASH_TYPES.find((t) => t.name === type)!, opts, opts.initval ?? netCore(net).host.rng.u32());
  return undefined;
}

function sameOptions(a: SetOptions, b: SetOptions): boolean {
  return a.hashsize === b.hashsize && a.maxelem === b.maxelem && a.timeout === b.timeout && a.counters === b.counters && a.comment === b.comment;
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
  if (fa.set.type !== fb.set.type) return "TYPE_MISMATCH";
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

/** `fromKernel`: added by the SET target, which hands every set its packet's counters (ignored without counters). */
export function ipSetAdd(net: NetNamespace, set: HashSet, elems: IpSetElem[], ext: AddExt, exist: boolean, fromKernel = false): IpSetErr | undefined {
  if (ext.timeout !== undefined && set.opts.timeout === undefined) return "TIMEOUT";
  if (ext.comment !== undefined && !set.opts.comment) return "COMMENT";
  if ((ext.packets !== undefined || ext.bytes !== undefined) && !set.opts.counters && !fromKernel) return "COUNTER";
  const t = now(net);
  hashPurge(set, t);
  for (const e of elems) {
    const r = hashAdd(set, e, ext, exist, t);
    if (r) return r;
  }
  return undefined;
}

export function ipSetDel(net: NetNamespace, set: HashSet, elems: IpSetElem[], exist: boolean): IpSetErr | undefined {
  hashPurge(set, now(net));
  for (const e of elems) if (!hashDel(set, e) && !exist) return "ENOENT_ELEM";
  return undefined;
}

/** The entry holding the element, if any. */
export function ipSetTest(net: NetNamespace, set: HashSet, e: IpSetElem): HashEntry | undefined {
  hashPurge(set, now(net));
  return hashTest(set, e);
}

export function ipSetMemsize(set: HashSet): number {
  return hashMemsize(set);
}

export function ipSetNow(net: NetNamespace): number {
  return now(net);
}
