// The iptables-nft "handle" (iptables/nft.c, nft-cmd.c, nft-cache.c): a cache
// of the kernel's tables read once per run, commands turned into a batch of
// changes against that cache (creating a table and a built-in chain only when
// something is written to it), and one commit. Errors found in the cache are
// errnos the caller words with nft_strerror(); errors the kernel reports for
// the batch come back as "RULE_APPEND failed (Too many links): rule in chain X".

import type { Task } from "../../kernel/task/task.js";
import { nfnlTalk } from "../../kernel/netfilter/nfnetlink.js";
import { nativeToEntry } from "./nft-ruleparse.js";
import { xtTableDef } from "../../kernel/netfilter/x_tables.js";
import { ERRNO, strerror } from "../../uapi/errno.js";
import { NFPROTO_IPV4, NFPROTO_IPV6, type IptEntry, type NfInetHook, type XtChain, type XtCounters, type XtOp } from "../../uapi/x_tables.js";
import { RESOURCE_PROBLEM, XtError } from "./errors.js";
import { matchByKernelName } from "./ext/index.js";

/** What nft_strerror() picks by the failing function (nft_fn) and errno. */
export type NftFn =
  | "chain_del"
  | "chain_user_add"
  | "chain_user_rename"
  | "rule_insert"
  | "rule_check"
  | "rule_replace"
  | "rule_delete_num"
  | "rule_delete"
  | "chain_set"
  | "rule_append"
  | "rule_flush"
  | "other";

export class NftError extends Error {
  constructor(
    readonly fn: NftFn,
    readonly errno: string,
  ) {
    super(errno);
  }
}

/**
 * 1.8.9 dies with SIGSEGV when -R (iptables-restore) names a rule added earlier in the same batch:
 * the replacement needs the old rule's kernel handle, which a rule not yet committed lacks
 * (recorded: `-A INPUT …` then `-R INPUT 2 …` in one restore exits 139, nothing committed).
 */
export class NftCrash extends Error {
  constructor() {
    super("SIGSEGV");
  }
}

/** nft_strerror() */
export function nftStrerror(fn: NftFn, errno: string): string {
  const table: [NftFn | undefined, string, string][] = [
    ["chain_del", "ENOTEMPTY", "Chain is not empty"],
    ["chain_del", "EBUSY", "Directory not empty"],
    ["chain_del", "EMLINK", "Can't delete chain with references left"],
    ["chain_user_add", "EEXIST", "Chain already exists"],
    ["chain_user_rename", "EEXIST", "File exists"],
    ["rule_insert", "E2BIG", "Index of insertion too big"],
    ["rule_check", "ENOENT", "Bad rule (does a matching rule exist in that chain?)"],
    ["rule_replace", "E2BIG", "Index of replacement too big"],
    ["rule_delete_num", "E2BIG", "Index of deletion too big"],
    ["rule_delete", "ENOENT", "Bad rule (does a matching rule exist in that chain?)"],
    ["chain_set", "ENOENT", "Bad built-in chain name"],
    ["chain_set", "EINVAL", "Bad policy name"],
    ["chain_set", "ENXIO", "Bad table name"],
    [undefined, "ELOOP", "Loop found in table"],
    [undefined, "EPERM", "Permission denied (you must be root)"],
    [undefined, "ENOPROTOOPT", "iptables who? (do you need to insmod?)"],
    [undefined, "ENOSYS", "Will be implemented real soon.  I promise ;)"],
    [undefined, "ENOMEM", "Memory allocation problem"],
    [undefined, "ENOENT", "No chain/target/match by that name"],
  ];
  for (const [f, e, msg] of table) if ((!f || f === fn) && e === errno) return msg;
  return strerror(ERRNO[errno as keyof typeof ERRNO] ?? 0);
}

export interface CacheRule {
  handle: number;
  entry: IptEntry;
  counters: XtCounters;
}

