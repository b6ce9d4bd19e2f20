// Evaluation of test/[ expressions from an argv, as bash 5.2's builtin and
// coreutils 9.1's /usr/bin/test do it: POSIX's rules by argument count for up
// to four arguments, then a recursive-descent parse with -o below -a below
// ! and ( ). The two follow their own sources' grammar (so they fail on the
// same inputs with the same words); file tests go through callbacks so the
// caller decides what a path is (the VFS, a fake in tests).
//
// Diagnostics are returned without a prefix: the caller writes
// `${prefix}${message}` ("test: ", "[: ", "bash: line 3: [: ").

import { cuQuote } from "./printf-format.js";
import type { Dialect } from "./escapes.js";

export type FileType = "file" | "dir" | "symlink" | "char" | "block" | "fifo" | "socket";

export interface FileStat {
  type: FileType;
  /** Permission bits incl. setuid/setgid/sticky (07777). */
  mode: number;
  size: number;
  /** Modification time (any monotone unit; only compared). */
  mtime: number;
  ino: number;
  /** Device id, compared with ino for -ef (default: one device). */
  dev?: number;
  uid?: number;
  gid?: number;
}

/** What file and terminal tests ask of the system. */
export interface TestEnv {
  /** stat(2): follows symlinks; undefined when the path does not resolve. */
  stat(path: string): FileStat | undefined;
  /** lstat(2): does not follow a final symlink. */
  lstat(path: string): FileStat | undefined;
  /** isatty(fd) for -t. */
  isatty?(fd: number): boolean;
  /** access(2) for -r -w -x; default: root's rules (r/w always, x if any x bit or a directory). */
  access?(path: string, mode: "r" | "w" | "x"): boolean;
  /** Effective uid/gid for -O/-G (default 0). */
  euid?: number;
  egid?: number;
  /** bash's -o OPTNAME: undefined for an unknown option. */
  shellOption?(name: string): boolean | undefined;
  /** bash's -v NAME. */
  isVarSet?(name: string): boolean;
  /** bash's -R NAME. */
  isNameref?(name: string): boolean;
}

export interface TestOptions {
  dialect?: Dialect;
  /** Invoked as `[`: the last argument must be `]` (and is dropped). */
  bracket?: boolean;
}

export interface TestResult {
  /** 0 true, 1 false, 2 error. */
  status: 0 | 1 | 2;
  /** Messages without prefix, e.g. "abc: integer expression expected". */
  diagnostics: string[];
}

class SyntaxError2 extends Error {}

const CU_UNOPS = new Set("bcdefghknprstuwxzGLNOS".split("").map((c) => `-${c}`));
const BASH_UNOPS = new Set("abcdefghknoprstuvwxzGLNORS".split("").map((c) => `-${c}`));
const CU_BINOPS = new Set(["=", "==", "!=", "-nt", "-ot", "-ef", "-eq", "-ne", "-lt", "-le", "-gt", "-ge"]);
const BASH_BINOPS = new Set([...CU_BINOPS, "<", ">"]);

class Evaluator {
  pos = 0;
  constructor(
    readonly argv: readonly string[],
    readonly env: TestEnv,
    readonly dialect: Dialect,
  ) {}

  get argc(): number {
    return this.argv.length;
  }

  arg(i: number): string {
    return this.argv[i] ?? "";
  }

  fail(message: string): never {
    throw new SyntaxError2(message);
  }

  q(s: string): string {
    return this.dialect === "coreutils" ? cuQuote(s) : s;
  }

  isUnop(s: string): boolean {
    return (this.dialect === "bash" ? BASH_UNOPS : CU_UNOPS).has(s);
  }

  isBinop(s: string): boolean {
    return (this.dialect === "bash" ? BASH_BINOPS : CU_BINOPS).has(s);
  }

  /** The argument past the end is needed. */
  beyond(): never {
    if (this.dialect === "bash") this.fail("argument expected");
    this.fail(`missing argument after ${cuQuote(this.arg(this.argc - 1))}`);
  }

  advance(needMore: boolean): void {
    this.pos++;
    if (needMore && this.pos >= this.argc) this.beyond();
  }

  // ---- integers ----

