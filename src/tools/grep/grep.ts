// GNU grep 3.8 (src/grep.c): option parsing, file walking (-r over the VFS),
// line selection with context, counts, file lists, -o and colour output.

import type { ProgramContext } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import { strerror } from "../../uapi/errno.js";
import { RegexSyntaxError } from "../lib/regex/index.js";
import { errnoOf, readPath } from "./files.js";
import { type GetoptSpec, type LongOpt, getopt } from "./getopt.js";
import { GREP_HELP, GREP_VERSION } from "./help.js";
import { GrepMatcher, type GrepMode } from "./matcher.js";
import { BufferedOut, LineSplitter, bytesSource } from "./textio.js";

const L = (name: string, has: LongOpt["has"], key: string): LongOpt => ({ name, has, key });

// Order as grep.c's long_options[]: it decides how ambiguities are listed.
const LONG: LongOpt[] = [
  L("basic-regexp", "none", "G"),
  L("extended-regexp", "none", "E"),
  L("fixed-regexp", "none", "F"),
  L("fixed-strings", "none", "F"),
  L("perl-regexp", "none", "P"),
  L("after-context", "required", "A"),
  L("before-context", "required", "B"),
  L("binary-files", "required", "binary-files"),
  L("byte-offset", "none", "b"),
  L("context", "required", "C"),
  L("color", "optional", "color"),
  L("colour", "optional", "color"),
  L("count", "none", "c"),
  L("devices", "required", "D"),
  L("directories", "required", "d"),
  L("dereference-recursive", "none", "R"),
  L("exclude", "required", "exclude"),
  L("exclude-from", "required", "exclude-from"),
  L("exclude-dir", "required", "exclude-dir"),
  L("file", "required", "f"),
  L("files-with-matches", "none", "l"),
  L("files-without-match", "none", "L"),
  L("group-separator", "required", "group-separator"),
  L("help", "none", "help"),
  L("include", "required", "include"),
  L("ignore-case", "none", "i"),
  L("no-ignore-case", "none", "no-ignore-case"),
  L("initial-tab", "none", "T"),
  L("label", "required", "label"),
  L("line-buffered", "none", "line-buffered"),
  L("line-number", "none", "n"),
  L("line-regexp", "none", "x"),
  L("max-count", "required", "m"),
  L("no-filename", "none", "h"),
  L("no-group-separator", "none", "no-group-separator"),
  L("no-messages", "none", "s"),
  L("null", "none", "Z"),
  L("null-data", "none", "z"),
  L("only-matching", "none", "o"),
  L("quiet", "none", "q"),
  L("recursive", "none", "r"),
  L("regexp", "required", "e"),
  L("invert-match", "none", "v"),
  L("silent", "none", "q"),
  L("text", "none", "a"),
  L("binary", "none", "U"),
  L("version", "none", "V"),
  L("with-filename", "none", "H"),
  L("word-regexp", "none", "w"),
];

const SHORT: GetoptSpec["short"] = {};
for (const c of "EFGHILPTUVZabchilnoqrsuvwxyz0123456789") SHORT[c] = "none";
for (const c of "ABCDXdefm") SHORT[c] = "required";

// GREP_COLORS defaults: ms=01;31 fn=35 ln=32 bn=32 se=36.
const SGR = (code: string, s: string): string => `\x1b[${code}m\x1b[K${s}\x1b[m\x1b[K`;

interface Settings {
  mode: GrepMode;
  patterns: string[] | undefined;
  icase: boolean;
  word: boolean;
  line: boolean;
  invert: boolean;
  count: boolean;
  only: boolean;
  quiet: boolean;
  silent: boolean;
  lineNumbers: boolean;
  byteOffset: boolean;
  withFilename: boolean | undefined;
  listMatching: boolean;
  listNonMatching: boolean;
  recursive: "no" | "r" | "R";
  skipDirs: boolean;
  before: number;
  after: number;
  maxCount: number;
  color: boolean;
  groupSep: string | undefined;
  binaryFiles: "binary" | "text" | "without-match";
  label: string;
  nullAfterName: boolean;
  includes: string[];
  excludes: string[];
  excludeDirs: string[];
}

