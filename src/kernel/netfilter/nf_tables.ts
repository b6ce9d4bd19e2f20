// The rule store of one namespace, as nf_tables holds what iptables-nft puts
// in it (net/netfilter/nf_tables_api.c): tables of family ip, each with base
// chains (bound to a hook at the table's priority, with a policy and counters)
// and user chains, rules addressed by per-table handles. Changes arrive as a
// batch that is applied completely or not at all (nf_tables_commit/abort).
//
// Checks made while a batch is applied, with the errno the kernel returns:
// a missing table/chain/rule ENOENT, an existing user chain EEXIST, deleting a
// chain that still has rules or is referenced EBUSY, an extension the kernel
// refuses for that table/hook EINVAL (xt_check_*), and the chain graph check
// of nft_table_validate(): from every base chain, jumps and gotos may nest at
// most NFT_JUMP_STACK_SIZE deep, so a loop reachable from a base chain fails
// with EMLINK ("Too many links") while a loop among unreferenced chains does not.

import { NFPROTO_IPV4, NFPROTO_IPV6, type IptEntry, type NfInetHook, type XtBatchError, type XtChain, type XtCounters, type XtOp, type XtRule, type XtTableDump } from "../../uapi/x_tables.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import { NF_ACCEPT, nfRegisterNetHook, nfUnregisterNetHook, type NfHookOps, type NfHookState, type NfVerdict } from "./core.js";
import { makePkt } from "./pktinfo.js";
import { makePkt6 } from "./pktinfo6.js";
import { JUMP_STACK_SIZE, xtDoChain, xtTableDef, type ChainLookup } from "./x_tables.js";
import { xtCheckMatch, xtCheckTarget } from "./xt_registry.js";
import { NFT_HOOKS, type NftStmt, type NftTableDump } from "../../uapi/nft_native.js";
import { stmtJumps } from "./nft_set.js";

interface NftTable {
  name: string;
  chains: XtChain[];
  handleSeq: number;
  /** The table's own handle (nft -a): one counter per namespace for every family (nft_net->table_handle). */
  handle: number;
}

interface NftPernet {
  tables: NftTable[];
  /** Registered hook per "table/chain" of a base chain. */
  hooks: Map<string, NfHookOps>;
}

/**
 * One store per family: ip (NFPROTO_IPV4) and ip6 (NFPROTO_IPV6), each
 * registering its base chains' hooks for its own protocol family.
 */
function pernet(net: NetNamespace, family = NFPROTO_IPV4): NftPernet {
  return net.get<NftPernet>(family === NFPROTO_IPV6 ? "nf_tables_ipv6" : "nf_tables_ipv4", () => ({ tables: [], hooks: new Map() }));
}

class BatchError extends Error {
  constructor(readonly errno: string) {
    super(errno);
  }
}

/** nft_net->table_handle: taken when NEWTABLE is processed, so a batch that aborts still used one. */
export function nftNextTableHandle(net: NetNamespace): number {
  return ++tableHandles(net).n;
}

const tableHandles = (net: NetNamespace) => net.get<{ n: number }>("nf_tables_table_handle", () => ({ n: 0 }));

/** Runs `fn` and gives back the table handles it took (a trial run of a batch that is then sent for real). */
export function nftKeepTableHandles<T>(net: NetNamespace, fn: () => T): T {
  const c = tableHandles(net);
  const n = c.n;
  try {
    return fn();
  } finally {
    c.n = n;
  }
}

function cloneTable(t: NftTable): NftTable {
  return {
    name: t.name,
    handleSeq: t.handleSeq,
    handle: t.handle,
    chains: t.chains.map((c) => ({
      name: c.name,
      handle: c.handle,
      refs: 0,
      base: c.base && { ...c.base, counters: { ...c.base.counters } },
      rules: c.rules.map((r) => ({ handle: r.handle, entry: r.entry, counters: { ...r.counters }, ...(r.native && { native: r.native.map(cloneStmt) }) })),
    })),
  };
}

function findChain(t: NftTable, name: string): XtChain | undefined {
  return t.chains.find((c) => c.name === name);
}

