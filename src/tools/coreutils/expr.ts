// expr(1): evaluates its arguments as an expression (GNU grammar, lowest first:
// | & , < <= = == != >= > , + - , * / % , : , then match substr index length +,
// then ( ) and plain tokens). Integers are unbounded (GNU uses GMP): BigInt.
// `STRING : REGEX` anchors a BRE at the start and gives \1 or the match length.
// Status 0 when the result is neither empty nor 0, 1 when it is, 2 for a bad
// expression, 3 for an invalid regex... as GNU reports them.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, q } from "./common/cmd.js";
import { compileRegex, RegexSyntaxError } from "../lib/regex/index.js";

type Val = string | bigint;

class ExprError {
  constructor(
    readonly message: string,
    readonly status: number,
  ) {}
}

const INT_RE = /^-?[0-9]+$/;

function toInt(v: Val): bigint {
  if (typeof v === "bigint") return v;
  if (!INT_RE.test(v)) throw new ExprError("non-integer argument", 2);
  return BigInt(v);
}

const str = (v: Val): string => (typeof v === "bigint" ? v.toString() : v);
const isNull = (v: Val): boolean => {
  if (typeof v === "bigint") return v === 0n;
  return v === "" || (INT_RE.test(v) && BigInt(v) === 0n);
};

class Parser {
  private i = 0;
  constructor(private readonly args: string[]) {}

  run(): Val {
    if (this.args.length === 0) throw new ExprError("missing operand", -1);
    const v = this.or(true);
    if (this.i < this.args.length) throw new ExprError(`syntax error: unexpected argument ${q(this.args[this.i]!)}`, 2);
    return v;
  }

  private nextIs(tok: string): boolean {
    if (this.i < this.args.length && this.args[this.i] === tok) {
      this.i++;
      return true;
    }
    return false;
  }

  private or(evaluate: boolean): Val {
    let l = this.and(evaluate);
    while (this.nextIs("|")) {
      const r = this.and(evaluate && isNull(l));
      if (isNull(l)) l = isNull(r) ? 0n : r;
    }
    return l;
  }

  private and(evaluate: boolean): Val {
    let l = this.rel(evaluate);
    while (this.nextIs("&")) {
      const r = this.rel(evaluate && !isNull(l));
      if (isNull(l) || isNull(r)) l = 0n;
    }
    return l;
  }

  private rel(evaluate: boolean): Val {
    let l = this.add(evaluate);
    for (;;) {
      const op = this.args[this.i];
      if (op !== "<" && op !== "<=" && op !== "=" && op !== "==" && op !== "!=" && op !== ">=" && op !== ">") return l;
      this.i++;
      const r = this.add(evaluate);
      if (!evaluate) continue;
      let c: number;
      const ls = str(l);
      const rs = str(r);
      if (INT_RE.test(ls) && INT_RE.test(rs)) {
        const a = BigInt(ls);
        const b = BigInt(rs);
        c = a < b ? -1 : a > b ? 1 : 0;
      } else c = ls < rs ? -1 : ls > rs ? 1 : 0;
      const t = op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === "=" || op === "==" ? c === 0 : op === "!=" ? c !== 0 : op === ">=" ? c >= 0 : c > 0;
      l = t ? 1n : 0n;
    }
  }

  private add(evaluate: boolean): Val {
    let l = this.mul(evaluate);
    for (;;) {
      const op = this.args[this.i];
      if (op !== "+" && op !== "-") return l;
      this.i++;
      const r = this.mul(evaluate);
      if (evaluate) l = op === "+" ? toInt(l) + toInt(r) : toInt(l) - toInt(r);
    }
  }

  private mul(evaluate: boolean): Val {
    let l = this.colon(evaluate);
    for (;;) {
      const op = this.args[this.i];
      if (op !== "*" && op !== "/" && op !== "%") return l;
      this.i++;
      const r = this.colon(evaluate);
      if (!evaluate) continue;
      const a = toInt(l);
      const b = toInt(r);
      if (op === "*") l = a * b;
      else if (b === 0n) throw new ExprError("division by zero", 2);
      else l = op === "/" ? a / b : a % b;
    }
  }

