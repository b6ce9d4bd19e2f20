// NAT bindings (net/netfilter/nf_nat_core.c, nf_nat_proto.c): on a
// connection's first packet the nat table's chain for the hook runs once
// (nf_nat_inet_fn); SNAT/DNAT/MASQUERADE/REDIRECT then choose a binding
// (nf_nat_setup_info: the reply tuple is rewritten so that replies come back
// to the translated address), or, when no rule did, a null binding is made
// (which still moves a clashing source port). Every later packet of the
// connection, in both directions, is rewritten at the hooks from the binding
// (nf_nat_packet). ICMP errors about a NATed connection are translated inside
// and out (nf_nat_icmp_reply_translation).
//
// Port choice follows get_unique_tuple(): keep the tuple when it is free;
// otherwise walk the port range from an offset — random (the world RNG) for
// source NAT and --random, 0 for destination NAT — trying at most 128 ports,
// then halving. Address choice in a multi-address range hashes the tuple as
// find_best_ips_proto() does (jhash2 over the addresses).

import { jhash2 } from "../../core/jhash.js";
import { natManipPkt6 } from "./nf_nat_manip6.js";
import { pseudoSum6At } from "../../../wire/checksum.js";
import { IFF_LOOPBACK } from "../../../uapi/if_link.js";
import { netCore } from "../../core/net_namespace.js";
import type { NetNamespace } from "../../core/netns.js";
import type { SkBuff } from "../../core/skbuff.js";
import {
  NF_NAT_RANGE_MAP_IPS,
  NF_NAT_RANGE_PERSISTENT,
  NF_NAT_RANGE_PROTO_OFFSET,
  NF_NAT_RANGE_PROTO_RANDOM,
  NF_NAT_RANGE_PROTO_RANDOM_FULLY,
  NF_NAT_RANGE_PROTO_SPECIFIED,
  type NfNatRange,
} from "../../../uapi/xt_ext.js";
import { NF_ACCEPT, NF_DROP, NF_IP_PRI_NAT_DST, NF_IP_PRI_NAT_SRC, type NfHookOps, type NfHookState, type NfVerdict } from "../core.js";
import { networkOffset } from "../pktinfo.js";
import { Conn, IPS_CONFIRMED, IPS_DST_NAT, IPS_DST_NAT_DONE, IPS_NAT_MASK, IPS_SRC_NAT, IPS_SRC_NAT_DONE } from "../conntrack/nf_conntrack.js";
import { nfCtGet, nfCtRegisterCompanion, nfCtRegisterDeleteHook, nfCtTupleTaken } from "../conntrack/nf_conntrack_core.js";
import { IPPROTO_ICMP, IPPROTO_ICMPV6, IPPROTO_TCP, IPPROTO_UDP, NFPROTO_IPV6, invertTuple, ipv6UpperLayer, tupleKey, type NfAddr, type NfTuple } from "../conntrack/nf_conntrack_tuple.js";
import { icmpRecomputeChecksum, natManipPkt, type ManipType } from "./nf_nat_manip.js";

const RANDOM_ALL = NF_NAT_RANGE_PROTO_RANDOM | NF_NAT_RANGE_PROTO_RANDOM_FULLY;

/** HOOK2MANIP(): source NAT after routing (POST_ROUTING, LOCAL_IN), destination NAT before. */
export function hookToManip(hook: number): ManipType {
  return hook === 4 || hook === 1 ? "SRC" : "DST";
}

export function natInitialized(ct: Conn, m: ManipType): boolean {
  return (ct.status & (m === "SRC" ? IPS_SRC_NAT_DONE : IPS_DST_NAT_DONE)) !== 0;
}

/** nf_nat_used_tuple(): would a connection with this original tuple clash with one in the table? */
function usedTuple(net: NetNamespace, t: NfTuple, ct: Conn): boolean {
  return nfCtTupleTaken(net, invertTuple(t), ct);
}

/** The range's addresses in the tuple's family (ip6tables fills minAddr6/maxAddr6). */
function rangeAddrs(t: NfTuple, r: NfNatRange): [NfAddr, NfAddr] {
  return t.l3 === NFPROTO_IPV6 ? [r.minAddr6 ?? 0n, r.maxAddr6 ?? 0n] : [r.minAddr, r.maxAddr];
}

