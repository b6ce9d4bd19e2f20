// ebtables-nft's view of the bridge tables (nft.c / nft-cmd.c for
// NFPROTO_BRIDGE): the kernel's tables read once, commands queued as a batch
// against that copy (a table and a built-in chain made only when written to),
// one commit. Cache errors are NftErrors (worded by nftStrerror, "ebtables: ...",
// status 1); kernel refusals become " CHAIN_DEL failed (Device or resource busy): chain X" (status 4).

import { ebtTalk } from "../../../kernel/netfilter/ebtables/eb_netlink.js";
import type { Task } from "../../../kernel/task/task.js";
import { ERRNO, strerror } from "../../../uapi/errno.js";
import { ebtTableDef, type EbtChain, type EbtCounters, type EbtEntry, type EbtOp, type EbtTable } from "../../../uapi/ebtables.js";
import { RESOURCE_PROBLEM, XtError } from "../errors.js";
import { NftError } from "../nft.js";

interface CTable extends EbtTable {
  exists: boolean;
}

interface BatchEntry {
  op: EbtOp;
  type: string;
  what: string;
  line: number;
}

const zero = (): EbtCounters => ({ pcnt: 0n, bcnt: 0n });

/** nft_bridge_is_same() on our rule form (counters and target included as the rule's expressions). */
export function ebEntriesEqual(a: EbtEntry, b: EbtEntry): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class EbHandle {
  private tables = new Map<string, CTable>();
  readonly batch: BatchEntry[] = [];
  line = 0;

  constructor(readonly task: Task) {
    const r = ebtTalk(task, { kind: "list-tables" });
    if (r.kind === "error" && r.errors[0]?.errno === "EPERM")
      throw new XtError(RESOURCE_PROBLEM, "Could not fetch rule set generation id: Permission denied (you must be root)");
  }

  table(name: string): CTable {
    let t = this.tables.get(name);
    if (t) return t;
    const r = ebtTalk(this.task, { kind: "dump", table: name });
    t = r.kind === "dump" && r.table ? { ...r.table, exists: true } : { name, chains: [], exists: false };
    this.tables.set(name, t);
    return t;
  }

  flushCache(): void {
    this.tables.clear();
  }

  private push(op: EbtOp, type: string, what: string): void {
    this.batch.push({ op, type, what, line: this.line });
  }

  findChain(table: string, chain: string): EbtChain | undefined {
    return this.table(table).chains.find((c) => c.name === chain);
  }

  isBuiltin(table: string, chain: string): boolean {
    return !!ebtTableDef(table)?.chains.some((c) => c.name === chain);
  }

  /** Built-in chains (real or, when absent, shown with policy ACCEPT) by hook, then user chains by name. */
  listChains(table: string): { chain: EbtChain; fake: boolean }[] {
    const t = this.table(table);
    const out: { chain: EbtChain; fake: boolean }[] = [];
    for (const d of ebtTableDef(table)?.chains ?? []) {
      const c = t.chains.find((x) => x.base?.hook === d.hook);
      out.push(c ? { chain: c, fake: false } : { chain: { name: d.name, base: { hook: d.hook, priority: d.priority, policy: "ACCEPT" }, rules: [] }, fake: true });
    }
    const users = t.chains.filter((c) => !c.base).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const c of users) out.push({ chain: c, fake: false });
    return out;
  }

  tableInit(table: string): CTable {
    const t = this.table(table);
    if (!t.exists) {
      t.exists = true;
      this.push({ op: "newtable", table }, "TABLE_ADD", `table ${table}`);
    }
    return t;
  }

  builtinInit(table: string, chain?: string): void {
    const t = this.tableInit(table);
    for (const d of ebtTableDef(table)?.chains ?? []) {
      if (chain !== undefined && d.name !== chain) continue;
      if (t.chains.some((c) => c.base?.hook === d.hook)) continue;
      t.chains.push({ name: d.name, base: { hook: d.hook, priority: d.priority, policy: "ACCEPT" }, rules: [] });
      this.push({ op: "newchain", table, chain: d.name, hook: d.hook, policy: "ACCEPT" }, "CHAIN_ADD", `chain ${d.name}`);
    }
  }

  chainUserAdd(table: string, chain: string): void {
    this.tableInit(table);
    if (this.isBuiltin(table, chain) || this.findChain(table, chain)) throw new NftError("chain_user_add", "EEXIST");
    // ebtables-nft gives every user chain a policy rule, ACCEPT until -P changes it.
    this.table(table).chains.push({ name: chain, rules: [], userPolicy: { verdict: "ACCEPT", counters: zero() } });
    this.push({ op: "newchain", table, chain }, "CHAIN_USER_ADD", `chain ${chain}`);
    this.push({ op: "userpolicy", table, chain, policy: "ACCEPT" }, "CHAIN_USER_ADD", `chain ${chain}`);
  }

  /** nft_cmd_chain_restore(): ":foo POLICY" of a restore creates the chain or flushes it. */
  chainRestore(table: string, chain: string): void {
    this.tableInit(table);
    const have = this.findChain(table, chain);
    if (have) {
      have.rules = [];
      have.userPolicy = undefined;
      this.push({ op: "flushchain", table, chain }, "RULE_FLUSH", `rule in chain ${chain}`);
      return;
    }
    this.table(table).chains.push({ name: chain, rules: [] });
    this.push({ op: "newchain", table, chain }, "CHAIN_USER_ADD", `chain ${chain}`);
  }

  chainSet(table: string, chain: string, policy: "ACCEPT" | "DROP"): void {
    this.builtinInit(table, chain);
    const c = this.findChain(table, chain);
    const d = ebtTableDef(table)?.chains.find((x) => x.name === chain);
    if (!c?.base || !d) throw new NftError("chain_set", "ENOENT");
    c.base.policy = policy;
    this.push({ op: "newchain", table, chain, hook: d.hook, policy }, "CHAIN_UPDATE", `chain ${chain}`);
  }

  /** ebt_set_user_chain_policy(): the chain's policy rule. */
  userPolicy(table: string, chain: string, policy: "ACCEPT" | "DROP" | "RETURN"): void {
    const c = this.findChain(table, chain);
    if (!c || c.base) throw new NftError("other", "ENOENT");
    c.userPolicy = { verdict: policy, counters: zero() };
    this.push({ op: "userpolicy", table, chain, policy }, "CHAIN_UPDATE", `chain ${chain}`);
  }

  chainDel(table: string, chain: string | undefined): void {
    const t = this.table(table);
    const del = (c: EbtChain, explicit: boolean) => {
      if (c.base) {
        const may = c.base.policy === "ACCEPT" && (explicit || c.rules.length === 0);
        if (!may) {
          if (explicit) throw new NftError("chain_del", "EBUSY");
          return;
        }
      }
      t.chains = t.chains.filter((x) => x !== c);
      // A user chain holds at least its policy rule: it is flushed first.
      if (!c.base) this.push({ op: "flushchain", table, chain: c.name }, "CHAIN_DEL", `chain ${c.name}`);
      this.push({ op: "delchain", table, chain: c.name }, "CHAIN_DEL", `chain ${c.name}`);
    };
    if (chain !== undefined) {
      const c = this.findChain(table, chain);
      if (!c) throw new NftError("chain_del", "ENOENT");
      del(c, true);
      return;
    }
    for (const { chain: c, fake } of this.listChains(table)) if (!fake) del(c, false);
  }

  chainRename(table: string, chain: string, newname: string): void {
    if (this.isBuiltin(table, newname) || this.findChain(table, newname)) throw new NftError("chain_user_rename", "EEXIST");
    const c = this.findChain(table, chain);
    if (!c) throw new NftError("chain_user_rename", "ENOENT");
    c.name = newname;
    this.push({ op: "renamechain", table, chain, newname }, "CHAIN_RENAME", `chain ${newname}`);
  }

  ruleAdd(table: string, chain: string, entry: EbtEntry, at: number | undefined, counters?: EbtCounters): void {
    if (this.isBuiltin(table, chain)) this.builtinInit(table, chain);
    const c = this.findChain(table, chain);
    if (!c) throw new NftError(at === undefined ? "rule_append" : "rule_insert", "ENOENT");
    if (at !== undefined && at > c.rules.length) throw new NftError("rule_insert", "E2BIG");
    const index = at === undefined || at === c.rules.length ? undefined : at;
    this.push({ op: "newrule", table, chain, entry, counters, index }, at === undefined ? "RULE_APPEND" : "RULE_INSERT", `rule in chain ${chain}`);
    const rule = { entry, counters: counters ?? zero() };
    if (index === undefined) c.rules.push(rule);
    else c.rules.splice(index, 0, rule);
  }

  ruleDelete(table: string, chain: string, entry: EbtEntry): void {
    const c = this.findChain(table, chain);
    if (!c) throw new NftError("rule_delete", "ENOENT");
    const i = c.rules.findIndex((r) => ebEntriesEqual(r.entry, entry));
    if (i < 0) throw new NftError("rule_delete", "ENOENT");
    this.push({ op: "delrule", table, chain, index: i }, "RULE_DELETE", `rule in chain ${chain}`);
    c.rules.splice(i, 1);
  }

  ruleDeleteNum(table: string, chain: string, index: number): void {
    const c = this.findChain(table, chain);
    if (!c) throw new NftError("rule_delete_num", "ENOENT");
    if (index < 0 || index >= c.rules.length) throw new NftError("rule_delete_num", "E2BIG");
    this.push({ op: "delrule", table, chain, index }, "RULE_DELETE", `rule in chain ${chain}`);
    c.rules.splice(index, 1);
  }

  ruleCheck(table: string, chain: string, entry: EbtEntry): void {
    const c = this.findChain(table, chain);
    if (!c || !c.rules.some((r) => ebEntriesEqual(r.entry, entry))) throw new NftError("rule_check", "ENOENT");
  }

  /** `out` (-v): "Flushing chain `X'" for each chain; a verbose flush of all makes the built-in chains first. */
  ruleFlush(table: string, chain: string | undefined, out?: string[]): void {
    if (chain === undefined && out) {
      this.builtinInit(table);
      for (const { chain: c } of this.listChains(table)) {
        out.push(`Flushing chain \`${c.name}'\n`);
        c.rules = [];
        this.push({ op: "flushchain", table, chain: c.name }, "RULE_FLUSH", `rule in chain ${c.name}`);
      }
      return;
    }
    if (chain !== undefined) {
      if (out) out.push(`Flushing chain \`${chain}'\n`);
      if (this.isBuiltin(table, chain)) this.builtinInit(table, chain);
      const c = this.findChain(table, chain);
      if (!c) throw new NftError("rule_flush", "ENOENT");
      c.rules = [];
      this.push({ op: "flushchain", table, chain }, "RULE_FLUSH", `rule in chain ${chain}`);
      return;
    }
    const t = this.table(table);
    if (!t.exists) return;
    for (const c of t.chains) {
      c.rules = [];
      this.push({ op: "flushchain", table, chain: c.name }, "RULE_FLUSH", `rule in chain ${c.name}`);
    }
  }

  /** `out` (-v): "Zeroing chain `X'" for each chain. */
  chainZero(table: string, chain: string | undefined, out?: string[]): void {
    if (chain !== undefined) {
      const c = this.findChain(table, chain);
      if (!c) throw new NftError("other", "ENOENT");
      if (out) out.push(`Zeroing chain \`${chain}'\n`);
      this.push({ op: "zero", table, chain }, "RULE_REPLACE", `rule in chain ${chain}`);
      for (const r of c.rules) r.counters = zero();
      return;
    }
    if (out) for (const { chain: c } of this.listChains(table)) out.push(`Zeroing chain \`${c.name}'\n`);
    for (const c of this.table(table).chains) {
      this.push({ op: "zero", table, chain: c.name }, "RULE_REPLACE", `rule in chain ${c.name}`);
      for (const r of c.rules) r.counters = zero();
    }
  }

  /** nft_cmd_table_flush(): the table goes (--init-table, and restore without --noflush). */
  tableFlush(table: string, out?: string[]): void {
    const t = this.table(table);
    // Verbose (ebtables-restore -v): the chains are named as they go, built-in ones too.
    if (out) for (const { chain: c } of this.listChains(table)) out.push(`Flushing chain \`${c.name}'\n`);
    if (!t.exists) return;
    this.push({ op: "deltable", table }, "TABLE_FLUSH", `table ${table}`);
    t.exists = false;
    t.chains = [];
  }

  /** Sends the batch; a refusal is rendered as nft_commit() does. */
  commit(): void {
    const batch = this.batch.splice(0);
    if (!batch.length) return;
    const r = ebtTalk(this.task, { kind: "commit", ops: batch.map((b) => b.op) });
    this.flushCache();
    if (r.kind !== "error") return;
    let msg = "";
    for (const err of r.errors) {
      const b = batch[err.index]!;
      const reason = strerror(ERRNO[err.errno as keyof typeof ERRNO] ?? 0);
      msg += b.line ? `\nline ${b.line}: ${b.type} failed (${reason}): ${b.what}` : ` ${b.type} failed (${reason}): ${b.what}`;
      if (!b.line) break;
    }
    throw new XtError(RESOURCE_PROBLEM, msg);
  }
}
