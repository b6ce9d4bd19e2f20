// gawk's run-time state: variables, the current record and its fields,
// special variables, main input over ARGV, getline sources, output
// redirections (files, /dev/stdout, /dev/stderr, pipes to commands) and the
// error texts gawk prints ("awk: cmd. line:1: (FILENAME=- FNR=3) fatal: ...").

import type { OpenFile } from "../../kernel/task/file.js";
import { Pipe } from "../../kernel/task/pipe.js";
import type { ProgramContext } from "../../kernel/task/program.js";
import { resolveCommand, spawn } from "../../kernel/task/exec.js";
import type { Task } from "../../kernel/task/task.js";
import { strerror } from "../../uapi/errno.js";
import { closeWritten, errnoOf, openForWrite, readPath } from "../grep/files.js";
import { BufferedOut } from "../grep/textio.js";
import { type PosixRegex, RegexSyntaxError } from "../lib/regex/index.js";
import type { Builtins } from "./builtins.js";
import { FormatError, formatAwk } from "./format.js";
import { AwkFatal, type Untyped } from "./interp.js";
import { type ChunkSource, RecordReader, type RsMode, type Splitter, makeSplitter } from "./records.js";
import { RegexCache } from "./regex.js";
import { AwkArray, type V, mkInput, numToStr, toNum, toStr } from "./value.js";

type Slot = V | AwkArray | Untyped;

interface OutputTarget {
  kind: "file" | "pipe" | "std";
  buf: string[];
  file?: OpenFile;
  /** For pipes: the child task reading our output. */
  task?: Task;
  pipe?: Pipe;
}

interface InputSource {
  reader: RecordReader;
  task?: Task;
  pipeEnd?: OpenFile;
}

export class Runtime {
  readonly out: BufferedOut;
  readonly err: BufferedOut;
  readonly globals: Slot[] = [];
  private readonly slots = new Map<string, number>();
  frame: Slot[] = [];
  depth = 0;
  retVal: V;
  exitCode = 0;
  /** Loop iterations since input was last read (see LOOP_BUDGET in interp.ts). */
  loopIterations = 0;
  nr = 0;
  fnr = 0;
  record = "";
  private fields: V[] = [""];
  private nf = 0;
  private split = true;
  private readonly sv: Record<string, V> = {
    FS: " ",
    OFS: " ",
    ORS: "\n",
    RS: "\n",
    SUBSEP: "\x1c",
    CONVFMT: "%.6g",
    OFMT: "%.6g",
    RSTART: 0,
    RLENGTH: -1,
    FILENAME: "",
    RT: "",
    IGNORECASE: 0,
    FIELDWIDTHS: "",
    FPAT: "[^[:space:]]+",
    BINMODE: 0,
    LINT: 0,
    TEXTDOMAIN: "messages",
    ERRNO: "",
  };
  ofs = " ";
  ors = "\n";
  convfmt = "%.6g";
  ofmt = "%.6g";
  ignoreCase = false;
  private splitter: Splitter | undefined;
  private rsMode: RsMode = { kind: "char", ch: "\n" };
  readonly regexes = new RegexCache();
  builtins!: Builtins;
  /** Source line of the statement being run, for messages (gawk reports the rule's line). */
  line = 1;
  srcName = "cmd. line";
  private readonly outputs = new Map<string, OutputTarget>();
  private readonly inputs = new Map<string, InputSource | null>();
  // Main input over ARGV.
  private argi = 0;
  private mainReader: RecordReader | undefined;
  private mainDone = false;
  inMainInput = false;
  /** Called when a command-line `var=value` operand is reached. */
  assignOperand: (text: string) => void = () => {};
  /** Set by nextfile: abandon the current main input file. */
  private readonly warned = new Set<string>();
  randState: { next: () => number; seed: number };

  constructor(
    readonly ctx: ProgramContext,
    readonly prog: string,
  ) {
    this.out = new BufferedOut(ctx.stdout);
    this.err = new BufferedOut(ctx.stderr);
    this.randState = { next: () => 0, seed: 0 };
  }

  // ---- variables ----

  globalSlot(name: string): number {
    let s = this.slots.get(name);
    if (s === undefined) {
      s = this.globals.length;
      this.globals.push(undefined);
      this.slots.set(name, s);
    }
    return s;
  }