export async function grepMain(ctx: ProgramContext): Promise<number> {
  const prog = ctx.argv[0] ?? "grep";
  const out = new BufferedOut(ctx.stdout);
  const usageErr = async (msg: string): Promise<number> => {
    await ctx.stderr.write(`${msg}Usage: ${prog} [OPTION]... PATTERNS [FILE]...\nTry '${prog} --help' for more information.\n`);
    return 2;
  };
  const fatal = async (msg: string): Promise<number> => {
    await out.flush();
    await ctx.stderr.write(`${prog}: ${msg}\n`);
    return 2;
  };

  const g = getopt(prog, ctx.argv.slice(1), { short: SHORT, long: LONG, stopAtOperand: ctx.env.has("POSIXLY_CORRECT") });
  if (g.kind === "error") return usageErr(g.message);

  const s: Settings = {
    mode: "G",
    patterns: undefined,
    icase: false,
    word: false,
    line: false,
    invert: false,
    count: false,
    only: false,
    quiet: false,
    silent: false,
    lineNumbers: false,
    byteOffset: false,
    withFilename: undefined,
    listMatching: false,
    listNonMatching: false,
    recursive: "no",
    skipDirs: false,
    before: -1,
    after: -1,
    maxCount: Infinity,
    color: false,
    groupSep: "--",
    binaryFiles: "binary",
    label: "(standard input)",
    nullAfterName: false,
    includes: [],
    excludes: [],
    excludeDirs: [],
  };
  let matcherSet = false;
  let digitContext = "";
  let lastDigitOpt = -1;
  let contextBoth = -1;
  let showHelp = false;
  let lineBuffered = false;
  const addPatterns = (text: string) => {
    s.patterns ??= [];
    s.patterns.push(...text.split("\n"));
  };
  const contextArg = async (v: string): Promise<number | undefined> => {
    if (/^\d+$/.test(v)) return Math.min(Number(v), Number.MAX_SAFE_INTEGER);
    await fatal(`${v}: invalid context length argument`);
    return undefined;
  };

  for (let k = 0; k < g.opts.length; k++) {
    const o = g.opts[k]!;
    const v = o.value ?? "";
    if (/^[0-9]$/.test(o.key)) {
      // -NUM: digits accumulate while they are adjacent options.
      digitContext = lastDigitOpt === k - 1 ? digitContext + o.key : o.key;
      lastDigitOpt = k;
      contextBoth = Number(digitContext);
      continue;
    }
    switch (o.key) {
      case "E":
      case "F":
      case "G":
      case "P":
        // grep 3.8 setmatcher(): a second, different matcher option is an error.
        if (matcherSet && s.mode !== o.key) return fatal("conflicting matchers specified");
        matcherSet = true;
        s.mode = o.key;
        break;
      case "e":
        addPatterns(v);
        break;
      case "f": {
        let text: string;
        try {
          text = v === "-" ? await ctx.stdin.readAll() : new TextDecoder().decode(await readPath(ctx.task, v));
        } catch (e) {
          return fatal(`${v}: ${strerror(errnoOf(e) ?? 5)}`);
        }
        if (text.endsWith("\n")) text = text.slice(0, -1);
        s.patterns ??= [];
        if (text !== "" || (await fileNonEmpty(ctx.task, v))) addPatterns(text);
        break;
      }
      case "i":
      case "y":
        s.icase = true;
        break;
      case "no-ignore-case":
        s.icase = false;
        break;
      case "w":
        s.word = true;
        break;
      case "x":
        s.line = true;
        break;
      case "v":
        s.invert = true;
        break;
      case "c":
        s.count = true;
        break;
      case "o":
        s.only = true;
        break;
      case "q":
        s.quiet = true;
        break;
      case "s":
        s.silent = true;
        break;
      case "n":
        s.lineNumbers = true;
        break;
      case "b":
        s.byteOffset = true;
        break;
      case "H":
        s.withFilename = true;
        break;
      case "h":
        s.withFilename = false;
        break;
      case "l":
        s.listMatching = true;
        s.listNonMatching = false;
        break;
      case "L":
        s.listNonMatching = true;
        s.listMatching = false;
        break;
      case "r":
        s.recursive = "r";
        break;
      case "R":
        s.recursive = "R";
        break;
      case "d":
        if (v === "recurse") s.recursive = "r";
        else if (v === "skip") s.skipDirs = true;
        else if (v === "read") s.skipDirs = false;
        else return invalidArg(v, "--directories", ["read", "recurse", "skip"]);
        break;
      case "D":
        if (v !== "read" && v !== "skip") return invalidArg(v, "--devices", ["read", "skip"]);
        break;
      case "A": {
        const n = await contextArg(v);
        if (n === undefined) return 2;
        s.after = n;
        break;
      }
      case "B": {
        const n = await contextArg(v);
        if (n === undefined) return 2;
        s.before = n;
        break;
      }
      case "C": {
        const n = await contextArg(v);
        if (n === undefined) return 2;
        contextBoth = n;
        break;
      }
      case "m":
        if (!/^-?\d+$/.test(v)) return fatal("invalid max count");
        s.maxCount = Number(v) < 0 ? Infinity : Number(v);
        break;
      case "color":
        if (o.value === undefined || ["auto", "tty", "if-tty"].includes(v)) {
          s.color = ctx.stdout.isTTY && ctx.env.get("TERM") !== "dumb";
        } else if (["always", "yes", "force"].includes(v)) s.color = true;
        else if (["never", "no", "none"].includes(v)) s.color = false;
        else showHelp = true; // grep.c answers a bad WHEN with the full --help, status 0
        break;
      case "group-separator":
        s.groupSep = v;
        break;
      case "no-group-separator":
        s.groupSep = undefined;
        break;
      case "binary-files":
        if (v !== "binary" && v !== "text" && v !== "without-match") return fatal("unknown binary-files type");
        s.binaryFiles = v;
        break;
      case "a":
        s.binaryFiles = "text";
        break;
      case "I":
        s.binaryFiles = "without-match";
        break;
      case "label":
        s.label = v;
        break;
      case "Z":
        s.nullAfterName = true;
        break;
      case "include":
        s.includes.push(v);
        break;
      case "exclude":
        s.excludes.push(v);
        break;
      case "exclude-dir":
        s.excludeDirs.push(v);
        break;
      case "exclude-from":
        try {
          s.excludes.push(...new TextDecoder().decode(await readPath(ctx.task, v)).split("\n").filter(Boolean));
        } catch (e) {
          return fatal(`${v}: ${strerror(errnoOf(e) ?? 5)}`);
        }
        break;
      case "help":
        showHelp = true;
        break;
      case "V":
        await ctx.stdout.write(GREP_VERSION);
        return 0;
      case "line-buffered":
        lineBuffered = true;
        break;
      default:
        // -T, -U, -u, -z: accepted; their effects do not show on our text streams.
        break;
    }
  }
  if (showHelp) {
    await ctx.stdout.write(GREP_HELP.replace("Usage: grep", `Usage: ${prog}`));
    return 0;
  }
  if (contextBoth >= 0) {
    if (s.after < 0) s.after = contextBoth;
    if (s.before < 0) s.before = contextBoth;
  }
  s.after = Math.max(0, s.after);
  s.before = Math.max(0, s.before);

  const operands = [...g.operands];
  if (s.patterns === undefined) {
    if (!operands.length) return usageErr("");
    addPatterns(operands.shift()!);
  }

  if (s.mode === "P" && s.patterns!.length > 1) return fatal("the -P option only supports a single pattern");
  let matcher: GrepMatcher;
  const warnings: string[] = [];
  try {
    matcher = new GrepMatcher(s.patterns!, {
      mode: s.mode,
      icase: s.icase,
      word: s.word,
      line: s.line,
      warn: (m) => warnings.push(m),
    });
  } catch (e) {
    if (e instanceof RegexSyntaxError) return fatal(e.message);
    throw e;
  }
  for (const w of warnings) await ctx.stderr.write(`${prog}: warning: ${w}\n`);

  const files = operands.length ? operands : [s.recursive !== "no" ? "." : "-"];
  const implicitDot = !operands.length && s.recursive !== "no";
  if (s.withFilename === undefined) s.withFilename = files.length > 1 || s.recursive !== "no";

  let anySelected = false;
  let anyError = false;

  const errMsg = async (name: string, errno: number) => {
    anyError = true;
    if (s.silent) return;
    await out.flush();
    await ctx.stderr.write(`${prog}: ${name}: ${strerror(errno)}\n`);
  };

  const fs = ctx.task.host.fs;
  const globMatch = (pat: string, name: string): boolean => globToRegExp(pat).test(name);

  // Searches one file (or stdin); returns true when grep -q may stop.
  const searchOne = async (display: string, source: () => Promise<Uint8Array | null>): Promise<boolean> => {
    const r = await searchStream(display, source, s, matcher, out, ctx);
    if (r.selected) anySelected = true;
    if (r.binaryMatched) {
      await out.flush();
      await ctx.stderr.write(`${prog}: ${display}: binary file matches\n`);
    }
    await out.maybeFlush();
    return s.quiet && r.selected;
  };

  const walk = async (path: string, display: string, top: boolean): Promise<boolean> => {
    const node = fs.tryLookup(ctx.task, ctx.task.cwd, path, !top && s.recursive === "r");
    if (!node) {
      try {
        fs.lookup(ctx.task, ctx.task.cwd, path);
      } catch (e) {
        await errMsg(display, errnoOf(e) ?? 2);
      }
      return false;
    }
    if (node.kind === "symlink") return false; // -r skips symlinks met while recursing
    if (node.kind === "dir") {
      if (s.recursive === "no") {
        if (s.skipDirs) return false;
        await errMsg(display, 21);
        return false;
      }
      if (!top && s.excludeDirs.some((p) => globMatch(p, baseName(path)))) return false;
      if (top && s.excludeDirs.some((p) => globMatch(p, path))) return false;
      for (const name of fs.list(ctx.task, node)) {
        const childPath = path === "/" ? `/${name}` : `${path}/${name}`;
        const childDisplay = implicitDot && display === "." ? name : display.endsWith("/") ? display + name : `${display}/${name}`;
        if (await walk(childPath, childDisplay, false)) return true;
      }
      return false;
    }
    if (!top || s.recursive !== "no") {
      const base = baseName(path);
      if (s.includes.length && !s.includes.some((p) => globMatch(p, base))) return false;
      if (s.excludes.some((p) => globMatch(p, base))) return false;
    }
    let data: Uint8Array;
    try {
      data = await readPath(ctx.task, path);
    } catch (e) {
      await errMsg(display, errnoOf(e) ?? 5);
      return false;
    }
    return searchOne(display, bytesSource(data));
  };

  for (const f of files) {
    if (f === "-") {
      // Waiting for more input flushes only a line-buffered stdout (--line-buffered, a terminal).
      const stop = await searchOne(s.label, async () => {
        if (lineBuffered || ctx.stdout.isTTY) await out.flush();
        return ctx.stdin.read();
      });
      if (stop) break;
      continue;
    }
    if (await walk(f, f, true)) break;
  }
  await out.flush();
  if (s.quiet && anySelected) return 0;
  if (anyError) return 2;
  return anySelected ? 0 : 1;

  async function invalidArg(v: string, opt: string, valid: string[]): Promise<number> {
    await ctx.stderr.write(
      `${prog}: invalid argument ‘${v}’ for ‘${opt}’\nValid arguments are:\n${valid.map((x) => `  - ‘${x}’\n`).join("")}Usage: ${prog} [OPTION]... PATTERNS [FILE]...\nTry '${prog} --help' for more information.\n`,
    );
    return 2;
  }
}

