// The pcap-filter grammar (libpcap's grammar.y) as a recursive-descent
// parser that generates code as it reduces, so semantic errors come out in
// the same order as libpcap reports them. Qualifiers carry over to bare
// ids after and/or ("host a or b", "tcp port 80 and not 8080").

import type { Names } from "../addrtoname.js";
import { FilterError } from "./errors.js";
import { type Arith, type Dir, type Addr, FALSE, Gen, type Pred, type Proto, type Qual, QDEFAULT, QERR, Reject, TRUE, and, or } from "./gencode.js";
import { scan, type Tok } from "./scanner.js";

const PNAMES = new Set<string>([
  "link", "ip", "arp", "rarp", "sctp", "tcp", "udp", "icmp", "igmp", "igrp", "pim", "vrrp", "carp", "atalk", "aarp",
  "decnet", "lat", "sca", "moprc", "mopdl", "ip6", "icmp6", "ah", "esp", "iso", "stp", "ipx", "netbeui",
]);
const RELOPS = new Set([">", ">=", "=", "==", "<=", "<", "!="]);
const ARITH_OPS = new Set(["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>"]);

interface Res {
  p: Pred;
  q: Qual;
}

const syntax = () => new FilterError("syntax error", true);

class Parser {
  private i = 0;
  constructor(
    private toks: Tok[],
    private gen: Gen,
  ) {}

  private peek(k = 0): Tok {
    return this.toks[Math.min(this.i + k, this.toks.length - 1)]!;
  }
  private next(): Tok {
    const t = this.peek();
    if (this.i < this.toks.length - 1) this.i++;
    return t;
  }
  private isKw(t: Tok, v: string): boolean {
    return t.t === "kw" && t.v === v;
  }
  private isOp(t: Tok, v: string): boolean {
    return t.t === "op" && t.v === v;
  }
  private isNot(t: Tok): boolean {
    return this.isKw(t, "not") || this.isOp(t, "!");
  }
  private expectOp(v: string): void {
    if (!this.isOp(this.next(), v)) throw syntax();
  }

  parseProgram(): Pred {
    if (this.peek().t === "eof") return TRUE;
    const r = this.expr(QERR);
    if (this.peek().t !== "eof") throw syntax();
    return r.p;
  }

  private expr(q0: Qual): Res {
    let r = this.term(q0);
    for (;;) {
      const t = this.peek();
      const isAnd = this.isKw(t, "and");
      if (!isAnd && !this.isKw(t, "or")) return r;
      this.next();
      const rhs = this.startsId(this.i) ? this.id(r.q) : this.term(r.q);
      r = { p: isAnd ? and(r.p, rhs.p) : or(r.p, rhs.p), q: rhs.q };
    }
  }

  /** Whether the tokens at k begin an `id` (rather than a `term`). */
  private startsId(k: number): boolean {
    const t = this.toks[k]!;
    if (t.t === "id" || t.t === "hid" || t.t === "hid6" || t.t === "eid") return true;
    if (t.t === "num") {
      const n = this.toks[k + 1]!;
      return !(n.t === "op" && (RELOPS.has(n.v) || ARITH_OPS.has(n.v)));
    }
    if (this.isNot(t)) return this.startsId(k + 1);
    if (this.isOp(t, "(")) return this.startsId(k + 1);
    return false;
  }

  private term(q0: Qual): Res {
    const t = this.peek();
    if (this.isNot(t)) {
      this.next();
      const r = this.term(q0);
      const p = r.p;
      return { p: (x) => !p(x), q: r.q };
    }
    if (this.isOp(t, "(")) {
      if (this.parenIsArith()) return this.relation();
      this.next();
      const r = this.expr(q0);
      this.expectOp(")");
      return { p: r.p, q: q0 };
    }
    if (t.t === "kw") {
      if (PNAMES.has(t.v)) {
        const n = this.peek(1);
        if (this.isOp(n, "[")) return this.relation();
        if (n.t === "kw" && (this.isDqual(n.v) || this.isAqual(n.v) || n.v === "proto" || n.v === "protochain" || n.v === "gateway")) {
          return this.headId();
        }
        if (this.isKw(n, "broadcast") || this.isKw(n, "multicast")) {
          this.next();
          this.next();
          return { p: this.isKw(n, "broadcast") ? this.gen.broadcast(t.v as Proto) : this.gen.multicast(t.v as Proto), q: QERR };
        }
        this.next();
        return { p: this.gen.protoAbbrev(t.v as Proto), q: QERR };
      }
      if (this.isDqual(t.v) || this.isAqual(t.v) || t.v === "proto" || t.v === "protochain" || t.v === "gateway") return this.headId();
      switch (t.v) {
        case "broadcast":
        case "multicast":
          this.next();
          return { p: t.v === "broadcast" ? this.gen.broadcast("default") : this.gen.multicast("default"), q: QERR };
        case "less":
        case "greater": {
          this.next();
          const n = this.next();
          if (n.t !== "num") throw syntax();
          const v = n.v;
          return { p: t.v === "less" ? (p) => p.len <= v : (p) => p.len >= v, q: QERR };
        }
        case "inbound":
        case "outbound":
          this.next();
          return { p: this.gen.inbound(t.v === "outbound"), q: QERR };
        case "vlan": {
          this.next();
          const id = this.optPnum();
          return { p: this.gen.vlan(id), q: QERR };
        }
        case "len":
          return this.relation();
        default:
          throw syntax();
      }
    }
    if (t.t === "num" || this.isOp(t, "-")) return this.relation();
    throw syntax();
  }

