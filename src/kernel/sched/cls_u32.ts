// net/sched/cls_u32.c: the u32 classifier — hash tables (hnodes) of key
// nodes (knodes), each a selector of 32-bit value/mask keys at offsets from
// the network header, optionally linking to a next-level table hashed on a
// header word. Every u32 tp of one qdisc shares one tc_u_common (its list of
// tables and their ids): the first tp's root table is 800:, later ones take
// 801:, 802:… from a cyclic id allocator; key ids start at 0x800 in each
// table. What this kernel's build shows: no CONFIG_CLS_U32_PERF (no "rule
// hit" counters), no CONFIG_CLS_U32_MARK (a "match mark" is ignored), no
// offload (every knode "not_in_hw"; skip_sw is taken as given).

import { kerr } from "../../uapi/errno.js";
import {
  TC_U32_EAT,
  TC_U32_MAXDEPTH,
  TC_U32_OFFSET,
  TC_U32_ROOT,
  TC_U32_TERMINAL,
  TC_U32_VAROFFSET,
  TCA_CLS_FLAGS_NOT_IN_HW,
  TCA_CLS_FLAGS_SKIP_HW,
  TCA_CLS_FLAGS_SKIP_SW,
  TCA_CLS_FLAGS_VERBOSE,
  tcU32Hash,
  tcU32Htid,
  tcU32Key,
  tcU32Node,
  type TcaU32Options,
  type TcU32Sel,
} from "../../uapi/pkt_cls.js";
import type { SkBuff } from "../core/skbuff.js";
import { ETH_HLEN } from "../core/skbuff.js";
import { devGetByIndex, devGetByName } from "../core/dev.js";
import type { Qdisc } from "./qdisc.js";
import type { TcfResult } from "./tcf_block.js";
import { registerTcfProtoOps, tcfBindFilter, tcfUnbindFilter, type TcfProto } from "./cls_api.js";
import { tcfExtsValidate, tcfExtsExec, tcfExtsDestroy, tcfExtsDump, type TcfExts } from "./act_api.js";

/** struct tc_u_knode */
interface Knode {
  readonly kind: "knode";
  handle: number;
  htUp: Hnode;
  htDown: Hnode | undefined;
  fshift: number;
  res: TcfResult;
  sel: TcU32Sel;
  ifindex: number;
  flags: number;
  exts: TcfExts;
}

/** struct tc_u_hnode */
interface Hnode {
  readonly kind: "hnode";
  handle: number;
  prio: number;
  refcnt: number;
  /** buckets - 1 (the kernel's divisor field) */
  divisor: number;
  isRoot: boolean;
  flags: number;
  /** ht[]: one list per bucket, by node id */
  buckets: Knode[][];
  /** handle_idr: the key ids in use */
  ids: Set<number>;
  /** The id this table holds in tc_u_common's idr (none for the first root, 800:). */
  idrKey: number | undefined;
}

/** struct tc_u_common: what every u32 tp of one qdisc shares. */
interface UCommon {
  /** hlist: newest first */
  hlist: Hnode[];
  refcnt: number;
  /** handle_idr: table ids handed out (gen_new_htid's cyclic ids, and explicit handles) */
  ids: Set<number>;
  /** idr_alloc_cyclic's next start */
  nextId: number;
  knodes: number;
}

interface U32Tp {
  root: Hnode;
  common: UCommon;
}

/** tc_u_common_ptr(): keyed by the shared block, else by the qdisc. */
const commons = new WeakMap<object, UCommon>();
const commonKey = (b: { index: number; q: Qdisc }): object => (b.index ? b : b.q);

function u32(tp: TcfProto): U32Tp {
  return tp.data as U32Tp;
}

/** gen_new_htid(): idr_alloc_cyclic(1, 0x7FF) as a table id (id | 0x800) << 20; 0 when full. */
function genNewHtid(c: UCommon): number {
  for (let n = 0; n < 0x7fe; n++) {
    const id = ((c.nextId - 1 + n) % 0x7fe) + 1;
    if (!c.ids.has(id)) {
      c.ids.add(id);
      c.nextId = id + 1 >= 0x7ff ? 1 : id + 1;
      return ((id | 0x800) << 20) >>> 0;
    }
  }
  return 0;
}

