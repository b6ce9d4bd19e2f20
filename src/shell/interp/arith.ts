// Shell arithmetic ($((…)), ((…)), let, array subscripts, declare -i), as
// bash's expr.c behaves: 64-bit two's-complement integers (BigInt, wrapped
// after every operation), C precedence, evaluation during parsing with a
// "noeval" depth for the untaken sides of && || ?: — which is what makes
// bash's error tokens come out as they do ("error token is" = the text from
// the start of the last token read to the end of the expression).
//
// Variables whose value is not a plain number are evaluated recursively as
// expressions (x=y; y=3; $((x)) is 3), up to bash's recursion limit.

import { fastProgram, runFast, type FastBail } from "./arith-fast.js";

export interface ArithEnv {
  /** Raw value of a variable (index is the subscript text, unexpanded); undefined when unset. */
  get(name: string, index: string | undefined): string | undefined;
  set(name: string, index: string | undefined, value: bigint): void;
  /** set -u: reading an unset variable is an error. */
  readonly nounset: boolean;
}

/** An arithmetic error: bash prints "EXPR: MESSAGE (error token is "TOKEN")". */
export class ArithError extends Error {
  constructor(
    readonly expr: string,
    readonly msg: string,
    readonly token?: string,
  ) {
    super(token === undefined ? `${expr}: ${msg}` : `${expr}: ${msg} (error token is "${token}")`);
  }
}

/** `set -u` and an unset variable in an expression (fatal, like $x). */
export class ArithUnbound extends Error {
  constructor(readonly varName: string) {
    super(`${varName}: unbound variable`);
  }
}

const MAX_RECURSION = 1024;

// Tokens
const T_EOF = 0, T_NUM = 1, T_STR = 2, T_OP = 3, T_ASSIGN = 4, T_OPASSIGN = 5;

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

const INT_MIN = -(1n << 63n);

export function evalArith(expr: string, env: ArithEnv, depth = 0): bigint {
  if (depth > MAX_RECURSION) throw new ArithError(expr, "expression recursion level exceeded", expr);
  // Fast path: plain decimal number.
  if (/^\s*-?(?:0|[1-9][0-9]{0,14})\s*$/.test(expr)) return BigInt(expr.trim());
  const p = fastProgram(expr);
  if (p) {
    const r = runFast(p, env);
    if (typeof r === "number") return BigInt(r);
    // The full evaluator reads the same variables first, in the same order.
    if (r.names.length) env = new ReplayEnv(env, r);
  }
  return new Evaluator(expr, env, depth).run();
}

/** Hands the full evaluator the values the fast path already read, then reads on. */
class ReplayEnv implements ArithEnv {
  private next = 0;
  constructor(
    private readonly env: ArithEnv,
    private readonly read: FastBail,
  ) {}
  get(name: string, index: string | undefined): string | undefined {
    const i = this.next;
    if (i < this.read.names.length && index === undefined && this.read.names[i] === name) {
      this.next++;
      return this.read.raws[i];
    }
    return this.env.get(name, index);
  }
  set(name: string, index: string | undefined, value: bigint): void {
    this.env.set(name, index, value);
  }
  get nounset(): boolean {
    return this.env.nounset;
  }
}

/** Converts a shell integer constant (as in arithmetic) or throws ArithError. */
export function parseIntConst(text: string, expr: string): bigint {
  let base = 10;
  let digits = text;
  const hash = text.indexOf("#");
  if (hash >= 0) {
    const b = text.slice(0, hash);
    if (!/^[0-9]+$/.test(b)) throw new ArithError(expr, "invalid arithmetic base", text);
    base = Number(b);
    if (base < 2 || base > 64) throw new ArithError(expr, "invalid arithmetic base", text);
    digits = text.slice(hash + 1);
    if (digits === "") throw new ArithError(expr, "invalid integer constant", text);
  } else if (/^0[xX]/.test(text)) {
    base = 16;
    digits = text.slice(2);
  } else if (text.length > 1 && text[0] === "0") {
    base = 8;
    digits = text.slice(1);
  }
  let v = 0n;
  const B = BigInt(base);
  for (const ch of digits) {
    const d = digitValue(ch, base);
    if (d < 0 || d >= base) throw new ArithError(expr, "value too great for base", text);
    v = wrap(v * B + BigInt(d));
  }
  return v;
}

