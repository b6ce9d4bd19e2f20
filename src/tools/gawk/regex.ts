// awk regexes: gawk processes escape sequences in regex text (\n \t \/ \" \ooo
// \xHH, \b is backspace), keeps its regex operators (\y \B \< \> \w \W \s \S
// \` \'), and warns about other letter escapes before matching the letter.

import { type PosixRegex, compileRegex } from "../lib/regex/index.js";

const ESC: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", a: "\x07", b: "\b" };
const OPERATORS = new Set([..."yB<>wWsS`'"]);

function literal(ch: string): string {
  return /[\\^$.*[\]+?(){}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** Rewrites awk escapes into the POSIX ERE the regex layer understands. */
export function awkRegexSource(src: string, warn?: (msg: string) => void): string {
  if (!src.includes("\\")) return src;
  let out = "";
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c !== "\\" || i + 1 >= src.length) {
      out += c;
      continue;
    }
    const d = src[++i]!;
    if (ESC[d] !== undefined) out += literal(ESC[d]!);
    else if (d === "/" || d === '"') out += d;
    else if (d >= "0" && d <= "7") {
      let v = 0;
      let k = 0;
      while (k < 3 && i < src.length && src[i]! >= "0" && src[i]! <= "7") {
        v = v * 8 + (src.charCodeAt(i++) - 48);
        k++;
      }
      i--;
      out += literal(String.fromCharCode(v));
    } else if (d === "x" && /[0-9a-fA-F]/.test(src[i + 1] ?? "")) {
      let h = "";
      while (h.length < 2 && /[0-9a-fA-F]/.test(src[i + 1] ?? "")) h += src[++i];
      out += literal(String.fromCharCode(parseInt(h, 16)));
    } else if (OPERATORS.has(d)) out += `\\${d}`;
    else if (/[A-Za-z]/.test(d)) {
      warn?.(`regexp escape sequence \`\\${d}' is not a known regexp operator`);
      out += d;
    } else out += `\\${d}`;
  }
  return out;
}

export class RegexCache {
  private readonly cache = new Map<string, PosixRegex>();
  private readonly icache = new Map<string, PosixRegex>();

  /** Compiles (cached) an awk dynamic or literal regex; throws RegexSyntaxError. */
  get(src: string, icase: boolean, warn?: (msg: string) => void): PosixRegex {
    const m = icase ? this.icache : this.cache;
    let r = m.get(src);
    if (!r) {
      if (m.size > 500) m.clear();
      r = compileRegex(awkRegexSource(src, warn), { flavor: "awk", icase });
      m.set(src, r);
    }
    return r;
  }
}
