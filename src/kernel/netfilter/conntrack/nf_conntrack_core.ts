// Connection tracking core (net/netfilter/nf_conntrack_core.c): the
// per-namespace table, nf_conntrack_in() at PRE_ROUTING and LOCAL_OUT
// (priority -200, after raw), and __nf_conntrack_confirm() at POST_ROUTING and
// LOCAL_IN (last), which puts a new connection in the table once its first
// packet leaves the stack alive. Each packet gets its ctinfo on the skb
// (skb->_nfct): NEW, ESTABLISHED(_REPLY), RELATED(_REPLY) for ICMP errors
// quoting a tracked connection, UNTRACKED after NOTRACK, or INVALID (no
// connection) when a tracker refuses the packet.
//
// As on Linux since 5.x, tracking in a namespace is switched on only while a
// rule needs it (nf_ct_netns_get from the conntrack/state/connmark matches,
// the NAT, CT and CONNMARK targets): x_tables tells us after each commit.
// Entries outlive the rules that made them and expire by their timeout;
// expired entries are reaped lazily, when the table is looked at (the gc
// worker's effect without its schedule).

import { IFF_LOOPBACK } from "../../../uapi/if_link.js";
import { netCore } from "../../core/net_namespace.js";
import type { NetNamespace } from "../../core/netns.js";
import type { SkBuff } from "../../core/skbuff.js";
import {
  NF_ACCEPT,
  NF_DROP,
  NF_IP_PRI_CONNTRACK,
  NF_IP_PRI_CONNTRACK_CONFIRM,
  nfRegisterNetHook,
  nfUnregisterNetHook,
  type NfHookOps,
  type NfHookState,
  type NfVerdict,
} from "../core.js";
import type { IpConntrackInfo, NfSkb } from "../nf_skb.js";
import { networkOffset } from "../pktinfo.js";
import { ipv4ConntrackDefrag } from "../nf_defrag_ipv4.js";
import { ipv6ConntrackDefrag } from "../nf_defrag_ipv6.js";
import { Conn, IPS_ASSURED, IPS_CONFIRMED, IPS_SEEN_REPLY, type CtDir } from "./nf_conntrack.js";
import { ICMP_ERROR_TYPES, ICMPV6_NOCT_TYPES, ctSysctl, l4Tracker } from "./nf_conntrack_l4.js";
import {
  IPPROTO_ICMP,
  IPPROTO_ICMPV6,
  NFPROTO_IPV4,
  NFPROTO_IPV6,
  invertTuple,
  ipv6UpperLayer,
  pktToTuple,
  pktToTuple6,
  tupleKey,
  type NfTuple,
} from "./nf_conntrack_tuple.js";

/** Per-CPU statistics as `conntrack -S` shows them (one CPU in the model). */
export interface CtStats {
  found: number;
  invalid: number;
  insert: number;
  insert_failed: number;
  drop: number;
  early_drop: number;
  error: number;
  search_restart: number;
  clash_resolve: number;
  chaintoolong: number;
}

interface CtPernet {
  /** tuple key -> [connection, direction] for confirmed connections (both directions). */
  hash: Map<string, [Conn, CtDir]>;
  /** Confirmed connections in insertion order (what a dump walks). */
  conns: Set<Conn>;
  /** Rules holding a reference (nf_ct_netns_get); hooks are registered while > 0. */
  users: number;
  ops: NfHookOps[];
  /** The IPv6 family's references and hooks (ipv6_conntrack_ops). */
  v6: { users: number; ops: NfHookOps[] };
  nextId: number;
  stats: CtStats;
  /** Listeners for `conntrack -E` (NEW/UPDATE/DESTROY events). */
  events: Set<(ev: CtEvent) => void>;
}

export type CtEvent = { type: "NEW" | "UPDATE" | "DESTROY"; ct: Conn };

const KEY = "nf_conntrack";
/** NF_IP_PRI_CONNTRACK_DEFRAG */
const NF_IP_PRI_CONNTRACK_DEFRAG = -400;

function newStats(): CtStats {
  return { found: 0, invalid: 0, insert: 0, insert_failed: 0, drop: 0, early_drop: 0, error: 0, search_restart: 0, clash_resolve: 0, chaintoolong: 0 };
}

export function ctPernet(net: NetNamespace): CtPernet {
  return net.get<CtPernet>(KEY, () => ({ hash: new Map(), conns: new Set(), users: 0, ops: [], v6: { users: 0, ops: [] }, nextId: 1, stats: newStats(), events: new Set() }));
}

function nowOf(net: NetNamespace): number {
  return netCore(net).host.clock.now;
}

