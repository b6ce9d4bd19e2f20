// The part of nft's language (nftables 1.0.6, src/parser_bison.y) this nft
// understands, for the command line and for -f files:
//
//   list ruleset [FAMILY] | list tables [FAMILY] | list table [FAMILY] NAME
//   list chain [FAMILY] TABLE CHAIN | list chains [FAMILY] | flush ruleset [FAMILY]
//   list sets|maps|flowtables|meters|counters|quotas|limits|secmarks|synproxys [FAMILY]
//   add table FAMILY NAME | delete table FAMILY NAME
//   table FAMILY NAME { chain NAME { type T hook H priority P; policy P; RULE... } }
//
// where a RULE is `[counter [packets N bytes M]] [accept|drop|return|jump C|goto C]`.
// Families: ip and ip6 hold tables (the model's nf_tables has no inet, arp,
// bridge or netdev tables, so those are always empty and refuse new ones). Anything else is a syntax error; the message names the
// token as nft's parser would, without its full list of expected tokens.

export interface Tok {
  text: string;
  line: number;
  col: number;
  kind: "word" | "str" | "{" | "}" | ";" | "nl";
}

export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let line = 1;
  let col = 1;
  let i = 0;
  const adv = (n: number) => {
    for (let k = 0; k < n; k++) {
      if (src[i] === "\n") {
        line++;
        col = 1;
      } else col++;
      i++;
    }
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === "#") {
      while (i < src.length && src[i] !== "\n") adv(1);
      continue;
    }
    if (c === "\n") {
      out.push({ text: "\n", line, col, kind: "nl" });
      adv(1);
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      adv(1);
      continue;
    }
    if (c === "{" || c === "}" || c === ";") {
      out.push({ text: c, line, col, kind: c });
      adv(1);
      continue;
    }
    if (c === '"') {
      const start = { line, col };
      let j = i + 1;
      while (j < src.length && src[j] !== '"' && src[j] !== "\n") j++;
      out.push({ text: src.slice(i + 1, j), ...start, kind: "str" });
      adv(j - i + 1);
      continue;
    }
    let j = i;
    while (j < src.length && !/[\s{};#"]/.test(src[j]!)) j++;
    out.push({ text: src.slice(i, j), line, col, kind: "word" });
    adv(j - i);
  }
  return out;
}

export type Family = "ip" | "ip6" | "inet" | "arp" | "bridge" | "netdev";
const FAMILY_NAMES = ["ip", "ip6", "inet", "arp", "bridge", "netdev"];

import { NFT_HOOKS, type NftStmt } from "../../uapi/nft_native.js";
import { parseNativeCommand, type NativeCommand } from "./native-cmd.js";
import { ifaceToks, parsePriority, parseRule, tokenName } from "./native-rule.js";
import { parseSetBlock, type SetDecl } from "./native-set.js";

export interface ChainSpec {
  name: Tok;
  hook?: number;
  hookName?: string;
  priority?: number;
  device?: string;
  type?: string;
  policy?: "ACCEPT" | "DROP";
  rules: NftStmt[][];
  /** The names given to iif/oif in the rules, to mark an unknown device. */
  ifaces: Tok[];
}

/** A `set NAME { ... }` or `map NAME { ... }` inside a table block. */
export interface BlockSet {
  name: Tok;
  decl: SetDecl;
}

export type Command =
  | { kind: "list-ruleset"; family?: Family }
  | { kind: "list-tables"; family?: Family }
  | { kind: "list-table"; family: Family; table: Tok }
  | { kind: "list-chain"; family: Family; table: Tok; chain: Tok }
  | { kind: "list-chains"; family?: Family }
  /** list sets/maps/...: the model holds no such objects; `tables` says whether nft still prints each table's (empty) block. */
  | { kind: "list-objects"; family?: Family; tables: boolean; what: string }
  | { kind: "list-set"; family: Family; table: Tok; name: Tok; isMap: boolean; meter?: boolean }
  | { kind: "flush-ruleset"; family?: Family }
  | { kind: "add-table"; family: Family; table: Tok; chains: ChainSpec[]; sets: BlockSet[] }
  | NativeCommand;

export class SyntaxError extends Error {
  constructor(
    readonly tok: Tok | undefined,
    message: string,
    /** The last token of a marked run. */
    readonly to?: Tok,
    /** An expression marked with `~` before the offending token. */
    readonly lhs?: [Tok, Tok],
  ) {
    super(message);
  }
}

/** `list X` of objects the model has none of: nft prints every table's empty block for these... */
const OBJECT_LISTS = ["sets", "maps", "flowtables", "meters"];
/** ...and nothing at all for these (it lists only tables holding such objects). */
const BARE_OBJECT_LISTS = ["counters", "quotas", "limits", "secmarks", "synproxys"];