function inRange(t: NfTuple, r: NfNatRange, m: ManipType): boolean {
  const addr = m === "SRC" ? t.src : t.dst;
  const [lo, hi] = rangeAddrs(t, r);
  if (r.flags & NF_NAT_RANGE_MAP_IPS && (addr < lo || addr > hi)) return false;
  if (r.flags & NF_NAT_RANGE_PROTO_SPECIFIED) {
    const port = keyOf(t, m);
    if (port === undefined || port < r.minProto || port > r.maxProto) return false;
  }
  return true;
}

/** The identifier NAT moves: ICMP id, or the TCP/UDP port of the manip side. */
function keyOf(t: NfTuple, m: ManipType): number | undefined {
  if (t.proto === IPPROTO_ICMP || t.proto === IPPROTO_ICMPV6) return t.sport;
  if (t.proto === IPPROTO_TCP || t.proto === IPPROTO_UDP) return m === "SRC" ? t.sport : t.dport;
  return undefined;
}

function withKey(t: NfTuple, m: ManipType, v: number): NfTuple {
  if (t.proto === IPPROTO_ICMP || t.proto === IPPROTO_ICMPV6) return { ...t, sport: v, dport: v };
  return m === "SRC" ? { ...t, sport: v } : { ...t, dport: v };
}