/** What other subsystems undo when an entry leaves the table (the extensions' destroy: NAT's bysource). */
const deleteHooks: ((ct: Conn) => void)[] = [];

export function nfCtRegisterDeleteHook(fn: (ct: Conn) => void): void {
  deleteHooks.push(fn);
}

/**
 * nf_ct_ecache_ext_add(): nf_conntrack_events 1 gives every new entry the event extension, 2
 * ("auto", the default) only while the namespace has a listener, 0 none.
 */
function ecacheWanted(net: NetNamespace, p: CtPernet): boolean {
  const mode = ctSysctl(net, "events", 2);
  return mode === 1 || (mode === 2 && p.events.size > 0);
}

/** nf_ct_kill / nf_ct_delete: out of the table (and a DESTROY event). */
export function nfCtDelete(ct: Conn): void {
  const p = ctPernet(ct.net);
  if (!p.conns.delete(ct)) return;
  for (const t of [ct.orig, ct.reply]) {
    const k = ctKey(t, ct.zone);
    if (p.hash.get(k)?.[0] === ct) p.hash.delete(k);
  }
  for (const fn of deleteHooks) fn(ct);
  if (ct.ecache) for (const fn of p.events) fn({ type: "DESTROY", ct });
}

/** The gc worker's effect: expired entries leave the table. */
export function nfCtGc(net: NetNamespace): void {
  const p = ctPernet(net);
  const now = nowOf(net);
  for (const ct of [...p.conns]) if (ct.timeout <= now) nfCtDelete(ct);
}

/** Confirmed, unexpired connections in table order. */
export function nfCtList(net: NetNamespace): Conn[] {
  nfCtGc(net);
  return [...ctPernet(net).conns];
}

/** The hash key of a tuple in a zone (nf_ct_zone_equal: zone 0's keys are the plain tuple keys). */
function ctKey(t: NfTuple, zone: number): string {
  const k = tupleKey(t);
  return zone ? `${zone}@${k}` : k;
}

/** nf_conntrack_find_get(): a confirmed connection holding this tuple in the zone, and the tuple's direction. */
export function nfCtFind(net: NetNamespace, t: NfTuple, zone = 0): [Conn, CtDir] | undefined {
  const p = ctPernet(net);
  const hit = p.hash.get(ctKey(t, zone));
  if (!hit) return undefined;
  if (hit[0].timeout <= nowOf(net)) {
    nfCtDelete(hit[0]);
    return undefined;
  }
  return hit;
}

/** nf_conntrack_tuple_taken(): is the tuple in use by a connection other than `ignore`? */
export function nfCtTupleTaken(net: NetNamespace, t: NfTuple, ignore: Conn): boolean {
  const hit = nfCtFind(net, t, ignore.zone);
  return !!hit && hit[0] !== ignore;
}

function setNfct(skb: SkBuff, ctinfo: IpConntrackInfo, ct?: Conn): void {
  const s = skb as NfSkb;
  s.nfct = ct ? { ctinfo, ct } : { ctinfo };
  s.nfctInvalid = false;
}

function setInvalid(skb: SkBuff, net: NetNamespace): void {
  const s = skb as NfSkb;
  s.nfct = undefined;
  s.nfctInvalid = true;
  ctPernet(net).stats.invalid++;
}

/** The connection behind an skb, if it belongs to this namespace. */
export function nfCtGet(skb: SkBuff): { ct: Conn; ctinfo: IpConntrackInfo } | undefined {
  const r = (skb as NfSkb).nfct;
  if (!r || !(r.ct instanceof Conn)) return undefined;
  return { ct: r.ct, ctinfo: r.ctinfo };
}

/** icmp_error_message(): an ICMP error is RELATED to the connection it quotes. */
function icmpErrorLookup(net: NetNamespace, d: Uint8Array, th: number, zone: number): { ct: Conn; ctinfo: IpConntrackInfo } | undefined {
  const inner = th + 8;
  if (d.length < inner + 20 || d[inner]! >> 4 !== 4) return undefined;
  const ihl = (d[inner]! & 0x0f) * 4;
  return relatedTo(net, pktToTuple(d, inner, ihl), zone);
}

/** icmpv6_error_message(): an ICMPv6 error quotes an IPv6 packet the same way. */
function icmpv6ErrorLookup(net: NetNamespace, d: Uint8Array, th: number, zone: number): { ct: Conn; ctinfo: IpConntrackInfo } | undefined {
  const inner = th + 8;
  if (d.length < inner + 40 || d[inner]! >> 4 !== 6) return undefined;
  const up = ipv6UpperLayer(d, inner);
  if (!up || up.frag) return undefined;
  return relatedTo(net, pktToTuple6(d, inner, up.proto, up.off), zone);
}