function needChain(t: NftTable, name: string): XtChain {
  const c = findChain(t, name);
  if (!c) throw new BatchError("ENOENT");
  return c;
}

function needTable(tables: NftTable[], name: string): NftTable {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new BatchError("ENOENT");
  return t;
}

function countersOf(c?: XtCounters): XtCounters {
  return { pcnt: c?.pcnt ?? 0n, bcnt: c?.bcnt ?? 0n };
}

/** A native rule's counter statements count in place: each copy of the table needs its own. */
const cloneStmt = (s: NftStmt): NftStmt => (s.k === "counter" ? { ...s } : s);

/** The chains a rule jumps or goes to: its target, or a native rule's verdicts (anonymous vmaps too). */
function ruleJumps(r: { entry: IptEntry; native?: NftStmt[] }): string[] {
  if (r.native) return r.native.flatMap((s) => stmtJumps(s, NO_SETS));
  return r.entry.target.kind === "jump" ? [r.entry.target.chain] : [];
}
const NO_SETS = { sets: [] };

/** Rules referencing `name` by jump or goto. */
function refsTo(t: NftTable, name: string): number {
  let n = 0;
  for (const c of t.chains) for (const r of c.rules) n += ruleJumps(r).filter((x) => x === name).length;
  return n;
}

/** A jump needs an existing chain (ENOENT), and never to a base chain (EOPNOTSUPP). */
function checkJump(t: NftTable, r: { entry: IptEntry; native?: NftStmt[] }): void {
  for (const name of ruleJumps(r)) {
    const to = findChain(t, name);
    if (!to) throw new BatchError("ENOENT");
    if (to.base) throw new BatchError("EOPNOTSUPP");
  }
}

/** xt_check_* for every extension of a rule, with the hooks its chain is known to sit on. */
function checkEntry(table: string, hookMask: number, entry: IptEntry, otherRules?: () => Iterable<IptEntry>): void {
  const ctx = { table, hookMask, entry, otherRules, net: applying?.net };
  // iptables-nft sends "! -s 0.0.0.0/0" as a negated compare of zero payload bytes,
  // which nft_cmp refuses (EINVAL); a zero mask without "!" sends no compare at all.
  const ip = entry.ip;
  const zeroSrc = ip.ip6 ? ip.ip6.smsk === 0n : ip.smsk === 0;
  const zeroDst = ip.ip6 ? ip.ip6.dmsk === 0n : ip.dmsk === 0;
  if ((ip.invflags & 0x08 && zeroSrc) || (ip.invflags & 0x10 && zeroDst)) throw new BatchError("EINVAL");
  for (const m of entry.matches) {
    const e = xtCheckMatch(m.name, m.revision, ctx, m.data);
    if (e) throw new BatchError(e);
  }
  const t = entry.target;
  if (t.kind === "ext") {
    const e = xtCheckTarget(t.name, t.revision, ctx, t.data);
    if (e) throw new BatchError(e);
  }
}

/**
 * nft_table_validate(): walk from each base chain; a chain nested deeper than the
 * jump stack (which a loop always is) is EMLINK; extensions are re-checked with
 * the hooks their chain is reached from.
 */
function validateTable(t: NftTable): void {
  const hookMasks = new Map<string, number>();
  const walk = (chain: XtChain, level: number, hook: NfInetHook): void => {
    if (level === JUMP_STACK_SIZE) throw new BatchError("EMLINK");
    const seen = hookMasks.get(chain.name) ?? 0;
    hookMasks.set(chain.name, seen | (1 << hook));
    for (const r of chain.rules)
      for (const name of ruleJumps(r)) {
        const to = findChain(t, name);
        if (to) walk(to, level + 1, hook);
      }
  };
  for (const c of t.chains) if (c.base) walk(c, 0, c.base.hook);
  for (const c of t.chains) {
    const mask = hookMasks.get(c.name);
    if (!mask || c.base) continue;
    for (const r of c.rules) if (!r.native) checkEntry(t.name, mask, r.entry);
  }
}

