// The list:set type (net/netfilter/ipset/ip_set_list_set.c): an ordered list of other sets, by
// index. An entry may be placed or looked for `before`/`after` another member; a member set is
// referenced while listed (so it cannot be destroyed); list:set sets cannot be members. The
// size given at creation is shown but no longer limits the list (as in current kernels).

import type { IpSetErr } from "./ip_set_core.js";
import type { HashEntry, HashSet } from "./ip_set_hash.js";

/** before > 0: `before REF`; < 0: `after REF`; 0: none. */
export interface ListRef {
  before: number;
  ref?: number;
}

const keyOf = (id: number): string => `set/${id}`;

function order(set: HashSet): HashEntry[] {
  return [...set.entries.values()];
}

function rebuild(set: HashSet, list: HashEntry[]): void {
  set.entries.clear();
  for (const e of list) set.entries.set(keyOf(e.elem.set!), e);
}

/** list_set_uadd: the reference must be listed; an existing member is refused (or refreshed with -exist). */
export function listAdd(set: HashSet, id: number, r: ListRef, fill: (e: HashEntry) => void, exist: boolean): IpSetErr | undefined {
  const list = order(set);
  const refAt = r.before !== 0 ? list.findIndex((e) => e.elem.set === r.ref) : -1;
  if (r.before !== 0 && refAt < 0) return "REF_EXIST";
  const have = set.entries.get(keyOf(id));
  if (have) {
    if (!exist) return "EEXIST";
    fill(have);
    return undefined;
  }
  const e: HashEntry = { elem: { ip: 0, cidr: 32, proto: 0, port: 0, set: id }, packets: 0, bytes: 0 };
  fill(e);
  if (r.before === 0) list.push(e);
  else list.splice(r.before > 0 ? refAt : refAt + 1, 0, e);
  rebuild(set, list);
  return undefined;
}

/** Where member `id` stands (-1: not listed), and whether it stands right before/after the reference as asked. */
function find(list: HashEntry[], id: number, r: ListRef): { at: number; ok: boolean } {
  const at = list.findIndex((e) => e.elem.set === id);
  if (at < 0) return { at, ok: false };
  if (r.before > 0 && list[at + 1]?.elem.set !== r.ref) return { at, ok: false };
  if (r.before < 0 && (at === 0 || list[at - 1]?.elem.set !== r.ref)) return { at, ok: false };
  return { at, ok: true };
}

/** list_set_udel: with a reference, the member must stand right before/after it. */
export function listDel(set: HashSet, id: number, r: ListRef): IpSetErr | undefined {
  const list = order(set);
  const { at, ok } = find(list, id, r);
  if (at < 0) return r.before !== 0 ? "REF_EXIST" : "ENOENT_ELEM";
  if (!ok) return "REF_EXIST";
  list.splice(at, 1);
  rebuild(set, list);
  return undefined;
}

/** list_set_utest. */
export function listTest(set: HashSet, id: number, r: ListRef): HashEntry | undefined {
  const list = order(set);
  const { at, ok } = find(list, id, r);
  return ok ? list[at] : undefined;
}
