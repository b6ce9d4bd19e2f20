// The bash interpreter: executes the AST of src/shell/ast.ts as bash 5.2 does
// (execute_cmd.c in behaviour). One Shell object is one bash process: its
// task (pid, fds, cwd, netns), variables, functions, options, traps and jobs.
// Subshells, pipeline parts, background jobs and command substitutions run a
// forked copy of the Shell in a child task, so nothing they change leaks back.
//
// Time: every wait goes through task.block/task.sleep (the scheduler), never
// anything else. Commands also cost virtual CPU time (1 ms per fork+exec, a
// few µs per builtin), paid in batches, so a busy loop lets the clock move.

import type {
  ArrayLiteral,
  AndOr,
  Assignment,
  Command,
  CommandSubstitution,
  CompoundCommand,
  FunctionDef,
  Pipeline,
  ProcessSubstitution,
  SimpleCommand,
  Statement,
  Word,
  WordPart,
} from "../ast.js";
import { Pipe } from "../../kernel/task/pipe.js";
import { NullFile, type OpenFile } from "../../kernel/task/file.js";
import { resolveCommand, spawn } from "../../kernel/task/exec.js";
import type { Program } from "../../kernel/task/program.js";
import { InStream, OutStream } from "../../kernel/task/stdio.js";
import type { Task } from "../../kernel/task/task.js";
import { Interrupted } from "../../sim/scheduler.js";
import { Rng } from "../../sim/rng.js";
import { ERRNO, KernelError, strerror } from "../../uapi/errno.js";
import { SIGINT, SIGQUIT_NUM, signalNameOf } from "./signals.js";
import { ArithError, ArithUnbound, evalArith, type ArithEnv } from "./arith.js";
import { evalCond } from "./cond.js";
import { DiscardLine, ExitShell, FatalError, StopRun } from "./errors.js";
import { expandPartsInto, expandPattern, expandString, expandWords, type ExpandMode } from "./expand/word.js";
import { DEFAULT_IFS, FieldBuilder } from "./expand/fields.js";
import { globMatch } from "./pattern.js";
import { expandPrompt } from "./prompt.js";
import { xtraceQuote } from "./quote.js";
import { applyRedirects, restoreFds, type SavedFds } from "./redirect.js";
import { andOrText, commandText, partText, pipelineText, wordText } from "./text.js";
import { JobTable, jobDone, signalDesc, type Job } from "./jobs.js";
import {
  ATTR_ASSOC,
  ATTR_ARRAY,
  ATTR_EXPORT,
  ATTR_INTEGER,
  ATTR_LOWER,
  ATTR_READONLY,
  ATTR_UPPER,
  IndexedArray,
  Vars,
  isValidName,
  scalarOf,
  type Var,
} from "./vars.js";
import { parseScript, ParseError, ScriptReader } from "./parse.js";
import { BUILTINS, SPECIAL_BUILTINS } from "./builtins/index.js";

export const BASH_VERSION = "5.2.15(1)-release";

export interface ShellOptions {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  pipefail: boolean;
  noglob: boolean;
  noclobber: boolean;
  allexport: boolean;
  verbose: boolean;
  noexec: boolean;
  monitor: boolean;
  hashall: boolean;
  braceexpand: boolean;
  notify: boolean;
  ignoreeof: boolean;
  posix: boolean;
  emacs: boolean;
  histexpand: boolean;
  history: boolean;
  physical: boolean;
  functrace: boolean;
  errtrace: boolean;
  keyword: boolean;
  onecmd: boolean;
  nolog: boolean;
  vi: boolean;
  privileged: boolean;
  interactiveComments: boolean;
}

export function defaultOptions(): ShellOptions {
  return {
    errexit: false, nounset: false, xtrace: false, pipefail: false, noglob: false, noclobber: false,
    allexport: false, verbose: false, noexec: false, monitor: false, hashall: true, braceexpand: true,
    notify: false, ignoreeof: false, posix: false, emacs: false, histexpand: false, history: false,
    physical: false, functrace: false, errtrace: false, keyword: false, onecmd: false, nolog: false,
    vi: false, privileged: false, interactiveComments: true,
  };
}

/** Shared by every shell of one run: the command budget (HostLimits.maxCommands). */
export interface Budget {
  count: number;
  max: number;
  stopped: boolean;
}

const budgets = new WeakMap<Task, Budget>();

/** A body that is one simple command (a subshell may exec it in place). */
function isLoneSimple(body: Statement[]): boolean {
  if (body.length !== 1 || body[0]!.background) return false;
  const ao = body[0]!.andOr;
  return ao.rest.length === 0 && ao.first.commands.length === 1 && !ao.first.negated && ao.first.commands[0]!.type === "SimpleCommand";
}

function findBudget(task: Task): Budget | undefined {
  for (let t: Task | undefined = task; t; t = t.parent) {
    const b = budgets.get(t);
    if (b) return b;
  }
  return undefined;
}

/** Loop/function control flow in progress. */
const CTL_NONE = 0, CTL_BREAK = 1, CTL_CONTINUE = 2, CTL_RETURN = 3;

/** Virtual CPU costs (ns). */
const COST_FORK_EXEC = 1_000_000;
const COST_BUILTIN = 2_000;
const COST_FORK = 500_000;
const PAY_THRESHOLD = 100_000;

/** Default bound on function nesting when FUNCNEST is not set (bash itself has none and would crash). */
export const DEFAULT_FUNCNEST = 5000;

export type Builtin = (sh: Shell, argv: string[]) => Promise<number> | number;

const enc = new TextEncoder();
const dec = new TextDecoder();

export interface ShellInit {
  /** $0 */
  scriptName: string;
  /** Name used in error messages ("NAME: line N: …"). */
  errName?: string;
  positional?: string[];
  env: Map<string, string>;
  interactive?: boolean;
  /** `-c` string mode (for $- and parse error prefixes). */
  mode?: "-c" | "file" | "stdin" | "interactive";
}

export class Shell {
  task: Task;
  vars: Vars;
  funcs: Map<string, FunctionDef>;
  opts: ShellOptions;
  shopts: Map<string, boolean>;
  aliases: Map<string, string>;
  positional: string[];
  scriptName: string;
  errName: string;
  status = 0;
  lineno = 0;
  interactive: boolean;
  mode: "-c" | "file" | "stdin" | "interactive";
  /** $$: the pid of the top-level shell (subshells keep it). */
  rootPid: number;
  lastBgPid: number | undefined;
  pipestatus: number[] = [0];
  jobs: JobTable;
  traps: Map<string, string>;
  /** The parent's traps, shown by `trap -p` in a subshell until changed there. */
  inheritedTraps = new Map<string, string>();
  hash: Map<string, string>;
  dirStack: string[] = [];
  /** Control flow in progress (break/continue/return). */
  ctl = CTL_NONE;
  ctlCount = 0;
  returnStatus = 0;
  loopDepth = 0;
  funcDepth = 0;
  funcNames: string[] = [];
  sourceDepth = 0;
  /** > 0 where set -e does not apply (if/while conditions, && || lists, !). */
  errexitIgnore = 0;
  /** Nesting of command substitution (for PS4 repetition and BASH_SUBSHELL). */
  subshellLevel = 0;
  xtraceLevel = 1;
  budget: Budget;
  private debt = 0;
  /** Status of the last command substitution in the current command (-1: none). */
  lastSubstStatus = -1;
  /** Signals caught by trap handlers, waiting to run their actions. */
  pendingTraps: number[] = [];
  /** The next simple command, if external, may replace this shell process (fork+exec elision). */
  execInPlace = false;
  /** This shell is a part of a pipeline (its stdin is the pipe: async commands keep it). */
  inPipe = false;
  /** $_ */
  lastArg = "";
  private startNs: number;
  private secondsBase = 0;
  private randomRng: Rng | undefined;
  /** Set while running the EXIT trap (so `exit` inside it does not re-run it). */
  exiting = false;
  umask = 0o022;
  /** BASH_SOURCE: the file being read (sourced files, function definitions' files). */
  sourceStack: string[] = [];
  /** Where each function was defined (its BASH_SOURCE while it runs). */
  funcSources = new Map<string, string>();
  /** `source` nesting (return is allowed there). */
  sourceDepthForReturn = 0;
  /** Array literals of declaration builtin arguments, by argv index (declare -a a=(1 2)). */
  declArrays: Map<number, Assignment> | undefined;
  /** getopts' position inside a cluster of option letters. */
  getoptsState = { optind: 1, sub: 1 };
  /** Prefix assignments of the command being run (for exec's environment). */
  private currentTemp: Array<[string, string]> | undefined;
  /** BASH_REMATCH and friends rely on this being a real variable store. */