/** iptables-nft zeroes a rule by sending it again with its counter expression reset: a native rule's counter statements too. */
function zeroRule(r: XtRule): void {
  r.counters = { pcnt: 0n, bcnt: 0n };
  for (const s of r.native ?? []) if (s.k === "counter") (s.packets = 0n), (s.bytes = 0n);
}

/** What the kernel checks of a native rule's statements when it lands in this table (nft_limit_init: a zero rate). */
function nativeChecks(stmts: readonly NftStmt[]): void {
  for (const s of stmts) if (s.k === "limit" && s.rate === 0) throw new BatchError("EINVAL");
}

/** Rules created in the current batch, by their batch id (NFTNL_RULE_ID). */
type BatchIds = Map<number, number>;

function resolveHandle(ids: BatchIds, h: number): number {
  if (h >= 0) return h;
  const real = ids.get(-h);
  if (real === undefined) throw new BatchError("ENOENT");
  return real;
}

/** Every committed rule of the namespace, both families (for extensions whose objects outlive no rule: xt_recent's tables). */
export function* netnsRules(net: NetNamespace): Iterable<IptEntry> {
  for (const fam of [NFPROTO_IPV4, NFPROTO_IPV6]) for (const t of pernet(net, fam).tables) for (const c of t.chains) for (const r of c.rules) yield r.entry;
}

/** The batch being applied: its namespace and family (for otherRules). */
let applying: { net: NetNamespace; family: number; tables: NftTable[] } | undefined;

/** Every rule of the namespace but `self`: this family's tables as the batch has them so far, the other family's as committed. */
function* rulesBesides(self: IptEntry): Iterable<IptEntry> {
  if (!applying) return;
  const other = applying.family === NFPROTO_IPV6 ? NFPROTO_IPV4 : NFPROTO_IPV6;
  for (const tables of [applying.tables, pernet(applying.net, other).tables])
    for (const t of tables) for (const c of t.chains) for (const r of c.rules) if (r.entry !== self) yield r.entry;
}

