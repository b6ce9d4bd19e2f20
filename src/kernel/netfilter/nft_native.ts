// The native nf_tables objects nft creates (net/netfilter/nf_tables_api.c):
// tables of any family, base chains bound to a hook at their own priority with
// a policy, regular chains, rules made of statements, and per-table handles
// shared by chains, rules and anonymous sets (table->hgenerator). A batch is
// applied completely or not at all; the errnos are the kernel's.
//
// Held apart from the tables iptables-nft fills (nf_tables.ts): both register
// their base chains on the same hook lists (core.ts), ordered by priority.
// Filter and route chains of the ip, ip6 and inet families run at their hooks
// (inet on both the IPv4 and IPv6 lists); nat chains run from the NAT core for
// a connection's first packet (nf_nat_inet_fn), ordered by priority with the iptables nat table's.

import { NFPROTO_IPV4, NFPROTO_IPV6 } from "../../uapi/x_tables.js";
import { NFT_HOOKS, type NftSetDump, type NftChainDump, type NftFamily, type NftOp, type NftStmt, type NftTableDump } from "../../uapi/nft_native.js";
import type { IptEntry, NfInetHook, XtBatchError, XtOp } from "../../uapi/x_tables.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import type { NetDevice } from "../core/netdevice.js";
import { NF_ACCEPT, nfRegisterNetHook, nfUnregisterNetHook, type NfHookOps, type NfHookState, type NfVerdict } from "./core.js";
import { nftCommit, nftKeepTableHandles, nftListTables, nftNextTableHandle } from "./nf_tables.js";
import { nftMeterKeys, nftNativeDoChain, nftNativeDoL2, nftNativeDoNetdev } from "./nft_native_eval.js";
import { nfNetdevSetChains, type NetdevChain } from "./nf_netdev.js";
import { nfArpSetChains, type ArpChain } from "./nf_arp.js";
import { cloneSet, findElem, liveElems, sameSet, stmtJumps, stmtRefs } from "./nft_set.js";
import { netCore } from "../core/net_namespace.js";

const now = (net: NetNamespace): number => netCore(net).host.clock.now;

type NChain = NftChainDump;

interface NTable extends NftTableDump {
  chains: NChain[];
  /** table->hgenerator: the last handle given to a chain, rule or set of this table. */
  hseq: number;
}

/** A registered base chain: its hook ops and the chain they run, re-pointed at each commit. */
interface HookSlot {
  ops: NfHookOps;
  table: NTable;
  chain: NChain;
}

interface Pernet {
  tables: NTable[];
  hooks: Map<string, HookSlot>;
  /** Per `${pf}/${hook}`: the nat chains of every table, by priority (rebuilt at each commit). */
  nat: Map<string, [NTable, NChain][]>;
}

const pernet = (net: NetNamespace): Pernet => net.get<Pernet>("nft_native", () => ({ tables: [], hooks: new Map(), nat: new Map() }));

class BatchError extends Error {
  constructor(readonly errno: string) {
    super(errno);
  }
}

const cloneStmt = (s: NftStmt): NftStmt => (s.k === "counter" ? { ...s } : s);

function cloneTable(t: NTable): NTable {
  return {
    ...t,
    chains: t.chains.map((c) => ({ ...c, base: c.base && { ...c.base }, rules: c.rules.map((r) => ({ handle: r.handle, stmts: r.stmts.map(cloneStmt) })) })),
    sets: t.sets.map(cloneSet),
  };
}

function needTable(tables: NTable[], family: NftFamily, name: string): NTable {
  const t = tables.find((x) => x.family === family && x.name === name);
  if (!t) throw new BatchError("ENOENT");
  return t;
}

function needChain(t: NTable, name: string): NChain {
  const c = t.chains.find((x) => x.name === name);
  if (!c) throw new BatchError("ENOENT");
  return c;
}

const jumpsTo = (t: NTable, name: string): boolean =>
  t.chains.some((c) => c.rules.some((r) => r.stmts.some((s) => stmtJumps(s, t).includes(name)))) || t.sets.some((s) => s.elems.some((e) => e.data?.kind === "verdict" && e.data.chain === name));

function needSet(t: NTable, name: string): NftSetDump {
  const s = t.sets.find((x) => x.name === name);
  if (!s) throw new BatchError("ENOENT");
  return s;
}

