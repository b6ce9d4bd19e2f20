// Packet tracing (-j TRACE): once a packet's nf_trace bit is set, nf_tables
// reports every rule it matches, every return and the policy that decided it
// (nft_trace_notify: NFT_MSG_TRACE events on nfnetlink, which
// `xtables-monitor --trace` prints). With iptables-nft nothing goes to the
// kernel log: the legacy "TRACE: filter:INPUT:rule:1" printk lines belong to
// ip_tables, which is not used. Events are kept per namespace for listeners
// (bounded: a monitor that is not running sees nothing, as on Linux).

import type { XtRule } from "../../uapi/x_tables.js";
import type { NetNamespace } from "../core/netns.js";
import type { XtPkt } from "./pktinfo.js";

export type NfTraceEvent =
  | { type: "rule"; table: string; chain: string; ruleNum: number; handle: number; hook: number; iif?: string; oif?: string; packet: Uint8Array; nhoff: number }
  | { type: "return"; table: string; chain: string; hook: number; packet: Uint8Array; nhoff: number }
  | { type: "policy"; table: string; chain: string; verdict: "ACCEPT" | "DROP"; hook: number; packet: Uint8Array; nhoff: number };

export type NfTraceListener = (ev: NfTraceEvent) => void;

const KEY = "nf_trace";

function listeners(net: NetNamespace): Set<NfTraceListener> {
  return net.get<Set<NfTraceListener>>(KEY, () => new Set());
}

/** Subscribes to trace events of a namespace (the NFNLGRP_NFTRACE group); returns the unsubscribe. */
export function nfTraceSubscribe(net: NetNamespace, fn: NfTraceListener): () => void {
  const l = listeners(net);
  l.add(fn);
  return () => l.delete(fn);
}

function emit(p: XtPkt, ev: NfTraceEvent): void {
  const l = p.state.net.pernet.get(KEY) as Set<NfTraceListener> | undefined;
  if (!l || !l.size) return;
  for (const fn of [...l]) fn(ev);
}

export function nfTraceRule(p: XtPkt, table: string, chain: string, ruleNum: number, r: XtRule): void {
  emit(p, {
    type: "rule",
    table,
    chain,
    ruleNum,
    handle: r.handle,
    hook: p.hook,
    iif: p.in?.name,
    oif: p.out?.name,
    packet: p.skb.data,
    nhoff: p.nhoff,
  });
}

export function nfTraceReturn(p: XtPkt, table: string, chain: string): void {
  emit(p, { type: "return", table, chain, hook: p.hook, packet: p.skb.data, nhoff: p.nhoff });
}

export function nfTracePolicy(p: XtPkt, table: string, chain: string, verdict: "ACCEPT" | "DROP"): void {
  emit(p, { type: "policy", table, chain, verdict, hook: p.hook, packet: p.skb.data, nhoff: p.nhoff });
}