function relatedTo(net: NetNamespace, t: NfTuple | undefined, zone: number): { ct: Conn; ctinfo: IpConntrackInfo } | undefined {
  if (!t) return undefined;
  // The quoted packet went the other way: its inverse is what this side would see.
  const hit = nfCtFind(net, invertTuple(t), zone);
  if (!hit) return undefined;
  return { ct: hit[0], ctinfo: hit[1] === 1 ? "RELATED_REPLY" : "RELATED" };
}

/**
 * What skb_scrub_packet() does to a packet crossing into this namespace (a
 * veth peer, a bridge port): it arrives with no connection. Only a packet
 * looped back over lo keeps what it had on the way out. Runs at PRE_ROUTING
 * before raw (the defrag slot, -400), so NOTRACK there still counts.
 */
function nfCtScrub(skb: SkBuff): NfVerdict {
  if (skb.dev.flags & IFF_LOOPBACK) return NF_ACCEPT;
  const s = skb as NfSkb;
  s.nfct = undefined;
  s.nfctInvalid = false;
  s.nfNotrack = false;
  s.nfCtZone = undefined;
  return NF_ACCEPT;
}

/** The layer-3 view conntrack needs: where the L4 header is, its protocol, the tuple maker. */
interface L3View {
  nh: number;
  th: number;
  proto: number;
  frag: boolean;
  tuple: () => NfTuple | undefined;
}

/** ipv4_get_l4proto() */
function l3View4(d: Uint8Array, nh: number): L3View | undefined {
  if (d.length < nh + 20) return undefined;
  const ihl = (d[nh]! & 0x0f) * 4;
  const frag = (((d[nh + 6]! << 8) | d[nh + 7]!) & 0x1fff) !== 0;
  return { nh, th: nh + ihl, proto: d[nh + 9]!, frag, tuple: () => pktToTuple(d, nh, ihl) };
}

/** ipv6_get_l4proto(): behind the extension headers. */
function l3View6(d: Uint8Array, nh: number): L3View | undefined {
  const up = ipv6UpperLayer(d, nh);
  if (!up) return undefined;
  return { nh, th: up.off, proto: up.proto, frag: up.frag, tuple: () => pktToTuple6(d, nh, up.proto, up.off) };
}

/**
 * nf_conntrack_handle_icmp(): ICMP errors are RELATED to what they quote
 * (INVALID when nothing is tracked for it); neighbour discovery and MLD
 * (nf_conntrack_icmpv6_error) are left UNTRACKED. Returns true when the
 * packet's fate is settled here.
 */
function handleIcmp(net: NetNamespace, skb: SkBuff, d: Uint8Array, v: L3View, pf: number, zone: number): boolean {
  if (pf === NFPROTO_IPV4) {
    if (v.proto !== IPPROTO_ICMP || d.length < v.th + 8 || !ICMP_ERROR_TYPES.has(d[v.th]!)) return false;
    const rel = icmpErrorLookup(net, d, v.th, zone);
    if (rel) setNfct(skb, rel.ctinfo, rel.ct);
    else setInvalid(skb, net);
    return true;
  }
  if (v.proto !== IPPROTO_ICMPV6) return false;
  if (d.length < v.th + 8) {
    setInvalid(skb, net);
    return true;
  }
  const type = d[v.th]!;
  if (ICMPV6_NOCT_TYPES.has(type)) {
    setNfct(skb, "UNTRACKED");
    return true;
  }
  if (type >= 128) return false;
  const rel = icmpv6ErrorLookup(net, d, v.th, zone);
  if (rel) setNfct(skb, rel.ctinfo, rel.ct);
  else setInvalid(skb, net);
  return true;
}

