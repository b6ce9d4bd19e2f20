// The bridge family of the nf_tables store (net/netfilter/nf_tables_api.c for
// NFPROTO_BRIDGE, as ebtables-nft fills it): per namespace, the tables filter
// and nat with their base chains on the NF_BR_* hooks, user chains, rules.
// A batch is applied to a copy and kept only if every op succeeded.
//
// Errors the kernel gives, as recorded: a missing table/chain/rule ENOENT, an
// existing chain EEXIST, deleting a chain with rules or jumps to it EBUSY, a
// jump to a base chain EOPNOTSUPP, and --logical-in/--logical-out (meta
// ibrname/obrname), which the recorded kernel refuses, EOPNOTSUPP.

import { ebtTableDef, type EbtBatchError, type EbtEntry, type EbtChain, type EbtCounters, type EbtOp, type EbtTable } from "../../../uapi/ebtables.js";
import type { NetNamespace } from "../../core/netns.js";

interface EbtPernet {
  tables: EbtTable[];
}

const newPernet = (): EbtPernet => ({ tables: [] });

export function ebtPernet(net: NetNamespace): EbtPernet {
  return net.get<EbtPernet>("nf_tables_bridge", newPernet);
}

class OpError extends Error {
  constructor(readonly errno: string) {
    super(errno);
  }
}

const zero = (): EbtCounters => ({ pcnt: 0n, bcnt: 0n });

function cloneChain(c: EbtChain): EbtChain {
  return {
    name: c.name,
    base: c.base && { ...c.base },
    userPolicy: c.userPolicy && { verdict: c.userPolicy.verdict, counters: { ...c.userPolicy.counters } },
    rules: c.rules.map((r) => ({ entry: r.entry, counters: { ...r.counters } })),
  };
}

export function cloneTable(t: EbtTable): EbtTable {
  return { name: t.name, chains: t.chains.map(cloneChain) };
}

function needTable(tables: EbtTable[], name: string): EbtTable {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new OpError("ENOENT");
  return t;
}

function needChain(t: EbtTable, name: string): EbtChain {
  const c = t.chains.find((x) => x.name === name);
  if (!c) throw new OpError("ENOENT");
  return c;
}

function refsTo(t: EbtTable, name: string): number {
  let n = 0;
  for (const c of t.chains) for (const r of c.rules) if (r.entry.target.kind === "jump" && r.entry.target.chain === name) n++;
  return n;
}

/** ebt_ip_mt_check() / ebt_arp_mt_check(): -p IPv4 / ARP or RARP (not inverted) and, for ports, a port protocol (not inverted). */
function checkMatches(e: EbtEntry): void {
  for (const m of e.matches ?? []) {
    if (m.kind === "arp" && (!e.proto || e.proto.inv || (e.proto.type !== 0x0806 && e.proto.type !== 0x8035))) throw new OpError("EINVAL");
    if (m.kind === "802_3" && (!e.proto || e.proto.inv || e.proto.type !== "LENGTH")) throw new OpError("EINVAL");
    if (m.kind === "vlan" && (!e.proto || e.proto.inv || e.proto.type !== 0x8100)) throw new OpError("EINVAL");
    if (m.kind !== "ip") continue;
    if (!e.proto || e.proto.inv || e.proto.type !== 0x0800) throw new OpError("EINVAL");
    if (m.icmp && (!m.proto || m.proto.inv || m.proto.value !== 1)) throw new OpError("EINVAL");
    if ((m.sport || m.dport) && (!m.proto || m.proto.inv || ![6, 17, 33, 132, 136].includes(m.proto.value))) throw new OpError("EINVAL");
  }
}

/**
 * ebt_dnat/snat/redirect_tg_check(): nat table only, dnat at PREROUTING/OUTPUT,
 * snat at POSTROUTING, redirect at PREROUTING (checked for base chains; a user
 * chain's hooks are those it is reached from, which we do not track).
 */
function checkTarget(table: string, c: EbtChain, e: EbtEntry): void {
  const t = e.target;
  if (t.kind !== "nat") return;
  if (table !== "nat") throw new OpError("EINVAL");
  if (!c.base) return;
  const ok = t.type === "dnat" ? c.base.hook === 0 || c.base.hook === 3 : t.type === "snat" ? c.base.hook === 4 : c.base.hook === 0;
  if (!ok) throw new OpError("EINVAL");
}