  /** An integer operand; returns a BigInt (coreutils compares any length). */
  int(s: string): bigint {
    if (this.dialect === "bash") {
      // legal_number(): strtoimax base 10, surrounding whitespace allowed, no overflow.
      const m = s.match(/^[ \t\n\v\f\r]*([+-]?\d+)[ \t\n\v\f\r]*$/);
      const v = m ? BigInt(m[1]!) : undefined;
      if (v === undefined || v > (1n << 63n) - 1n || v < -(1n << 63n)) this.fail(`${s}: integer expression expected`);
      return v;
    }
    const m = s.match(/^[ \t]*([+-]?\d+)[ \t]*$/);
    if (!m) this.fail(`invalid integer ${cuQuote(s)}`);
    return BigInt(m[1]!);
  }

  /** Compares two integer operands (-1, 0, 1); errors as int() reports them, left first. */
  intCmp(l: string, r: string): number {
    // Plain decimals of up to 15 digits (what scripts compare) are exact as doubles.
    const a = smallDecimal(l);
    const b = a === undefined ? undefined : smallDecimal(r);
    if (b !== undefined) return a! < b ? -1 : a! > b ? 1 : 0;
    const x = this.int(l);
    const y = this.int(r);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  // ---- primaries ----

  fileTest(op: string, path: string): boolean {
    const env = this.env;
    if (op === "-h" || op === "-L") return env.lstat(path)?.type === "symlink";
    const st = env.stat(path);
    if (!st) return false;
    const access = (m: "r" | "w" | "x") =>
      env.access ? env.access(path, m) : m !== "x" || st.type === "dir" || (st.mode & 0o111) !== 0;
    switch (op) {
      case "-a":
      case "-e":
        return true;
      case "-f":
        return st.type === "file";
      case "-d":
        return st.type === "dir";
      case "-b":
        return st.type === "block";
      case "-c":
        return st.type === "char";
      case "-p":
        return st.type === "fifo";
      case "-S":
        return st.type === "socket";
      case "-s":
        return st.size > 0;
      case "-r":
        return access("r");
      case "-w":
        return access("w");
      case "-x":
        return access("x");
      case "-u":
        return (st.mode & 0o4000) !== 0;
      case "-g":
        return (st.mode & 0o2000) !== 0;
      case "-k":
        return (st.mode & 0o1000) !== 0;
      case "-O":
        return (st.uid ?? 0) === (env.euid ?? 0);
      case "-G":
        return (st.gid ?? 0) === (env.egid ?? 0);
      case "-N":
        // We keep no access times; a file never counts as modified since last read.
        return false;
    }
    return false;
  }

  unary(op: string, a: string): boolean {
    switch (op) {
      case "-z":
        return a === "";
      case "-n":
        return a !== "";
      case "-t": {
        if (this.dialect === "bash") {
          const m = a.match(/^[ \t]*([+-]?\d+)[ \t]*$/);
          if (!m) return false;
          return !!this.env.isatty?.(Number(m[1]));
        }
        const n = this.int(a);
        return n >= 0n && n < 1n << 31n && !!this.env.isatty?.(Number(n));
      }
      case "-o":
        return !!this.env.shellOption?.(a);
      case "-v":
        return !!this.env.isVarSet?.(a);
      case "-R":
        return !!this.env.isNameref?.(a);
    }
    return this.fileTest(op, a);
  }

  binary(l: string, op: string, r: string): boolean {
    switch (op) {
      case "=":
      case "==":
        return l === r;
      case "!=":
        return l !== r;
      case "<":
        return l < r;
      case ">":
        return l > r;
      case "-eq":
        return this.intCmp(l, r) === 0;
      case "-ne":
        return this.intCmp(l, r) !== 0;
      case "-lt":
        return this.intCmp(l, r) < 0;
      case "-le":
        return this.intCmp(l, r) <= 0;
      case "-gt":
        return this.intCmp(l, r) > 0;
      case "-ge":
        return this.intCmp(l, r) >= 0;
      case "-nt":
      case "-ot": {
        const a = this.env.stat(l);
        const b = this.env.stat(r);
        const [x, y] = op === "-nt" ? [a, b] : [b, a];
        if (x && !y) return true;
        if (!x || !y) return false;
        return x.mtime > y.mtime;
      }
      case "-ef": {
        const a = this.env.stat(l);
        const b = this.env.stat(r);
        return !!a && !!b && a.ino === b.ino && (a.dev ?? 0) === (b.dev ?? 0);
      }
    }
    return false;
  }

  // ---- grammar ----

  expr(): boolean {
    if (this.pos >= this.argc) this.beyond();
    return this.or();
  }

  or(): boolean {
    const v = this.and();
    if (this.pos < this.argc && this.arg(this.pos) === "-o") {
      this.advance(false);
      return this.or() || v;
    }
    return v;
  }

  and(): boolean {
    const v = this.term();
    if (this.pos < this.argc && this.arg(this.pos) === "-a") {
      this.advance(false);
      return this.and() && v;
    }
    return v;
  }

  term(): boolean {
    return this.dialect === "bash" ? this.bashTerm() : this.cuTerm();
  }

  bashTerm(): boolean {
    if (this.pos >= this.argc) this.beyond();
    const a = this.arg(this.pos);
    if (a === "!") {
      let neg = false;
      while (this.pos < this.argc && this.arg(this.pos) === "!") {
        this.advance(true);
        neg = !neg;
      }
      const v = this.term();
      return neg ? !v : v;
    }
    if (a === "(") {
      this.advance(true);
      const v = this.expr();
      if (this.pos >= this.argc) this.fail("`)' expected");
      if (this.arg(this.pos) !== ")") this.fail(`\`)' expected, found ${this.arg(this.pos)}`);
      this.advance(false);
      return v;
    }
    if (this.pos + 3 <= this.argc && this.isBinop(this.arg(this.pos + 1))) {
      const v = this.binary(a, this.arg(this.pos + 1), this.arg(this.pos + 2));
      this.pos += 3;
      return v;
    }
    if (this.pos + 2 <= this.argc && this.isUnop(a)) {
      const v = this.unary(a, this.arg(this.pos + 1));
      this.pos += 2;
      return v;
    }
    this.pos++;
    return a !== "";
  }

  cuTerm(): boolean {
    if (this.pos >= this.argc) this.beyond();
    const a = this.arg(this.pos);
    if (a === "!") {
      let neg = false;
      while (this.pos < this.argc && this.arg(this.pos) === "!") {
        this.advance(true);
        neg = !neg;
      }
      const v = this.cuTerm();
      return neg ? !v : v;
    }
    if (a === "(") {
      this.advance(true);
      // coreutils reads up to the matching ")" (at most 4 words ahead) by the POSIX rules.
      let n = 1;
      for (; this.pos + n < this.argc && this.arg(this.pos + n) !== ")"; n++) {
        if (n === 4) {
          n = this.argc - this.pos;
          break;
        }
      }
      const v = this.posix(n);
      if (this.pos >= this.argc) this.fail(`${cuQuote(")")} expected`);
      if (this.arg(this.pos) !== ")") this.fail(`${cuQuote(")")} expected, found ${cuQuote(this.arg(this.pos))}`);
      this.advance(false);
      return v;
    }
    if (this.argc - this.pos >= 4 && a === "-l" && this.isBinop(this.arg(this.pos + 2))) {
      return this.cuBinary(true);
    }
    if (this.argc - this.pos >= 3 && this.isBinop(this.arg(this.pos + 1))) return this.cuBinary(false);
    if (a.length === 2 && a[0] === "-") {
      if (!this.isUnop(a)) this.fail(`${cuQuote(a)}: unary operator expected`);
      this.advance(true);
      const v = this.unary(a, this.arg(this.pos));
      this.advance(false);
      return v;
    }
    this.advance(false);
    return a !== "";
  }

  /** coreutils binary_operator(): `-l STRING` stands for STRING's length on either side. */
  cuBinary(leftIsL: boolean): boolean {
    const op = this.arg(this.pos + (leftIsL ? 2 : 1));
    const intOp = /^-(eq|ne|lt|le|gt|ge)$/.test(op);
    let l: string;
    if (leftIsL) {
      // Only the integer comparisons read "-l X" as X's length; the others compare X itself.
      l = intOp ? String([...this.arg(this.pos + 1)].length) : this.arg(this.pos + 1);
      this.pos += 2;
    } else {
      l = this.arg(this.pos);
      this.pos += 1;
    }
    let r: string;
    if (intOp && this.arg(this.pos + 1) === "-l" && this.pos + 2 < this.argc) {
      r = String([...this.arg(this.pos + 2)].length);
      this.pos += 3;
    } else {
      r = this.arg(this.pos + 1);
      this.pos += 2;
    }
    return this.binary(l, op, r);
  }

  oneArg(): boolean {
    return this.arg(this.pos++) !== "";
  }

  twoArgs(): boolean {
    const a = this.arg(this.pos);
    if (a === "!") {
      this.pos++;
      return !this.oneArg();
    }
    if (a.length === 2 && a[0] === "-") {
      if (this.isUnop(a)) {
        const v = this.unary(a, this.arg(this.pos + 1));
        this.pos += 2;
        return v;
      }
      this.fail(`${this.q(a)}: unary operator expected`);
    }
    if (this.dialect === "bash") this.fail(`${a}: unary operator expected`);
    this.beyond();
  }

  threeArgs(): boolean {
    const [a, b, c] = [this.arg(this.pos), this.arg(this.pos + 1), this.arg(this.pos + 2)];
    if (this.isBinop(b)) {
      if (this.dialect !== "bash") return this.cuBinary(false);
      this.pos += 3;
      return this.binary(a, b, c);
    }
    if (this.dialect === "bash") {
      if (b === "-a" || b === "-o") {
        this.pos += 3;
        return b === "-a" ? a !== "" && c !== "" : a !== "" || c !== "";
      }
      if (a === "!") {
        this.pos++;
        return !this.twoArgs();
      }
      if (a === "(" && c === ")") {
        this.pos += 3;
        return b !== "";
      }
      this.fail(`${b}: binary operator expected`);
    }
    if (a === "!") {
      this.advance(true);
      return !this.twoArgs();
    }
    if (a === "(" && c === ")") {
      this.pos++;
      const v = this.oneArg();
      this.pos++;
      return v;
    }
    if (b === "-a" || b === "-o") return this.expr();
    this.fail(`${cuQuote(b)}: binary operator expected`);
  }

  /** Evaluates the next n arguments by the POSIX rules (n = 0..4), else as an expression. */
  posix(n: number): boolean {
    switch (n) {
      case 0:
        return false;
      case 1:
        return this.oneArg();
      case 2:
        return this.twoArgs();
      case 3:
        return this.threeArgs();
      case 4: {
        const a = this.arg(this.pos);
        if (a === "!") {
          this.advance(true);
          return !this.threeArgs();
        }
        if (a === "(" && this.arg(this.pos + 3) === ")") {
          this.pos++;
          const v = this.twoArgs();
          this.pos++;
          return v;
        }
        return this.expr();
      }
      default:
        return this.expr();
    }
  }

  run(): boolean {
    const v = this.posix(this.argc);
    if (this.pos < this.argc) {
      if (this.dialect === "bash") this.fail("too many arguments");
      this.fail(`extra argument ${cuQuote(this.arg(this.pos))}`);
    }
    return v;
  }
}

/** Evaluates test's arguments (without argv[0]). */
export function evalTest(args: readonly string[], env: TestEnv, opts: TestOptions = {}): TestResult {
  const dialect = opts.dialect ?? "coreutils";
  let argv = args;
  if (opts.bracket) {
    if (argv[argv.length - 1] !== "]") {
      return { status: 2, diagnostics: [dialect === "bash" ? "missing `]'" : `missing ${cuQuote("]")}`] };
    }
    argv = argv.slice(0, -1);
  }
  const ev = new Evaluator(argv, env, dialect);
  try {
    return { status: ev.run() ? 0 : 1, diagnostics: [] };
  } catch (e) {
    if (e instanceof SyntaxError2) return { status: 2, diagnostics: [e.message] };
    throw e;
  }
}

/** `[+-]?DIGITS` with 1–15 digits and nothing around it, as a number; else undefined (int() decides). */
function smallDecimal(s: string): number | undefined {
  const n = s.length;
  const c0 = s.charCodeAt(0);
  let i = c0 === 45 || c0 === 43 ? 1 : 0;
  if (n - i < 1 || n - i > 15) return undefined;
  let v = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    v = v * 10 + (c - 48);
  }
  return c0 === 45 ? -v : v;
}