/** The chain a verdict jumps to must exist and be a regular chain. */
function checkJump(t: NTable, chain: string | undefined): void {
  if (chain === undefined) return;
  const to = t.chains.find((x) => x.name === chain);
  if (!to) throw new BatchError("ENOENT");
  if (to.base) throw new BatchError("EOPNOTSUPP");
}

/** The hooks each family's chain types may use (nf_tables_chain_type lookups, nft_chain_validate_hooks). */
function baseAllowed(family: NftFamily, type: string, hook: string): boolean {
  if (family === "ip" || family === "ip6" || family === "inet") {
    if (type === "filter") return hook in NFT_HOOKS || (family === "inet" && hook === "ingress");
    if (type === "nat") return hook === "prerouting" || hook === "input" || hook === "output" || hook === "postrouting";
    return type === "route" && family !== "inet" ? hook === "output" : type === "route" && hook === "output";
  }
  if (family === "arp") return type === "filter" && (hook === "input" || hook === "output");
  if (family === "bridge") return type === "filter" && (hook in NFT_HOOKS);
  return type === "filter" && (hook === "ingress" || hook === "egress");
}

function applyOp(net: NetNamespace, tables: NTable[], op: NftOp): void {
  if (op.op === "newtable") {
    const have = tables.find((x) => x.family === op.family && x.name === op.table);
    if (have) {
      if (op.excl) throw new BatchError("EEXIST");
      return;
    }
    tables.push({ family: op.family, name: op.table, handle: nftNextTableHandle(net), chains: [], sets: [], hseq: 0 });
    return;
  }
  const t = needTable(tables, op.family, op.table);
  switch (op.op) {
    case "deltable":
      tables.splice(tables.indexOf(t), 1);
      return;
    case "flushtable":
      for (const c of t.chains) c.rules = [];
      return;
    case "newchain": {
      const have = t.chains.find((c) => c.name === op.chain);
      if (have) {
        if (op.excl) throw new BatchError("EEXIST");
        if ((op.base || op.policy) && !have.base) throw new BatchError("EOPNOTSUPP");
        const policy = op.base?.policy ?? op.policy;
        if (have.base && policy) have.base.policy = policy;
        return;
      }
      // nf_tables_addchain(): a policy belongs to a base chain.
      if (op.policy && !op.base) throw new BatchError("EOPNOTSUPP");
      if (op.base) {
        if (!baseAllowed(op.family, op.base.type, op.base.hook)) throw new BatchError("EOPNOTSUPP");
        // nf_tables_chain_type: a nat chain must run after conntrack (priority > -200).
        if (op.base.type === "nat" && op.base.priority <= -200) throw new BatchError("EOPNOTSUPP");
      }
      t.chains.push({ name: op.chain, handle: ++t.hseq, base: op.base && { ...op.base, policy: op.base.policy ?? "accept" }, rules: [] });
      return;
    }
    case "renamechain": {
      const c = needChain(t, op.chain);
      if (t.chains.some((x) => x.name === op.newName)) throw new BatchError("EEXIST");
      // Jumps and verdict maps name their target: they follow it (the kernel binds them to the chain).
      for (const ch of t.chains) for (const r of ch.rules) r.stmts = r.stmts.map((s) => (s.k === "verdict" && s.chain === op.chain ? { ...s, chain: op.newName } : s));
      c.name = op.newName;
      return;
    }
    case "delchain": {
      const c = needChain(t, op.chain);
      if (c.rules.length || jumpsTo(t, c.name)) throw new BatchError("EBUSY");
      t.chains.splice(t.chains.indexOf(c), 1);
      return;
    }
    case "flushchain":
      needChain(t, op.chain).rules = [];
      return;
    case "newrule": {
      const c = needChain(t, op.chain);
      for (const s of op.stmts) {
        // nft_limit_init(): a zero rate is refused.
        if (s.k === "limit" && s.rate === 0) throw new BatchError("EINVAL");
        for (const to of stmtJumps(s, t)) checkJump(t, to);
        const ref = stmtRefs(s);
        if (ref !== undefined) needSet(t, ref);
      }
      const find = (h: number) => {
        const i = c.rules.findIndex((r) => r.handle === h);
        if (i < 0) throw new BatchError("ENOENT");
        return i;
      };
      const pos = op.replace !== undefined ? find(op.replace) : op.at !== undefined ? find(op.at) : -1;
      // Each anonymous set of the rule is created first and takes a handle.
      t.hseq += anonSets(op.stmts);
      // nf_tables_newrule(): a rule replacing another (NFTA_RULE_HANDLE given) keeps that handle.
      const rule = { handle: op.replace !== undefined ? c.rules[pos]!.handle : ++t.hseq, stmts: op.stmts.map(cloneStmt) };
      if (op.replace !== undefined) c.rules[pos] = rule;
      else if (pos >= 0) c.rules.splice(op.insert ? pos : pos + 1, 0, rule);
      else if (op.insert) c.rules.unshift(rule);
      else c.rules.push(rule);
      validate(t);
      return;
    }
    case "delrule": {
      const c = needChain(t, op.chain);
      const i = c.rules.findIndex((r) => r.handle === op.handle);
      if (i < 0) throw new BatchError("ENOENT");
      c.rules.splice(i, 1);
      return;
    }
    case "newset": {
      const have = t.sets.find((x) => x.name === op.set.name);
      if (have) {
        if (op.excl || !sameSet(have, op.set)) throw new BatchError("EEXIST");
      } else t.sets.push({ ...op.set, flags: [...op.set.flags], handle: ++t.hseq, elems: [] });
      const s = needSet(t, op.set.name);
      for (const e of op.elems) if (findElem(s, e.key) < 0) s.elems.push(e);
      return;
    }
    case "delset": {
      const s = needSet(t, op.set);
      if (t.chains.some((c) => c.rules.some((r) => r.stmts.some((x) => stmtRefs(x) === op.set)))) throw new BatchError("EBUSY");
      t.sets.splice(t.sets.indexOf(s), 1);
      return;
    }
    case "flushset":
      needSet(t, op.set).elems = [];
      return;
    case "newsetelem": {
      const s = needSet(t, op.set);
      if (op.elem.data?.kind === "verdict") checkJump(t, op.elem.data.chain);
      s.elems = liveElems(s, now(net));
      if (findElem(s, op.elem.key) >= 0) {
        if (op.excl) throw new BatchError("EEXIST");
        return;
      }
      const timeout = op.elem.timeout ?? s.timeout;
      s.elems.push(timeout !== undefined ? { ...op.elem, expires: now(net) + timeout * 1_000_000 } : op.elem);
      // Only a verdict element with a chain adds an edge to the chain graph.
      if (op.elem.data?.kind === "verdict" && op.elem.data.chain !== undefined) validate(t);
      return;
    }
    case "newflowtable":
      // nf_tables_newflowtable() takes a handle, then nft_flowtable_type_get() finds no type: this kernel has no nf_flow_table.
      ++t.hseq;
      throw new BatchError("ENOENT");
    case "delflowtable":
      throw new BatchError("ENOENT");
    case "delsetelem": {
      const s = needSet(t, op.set);
      s.elems = liveElems(s, now(net));
      const i = findElem(s, op.elem.key);
      if (i < 0) throw new BatchError("ENOENT");
      s.elems.splice(i, 1);
      return;
    }
  }
}