export interface CacheChain {
  name: string;
  base?: { hook: NfInetHook; policy: "ACCEPT" | "DROP"; counters: XtCounters };
  /** Shown as a built-in chain but absent from the kernel (nft_xt_fake_builtin_chains). */
  fake: boolean;
  /** Present in the kernel (or created in this batch). */
  rules: CacheRule[];
  refs: number;
  /** Holds a rule iptables-nft cannot read back (nft_is_chain_compatible() fails). */
  incompatible?: boolean;
}

export interface CacheTable {
  name: string;
  exists: boolean;
  /** Base chains by hook, then user chains in kernel order. */
  base: (CacheChain | undefined)[];
  user: CacheChain[];
  /**
   * A base chain iptables does not own (another name, priority or a second one
   * on a hook, as `nft` can create) was left out of the cache (nft_cache_add_base_chain).
   */
  tainted?: boolean;
}

interface BatchEntry {
  op: XtOp;
  type: string;
  what: string;
  line: number;
  skip?: boolean;
}

export class NftHandle {
  private tables = new Map<string, CacheTable>();
  readonly batch: BatchEntry[] = [];
  /** Restore line of the command being prepared (0 outside restore). */
  line = 0;
  /** Handles for rules created in this batch (negative, resolved by position). */
  private tempHandle = -1;

  constructor(
    readonly task: Task,
    /** 6 for ip6tables (family ip6 in nf_tables). */
    readonly family: 4 | 6 = 4,
  ) {
    // nft_init() fetches the rule set's generation id first; an unprivileged caller fails there.
    const reply = nfnlTalk(task, { kind: "list-tables", family: this.nfproto });
    if (reply.kind === "error" && reply.errors[0]?.errno === "EPERM")
      throw new XtError(RESOURCE_PROBLEM, "Could not fetch rule set generation id: Permission denied (you must be root)");
  }

  private get nfproto(): number {
    return this.family === 6 ? NFPROTO_IPV6 : NFPROTO_IPV4;
  }

  /** The cached table (fetched from the kernel once). */
  table(name: string): CacheTable {
    let t = this.tables.get(name);
    if (t) return t;
    const reply = nfnlTalk(this.task, { kind: "dump", family: this.nfproto, table: name });
    t = { name, exists: false, base: [undefined, undefined, undefined, undefined, undefined], user: [] };
    if (reply.kind === "dump" && reply.table) {
      t.exists = true;
      for (const c of reply.table.chains) t.base[c.base?.hook ?? 0] = undefined;
      const def = xtTableDef(name);
      for (const c of reply.table.chains) {
        const cc = fromKernel(c, this.family);
        if (c.base) {
          const own = def?.chains.find((d) => d.hook === c.base!.hook);
          if (!own || own.name !== c.name || own.priority !== c.base.priority || t.base[c.base.hook]) t.tainted = true;
          else t.base[c.base.hook] = cc;
        } else t.user.push(cc);
      }
    }
    this.tables.set(name, t);
    return t;
  }

  /** nft_is_table_compatible(): every chain iptables sees can be read back. */
  tableCompatible(table: string): boolean {
    const t = this.table(table);
    return !t.base.some((c) => c?.incompatible) && !t.user.some((c) => c.incompatible);
  }

  /** Forget the cache (after a commit, or for a new restore table). */
  flushCache(): void {
    this.tables.clear();
  }

  findChain(table: string, chain: string): CacheChain | undefined {
    const t = this.table(table);
    return t.base.find((c) => c?.name === chain && !c.fake) ?? t.user.find((c) => c.name === chain);
  }

  /** Every chain, built-in ones first (by hook), then user chains (sorted when asked). */
  chains(table: string, sorted: boolean): CacheChain[] {
    const t = this.table(table);
    const users = sorted ? [...t.user].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : t.user;
    if (sorted) t.user = users;
    return [...(t.base.filter(Boolean) as CacheChain[]), ...users];
  }

  builtinChainName(table: string, chain: string): NfInetHook | undefined {
    return xtTableDef(table)?.chains.find((c) => c.name === chain)?.hook;
  }

  private push(op: XtOp, type: string, what: string, skip = false): void {
    this.batch.push({ op, type, what, line: this.line, skip });
  }

