// /proc/net/fib_trie and /proc/net/fib_triestat (net/ipv4/fib_trie.c): the
// shape of the kernel's level-compressed trie over each table's keys, and its
// statistics. nslab looks routes up in sorted arrays (fib.ts), so the trie is
// built here, when one of these files is read, by inserting the table's keys
// the way fib_insert_node does (a binary tnode where two keys part, then
// resize() up to the root: inflate while the doubled node would be at least
// 50% full (30% for the root), halve below 25% (15%), collapse a node with one
// child), replaying each table's history: routes in the order they were made
// (FibAlias.seq) and the removals of routes (FibTable.gone, the kernel halves
// and collapses nodes as leaves go).
// While no custom rule exists, local and main share one trie (fib_trie_table
// with an alias): both headers then print the same merged trie, each leaf's
// aliases ordered by prefix length, then table id descending (fib_insert_alias).

import { formatIpv4 } from "../../wire/addr.js";
import type { NetNamespace } from "../core/netns.js";
import { registerProcEntry } from "../fs/procfs.js";
import { procTextFile } from "../fs/proc_text.js";
import { ipv4Of } from "./netns_ipv4.js";
import { fibRulesCustom, fibRulesUnmergeSeq } from "./fib_rules.js";
import { fibTablesHashOrder, type FibAlias, type FibTable } from "./fib.js";

interface Leaf {
  kind: "leaf";
  key: number;
  parent: TNode | TrieRoot;
  aliases: FibAlias[];
}

interface TNode {
  kind: "tnode";
  key: number;
  pos: number;
  bits: number;
  parent: TNode | TrieRoot;
  child: (Node | null)[];
  empty: number;
  full: number;
}

/** t->kv[0]: pos KEYLENGTH, bits 0, one child slot. */
interface TrieRoot {
  kind: "trie";
  key: 0;
  pos: 32;
  root: Node | null;
}

type Node = Leaf | TNode;
type Parent = TNode | TrieRoot;

const KEYLENGTH = 32;

function index(key: number, kv: { key: number; pos: number }): number {
  if (kv.pos >= KEYLENGTH) return 0;
  return ((key ^ kv.key) >>> 0) >>> kv.pos;
}

function tnodeNew(key: number, pos: number, bits: number, parent: Parent): TNode {
  const shift = pos + bits;
  const k = shift < KEYLENGTH ? ((key >>> shift) << shift) >>> 0 : 0;
  return { kind: "tnode", key: k, pos, bits, parent, child: new Array<Node | null>(1 << bits).fill(null), empty: 1 << bits, full: 0 };
}

/** tnode_full(): an internal node that skips no bits below tn. */
function isFull(tn: TNode, n: Node | null): boolean {
  return !!n && n.kind === "tnode" && n.pos + n.bits === tn.pos;
}

function putChild(tn: TNode, i: number, n: Node | null): void {
  const chi = tn.child[i]!;
  if (!n && chi) tn.empty++;
  if (n && !chi) tn.empty--;
  const was = isFull(tn, chi);
  const is = isFull(tn, n);
  if (was && !is) tn.full--;
  else if (!was && is) tn.full++;
  tn.child[i] = n;
}

function getChild(p: Parent, i: number): Node | null {
  return p.kind === "trie" ? p.root : p.child[i]!;
}

function putChildRoot(tp: Parent, key: number, n: Node | null): void {
  if (tp.kind === "trie") tp.root = n;
  else putChild(tp, index(key, tp), n);
}

function updateChildren(tn: TNode): void {
  for (let i = tn.child.length; i; ) {
    const c = tn.child[--i]!;
    if (!c) continue;
    if (c.parent === tn && c.kind === "tnode") updateChildren(c);
    else c.parent = tn;
  }
}

function replace(old: TNode, tn: TNode): Parent {
  const tp = old.parent;
  tn.parent = tp;
  putChildRoot(tp, tn.key, tn);
  updateChildren(tn);
  let cur: Parent = tn;
  for (let i = tn.child.length; i; ) {
    const c = (cur as TNode).child[--i]!;
    if (isFull(cur as TNode, c)) cur = resize(c as TNode);
  }
  return tp;
}

