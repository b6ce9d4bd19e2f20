// diff (GNU diffutils 3.8): compares two files, or two directories (-r to
// descend), printing the normal, unified (-u/-U) or context (-c/-C) format.
// Exit status 0 same, 1 different, 2 trouble. Option handling and messages
// follow diffutils ("diff: Try 'diff --help' ...", 'missing operand after').
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import type { Inode } from "../../kernel/fs/inode.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { getopt, type LongOpt } from "../coreutils/common/getopt.js";
import { readAll } from "../coreutils/common/cmd.js";
import { fromLatin1, latin1 } from "../coreutils/common/lines.js";
import { strftime, virtualOf, wallOf } from "../coreutils/common/time.js";
import { compareSides, splitSide, type Hunk, type LineOpts, type Side } from "./compare.js";
import { contextFormat, normalFormat, unifiedFormat } from "./format.js";

type Style = "normal" | "unified" | "context";

interface Options {
  style: Style;
  context: number;
  brief: boolean;
  identical: boolean;
  text: boolean;
  recursive: boolean;
  newFile: boolean;
  blankLines: boolean;
  labels: string[];
  line: LineOpts;
  /** The options as typed, for the "diff -r A/f B/f" lines of a directory comparison. */
  switches: string;
}

const LONG: LongOpt[] = [
  { name: "brief", arg: "none", key: "q" },
  { name: "report-identical-files", arg: "none", key: "s" },
  { name: "ignore-case", arg: "none", key: "i" },
  { name: "ignore-all-space", arg: "none", key: "w" },
  { name: "ignore-space-change", arg: "none", key: "b" },
  { name: "ignore-trailing-space", arg: "none", key: "Z" },
  { name: "ignore-tab-expansion", arg: "none", key: "E" },
  { name: "ignore-blank-lines", arg: "none", key: "B" },
  { name: "unified", arg: "optional", key: "unified" },
  { name: "context", arg: "optional", key: "context" },
  { name: "normal", arg: "none" },
  { name: "text", arg: "none", key: "a" },
  { name: "recursive", arg: "none", key: "r" },
  { name: "new-file", arg: "none", key: "N" },
  { name: "label", arg: "required", key: "L" },
  { name: "minimal", arg: "none", key: "d" },
  { name: "speed-large-files", arg: "none", key: "H" },
  { name: "help", arg: "none" },
  { name: "version", arg: "none", key: "v" },
];
const SHORT = "aBbcC:dEHiL:NqrsuU:vwZ";

const VERSION = `diff (GNU diffutils) 3.8
Copyright (C) 2021 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Paul Eggert, Mike Haertel, David Hayes,
Richard Stallman, and Len Tower.
`;

const HELP = `Usage: diff [OPTION]... FILES
Compare FILES line by line.

Report bugs to: bug-diffutils@gnu.org
GNU diffutils home page: <https://www.gnu.org/software/diffutils/>
General help using GNU software: <https://www.gnu.org/gethelp/>
`;

/** The argv entries that were options (with their values), in order, as diff echoes them. */
function switchText(args: string[]): string {
  const out: string[] = [];
  const takesArg = (c: string) => SHORT.includes(`${c}:`);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") break;
    if (!a.startsWith("-") || a === "-") continue;
    out.push(a);
    if (a.startsWith("--")) {
      const name = a.slice(2).split("=")[0]!;
      const l = LONG.find((o) => o.name.startsWith(name));
      if (l?.arg === "required" && !a.includes("=") && i + 1 < args.length) out.push(args[++i]!);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      if (!takesArg(a[j]!)) continue;
      if (j === a.length - 1 && i + 1 < args.length) out.push(args[++i]!);
      break;
    }
  }
  return out.map((s) => ` ${s}`).join("");
}

