// awk tokens (gawk's yylex in behaviour): regex literals where an operand
// may start, `/` as division after an operand, string escapes, backslash-
// newline continuation, comments, NAME( as a user-function call.

export type TokType =
  | "NUM"
  | "STR"
  | "ERE"
  | "NAME"
  | "FUNC_NAME"
  | "BUILTIN"
  | "NEWLINE"
  | "EOF"
  | "KW"
  | "OP";

export interface Token {
  t: TokType;
  /** Operator/keyword text, name, string value or regex source. */
  s: string;
  n?: number;
  src: number;
  line: number;
  col: number;
}

export const KEYWORDS = new Set([
  "BEGIN",
  "END",
  "BEGINFILE",
  "ENDFILE",
  "function",
  "func",
  "if",
  "else",
  "while",
  "for",
  "do",
  "break",
  "continue",
  "next",
  "nextfile",
  "exit",
  "return",
  "delete",
  "in",
  "getline",
  "print",
  "printf",
]);

export const BUILTINS = new Set([
  "length",
  "substr",
  "index",
  "split",
  "sub",
  "gsub",
  "gensub",
  "match",
  "sprintf",
  "sin",
  "cos",
  "atan2",
  "exp",
  "log",
  "sqrt",
  "int",
  "rand",
  "srand",
  "tolower",
  "toupper",
  "system",
  "close",
  "fflush",
  "systime",
  "strftime",
  "mktime",
  "and",
  "or",
  "xor",
  "compl",
  "lshift",
  "rshift",
  "asort",
  "asorti",
  "isarray",
  "typeof",
  "strtonum",
]);

const OPS = [
  "**=",
  "&&",
  "||",
  "==",
  "<=",
  ">=",
  "!=",
  "++",
  "--",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "^=",
  ">>",
  "!~",
  "**",
  "|&",
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  ";",
  ",",
  "+",
  "-",
  "*",
  "/",
  "%",
  "^",
  "!",
  ">",
  "<",
  "|",
  "?",
  ":",
  "~",
  "$",
  "=",
];

export class AwkSyntaxError extends Error {
  constructor(
    message: string,
    readonly src: number,
    readonly line: number,
    /** Column for the caret, or -1 for a message without the source line. */
    readonly col: number,
    readonly kind: "caret" | "error" | "fatal" = "caret",
  ) {
    super(message);
  }
}

export interface Warning {
  src: number;
  line: number;
  msg: string;
}

const SIMPLE_ESC: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  "\\": "\\",
  '"': '"',
  "/": "/",
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
};

/** Processes awk string escapes (also used for -v values and command-line assignments). */
export function unescapeAwk(s: string, warn?: (msg: string) => void): string {
  if (!s.includes("\\")) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "\\") {
      out += c;
      continue;
    }
    if (i + 1 >= s.length) {
      out += "\\";
      break;
    }
    const d = s[++i]!;
    if (SIMPLE_ESC[d] !== undefined) {
      out += SIMPLE_ESC[d];
      continue;
    }
    if (d >= "0" && d <= "7") {
      let v = 0;
      let k = 0;
      while (k < 3 && i < s.length && s[i]! >= "0" && s[i]! <= "7") {
        v = v * 8 + (s.charCodeAt(i) - 48);
        i++;
        k++;
      }
      i--;
      out += String.fromCharCode(v & 0xff);
      continue;
    }
    if (d === "x" && /[0-9a-fA-F]/.test(s[i + 1] ?? "")) {
      let h = "";
      while (h.length < 2 && /[0-9a-fA-F]/.test(s[i + 1] ?? "")) h += s[++i];
      out += String.fromCharCode(parseInt(h, 16));
      continue;
    }
    if (d === "\n") continue;
    warn?.(`escape sequence \`\\${d}' treated as plain \`${d}'`);
    out += d;
  }
  return out;
}

/** Tokens after which `/` is division, not the start of a regex. */
function operandEnds(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.t === "NUM" || t.t === "STR" || t.t === "ERE" || t.t === "NAME" || t.t === "BUILTIN") return true;
  if (t.t === "OP") return t.s === ")" || t.s === "]" || t.s === "++" || t.s === "--" || t.s === "$";
  return false;
}

