// A fast path for the common arithmetic expressions (`i + 1`, `(i - 1) / 1000`,
// `h % 256`, `x < 10`): decimal constants, plain variable names, + - * / %,
// comparisons, unary + -, parentheses. Such an expression is compiled once per
// text into a postfix program and evaluated on doubles while every value stays
// a safe integer (|v| < 2^53), where double arithmetic is exact and equals
// bash's 64-bit arithmetic (no wrap can happen below 2^53).
//
// Anything else bails out: a variable whose value is not a plain decimal (bash
// evaluates it as an expression), an unset variable under `set -u`, division by
// zero, a result outside the safe range. arith.ts then evaluates the same text
// with the full evaluator, which reads the same variables in the same order —
// operands are read left to right in both — so the values already read are
// replayed to it (a dynamic variable such as RANDOM is read once, as before),
// and the evaluator does everything else (errors, wrap, recursion) as always.
// Expressions outside the subset (assignments, ++/--, ?:, && ||, bitwise,
// shifts, **, subscripts, non-decimal constants) never take this path.
// test/shell/arith-fast.test.ts compares both evaluators on random expressions.

import type { ArithEnv } from "./arith.js";

// Program opcodes (postfix).
const OP_NUM = 0, OP_VAR = 1, OP_NEG = 2, OP_ADD = 3, OP_SUB = 4, OP_MUL = 5, OP_DIV = 6, OP_MOD = 7;
const OP_LT = 8, OP_GT = 9, OP_LE = 10, OP_GE = 11, OP_EQ = 12, OP_NE = 13;

/** A compiled expression: opcodes, with the constant or variable name of OP_NUM/OP_VAR beside them. */
export interface FastProgram {
  readonly ops: number[];
  readonly args: Array<number | string | undefined>;
  readonly depth: number;
}

const programs = new Map<string, FastProgram | null>();

/** Switch for the differential test: false sends every expression to the full evaluator. */
export const arithFast = { enabled: true };

/** The program for `expr`, or null when it is outside the subset. */
export function fastProgram(expr: string): FastProgram | null {
  if (!arithFast.enabled) return null;
  let p = programs.get(expr);
  if (p === undefined) {
    p = compile(expr);
    if (programs.size >= 1024) programs.clear();
    programs.set(expr, p);
  }
  return p;
}

/** Why a run bailed: the raw variable values read so far, in order, to replay. */
export interface FastBail {
  readonly names: string[];
  readonly raws: Array<string | undefined>;
}

/**
 * Runs a program: the value (a safe integer), or a FastBail when the full
 * evaluator must take over (with the reads made so far).
 */
export function runFast(p: FastProgram, env: ArithEnv): number | FastBail {
  const { ops, args } = p;
  const st = new Array<number>(p.depth);
  let sp = 0;
  let names: string[] | undefined;
  let raws: Array<string | undefined> | undefined;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op === OP_NUM) {
      st[sp++] = args[i] as number;
      continue;
    }
    if (op === OP_VAR) {
      const name = args[i] as string;
      const raw = env.get(name, undefined);
      (names ??= []).push(name);
      (raws ??= []).push(raw);
      const v = raw === undefined ? (env.nounset ? undefined : 0) : plainDecimal(raw);
      if (v === undefined) return { names, raws };
      st[sp++] = v;
      continue;
    }
    if (op === OP_NEG) {
      st[sp - 1] = -st[sp - 1]!;
      continue;
    }
    const b = st[--sp]!;
    const a = st[sp - 1]!;
    let r: number;
    switch (op) {
      case OP_ADD:
        r = a + b;
        break;
      case OP_SUB:
        r = a - b;
        break;
      case OP_MUL:
        r = a * b;
        break;
      case OP_DIV:
        if (b === 0) return { names: names ?? [], raws: raws ?? [] };
        // Exact for safe integers: the true quotient is never within half an
        // ulp below an integer (it is at least 1/|b| away), so truncation agrees.
        r = Math.trunc(a / b);
        break;
      case OP_MOD:
        if (b === 0) return { names: names ?? [], raws: raws ?? [] };
        r = a % b;
        break;
      case OP_LT:
        r = a < b ? 1 : 0;
        break;
      case OP_GT:
        r = a > b ? 1 : 0;
        break;
      case OP_LE:
        r = a <= b ? 1 : 0;
        break;
      case OP_GE:
        r = a >= b ? 1 : 0;
        break;
      case OP_EQ:
        r = a === b ? 1 : 0;
        break;
      default:
        r = a !== b ? 1 : 0;
    }
    if (!Number.isSafeInteger(r)) return { names: names ?? [], raws: raws ?? [] };
    st[sp - 1] = r;
  }
  // -0 (from -0 or 0 * -1) is 0 in 64-bit arithmetic.
  const v = st[0]!;
  return v === 0 ? 0 : v;
}