/** nft_chain_validate(): a loop reachable from a base chain is ELOOP. */
function validate(t: NTable): void {
  const walk = (c: NChain, depth: number): void => {
    if (depth > 16) throw new BatchError("ELOOP");
    for (const r of c.rules)
      for (const s of r.stmts)
        for (const name of stmtJumps(s, t)) {
          const to = t.chains.find((x) => x.name === name);
          if (to) walk(to, depth + 1);
        }
  };
  for (const c of t.chains) if (c.base) walk(c, 0);
}

const XT_PF: Partial<Record<NftFamily, number>> = { ip: NFPROTO_IPV4, ip6: NFPROTO_IPV6 };
const EMPTY_ENTRY: IptEntry = { ip: { src: 0, smsk: 0, dst: 0, dmsk: 0, iniface: "", outiface: "", proto: 0, flags: 0, invflags: 0 }, matches: [], target: { kind: "none" } };

/** Anonymous sets a rule creates before itself (each takes a table handle). */
const anonSets = (stmts: readonly NftStmt[]): number =>
  stmts.filter((s) => (s.k === "match" && s.set) || (s.k === "vmap" && s.ref === undefined) || (s.k === "nat" && s.map && s.map.ref === undefined) || s.k === "meter").length;

/** An op on a table iptables-nft made, as that store's op; a string is the errno it fails with at once. */
function toXtOp(op: NftOp): XtOp | string | undefined {
  const table = op.table;
  switch (op.op) {
    case "newtable":
      // nf_tables_newtable(): an existing table is updated, or EEXIST with NLM_F_EXCL.
      return op.excl ? "EEXIST" : undefined;
    case "deltable":
    case "flushtable":
      return { op: op.op, table };
    case "renamechain":
      return { op: "renamechain", table, chain: op.chain, newname: op.newName };
    case "newchain":
      if (!op.base && op.policy) return { op: "setpolicy", table, chain: op.chain, policy: op.policy === "drop" ? "DROP" : "ACCEPT", noStats: true };
      if (!op.base) return { op: "newchain", table, chain: op.chain, excl: op.excl };
      if (!baseAllowed(op.family, op.base.type, op.base.hook) || !(op.base.hook in NFT_HOOKS)) return "EOPNOTSUPP";
      return {
        op: "newchain",
        table,
        chain: op.chain,
        hook: NFT_HOOKS[op.base.hook] as NfInetHook,
        priority: op.base.priority,
        policy: op.base.policy === "drop" ? "DROP" : op.base.policy ? "ACCEPT" : undefined,
        excl: op.excl,
      };
    case "delchain":
    case "flushchain":
      return { op: op.op, table, chain: op.chain };
    case "newrule": {
      const native = { stmts: op.stmts, anonSets: anonSets(op.stmts), first: op.insert && op.at === undefined && op.replace === undefined };
      if (op.replace !== undefined) return { op: "replacerule", table, chain: op.chain, handle: op.replace, entry: EMPTY_ENTRY, native };
      return { op: "newrule", table, chain: op.chain, entry: EMPTY_ENTRY, native, ...(op.at !== undefined && (op.insert ? { before: op.at } : { after: op.at })) };
    }
    case "delrule":
      return { op: "delrule", table, chain: op.chain, handle: op.handle };
    default:
      // Named sets live in nft's own tables in the model (left out: sets in iptables-nft's tables).
      return "EOPNOTSUPP";
  }
}

