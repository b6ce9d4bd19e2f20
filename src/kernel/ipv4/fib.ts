// The IPv4 forwarding information base (net/ipv4/fib_trie.c, fib_semantics.c):
// tables of routes keyed by prefix, each route a FibAlias (type, tos, table)
// over a FibInfo (protocol, scope, preferred source, priority, one nexthop).
// A table keeps its aliases in the order the trie walks them: by prefix key,
// then longer prefixes first for the same key (fa_slen), then tos descending,
// then priority ascending; within equal keys, insertion order as NLM_F_APPEND /
// prepend decide. Lookup is longest prefix match over that order.
// Knowingly different from Linux: a sorted array instead of an LC-trie (same
// answers and dump order); tables of LPM_MIN routes or more are looked up
// through a per-prefix-length hash index (fib_lpm.ts) built from that array;
// multipath routes keep their nexthops in `nhs` (fib_multipath.ts selects one).

import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { fibRulesCustom } from "./fib_rules.js";
import {
  RT_SCOPE_HOST,
  RT_SCOPE_LINK,
  RT_SCOPE_NOWHERE,
  RT_SCOPE_UNIVERSE,
  RT_TABLE_DEFAULT,
  RT_TABLE_LOCAL,
  RT_TABLE_MAIN,
  RTN_BLACKHOLE,
  RTN_BROADCAST,
  RTN_LOCAL,
  RTN_MULTICAST,
  RTN_PROHIBIT,
  RTN_THROW,
  RTN_UNICAST,
  RTN_UNREACHABLE,
  RTNH_F_DEAD,
  RTNH_F_LINKDOWN,
  RTNH_F_ONLINK,
} from "../../uapi/route.js";
import { RTCF_BROADCAST, RTCF_LOCAL, RTCF_MULTICAST, rtaMetric, type RtaMetrics } from "../../uapi/route.js";
import type { SkBuff } from "../core/skbuff.js";
import { inetSelectAddr } from "./devinet.js";
import type { Rtable } from "./route.js";
import { ipv4Of } from "./netns_ipv4.js";
import { fibRulesLookup, type RuleFlow } from "./fib_rules.js";
import { rtGenidBump } from "../core/rt_genid.js";
import { insertSmall } from "../core/small_array.js";
import { LPM_MIN, lpmIndex, type LpmIndex } from "./fib_lpm.js";
import { fibFirstNh } from "./fib_multipath.js";

export interface FibNh {
  /** Gateway (0 = directly connected, or an IPv6 gateway in gw6). */
  gw: number;
  /** An IPv6 gateway (RTA_VIA inet6, nhc_gw_family AF_INET6): resolved by ndisc. */
  gw6?: bigint;
  dev?: NetDevice;
  /** fib_nh_scope: the scope a gateway must be reachable in (RT_SCOPE_NOWHERE for host routes). */
  scope: number;
  /** RTNH_F_* */
  flags: number;
  /** Multipath only: fib_nh_weight (rtnh_hops + 1), fib_nh_upper_bound (fib_multipath.ts), nh_tclassid. */
  weight?: number;
  upper?: number;
  flow?: number;
}

export interface FibInfo {
  protocol: number;
  /** fib_scope: the route's scope. */
  scope: number;
  prefsrc: number;
  priority: number;
  /** The first nexthop (fib_info_nh(fi, 0)). */
  nh: FibNh;
  /** A multipath route's nexthops (two or more; nhs[0] === nh). */
  nhs?: FibNh[];
  /** fib_flags RTNH_F_DEAD: every nexthop of a multipath route is dead. */
  dead?: boolean;
  /**
   * fib_flags RTNH_F_LINKDOWN of a multipath route: set when it is created with every nexthop
   * linkdown, or when one fib_sync_down_dev() pass finds them all down/dead; cleared by a
   * fib_sync_up() that revives one (fib_semantics.c). Reported in rtm_flags ("default linkdown").
   */
  linkdown?: boolean;
  /** RTA_NH_ID: the nexthop object (nexthop.ts) the nexthops come from. */
  nhid?: number;
  metrics?: RtaMetrics;
  /** The nexthop's realms (nh_tclassid, from RTA_FLOW). */
  flow?: number;
}

