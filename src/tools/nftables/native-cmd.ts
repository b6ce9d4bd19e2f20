// nft's commands on native objects (src/parser_bison.y: add_cmd, create_cmd,
// insert_cmd, replace_cmd, delete_cmd, flush_cmd), parsed into what nft.ts
// sends as one batch per command: the ops, and per op the token nft marks
// when the kernel refuses it.
//
//   add|create table [FAMILY] NAME      delete|flush table [FAMILY] NAME
//   add|create chain [FAMILY] TABLE CHAIN [{ type T hook H priority P; policy P; }]
//   delete|flush chain [FAMILY] TABLE CHAIN
//   add|insert rule [FAMILY] TABLE CHAIN [position H | handle H | index N] STATEMENTS
//   replace rule [FAMILY] TABLE CHAIN handle H STATEMENTS
//   delete rule [FAMILY] TABLE CHAIN handle H

import type { NftBaseSpec, NftFamily, NftStmt } from "../../uapi/nft_native.js";
import { ifaceToks, parsePriority, parseRule, unexpected, word, type Cursor } from "./native-rule.js";
import { SyntaxError, type Tok } from "./script.js";
import { fieldType, parseRawElems, parseSetBlock, type RawElem, type SetDecl } from "./native-set.js";

export type NativeCommand =
  | { kind: "n-table"; verb: "add" | "create" | "delete" | "flush"; family: NftFamily; table: Tok }
  /** `policy`: a `{ policy P; }` with no type, which only updates an existing base chain. `newName`: rename. */
  | { kind: "n-chain"; verb: "add" | "create" | "delete" | "flush" | "rename"; family: NftFamily; table: Tok; chain: Tok; base?: NftBaseSpec; policy?: "accept" | "drop"; newName?: Tok; span?: [Tok, Tok] }
  | { kind: "n-rule"; verb: "add" | "insert" | "replace" | "delete"; family: NftFamily; table: Tok; chain: Tok; stmts: NftStmt[]; handle?: Tok; index?: Tok; jumps: Jump[]; ifaces: Tok[]; refs: Ref[]; limit?: [Tok, Tok] }
  | { kind: "n-set"; verb: "add" | "create" | "delete" | "flush"; family: NftFamily; table: Tok; name: Tok; isMap: boolean; decl?: SetDecl }
  | { kind: "n-elem"; verb: "add" | "create" | "delete"; family: NftFamily; table: Tok; name: Tok; elems: RawElem[] }
  | { kind: "n-flowtable"; verb: "add" | "create" | "delete"; family: NftFamily; table: Tok; name: Tok; span: [Tok, Tok] };

/** A chain a rule jumps to, and where nft marks it when it is missing (a vmap's: the element's key). */
export interface Jump {
  name: string;
  at: Tok;
}

/** `FIELD [!=|vmap] @NAME`: the set's token and the field's tokens (marked when the types differ). */
export interface Ref {
  field: string;
  at: Tok;
  lhs: [Tok, Tok];
}

/** The jumps and set references among a rule's tokens. */
function ruleToks(toks: Tok[]): { jumps: Jump[]; refs: Ref[]; limit?: [Tok, Tok] } {
  const jumps: Jump[] = [];
  const refs: Ref[] = [];
  let limit: [Tok, Tok] | undefined;
  toks.forEach((t, k) => {
    // A limit statement's tokens: `limit rate [over] N[ UNIT]/PERIOD` (where the kernel's EINVAL is marked).
    if (t.text === "limit" && !limit) {
      let e = k + 2;
      while (toks[e] && !toks[e]!.text.includes("/")) e++;
      if (toks[e]) limit = [t, toks[e]!];
    }
    const prev = toks[k - 1];
    if (prev && (prev.text === "jump" || prev.text === "goto") && t.kind === "word") {
      const inMap = toks[k - 2]?.text === ":" && toks[k - 3];
      jumps.push({ name: t.text.replace(/,$/, ""), at: inMap ? toks[k - 3]! : t });
    }
    if (t.kind === "word" && t.text.startsWith("@")) {
      let j = k - 1;
      while (j > 0 && ["!=", "==", "vmap"].includes(toks[j]!.text)) j--;
      const two = j > 0 ? `${toks[j - 1]!.text} ${toks[j]!.text}` : "";
      const field = fieldType(two) ? two : toks[j]!.text;
      refs.push({ field, at: t, lhs: [field === two ? toks[j - 1]! : toks[j]!, toks[j]!] });
    }
  });
  return { jumps, refs, limit };
}

