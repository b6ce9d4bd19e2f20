// The iptables tables and their traversal: which tables exist, on which hooks
// their built-in chains sit and at which priority (net/ipv4/netfilter/
// iptable_{filter,nat,mangle,raw,security}.c, and the base chains iptables-nft
// creates for them), and ipt_do_table() — here, as in nf_tables, one
// traversal per base chain: rules in order, the fixed IPv4 part first
// (ip_packet_match), then each match, then the rule's counter, then the target;
// jumps push a return point (at most NFT_JUMP_STACK_SIZE deep), gotos do not,
// RETURN or the end of a user chain pops, the end of the base chain applies the
// policy and counts it. Long chains skip rules whose address test cannot pass
// (xt_index.ts), which changes no outcome, counter or trace.

import {
  IPT_F_FRAG,
  IPT_INV_DSTIP,
  IPT_INV_FRAG,
  IPT_INV_SRCIP,
  IPT_INV_VIA_IN,
  IPT_INV_VIA_OUT,
  XT_INV_PROTO,
  type IptIp,
  type NfInetHook,
  type XtChain,
  type XtRule,
} from "../../uapi/x_tables.js";
import { NF_ACCEPT, NF_DROP, NF_IP_PRI_FILTER, NF_IP_PRI_MANGLE, NF_IP_PRI_NAT_DST, NF_IP_PRI_NAT_SRC, NF_IP_PRI_RAW, NF_IP_PRI_SECURITY, type NfVerdict } from "./core.js";
import { ipLength, type XtPkt } from "./pktinfo.js";
import { nfTraceKey, nfTraceNotify, NFT_TRACETYPE_POLICY, NFT_TRACETYPE_RULE, type NfTraceInfo, type NfTraceVerdict } from "./nf_trace.js";
import { XT_CONTINUE, xtFindMatch, xtFindTarget } from "./xt_registry.js";
import { xtChainIndex, xtNextCandidate } from "./xt_index.js";
import { nftRuleRun, traceVerdict } from "./nft_native_eval.js";

/** Native rules in iptables' tables have no named sets (nft's set commands go to native tables only). */
const NO_SETS = { sets: [] };

export interface XtTableDef {
  name: string;
  /** Built-in chains in the order iptables lists them, with their hook and priority. */
  chains: { name: string; hook: NfInetHook; priority: number }[];
}

const c = (name: string, hook: NfInetHook, priority: number) => ({ name, hook, priority });

/** The tables iptables knows, in the order iptables-save prints them (nft_table_builtin). */
export const XT_TABLES: readonly XtTableDef[] = [
  { name: "raw", chains: [c("PREROUTING", 0, NF_IP_PRI_RAW), c("OUTPUT", 3, NF_IP_PRI_RAW)] },
  {
    name: "mangle",
    chains: [
      c("PREROUTING", 0, NF_IP_PRI_MANGLE),
      c("INPUT", 1, NF_IP_PRI_MANGLE),
      c("FORWARD", 2, NF_IP_PRI_MANGLE),
      c("OUTPUT", 3, NF_IP_PRI_MANGLE),
      c("POSTROUTING", 4, NF_IP_PRI_MANGLE),
    ],
  },
  {
    name: "filter",
    chains: [c("INPUT", 1, NF_IP_PRI_FILTER), c("FORWARD", 2, NF_IP_PRI_FILTER), c("OUTPUT", 3, NF_IP_PRI_FILTER)],
  },
  {
    name: "security",
    chains: [c("INPUT", 1, NF_IP_PRI_SECURITY), c("FORWARD", 2, NF_IP_PRI_SECURITY), c("OUTPUT", 3, NF_IP_PRI_SECURITY)],
  },
  {
    name: "nat",
    chains: [
      c("PREROUTING", 0, NF_IP_PRI_NAT_DST),
      c("INPUT", 1, NF_IP_PRI_NAT_SRC),
      c("OUTPUT", 3, NF_IP_PRI_NAT_DST),
      c("POSTROUTING", 4, NF_IP_PRI_NAT_SRC),
    ],
  },
];

export function xtTableDef(name: string): XtTableDef | undefined {
  return XT_TABLES.find((t) => t.name === name);
}

/** NFT_JUMP_STACK_SIZE */
export const JUMP_STACK_SIZE = 16;

