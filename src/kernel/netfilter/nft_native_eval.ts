// nft_do_chain() for native rules: statements in order, a match that fails
// moves to the next rule; counter, log and limit act in place; a verdict ends
// the rule; jump/goto/return as in nf_tables_core.c (jump stack of 16); the end
// of a base chain applies its policy, the end of a regular chain returns.
// Matches read the packet the way the payload/meta/ct expressions do (a
// transport field implies its protocol dependency, and later fragments carry
// no transport header); ct state, log, limit, reject and the nat statements
// use the same mechanisms as their x_tables counterparts (xt_state, LOG,
// limit, REJECT, SNAT/DNAT/MASQUERADE/REDIRECT).

import { NFPROTO_IPV4, NFPROTO_IPV6 } from "../../uapi/x_tables.js";
import { NF_NAT_RANGE_MAP_IPS, NF_NAT_RANGE_PROTO_SPECIFIED, type NfNatRange } from "../../uapi/xt_ext.js";
import type { NftChainDump, NftData, NftElem, NftField, NftMatch, NftStmt, NftTableDump, NftVal } from "../../uapi/nft_native.js";
import { ETH_HLEN, type SkBuff } from "../core/skbuff.js";
import type { NetDevice } from "../core/netdevice.js";
import { netCore } from "../core/net_namespace.js";
import { findElem, liveElems } from "./nft_set.js";
import { NF_ACCEPT, NF_DROP, type NfHookState, type NfVerdict } from "./core.js";
import { ipLength, makePkt, type XtPkt } from "./pktinfo.js";
import { makePkt6 } from "./pktinfo6.js";
import { XT_CONTINUE, xtFindMatch, xtFindTarget } from "./xt_registry.js";
import { nfTraceKey, nfTraceNotify, NFT_TRACETYPE_POLICY, NFT_TRACETYPE_RULE, type NfTraceInfo, type NfTraceVerdict } from "./nf_trace.js";
import { NFPROTO_FAMILY } from "../../uapi/nft_native.js";
import { nfulnlLogPacket } from "./nfnetlink_log.js";

/** nft's ct state bits (NF_CT_STATE_*_BIT) as xt_state's (XT_STATE_BIT). */
const CT_BITS: [number, number][] = [
  [1, 1],
  [2, 2],
  [4, 4],
  [8, 8],
  [64, 16],
];

function l4proto(p: XtPkt): number {
  return p.ip6 ? p.ip6.proto : p.iph.protocol;
}

/** The value a field has in this packet, or undefined when the packet has no such field (the dependency fails). */
/** What a frame without an IP header still has (netdev/bridge chains). */
const L2_FIELDS = new Set<NftField>(["iifname", "oifname", "iif", "oif", "ether saddr", "meta mark"]);

function load(p: XtPkt, m: { field: NftField }): bigint | string | undefined {
  if (p.l2only && !L2_FIELDS.has(m.field)) return undefined;
  const d = p.skb.data;
  const port = (proto: number, off: number) => (l4proto(p) === proto && !p.fragoff && d.length >= p.thoff + off + 2 ? BigInt((d[p.thoff + off]! << 8) | d[p.thoff + off + 1]!) : undefined);
  switch (m.field) {
    case "ip saddr":
      return p.ip6 ? undefined : BigInt(p.iph.saddr >>> 0);
    case "ip daddr":
      return p.ip6 ? undefined : BigInt(p.iph.daddr >>> 0);
    case "ip6 saddr":
      return p.ip6?.src;
    case "ip6 daddr":
      return p.ip6?.dst;
    case "ip protocol":
      return p.ip6 ? undefined : BigInt(p.iph.protocol);
    case "meta l4proto":
      return BigInt(l4proto(p));
    case "tcp sport":
      return port(6, 0);
    case "tcp dport":
      return port(6, 2);
    case "udp sport":
      return port(17, 0);
    case "tcp flags":
      return l4proto(p) === 6 && !p.fragoff && d.length > p.thoff + 13 ? BigInt(d[p.thoff + 13]!) : undefined;
    case "udp dport":
      return port(17, 2);
    case "icmp type":
      return !p.ip6 && p.iph.protocol === 1 && !p.fragoff && d.length > p.thoff ? BigInt(d[p.thoff]!) : undefined;
    case "icmpv6 type":
      return p.ip6 && p.ip6.proto === 58 && d.length > p.thoff ? BigInt(d[p.thoff]!) : undefined;
    case "iifname":
      return p.in?.name ?? "";
    case "oifname":
      return p.out?.name ?? "";
    case "iif":
      return p.in ? BigInt(p.in.ifindex) : undefined;
    case "oif":
      return p.out ? BigInt(p.out.ifindex) : undefined;
    case "ether saddr": {
      const mac = p.nhoff - 14;
      if (mac < 0 || !p.in) return undefined;
      let v = 0n;
      for (let i = 6; i < 12; i++) v = (v << 8n) | BigInt(d[mac + i]!);
      return v;
    }
    case "meta mark":
      return BigInt(p.skb.mark);
  }
}