export const diffMain: Program = async (ctx) => {
  const err = (m: string) => ctx.stderr.write(`diff: ${m}\n`);
  const usage = async (m: string) => {
    await err(m);
    await err("Try 'diff --help' for more information.");
    return 2;
  };
  const args = ctx.argv.slice(1);
  const r = getopt(args, { short: SHORT, long: LONG });
  if (r.kind === "error") return usage(r.message);
  const o: Options = {
    style: "normal",
    context: 3,
    brief: false,
    identical: false,
    text: false,
    recursive: false,
    newFile: false,
    blankLines: false,
    labels: [],
    line: { ignoreCase: false, spaceChange: false, allSpace: false, trailingSpace: false, tabExpansion: false },
    switches: switchText(args),
  };
  let style: Style | undefined;
  const setStyle = (s: Style) => {
    const clash = style !== undefined && style !== s;
    style = s;
    return clash;
  };
  for (const opt of r.opts) {
    switch (opt.key) {
      case "u":
      case "c":
      case "normal":
        if (setStyle(opt.key === "u" ? "unified" : opt.key === "c" ? "context" : "normal")) return usage("conflicting output style options");
        break;
      case "U":
      case "C":
      case "unified":
      case "context": {
        const s: Style = opt.key === "U" || opt.key === "unified" ? "unified" : "context";
        if (setStyle(s)) return usage("conflicting output style options");
        if (opt.value !== undefined) {
          if (!/^\d+$/.test(opt.value)) return usage(`invalid context length '${opt.value}'`);
          o.context = Number(opt.value);
        }
        break;
      }
      case "q":
        o.brief = true;
        break;
      case "s":
        o.identical = true;
        break;
      case "i":
        o.line.ignoreCase = true;
        break;
      case "w":
        o.line.allSpace = true;
        break;
      case "b":
        o.line.spaceChange = true;
        break;
      case "Z":
        o.line.trailingSpace = true;
        break;
      case "E":
        o.line.tabExpansion = true;
        break;
      case "B":
        o.blankLines = true;
        break;
      case "a":
        o.text = true;
        break;
      case "r":
        o.recursive = true;
        break;
      case "N":
        o.newFile = true;
        break;
      case "L":
        if (o.labels.length === 2) {
          await err("too many file label options");
          return 2;
        }
        o.labels.push(opt.value!);
        break;
      case "help":
        await ctx.stdout.write(HELP);
        return 0;
      case "v":
        await ctx.stdout.write(VERSION);
        return 0;
    }
  }
  o.style = style ?? "normal";
  if (r.operands.length < 2) return usage(`missing operand after '${r.operands[0] ?? args[args.length - 1] ?? "diff"}'`);
  if (r.operands.length > 2) return usage(`extra operand '${r.operands[2]}'`);
  return new Differ(ctx, o).compareTop(r.operands[0]!, r.operands[1]!);
};

/** What one operand names: stdin, a missing file (under -N), or an inode. */
interface Operand {
  path: string;
  inode?: Inode;
  stdin?: boolean;
  absent?: boolean;
}

class Differ {
  constructor(
    private ctx: ProgramContext,
    private o: Options,
  ) {}

  private get fs() {
    return this.ctx.task.host.fs;
  }

  private async err(m: string): Promise<void> {
    await this.ctx.stderr.write(`diff: ${m}\n`);
  }

  private async out(s: string): Promise<void> {
    await this.ctx.stdout.write(s);
  }

  private resolve(path: string): Operand | KernelError {
    if (path === "-") return { path, stdin: true };
    try {
      return { path, inode: this.fs.lookup(this.ctx.task, this.ctx.task.cwd, path) };
    } catch (e) {
      if (e instanceof KernelError) return e;
      throw e;
    }
  }