function inflate(old: TNode): Parent {
  const tn = tnodeNew(old.key, old.pos - 1, old.bits + 1, old.parent);
  const m = (1 << tn.pos) >>> 0;
  for (let i = old.child.length; i; ) {
    const inode = old.child[--i]!;
    if (!inode) continue;
    if (!isFull(old, inode)) {
      putChild(tn, index(inode.key, tn), inode);
      continue;
    }
    const t = inode as TNode;
    if (t.bits === 1) {
      putChild(tn, 2 * i + 1, t.child[1]!);
      putChild(tn, 2 * i, t.child[0]!);
      continue;
    }
    const node1 = tnodeNew((t.key | m) >>> 0, t.pos, t.bits - 1, tn);
    const node0 = tnodeNew(t.key, t.pos, t.bits - 1, tn);
    for (let k = t.child.length, j = k / 2; j; ) {
      putChild(node1, --j, t.child[--k]!);
      putChild(node0, j, t.child[j]!);
      putChild(node1, --j, t.child[--k]!);
      putChild(node0, j, t.child[j]!);
    }
    putChild(tn, 2 * i + 1, node1);
    putChild(tn, 2 * i, node0);
  }
  return replace(old, tn);
}

function halve(old: TNode): Parent {
  const tn = tnodeNew(old.key, old.pos + 1, old.bits - 1, old.parent);
  for (let i = old.child.length; i; ) {
    const node1 = old.child[--i]!;
    const node0 = old.child[--i]!;
    if (!node1 || !node0) {
      putChild(tn, i / 2, node1 ?? node0);
      continue;
    }
    const inode = tnodeNew(node0.key, old.pos, 1, tn);
    putChild(inode, 1, node1);
    putChild(inode, 0, node0);
    putChild(tn, i / 2, inode);
  }
  return replace(old, tn);
}

function collapse(old: TNode): Parent {
  let n: Node | null = null;
  for (let i = old.child.length; !n && i; ) n = old.child[--i]!;
  const tp = old.parent;
  putChildRoot(tp, old.key, n);
  if (n) n.parent = tp;
  return tp;
}

function shouldInflate(tp: Parent, tn: TNode): boolean {
  let used = tn.child.length;
  const threshold = used * (tp.kind === "trie" ? 30 : 50);
  used = used - tn.empty + tn.full;
  return used > 1 && tn.pos > 0 && 50 * used >= threshold;
}

function shouldHalve(tp: Parent, tn: TNode): boolean {
  let used = tn.child.length;
  const threshold = used * (tp.kind === "trie" ? 15 : 25);
  used -= tn.empty;
  return used > 1 && tn.bits > 1 && 100 * used < threshold;
}

const MAX_WORK = 10;

function resize(start: TNode): Parent {
  let tn = start;
  let tp = tn.parent;
  const cindex = index(tn.key, tp);
  let work = MAX_WORK;
  while (shouldInflate(tp, tn) && work) {
    tp = inflate(tn);
    work--;
    tn = getChild(tp, cindex) as TNode;
  }
  tp = tn.parent;
  if (work !== MAX_WORK) return tp;
  while (shouldHalve(tp, tn) && work) {
    tp = halve(tn);
    work--;
    tn = getChild(tp, cindex) as TNode;
  }
  if (tn.child.length - tn.empty < 2) return collapse(tn);
  return tn.parent;
}

function rebalance(tn: Parent): void {
  while (tn.kind !== "trie") tn = resize(tn);
}

/** fib_find_node() then fib_insert_node() for a key not yet in the trie. */
function insert(t: TrieRoot, key: number, aliases: FibAlias[]): void {
  let n: Node | null;
  let tp: Parent = t;
  let idx = 0;
  let cur: Parent = t;
  for (;;) {
    tp = cur;
    n = getChild(cur, idx);
    if (!n) break;
    const ci = n.kind === "leaf" ? (key ^ n.key) >>> 0 : index(key, n);
    if (n.kind === "leaf" || ci >= 2 ** n.bits) break;
    idx = ci;
    cur = n;
  }
  const l: Leaf = { kind: "leaf", key, parent: tp, aliases };
  const there = getChild(tp, index(key, tp));
  if (there) {
    const tn = tnodeNew(key, 31 - Math.clz32((key ^ there.key) >>> 0), 1, tp);
    putChild(tn, index(key, tn) ^ 1, there);
    putChildRoot(tp, key, tn);
    there.parent = tn;
    tp = tn;
  }
  l.parent = tp;
  putChildRoot(tp, key, l);
  rebalance(tp);
}

