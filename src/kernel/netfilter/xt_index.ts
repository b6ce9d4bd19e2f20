// Skipping rules that cannot match, so a long chain costs what it matches,
// not its length. The kernel walks every rule (ipt_do_table, or nft_do_chain
// with the compat expressions): 10 000 rules `-s 192.0.x.y/32 -j DROP` cost
// it 10 000 address compares per packet. The outcome only depends on which
// rules match, in order; a rule whose fixed part (ip_packet_match) fails is
// never looked at further (its matches do not run, its counters do not move,
// nf_trace says nothing), so leaving it out of the walk changes nothing.
//
// The index: for a chain of at least INDEX_MIN rules, the rules that name one
// exact IPv4 address (/32, not inverted) on the chosen side (source or
// destination, whichever more rules name) are grouped by that address; every
// other rule stays in a list of its own. A packet's candidates are the group
// of its address plus that list, visited in rule order (a merge of two sorted
// lists): exactly the rules a linear walk would find passing the address
// test, and the rest. Rules, chains and their arrays are never changed after
// a commit (nf_tables.ts clones the tables on every batch), so the index is
// built once per rules array, on the first packet that walks it.

import { IPT_INV_DSTIP, IPT_INV_SRCIP, type XtRule } from "../../uapi/x_tables.js";

/** Shorter chains are walked rule by rule (the index would cost more than it saves). */
const INDEX_MIN = 32;

export interface XtChainIndex {
  /** Index by the packet's source (true) or destination (false) address. */
  bySrc: boolean;
  /** Rule positions per exact address, ascending. */
  groups: Map<number, Int32Array>;
  /** Positions of every rule not in a group, ascending. */
  rest: Int32Array;
}

const EMPTY = new Int32Array(0);
const indexes = new WeakMap<readonly XtRule[], XtChainIndex | null>();

function exactOn(r: XtRule, src: boolean): boolean {
  const ip = r.entry.ip;
  if (ip.ip6) return false;
  if (src) return ip.smsk >>> 0 === 0xffffffff && (ip.invflags & IPT_INV_SRCIP) === 0;
  return ip.dmsk >>> 0 === 0xffffffff && (ip.invflags & IPT_INV_DSTIP) === 0;
}

function build(rules: readonly XtRule[]): XtChainIndex | null {
  let nsrc = 0;
  let ndst = 0;
  for (const r of rules) {
    if (exactOn(r, true)) nsrc++;
    if (exactOn(r, false)) ndst++;
  }
  const bySrc = nsrc >= ndst;
  // Not worth it unless most rules fall into groups.
  if ((bySrc ? nsrc : ndst) * 2 < rules.length) return null;
  const lists = new Map<number, number[]>();
  const rest: number[] = [];
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i]!;
    if (!exactOn(r, bySrc)) {
      rest.push(i);
      continue;
    }
    const key = (bySrc ? r.entry.ip.src : r.entry.ip.dst) >>> 0;
    let l = lists.get(key);
    if (!l) lists.set(key, (l = []));
    l.push(i);
  }
  const groups = new Map<number, Int32Array>();
  for (const [k, l] of lists) groups.set(k, Int32Array.from(l));
  return { bySrc, groups, rest: Int32Array.from(rest) };
}

/** The chain's index, or null when it is walked rule by rule. */
export function xtChainIndex(rules: readonly XtRule[]): XtChainIndex | null {
  if (rules.length < INDEX_MIN) return null;
  let x = indexes.get(rules);
  if (x === undefined) indexes.set(rules, (x = build(rules)));
  return x;
}

/** First position >= from in an ascending list (its length if none). */
function lowerBound(a: Int32Array, from: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first rule at or after `from` that a packet with these addresses could
 * match (its address test may pass), or `end` when there is none.
 */
export function xtNextCandidate(x: XtChainIndex, saddr: number, daddr: number, from: number, end: number): number {
  const g = x.groups.get((x.bySrc ? saddr : daddr) >>> 0) ?? EMPTY;
  const gi = lowerBound(g, from);
  const ri = lowerBound(x.rest, from);
  const a = gi < g.length ? g[gi]! : end;
  const b = ri < x.rest.length ? x.rest[ri]! : end;
  return a < b ? a : b;
}
