// NFNLGRP_NFTABLES: what a commit tells the listeners of its namespace
// (nf_tables_commit(): a NEW/DEL message per changed object, then
// NFT_MSG_NEWGEN with the new generation and the committing process), which
// `nft monitor` prints. The generation (nft_net->base_seq) starts at 1 and
// moves at every batch that changed something.
//
// The model finds the changed objects by comparing the rule set before and
// after the batch (both stores: nft's tables and iptables-nft's), and only when
// someone listens; objects come out in the order nft sends them (tables,
// chains, sets, elements, rules) and a deleted table's contents go first
// (rules, sets, chains, then the table: nft_flush_table()).

import type { NftChainDump, NftElem, NftSetDump, NftStmt } from "../../uapi/nft_native.js";
import type { IptEntry, XtCounters } from "../../uapi/x_tables.js";
import { RtnlGroup } from "../core/rtnl_notify.js";
import type { NetNamespace } from "../core/netns.js";
import type { Task } from "../task/task.js";
import { statComm } from "../ipv4/inet_diag.js";

/** One table as the events describe it: native chains (rules as statements, or iptables' form). */
export interface NotifyTable {
  family: string;
  name: string;
  /** NFTA_TABLE_HANDLE. */
  handle?: number;
  /** Which store: an iptables-nft table's rules carry `entry`. */
  xt: boolean;
  chains: NotifyChain[];
  sets: NftSetDump[];
}

export interface NotifyRule {
  handle: number;
  stmts?: NftStmt[];
  entry?: IptEntry;
  counters?: XtCounters;
}

export interface NotifyChain {
  name: string;
  base?: NftChainDump["base"];
  rules: NotifyRule[];
}

export type NftEvent =
  | { obj: "table"; add: boolean; t: NotifyTable }
  | { obj: "chain"; add: boolean; t: NotifyTable; c: NotifyChain }
  | { obj: "rule"; add: boolean; t: NotifyTable; c: NotifyChain; r: NotifyRule }
  | { obj: "set"; add: boolean; t: NotifyTable; s: NftSetDump }
  | { obj: "element"; add: boolean; t: NotifyTable; s: NftSetDump; e: NftElem }
  | { obj: "gen"; gen: number; pid: number; comm: string };

export const nftEventGroup = new RtnlGroup<NftEvent>();

const genOf = (net: NetNamespace) => net.get<{ n: number }>("nf_tables_gen", () => ({ n: 1 }));

const keyOf = (t: NotifyTable) => `${t.family} ${t.name}`;
const elemKey = (e: NftElem) => JSON.stringify(e.key, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
const ruleKey = (r: NotifyRule) => JSON.stringify(r.stmts ?? r.entry, (_k, v) => (typeof v === "bigint" ? v.toString() : v));

/** The events between two snapshots of the rule set. */
function diff(before: NotifyTable[], after: NotifyTable[]): NftEvent[] {
  const out: NftEvent[] = [];
  const old = new Map(before.map((t) => [keyOf(t), t]));
  const now = new Map(after.map((t) => [keyOf(t), t]));
  for (const t of before) {
    if (now.has(keyOf(t))) continue;
    for (const c of t.chains) for (const r of c.rules) out.push({ obj: "rule", add: false, t, c, r });
    for (const s of t.sets) out.push({ obj: "set", add: false, t, s });
    for (const c of t.chains) out.push({ obj: "chain", add: false, t, c });
    out.push({ obj: "table", add: false, t });
  }
  for (const t of after) {
    const o = old.get(keyOf(t));
    if (!o) out.push({ obj: "table", add: true, t });
    const oc = new Map((o?.chains ?? []).map((c) => [c.name, c]));
    const os = new Map((o?.sets ?? []).map((s) => [s.name, s]));
    // Deletions inside a table that stays: rules, sets, chains.
    if (o) {
      for (const c of o.chains) {
        const nc = t.chains.find((x) => x.name === c.name);
        const keep = new Set(nc?.rules.map((r) => r.handle));
        for (const r of c.rules) if (!keep.has(r.handle)) out.push({ obj: "rule", add: false, t, c, r });
      }
      for (const s of o.sets) {
        const ns = t.sets.find((x) => x.name === s.name);
        if (!ns) out.push({ obj: "set", add: false, t, s });
        else {
          const keep = new Set(ns.elems.map(elemKey));
          for (const e of s.elems) if (!keep.has(elemKey(e))) out.push({ obj: "element", add: false, t, s, e });
        }
      }
      for (const c of o.chains) if (!t.chains.some((x) => x.name === c.name)) out.push({ obj: "chain", add: false, t, c });
    }
    for (const c of t.chains) {
      const was = oc.get(c.name);
      if (!was || (c.base && was.base?.policy !== c.base.policy)) out.push({ obj: "chain", add: true, t, c });
    }
    for (const s of t.sets) {
      const was = os.get(s.name);
      if (!was) out.push({ obj: "set", add: true, t, s });
      const had = new Set((was?.elems ?? []).map(elemKey));
      for (const e of s.elems) if (!had.has(elemKey(e))) out.push({ obj: "element", add: true, t, s, e });
    }
    for (const c of t.chains) {
      const was = new Map((oc.get(c.name)?.rules ?? []).map((r) => [r.handle, ruleKey(r)]));
      for (const r of c.rules) if (was.get(r.handle) !== ruleKey(r)) out.push({ obj: "rule", add: true, t, c, r });
    }
  }
  return out;
}

/**
 * Runs a batch (`commit`, true when it was applied) between two snapshots of
 * the rule set: the generation moves for an applied batch with ops, and
 * listeners get the changed objects and the NEWGEN message.
 */
export function nftNotifyCommit(task: Task, hasOps: boolean, snapshot: () => NotifyTable[], commit: () => boolean): void {
  const net = task.netns;
  const listening = nftEventGroup.listening(net);
  const before = listening ? snapshot() : [];
  if (!commit() || !hasOps) return;
  const gen = genOf(net);
  const events = listening ? diff(before, snapshot()) : [];
  if (listening && !events.length) return;
  gen.n++;
  for (const e of events) nftEventGroup.notify(net, e);
  nftEventGroup.notify(net, { obj: "gen", gen: gen.n, pid: task.pid, comm: statComm(task.comm) });
}