  /** nft_xt_builtin_table_init(): make the table exist. */
  tableInit(table: string): CacheTable {
    const t = this.table(table);
    if (!t.exists) {
      t.exists = true;
      this.push({ op: "newtable", table }, "TABLE_ADD", `table ${table}`);
    }
    return t;
  }

  /** nft_xt_builtin_init(): the table and, if named, that built-in chain. */
  builtinInit(table: string, chain?: string): void {
    const t = this.tableInit(table);
    const def = xtTableDef(table);
    if (!def) return;
    const wanted = chain === undefined ? def.chains : def.chains.filter((c) => c.name === chain);
    for (const c of wanted) {
      const have = t.base[c.hook];
      if (have && !have.fake) continue;
      t.base[c.hook] = { name: c.name, base: { hook: c.hook, policy: "ACCEPT", counters: { pcnt: 0n, bcnt: 0n } }, fake: false, rules: [], refs: 0 };
      this.push({ op: "newchain", table, chain: c.name, hook: c.hook, policy: "ACCEPT" }, "CHAIN_ADD", `chain ${c.name}`);
    }
  }

  /** nft_xt_fake_builtin_chains(): show missing built-in chains with policy ACCEPT. */
  fakeBuiltins(table: string, chain?: string): void {
    const t = this.table(table);
    const def = xtTableDef(table);
    if (!def) return;
    for (const c of def.chains) {
      if (t.base[c.hook]) continue;
      if (chain !== undefined && chain !== c.name) continue;
      t.base[c.hook] = { name: c.name, base: { hook: c.hook, policy: "ACCEPT", counters: { pcnt: 0n, bcnt: 0n } }, fake: true, rules: [], refs: 0 };
    }
  }

  // ------------------------------------------------------------ commands

  chainUserAdd(table: string, chain: string): void {
    this.tableInit(table);
    if (this.builtinChainName(table, chain) !== undefined || this.findChain(table, chain)) throw new NftError("chain_user_add", "EEXIST");
    this.table(table).user.push({ name: chain, fake: false, rules: [], refs: 0 });
    this.push({ op: "newchain", table, chain }, "CHAIN_USER_ADD", `chain ${chain}`);
  }

  /** nft_chain_restore(): ":CHAIN - [0:0]" in restore (create, or flush an existing one). */
  chainRestore(table: string, chain: string): void {
    this.tableInit(table);
    const have = this.findChain(table, chain);
    if (have) {
      have.rules = [];
      this.push({ op: "flushchain", table, chain }, "RULE_FLUSH", `rule in chain ${chain}`);
      return;
    }
    this.table(table).user.push({ name: chain, fake: false, rules: [], refs: 0 });
    this.push({ op: "newchain", table, chain }, "CHAIN_USER_ADD", `chain ${chain}`);
  }

  chainSet(table: string, chain: string, policy: string, counters?: XtCounters): void {
    if (policy !== "ACCEPT" && policy !== "DROP" && policy !== "-") throw new NftError("chain_set", "EINVAL");
    if (!xtTableDef(table)) throw new NftError("chain_set", "ENXIO");
    this.builtinInit(table, chain);
    const hook = this.builtinChainName(table, chain);
    if (hook === undefined) throw new NftError("chain_set", "ENOENT");
    const c = this.table(table).base[hook]!;
    if (policy !== "-") c.base!.policy = policy;
    if (counters) c.base!.counters = { ...counters };
    this.push({ op: "setpolicy", table, chain, policy: c.base!.policy, counters }, "CHAIN_UPDATE", `chain ${chain}`);
  }