/**
 * fib_table_flush_external() on main at fib_unmerge: a reverse walk dropping
 * the leaves left with no alias of `keep`, each tnode resized once its
 * children are done (the trie vector itself is not).
 */
function flushExternal(t: TrieRoot, keep: (l: Leaf) => boolean): void {
  let pn: Parent = t;
  let cindex = 1;
  for (;;) {
    if (!cindex--) {
      if (pn.kind === "trie") break;
      const pkey: number = pn.key;
      pn = resize(pn);
      cindex = index(pkey, pn);
      continue;
    }
    const n = getChild(pn, cindex);
    if (!n) continue;
    if (n.kind === "tnode") {
      pn = n;
      cindex = 1 << n.bits;
      continue;
    }
    if (!keep(n)) putChildRoot(pn, n.key, null);
  }
}

function findLeaf(t: TrieRoot, key: number): Leaf | undefined {
  let n = t.root;
  while (n && n.kind === "tnode") {
    const ci = index(key, n);
    if (ci >= 2 ** n.bits) return undefined;
    n = n.child[ci]!;
  }
  return n && n.key === key ? n : undefined;
}

interface Trie {
  id: number;
  t: TrieRoot;
}

/** One leaf insert or removal of a table's history (a route made, a route gone: FibTable.gone). */
interface Ev {
  at: number;
  key: number;
  ins: boolean;
  /** A removal by fib_table_flush: the events of one `at` are one reverse walk. */
  flush?: true;
}

/** The history of `tbs` up to `upTo` (FibAlias.seq clock), oldest first. */
function eventsOf(tbs: FibTable[], upTo = Infinity): Ev[] {
  const ev: Ev[] = [];
  for (const tb of tbs) {
    for (const fa of tb.aliases) if (fa.seq <= upTo) ev.push({ at: fa.seq, key: fa.dst, ins: true });
    for (const g of tb.gone ?? []) {
      if (g.seq > upTo) continue;
      if (g.dst !== -1) ev.push({ at: g.seq, key: g.dst, ins: true });
      if (g.del <= upTo) ev.push(g.flush ? { at: g.del, key: g.dst, ins: false, flush: true } : { at: g.del, key: g.dst, ins: false });
    }
  }
  return ev.sort((a, b) => a.at - b.at);
}

/** fib_remove_alias() of a leaf's last alias: put_child_root(tp, key, NULL), then trie_rebalance(tp). */
function remove(t: TrieRoot, key: number): void {
  const l = findLeaf(t, key);
  if (!l) return;
  const tp = l.parent;
  putChildRoot(tp, key, null);
  rebalance(tp);
}

/** Replays events from `from` on (routes per key in `counts`): a key's first route inserts its leaf, its last one's removal removes it. */
function replay(t: TrieRoot, ev: Ev[], counts: Map<number, number>, from = -Infinity): void {
  for (let i = 0; i < ev.length; i++) {
    const e = ev[i]!;
    if (e.at <= from) continue;
    const c = counts.get(e.key) ?? 0;
    counts.set(e.key, e.ins ? c + 1 : c - 1);
    if (e.flush) {
      // The rest of this flush, then one reverse walk dropping the leaves left empty.
      while (ev[i + 1]?.at === e.at) {
        const k = ev[++i]!.key;
        counts.set(k, (counts.get(k) ?? 0) - 1);
      }
      flushExternal(t, (l) => (counts.get(l.key) ?? 0) > 0);
    } else if (e.ins && c === 0 && !findLeaf(t, e.key)) insert(t, e.key, []);
    else if (!e.ins && c === 1) remove(t, e.key);
  }
}