class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  peek(): Tok | undefined {
    return this.toks[this.i];
  }
  next(): Tok | undefined {
    return this.toks[this.i++];
  }
  /** bison's message: the token found and, when the grammar allows few, what it expected. */
  private unexpected(t: Tok | undefined, expecting?: string): never {
    const what = tokenName(t);
    throw new SyntaxError(t, `syntax error, unexpected ${what}${expecting ? `, expecting ${expecting}` : ""}`);
  }
  private word(expecting?: string): Tok {
    const t = this.next();
    if (!t || (t.kind !== "word" && t.kind !== "str")) this.unexpected(t, expecting);
    return t;
  }
  private keyword(...ks: string[]): string {
    const t = this.next();
    if (!t || t.kind !== "word" || !ks.includes(t.text)) this.unexpected(t);
    return t.text;
  }
  private family(): Family {
    const t = this.next();
    if (t && t.kind === "word" && FAMILY_NAMES.includes(t.text)) return t.text as Family;
    this.unexpected(t);
  }
  private optFamily(): Family | undefined {
    const t = this.peek();
    if (t && t.kind === "word" && FAMILY_NAMES.includes(t.text)) {
      this.i++;
      return t.text as Family;
    }
    return undefined;
  }
  private skipSeps(): void {
    while (this.peek() && (this.peek()!.kind === "nl" || this.peek()!.kind === ";")) this.i++;
  }
  private endOfCommand(): void {
    const t = this.peek();
    if (t && t.kind !== "nl" && t.kind !== ";") this.unexpected(t, "end of file or newline or semicolon");
  }

  commands(): Command[] {
    const out: Command[] = [];
    for (;;) {
      this.skipSeps();
      if (!this.peek()) return out;
      out.push(this.command());
      this.endOfCommand();
    }
  }

  private command(): Command {
    const t = this.next()!;
    if (t.kind !== "word") this.unexpected(t);
    switch (t.text) {
      case "list": {
        const what = this.keyword("ruleset", "tables", "table", "chain", "chains", "set", "map", "meter", ...OBJECT_LISTS, ...BARE_OBJECT_LISTS);
        if (what === "ruleset") return { kind: "list-ruleset", family: this.optFamily() };
        if (what === "tables") return { kind: "list-tables", family: this.optFamily() };
        if (what === "chains") return { kind: "list-chains", family: this.optFamily() };
        if (OBJECT_LISTS.includes(what)) return { kind: "list-objects", family: this.optFamily(), tables: true, what };
        if (BARE_OBJECT_LISTS.includes(what)) return { kind: "list-objects", family: this.optFamily(), tables: false, what };
        // The family may be left out: ip.
        const family = this.optFamily() ?? "ip";
        const table = this.word("string");
        if (what === "table") return { kind: "list-table", family, table };
        if (what === "set" || what === "map" || what === "meter") return { kind: "list-set", family, table, name: this.word("string"), isMap: what === "map", meter: what === "meter" };
        return { kind: "list-chain", family, table, chain: this.word("string") };
      }
      case "flush":
        if (this.peek()?.text === "ruleset") {
          this.next();
          return { kind: "flush-ruleset", family: this.optFamily() };
        }
        return this.native(t.text);
      case "add":
        // `add table FAMILY NAME { ... }` is a block like `table ...`.
        if (this.peek()?.text === "table" && this.toks[this.i + 3]?.kind === "{" && FAMILY_NAMES.includes(this.toks[this.i + 1]?.text ?? "")) {
          this.next();
          return this.tableDef();
        }
        return this.native(t.text);
      case "create":
      case "insert":
      case "replace":
      case "delete":
      case "rename":
        return this.native(t.text);
      case "table":
        return this.tableDef();
      default: {
        // nft's grammar takes an unknown word as the start of something longer: the error is at what follows.
        const after = this.peek();
        if (!after || after.kind === "nl" || after.kind === ";") throw new SyntaxError(after, "syntax error, unexpected newline, expecting string");
        if (tokenName(after) !== "string") this.unexpected(after, "string");
        this.unexpected(t);
      }
    }
  }

  private native(verb: string): Command {
    const c = { toks: this.toks, i: this.i };
    const cmd = parseNativeCommand(c, verb);
    this.i = c.i;
    return cmd;
  }

  private tableFamily = "ip";
  private tableDef(): Command {
    const family = this.family();
    this.tableFamily = family;
    const name = this.word();
    const chains: ChainSpec[] = [];
    const sets: BlockSet[] = [];
    if (this.peek()?.kind !== "{") return { kind: "add-table", family, table: name, chains, sets };
    this.next();
    for (;;) {
      this.skipSeps();
      const t = this.next();
      if (!t) this.unexpected(t);
      if (t.kind === "}") break;
      if (t.kind === "word" && (t.text === "set" || t.text === "map")) {
        const setName = this.word();
        const open = this.next();
        if (open?.kind !== "{") this.unexpected(open, "'{'");
        const cur = { toks: this.toks, i: this.i };
        sets.push({ name: setName, decl: parseSetBlock(cur, setName.text, t.text === "map") });
        this.i = cur.i;
        continue;
      }
      if (t.kind !== "word" || t.text !== "chain") this.unexpected(t);
      chains.push(this.chainDef());
    }
    return { kind: "add-table", family, table: name, chains, sets };
  }

  private chainDef(): ChainSpec {
    const c: ChainSpec = { name: this.word(), rules: [], ifaces: [] };
    const open = this.next();
    if (open?.kind !== "{") this.unexpected(open);
    for (;;) {
      this.skipSeps();
      const t = this.peek();
      if (!t) this.unexpected(t);
      if (t.kind === "}") {
        this.next();
        return c;
      }
      if (t.kind === "word" && t.text === "type") {
        this.next();
        c.type = this.keyword("filter", "nat", "route");
        this.keyword("hook");
        const h = this.word();
        c.hookName = h.text;
        c.hook = NFT_HOOKS[h.text];
        if (this.peek()?.text === "device") {
          this.next();
          c.device = this.word().text;
        }
        this.keyword("priority");
        c.priority = this.priority();
        continue;
      }
      if (t.kind === "word" && t.text === "policy") {
        this.next();
        c.policy = this.keyword("accept", "drop") === "accept" ? "ACCEPT" : "DROP";
        continue;
      }
      const cur = { toks: this.toks, i: this.i };
      c.rules.push(parseRule(cur, this.tableFamily));
      c.ifaces.push(...ifaceToks(this.toks.slice(this.i, cur.i)));
      this.i = cur.i;
    }
  }

  private priority(): number {
    const cur = { toks: this.toks, i: this.i };
    const v = parsePriority(cur);
    this.i = cur.i;
    return v;
  }

}