function applyOp(tables: NftTable[], op: XtOp, ids: BatchIds): void {
  if (op.op === "newtable") {
    if (!tables.some((t) => t.name === op.table)) tables.push({ name: op.table, chains: [], handleSeq: 1, handle: nftNextTableHandle(applying!.net) });
    return;
  }
  if (op.op === "deltable") {
    const i = tables.findIndex((t) => t.name === op.table);
    if (i < 0) throw new BatchError("ENOENT");
    tables.splice(i, 1);
    return;
  }
  const t = needTable(tables, op.table);
  switch (op.op) {
    case "newchain": {
      const have = findChain(t, op.chain);
      if (have && op.excl) throw new BatchError("EEXIST");
      if (have && op.excl === false && (op.hook === undefined || !have.base)) {
        if (op.hook !== undefined && !have.base) throw new BatchError("EOPNOTSUPP");
        return;
      }
      if (op.hook !== undefined) {
        const def = xtTableDef(t.name)?.chains.find((c) => c.hook === op.hook);
        if (!def && op.priority === undefined) throw new BatchError("EOPNOTSUPP");
        if (have) {
          if (!have.base) throw new BatchError("EEXIST");
          // nf_tables_updchain(): a base chain keeps its hook and priority.
          if (have.base.hook !== op.hook || have.base.priority !== (op.priority ?? def!.priority)) throw new BatchError("EOPNOTSUPP");
          if (op.policy) have.base.policy = op.policy;
          if (op.counters) {
            have.base.counters = countersOf(op.counters);
            have.base.stats = true;
          }
          return;
        }
        t.chains.push({
          name: op.chain,
          handle: t.handleSeq++,
          refs: 0,
          rules: [],
          base: { hook: op.hook, priority: op.priority ?? def!.priority, policy: op.policy ?? "ACCEPT", counters: countersOf(op.counters), stats: op.counters !== undefined },
        });
        return;
      }
      if (have) throw new BatchError("EEXIST");
      t.chains.push({ name: op.chain, handle: t.handleSeq++, refs: 0, rules: [] });
      return;
    }
    case "setpolicy": {
      const ch = needChain(t, op.chain);
      if (!ch.base) throw new BatchError("EOPNOTSUPP");
      ch.base.policy = op.policy;
      if (!op.noStats) ch.base.stats = true;
      if (op.counters) ch.base.counters = countersOf(op.counters);
      return;
    }
    case "delchain": {
      const ch = needChain(t, op.chain);
      if (ch.rules.length || refsTo(t, ch.name)) throw new BatchError("EBUSY");
      t.chains.splice(t.chains.indexOf(ch), 1);
      return;
    }
    case "renamechain": {
      const ch = needChain(t, op.chain);
      if (findChain(t, op.newname)) throw new BatchError("EEXIST");
      // A base chain may be renamed too (iptables then sees a foreign base chain: the table is tainted).
      // Jumps name chains; nf_tables binds them by reference, so they follow the rename.
      for (const c of t.chains)
        c.rules = c.rules.map((r) =>
          r.entry.target.kind === "jump" && r.entry.target.chain === op.chain
            ? { ...r, entry: { ...r.entry, target: { ...r.entry.target, chain: op.newname } } }
            : r,
        );
      ch.name = op.newname;
      return;
    }
    case "flushchain":
      needChain(t, op.chain).rules = [];
      return;
    case "flushtable":
      for (const c of t.chains) c.rules = [];
      return;
    case "newrule": {
      const ch = needChain(t, op.chain);
      const native = op.native?.stmts.map(cloneStmt);
      checkJump(t, { entry: op.entry, native });
      if (native) nativeChecks(native);
      else checkEntry(t.name, ch.base ? 1 << ch.base.hook : 0, op.entry, () => rulesBesides(op.entry));
      // Each anonymous set of a native rule is created first and takes a handle (table->hgenerator).
      t.handleSeq += op.native?.anonSets ?? 0;
      const rule: XtRule = { handle: t.handleSeq++, entry: op.entry, counters: countersOf(op.counters), ...(native && { native }) };
      if (op.id !== undefined) ids.set(op.id, rule.handle);
      if (op.native?.first) ch.rules.unshift(rule);
      else if (op.before !== undefined || op.after !== undefined) {
        const h = resolveHandle(ids, (op.before ?? op.after)!);
        const i = ch.rules.findIndex((r) => r.handle === h);
        if (i < 0) throw new BatchError("ENOENT");
        ch.rules.splice(op.before !== undefined ? i : i + 1, 0, rule);
      } else ch.rules.push(rule);
      validateTable(t);
      return;
    }
    case "replacerule": {
      const ch = needChain(t, op.chain);
      const handle = resolveHandle(ids, op.handle);
      const i = ch.rules.findIndex((r) => r.handle === handle);
      if (i < 0) throw new BatchError("ENOENT");
      const native = op.native?.stmts.map(cloneStmt);
      checkJump(t, { entry: op.entry, native });
      const replaced = ch.rules[i]!.entry;
      if (native) nativeChecks(native);
      else checkEntry(t.name, ch.base ? 1 << ch.base.hook : 0, op.entry, () => [...rulesBesides(op.entry)].filter((e) => e !== replaced));
      t.handleSeq += op.native?.anonSets ?? 0;
      // nf_tables_newrule(): the replacement keeps the replaced rule's handle (NFTA_RULE_HANDLE).
      ch.rules[i] = { handle, entry: op.entry, counters: countersOf(op.counters), ...(native && { native }) };
      if (op.id !== undefined) ids.set(op.id, ch.rules[i]!.handle);
      validateTable(t);
      return;
    }
    case "delrule": {
      const ch = needChain(t, op.chain);
      const handle = resolveHandle(ids, op.handle);
      const i = ch.rules.findIndex((r) => r.handle === handle);
      if (i < 0) throw new BatchError("ENOENT");
      ch.rules.splice(i, 1);
      return;
    }
    case "zero": {
      const ch = needChain(t, op.chain);
      if (op.handle !== undefined) {
        const handle = resolveHandle(ids, op.handle);
        const r = ch.rules.find((x) => x.handle === handle);
        if (!r) throw new BatchError("ENOENT");
        zeroRule(r);
        return;
      }
      for (const r of ch.rules) zeroRule(r);
      if (ch.base) ch.base.counters = { pcnt: 0n, bcnt: 0n };
      return;
    }
  }
}