function newHnode(handle: number, prio: number, divisor: number, isRoot: boolean, flags: number): Hnode {
  return { kind: "hnode", handle, prio, refcnt: 1, divisor, isRoot, flags, buckets: Array.from({ length: divisor + 1 }, () => []), ids: new Set(), idrKey: undefined };
}

function lookupHt(c: UCommon, handle: number): Hnode | undefined {
  return c.hlist.find((h) => h.handle === handle);
}

function lookupKey(ht: Hnode, handle: number): Knode | undefined {
  const sel = tcU32Hash(handle);
  if (sel > ht.divisor) return undefined;
  return ht.buckets[sel]!.find((n) => n.handle === handle);
}

/** gen_new_kid(): the lowest free key id from 0x800 (then from 1) in the bucket's id space. */
function genNewKid(ht: Hnode, htid: number): number {
  for (let node = 0x800; node <= 0xfff; node++) {
    const h = (htid | node) >>> 0;
    if (!ht.ids.has(h)) return h;
  }
  for (let node = 1; node < 0x800; node++) {
    const h = (htid | node) >>> 0;
    if (!ht.ids.has(h)) return h;
  }
  return (htid | 0xfff) >>> 0;
}

function removeKey(tp: TcfProto, c: UCommon, n: Knode): void {
  const b = n.htUp.buckets[tcU32Hash(n.handle)]!;
  const i = b.indexOf(n);
  if (i >= 0) b.splice(i, 1);
  c.knodes--;
  tcfUnbindFilter(tp, n.res);
  n.htUp.ids.delete(n.handle);
  if (n.htDown) n.htDown.refcnt--;
  tcfExtsDestroy(n.exts);
}

function clearHnode(tp: TcfProto, c: UCommon, ht: Hnode): void {
  for (const b of ht.buckets) for (const n of [...b]) removeKey(tp, c, n);
}

function destroyHnode(tp: TcfProto, c: UCommon, ht: Hnode): void {
  clearHnode(tp, c, ht);
  c.hlist = c.hlist.filter((h) => h !== ht);
  if (ht.idrKey !== undefined) c.ids.delete(ht.idrKey);
}

/** tc_flags_valid() */
function flagsValid(f: number): boolean {
  if (f & ~(TCA_CLS_FLAGS_SKIP_HW | TCA_CLS_FLAGS_SKIP_SW | TCA_CLS_FLAGS_VERBOSE)) return false;
  return !((f & TCA_CLS_FLAGS_SKIP_HW) && (f & TCA_CLS_FLAGS_SKIP_SW));
}

/** u32_set_parms(): actions, indev, link; throws before changing anything. */
function setParms(tp: TcfProto, n: Knode, opts: TcaU32Options): void {
  const exts = tcfExtsValidate(tp, opts.TCA_U32_ACT, opts.TCA_U32_POLICE);
  let ifindex = -1;
  if (opts.TCA_U32_INDEV !== undefined) {
    const dev = devGetByName(tp.chain.block.q.dev.net, opts.TCA_U32_INDEV);
    if (!dev) {
      tcfExtsDestroy(exts);
      throw kerr("EINVAL", "Network device not found");
    }
    ifindex = dev.ifindex;
  }
  if (opts.TCA_U32_LINK !== undefined) {
    const handle = opts.TCA_U32_LINK;
    let down: Hnode | undefined;
    const fail = (msg: string): never => {
      tcfExtsDestroy(exts);
      throw kerr("EINVAL", `cls_u32: ${msg}`);
    };
    if (tcU32Key(handle)) fail("u32 Link handle must be a hash table");
    if (handle) {
      down = lookupHt(u32(tp).common, handle);
      if (!down) fail("Link hash table not found");
      if (down!.isRoot) fail("Not linking to root node");
      down!.refcnt++;
    }
    if (n.htDown) n.htDown.refcnt--;
    n.htDown = down;
  }
  if (exts !== undefined) {
    tcfExtsDestroy(n.exts);
    n.exts = exts;
  }
  if (ifindex >= 0) n.ifindex = ifindex;
}