function valMatches(v: bigint | string, x: NftVal, bits: number): boolean {
  if (x.kind === "str" && x.ifindex !== undefined) return v === BigInt(x.ifindex);
  if (typeof v === "string") {
    if (x.kind !== "str") return false;
    return x.s.endsWith("*") && !x.s.endsWith("\\*") ? v.startsWith(x.s.slice(0, -1)) : v === x.s;
  }
  switch (x.kind) {
    case "single":
      return v === x.v;
    case "range":
      return v >= x.lo && v <= x.hi;
    case "prefix": {
      const shift = BigInt(bits - x.len);
      return v >> shift === x.v >> shift;
    }
    default:
      return false;
  }
}

const clockNow = (p: XtPkt): number => netCore(p.state.net).host.clock.now;

/** A named set's elements, expired ones included: lookups skip those with alive() rather than copying the set. */
const named = (t: NftTableDump, name: string): readonly NftElem[] => t.sets.find((x) => x.name === name)?.elems ?? [];

/** Whether an element has not timed out at `now` (ns; undefined for an anonymous set, which never expires). */
const alive = (e: NftElem, now: number | undefined): boolean => now === undefined || e.expires === undefined || e.expires > now;

/** nft_dynset_eval(): the packet's key into the set (add: if absent; update: also refreshes the timeout); a full set or a missing field ends the rule. */
function dynset(p: XtPkt, s: NftStmt & { k: "dynset" }, t: NftTableDump): boolean {
  const set = t.sets.find((x) => x.name === s.set);
  if (!set) return false;
  const parts: NftVal[] = [];
  for (const part of s.key) {
    if ("val" in part) {
      parts.push(part.val);
      continue;
    }
    const v = load(p, part);
    if (v === undefined) return false;
    parts.push(typeof v === "string" ? { kind: "str", s: v } : { kind: "single", v });
  }
  const key: NftVal = parts.length === 1 ? parts[0]! : { kind: "concat", parts };
  const now = clockNow(p);
  if (set.elems.some((e) => !alive(e, now))) set.elems = liveElems(set, now);
  const timeout = s.timeout ?? set.timeout;
  const expires = timeout !== undefined ? now + timeout * 1_000_000 : undefined;
  const i = findElem(set, key);
  if (i >= 0) {
    if (s.op === "update" && expires !== undefined) set.elems[i] = { ...set.elems[i]!, expires };
    return true;
  }
  if (set.elems.length >= (set.size ?? 65535)) return false;
  set.elems.push({ key, ...(s.timeout !== undefined ? { timeout: s.timeout } : {}), ...(expires !== undefined ? { expires } : {}) });
  return true;
}

/** The live element of a set or map whose key holds this value (nft_lookup, nft_set_lookup). */
function lookup(v: bigint | string, elems: readonly NftElem[], bits: number, now: number | undefined): NftElem | undefined {
  return elems.find((e) => alive(e, now) && valMatches(v, e.key, bits));
}