/** dst_metric_raw() of a FIB entry: metric `rtax` (`ip route … mtu 1400`, `advmss N`), 0 when unset. */
export function fibMetric(fi: FibInfo, rtax: number): number {
  return rtaMetric(fi.metrics, rtax);
}

export interface FibAlias {
  dst: number;
  dstLen: number;
  tos: number;
  type: number;
  table: number;
  fi: FibInfo;
  /** Creation order (fibAliasClock): the order /proc/net/fib_trie replays leaf inserts in (fib_trie_proc.ts). */
  seq: number;
  /** fibLookup()'s answer naming this alias, made on first use (results are read only). */
  ok?: { kind: "ok"; res: FibResult };
}

export interface FibTable {
  id: number;
  aliases: FibAlias[];
  /** Bumped by every change of `aliases` made in place (an assignment changes its identity). */
  ver?: number;
  /** fibTableLookup's prefix index over `aliases` (fib_lpm.ts), for large tables. */
  lpm?: LpmIndex;
  /** Routes removed (made at `seq`, gone at `del`): the history /proc/net/fib_trie replays (fib_trie_proc.ts). */
  gone?: FibGone[];
}

export interface FibGone {
  dst: number;
  seq: number;
  del: number;
  /** Removed by fib_table_flush (one reverse walk of the trie per table and flush), not fib_table_delete. */
  flush?: true;
}

/** fib_table_hash order: by id & 255, the newest table first within a bucket (fib_flush walks them so). */
export function fibTablesHashOrder(tables: Iterable<FibTable>): FibTable[] {
  const list = [...tables];
  const pos = new Map(list.map((t, i) => [t, i]));
  return list.sort((a, b) => (a.id & 255) - (b.id & 255) || pos.get(b)! - pos.get(a)!);
}

/** At most this many removals are remembered per table (the oldest are forgotten: their insert and removal both). */
const GONE_MAX = 4096;

/** A route (key `dst`, made at `seq`) left `t`: its leaf's history for the fib_trie replay. */
export function fibAliasGone(t: FibTable, dst: number, seq: number, flushTick?: number): void {
  const g = (t.gone ??= []);
  if (g.length >= GONE_MAX) g.shift();
  g.push(flushTick === undefined ? { dst, seq, del: ++fibAliasClock.seq } : { dst, seq, del: flushTick, flush: true });
}

/** fib_table_flush(): keeps the routes of `t` that `keep` accepts; the others are recorded as gone in one walk (a walk that removes nothing too: dst -1). */
export function fibTableFilter(t: FibTable, keep: (fa: FibAlias) => boolean): boolean {
  const kept: FibAlias[] = [];
  let tick: number | undefined;
  for (const fa of t.aliases) {
    if (keep(fa)) kept.push(fa);
    else fibAliasGone(t, fa.dst, fa.seq, (tick ??= ++fibAliasClock.seq));
  }
  if (kept.length === t.aliases.length) {
    // The walk resizes every node even when it removes nothing: a marker with no route.
    fibAliasGone(t, -1, -1, ++fibAliasClock.seq);
    return false;
  }
  t.aliases = kept;
  return true;
}

/** Stamps FibAlias.seq (only the relative order is read). */
export const fibAliasClock = { seq: 0 };

/** RTN_* types that carry no nexthop and end a lookup with an error. */
export const ERROR_TYPES: ReadonlySet<number> = new Set([RTN_BLACKHOLE, RTN_UNREACHABLE, RTN_PROHIBIT, RTN_THROW]);

export function maskOf(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}

/** fib_get_table() */
export function fibGetTable(ns: NetNamespace, id: number): FibTable | undefined {
  return ipv4Of(ns).tables.get(id);
}