function bindClassid(tp: TcfProto, n: Knode, opts: TcaU32Options, base: number): void {
  if (opts.TCA_U32_CLASSID === undefined) return;
  n.res.classid = opts.TCA_U32_CLASSID;
  tcfBindFilter(tp, n.res, base);
}

function insertKey(ht: Hnode, n: Knode): void {
  const b = ht.buckets[tcU32Hash(n.handle)]!;
  const at = b.findIndex((k) => tcU32Node(n.handle) < tcU32Node(k.handle));
  b.splice(at < 0 ? b.length : at, 0, n);
  ht.ids.add(n.handle);
}

/** u32_change() */
function u32Change(tp: TcfProto, base: number, handle: number, opts: TcaU32Options | undefined, fh: object | undefined): object | undefined {
  const { common: c } = u32(tp);
  if (opts === undefined) {
    if (handle) throw kerr("EINVAL", "cls_u32: Filter handle requires options");
    return undefined;
  }
  const userflags = opts.TCA_U32_FLAGS ?? 0;
  if (opts.TCA_U32_FLAGS !== undefined && !flagsValid(userflags)) throw kerr("EINVAL", "cls_u32: Invalid filter flags");
  const old = fh as Knode | Hnode | undefined;
  if (old) {
    if (old.kind === "hnode") throw kerr("EINVAL", "cls_u32: Key node id cannot be zero");
    if ((old.flags ^ userflags) & ~TCA_CLS_FLAGS_NOT_IN_HW) throw kerr("EINVAL", "cls_u32: Key node flags do not match passed flags");
    // u32_init_knode() + u32_replace_knode(): a copy with the new parameters takes the old one's place.
    const nw: Knode = { ...old, res: { ...old.res }, exts: old.exts };
    setParms(tp, nw, opts);
    bindClassid(tp, nw, opts, base);
    nw.flags |= TCA_CLS_FLAGS_NOT_IN_HW;
    const b = old.htUp.buckets[tcU32Hash(old.handle)]!;
    b[b.indexOf(old)] = nw;
    if (opts.TCA_U32_CLASSID !== undefined) tcfUnbindFilter(tp, old.res);
    return nw;
  }
  if (opts.TCA_U32_DIVISOR !== undefined) {
    const divisor = opts.TCA_U32_DIVISOR;
    if (divisor === 0 || (divisor & (divisor - 1)) !== 0) throw kerr("EINVAL", "cls_u32: Divisor is not a power of 2");
    if (divisor > 0x100) throw kerr("EINVAL", "cls_u32: Exceeded maximum 256 hash buckets");
    if (tcU32Key(handle)) throw kerr("EINVAL", "cls_u32: Divisor can only be used on a hash table");
    let key: number;
    if (handle === 0) {
      handle = genNewHtid(c);
      if (handle === 0) throw kerr("ENOMEM");
      key = (handle >>> 20) & 0x7ff;
    } else {
      if (c.ids.has(handle)) throw kerr("ENOSPC");
      c.ids.add(handle);
      key = handle;
    }
    const ht = newHnode(handle, tp.prio, divisor - 1, false, userflags);
    ht.idrKey = key;
    c.hlist.unshift(ht);
    return ht;
  }
  let ht: Hnode;
  let htid: number;
  if (opts.TCA_U32_HASH !== undefined) {
    htid = opts.TCA_U32_HASH;
    if (tcU32Htid(htid) === TC_U32_ROOT) {
      ht = u32(tp).root;
      htid = ht.handle;
    } else {
      const found = lookupHt(c, tcU32Htid(htid));
      if (!found) throw kerr("EINVAL", "cls_u32: Specified hash table not found");
      ht = found;
    }
  } else {
    ht = u32(tp).root;
    htid = ht.handle;
  }
  if (ht.divisor < tcU32Hash(htid)) throw kerr("EINVAL", "cls_u32: Specified hash table buckets exceed configured value");
  if (handle) {
    if (tcU32Htid(handle) && tcU32Htid((handle ^ htid) >>> 0)) throw kerr("EINVAL", "cls_u32: Handle specified hash table address mismatch");
    if (!tcU32Node(handle)) handle = genNewKid(ht, htid);
    else {
      handle = (htid | tcU32Node(handle)) >>> 0;
      if (ht.ids.has(handle)) throw kerr("ENOSPC");
    }
  } else handle = genNewKid(ht, htid);
  const sel = opts.TCA_U32_SEL;
  if (sel === undefined) throw kerr("EINVAL", "cls_u32: Selector not specified");
  const n: Knode = {
    kind: "knode",
    handle,
    htUp: ht,
    htDown: undefined,
    fshift: sel.hmask ? 31 - Math.clz32(sel.hmask & -sel.hmask) : 0,
    res: { classid: 0 },
    sel: { ...sel, keys: sel.keys.map((k) => ({ ...k })) },
    ifindex: 0,
    flags: userflags,
    exts: undefined,
  };
  setParms(tp, n, opts);
  bindClassid(tp, n, opts, base);
  n.flags |= TCA_CLS_FLAGS_NOT_IN_HW;
  insertKey(ht, n);
  c.knodes++;
  return n;
}