/**
 * One batch for the whole rule set: nf_tables has a single list of tables per
 * namespace, and the ip/ip6 tables iptables-nft made are among them. Ops on
 * those go to their store (nf_tables.ts) as native rules; the rest to this
 * one. Every part is checked first, so the batch stays all-or-nothing.
 */
export function nftNativeCommit(net: NetNamespace, ops: readonly NftOp[], check = false): XtBatchError[] {
  const xtTables = new Map<number, Set<string>>();
  for (const pf of [NFPROTO_IPV4, NFPROTO_IPV6]) xtTables.set(pf, new Set(nftListTables(net, pf)));
  const own: NftOp[] = [];
  const ownIdx: number[] = [];
  const xt = new Map<number, { ops: XtOp[]; idx: number[] }>();
  const errors: XtBatchError[] = [];
  ops.forEach((op, i) => {
    const pf = XT_PF[op.family];
    const names = pf === undefined ? undefined : xtTables.get(pf)!;
    if (!names?.has(op.table)) {
      own.push(op);
      ownIdx.push(i);
      return;
    }
    const x = toXtOp(op);
    if (typeof x === "string") errors.push({ index: i, errno: x });
    else if (x) {
      const part = xt.get(pf!) ?? { ops: [], idx: [] };
      xt.set(pf!, part);
      part.ops.push(x);
      part.idx.push(i);
    }
    // Once deleted, the name is free for a table of nft's own later in the batch.
    if (op.op === "deltable") names.delete(op.table);
  });
  if (!xt.size && !errors.length) return nativeCommit(net, own, check ? "check" : "commit");
  const whole = check || errors.length > 0;
  for (const [pf, part] of xt) for (const e of nftCommit(net, part.ops, pf, true)) errors.push({ index: part.idx[e.index]!, errno: e.errno });
  for (const e of nftKeepTableHandles(net, () => nativeCommit(net, own, "dry"))) errors.push({ index: ownIdx[e.index]!, errno: e.errno });
  if (errors.length || whole) return errors.sort((a, b) => a.index - b.index);
  for (const [pf, part] of xt) nftCommit(net, part.ops, pf);
  return nativeCommit(net, own, "commit");
}