  async compareTop(pa: string, pb: string): Promise<number> {
    let a = this.resolve(pa);
    let b = this.resolve(pb);
    let bad = false;
    for (const [x, p] of [
      [a, pa],
      [b, pb],
    ] as const) {
      if (x instanceof KernelError) {
        // -N makes a missing operand an empty file, when the other one exists.
        if (this.o.newFile && x.errno === 2) continue;
        await this.err(`${p}: ${strerror(x.errno)}`);
        bad = true;
      }
    }
    if (bad) return 2;
    if (a instanceof KernelError) a = { path: pa, absent: true };
    if (b instanceof KernelError) b = { path: pb, absent: true };
    const aDir = a.inode?.kind === "dir";
    const bDir = b.inode?.kind === "dir";
    if (aDir && bDir) {
      if (a.inode === b.inode) return 0;
      return this.compareDirs(pa, pb);
    }
    // A file against a directory means the file of the same name in it.
    if (aDir !== bDir && !a.absent && !b.absent) {
      const [file, dir] = aDir ? [b, a] : [a, b];
      if (file.stdin) {
        await this.err("cannot compare '-' to a directory");
        return 2;
      }
      const joined = `${dir.path.replace(/\/+$/, "")}/${file.path.slice(file.path.lastIndexOf("/") + 1)}`;
      const j = this.resolve(joined);
      if (j instanceof KernelError) {
        await this.err(`${joined}: ${strerror(j.errno)}`);
        return 2;
      }
      return aDir ? this.compareFiles(j, b, true) : this.compareFiles(a, j, true);
    }
    return this.compareFiles(a, b, true);
  }

  private async contents(x: Operand): Promise<Uint8Array> {
    if (x.absent) return new Uint8Array(0);
    if (x.stdin) return this.ctx.stdin.readAllBytes();
    const n = x.inode!;
    if (n.kind === "file") return n.data.slice();
    if (n.kind === "special") return readAll(n.open(this.ctx.task, { read: true, write: false }), this.ctx);
    throw new KernelError(22);
  }

  /** "PATH\tDATE" for the ---/+++ lines: the file's mtime, now for stdin, the epoch for a missing file. */
  private header(x: Operand, label: string | undefined): string {
    if (label !== undefined) return label;
    const ns = x.stdin ? this.ctx.task.sched.clock.now : x.absent ? virtualOf(0) : x.inode!.mtime;
    const w = wallOf(ns);
    return `${x.path}\t${strftime("%Y-%m-%d %H:%M:%S", w.sec)}.${String(w.nsec).padStart(9, "0")} +0000`;
  }

  private async compareFiles(a: Operand, b: Operand, top: boolean): Promise<number> {
    let da: Uint8Array;
    let db: Uint8Array;
    try {
      da = await this.contents(a);
      db = await this.contents(b);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      await this.err(`${a.path}: ${strerror(e.errno)}`);
      return 2;
    }
    const same = (a.inode !== undefined && a.inode === b.inode) || equalBytes(da, db);
    const identical = async () => {
      if (this.o.identical) await this.out(`Files ${a.path} and ${b.path} are identical\n`);
      return 0;
    };
    if (same) return identical();
    if (!this.o.text && (isBinary(da) || isBinary(db))) {
      await this.out(this.o.brief ? `Files ${a.path} and ${b.path} differ\n` : `Binary files ${a.path} and ${b.path} differ\n`);
      return 1;
    }
    const sa = splitSide(latin1(da));
    const sb = splitSide(latin1(db));
    const horizon = this.o.style === "normal" ? 0 : this.o.context;
    let hunks = compareSides(sa, sb, this.o.line, horizon);
    if (this.o.blankLines) hunks = hunks.filter((h) => !onlyBlank(sa, sb, h));
    if (!hunks.length) return identical();
    if (this.o.brief) {
      await this.out(`Files ${a.path} and ${b.path} differ\n`);
      return 1;
    }
    // Names are text; the lines are bytes (held one char per byte).
    let head = "";
    if (!top) head += `diff${this.o.switches} ${a.path} ${b.path}\n`;
    let body: string;
    if (this.o.style === "unified") {
      head += `--- ${this.header(a, this.o.labels[0])}\n+++ ${this.header(b, this.o.labels[1])}\n`;
      body = unifiedFormat(sa, sb, hunks, this.o.context);
    } else if (this.o.style === "context") {
      head += `*** ${this.header(a, this.o.labels[0])}\n--- ${this.header(b, this.o.labels[1])}\n`;
      body = contextFormat(sa, sb, hunks, this.o.context);
    } else body = normalFormat(sa, sb, hunks);
    if (head) await this.out(head);
    await this.ctx.stdout.write(fromLatin1(body));
    return 1;
  }