/** The 32-bit big-endian word at `off` of the frame, or undefined past its ends (skb_header_pointer). */
function word32(d: Uint8Array, off: number): number | undefined {
  if (off < 0 || off + 4 > d.length) return undefined;
  return ((d[off]! << 24) | (d[off + 1]! << 16) | (d[off + 2]! << 8) | d[off + 3]!) >>> 0;
}

/** u32_classify(): walk the tables from the root; a terminal knode's result and actions decide. */
function u32Classify(skb: SkBuff, tp: TcfProto, res: TcfResult): number {
  const d = skb.data;
  const stack: Array<{ n: Knode; off: number }> = [];
  let ht: Hnode = u32(tp).root;
  let off = ETH_HLEN;
  let off2 = 0;
  let sel = 0;
  let n: Knode | undefined;
  let i = 0;
  const terminal = (k: Knode): number | undefined => {
    if (!(k.sel.flags & TC_U32_TERMINAL)) return undefined;
    if (k.ifindex && skb.iif !== k.ifindex) return undefined;
    res.classid = k.res.classid;
    res.class = k.res.class;
    const r = tcfExtsExec(skb, k.exts, res);
    return r < 0 ? undefined : r;
  };
  // The bucket list being walked and the position in it (n = list[i]).
  let list = ht.buckets[sel]!;
  for (let guard = 0; guard < 100000; guard++) {
    n = list[i];
    if (n) {
      let matched = true;
      for (const key of n.sel.keys) {
        const w = word32(d, off + key.off + (off2 & key.offmask));
        if (w === undefined) return -1;
        if (((w ^ key.val) & key.mask) >>> 0 !== 0) {
          matched = false;
          break;
        }
      }
      if (!matched) {
        i++;
        continue;
      }
      if (!n.htDown) {
        const r = terminal(n);
        if (r !== undefined) return r;
        i++;
        continue;
      }
      if (stack.length >= TC_U32_MAXDEPTH) return -1;
      stack.push({ n, off });
      ht = n.htDown;
      sel = 0;
      if (ht.divisor) {
        const w = word32(d, off + n.sel.hoff);
        if (w === undefined) return -1;
        sel = ht.divisor & (((w & n.sel.hmask) >>> 0) >>> n.fshift);
      }
      if (n.sel.flags & (TC_U32_OFFSET | TC_U32_VAROFFSET)) {
        off2 = n.sel.off + 3;
        if (n.sel.flags & TC_U32_VAROFFSET) {
          const p = off + n.sel.offoff;
          if (p < 0 || p + 2 > d.length) return -1;
          off2 += (((d[p]! << 8) | d[p + 1]!) & n.sel.offmask) >> n.sel.offshift;
        }
        off2 &= ~3;
      }
      if (n.sel.flags & TC_U32_EAT) {
        off += off2;
        off2 = 0;
      }
      if (!(n.sel.flags & (TC_U32_VAROFFSET | TC_U32_OFFSET | TC_U32_EAT)) || off < d.length) {
        list = ht.buckets[sel]!;
        i = 0;
        continue;
      }
    }
    // POP: back to the knode that linked here, as if it were terminal.
    const top = stack.pop();
    if (!top) return -1;
    ht = top.n.htUp;
    off = top.off;
    const r = terminal(top.n);
    if (r !== undefined) return r;
    list = ht.buckets[tcU32Hash(top.n.handle)]!;
    i = list.indexOf(top.n) + 1;
  }
  return -1;
}