/** Routes per key after the events up to `upTo`. */
function countsAt(ev: Ev[], upTo: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const e of ev) if (e.at <= upTo) counts.set(e.key, (counts.get(e.key) ?? 0) + (e.ins ? 1 : -1));
  return counts;
}

/** Each leaf's aliases: the live routes of `tbs` for its key (fib_insert_alias: longer prefixes first, then the higher table id). */
function fillAliases(t: TrieRoot, tbs: FibTable[]): void {
  const live = new Map<number, FibAlias[]>();
  for (const tb of tbs)
    for (const fa of tb.aliases) {
      const run = live.get(fa.dst);
      if (run) run.push(fa);
      else live.set(fa.dst, [fa]);
    }
  const fix = (n: Node | null): void => {
    if (!n) return;
    if (n.kind === "tnode") n.child.forEach(fix);
    else n.aliases = (live.get(n.key) ?? []).sort((a, b) => b.dstLen - a.dstLen || b.table - a.table);
  };
  fix(t.root);
}

/**
 * One trie per fib_table, in fib_table_hash order (bucket id & 255, newest
 * first within a bucket), rebuilt by replaying the table's history: every
 * route's insert and every removal (FibTable.gone) in the order they were
 * made, so resize() inflates, halves and collapses as the kernel's did. A
 * local table split off by fib_unmerge (fib_trie_unmerge) was filled in key
 * order with what it held then; main then was the merged trie flushed of its
 * local-only leaves (fib_table_flush_external).
 */
function tries(ns: NetNamespace): Trie[] {
  const tables = [...ipv4Of(ns).tables.values()];
  const merged = !fibRulesCustom(ns);
  const unmergeSeq = fibRulesUnmergeSeq(ns) ?? 0;
  const newTrie = (): TrieRoot => ({ kind: "trie", key: 0, pos: 32, root: null });
  const build = (tbs: FibTable[], splitLocal: boolean): TrieRoot => {
    const t = newTrie();
    const ev = eventsOf(tbs);
    if (!splitLocal) replay(t, ev, new Map());
    else {
      const counts = countsAt(ev, unmergeSeq);
      for (const key of [...counts.keys()].sort((a, b) => a - b)) if (counts.get(key)! > 0) insert(t, key, []);
      replay(t, ev, counts, unmergeSeq);
    }
    fillAliases(t, tbs);
    return t;
  };
  /** Main after fib_unmerge: the merged trie of then, its local leaves flushed, later routes replayed. */
  const buildMain = (main: FibTable, local: FibTable | undefined): TrieRoot => {
    const t = newTrie();
    const ev = eventsOf([main]);
    const counts = countsAt(ev, unmergeSeq);
    if (local) {
      replay(t, eventsOf([local, main], unmergeSeq), new Map());
      flushExternal(t, (l) => (counts.get(l.key) ?? 0) > 0);
    }
    replay(t, ev, counts, unmergeSeq);
    fillAliases(t, [main]);
    return t;
  };
  const main = tables.find((tb) => tb.id === 254);
  const local = tables.find((tb) => tb.id === 255);
  const shared = merged && main && local ? build([local, main], false) : undefined;
  return fibTablesHashOrder(tables).map((tb) => ({
    id: tb.id,
    t: shared && (tb === main || tb === local) ? shared : tb === main ? buildMain(tb, local) : build([tb], tb === local),
  }));
}

function tableHeader(id: number): string {
  return id === 255 ? "Local:\n" : id === 254 ? "Main:\n" : `Id ${id}:\n`;
}

const SCOPES: Record<number, string> = { 0: "universe", 200: "site", 253: "link", 254: "host", 255: "nowhere" };
const TYPES = ["UNSPEC", "UNICAST", "LOCAL", "BROADCAST", "ANYCAST", "MULTICAST", "BLACKHOLE", "UNREACHABLE", "PROHIBIT", "THROW", "NAT", "XRESOLVE"];