/**
 * The scanner's own statements (src/scanner.l, parser_bison.y): `define NAME = VALUE`
 * (up to the end of the line) and `$NAME` anywhere after it, replaced by the value's
 * tokens where it is used; `include "FILE"` read through `readFile` (undefined: not found).
 */
export function preprocess(toks: Tok[], readFile: (path: string) => string | undefined, depth = 0): Tok[] {
  const defs = new Map<string, Tok[]>();
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const atStart = i === 0 || toks[i - 1]!.kind === "nl" || toks[i - 1]!.kind === ";";
    if (atStart && t.kind === "word" && t.text === "include" && toks[i + 1]?.kind === "str") {
      const path = toks[i + 1]!.text;
      const text = depth < 16 ? readFile(path) : undefined;
      if (text === undefined) throw new SyntaxError(t, `File not found: ${path}`, toks[i + 2] ?? toks[i + 1]);
      out.push(...preprocess(tokenize(text), readFile, depth + 1));
      i++;
      continue;
    }
    if (atStart && t.kind === "word" && t.text === "define" && toks[i + 2]?.text === "=") {
      const name = toks[i + 1]!.text;
      let j = i + 3;
      let nest = 0;
      const value: Tok[] = [];
      for (; j < toks.length; j++) {
        const v = toks[j]!;
        if (nest === 0 && (v.kind === "nl" || v.kind === ";")) break;
        if (v.kind === "{") nest++;
        if (v.kind === "}") nest--;
        value.push(...expand(v, defs));
      }
      defs.set(name, value);
      i = j - 1;
      continue;
    }
    out.push(...expand(t, defs));
  }
  return out;
}

/** `$NAME` (with what the scanner kept after it, such as a comma) as the defined value's tokens, at the place of use. */
function expand(t: Tok, defs: Map<string, Tok[]>): Tok[] {
  const m = t.kind === "word" ? /^\$([A-Za-z_][A-Za-z0-9_]*)(.*)$/.exec(t.text) : null;
  if (!m) return [t];
  const value = defs.get(m[1]!);
  if (!value) throw new SyntaxError({ ...t, text: m[1]!, col: t.col + 1 }, `unknown identifier '${m[1]}'`);
  const out = value.map((v) => ({ ...v, line: t.line, col: t.col }));
  if (m[2] && out.length) out[out.length - 1] = { ...out[out.length - 1]!, text: out[out.length - 1]!.text + m[2] };
  return out;
}

export function parseCommands(src: string, readFile: (path: string) => string | undefined = () => undefined): Command[] {
  return new Parser(preprocess(tokenize(src), readFile)).commands();
}