/** A concatenation: every field's value against its part of the key. */
function concatMatches(vs: (bigint | string)[], x: NftVal, fields: readonly NftField[]): boolean {
  return x.kind === "concat" && x.parts.every((part, i) => valMatches(vs[i]!, part, fieldBits(fields[i]!)));
}

const fieldBits = (field: string) => (field.startsWith("ip6") ? 128 : field === "ether saddr" ? 48 : 32);

function matches(p: XtPkt, m: NftMatch, t: NftTableDump): boolean {
  if (m.field === "ct state") {
    let mask = 0;
    for (const x of m.vals) if (x.kind === "single") for (const [nft, xt] of CT_BITS) if (Number(x.v) & nft) mask |= xt;
    const hit = xtFindMatch("state", p.ip6 ? 6 : 4)!.match(p, { stateMask: mask });
    return hit !== m.neg;
  }
  if (m.fields) {
    const vs = m.fields.map((field) => load(p, { field }));
    if (vs.some((x) => x === undefined)) return false;
    const hit = (k: NftVal) => concatMatches(vs as (bigint | string)[], k, m.fields!);
    if (m.ref === undefined) return m.vals.some(hit) !== m.neg;
    const now = clockNow(p);
    return named(t, m.ref).some((e) => alive(e, now) && hit(e.key)) !== m.neg;
  }
  const v = load(p, m);
  if (v === undefined) return false;
  if (m.flags && typeof v === "bigint") {
    const x = m.vals[0]!.kind === "single" ? m.vals[0]!.v : 0n;
    // An implicit compare of a bitmask: any of the flags set (nft's OP_IMPLICIT on a bitmask type).
    if (m.flags.implicit) return (v & x) !== 0n;
    return ((v & (m.flags.mask ?? 0xffn)) === x) !== m.neg;
  }
  const bits = fieldBits(m.field);
  if (m.ref !== undefined) return (lookup(v, named(t, m.ref), bits, clockNow(p)) !== undefined) !== m.neg;
  return m.vals.some((x) => valMatches(v, x, bits)) !== m.neg;
}

const UNITS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800 };
const REJECT6: Record<string, number> = { "no-route": 0, "admin-prohibited": 1, "addr-unreachable": 3, "host-unreachable": 3, "port-unreachable": 4, "policy-fail": 7, "reject-route": 8 };
const REJECT4: Record<string, number> = { "net-unreachable": 0, "host-unreachable": 1, "prot-unreachable": 2, "port-unreachable": 3, "net-prohibited": 5, "host-prohibited": 6, "admin-prohibited": 8 };
const LEVELS = ["emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"];
/** nft_limit's token bucket per statement: tokens in ns of credit (net/netfilter/nft_limit.c). */
const limitState = new WeakMap<object, { tokens: bigint; last: bigint; max: bigint; nsecs: bigint }>();

/** A meter's elements: per key, the limit statement its bucket hangs on, and when it expires (ns). */
const meters = new WeakMap<object, Map<string, { limit: object; expires?: number }>>();

/** A meter's live keys (what a dump of its set lists), in the order they were added. */
export function nftMeterKeys(s: object, now: number): bigint[] {
  const m = meters.get(s);
  if (!m) return [];
  return [...m].filter(([, e]) => e.expires === undefined || e.expires > now).map(([k]) => BigInt(k));
}

/** nft_dynset_eval() with a limit expression: the key's element (made on first sight while the set has room) runs its own bucket. */
function meterOver(p: XtPkt, s: NftStmt & { k: "meter" }, len: number): boolean {
  const v = load(p, { field: s.key });
  if (v === undefined) return true;
  let m = meters.get(s);
  if (!m) meters.set(s, (m = new Map()));
  const now = clockNow(p);
  for (const [k, e] of m) if (e.expires !== undefined && e.expires <= now) m.delete(k);
  const key = String(v);
  let e = m.get(key);
  if (!e) {
    if (m.size >= s.size) return true;
    m.set(key, (e = { limit: { ...s.limit } }));
  }
  if (s.timeout !== undefined) e.expires = now + s.timeout * 1_000_000;
  return overLimit(p, e.limit as NftStmt & { k: "limit" }, len);
}