  private optPnum(): number | undefined {
    const t = this.peek();
    if (t.t === "num") {
      this.next();
      return t.v;
    }
    return undefined;
  }

  private isDqual(v: string): boolean {
    return v === "src" || v === "dst";
  }
  private isAqual(v: string): boolean {
    return v === "host" || v === "net" || v === "port" || v === "portrange";
  }

  /** head id: [pname] [dqual] [aqual] | [pname] proto | [pname] gateway, then an id. */
  private headId(): Res {
    let proto: Proto = "default";
    let dir: Dir = "default";
    let addr: Addr = "default";
    let t = this.peek();
    if (t.t === "kw" && PNAMES.has(t.v)) {
      proto = t.v as Proto;
      this.next();
      t = this.peek();
    }
    if (t.t === "kw" && (t.v === "proto" || t.v === "protochain" || t.v === "gateway")) {
      this.next();
      addr = t.v as Addr;
    } else {
      if (t.t === "kw" && this.isDqual(t.v)) {
        this.next();
        dir = t.v as Dir;
        const c = this.peek();
        const d = this.peek(1);
        if ((this.isKw(c, "or") || this.isKw(c, "and")) && d.t === "kw" && this.isDqual(d.v) && d.v !== t.v) {
          this.next();
          this.next();
          dir = this.isKw(c, "or") ? "or" : "and";
        }
        t = this.peek();
      }
      if (t.t === "kw" && this.isAqual(t.v)) {
        this.next();
        addr = t.v as Addr;
      }
    }
    const q: Qual = { proto, dir, addr };
    return this.id(q);
  }

  /** id: nid | pnum | '(' pid ')' — under inherited qualifiers. */
  private id(q: Qual): Res {
    const t = this.peek();
    if (this.isNot(t)) {
      this.next();
      const r = this.id(q);
      const p = r.p;
      return { p: (x) => !p(x), q: r.q };
    }
    if (this.isOp(t, "(")) {
      this.next();
      let r = this.id(q);
      for (;;) {
        const c = this.peek();
        if (this.isKw(c, "and") || this.isKw(c, "or")) {
          this.next();
          const rhs = this.id(r.q);
          r = { p: this.isKw(c, "and") ? and(r.p, rhs.p) : or(r.p, rhs.p), q: rhs.q };
          continue;
        }
        break;
      }
      this.expectOp(")");
      return r;
    }
    this.next();
    switch (t.t) {
      case "id":
        return { p: this.gen.scode(t.v, q), q };
      case "num":
        return { p: this.gen.ncodeNum(t.v, q), q };
      case "hid": {
        if (this.isOp(this.peek(), "/")) {
          this.next();
          const n = this.next();
          if (n.t !== "num") throw syntax();
          return { p: this.gen.mcode(t.v, undefined, n.v, q), q };
        }
        if (this.isKw(this.peek(), "mask")) {
          this.next();
          const m = this.next();
          if (m.t !== "hid") throw syntax();
          return { p: this.gen.mcode(t.v, m.v, 0, q), q };
        }
        return { p: this.gen.ncodeHid(t.v, q), q };
      }
      case "hid6": {
        if (this.isOp(this.peek(), "/")) {
          this.next();
          const n = this.next();
          if (n.t !== "num") throw syntax();
          return { p: this.gen.mcode6(t.v, n.v, q, true), q };
        }
        return { p: this.gen.mcode6(t.v, 128, q, false), q };
      }
      case "eid":
        return { p: this.gen.ecode(t.v, q), q };
      default:
        throw syntax();
    }
  }

  /** Whether the '(' at the cursor opens an arithmetic expression (its ')' is followed by an operator). */
  private parenIsArith(): boolean {
    let depth = 0;
    for (let k = this.i; k < this.toks.length; k++) {
      const t = this.toks[k]!;
      if (this.isOp(t, "(")) depth++;
      else if (this.isOp(t, ")")) {
        depth--;
        if (depth === 0) {
          const n = this.toks[k + 1]!;
          return n.t === "op" && (RELOPS.has(n.v) || ARITH_OPS.has(n.v));
        }
      } else if (t.t === "eof") return false;
    }
    return false;
  }