  getGlobal(name: string): Slot {
    return this.globals[this.globalSlot(name)];
  }

  setGlobal(name: string, v: Slot): void {
    this.globals[this.globalSlot(name)] = v;
  }

  getVar(name: string): V {
    if (name === "NF") return this.getNF();
    if (name === "NR") return this.nr;
    if (name === "FNR") return this.fnr;
    return this.sv[name];
  }

  setVar(name: string, v: V): void {
    switch (name) {
      case "NF":
        this.setNF(toNum(v));
        return;
      case "NR":
        this.nr = Math.trunc(toNum(v));
        return;
      case "FNR":
        this.fnr = Math.trunc(toNum(v));
        return;
    }
    this.sv[name] = v;
    const s = toStr(v, this.convfmt);
    switch (name) {
      case "FS":
        this.splitter = undefined;
        break;
      case "OFS":
        this.ofs = s;
        break;
      case "ORS":
        this.ors = s;
        break;
      case "CONVFMT":
        this.convfmt = s;
        break;
      case "OFMT":
        this.ofmt = s;
        break;
      case "RS":
        this.rsMode = this.computeRs(s);
        this.splitter = undefined;
        break;
      case "IGNORECASE":
        this.ignoreCase = toNum(v) !== 0 || (typeof v === "string" && v !== "");
        this.splitter = undefined;
        this.rsMode = this.computeRs(toStr(this.sv.RS, this.convfmt));
        break;
    }
  }

  private computeRs(s: string): RsMode {
    if (s === "") return { kind: "para" };
    if (s.length === 1) return { kind: "char", ch: s };
    return { kind: "regex", re: this.dynRegex(s) };
  }

  /** Array subscript of a value: integers as integers, others through CONVFMT. */
  keyOf(v: V): string {
    if (typeof v === "number") return numToStr(v, this.convfmt);
    return toStr(v, this.convfmt);
  }

  // ---- records and fields ----

  setRecord(text: string): void {
    this.record = text;
    this.split = false;
  }

  private ensureSplit(): void {
    if (this.split) return;
    this.split = true;
    if (!this.splitter) {
      const fs = toStr(this.sv.FS, this.convfmt);
      this.splitter = makeSplitter(fs === "\t" ? "\t" : fs, this.rsMode.kind === "para", (src) => this.dynRegex(src));
    }
    const parts = this.splitter(this.record);
    const f: V[] = new Array(parts.length + 1);
    f[0] = "";
    for (let i = 0; i < parts.length; i++) f[i + 1] = mkInput(parts[i]!);
    this.fields = f;
    this.nf = parts.length;
  }

  getField(i: number): V {
    if (i === 0) return mkInput(this.record);
    this.ensureSplit();
    if (i > this.nf) return undefined;
    return this.fields[i];
  }

  setField(i: number, v: V): void {
    if (i === 0) {
      this.setRecord(toStr(v, this.convfmt));
      return;
    }
    this.ensureSplit();
    if (i > this.nf) {
      for (let k = this.nf + 1; k < i; k++) this.fields[k] = "";
      this.nf = i;
    }
    this.fields[i] = v;
    this.rebuild();
  }

  getNF(): number {
    this.ensureSplit();
    return this.nf;
  }

  setNF(n: number): void {
    this.ensureSplit();
    n = Math.trunc(n);
    if (n < 0) throw this.fatal("NF set to negative value");
    for (let k = this.nf + 1; k <= n; k++) this.fields[k] = "";
    this.nf = n;
    this.fields.length = n + 1;
    this.rebuild();
  }

  private rebuild(): void {
    let s = "";
    for (let k = 1; k <= this.nf; k++) {
      if (k > 1) s += this.ofs;
      const v = this.fields[k];
      s += typeof v === "number" ? numToStr(v, this.convfmt) : toStr(v, this.convfmt);
    }
    this.record = s;
  }

  // ---- regexes ----

  regex(src: string, icase: boolean, literal: boolean): PosixRegex {
    try {
      return this.regexes.get(src, icase, literal ? (m) => this.warn(m) : undefined);
    } catch (e) {
      if (e instanceof RegexSyntaxError) {
        if (literal) throw this.parseError(`${e.message}: /${src}/`);
        throw this.fatal(`invalid regexp: ${e.message}: /${src}/`);
      }
      throw e;
    }
  }

