// sed script compiler (sed/compile.c in behaviour): reads -e expressions and
// -f files character by character, as GNU sed does, so error positions
// ("-e expression #1, char 3: ...") count the same characters.

import { type PosixRegex, RegexSyntaxError, compileRegex } from "../lib/regex/index.js";
import type { Addr, Command, ReplPart, SedRegex } from "./script.js";

export interface ScriptChunk {
  text: string;
  /** "-e" expressions are numbered; "-f" files are named. */
  origin: { kind: "e"; n: number } | { kind: "f"; name: string };
}

export class SedError extends Error {
  constructor(
    message: string,
    readonly status = 1,
  ) {
    super(message);
  }
}

export interface ParseOptions {
  extended: boolean;
  posix: boolean;
}

const EOF = "";

class Reader {
  ci = 0;
  pos = 0;
  line = 1;
  constructor(readonly chunks: ScriptChunk[]) {}
  get chunk(): ScriptChunk {
    return this.chunks[this.ci]!;
  }
  getc(): string {
    const t = this.chunk.text;
    if (this.pos >= t.length) return EOF;
    const c = t[this.pos++]!;
    if (c === "\n") this.line++;
    return c;
  }
  ungetc(c: string): void {
    if (c === EOF) return;
    this.pos--;
    if (c === "\n") this.line--;
  }
  peek(): string {
    const t = this.chunk.text;
    return this.pos < t.length ? t[this.pos]! : EOF;
  }
  /** Skips blanks (not newlines); returns the next character consumed. */
  nonblank(): string {
    let c: string;
    do c = this.getc();
    while (c === " " || c === "\t");
    return c;
  }
  /** Moves to the next chunk (a/i/c text continued in the next -e); false when none. */
  nextChunk(): boolean {
    if (this.ci + 1 >= this.chunks.length) return false;
    this.ci++;
    this.pos = 0;
    this.line = 1;
    return true;
  }
  where(at = this.pos): string {
    const o = this.chunk.origin;
    return o.kind === "e" ? `-e expression #${o.n}, char ${at}` : `file ${o.name} line ${this.line}`;
  }
  fail(msg: string, at = this.pos): never {
    throw new SedError(`${this.where(at)}: ${msg}`);
  }
}

/** Converts sed's escapes (\n \t \xHH \dNNN \oNNN \cX ...) in a regex, keeping other backslash pairs. */
export function convertRegexEscapes(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "\\" || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const d = s[i + 1]!;
    const special = (ch: string) => (/[\\^$.*[\]+?(){}|/]/.test(ch) ? `\\${ch}` : ch);
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", a: "\x07" };
    if (simple[d] !== undefined) {
      out += simple[d];
      i++;
      continue;
    }
    const num = numericEscape(s, i + 1);
    if (num) {
      out += special(num.ch);
      i = num.end - 1;
      continue;
    }
    out += c + d;
    i++;
  }
  return out;
}

/** \xHH \dNNN \oNNN \cX at s[i] (the letter); the produced character and the index after it. */
function numericEscape(s: string, i: number): { ch: string; end: number } | undefined {
  const d = s[i];
  const take = (re: RegExp, base: number, max: number) => {
    let j = i + 1;
    let digits = "";
    while (j < s.length && digits.length < max && re.test(s[j]!)) digits += s[j++];
    if (!digits) return undefined;
    return { ch: String.fromCharCode(parseInt(digits, base) & 0xff), end: j };
  };
  if (d === "x") return take(/[0-9a-fA-F]/, 16, 2);
  if (d === "d") return take(/[0-9]/, 10, 3);
  if (d === "o") return take(/[0-7]/, 8, 3);
  if (d === "c" && i + 1 < s.length) {
    return { ch: String.fromCharCode(s[i + 1]!.toUpperCase().charCodeAt(0) ^ 0x40), end: i + 2 };
  }
  return undefined;
}

/** Processes escapes in a/i/c text and y strings: \t \n \xHH..., other \X become X. */
function unescapeText(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "\\" || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const d = s[i + 1]!;
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", a: "\x07" };
    if (simple[d] !== undefined) {
      out += simple[d];
      i++;
      continue;
    }
    const num = numericEscape(s, i + 1);
    if (num) {
      out += num.ch;
      i = num.end - 1;
      continue;
    }
    out += d;
    i++;
  }
  return out;
}

