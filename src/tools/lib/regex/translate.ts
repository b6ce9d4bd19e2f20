// POSIX regular expressions (glibc regcomp with GNU syntax bits, as grep,
// sed and gawk use them) translated into JavaScript RegExp source.
//
// One pass over the pattern builds a list of atoms; a quantifier applies to
// the last atom (wrapping it in (?:…) when it already carries one, because
// POSIX `a+?` is `(a+)?`, not JS's lazy `+?`). Our own groups are always
// non-capturing so \1..\9 keep POSIX numbering.

import { bracketToJs } from "./bracket.js";

export type Flavor = "bre" | "ere" | "awk";

/** glibc's regerror() texts (posix/regcomp.c __re_error_msgid). */
export const REG_MSG = {
  EBRACK: "Unmatched [, [^, [:, [., or [=",
  EPAREN: "Unmatched ( or \\(",
  ERPAREN: "Unmatched ) or \\)",
  EBRACE: "Unmatched \\{",
  BADBR: "Invalid content of \\{\\}",
  ERANGE: "Invalid range end",
  ESUBREG: "Invalid back reference",
  BADRPT: "Invalid preceding regular expression",
  EESCAPE: "Trailing backslash",
  ECTYPE: "Invalid character class name",
  ESIZE: "Regular expression too big",
  CLASS_SYNTAX: "character class syntax is [[:space:]], not [:space:]",
} as const;

export class RegexSyntaxError extends Error {}

export interface TranslateOptions {
  flavor: Flavor;
  /** Called for warnings a tool prints but keeps going after (grep's `* at start of expression`). */
  warn?: (msg: string) => void;
  /** Reject `[:space:]` without outer brackets, as gnulib's dfa does for grep and sed. */
  classCheck?: boolean;
}

export interface Translated {
  source: string;
  /** Number of capturing groups. */
  nsub: number;
  /** Whether alternation occurs (JS picks the first alternative; POSIX the longest match). */
  hasAlt: boolean;
}

interface Atom {
  src: string;
  quantified: boolean;
  /** An anchor or assertion: a following `*` is literal in BRE. */
  anchor?: boolean;
}

const JS_SPECIAL = new Set([..."\\^$.|?*+()[]{}/"]);

export function escapeLiteral(ch: string): string {
  if (JS_SPECIAL.has(ch)) return `\\${ch}`;
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  if (ch === "\t") return "\\t";
  if (ch === "\0") return "\\x00";
  return ch;
}

const WORD = "[A-Za-z0-9_]";
const NOT_WORD = "[^A-Za-z0-9_]";
const SPACE = "[ \\t\\n\\r\\f\\v]";
const NOT_SPACE = "[^ \\t\\n\\r\\f\\v]";