/** "check" (nft -c) keeps the handles the batch used, as an aborted batch does; "dry" is a trial that leaves no trace. */
function nativeCommit(net: NetNamespace, ops: readonly NftOp[], mode: "commit" | "check" | "dry"): XtBatchError[] {
  const check = mode !== "commit";
  const p = pernet(net);
  const tables = p.tables.map(cloneTable);
  const errors: XtBatchError[] = [];
  for (let i = 0; i < ops.length; i++) {
    try {
      applyOp(net, tables, ops[i]!);
    } catch (e) {
      if (e instanceof BatchError) errors.push({ index: i, errno: e.errno });
      else throw e;
    }
  }
  if (mode === "dry") return errors;
  if (errors.length || check) {
    // An aborted batch gives back no handles: table->hgenerator of the tables that stay keeps its count.
    for (const t of p.tables) {
      const tried = tables.find((x) => x.family === t.family && x.name === t.name);
      if (tried) t.hseq = Math.max(t.hseq, tried.hseq);
    }
    return errors;
  }
  p.tables = tables;
  syncHooks(net, p);
  for (const fn of commitHooks) fn(net);
  return errors;
}

const commitHooks: ((net: NetNamespace) => void)[] = [];
export function nftNativeOnCommit(fn: (net: NetNamespace) => void): void {
  commitHooks.push(fn);
}

const PF: Partial<Record<NftFamily, number[]>> = { ip: [NFPROTO_IPV4], ip6: [NFPROTO_IPV6], inet: [NFPROTO_IPV4, NFPROTO_IPV6] };

function syncHooks(net: NetNamespace, p: Pernet): void {
  const want = new Set<string>();
  p.nat = new Map();
  // Chains bound to a device: netdev ingress/egress, inet ingress (nf_netdev.ts).
  const netdev: NetdevChain[] = [];
  for (const t of p.tables)
    for (const c of t.chains) {
      const b = c.base;
      if (!b || b.device === undefined || (b.hook !== "ingress" && b.hook !== "egress")) continue;
      if (t.family !== "netdev" && !(t.family === "inet" && b.hook === "ingress")) continue;
      netdev.push({ hook: b.hook, device: b.device, priority: b.priority, inetOnly: t.family === "inet", run: (skb, hook, len) => nftNativeDoNetdev(t, c, skb, hook, len) });
    }
  nfNetdevSetChains(net, netdev);
  const arp: ArpChain[] = [];
  for (const t of p.tables)
    if (t.family === "arp")
      for (const c of t.chains) {
        const b = c.base;
        if (b && (b.hook === "input" || b.hook === "output"))
          arp.push({ hook: b.hook, priority: b.priority, run: (skb, len) => nftNativeDoL2(t, c, skb, b.hook === "input" ? skb.dev : undefined, b.hook === "output" ? skb.dev : undefined, len) });
      }
  nfArpSetChains(net, arp);
  for (const t of p.tables)
    for (const c of t.chains) {
      if (!c.base) continue;
      if (c.base.type === "nat") {
        for (const pf of PF[t.family] ?? []) {
          const key = `${pf}/${NFT_HOOKS[c.base.hook]}`;
          const list = p.nat.get(key) ?? [];
          list.push([t, c]);
          p.nat.set(key, list);
        }
        continue;
      }
      if (!(c.base.hook in NFT_HOOKS)) continue;
      for (const pf of PF[t.family] ?? []) {
        const key = `${t.family}/${t.name}/${c.name}/${pf}/${c.base.hook}/${c.base.priority}`;
        want.add(key);
        const have = p.hooks.get(key);
        if (have) {
          have.table = t;
          have.chain = c;
          continue;
        }
        const ops: NfHookOps = { pf, hook: NFT_HOOKS[c.base.hook] as never, priority: c.base.priority, owner: key, fn: (skb, state) => nftNativeDoChain(slot.table, slot.chain, skb, state) };
        const slot: HookSlot = { ops, table: t, chain: c };
        p.hooks.set(key, slot);
        nfRegisterNetHook(net, ops);
      }
    }
  for (const list of p.nat.values()) list.sort((a, b) => a[1].base!.priority - b[1].base!.priority);
  for (const [key, slot] of p.hooks)
    if (!want.has(key)) {
      nfUnregisterNetHook(net, slot.ops);
      p.hooks.delete(key);
    }
}