  constructor(task: Task, init: ShellInit | Shell) {
    this.task = task;
    if (init instanceof Shell) {
      // fork
      const p = init;
      this.vars = p.vars.fork();
      this.funcs = new Map(p.funcs);
      this.opts = { ...p.opts };
      this.shopts = new Map(p.shopts);
      this.aliases = new Map(p.aliases);
      this.positional = p.positional;
      this.scriptName = p.scriptName;
      this.errName = p.errName;
      this.status = p.status;
      this.lineno = p.lineno;
      this.interactive = false;
      this.mode = p.mode === "interactive" ? "stdin" : p.mode;
      this.rootPid = p.rootPid;
      this.lastBgPid = p.lastBgPid;
      this.pipestatus = p.pipestatus;
      this.jobs = p.jobs.clone();
      this.inPipe = p.inPipe;
      // Traps are reset in a subshell, except ignored signals (kept by the task's handlers copy).
      this.traps = new Map();
      for (const [k, v] of p.traps) if (v === "") this.traps.set(k, v);
      // `trap -p` in a subshell still shows the parent's traps (bash keeps their text for display).
      this.inheritedTraps = new Map([...p.inheritedTraps, ...p.traps]);
      this.hash = new Map(p.hash);
      this.dirStack = [...p.dirStack];
      this.funcDepth = p.funcDepth;
      this.funcNames = [...p.funcNames];
      this.errexitIgnore = p.errexitIgnore;
      this.subshellLevel = p.subshellLevel + 1;
      this.xtraceLevel = p.xtraceLevel;
      this.budget = p.budget;
      this.startNs = p.startNs;
      this.secondsBase = p.secondsBase;
      this.lastArg = p.lastArg;
      this.umask = p.umask;
      this.randomRng = p.randomRng;
      this.sourceStack = [...p.sourceStack];
      this.funcSources = new Map(p.funcSources);
      this.sourceDepthForReturn = p.sourceDepthForReturn;
      this.getoptsState = { ...p.getoptsState };
      this.installDynamics();
      return;
    }
    this.vars = new Vars();
    this.funcs = new Map();
    this.opts = defaultOptions();
    this.shopts = new Map(DEFAULT_SHOPTS);
    this.aliases = new Map();
    this.positional = init.positional ?? [];
    this.scriptName = init.scriptName;
    this.errName = init.errName ?? init.scriptName;
    this.interactive = !!init.interactive;
    this.mode = init.mode ?? "-c";
    if (this.mode === "file") this.sourceStack.push(init.scriptName);
    this.rootPid = task.pid;
    this.jobs = new JobTable();
    this.traps = new Map();
    this.hash = new Map();
    let b = findBudget(task);
    if (!b) {
      b = { count: 0, max: task.host.limits.maxCommands ?? 20_000_000, stopped: false };
      budgets.set(task, b);
    }
    this.budget = b;
    this.startNs = task.host.clock.now;
    for (const [k, v] of init.env) {
      if (!isValidName(k)) continue;
      const vr = this.vars.create(k, "global");
      vr.value = v;
      vr.attrs |= ATTR_EXPORT;
    }
    this.initVars();
    this.installDynamics();
  }

  /** A copy of this shell running in `task` (a subshell). */
  fork(task: Task): Shell {
    return new Shell(task, this);
  }

  // ---------------------------------------------------------------- variables

  private initVars(): void {
    const set = (k: string, v: string, attrs = 0) => {
      const x = this.vars.create(k, "global");
      if (x.value === undefined) x.value = v;
      x.attrs |= attrs;
    };
    const host = this.task.host;
    set("IFS", DEFAULT_IFS);
    set("PS1", this.interactive ? "\\u@\\h:\\w\\$ " : "\\s-\\v\\$ ");
    set("PS2", "> ");
    set("PS4", "+ ");
    set("OPTIND", "1");
    set("BASH", "/usr/bin/bash");
    set("BASH_VERSION", BASH_VERSION);
    set("HOSTNAME", host.hostname);
    set("HOSTTYPE", "x86_64");
    set("MACHTYPE", "x86_64-pc-linux-gnu");
    set("OSTYPE", "linux-gnu");
    set("UID", "0", ATTR_READONLY | ATTR_INTEGER);
    set("EUID", "0", ATTR_READONLY | ATTR_INTEGER);
    set("PPID", String(this.task.parent?.pid ?? 0), ATTR_READONLY | ATTR_INTEGER);
    set("OPTERR", "1");
    set("HISTFILESIZE", "500");
    set("HISTSIZE", "500");
    const vinfo = this.vars.create("BASH_VERSINFO", "global");
    vinfo.value = IndexedArray.of(["5", "2", "15", "1", "release", "x86_64-pc-linux-gnu"]);
    vinfo.attrs |= ATTR_READONLY | ATTR_ARRAY;
    const pwd = this.vars.lookup("PWD");
    if (!pwd || pwd.value !== this.task.cwd) set("PWD", this.task.cwd);
    if (pwd) pwd.value = this.task.cwd;
    const shlvl = this.vars.lookup("SHLVL");
    const lvl = shlvl && typeof shlvl.value === "string" && /^\d+$/.test(shlvl.value) ? Number(shlvl.value) + 1 : 1;
    const s = this.vars.create("SHLVL", "global");
    s.value = String(lvl);
    s.attrs |= ATTR_EXPORT;
    if (this.interactive) set("HISTFILE", "/root/.bash_history");
  }

  private installDynamics(): void {
    const dyn = (name: string, get: () => string, setf?: (v: string) => void, attrs = 0) => {
      const v = this.vars.create(name, "global");
      v.dyn = { get, set: setf };
      v.value = "";
      v.attrs |= attrs;
    };
    dyn("LINENO", () => String(this.lineno), () => {});
    dyn("RANDOM", () => String(this.random()), (v) => {
      this.randomRng = new Rng(Number(v) | 0);
    });
    dyn("SRANDOM", () => String(this.task.host.rng.u32()));
    dyn("SECONDS", () => String(Math.floor((this.task.host.clock.now - this.startNs) / 1e9) + this.secondsBase), (v) => {
      this.startNs = this.task.host.clock.now;
      this.secondsBase = Number(v) || 0;
    });
    dyn("BASHPID", () => String(this.task.pid), undefined, ATTR_INTEGER);
    dyn("BASH_SUBSHELL", () => String(this.subshellLevel));
    dyn("EPOCHSECONDS", () => String(Math.floor(this.epochNs() / 1e9)));
    dyn("EPOCHREALTIME", () => {
      const ns = this.epochNs();
      return `${Math.floor(ns / 1e9)}.${String(Math.floor((ns % 1e9) / 1e3)).padStart(6, "0")}`;
    });
    dyn("PIPESTATUS", () => String(this.pipestatus[0] ?? 0));
    dyn("FUNCNAME", () => this.funcNames[this.funcNames.length - 1] ?? "");
    dyn("GROUPS", () => "0");
  }

  private epochNs(): number {
    return this.task.host.clock.now + EPOCH_NS;
  }

  private random(): number {
    if (this.randomRng) return this.randomRng.int(0, 32767);
    return this.task.host.rng.int(0, 32767);
  }

  /** The array value behind a dynamic array variable (PIPESTATUS, FUNCNAME). */
  dynArray(name: string): IndexedArray | undefined {
    if (name === "PIPESTATUS") return IndexedArray.of(this.pipestatus.map(String));
    if (name === "FUNCNAME") return IndexedArray.of([...this.funcNames].reverse());
    if (name === "GROUPS") return IndexedArray.of(["0"]);
    return undefined;
  }

  /** The value of a variable for expansion (arrays materialised for dynamic ones). */
  valueOf(v: Var, name: string): string | IndexedArray | Map<string, string> | undefined {
    if (v.dyn) return this.dynArray(name) ?? v.dyn.get();
    return v.value;
  }

