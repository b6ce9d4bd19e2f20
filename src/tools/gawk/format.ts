// printf/sprintf formatting as gawk does it on glibc: %c %d %i %o %x %X %u
// %e %E %f %F %g %G %s %%, flags - + space # 0, width and precision (also *).
// Numbers are rounded from their exact binary value with ties to even, as
// glibc's printf does (JavaScript's toFixed rounds ties away from zero).

export class FormatError extends Error {
  constructor(
    message: string,
    /** Offset of the conversion in the format, for gawk's "ran out for this one" caret. */
    readonly at: number,
  ) {
    super(message);
  }
}

export interface FormatArg {
  num(): number;
  str(): string;
  /** True when the value is a number (or strnum) rather than a string: %c uses it. */
  isNum(): boolean;
}

function exactRational(x: number): [bigint, bigint] {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (e === 0) exp = -1074;
  else {
    m |= 1n << 52n;
    exp = e - 1075;
  }
  return exp >= 0 ? [m << BigInt(exp), 1n] : [m, 1n << BigInt(-exp)];
}

function roundHalfEven(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r2 = (n % d) * 2n;
  if (r2 > d || (r2 === d && q % 2n === 1n)) return q + 1n;
  return q;
}

const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** Digits of |x| with p decimals (no sign). */
function fixedDigits(x: number, p: number): string {
  if (x >= 1e21 || p > 100) {
    const [n, d] = exactRational(x);
    return insertPoint(roundHalfEven(n * pow10(p), d).toString(), p);
  }
  // Near a tie the decimal result depends on the exact binary value: compute it exactly.
  const t = x * 10 ** p;
  if (Math.abs(t - Math.floor(t) - 0.5) < 1e-6) {
    const [n, d] = exactRational(x);
    return insertPoint(roundHalfEven(n * pow10(p), d).toString(), p);
  }
  return x.toFixed(p);
}

function insertPoint(digits: string, p: number): string {
  if (p === 0) return digits;
  const s = digits.padStart(p + 1, "0");
  return `${s.slice(0, s.length - p)}.${s.slice(s.length - p)}`;
}

/** |x| in %e form with p decimals: mantissa digits and exponent. */
function expParts(x: number, p: number): { mant: string; exp: number } {
  if (x === 0) return { mant: p > 0 ? `0.${"0".repeat(p)}` : "0", exp: 0 };
  let s = p <= 100 ? x.toExponential(p) : "";
  let exp = s ? Number(s.slice(s.indexOf("e") + 1)) : Math.floor(Math.log10(x));
  const t = x / 10 ** (exp - p);
  if (!s || Math.abs(t - Math.floor(t) - 0.5) < 1e-6) {
    const [n, d] = exactRational(x);
    for (let guard = 0; guard < 3; guard++) {
      const q = p - exp >= 0 ? roundHalfEven(n * pow10(p - exp), d) : roundHalfEven(n, d * pow10(exp - p));
      const qs = q.toString();
      if (qs.length > p + 1) {
        exp++;
        continue;
      }
      if (qs.length < p + 1) {
        exp--;
        continue;
      }
      s = p > 0 ? `${qs[0]}.${qs.slice(1)}` : qs;
      return { mant: s, exp };
    }
  }
  return { mant: s.slice(0, s.indexOf("e")), exp };
}

function expString(mant: string, exp: number, upper: boolean): string {
  const e = Math.abs(exp);
  return `${mant}${upper ? "E" : "e"}${exp < 0 ? "-" : "+"}${e < 10 ? `0${e}` : e}`;
}

function formatFloat(conv: string, x: number, prec: number, alt: boolean): string {
  const upper = conv === "E" || conv === "G" || conv === "F";
  if (!Number.isFinite(x)) {
    const s = Number.isNaN(x) ? "nan" : "inf";
    return upper ? s.toUpperCase() : s;
  }
  const ax = Math.abs(x);
  switch (conv) {
    case "f":
    case "F": {
      const s = fixedDigits(ax, prec);
      return alt && prec === 0 ? `${s}.` : s;
    }
    case "e":
    case "E": {
      const { mant, exp } = expParts(ax, prec);
      return expString(alt && prec === 0 ? `${mant}.` : mant, exp, upper);
    }
    default: {
      const P = prec === 0 ? 1 : prec;
      const { exp } = expParts(ax, P - 1);
      let s: string;
      if (P > exp && exp >= -4) {
        s = fixedDigits(ax, P - 1 - exp);
        if (!alt && s.includes(".")) s = s.replace(/\.?0+$/, "");
        else if (alt && !s.includes(".")) s += ".";
      } else {
        let { mant, exp: e2 } = expParts(ax, P - 1);
        if (!alt && mant.includes(".")) mant = mant.replace(/\.?0+$/, "");
        else if (alt && !mant.includes(".")) mant += ".";
        s = expString(mant, e2, upper);
      }
      return s;
    }
  }
}

function intDigits(x: number): { neg: boolean; digits: bigint } {
  const t = Math.trunc(x);
  return { neg: t < 0 || Object.is(t, -0) ? t < 0 : false, digits: BigInt(Math.abs(t)) };
}