  dynRegex(src: string): PosixRegex {
    return this.regex(src, this.ignoreCase, false);
  }

  // ---- messages ----

  private where(): string {
    return `${this.prog}: ${this.srcName}:${this.line}:`;
  }

  fatal(msg: string): AwkFatal {
    const ctxInfo = this.inMainInput ? `(FILENAME=${toStr(this.sv.FILENAME, this.convfmt) || "-"} FNR=${this.fnr}) ` : "";
    return new AwkFatal(`${this.where()} ${ctxInfo}fatal: ${msg}\n`);
  }

  /** A fatal error detected while compiling (status 2, no input context). */
  syntaxFatal(msg: string): AwkFatal {
    return new AwkFatal(`${this.where()} fatal: ${msg}\n`);
  }

  /** An "error:" found while compiling: gawk exits with status 1. */
  parseError(msg: string): AwkFatal {
    const e = new AwkFatal(`${this.where()} error: ${msg}\n`);
    (e as { status?: number }).status = 1;
    return e;
  }

  warn(msg: string, line = this.line): void {
    const text = `${this.prog}: ${this.srcName}:${line}: warning: ${msg}\n`;
    if (this.warned.has(text)) return;
    this.warned.add(text);
    this.err.write(text);
  }

  // ---- printf ----

  sprintf(vs: V[]): string {
    const fmt = toStr(vs[0], this.convfmt);
    const args = vs.slice(1).map((v) => ({
      num: () => toNum(v),
      str: () => (typeof v === "number" ? numToStr(v, this.convfmt) : toStr(v, this.convfmt)),
      isNum: () => typeof v === "number",
    }));
    try {
      return formatAwk(fmt, args);
    } catch (e) {
      if (e instanceof FormatError) {
        throw this.fatal(`${e.message}\n\t\`${fmt}'\n\t${" ".repeat(e.at + 1)}^ ran out for this one`);
      }
      throw e;
    }
  }

  // ---- output ----

  output(kind: ">" | ">>" | "|", name: string, text: string): void {
    let t = this.outputs.get(name);
    if (!t) {
      if (kind === "|") {
        t = this.startOutputPipe(name);
      } else if (name === "/dev/stdout" || name === "-") t = { kind: "std", buf: [] };
      else if (name === "/dev/stderr") t = { kind: "std", buf: [] };
      else {
        try {
          t = { kind: "file", buf: [], file: openForWrite(this.ctx.task, name, kind === ">>") };
        } catch (e) {
          throw this.fatal(`can't redirect to \`${name}' (${strerror(errnoOf(e) ?? 5)})`);
        }
      }
      this.outputs.set(name, t);
    }
    if (t.kind === "std") {
      if (name === "/dev/stderr") this.err.write(text);
      else this.out.write(text);
      return;
    }
    t.buf.push(text);
  }

  private startOutputPipe(cmd: string): OutputTarget {
    const pipe = new Pipe();
    pipe.readEnd.refs = 0;
    const task = this.spawnShell(cmd, new Map([[0, pipe.readEnd]]));
    pipe.writeEnd.refs++;
    return { kind: "pipe", buf: [], pipe, task };
  }

  private spawnShell(cmd: string, fds: Map<number, OpenFile>): Task | undefined {
    const t = this.ctx.task;
    const r = resolveCommand(t, "sh", this.ctx.env.get("PATH"));
    if (r.kind !== "found") return undefined;
    const all = new Map<number, OpenFile>();
    for (const [fd, f] of t.fds) if (fd <= 2) all.set(fd, f);
    for (const [fd, f] of fds) all.set(fd, f);
    return spawn(t, { argv: ["sh", "-c", cmd], env: this.ctx.env, program: r.program, fds: all });
  }

  private async drain(t: OutputTarget): Promise<void> {
    if (!t.buf.length) return;
    const data = new TextEncoder().encode(t.buf.join(""));
    t.buf.length = 0;
    if (t.kind === "file") {
      const r = t.file!.write?.(this.ctx.task, data);
      if (r) await r;
    } else if (t.kind === "pipe") {
      try {
        await t.pipe!.writeEnd.write!(this.ctx.task, data);
      } catch {
        // The command went away (EPIPE): its output is lost, as with SIGPIPE ignored.
      }
    }
  }