  /** $name for any parameter name (specials, positionals, variables). */
  getScalar(name: string): string | undefined {
    const c = name.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      const n = Number(name);
      if (n === 0) return this.scriptName;
      return this.positional[n - 1];
    }
    switch (name) {
      case "?":
        return String(this.status);
      case "#":
        return String(this.positional.length);
      case "$":
        return String(this.rootPid);
      case "!":
        return this.lastBgPid === undefined ? undefined : String(this.lastBgPid);
      case "-":
        return this.flagString();
      case "_":
        return this.lastArg;
      case "@":
      case "*":
        return this.positional.join(name === "*" ? this.ifsFirst() : " ");
    }
    const v = this.vars.lookup(name);
    if (!v) return undefined;
    return scalarOf(v);
  }

  /** ${name[idx]} (idx already expanded text). */
  getElement(name: string, idx: string): string | undefined {
    const v = this.vars.lookup(name);
    if (!v) {
      if (!(/^[A-Za-z_]/.test(name))) return undefined;
      return undefined;
    }
    const val = this.valueOf(v, name);
    if (val instanceof Map) return val.get(idx);
    const i = Number(this.arith(idx));
    if (val instanceof IndexedArray) {
      if (i < 0) {
        const k = val.keys();
        const j = (k.length ? k[k.length - 1]! + 1 : 0) + i;
        if (j < 0) {
          this.errorLine(`${name}: bad array subscript`);
          return undefined;
        }
        return val.get(j);
      }
      return val.get(i);
    }
    if (i === 0 || i === -1) return val;
    return undefined;
  }

  ifs(): string {
    const v = this.vars.lookup("IFS");
    if (!v) return DEFAULT_IFS;
    return scalarOf(v) ?? DEFAULT_IFS;
  }

  ifsFirst(): string {
    const v = this.vars.lookup("IFS");
    if (!v) return " ";
    const s = scalarOf(v);
    if (s === undefined) return " ";
    return s.slice(0, 1);
  }

  flagString(): string {
    const o = this.opts;
    let s = "";
    if (o.allexport) s += "a";
    if (o.notify) s += "b";
    if (o.errexit) s += "e";
    if (o.noglob) s += "f";
    if (o.hashall) s += "h";
    if (this.interactive) s += "i";
    if (o.keyword) s += "k";
    if (o.monitor) s += "m";
    if (o.noexec) s += "n";
    if (o.onecmd) s += "t";
    if (o.nounset) s += "u";
    if (o.verbose) s += "v";
    if (o.xtrace) s += "x";
    if (o.braceexpand) s += "B";
    if (o.noclobber) s += "C";
    if (o.errtrace) s += "E";
    if (o.histexpand) s += "H";
    if (o.physical) s += "P";
    if (o.functrace) s += "T";
    if (this.mode === "-c") s += "c";
    if (this.mode === "stdin" || this.mode === "interactive") s += "s";
    return s;
  }

  /**
   * Assigns a scalar (name or name[index]), honouring readonly, integer and
   * case attributes and allexport. Returns false (after bash's message) on a
   * readonly variable.
   */
  setVar(name: string, value: string, opts: { append?: boolean; local?: boolean; index?: string } = {}): boolean {
    let v = opts.local ? this.vars.create(name, "local") : this.vars.lookupMut(name);
    if (v && v.attrs & ATTR_READONLY) {
      this.errorLine(`${name}: readonly variable`);
      return false;
    }
    if (!v) v = this.vars.create(name, "global");
    if (v.dyn && opts.index === undefined) {
      if (v.dyn.set) {
        v.dyn.set(value);
        return true;
      }
      v.dyn = undefined;
    }
    if (v.attrs & ATTR_INTEGER) {
      const base = opts.append ? (opts.index !== undefined ? this.elementOf(v, opts.index) : scalarOf(v)) ?? "0" : undefined;
      value = String(this.arith(base !== undefined ? `${base || 0}+(${value})` : value));
    } else if (opts.append) {
      value = (opts.index !== undefined ? this.elementOf(v, opts.index) : scalarOf(v) ?? "") + value;
    }
    if (v.attrs & ATTR_UPPER) value = value.toUpperCase();
    else if (v.attrs & ATTR_LOWER) value = value.toLowerCase();
    if (this.opts.allexport) v.attrs |= ATTR_EXPORT;
    if (opts.index !== undefined) {
      return this.setElement(v, name, opts.index, value);
    }
    if (v.value instanceof IndexedArray) v.value.set(0, value);
    else if (v.value instanceof Map) v.value.set("0", value);
    else v.value = value;
    return true;
  }

  private elementOf(v: Var, idx: string): string | undefined {
    if (v.value instanceof Map) return v.value.get(idx);
    if (v.value instanceof IndexedArray) return v.value.get(Number(this.arith(idx)));
    return Number(this.arith(idx)) === 0 ? (v.value as string | undefined) : undefined;
  }

  private setElement(v: Var, name: string, idx: string, value: string): boolean {
    if (v.value instanceof Map || v.attrs & ATTR_ASSOC) {
      if (!(v.value instanceof Map)) v.value = new Map();
      (v.value as Map<string, string>).set(idx, value);
      return true;
    }
    let i = Number(this.arith(idx));
    if (!(v.value instanceof IndexedArray)) {
      const old = v.value;
      v.value = new IndexedArray();
      if (typeof old === "string") v.value.set(0, old);
      v.attrs |= ATTR_ARRAY;
    }
    const arr = v.value as IndexedArray;
    if (i < 0) {
      i += arr.nextIndex();
      if (i < 0) {
        this.errorLine(`${name}[${idx}]: bad array subscript`);
        return false;
      }
    }
    arr.set(i, value);
    return true;
  }

  /** name=value or name[idx]=value from expansions (${x:=v}, read, getopts…). */
  assignIndexed(name: string, index: string | undefined, value: string): boolean {
    return this.setVar(name, value, { index });
  }

  /** Evaluates an arithmetic expression; errors are fatal to the command (as $((…)) is). */
  arith(expr: string, context?: string): bigint {
    try {
      return evalArith(expr, this.arithEnv());
    } catch (e) {
      throw this.arithFailure(e, context);
    }
  }

  arithFailure(e: unknown, context?: string): FatalError | DiscardLine {
    if (e instanceof ArithError) {
      this.errorLine(`${context ? `${context}: ` : ""}${e.message}`);
      return new DiscardLine(1);
    }
    if (e instanceof ArithUnbound) {
      this.errorLine(e.message);
      return new FatalError(127);
    }
    throw e;
  }

  private arithEnvCache: ArithEnv | undefined;
  arithEnv(): ArithEnv {
    if (this.arithEnvCache) return this.arithEnvCache;
    const sh = this;
    this.arithEnvCache = {
      get(name, index) {
        if (index === undefined) return sh.getScalar(name);
        return sh.getElement(name, index);
      },
      set(name, index, value) {
        if (!sh.setVar(name, String(value), { index })) throw new DiscardLine(1);
      },
      get nounset() {
        return sh.opts.nounset;
      },
    };
    return this.arithEnvCache;
  }

  /** The environment exported to a child program. */
  exportEnv(extra?: Array<[string, string]>): Map<string, string> {
    const env = new Map<string, string>();
    for (const scope of this.vars.scopes) {
      for (const [k, v] of scope) {
        if (v.attrs & ATTR_EXPORT) {
          const s = v.dyn ? v.dyn.get() : scalarOf(v);
          if (s !== undefined && !(v.value instanceof IndexedArray) && !(v.value instanceof Map)) env.set(k, s);
          else env.delete(k);
        } else env.delete(k);
      }
    }
    if (extra) for (const [k, v] of extra) env.set(k, v);
    return env;
  }

  // ---------------------------------------------------------------- output

  errPrefix(): string {
    if (this.interactive) return "bash: ";
    return `${this.currentSource()}: line ${this.lineno}: `;
  }

  /** BASH_SOURCE[0], or $0 where bash has none (bash -c at top level). */
  currentSource(): string {
    const s = this.sourceStack[this.sourceStack.length - 1];
    return s || this.errName;
  }

  tempEnv(): Array<[string, string]> | undefined {
    return this.currentTemp;
  }

  /** Prints `NAME: line N: MSG` on stderr (errors ignored: stderr may be closed). */
  errorLine(msg: string): void {
    this.writeSync(2, `${this.errPrefix()}${msg}\n`);
  }

  /** Best-effort synchronous write for diagnostics; pipes that would block are written asynchronously. */
  writeSync(fd: number, text: string): void {
    const f = this.task.getFd(fd);
    if (!f || !f.write) return;
    try {
      const r = f.write(this.task, enc.encode(text));
      if (r) r.catch(() => {});
    } catch {
      // a diagnostic that cannot be written is dropped, as bash's would be
    }
  }

  /** Writes to an fd; EPIPE propagates (the process dies of SIGPIPE), EBADF etc. throw KernelError. */
  async write(fd: number, text: string | Uint8Array): Promise<void> {
    const f = this.task.getFd(fd);
    if (!f || !f.write) throw new KernelError(ERRNO.EBADF);
    const data = typeof text === "string" ? enc.encode(text) : text;
    if (!data.length) return;
    const r = f.write(this.task, data);
    if (r) await r;
  }

  // ---------------------------------------------------------------- expansion

  expandWords(words: Word[]): Promise<string[]> {
    return expandWords(this, words);
  }
  expandString(w: Word): Promise<string> {
    return expandString(this, w);
  }
  expandPattern(w: Word): Promise<string> {
    return expandPattern(this, w);
  }
  expandPartsInto(fb: FieldBuilder, parts: WordPart[], quoted: boolean, mode: ExpandMode): Promise<void> {
    return expandPartsInto(this, fb, parts, quoted, mode);
  }
  /** A subscript's text after expansion (not yet evaluated: assoc keys are strings). */
  async expandIndexText(w: Word): Promise<string> {
    if (w.parts.length === 1 && w.parts[0]!.type === "Literal") return (w.parts[0] as { value: string }).value;
    return this.expandString(w);
  }
  wordText(w: Word): string {
    return wordText(w);
  }
  partText(p: WordPart): string {
    return partText(p);
  }

  expandPromptString(s: string): string {
    return expandPrompt(this, s);
  }

  /** $(…) and `…`: runs the body in a subshell whose stdout is a pipe; trailing newlines removed. */
  async commandSubst(cs: CommandSubstitution): Promise<string> {
    let body = cs.body;
    if (cs.source !== undefined && body.length === 0) {
      try {
        body = parseScript(cs.source).body;
      } catch (e) {
        if (e instanceof ParseError) {
          for (const l of e.lines()) this.writeSync(2, `${this.errName}: command substitution: line ${this.lineno}: ${l}\n`);
          this.lastSubstStatus = 2;
          return "";
        }
        throw e;
      }
    }
    // $(< file) reads the file directly.
    const fast = this.catFileSubst(body);
    if (fast !== undefined) {
      const text = await fast;
      return text.replace(/\n+$/, "");
    }
    const pipe = new Pipe();
    const child = this.forkTask("bash");
    child.setFd(1, pipe.writeEnd);
    const sub = this.fork(child);
    sub.opts.errexit = sub.shopts.get("inherit_errexit") ? this.opts.errexit : false;
    sub.xtraceLevel = this.xtraceLevel + 1;
    sub.execInPlace = isLoneSimple(body);
    this.charge(COST_FORK);
    void child.start(() => sub.runChild(() => sub.execList(body)));
    const reader = pipe.readEnd;
    reader.refs++;
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        let c: Uint8Array | null;
        try {
          c = await reader.read!(this.task);
        } catch (e) {
          if (this.trappedInterrupt(e)) continue;
          throw e;
        }
        if (c === null) break;
        total += c.length;
        if (total > this.task.host.limits.maxFileBytes) {
          this.errorLine("command substitution: output too large");
          break;
        }
        chunks.push(c);
      }
    } finally {
      if (--reader.refs <= 0) reader.release?.();
    }
    const st = await this.waitTask(child);
    this.lastSubstStatus = st;
    this.status = st;
    let text = "";
    for (const c of chunks) text += dec.decode(c, { stream: true });
    text += dec.decode();
    if (text.includes("\0")) {
      this.errorLine("warning: command substitution: ignored null byte in input");
      text = text.replace(/\0/g, "");
    }
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
    return end === text.length ? text : text.slice(0, end);
  }

  private catFileSubst(body: Statement[]): Promise<string> | undefined {
    if (body.length !== 1 || body[0]!.background) return undefined;
    const ao = body[0]!.andOr;
    if (ao.rest.length || ao.first.commands.length !== 1 || ao.first.negated) return undefined;
    const c = ao.first.commands[0]!;
    if (c.type !== "SimpleCommand" || c.words.length || c.assignments.length || c.redirects.length !== 1) return undefined;
    const r = c.redirects[0]!;
    if (r.op !== "<" || r.fd !== undefined) return undefined;
    return (async () => {
      const name = (await this.expandWords([r.target]))[0] ?? "";
      try {
        const data = this.task.host.fs.readFile(this.task, this.task.cwd, name);
        this.lastSubstStatus = 0;
        return dec.decode(data);
      } catch (e) {
        if (e instanceof KernelError) {
          this.errorLine(`${name}: ${strerror(e.errno)}`);
          this.lastSubstStatus = 1;
          return "";
        }
        throw e;
      }
    })();
  }

  /** <(…) and >(…): a pipe exposed as /dev/fd/N in this shell. */
  async processSubst(ps: ProcessSubstitution): Promise<string> {
    const pipe = new Pipe();
    const child = this.forkTask("bash");
    const fd = this.task.freeFd(63);
    if (ps.op === "<") {
      child.setFd(1, pipe.writeEnd);
      this.task.setFd(fd, pipe.readEnd);
    } else {
      child.setFd(0, pipe.readEnd);
      this.task.setFd(fd, pipe.writeEnd);
    }
    const sub = this.fork(child);
    void child.start(() => sub.runChild(() => sub.execList(ps.body)));
    this.procSubstFds.push(fd);
    return `/dev/fd/${fd}`;
  }
  procSubstFds: number[] = [];

  private arithTextCache = new Map<string, Word>();

  /** $((…)): the text is expanded (parameters, command substitutions, quote removal) then evaluated. */
  async arithSubst(expr: string): Promise<string> {
    const text = await this.expandArithText(expr);
    return String(this.arith(text));
  }

  async expandArithText(expr: string): Promise<string> {
    if (!/[$`"\\]/.test(expr)) return expr;
    let w = this.arithTextCache.get(expr);
    if (!w) {
      try {
        const script = parseScript(`: <<\u0000NSLAB\u0000\n${expr}\n\u0000NSLAB\u0000\n`);
        const red = (script.body[0]!.andOr.first.commands[0] as SimpleCommand).redirects[0]!;
        const parts = (red.heredoc?.parts ?? []).map((p) => (p.type === "Literal" ? { ...p, value: p.value.replace(/"/g, "") } : p));
        // Drop the newline the heredoc added.
        const last = parts[parts.length - 1];
        if (last && last.type === "Literal" && last.value.endsWith("\n")) parts[parts.length - 1] = { ...last, value: last.value.slice(0, -1) };
        w = { type: "Word", parts };
      } catch {
        w = { type: "Word", parts: [{ type: "Literal", value: expr }] };
      }
      if (this.arithTextCache.size > 500) this.arithTextCache.clear();
      this.arithTextCache.set(expr, w);
    }
    return this.expandString(w);
  }

  // ---------------------------------------------------------------- execution

  /** Runs statements in order; stops early on break/continue/return. */
  async execList(stmts: Statement[]): Promise<number> {
    let st = this.status;
    for (let i = 0; i < stmts.length; i++) {
      st = await this.execStatement(stmts[i]!);
      if (this.ctl !== CTL_NONE) break;
    }
    return st;
  }

  async execStatement(s: Statement): Promise<number> {
    if (s.background) {
      this.startBackground(s);
      this.status = 0;
      return 0;
    }
    return this.execAndOr(s.andOr);
  }

  async execAndOr(ao: AndOr): Promise<number> {
    const rest = ao.rest;
    if (rest.length === 0) return this.execPipeline(ao.first);
    this.errexitIgnore++;
    let st: number;
    try {
      st = await this.execPipeline(ao.first);
    } finally {
      this.errexitIgnore--;
    }
    for (let i = 0; i < rest.length; i++) {
      if (this.ctl !== CTL_NONE) return st;
      const r = rest[i]!;
      if ((r.op === "&&") !== (st === 0)) continue;
      const last = i === rest.length - 1;
      if (!last) this.errexitIgnore++;
      try {
        st = await this.execPipeline(r.pipeline);
      } finally {
        if (!last) this.errexitIgnore--;
      }
    }
    return st;
  }

  async execPipeline(pl: Pipeline): Promise<number> {
    const t0 = pl.timed ? this.task.host.clock.now : 0;
    if (pl.negated) this.errexitIgnore++;
    let st: number;
    try {
      if (pl.commands.length === 1) {
        st = await this.execCommand(pl.commands[0]!);
        this.pipestatus = [st];
      } else {
        st = await this.runPipelineParts(pl);
      }
    } finally {
      if (pl.negated) this.errexitIgnore--;
    }
    if (pl.negated) st = st === 0 ? 1 : 0;
    this.status = st;
    if (pl.timed) await this.printTimes(t0, !!pl.timePosix);
    if (st !== 0 && !pl.negated && this.errexitIgnore === 0 && this.ctl === CTL_NONE) await this.onFailure(st);
    return st;
  }

  /** A command failed where set -e applies: ERR trap, then exit if errexit. */
  private async onFailure(st: number): Promise<void> {
    const err = this.traps.get("ERR");
    if (err) {
      this.traps.delete("ERR");
      try {
        await this.runTrapText(err);
      } finally {
        if (!this.traps.has("ERR")) this.traps.set("ERR", err);
      }
      this.status = st;
    }
    if (this.opts.errexit) throw new ExitShell(st);
  }

  private async printTimes(t0: number, posix: boolean): Promise<void> {
    const real = (this.task.host.clock.now - t0) / 1e9;
    const fmt = (s: number) => {
      const m = Math.floor(s / 60);
      return `${m}m${(s - m * 60).toFixed(3)}s`;
    };
    const text = posix
      ? `real ${real.toFixed(2)}\nuser 0.00\nsys 0.00\n`
      : `\nreal\t${fmt(real)}\nuser\t0m0.000s\nsys\t0m0.000s\n`;
    this.writeSync(2, text);
  }

  async execCommand(c: Command): Promise<number> {
    switch (c.type) {
      case "SimpleCommand":
        return this.execSimple(c);
      case "Compound":
        return this.execCompound(c);
      case "FunctionDef":
        this.lineno = c.line;
        if (this.vars.lookup(c.name)?.attrs && this.readonlyFuncs.has(c.name)) {
          this.errorLine(`${c.name}: readonly function`);
          return 1;
        }
        this.funcs.set(c.name, c);
        this.funcSources.set(c.name, this.sourceStack[this.sourceStack.length - 1] || (this.mode === "-c" ? "environment" : this.mode === "stdin" ? "main" : this.scriptName));
        return 0;
    }
  }
  readonlyFuncs = new Set<string>();

  async execCompound(cc: CompoundCommand): Promise<number> {
    this.lineno = cc.line;
    if (!cc.redirects.length) return this.execBody(cc);
    const saved: SavedFds = { entries: [] };
    try {
      if (!(await applyRedirects(this, cc.redirects, saved))) return 1;
      return await this.execBody(cc);
    } finally {
      restoreFds(this, saved);
    }
  }

  private async execBody(cc: CompoundCommand): Promise<number> {
    const b = cc.body;
    switch (b.type) {
      case "Group":
        return this.execList(b.body);
      case "Subshell":
        return this.runSubshell(b.body);
      case "If": {
        for (const cl of b.clauses) {
          this.errexitIgnore++;
          let c: number;
          try {
            c = await this.execList(cl.cond);
          } finally {
            this.errexitIgnore--;
          }
          if (this.ctl !== CTL_NONE) return c;
          if (c === 0) return this.execList(cl.body);
        }
        if (b.elseBody) return this.execList(b.elseBody);
        return 0;
      }
      case "For":
        return this.execFor(b.variable, b.items, b.body, b.line);
      case "ArithFor":
        return this.execArithFor(b.init, b.cond, b.update, b.body, b.line);
      case "While":
        return this.execWhile(b.cond, b.body, b.until);
      case "Case":
        return this.execCase(b);
      case "ArithCommand": {
        this.lineno = b.line;
        this.tick(COST_BUILTIN);
        const text = await this.expandArithText(b.expr);
        if (this.opts.xtrace) this.trace(`(( ${text} ))`);
        let v: bigint;
        try {
          v = evalArith(text, this.arithEnv());
        } catch (e) {
          if (e instanceof ArithError) {
            this.errorLine(`((: ${e.message}`);
            return 1;
          }
          throw this.arithFailure(e);
        }
        return v !== 0n ? 0 : 1;
      }
      case "Cond": {
        this.lineno = b.line;
        this.tick(COST_BUILTIN);
        return evalCond(this, b.expr);
      }
    }
  }

  private loopControl(): "break" | "continue" | "none" {
    if (this.ctl === CTL_BREAK) {
      if (--this.ctlCount <= 0) this.ctl = CTL_NONE;
      return "break";
    }
    if (this.ctl === CTL_CONTINUE) {
      if (--this.ctlCount <= 0) {
        this.ctl = CTL_NONE;
        return "continue";
      }
      // continue N with N > 1: leave this loop, the outer one continues.
      this.ctl = CTL_CONTINUE;
      return "break";
    }
    if (this.ctl === CTL_RETURN) return "break";
    return "none";
  }

  private async execFor(variable: string, items: Word[] | undefined, body: Statement[], line: number): Promise<number> {
    this.lineno = line;
    const list = items ? await this.expandWords(items) : [...this.positional];
    let st = 0;
    this.loopDepth++;
    try {
      for (const item of list) {
        this.lineno = line;
        if (this.opts.xtrace) this.trace(`for ${variable} in ${items ? items.map(wordText).join(" ") : '"$@"'}`);
        this.tick(COST_BUILTIN);
        if (this.debt >= PAY_THRESHOLD) await this.pay();
        if (!this.setVar(variable, item)) return 1;
        st = await this.execList(body);
        const c = this.loopControl();
        if (c === "break") break;
      }
    } finally {
      this.loopDepth--;
    }
    return st;
  }

  private async execArithFor(init: string, cond: string, update: string, body: Statement[], line: number): Promise<number> {
    const ev = async (text: string): Promise<bigint | undefined> => {
      this.lineno = line;
      const t = await this.expandArithText(text);
      if (this.opts.xtrace) this.trace(`((${t}))`);
      try {
        return evalArith(t, this.arithEnv());
      } catch (e) {
        if (e instanceof ArithError) {
          this.errorLine(`((: ${e.message}`);
          return undefined;
        }
        throw this.arithFailure(e);
      }
    };
    if (init.trim() && (await ev(init)) === undefined) return 1;
    let st = 0;
    this.loopDepth++;
    try {
      for (;;) {
        this.tick(COST_BUILTIN);
        if (this.debt >= PAY_THRESHOLD) await this.pay();
        if (cond.trim()) {
          const c = await ev(cond);
          if (c === undefined) return 1;
          if (c === 0n) break;
        }
        st = await this.execList(body);
        if (this.loopControl() === "break") break;
        if (update.trim() && (await ev(update)) === undefined) return 1;
      }
    } finally {
      this.loopDepth--;
    }
    return st;
  }

  private async execWhile(cond: Statement[], body: Statement[], until: boolean): Promise<number> {
    let st = 0;
    this.loopDepth++;
    try {
      for (;;) {
        this.tick(COST_BUILTIN);
        if (this.debt >= PAY_THRESHOLD) await this.pay();
        this.errexitIgnore++;
        let c: number;
        try {
          c = await this.execList(cond);
        } finally {
          this.errexitIgnore--;
        }
        if (this.ctl !== CTL_NONE) {
          if (this.loopControl() === "break") break;
          continue;
        }
        if ((c === 0) === until) break;
        st = await this.execList(body);
        if (this.loopControl() === "break") break;
      }
    } finally {
      this.loopDepth--;
    }
    return st;
  }

  private async execCase(b: Extract<CompoundCommand["body"], { type: "Case" }>): Promise<number> {
    this.lineno = b.line;
    this.tick(COST_BUILTIN);
    const word = await this.expandString(b.word);
    if (this.opts.xtrace) this.trace(`case ${wordText(b.word)} in`);
    let st = 0;
    let fall = false;
    for (let i = 0; i < b.items.length; i++) {
      const item = b.items[i]!;
      let match = fall;
      if (!match) {
        for (const p of item.patterns) {
          const pat = await this.expandPattern(p);
          if (globMatch(pat, word)) {
            match = true;
            break;
          }
        }
      }
      if (!match) continue;
      st = await this.execList(item.body);
      if (this.ctl !== CTL_NONE) return st;
      if (item.terminator === ";;") return st;
      fall = item.terminator === ";&";
    }
    return st;
  }

  /** ( list ): a forked copy of the shell in a child task. */
  async runSubshell(body: Statement[]): Promise<number> {
    const child = this.forkTask("bash");
    const sub = this.fork(child);
    sub.execInPlace = isLoneSimple(body);
    this.charge(COST_FORK);
    void child.start(() => sub.runChild(() => sub.execList(body)));
    const st = await this.waitTask(child);
    await this.reportForeground([child], child.comm);
    return st;
  }

  /** Top level of a child shell: catches exit/fatal errors, runs the EXIT trap, returns the status. */
  async runChild(fn: () => Promise<number>): Promise<number> {
    let st: number;
    try {
      st = await fn();
      if (this.ctl === CTL_RETURN) st = this.returnStatus;
    } catch (e) {
      if (e instanceof ExitShell) {
        if (e.noTrap) return e.status;
        st = e.status;
      } else if (e instanceof FatalError || e instanceof DiscardLine) st = e.status;
      else if (e instanceof StopRun) return e.status;
      else throw e;
    }
    return this.finish(st);
  }

  /** Runs the EXIT trap (once) and returns the final status. */
  async finish(st: number): Promise<number> {
    const action = this.traps.get("EXIT");
    if (action !== undefined && !this.exiting) {
      this.exiting = true;
      this.traps.delete("EXIT");
      this.status = st;
      try {
        await this.runTrapText(action);
      } catch (e) {
        if (e instanceof ExitShell) return e.status;
        if (e instanceof FatalError || e instanceof DiscardLine) return e.status;
        if (e instanceof StopRun) return e.status;
        throw e;
      }
    }
    return st;
  }

  /** Creates a child task (fork), or fails like bash when the process table is full. */
  forkTask(comm: string): Task {
    try {
      return this.task.host.fork(this.task, comm);
    } catch (e) {
      if (e instanceof RangeError) {
        this.errorLine("fork: Resource temporarily unavailable");
        throw new FatalError(254);
      }
      throw e;
    }
  }

  private async runPipelineParts(pl: Pipeline): Promise<number> {
    const tasks = this.startPipelineParts(pl, false);
    const sts: number[] = [];
    for (const t of tasks) sts.push(await this.waitTask(t));
    this.pipestatus = sts;
    await this.reportForeground(tasks, pipelineText(pl));
    let st = sts[sts.length - 1]!;
    if (this.opts.pipefail) {
      for (let i = sts.length - 1; i >= 0; i--) {
        if (sts[i] !== 0) {
          st = sts[i]!;
          break;
        }
      }
    }
    return st;
  }

  /** Starts every part of a pipeline in its own child task, connected by pipes. */
  private startPipelineParts(pl: Pipeline, background: boolean): Task[] {
    const tasks: Task[] = [];
    let prevRead: OpenFile | undefined;
    const n = pl.commands.length;
    for (let i = 0; i < n; i++) {
      const cmd = pl.commands[i]!;
      const child = this.forkTask(commandText(cmd));
      if (prevRead) child.setFd(0, prevRead);
      else if (background && !this.opts.monitor && !this.inPipe) child.setFd(0, new NullFile());
      if (i < n - 1) {
        const p = new Pipe();
        child.setFd(1, p.writeEnd);
        if (pl.pipeStderr[i]) child.setFd(2, p.writeEnd);
        prevRead = p.readEnd;
      }
      if (background) this.prepareAsync(child);
      const sub = this.fork(child);
      sub.execInPlace = cmd.type === "SimpleCommand";
      sub.inPipe = true;
      this.charge(COST_FORK);
      void child.start(() => sub.runChild(() => sub.execCommand(cmd)));
      tasks.push(child);
    }
    return tasks;
  }

  /** Asynchronous commands without job control ignore SIGINT/SIGQUIT; with it they get their own group. */
  private prepareAsync(child: Task): void {
    if (this.opts.monitor) return;
    child.handlers.set(SIGINT, "ignore");
    child.handlers.set(SIGQUIT_NUM, "ignore");
  }

  /** `cmd &`: starts the job and returns at once. */
  startBackground(s: Statement): void {
    const ao = s.andOr;
    let tasks: Task[];
    const text = andOrText(ao);
    const pgidOwn = this.opts.monitor;
    if (ao.rest.length === 0 && ao.first.commands.length > 1 && !ao.first.negated && !ao.first.timed) {
      tasks = this.startPipelineParts(ao.first, true);
    } else {
      const child = this.forkTask(text);
      if (!this.opts.monitor && !this.inPipe) child.setFd(0, new NullFile());
      this.prepareAsync(child);
      const sub = this.fork(child);
      sub.execInPlace = ao.rest.length === 0 && ao.first.commands.length === 1 && !ao.first.negated && ao.first.commands[0]!.type === "SimpleCommand";
      this.charge(COST_FORK);
      void child.start(() => sub.runChild(() => sub.execAndOr(ao)));
      tasks = [child];
    }
    if (pgidOwn) for (const t of tasks) t.pgid = tasks[0]!.pid;
    const job = this.jobs.add(tasks, text, tasks[0]!.pgid);
    this.lastBgPid = tasks[tasks.length - 1]!.pid;
    if (this.interactive) this.writeSync(2, `[${job.id}] ${this.lastBgPid}\n`);
  }

  /** Waits for a child task; a trapped signal does not interrupt a foreground wait. */
  async waitTask(t: Task): Promise<number> {
    for (;;) {
      try {
        return await t.waitExit(this.task);
      } catch (e) {
        if (this.trappedInterrupt(e)) continue;
        throw e;
      }
    }
  }

  /** True when `e` is a signal interrupting a wait that the shell handles (trap or ignore). */
  trappedInterrupt(e: unknown): boolean {
    return e instanceof Interrupted && this.task.killedBy === undefined;
  }

  /** Messages bash prints when a foreground job was killed by a signal. */
  async reportForeground(tasks: Task[], text: string): Promise<void> {
    const last = tasks[tasks.length - 1]!;
    const sig = last.killedBy;
    if (sig !== undefined && sig !== SIGINT && sig !== 13) {
      if (sig === 15 && !this.interactive) this.writeSync(2, "Terminated\n");
      else if (this.interactive) this.writeSync(2, `${signalDesc(sig)}\n`);
      else this.writeSync(2, `${this.errPrefix()}${String(last.pid).padStart(5)} ${signalDesc(sig).padEnd(24)}${text}\n`);
    } else if (sig === SIGINT && this.interactive) this.writeSync(2, "\n");
    this.notifyJobs();
  }

  /**
   * Reaps finished background jobs. A non-interactive shell reports jobs killed
   * by a signal (other than INT, PIPE and TERM); an interactive one reports
   * every finished job before the next prompt (session.ts).
   */
  notifyJobs(): void {
    if (this.interactive) return;
    for (const j of [...this.jobs.jobs]) {
      if (!jobDone(j) || j.notified) continue;
      j.notified = true;
      const last = j.procs[j.procs.length - 1]!;
      const sig = last.killedBy;
      if (sig !== undefined && sig !== SIGINT && sig !== 13 && sig !== 15) {
        this.writeSync(2, `${this.errPrefix()}${String(last.pid).padStart(5)} ${signalDesc(sig).padEnd(24)}${j.text}\n`);
      }
      this.jobs.remove(j);
    }
  }

  // ---------------------------------------------------------------- simple commands

  /** Counts a command against the run's budget and accrues its CPU cost. */
  tick(cost: number): void {
    const b = this.budget;
    if (++b.count > b.max || b.stopped) {
      if (!b.stopped) {
        b.stopped = true;
        this.writeSync(2, `nslab: stopped: command limit of ${b.max} reached\n`);
      }
      throw new StopRun(125);
    }
    if (this.task.killedBy !== undefined) throw new Interrupted(this.task.killedBy);
    this.debt += cost;
  }

  charge(cost: number): void {
    this.debt += cost;
  }

  /** Pays accrued CPU time with one sleep (a trapped signal cuts it short). */
  async pay(): Promise<void> {
    const d = this.debt;
    this.debt = 0;
    try {
      await this.task.sleep(d);
    } catch (e) {
      if (!this.trappedInterrupt(e)) throw e;
    }
    if (this.pendingTraps.length) await this.runPendingTraps();
  }

  trace(text: string): void {
    const ps4 = this.getScalar("PS4") ?? "";
    let prefix = ps4;
    if (ps4.length) prefix = ps4[0]!.repeat(this.xtraceLevel) + ps4.slice(1);
    this.writeSync(2, `${this.expandPromptString(prefix)}${text}\n`);
  }

  async execSimple(cmd: SimpleCommand): Promise<number> {
    this.lineno = cmd.line;
    this.tick(COST_BUILTIN);
    if (this.debt >= PAY_THRESHOLD) await this.pay();
    if (this.pendingTraps.length) await this.runPendingTraps();
    const inPlace = this.execInPlace;
    this.execInPlace = false;
    this.lastSubstStatus = -1;
    let argv: string[];
    this.declArrays = undefined;
    if (cmd.words.length && cmd.words.some((w) => w.assignment)) argv = await this.expandDeclWords(cmd.words);
    else argv = cmd.words.length ? await this.expandWords(cmd.words) : [];
    this.lineno = cmd.line;
    if (argv.length === 0) return this.assignmentsOnly(cmd);

    const name = argv[0]!;
    // Prefix assignments: evaluated now, applied to the command's environment only.
    let temp: Array<[string, string]> | undefined;
    if (cmd.assignments.length) {
      temp = [];
      for (const a of cmd.assignments) {
        const v = a.value.type === "ArrayLiteral" ? "" : await this.expandAssignValue(a.value);
        if (this.opts.xtrace) this.trace(`${a.name}=${xtraceQuote(v)}`);
        temp.push([a.name, v]);
      }
    }
    if (this.opts.xtrace) this.trace(argv.map(xtraceQuote).join(" "));
    this.lastArg = argv[argv.length - 1]!;

    if (!name.includes("/")) {
      const fn = this.funcs.get(name);
      if (fn) return this.withRedirects(cmd, () => this.callFunction(fn, argv, temp));
      const bi = BUILTINS.get(name);
      if (bi) {
        if (name === "exec" && !argv.slice(1).some((a) => a !== "--")) {
          // exec without a command: the redirections stay.
          if (!(await applyRedirects(this, cmd.redirects, null))) {
            if (!this.interactive) throw new FatalError(1);
            return 1;
          }
          return 0;
        }
        this.currentTemp = temp;
        return this.withRedirects(cmd, () => this.runBuiltin(bi, argv, temp));
      }
    }
    return this.runExternal(argv, temp, cmd, inPlace);
  }

  /** Words of a declaration builtin: assignment-looking ones are expanded as assignments. */
  private async expandDeclWords(words: Word[]): Promise<string[]> {
    const out: string[] = [];
    for (const w of words) {
      const a = w.assignment;
      if (!a) {
        for (const x of await this.expandWords([w])) out.push(x);
        continue;
      }
      const idx = a.index ? `[${await this.expandIndexText(a.index)}]` : "";
      const op = a.append ? "+=" : "=";
      if (a.value.type === "ArrayLiteral") {
        (this.declArrays ??= new Map()).set(out.length, a);
        out.push(`${a.name}${idx}${op}(…)`);
      } else out.push(`${a.name}${idx}${op}${await this.expandAssignValue(a.value)}`);
    }
    return out;
  }

  /** `command NAME …`: runs NAME as a builtin or external program, skipping functions. */
  async runExternalArgv(argv: string[]): Promise<number> {
    const cmd: SimpleCommand = { type: "SimpleCommand", line: this.lineno, assignments: [], words: [], redirects: [] };
    return this.runExternal(argv, this.currentTemp, cmd, false);
  }

  private async assignmentsOnly(cmd: SimpleCommand): Promise<number> {
    for (const a of cmd.assignments) {
      if (!(await this.doAssignment(a, false))) throw new DiscardLine(1);
    }
    if (cmd.redirects.length) {
      const saved: SavedFds = { entries: [] };
      const ok = await applyRedirects(this, cmd.redirects, saved);
      restoreFds(this, saved);
      if (!ok) return 1;
    }
    if (cmd.assignments.length) this.lastArg = "";
    return this.lastSubstStatus >= 0 ? this.lastSubstStatus : 0;
  }

  /** The right side of an assignment: no splitting or globbing; tilde after = and :. */
  async expandAssignValue(w: Word): Promise<string> {
    return this.expandString(w);
  }

  /** Performs `name=value`, `name[i]=value`, `name+=…`, `name=(…)` in the shell. */
  async doAssignment(a: Assignment, local: boolean, attrs = 0): Promise<boolean> {
    if (a.value.type === "ArrayLiteral") {
      if (this.opts.xtrace) this.trace(`${a.name}${a.append ? "+=" : "="}(${a.value.elements.map((e) => (e.index ? `[${wordText(e.index)}]=` : "") + wordText(e.value)).join(" ")})`);
      return this.assignArray(a.name, a.value, a.append, local, attrs);
    }
    const v = await this.expandAssignValue(a.value);
    let index: string | undefined;
    if (a.index) index = await this.expandIndexText(a.index);
    if (this.opts.xtrace) this.trace(`${a.name}${index !== undefined ? `[${index}]` : ""}${a.append ? "+=" : "="}${xtraceQuote(v)}`);
    if (local) {
      const existing = this.vars.functionScope()?.get(a.name);
      if (!existing) {
        const nv = this.vars.create(a.name, "local");
        nv.attrs |= attrs;
      }
    }
    return this.setVar(a.name, v, { append: a.append, index, local });
  }

  async assignArray(name: string, lit: ArrayLiteral, append: boolean, local: boolean, attrs = 0): Promise<boolean> {
    let v = local ? this.vars.create(name, "local") : this.vars.lookupMut(name);
    if (v && v.attrs & ATTR_READONLY) {
      this.errorLine(`${name}: readonly variable`);
      return false;
    }
    if (!v) v = this.vars.create(name, "global");
    v.attrs |= attrs;
    v.dyn = undefined;
    const assoc = !!(v.attrs & ATTR_ASSOC) || v.value instanceof Map;
    if (assoc) {
      const m = append && v.value instanceof Map ? v.value : new Map<string, string>();
      for (const el of lit.elements) {
        if (!el.index) {
          this.errorLine(`${name}: ${wordText(el.value)}: must use subscript when assigning associative array`);
          continue;
        }
        const k = await this.expandString(el.index);
        let val = await this.expandString(el.value);
        if (v.attrs & ATTR_INTEGER) val = String(this.arith(val));
        m.set(k, val);
      }
      v.value = m;
      v.attrs |= ATTR_ASSOC;
      return true;
    }
    const arr = append && v.value instanceof IndexedArray ? v.value : new IndexedArray();
    if (append && typeof v.value === "string") arr.set(0, v.value);
    let next = arr.nextIndex();
    for (const el of lit.elements) {
      if (el.index) {
        const k = Number(this.arith(await this.expandString(el.index)));
        let val = await this.expandString(el.value);
        if (v.attrs & ATTR_INTEGER) val = String(this.arith(val));
        arr.set(k, val);
        next = k + 1;
      } else {
        for (let val of await this.expandWords([el.value])) {
          if (v.attrs & ATTR_INTEGER) val = String(this.arith(val));
          arr.set(next++, val);
        }
      }
    }
    v.value = arr;
    v.attrs |= ATTR_ARRAY;
    if (this.opts.allexport) v.attrs |= ATTR_EXPORT;
    return true;
  }

  private async withRedirects(cmd: SimpleCommand, fn: () => Promise<number>): Promise<number> {
    if (!cmd.redirects.length) return fn();
    const saved: SavedFds = { entries: [] };
    try {
      if (!(await applyRedirects(this, cmd.redirects, saved))) return 1;
      this.lineno = cmd.line;
      return await fn();
    } finally {
      restoreFds(this, saved);
    }
  }

  /** Pushes a temporary scope holding `VAR=x` prefix assignments (exported for the command's duration). */
  private pushTemp(temp: Array<[string, string]> | undefined): boolean {
    if (!temp) return false;
    const scope = this.vars.push("temp");
    for (const [k, v] of temp) {
      const old = this.vars.lookup(k);
      if (old && old.attrs & ATTR_READONLY) {
        this.errorLine(`${k}: readonly variable`);
        continue;
      }
      scope.set(k, { value: v, attrs: ATTR_EXPORT | ((old?.attrs ?? 0) & ~ATTR_READONLY & ~ATTR_ARRAY & ~ATTR_ASSOC), gen: this.vars.gen });
    }
    return true;
  }

  async runBuiltin(bi: Builtin, argv: string[], temp?: Array<[string, string]>): Promise<number> {
    const pushed = this.pushTemp(temp);
    try {
      return await bi(this, argv);
    } catch (e) {
      return this.builtinFailure(e, argv[0]!);
    } finally {
      if (pushed) this.vars.pop();
    }
  }

  /** An exception out of a builtin: shell control flow passes through; kernel errors become one line. */
  builtinFailure(e: unknown, name: string): number {
    if (e instanceof ExitShell || e instanceof FatalError || e instanceof DiscardLine || e instanceof StopRun || e instanceof Interrupted) throw e;
    if (e instanceof KernelError) {
      if (e.errno === ERRNO.EPIPE) throw e;
      this.errorLine(`${name}: write error: ${strerror(e.errno)}`);
      return 1;
    }
    if (e instanceof ParseError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    this.errorLine(`${name}: ${msg}`);
    return 1;
  }

  async callFunction(fn: FunctionDef, argv: string[], temp?: Array<[string, string]>): Promise<number> {
    const limitVar = this.getScalar("FUNCNEST");
    const limit = limitVar && /^\d+$/.test(limitVar) && Number(limitVar) > 0 ? Number(limitVar) : DEFAULT_FUNCNEST;
    if (this.funcDepth >= limit) {
      this.errorLine(`${fn.name}: maximum function nesting level exceeded (${limit})`);
      throw new DiscardLine(1);
    }
    // Let the JS stack unwind: deep shell recursion must not become deep JS recursion.
    await null;
    const savedPos = this.positional;
    const savedLoop = this.loopDepth;
    const pushed = this.pushTemp(temp);
    this.positional = argv.slice(1);
    this.vars.push("function");
    this.funcNames.push(fn.name);
    this.sourceStack.push(this.funcSources.get(fn.name) ?? "");
    this.funcDepth++;
    this.loopDepth = 0;
    let st: number;
    try {
      st = await this.execCompound(fn.body);
      if (this.ctl === CTL_RETURN) {
        this.ctl = CTL_NONE;
        st = this.returnStatus;
      }
      const rt = this.traps.get("RETURN");
      if (rt && this.opts.functrace) await this.runTrapText(rt);
    } finally {
      this.funcDepth--;
      this.sourceStack.pop();
      this.funcNames.pop();
      this.vars.pop();
      if (pushed) this.vars.pop();
      this.positional = savedPos;
      this.loopDepth = savedLoop;
    }
    return st;
  }

  /** Resolves a command name to a program (hash table, then PATH). */
  resolve(name: string): ReturnType<typeof resolveCommand> {
    if (!name.includes("/")) {
      const h = this.hash.get(name);
      if (h) {
        const r = resolveCommand(this.task, h, undefined);
        if (r.kind === "found") return r;
        this.hash.delete(name);
      }
    }
    const r = resolveCommand(this.task, name, this.getScalar("PATH"));
    if (r.kind === "found" && !name.includes("/") && this.opts.hashall) this.hash.set(name, r.path);
    return r;
  }

  private async runExternal(argv: string[], temp: Array<[string, string]> | undefined, cmd: SimpleCommand, inPlace: boolean): Promise<number> {
    const name = argv[0]!;
    const r = this.resolve(name);
    if (r.kind === "error") {
      // The redirections are still performed (and fail first), as in the forked child,
      // and the message goes where they say.
      const saved: SavedFds = { entries: [] };
      try {
        if (!(await applyRedirects(this, cmd.redirects, saved))) return 1;
        return this.notFound(name, r.errno);
      } finally {
        restoreFds(this, saved);
      }
    }
    const saved: SavedFds = { entries: [] };
    try {
      if (!(await applyRedirects(this, cmd.redirects, saved))) return 1;
      this.lineno = cmd.line;
      this.charge(COST_FORK_EXEC);
      await this.pay();
      const env = this.exportEnv(temp);
      if (inPlace && !this.traps.has("EXIT")) {
        saved.entries.length = 0; // the process is replaced: nothing to restore
        return await this.execProgram(r.program, argv, env);
      }
      const child = this.spawnProgram(r.program, argv, env);
      const st = await this.waitTask(child);
      await this.reportForeground([child], commandText(cmd));
      return st;
    } finally {
      restoreFds(this, saved);
    }
  }


  /** bash's messages when a command cannot be executed (127 not found, 126 not executable). */
  private notFound(name: string, errno: number): number {
    const r = { errno };
    if (!name.includes("/") && r.errno === ERRNO.ENOENT) {
      this.errorLine(`${name}: command not found`);
      return 127;
    }
    const n = this.task.host.fs.tryLookup(this.task, this.task.cwd, name);
    if (n?.kind === "dir") {
      this.errorLine(`${name}: Is a directory`);
      return 126;
    }
    if (r.errno === ERRNO.ENOEXEC) {
      this.errorLine(`${name}: cannot execute binary file: Exec format error`);
      return 126;
    }
    this.errorLine(`${name}: ${strerror(r.errno)}`);
    return r.errno === ERRNO.ENOENT ? 127 : 126;
  }

  spawnProgram(program: Program, argv: string[], env: Map<string, string>): Task {
    try {
      const child = spawn(this.task, { argv, env, program });
      for (const [sig, h] of this.task.handlers) if (h === "ignore") child.handlers.set(sig, "ignore");
      return child;
    } catch (e) {
      if (e instanceof RangeError) {
        this.errorLine("fork: Resource temporarily unavailable");
        throw new FatalError(254);
      }
      throw e;
    }
  }

  /** execve(): the program replaces this shell in the same task. */
  async execProgram(program: Program, argv: string[], env: Map<string, string>): Promise<never> {
    const t = this.task;
    t.comm = argv.join(" ");
    for (const [sig, h] of [...t.handlers]) if (h !== "ignore") t.handlers.delete(sig);
    const st = await program({
      argv,
      env,
      task: t,
      stdin: new InStream(t, 0),
      stdout: new OutStream(t, 1),
      stderr: new OutStream(t, 2),
    });
    throw new ExitShell(st, true);
  }

  // ---------------------------------------------------------------- traps

  setTrap(key: string, sig: number | undefined, action: string | null): void {
    this.inheritedTraps.delete(key);
    if (action === null) {
      this.traps.delete(key);
      if (sig !== undefined) {
        this.task.handlers.delete(sig);
        if (this.interactive && (sig === SIGINT || sig === 15 || sig === SIGQUIT_NUM)) this.task.handlers.set(sig, () => {});
      }
      return;
    }
    this.traps.set(key, action);
    if (sig === undefined || sig === 0) return;
    if (action === "") this.task.handlers.set(sig, "ignore");
    else this.task.handlers.set(sig, (s) => this.pendingTraps.push(s));
  }

  async runPendingTraps(): Promise<void> {
    // Drain signals the task queued while we were not blocked (they were trapped).
    for (let i = 0; i < 64; i++) {
      try {
        this.task.checkSignals();
        break;
      } catch (e) {
        if (!this.trappedInterrupt(e)) throw e;
      }
    }
    while (this.pendingTraps.length) {
      const sig = this.pendingTraps.shift()!;
      const action = this.traps.get(signalNameOf(sig));
      if (action) await this.runTrapText(action);
    }
  }

  private trapCache = new Map<string, Statement[]>();

  /** Runs a trap's text; its commands report the line of the command that triggered it. */
  async runTrapText(action: string): Promise<void> {
    const key = `${this.lineno}\u0000${action}`;
    let body = this.trapCache.get(key);
    if (!body) {
      try {
        const r = new ScriptReader(action, { startLine: this.lineno });
        body = [];
        for (let l = r.next(); l !== null; l = r.next()) body.push(...l);
      } catch (e) {
        if (e instanceof ParseError) {
          for (const l of e.lines()) this.writeSync(2, `${this.errName}: line ${this.lineno}: ${l}\n`);
          return;
        }
        throw e;
      }
      if (this.trapCache.size > 200) this.trapCache.clear();
      this.trapCache.set(key, body);
    }
    const saved = this.status;
    const savedLine = this.lineno;
    const savedCtl = this.ctl;
    this.ctl = CTL_NONE;
    try {
      await this.execList(body);
    } finally {
      this.status = saved;
      this.lineno = savedLine;
      if (this.ctl === CTL_NONE) this.ctl = savedCtl;
    }
  }

  // ---------------------------------------------------------------- loops control (builtins)

  doBreak(n: number, cont: boolean): number {
    if (this.loopDepth === 0) return 0;
    this.ctl = cont ? CTL_CONTINUE : CTL_BREAK;
    this.ctlCount = Math.min(n, this.loopDepth);
    return 0;
  }

  doReturn(st: number): void {
    this.ctl = CTL_RETURN;
    this.returnStatus = st & 255;
  }

  get returning(): boolean {
    return this.ctl === CTL_RETURN;
  }

  /** Control flow left over at top level (break outside a loop) is dropped. */
  clearControl(): void {
    this.ctl = CTL_NONE;
  }

  clearReturn(): void {
    if (this.ctl === CTL_RETURN) this.ctl = CTL_NONE;
  }

  /** Runs a script text in this shell (eval, source, trap): parses it whole, then executes. */
  async runText(text: string, what: string, startLine: number, isFile = false): Promise<number> {
    if (this.funcDepth + this.sourceDepth >= DEFAULT_FUNCNEST) {
      this.errorLine(`${what}: maximum nesting level exceeded`);
      throw new FatalError(1);
    }
    await null;
    this.sourceDepth++;
    const reader = new ScriptReader(text, { startLine });
    let st = 0;
    let printed = 0;
    try {
      for (;;) {
        let stmts: Statement[] | null;
        try {
          stmts = reader.next();
        } catch (e) {
          if (e instanceof ParseError) {
            const prefix = isFile ? `${what}: line ${e.line}: ` : `${this.currentSource()}: ${what}: line ${e.line}: `;
            for (const l of e.lines()) if (l) this.writeSync(2, `${prefix}${l}\n`);
            return isFile ? 1 : 2;
          }
          throw e;
        }
        for (; printed < reader.warnings.length; printed++) {
          const w = reader.warnings[printed]!;
          this.writeSync(2, `${isFile ? what : this.currentSource()}: line ${w.line}: ${w.message}\n`);
        }
        if (stmts === null) break;
        st = await this.execList(stmts);
        if (this.ctl !== CTL_NONE) break;
      }
      return st;
    } finally {
      this.sourceDepth--;
    }
  }
}

const EPOCH_NS = 1_767_225_600 * 1e9;

export const DEFAULT_SHOPTS: Array<[string, boolean]> = [
  ["autocd", false], ["assoc_expand_once", false], ["cdable_vars", false], ["cdspell", false],
  ["checkhash", false], ["checkjobs", false], ["checkwinsize", true], ["cmdhist", true],
  ["compat31", false], ["compat32", false], ["compat40", false], ["compat41", false], ["compat42", false],
  ["compat43", false], ["compat44", false], ["complete_fullquote", true], ["direxpand", false],
  ["dirspell", false], ["dotglob", false], ["execfail", false], ["expand_aliases", false],
  ["extdebug", false], ["extglob", false], ["extquote", true], ["failglob", false],
  ["force_fignore", true], ["globasciiranges", true], ["globskipdots", true], ["globstar", false],
  ["gnu_errfmt", false], ["histappend", false], ["histreedit", false], ["histverify", false],
  ["hostcomplete", true], ["huponexit", false], ["inherit_errexit", false], ["interactive_comments", true],
  ["lastpipe", false], ["lithist", false], ["localvar_inherit", false], ["localvar_unset", false],
  ["login_shell", false], ["mailwarn", false], ["no_empty_cmd_completion", false], ["nocaseglob", false],
  ["nocasematch", false], ["noexpand_translation", false], ["nullglob", false], ["patsub_replacement", true],
  ["progcomp", true], ["progcomp_alias", false], ["promptvars", true], ["restricted_shell", false],
  ["shift_verbose", false], ["sourcepath", true], ["varredir_close", false], ["xpg_echo", false],
];

export { SPECIAL_BUILTINS, ATTR_EXPORT, ATTR_READONLY, ATTR_INTEGER, ATTR_LOWER, ATTR_UPPER, ATTR_ARRAY, ATTR_ASSOC };
export type { Job };
