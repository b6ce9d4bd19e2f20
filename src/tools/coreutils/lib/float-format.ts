// %f %e %g conversions of a double, digit for digit as glibc's printf does:
// from the exact binary value, rounding ties to even. Number#toFixed rounds
// ties away from zero and toPrecision caps at 100 digits, so we expand the
// double exactly with BigInt instead.
//
// Known difference: coreutils and bash convert to long double (64-bit
// mantissa); we hold a double, so digits past the 17th significant one can
// differ (printf '%.20f' 0.1).

/** Exact decimal expansion of a finite, non-negative double: integer digits and fraction digits. */
export function exactDecimal(x: number): { int: string; frac: string } {
  if (x === 0) return { int: "0", frac: "" };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = bexp - 1075;
  }
  if (e >= 0) return { int: (mant << BigInt(e)).toString(), frac: "" };
  const shift = -e;
  const digits = (mant * 5n ** BigInt(shift)).toString().padStart(shift + 1, "0");
  const int = digits.slice(0, digits.length - shift);
  const frac = digits.slice(digits.length - shift).replace(/0+$/, "");
  return { int, frac };
}

/**
 * Rounds the digit string `d` to its first `keep` digits, ties to even.
 * Returns the kept digits (possibly one longer after a carry, e.g. "99" → "100").
 */
function roundDigits(d: string, keep: number): string {
  if (keep < 0) return "";
  if (d.length <= keep) return d.padEnd(keep, "0");
  const kept = d.slice(0, keep);
  const next = d.charCodeAt(keep) - 48;
  let up = false;
  if (next > 5) up = true;
  else if (next === 5) {
    const rest = d.slice(keep + 1);
    if (/[1-9]/.test(rest)) up = true;
    else {
      const last = keep > 0 ? kept.charCodeAt(keep - 1) - 48 : 0;
      up = last % 2 === 1;
    }
  }
  if (!up) return kept;
  // Add one to the decimal string.
  const arr = kept.split("");
  let i = arr.length - 1;
  while (i >= 0) {
    if (arr[i] === "9") {
      arr[i] = "0";
      i--;
    } else {
      arr[i] = String.fromCharCode(arr[i]!.charCodeAt(0) + 1);
      break;
    }
  }
  return i < 0 ? `1${arr.join("")}` : arr.join("");
}

/** %.<prec>f of a finite non-negative double (no sign). */
export function toFixedExact(x: number, prec: number, alt = false): string {
  const { int, frac } = exactDecimal(x);
  const all = int + frac;
  const r = roundDigits(all, int.length + prec);
  const intLen = r.length - prec;
  const ip = r.slice(0, intLen).replace(/^0+(?=\d)/, "") || "0";
  const fp = r.slice(intLen);
  return prec > 0 || alt ? `${ip}.${fp}` : ip;
}

/** Significant digits and decimal exponent of x rounded to `sig` digits (x > 0). */
function sigDigits(x: number, sig: number): { digits: string; exp: number } {
  const { int, frac } = exactDecimal(x);
  let all: string;
  let exp: number;
  if (int !== "0") {
    all = int + frac;
    exp = int.length - 1;
  } else {
    const lead = frac.match(/^0*/)![0].length;
    all = frac.slice(lead);
    exp = -lead - 1;
  }
  let digits = roundDigits(all, sig);
  if (digits.length > sig) {
    digits = digits.slice(0, sig);
    exp++;
  }
  return { digits, exp };
}

/** %.<prec>e of a finite non-negative double; `upper` for %E. */
export function toExponentialExact(x: number, prec: number, alt = false, upper = false): string {
  let digits: string;
  let exp: number;
  if (x === 0) {
    digits = "0".repeat(prec + 1);
    exp = 0;
  } else ({ digits, exp } = sigDigits(x, prec + 1));
  const mant = prec > 0 || alt ? `${digits[0]}.${digits.slice(1)}` : digits[0]!;
  const es = `${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  return `${mant}${upper ? "E" : "e"}${es}`;
}

/** %.<prec>g of a finite non-negative double. */
export function toGeneralExact(x: number, prec: number, alt = false, upper = false): string {
  const p = prec === 0 ? 1 : prec;
  const exp = x === 0 ? 0 : sigDigits(x, p).exp;
  let s: string;
  if (p > exp && exp >= -4) s = toFixedExact(x, p - 1 - exp, alt);
  else s = toExponentialExact(x, p - 1, alt, upper);
  if (alt) return s;
  // Without '#', trailing zeros of the fraction (and a bare point) go.
  const ei = s.search(/[eE]/);
  let mant = ei < 0 ? s : s.slice(0, ei);
  if (mant.includes(".")) mant = mant.replace(/0+$/, "").replace(/\.$/, "");
  return mant + (ei < 0 ? "" : s.slice(ei));
}