export function translate(pattern: string, opts: TranslateOptions): Translated {
  const ere = opts.flavor !== "bre";
  const awk = opts.flavor === "awk";
  // Stack of frames: each frame is the alternatives of one group level.
  interface Frame {
    alts: Atom[][];
    capture: boolean;
    groupNo: number;
  }
  const stack: Frame[] = [{ alts: [[]], capture: false, groupNo: 0 }];
  let nsub = 0;
  const closed = new Set<number>();
  let hasAlt = false;
  const cur = (): Atom[] => {
    const f = stack[stack.length - 1]!;
    return f.alts[f.alts.length - 1]!;
  };
  const atStart = (): boolean => {
    const a = cur();
    return a.length === 0 || (a.length === 1 && a[0]!.src === "^" && !!a[0]!.anchor);
  };
  const push = (src: string, anchor = false) => cur().push({ src, quantified: false, anchor });
  const quantify = (q: string): void => {
    const a = cur();
    const last = a[a.length - 1]!;
    const body = last.quantified || last.anchor ? `(?:${last.src})` : last.src;
    a[a.length - 1] = { src: body + q, quantified: true };
  };

  const n = pattern.length;
  let i = 0;
  while (i < n) {
    const c = pattern[i]!;
    if (c === "\\") {
      if (i + 1 >= n) throw new RegexSyntaxError(REG_MSG.EESCAPE);
      const d = pattern[i + 1]!;
      i += 2;
      if (!ere && d === "(") {
        stack.push({ alts: [[]], capture: true, groupNo: ++nsub });
        continue;
      }
      if (!ere && d === ")") {
        if (stack.length === 1) throw new RegexSyntaxError(REG_MSG.ERPAREN);
        closeGroup();
        continue;
      }
      if (!ere && d === "|") {
        hasAlt = true;
        stack[stack.length - 1]!.alts.push([]);
        continue;
      }
      if (!ere && d === "{") {
        if (atStart()) {
          push("\\{");
          continue;
        }
        i = interval(i, true);
        continue;
      }
      if (!ere && (d === "+" || d === "?")) {
        if (atStart()) push(escapeLiteral(d));
        else quantify(d);
        continue;
      }
      if (d >= "1" && d <= "9" && !awk) {
        const k = d.charCodeAt(0) - 48;
        if (!closed.has(k)) throw new RegexSyntaxError(REG_MSG.ESUBREG);
        push(`\\${k}`);
        continue;
      }
      switch (d) {
        case "w":
          push(WORD);
          continue;
        case "W":
          push(NOT_WORD);
          continue;
        case "s":
          push(SPACE);
          continue;
        case "S":
          push(NOT_SPACE);
          continue;
        case "<":
          push("\\b(?=[A-Za-z0-9_])", true);
          continue;
        case ">":
          push("\\b(?<=[A-Za-z0-9_])", true);
          continue;
        case "B":
          push("\\B", true);
          continue;
        case "`":
          push("(?<![\\s\\S])", true);
          continue;
        case "'":
          push("(?![\\s\\S])", true);
          continue;
      }
      if (d === "b" && !awk) {
        push("\\b", true);
        continue;
      }
      if (d === "y" && awk) {
        push("\\b", true);
        continue;
      }
      push(escapeLiteral(d));
      continue;
    }
    if (c === "[") {
      const r = bracketToJs(pattern, i, !!opts.classCheck);
      push(r.src);
      i = r.end;
      continue;
    }
    if (c === ".") {
      push("[\\s\\S]");
      i++;
      continue;
    }
    if (c === "^") {
      // BRE: an anchor only at the start of the RE or of a group/alternative (GNU).
      if (ere || cur().length === 0) push("^", true);
      else push("\\^");
      i++;
      continue;
    }
    if (c === "$") {
      i++;
      if (ere) {
        push("$", true);
        continue;
      }
      const rest = pattern.slice(i);
      if (rest === "" || rest.startsWith("\\)") || rest.startsWith("\\|")) push("$", true);
      else push("\\$");
      continue;
    }
    if (c === "*" || (ere && (c === "+" || c === "?"))) {
      i++;
      if (atStart()) {
        if (!ere) {
          push(escapeLiteral(c));
          continue;
        }
        if (awk) {
          push(escapeLiteral(c));
          continue;
        }
        // grep -E: a leading repetition operator is ignored, with a warning.
        opts.warn?.(`${c} at start of expression`);
        continue;
      }
      quantify(c);
      continue;
    }
    if (ere && c === "{") {
      if (atStart()) {
        push("\\{");
        i++;
        continue;
      }
      // An ERE `{` that does not start a valid interval is an ordinary character (GNU).
      if (!/^\{(\d+)?(,(\d+)?)?\}/.test(pattern.slice(i)) || pattern[i + 1] === "}") {
        push("\\{");
        i++;
        continue;
      }
      i = interval(i + 1, false);
      continue;
    }
    if (ere && c === "(") {
      stack.push({ alts: [[]], capture: true, groupNo: ++nsub });
      i++;
      continue;
    }
    if (ere && c === ")") {
      i++;
      if (stack.length === 1) {
        push("\\)");
        continue;
      }
      closeGroup();
      continue;
    }
    if (ere && c === "|") {
      hasAlt = true;
      stack[stack.length - 1]!.alts.push([]);
      i++;
      continue;
    }
    push(escapeLiteral(c));
    i++;
  }
  if (stack.length > 1) throw new RegexSyntaxError(REG_MSG.EPAREN);
  const top = stack[0]!;
  return { source: top.alts.map(joinAtoms).join("|"), nsub, hasAlt };

  function closeGroup(): void {
    const f = stack.pop()!;
    const body = f.alts.map(joinAtoms).join("|");
    closed.add(f.groupNo);
    push(`(${body})`);
  }

  /** Parses an interval starting after `{` (ERE) or after `\{` (BRE, at i). Returns the index after it. */
  function interval(start: number, bre: boolean): number {
    let j = start;
    const num = (): number | undefined => {
      let s = "";
      while (j < n && pattern[j]! >= "0" && pattern[j]! <= "9") s += pattern[j++];
      return s ? Number(s) : undefined;
    };
    const lo = num();
    let hi: number | undefined = lo;
    let open = false;
    if (pattern[j] === ",") {
      j++;
      hi = num();
      open = hi === undefined;
    }
    const close = bre ? pattern.startsWith("\\}", j) : pattern[j] === "}";
    if (!close) {
      if (bre) {
        if (j >= n || (j + 1 >= n && pattern[j] === "\\")) throw new RegexSyntaxError(REG_MSG.EBRACE);
        throw new RegexSyntaxError(REG_MSG.BADBR);
      }
      throw new RegexSyntaxError(REG_MSG.EBRACE);
    }
    j += bre ? 2 : 1;
    const min = lo ?? 0;
    if (lo === undefined && !open && hi === undefined) throw new RegexSyntaxError(REG_MSG.BADBR);
    if (!open && hi !== undefined && hi < min) throw new RegexSyntaxError(REG_MSG.BADBR);
    if (min > 32767 || (hi ?? 0) > 32767) throw new RegexSyntaxError(REG_MSG.ESIZE);
    quantify(open ? `{${min},}` : `{${min},${hi}}`);
    return j;
  }
}

function joinAtoms(atoms: Atom[]): string {
  let s = "";
  for (const a of atoms) s += a.src;
  return s;
}