/** fib_new_table(): local and main exist from the start (fib4 rules off), others on first use. */
export function fibNewTable(ns: NetNamespace, id: number): FibTable {
  const tables = ipv4Of(ns).tables;
  let t = tables.get(id);
  if (!t) {
    // The local table is made with main as its alias while no custom rule
    // exists (the two share one trie until fib_unmerge): main comes into
    // being with it (/proc/net/route then has its header).
    if (id === 255 && !tables.has(254) && !fibRulesCustom(ns)) tables.set(254, { id: 254, aliases: [] });
    tables.set(id, (t = { id, aliases: [] }));
    rtGenidBump();
  }
  return t;
}

/**
 * fib4_rules_init() with CONFIG_IP_MULTIPLE_TABLES: no table exists yet —
 * local and main are made by the first route put in them (fib_new_table), so
 * a fresh namespace answers a dump of main with "FIB table does not exist".
 */
export function fibInitTables(ns: NetNamespace): void {
  void ns;
}

/** Trie order: key ascending, then longer prefix (smaller fa_slen) first, then tos descending. */
function leafCmp(a: { dst: number; dstLen: number; tos: number }, b: { dst: number; dstLen: number; tos: number }): number {
  if (a.dst !== b.dst) return a.dst < b.dst ? -1 : 1;
  if (a.dstLen !== b.dstLen) return b.dstLen - a.dstLen;
  return b.tos - a.tos;
}

export function sameNh(a: FibNh, b: FibNh): boolean {
  return a.gw === b.gw && a.dev === b.dev && (a.flags & RTNH_F_ONLINK) === (b.flags & RTNH_F_ONLINK);
}

/** nh_comp(): the same nexthops, weights and realms in the same order. */
function sameNhs(a: FibInfo, b: FibInfo): boolean {
  if (!a.nhs || !b.nhs) return !a.nhs && !b.nhs && sameNh(a.nh, b.nh);
  if (a.nhs.length !== b.nhs.length) return false;
  return a.nhs.every((x, i) => {
    const y = b.nhs![i]!;
    return sameNh(x, y) && (x.weight ?? 1) === (y.weight ?? 1) && (x.flow ?? 0) === (y.flow ?? 0);
  });
}

/** fib_info_hashfn equality: the routes would share one fib_info. */
function sameInfo(a: FibInfo, b: FibInfo): boolean {
  return a.protocol === b.protocol && a.scope === b.scope && a.prefsrc === b.prefsrc && a.priority === b.priority && sameNhs(a, b);
}

export type InsertMode = { replace: boolean; excl: boolean; append: boolean; create: boolean };

/**
 * The aliases with `key`'s prefix and tos and this priority, as list[first,
 * runLast) (fib_find_alias()'s run): the list is in leafCmp order, so the
 * prefix's run starts at the first alias not below the key (binary search).
 */
let runLast = 0;
function samePrioRun(list: readonly FibAlias[], key: { dst: number; dstLen: number; tos: number }, priority: number): number {
  let start = 0;
  for (let hi = list.length; start < hi; ) {
    const mid = (start + hi) >>> 1;
    if (leafCmp(list[mid]!, key) < 0) start = mid + 1;
    else hi = mid;
  }
  let end = start;
  while (end < list.length && leafCmp(list[end]!, key) === 0) end++;
  // fib_find_alias(): the first with priority >= ours.
  let first = start;
  while (first < end && list[first]!.fi.priority < priority) first++;
  let last = first;
  while (last < end && list[last]!.fi.priority === priority) last++;
  runLast = last;
  return first;
}

/** fib_table_insert(): EEXIST / ENOENT as errno names for the caller to raise. */
export function fibTableInsert(t: FibTable, fa: FibAlias, mode: InsertMode): "ok" | "EEXIST" | "ENOENT" {
  const list = t.aliases;
  const first = samePrioRun(list, fa, fa.fi.priority);
  const last = runLast;
  if (last > first) {
    if (mode.excl) return "EEXIST";
    if (mode.replace) {
      let victim = first;
      for (let i = first; i < last; i++) {
        if (list[i]!.type === fa.type && sameInfo(list[i]!.fi, fa.fi)) {
          victim = i;
          break;
        }
      }
      // The leaf stays (fib_table_insert replaces the alias in place): the new route takes the old one's place in the history.
      fa.seq = list[victim]!.seq;
      list[victim] = fa;
      t.ver = (t.ver ?? 0) + 1;
      rtGenidBump();
      return "ok";
    }
    for (let i = first; i < last; i++) if (list[i]!.type === fa.type && sameInfo(list[i]!.fi, fa.fi)) return "EEXIST";
    if (!mode.create) return "ENOENT";
    t.aliases = insertSmall(list, mode.append ? last : first, fa);
    t.ver = (t.ver ?? 0) + 1;
    rtGenidBump();
    return "ok";
  }
  if (!mode.create) return "ENOENT";
  // Exactly sized while short (core/small_array.ts): a container's tables hold a handful of routes.
  t.aliases = insertSmall(list, first, fa);
  t.ver = (t.ver ?? 0) + 1;
  rtGenidBump();
  return "ok";
}