registerTcfProtoOps({
  kind: "u32",
  classify: u32Classify,
  init(tp) {
    const q = commonKey(tp.chain.block);
    let c = commons.get(q);
    const root = newHnode(0, tp.prio, 0, true, 0);
    root.handle = c ? genNewHtid(c) : 0x80000000;
    if (c) root.idrKey = (root.handle >>> 20) & 0x7ff;
    if (!c) {
      c = { hlist: [], refcnt: 0, ids: new Set(), nextId: 1, knodes: 0 };
      commons.set(q, c);
    }
    c.refcnt++;
    c.hlist.unshift(root);
    tp.data = { root, common: c } satisfies U32Tp;
  },
  destroy(tp) {
    const { root, common: c } = u32(tp);
    if (--root.refcnt === 0) destroyHnode(tp, c, root);
    if (--c.refcnt === 0) {
      for (const ht of [...c.hlist]) clearHnode(tp, c, ht);
      c.hlist = [];
      commons.delete(commonKey(tp.chain.block));
    }
  },
  get(tp, handle) {
    const { root, common: c } = u32(tp);
    const ht = tcU32Htid(handle) === TC_U32_ROOT ? root : lookupHt(c, tcU32Htid(handle));
    if (!ht) return undefined;
    if (tcU32Key(handle) === 0) return ht;
    return lookupKey(ht, handle);
  },
  change: (tp, base, handle, opts, fh) => u32Change(tp, base, handle, opts as TcaU32Options | undefined, fh),
  delete(tp, fh) {
    const c = u32(tp).common;
    const x = fh as Knode | Hnode;
    if (x.kind === "knode") removeKey(tp, c, x);
    else {
      if (x.isRoot) throw kerr("EINVAL", "cls_u32: Not allowed to delete root node");
      if (x.refcnt !== 1) throw kerr("EBUSY", "cls_u32: Can not delete in-use filter");
      x.refcnt = 0;
      destroyHnode(tp, c, x);
    }
    return c.refcnt === 1 && c.knodes === 0;
  },
  walk(tp) {
    const out: object[] = [];
    for (const ht of u32(tp).common.hlist) {
      if (ht.prio !== tp.prio) continue;
      out.push(ht);
      for (const b of ht.buckets) out.push(...b);
    }
    return out;
  },
  dump(tp, fh) {
    const x = fh as Knode | Hnode;
    if (x.kind === "hnode") return { handle: x.handle, options: { TCA_U32_DIVISOR: x.divisor + 1 } };
    const o: TcaU32Options = { TCA_U32_SEL: x.sel, TCA_U32_HASH: (x.handle & 0xfffff000) >>> 0 };
    if (x.res.classid) o.TCA_U32_CLASSID = x.res.classid;
    if (x.htDown) o.TCA_U32_LINK = x.htDown.handle;
    if (x.flags) o.TCA_U32_FLAGS = x.flags;
    const acts = tcfExtsDump(x.exts);
    if (acts) o.TCA_U32_ACT = acts;
    if (x.ifindex) {
      const dev = devGetByIndex(tp.chain.block.q.dev.net, x.ifindex);
      if (dev) o.TCA_U32_INDEV = dev.name;
    }
    return { handle: x.handle, options: o };
  },
});

