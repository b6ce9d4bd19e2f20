// The printf format engine shared by /usr/bin/printf (coreutils 9.1) and
// bash's printf builtin: conversions %d %i %u %o %x %X %e %E %f %F %g %G %c
// %s %b %q %%, flags, width, precision and `*`; the format is reused while
// arguments remain; numeric arguments are read as strtoimax/strtold read
// them (0x, leading-0 octal, 'c character values).
//
// Diagnostics are returned as data (text without any prefix); the caller
// prints each as `${prefix}${message}` — "printf: " for coreutils,
// "bash: line N: printf: " for the builtin. The two dialects differ only
// where the real programs differ (wording, %q style, \c in the format, which
// flag combinations are accepted, fatal vs. warned bad escapes).
//
// Left out: bash's %(datefmt)T and %Q; %a/%A; long-double precision (see
// float-format.ts).

import { ByteSink, fromUtf8, utf8 } from "./bytes.js";
import { decodeEscape, type Dialect } from "./escapes.js";
import { toExponentialExact, toFixedExact, toGeneralExact } from "./float-format.js";
import { quoteBashQ, quoteShellEscape } from "./shell-quote.js";

export type { Dialect } from "./escapes.js";

export interface PrintfDiagnostic {
  kind:
    | "invalid-number" // no digits at all ("expected a numeric value" / "invalid number")
    | "not-converted" // trailing garbage after the number
    | "range" // overflow, value clamped
    | "char-ignored" // 'ab: characters after a character constant (coreutils warning)
    | "bad-conversion" // %z, a lone %, a flag the conversion does not take
    | "bad-escape" // \x without digits, bad \u
    | "excess-args"; // coreutils warning when the format converts nothing
  /** Message without the program prefix, e.g. "‘abc’: expected a numeric value". */
  message: string;
}

export interface PrintfResult {
  /** Bytes to write to standard output (everything produced before a fatal error or \c). */
  output: Uint8Array;
  diagnostics: PrintfDiagnostic[];
  /** Exit status: 0, or 1 when a diagnostic other than a warning occurred. */
  status: number;
}

export interface PrintfOptions {
  /** Whose rules and wording to follow. Default "coreutils". */
  dialect?: Dialect;
}

const INTMAX_MAX = (1n << 63n) - 1n;
const INTMAX_MIN = -(1n << 63n);
const UINTMAX_MAX = (1n << 64n) - 1n;

/** Quotes an argument as coreutils' quote() does in the C.UTF-8 locale. */
export function cuQuote(s: string): string {
  return `\u2018${s}\u2019`;
}

class Run {
  readonly out = new ByteSink();
  readonly diags: PrintfDiagnostic[] = [];
  status = 0;
  constructor(readonly dialect: Dialect) {}

  diag(kind: PrintfDiagnostic["kind"], message: string, fails = true): void {
    this.diags.push({ kind, message });
    if (fails) this.status = 1;
  }
}

type Parsed<T> = { value: T; end: number };

/** strtoimax/strtoumax with base 0 on a JS string; `end` is the index where parsing stopped (0 if nothing). */
function strtoint(s: string, unsigned: boolean): Parsed<bigint> & { range: boolean; digitsAt: number } {
  let i = 0;
  while (i < s.length && " \t\n\v\f\r".includes(s[i]!)) i++;
  let neg = false;
  if (s[i] === "+" || s[i] === "-") neg = s[i++] === "-";
  let base = 10;
  const digitsAt = i;
  if (s[i] === "0" && (s[i + 1] === "x" || s[i + 1] === "X") && /[0-9a-fA-F]/.test(s[i + 2] ?? "")) {
    base = 16;
    i += 2;
  } else if (s[i] === "0") base = 8;
  const start = i;
  let v = 0n;
  const B = BigInt(base);
  for (; i < s.length; i++) {
    const d = parseInt(s[i]!, 16);
    if (Number.isNaN(d) || d >= base) break;
    v = v * B + BigInt(d);
  }
  if (i === start) return { value: 0n, end: 0, range: false, digitsAt };
  let range = false;
  if (unsigned) {
    if (v > UINTMAX_MAX) {
      range = true;
      v = UINTMAX_MAX;
    } else if (neg) v = (1n << 64n) - v === 1n << 64n ? 0n : (1n << 64n) - v;
  } else {
    if (neg) v = -v;
    if (v > INTMAX_MAX) {
      range = true;
      v = INTMAX_MAX;
    } else if (v < INTMAX_MIN) {
      range = true;
      v = INTMAX_MIN;
    }
  }
  return { value: v, end: i, range, digitsAt };
}