/** nf_conntrack_in() for either family (`pf`: NFPROTO_IPV4 or NFPROTO_IPV6). */
export function nfConntrackIn(net: NetNamespace, skb: SkBuff, _state: NfHookState, pf = NFPROTO_IPV4): NfVerdict {
  const s = skb as NfSkb;
  if (s.nfct && (s.nfct.ctinfo === "UNTRACKED" || (s.nfct.ct instanceof Conn && s.nfct.ct.net === net))) return NF_ACCEPT;
  if (s.nfNotrack) {
    setNfct(skb, "UNTRACKED");
    return NF_ACCEPT;
  }
  const d = skb.data;
  const nh = networkOffset(skb);
  const l3v = pf === NFPROTO_IPV6 ? l3View6(d, nh) : l3View4(d, nh);
  if (!l3v) {
    if (pf === NFPROTO_IPV6 && d.length >= nh + 40) setInvalid(skb, net);
    return NF_ACCEPT;
  }
  const { th, proto } = l3v;
  const tracker = l4Tracker(proto);
  if (l3v.frag || (tracker.error && !tracker.error(d, th))) {
    setInvalid(skb, net);
    return NF_ACCEPT;
  }
  const zone = s.nfCtZone ?? 0;
  if (handleIcmp(net, skb, d, l3v, pf, zone)) return NF_ACCEPT;
  const tuple = l3v.tuple();
  if (!tuple) {
    setInvalid(skb, net);
    return NF_ACCEPT;
  }
  const p = ctPernet(net);
  const now = nowOf(net);
  let ct: Conn;
  let dir: CtDir;
  const hit = nfCtFind(net, tuple, zone);
  if (hit) {
    // The kernels recorded here no longer count `found` nor `insert` (conntrack -S and
    // /proc/net/stat/nf_conntrack show 0 after traffic): the fields stay for the ABI only.
    [ct, dir] = hit;
  } else {
    ct = new Conn(net, tuple, invertTuple(tuple), p.nextId++, () => nowOf(net));
    ct.acct = ctSysctl(net, "acct", 0) !== 0;
    ct.ecache = ecacheWanted(net, p);
    ct.zone = zone;
    dir = 0;
    if (!tracker.newConn(ct, d, th)) {
      setInvalid(skb, net);
      return NF_ACCEPT;
    }
  }
  // nf_conntrack_event_cache(): what this packet changes (IPCT_REPLY, IPCT_PROTOINFO for a TCP state
  // move, IPCT_ASSURED) is delivered as one UPDATE once the packet is through, for confirmed entries.
  const stateBefore = ct.tcp?.state;
  const assuredBefore = ct.status & IPS_ASSURED;
  const v = tracker.packet(ct, dir, d, th, now);
  if (v === "invalid") {
    setInvalid(skb, net);
    return NF_ACCEPT;
  }
  ct.packets[dir]!++;
  ct.bytes[dir]! += d.length - nh;
  if (v === "kill") {
    // nf_ct_kill_acct(): counted, then deleted (DESTROY while still unreplied); the packet
    // keeps its entry and nf_conntrack_in still sets SEEN_REPLY below, with no UPDATE event
    // (nfCtDelete leaves IPS_CONFIRMED set, hence the guard there).
    if (ct.status & IPS_CONFIRMED) nfCtDelete(ct);
    else ct.timeout = now;
  }
  let changed = ct.tcp?.state !== stateBefore || (ct.status & IPS_ASSURED) !== assuredBefore;
  let ctinfo: IpConntrackInfo;
  if (dir === 1) {
    ctinfo = "ESTABLISHED_REPLY";
    if (!(ct.status & IPS_SEEN_REPLY)) {
      ct.status |= IPS_SEEN_REPLY;
      changed = true;
    }
  } else ctinfo = ct.status & IPS_SEEN_REPLY ? "ESTABLISHED" : "NEW";
  if (changed && v !== "kill" && ct.status & IPS_CONFIRMED && ct.ecache) for (const fn of p.events) fn({ type: "UPDATE", ct });
  setNfct(skb, ctinfo, ct);
  return NF_ACCEPT;
}

/** __nf_conntrack_confirm(): a new connection enters the table with its final (NATed) tuples. */
export function nfConntrackConfirm(net: NetNamespace, skb: SkBuff): NfVerdict {
  const got = nfCtGet(skb);
  if (!got || got.ct.status & IPS_CONFIRMED || got.ct.net !== net) return NF_ACCEPT;
  const ct = got.ct;
  const p = ctPernet(net);
  const ko = ctKey(ct.orig, ct.zone);
  const kr = ctKey(ct.reply, ct.zone);
  if (nfCtFind(net, ct.orig, ct.zone) || nfCtFind(net, ct.reply, ct.zone)) {
    // Another packet of the same flow won the race: the kernel drops this one.
    p.stats.insert_failed++;
    p.stats.drop++;
    ctDestroyUnconfirmed(ct);
    return NF_DROP;
  }
  if (p.conns.size >= ctSysctl(net, "max", 262144)) {
    p.stats.drop++;
    ctDestroyUnconfirmed(ct);
    return NF_DROP;
  }
  ct.status |= IPS_CONFIRMED;
  ctInsert(p, ct, ko, kr);
  return NF_ACCEPT;
}

