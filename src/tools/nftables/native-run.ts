// Running native commands the way nft does (src/libnftables.c, src/cache.c,
// src/evaluate.c, src/mnl.c): each command is first checked against nft's
// cache of the rule set (a missing table, or a chain whose name is close to an
// existing one, is nft's own error, with a "did you mean" hint), then its
// messages join the batch; the batch goes to the kernel once the input is
// read (one batch per -f file), and an op the kernel refuses is reported with
// the token it came from.

import { nfnlNativeTalk, nfnlTalk } from "../../kernel/netfilter/nfnetlink.js";
import { NFPROTO_IPV4, NFPROTO_IPV6 } from "../../uapi/x_tables.js";
import type { ProgramContext } from "../../kernel/task/program.js";
import { devGetByName } from "../../kernel/core/dev.js";
import { ERRNO, strerror } from "../../uapi/errno.js";
import type { NftFamily, NftOp, NftSetSpec, NftStmt, NftTableDump } from "../../uapi/nft_native.js";
import { located, locatedPair, NftError, type Io } from "./io.js";
import type { NativeCommand, Ref } from "./native-cmd.js";
import { declErrors, fieldType, makeDynamic, resolveElems, SET_TYPES, typeParts, type SetDecl } from "./native-set.js";
import { value } from "./native-rule.js";
import type { BlockSet, ChainSpec, Tok } from "./script.js";

export function nativeDump(ctx: ProgramContext): NftTableDump[] {
  const r = nfnlNativeTalk(ctx.task, { kind: "dump" });
  if (r.kind === "error") throw new NftError(`Error: ${strerror(ERRNO[r.errors[0]!.errno as keyof typeof ERRNO] ?? 1)}\n`);
  return r.kind === "dump" ? r.tables : [];
}

/** The batch being built, and nft's view of the rule set as it will be once the batch applies. */
export interface Pending {
  ops: NftOp[];
  /** Where each op's error is marked: a token, or a run of tokens. */
  toks: [Tok, Tok | undefined, Tok?][];
  view: Map<string, Set<string>>;
  /** The named sets and maps of each table, by `${family} ${table}`. */
  sets: Map<string, Map<string, NftSetSpec>>;
  /** The rule set as fetched (for `index N`). */
  dump: NftTableDump[];
  /** The ifindex of a device by name (nft resolves iif/oif NAME when it builds the rule). */
  ifindex: (name: string) => number | undefined;
}

/** The ip/ip6 tables iptables-nft made, as nft's cache sees them: the same rule set (chains and rule handles). */
function compatDump(ctx: ProgramContext): NftTableDump[] {
  const out: NftTableDump[] = [];
  for (const [family, pf] of [["ip", NFPROTO_IPV4], ["ip6", NFPROTO_IPV6]] as const) {
    const r = nfnlTalk(ctx.task, { kind: "list-tables", family: pf, nft: true });
    for (const name of r.kind === "tables" ? r.names : []) {
      const d = nfnlTalk(ctx.task, { kind: "dump", family: pf, table: name, nft: true });
      if (d.kind !== "dump" || !d.table) continue;
      out.push({ family, name, handle: d.table.handle ?? 0, sets: [], chains: d.table.chains.map((c) => ({ name: c.name, handle: c.handle, rules: c.rules.map((x) => ({ handle: x.handle, stmts: [] })) })) });
    }
  }
  return out;
}