/**
 * Whether `t` holds the route fib_magic() is about to add, so that
 * fibTableInsert would answer EEXIST (same prefix, tos, priority and type,
 * and a fib_info it would share: sameInfo with a gateway-less nexthop on
 * `dev` without RTNH_F_ONLINK).
 */
export function fibTableHasMagic(
  t: FibTable,
  dst: number,
  dstLen: number,
  type: number,
  protocol: number,
  scope: number,
  prefsrc: number,
  priority: number,
  dev: NetDevice,
): boolean {
  const list = t.aliases;
  const first = samePrioRun(list, { dst, dstLen, tos: 0 }, priority);
  const last = runLast;
  for (let i = first; i < last; i++) {
    const x = list[i]!;
    const fi = x.fi;
    // (a multipath route never shares a one-nexthop fib_info: sameNhs.)
    if (x.type !== type || fi.protocol !== protocol || fi.scope !== scope || fi.prefsrc !== prefsrc || fi.nhs) continue;
    const nh = fi.nh;
    if (nh.gw === 0 && nh.dev === dev && (nh.flags & RTNH_F_ONLINK) === 0) return true;
  }
  return false;
}

export interface DeleteSpec {
  dst: number;
  dstLen: number;
  tos: number;
  /** 0 = any */
  type: number;
  /** RT_SCOPE_NOWHERE = any */
  scope: number;
  prefsrc: number;
  protocol: number;
  priority: number;
  oif: number;
  gw: number;
  /** RTA_VIA inet6 of the request (fc_gw_family AF_INET6): only routes through that IPv6 gateway. */
  gw6?: bigint;
  /** RTA_MULTIPATH of the request: each nexthop's ifindex (0 = any) and gateway (0 = any), in order. */
  mp?: Array<{ oif: number; gw: number; gw6?: bigint; flow?: number }>;
  /** RTA_NH_ID of the request: only routes through that nexthop object. */
  nhid?: number;
}

/** fib_nh_match()'s multipath part: the request's nexthops against the route's, pairwise. */
function mpMatch(fi: FibInfo, mp: NonNullable<DeleteSpec["mp"]>): boolean {
  const nhs = fi.nhs ?? [fi.nh];
  for (let i = 0; i < nhs.length && i < mp.length; i++) {
    const r = mp[i]!;
    const nh = nhs[i]!;
    if (r.oif && r.oif !== nh.dev?.ifindex) return false;
    if (r.gw && r.gw !== nh.gw) return false;
    if (r.gw6 !== undefined && r.gw6 !== nh.gw6) return false;
    if (r.flow && r.flow !== (nh.flow ?? 0)) return false;
  }
  return true;
}