function digitValue(ch: string, base: number): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 97 + 10;
  if (c >= 65 && c <= 90) return base <= 36 ? c - 65 + 10 : c - 65 + 36;
  if (ch === "@") return base <= 36 ? 99 : 62;
  if (ch === "_") return base <= 36 ? 99 : 63;
  return -1;
}

function isIdStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_]/.test(c);
}
function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r";
}

class Evaluator {
  private cp = 0;
  private tp = 0;
  private lasttp = 0;
  private tok = T_EOF;
  private lasttok = T_EOF;
  private op = "";
  private tokval = 0n;
  private tokstr = "";
  private tokindex: string | undefined;
  /** The identifier an assignment goes to (the last STR token). */
  private lvalue: { name: string; index: string | undefined } | undefined;
  private noeval = 0;

  constructor(
    private readonly expr: string,
    private readonly env: ArithEnv,
    private readonly depth: number,
  ) {}

  run(): bigint {
    this.readtok();
    if (this.tok === T_EOF) return 0n;
    const v = this.expcomma();
    if (this.tok !== T_EOF) {
      if (this.tok === T_STR || this.tok === T_NUM) this.err("syntax error in expression");
      this.err("syntax error: invalid arithmetic operator");
    }
    return v;
  }

  private err(msg: string): never {
    throw new ArithError(this.expr.replace(/^\s+/, ""), msg, this.expr.slice(this.lasttp));
  }

  // ---- tokenizer ----