  private colon(evaluate: boolean): Val {
    let l = this.unary(evaluate);
    while (this.nextIs(":")) {
      const r = this.unary(evaluate);
      if (evaluate) l = match(str(l), str(r));
    }
    return l;
  }

  private operand(): string {
    if (this.i >= this.args.length) throw new ExprError(`syntax error: missing argument after ${q(this.args[this.i - 1]!)}`, 2);
    return this.args[this.i++]!;
  }

  private unary(evaluate: boolean): Val {
    if (this.i >= this.args.length) {
      throw new ExprError(this.i ? `syntax error: missing argument after ${q(this.args[this.i - 1]!)}` : "syntax error", 2);
    }
    const t = this.args[this.i]!;
    if (t === "+") {
      this.i++;
      return this.operand();
    }
    if (t === "length") {
      this.i++;
      const v = this.unary(evaluate);
      return BigInt([...str(v)].length);
    }
    if (t === "match") {
      this.i++;
      const s = this.unary(evaluate);
      const re = this.unary(evaluate);
      return evaluate ? match(str(s), str(re)) : 0n;
    }
    if (t === "index") {
      this.i++;
      const s = str(this.unary(evaluate));
      const chars = str(this.unary(evaluate));
      const cs = [...s];
      const k = cs.findIndex((c) => chars.includes(c));
      return BigInt(k + 1);
    }
    if (t === "substr") {
      this.i++;
      const s = [...str(this.unary(evaluate))];
      const posV = this.unary(evaluate);
      const lenV = this.unary(evaluate);
      if (!evaluate) return "";
      const ps = str(posV);
      const ls = str(lenV);
      if (!/^[0-9]+$/.test(ps) || !/^[0-9]+$/.test(ls)) return "";
      const pos = Number(ps);
      const len = Number(ls);
      if (pos < 1 || pos > s.length || len < 1) return "";
      return s.slice(pos - 1, pos - 1 + len).join("");
    }
    if (t === "(") {
      this.i++;
      const v = this.or(evaluate);
      if (this.i >= this.args.length) throw new ExprError(`syntax error: expecting ')' after ${q(this.args[this.i - 1]!)}`, 2);
      if (this.args[this.i] !== ")") throw new ExprError(`syntax error: expecting ')' instead of ${q(this.args[this.i]!)}`, 2);
      this.i++;
      return v;
    }
    if (t === ")") throw new ExprError(`syntax error: unexpected ')'`, 2);
    this.i++;
    return t;
  }
}

/** STRING : REGEX — anchored BRE; \1 when the pattern has a group, else the matched length. */
function match(s: string, pattern: string): Val {
  let re;
  try {
    re = compileRegex(pattern, { flavor: "bre" });
  } catch (e) {
    if (e instanceof RegexSyntaxError) throw new ExprError(e.message, 2);
    throw e;
  }
  const m = re.exec(s, 0);
  if (!m || m.index !== 0) return re.nsub > 0 ? "" : 0n;
  if (re.nsub > 0) return m.groups[1] ?? "";
  return BigInt([...s.slice(0, m.end)].length);
}

export const exprMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  let args = ctx.argv.slice(1);
  if (args[0] === "--help" || args[0] === "--version") {
    const p = await cmd.parse({ short: "" });
    return typeof p === "number" ? p : 0;
  }
  if (args[0] === "--") args = args.slice(1);
  let v: Val;
  try {
    v = new Parser(args).run();
  } catch (e) {
    if (!(e instanceof ExprError)) throw e;
    if (e.status === -1) return cmd.usage(e.message, 2);
    await cmd.error(e.message);
    return e.status;
  }
  await cmd.out(`${str(v)}\n`);
  return isNull(v) ? 1 : 0;
};
