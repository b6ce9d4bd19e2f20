// A prefix index over a large FIB table's aliases, for fibTableLookup (fib.ts):
// the prefix lengths present, longest first, and per length a map from the
// masked key to that prefix's aliases in table order. The longest prefix
// covering an address is then found with one map lookup per length present,
// instead of a walk over every route (a flannel node holds a route per peer:
// 1 000 routes, looked up by every ARP request on the underlay). Same answers
// as the walk: it ends at the first acceptable alias of the longest covering
// prefix, which is where the walk's "longer than the best so far" rule ends.
// The index is rebuilt on the first lookup after the table changed (its array
// replaced, or `ver` bumped by a change in place).

import type { FibAlias, FibTable } from "./fib.js";

/** Tables with fewer aliases are walked (building an index costs more than a short walk). */
export const LPM_MIN = 32;

export interface LpmIndex {
  src: FibAlias[];
  ver: number;
  /** Prefix lengths present, longest first. */
  lens: number[];
  /** Parallel to lens: masked key -> that prefix's aliases, in table order. */
  byLen: Map<number, FibAlias[]>[];
}

export function lpmIndex(t: FibTable): LpmIndex {
  const ver = t.ver ?? 0;
  const cur = t.lpm;
  if (cur && cur.src === t.aliases && cur.ver === ver) return cur;
  const maps = new Map<number, Map<number, FibAlias[]>>();
  for (const fa of t.aliases) {
    let m = maps.get(fa.dstLen);
    if (!m) maps.set(fa.dstLen, (m = new Map()));
    const run = m.get(fa.dst);
    if (run) run.push(fa);
    else m.set(fa.dst, [fa]);
  }
  const lens = [...maps.keys()].sort((a, b) => b - a);
  return (t.lpm = { src: t.aliases, ver, lens, byLen: lens.map((l) => maps.get(l)!) });
}