  chainDel(table: string, chain: string | undefined, verbose: boolean, out: string[]): void {
    const del = (c: CacheChain, explicit: boolean): void => {
      if (verbose && !c.base) out.push(`Deleting chain \`${c.name}'\n`);
      if (c.base) {
        // A named chain is deleted with only the chain cache (rules unseen: the kernel
        // refuses a chain with rules, EBUSY); -X of all chains has the rules and skips.
        const may = c.base.policy === "ACCEPT" && (explicit || c.rules.length === 0);
        const t = this.table(table);
        t.base[c.base.hook] = undefined;
        if (!may) {
          if (explicit) throw new NftError("chain_del", "EBUSY");
          return;
        }
        this.push({ op: "delchain", table, chain: c.name }, "CHAIN_DEL", `chain ${c.name}`);
        return;
      }
      const t = this.table(table);
      t.user = t.user.filter((u) => u !== c);
      this.push({ op: "delchain", table, chain: c.name }, "CHAIN_DEL", `chain ${c.name}`);
    };
    if (chain !== undefined) {
      const c = this.findChain(table, chain);
      if (!c) throw new NftError("chain_del", "ENOENT");
      del(c, true);
      return;
    }
    for (const c of this.chains(table, verbose)) if (!c.fake) del(c, false);
  }

  chainRename(table: string, chain: string, newname: string): void {
    if (this.builtinChainName(table, newname) !== undefined || this.findChain(table, newname)) throw new NftError("chain_user_rename", "EEXIST");
    const c = this.findChain(table, chain);
    if (!c) throw new NftError("chain_user_rename", "ENOENT");
    c.name = newname;
    this.push({ op: "renamechain", table, chain, newname }, "CHAIN_RENAME", `chain ${newname}`);
  }

  ruleAppend(table: string, chain: string, entry: IptEntry, counters: XtCounters | undefined): void {
    this.builtinInit(table, chain);
    const c = this.findChain(table, chain);
    const h = this.tempHandle--;
    this.push({ op: "newrule", table, chain, entry, counters, id: -h }, "RULE_APPEND", `rule in chain ${chain}`);
    if (!c) throw new NftError("rule_append", "ENOENT");
    c.rules.push({ handle: h, entry, counters: counters ?? { pcnt: 0n, bcnt: 0n } });
  }

  /** rulenum is 0-based (p.rulenum - 1). */
  ruleInsert(table: string, chain: string, entry: IptEntry, rulenum: number, counters: XtCounters | undefined): void {
    this.builtinInit(table, chain);
    const c = this.findChain(table, chain);
    if (!c) throw new NftError("rule_insert", "ENOENT");
    let at = 0;
    if (rulenum > 0) {
      if (rulenum >= c.rules.length) {
        if (rulenum - 1 < c.rules.length) {
          this.ruleAppend(table, chain, entry, counters);
          return;
        }
        throw new NftError("rule_insert", "E2BIG");
      }
      at = rulenum;
    }
    // Without a reference rule the kernel inserts at the head (an empty chain: the only rule).
    const ref = c.rules[at];
    const h = this.tempHandle--;
    const op: XtOp = ref ? { op: "newrule", table, chain, entry, counters, before: ref.handle, id: -h } : { op: "newrule", table, chain, entry, counters, id: -h };
    this.push(op, "RULE_INSERT", `rule in chain ${chain}`);
    c.rules.splice(at, 0, { handle: h, entry, counters: counters ?? { pcnt: 0n, bcnt: 0n } });
  }

  ruleReplace(table: string, chain: string, entry: IptEntry, rulenum: number, counters: XtCounters | undefined): void {
    const c = this.findChain(table, chain);
    if (!c) throw new NftError("rule_replace", "ENOENT");
    const r = c.rules[rulenum];
    if (!r) throw new NftError("rule_replace", "E2BIG");
    if (r.handle < 0) throw new NftCrash();
    this.builtinInit(table, chain);
    const h = this.tempHandle--;
    this.push({ op: "replacerule", table, chain, handle: r.handle, entry, counters, id: -h }, "RULE_REPLACE", `rule in chain ${chain}`);
    c.rules[rulenum] = { handle: h, entry, counters: counters ?? { pcnt: 0n, bcnt: 0n } };
  }