/** nft_limit_eval(): true when the packet is over the limit (the rule stops, or matches with `over`). */
function overLimit(p: XtPkt, s: NftStmt & { k: "limit" }, len: number): boolean {
  const now = BigInt(clockNow(p));
  let b = limitState.get(s);
  if (!b) {
    const nsecs = BigInt(UNITS[s.unit]!) * 1_000_000_000n;
    const rate = BigInt(s.rate);
    const max = s.bytes ? (nsecs * (rate + BigInt(s.burst ?? 0))) / rate : (nsecs / rate) * BigInt(s.burst || 5);
    limitState.set(s, (b = { tokens: max, last: now, max, nsecs }));
  }
  const cost = s.bytes ? (BigInt(len) * b.nsecs) / BigInt(s.rate) : b.nsecs / BigInt(s.rate);
  let tokens = b.tokens + now - b.last;
  if (tokens > b.max) tokens = b.max;
  b.last = now;
  if (tokens - cost >= 0n) {
    b.tokens = tokens - cost;
    return !!s.over;
  }
  b.tokens = tokens;
  return !s.over;
}

/** Runs a statement that is not a match or verdict; a verdict to return, or undefined to go on. */
function act(p: XtPkt, s: NftStmt, len: number, t: NftTableDump): NfVerdict | undefined | "nomatch" {
  switch (s.k) {
    case "dynset":
      return dynset(p, s, t) ? undefined : "nomatch";
    case "meter":
      return meterOver(p, s, len) ? "nomatch" : undefined;
    case "nftrace":
      p.skb.nfTrace = s.on;
      return undefined;
    case "counter":
      s.packets++;
      s.bytes += BigInt(len);
      return undefined;
    case "log": {
      if (s.group !== undefined) {
        nfulnlLogPacket(p, s.group, s.prefix ?? "");
        return undefined;
      }
      xtFindTarget("LOG", p.ip6 ? 6 : 4)?.target(p, { level: s.level ? LEVELS.indexOf(s.level) : 4, logflags: 0, prefix: s.prefix ?? "" });
      return undefined;
    }
    case "limit": {
      return overLimit(p, s, len) ? "nomatch" : undefined;
    }
    case "reject": {
      const w = s.with;
      // nft_reject_inet/ipv6: port-unreachable unless told; icmpv6/icmpx names map to ip6t_reject_with.
      if (p.ip6) return xtFindTarget("REJECT", 6)!.target(p, { with: w?.type === "tcp reset" ? 6 : w && w.type !== "icmp" ? (REJECT6[w.code] ?? 4) : 4 }) as NfVerdict;
      const code = w?.type === "tcp reset" ? 7 : w && w.type !== "icmpv6" ? (REJECT4[w.code] ?? 3) : 3;
      return xtFindTarget("REJECT", 4)!.target(p, { with: code }) as NfVerdict;
    }
    case "nat": {
      const name = { snat: "SNAT", dnat: "DNAT", masquerade: "MASQUERADE", redirect: "REDIRECT" }[s.type];
      const range: NfNatRange = { flags: 0, minAddr: 0, maxAddr: 0, minProto: 0, maxProto: 0, baseProto: 0 };
      const map = s.map;
      if (map) {
        // The address is the data of the map element the packet's key finds (a miss ends the rule).
        const v = load(p, map);
        const e = v === undefined ? undefined : lookup(v, map.ref !== undefined ? named(t, map.ref) : map.elems, fieldBits(map.field), map.ref !== undefined ? clockNow(p) : undefined);
        if (e?.data?.kind !== "value" || e.data.v.kind !== "single") return "nomatch";
        s = { ...(s as NftStmt & { k: "nat" }), addr: e.data.v.v, map: undefined };
      }
      if (s.addr !== undefined) {
        range.flags |= NF_NAT_RANGE_MAP_IPS;
        if (p.ip6) {
          range.minAddr6 = s.addr;
          range.maxAddr6 = s.addrHi ?? s.addr;
        } else {
          range.minAddr = Number(s.addr);
          range.maxAddr = Number(s.addrHi ?? s.addr);
        }
      }
      if (s.port !== undefined) {
        range.flags |= NF_NAT_RANGE_PROTO_SPECIFIED;
        range.minProto = s.port;
        range.maxProto = s.portHi ?? s.port;
      }
      const v = xtFindTarget(name, p.ip6 ? 6 : 4)?.target(p, range);
      return v === undefined || v === XT_CONTINUE ? undefined : (v as NfVerdict);
    }
    default:
      return undefined;
  }
}