function applyOp(tables: EbtTable[], op: EbtOp): void {
  if (op.op === "newtable") {
    if (!tables.some((t) => t.name === op.table)) tables.push({ name: op.table, chains: [] });
    return;
  }
  if (op.op === "deltable") {
    const i = tables.findIndex((t) => t.name === op.table);
    if (i < 0) throw new OpError("ENOENT");
    tables.splice(i, 1);
    return;
  }
  const t = needTable(tables, op.table);
  switch (op.op) {
    case "newchain": {
      const have = t.chains.find((c) => c.name === op.chain);
      if (op.hook !== undefined) {
        const def = ebtTableDef(t.name)?.chains.find((c) => c.hook === op.hook);
        if (!def) throw new OpError("EOPNOTSUPP");
        if (have) {
          if (!have.base) throw new OpError("EEXIST");
          if (op.policy) have.base.policy = op.policy;
          return;
        }
        t.chains.push({ name: op.chain, base: { hook: op.hook, priority: def.priority, policy: op.policy ?? "ACCEPT" }, rules: [] });
        return;
      }
      if (have) throw new OpError("EEXIST");
      t.chains.push({ name: op.chain, rules: [] });
      return;
    }
    case "userpolicy": {
      const c = needChain(t, op.chain);
      if (c.base) throw new OpError("EOPNOTSUPP");
      c.userPolicy = { verdict: op.policy, counters: op.counters ? { ...op.counters } : zero() };
      return;
    }
    case "delchain": {
      const c = needChain(t, op.chain);
      if (c.rules.length || refsTo(t, c.name)) throw new OpError("EBUSY");
      t.chains.splice(t.chains.indexOf(c), 1);
      return;
    }
    case "renamechain": {
      const c = needChain(t, op.chain);
      if (t.chains.some((x) => x.name === op.newname)) throw new OpError("EEXIST");
      if (c.base) throw new OpError("EOPNOTSUPP");
      // Jumps bind the chain itself, so they follow the new name.
      for (const x of t.chains)
        x.rules = x.rules.map((r) =>
          r.entry.target.kind === "jump" && r.entry.target.chain === op.chain ? { ...r, entry: { ...r.entry, target: { kind: "jump", chain: op.newname } } } : r,
        );
      c.name = op.newname;
      return;
    }
    case "newrule": {
      const c = needChain(t, op.chain);
      const e = op.entry;
      if (e.logicalIn || e.logicalOut) throw new OpError("EOPNOTSUPP");
      checkMatches(e);
      checkTarget(t.name, c, e);
      if (e.target.kind === "jump") {
        const to = t.chains.find((x) => x.name === (e.target as { chain: string }).chain);
        if (!to) throw new OpError("ENOENT");
        if (to.base) throw new OpError("EOPNOTSUPP");
      }
      const rule = { entry: e, counters: op.counters ? { ...op.counters } : zero() };
      if (op.index === undefined) c.rules.push(rule);
      else {
        if (op.index > c.rules.length) throw new OpError("ENOENT");
        c.rules.splice(op.index, 0, rule);
      }
      return;
    }
    case "delrule": {
      const c = needChain(t, op.chain);
      if (op.index >= c.rules.length) throw new OpError("ENOENT");
      c.rules.splice(op.index, 1);
      return;
    }
    case "flushchain": {
      const c = needChain(t, op.chain);
      // The policy rule stays (ebtables-nft puts it back at every commit).
      c.rules = [];
      return;
    }
    case "zero": {
      const c = needChain(t, op.chain);
      for (const r of c.rules) r.counters = zero();
      if (c.userPolicy) c.userPolicy.counters = zero();
      return;
    }
  }
}

/** Applies a batch atomically; every refused op reports its own error, nothing is kept if any failed. */
export function ebtCommit(net: NetNamespace, ops: readonly EbtOp[]): EbtBatchError[] {
  const p = ebtPernet(net);
  const tables = p.tables.map(cloneTable);
  const errors: EbtBatchError[] = [];
  for (let i = 0; i < ops.length; i++) {
    try {
      applyOp(tables, ops[i]!);
    } catch (e) {
      if (e instanceof OpError) errors.push({ index: i, errno: e.errno });
      else throw e;
    }
  }
  if (!errors.length) p.tables = tables;
  return errors;
}

export function ebtDumpTable(net: NetNamespace, name: string): EbtTable | undefined {
  const t = ebtPernet(net).tables.find((x) => x.name === name);
  return t && cloneTable(t);
}

export function ebtListTables(net: NetNamespace): string[] {
  return ebtPernet(net).tables.map((t) => t.name);
}