  ruleDelete(table: string, chain: string, entry: IptEntry): CacheRule {
    const c = this.findChain(table, chain);
    if (!c) throw new NftError("rule_delete", "ENOENT");
    const i = c.rules.findIndex((r) => entriesEqual(r.entry, entry));
    if (i < 0) throw new NftError("rule_delete", "ENOENT");
    const r = c.rules[i]!;
    this.push({ op: "delrule", table, chain, handle: r.handle }, "RULE_DELETE", `rule in chain ${chain}`);
    c.rules.splice(i, 1);
    return r;
  }

  ruleDeleteNum(table: string, chain: string, rulenum: number): void {
    const c = this.findChain(table, chain);
    if (!c) throw new NftError("rule_delete_num", "ENOENT");
    const r = c.rules[rulenum];
    if (!r) throw new NftError("rule_delete_num", "E2BIG");
    this.push({ op: "delrule", table, chain, handle: r.handle }, "RULE_DELETE", `rule in chain ${chain}`);
    c.rules.splice(rulenum, 1);
  }

  ruleCheck(table: string, chain: string, entry: IptEntry): CacheRule {
    const c = this.findChain(table, chain);
    if (!c) throw new NftError("rule_check", "ENOENT");
    const r = c.rules.find((x) => entriesEqual(x.entry, entry));
    if (!r) throw new NftError("rule_check", "ENOENT");
    return r;
  }

  ruleFlush(table: string, chain: string | undefined, verbose: boolean, out: string[]): void {
    if (chain !== undefined || verbose) this.builtinInit(table, chain);
    else if (!this.table(table).exists) return;
    if (chain !== undefined) {
      const c = this.findChain(table, chain);
      if (!c) throw new NftError("rule_flush", "ENOENT");
      if (verbose) out.push(`Flushing chain \`${chain}'\n`);
      c.rules = [];
      this.push({ op: "flushchain", table, chain }, "RULE_FLUSH", `rule in chain ${chain}`);
      return;
    }
    if (!verbose) {
      for (const c of this.chains(table, false)) if (!c.fake) c.rules = [];
      this.push({ op: "flushtable", table }, "RULE_FLUSH", `rule in chain (null)`);
      return;
    }
    for (const c of this.chains(table, true)) {
      if (c.fake) continue;
      out.push(`Flushing chain \`${c.name}'\n`);
      c.rules = [];
      this.push({ op: "flushchain", table, chain: c.name }, "RULE_FLUSH", `rule in chain ${c.name}`);
    }
  }

  chainZero(table: string, chain: string | undefined, verbose: boolean, out: string[]): void {
    const zero = (c: CacheChain) => {
      if (verbose) out.push(`Zeroing chain \`${c.name}'\n`);
      if (c.base) {
        // The base chain is sent again with zero counters: a NEWCHAIN, which also
        // creates a built-in chain a listing only faked (or fails: no table, ENOENT).
        c.base.counters = { pcnt: 0n, bcnt: 0n };
        this.push({ op: "newchain", table, chain: c.name, hook: c.base.hook, counters: { pcnt: 0n, bcnt: 0n } }, "CHAIN_ZERO", `chain ${c.name}`);
        c.fake = false;
      }
      if (c.rules.length) {
        for (const r of c.rules) r.counters = { pcnt: 0n, bcnt: 0n };
        this.push({ op: "zero", table, chain: c.name }, "RULE_REPLACE", `rule in chain ${c.name}`);
      }
    };
    if (chain !== undefined) {
      const c = this.findChain(table, chain);
      if (!c) throw new NftError("other", "ENOENT");
      zero(c);
      return;
    }
    // Built-in chains a listing faked are in the cache too: zeroing one the kernel
    // lacks fails there (ENOENT), as with `iptables -L -Z` on a fresh table.
    for (const c of this.chains(table, verbose)) zero(c);
  }

  ruleZero(table: string, chain: string, rulenum: number): void {
    const c = this.findChain(table, chain);
    if (!c) throw new NftError("rule_delete", "ENOENT");
    const r = c.rules[rulenum];
    if (!r) return;
    r.counters = { pcnt: 0n, bcnt: 0n };
    this.push({ op: "zero", table, chain, handle: r.handle }, "RULE_REPLACE", `rule in chain ${chain}`);
  }