/** The verdict of the vmap element the packet's key finds, or undefined on a miss (the rule stops). */
function vmapVerdict(p: XtPkt, s: NftStmt & { k: "vmap" }, t: NftTableDump): (NftData & { kind: "verdict" }) | undefined {
  const elems = s.ref !== undefined ? named(t, s.ref) : s.elems;
  const now = s.ref !== undefined ? clockNow(p) : undefined;
  let e: NftElem | undefined;
  if (s.field === "ct state") e = elems.find((x) => alive(x, now) && matches(p, { k: "match", field: "ct state", neg: false, vals: [x.key], set: false }, t));
  else {
    const v = load(p, s);
    e = v === undefined ? undefined : lookup(v, elems, fieldBits(s.field), now);
  }
  return e?.data?.kind === "verdict" ? e.data : undefined;
}

/** What one rule decided: nothing (the next rule), a verdict, return, or a jump/goto. */
export type NftRuleOutcome = { k: "next" } | { k: "verdict"; v: NfVerdict } | { k: "return" } | { k: "jump"; to: string; goto: boolean };

const NEXT: NftRuleOutcome = { k: "next" };
/** A rule that ran to its end (NFT_CONTINUE, which a trace reports), as opposed to a failed match (NFT_BREAK). */
export const RAN: NftRuleOutcome = { k: "next" };

/**
 * Runs one rule's statements (nft_do_chain's inner loop); `t` holds the named
 * sets it may read. Also used for the rules nft adds to a table iptables-nft
 * made (x_tables.ts xtDoChain), which sit in the same chains as iptables' own.
 */
export function nftRuleRun(p: XtPkt, stmts: readonly NftStmt[], len: number, t: { sets: NftTableDump["sets"] }): NftRuleOutcome {
  const tt = t as NftTableDump;
  for (const s of stmts) {
    if (s.k === "vmap" || s.k === "verdict") {
      const d = s.k === "vmap" ? vmapVerdict(p, s, tt) : s;
      if (!d) return NEXT;
      if (d.v === "accept") return { k: "verdict", v: NF_ACCEPT };
      if (d.v === "drop") return { k: "verdict", v: NF_DROP };
      if (d.v === "return") return { k: "return" };
      if (d.v === "jump" || d.v === "goto") return { k: "jump", to: d.chain!, goto: d.v === "goto" };
      return NEXT;
    }
    if (s.k === "match") {
      if (!matches(p, s, tt)) return NEXT;
      continue;
    }
    const v = act(p, s, len, tt);
    if (v === "nomatch") return NEXT;
    if (v !== undefined && v !== NF_ACCEPT) return { k: "verdict", v };
    if (v === NF_ACCEPT && (s.k === "nat" || s.k === "reject")) return { k: "verdict", v };
  }
  return RAN;
}

/** Evaluates base chain `base` of table `t` for a packet. */
export function nftNativeDoChain(t: NftTableDump, base: NftChainDump, skb: SkBuff, state: NfHookState): NfVerdict {
  const p = state.pf === NFPROTO_IPV6 ? makePkt6(skb, state) : makePkt(skb, state);
  if (!p) return NF_ACCEPT;
  return runChain(t, base, p, ipLength(p));
}

/**
 * A netdev chain (nf_netdev.ts) for a frame on `skb.dev`: IPv4 and IPv6 frames
 * are read as such (nft's `ip saddr` there carries a `meta protocol` dependency),
 * any other protocol has only its link-layer fields; `len` is skb->len at that hook.
 */
