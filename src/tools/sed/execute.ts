// sed's execution cycle (sed/execute.c in behaviour): read a line into the
// pattern space, run the commands, auto-print, flush the append queue.

import type { Match, PosixRegex } from "../lib/regex/index.js";
import type { SedInput } from "./input.js";
import { SedError } from "./parse.js";
import type { Addr, Command, ReplPart, SedRegex, SubstCmd } from "./script.js";

/** An output stream that remembers a missing final newline (output_missing_newline). */
export class Sink {
  missing = false;
  constructor(public write: (s: string) => void) {}
  /** Writes text followed by the delimiter, or by nothing when the line had none. */
  line(text: string, delim: string | null): void {
    this.raw(text);
    if (delim === null) this.missing = true;
    else this.write(delim);
  }
  raw(text: string): void {
    if (this.missing) {
      this.write("\n");
      this.missing = false;
    }
    this.write(text);
  }
}

export interface ExecEnv {
  cmds: Command[];
  quiet: boolean;
  input: SedInput;
  /** Current output (stdout, or the file being edited in place). */
  out: () => Sink;
  /** Output for `w` files by name (/dev/stdout is the current output). */
  wfile: (name: string) => Sink;
  /** Contents of a file for `r` (undefined when unreadable: silently ignored). */
  readFile: (name: string) => Promise<string | undefined>;
  /** Next line of a file for `R`. */
  readLineOf: (name: string) => Promise<string | undefined>;
  delim: string;
  /** -s/-i: ranges do not span files. */
  separate: boolean;
  lineWrap: number;
  posix: boolean;
  checkSignals: () => void;
  maybeFlush: () => Promise<void>;
}

type Append = { kind: "text"; text: string } | { kind: "file"; name: string } | { kind: "rline"; name: string };