/** Interface name match with iptables' wildcard: "eth+" matches any name starting with "eth". */
export function ifaceMatches(pattern: string, name: string | undefined): boolean {
  if (pattern === "") return true;
  const n = name ?? "";
  if (pattern.endsWith("+")) return n.startsWith(pattern.slice(0, -1));
  return n === pattern;
}

/** ip_packet_match(): the fixed part of a rule. */
export function ipPacketMatch(ip: IptIp, p: XtPkt): boolean {
  // Each test's outcome, flipped when its inversion flag is set (no closure: this runs per rule).
  const iv = ip.invflags;
  if ((((p.iph.saddr & ip.smsk) >>> 0) === ((ip.src & ip.smsk) >>> 0)) === ((iv & IPT_INV_SRCIP) !== 0)) return false;
  if ((((p.iph.daddr & ip.dmsk) >>> 0) === ((ip.dst & ip.dmsk) >>> 0)) === ((iv & IPT_INV_DSTIP) !== 0)) return false;
  if (ip.iniface !== "" && ifaceMatches(ip.iniface, p.in?.name) === ((iv & IPT_INV_VIA_IN) !== 0)) return false;
  if (ip.outiface !== "" && ifaceMatches(ip.outiface, p.out?.name) === ((iv & IPT_INV_VIA_OUT) !== 0)) return false;
  if (ip.proto && (p.iph.protocol === ip.proto) === ((iv & XT_INV_PROTO) !== 0)) return false;
  if (ip.flags & IPT_F_FRAG && (p.fragoff !== 0) === ((iv & IPT_INV_FRAG) !== 0)) return false;
  return true;
}

/**
 * ip6_packet_match(): addresses under their masks, interfaces, and the
 * upper-layer protocol after the extension headers (what iptables-nft's
 * `meta l4proto` compares; -p 0 asks for nothing).
 */
export function ip6PacketMatch(ip: IptIp, p: XtPkt): boolean {
  const a = ip.ip6;
  const h = p.ip6;
  if (!a || !h) return false;
  const inv = (flag: number, v: boolean) => ((ip.invflags & flag) !== 0 ? !v : v);
  if (!inv(IPT_INV_SRCIP, (h.src & a.smsk) === (a.src & a.smsk))) return false;
  if (!inv(IPT_INV_DSTIP, (h.dst & a.dmsk) === (a.dst & a.dmsk))) return false;
  if (ip.iniface !== "" && !inv(IPT_INV_VIA_IN, ifaceMatches(ip.iniface, p.in?.name))) return false;
  if (ip.outiface !== "" && !inv(IPT_INV_VIA_OUT, ifaceMatches(ip.outiface, p.out?.name))) return false;
  if (ip.proto && !inv(XT_INV_PROTO, h.proto === ip.proto)) return false;
  return true;
}

function ruleMatches(r: XtRule, p: XtPkt): boolean {
  const e = r.entry;
  if (!(p.ip6 ? ip6PacketMatch(e.ip, p) : ipPacketMatch(e.ip, p))) return false;
  if (!e.matches.length) return true;
  const family = p.ip6 ? 6 : 4;
  for (const m of e.matches) {
    const k = xtFindMatch(m.name, family);
    if (!k || !k.match(p, m.data)) return false;
    if (p.hotdrop) return false;
  }
  return true;
}

/** Looks a chain up by name at packet time (rules may be replaced between packets). */
export type ChainLookup = (name: string) => XtChain | undefined;

/**
 * Evaluates one base chain of a table for a packet (nft_do_chain with the
 * iptables compat expressions). Returns the hook verdict.
 */