  private list(path: string, n: Inode | undefined): string[] {
    if (!n || n.kind !== "dir") return [];
    return this.fs
      .list(this.ctx.task, n)
      .filter((x) => x !== "." && x !== "..")
      .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  }

  private async compareDirs(pa: string, pb: string, absentA = false, absentB = false): Promise<number> {
    const ra = absentA ? undefined : this.resolve(pa);
    const rb = absentB ? undefined : this.resolve(pb);
    const ia = ra && !(ra instanceof KernelError) ? ra.inode : undefined;
    const ib = rb && !(rb instanceof KernelError) ? rb.inode : undefined;
    const na = this.list(pa, ia);
    const nb = this.list(pb, ib);
    const names = [...new Set([...na, ...nb])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    let status = 0;
    const join = (d: string, n: string) => (d.endsWith("/") ? d + n : `${d}/${n}`);
    for (const name of names) {
      const ja = join(pa, name);
      const jb = join(pb, name);
      const inA = na.includes(name);
      const inB = nb.includes(name);
      const xa = inA ? this.resolve(ja) : undefined;
      const xb = inB ? this.resolve(jb) : undefined;
      let trouble = false;
      for (const [x, p] of [
        [xa, ja],
        [xb, jb],
      ] as const) {
        if (x instanceof KernelError) {
          await this.err(`${p}: ${strerror(x.errno)}`);
          trouble = true;
        }
      }
      if (trouble) {
        status = 2;
        continue;
      }
      const oa = xa as Operand | undefined;
      const ob = xb as Operand | undefined;
      let s: number;
      if (!oa || !ob) {
        const present = (oa ?? ob)!;
        if (!this.o.newFile) {
          await this.out(`Only in ${inA ? pa : pb}: ${name}\n`);
          s = 1;
        } else if (present.inode?.kind === "dir") {
          s = this.o.recursive ? await this.compareDirs(ja, jb, !inA, !inB) : 0;
          if (!this.o.recursive) await this.out(`Only in ${inA ? pa : pb}: ${name}\n`);
          if (!this.o.recursive) s = 1;
        } else s = await this.compareFiles(oa ?? { path: ja, absent: true }, ob ?? { path: jb, absent: true }, false);
      } else {
        const da = oa.inode!.kind === "dir";
        const db = ob.inode!.kind === "dir";
        if (da && db) {
          if (this.o.recursive) s = await this.compareDirs(ja, jb);
          else {
            await this.out(`Common subdirectories: ${ja} and ${jb}\n`);
            s = 0;
          }
        } else if (da !== db) {
          await this.out(`File ${ja} is a ${kindName(oa.inode!)} while file ${jb} is a ${kindName(ob.inode!)}\n`);
          s = 1;
        } else s = await this.compareFiles(oa, ob, false);
      }
      status = Math.max(status, s);
    }
    return status;
  }
}

function kindName(n: Inode): string {
  if (n.kind === "dir") return "directory";
  if (n.kind === "special" && n.typeChar === "c") return "character special file";
  if (n.kind === "special" && n.typeChar === "p") return "fifo";
  return "regular file";
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** As diff decides from the first buffer it reads: a NUL byte makes the file binary. */
function isBinary(d: Uint8Array): boolean {
  const n = Math.min(d.length, 65536);
  for (let i = 0; i < n; i++) if (d[i] === 0) return true;
  return false;
}

function onlyBlank(a: Side, b: Side, h: Hunk): boolean {
  for (let k = h.a0; k < h.a1; k++) if (a.lines[k] !== "") return false;
  for (let k = h.b0; k < h.b1; k++) if (b.lines[k] !== "") return false;
  return true;
}