/** The nat chains of every table on this hook for this packet's family, by priority (their entries in nf_nat_inet_fn's list). */
export function nftNativeNatChains(net: NetNamespace, pf: number, hook: number): { priority: number; run: (skb: SkBuff, state: NfHookState) => NfVerdict }[] {
  const p = net.pernet.get("nft_native") as Pernet | undefined;
  const chains = p?.nat.get(`${pf}/${hook}`) ?? [];
  return chains.map(([t, c]) => ({ priority: c.base!.priority, run: (skb, state) => nftNativeDoChain(t, c, skb, state) }));
}

/** The rule set as a dump reads it: expired elements left out, the others with the ms they have left. */
export function nftNativeTables(net: NetNamespace): NftTableDump[] {
  const p = net.pernet.get("nft_native") as Pernet | undefined;
  if (!p) return [];
  const at = now(net);
  return p.tables.map((t) => {
    const c = cloneTable(t);
    for (const s of c.sets) s.elems = liveElems(s, at).map((e) => (e.expires === undefined ? e : { ...e, expires: Math.floor((e.expires - at) / 1_000_000) }));
    // A meter's elements are its set's: dumped with the statement.
    for (const ch of c.chains) for (const r of ch.rules) r.stmts = r.stmts.map((s) => (s.k === "meter" ? { ...s, keys: nftMeterKeys(s, at) } : s));
    return c;
  });
}

/** Rules that need connection tracking (ct expressions, nat statements) and nat chains (nf_ct_netns_get). */
export function nftNativeCtUsers(net: NetNamespace, pf: number): number {
  const p = net.pernet.get("nft_native") as Pernet | undefined;
  let n = 0;
  for (const t of p?.tables ?? []) {
    if (!(PF[t.family] ?? []).includes(pf)) continue;
    for (const c of t.chains) {
      if (c.base?.type === "nat") n++;
      for (const r of c.rules) if (r.stmts.some((s) => (s.k === "match" && s.field === "ct state") || s.k === "nat")) n++;
    }
  }
  return n;
}

/**
 * Hands over the ip/ip6 tables named like iptables' own (filter, nat, ...) to
 * iptables-nft's store once iptables looks at that family: in the kernel there
 * is one table either tool reads and writes. Tables holding named sets stay
 * here (left out: iptables would list them as missing).
 */
export function nftNativeTakeTables(net: NetNamespace, family: "ip" | "ip6", wanted: (name: string) => boolean): NftTableDump[] {
  const p = net.pernet.get("nft_native") as Pernet | undefined;
  if (!p) return [];
  const out = p.tables.filter((t) => t.family === family && wanted(t.name) && !t.sets.length && t.chains.every((c) => !c.base || c.base.hook in NFT_HOOKS));
  if (!out.length) return [];
  p.tables = p.tables.filter((t) => !out.includes(t));
  syncHooks(net, p);
  for (const fn of commitHooks) fn(net);
  return out;
}

/** The bridge family's filter chains on NF_BR_* hook `hook` (0-4), to run with ebtables-nft's in priority order (ebtables/eb_do_table.ts). */
export function nftNativeBridgeChains(net: NetNamespace, hook: number): { priority: number; run: (skb: SkBuff, indev: NetDevice | undefined, outdev: NetDevice | undefined, len: number) => NfVerdict }[] {
  const p = net.pernet.get("nft_native") as Pernet | undefined;
  const out: ReturnType<typeof nftNativeBridgeChains> = [];
  for (const t of p?.tables ?? [])
    if (t.family === "bridge")
      for (const c of t.chains)
        if (c.base && NFT_HOOKS[c.base.hook] === hook) out.push({ priority: c.base.priority, run: (skb, i, o, len) => nftNativeDoL2(t, c, skb, i, o, len) });
  return out;
}

/** Whether the namespace has a table of the bridge family (the bridge then calls its hooks). */
export function nftNativeHasBridge(net: NetNamespace): boolean {
  const p = net.pernet.get("nft_native") as Pernet | undefined;
  return !!p?.tables.some((t) => t.family === "bridge");
}