/**
 * Applies a batch atomically: every op or none. Like nfnetlink, a refused op
 * does not stop the others from being tried (each reports its own error), but
 * nothing is kept if any failed.
 */
export function nftCommit(net: NetNamespace, ops: readonly XtOp[], family = NFPROTO_IPV4, check = false): XtBatchError[] {
  const p = pernet(net, family);
  const tables = p.tables.map(cloneTable);
  const ids: BatchIds = new Map();
  const errors: XtBatchError[] = [];
  applying = { net, family, tables };
  try {
    for (let i = 0; i < ops.length; i++) {
      try {
        applyOp(tables, ops[i]!, ids);
      } catch (e) {
        if (e instanceof BatchError) errors.push({ index: i, errno: e.errno });
        else throw e;
      }
    }
  } finally {
    applying = undefined;
  }
  if (errors.length || check) return errors;
  p.tables = tables;
  syncHooks(net, p, family);
  for (const fn of family === NFPROTO_IPV6 ? commitHooks6 : commitHooks) fn(net);
  return errors;
}

/** Told after every successful commit in a namespace (conntrack counts the rules needing it). */
const commitHooks: ((net: NetNamespace) => void)[] = [];
const commitHooks6: ((net: NetNamespace) => void)[] = [];
export function nftRegisterCommitHook(fn: (net: NetNamespace) => void, family = NFPROTO_IPV4): void {
  (family === NFPROTO_IPV6 ? commitHooks6 : commitHooks).push(fn);
}

/**
 * The nat table's chains run only for a connection's first packet, from the
 * NAT core's own hooks (nf_nat_inet_fn), not from a hook of their own: once
 * the NAT core claims them, they are not registered here.
 */
let natChainsClaimed = false;
export function nftClaimNatChains(): void {
  natChainsClaimed = true;
}

/** Runs the nat table's base chain on `hook`, if there is one. */
export function nftRunNatChain(net: NetNamespace, hook: number, skb: SkBuff, state: NfHookState): NfVerdict | undefined {
  const family = state.pf === NFPROTO_IPV6 ? NFPROTO_IPV6 : NFPROTO_IPV4;
  const t = pernet(net, family).tables.find((x) => x.name === "nat");
  const c = t?.chains.find((x) => x.base?.hook === hook);
  return c ? runBaseChain(net, "nat", c.name, skb, state, family) : undefined;
}

/**
 * Registers a hook for every base chain and drops hooks of chains that are gone.
 * Neither family's nat table registers any: its chains run only for a tracked
 * connection's first packet, from the NAT core's hooks (nat/nf_nat_core.ts).
 */
function syncHooks(net: NetNamespace, p: NftPernet, family: number): void {
  const want = new Set<string>();
  for (const t of p.tables)
    for (const c of t.chains) {
      if (!c.base) continue;
      if (t.name === "nat" && (natChainsClaimed || family === NFPROTO_IPV6)) continue;
      const key = `${t.name}/${c.name}`;
      want.add(key);
      if (p.hooks.has(key)) continue;
      const tableName = t.name;
      const chainName = c.name;
      const ref: BaseChainRef = { tables: undefined, t: undefined, base: undefined, lookup: undefined };
      const ops: NfHookOps = {
        pf: family,
        hook: c.base.hook,
        priority: c.base.priority,
        owner: key,
        fn: (skb, state) => runBaseChain(net, tableName, chainName, skb, state, family, ref),
      };
      p.hooks.set(key, ops);
      nfRegisterNetHook(net, ops);
    }
  for (const [key, ops] of p.hooks)
    if (!want.has(key)) {
      nfUnregisterNetHook(net, ops);
      p.hooks.delete(key);
    }
}