  tableFlush(table: string): void {
    const t = this.table(table);
    if (!t.exists) return;
    // nft_table_flush(): NFT_COMPAT_TABLE_FLUSH goes out as NFT_MSG_DELTABLE (nft.c), so a
    // restore naming the table but no chain leaves no table; built-in chains come back on demand.
    this.push({ op: "deltable", table }, "TABLE_FLUSH", `table ${table}`);
    t.exists = false;
    t.tainted = false;
    t.user = [];
    t.base = [undefined, undefined, undefined, undefined, undefined];
  }

  /** Sends the batch; renders the kernel's refusal as nft_commit() does. */
  commit(prog: string, version: string): void {
    const ops: XtOp[] = [];
    const idx: BatchEntry[] = [];
    for (const b of this.batch) {
      if (b.skip) continue;
      ops.push(b.op);
      idx.push(b);
    }
    this.batch.length = 0;
    if (!ops.length) return;
    const reply = nfnlTalk(this.task, { kind: "commit", family: this.nfproto, ops });
    this.flushCache();
    if (reply.kind !== "error") return;
    // Like nft_commit(): every error of a restore (with line numbers), else the first.
    let msg = "";
    for (const err of reply.errors) {
      const b = idx[err.index]!;
      const reason = strerror(ERRNO[err.errno as keyof typeof ERRNO] ?? 0);
      msg += b.line ? `\nline ${b.line}: ${b.type} failed (${reason}): ${b.what}` : ` ${b.type} failed (${reason}): ${b.what}`;
      if (!b.line) break;
    }
    throw new XtError(RESOURCE_PROBLEM, msg);
  }
}

function fromKernel(c: XtChain, family: 4 | 6): CacheChain {
  let incompatible = false;
  const rules = c.rules.map((r) => {
    if (!r.native) return { handle: r.handle, entry: r.entry, counters: { ...r.counters } };
    // A rule nft added: read back from its expressions, or the chain is one iptables cannot show.
    const got = nativeToEntry(r.native, family);
    if (!got) incompatible = true;
    return { handle: r.handle, entry: got?.entry ?? r.entry, counters: got?.counters ?? { pcnt: 0n, bcnt: 0n } };
  });
  return {
    name: c.name,
    base: c.base && { hook: c.base.hook, policy: c.base.policy, counters: { ...c.base.counters } },
    fake: false,
    rules,
    refs: c.refs,
    ...(incompatible ? { incompatible } : {}),
  };
}

/** compatible_revision() through nft_compat: does the kernel know this extension revision? */
export function kernelHasRevision(task: Task, family: 4 | 6, name: string, revision: number, target: boolean): boolean {
  const reply = nfnlTalk(task, { kind: "compat", family: family === 6 ? NFPROTO_IPV6 : NFPROTO_IPV4, name, revision, target });
  // An unprivileged caller (EPERM) cannot ask; the extension is assumed there, so its help still prints.
  return reply.kind === "ok" || (reply.kind === "error" && reply.errors[0]?.errno === "EPERM");
}

// ------------------------------------------------------------ rule comparison

function stable(v: unknown): string {
  return JSON.stringify(v, (_k, val) =>
    typeof val === "bigint"
      ? `${val}n`
      : val && typeof val === "object" && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : 1))) : val,
  );
}

/**
 * What compare_matches() looks at of a match: its first userspacesize bytes,
 * which for some extensions is less than all of their data (ext `userspace`).
 */
function comparable(e: IptEntry): IptEntry {
  const family = e.ip.ip6 ? 6 : 4;
  return {
    ...e,
    matches: e.matches.map((m) => {
      const x = matchByKernelName(m.name, family);
      return x?.userspace ? { ...m, data: x.userspace(m.data as never) } : m;
    }),
  };
}

/** nft_rule_cmp() on the parsed-back form: same fixed part, matches and target. */
export function entriesEqual(a: IptEntry, b: IptEntry): boolean {
  return stable(comparable(a)) === stable(comparable(b));
}