export function newPending(ctx: ProgramContext): Pending {
  const view = new Map<string, Set<string>>();
  const sets = new Map<string, Map<string, NftSetSpec>>();
  const dump = [...nativeDump(ctx), ...compatDump(ctx)];
  for (const t of dump) {
    view.set(`${t.family} ${t.name}`, new Set(t.chains.map((c) => c.name)));
    sets.set(`${t.family} ${t.name}`, new Map(t.sets.map((s) => [s.name, s])));
  }
  return { ops: [], toks: [], view, sets, dump, ifindex: (name) => devGetByName(ctx.task.netns, name)?.ifindex };
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

/** string_misspelled(): close enough to suggest. */
const misspelled = (a: string, b: string) => {
  const d = distance(a, b);
  return d > 0 && d <= Math.max(1, Math.floor(a.length / 3));
};

/** The table in nft's cache; a missing one is nft's error when a close name exists, or when `strict` (add chain). */
function needTable(io: Io, p: Pending, family: NftFamily, table: Tok, strict: boolean): Set<string> | undefined {
  const have = p.view.get(`${family} ${table.text}`);
  if (have) return have;
  for (const key of p.view.keys()) {
    const [f, n] = key.split(" ") as [string, string];
    if (misspelled(table.text, n)) throw located(io, table, `No such file or directory; did you mean table ‘${n}’ in family ${f}?`);
  }
  if (strict) throw located(io, table, "No such file or directory");
  return undefined;
}

/** `named`: where an EEXIST is marked (the kernel's extack points at the object's name attribute). */
function push(p: Pending, op: NftOp, tok: Tok, to?: Tok, named?: Tok): void {
  p.ops.push(op);
  p.toks.push([tok, to, named]);
}

/** A set declaration: nft's own errors in it first, then `ready` (checks, spec changes), its newset op, and its spec in the cache unless one is there. */
function queueSet(io: Io, p: Pending, family: NftFamily, table: string, name: Tok, d: SetDecl, excl: boolean, ready: () => void): void {
  const errs = declErrors(d);
  if (errs.length) throw new NftError(errs.map(([t, m, to]) => located(io, t, m, to).message).join(""));
  ready();
  push(p, { op: "newset", family, table, set: d.spec, elems: resolveElems(d.elems, d.spec).map((e) => e.elem), excl }, name);
  const key = `${family} ${table}`;
  const sets = p.sets.get(key) ?? new Map<string, NftSetSpec>();
  p.sets.set(key, sets);
  if (!sets.has(name.text)) sets.set(name.text, d.spec);
}

/** Checks a command against the cache and adds its ops to the batch. */
export function queueNative(io: Io, p: Pending, c: NativeCommand): void {
  const family = c.family;
  const table = c.table.text;
  const key = `${family} ${table}`;
  switch (c.kind) {
    case "n-table":
      if (c.verb === "flush") {
        needTable(io, p, family, c.table, true);
        push(p, { op: "flushtable", family, table }, c.table);
      } else if (c.verb === "add" || c.verb === "create") {
        push(p, { op: "newtable", family, table, excl: c.verb === "create" }, c.table);
        if (!p.view.has(key)) p.view.set(key, new Set());
      } else if (c.verb === "delete") {
        push(p, { op: "deltable", family, table }, c.table);
        p.view.delete(key);
        p.sets.delete(key);
      }
      return;
    case "n-set": {
      if (c.verb === "delete" || c.verb === "flush") {
        needTable(io, p, family, c.table, true);
        push(p, { op: c.verb === "delete" ? "delset" : "flushset", family, table, set: c.name.text }, c.name);
        if (c.verb === "delete") p.sets.get(key)?.delete(c.name.text);
        return;
      }
      queueSet(io, p, family, table, c.name, c.decl!, c.verb === "create", () => needTable(io, p, family, c.table, true));
      return;
    }
    case "n-flowtable":
      needTable(io, p, family, c.table, true);
      // A missing flowtable is marked at its name; the refused type at the whole command.
      if (c.verb === "delete") push(p, { op: "delflowtable", family, table, name: c.name.text }, c.name);
      else push(p, { op: "newflowtable", family, table, name: c.name.text }, c.span[0], c.span[1]);
      return;
    case "n-elem": {
      needTable(io, p, family, c.table, true);
      const spec = p.sets.get(key)?.get(c.name.text);
      if (!spec) throw located(io, c.name, "No such file or directory");
      for (const e of resolveElems(c.elems, spec)) {
        if (c.verb === "delete") push(p, { op: "delsetelem", family, table, set: c.name.text, elem: e.elem }, e.tok);
        else push(p, { op: "newsetelem", family, table, set: c.name.text, elem: e.elem, excl: c.verb === "create" }, e.tok);
      }
      return;
    }
    case "n-chain": {
      const chains = c.verb === "add" || c.verb === "create" ? needTable(io, p, family, c.table, true) : p.view.get(key);
      const chain = c.chain.text;
      if (c.verb === "rename") {
        // The cache must hold the chain (nft's own error at its name).
        if (!needTable(io, p, family, c.table, true)!.has(chain)) throw located(io, c.chain, "No such file or directory");
        push(p, { op: "renamechain", family, table, chain, newName: c.newName!.text }, c.span![0], c.span![1]);
        chains!.delete(chain);
        chains!.add(c.newName!.text);
        return;
      }
      if (c.verb === "add" || c.verb === "create") {
        const [from, to] = c.span ?? [c.chain, c.chain];
        push(p, { op: "newchain", family, table, chain, base: c.base, excl: c.verb === "create", ...(c.policy && { policy: c.policy }) }, from, to, c.chain);
        chains!.add(chain);
      } else if (c.verb === "delete") {
        push(p, { op: "delchain", family, table, chain }, c.chain);
        chains?.delete(chain);
      } else push(p, { op: "flushchain", family, table, chain }, c.chain);
      return;
    }
    case "n-rule": {
      const chains = needTable(io, p, family, c.table, false);
      const chain = c.chain.text;
      if (chains && !chains.has(chain))
        for (const n of chains) if (misspelled(chain, n)) throw located(io, c.chain, `No such file or directory; did you mean chain ‘${n}’ in table ${family} ‘${table}’?`);
      // The kernel's error points at the attribute it could not resolve.
      if (chains) checkRefs(io, p.sets.get(key), c.refs);
      const at0 = !chains ? c.table : !chains.has(chain) ? c.chain : (c.jumps.find((j) => !chains.has(j.name))?.at ?? c.handle ?? c.chain);
      if (c.verb === "delete") {
        push(p, { op: "delrule", family, table, chain, handle: Number(c.handle!.text) }, chains?.has(chain) ? c.handle! : at0);
        return;
      }
      const handle = c.handle ? Number(c.handle.text) : undefined;
      let at = c.verb === "replace" ? undefined : handle;
      if (c.index) at = indexHandle(io, p, c, Number(c.index.text));
      const zeroLimit = chains?.has(chain) && c.limit && c.stmts.some((s) => s.k === "limit" && s.rate === 0);
      push(p, { op: "newrule", family, table, chain, stmts: resolveDynset(resolveIfaces(io, p, c.stmts, c.ifaces, c.chain), p.sets.get(key), c.chain), insert: c.verb === "insert", at, replace: c.verb === "replace" ? handle : undefined }, zeroLimit ? c.limit![0] : at0, zeroLimit ? c.limit![1] : undefined);
      return;
    }
  }
}

/** A set statement's constants read with the set's key types (nft evaluates them against the set). */
function resolveDynset(stmts: NftStmt[], sets: Map<string, NftSetSpec> | undefined, at: Tok): NftStmt[] {
  return stmts.map((s) => {
    if (s.k !== "dynset") return s;
    const spec = sets?.get(s.set);
    if (!spec) return s;
    const types = typeParts(spec.key);
    return {
      ...s,
      key: s.key.map((part, i) => ("val" in part && part.val.kind === "str" && types[i] ? { val: value(SET_TYPES[types[i]!]!.field, at, part.val.s) } : part)),
    };
  });
}

/** `@NAME` lookups: the set must be in the cache, of the field's type (evaluate.c expr_evaluate_relational). */
function checkRefs(io: Io, sets: Map<string, NftSetSpec> | undefined, refs: Ref[]): void {
  for (const r of refs) {
    const s = sets?.get(r.at.text.slice(1));
    if (!s) throw located(io, r.at, "No such file or directory");
    const want = fieldType(r.field);
    if (want && want !== s.key && !s.key.includes(" . ")) throw locatedPair(io, r.lhs, r.at, `datatype mismatch, expected ${SET_TYPES[want]!.desc}, expression has type ${SET_TYPES[s.key]!.desc}`);
  }
}

/** `index N`: the handle of the chain's Nth rule (0-based) as nft's cache has it. */
function indexHandle(io: Io, p: Pending, c: NativeCommand & { kind: "n-rule" }, n: number): number {
  const t = p.dump.find((x) => x.family === c.family && x.name === c.table.text);
  const r = t?.chains.find((x) => x.name === c.chain.text)?.rules[n];
  if (!r) throw located(io, c.index!, "Could not process rule: No such file or directory");
  return r.handle;
}

/** iif/oif NAME as the device's ifindex (nft's meta iif/oif: an unknown device is an error at its token). */
function resolveIfaces(io: Io, p: Pending, stmts: NftStmt[], ifaces: Tok[], fallback: Tok): NftStmt[] {
  return stmts.map((s) =>
    s.k === "match" && (s.field === "iif" || s.field === "oif")
      ? {
          ...s,
          vals: s.vals.map((x) => {
            if (x.kind !== "str") return x;
            const ifindex = p.ifindex(x.s);
            if (ifindex === undefined) throw located(io, ifaces.find((t) => t.text === x.s) ?? fallback, "Interface does not exist");
            return { ...x, ifindex };
          }),
        }
      : s,
  );
}

/** A `table FAMILY NAME { chain ... }` block as native ops. */
export function queueTableBlock(io: Io, p: Pending, family: NftFamily, table: Tok, chains: ChainSpec[], sets: BlockSet[] = []): void {
  push(p, { op: "newtable", family, table: table.text, excl: false }, table);
  const set = p.view.get(`${family} ${table.text}`) ?? new Set<string>();
  p.view.set(`${family} ${table.text}`, set);
  for (const ch of chains) {
    const base = ch.type !== undefined ? { type: ch.type as "filter", hook: ch.hookName!, priority: ch.priority!, ...(ch.device !== undefined && { device: ch.device }), policy: ch.policy === "DROP" ? ("drop" as const) : ch.policy ? ("accept" as const) : undefined } : undefined;
    push(p, { op: "newchain", family, table: table.text, chain: ch.name.text, base, excl: false }, ch.name);
    set.add(ch.name.text);
  }
  // nft adds a table's chains, then its sets (with their elements), then the rules.
  const named = p.sets.get(`${family} ${table.text}`) ?? new Map<string, NftSetSpec>();
  p.sets.set(`${family} ${table.text}`, named);
  const filled = new Set(chains.flatMap((ch) => ch.rules.flatMap((r) => r.flatMap((st) => (st.k === "dynset" ? [st.set] : [])))));
  for (const s of sets) {
    queueSet(io, p, family, table.text, s.name, s.decl, false, () => {
      if (filled.has(s.name.text)) s.decl.spec = makeDynamic(s.decl.spec);
    });
  }
  for (const ch of chains)
    for (const stmts of ch.rules) push(p, { op: "newrule", family, table: table.text, chain: ch.name.text, stmts: resolveDynset(resolveIfaces(io, p, stmts, ch.ifaces, ch.name), named, ch.name), insert: false }, ch.name);
}

/** Sends the batch; the first refused op is reported at its token. */
export function flushPending(ctx: ProgramContext, io: Io, p: Pending): void {
  if (!p.ops.length) return;
  const ops = p.ops;
  const toks = p.toks;
  p.ops = [];
  p.toks = [];
  const r = nfnlNativeTalk(ctx.task, { kind: "commit", ops, check: io.check });
  if (r.kind !== "error") return;
  const msgs = r.errors.map((e) => {
    const [from, to, named] = toks[e.index]!;
    const msg = `Could not process rule: ${strerror(ERRNO[e.errno as keyof typeof ERRNO] ?? 1)}`;
    return (e.errno === "EEXIST" && named ? located(io, named, msg) : located(io, from, msg, to)).message;
  });
  throw new NftError(msgs.join(""));
}