/** fib_trie_get_first/get_next: depth-first, children in index order, with the iterator's depth. */
function walk(t: TrieRoot, visit: (n: Node, depth: number) => void): void {
  const r = t.root;
  if (!r) return;
  const rec = (n: Node, depth: number): void => {
    visit(n, depth);
    if (n.kind === "tnode") for (const c of n.child) if (c) rec(c, c.kind === "tnode" ? depth + 1 : depth);
  };
  rec(r, r.kind === "tnode" ? 1 : 0);
}

export function procNetFibTrie(ns: NetNamespace): string {
  let s = "";
  const ind = (n: number) => "   ".repeat(Math.max(0, n));
  for (const { id, t } of tries(ns)) {
    if (!t.root) continue;
    s += tableHeader(id);
    walk(t, (n, depth) => {
      if (n.kind === "tnode") {
        s += `${ind(depth - 1)}  +-- ${formatIpv4(n.key)}/${KEYLENGTH - n.pos - n.bits} ${n.bits} ${n.full} ${n.empty}\n`;
        return;
      }
      s += `${ind(depth)}  |-- ${formatIpv4(n.key)}\n`;
      for (const fa of n.aliases) {
        const scope = SCOPES[fa.fi.scope] ?? `scope=${fa.fi.scope}`;
        s += `${ind(depth + 1)}  /${fa.dstLen} ${scope} ${TYPES[fa.type] ?? `type ${fa.type}`}${fa.tos ? ` tos=${fa.tos}` : ""}\n`;
      }
    });
  }
  return s;
}

/** LEAF_SIZE, TNODE_SIZE(0), sizeof(struct fib_alias), sizeof(pointer) on x86_64. */
const LEAF_SIZE = 48;
const TNODE_SIZE = 40;
const ALIAS_SIZE = 56;

export function procNetFibTriestat(ns: NetNamespace): string {
  let s = `Basic info: size of leaf: ${LEAF_SIZE} bytes, size of tnode: ${TNODE_SIZE} bytes.\n`;
  for (const { id, t } of tries(ns)) {
    s += tableHeader(id);
    let leaves = 0, totdepth = 0, maxdepth = 0, prefixes = 0, tnodes = 0, nulls = 0;
    const sizes = new Array<number>(32).fill(0);
    walk(t, (n, depth) => {
      if (n.kind === "leaf") {
        leaves++;
        totdepth += depth;
        if (depth > maxdepth) maxdepth = depth;
        prefixes += n.aliases.length;
      } else {
        tnodes++;
        if (n.bits < 32) sizes[n.bits]!++;
        nulls += n.empty;
      }
    });
    const av = leaves ? Math.floor((totdepth * 100) / leaves) : 0;
    s += `\tAver depth:     ${Math.floor(av / 100)}.${String(av % 100).padStart(2, "0")}\n`;
    s += `\tMax depth:      ${maxdepth}\n\tLeaves:         ${leaves}\n\tPrefixes:       ${prefixes}\n\tInternal nodes: ${tnodes}\n\t`;
    let max = 32;
    while (max > 0 && sizes[max - 1] === 0) max--;
    let pointers = 0;
    for (let i = 1; i < max; i++)
      if (sizes[i]) {
        s += `  ${i}: ${sizes[i]}`;
        pointers += (1 << i) * sizes[i]!;
      }
    const bytes = LEAF_SIZE * leaves + ALIAS_SIZE * prefixes + TNODE_SIZE * tnodes + 8 * pointers;
    s += `\n\tPointers: ${pointers}\nNull ptrs: ${nulls}\nTotal size: ${Math.floor((bytes + 1023) / 1024)}  kB\n`;
  }
  return s;
}

registerProcEntry("net", "fib_trie", () => procTextFile((t) => procNetFibTrie(t.netns)));
registerProcEntry("net", "fib_triestat", () => procTextFile((t) => procNetFibTriestat(t.netns)));

// /proc/net/rt_cache (rt_cache_seq_show): the IPv4 route cache is gone since
// 3.6; only the header is left.
registerProcEntry("net", "rt_cache", () =>
  procTextFile(() => "Iface\tDestination\tGateway \tFlags\t\tRefCnt\tUse\tMetric\tSource\t\tMTU\tWindow\tIRTT\tTOS\tHHRef\tHHUptod\tSpecDst".padEnd(127, " ") + "\n"),
);
