// Named sets and maps of a native table (net/netfilter/nf_tables_api.c
// nf_tables_newset/delset/newsetelem/delsetelem): a set is declared once
// (re-adding the same declaration is fine, a different one is EEXIST), its
// elements are keys (prefixes and ranges in interval sets) with a verdict or a
// value in maps; a set a rule refers to cannot be deleted (EBUSY).

import type { NftElem, NftSetDump, NftSetSpec, NftStmt, NftVal } from "../../uapi/nft_native.js";

export const cloneSet = (s: NftSetDump): NftSetDump => ({ ...s, flags: [...s.flags], elems: [...s.elems] });

function valEq(a: NftVal, b: NftVal): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "single":
      return a.v === (b as typeof a).v;
    case "prefix":
      return a.v === (b as typeof a).v && a.len === (b as typeof a).len;
    case "range":
      return a.lo === (b as typeof a).lo && a.hi === (b as typeof a).hi;
    case "str":
      return a.s === (b as typeof a).s;
    case "concat":
      return a.parts.length === (b as typeof a).parts.length && a.parts.every((x, i) => valEq(x, (b as typeof a).parts[i]!));
  }
}

/** nft_set_is_same(): the same key/data types, flags and settings. */
export function sameSet(a: NftSetSpec, b: NftSetSpec): boolean {
  return a.key === b.key && a.data === b.data && a.flags.join() === b.flags.join() && a.timeout === b.timeout && a.size === b.size && !!a.counter === !!b.counter;
}

export const findElem = (s: NftSetDump, key: NftVal): number => s.elems.findIndex((e) => valEq(e.key, key));

/** Elements that have not timed out at `now` (ns); an expired one is gone for lookups and dumps. */
export const liveElems = (s: NftSetDump | undefined, now: number): NftElem[] => (s ? s.elems.filter((e) => e.expires === undefined || e.expires > now) : []);

/** The named sets a statement refers to. */
export function stmtRefs(st: NftStmt): string | undefined {
  if (st.k === "nat") return st.map?.ref;
  if (st.k === "dynset") return st.set;
  return (st.k === "match" || st.k === "vmap") && st.ref !== undefined ? st.ref : undefined;
}

/** The chains a statement jumps to: a verdict's, and those of a vmap's verdict elements (its own, or its named map's). */
export function stmtJumps(st: NftStmt, t: { sets: readonly NftSetDump[] }): string[] {
  if (st.k === "verdict") return st.chain !== undefined ? [st.chain] : [];
  if (st.k !== "vmap") return [];
  const elems = st.ref !== undefined ? (t.sets.find((x) => x.name === st.ref)?.elems ?? []) : st.elems;
  return elems.flatMap((e) => (e.data?.kind === "verdict" && e.data.chain !== undefined ? [e.data.chain] : []));
}