/**
 * A hook's base chain as found in the committed tables: a commit replaces the
 * tables array (and every table, chain and rule array in it), so while the
 * array is the same one, so are the table and chain found in it.
 */
interface BaseChainRef {
  tables: NftTable[] | undefined;
  t: NftTable | undefined;
  base: XtChain | undefined;
  lookup: ChainLookup | undefined;
}

function runBaseChain(net: NetNamespace, table: string, chain: string, skb: SkBuff, state: NfHookState, family = NFPROTO_IPV4, ref?: BaseChainRef): NfVerdict {
  const tables = pernet(net, family).tables;
  let base: XtChain | undefined;
  let lookup: ChainLookup | undefined;
  if (ref && ref.tables === tables) {
    base = ref.base;
    lookup = ref.lookup;
  } else {
    const t = tables.find((x) => x.name === table);
    base = t && findChain(t, chain);
    lookup = t && ((n: string) => findChain(t, n));
    if (ref) {
      ref.tables = tables;
      ref.t = t;
      ref.base = base;
      ref.lookup = lookup;
    }
  }
  if (!base || !lookup) return NF_ACCEPT;
  const pkt = family === NFPROTO_IPV6 ? makePkt6(skb, state) : makePkt(skb, state);
  if (!pkt) return NF_ACCEPT;
  return xtDoChain(table, base, lookup, pkt);
}

/** A snapshot of a table for user space (chains in creation order, refs filled in). */
export function nftDumpTable(net: NetNamespace, table: string, family = NFPROTO_IPV4): XtTableDump | undefined {
  const t = pernet(net, family).tables.find((x) => x.name === table);
  if (!t) return undefined;
  const copy = cloneTable(t);
  for (const c of copy.chains) c.refs = refsTo(copy, c.name);
  return { name: copy.name, chains: copy.chains, handle: copy.handle };
}

export function nftListTables(net: NetNamespace, family = NFPROTO_IPV4): string[] {
  return pernet(net, family).tables.map((t) => t.name);
}

/** Every committed rule of the namespace, both families (what holds references to ipset sets). */
export function* nftAllRules(net: NetNamespace): Iterable<IptEntry> {
  for (const f of [NFPROTO_IPV4, NFPROTO_IPV6])
    for (const t of pernet(net, f).tables) for (const c of t.chains) for (const r of c.rules) yield r.entry;
}

/**
 * Takes in tables nft made (nft_native.ts nftNativeTakeTables): chains with
 * their hooks, priorities and policies, rules as native rules, handles kept.
 */
export function nftAdoptTables(net: NetNamespace, family: number, tables: readonly NftTableDump[]): void {
  if (!tables.length) return;
  const p = pernet(net, family);
  for (const t of tables) {
    let last = 0;
    const chains: XtChain[] = t.chains.map((c) => {
      last = Math.max(last, c.handle, ...c.rules.map((r) => r.handle));
      return {
        name: c.name,
        handle: c.handle,
        refs: 0,
        rules: c.rules.map((r) => ({ handle: r.handle, entry: EMPTY_ENTRY, counters: { pcnt: 0n, bcnt: 0n }, native: r.stmts })),
        ...(c.base && { base: { hook: NFT_HOOKS[c.base.hook] as NfInetHook, priority: c.base.priority, policy: c.base.policy === "drop" ? ("DROP" as const) : ("ACCEPT" as const), counters: { pcnt: 0n, bcnt: 0n } } }),
      };
    });
    p.tables.push({ name: t.name, chains, handleSeq: Math.max(last, (t as { hseq?: number }).hseq ?? 0) + 1, handle: t.handle });
  }
  p.tables.sort((a, b) => a.handle - b.handle);
  syncHooks(net, p, family);
  for (const fn of family === NFPROTO_IPV6 ? commitHooks6 : commitHooks) fn(net);
}

const EMPTY_ENTRY: IptEntry = { ip: { src: 0, smsk: 0, dst: 0, dmsk: 0, iniface: "", outiface: "", proto: 0, flags: 0, invflags: 0 }, matches: [], target: { kind: "none" } };