export async function runSed(env: ExecEnv): Promise<number | undefined> {
  const { cmds, input } = env;
  let ps = "";
  let chomped = true;
  let hold = "";
  let replaced = false;
  let lastRe: PosixRegex | undefined;
  let appendQueue: Append[] = [];
  let quitCode: number | undefined;
  // 0,/re/ ranges start active.
  const resetRanges = () => {
    for (const c of cmds) {
      c.rangeActive = !!(c.a1 && c.a1.kind === "line" && c.a1.n === 0 && c.a2);
    }
  };
  resetRanges();
  let lastFile = input.name;

  const resolve = (r: SedRegex): PosixRegex => {
    if (r.re) {
      lastRe = r.re;
      return r.re;
    }
    if (!lastRe) throw new SedError("no previous regular expression");
    return lastRe;
  };

  const dumpAppend = async () => {
    const o = env.out();
    for (const a of appendQueue) {
      if (a.kind === "text") o.raw(a.text);
      else if (a.kind === "file") {
        const t = await env.readFile(a.name);
        if (t !== undefined && t.length) o.raw(t);
      } else {
        const l = await env.readLineOf(a.name);
        if (l !== undefined) o.raw(`${l}\n`);
      }
    }
    appendQueue = [];
  };

  const readLine = async (): Promise<boolean> => {
    const l = await input.next();
    if (!l) return false;
    if (input.name !== lastFile) {
      lastFile = input.name;
      if (env.separate) resetRanges();
    }
    ps = l.text;
    chomped = l.chomped;
    replaced = false;
    return true;
  };

  const matchOne = async (a: Addr): Promise<boolean> => {
    switch (a.kind) {
      case "line":
        return input.lineNo === a.n;
      case "last":
        return input.isLast();
      case "re":
        return resolve(a.re).test(ps);
      case "step":
        if (a.step <= 0) return input.lineNo === a.first;
        return input.lineNo >= a.first && (input.lineNo - a.first) % a.step === 0;
      default:
        return false;
    }
  };

  const selected = async (c: Command): Promise<boolean> => {
    if (!c.a1) return true;
    if (!c.a2) return matchOne(c.a1);
    const l = input.lineNo;
    if (c.rangeActive) {
      const a2 = c.a2;
      if (a2.kind === "line" || a2.kind === "plus" || a2.kind === "mult") {
        const end = a2.kind === "line" ? a2.n : c.rangeEnd;
        if (l >= end) c.rangeActive = false;
        return l <= end;
      }
      if (await matchOne(a2)) c.rangeActive = false;
      return true;
    }
    if (!(await matchOne(c.a1))) return false;
    const a2 = c.a2;
    switch (a2.kind) {
      case "line":
        if (a2.n > l) c.rangeActive = true;
        return true;
      case "plus":
        c.rangeEnd = l + a2.n;
        if (a2.n > 0) c.rangeActive = true;
        return true;
      case "mult": {
        if (a2.n <= 0) return true;
        const end = Math.ceil(l / a2.n) * a2.n;
        c.rangeEnd = end;
        if (end > l) c.rangeActive = true;
        return true;
      }
      case "last":
        if (!(await input.isLast())) c.rangeActive = true;
        return true;
      default:
        c.rangeActive = true;
        return true;
    }
  };

  const out = () => env.out();
  const delim = env.delim;

  cycle: for (let skipRead = false; ; ) {
    if (!skipRead) {
      await dumpAppend();
      if (!(await readLine())) break;
    }
    skipRead = false;
    env.checkSignals();
    let ip = 0;
    let steps = 0;
    let endAction: "print" | "delete" | "restart" | "quit" | "quitSilent" = "print";
    exec: while (ip < cmds.length) {
      // A branch loop that never reads input (`:a;ba`) cannot be interrupted while it runs
      // synchronously; real sed would spin forever, we stop it (status 4) after a budget.
      if (++steps > 20_000_000) throw new SedError("nslab: script looped 20000000 times on one line; stopped", 4);
      const c = cmds[ip]!;
      let sel = await selected(c);
      if (c.negate) sel = !sel;
      if (!sel) {
        ip = c.name === "{" ? c.blockEnd! : ip + 1;
        continue;
      }
      ip++;
      switch (c.name) {
        case "{":
        case ":":
          break;
        case "=":
          out().raw(`${input.lineNo}\n`);
          break;
        case "a":
          appendQueue.push({ kind: "text", text: c.text! });
          break;
        case "i":
          out().raw(c.text!);
          break;
        case "c":
          if (!c.a2 || !c.rangeActive || c.negate) out().raw(c.text!);
          endAction = "delete";
          break exec;
        case "b":
          ip = c.target! < 0 ? cmds.length : c.target!;
          break;
        case "t":
          if (replaced) {
            replaced = false;
            ip = c.target! < 0 ? cmds.length : c.target!;
          }
          break;
        case "T":
          if (!replaced) ip = c.target! < 0 ? cmds.length : c.target!;
          else replaced = false;
          break;
        case "d":
          endAction = "delete";
          break exec;
        case "D": {
          const k = ps.indexOf("\n");
          if (k < 0) {
            endAction = "delete";
            break exec;
          }
          ps = ps.slice(k + 1);
          endAction = "restart";
          break exec;
        }
        case "F":
          out().raw(`${input.name}\n`);
          break;
        case "g":
          ps = hold;
          break;
        case "G":
          ps += `\n${hold}`;
          break;
        case "h":
          hold = ps;
          break;
        case "H":
          hold += `\n${ps}`;
          break;
        case "x": {
          const t = ps;
          ps = hold;
          hold = t;
          break;
        }
        case "z":
          ps = "";
          break;
        case "l":
          out().raw(escapeForL(ps, c.num ?? env.lineWrap));
          break;
        case "L":
          break;
        case "n":
          if (await input.isLast()) {
            if (env.posix) endAction = "delete";
            break exec;
          }
          if (!env.quiet) out().line(ps, chomped ? delim : null);
          await dumpAppend();
          if (!(await readLine())) break exec;
          break;
        case "N":
          if (await input.isLast()) {
            if (env.posix) endAction = "delete";
            break exec;
          }
          await dumpAppend();
          {
            const keep = ps;
            if (!(await readLine())) break exec;
            ps = `${keep}\n${ps}`;
          }
          break;
        case "p":
          out().line(ps, chomped ? delim : null);
          break;
        case "P": {
          const k = ps.indexOf("\n");
          out().line(k < 0 ? ps : ps.slice(0, k), delim);
          break;
        }
        case "q":
          quitCode = c.num ?? 0;
          endAction = "quit";
          break exec;
        case "Q":
          quitCode = c.num ?? 0;
          endAction = "quitSilent";
          break exec;
        case "r":
          appendQueue.push({ kind: "file", name: c.file! });
          break;
        case "R":
          appendQueue.push({ kind: "rline", name: c.file! });
          break;
        case "w":
          env.wfile(c.file!).line(ps, delim);
          break;
        case "W": {
          const k = ps.indexOf("\n");
          env.wfile(c.file!).line(k < 0 ? ps : ps.slice(0, k), delim);
          break;
        }
        case "s": {
          const r = substitute(ps, c.subst!, resolve(c.subst!.re));
          if (r !== undefined) {
            ps = r;
            replaced = true;
            if (c.subst!.print) out().line(ps, chomped ? delim : null);
            if (c.subst!.wfile) env.wfile(c.subst!.wfile).line(ps, delim);
          }
          break;
        }
        case "y": {
          const m = c.ymap!;
          let t = "";
          for (const ch of ps) t += m.get(ch) ?? ch;
          ps = t;
          break;
        }
        case "v":
          break;
      }
    }
    if (endAction === "quitSilent") {
      return quitCode;
    }
    if (endAction === "print" || endAction === "quit") {
      if (!env.quiet) out().line(ps, chomped ? delim : null);
    }
    if (endAction === "quit") {
      await dumpAppend();
      return quitCode;
    }
    if (endAction === "restart") {
      await dumpAppend();
      skipRead = true;
    }
    await env.maybeFlush();
    continue cycle;
  }
  return undefined;
}