const FAMILIES = ["ip", "ip6", "inet", "arp", "bridge", "netdev"];

function family(c: Cursor): NftFamily {
  const t = c.toks[c.i];
  // A family word followed by the end is the table's name (`add table inet` names a table "inet"? no: nft wants a name).
  if (t && t.kind === "word" && FAMILIES.includes(t.text)) {
    c.i++;
    return t.text as NftFamily;
  }
  return "ip";
}

/** `{ type filter hook input priority 0; policy drop; }` */
/** The hook names of each family (src/rule.c chain_hookname_lookup). */
const HOOKS: Record<string, string[]> = {
  ip: ["prerouting", "input", "forward", "output", "postrouting"],
  ip6: ["prerouting", "input", "forward", "output", "postrouting"],
  inet: ["prerouting", "input", "forward", "output", "postrouting", "ingress"],
  bridge: ["prerouting", "input", "forward", "output", "postrouting"],
  arp: ["input", "forward", "output"],
  netdev: ["ingress", "egress"],
};

export function parseChainSpec(c: Cursor, fam: string, policyOnly?: (p: "accept" | "drop", at: [Tok, Tok]) => void): NftBaseSpec | undefined {
  let base: NftBaseSpec | undefined;
  let policy: "accept" | "drop" | undefined;
  let policyAt: [Tok, Tok] | undefined;
  for (;;) {
    const t = c.toks[c.i];
    if (!t) unexpected(t);
    if (t.kind === "nl" || t.kind === ";") {
      c.i++;
      continue;
    }
    if (t.kind === "}") {
      c.i++;
      break;
    }
    if (t.kind === "word" && t.text === "type") {
      c.i++;
      const type = word(c);
      if (!["filter", "nat", "route"].includes(type.text)) throw new SyntaxError(type, "unknown chain type");
      const h = word(c);
      if (h.text !== "hook") unexpected(h);
      const hook = word(c);
      let device: string | undefined;
      if (c.toks[c.i]?.text === "device") {
        c.i++;
        device = word(c).text;
      }
      const p = c.toks[c.i++];
      if (p?.text !== "priority") unexpected(p, "priority");
      const prio = parsePriority(c, (pt) => {
        throw new SyntaxError(p, "invalid priority expression value in this context.", pt);
      });
      if (!(HOOKS[fam] ?? []).includes(hook.text)) throw new SyntaxError(hook, "unknown chain hook");
      // evaluate.c chain_evaluate(): a netdev chain (and inet's ingress) is bound to a device.
      if (device === undefined && (fam === "netdev" || (fam === "inet" && hook.text === "ingress"))) throw new SyntaxError(t, "Missing `device' in this chain definition", c.toks[c.i - 1]);
      base = { type: type.text as NftBaseSpec["type"], hook: hook.text, priority: prio, ...(device !== undefined && { device }) };
      continue;
    }
    if (t.kind === "word" && t.text === "policy") {
      c.i++;
      const p = word(c);
      if (p.text !== "accept" && p.text !== "drop") unexpected(p);
      policy = p.text;
      policyAt = [t, p];
      continue;
    }
    unexpected(t);
  }
  if (base && policy) base.policy = policy;
  else if (policy) policyOnly?.(policy, policyAt!);
  return base;
}