export function tokenize(text: string, src: number, warnings: Warning[]): Token[] {
  const toks: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = text.length;
  const push = (t: TokType, s: string, start: number, num?: number) => {
    toks.push({ t, s, n: num, src, line, col: start - lineStart });
  };
  while (i < n) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\\" && (text[i + 1] === "\n" || (text[i + 1] === "\r" && text[i + 2] === "\n"))) {
      i += text[i + 1] === "\n" ? 2 : 3;
      line++;
      lineStart = i;
      continue;
    }
    if (c === "#") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (c === "\n") {
      push("NEWLINE", "\n", i);
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (c === '"') {
      const start = i;
      let raw = "";
      i++;
      for (;;) {
        if (i >= n || text[i] === "\n") throw new AwkSyntaxError("unterminated string", src, line, start - lineStart);
        const ch = text[i]!;
        if (ch === "\\" && i + 1 < n) {
          if (text[i + 1] === "\n") {
            i += 2;
            line++;
            lineStart = i;
            continue;
          }
          raw += ch + text[i + 1];
          i += 2;
          continue;
        }
        if (ch === '"') break;
        raw += ch;
        i++;
      }
      i++;
      const ln = line;
      push("STR", unescapeAwk(raw, (msg) => warnings.push({ src, line: ln, msg })), start);
      continue;
    }
    if (c === "/" && !operandEnds(toks[toks.length - 1])) {
      const start = i;
      let s = "";
      i++;
      for (;;) {
        if (i >= n || text[i] === "\n") throw new AwkSyntaxError("unterminated regexp", src, line, start - lineStart + 1);
        const ch = text[i]!;
        if (ch === "\\" && i + 1 < n) {
          if (text[i + 1] === "/") s += "/";
          else if (text[i + 1] === "\n") {
            line++;
            lineStart = i + 2;
          } else s += ch + text[i + 1];
          i += 2;
          continue;
        }
        if (ch === "[") {
          // A bracket expression: `/` inside it does not end the regex.
          let j = i + 1;
          if (text[j] === "^") j++;
          if (text[j] === "]") j++;
          while (j < n && text[j] !== "]" && text[j] !== "\n") {
            if (text[j] === "[" && /[:.=]/.test(text[j + 1] ?? "")) {
              const close = text.indexOf(`${text[j + 1]}]`, j + 2);
              j = close < 0 ? n : close + 2;
              continue;
            }
            j++;
          }
          if (j >= n || text[j] === "\n") throw new AwkSyntaxError("unterminated regexp", src, line, start - lineStart + 1);
          s += text.slice(i, j + 1);
          i = j + 1;
          continue;
        }
        if (ch === "/") break;
        s += ch;
        i++;
      }
      i++;
      push("ERE", s, start);
      continue;
    }
    if ((c >= "0" && c <= "9") || (c === "." && text[i + 1] !== undefined && text[i + 1]! >= "0" && text[i + 1]! <= "9")) {
      const start = i;
      const hex = /^0[xX][0-9a-fA-F]+/.exec(text.slice(i, i + 40));
      if (hex) {
        i += hex[0].length;
        push("NUM", hex[0], start, parseInt(hex[0], 16));
        continue;
      }
      const m = /^(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)/.exec(text.slice(i, i + 400))!;
      i += m[0].length;
      // gawk reads a leading-zero integer in program text as octal (when all digits are octal).
      const v = /^0[0-7]+$/.test(m[0]) ? parseInt(m[0], 8) : Number(m[0]);
      push("NUM", m[0], start, v);
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const start = i;
      while (i < n && /[A-Za-z0-9_]/.test(text[i]!)) i++;
      const w = text.slice(start, i);
      if (KEYWORDS.has(w)) push("KW", w === "func" ? "function" : w, start);
      else if (BUILTINS.has(w)) push("BUILTIN", w, start);
      else if (text[i] === "(") push("FUNC_NAME", w, start);
      else push("NAME", w, start);
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (!op) {
      throw new AwkSyntaxError(`invalid char '${c}' in expression`, src, line, i - lineStart, "error");
    }
    push("OP", op, i);
    i += op.length;
  }
  push("EOF", "", i);
  return toks;
}