/**
 * Formats like C printf over awk values. `charOf` renders %c of a number
 * (a code point in a UTF-8 locale).
 */
export function formatAwk(fmt: string, args: FormatArg[]): string {
  let out = "";
  let ai = 0;
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    let j = pct + 1;
    if (fmt[j] === "%") {
      out += "%";
      i = j + 1;
      continue;
    }
    let left = false;
    let plus = false;
    let space = false;
    let alt = false;
    let zero = false;
    for (; j < n; j++) {
      const c = fmt[j];
      if (c === "-") left = true;
      else if (c === "+") plus = true;
      else if (c === " ") space = true;
      else if (c === "#") alt = true;
      else if (c === "0") zero = true;
      else break;
    }
    let width = 0;
    if (fmt[j] === "*") {
      const a = args[ai++];
      if (!a) throw new FormatError("not enough arguments to satisfy format string", pct);
      width = Math.trunc(a.num());
      if (width < 0) {
        left = true;
        width = -width;
      }
      j++;
    } else {
      while (j < n && fmt[j]! >= "0" && fmt[j]! <= "9") width = width * 10 + (fmt.charCodeAt(j++) - 48);
    }
    let prec = -1;
    if (fmt[j] === ".") {
      j++;
      prec = 0;
      if (fmt[j] === "*") {
        const a = args[ai++];
        if (!a) throw new FormatError("not enough arguments to satisfy format string", pct);
        prec = Math.trunc(a.num());
        if (prec < 0) prec = -1;
        j++;
      } else {
        while (j < n && fmt[j]! >= "0" && fmt[j]! <= "9") prec = prec * 10 + (fmt.charCodeAt(j++) - 48);
      }
    }
    // Length modifiers are accepted and ignored, as gawk does.
    while (j < n && "hlLqjzt".includes(fmt[j]!)) j++;
    if (j >= n) {
      // A lone % at the end is printed as is.
      out += fmt.slice(pct);
      break;
    }
    const conv = fmt[j]!;
    i = j + 1;
    if (!"cdiouxXeEfFgGs".includes(conv)) {
      out += fmt.slice(pct, i);
      continue;
    }
    const arg = args[ai++];
    if (!arg) throw new FormatError("not enough arguments to satisfy format string", pct);
    let body: string;
    let sign = "";
    let numeric = true;
    switch (conv) {
      case "c": {
        numeric = false;
        if (arg.isNum()) {
          const code = Math.trunc(arg.num());
          body = code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
        } else body = [...arg.str()][0] ?? "";
        break;
      }
      case "s": {
        numeric = false;
        body = arg.str();
        if (prec >= 0) body = [...body].slice(0, prec).join("");
        break;
      }
      case "d":
      case "i": {
        const x = arg.num();
        if (!Number.isFinite(x)) {
          body = Number.isNaN(x) ? "nan" : "inf";
          sign = x < 0 ? "-" : plus ? "+" : space ? " " : "";
          break;
        }
        const { neg, digits } = intDigits(x);
        body = digits.toString();
        if (prec >= 0) {
          if (prec === 0 && digits === 0n) body = "";
          body = body.padStart(prec, "0");
        }
        sign = neg ? "-" : plus ? "+" : space ? " " : "";
        break;
      }
      case "o":
      case "x":
      case "X":
      case "u": {
        const x = Math.trunc(arg.num());
        let v = x < 0 ? BigInt.asUintN(64, BigInt(x)) : BigInt(Number.isFinite(x) ? x : 0);
        if (!Number.isFinite(x)) v = 0n;
        body = conv === "o" ? v.toString(8) : conv === "u" ? v.toString() : v.toString(16);
        if (conv === "X") body = body.toUpperCase();
        if (prec >= 0) {
          if (prec === 0 && v === 0n) body = "";
          body = body.padStart(prec, "0");
        }
        if (alt && conv === "o" && !body.startsWith("0")) body = `0${body}`;
        if (alt && v !== 0n && conv === "x") sign = "0x";
        if (alt && v !== 0n && conv === "X") sign = "0X";
        break;
      }
      default: {
        const x = arg.num();
        body = formatFloat(conv, x, prec < 0 ? 6 : prec, alt);
        sign = x < 0 || Object.is(x, -0) ? "-" : plus ? "+" : space ? " " : "";
        if (Number.isNaN(x)) sign = plus ? "+" : space ? " " : "";
        break;
      }
    }
    const len = [...body].length + sign.length;
    if (width > len) {
      const pad = width - len;
      if (left) body = sign + body + " ".repeat(pad);
      else if (zero && numeric && !(prec >= 0 && "diouxX".includes(conv)) && /\d/.test(body.slice(0, 1))) {
        body = sign + "0".repeat(pad) + body;
      } else body = " ".repeat(pad) + sign + body;
    } else body = sign + body;
    out += body;
  }
  return out;
}

/** One numeric conversion (CONVFMT/OFMT). */
export function formatNumber(fmt: string, x: number): string {
  return formatAwk(fmt, [{ num: () => x, str: () => String(x), isNum: () => true }]);
}
