// POSIX bracket expressions ([abc], [^a-z], [[:alpha:]], [[.-.]], [[=a=]])
// rendered as a JavaScript character class. Inside brackets a backslash is
// an ordinary character in POSIX; the C locale's classes are used (ASCII),
// which is what the recorded tools print for ASCII input.

import { REG_MSG, RegexSyntaxError } from "./translate.js";

const CLASSES: Record<string, string> = {
  alpha: "A-Za-z",
  digit: "0-9",
  alnum: "0-9A-Za-z",
  upper: "A-Z",
  lower: "a-z",
  space: " \\t\\n\\r\\f\\v",
  blank: " \\t",
  punct: "!-\\/:-@\\[-`{-~",
  print: " -~",
  graph: "!-~",
  cntrl: "\\x00-\\x1f\\x7f",
  xdigit: "0-9A-Fa-f",
};

function classChar(ch: string): string {
  if (ch === "\\" || ch === "]" || ch === "[" || ch === "^" || ch === "-") return `\\${ch}`;
  if (ch === "\n") return "\\n";
  if (ch === "\t") return "\\t";
  if (ch === "\r") return "\\r";
  if (ch === "\0") return "\\x00";
  return ch;
}

/**
 * Parses the bracket expression opening at pattern[start] === "[" and returns
 * its JS source and the index after the closing "]".
 */
export function bracketToJs(pattern: string, start: number, classCheck = false): { src: string; end: number } {
  const n = pattern.length;
  let i = start + 1;
  // grep and sed (through gnulib's dfa) reject `[:space:]` used without the outer brackets.
  if (classCheck && pattern[i] === ":" || (classCheck && pattern[i] === "^" && pattern[i + 1] === ":")) {
    const from = pattern[i] === "^" ? i + 1 : i;
    const close = pattern.indexOf("]", from + 1);
    if (close > from + 1 && pattern[close - 1] === ":") throw new RegexSyntaxError(REG_MSG.CLASS_SYNTAX);
  }
  let negate = false;
  if (pattern[i] === "^") {
    negate = true;
    i++;
  }
  const items: string[] = [];
  let first = true;
  // The previous single character (for ranges), or undefined after a class.
  let prev: string | undefined;
  for (;;) {
    if (i >= n) throw new RegexSyntaxError(REG_MSG.EBRACK);
    const c = pattern[i]!;
    if (c === "]" && !first) {
      i++;
      break;
    }
    first = false;
    if (c === "[" && (pattern[i + 1] === ":" || pattern[i + 1] === "." || pattern[i + 1] === "=")) {
      const kind = pattern[i + 1]!;
      const close = pattern.indexOf(`${kind}]`, i + 2);
      if (close < 0) throw new RegexSyntaxError(REG_MSG.EBRACK);
      const name = pattern.slice(i + 2, close);
      i = close + 2;
      if (kind === ":") {
        const cls = CLASSES[name];
        if (cls === undefined) throw new RegexSyntaxError(REG_MSG.ECTYPE);
        items.push(cls);
        prev = undefined;
      } else {
        // Collating symbols and equivalence classes: single characters in the C locale.
        if ([...name].length !== 1) throw new RegexSyntaxError("Invalid collation character");
        items.push(classChar(name));
        prev = name;
      }
      continue;
    }
    if (c === "-" && prev !== undefined && pattern[i + 1] !== "]" && i + 1 < n) {
      // A range prev-hi.
      let hi = pattern[i + 1]!;
      let next = i + 2;
      if (hi === "[" && (pattern[i + 2] === "." || pattern[i + 2] === "=")) {
        const kind = pattern[i + 2]!;
        const close = pattern.indexOf(`${kind}]`, i + 3);
        if (close < 0) throw new RegexSyntaxError(REG_MSG.EBRACK);
        hi = pattern.slice(i + 3, close);
        next = close + 2;
      } else if (hi === "[" && pattern[i + 2] === ":") {
        throw new RegexSyntaxError(REG_MSG.ERANGE);
      }
      if (hi.codePointAt(0)! < prev.codePointAt(0)!) throw new RegexSyntaxError(REG_MSG.ERANGE);
      items.pop();
      items.push(`${classChar(prev)}-${classChar(hi)}`);
      prev = undefined;
      i = next;
      continue;
    }
    items.push(classChar(c));
    prev = c;
    i++;
  }
  const body = items.join("");
  if (!body) return { src: negate ? "[\\s\\S]" : "[]", end: i };
  return { src: `[${negate ? "^" : ""}${body}]`, end: i };
}