  private readtok(): void {
    const s = this.expr;
    let cp = this.cp;
    this.bad = false;
    while (isSpace(s[cp])) cp++;
    this.tp = cp;
    this.lasttok = this.tok;
    if (cp >= s.length) {
      this.tok = T_EOF;
      this.cp = cp;
      return;
    }
    this.lasttp = cp;
    const c = s[cp]!;
    if (isIdStart(c)) {
      let e = cp + 1;
      while (e < s.length && /[A-Za-z0-9_]/.test(s[e]!)) e++;
      const name = s.slice(cp, e);
      let index: string | undefined;
      if (s[e] === "[") {
        let lvl = 0;
        let j = e;
        for (; j < s.length; j++) {
          if (s[j] === "[") lvl++;
          else if (s[j] === "]" && --lvl === 0) break;
        }
        if (j >= s.length) {
          this.lasttp = cp;
          throw new ArithError(this.expr.replace(/^\s+/, ""), "bad array subscript", s.slice(cp));
        }
        index = s.slice(e + 1, j);
        e = j + 1;
      }
      this.cp = e;
      this.tok = T_STR;
      this.tokstr = name;
      this.tokindex = index;
      this.lvalue = { name, index };
      // A plain `=` assignment target is not read (so set -u does not complain about it).
      let k = e;
      while (isSpace(s[k])) k++;
      const isPlainAssign = s[k] === "=" && s[k + 1] !== "=";
      this.tokval = this.noeval || isPlainAssign ? 0n : this.varValue(name, index);
      return;
    }
    if (c >= "0" && c <= "9") {
      let e = cp;
      while (e < s.length && /[A-Za-z0-9#@_]/.test(s[e]!)) e++;
      const text = s.slice(cp, e);
      this.cp = e;
      this.tok = T_NUM;
      // A bad constant is reported with the expression up to the constant.
      this.tokval = parseIntConst(text, this.expr.slice(0, e).replace(/^\s+/, ""));
      return;
    }
    const c1 = s[cp + 1];
    const two = c + (c1 ?? "");
    cp++;
    this.tok = T_OP;
    if ((c === "+" || c === "-") && c1 === c) {
      if (this.lasttok === T_STR) {
        this.op = c === "+" ? "post++" : "post--";
        this.cp = cp + 1;
        return;
      }
      if (this.lasttok !== T_NUM) {
        let x = cp + 1;
        while (isSpace(s[x])) x++;
        if (isIdStart(s[x])) {
          this.op = c === "+" ? "pre++" : "pre--";
          this.cp = cp + 1;
          return;
        }
      }
      this.op = c;
      this.cp = cp;
      return;
    }
    if (two === "<<" || two === ">>") {
      if (s[cp + 1] === "=") {
        this.tok = T_OPASSIGN;
        this.op = two;
        this.cp = cp + 2;
        return;
      }
      this.op = two;
      this.cp = cp + 1;
      return;
    }
    if (["==", "!=", "<=", ">=", "&&", "||", "**"].includes(two)) {
      this.op = two;
      this.cp = cp + 1;
      return;
    }
    if (c === "=") {
      this.tok = T_ASSIGN;
      this.op = "=";
      this.cp = cp;
      return;
    }
    if (c1 === "=" && "*/%+-&^|".includes(c)) {
      this.tok = T_OPASSIGN;
      this.op = c;
      this.cp = cp + 1;
      return;
    }
    if ("+-*/%<>&|^!~?:,()".includes(c)) {
      this.op = c;
      this.cp = cp;
      return;
    }
    // Anything else ($, ', ;, @, #, …) is an unknown operator.
    this.op = c;
    this.cp = cp;
    this.tok = T_OP;
    this.bad = true;
  }

  private bad = false;

  private isOp(o: string): boolean {
    return this.tok === T_OP && this.op === o && !this.bad;
  }

  private varValue(name: string, index: string | undefined): bigint {
    const raw = this.env.get(name, index);
    if (raw === undefined) {
      if (this.env.nounset) throw new ArithUnbound(index === undefined ? name : `${name}[${index}]`);
      return 0n;
    }
    if (raw === "") return 0n;
    if (/^-?(?:0|[1-9][0-9]{0,14})$/.test(raw)) return BigInt(raw);
    return evalArith(raw, this.env, this.depth + 1);
  }

  private assign(target: { name: string; index: string | undefined }, v: bigint): void {
    if (!this.noeval) this.env.set(target.name, target.index, v);
  }

  // ---- grammar, lowest precedence first ----

  private expcomma(): bigint {
    let v = this.expassign();
    while (this.isOp(",")) {
      this.readtok();
      v = this.expassign();
    }
    return v;
  }

  private expassign(): bigint {
    let v = this.expcond();
    if (this.tok === T_ASSIGN || this.tok === T_OPASSIGN) {
      const isOp = this.tok === T_OPASSIGN;
      const op = this.op;
      if (this.lasttok !== T_STR) this.err("attempted assignment to non-variable");
      const target = this.lvalue!;
      const lhs = v;
      this.readtok();
      const rhs = this.expassign();
      if (isOp) {
        v = this.binop(op, lhs, rhs);
      } else v = rhs;
      this.assign(target, v);
    }
    return v;
  }

  private expcond(): bigint {
    const c = this.explor();
    if (this.isOp("?")) {
      this.readtok();
      if (this.tok === T_EOF || this.isOp(":")) this.err("expression expected");
      if (c === 0n) this.noeval++;
      const a = this.expcomma();
      if (c === 0n) this.noeval--;
      if (!this.isOp(":")) this.err("`:' expected for conditional expression");
      this.readtok();
      if (this.tok === T_EOF) this.err("expression expected");
      if (c !== 0n) this.noeval++;
      const b = this.expcond();
      if (c !== 0n) this.noeval--;
      return c !== 0n ? a : b;
    }
    return c;
  }

  private explor(): bigint {
    let v = this.expland();
    while (this.isOp("||")) {
      const skip = v !== 0n;
      if (skip) this.noeval++;
      this.readtok();
      const r = this.expland();
      if (skip) this.noeval--;
      v = v !== 0n || r !== 0n ? 1n : 0n;
    }
    return v;
  }

  private expland(): bigint {
    let v = this.expbor();
    while (this.isOp("&&")) {
      const skip = v === 0n;
      if (skip) this.noeval++;
      this.readtok();
      const r = this.expbor();
      if (skip) this.noeval--;
      v = v !== 0n && r !== 0n ? 1n : 0n;
    }
    return v;
  }

  private expbor(): bigint {
    let v = this.expbxor();
    while (this.isOp("|")) {
      this.readtok();
      v = v | this.expbxor();
    }
    return v;
  }

  private expbxor(): bigint {
    let v = this.expband();
    while (this.isOp("^")) {
      this.readtok();
      v = v ^ this.expband();
    }
    return v;
  }

  private expband(): bigint {
    let v = this.exp5();
    while (this.isOp("&")) {
      this.readtok();
      v = v & this.exp5();
    }
    return v;
  }

  private exp5(): bigint {
    let v = this.exp4();
    while (this.isOp("==") || this.isOp("!=")) {
      const op = this.op;
      this.readtok();
      const r = this.exp4();
      v = (op === "==" ? v === r : v !== r) ? 1n : 0n;
    }
    return v;
  }

  private exp4(): bigint {
    let v = this.expshift();
    while (this.isOp("<") || this.isOp(">") || this.isOp("<=") || this.isOp(">=")) {
      const op = this.op;
      this.readtok();
      const r = this.expshift();
      const b = op === "<" ? v < r : op === ">" ? v > r : op === "<=" ? v <= r : v >= r;
      v = b ? 1n : 0n;
    }
    return v;
  }

  private expshift(): bigint {
    let v = this.exp3();
    while (this.isOp("<<") || this.isOp(">>")) {
      const op = this.op;
      this.readtok();
      v = this.binop(op, v, this.exp3());
    }
    return v;
  }

  private exp3(): bigint {
    let v = this.exp2();
    while (this.isOp("+") || this.isOp("-")) {
      const op = this.op;
      this.readtok();
      v = this.binop(op, v, this.exp2());
    }
    return v;
  }

  private exp2(): bigint {
    let v = this.exppower();
    while (this.isOp("*") || this.isOp("/") || this.isOp("%")) {
      const op = this.op;
      this.readtok();
      v = this.binop(op, v, this.exppower());
    }
    return v;
  }

  private exppower(): bigint {
    const v = this.exp1();
    if (this.isOp("**")) {
      this.readtok();
      const e = this.exppower();
      return this.binop("**", v, e);
    }
    return v;
  }

  private exp1(): bigint {
    if (this.isOp("!")) {
      this.readtok();
      return this.exp1() === 0n ? 1n : 0n;
    }
    if (this.isOp("~")) {
      this.readtok();
      return wrap(~this.exp1());
    }
    if (this.isOp("-")) {
      this.readtok();
      return wrap(-this.exp1());
    }
    if (this.isOp("+")) {
      this.readtok();
      return this.exp1();
    }
    return this.exp0();
  }

  private exp0(): bigint {
    if (this.isOp("pre++") || this.isOp("pre--")) {
      const inc = this.op === "pre++" ? 1n : -1n;
      this.readtok();
      if (this.tok !== T_STR) this.err("syntax error: operand expected");
      const target = this.lvalue!;
      const v = wrap(this.tokval + inc);
      this.assign(target, v);
      this.readtok();
      return v;
    }
    if (this.isOp("(")) {
      this.readtok();
      const v = this.expcomma();
      if (!this.isOp(")")) this.err("missing `)'");
      this.readtok();
      return v;
    }
    if (this.tok === T_NUM) {
      const v = this.tokval;
      this.readtok();
      return v;
    }
    if (this.tok === T_STR) {
      const v = this.tokval;
      const target = this.lvalue!;
      this.readtok();
      if (this.isOp("post++") || this.isOp("post--")) {
        this.assign(target, wrap(v + (this.op === "post++" ? 1n : -1n)));
        this.readtok();
      }
      return v;
    }
    this.err("syntax error: operand expected");
  }

  private binop(op: string, a: bigint, b: bigint): bigint {
    switch (op) {
      case "+":
        return wrap(a + b);
      case "-":
        return wrap(a - b);
      case "*":
        return wrap(a * b);
      case "/":
      case "%":
        if (b === 0n) {
          if (this.noeval) return 0n;
          this.err("division by 0");
        }
        if (a === INT_MIN && b === -1n) return op === "/" ? INT_MIN : 0n;
        return op === "/" ? wrap(a / b) : wrap(a % b);
      case "<<":
        return wrap(a << (b & 63n));
      case ">>":
        return wrap(a >> (b & 63n));
      case "&":
        return a & b;
      case "|":
        return a | b;
      case "^":
        return a ^ b;
      case "**": {
        if (b < 0n) {
          if (this.noeval) return 0n;
          this.err("exponent less than 0");
        }
        let r = 1n;
        let base = a;
        let e = b;
        while (e > 0n) {
          if (e & 1n) r = wrap(r * base);
          base = wrap(base * base);
          e >>= 1n;
        }
        return r;
      }
    }
    return 0n;
  }
}