/** strtold on a JS string: decimal, hex float, inf/infinity, nan. `end` 0 when nothing parsed. */
export function strtofloat(s: string): Parsed<number> & { negative: boolean } {
  const m = s.match(
    /^[ \t\n\v\f\r]*([+-]?)(?:(0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?)|((?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(inf(?:inity)?)|(nan(?:\([0-9A-Za-z_]*\))?))/i,
  );
  if (!m) return { value: 0, end: 0, negative: false };
  const sign = m[1] === "-" ? -1 : 1;
  let v: number;
  if (m[2]) v = parseHexFloat(m[2]);
  else if (m[3]) v = Number(m[3]);
  else if (m[4]) v = Infinity;
  else v = NaN;
  // JS cannot see a NaN's sign bit, so the sign travels beside the value ("-nan").
  return { value: sign * v, end: m[0].length, negative: sign < 0 };
}

function parseHexFloat(h: string): number {
  const m = h.match(/^0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)(?:[pP]([+-]?\d+))?$/)!;
  const digits = m[1]! + m[2]!;
  let v = 0;
  for (const d of digits) v = v * 16 + parseInt(d, 16);
  return v * 2 ** (Number(m[3] ?? 0) - 4 * m[2]!.length);
}

/** A char constant: 'c or "c gives c's code point. */
function charConstant(arg: string): { value: number; rest: string } | undefined {
  if ((arg[0] !== "'" && arg[0] !== '"') || arg.length < 2) return undefined;
  const cp = arg.codePointAt(1)!;
  return { value: cp, rest: arg.slice(1 + (cp > 0xffff ? 2 : 1)) };
}

function numberDiag(run: Run, arg: string, kind: "none" | "partial" | "range", digitsAt: string): void {
  if (run.dialect === "coreutils") {
    if (kind === "range") run.diag("range", `${cuQuote(arg)}: Numerical result out of range`);
    else if (kind === "none") run.diag("invalid-number", `${cuQuote(arg)}: expected a numeric value`);
    else run.diag("not-converted", `${cuQuote(arg)}: value not completely converted`);
    return;
  }
  if (kind === "range") {
    // bash only warns, and the status stays 0.
    run.diag("range", `warning: ${arg}: Numerical result out of range`, false);
    return;
  }
  // bash words it after the base the number was read in.
  const what = /^0[xX]/.test(digitsAt) ? "invalid hex number" : /^0/.test(digitsAt) ? "invalid octal number" : "invalid number";
  run.diag(kind === "none" ? "invalid-number" : "not-converted", `${arg}: ${what}`);
}

function getInt(run: Run, arg: string | undefined, unsigned: boolean): bigint {
  if (arg === undefined) return 0n;
  const cc = charConstant(arg);
  if (cc) {
    if (cc.rest && run.dialect === "coreutils") {
      run.diag("char-ignored", `warning: ${cc.rest}: character(s) following character constant have been ignored`, false);
    }
    return BigInt(cc.value);
  }
  if (run.dialect === "bash" && (arg === "'" || arg === '"')) return 0n;
  const r = strtoint(arg, unsigned);
  if (r.range) numberDiag(run, arg, "range", arg.slice(r.digitsAt));
  else if (r.end === 0 && arg.length) numberDiag(run, arg, "none", arg.slice(r.digitsAt));
  else if (r.end < arg.length) numberDiag(run, arg, "partial", arg.slice(r.digitsAt));
  return r.value;
}

interface FloatArg {
  value: number;
  /** Sign of the input, kept for NaN. */
  negative: boolean;
}

function getFloat(run: Run, arg: string | undefined): FloatArg {
  if (arg === undefined) return { value: 0, negative: false };
  const cc = charConstant(arg);
  if (cc) {
    if (cc.rest && run.dialect === "coreutils") {
      run.diag("char-ignored", `warning: ${cc.rest}: character(s) following character constant have been ignored`, false);
    }
    return { value: cc.value, negative: false };
  }
  if (run.dialect === "bash" && (arg === "'" || arg === '"')) return { value: 0, negative: false };
  const r = strtofloat(arg);
  if (r.end === 0 && arg.length) numberDiag(run, arg, "none", "");
  else if (r.end < arg.length) numberDiag(run, arg, "partial", "");
  return { value: r.value, negative: r.negative };
}

interface Spec {
  minus: boolean;
  plus: boolean;
  space: boolean;
  hash: boolean;
  zero: boolean;
  width: number;
  prec: number | undefined;
}

function pad(run: Run, body: Uint8Array, spec: Spec): void {
  const fill = spec.width - body.length;
  if (fill > 0 && !spec.minus) for (let k = 0; k < fill; k++) run.out.byte(32);
  run.out.bytes(body);
  if (fill > 0 && spec.minus) for (let k = 0; k < fill; k++) run.out.byte(32);
}

/** Lays out sign/prefix + digits with zero padding when asked (integers and floats). */
function padNumber(run: Run, sign: string, digits: string, spec: Spec, zeroOk: boolean): void {
  let s = sign + digits;
  if (spec.zero && !spec.minus && zeroOk && s.length < spec.width) s = sign + "0".repeat(spec.width - s.length) + digits;
  pad(run, utf8(s), spec);
}

function formatInt(run: Run, conv: string, v: bigint, spec: Spec): void {
  let sign = "";
  let mag: bigint;
  if (conv === "d" || conv === "i") {
    if (v < 0n) {
      sign = "-";
      mag = -v;
    } else {
      mag = v;
      sign = spec.plus ? "+" : spec.space ? " " : "";
    }
  } else mag = v < 0n ? v + (1n << 64n) : v;
  const radix = conv === "o" ? 8 : conv === "x" || conv === "X" ? 16 : 10;
  let digits = mag === 0n && spec.prec === 0 ? "" : mag.toString(radix);
  if (conv === "X") digits = digits.toUpperCase();
  if (spec.prec !== undefined && digits.length < spec.prec) digits = digits.padStart(spec.prec, "0");
  if (spec.hash && conv === "o" && !digits.startsWith("0")) digits = `0${digits}`;
  if (spec.hash && (conv === "x" || conv === "X") && mag !== 0n) sign = conv === "x" ? "0x" : "0X";
  padNumber(run, sign, digits, spec, spec.prec === undefined);
}

function formatFloat(run: Run, conv: string, arg: FloatArg, spec: Spec): void {
  const v = arg.value;
  const upper = conv === "E" || conv === "F" || conv === "G";
  const neg = v < 0 || Object.is(v, -0) || (Number.isNaN(v) && arg.negative);
  const sign = neg ? "-" : spec.plus ? "+" : spec.space ? " " : "";
  if (!Number.isFinite(v)) {
    const word = Number.isNaN(v) ? "nan" : "inf";
    padNumber(run, sign, upper ? word.toUpperCase() : word, spec, false);
    return;
  }
  const a = Math.abs(v);
  const prec = spec.prec ?? 6;
  let body: string;
  if (conv === "f" || conv === "F") body = toFixedExact(a, prec, spec.hash);
  else if (conv === "e" || conv === "E") body = toExponentialExact(a, prec, spec.hash, upper);
  else body = toGeneralExact(a, prec, spec.hash, upper);
  padNumber(run, sign, body, spec, true);
}

/** Processes %b's argument; returns false when \c stopped all output. */
function formatB(run: Run, arg: string, spec: Spec): boolean | "fatal" {
  const src = utf8(arg);
  const tmp = new ByteSink();
  let stopped = false;
  for (let i = 0; i < src.length; ) {
    if (src[i] !== 92) {
      tmp.byte(src[i++]!);
      continue;
    }
    const r = decodeEscape(src, i, tmp, "b", run.dialect);
    if (r.kind === "fatal") {
      run.out.bytes(tmp.result());
      run.diag("bad-escape", r.message);
      return "fatal";
    }
    if (r.kind === "warn") run.diag("bad-escape", r.message, false);
    if (r.kind === "stop") {
      stopped = true;
      break;
    }
    i += r.used;
  }
  let body = tmp.result();
  if (spec.prec !== undefined && body.length > spec.prec) body = body.subarray(0, spec.prec);
  pad(run, body, spec);
  return !stopped;
}

// coreutils rejects flags a conversion does not take (and any flag, width or
// precision on %b and %q); bash hands everything to the C library.
function coreutilsAccepts(conv: string, spec: Spec, sawModifier: boolean, bare: boolean): boolean {
  if (conv === "b" || conv === "q") return bare;
  if (sawModifier && (conv === "c" || conv === "s")) return false;
  if (spec.hash && "cdisu".includes(conv)) return false;
  if (spec.zero && "cs".includes(conv)) return false;
  if (spec.prec !== undefined && conv === "c") return false;
  return true;
}

/**
 * Formats `args` through `format` as printf(1) does. The format is applied
 * repeatedly while arguments remain (as long as it consumes some).
 */
export function printfFormat(format: string, args: readonly string[], opts: PrintfOptions = {}): PrintfResult {
  const run = new Run(opts.dialect ?? "coreutils");
  const fmt = utf8(format);
  let ai = 0;
  const next = (): string | undefined => (ai < args.length ? args[ai++] : undefined);
  const done = (): PrintfResult => ({ output: run.out.result(), diagnostics: run.diags, status: run.status });

  for (let pass = 0; ; pass++) {
    const before = ai;
    let i = 0;
    while (i < fmt.length) {
      const c = fmt[i]!;
      if (c === 92) {
        const r = decodeEscape(fmt, i, run.out, "format", run.dialect);
        if (r.kind === "fatal") {
          run.diag("bad-escape", r.message);
          return done();
        }
        if (r.kind === "stop") return done();
        if (r.kind === "warn") run.diag("bad-escape", r.message, false);
        i += r.used;
        continue;
      }
      if (c !== 37) {
        run.out.byte(c);
        i++;
        continue;
      }
      // A conversion specification.
      const start = i;
      i++;
      if (fmt[i] === 37) {
        run.out.byte(37);
        i++;
        continue;
      }
      const spec: Spec = { minus: false, plus: false, space: false, hash: false, zero: false, width: 0, prec: undefined };
      for (; i < fmt.length; i++) {
        const f = String.fromCharCode(fmt[i]!);
        if (f === "-") spec.minus = true;
        else if (f === "+") spec.plus = true;
        else if (f === " ") spec.space = true;
        else if (f === "#") spec.hash = true;
        else if (f === "0") spec.zero = true;
        else if (f === "'" || (f === "I" && run.dialect === "coreutils")) {
          /* thousands grouping: nothing to group in the C locale */
        } else break;
      }
      let bare = i === start + 1;
      if (fmt[i] === 42) {
        i++;
        const w = Number(clampInt(getInt(run, next(), false)));
        if (w < 0) {
          spec.minus = true;
          spec.width = -w;
        } else spec.width = w;
        bare = false;
      } else
        while (fmt[i] !== undefined && fmt[i]! >= 48 && fmt[i]! <= 57) {
          spec.width = spec.width * 10 + (fmt[i++]! - 48);
          bare = false;
        }
      if (fmt[i] === 46) {
        i++;
        bare = false;
        if (fmt[i] === 42) {
          i++;
          const p = Number(clampInt(getInt(run, next(), false)));
          spec.prec = p < 0 ? undefined : p;
        } else {
          let p = 0;
          while (fmt[i] !== undefined && fmt[i]! >= 48 && fmt[i]! <= 57) p = p * 10 + (fmt[i++]! - 48);
          spec.prec = p;
        }
      }
      // Length modifiers mean nothing here (every integer is intmax_t); 'q' is %q, not BSD's quad.
      let sawModifier = false;
      while (fmt[i] !== undefined && "hlLjtz".includes(String.fromCharCode(fmt[i]!))) {
        i++;
        sawModifier = true;
        bare = false;
      }
      const convByte = fmt[i];
      const conv = convByte === undefined ? "" : String.fromCharCode(convByte);
      const known = conv !== "" && "diouxXeEfFgGcsbq".includes(conv);
      if (run.dialect === "coreutils") {
        if (!known || !coreutilsAccepts(conv, spec, sawModifier, bare)) {
          const text = fromUtf8(fmt.subarray(start, convByte === undefined ? i : i + 1));
          run.diag("bad-conversion", `${text}: invalid conversion specification`);
          return done();
        }
      } else if (!known) {
        if (conv === "") run.diag("bad-conversion", `\`${fromUtf8(fmt.subarray(start, i))}': missing format character`);
        else run.diag("bad-conversion", `\`${conv}': invalid format character`);
        return done();
      }
      i++;
      const arg = next();
      switch (conv) {
        case "d":
        case "i":
          formatInt(run, conv, getInt(run, arg, false), spec);
          break;
        case "u":
        case "o":
        case "x":
        case "X":
          formatInt(run, conv, getInt(run, arg, true), spec);
          break;
        case "e":
        case "E":
        case "f":
        case "F":
        case "g":
        case "G":
          formatFloat(run, conv, getFloat(run, arg), spec);
          break;
        case "c": {
          // The first byte of the argument; an empty or missing one gives a NUL byte.
          const b = utf8(arg ?? "");
          pad(run, Uint8Array.of(b[0] ?? 0), spec);
          break;
        }
        case "s": {
          let b = utf8(arg ?? "");
          if (spec.prec !== undefined && b.length > spec.prec) b = b.subarray(0, spec.prec);
          pad(run, b, spec);
          break;
        }
        case "b": {
          const r = formatB(run, arg ?? "", spec);
          if (r === "fatal" || r === false) return done();
          break;
        }
        case "q": {
          const q = run.dialect === "bash" ? quoteBashQ(arg ?? "") : quoteShellEscape(arg ?? "");
          let b = utf8(q);
          if (spec.prec !== undefined && b.length > spec.prec) b = b.subarray(0, spec.prec);
          pad(run, b, spec);
          break;
        }
      }
    }
    if (ai >= args.length) break;
    if (ai === before) {
      if (run.dialect === "coreutils") {
        run.diag("excess-args", `warning: ignoring excess arguments, starting with ${cuQuote(args[ai]!)}`, false);
      }
      break;
    }
    if (pass > args.length) break; // cannot happen: every pass consumes an argument
  }
  return done();
}

function clampInt(v: bigint): bigint {
  const lim = 1n << 31n;
  return v >= lim ? lim - 1n : v < -lim ? -lim : v;
}

/** Renders a result's diagnostics as stderr text with the caller's prefix ("printf: "). */
export function renderDiagnostics(r: PrintfResult, prefix: string): string {
  return r.diagnostics.map((d) => `${prefix}${d.message}\n`).join("");
}