  async flushAll(): Promise<void> {
    await this.out.flush();
    await this.err.flush();
    for (const t of this.outputs.values()) await this.drain(t);
  }

  async flushOne(name: string): Promise<number> {
    const t = this.outputs.get(name);
    if (!t) return -1;
    await this.out.flush();
    await this.drain(t);
    return 0;
  }

  /** close(): output files and pipes, input files and commands. Returns gawk's result. */
  async close(name: string): Promise<number> {
    const t = this.outputs.get(name);
    let result = -1;
    if (t) {
      await this.out.flush();
      await this.err.flush();
      await this.drain(t);
      this.outputs.delete(name);
      if (t.kind === "file") {
        closeWritten(t.file!);
        result = 0;
      } else if (t.kind === "pipe") {
        const we = t.pipe!.writeEnd;
        if (--we.refs <= 0) we.release?.();
        result = t.task ? await t.task.waitExit(this.ctx.task) : 127;
      } else result = 0;
    }
    if (this.inputs.has(name)) {
      const s = this.inputs.get(name);
      this.inputs.delete(name);
      result = 0;
      if (s?.pipeEnd && --s.pipeEnd.refs <= 0) s.pipeEnd.release?.();
      if (s?.task) result = await s.task.waitExit(this.ctx.task);
    }
    return result;
  }

  async closeAll(): Promise<void> {
    for (const name of [...this.outputs.keys()]) await this.close(name);
    for (const name of [...this.inputs.keys()]) await this.close(name);
    await this.out.flush();
    await this.err.flush();
  }

  /** system(): flushes output, runs sh -c, returns its exit status. */
  async system(cmd: string): Promise<number> {
    await this.flushAll();
    const t = this.spawnShell(cmd, new Map());
    if (!t) return 127;
    const st = await t.waitExit(this.ctx.task);
    return st;
  }

  // ---- input ----