/** Performs s on text; undefined when nothing was replaced. */
export function substitute(text: string, s: SubstCmd, re: PosixRegex): string | undefined {
  let pos = 0;
  let count = 0;
  let out = "";
  let prevEnd = -1;
  let did = false;
  while (pos <= text.length) {
    const m = re.exec(text, pos);
    if (!m) break;
    if (m.index === m.end && m.index === prevEnd) {
      // No empty match right after the previous match.
      if (m.index >= text.length) break;
      out += text.slice(pos, m.index + 1);
      pos = m.index + 1;
      continue;
    }
    count++;
    if (count >= s.nth) {
      out += text.slice(pos, m.index) + expand(s.repl, m);
      did = true;
    } else out += text.slice(pos, m.end);
    pos = m.end;
    prevEnd = m.end;
    if (did && !s.global) break;
    if (m.index === m.end) {
      if (pos < text.length) out += text[pos];
      pos++;
    }
  }
  if (!did) return undefined;
  if (pos < text.length) out += text.slice(pos);
  return out;
}

function expand(parts: ReplPart[], m: Match): string {
  let out = "";
  let mode: "U" | "L" | "" = "";
  let once: "u" | "l" | "" = "";
  const add = (t: string) => {
    if (!t) return;
    if (mode === "U") t = t.toUpperCase();
    else if (mode === "L") t = t.toLowerCase();
    if (once) {
      t = (once === "u" ? t[0]!.toUpperCase() : t[0]!.toLowerCase()) + t.slice(1);
      once = "";
    }
    out += t;
  };
  for (const p of parts) {
    if (p.kind === "lit") add(p.text);
    else if (p.kind === "group") add(m.groups[p.n] ?? "");
    else if (p.mode === "E") {
      mode = "";
      once = "";
    } else if (p.mode === "U" || p.mode === "L") mode = p.mode;
    else once = p.mode;
  }
  return out;
}

/** The `l` command's unambiguous form, wrapped at width-1 characters with `\`. */
export function escapeForL(text: string, width: number): string {
  const pieces: string[] = [];
  const enc = new TextEncoder();
  const names: Record<string, string> = { "\\": "\\\\", "\x07": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v" };
  for (const ch of text) {
    if (names[ch]) pieces.push(names[ch]!);
    else {
      const code = ch.codePointAt(0)!;
      if (code < 32 || code === 127) pieces.push(`\\${code.toString(8).padStart(3, "0")}`);
      else if (code < 128) pieces.push(ch);
      else if (code >= 0xa0) pieces.push(ch);
      else for (const b of enc.encode(ch)) pieces.push(`\\${b.toString(8).padStart(3, "0")}`);
    }
  }
  let out = "";
  let col = 0;
  const limit = width > 1 ? width - 1 : Infinity;
  for (const p of pieces) {
    if (col + p.length > limit) {
      out += "\\\n";
      col = 0;
    }
    out += p;
    col += p.length;
  }
  return `${out}$\n`;
}