export function parseScript(chunks: ScriptChunk[], opts: ParseOptions): { cmds: Command[]; quietFromScript: boolean } {
  const cmds: Command[] = [];
  const blocks: number[] = [];
  const r: Reader = new Reader(chunks);
  let quietFromScript = false;
  const first = chunks[0]?.text ?? "";
  if (first.startsWith("#n") && (first.length === 2 || first[2] === "\n")) quietFromScript = true;

  const compile = (pattern: string, icase: boolean, multiline: boolean, at: number): SedRegex => {
    if (pattern === "") return { re: null, icase, multiline };
    let re: PosixRegex;
    try {
      re = compileRegex(convertRegexEscapes(pattern), {
        flavor: opts.extended ? "ere" : "bre",
        icase,
        multiline,
        classCheck: true,
      });
    } catch (e) {
      if (e instanceof RegexSyntaxError) {
        if (e.message.startsWith("character class syntax")) throw new SedError(e.message, 4);
        r.fail(e.message, at);
      }
      throw e;
    }
    return { re, icase, multiline };
  };

  /** Reads up to an unescaped delimiter (bracket-aware for regexes); undefined at end of line/input. */
  const matchSlash = (delim: string, regex: boolean): string | undefined => {
    let s = "";
    for (;;) {
      let c = r.getc();
      if (c === EOF) return undefined;
      if (c === "\n" && regex) return undefined;
      if (c === delim) return s;
      if (c === "\\") {
        c = r.getc();
        if (c === EOF) return undefined;
        if (c === delim) s += delim === "&" && !regex ? "\\&" : delim;
        else if (c === "\n" && !regex) s += "\n";
        else s += `\\${c}`;
        continue;
      }
      if (c === "[" && regex) {
        // A bracket expression: the delimiter does not end it.
        s += c;
        let k = 0;
        let cc = r.getc();
        if (cc === "^") {
          s += cc;
          cc = r.getc();
        }
        for (;; k++) {
          if (cc === EOF || cc === "\n") return undefined;
          s += cc;
          if (cc === "]" && k > 0) break;
          if (cc === "[" && /[:.=]/.test(r.peek())) {
            const kind = r.getc();
            s += kind;
            for (;;) {
              const x = r.getc();
              if (x === EOF || x === "\n") return undefined;
              s += x;
              if (x === kind && r.peek() === "]") {
                s += r.getc();
                break;
              }
            }
          }
          cc = r.getc();
        }
        continue;
      }
      s += c;
    }
  };

  const readNumber = (firstDigit: string): number => {
    let s = firstDigit;
    while (/[0-9]/.test(r.peek())) s += r.getc();
    return Number(s);
  };

  const readRegexAddr = (delim: string): Addr => {
    const pat = matchSlash(delim, true);
    if (pat === undefined) r.fail("unterminated address regex");
    let icase = false;
    let multiline = false;
    for (;;) {
      const c = r.getc();
      if (c === "I") icase = true;
      else if (c === "M") multiline = true;
      else {
        r.ungetc(c);
        break;
      }
    }
    return { kind: "re", re: compile(pat, icase, multiline, r.pos) };
  };

  const readAddr = (second: boolean): Addr | undefined => {
    const c = r.getc();
    if (c === "/") return readRegexAddr("/");
    if (c === "\\") {
      const d = r.getc();
      if (d === EOF || d === "\n") r.fail("unterminated address regex");
      return readRegexAddr(d);
    }
    if (/[0-9]/.test(c)) {
      const n = readNumber(c);
      if (r.peek() === "~") {
        r.getc();
        const d = r.getc();
        const step = /[0-9]/.test(d) ? readNumber(d) : (r.ungetc(d), 0);
        return { kind: "step", first: n, step };
      }
      return { kind: "line", n };
    }
    if (c === "$") return { kind: "last" };
    if ((c === "+" || c === "~") && second) {
      const d = r.getc();
      if (!/[0-9]/.test(d)) {
        r.ungetc(d);
        r.ungetc(c);
        return undefined;
      }
      const n = readNumber(d);
      return c === "+" ? { kind: "plus", n } : { kind: "mult", n };
    }
    r.ungetc(c);
    return undefined;
  };

  const endOfCmd = (): void => {
    const c = r.nonblank();
    if (c === EOF || c === "\n" || c === ";") return;
    if (c === "}" || c === "#") {
      r.ungetc(c);
      return;
    }
    r.fail("extra characters after command");
  };

  const readLabel = (): string => {
    let c = r.nonblank();
    let s = "";
    while (c !== EOF && c !== "\n" && c !== ";" && c !== " " && c !== "\t") {
      s += c;
      c = r.getc();
    }
    r.ungetc(c);
    return s;
  };

  const readFilename = (): string => {
    let c = r.nonblank();
    let s = "";
    while (c !== EOF && c !== "\n") {
      s += c;
      c = r.getc();
    }
    return s;
  };

  /** a/i/c text (read_text): one-liner or backslash-newline form, continued across -e chunks. */
  const readText = (leadin: string): string => {
    let buf = "";
    if (leadin === EOF) {
      // `a\` at the end of an -e: the text is the next expression.
      if (!r.nextChunk()) return "";
    } else if (leadin !== "\n") buf += leadin;
    for (;;) {
      let c = r.getc();
      let cont = false;
      while (c !== EOF && c !== "\n") {
        if (c === "\\") {
          c = r.getc();
          if (c === EOF) {
            cont = true;
            break;
          }
          buf += "\\";
        }
        buf += c;
        c = r.getc();
      }
      // A backslash at the very end of an -e continues the text in the next one.
      if (cont && r.nextChunk()) {
        buf += "\n";
        continue;
      }
      break;
    }
    return `${unescapeText(buf)}\n`;
  };

  for (;;) {
    // Skip separators and comments before a command.
    let c = r.getc();
    while (c === " " || c === "\t" || c === "\n" || c === ";") c = r.getc();
    if (c === EOF) {
      if (r.nextChunk()) continue;
      break;
    }
    if (c === "#") {
      while (c !== EOF && c !== "\n") c = r.getc();
      continue;
    }
    r.ungetc(c);
    const where = r.where();
    const cmd: Command = { negate: false, name: "", rangeActive: false, rangeEnd: 0, where };
    cmd.a1 = readAddr(false);
    if (cmd.a1) {
      if (cmd.a1.kind === "step" && cmd.a1.step === 0) cmd.a1 = { kind: "line", n: cmd.a1.first };
      c = r.nonblank();
      if (c === ",") {
        c = r.nonblank();
        r.ungetc(c);
        cmd.a2 = readAddr(true);
        if (!cmd.a2) r.fail("unexpected `,'", r.pos + 1);
      } else r.ungetc(c);
    }
    c = r.nonblank();
    if (c === "!") {
      cmd.negate = true;
      c = r.nonblank();
      while (c === " " || c === "\t") c = r.getc();
      if (c === "!") r.fail("multiple `!'s");
    }
    if (c === EOF || c === "\n") r.fail("missing command");
    cmd.name = c;
    if (cmd.a1?.kind === "line" && cmd.a1.n === 0 && (!cmd.a2 || cmd.a2.kind !== "re")) {
      r.fail("invalid usage of line address 0");
    }
    const noAddr = (what: string) => {
      if (cmd.a1) r.fail(what);
    };
    const oneAddr = () => {
      if (cmd.a2) r.fail("command only uses one address");
    };
    switch (c) {
      case "{":
        blocks.push(cmds.length);
        cmds.push(cmd);
        continue;
      case "}":
        if (!blocks.length) r.fail("unexpected `}'");
        noAddr("} doesn't want any addresses");
        cmds[blocks.pop()!]!.blockEnd = cmds.length;
        endOfCmd();
        continue; // `}` is not an instruction: `{` jumps past the block's last command
      case "#":
        noAddr("comments don't accept any addresses");
        while (c !== EOF && c !== "\n") c = r.getc();
        continue;
      case ":": {
        noAddr(": doesn't want any addresses");
        const label = readLabel();
        if (!label) r.fail('":" lacks a label');
        cmd.label = label;
        endOfCmd();
        break;
      }
      case "b":
      case "t":
      case "T":
        cmd.label = readLabel();
        endOfCmd();
        break;
      case "a":
      case "i":
      case "c": {
        if (c === "a" || c === "i") {
          /* GNU allows two addresses for a and i */
        }
        let ch = r.nonblank();
        if (ch === EOF) r.fail("expected \\ after `a', `c' or `i'");
        if (ch === "\\") ch = r.getc();
        else {
          r.ungetc(ch);
          ch = "\n";
        }
        cmd.text = readText(ch);
        break;
      }
      case "q":
      case "Q":
      case "l":
      case "L": {
        if (c === "q" || c === "Q") oneAddr();
        const d = r.nonblank();
        if (/[0-9]/.test(d)) cmd.num = readNumber(d);
        else r.ungetc(d);
        endOfCmd();
        break;
      }
      case "=":
      case "d":
      case "D":
      case "F":
      case "g":
      case "G":
      case "h":
      case "H":
      case "n":
      case "N":
      case "p":
      case "P":
      case "x":
      case "z":
        endOfCmd();
        break;
      case "r":
      case "R":
      case "w":
      case "W": {
        const f = readFilename();
        if (!f) r.fail("missing filename in r/R/w/W commands");
        cmd.file = f;
        break;
      }
      case "v": {
        const v = readLabel();
        if (v && compareVersion(v, "4.9") > 0) r.fail("expected newer version of sed");
        endOfCmd();
        break;
      }
      case "s": {
        const delim = r.getc();
        if (delim === EOF || delim === "\n" || delim === "\\") r.fail("unterminated `s' command");
        const pat = matchSlash(delim, true);
        if (pat === undefined) r.fail("unterminated `s' command");
        const rep = matchSlash(delim, false);
        if (rep === undefined) r.fail("unterminated `s' command");
        let global = false;
        let print = 0;
        let nth = 0;
        let icase = false;
        let multiline = false;
        let evaluate = false;
        let wfile: string | undefined;
        for (;;) {
          const f = r.getc();
          if (f === "i" || f === "I") icase = true;
          else if (f === "m" || f === "M") multiline = true;
          else if (f === "e") r.fail("unknown option to `s'"); // s///e runs a shell command: not supported
          else if (f === "p") {
            if (print) r.fail("multiple `p' options to `s' command");
            print++;
          } else if (f === "g") {
            if (global) r.fail("multiple `g' options to `s' command");
            global = true;
          } else if (/[0-9]/.test(f)) {
            if (nth) r.fail("multiple number options to `s' command");
            nth = readNumber(f);
            if (nth === 0) r.fail("number option to `s' command may not be zero");
          } else if (f === "w") {
            wfile = readFilename();
            if (!wfile) r.fail("missing filename in r/R/w/W commands");
            break;
          } else if (f === EOF || f === "\n" || f === ";") break;
          else if (f === "}" || f === "#") {
            r.ungetc(f);
            break;
          } else if (f === " " || f === "\t") {
            endOfCmd();
            break;
          } else r.fail("unknown option to `s'");
        }
        const at = r.pos;
        const re = compile(pat, icase, multiline, at);
        const { parts, maxRef } = parseReplacement(rep);
        if (re.re && maxRef > re.re.nsub) r.fail(`invalid reference \\${maxRef} on \`s' command's RHS`, at);
        cmd.subst = { re, repl: parts, global, nth: nth || 1, print, evaluate, wfile, maxRef };
        break;
      }
      case "y": {
        const delim = r.getc();
        if (delim === EOF || delim === "\n" || delim === "\\") r.fail("unterminated `y' command");
        const a = matchSlash(delim, false);
        if (a === undefined) r.fail("unterminated `y' command");
        const b = matchSlash(delim, false);
        if (b === undefined) r.fail("unterminated `y' command");
        const src = [...unescapeText(a)];
        const dst = [...unescapeText(b)];
        if (src.length !== dst.length) r.fail("strings for `y' command are different lengths");
        cmd.ymap = new Map(src.map((ch, k) => [ch, dst[k]!]));
        endOfCmd();
        break;
      }
      default:
        r.fail(`unknown command: \`${c}'`);
    }
    cmds.push(cmd);
  }
  if (blocks.length) {
    const last = chunks.length - 1;
    r.ci = Math.max(0, last);
    r.fail("unmatched `{'", 0);
  }
  // Resolve branch targets.
  const labels = new Map<string, number>();
  cmds.forEach((c, k) => {
    if (c.name === ":") labels.set(c.label!, k);
  });
  for (const c of cmds) {
    if (c.name === "b" || c.name === "t" || c.name === "T") {
      if (!c.label) c.target = -1;
      else {
        const t = labels.get(c.label);
        if (t === undefined) throw new SedError(`can't find label for jump to \`${c.label}'`, 4);
        c.target = t;
      }
    }
  }
  return { cmds, quietFromScript };
}

