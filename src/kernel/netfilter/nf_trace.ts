// Packet tracing (net/netfilter/nf_tables_trace.c). Once a packet's nf_trace
// bit is set (`meta nftrace set 1`, or iptables-nft's -j TRACE, which is the
// same expression), nft_do_chain reports on NFNLGRP_NFTRACE (NFT_MSG_TRACE):
//   - each rule that ran to its end (verdict continue) or gave a verdict
//     (accept, drop, return, jump, goto); a rule whose match failed says nothing;
//   - the policy, when the end of the base chain is reached;
// the first message of each base chain walk also carries the packet: in/out
// device, up to 20 bytes of link-layer header, 40 of network and 20 of
// transport header (NFT_TRACETYPE_*_HSIZE). Reaching the end of a chain that
// was jumped to says nothing (recorded on 6.18: the next line is the caller's
// policy). `nft monitor trace` and `xtables-monitor --trace` print these.
//
// Cost when nobody traces: the kernel guards all of this with the static key
// nft_trace_enabled, switched on while a socket is bound to NFNLGRP_NFTRACE
// (nfnetlink_bind). The model's key is `nfTraceKey.on` (any namespace, as the
// kernel's is global): chain walks test it once per hook and take the traced
// walk only then; messages go to the listeners of the packet's namespace.
// With iptables-nft nothing goes to the kernel log: the legacy "TRACE:
// filter:INPUT:rule:1" printk lines belong to ip_tables, which is not used.

import type { NetNamespace } from "../core/netns.js";
import type { XtPkt } from "./pktinfo.js";

export const NFT_TRACETYPE_RULE = 1;
export const NFT_TRACETYPE_RETURN = 2;
export const NFT_TRACETYPE_POLICY = 3;

export type NfTraceVerdict = { code: "accept" | "drop" | "continue" | "return" | "jump" | "goto"; chain?: string };

/** One NFT_MSG_TRACE message: its nfgenmsg family and NFTA_TRACE_* attributes. */
export interface NfTraceMsg {
  /** nfgen_family: the family of the table whose chain reports (NFPROTO_*). */
  family: number;
  /** NFTA_TRACE_NFPROTO: pkt->pf. */
  nfproto: number;
  type: number;
  id: number;
  table: string;
  chain: string;
  handle?: number;
  verdict?: NfTraceVerdict;
  policy?: "accept" | "drop";
  mark?: number;
  // The packet (first message of a chain walk only).
  iif?: number;
  iiftype?: number;
  oif?: number;
  oiftype?: number;
  /**
   * The device names, resolved here for the tools: nft and xtables-monitor
   * call if_indextoname() in their own namespace, which is the packet's.
   */
  iifname?: string;
  oifname?: string;
  ll?: Uint8Array;
  nh?: Uint8Array;
  th?: Uint8Array;
}

export type NfTraceListener = (m: NfTraceMsg) => void;

/** nft_trace_enabled: how many sockets are bound to NFNLGRP_NFTRACE (all namespaces). */
export const nfTraceKey = { on: 0 };

const KEY = "nf_trace";
const SEQ = "nf_trace_seq";

/** Subscribes to the trace messages of a namespace (binds NFNLGRP_NFTRACE); returns the unsubscribe. */
export function nfTraceSubscribe(net: NetNamespace, fn: NfTraceListener): () => void {
  const l = net.get<Set<NfTraceListener>>(KEY, () => new Set());
  l.add(fn);
  nfTraceKey.on++;
  return () => {
    if (l.delete(fn)) nfTraceKey.on--;
  };
}

/** nft_traceinfo: one per nft_do_chain call (the packet goes with its first message). */
export interface NfTraceInfo {
  family: number;
  table: string;
  dumped: boolean;
}

/**
 * trace_fill_id(): the kernel hashes the skb's address, its flow hash and
 * skb_iif, so one packet keeps its id through every hook. Here each traced skb
 * gets the next value of a mixed counter (deterministic; masked as random).
 */
function traceId(p: XtPkt): number {
  let id = p.skb.nfTraceId;
  if (id === undefined) {
    const seq = p.state.net.get<{ n: number }>(SEQ, () => ({ n: 0 }));
    let x = (++seq.n * 0x9e3779b1) >>> 0;
    x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
    id = p.skb.nfTraceId = (x ^ (x >>> 13)) >>> 0;
  }
  return id;
}

/** Sends one trace message for `p` (nft_trace_notify); a no-op without listeners in its namespace. */
export function nfTraceNotify(p: XtPkt, info: NfTraceInfo, chain: string, type: number, extra: { handle?: number; verdict?: NfTraceVerdict; policy?: "accept" | "drop" }): void {
  const l = p.state.net.pernet.get(KEY) as Set<NfTraceListener> | undefined;
  if (!l || !l.size) return;
  const skb = p.skb;
  const m: NfTraceMsg = { family: info.family, nfproto: p.state.pf, type, id: traceId(p), table: info.table, chain, ...extra };
  if (skb.mark) m.mark = skb.mark >>> 0;
  if (!info.dumped) {
    info.dumped = true;
    if (p.in) {
      m.iif = p.in.ifindex;
      m.iiftype = p.in.type;
      m.iifname = p.in.name;
    }
    if (p.out) {
      m.oif = p.out.ifindex;
      m.oiftype = p.out.type;
      m.oifname = p.out.name;
    }
    const d = skb.data;
    if (!p.l2only) {
      m.nh = d.slice(p.nhoff, p.nhoff + Math.min(p.thoff - p.nhoff, 40));
      const tl = Math.min(d.length - p.thoff, 20);
      if (tl > 0) m.th = d.slice(p.thoff, p.thoff + tl);
    }
    // The link-layer header is there for frames that came in on a device (the mac header was set on receive).
    if (p.in && p.nhoff >= 14) m.ll = d.slice(p.nhoff - 14, p.nhoff);
  }
  for (const fn of [...l]) fn(m);
}