/** fib_table_delete(): the first alias the request matches; false when none (ESRCH). */
export function fibTableDelete(t: FibTable, d: DeleteSpec): FibAlias | undefined {
  const list = t.aliases;
  for (let i = 0; i < list.length; i++) {
    const fa = list[i]!;
    if (fa.dst !== d.dst || fa.dstLen !== d.dstLen || fa.tos !== d.tos) continue;
    const fi = fa.fi;
    if (d.type && fa.type !== d.type) continue;
    if (d.scope !== RT_SCOPE_NOWHERE && fi.scope !== d.scope) continue;
    if (d.prefsrc && fi.prefsrc !== d.prefsrc) continue;
    if (d.protocol && fi.protocol !== d.protocol) continue;
    if (d.priority && fi.priority !== d.priority) continue;
    if (d.oif && fi.nh.dev?.ifindex !== d.oif) continue;
    if (d.gw && fi.nh.gw !== d.gw) continue;
    if (d.gw6 !== undefined && fi.nh.gw6 !== d.gw6) continue;
    if (d.nhid !== undefined && fi.nhid !== d.nhid) continue;
    if (!d.oif && !d.gw && d.gw6 === undefined && d.mp && !mpMatch(fi, d.mp)) continue;
    list.splice(i, 1);
    fibAliasGone(t, fa.dst, fa.seq);
    t.ver = (t.ver ?? 0) + 1;
    rtGenidBump();
    return fa;
  }
  return undefined;
}

export interface FibResult {
  fa: FibAlias;
  type: number;
  prefixlen: number;
}

/**
 * fib_table_lookup(): the longest prefix covering `dst` whose alias accepts the
 * flow (tos, scope), skipping dead nexthops and nexthops on another device when
 * an output device is imposed.
 */
export function fibTableLookup(
  t: FibTable,
  flow: { dst: number; tos: number; scope: number; oif: number },
): FibResult | undefined {
  if (t.aliases.length >= LPM_MIN && fibLpmEnabled.on) {
    // The same answer from the prefix index: per prefix length, longest
    // first, the aliases of the covering prefix in table order.
    const idx = lpmIndex(t);
    for (let i = 0; i < idx.lens.length; i++) {
      const run = idx.byLen[i]!.get((flow.dst & maskOf(idx.lens[i]!)) >>> 0);
      if (!run) continue;
      for (const fa of run) if (fibAccepts(fa, flow)) return fibOk(fa).res;
    }
    return undefined;
  }
  let best: FibAlias | undefined;
  for (const fa of t.aliases) {
    if (best && fa.dstLen <= best.dstLen) continue;
    if (((flow.dst & maskOf(fa.dstLen)) >>> 0) !== fa.dst) continue;
    if (fibAccepts(fa, flow)) best = fa;
  }
  return best ? fibOk(best).res : undefined;
}

/** Whether fibTableLookup may end at `fa` (the prefix already covers the flow). */
function fibAccepts(fa: FibAlias, flow: { tos: number; scope: number; oif: number }): boolean {
  if (fa.tos && fa.tos !== flow.tos) return false;
  if (fa.fi.scope < flow.scope) return false;
  if (!ERROR_TYPES.has(fa.type)) {
    if (fa.fi.nhs) return !fa.fi.dead && fibFirstNh(fa.fi, flow.oif) !== undefined;
    const nh = fa.fi.nh;
    if (nh.flags & RTNH_F_DEAD) return false;
    if (flow.oif && nh.dev && nh.dev.ifindex !== flow.oif) return false;
  }
  return true;
}

/** The prefix index switch: off only in the differential test (test/ipv4/fib-lpm.test.ts). */
export const fibLpmEnabled = { on: true };

/**
 * The result of a lookup that ends at `fa`, one per alias: its type and
 * prefix length do not change while it exists (a change replaces the alias),
 * and callers only read it.
 */
export function fibOk(fa: FibAlias): { kind: "ok"; res: FibResult } {
  return (fa.ok ??= { kind: "ok", res: { fa, type: fa.type, prefixlen: fa.dstLen } });
}

const FIB_EHOSTUNREACH: FibLookup = { kind: "error", errno: "EHOSTUNREACH" };
const FIB_EACCES: FibLookup = { kind: "error", errno: "EACCES" };
const FIB_EINVAL: FibLookup = { kind: "error", errno: "EINVAL" };
const FIB_ENETUNREACH: FibLookup = { kind: "error", errno: "ENETUNREACH" };

/** The tables a lookup walks without policy rules: local, main, default (fib4_rules defaults). */
export const RULE_TABLES = [RT_TABLE_LOCAL, RT_TABLE_MAIN, RT_TABLE_DEFAULT];

export type FibLookup =
  | { kind: "ok"; res: FibResult }
  | { kind: "error"; errno: "ENETUNREACH" | "EHOSTUNREACH" | "EACCES" | "EINVAL" };