/** The value of a plain decimal (what varValue takes without recursion), else undefined. */
function plainDecimal(s: string): number | undefined {
  if (s === "") return 0;
  const n = s.length;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const digits = n - i;
  if (digits < 1 || digits > 15) return undefined;
  if (s.charCodeAt(i) === 48) return digits === 1 ? 0 : undefined;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return Number(s);
}

// ---- compiler: a recursive descent over the subset; null for anything else ----

const isDigit = (c: number) => c >= 48 && c <= 57;
const isIdStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isIdChar = (c: number) => isIdStart(c) || isDigit(c);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

class NotFast extends Error {}
const NOT_FAST = new NotFast();

class Compiler {
  pos = 0;
  ops: number[] = [];
  args: Array<number | string | undefined> = [];
  sp = 0;
  depth = 0;

  constructor(private readonly s: string) {}

  private skip(): void {
    while (this.pos < this.s.length && isSpace(this.s.charCodeAt(this.pos))) this.pos++;
  }

  private emit(op: number, arg?: number | string): void {
    this.ops.push(op);
    this.args.push(arg);
    if (op === OP_NUM || op === OP_VAR) {
      if (++this.sp > this.depth) this.depth = this.sp;
    } else if (op !== OP_NEG) this.sp--;
  }

  /** The operator at pos among `ops` (longest first), consumed; or undefined. */
  private peekOp(): string | undefined {
    this.skip();
    const s = this.s;
    const c = s[this.pos];
    const two = s.slice(this.pos, this.pos + 2);
    if (two === "==" || two === "!=" || two === "<=" || two === ">=") return two;
    if (c === "+" || c === "-" || c === "*" || c === "/" || c === "%" || c === "<" || c === ">" || c === "(" || c === ")") return c;
    return undefined;
  }

  run(): FastProgram {
    this.equality();
    this.skip();
    if (this.pos !== this.s.length) throw NOT_FAST;
    return { ops: this.ops, args: this.args, depth: this.depth };
  }

  private equality(): void {
    this.relational();
    for (;;) {
      const o = this.peekOp();
      if (o !== "==" && o !== "!=") return;
      this.pos += 2;
      this.relational();
      this.emit(o === "==" ? OP_EQ : OP_NE);
    }
  }

  private relational(): void {
    this.additive();
    for (;;) {
      const o = this.peekOp();
      if (o !== "<" && o !== ">" && o !== "<=" && o !== ">=") return;
      this.pos += o.length;
      this.additive();
      this.emit(o === "<" ? OP_LT : o === ">" ? OP_GT : o === "<=" ? OP_LE : OP_GE);
    }
  }

  private additive(): void {
    this.multiplicative();
    for (;;) {
      const o = this.peekOp();
      if (o !== "+" && o !== "-") return;
      this.pos++;
      this.multiplicative();
      this.emit(o === "+" ? OP_ADD : OP_SUB);
    }
  }

  private multiplicative(): void {
    this.unary();
    for (;;) {
      const o = this.peekOp();
      if (o !== "*" && o !== "/" && o !== "%") return;
      this.pos++;
      this.unary();
      this.emit(o === "*" ? OP_MUL : o === "/" ? OP_DIV : OP_MOD);
    }
  }

  private unary(): void {
    const o = this.peekOp();
    if (o === "-" || o === "+") {
      this.pos++;
      this.unary();
      if (o === "-") this.emit(OP_NEG);
      return;
    }
    this.primary();
  }

  private primary(): void {
    this.skip();
    const s = this.s;
    const c = s.charCodeAt(this.pos);
    if (c === 40) {
      this.pos++;
      this.equality();
      if (this.peekOp() !== ")") throw NOT_FAST;
      this.pos++;
      return;
    }
    if (isDigit(c)) {
      let e = this.pos;
      while (e < s.length && isDigit(s.charCodeAt(e))) e++;
      const text = s.slice(this.pos, e);
      // Octal, hex, base#, or a constant run into letters: the full evaluator's.
      if (e < s.length && (isIdChar(s.charCodeAt(e)) || s[e] === "#" || s[e] === "@")) throw NOT_FAST;
      if ((text.length > 1 && c === 48) || text.length > 15) throw NOT_FAST;
      this.pos = e;
      this.emit(OP_NUM, Number(text));
      return;
    }
    if (isIdStart(c)) {
      let e = this.pos + 1;
      while (e < s.length && isIdChar(s.charCodeAt(e))) e++;
      const name = s.slice(this.pos, e);
      // A subscript or an assignment (`x = …`, `x += …`) is not in the subset.
      if (s[e] === "[") throw NOT_FAST;
      this.pos = e;
      this.emit(OP_VAR, name);
      return;
    }
    throw NOT_FAST;
  }
}

function compile(expr: string): FastProgram | null {
  // ++/-- (pre/post increments, or `- -x` written together) stay with the full
  // evaluator; assignments and every other operator fail to compile below.
  if (expr.includes("++") || expr.includes("--")) return null;
  try {
    const p = new Compiler(expr).run();
    return p.ops.length ? p : null;
  } catch (e) {
    if (e === NOT_FAST) return null;
    throw e;
  }
}