export function xtDoChain(table: string, base: XtChain, lookup: ChainLookup, p: XtPkt): NfVerdict {
  // Made on the first jump (most walks make none).
  let stack: { chain: XtChain; next: number }[] | undefined;
  let chain = base;
  let i = 0;
  const len = ipLength(p);
  // Tracing (nf_trace.ts): only while someone listens, tested once per hook.
  const info: NfTraceInfo | undefined = nfTraceKey.on ? { family: p.state.pf, table, dumped: false } : undefined;
  const traced = (c: XtChain, handle: number, verdict: NfTraceVerdict | undefined): void => {
    if (info && verdict && p.skb.nfTrace) nfTraceNotify(p, info, c.name, NFT_TRACETYPE_RULE, { handle, verdict });
  };
  // Long chains skip the rules whose address test cannot pass (xt_index.ts); IPv4 only.
  const v4 = !p.ip6;
  let index = v4 ? xtChainIndex(chain.rules) : null;
  for (let steps = 0; steps < 1_000_000; steps++) {
    if (index) i = xtNextCandidate(index, p.iph.saddr, p.iph.daddr, i, chain.rules.length);
    if (i >= chain.rules.length) {
      const back = stack?.pop();
      if (back) {
        chain = back.chain;
        i = back.next;
        index = v4 ? xtChainIndex(chain.rules) : null;
        continue;
      }
      return policy(base, p, len, info);
    }
    const r = chain.rules[i++]!;
    if (r.native) {
      // A rule nft added to this table runs as nf_tables runs any rule: its own statements and counter.
      const o = nftRuleRun(p, r.native, len, NO_SETS);
      if (info) traced(chain, r.handle, traceVerdict(o));
      if (o.k === "next") continue;
      if (o.k === "verdict") return o.v;
      if (o.k === "jump") {
        const to = lookup(o.to);
        if (!to) continue;
        if (!o.goto) {
          if ((stack ??= []).length >= JUMP_STACK_SIZE) return NF_DROP;
          stack.push({ chain, next: i });
        }
        chain = to;
        i = 0;
        index = v4 ? xtChainIndex(chain.rules) : null;
        continue;
      }
      const back = stack?.pop();
      if (!back) return policy(base, p, len, info);
      chain = back.chain;
      i = back.next;
      index = v4 ? xtChainIndex(chain.rules) : null;
      continue;
    }
    if (!ruleMatches(r, p)) {
      if (p.hotdrop) return NF_DROP;
      continue;
    }
    r.counters.pcnt++;
    r.counters.bcnt += BigInt(len);
    const t = r.entry.target;
    if (info && t.kind !== "ext") traced(chain, r.handle, t.kind === "none" ? { code: "continue" } : t.kind === "jump" ? { code: t.goto ? "goto" : "jump", chain: t.chain } : { code: t.verdict === "ACCEPT" ? "accept" : t.verdict === "DROP" ? "drop" : "return" });
    switch (t.kind) {
      case "none":
        continue;
      case "verdict":
        if (t.verdict === "ACCEPT") return NF_ACCEPT;
        if (t.verdict === "DROP") return NF_DROP;
        {
          const back = stack?.pop();
          if (!back) return policy(base, p, len, info);
          chain = back.chain;
          i = back.next;
          index = v4 ? xtChainIndex(chain.rules) : null;
        }
        continue;
      case "jump": {
        const to = lookup(t.chain);
        if (!to) continue; // cannot happen: the batch check refuses dangling jumps
        if (!t.goto) {
          if ((stack ??= []).length >= JUMP_STACK_SIZE) return NF_DROP;
          stack.push({ chain, next: i });
        }
        chain = to;
        i = 0;
        index = v4 ? xtChainIndex(chain.rules) : null;
        continue;
      }
      case "ext": {
        const k = xtFindTarget(t.name, p.ip6 ? 6 : 4);
        if (!k) continue;
        const v = k.target(p, t.data);
        if (info) traced(chain, r.handle, { code: v === XT_CONTINUE ? "continue" : v === NF_ACCEPT ? "accept" : "drop" });
        if (v === XT_CONTINUE) continue;
        return v as NfVerdict;
      }
    }
  }
  return NF_DROP;
}

function policy(base: XtChain, p: XtPkt, len: number, info: NfTraceInfo | undefined): NfVerdict {
  const b = base.base!;
  // Base chain counters count the packets the policy decided (nft_update_chain_stats).
  // Only a chain with stats counts: iptables-nft adds them with -P/restore, not on -A.
  if (b.stats) {
    b.counters.pcnt++;
    b.counters.bcnt += BigInt(len);
  }
  if (info && p.skb.nfTrace) nfTraceNotify(p, info, base.name, NFT_TRACETYPE_POLICY, { policy: b.policy === "ACCEPT" ? "accept" : "drop" });
  return b.policy === "ACCEPT" ? NF_ACCEPT : NF_DROP;
}