  /** ARGV[1..ARGC-1] as gawk walks it: assignments run when reached, "-" or none is stdin. */
  private async openNextMain(): Promise<boolean> {
    const argv = this.getGlobal("ARGV") as AwkArray;
    for (;;) {
      const argc = Math.trunc(toNum(this.getGlobal("ARGC") as V));
      this.argi++;
      if (this.argi >= argc) {
        if (this.usedFile) return false;
        this.usedFile = true;
        this.startFile("", this.stdinSource());
        return true;
      }
      const arg = toStr(argv.m.get(String(this.argi)), this.convfmt);
      if (arg === "") continue;
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) {
        this.assignOperand(arg);
        continue;
      }
      this.usedFile = true;
      if (arg === "-" || arg === "/dev/stdin") {
        this.startFile(arg === "-" ? "" : arg, this.stdinSource());
        return true;
      }
      const fs = this.ctx.task.host.fs;
      if (fs.tryLookup(this.ctx.task, this.ctx.task.cwd, arg)?.kind === "dir") {
        this.err.write(`${this.prog}: warning: command line argument \`${arg}' is a directory: skipped\n`);
        continue;
      }
      let data: Uint8Array;
      try {
        data = await readPath(this.ctx.task, arg);
      } catch (e) {
        const err = new AwkFatal(`${this.prog}: fatal: cannot open file \`${arg}' for reading: ${strerror(errnoOf(e) ?? 5)}\n`);
        throw err;
      }
      let given = false;
      this.startFile(arg, async () => {
        if (given) return null;
        given = true;
        return data.length ? data : null;
      });
      return true;
    }
  }

  private usedFile = false;

  private stdinSource(): ChunkSource {
    // Waiting for input flushes stdout only when it is line-buffered (a terminal); a pipe
    // or file keeps stdio's full buffer until it fills (`tcpdump -l | awk ... &`).
    return async () => {
      if (this.ctx.stdout.isTTY) await this.flushAll();
      else await this.err.flush();
      return this.ctx.stdin.read();
    };
  }

  private startFile(name: string, src: ChunkSource): void {
    this.mainReader = new RecordReader(src);
    this.sv.FILENAME = name;
    this.fnr = 0;
  }

  /** Next record of the main input (for the main loop and plain getline); null at the end. */
  async readMainRecord(): Promise<string | null> {
    if (this.mainDone) return null;
    for (;;) {
      if (!this.mainReader && !(await this.openNextMain())) {
        this.mainDone = true;
        return null;
      }
      this.inMainInput = true;
      this.loopIterations = 0;
      const r = await this.mainReader!.next(this.rsMode);
      if (r !== null) {
        this.sv.RT = this.mainReader!.rt;
        return r;
      }
      this.mainReader = undefined;
    }
  }

  /** nextfile: drop the rest of the current input file. */
  skipFile(): void {
    this.mainReader = undefined;
  }

  async readFromFile(name: string): Promise<string | null | undefined> {
    let s = this.inputs.get(name);
    if (s === undefined) {
      let src: ChunkSource;
      if (name === "-" || name === "/dev/stdin") src = this.stdinSource();
      else {
        let data: Uint8Array;
        try {
          data = await readPath(this.ctx.task, name);
        } catch {
          return undefined;
        }
        let given = false;
        src = async () => {
          if (given) return null;
          given = true;
          return data.length ? data : null;
        };
      }
      s = { reader: new RecordReader(src) };
      this.inputs.set(name, s);
    }
    if (!s) return undefined;
    const r = await s.reader.next(this.rsMode);
    if (r !== null) this.sv.RT = s.reader.rt;
    return r;
  }

  async readFromCommand(cmd: string): Promise<string | null | undefined> {
    let s = this.inputs.get(cmd);
    if (s === undefined) {
      await this.flushAll();
      const pipe = new Pipe();
      const task = this.spawnShell(cmd, new Map([[1, pipe.writeEnd]]));
      if (!task) {
        this.inputs.set(cmd, null);
        return undefined;
      }
      const readEnd = pipe.readEnd;
      readEnd.refs++;
      const t = this.ctx.task;
      s = {
        reader: new RecordReader(async () => {
          if (readEnd.pushback?.length) {
            const b = readEnd.pushback;
            readEnd.pushback = undefined;
            return b;
          }
          return readEnd.read!(t);
        }),
        task,
        pipeEnd: readEnd,
      };
      this.inputs.set(cmd, s);
    }
    if (!s) return undefined;
    const r = await s.reader.next(this.rsMode);
    if (r !== null) this.sv.RT = s.reader.rt;
    return r;
  }

  // ---- for-in order ----

  /** for (k in a) order: insertion order, or PROCINFO["sorted_in"]'s when set. */
  forInKeys(a: AwkArray): string[] {
    const keys = [...a.m.keys()];
    const pi = this.getGlobal("PROCINFO");
    if (!(pi instanceof AwkArray)) return keys;
    const how = pi.m.get("sorted_in");
    if (how === undefined) return keys;
    const h = toStr(how, this.convfmt);
    const num = (k: string) => toNum(mkInput(k));
    const valNum = (k: string) => toNum(a.m.get(k));
    const valStr = (k: string) => toStr(a.m.get(k), this.convfmt);
    const cmpStr = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    switch (h) {
      case "@ind_str_asc":
        return keys.sort(cmpStr);
      case "@ind_str_desc":
        return keys.sort((x, y) => cmpStr(y, x));
      case "@ind_num_asc":
        return keys.sort((x, y) => num(x) - num(y) || cmpStr(x, y));
      case "@ind_num_desc":
        return keys.sort((x, y) => num(y) - num(x) || cmpStr(y, x));
      case "@val_num_asc":
        return keys.sort((x, y) => valNum(x) - valNum(y) || cmpStr(x, y));
      case "@val_num_desc":
        return keys.sort((x, y) => valNum(y) - valNum(x) || cmpStr(y, x));
      case "@val_str_asc":
        return keys.sort((x, y) => cmpStr(valStr(x), valStr(y)) || cmpStr(x, y));
      case "@val_str_desc":
        return keys.sort((x, y) => cmpStr(valStr(y), valStr(x)) || cmpStr(y, x));
      default:
        return keys;
    }
  }
}
