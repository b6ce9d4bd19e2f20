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
import { jhash1Word } from "../../core/jhash.js";
import { networkOffset } from "../pktinfo.js";
import { Conn, IPS_DST_NAT, IPS_DST_NAT_DONE, IPS_NAT_MASK, IPS_SRC_NAT, IPS_SRC_NAT_DONE } from "../conntrack/nf_conntrack.js";
import { nfCtGet, nfCtRegisterCompanion, nfCtTupleTaken } from "../conntrack/nf_conntrack_core.js";
import { IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, invertTuple, type NfTuple } from "../conntrack/nf_conntrack_tuple.js";
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

function inRange(t: NfTuple, r: NfNatRange, m: ManipType): boolean {
  const addr = m === "SRC" ? t.src : t.dst;
  if (r.flags & NF_NAT_RANGE_MAP_IPS && (addr < r.minAddr || addr > r.maxAddr)) return false;
  if (r.flags & NF_NAT_RANGE_PROTO_SPECIFIED) {
    const port = keyOf(t, m);
    if (port === undefined || port < r.minProto || port > r.maxProto) return false;
  }
  return true;
}

/** The identifier NAT moves: ICMP id, or the TCP/UDP port of the manip side. */
function keyOf(t: NfTuple, m: ManipType): number | undefined {
  if (t.proto === IPPROTO_ICMP) return t.sport;
  if (t.proto === IPPROTO_TCP || t.proto === IPPROTO_UDP) return m === "SRC" ? t.sport : t.dport;
  return undefined;
}

function withKey(t: NfTuple, m: ManipType, v: number): NfTuple {
  if (t.proto === IPPROTO_ICMP) return { ...t, sport: v, dport: v };
  return m === "SRC" ? { ...t, sport: v } : { ...t, dport: v };
}

const bswap = (x: number) => (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;

/** find_best_ips_proto(): the address within the range for this tuple. */
function bestIp(t: NfTuple, r: NfNatRange, m: ManipType): NfTuple {
  if (!(r.flags & NF_NAT_RANGE_MAP_IPS)) return t;
  let ip = r.minAddr;
  if (r.maxAddr !== r.minAddr) {
    const j = jhash1Word(bswap(t.src as number), r.flags & NF_NAT_RANGE_PERSISTENT ? 0 : bswap(t.dst as number));
    const dist = r.maxAddr - r.minAddr + 1;
    ip = (r.minAddr + Math.floor((j * dist) / 0x100000000)) >>> 0;
  }
  return m === "SRC" ? { ...t, src: ip } : { ...t, dst: ip };
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
    if (t.proto === IPPROTO_ICMP) {
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

/** get_unique_tuple() */
function uniqueTuple(net: NetNamespace, orig: NfTuple, r: NfNatRange, ct: Conn, m: ManipType): NfTuple {
  if (m === "SRC" && !(r.flags & RANDOM_ALL)) {
    if (inRange(orig, r, m) && !usedTuple(net, orig, ct)) return orig;
  }
  const t = bestIp(orig, r, m);
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
  if (JSON.stringify(next) !== JSON.stringify(curr)) {
    ct.reply = invertTuple(next);
    ct.status |= m === "SRC" ? IPS_SRC_NAT : IPS_DST_NAT;
  }
  ct.status |= m === "SRC" ? IPS_SRC_NAT_DONE : IPS_DST_NAT_DONE;
  return NF_ACCEPT;
}

/** nf_nat_alloc_null_binding(): the connection keeps its addresses (ports may still move on a clash). */
function nullBinding(ct: Conn, m: ManipType): NfVerdict {
  // (NAT runs for IPv4 connections only: its hooks are registered for NFPROTO_IPV4.)
  const ip = (m === "SRC" ? ct.reply.dst : ct.reply.src) as number;
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
  natManipPkt(d, networkOffset(skb), target, m);
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
    const d = skb.data;
    const nh = networkOffset(skb);
    if (d[nh + 9] === IPPROTO_ICMP) return icmpReplyTranslation(ct, reply, m, skb, rewrapHook);
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
nfCtRegisterCompanion((net, pf) => {
  if (pf !== 2) return [];
  const mk = (hook: 0 | 1 | 3 | 4, priority: number): NfHookOps => ({ pf: 2, hook, priority, owner: "nf_nat", fn: (skb, st) => nfNatInetFn(net, skb, st) });
  return [mk(0, NF_IP_PRI_NAT_DST), mk(3, NF_IP_PRI_NAT_DST), mk(4, NF_IP_PRI_NAT_SRC), mk(1, NF_IP_PRI_NAT_SRC)];
});

export { NF_DROP };