/**
 * The preferred source (fib_prefsrc) of the route to `dst`, else
 * inet_select_addr(dev, sel, RT_SCOPE_UNIVERSE).
 */
export function fibPrefsrcOrSelect(ns: NetNamespace, dst: number, tos: number, dev: NetDevice, sel: number): number {
  const r = fibLookup(ns, { dst, tos, scope: RT_SCOPE_UNIVERSE, oif: 0 });
  if (r.kind === "ok" && r.res.fa.fi.prefsrc) return r.res.fa.fi.prefsrc;
  return inetSelectAddr(dev, sel, RT_SCOPE_UNIVERSE);
}

/** fib_compute_spec_dst(): the address a reply to `skb` comes from. */
export function specDst(skb: SkBuff, rt: Rtable, saddr: number, daddr: number): number {
  if (((rt.flags & (RTCF_BROADCAST | RTCF_MULTICAST | RTCF_LOCAL)) >>> 0) === RTCF_LOCAL >>> 0) return daddr;
  return fibPrefsrcOrSelect(rt.ns, saddr, 0, skb.dev, saddr);
}

/**
 * fib_lookup(): through the policy rules (fib_rules.ts) once a namespace has
 * any, else straight through local, main, default as the default rules would;
 * unreachable/prohibit/blackhole/throw end it with their errno.
 */
export function fibLookup(ns: NetNamespace, flow: RuleFlow): FibLookup {
  if (ns.pernet.has("fib4_rules")) return fibRulesLookup(ns, flow);
  for (const id of RULE_TABLES) {
    const t = fibGetTable(ns, id);
    if (!t) continue;
    const r = fibTableLookup(t, flow);
    if (!r) continue;
    switch (r.type) {
      case RTN_THROW:
        continue;
      case RTN_UNREACHABLE:
        return FIB_EHOSTUNREACH;
      case RTN_PROHIBIT:
        return FIB_EACCES;
      case RTN_BLACKHOLE:
        return FIB_EINVAL;
    }
    return fibOk(r.fa);
  }
  return FIB_ENETUNREACH;
}

/** inet_addr_type_table(): what `addr` is in the local table (LOCAL, BROADCAST, UNICAST...). */
export function inetAddrType(ns: NetNamespace, addr: number, dev?: NetDevice): number {
  if (addr === 0 || addr === 0xffffffff) return RTN_BROADCAST;
  if (addr >>> 28 === 0xe) return RTN_MULTICAST;
  const t = fibGetTable(ns, RT_TABLE_LOCAL);
  if (t) {
    const r = fibTableLookup(t, { dst: addr, tos: 0, scope: RT_SCOPE_UNIVERSE, oif: 0 });
    if (r && (!dev || r.fa.fi.nh.dev === dev || r.type !== RTN_LOCAL)) {
      if (r.type === RTN_LOCAL || r.type === RTN_BROADCAST) return r.type;
    }
  }
  return RTN_UNICAST;
}

/** Every route of every table, tables in id order (RTM_GETROUTE dump). */
export function fibDumpAll(ns: NetNamespace): FibAlias[] {
  // The kernel walks its table hash: bucket id & 255, so 100, 200, default,
  // main, local — which is the order `ip route show table all` prints.
  const ids = [...ipv4Of(ns).tables.keys()].sort((a, b) => (a & 255) - (b & 255) || a - b);
  const out: FibAlias[] = [];
  for (const id of ids) out.push(...fibGetTable(ns, id)!.aliases);
  return out;
}

/** The nexthop flags the kernel reports for a route (dead/linkdown computed live). */
export function nhFlags(fa: FibAlias): number {
  return fa.fi.nh.flags;
}

export const SCOPE = { UNIVERSE: RT_SCOPE_UNIVERSE, LINK: RT_SCOPE_LINK, HOST: RT_SCOPE_HOST, NOWHERE: RT_SCOPE_NOWHERE };
export { RTN_UNICAST, RTN_LOCAL, RTN_BROADCAST, RTNH_F_DEAD, RTNH_F_LINKDOWN };