/**
 * An entry dropped with its skb before confirmation: never in the table (no DESTROY event),
 * but its extensions are destroyed all the same (NAT's bysource entry).
 */
function ctDestroyUnconfirmed(ct: Conn): void {
  for (const fn of deleteHooks) fn(ct);
}

/** __nf_conntrack_hash_insert(): both directions into the table, then the NEW event. */
function ctInsert(p: ReturnType<typeof ctPernet>, ct: Conn, ko: string, kr: string): void {
  p.hash.set(ko, [ct, 0]);
  p.hash.set(kr, [ct, 1]);
  p.conns.add(ct);
  if (ct.ecache) for (const fn of p.events) fn({ type: "NEW", ct });
}

/**
 * ctnetlink_create_conntrack(): an entry made from userspace (`conntrack -I`), with the given
 * tuples, status bits, TCP state, mark and timeout (seconds); it is confirmed at once, so a tuple
 * already in the table (either direction) makes it fail with EEXIST.
 */
export function nfCtCreateUser(
  net: NetNamespace,
  orig: NfTuple,
  reply: NfTuple,
  init: { timeout: number; status: number; mark: number; tcpState?: number },
): Conn | "EEXIST" {
  if (nfCtFind(net, orig) || nfCtFind(net, reply)) return "EEXIST";
  const p = ctPernet(net);
  const ct = new Conn(net, orig, reply, p.nextId++, () => nowOf(net));
  ct.acct = ctSysctl(net, "acct", 0) !== 0;
  ct.ecache = ecacheWanted(net, p);
  ct.timeout = nowOf(net) + init.timeout * 1e9;
  ct.status = (init.status | IPS_CONFIRMED) >>> 0;
  ct.mark = init.mark;
  if (init.tcpState !== undefined) ct.tcp = { state: init.tcpState, retrans: 0, lastDir: 0, lastFlags: 0 };
  ctInsert(p, ct, tupleKey(orig), tupleKey(reply));
  return ct;
}

/** Extra hooks (NAT) that come and go with tracking of a family in a namespace. */
const companions: ((net: NetNamespace, pf: number) => NfHookOps[])[] = [];
export function nfCtRegisterCompanion(fn: (net: NetNamespace, pf: number) => NfHookOps[]): void {
  companions.push(fn);
}

/** ipv4_conntrack_ops / ipv6_conntrack_ops, with the defrag slot's scrub (nf_defrag_ipv4/ipv6). */
function hooksFor(net: NetNamespace, pf: number): NfHookOps[] {
  const owner = pf === NFPROTO_IPV6 ? "nf_conntrack_ipv6" : "nf_conntrack";
  const mk = (hook: 0 | 1 | 3 | 4, priority: number, fn: NfHookOps["fn"]): NfHookOps => ({ pf, hook, priority, owner, fn });
  const ops = [
    mk(0, NF_IP_PRI_CONNTRACK_DEFRAG, pf === NFPROTO_IPV6 ? (skb) => (nfCtScrub(skb), ipv6ConntrackDefrag(skb)) : (skb) => (nfCtScrub(skb), ipv4ConntrackDefrag(skb))),
    mk(0, NF_IP_PRI_CONNTRACK, (skb, st) => nfConntrackIn(net, skb, st, pf)),
    mk(3, NF_IP_PRI_CONNTRACK, (skb, st) => nfConntrackIn(net, skb, st, pf)),
    mk(4, NF_IP_PRI_CONNTRACK_CONFIRM, (skb) => nfConntrackConfirm(net, skb)),
    mk(1, NF_IP_PRI_CONNTRACK_CONFIRM, (skb) => nfConntrackConfirm(net, skb)),
  ];
  for (const c of companions) ops.push(...c(net, pf));
  return ops;
}

/**
 * nf_ct_netns_get()/put() summed per family: tracking of `pf` is on while
 * its `users` > 0 (one table holds both families' connections).
 */
export function nfCtSetUsers(net: NetNamespace, users: number, pf = NFPROTO_IPV4): void {
  const p = ctPernet(net);
  const f = pf === NFPROTO_IPV6 ? p.v6 : p;
  const was = f.users > 0;
  f.users = users;
  if (users > 0 && !was) {
    f.ops = hooksFor(net, pf);
    for (const o of f.ops) nfRegisterNetHook(net, o);
  } else if (users === 0 && was) {
    for (const o of f.ops) nfUnregisterNetHook(net, o);
    f.ops = [];
  }
}

export function nfCtEnabled(net: NetNamespace): boolean {
  const p = net.pernet.get(KEY) as CtPernet | undefined;
  return !!p && (p.users > 0 || p.v6.users > 0);
}