const bswap = (x: number) => (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;

/** find_best_ips_proto(): the address within the range for this tuple. */
function bestIp(t: NfTuple, r: NfNatRange, m: ManipType, zone: number): NfTuple {
  if (!(r.flags & NF_NAT_RANGE_MAP_IPS)) return t;
  if (t.l3 === NFPROTO_IPV6) {
    const ip6 = bestIp6(t, r, zone);
    return m === "SRC" ? { ...t, src: ip6 } : { ...t, dst: ip6 };
  }
  let ip = r.minAddr;
  if (r.maxAddr !== r.minAddr) {
    // jhash2() over the whole union nf_inet_addr (four words: the IPv4 address, then zeros),
    // seeded with dst.u3.all[0] unless --persistent (net/netfilter/nf_nat_core.c).
    const j = jhash2([bswap(t.src as number), 0, 0, 0], r.flags & NF_NAT_RANGE_PERSISTENT ? 0 : (bswap(t.dst as number) ^ zone) >>> 0);
    const dist = r.maxAddr - r.minAddr + 1;
    ip = (r.minAddr + Math.floor((j * dist) / 0x100000000)) >>> 0;
  }
  return m === "SRC" ? { ...t, src: ip } : { ...t, dst: ip };
}

/** The four 32-bit words of an IPv6 address as a little-endian host reads them (u3.all[i]). */
function leWords(a: bigint): number[] {
  const w: number[] = [];
  for (let i = 3; i >= 0; i--) w.push(bswap(Number(BigInt.asUintN(32, a >> BigInt(i * 32)))));
  return w;
}

/** find_best_ips_proto() for IPv6: jhash2 over the source, then word by word within the range. */
function bestIp6(t: NfTuple, r: NfNatRange, zone: number): bigint {
  const min = r.minAddr6 ?? 0n;
  const max = r.maxAddr6 ?? 0n;
  if (min === max) return min;
  const dst = leWords(t.dst as bigint);
  const persistent = (r.flags & NF_NAT_RANGE_PERSISTENT) !== 0;
  let j = jhash2(leWords(t.src as bigint), persistent ? 0 : (dst[3]! ^ zone) >>> 0);
  const minW = leWords(min).map(bswap);
  const maxW = leWords(max).map(bswap);
  let full = false;
  let out = 0n;
  for (let i = 0; i < 4; i++) {
    let lo: number;
    let dist: number;
    if (!full) {
      lo = minW[i]!;
      dist = (maxW[i]! - lo + 1) >>> 0;
    } else {
      lo = 0;
      dist = 0xffffffff;
    }
    const w = (lo + Number((BigInt(j) * BigInt(dist)) >> 32n)) >>> 0;
    out = (out << 32n) | BigInt(w);
    if (w !== maxW[i]) full = true;
    if (!persistent) j = (j ^ dst[i]!) >>> 0;
  }
  return out;
}

function rand16(net: NetNamespace): number {
  return netCore(net).host.rng.int(0, 0xffff);
}

/** nf_nat_l4proto_unique_tuple() */
function l4UniqueTuple(net: NetNamespace, t: NfTuple, r: NfNatRange, m: ManipType, ct: Conn): NfTuple {
  const key = keyOf(t, m);
  if (key === undefined) return t;
  let min: number;
  let size: number;
  if (!(r.flags & NF_NAT_RANGE_PROTO_SPECIFIED)) {
    if (t.proto === IPPROTO_ICMP || t.proto === IPPROTO_ICMPV6) {
      min = 0;
      size = 65536;
    } else {
      // Destination ports change only when asked for.
      if (m === "DST") return t;
      if (key < 1024) {
        if (key <= 511) {
          min = 1;
          size = 511;
        } else {
          min = 600;
          size = 1023 - 600 + 1;
        }
      } else {
        min = 1024;
        size = 65535 - 1024 + 1;
      }
    }
  } else {
    min = r.minProto;
    size = r.maxProto - r.minProto + 1;
  }
  let off: number;
  if (r.flags & NF_NAT_RANGE_PROTO_OFFSET) off = (key - r.baseProto) & 0xffff;
  else if (r.flags & RANDOM_ALL || m !== "DST") off = rand16(net);
  else off = 0;
  let attempts = Math.min(size, 128);
  for (let round = 0; round < 16; round++) {
    for (let i = 0; i < attempts; i++, off++) {
      const cand = withKey(t, m, min + (off % size));
      if (!usedTuple(net, cand, ct)) return cand;
    }
    if (attempts >= size || attempts < 16) break;
    attempts = Math.floor(attempts / 2);
    off = rand16(net);
  }
  return withKey(t, m, min + (off % size));
}

/**
 * nf_nat_bysource: connections that went through source NAT setup, by original source (protocol,
 * address, port), newest last, so that a new connection from the same source can reuse the mapping.
 */
const bysourceOf = new WeakMap<NetNamespace, Map<string, Conn[]>>();

function srcKey(t: NfTuple, zone: number): string {
  return `${zone}|${t.l3}|${t.proto}|${t.src}|${t.sport}`;
}

function bysourceAdd(ct: Conn): void {
  let m = bysourceOf.get(ct.net);
  if (!m) bysourceOf.set(ct.net, (m = new Map()));
  const k = srcKey(ct.orig, ct.zone);
  const l = m.get(k);
  if (l) l.push(ct);
  else m.set(k, [ct]);
}

// nf_nat_cleanup_conntrack(): out of the bysource hash with the entry.
nfCtRegisterDeleteHook((ct) => {
  if (!(ct.status & IPS_SRC_NAT_DONE)) return;
  const m = bysourceOf.get(ct.net);
  const k = srcKey(ct.orig, ct.zone);
  const l = m?.get(k);
  if (!l) return;
  const i = l.indexOf(ct);
  if (i >= 0) l.splice(i, 1);
  if (l.length === 0) m!.delete(k);
});

/**
 * find_appropriate_src(): the newest connection from the same source whose mapping lies in the range
 * lends it (its reply tuple's destination), the destination staying this tuple's.
 */
function appropriateSrc(net: NetNamespace, t: NfTuple, r: NfNatRange, zone: number): NfTuple | undefined {
  const l = bysourceOf.get(net)?.get(srcKey(t, zone));
  if (!l) return undefined;
  for (let i = l.length - 1; i >= 0; i--) {
    const other = l[i]!;
    // An entry dropped before confirmation has left the kernel's hash with its skb; an expired
    // one is the gc worker's (the table is reaped lazily here).
    if (!(other.status & IPS_CONFIRMED) || other.timeout <= netCore(net).host.clock.now) continue;
    const cand = withKey({ ...t, src: other.reply.dst }, "SRC", other.reply.dport);
    if (inRange(cand, r, "SRC")) return cand;
  }
  return undefined;
}

/** get_unique_tuple() */
function uniqueTuple(net: NetNamespace, orig: NfTuple, r: NfNatRange, ct: Conn, m: ManipType): NfTuple {
  if (m === "SRC" && !(r.flags & RANDOM_ALL)) {
    if (inRange(orig, r, m)) {
      if (!usedTuple(net, orig, ct)) return orig;
    } else {
      const found = appropriateSrc(net, orig, r, ct.zone);
      if (found && !usedTuple(net, found, ct)) return found;
    }
  }
  const t = bestIp(orig, r, m, ct.zone);
  if (!(r.flags & RANDOM_ALL)) {
    if (r.flags & NF_NAT_RANGE_PROTO_SPECIFIED) {
      if (!(r.flags & NF_NAT_RANGE_PROTO_OFFSET) && inRange(t, { ...r, flags: r.flags & ~NF_NAT_RANGE_MAP_IPS }, m)) {
        if (r.minProto === r.maxProto || !usedTuple(net, t, ct)) return t;
      }
    } else if (!usedTuple(net, t, ct)) return t;
  }
  return l4UniqueTuple(net, t, r, m, ct);
}

/** nf_nat_setup_info() */
export function nfNatSetupInfo(ct: Conn, r: NfNatRange, m: ManipType): NfVerdict {
  if (natInitialized(ct, m)) return NF_ACCEPT;
  const curr = invertTuple(ct.reply);
  const next = uniqueTuple(ct.net, curr, r, ct, m);
  if (tupleKey(next) !== tupleKey(curr)) {
    ct.reply = invertTuple(next);
    ct.status |= m === "SRC" ? IPS_SRC_NAT : IPS_DST_NAT;
  }
  ct.status |= m === "SRC" ? IPS_SRC_NAT_DONE : IPS_DST_NAT_DONE;
  if (m === "SRC") bysourceAdd(ct);
  return NF_ACCEPT;
}

/** nf_nat_alloc_null_binding(): the connection keeps its addresses (ports may still move on a clash). */
function nullBinding(ct: Conn, m: ManipType): NfVerdict {
  const ip = m === "SRC" ? ct.reply.dst : ct.reply.src;
  if (typeof ip === "bigint") {
    return nfNatSetupInfo(ct, { flags: NF_NAT_RANGE_MAP_IPS, minAddr: 0, maxAddr: 0, minAddr6: ip, maxAddr6: ip, minProto: 0, maxProto: 0, baseProto: 0 }, m);
  }
  return nfNatSetupInfo(ct, { flags: NF_NAT_RANGE_MAP_IPS, minAddr: ip, maxAddr: ip, minProto: 0, maxProto: 0, baseProto: 0 }, m);
}

function writable(skb: SkBuff): Uint8Array {
  // skb_ensure_writable(): the bytes may be shared with a clone (a bridge flood, a tap).
  if (!(skb.dev.flags & IFF_LOOPBACK)) skb.data = skb.data.slice();
  return skb.data;
}

/** nf_nat_packet(): apply the binding for this hook and direction. */
function nfNatPacket(ct: Conn, reply: boolean, m: ManipType, skb: SkBuff, rewrap: (skb: SkBuff, before: Uint8Array) => void): NfVerdict {
  let bit = m === "SRC" ? IPS_SRC_NAT : IPS_DST_NAT;
  if (reply) bit ^= IPS_NAT_MASK;
  if (!(ct.status & bit)) return NF_ACCEPT;
  const target = invertTuple(reply ? ct.orig : ct.reply);
  const before = skb.data;
  const d = writable(skb);
  if (ct.orig.l3 === NFPROTO_IPV6) natManipPkt6(d, networkOffset(skb), target, m);
  else natManipPkt(d, networkOffset(skb), target, m);
  rewrap(skb, before);
  return NF_ACCEPT;
}

/** nf_nat_icmp_reply_translation() */
function icmpReplyTranslation(ct: Conn, reply: boolean, m: ManipType, skb: SkBuff, rewrap: (skb: SkBuff, before: Uint8Array) => void): NfVerdict {
  let bit = m === "SRC" ? IPS_SRC_NAT : IPS_DST_NAT;
  if (reply) bit ^= IPS_NAT_MASK;
  if (!(ct.status & bit)) return NF_ACCEPT;
  const before = skb.data;
  const d = writable(skb);
  const nh = networkOffset(skb);
  const hdroff = nh + (d[nh]! & 0x0f) * 4;
  const other = reply ? ct.orig : ct.reply;
  // The quoted packet was the other direction's: make it look as it left its sender.
  natManipPkt(d, hdroff + 8, other, m === "SRC" ? "DST" : "SRC");
  const totLen = (d[nh + 2]! << 8) | d[nh + 3]!;
  icmpRecomputeChecksum(d, hdroff, Math.min(d.length, nh + totLen));
  natManipPkt(d, nh, { ...invertTuple(other), proto: IPPROTO_ICMP }, m);
  rewrap(skb, before);
  return NF_ACCEPT;
}

/**
 * nf_nat_icmpv6_reply_translation(): an ICMPv6 error about a NATed flow —
 * the quoted packet made to look as it left its sender, the checksum
 * recomputed over the message, then the outer header rewritten as the
 * connection's packets are. A redirect is left alone.
 */
function icmpv6ReplyTranslation(ct: Conn, reply: boolean, m: ManipType, skb: SkBuff, hdroff: number): NfVerdict {
  let bit = m === "SRC" ? IPS_SRC_NAT : IPS_DST_NAT;
  if (reply) bit ^= IPS_NAT_MASK;
  if (!(ct.status & bit) || skb.data[hdroff] === 137) return NF_ACCEPT;
  const before = skb.data;
  const d = writable(skb);
  const nh = networkOffset(skb);
  const other = reply ? ct.orig : ct.reply;
  natManipPkt6(d, hdroff + 8, other, m === "SRC" ? "DST" : "SRC");
  const end = Math.min(d.length, nh + 40 + ((d[nh + 4]! << 8) | d[nh + 5]!));
  icmpRecomputeChecksum(d, hdroff, end, pseudoSum6At(d, nh + 8, IPPROTO_ICMPV6, end - hdroff));
  natManipPkt6(d, nh, { ...invertTuple(other), proto: IPPROTO_ICMPV6 }, m);
  rewrapHook(skb, before);
  return NF_ACCEPT;
}

/** How the nat table's chain for a hook is run (x_tables provides it; undefined when there is none). */
export type NatChainRunner = (net: NetNamespace, hook: number, skb: SkBuff, state: NfHookState) => NfVerdict | undefined;
let runChain: NatChainRunner = () => undefined;
export function setNatChainRunner(fn: NatChainRunner): void {
  runChain = fn;
}

/** The IPv4 path keeps per-packet data keyed by the bytes; a rewrite that copies them hands it over. */
let rewrapHook: (skb: SkBuff, before: Uint8Array) => void = () => {};
export function setNatRewrap(fn: (skb: SkBuff, before: Uint8Array) => void): void {
  rewrapHook = fn;
}

/** nf_nat_inet_fn() */
export function nfNatInetFn(net: NetNamespace, skb: SkBuff, state: NfHookState): NfVerdict {
  const got = nfCtGet(skb);
  if (!got || got.ct.net !== net) return NF_ACCEPT;
  const { ct, ctinfo } = got;
  const m = hookToManip(state.hook);
  const reply = ctinfo.endsWith("_REPLY");
  if (ctinfo === "RELATED" || ctinfo === "RELATED_REPLY") {
    const nh = networkOffset(skb);
    if (ct.orig.l3 === NFPROTO_IPV6) {
      const up = ipv6UpperLayer(skb.data, nh);
      if (up && !up.frag && up.proto === IPPROTO_ICMPV6) return icmpv6ReplyTranslation(ct, reply, m, skb, up.off);
    } else if (skb.data[nh + 9] === IPPROTO_ICMP) return icmpReplyTranslation(ct, reply, m, skb, rewrapHook);
  }
  if (ctinfo === "NEW" || ctinfo === "RELATED" || ctinfo === "RELATED_REPLY") {
    if (!natInitialized(ct, m)) {
      const v = runChain(net, state.hook, skb, state);
      if (v !== undefined && v !== NF_ACCEPT) return v;
      if (!natInitialized(ct, m)) {
        const nv = nullBinding(ct, m);
        if (nv !== NF_ACCEPT) return nv;
      }
    }
  }
  return nfNatPacket(ct, reply, m, skb, rewrapHook);
}

// The NAT hooks live and die with tracking in the namespace (nf_nat_ipv4_ops).
// nf_nat_ipv6_ops likewise for IPv6 (NF_IP6_PRI_NAT_DST/SRC have the same values).
nfCtRegisterCompanion((net, pf) => {
  const mk = (hook: 0 | 1 | 3 | 4, priority: number): NfHookOps => ({ pf, hook, priority, owner: pf === NFPROTO_IPV6 ? "nf_nat_ipv6" : "nf_nat", fn: (skb, st) => nfNatInetFn(net, skb, st) });
  return [mk(0, NF_IP_PRI_NAT_DST), mk(3, NF_IP_PRI_NAT_DST), mk(4, NF_IP_PRI_NAT_SRC), mk(1, NF_IP_PRI_NAT_SRC)];
});

export { NF_DROP };