export function nftNativeDoNetdev(t: NftTableDump, base: NftChainDump, skb: SkBuff, hook: "ingress" | "egress", len: number): NfVerdict {
  return nftNativeDoL2(t, base, skb, hook === "ingress" ? skb.dev : undefined, hook === "egress" ? skb.dev : undefined, len);
}

/** A chain of a family that sees whole frames (netdev, bridge), with the devices its hook gives. */
export function nftNativeDoL2(t: NftTableDump, base: NftChainDump, skb: SkBuff, indev: NetDevice | undefined, outdev: NetDevice | undefined, len: number): NfVerdict {
  const proto = skb.data.length >= 14 ? (skb.data[12]! << 8) | skb.data[13]! : 0;
  const state: NfHookState = { hook: 0, pf: proto === 0x86dd ? NFPROTO_IPV6 : NFPROTO_IPV4, net: skb.dev.net, okfn: () => {}, ...(indev && { in: indev }), ...(outdev && { out: outdev }) };
  const ip = proto === 0x0800 ? makePkt(skb, state) : proto === 0x86dd ? makePkt6(skb, state) : undefined;
  const p: XtPkt = ip ?? { skb, state, hook: 0, in: state.in, out: state.out, nhoff: ETH_HLEN, thoff: ETH_HLEN, iph: { ihl: 0, tos: 0, totLen: 0, id: 0, fragOff: 0, ttl: 0, protocol: 0, saddr: 0, daddr: 0 }, fragoff: 0, hotdrop: false, l2only: true };
  return runChain(t, base, p, len);
}


/** What a rule's outcome reports as its verdict (NFTA_TRACE_VERDICT), or undefined for a failed match. */
export function traceVerdict(o: NftRuleOutcome): NfTraceVerdict | undefined {
  switch (o.k) {
    case "next":
      return o === RAN ? { code: "continue" } : undefined;
    case "verdict":
      return { code: o.v === NF_ACCEPT ? "accept" : "drop" };
    case "return":
      return { code: "return" };
    case "jump":
      return { code: o.goto ? "goto" : "jump", chain: o.to };
  }
}

/**
 * nft_do_chain: the rules in order, jumps on a stack of 16, the policy at the
 * end of the base chain. `info` exists only while someone listens to traces
 * (the static key, tested once per hook); then each step of a traced packet is
 * reported (nf_trace.ts).
 */
function runChain(t: NftTableDump, base: NftChainDump, p: XtPkt, len: number): NfVerdict {
  const info: NfTraceInfo | undefined = nfTraceKey.on ? { family: NFPROTO_FAMILY[t.family] ?? 0, table: t.name, dumped: false } : undefined;
  const policy = (): NfVerdict => {
    const drop = base.base?.policy === "drop";
    if (info && p.skb.nfTrace) nfTraceNotify(p, info, base.name, NFT_TRACETYPE_POLICY, { policy: drop ? "drop" : "accept" });
    return drop ? NF_DROP : NF_ACCEPT;
  };
  const stack: { chain: NftChainDump; next: number }[] = [];
  let chain = base;
  let i = 0;
  for (let steps = 0; steps < 1_000_000; steps++) {
    if (i >= chain.rules.length) {
      const back = stack.pop();
      if (!back) return policy();
      chain = back.chain;
      i = back.next;
      continue;
    }
    const r = chain.rules[i++]!;
    const o = nftRuleRun(p, r.stmts, len, t);
    if (info && p.skb.nfTrace) {
      const verdict = traceVerdict(o);
      if (verdict) nfTraceNotify(p, info, chain.name, NFT_TRACETYPE_RULE, { handle: r.handle, verdict });
    }
    if (o.k === "next") continue;
    if (o.k === "verdict") return o.v;
    if (o.k === "return") {
      const back = stack.pop();
      if (!back) return policy();
      chain = back.chain;
      i = back.next;
      continue;
    }
    const to = t.chains.find((c) => c.name === o.to);
    if (!to) continue;
    if (!o.goto) {
      if (stack.length >= 16) return NF_DROP;
      stack.push({ chain, next: i });
    }
    chain = to;
    i = 0;
  }
  return NF_ACCEPT;
}