/** After the verb: the object and its arguments. */
export function parseNativeCommand(c: Cursor, verb: string): NativeCommand {
  const first = c.toks[c.i - 1]!;
  const what = word(c, "string");
  if (what.text === "table") {
    if (verb !== "add" && verb !== "create" && verb !== "delete" && verb !== "flush") unexpected(what);
    const f = family(c);
    return { kind: "n-table", verb, family: f, table: word(c, "string") };
  }
  if (what.text === "chain") {
    if (verb !== "add" && verb !== "create" && verb !== "delete" && verb !== "flush" && verb !== "rename") unexpected(what);
    const f = family(c);
    const table = word(c, "string");
    const chain = word(c, "string");
    if (verb === "rename") {
      const newName = word(c, "string");
      return { kind: "n-chain", verb, family: f, table, chain, newName, span: [first, c.toks[c.i] ?? newName] };
    }
    let base: NftBaseSpec | undefined;
    let policy: "accept" | "drop" | undefined;
    let span: [Tok, Tok] | undefined;
    if (c.toks[c.i]?.kind === "{") {
      c.i++;
      base = parseChainSpec(c, f, (p, at) => ((policy = p), (span = at)));
    }
    // A policy without a hook is refused at the policy (the kernel's extack points at NFTA_CHAIN_POLICY).
    return { kind: "n-chain", verb, family: f, table, chain, base, ...(policy && { policy }), span: span ?? [first, c.toks[c.i] ?? c.toks[c.i - 1]!] };
  }
  if (what.text === "rule") {
    if (verb !== "add" && verb !== "insert" && verb !== "replace" && verb !== "delete") unexpected(what);
    const f = family(c);
    const table = word(c, "string");
    const chain = word(c, "string");
    let handle: Tok | undefined;
    let index: Tok | undefined;
    const at = c.toks[c.i];
    if (at?.kind === "word" && (at.text === "position" || at.text === "handle" || at.text === "index")) {
      c.i++;
      const n = word(c);
      if (!/^\d+$/.test(n.text)) unexpected(n);
      if (at.text === "index") index = n;
      else handle = n;
    } else if (verb === "replace" || verb === "delete") unexpected(at, "handle");
    if (verb === "delete") return { kind: "n-rule", verb, family: f, table, chain, stmts: [], handle, jumps: [], ifaces: [], refs: [] };
    const from = c.i;
    const stmts = parseRule(c, f);
    const ifaces = ifaceToks(c.toks.slice(from, c.i));
    return { kind: "n-rule", verb, family: f, table, chain, stmts, handle, index, ...ruleToks(c.toks.slice(from, c.i)), ifaces };
  }
  if (what.text === "set" || what.text === "map") {
    if (verb !== "add" && verb !== "create" && verb !== "delete" && verb !== "flush") unexpected(what);
    const f = family(c);
    const table = word(c, "string");
    const name = word(c, "string");
    const isMap = what.text === "map";
    if (verb === "delete" || verb === "flush") return { kind: "n-set", verb, family: f, table, name, isMap };
    if (c.toks[c.i]?.kind !== "{") unexpected(c.toks[c.i], "'{'");
    c.i++;
    return { kind: "n-set", verb, family: f, table, name, isMap, decl: parseSetBlock(c, name.text, isMap) };
  }
  if (what.text === "flowtable") {
    if (verb !== "add" && verb !== "create" && verb !== "delete") unexpected(what);
    const f = family(c);
    const table = word(c, "string");
    const name = word(c, "string");
    // `{ hook ingress priority P; devices = { ... }; }`: read through (the kernel refuses the flowtable whatever it holds).
    if (c.toks[c.i]?.kind === "{") {
      let depth = 0;
      do {
        const t = c.toks[c.i++];
        if (!t) unexpected(t);
        if (t.kind === "{") depth++;
        else if (t.kind === "}") depth--;
      } while (depth > 0);
    }
    return { kind: "n-flowtable", verb, family: f, table, name, span: [first, c.toks[c.i] ?? c.toks[c.i - 1]!] };
  }
  if (what.text === "element") {
    if (verb !== "add" && verb !== "create" && verb !== "delete") unexpected(what);
    const f = family(c);
    const table = word(c, "string");
    const name = word(c, "string");
    if (c.toks[c.i]?.kind !== "{") unexpected(c.toks[c.i], "'{'");
    c.i++;
    return { kind: "n-elem", verb, family: f, table, name, elems: parseRawElems(c) };
  }
  unexpected(what);
}