async function fileNonEmpty(task: Task, path: string): Promise<boolean> {
  try {
    return (await readPath(task, path)).length > 0;
  } catch {
    return false;
  }
}

function baseName(p: string): string {
  const t = p.replace(/\/+$/, "");
  return t.slice(t.lastIndexOf("/") + 1);
}

const globCache = new Map<string, RegExp>();
/** fnmatch() without flags: * ? [..] over a base name. */
function globToRegExp(pat: string): RegExp {
  let r = globCache.get(pat);
  if (r) return r;
  let src = "";
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i]!;
    if (c === "*") src += "[\\s\\S]*";
    else if (c === "?") src += "[\\s\\S]";
    else if (c === "[") {
      const close = pat.indexOf("]", i + 2);
      if (close < 0) src += "\\[";
      else {
        let body = pat.slice(i + 1, close);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        src += `[${body.replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else if (c === "\\" && i + 1 < pat.length) src += `\\${pat[++i]}`;
    else src += /[\\^$.|?*+()[\]{}]/.test(c) ? `\\${c}` : c;
  }
  r = new RegExp(`^${src}$`);
  globCache.set(pat, r);
  return r;
}

interface StreamResult {
  selected: boolean;
  binaryMatched: boolean;
}

async function searchStream(
  name: string,
  source: () => Promise<Uint8Array | null>,
  s: Settings,
  matcher: GrepMatcher,
  out: BufferedOut,
  ctx: ProgramContext,
): Promise<StreamResult> {
  const lines = new LineSplitter(source);
  const c = s.color;
  const sep = (ch: string) => (c ? SGR("36", ch) : ch);
  const prefix = (lineNo: number, offset: number, ch: string): string => {
    let p = "";
    if (s.withFilename) p += (c ? SGR("35", name) : name) + (s.nullAfterName ? "\0" : sep(ch));
    if (s.lineNumbers) p += (c ? SGR("32", String(lineNo)) : String(lineNo)) + sep(ch);
    if (s.byteOffset) p += (c ? SGR("32", String(offset)) : String(offset)) + sep(ch);
    return p;
  };
  const listOnly = s.listMatching || s.listNonMatching;
  const printLines = !s.quiet && !s.count && !listOnly;
  const useContext = printLines && !s.only && (s.before > 0 || s.after > 0);

  let count = 0;
  let lineNo = 0;
  let offset = 0;
  let lastPrinted = 0; // line number of the last line output (0: none yet)
  let anyOutput = false;
  let afterLeft = 0;
  const beforeBuf: Array<{ text: string; no: number; off: number }> = [];
  let binary: boolean | undefined;
  let binaryMatched = false;

  const emitLine = (text: string, no: number, off: number, ch: string) => {
    if (anyOutput && s.groupSep !== undefined && useContext && no > lastPrinted + 1) out.write(`${c ? SGR("36", s.groupSep) : s.groupSep}\n`);
    out.write(`${prefix(no, off, ch)}${text}\n`);
    lastPrinted = no;
    anyOutput = true;
  };

  for (;;) {
    if (count >= s.maxCount && afterLeft <= 0) break;
    const text = await lines.readLine();
    if (text === null) break;
    lineNo++;
    const off = offset;
    offset += new TextEncoder().encode(text).length + 1;
    if (binary === undefined && lines.sawNul) binary = s.binaryFiles !== "text";
    if (count >= s.maxCount) {
      // Trailing context after the last permitted match.
      emitLine(text, lineNo, off, "-");
      afterLeft--;
      continue;
    }
    const selected = matcher.test(text) !== s.invert;
    if (!selected) {
      if (useContext) {
        if (afterLeft > 0) {
          emitLine(text, lineNo, off, "-");
          afterLeft--;
        } else if (s.before > 0) {
          beforeBuf.push({ text, no: lineNo, off });
          if (beforeBuf.length > s.before) beforeBuf.shift();
        }
      }
      continue;
    }
    count++;
    if (binary && s.binaryFiles === "without-match") return { selected: false, binaryMatched: false };
    if (s.quiet) return { selected: true, binaryMatched: false };
    if (listOnly) break;
    if (s.count) continue;
    if (binary) {
      binaryMatched = true;
      break;
    }
    for (const b of beforeBuf) emitLine(b.text, b.no, b.off, "-");
    beforeBuf.length = 0;
    if (s.only) {
      if (!s.invert) {
        for (const m of matcher.matches(text)) {
          const piece = m.groups[0]!;
          out.write(`${prefix(lineNo, off + new TextEncoder().encode(text.slice(0, m.index)).length, ":")}${c ? SGR("01;31", piece) : piece}\n`);
        }
      }
    } else if (c && !s.invert) {
      let colored = "";
      let pos = 0;
      for (const m of matcher.matches(text)) {
        colored += text.slice(pos, m.index) + SGR("01;31", m.groups[0]!);
        pos = m.end;
      }
      emitLine(colored + text.slice(pos), lineNo, off, ":");
    } else emitLine(text, lineNo, off, ":");
    afterLeft = useContext ? s.after : 0;
    await out.maybeFlush();
    ctx.task.checkSignals();
  }
  if (s.count) {
    const p = s.withFilename ? (c ? SGR("35", name) : name) + (s.nullAfterName ? "\0" : sep(":")) : "";
    out.write(`${p}${count}\n`);
  }
  if (s.listMatching && count > 0) out.write(`${c ? SGR("35", name) : name}${s.nullAfterName ? "\0" : "\n"}`);
  if (s.listNonMatching && count === 0) out.write(`${c ? SGR("35", name) : name}${s.nullAfterName ? "\0" : "\n"}`);
  return { selected: count > 0, binaryMatched };
}