function compareVersion(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let k = 0; k < Math.max(pa.length, pb.length); k++) {
    const d = (pa[k] ?? 0) - (pb[k] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The RHS of s: & \1..\9 \n \t \L \U \l \u \E and escaped characters. */
function parseReplacement(rep: string): { parts: ReplPart[]; maxRef: number } {
  const parts: ReplPart[] = [];
  let lit = "";
  let maxRef = 0;
  const flush = () => {
    if (lit) parts.push({ kind: "lit", text: lit });
    lit = "";
  };
  for (let i = 0; i < rep.length; i++) {
    const c = rep[i]!;
    if (c === "&") {
      flush();
      parts.push({ kind: "group", n: 0 });
      continue;
    }
    if (c !== "\\" || i + 1 >= rep.length) {
      lit += c;
      continue;
    }
    const d = rep[++i]!;
    if (d >= "0" && d <= "9") {
      flush();
      const n = d.charCodeAt(0) - 48;
      maxRef = Math.max(maxRef, n);
      parts.push({ kind: "group", n });
      continue;
    }
    if (d === "L" || d === "U" || d === "l" || d === "u" || d === "E") {
      flush();
      parts.push({ kind: "case", mode: d });
      continue;
    }
    const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", a: "\x07" };
    if (simple[d] !== undefined) {
      lit += simple[d];
      continue;
    }
    const num = numericEscape(rep, i);
    if (num) {
      lit += num.ch;
      i = num.end - 1;
      continue;
    }
    lit += d;
  }
  flush();
  return { parts, maxRef };
}