  private relation(): Res {
    const a = this.arith(0);
    const op = this.next();
    if (op.t !== "op" || !RELOPS.has(op.v)) throw syntax();
    const b = this.arith(0);
    const av = a.v;
    const bv = b.v;
    let cmp: Pred;
    switch (op.v) {
      case ">":
        cmp = (p) => av(p) > bv(p);
        break;
      case ">=":
        cmp = (p) => av(p) >= bv(p);
        break;
      case "<":
        cmp = (p) => av(p) < bv(p);
        break;
      case "<=":
        cmp = (p) => av(p) <= bv(p);
        break;
      case "!=":
        cmp = (p) => av(p) !== bv(p);
        break;
      default:
        cmp = (p) => av(p) === bv(p);
    }
    let pr = cmp;
    for (const g of [...a.guards, ...b.guards].reverse()) pr = and(g, pr);
    return { p: pr, q: QERR };
  }

  // Precedence climbing over libpcap's operator table (lowest first).
  private static PREC: Record<string, number> = { "|": 1, "&": 2, "^": 1, "<<": 3, ">>": 3, "+": 4, "-": 4, "*": 5, "/": 5, "%": 5 };

  private arith(minPrec: number): Arith {
    let lhs = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.t !== "op" || !ARITH_OPS.has(t.v)) return lhs;
      const prec = Parser.PREC[t.v]!;
      if (prec < minPrec || prec === 0) return lhs;
      this.next();
      const rhs = this.arith(prec + 1);
      lhs = this.binop(t.v, lhs, rhs);
    }
  }

  private binop(op: string, a: Arith, b: Arith): Arith {
    const av = a.v;
    const bv = b.v;
    const guards = [...a.guards, ...b.guards];
    const constB = b.guards.length === 0 && isConst(b) ? b.v({ data: new Uint8Array(0), len: 0 }) : undefined;
    let f: (p: Parameters<typeof av>[0]) => number;
    switch (op) {
      case "+":
        f = (p) => (av(p) + bv(p)) >>> 0;
        break;
      case "-":
        f = (p) => (av(p) - bv(p)) >>> 0;
        break;
      case "*":
        f = (p) => Math.imul(av(p), bv(p)) >>> 0;
        break;
      case "/":
        if (constB === 0) throw new FilterError("division by zero");
        f = (p) => {
          const d = bv(p);
          if (d === 0) throw new Reject();
          return Math.floor(av(p) / d) >>> 0;
        };
        break;
      case "%":
        if (constB === 0) throw new FilterError("modulus by zero");
        f = (p) => {
          const d = bv(p);
          if (d === 0) throw new Reject();
          return av(p) % d >>> 0;
        };
        break;
      case "&":
        f = (p) => (av(p) & bv(p)) >>> 0;
        break;
      case "|":
        f = (p) => (av(p) | bv(p)) >>> 0;
        break;
      case "^":
        f = (p) => (av(p) ^ bv(p)) >>> 0;
        break;
      case "<<":
        if (constB !== undefined && constB > 31) throw new FilterError("shift by more than 31 bits");
        f = (p) => {
          const s = bv(p);
          return s > 31 ? 0 : (av(p) << s) >>> 0;
        };
        break;
      default:
        if (constB !== undefined && constB > 31) throw new FilterError("shift by more than 31 bits");
        f = (p) => {
          const s = bv(p);
          return s > 31 ? 0 : av(p) >>> s;
        };
    }
    const r: Arith = { v: f, guards };
    if (isConst(a) && isConst(b)) CONSTS.add(r);
    return r;
  }

  private unary(): Arith {
    const t = this.peek();
    if (this.isOp(t, "-")) {
      this.next();
      const a = this.unary();
      const av = a.v;
      const r: Arith = { v: (p) => -av(p) >>> 0, guards: a.guards };
      if (isConst(a)) CONSTS.add(r);
      return r;
    }
    if (this.isOp(t, "(")) {
      this.next();
      const a = this.arith(0);
      this.expectOp(")");
      return a;
    }
    if (t.t === "num") {
      this.next();
      const v = t.v;
      const r: Arith = { v: () => v, guards: [] };
      CONSTS.add(r);
      return r;
    }
    if (this.isKw(t, "len")) {
      this.next();
      return { v: (p) => p.len, guards: [] };
    }
    if (t.t === "kw" && PNAMES.has(t.v)) {
      this.next();
      this.expectOp("[");
      const index = this.arith(0);
      let size = 1;
      if (this.isOp(this.peek(), ":")) {
        this.next();
        const n = this.next();
        if (n.t !== "num") throw syntax();
        size = n.v;
      }
      this.expectOp("]");
      return this.gen.load(t.v as Proto, index, size);
    }
    throw syntax();
  }
}

const CONSTS = new WeakSet<Arith>();
function isConst(a: Arith): boolean {
  return CONSTS.has(a);
}

export interface CompiledFilter {
  (p: { data: Uint8Array; len: number; pkttype?: number }): boolean;
}

/** pcap_compile: the predicate for `expr` on captures of `linktype`, or the FilterError libpcap reports. */
export function compileFilter(expr: string, linktype: number, names: Names, savefile: boolean): CompiledFilter {
  const gen = new Gen(linktype, names, savefile);
  const toks = scan(expr);
  const pred = new Parser(toks, gen).parseProgram();
  return (p) => {
    try {
      return pred(p);
    } catch (e) {
      if (e instanceof Reject) return false;
      throw e;
    }
  };
}

export { QDEFAULT, FALSE };
